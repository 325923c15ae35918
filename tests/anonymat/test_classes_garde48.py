"""Quarante-huitième passage : des noms d'Asie dont un morceau a deux lettres (garde49, écrit à l'aveugle avant lui) :
« Yu » et « Lu » sont des noms courts (ambigus, jamais seuls : à côté d'un autre nom, devant un lien, dans une cellule
voisine d'un lien), syllabes d'un prénom composé (« Yu-Na ») ; des titres et des produits qui les portent sont des
œuvres ou des marques ; des jours abrégés (« Lu-Ma-Je ») un horaire. Variantes écrites ici (jamais les phrases de `cas/garde49.jsonl`) ; à côté,
les négatifs voisins qui doivent rester muets (l'attaque-79). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Wang Lu (grand-mère) viendra chercher le jeune.", "« W*** L* »"),
        ("LIU Yu souhaite être invitée à la prochaine concertation.", "« L** Y* »"),
        ("WEI Yu a signé la feuille de présence.", "« W** Y* »"),
        ("| Lien | Nom |\n|---|---|\n| Tante | Wang Lu |\n", "« W*** L* »"),
        ("Présents : Lan Yu (mère), la cm, le SPJ.", "« L** Y* »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Lu et approuvé par les parents le 12 mars.",  # le participe, en tête de ligne
        "Taux de Na normal, lithium dans la cible.",  # « Na » n'est pas un nom court (le sodium)
        "Il échange des cartes Yu-Gi-Oh à la récréation.",  # un titre listé
        "Yu Gi Oh Vrains le soir sur la tablette.",
        "Il collectionne Yu-Gi-Oh Zexal depuis Noël.",
        "Au goûter : des Petits Lu et une compote.",
        "Lu Granola dans le cartable, pas de fruit.",
        "Le jeune regarde Yu Yu Hakusho en boucle.",
        "Logopédie Lu-Me-Ve après l'école.",  # des jours d'un horaire, pas un composé de noms courts
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize("texte", ["Yu-Na (sœur) vient le mercredi.", "Su-Yu (mère) est venue."])
def test_un_prenom_de_deux_syllabes_devant_un_lien(texte: str) -> None:
    """Dans un composé, un nom court est une syllabe du prénom, pas un mot ambigu (la relecture revue49)."""
    assert _noms(texte)


def test_en_yaml_aussi() -> None:
    assert "« W*** Y* »" in seul_masque("remarque: Wang Yu (tante) présente\n", FICHE)
