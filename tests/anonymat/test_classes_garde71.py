"""Soixante-neuvième passage : aux places où un seul mot inconnu en capitales était déjà lu comme un nom (après ce qui
concerne une personne et « de », après un rôle et un signe, après un verbe de conseil et « à »), un nom de deux à
quatre mots en capitales l'est aussi : des particules, en tête aussi sauf un article (« DE LA MOTTERIE », pas « LA
KOKERELLE »), et au plus trois mots inconnus. garde71, écrit à l'aveugle avant lui, en trouvait déjà 80 sur 90.
Variantes écrites ici (jamais les phrases de `cas/garde71.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La situation de DE LA MBWAKILANGA inquiète la déléguée.", "DE LA MBWAKILANGA"),
        ("Il a été dit à VAN DEN TSHIOMBELA que la réunion est reportée.", "VAN DEN TSHIOMBELA"),
        ("Le suivi d'ABDIKARIM WARSAMEH est irrégulier.", "ABDIKARIM WARSAMEH"),
    ],
)
def test_le_nom_en_plusieurs_mots_en_capitales_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La demande de LA KOKERELLE est arrivée hier.",
        "Le rapport de LE CHAMPIGNONNIER confirme l'orientation.",
        "Le suivi du SAJ DE NAMUR continue.",
        "Voir la rubrique PLAN D'ACTION ci-dessous.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
