import re

import pytest

from filrouge.anonymat import analyser_texte
from filrouge.anonymat.masque import masquer_chiffres, masquer_courriel, masquer_iban, masquer_mots, masquer_niss


def test_masques_de_l_issue():
    assert masquer_chiffres("0470 12 34 52") == "04** ** ** 52"
    assert masquer_mots("Julie Dumont") == "J**** D*****"
    assert masquer_mots("Jean Dupont") == "J*** D*****"


def test_autres_masques():
    assert masquer_courriel("julie.dumont@example.be") == "j****.d*****@e******.be"
    assert masquer_iban("BE71 0961 2345 6769") == "BE** **** **** **69"
    assert masquer_niss("85.07.30-033.28") == "**.**.**-***.28"


def test_une_arobase_deguisee_reste_ecrite_comme_elle_l_est():
    """Le message ne montre pas un « @ » que le texte n'a pas (il était ajouté au bout : « m******(a)y****.f*@ »)."""
    assert masquer_courriel("mkabore(a)yahoo.fr") == "m******(a)y****.fr"
    assert masquer_courriel("karim [at] gmail.com") == "k**** [at] g****.com"
    assert masquer_courriel("jan arobase skynet.be") == "j** arobase s*****.be"


SECRETS = {
    "0470/12.34.56": "Joignable au 0470/12.34.56.",
    "julie.dumont@example.be": "Mail : julie.dumont@example.be",
    "85.07.30-033.28": "NISS 85.07.30-033.28",
    "BE71 0961 2345 6769": "Compte BE71 0961 2345 6769",
    "3 mars 2008": "Née le 3 mars 2008.",
    "rue de la Station 12": "Elle habite rue de la Station 12.",
    "Dumont": "Mme Dumont est venue.",
    "Kevin Lambert": "Présent : Kevin Lambert.",
}


@pytest.mark.parametrize("secret,texte", SECRETS.items())
def test_le_message_ne_repand_pas_la_donnee(contexte, secret, texte):
    constats, _ = analyser_texte(texte, "x.md", contexte)
    assert constats, texte
    for c in constats:
        assert secret not in c.message
        # aucun morceau de 3 caractères alphanumériques consécutifs du secret (hors mots outils)
        for morceau in re.findall(r"[^\W_]{4,}", secret):
            assert morceau not in c.message
        chiffres = re.sub(r"\D", "", secret)
        if len(chiffres) >= 6:
            assert chiffres not in re.sub(r"\D", "", c.message)
