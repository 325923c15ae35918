"""Quatre-vingt-quinzième passage, tiré des faux positifs d'aveugle-93 (le deuil, la religion et les rites : 6,0 % de ses
négatifs signalés, à l'aveugle) : des textes, prières et figures religieuses qu'aucune personne ne porte
(`personnages_sans_homonyme.txt` : « le Guru Granth Sahib ») ; des fêtes (`fetes.txt` : « Qingming », sauf suivie d'un
nom). L'attaque-127 a fait retirer une première forme qui écartait tout mot après un lieu de culte ou un titre religieux
(« Au cimetière Mohamed a pleuré », « le patriarche Ahmed Belkacem », « Qingming Zhao, la mère ») ; la relecture
revue69, la seconde, qui écartait un mot hors des prénoms des listes après un lieu de culte quand rien d'une phrase ne
le suivait (« Au cimetière Okbazghi, le grand frère, a lu… » : un nom que personne n'écrit s'écrit comme « la mosquée
Assalam, »). Les prénoms qui sont aussi des figures religieuses (Moïse, Noé, Ismaël, Issa, Fatiha) restent signalés.
garde97, écrit à l'aveugle avant lui, en trouvait 117 sur 150. Variantes écrites ici (jamais les phrases des cas).
Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Pendant Qingming, la famille nettoie les tombes.\n",
        "Le jeune récite le Japji Sahib chaque matin.\n",
    ],
)
def test_une_priere_ou_une_fete_ne_sont_pas_des_noms(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Au cimetière Karim a déposé des fleurs.\n", "Karim"),
        ("À la synagogue Noa a retrouvé ses cousins.\n", "Noa"),
        ("Qingming Li, la tante, viendra à la concertation.\n", "Qingming"),
        ("La petite Fatiha a récité une prière pour son grand-père.\n", "Fatiha"),
        ("Le jeune parle souvent de Moïse, son petit frère décédé.\n", "Moïse"),
        # la relecture revue69 : un nom que personne n'écrit, juste après un lieu de culte ou des morts
        ("Au funérarium Tesfamariam, l'oncle, a accueilli la famille.\n", "Tesfamariam"),
        ("Pour la prière, la mosquée Errahma, rue de la Colline.\n", "Errahma"),
    ],
)
def test_une_personne_pres_d_un_lieu_de_culte_ou_qui_porte_un_nom_religieux_reste_signalee(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))
