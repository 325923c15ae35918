"""Cinquante-quatrième passage : un nom vietnamien complet (nom de famille courant, « Văn » ou « Thị », prénom) est un
nom entier, même quand son premier mot est aussi un article ou un mot (« Le », « Do », « Vu ») (garde56, écrit à
l'aveugle avant lui). Variantes écrites ici (jamais les phrases de `cas/garde56.jsonl`) ; à côté, les négatifs voisins
qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Le Van Khoi est arrivé en retard.", "« L* V** K*** »"),
        ("Rendez-vous avec Do Thi Kieu jeudi.", "« D* T** K*** »"),
        ("Vu Van Khanh, le beau-père, confirme.", "« V* V** K**** »"),
        ("Le Thị Bảo Châu a signé la charte.", "« L* T** B** C*** »"),  # « Le » n'est plus laissé en clair
        ("Signatures : HO Van Khai, la cm.", "« H* V** K*** »"),
        # la relecture revue56 : le prénom devant, le trait d'union, le mot qui suit ne sont ni perdus ni avalés
        ("Espoir Le Van Khoi est venu seul.", "« E***** L* V** K*** »"),
        ("Tran Thi Kim-Anh est venue avec la tante.", "« T*** T** K**-A** »"),
        ("Réunion avec Tran Van Khoi Lundi matin.", "« T*** V** K*** »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_en_yaml_aussi() -> None:
    assert "« L* V** T*** »" in seul_masque("remarque: >-\n  Le Van Thuc accompagne\n  le jeune\n", FICHE)
    assert "« D* V** K*** »" in seul_masque("pere: 'Do Van Khoi'\n", FICHE)  # l'apostrophe qui ouvre la valeur


@pytest.mark.parametrize(
    "texte",
    [
        "Le van de la mère est en panne.",  # un mot, en minuscules
        "Le Do majeur du cours de piano.",
        "Vu la situation, la cm propose un relais.",
        "Le Vietnam est loin pour la grand-mère.",
        "Le van du SRG conduit le jeune.",
        # l'attaque-86 : le véhicule, une marque, une œuvre, un titre en capitales
        "Le van Trafic nous a déposés à l'école.",
        "Le Van Hool assure la ligne scolaire.",
        "Le Van Gogh exposé à Mons a plu au groupe.",
        "LE VAN DU SERVICE EST EN PANNE.",
        "RAPPEL : LE VAN DOIT ÊTRE RENDU PROPRE.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
