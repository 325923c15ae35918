"""Quatre-vingt-troisième passage, tiré des ratés d'aveugle-86 (« JUN ĐỖ ») et d'aveugle-87 (« contact: VÕ ») : un nom de
famille vietnamien écrit avec ses diacritiques est un nom même seul et court, en capitales ou à majuscule, et le prénom
des listes qui le touche en fait partie. garde85, écrit à l'aveugle avant lui (des noms en capitales), en trouvait déjà
148 sur 150 ; la première forme du passage (toute capitale à lettre étrangère au français) a fait 41 faux positifs sur
l'attaque-115 (villes, langues, plats) : seuls restent les noms de famille vietnamiens. Variantes écrites ici (jamais
les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, noms_trouves, regles_trouvees


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le grand-père de VŨ a rappelé lundi.\n", "VŨ"),
        ("BAO ĐỖ ne viendra pas jeudi.\n", "BAO ĐỖ"),
        ("| Mère | HỒ |\n", "HỒ"),
        ("Appel avec LÊ ce matin, rien de neuf.\n", "LÊ"),
        ("Rappeler VÕ avant vendredi.\n", "VÕ"),
    ],
)
def test_le_nom_vietnamien_seul_est_signale(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


def test_le_nom_vietnamien_reste_lu_quand_son_voisin_l_est_deja() -> None:
    """« Lê Minh » : « Minh » lu par une autre couche, « Lê » par celle-ci (la relecture revue66)."""
    assert noms_trouves("Lê Minh est venu seul au rendez-vous.\n") == ["Lê", "Minh"]


def test_le_nom_vietnamien_apres_une_cle_est_signale() -> None:
    assert regles_trouvees("personne_de_contact: ĐỖ\n", FICHE) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Il a grandi à HÀ NỘI avant d'arriver à Namur.\n",
        "Sortie au restaurant : un PHỞ et un thé.\n",
        "La famille est partie fêter le TẾT chez des amis.\n",
        "Né à Hồ Chí Minh en 2008, il est arrivé en Belgique en 2019.\n",
        "Il est originaire de Hà Nam, au nord du pays.\n",
    ],
)
def test_lieux_plats_et_fetes_restent_muets(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_sous_une_cle_de_lieu_le_nom_vietnamien_est_un_lieu() -> None:
    assert regles_trouvees("lieu_de_naissance: Hà Nam\n", FICHE) == []
