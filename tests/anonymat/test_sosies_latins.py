"""Une lettre cyrillique ou grecque sosie d'une lettre latine glissée dans un nom (« sеkou » avec un « е » cyrillique,
par une saisie sur un clavier d'ailleurs, un copier-coller ou pour tromper la garde) : le lecteur lit le nom latin,
la garde aussi ; un nom écrit tout en cyrillique ou en grec reste lu tel quel. Données fictives (vitesse-21 a vu ce
trou en écrivant ses essais)."""

from __future__ import annotations

import pytest

from filrouge.anonymat.normalisation import SOSIES_LATINS, latin_lu
from tests.anonymat.outils_garde import noms_trouves as _noms


def _glisser(mot: str, lettre: str) -> str:
    """`mot` avec la première occurrence de `lettre` remplacée par son sosie cyrillique ou grec."""
    sosie = next(s for s, l in SOSIES_LATINS.items() if l == lettre)
    return mot.replace(lettre, sosie, 1)


@pytest.mark.parametrize(
    ("phrase", "nom", "lettre"),
    [
        ("le rendez-vous avec {} ce matin", "sekou soumah", "e"),
        ("avec {} hier", "amelie", "e"),
        ("Selon {}, le jeune dort mal.", "Kevin Lambert", "a"),
        ("La mère, {}, a appelé.", "fatou", "o"),
        ("mere: '{}'\n", "ioana popescu", "p"),
        ("Signé : {}", "Marc Vandeputte", "M"),
    ],
)
def test_nom_a_lettre_sosie_signale(phrase: str, nom: str, lettre: str) -> None:
    """Le même nom, écrit en lettres latines seules puis avec un sosie : signalé dans les deux cas, à la même place."""
    texte = phrase.format(_glisser(nom, lettre))
    assert _noms(phrase.format(nom)), phrase.format(nom)
    assert any(_glisser(nom, lettre) in trouve or trouve in _glisser(nom, lettre) for trouve in _noms(texte)), texte


def test_positions_inchangees_et_mots_non_latins_laisses() -> None:
    """Un caractère pour un ; un mot tout cyrillique ou grec n'est pas « latinisé » ; sans sosie, le même objet."""
    texte = "Олена а vu sеkou ; Σοφία aussi"
    lu = latin_lu(texte)
    assert len(lu) == len(texte)
    assert lu == "Олена а vu sekou ; Σοφία aussi"
    propre = "rien à changer"
    assert latin_lu(propre) is propre
