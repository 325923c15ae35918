"""Soixante-huitième passage : après « de son nom », « de son vrai nom », un mot en minuscules est un nom s'il est un nom
des listes qu'aucun dictionnaire n'a ou un mot que personne n'écrit (ni faute de frappe, ni mot coupé, ni mot connu) ;
après « un certain », « une certaine », seulement un nom des listes qu'aucun dictionnaire n'a (l'attaque-100 : un mot
inconnu y est plus souvent savant, d'argot ou d'une autre langue). garde70, écrit à l'aveugle avant lui, n'en trouvait
que 38 sur 90. Variantes écrites ici (jamais les phrases de `cas/garde70.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Un voisin, un certain kassongo, héberge le jeune.", "kassongo"),
        ("La mère évoque une certaine tesfamariam, une amie.", "tesfamariam"),
        ("Le moniteur, de son vrai nom nyamwasa, a appelé.", "nyamwasa"),
        ("L'éducateur de rue, de son nom bwalyamba, viendra.", "bwalyamba"),
        ("quoi: rencontrer une certaine hakimzada avant les congés\n", "hakimzada"),
    ],
)
def test_le_nom_annonce_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Il faut un certain temps pour que le jeune se pose.",
        "Une certaine fatigue est notée le soir.",
        "Un certain nombre de rendez-vous sont manqués.",
        "La mère décrit une certaine fatig le soir.",
        "Le jeune reste un certain tps sans répondre.",
        "Un certain tmps passe avant la réponse.",
        # l'attaque-100 : un mot savant, d'argot, d'une autre langue, de Belgique ; « connu sous le nom de » une chose
        "On observe une certaine alexithymie chez le jeune.",
        "Ça a créé un certain zbeul dans le groupe.",
        "Il parle d'une certaine hogra vécue à l'école.",
        "Une drogue connue sous le nom de spice circule.",
        "Une certaine ambival par rapport au retour.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
