"""Cinquantième passage : un nom suivi d'une apposition qui dit une personne (un lien, un rôle, un métier, un âge) est un
nom, même en tête de phrase et même en minuscules (garde52, écrit à l'aveugle avant lui) ; un nom à trait d'union
derrière une particule (« Al-… ») n'est plus tenu pour un mot connu. Variantes écrites ici (jamais les phrases de
`cas/garde52.jsonl`) ; à côté, les négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Mbelenga, la petite sœur, dort chez la tante.", "« M******* »"),
        ("Nkurubwayo, son frère aîné, refuse de venir.", "« N********* »"),
        ("Ravelonjara, 9 ans, pleure à chaque séparation.", "« R********** »"),
        ("Kpodzro, seize ans, a quitté l'internat.", "« K****** »"),
        ("Zourbakine, le beau-frère, a rappelé.", "« Z********* »"),
        ("Ouedrago-Tiendrebeogo, la demi-sœur, accepte.", "« O*******-T*********** »"),
        ("Ben Tazrouti, le demi-frère, est reparti.", "« B** T******* »"),
        ("La mère demande que tevita, sa sœur, signe à sa place.", "« t***** »"),
        ("On a rencontré Al-Khouzaie hier.", "« A*-K******* »"),
        ("Rendez-vous fixé avec Al-Ghazouiri jeudi.", "« A*-G******** »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_en_yaml_aussi() -> None:
    assert "« m****** »" in seul_masque('remarque: "mirembe, 14 ans, vit chez la tante"\n', FICHE)
    assert "« K********* »" in seul_masque("quoi: >-\n  appeler Kayitesibo,\n  la voisine, pour les trajets\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Kinshasa, la capitale, a beaucoup changé selon la mère.",  # une ville des listes
        "Ensuite, la mère, épuisée, a quitté la réunion.",  # un mot courant
        "Après le goûter, la mère repart avec la petite.",  # le sujet de la proposition suivante
        "à la crèche, le papa vient chercher le bébé.",
        "presents: [edu, psy, ase, jeune]\n",  # une liste d'acteurs, sans article
        "Kipushi, sa mère y vit encore avec les petits.",  # le sujet de la proposition suivante (l'attaque-82)
        "À Tazerbo, la mère a perdu la trace du jeune.",
        "Hospitalisation à Kapelleke, 3 mois.",  # un lieu, une durée (la relecture revue52)
        "bloqué à ouargla, 2 ans, selon lui.",
        "Il dort au salon, sa sœur aussi.",
        "Le camp scout, son frère l'a fait aussi.",
        "remarques:\n  - le camp scout, son frère\n",
        "Minecraft, son jeu préféré, l'occupe le soir.",
        "Il regarde des reportages d'Al-Jazeera avec le père.",
        "La famille vient d'Al-Hoceima.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


def test_l_initiale_du_prenom_reste_avec_le_nom() -> None:
    """« J. Nzeyimanah, animatrice à la MJ » : une apposition sans article ne coupe pas le nom de l'initiale qui le
    précède, que `_noms_et_initiales` signale avec lui (l'équivalence sur les corpus, aveugle-71)."""
    assert "« J. N********* »" in seul_masque("Mail reçu de J. Nzeyimanah, animatrice à la MJ.")
    assert "« S. O****** »" in seul_masque("- M. S. Okonkwe, père\n")
    assert "« A. W*** »" in seul_masque("Rencontre avec A. Wang, sa mère, hier.")  # un nom des listes (revue52)
