"""Soixante-sixième passage : un nom isolé par une ponctuation juste après un rôle ou un lien (« Référente : ndiongue, »,
« le parrain – bogaerdts – », « la kiné [chekroun] », « Psy PMS : BOURDICHON. ») est un nom, même qu'aucune liste n'a :
garde68, écrit à l'aveugle avant lui, n'en trouvait que 73 sur 120. Le mot doit être fermé (ponctuation, fin de ligne,
guillemet, parenthèse, le même tiret) et n'être ni un mot connu, ni une faute de frappe, ni des mots collés, ni une
formule d'une langue des familles (l'attaque-98). Variantes écrites ici (jamais les phrases de `cas/garde68.jsonl`).
Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Référente : kabwelulu, joignable le matin.", "kabwelulu"),
        ("La marraine — tshiombela — viendra jeudi.", "tshiombela"),
        ("Éduc / nyamwasa.", "nyamwasa"),
        ("Le tuteur (vanderghinste) confirme la date.", "vanderghinste"),
        ("La kiné [oukhellou] reprend mardi.", "oukhellou"),
        ("| 12/03 | Référente : mbuyikila | à rappeler |", "mbuyikila"),
        ("Le parrain : van ghelwe.", "van ghelwe"),
        ("remarque: 'mentor : bwalyamba, le mercredi'\n", "bwalyamba"),
        ("Psy PMS : TSHIBASU.", "TSHIBASU"),
        ("L'animatrice [KABWELULU] a noté des progrès.", "KABWELULU"),
    ],
)
def test_le_nom_accroche_par_un_signe_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Référente : absente cette semaine.",
        "Le parrain – injoignable – depuis mars.",
        "Éduc / sas.",
        "La kiné (le mardi, 14 h) suit le jeune.",
        "Le beau-père (présent) écoute.",
        # l'attaque-98 : une faute, des lettres doublées, des mots collés, une formule des familles, « tu as »,
        # un mot que des espaces séparent de la suite
        "Psy : lundiii.",
        "Mentor : disponnibble.",
        "Chef : malladde.",
        "Éduc : nondefini.",
        "AS : pasencore.",
        "Référente : hamdoullah.",
        "Mère : inchallah.",
        "Ce que tu as : KOTPLANET.",
        "Référente : visioconf     à prévoir",
        "Coach : INJOIGNABEL.",
        "Le kiné – revalidation – suspend les séances.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
