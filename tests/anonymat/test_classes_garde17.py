"""Dix-septième passage : faux positifs par classes (signature d'équipe sous une formule de fin, rubrique d'un message
cité, petits noms d'un proche, personnages des fêtes, abréviations de métiers, méthode d'après son auteur, marques,
établissement à complément, rubrique de naissance sans valeur) et noms ratés (cellule sous un titre de personnes,
source d'une information, tournure élidée en tête, action à faire). Variantes écrites ici (jamais les phrases d'un
corpus) ; à côté de chaque négatif, le positif voisin qui doit rester signalé. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle for c in constats}


# --- un article élidé devant un mot courant : « L'équipe », « L'école » ----------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Bonjour,\n\nLa salle est réservée.\n\nMerci d'avance,\nL'équipe mobile\n",
        "Cordialement,\nL'équipe de casemanagement\n",
        "Belle journée,\nL'école fondamentale\n",
        "mardi 4 mars – L'école confirme l'horaire aménagé.",
        "Retour du 12/05 : L'institutrice trouve qu'il progresse.",
        "Hier, L'assistante sociale a rappelé.",
    ],
)
def test_article_elide_devant_un_mot_courant(texte: str) -> None:
    """« L'équipe », « L'école » avec leur majuscule, en signature ou au milieu d'une ligne : un mot, pas un nom
    (dans un récit, la formule de fin et la signature sont lues d'un tenant)."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Cordialement,\nL'équipe de Kabongo\n",
        "Vu avec L'Hermitte hier.",
        "Bien à vous,\nD'hondt\n",
        "C'est Ségolène L'Hermitte qui a rappelé.",
    ],
)
def test_un_nom_a_article_elide_reste_signale(texte: str) -> None:
    """Le nom qui suit un article élidé (« L'Hermitte », « D'hondt ») n'est pas un mot : il reste signalé."""
    assert "anonymat.nom" in _regles(texte), texte


# --- la rubrique d'un message cité : « > SMS maman : » ---------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "> SMS papa : Rendez-vous annulé, il travaille.",
        ">> Maman : Hospitalisation prévue lundi.",
        "- Tante : Numéro changé, je renvoie.",
        "* SMS de la grand-mère : Courses faites, tout va bien.",
        "> Message du beau-père : Score de 12 au test, on en reparle.",
    ],
)
def test_rubrique_d_un_proche_dans_une_citation(texte: str) -> None:
    """« > SMS maman : Courses… » : la rubrique dit qui écrit ; le mot à majuscule qui suit commence la phrase,
    comme sous « Maman : » en tête de ligne."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "> SMS maman : Kabongo est passé ce matin.",
        "> Papa : Sophie viendra à 14 h.",
        "> Vu avec la maman Ngalula.",
        "> La tante, Mbuyi, souhaite venir.",
    ],
)
def test_un_nom_dans_une_citation_reste_signale(texte: str) -> None:
    """Un nom des listes après la rubrique, ou un nom qui suit le lien dans la phrase citée."""
    assert "anonymat.nom" in _regles(texte), texte


# --- petits noms d'un proche : « Mamy », « Tonton » ------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Mamy et Papy viendront peut-être, Tonton aussi.",
        "On ira chez Mamie dimanche.",
        "Pépé est hospitalisé depuis lundi.",
        "Il dort chez Mémé le week-end, Tata le ramène.",
        "Selon Mamy, il mange mieux.",
        "Il voit Nonna et Opa pendant les vacances.",
    ],
)
def test_petit_nom_d_un_proche(texte: str) -> None:
    """Un petit nom de grand-parent, d'oncle ou de tante, seul : un proche, même si une liste de prénoms le porte."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Mamy Ngalula viendra à la concertation.",
        "Tonton Jef l'a conduit à l'école.",
        "Chez Tata Fatou tous les mercredis.",
        "Papy Verhaegen est décédé en mars.",
        "Benjamin viendra demain.",
        "Mme Mamy est venue seule.",
    ],
)
def test_le_nom_du_proche_reste_signale(texte: str) -> None:
    """Le nom qui suit le petit nom, un prénom qui est aussi un lien (« Benjamin »), un petit nom après une
    civilité."""
    assert "anonymat.nom" in _regles(texte), texte


# --- personnages des fêtes et des contes ---------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Elle croit encore au Père Noël.",
        "Le père Fouettard lui fait peur, dit le petit.",
        "Le Grand Saint Nicolas est passé à l'école.",
        "Il attend la Petite Souris pour sa dent.",
        "Papa Noël a apporté un vélo.",
    ],
)
def test_personnage_des_fetes(texte: str) -> None:
    """« Père Noël », « père Fouettard » : le titre fait le personnage, ce n'est pas « le père » d'une personne."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize("texte", ["Le père Kabongo est passé.", "Il a vu le Père Dubois hier.", "Noël Wouters est venu."])
def test_le_pere_d_une_personne_reste_signale(texte: str) -> None:
    """Le lien suivi d'un nom, ou le prénom Noël suivi d'un nom."""
    assert "anonymat.nom" in _regles(texte), texte


# --- abréviations et noms de métiers du soin ------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "De : Pédopsy Saint-Servais\nÀ : SSM Jambes\nObjet : synthèse\n",
        "De : Neuropsy du CHU\nObjet : bilan\n",
        "Vu avec la Psychomot et l'Orthopédagogue mardi.",
        "Les Logopèdes du centre proposent un bilan.",
    ],
)
def test_abreviation_de_metier(texte: str) -> None:
    """« Pédopsy », « Neuropsy », « Psychomot » : un métier ou un service, même abrégé et absent du lexique."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize("texte", ["De : Pédopsy Wouters\nObjet : synthèse\n", "De : Dr Ngalula (pédopsy)\n"])
def test_le_nom_du_soignant_reste_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte), texte


# --- méthode ou échelle d'après son auteur, établissement à complément, marques ------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Échelle de Beck : 22.",
        "Questionnaire de Conners rempli par l'école.",
        "Méthode de Gordon proposée en classe.",
        "Il va à la maison de jeunes Le Gué le mercredi.",
        "Accueil au centre de jour Les Castors.",
        "Il commande sur Temu et Shein avec l'argent de poche.",
        "Il a perdu sa carte, tout passe par Revolut maintenant.",
    ],
)
def test_methode_etablissement_et_marque(texte: str) -> None:
    """Une échelle ou une méthode nommée d'après son auteur, un établissement nommé après son complément (« maison de
    jeunes »), une marque sans homonyme."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Demande de Julie Dubois pour la concertation.",
        "Note de Kabongo pour la réunion.",
        "La maison de jeunes de Fatou Diallo.",
        "Vu au centre de jour avec Kabongo.",
        "Temu Kabongo est venu seul.",
    ],
)
def test_de_qui_et_nom_apres_l_etablissement_restent_signales(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte), texte


# --- rubrique de naissance sans valeur ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Réunion du 12/03/2021, DDN : à demander à la maman.",
        "Concertation du 08/09/2020, date de naissance : voir le dossier papier.",
    ],
)
def test_rubrique_de_naissance_apres_une_date_d_evenement(texte: str) -> None:
    """« date de naissance : » annonce ce qui la suit, pas la date de réunion qui la précède."""
    assert "anonymat.date_naissance" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Réunion du 12/03/2021, date de naissance : 04/05/2008.",
        "Fatou, 04/05/2008 (naissance).",
        "Fatou, 04/05/2008, date de naissance confirmée.",
    ],
)
def test_la_date_de_naissance_reste_signalee(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte), texte


# --- noms ratés -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "| Acteur | Service |\n|---|---|\n| Lucía | SSM |\n",
        "| Acteur | Service |\n|---|---|\n| Vandersmissen | AMO |\n",
        "| Excusés | Motif |\n|---|---|\n| Romane | malade |\n",
        "| Participants | Rôle |\n|---|---|\n| Gloria | éducatrice |\n",
        "| Qui fait quoi | Quand |\n|---|---|\n| Javier contacte le SAJ | lundi |\n",
        "D'après Prince, la famille a déménagé.",
        "selon Modeste, rien n'a changé",
        "C'est Ségolène L'Hermitte qui a appelé.",
        "**Actions**\n1) CM → relancer l'école\n2) mertens → contacter le SAJ\n",
    ],
)
def test_nom_sous_un_titre_de_personnes_ou_a_la_place_d_une_personne(texte: str) -> None:
    """Une cellule à majuscule sous un titre de personnes (« Acteur », « Excusés », « Participants ») : un nom, même
    prénom homonyme d'un mot (aucun identifiant d'acteur ne s'écrit avec une majuscule) ; la source d'une information
    (« D'après Prince ») ; le nom qui suit une tournure élidée (« C'est ») ; l'acteur d'une action à faire."""
    assert "anonymat.nom" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "| Acteur | Service |\n|---|---|\n| SPJ | Namur |\n| Maman | mère |\n",
        "| Présents | Rôle |\n|---|---|\n| Pédopsy | SSM |\n",
        "acteur: espoir\n",
        "Selon Internet, ce n'est pas grave.",
        "D'après Google Maps, c'est à 20 minutes.",
        "**Actions**\n1) CM → relancer l'école\n2) tous → prochaine réunion\n",
    ],
)
def test_role_sigle_ou_source_sans_personne(texte: str) -> None:
    """Un sigle, un lien, un métier sous un titre de personnes ; un identifiant d'acteur en minuscules sous la clé du
    modèle ; une source qui n'est pas un prénom ; « tous » devant la flèche."""
    assert "anonymat.nom" not in _regles(texte), texte
