"""Cinquante-cinquième passage : un nom de famille inconnu en capitales, juste après « de » et ce qu'une personne vit,
dit ou a (« l'audition de », « la colère de », « la chambre de »), est un nom, pas un sigle (garde57, écrit à l'aveugle
avant lui) ; une situation, une présence, un dossier, une demande, un avis, qu'un organisme a aussi, n'en disaient
rien (l'attaque-87) jusqu'au soixante-quatrième passage, qui y lit aussi une personne (garde66, test_classes_garde66.py).
Variantes écrites
ici (jamais les phrases de `cas/garde57.jsonl`) ; à côté, les négatifs voisins qui doivent rester muets. Données
fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("L'audition de KWABENAZ est reportée à mars.", "« K******* »"),
        ("La colère de TSHIMPAKA retombe après le week-end.", "« T******** »"),
        ("Les affaires de MBALUNDI sont restées au foyer.", "« M******* »"),
        ("Le consentement d'OKONKWOA est noté au dossier.", "« O******* »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_le_prenom_reste_avec_le_nom() -> None:
    """« Tshilanda NDOKWE (mère) » : le prénom rare devant le nom en capitales reste signalé avec lui (revue57)."""
    assert "« T******** N***** »" in seul_masque("Tshilanda NDOKWE (mère) était présente.")


def test_en_yaml_aussi() -> None:
    assert "« N********* »" in seul_masque("remarque: la fugue de NDAYIKENGA inquiète l'école\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "La situation de FEDASIL évolue.",  # un organisme des listes
        # depuis le soixante-quatrième passage, un organisme en capitales hors des listes et de l'annuaire après une
        # situation, un dossier, un placement est signalé (« La situation de CEMOMIX », test_classes_garde66.py) ; ceux
        # des listes restent muets
        "La demande de VIVALIA est arrivée hier.",
        "Le dossier de HELORA est complet.",
        "La présence de CRIPEL à la réunion a été appréciée.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
