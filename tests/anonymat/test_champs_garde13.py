"""Treizième passage : changements STRUCTURELS, qui valent pour tout texte. Les champs que le modèle réserve à un
identifiant d'acteur ou à des initiales, et les en-têtes d'un courriel collé, n'admettent pas de nom ; un nom y est
signalé quelle que soit sa casse, sans autre indice. Variantes écrites ici avec leurs négatifs proches (rôles,
sigles, services, mots courants). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte
from filrouge.anonymat.champs import cles_d_acteur


def _noms(texte: str, fichier: str = "essai.yaml") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.message for c in constats if c.regle == "anonymat.nom"]


def test_les_cles_d_acteur_viennent_du_modele() -> None:
    """Énumérées depuis les annotations `IdActeur` et `Initiales` du modèle, pas écrites à la main : un champ
    d'acteur ajouté au modèle est protégé sans toucher à la garde."""
    cles = cles_d_acteur()
    assert {"qui", "avec_qui", "presents", "absents", "referent", "coordinateur", "coordinateur_soin",
            "pedopsychiatre", "acteur", "initiales", "jeune_informe_par", "demandeurs"} <= cles
    assert not cles & {"quoi", "description", "lieu", "service", "date", "motif"}


@pytest.mark.parametrize(
    "texte",
    [
        "actions:\n- numero: 1\n  qui:\n  - Rohan\n  quand: lundi\n",  # prénom qui est aussi un mot rare
        "avec_qui: [mere, tshimanga]\n",
        "presents: [jeune, nkurunziza, spj, pedo, cm]\n",
        "presents:\n- jeune\n- wojciechowska\n- cm\n",
        "referent: Capucine\n",
        "coordinateur_soin: 'mbuyi kalala'\n",
        "demandeurs: [amo, kaczmarek]\n",
    ],
)
def test_un_nom_dans_un_champ_d_acteur_est_signale(texte: str) -> None:
    assert _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "presents: [jeune, mere, pere, spj, saj, amo, ssm, cpas, pedo, cm, srg, ecole, cpms, aviq]\n",
        "qui:\n- casemanager\n- ssm-capj\n- a1\n",
        "presents: [edu, psy, ase, jeune]\navec_qui: [edu]\n",  # abréviations de rôles
        "acteurs:\n- id: pedopsy\n- id: educspec\nqui: [pedopsy, referentamo]\n",  # identifiants inventés
        "absents: [educateur, psy, tante, famille, pms]\n",
        "referent: spj\ncoordinateur_soin: ssm\npedopsychiatre: pedo\n",
        "acteurs:\n- id: grand-mere\n  initiales: M. D.\n",
        "financement:\n  coordinateur: coordination\n",
        "referent: Service d'aide à la jeunesse\n",
        "absents:\n- spj (excusé, audience)\n",
        "quoi: Accompagner le jeune chez le dentiste\nqui: [cm]\n",
        "initiateur: l'hôpital de jour pédopsychiatrique\n",  # une description, pas un acteur
        "referent: le service de garde du week-end\n",
    ],
)
def test_un_role_ou_un_sigle_dans_un_champ_d_acteur_n_est_pas_un_nom(texte: str) -> None:
    assert not _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "De : Dirdi\nEnvoyé : lundi 3 mars\n",  # mot qu'aucun lexique n'écrit
        "À : Gashumba\nObjet : compte rendu\n",
        "Pour : Capucine\n",
        "Cc : secrétariat SSM ; nkurunziza\n",
        "Van: secretariaat OCMW\nAan: pieters\n",
        "Van: secretariaat OCMW\nOnderwerp: opvolging tshibangu\n",
    ],
)
def test_un_nom_dans_un_en_tete_de_courriel_est_signale(texte: str) -> None:
    assert _noms(texte, "note.md")


@pytest.mark.parametrize(
    "texte",
    [
        "De : Secrétariat SSM\nÀ : SPJ Namur\nObjet : RE: concertation du 18/11\n",
        "Pour : information\nDe : 9h à 12h\n",
        "A: vérifier avec le CPAS\n",
        "Van: secretariaat OCMW\nOnderwerp: aanvraag goedgekeurd\n",
        "Objet : demande Criseflex\n",
        "Objet : Activité de remobilisation par médiation animale\n",  # une phrase : mot rare, pas un nom
        "De : coordination <coordination@reseau.be>\n",
    ],
)
def test_un_service_ou_un_mot_courant_dans_un_en_tete_n_est_pas_un_nom(texte: str) -> None:
    assert not _noms(texte, "note.md")


# --- courriels tapés ou collés de travers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Le grand frère gère les mails : lunamartins@@voo.be.\n",  # « @ » doublé
        "Écrire à m.kabila@@gmail.com pour la suite.\n",
        "envoyer la NS à karim_2003.@voo.be + copie SAJ\n",  # point avant « @ »
        "réponse de jl.dupont.@skynet.be attendue\n",
        "Pas de réponse de secretariat@cpas-a\nndenne.be depuis le 24/06.\n",  # domaine coupé au milieu d'un mot
        "la tante : n.ozturk@yah\noo.com.tr\n",
    ],
)
def test_un_courriel_mal_forme_ou_coupe_au_milieu_d_un_mot_est_signale(texte: str) -> None:
    constats, _ = analyser_texte(texte, "note.md", ContexteAnonymat())
    assert "anonymat.email" in {c.regle for c in constats}


def test_un_courriel_plie_dans_un_bloc_yaml_est_signale() -> None:
    constats, _ = analyser_texte("contact:\n  email: >-\n    hiwet.h@hot\n    mail.fr\n", "essai.yaml", ContexteAnonymat())
    assert "anonymat.email" in {c.regle for c in constats}


@pytest.mark.parametrize(
    "texte",
    [
        "La réunion est à 14h @ la maison.\n",
        "Rdv @@ demain au SSM.\n",
        "voir le site cpas.be ou @cpas_namur sur les réseaux\n",
        "La note dit : voir @concertation. Suite demain.\n",
    ],
)
def test_un_arobase_sans_adresse_n_est_pas_un_courriel(texte: str) -> None:
    constats, _ = analyser_texte(texte, "note.md", ContexteAnonymat())
    assert "anonymat.email" not in {c.regle for c in constats}


# --- une famille désignée par son nom au pluriel --------------------------------------------------------------------


def _regles(texte: str) -> set[str]:
    constats, _ = analyser_texte(texte, "note.md", ContexteAnonymat())
    return {c.regle for c in constats}


@pytest.mark.parametrize(
    "texte",
    [
        "Chez les janssens, c'est l'aînée qui fait le relais avec l'école.\n",
        "Le SAJ connaît les kabongo depuis 2017.\n",
        "On a revu les cuypers hier soir.\n",
        "Invitation envoyée ; les moretti viendront à deux.\n",
    ],
)
def test_une_famille_designee_par_son_nom_au_pluriel_est_signalee(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Les enfants dorment chez les grands-parents.\n",
        "Les jeunes et les éducateurs se retrouvent ; les petits viennent aussi.\n",
        "Les Belges et les Marocains du quartier ; les mêmes que l'an passé.\n",
        "Les autres viendront chez les voisins, les roux devant.\n",
        "Les lilas du jardin ont fleuri ; la jeune a fait un bouquet.\n",  # en tête de phrase : un pluriel
        "Elle a relu tous les Harry Potter pendant l'hospitalisation.\n",  # une œuvre
        "Lucky Luke et les Dalton ont servi de support.\n",
    ],
)
def test_les_suivi_d_un_mot_commun_n_est_pas_une_famille(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


# --- une ligne de récit qui commence par un mot courant commence une phrase ---------------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Retard du papa\nTravaux sur l'A4, il a dû faire demi-tour.\n",
        "Absence de la maman\nPluie sur la N80, le bus n'est pas passé.\n",
        "Appel du papa\nBouchons sur l'E411 ce matin.\n",
    ],
)
def test_un_mot_courant_en_tete_de_ligne_n_est_pas_un_nom_apres_un_declencheur(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Je confirme la venue de la maman\nKabongo demain.\n",
        "Nous attendons le papa\nLeclercq ce lundi.\n",
    ],
)
def test_un_nom_en_tete_de_ligne_apres_un_declencheur_reste_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)
