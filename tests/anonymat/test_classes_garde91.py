"""Quatre-vingt-neuvième passage, tiré des faux positifs d'aveugle-90 (47 de ses 50 : « Sam. 09/12 – 15h15 »,
« | Lun. 07/10 | école | », « Dim. 7h : consultation ») : un jour de la semaine abrégé n'est pas un prénom devant une
date, une heure ou un moment (avec son point), devant une date en tête de ligne (sans point), en tête de cellule ou
dans une énumération de jours. Un prénom de trois lettres qui s'écrit comme un jour le reste partout ailleurs (« Sam a
appelé », « raccompagné par Sam. », « Sam 14h au parc ? », « amis: [Sam, Dim] » : l'attaque-121). garde91, écrit à
l'aveugle avant lui, en trouvait 111 sur 150. Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, noms_trouves, regles_trouvees


@pytest.mark.parametrize(
    "texte",
    [
        "Sam. 16/11 – 9h40 : audition au tribunal de la jeunesse\n",
        "| Ven. 22/11 | stage | retour au SRG |\n",
        "- Ven. 15/11 : logopède, puis piscine\n",
        "Dim. 9h : messe avec la grand-mère\n",
        "Sam. après-midi : visite médiatisée\n",
        "Garde chez papa : Sam. et Dim.\n",
        "- Sam 23/11 : bilan au PMS\n",
        "Accueil de jour : Lun.-Mer.-Ven.\n",
    ],
)
def test_un_jour_abrege_d_agenda_n_est_pas_un_prenom(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_un_jour_abrege_seul_en_valeur_yaml_ou_dans_une_liste_de_jours() -> None:
    assert regles_trouvees('jour_de_retour: "Ven."\n', FICHE) == []
    assert regles_trouvees("jours_de_garde: ['Sam.', 'Dim.']\n", FICHE) == []
    assert noms_trouves("- Lun : internat\n- Mar : internat\n- Mer : SSM\n") == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Sam a appelé à 14h pour décaler.\n", "Sam"),
        ("Il a été ramené au SRG par Dim.\n", "Dim"),
        ("Sam 16h devant l'école ? Elle ne répond pas.\n", "Sam"),
        ("Le jeune voit Ven 2-3 fois par semaine.\n", "Ven"),
        ("copains: [Sam, Dim]\n", "Sam"),
        ("Sam, 15 ans, vit chez sa tante.\n", "Sam"),
        ("Entretien avec Sam. Prochain rendez-vous le 14/03.\n", "Sam"),  # la phrase suivante (revue67)
    ],
)
def test_le_prenom_qui_s_ecrit_comme_un_jour_reste_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)
