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
        ("Mme la Psychologue Amanda Dupuis a écrit.", "« A***** D***** »"),  # revue43 : « Amanda » sautée, en clair
        ("Mme la Directrice Adjointe Blanche Lemaire a écrit.", "« B****** L****** »"),
        ("Madame la Juge Van den Eynde a fixé l'audience.", "« V** d** E**** »"),
        # un nom en capitales après le qualificatif reste à la règle des capitales (l'attaque-73 : « DON PANOS » passait
        # en clair quand le qualificatif était sauté)
        ("Monsieur le Directeur Adjoint DON PANOS refuse.", "« D** P**** »"),
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
        "Monsieur le Psychiatre Consultant de Mazar-e-Charif a transmis le dossier.",
        "Madame la Pédiatre du CHU Brugmann a rappelé.",
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
        ("monsieur le conseiller pms mertens attend le retour", "« m****** »"),
        ("mme la directrice adjointe lemmens ok pour l'horaire", "« l****** »"),
        ("mr l'éducateur référent diakité absent cette semaine", "« d****** »"),
        ("monsieur le directeur de l'internat vanoverschelde refuse", "« v************* »"),
        ("mme la déléguée spj kowalczyk rappelle le cadre", "« k******** »"),
        ("mme la juge d'instruction mertens a fixé l'audience", "« m****** »"),
        ("mme la psychologue awa kaninda a appelé", "« k****** »"),  # revue43 : le nom après le prénom
    ],
)
def test_le_nom_en_minuscules_apres_une_fonction(texte: str, masque: str) -> None:
    """Une note prise au vol : la civilité, l'article, la fonction et le nom en minuscules (garde43 : 13 sur 30 avant).
    Seul un prénom ou un nom des listes : un mot que personne n'écrit y est le plus souvent une faute de frappe (« mme la
    psychologue reovit », l'attaque-73)."""
    assert any(masque in message for message in _noms(texte, NOTE)), _noms(texte, NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "mme la psychologue a revu la jeune mardi.",
        "mme la psychologue scolaire revoit la jeune mardi.",
        "monsieur le directeur de l'école accepte le retour.",
        "mme la déléguée spj rappelle le cadre du mandat.",
        "madame la kinésithérapeute conseille des exercices.",
        "mme la psychologue reovit la jeune mardi.",
        "mme la psy pms absnte lundi.",
        "mr le juge de la jeunesse de namur a fixé l'audience.",
    ],
)
def test_une_fonction_en_minuscules_suivie_d_une_phrase_reste_muette(texte: str) -> None:
    """Un verbe, un service ou un lieu après la fonction arrêtent la lecture : rien n'est signalé."""
    assert _noms(texte, NOTE) == []


# Réglé sur les ratés d'aveugle-73 (les écrits pris au vol : SMS, dictées, messages recopiés), mesuré à l'aveugle avant.

@pytest.mark.parametrize(
    "texte",
    [
        "adresse: rue des glycines 14 à gesves",
        "sms : « on a déménagé avenue des tilleuls 9 a profondeville »",
        "elle habite chaussée de marche 210 à jambes depuis mars",
        'contacts:\n- role: tante\n  adresse: "rue du centre 3, à ohey"\n',
    ],
)
def test_une_adresse_en_minuscules_suivie_d_une_localite(texte: str) -> None:
    """Sans code postal, tout en minuscules : la voie, le numéro, « à » (ou « a ») et une commune belge des listes."""
    from filrouge.anonymat import ContexteAnonymat
    from filrouge.anonymat.analyse import analyser_texte

    fichier = "dossiers/2019-003/n." + ("yaml" if texte.startswith(("adresse", "contacts")) else "md")
    assert any(c.regle == "anonymat.adresse" for c in analyser_texte(texte + "\n", fichier, ContexteAnonymat())[0])


@pytest.mark.parametrize(
    "texte",
    [
        "Réunion PIA : passage en type 4 à la rentrée.",
        "place de parking 2 à gauche en entrant",
        "rendez-vous route 4 à pied depuis la gare",
    ],
)
def test_pas_d_adresse_sans_commune(texte: str) -> None:
    """« à la rentrée », « à gauche », « à pied » ne sont pas des communes (« La » en est une dans les listes)."""
    from filrouge.anonymat import ContexteAnonymat
    from filrouge.anonymat.analyse import analyser_texte

    assert not any(c.regle == "anonymat.adresse"
                   for c in analyser_texte(texte + "\n", "dossiers/2019-003/n.md", ContexteAnonymat())[0])


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ('sms:\n- de: maman\n  texte: "nawal dort chez sa copine ce soir"\n', "« n**** »"),
        ("whatsapp du père : « rui est avec moi ce we »", "« r** »"),
    ],
)
def test_le_sujet_apres_un_guillemet(texte: str, masque: str) -> None:
    """Un message recopié entre guillemets commence comme une ligne : son sujet en minuscules est lu de même."""
    fichier = "dossiers/2019-003/n.yaml" if texte.startswith("sms") else NOTE
    assert any(masque in message for message in _noms(texte, fichier))


def test_une_contraction_de_message_n_est_pas_un_nom_colle() -> None:
    """« chez ma tante jrentre dimanche » : « je rentre » tapé vite, pas le nom de la tante."""
    assert _noms("sms : « jsuis chez ma tante jrentre dimanche »", NOTE) == []
