"""Soixante-douzième passage : un nom en minuscules juste devant sa fonction entre parenthèses, crochets ou tirets
(`_noms_en_minuscules_devant_un_role` : « greco (conseillère Forem) », « chen (CM) »), le pendant de « le kiné
(dufour) ». Le dernier mot devant le signe est un nom des listes hors du dictionnaire, un composé dont un morceau en est
un, un nom des listes qui n'est ailleurs qu'une ville lointaine (« kasongo »), ou, à une place de personne (en tête,
après un signe, « avec », « par »… ; jamais après « de », un article, « dans »), un mot que personne n'écrit, ni deux
mots collés (« equipemobile », l'attaque-104), ni devant « (interprète) » (une langue y est bien plus souvent) ; jamais
un mot courant, un lieu d'ici, un mot de l'annuaire. garde74, écrit à l'aveugle avant lui, en trouvait 26 positifs sur
90. Variantes écrites ici (jamais les phrases de `cas/garde74.jsonl`). Données fictives."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.anonymat import ContexteAnonymat, contexte_du_depot
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Report demandé : moscatelli (conseillère Forem) est en formation.", "moscatelli"),
        ("Le relais sera pris ensuite, wang (CM) dès lundi.", "wang"),
        ("Avis favorable, mbayakulu (directrice du CPMS) signe le stage.", "mbayakulu"),
        ("Échange tendu ; nazarzaï [déléguée SPJ] reprendra contact.", "nazarzaï"),
        ("Retour positif de kabongo (titulaire de classe) sur la semaine.", "kabongo"),
        ("Rencontre avec el-ouarzazi (infirmière PSE) le jeudi.", "el-ouarzazi"),
        ("Pour la suite, vanderkelen – AS du CPAS – rappellera.", "vanderkelen"),
        ("remarque: haddouchi (thérapeute familiale) reçoit en juin", "haddouchi"),
    ],
)
def test_le_nom_en_minuscules_devant_sa_fonction_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_une_particule_ou_un_prenom_devant_le_nom_en_font_partie() -> None:
    """« de » en est seulement sans mot devant lui : après « Retour de », c'est une préposition."""
    assert "van hoorick" in noms_trouves("Vu : van hoorick (logopède) ce matin.")
    assert "de craene" in noms_trouves("de craene (AS du CPAS) rappellera.")
    assert "kabongo" in noms_trouves("Retour de kabongo (titulaire de classe) demain.")
    assert "de kabongo" not in noms_trouves("Retour de kabongo (titulaire de classe) demain.")


def test_un_mot_de_l_annuaire_n_est_pas_un_nom() -> None:
    """« psysalide » (un service de l'annuaire de démonstration) devant une fonction est un service ; sans annuaire,
    le même mot, que personne n'écrit, est lu comme un nom (l'essai échouerait si l'annuaire n'était pas lu)."""
    texte = "Le suivi passe par psysalide (psychologue) depuis mai."
    assert analyser_texte(texte, NOTE, contexte_du_depot(Path(__file__).resolve().parents[2]))[0] == []
    assert "psysalide" in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le suivi scolaire (conseillère PMS) reprend en septembre.",
        "Rendez-vous confirmé (CM) pour le 12.",
        "Accord de principe obtenu (AS du CPAS).",
        "Absence justifiée (titulaire de classe).",
        "Bilan à refaire à namur (AS du SAJ).",
        "Séance à jambes (éducatrice AMO) le mardi.",
        "Langue : tigrigna (interprète) ; prévoir une heure de plus.",
        "| Langue | lingala (interprète du SeTIS) |",
        "Le jeune est congolais (père) et belge (mère).",
        "cm (casemanager) et pedo (pédopsychiatre) présents.",
        "Le mari (as prévu) viendra seul.",
        "Arrivée prévue lundi (éducateur) puis mardi (psy).",
        "Séance de zumbatonic (animatrice) le mardi.",
        "Encodage dans carenet (secrétaire) avant vendredi.",
        "qui: cmnamur (CM) relance le CPAS",
        "Relais pris par maisonverte (coordinatrice).",
        "Il dort avec son doudou (maman l'a lavé hier).",
        "Oubli du doudou - maman prévenue.",
        "qui:\n- intermaidex (CM)",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
