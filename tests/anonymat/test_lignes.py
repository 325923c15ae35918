import random
import re

import pytest

from filrouge.anonymat.lignes import Lignes

_LETTRES = re.compile(r"[^\W\d_]+")


@pytest.mark.parametrize("texte, mots", [
    ("L'école de Saint-Ghislain", {"l", "école", "de", "saint", "ghislain"}),
    ("date_naissance: 2008-03-03", {"date", "naissance"}),
    ("n°5, x²+½ Ⅳ ٣ ok", {"n", "x²", "½", "ⅳ", "ok"}),  # ² ½ Ⅳ : des « chiffres » qui ne sont pas décimaux, lus comme des lettres
    ("Ḯtem\u00a0ﬁn\u2028İSTANBUL’s", {"ḯtem", "ﬁn", "İstanbul", "s"}),  # « İ » reste : en minuscules il fait deux caractères
    ("", set()),
    ("123 _ -- \t\n", set()),
])
def test_mots_sont_les_suites_de_lettres_en_minuscules(texte, mots):
    assert Lignes(texte).mots == mots


def test_mots_comme_l_expression_sur_des_textes_au_hasard():
    """Les mots découpés sur les octets sont exactement les suites de `[^\\W\\d_]` du texte en minuscules."""
    hasard = random.Random(11)
    rares = [chr(c) for c in range(0x80, 0x3000)] + ["\ud800", "İ", "ß", "ǅ", "²", "½", "_", "’", "\x1c", "\x85"]
    for _ in range(20000):
        texte = "".join(hasard.choice(rares) if hasard.random() < 0.3 else hasard.choice("aZ é_-9 \n.'") for _ in range(hasard.randint(0, 30)))
        lignes = Lignes(texte)
        assert lignes.mots == frozenset(_LETTRES.findall(lignes.bas)), texte
