"""Centième passage, tiré des noms en minuscules d'aveugle-96 (« signale que lore descend », « aliou suit les cours »,
« La psychomotricienne mei zhang note ») : après un nom en minuscules, des verbes d'action suffisent ; « que » n'est
jamais le premier mot d'un sujet ; un sujet apposé après une virgule ; après l'article et une fonction, sans civilité,
un nom devant un verbe ou une ponctuation. garde101, écrit à l'aveugle avant lui, en trouvait 122 sur 150 (127 avec le
premier état, écrit avant de lire les cas). Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La directrice indique que kasongo monte seul dans le bus.\n", "kasongo"),
        ("Au CRF, wouters observe les progrès à la marche.\n", "wouters"),
        ("Le SAJ précise que mbala pourra rentrer le week-end.\n", "mbala"),
        ("- Logopède du SRJ, ilunga, note des progrès.\n", "ilunga"),
        ("Le kiné vandamme voit le jeune le lundi.\n", "vandamme"),
        ("L'ergothérapeute kowalski, absente, sera remplacée.\n", "kowalski"),
        ("Le bus était en retard, mais nkembo a prévenu l'école.\n", "nkembo"),
    ],
)
def test_un_nom_en_minuscules_sujet_ou_apres_une_fonction_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


def test_que_en_tete_d_une_valeur_n_empeche_pas_de_lire_le_sujet() -> None:
    assert masques_des_noms("souhait: que tshibanda puisse rester au SRJ\n", FICHE) == [
        "nom de personne « t******** » (sujet d'un verbe de personne) : seulement des initiales ou le lien (la mère, M. D.)"]


@pytest.mark.parametrize(
    "texte",
    [
        "En classe, rien ne change depuis mars.\n",
        "La logopède lundi prochain, pas avant.\n",
        "Le kiné fait ses exercices avec le jeune.\n",
        "L'éducatrice référente note les progrès.\n",
        "Le chauffeur signale que tout se passe bien.\n",
        "Au SRJ, le groupe suit le programme.\n",
        "Le grand-père, ému, a remercié l'équipe.\n",  # un adjectif apposé, prénom homonyme rare (aveugle-34)
    ],
)
def test_un_mot_courant_aux_memes_places_n_est_pas_signale(texte: str) -> None:
    assert noms_trouves(texte) == []
