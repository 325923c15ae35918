"""Quarante-troisième passage : après une fonction, un prénom qui est aussi un mot (« Grâce », « Noël », « Blanche »,
« Désiré ») devant le nom, ou un nom que la presse écrit pour une célébrité (« Magritte », « Simenon ») : le nom de la
personne qui exerce la fonction. Avant ce passage, « Madame la Juge Grâce Kabeya » et « Monsieur le Directeur Noël
Janssens » passaient entiers en clair. Variantes écrites ici (jamais les phrases des cas de `cas/garde44.jsonl`) ; à
côté, les négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        # une civilité, l'article et la fonction, puis un prénom homonyme d'un mot et le nom
        ("Monsieur le Juge Noël Vandersteen a prolongé la mesure.", "« N*** V********** »"),
        ("Madame la Directrice Grâce Mulumba accepte l'inscription.", "« G**** M****** »"),
        ("Mme la Psychologue Blanche Wouters rappelle jeudi.", "« B****** W****** »"),
        ("Monsieur le Conseiller Prosper Ngoy reçoit la famille.", "« P****** N*** »"),
        ("Madame la Déléguée Charité Nkulu passe au SRG.", "« C****** N**** »"),
        ("Madame la Juge Grâce KABEYA a appelé.", "« G**** K***** »"),
        ("Monsieur le Directeur Olivier Lumumba-Kasongo a écrit.", "« O****** L******-K****** »"),
        ("Madame la Juge Claire Van Hove a fixé l'audience.", "« C***** V** H*** »"),
        # un nom que la presse écrit pour une célébrité, seul ou après le prénom
        ("Madame la Pédiatre Magritte a revu la jeune.", "« M******* »"),
        ("Monsieur le Juge Simenon a fixé l'audience.", "« S****** »"),
        ("Madame la Psychologue Patience Brel suit la jeune.", "« P******* B*** »"),
        # sans civilité, juste après la fonction
        ("L'éducateur Désiré Santos accompagne le jeune.", "« D***** S***** »"),
        ("Selon Madame la Directrice Espérance Picasso, une place se libère.", "« E******** P****** »"),
        ("la Juge Noël Vercammen a avancé l'audience", "« N*** V******** »"),
        ("La Juge Blanche Vercauteren a avancé l'audience.", "« B****** V********** »"),  # l'article en tête de phrase
        ("Le Directeur Olivier Dupuis a répondu.", "« O****** D***** »"),
        # la fonction suivie de mots qui la qualifient (l'attaque-74 : « Noël » restait en clair)
        ("Vu l'assistante sociale Noël Verhulst hier.", "« N*** V******* »"),
        ("Le médecin traitant Noël Verbeke a rappelé.", "« N*** V****** »"),
        ("L'institutrice Rose Van Hecke signale des absences.", "« R*** V** H**** »"),
        ("Le logopède Victoire Closset Dumont observe.", "« V******* C****** D***** »"),  # tout le nom, pas deux mots
    ],
)
def test_nom_apres_une_fonction(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        # revue44 : la règle lisait le prénom et les noms des listes, puis sautait le reste que la couche 2 lisait
        ("Entretien avec l'avocate Julie Martin van der Meersch ce matin.", "« J**** M***** v** d** M****** »"),
        ("Entretien avec la juge Nathalie Mbuyi Wa Ilunga ce matin.", "« N******* M**** W* I***** »"),
        ("Entretien avec l'éducateur Paul Santos dos Reis ce matin.", "« P*** S***** d** R*** »"),
        ("Vu la juge Sophie Kabeya Poisson hier.", "« S***** K***** P****** »"),
        ("Vu la juge Grâce Kabeya Van Der Linden hier.", "« G**** K***** V** D** L***** »"),
    ],
)
def test_le_nom_entier_apres_une_fonction(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_deux_personnes_dans_une_chaine_en_capitales() -> None:
    """La fonction en tête d'une suite de capitales : la seconde personne reste lue (l'attaque-74 : « AVOCAT NOËL
    JANSSENS » passait en clair quand la lecture s'arrêtait au premier nom)."""
    noms = " ".join(_noms("AUDIENCE : JUGE GRÂCE KABEYA ET AVOCAT NOËL JANSSENS\n"))
    assert "K*****" in noms and "J*******" in noms, noms


@pytest.mark.parametrize(
    "texte",
    [
        "Monsieur le Juge de Paix a été saisi.",  # relié par une particule : un service
        "Madame la Directrice Générale a répondu.",
        "Madame la Directrice de l'école Sainte-Grâce a répondu.",
        "Rendez-vous place Lumumba à 14 h.",
        "Visite du musée Magritte avec le groupe.",
        "La fête de Noël du SRG est maintenue.",
        "Le jeune lit un Simenon pendant les temps calmes.",
        "Madame la Coordinatrice AMO ouvre la réunion.",
        # sans civilité, un nom hors des listes après le prénom-mot n'y suffit pas : un club, une œuvre (l'attaque-74)
        "L'entraîneur Real Madrid a gagné hier soir.",
        "Le coach Prince Charming du spectacle de fin d'année.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
