"""Quarante-sixième passage : des noms d'Asie et d'ailleurs que la garde laissait en clair (garde47, écrit à l'aveugle
avant lui) : en minuscules après « en présence de », « d'après », « message de » ; un nom de Chine de deux lettres
(« Xu ») ; un prénom porté que le dictionnaire n'a pas (« Mei ») seul dans une phrase ou dans une cellule de tableau
voisine d'un lien ; l'initiale du prénom après un nom trouvé, pas celle qui ouvre le nom suivant. Variantes écrites ici
(jamais les phrases de `cas/garde47.jsonl`) ; à côté, les négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        # prénom et nom en minuscules après une tournure
        ("Bilan fait en présence de lan chen et du référent.", "« l** c*** »"),
        ("Le bilan d'après jun wang est positif.", "« j** w*** »"),
        ("Nouveau message de jun chen ce matin.", "« j** c*** »"),
        ("Document signé par xu wang hier.", "« x* w*** »"),  # « xu », nom de deux lettres des listes
        ("Demande transmise auprès de xu ming.", "« x* m*** »"),
        ("Rdv prévu avec mei wang jeudi.", "« m** w*** »"),  # « mei » : un prénom porté, homonyme d'un mot néerlandais
        # quarante-septième passage (garde48) : un message, une visite, un verbe de parole, à l'infinitif aussi
        ("Sms de jun wang reçu ce matin.", "« j** w*** »"),
        ("Visite de lan chen au domicile jeudi.", "« l** c*** »"),
        ("Téléphoné à lan wang pour le rdv.", "« l** w*** »"),
        ("Message vocal de jin liu hier soir.", "« j** l** »"),
        ("quoi: téléphoner à jun chen pour fixer la date\n", "« j** c*** »"),
        ("Prevenu lan wang de la réunion.", "« l** w*** »"),  # sans accents (revue48)
        ("Messages de jun wang reçus hier.", "« j** w*** »"),
        ("Sms de jun wang petit (maman).", "« j** w*** p**** »"),  # un troisième mot, nom des listes même s'il est un mot
        # un prénom dans une cellule voisine d'un lien
        ("| Prénom | Lien |\n|---|---|\n| Mei | tante |\n", "« M** »"),
        ("| Qui | Relation |\n|---|---|\n| Xu | oncle |\n", "« X* »"),
        # un prénom porté que le dictionnaire n'a pas, seul dans la phrase
        ("Goûter prévu avec Mei vendredi.", "« M** »"),
        ("Le trajet est assuré pour Mei et son frère.", "« M** »"),
        ("Bonjour Mei, voici le compte rendu de jeudi.", "« M** »"),  # après une salutation
        # l'initiale du prénom après le nom, masquée avec lui
        ("Selon le SSM, Xu K. (oncle) viendra.", "« X* K. »"),  # « Xu », ambigu des listes, ne perd pas son initiale
        ("Rencontre avec Peeters M. hier.", "« P****** M. »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Vu Ramos T. Kim hier au SSM.", "« K** »"),
        ("Rapport rédigé par Sophie A. le Blanc, psychologue.", "« A. l* B**** »"),  # revue47
        ("Entretien avec Martin A. d'Hoore et la mère.", "« A. d'H**** »"),
    ],
)
def test_l_initiale_du_nom_suivant_reste_avec_lui(texte: str, masque: str) -> None:
    """L'initiale qui ouvre le nom suivant (après elle, un nom, une particule) n'est pas collée au nom d'avant : elle
    reste avec lui, et lui reste masqué."""
    assert masque in " ".join(_noms(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "Rdv pris en présence de la maman et du SSM.",
        "D'après le planning, la réunion est jeudi.",
        "Message de l'école reçu ce matin.",
        "Téléphoné à la police ce matin.",
        "Sms de la maman reçu hier.",
        "Visite de la maison prévue jeudi.",
        "Passage de nha trang en bus pendant les vacances.",  # une ville d'où l'on vient (l'attaque-78)
        "Conseil de pho bo pour la soirée.",  # un plat
        "Merci Grâce à vous tous, le jeune va mieux.",  # « grâce à » : un prénom porté que le dictionnaire a
        "Le kot est avenue Prince de Liège, près de la gare.",  # un prénom-mot du français n'ouvre pas la couche 2
        "Grâce À la cellule mobile, le jeune a repris l'école.",
        "Réunion au CPAS Namur avec la cellule mobile.",
        "Taux de Li stable, le psychiatre est prévenu.",  # le lithium (l'attaque-77)
        "« Hu hu hu », crie-t-il dans le couloir.",
        "| Mot choisi | Par |\n|---|---|\n| Soleil | mère |\n",  # un mot du français à côté d'un proche
        "Nouveau message de tik tok live cette nuit.",  # une expression de `expressions_en_noms.txt`, suivie d'un mot
        "Il a regardé un film avec will baker hier soir.",  # un homonyme anglais n'est pas un prénom porté (revue47)
        "| Lien | Religion |\n|---|---|\n| Mère | Islam |\n",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


def test_en_yaml_aussi() -> None:
    assert "« m** w*** »" in seul_masque("remarque: vu en présence de mei wang\n", FICHE)
