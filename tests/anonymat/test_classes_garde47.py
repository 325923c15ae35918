"""Quarante-sixième passage : des noms d'Asie et d'ailleurs que la garde laissait en clair (garde47, écrit à l'aveugle
avant lui) : en minuscules après « en présence de », « d'après », « message de » ; un nom de Chine de deux lettres
(« Li », « Xu », « Wu ») ; un prénom homonyme d'un mot d'une autre langue (« Mei ») seul dans une phrase ou dans une
cellule de tableau voisine d'un lien ; l'initiale du prénom après un nom trouvé. Variantes écrites ici (jamais les
phrases de `cas/garde47.jsonl`) ; à côté, les négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Bilan fait en présence de lan chen et du référent.", "« l** c*** »"),
        ("Le bilan d'après jun wang est positif.", "« j** w*** »"),
        ("Nouveau message de jun chen ce matin.", "« j** c*** »"),
        ("Document signé par li wang hier.", "« l* w*** »"),  # « li », nom de deux lettres des listes
        ("Demande transmise auprès de xu ming.", "« x* m*** »"),
        ("Rdv prévu avec mei wang jeudi.", "« m** w*** »"),  # « mei » : un prénom, même homonyme d'un mot néerlandais
    ],
)
def test_prenom_et_nom_en_minuscules_apres_une_tournure(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("| Prénom | Lien |\n|---|---|\n| Mei | tante |\n", "« M** »"),
        ("| Qui | Relation |\n|---|---|\n| Wu | oncle |\n", "« W* »"),
    ],
)
def test_prenom_dans_une_cellule_voisine_d_un_lien(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Goûter prévu avec Mei vendredi.", "« M** »"),
        ("Le trajet est assuré pour Mei et son frère.", "« M** »"),
    ],
)
def test_prenom_homonyme_d_un_mot_d_une_autre_langue(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Selon le SSM, Wu K. (oncle) viendra.", "« W* K. »"),  # « Wu », ambigu des listes, ne perd pas son initiale
        ("Rencontre avec Peeters M. hier.", "« P****** M. »"),
    ],
)
def test_l_initiale_apres_le_nom_est_masquee_avec_lui(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_l_initiale_du_nom_suivant_n_est_pas_prise() -> None:
    """« Ramos T. Kim » : l'initiale est celle du nom qui la suit, elle reste avec lui."""
    assert "« R**** T. »" not in " ".join(_noms("Vu Ramos T. Kim hier au SSM."))


@pytest.mark.parametrize(
    "texte",
    [
        "Rdv pris en présence de la maman et du SSM.",
        "D'après le planning, la réunion est jeudi.",
        "Message de l'école reçu ce matin.",
        "Le kot est avenue Prince de Liège, près de la gare.",  # un prénom-mot du français n'ouvre pas la couche 2
        "Grâce À la cellule mobile, le jeune a repris l'école.",
        "Réunion au CPAS Namur avec la cellule mobile.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


def test_en_yaml_aussi() -> None:
    assert "« m** w*** »" in seul_masque("remarque: vu en présence de mei wang\n", FICHE)
