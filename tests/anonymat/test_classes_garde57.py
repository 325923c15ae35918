"""Cinquante-cinquième passage : un nom de famille inconnu en capitales, juste après « de » et ce qu'une personne vit,
dit ou a (« l'audition de », « la colère de », « la chambre de »), est un nom, pas un sigle (garde57, écrit à l'aveugle
avant lui) ; une situation, une présence, un dossier, une demande, un avis, qu'un organisme a aussi, n'en disent rien
(l'attaque-87). Variantes écrites
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
        "La demande de VIVALIXA est arrivée hier.",  # une demande, un organisme en a aussi
        "Le parcours de SOLIDARCO est proposé au jeune.",
        "Le dossier de INTERMAIX est complet.",
        "L'évolution de KOVIDIA inquiète la famille.",
        "La situation de FEDASIL évolue.",  # un organisme des listes
        # une situation, une présence, un placement : un service en a aussi (l'attaque-87)
        "La situation de CEMOMIX reste tendue pour les lits.",
        "La présence de PSYTOYAX à la réunion a été appréciée.",
        "Le placement de TEMPORIX est limité à trois mois.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
