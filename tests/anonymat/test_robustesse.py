"""La garde ne lève jamais d'exception, quel que soit le texte."""

from hypothesis import given, settings
from hypothesis import strategies as st

from filrouge.anonymat import ContexteAnonymat, analyser_texte

ALPHABET = st.sampled_from(list("aAeéÉMm.:,;()«»\"'’- \t\n0123456789+/@#<>!?-_") + ["Mme ", "la mère", "rue ", "née le ", "anonymat: ok", "Dupont", "BE", "jeune:"])


@settings(max_examples=400, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_jamais_d_exception(texte):
    constats, acceptes = analyser_texte(texte, "x.md", ContexteAnonymat())
    assert acceptes >= 0
    for c in constats:
        assert c.ligne >= 1 and c.colonne >= 1


def test_textes_limites():
    for texte in ["", ":", "\n\n", "Mme", ": Dupont", "  : Kevin", "la mère:", "\ufeffMme Dupont", "é" * 10000]:
        analyser_texte(texte, "x.md", ContexteAnonymat())
