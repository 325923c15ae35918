"""Quarante-quatrième passage : un prénom, même un prénom que la langue écrit comme un mot (« Claire », « Rose »,
« Marc »), suivi de particules et d'un nom (« Della Faille », « De Smet », « van Damme ») : le nom entier. Avant ce
passage, « Marc Della Faille » et « Grâce Di Rupo » passaient entiers en clair, « Claire De Smet » et « Rose Van Damme »
laissaient le prénom en clair. Variantes écrites ici (jamais les phrases des cas de `cas/garde45.jsonl`) ; à côté, les
négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        # un prénom-mot devant une particule qui n'ouvre qu'un nom : tout le nom, même quand le nom est un mot
        ("Claire Della Torre a rappelé ce matin.", "« C***** D**** T**** »"),
        ("Rencontre avec Marc Della Porta hier.", "« M*** D**** P**** »"),
        ("Grâce Di Marzio viendra jeudi.", "« G**** D* M***** »"),
        ("Fleur Dos Reis accompagne la jeune.", "« F**** D** R*** »"),
        ("Prosper Ter Horst a signé la charte.", "« P****** T** H**** »"),
        ("Vu Aurore Ben Hamou au SSM.", "« A***** B** H**** »"),
        ("Blanche Vanden Driessche est passée.", "« B****** V***** D******** »"),
        # une particule en minuscules qui relie les mots
        ("Appel de Fleur ter Horst pour le transport.", "« F**** t** H**** »"),
        ("Marc van der Poel sera présent.", "« M*** v** d** P*** »"),
        # un mot courant, un sigle ou une fonction devant le prénom n'en font pas un lieu (revue45)
        ("Note de Marc De Smet reçue hier.", "« M*** D* S*** »"),
        ("Présents : SAJ Marc De Smet et le jeune.", "« M*** D* S*** »"),
        ("Présents : Éducatrice Claire Della Faille et le jeune.", "« C***** D**** F***** »"),
        ("Pierre De Wit a appelé ce matin.", "« P***** D* W** »"),  # le préfiltre s'ouvre pour « De » à majuscule
        ("Entretien avec Grâce Maria Della Piera ce matin.", "« G**** M**** D**** P**** »"),  # les prénoms d'avant
        # une particule qui est aussi un article : un nom des listes ou soudé à elle dans les listes
        ("Claire De Backer a rappelé.", "« C***** D* B***** »"),
        ("Rose de Meyer passera au foyer.", "« R*** d* M**** »"),
        ("Pierre Le Gall est excusé.", "« P***** L* G*** »"),
        ("Olivier Van den Broucke signe la fiche.", "« O****** V** d** B****** »"),
    ],
)
def test_prenom_et_nom_a_particule(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("De Greef a rappelé hier.", "« D* G**** »"),
        ("Rendez-vous chez Van den Eynde jeudi.", "« V** d** E**** »"),
        ("Refus de De Backer de rencontrer le SSM.", "« D* B***** »"),
    ],
)
def test_la_particule_a_majuscule_avec_le_nom(texte: str, masque: str) -> None:
    """Sans prénom, la particule à majuscule devant un nom trouvé est masquée avec lui (« De » restait en clair)."""
    assert masque in seul_masque(texte)


def test_un_article_n_etend_pas_le_nom_d_un_lieu() -> None:
    """« Le Phénix », « Le Patro » : un article devant un mot à majuscule ouvre d'ordinaire le nom d'un lieu ; il n'étend
    rien (la relecture de tous les corpus : « Le Doudou de Mons » devenait signalé)."""
    assert _noms("Le Doudou de Mons et les Fêtes de Wallonie sont des moments difficiles.") == []


@pytest.mark.parametrize(
    "texte",
    [
        "Atelier Rose des Vents le lundi.",  # une particule-article devant un mot : un lieu, une expression
        "Le jeune a offert une Rose de Noël à sa mère.",
        "Rendez-vous rue Pierre De Coubertin à 14 h.",  # une voie
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "seul"),
    [
        ("Avis de Cacciatore demandé avant toute modification.", "« C********* »"),  # un mot devant « de »
        ("Comme De Smet, la sœur aînée a quitté l'école.", "« D* S*** »"),  # la particule à majuscule, avec le nom
        ("Grâce au soutien de Kabeya, la jeune a repris.", "« K***** »"),
    ],
)
def test_un_mot_devant_une_particule_n_est_pas_un_prenom(texte: str, seul: str) -> None:
    """Devant une particule, un mot que les listes tiennent aussi pour un prénom (« Avis », « Comme », « Grâce » dans
    « Grâce au … ») n'est pas lu comme le prénom : le nom seul est signalé."""
    assert _noms(texte) == [_noms(texte)[0]] and seul in _noms(texte)[0], _noms(texte)
