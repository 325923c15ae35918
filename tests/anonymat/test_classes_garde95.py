"""Quatre-vingt-treizième passage, tiré des faux positifs d'aveugle-92 (la petite enfance : 8,1 % de ses négatifs
signalés) : un mot à majuscule juste après ce qu'on achète pour un tout-petit (« lait Nidal », « langes Moltex ») est
une marque, juste après un animal ou un doudou (« son chien Patapouf ») un nom d'animal ou de doudou, pourvu que rien
d'une phrase ne le suive et qu'aucune liste ne le compte parmi les prénoms (« biberon Noah 150 ml », la relecture
revue68) : l'attaque-125 a montré qu'une personne sujet suit aussi ces mots (« Le lait Mamadou l'a
acheté », « Son chien Kevin le promène », « Avec leur chien Mehdi et Sarah sont venus »). garde95, écrit à l'aveugle
avant lui, en trouvait 105 sur 150. Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Besoins pour la rentrée : lait Kendamil, langes Moltex, crème Bepanthen.\n",
        "La maman a racheté une tétine Difrax et un biberon Tommee pour la crèche.\n",
        "Le siège auto Lupilu prêté par la maison maternelle est trop petit.\n",
        "Elle ne s'endort qu'avec son mouton Frisou, même à la sieste.\n",
        "besoins:\n  - poussette Bugaboo\n  - lait Kendamil\n",
    ],
)
def test_une_marque_apres_un_produit_ou_le_nom_d_un_doudou_n_est_pas_un_nom(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le lait Mamadou l'a acheté au Colruyt hier soir.\n", "Mamadou"),
        ("Pour le lait Aminata Diallo a demandé une aide au CPAS.\n", "Aminata"),
        ("Son chien Kevin le promène tous les soirs après l'école.\n", "Kevin"),
        ("Avec leur chien Mehdi et Sarah sont venus à pied.\n", "Mehdi"),
        ("achats:\n  - couches Fatou Sow\n", "Fatou"),
        ("Le thermomètre Chloé l'a retrouvé sous le lit.\n", "Chloé"),
        # la relecture revue68 : une note de crèche en style télégraphique, le chat d'une messagerie
        ("9 h 30 : biberon Noah 180 ml, sieste à 11 h.\n", "Noah"),
        ("Transmissions du soir : lait Emma, couches Lina.\n", "Emma"),
        ("Insultes répétées sur le chat Mehdi depuis lundi.\n", "Mehdi"),
    ],
)
def test_une_personne_apres_un_produit_ou_un_animal_reste_signalee(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))
