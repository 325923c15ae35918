"""filrouge.interne : chaque déguisement d'une marque, relevé par une revue extérieure, est une erreur qui ne publie rien."""

from __future__ import annotations

import pytest

from filrouge.interne import decouper, publier_texte

INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u034f", "\u180e", "\u3164", "\u2060", "\ufeff", "\u2063"]
SOSIES = [("i", "\u03b9"), ("i", "\u0269"), ("e", "\u04bd"), ("e", "\u0435"), ("i", "\u0456"), ("n", "\u03b7")]
FAUTES = ["intern", "internal", "interneX", "intrne", "interen", "internes2"]


def _paire(mot: str) -> str:
    return f"Début public. <!-- {mot} -->Zorbalune secret<!-- /{mot} --> Fin publique."


@pytest.mark.parametrize("invisible", INVISIBLES)
def test_caractere_invisible_dans_la_marque(invisible: str) -> None:
    texte = _paire(f"inte{invisible}rne")
    assert publier_texte(texte) is None and decouper(texte).problemes


@pytest.mark.parametrize(("lettre", "sosie"), SOSIES)
def test_lettre_sosie_dans_la_marque(lettre: str, sosie: str) -> None:
    texte = _paire("interne".replace(lettre, sosie, 1))
    assert publier_texte(texte) is None and decouper(texte).problemes


@pytest.mark.parametrize("faute", FAUTES)
def test_faute_de_frappe_des_deux_cotes(faute: str) -> None:
    texte = _paire(faute)
    assert publier_texte(texte) is None
    assert any("Zorbalune" in p for p in decouper(texte).passages), "la vérification finale cherche le passage"


@pytest.mark.parametrize("texte", [
    "Suivi par l'internat. <!-- internat à confirmer --> Fin.", "Voir le site. <!-- internet --> Fin.",
    "Avant <!-- à compléter --> après.", "Stage en médecine interne, règlement interne.",
    "Avant <!-- interne : vu avec le SAJ -> confidentiel -->caché<!-- /interne --> après.",
])
def test_ce_qui_reste_accepte(texte: str) -> None:
    public = publier_texte(texte)
    assert public is not None and not decouper(texte).problemes
    assert "caché" not in public
