"""Quatre-vingt-dix-septième passage, tiré d'aveugle-94 (les amis, les amours, les surnoms et la vie de bande : 3,8 % de
ses négatifs signalés, à l'aveugle, et deux prénoms ratés) : un animal nommé dans une apposition (« son furet, Nala, »,
« Cookie, le chien de la famille, », « Nala (chatte, 4 ans) » ; pas un prénom des listes, l'attaque-129 : « chez Lucas,
le chien de la voisine était là ») ou, prénom, objet d'une relative (« son chien Oscar, qu'il promène ») n'est pas une
personne ; « chez » devant un prénom homonyme d'un mot en dit une (« retrouvé chez Sofia ») ;
sous une clé de proche, un prénom seul aussi (« - tante : Sofia (hébergement) »). garde99, écrit à l'aveugle avant lui, en trouvait 113 sur 150.
Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Le soir, il promène son lapin, Caramelle, dans le jardin.\n",
        "Les câlins avec Grisou, le chat de la voisine, le calment.\n",
        "- Nala (chienne, 2 ans) : dort au pied du lit.\n",
        "Il parle souvent de sa chatte Bella, qu'il a trouvée à la SPA.\n",
    ],
)
def test_un_animal_nomme_n_est_pas_une_personne(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_un_adjectif_sous_une_cle_de_proche_n_est_pas_un_nom() -> None:
    assert noms_trouves("- mère : Fidèle (aux rendez-vous)\n- sœur : Constance, dans ses efforts\n") == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Après la dispute, il a dormi chez Victoria deux nuits.\n", "Victoria"),
        ("- copain : Prosper, rencontré à la MJ\n", "Prosper"),
        ("- tante : Sofia (hébergement le week-end)\n", "Sofia"),
        ("Son chien Kevin le promène chaque matin.\n", "Kevin"),
        ("Avec son chien, Karim est parti au parc.\n", "Karim"),
        # l'attaque-129 : une nouvelle proposition, un animal au pluriel ou suivi de ce qu'on en dit, un sujet
        ("La visite s'est faite chez Lucas, le chien de la voisine était là aussi.\n", "Lucas"),
        ("Mohamed (chienne gardée par la grand-mère) revient lundi.\n", "Mohamed"),
        ("Son chien Lucas, qui le promène, est son cousin.\n", "Lucas"),
    ],
)
def test_une_personne_pres_d_un_animal_ou_chez_qui_l_on_dort_reste_signalee(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))
