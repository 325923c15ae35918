"""Soixante-treizième passage : un nom seul en tête d'une ligne, d'un élément de liste, de la première cellule d'un
tableau, d'une valeur YAML ou d'une chaîne entre apostrophes, juste avant sa fonction (`_noms_seuls_en_tete` : « -
Tshiamalenga : AS du CPAS », « | Mukamana | psy du SSM | »), avec sa majuscule (pas devant une parenthèse : « Laroxyl
(pédopsychiatre) », l'attaque-85) ou en minuscules : un nom des listes hors du dictionnaire ou un mot que personne
n'écrit ; jamais un organisme, un mot de l'annuaire, des sigles et des mots collés (« cmverviers », l'attaque-105) ni,
sous une clé d'identifiants d'acteur, un élément de sa liste. Un mot rare à majuscule à cette place (« - Snoezelen :
psychomotricienne ») est lu comme un nom : décision écrite dans docs/bench/anonymat.md. garde75, écrit à l'aveugle
avant lui, en trouvait 45 positifs sur 90. Variantes écrites ici (jamais les phrases de `cas/garde75.jsonl`). Données
fictives."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.anonymat import ContexteAnonymat, contexte_du_depot
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("| Habyarimanova | psy du SSM |", "Habyarimanova"),
        ("- De la Croixmarine – kiné", "De la Croixmarine"),
        ("contacts:\n- 'Demirkapılı : AS de la mutuelle'", "Demirkapılı"),
        ("| Mukamanova | conseillère |", "Mukamanova"),
        ("1. Fotsingarou : référente du service", "Fotsingarou"),
        ("- Boisvertin : éducateur", "Boisvertin"),
    ],
)
def test_le_nom_seul_en_tete_devant_sa_fonction_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_un_mot_de_l_annuaire_n_est_pas_un_nom() -> None:
    """« Psysalide » (un service de l'annuaire de démonstration) en tête, devant une fonction, est un service ; sans
    annuaire, le même mot, que personne n'écrit, est lu comme un nom (l'essai échouerait si l'annuaire n'était pas lu)."""
    texte = "- Psysalide : psychologue"
    assert analyser_texte(texte, NOTE, contexte_du_depot(Path(__file__).resolve().parents[2]))[0] == []
    assert "Psysalide" in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "- Suivi : AS du CPAS",
        "Relais : psy du SSM",
        "- Namur : déléguée SPJ",
        "- Lundi : éducatrice",
        "- Fedasil : assistante sociale",
        "- Solidaris : conseillère",
        "qui: cmliege (CM)",
        "Viettel : la mère utilise une carte SIM",
        "- Tigrinya : interprète",
        "- Congolais : père",
        "| Transport | éducateur |",
        "- psyssmjambes : psy",
        "presents:\n- refcpasciney (AS)",
        "Ritalinex (pédopsychiatre) : dose inchangée.",
        "- Synapsiane (logopède) : bilan le 12.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
