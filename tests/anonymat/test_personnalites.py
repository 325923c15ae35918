"""Les personnes publiques et les personnages cités en entier, les organismes et les personnages qu'aucune personne ne
porte ne sont pas des personnes du dossier, où qu'ils soient ; un prénom ou un nom porté en Belgique, écrit seul, en
reste une. Jusqu'à la trente-sixième session, `personnalites.txt` tenait seize mots seuls que les listes comptent parmi
les prénoms ou les noms (« Angèle », « Simba », « Ronaldo », « Lumumba »), `personnages_sans_homonyme.txt` « Winnie »,
« Bumba », « Mulan », `organisations.txt` « Torfs », « Leonidas », « Scarlet » : « Angèle est venue avec sa mère »,
« Torfs a appelé le service » ne signalaient rien. Les personnages et les enseignes qui sont aussi des noms portés
vivent dans `personnages.txt` et `enseignes.txt`, qui demandent un mot d'écran ou de commerce. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat.listes import lire_liste, listes
from filrouge.anonymat.normalisation import normaliser
from tests.anonymat.outils_garde import noms_trouves

LISTES_DE_PERSONNES = ("prenoms", "noms", "tres_portes", "prenoms_homonymes")


def test_un_mot_seul_de_la_liste_n_est_ni_un_prenom_ni_un_nom_porte() -> None:
    portes = {mot for mot in lire_liste("personnalites.txt") if " " not in mot
              and any(normaliser(mot) in listes()[liste] for liste in LISTES_DE_PERSONNES)}
    assert portes == set()


@pytest.mark.parametrize(("fichier", "decides"), [("personnages_sans_homonyme.txt", set()),
                                                  ("organisations.txt", {"Caritas", "Hema", "Aldi", "Panos"})])
def test_ce_qui_n_est_jamais_une_personne_n_est_pas_un_nom_tres_porte(fichier: str, decides: set[str]) -> None:
    """Hormis quatre organismes que les listes (bruitées) comptent parmi les noms très portés, décidé et écrit dans le
    fichier."""
    portes = {mot for mot in lire_liste(fichier) if " " not in mot and normaliser(mot) in listes()["tres_portes"]}
    assert portes == decides


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Winnie est venue seule au rendez-vous.\n", "Winnie"),
        ("Torfs, le beau-père, a appelé le service.\n", "Torfs"),
        ("Angèle est venue avec sa mère à la concertation.\n", "Angèle"),
        ("La petite Simba a pleuré pendant la visite.\n", "Simba"),
        ("Ronaldo a fugué hier soir, la police est prévenue.\n", "Ronaldo"),
        ("Le père, M. Lumumba, refuse la guidance.\n", "Lumumba"),
    ],
)
def test_un_prenom_ou_un_nom_porte_par_une_celebrite_reste_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "L'équipe relit Boris Cyrulnik sur la résilience.\n",
        "Il porte un maillot de Cristiano Ronaldo.\n",
        "Elle a acheté ses baskets chez Torfs avec sa mère.\n",
        "Il regarde Bumba en boucle le soir.\n",
    ],
)
def test_une_personne_publique_citee_en_entier_n_est_pas_un_nom(texte: str) -> None:
    assert noms_trouves(texte) == []
