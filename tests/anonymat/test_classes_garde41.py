"""Quarantième passage : le nom des listes qui suit une civilité et une fonction hors des rôles de justice ou de
direction (« Madame la Pédiatre Dubois »), un prénom homonyme d'un mot devant le nom (« Monsieur le Directeur Jean
Renkin ») ; une personne en minuscules dans une liste de présences YAML (« presents:⏎  - moussa diop »), même après un
élément d'un mot (« - cm »). Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de
chaque positif, le négatif voisin qui doit rester muet, dont ceux de l'attaque-71 (une spécialité ou un service après
la fonction, un article devant un mot des listes). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import masques_des_noms as _noms


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Rdv avec Madame la Pédiatre Vandenberghe jeudi.", "« V*********** »"),
        ("Mme la Psychologue Kabasele a revu la jeune.", "« K******* »"),
        ("Monsieur le Coordinateur Hermans sera présent.", "« H****** »"),
        ("Selon Madame la Logopède Nsimba, le bilan est bon.", "« N***** »"),
        ("M. l'avocat mis à part, Monsieur le Médecin Dehon confirme.", "« D**** »"),
        ("Madame la Référente Aïssatou Bah a rappelé.", "« A******* B** »"),
        ("Monsieur le Directeur Pierre Massart accepte la reprise.", "« P***** M****** »"),
        ("Madame la Juge Rose Kalonji a fixé l'audience.", "« R*** K****** »"),
    ],
)
def test_le_nom_apres_une_civilite_et_une_fonction(texte: str, masque: str) -> None:
    """Seuls juge, directeur, délégué… ouvraient une fonction entre la civilité et le nom : « Madame la Pédiatre
    Dubois » passait en clair, comme le prénom homonyme d'un mot après la fonction (garde41 : 24 cas justes sur 30
    avant)."""
    assert any(masque in message for message in _noms(texte, NOTE))


@pytest.mark.parametrize(
    "texte",
    [
        "Madame la Pédiatre de garde a vu la jeune.",
        "Monsieur le Coordinateur du réseau ouvre la réunion.",
        "Madame la Psychologue Clinicienne du SSM propose un suivi.",
        "M. le Délégué SAJ reprend le mandat.",
        "Madame la Directrice Générale de l'école a répondu.",
        "Monsieur le Médecin Généraliste est prévenu.",
        "Madame la Juge de la Jeunesse a fixé l'audience.",
        "Madame la Pédiatre Néonatologue passe le matin.",
        "Madame la Référente Jongerenwelzijn a répondu.",
        "Rendez-vous à Ouagadougou pendant les vacances, retour en août.",
    ],
)
def test_une_fonction_suivie_d_un_service_reste_muette(texte: str) -> None:
    """Après la fonction, un service, un lieu ou un adjectif à majuscule n'est pas un nom ; deux capitales d'Afrique de
    l'Ouest que les listes tiennent aussi pour des noms sont des lieux."""
    assert _noms(texte, NOTE) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("presents:\n  - moussa diop\n  - cm\n", "« m***** d*** »"),
        ("présents:\n  - jan van dijck\n  - pse\n", "« j** v** d**** »"),
        ("participants:\n  - 'marie dupont'\n", "« m**** d***** »"),
        ("absents:\n  - aminata camara\n", "« a****** c***** »"),
        ("presents:\n- cm\n- victoire blanc\n", "« v******* b**** »"),
        ("absents:\n  - pedo\n  - awa diop\n", "« a** d*** »"),
    ],
)
def test_une_personne_en_minuscules_dans_une_liste_de_presences(texte: str, masque: str) -> None:
    """Un élément de deux ou trois mots en minuscules sous une clé de personnes n'était jamais lu (seuls les identifiants
    d'acteurs l'étaient ; garde41)."""
    assert any(masque in message for message in _noms(texte, FICHE))


@pytest.mark.parametrize(
    "texte",
    [
        "presents:\n  - la maman\n  - cm spj\n  - pedo\n",
        "absents:\n  - tous les professionnels\n  - le papa\n",
        "participants:\n  - suivi scolaire\n  - école des devoirs\n",
        "presents:\n  - la grand-mère\n  - l'éducatrice\n",
        "presents:\n  - le boulanger\n  - la chapelle\n  - le berger\n",
    ],
)
def test_un_role_dans_une_liste_de_presences_reste_muet(texte: str) -> None:
    """Un rôle, un article, un sigle ou une activité dans une liste de présences n'est pas une personne."""
    assert _noms(texte, FICHE) == []
