"""Quarante-neuvième passage : un nom court en capitales (« BA », « SY », « XU », `noms_courts.txt`) est ce nom, pas des
initiales, après une civilité et à côté d'un autre nom (garde50, écrit à l'aveugle avant lui), comme trois capitales
qui sont un nom des listes (« SOW »). Variantes écrites ici (jamais les phrases de `cas/garde50.jsonl`) ; à côté, les
négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Entretien avec Madame KA au domicile.", "« K* »"),
        ("M. LY excusé pour la réunion de jeudi.", "« L* »"),
        ("Monsieur SY Mamadou a signé la charte.", "« S* M****** »"),
        ("SY Mamadou, le père, confirme sa venue.", "« S* M****** »"),
        ("Référente : Fatoumata KA, éducatrice.", "« F******** K* »"),
        ("| Mère | Mme XU |\n", "« X* »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Madame AB a signé la charte.",  # des initiales collées, ce que la garde demande
        "M. KL et Mme ST présents.",
        "Il redouble sa BA 2 en psychologie.",  # une année d'études, seule
        "Le SAJ et le SPJ présents ; section SY du lycée.",
        "Des biscuits LU pour le goûter.",
        "Mme B. A. présente, M. S. Y. excusé.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


def test_deux_capitales_qui_sont_un_nom_court_se_lisent_comme_le_nom() -> None:
    """Décision du passage (la relecture revue50) : après une civilité, « LY » est le nom Ly, même s'il pouvait être les
    initiales de Laurence Y. ; les initiales s'écrivent avec leurs points, et restent muettes."""
    assert "« L* »" in seul_masque("Entretien avec Mme LY ce matin.")
    assert _noms("Entretien avec Mme L. Y. ce matin.") == []


def test_en_yaml_aussi() -> None:
    assert "« B* »" in seul_masque("remarque: rencontre avec Mme BA au domicile\n", FICHE)
