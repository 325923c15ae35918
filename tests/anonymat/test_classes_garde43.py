"""Quarante-deuxième passage : une fonction qualifiée devant le nom (« Madame la Psychologue Clinicienne Mbala »,
« Monsieur le Conseiller PMS Delhaye », « Monsieur le Juge de la Jeunesse Vandenberghe ») et la même tournure tout en
minuscules (« mme la psychologue clinicienne ndiaye »). Variantes écrites ici (jamais les phrases d'un corpus) ; à côté
de chaque positif, le négatif voisin qui doit rester muet, et les noms que sauter un qualificatif aurait coupés.
Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import NOTE
from tests.anonymat.outils_garde import masques_des_noms as _noms


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Madame la Psychologue Clinicienne Lukusa a envoyé son rapport.", "« L***** »"),
        ("Monsieur le Conseiller PMS Vandermeersch attend les parents.", "« V************ »"),
        ("Madame l'Assistante Sociale Principale Wiśniewska rappelle lundi.", "« W********* »"),
        ("Monsieur le Juge de la Jeunesse Verhulst a prolongé la mesure.", "« V******* »"),
        ("Madame la Coordinatrice AMO Mpinga ouvre la réunion.", "« M***** »"),
        ("Monsieur le Pédopsychiatre Chef de Service Okonkwo valide le plan.", "« O****** »"),
        ("Madame la Casemanager Kasongo convoque les partenaires.", "« K****** »"),
        ("Monsieur le Psy Scolaire Benyahia est absent jeudi.", "« B******* »"),
        ("Monsieur le Logo Vanlierde propose une séance.", "« V******** »"),
        ("Madame la Kiné Pédiatrique Ntumba Kalala suit la jeune.", "« N***** K***** »"),
        # l'attaque-71 voulait muet « M. le Délégué SAJ Dinamo » (un service ?) : un délégué est une personne, et
        # « Dinamo » un prénom des listes ; le signaler coûte moins que le laisser passer
        ("M. le Délégué SAJ Dinamo reprend le mandat.", "« D***** »"),
        # un prénom, une particule ou un lieu belge après la fonction ne sont jamais sautés : le nom entier est signalé
        ("Monsieur le Directeur Jean Vanmol accepte.", "« J*** V***** »"),
        ("Madame l'Institutrice Sofia Ferreira signale des absences.", "« S**** F******* »"),
        ("Madame la Psychologue Clinicienne Rose Kabeya passe.", "« R*** K***** »"),
        ("M. le Directeur Di Stefano refuse.", "« D* S****** »"),
        ("Madame la Juge Van den Eynde a fixé l'audience.", "« V** d** E**** »"),
    ],
)
def test_le_nom_apres_une_fonction_qualifiee(texte: str, masque: str) -> None:
    """Un adjectif, un sigle ou un service entre la fonction et le nom arrêtait la lecture : « Madame la Psychologue
    Clinicienne Mbala » passait en clair (garde43 : 2 cas justes sur 30 avant)."""
    assert any(masque in message for message in _noms(texte, NOTE)), _noms(texte, NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "Madame la Psychologue Clinicienne du service propose un suivi.",
        "Madame la Psychologue Clinicienne Principale a répondu.",
        "Monsieur le Conseiller PMS de l'école attend les parents.",
        "Madame la Coordinatrice AMO ouvre la réunion.",
        "Monsieur le Juge de la Jeunesse de Namur a prolongé la mesure.",
        "Madame la Kiné Pédiatrique du Centre passe le mardi.",
        "Monsieur le Médecin Généraliste Traitant est prévenu.",
        "Madame la Directrice Générale Adjointe a signé.",
    ],
)
def test_une_fonction_qualifiee_sans_nom_reste_muette(texte: str) -> None:
    """Les qualificatifs sont sautés seulement quand un mot les suit : en dernier, un service, un lieu ou un adjectif
    est jugé comme avant (rien)."""
    assert _noms(texte, NOTE) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("vu madame la kinésithérapeute vanhamme ce matin", "« v******* »"),
        ("appel de mme la psychologue clinicienne mukendi : rdv annulé", "« m****** »"),
        ("monsieur le conseiller pms dewandre attend le retour", "« d******* »"),
        ("mme la directrice adjointe lemmens ok pour l'horaire", "« l****** »"),
        ("mr l'éducateur référent diakité absent cette semaine", "« d****** »"),
        ("monsieur le directeur de l'internat vanoverschelde refuse", "« v************* »"),
        ("mme la déléguée spj kowalczyk rappelle le cadre", "« k******** »"),
    ],
)
def test_le_nom_en_minuscules_apres_une_fonction(texte: str, masque: str) -> None:
    """Une note prise au vol : la civilité, l'article, la fonction et le nom en minuscules (garde43 : 13 sur 30 avant)."""
    assert any(masque in message for message in _noms(texte, NOTE)), _noms(texte, NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "mme la psychologue a revu la jeune mardi.",
        "mme la psychologue scolaire revoit la jeune mardi.",
        "monsieur le directeur de l'école accepte le retour.",
        "mme la déléguée spj rappelle le cadre du mandat.",
        "madame la kinésithérapeute conseille des exercices.",
        "mr le juge de la jeunesse de namur a fixé l'audience.",
    ],
)
def test_une_fonction_en_minuscules_suivie_d_une_phrase_reste_muette(texte: str) -> None:
    """Un verbe, un service ou un lieu après la fonction arrêtent la lecture : rien n'est signalé."""
    assert _noms(texte, NOTE) == []
