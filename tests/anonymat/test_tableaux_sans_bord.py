"""Quatorzième passage : un tableau Markdown sans barres de bord (« a|b⏎--|--⏎x|y », que GitHub et les éditeurs
affichent comme un tableau) est lu comme un tableau : chaque cellule sous le titre de sa colonne. Variantes écrites
ici, avec leurs négatifs proches. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte
from filrouge.anonymat.lignes import Lignes


def _regles(texte: str) -> set[str]:
    constats, _ = analyser_texte(texte, "note.md", ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


def test_les_lignes_d_un_tableau_sans_bord_sont_reconnues() -> None:
    texte = "Légende\nPrénom | DDN\n--- | ---\nlina | 2012\nsami | 2014\n\nSuite du texte | ici\n"
    assert Lignes(texte).tableaux() == [[1, 2, 3, 4]]


def test_sans_ligne_de_separation_ce_n_est_pas_un_tableau() -> None:
    assert Lignes("entrée | sortie\nlina | 2012\n").tableaux() == []


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Fratrie|naissance|école\n--|--|--\naînée |03-02-2009| primaire\n", "date_naissance"),
        ("Prénom | DDN\n:-- | --:\ncadet | 12 juin 2013\n", "date_naissance"),
        ("immatriculation|véhicule\n---|---\n4821 KLB|Opel Corsa\n", "plaque"),
    ],
)
def test_une_cellule_est_lue_sous_le_titre_de_sa_colonne(texte: str, regle: str) -> None:
    assert regle in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Étape|échéance\n--|--\ndevis |03-02-2019\n",  # une échéance, pas une naissance
        "Tâche | Qui\n--- | ---\nappeler l'école | CM\n",
        "a - b | c\n",
    ],
)
def test_un_tableau_sans_bord_sans_donnee_ne_signale_rien(texte: str) -> None:
    assert not _regles(texte), texte
