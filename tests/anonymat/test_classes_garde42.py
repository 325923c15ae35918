"""Quarante et unième passage : le nom qui suit une civilité, un article et un métier du soin, de l'école ou de l'aide
(`metiers.txt`), même hors des listes (« Madame la Kinésithérapeute Vanderkelen ») ; la fonction après l'article élidé
(« Madame l'Institutrice Mbuyi ») ; les noms de deux lettres d'Afrique de l'Ouest (« Pape Ka », `noms_courts.txt`).
Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le négatif voisin qui doit rester
muet : une spécialité, un organisme, une fonction seule, une année d'études. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import noms
from filrouge.anonymat.listes import lire_liste
from filrouge.anonymat.normalisation import normaliser
from tests.anonymat.outils_garde import NOTE
from tests.anonymat.outils_garde import masques_des_noms as _noms


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Madame la Kinésithérapeute Vanderkelen revoit le jeune.", "« V********** »"),
        ("Monsieur le Logopède Mbuyamba signale des progrès.", "« M******* »"),
        ("Rdv avec Madame la Puéricultrice Kwiatkowska lundi.", "« K********** »"),
        ("Selon Monsieur le Psychomotricien Tshimangadzo, le groupe aide.", "« T*********** »"),
        ("Madame la Diététicienne Amina Ouchene a fait le plan.", "« A**** O****** »"),
    ],
)
def test_un_nom_hors_des_listes_apres_un_metier(texte: str, masque: str) -> None:
    """Après un métier, seul un nom des listes comptait, et seuls vingt métiers écrits dans le code ouvraient le nom
    (garde42 : 3 cas justes sur 30 avant)."""
    assert any(masque in message for message in _noms(texte, NOTE))


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Rdv avec Madame l'Institutrice Mbuyi le 14/02.", "« M**** »"),
        ("M. l'Éducateur Renaud Collignon a accompagné le jeune.", "« R***** C******** »"),
        ("Appel de Mme l’Infirmière Benali : vaccins à jour.", "« B***** »"),
        ("Madame l'Orthophoniste Przybylska a transmis le bilan.", "« P********* »"),
    ],
)
def test_le_nom_apres_une_fonction_elidee(texte: str, masque: str) -> None:
    """« Madame l'Institutrice Mbuyi » : l'article élidé n'était pas lu entre la civilité et la fonction."""
    assert any(masque in message for message in _noms(texte, NOTE))


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Pape Ka sera présent avant la pause.", "« P*** K* »"),
        ("Rdv avec Alioune Ka le 12/03.", "« A****** K* »"),
        ("Vu avec Awa Sy, la tante maternelle.", "« A** S* »"),
        ("Ramatoulaye est passée au service.", "« R********** »"),
    ],
)
def test_les_noms_de_deux_lettres_d_afrique_de_l_ouest(texte: str, masque: str) -> None:
    """Les listes ne gardaient que les morceaux de trois lettres : « Ka », « Sy », « Ba », « Ly » n'y étaient pas, ni
    Alioune ou Ramatoulaye, prénoms très portés au Sénégal et en Guinée."""
    assert any(masque in message for message in _noms(texte, NOTE))


@pytest.mark.parametrize(
    "texte",
    [
        "Madame la Pédiatre Néonatologue passe le matin.",
        "Monsieur le Psychiatre Sophrologue anime le groupe.",
        "Madame la Référente Jongerenwelzijn a répondu.",
        "Madame l'Échevine de la jeunesse ouvre la séance.",
        "Madame l'Inspectrice de l'enseignement a visité la classe.",
        "Monsieur l'Éducateur de rue connaît le jeune.",
        "Madame l'Orthophoniste a transmis le bilan.",
        "Madame la Kinésithérapeute Pédiatrique revoit le jeune.",
        "Madame la Psychologue Transculturelle voit la famille.",
        "Madame la Référente Aemo a appelé la maman.",
        "Madame la Psychologue Puériculteur voit le bébé.",
        "Madame la Coordinatrice Intersectorielle réunit le réseau.",
        "Madame l'Infirmière Onco passe en fin de matinée.",
        "Le grand frère est inscrit en Ba 2 à la haute école.",
        "Il est inscrit en Ba de psychologie à l'université.",
        "Elle passe en BA3 l'an prochain.",
        "Dans le carnet, Ly signifie lycée.",
        "Le jeune écoute du K-pop et du Ka-pow.",
    ],
)
def test_une_specialite_un_organisme_ou_une_annee_restent_muets(texte: str) -> None:
    """Après un métier, une spécialité, un adjectif, une abréviation de métier ou un gentilé précise le métier (l'attaque-72),
    un organisme aussi (« Jongerenwelzijn ») ; la fonction seule après l'article élidé n'est pas un nom ; « Ba », « Ly »
    seuls sont une année d'études, un sigle."""
    assert _noms(texte, NOTE) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Elle demande si verstraete zoë (la grande sœur) peut venir.", "« v********* z** »"),
        ("accompagnant: cheikh fall (oncle)", "« c***** f*** »"),
        ("Ba (le beau-père) refuse de signer la charte.", "« B* »"),
        ("Les Sy ont divorcé l'an dernier.", "« S* »"),
        ("Ba Ndiolène, 14 ans, est placée au centre.", "« B* N******* »"),
        ("Ly Thiu, 9 ans.", "« L* T*** »"),
        ("- Ka Tchakoué\n- cm\n", "« K* T******* »"),
    ],
)
def test_un_nom_devant_son_lien_entre_parentheses(texte: str, masque: str) -> None:
    """Au fil d'une phrase, un ou deux mots suivis du lien entre parenthèses n'étaient lus que dans un élément de liste
    (« cheikh fall (oncle) », raté d'aveugle-71 ; « verstraete zoë (la grande sœur) », raté d'aveugle-72) ; une famille
    au nom de deux lettres, sujet d'un verbe de famille ; un nom de deux lettres devant un nom que personne n'écrit, en
    tête de phrase ou d'élément (« Ba Ndiolène », perdu par le premier état, la relecture)."""
    assert any(masque in message for message in _noms(texte, NOTE))


@pytest.mark.parametrize(
    "texte",
    [
        "DDN (le petit frère) : 5 avril 2005",
        "E-mail (marraine) : voir la fiche",
        "| parent (mère) | via l'école |",
        "Le jeune voit son frère (le cadet) le mercredi.",
        "Appel reçu (la mère) à 10h.",
        "Passage de la maman (la mère) au service.",
    ],
)
def test_un_intitule_ou_un_lien_devant_un_lien_reste_muet(texte: str) -> None:
    """L'intitulé d'un champ (« DDN (marraine) : »), un sigle, un lien ou un mot devant le lien entre parenthèses ne
    sont pas des noms."""
    assert _noms(texte, NOTE) == []


def test_les_metiers_ne_repetent_pas_les_roles() -> None:
    """`metiers.txt` ne tient que les métiers : un rôle (juge, directeur, agent…) ouvre le nom par `_ROLES`, où il est
    seul ; écrit aux deux endroits, un mot retiré des rôles deviendrait un métier sans que rien ne le dise."""
    assert {normaliser(m) for m in lire_liste("metiers.txt")}.isdisjoint(noms._ROLES)
