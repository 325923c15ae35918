"""Phase préparatoire (preparation.yaml) : document de travail interne, jamais publié."""

from typing import Annotated

from pydantic import Field

from filrouge.modele.commun import CodeJeune, IdActeur, Jour, Modele, Texte, TexteLong


class PersonneAImpliquer(Modele, title="Personne à impliquer"):
    """Une personne ou un service à associer à la concertation, repéré avec l'initiateur."""

    acteur: Annotated[IdActeur | None, Field(title="Acteur du dossier",
                                             description="L'acteur (son identifiant), s'il figure déjà parmi "
                                                         "les acteurs du dossier.")] = None
    service_ou_lien: Annotated[Texte, Field(
        title="Service ou lien avec le jeune",
        description="Le service du professionnel, ou le lien avec le jeune pour un proche (mère, voisine…), jamais "
                    "un nom.")]
    coordonnees: Annotated[Texte | None, Field(
        title="Coordonnées de la personne",
        description="Comment joindre la personne : contact professionnel du service, jamais un numéro "
                    "personnel.")] = None
    sante_mentale: Annotated[bool, Field(
        title="Santé mentale (axe 1)",
        description="La personne est pédopsychiatre ou travaille sous sa responsabilité (soulignée sur le "
                    "formulaire).")] = False


class Attentes(Modele, title="Attentes, besoins et demandes"):
    """Premier relevé des attentes, besoins et demandes de chacun."""

    jeune: Annotated[TexteLong | None, Field(title="Attentes du jeune",
                                         description="Attentes, besoins et demandes du jeune.")] = None
    famille: Annotated[TexteLong | None, Field(title="Attentes de la famille",
                                           description="Attentes, besoins et demandes de la famille.")] = None
    aidants_proches: Annotated[TexteLong | None, Field(
        title="Attentes des aidants proches", description="Attentes, besoins et demandes des aidants proches.")] = None
    professionnels_sante_mentale: Annotated[TexteLong | None, Field(
        title="Attentes des professionnels de santé mentale",
        description="Attentes, besoins et demandes des professionnels de santé mentale.")] = None
    autres_professionnels: Annotated[TexteLong | None, Field(
        title="Attentes des autres professionnels",
        description="Attentes, besoins et demandes des autres professionnels.")] = None


class ActionEnvisagee(Modele, title="Piste d'action envisagée"):
    """Une piste d'action notée avant la première rencontre."""

    action: Annotated[TexteLong, Field(title="Action envisagée", description="La piste d'action, en une phrase.")]
    effets_attendus: Annotated[TexteLong, Field(title="Effets attendus de la piste",
                                            description="Ce que l'on attend de cette action.")]


class ModalitesRencontre(Modele, title="Modalités de la rencontre"):
    """Quand et où se tiendra la première concertation."""

    date: Annotated[Jour, Field(title="Date de la rencontre",
                                description="Jour prévu de la première concertation (AAAA-MM-JJ).")]
    heure: Annotated[Texte | None, Field(title="Heure de la rencontre",
                                         description="Heure prévue (ex. 14:00).")] = None
    lieu: Annotated[Texte | None, Field(title="Lieu de la rencontre",
                                        description="Où se tiendra la rencontre (service, école…), jamais une "
                                                    "adresse de domicile.")] = None


class Preparation(Modele, title="Phase préparatoire"):
    """Phase préparatoire (preparation.yaml) : document de travail interne de l'initiateur, jamais publié."""

    date: Annotated[Jour, Field(title="Date de la phase préparatoire",
                                description="Date de la phase préparatoire, avant la première rencontre.")]
    initiateur: Annotated[IdActeur, Field(title="Initiateur de la demande",
                                          description="Acteur du dossier qui a demandé la concertation et prépare "
                                                      "la rencontre avec le casemanager.")]
    code: Annotated[CodeJeune, Field(title="Code du jeune",
                                     description="Le code du jeune, le même que sur la fiche du dossier "
                                                 "(ex. LMG20101000).")]
    personnes: Annotated[list[PersonneAImpliquer], Field(
        title="Personnes à impliquer",
        description="Les personnes et services à associer ; ceux de santé mentale sont marqués.")]
    analyse_holistique: Annotated[bool, Field(
        title="Analyse holistique disponible",
        description="Une analyse bio-psycho-sociale est mise à disposition.")]
    attentes: Annotated[Attentes, Field(title="Attentes, besoins et demandes",
                                        description="Ce qu'attendent le jeune, la famille, les aidants proches et "
                                                    "les professionnels.")]
    actions_envisagees: Annotated[list[ActionEnvisagee], Field(
        title="Pistes d'action envisagées", description="Les pistes d'action et leurs effets attendus.")] = []
    rencontre: Annotated[ModalitesRencontre, Field(title="Première rencontre",
                                                   description="Date, heure et lieu de la première "
                                                               "concertation.")]
