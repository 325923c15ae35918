"""Quatre-vingt-dix-huitième passage, tiré des ratés connus d'aveugle-94 et de garde99 (« Aurore, une copine de la MJ »,
« Zelda est sa meilleure amie », « Rocky, c'est mon grand frère ») : devant le lien qui le dit proche du jeune, attribut,
reprise ou apposition qui se ferme, un prénom homonyme d'un mot ou un mot hors des listes que le dictionnaire français
n'a pas est un nom ; une rubrique de plusieurs mots qui commence par un lien (« - Copain du foot : Moussa ») annonce un
nom ; sous un ami, un prénom homonyme d'un mot seul dans sa valeur en est un. garde100, écrit à l'aveugle avant lui, en
trouvait 120 sur 150 (123 avec le premier état, écrit avant de lire les cas). Variantes écrites ici (jamais les
phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import trouver
from tests.anonymat.outils_garde import FICHE, masques_des_noms, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Ambre est sa meilleure amie depuis le camp de Pâques.\n", "Ambre"),
        ("Espoir, c'est son grand frère, il l'attend à la gare.\n", "Espoir"),
        ("Victoire, une voisine de la tour, l'a gardé samedi.\n", "Victoire"),
        ("Il parle beaucoup de Colombe, une amie du club, qui l'a aidé.\n", "Colombe"),
        ("Brigid est la voisine qui l'accueille après l'école.\n", "Brigid"),
        ("Rose a rompu avec lui en juin, d'où la crise.\n", "Rose"),
        ("- Copine du judo : Perle (même ceinture)\n", "Perle"),
        ("- Voisin de palier : Moussa (14 ans)\n", "Moussa"),
        ("- copine : Céleste\n", "Céleste"),
    ],
)
def test_un_prenom_devant_ou_sous_le_lien_qui_le_dit_proche_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


def test_une_cle_yaml_de_proche_en_plusieurs_mots_annonce_un_nom() -> None:
    assert masques_des_noms("meilleure_amie: Céleste\npetit_copain: Moussa\n", FICHE) == [
        "nom de personne « C****** » (après « meilleure_amie ») : seulement des initiales ou le lien (la mère, M. D.)",
        "nom de personne « M***** » (après « petit_copain ») : seulement des initiales ou le lien (la mère, M. D.)",
    ]


@pytest.mark.parametrize(
    "texte",
    [
        "Au bled, une cousine l'a hébergé.\n",  # le lien ouvre une autre proposition (revue70)
        "Namur, c'est la ville de sa mère.\n",
        "Maman est sa meilleure amie, dit-il.\n",
        "Fortnite est son meilleur ami le soir.\n",
        "- sœur : Modeste (revenus faibles)\n",  # un adjectif sous un proche de la famille (l'attaque-129)
        "- Copain du foot : Absent (blessé)\n",
        "- mère : Jeune (°2019)\n",
    ],
)
def test_un_mot_devant_ou_sous_un_lien_qui_n_est_pas_un_prenom_n_est_pas_signale(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        # l'attaque-130 : une phrase clivée après un possessif, une parenthèse ou un commentaire qui dit quand ou comment,
        # un nombre qui n'est pas un âge
        "Fexhe, c'est sa tante qui l'héberge là-bas.\n",
        "- Copain : Fidèle (toujours là)\n",
        "copine: Fidèle  # toujours présente\n",
        "- Grand-père : Constant (1 visite par mois)\n",
        # revue71 : un adverbe ou un mot de liaison en tête, une rubrique qui parle d'un proche sans le nommer
        "Actuellement, c'est la tante qui l'héberge.\n",
        "Heureusement, sa tante, infirmière, était là.\n",
        "Bref, c'est la mère qui gère tout.\n",
        "Via Teams, sa tante, a participé.\n",
        "- Relation avec la mère : Bonne\n- Profession du père : Technicien\n- Oncle : Imam\n",
    ],
)
def test_ni_un_adverbe_ni_une_description_sous_un_proche_ne_sont_des_noms(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Tyron, c'est le cousin qui l'héberge.\n", "Tyron"),  # pas une phrase clivée : l'article dit qui est Tyron
        ("Chez Brigid, une amie de sa mère, il dort le week-end.\n", "Brigid"),
        ("- Demi-sœur : Céleste (19 ans, vit à Dinant)\n", "Céleste"),
    ],
)
def test_un_prenom_chez_qui_l_on_dort_ou_dont_la_rubrique_dit_l_age_reste_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    ("texte", "numero"),
    [
        ("Le jeune loge rue Spintay 110bis, 4800 Verviers.\n", "110bis"),  # aveugle-95 : jamais une adresse
        ("Domicile : chemin des Aulnes 17ter, 5101 Erpent.\n", "17ter"),
        ("Il habite rue de Fer 12Bis, 5000 Namur.\n", "12Bis"),  # revue71 : le numéro restait en clair
        ("Domicile : 12bis rue des Champs, à Jambes.\n", "12bis"),
    ],
)
def test_un_numero_bis_ou_ter_colle_est_dans_l_adresse(texte: str, numero: str) -> None:
    adresses = [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat()) if t.regle == "anonymat.adresse"]
    assert any(numero in adresse for adresse in adresses), adresses


def test_un_bis_hors_d_une_adresse_n_est_rien() -> None:
    assert trouver("Voir l'article 60 bis du code ; bus 2bis à 8h ; formulaire 3bis rempli.\n", ContexteAnonymat()) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ('La mère lit : "Florence hat mir geholfen".\n', "Florence"),
        ("Message de la tante : 'Roos slaapt bij ons vannacht'\n", "Roos"),
        ("Sms du frère : 'Jade slaapt bij ons'\n", "Jade"),
    ],
)
def test_le_sujet_d_une_citation_d_une_autre_langue_dans_une_ligne_francaise_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


def test_une_ville_sujet_d_une_citation_d_une_autre_langue_n_est_pas_un_nom() -> None:
    assert noms_trouves('Le jeune lit : "Paris hat mir geholfen".\n') == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("- Coach : Aurore (19 ans)\n", "Aurore"),  # la relecture revue71 : « urore », la majuscule en clair
        ("Rose (12 ans) est venue avec sa mère.\n", "Rose"),
        ("| S12 | Eskender (14 ans) dort mieux |\n", "Eskender"),
    ],
)
def test_un_nom_devant_son_age_est_lu_en_entier(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_un_lieu_ou_une_enseigne_devant_une_duree_n_est_pas_un_nom() -> None:
    assert noms_trouves("Il a vécu à Kinshasa (3 ans), puis stage chez Colruyt (2 ans).\n") == []
