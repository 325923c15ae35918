"""Quatre-vingt-dix-huitième passage, tiré des ratés connus d'aveugle-94 et de garde99 (« Aurore, une copine de la MJ »,
« Zelda est sa meilleure amie », « Rocky, c'est mon grand frère ») : devant le lien qui le dit proche du jeune, attribut,
reprise ou apposition qui se ferme, un prénom homonyme d'un mot ou un mot hors des listes que le dictionnaire français
n'a pas est un nom ; une rubrique de plusieurs mots qui commence par un lien (« - Copain du foot : Moussa ») annonce un
nom ; sous un ami, un prénom homonyme d'un mot seul dans sa valeur en est un. garde100, écrit à l'aveugle avant lui, en
trouvait 120 sur 150 (123 avec le premier état, écrit avant de lire les cas). Variantes écrites ici (jamais les
phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

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
