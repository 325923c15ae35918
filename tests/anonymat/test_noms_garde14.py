"""Quatorzième passage, noms : des positions de personne que la phrase donne quelle que soit la casse. Variantes
écrites ici (jamais les phrases d'un corpus), avec leurs négatifs proches. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _noms(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.message for c in constats if c.regle == "anonymat.nom"]


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Demande de Julie Dubois : soutien scolaire.", "note.md"),
        ("Note de Fatou : à relire avant jeudi.", "note.md"),
        ('motif_demande: "Demande de Wiśniewski Dragan (AMO) : reprise."\n', "dossier.yaml"),
        ("Signalement de Marc Peeters (école) : absences répétées.", "note.md"),
    ],
)
def test_un_mot_de_rubrique_puis_de_et_un_nom_dit_de_qui(texte: str, fichier: str) -> None:
    """« Demande de Julie Dubois » : le mot courant en tête n'en fait pas le nom d'une institution (« Centre Jean
    Bosco ») : « de » et un prénom ou un nom des listes disent de qui vient la demande."""
    assert _noms(texte, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Institut Pierre Marie Curie : stage d'été.",
        "Centre Jean Bosco, accueil de jour.",
        "Maison de Marie : accueil de jour.",
        "Réunion de Namur : annulée.",
        "Projet de Vie : à écrire.",
        "Plan de Cohésion Sociale de la commune.",
        "Décision de Justice : reçue.",
    ],
)
def test_une_institution_ou_un_titre_n_est_pas_une_personne(texte: str) -> None:
    assert not _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "La maman vit avec Monsieur tesfamichael, son compagnon.",
        "Rendez-vous chez Mme al-rashid jeudi.",
        "Madame el-haddad a appelé l'école.",
        "M. wolde-giorgis passera au SSM.",
    ],
)
def test_apres_une_civilite_un_mot_que_personne_n_ecrit_est_un_nom(texte: str) -> None:
    assert _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Mme est absente, M. dit qu'il viendra.",
        "Le jeune mesure 1,80 m. environ.",
        "Monsieur le directeur a signé.",
    ],
)
def test_apres_une_civilite_un_mot_connu_ne_l_est_pas(texte: str) -> None:
    assert not _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune parle souvent de tewolde gebru, son ancien éducateur.",
        "Elle fait confiance à giulia ferreira, sa nouvelle référente.",
        "Rencontre prévue avec oksana, sa tante maternelle.",
    ],
)
def test_un_nom_en_minuscules_suivi_de_sa_fonction(texte: str) -> None:
    assert _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Il est venu seul, son éducateur était absent.",
        "Le jeune est arrivé en retard, sa tante l'accompagnait.",
        "On en reparlera demain, sa référente sera là.",
    ],
)
def test_un_mot_courant_avant_une_fonction_n_est_pas_un_nom(texte: str) -> None:
    assert not _noms(texte), texte


def test_apres_par_un_nom_des_listes() -> None:
    assert _noms("Le plan a été relu par vandenberghe avant l'envoi.")
    assert _noms("- [x] convention signée par nowakowski")
    assert not _noms("Envoyé par courrier, par mail et par la poste, par contre pas par sms.")
    assert not _noms("Un rendez-vous par semaine, par exemple le mardi.")


@pytest.mark.parametrize(
    "texte",
    [
        "Compte rendu\nRédaction : wouters\nRelecture : la coordinatrice\n",
        "Animation : Tshibangu\n",
        "Relu par : kowalczyk\n",
    ],
)
def test_une_rubrique_d_auteur_nomme_une_personne(texte: str) -> None:
    assert _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    ["Rédaction : le casemanager\n", "Animation : jeux de société et goûter\n", "Relecture : référent SAJ\n"],
)
def test_une_rubrique_d_auteur_avec_un_role_n_est_pas_un_nom(texte: str) -> None:
    assert not _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Merci à Ferreira pour le prêt de la salle.",
        "Je transmets à Janssens la note de synthèse demain.",
        "Le rapport a été envoyé à Kowalski hier soir.",
    ],
)
def test_apres_un_verbe_de_message_a_un_nom_est_un_destinataire(texte: str) -> None:
    """Un nom de famille que wordfreq connaît (aussi une ville d'ailleurs) après « à » : un destinataire quand un verbe
    de message ou de don précède, une ville sinon."""
    assert _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune a passé ses vacances à Manille.",
        "Le papa a envoyé de l'argent à sa famille restée à Manille.",
        "Envoyer la charte à Lantin avant lundi.",
    ],
)
def test_apres_a_une_ville_reste_un_lieu(texte: str) -> None:
    assert not _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeudi 4 juin 2020 à 9h, D'Alessandro a écrit :\n> d'accord\n",
        "Le 3 mars 2020 à 14:02, Sara Lenz <s.l@example.org> a écrit :\n> ok\n",
        "> Le 2 mars 2020, Wouters a écrit :\n>> vu\n",
        "On Tue, 3 Mar 2020, Kowalczyk wrote:\n> fine\n",
        "Op 3 mrt. 2020 om 10:12 schreef Jan Peeters:\n> goed\n",
    ],
)
def test_l_auteur_d_un_courriel_cite_est_juge_comme_un_en_tete(texte: str) -> None:
    assert _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le 3 mars 2020 à 14:02, Secrétariat SAJ a écrit :\n> ok\n",
        "Le 3 mars 2020 à 14:02, le casemanager a écrit :\n> ok\n",
        "Le jeune a écrit : une lettre à sa mère.\n",
    ],
)
def test_un_service_ou_un_role_auteur_d_un_courriel_cite_ne_l_est_pas(texte: str) -> None:
    assert not _noms(texte), texte
