"""Le dossier d'un jeune (dossier.yaml) : demande, statut, acteurs, consentement."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from filrouge.modele.commun import CodeJeune, IdActeur, IdDossier, IdService, Jour, Modele, Texte, Valeurs
from filrouge.modele.concertation import Concertation
from filrouge.modele.transfert import IdCasemanager, Transfert

Role = Literal["jeune", "famille", "aidant_proche", "professionnel", "casemanager"]
SENS_ROLE = Valeurs(
    jeune="Le jeune lui-même, désigné par ses initiales au plus.",
    famille="Un membre de la famille : lien de parenté et initiales, jamais le nom.",
    aidant_proche="Un proche qui aide le jeune (voisine, ami de la famille…) : lien et initiales, jamais le nom.",
    professionnel="Un professionnel d'un service partenaire de l'annuaire.",
    casemanager="Le casemanager du dispositif, tiers neutre qui anime la méthode et rédige les notes.",
)
StatutDossier = Literal["demande", "ouvert", "clos", "non_ouvert"]
SENS_STATUT_DOSSIER = Valeurs(
    demande="La demande est reçue et en préparation ; le dossier n'est pas encore ouvert.",
    ouvert="Le dossier est ouvert (date d'ouverture) : il compte parmi les dossiers actifs.",
    clos="Le dossier est clos (date de clôture) : le suivi est terminé.",
    non_ouvert="La demande n'a pas été ouverte : indiquer le motif de non-ouverture.",
)
Initiales = Annotated[str, StringConstraints(pattern=r"^([A-Z]\.[ -]?){1,3}$")]


class Acteur(Modele, title="Acteur du dossier"):
    """Une personne autour du jeune, désignée par son rôle, jamais par son nom."""

    id: Annotated[IdActeur, Field(
        title="Identifiant de l'acteur",
        description="Identifiant court, unique dans le dossier (ex. jeune, mere, spj) : les notes de synthèse et les "
                    "demandes citent l'acteur par cet identifiant.")]
    role: Annotated[Role, SENS_ROLE, Field(title="Rôle de l'acteur",
                                           description="Place de la personne autour du jeune.")]
    service: Annotated[IdService | None, Field(
        title="Service de l'acteur",
        description="Identifiant du service dans l'annuaire (professionnels et casemanager ; jamais pour la "
                    "famille).")] = None
    fonction: Annotated[Texte | None, Field(title="Fonction de l'acteur",
                                            description="Fonction : pédopsychiatre, éducatrice, déléguée SPJ…")] = None
    secteur: Annotated[str | None, Field(
        title="Secteur de l'acteur",
        description="Identifiant du secteur, si différent de celui du service dans l'annuaire.")] = None
    axe1: Annotated[bool | None, Field(
        title="Santé mentale (axe 1)",
        description="true ou false si différent du service dans l'annuaire : l'acteur relève-t-il de la santé "
                    "mentale au sens strict ?")] = None
    lien: Annotated[Texte | None, Field(
        title="Lien avec le jeune",
        description="Famille et aidants proches : lien avec le jeune (mère, grand-père, voisine…).")] = None
    initiales: Annotated[Initiales | None, Field(
        title="Initiales de la personne",
        description="Famille et aidants proches : initiales seulement (ex. M. D.), jamais le nom.")] = None
    charte_signee: Annotated[Jour | None, Field(
        title="Charte signée le",
        description="Date (AAAA-MM-JJ) de signature de la charte de concertation, au plus tard le jour de la "
                    "première rencontre.")] = None


class Dates(Modele, title="Dates du dossier"):
    """Les étapes datées du dossier : demande, ouverture, clôture."""

    demande: Annotated[Jour, Field(title="Date de la demande",
                                   description="Jour où la demande est arrivée (AAAA-MM-JJ) ; elle fixe l'âge "
                                               "du jeune.")]
    ouverture: Annotated[Jour | None, Field(title="Date d'ouverture",
                                            description="Jour où le dossier est ouvert, après la demande.")] = None
    cloture: Annotated[Jour | None, Field(title="Date de clôture",
                                          description="Jour où le dossier est clos, après l'ouverture.")] = None


class Consentement(Modele, title="Consentement au partage d'informations"):
    """Secret professionnel partagé : le jeune (et les parents d'un mineur) informés et d'accord."""

    date: Annotated[Jour, Field(title="Date du consentement",
                                description="Jour où le consentement est recueilli, avant la première "
                                            "concertation.")]
    jeune_informe: Annotated[bool, Field(
        title="Jeune informé du partage",
        description="true si le jeune sait quelles informations sont partagées, pourquoi et avec qui.")]
    parents_informes: Annotated[bool | None, Field(
        title="Parents informés du partage",
        description="true si les parents sont informés du partage ; obligatoire pour un mineur.")] = None
    accord: Annotated[bool, Field(title="Accord du jeune",
                                  description="true si le jeune est d'accord avec ce partage.")]
    informations: Annotated[Texte, Field(title="Informations partagées",
                                         description="Quelles informations sont partagées (seulement celles utiles "
                                                     "au travail).")]
    finalite: Annotated[Texte, Field(title="Finalité du partage", description="Pourquoi elles sont partagées.")]
    destinataires: Annotated[Texte, Field(title="Destinataires des informations",
                                          description="Avec qui elles sont partagées (services, fonctions).")]
    derogation: Annotated[Texte | None, Field(
        title="Dérogation motivée",
        description="Si l'accord ou l'information manque : en quoi l'intérêt de l'enfant prime.")] = None


class Dossier(Modele, title="Dossier de casemanagement"):
    """Dossier de casemanagement d'un jeune (dossier.yaml) : demande, statut, acteurs, consentement."""

    id: Annotated[IdDossier, Field(
        title="Identifiant du dossier",
        description="Année de la demande et numéro d'ordre (ex. 2019-007) : le nom du répertoire du dossier.")]
    code: Annotated[CodeJeune, Field(
        title="Code du jeune",
        description="Initiale du prénom, initiale du nom, F ou G, année de naissance, code postal (ex. "
                    "LMG20101000) : jamais le nom.")]
    statut: Annotated[StatutDossier, SENS_STATUT_DOSSIER, Field(
        title="Statut du dossier", description="Où en est le dossier : demande → ouvert → clos, ou non_ouvert.")]
    motif_non_ouverture: Annotated[str | None, Field(
        title="Motif de non-ouverture",
        description="Si non ouvert : un des motifs_non_ouverture de reseau.yaml (saturation, non_eligible…).")] = None
    dates: Annotated[Dates, Field(title="Dates du dossier", description="Dates de la demande, de l'ouverture et de la "
                                                                        "clôture.")]
    canal: Annotated[str, Field(title="Canal de la demande",
                                description="Comment la demande est arrivée : un des canaux de reseau.yaml "
                                            "(ex. telephone, courriel).")]
    initiateur: Annotated[IdActeur, Field(
        title="Initiateur de la demande",
        description="Acteur partenaire qui a demandé la concertation ; il est référent de concertation tant "
                    "qu'une note n'en désigne pas un autre.")]
    demandeurs: Annotated[list[IdActeur], Field(
        title="Demandeurs de la concertation",
        description="Acteurs à l'origine de la demande (par défaut : l'initiateur).")] = []
    criteres_activation: Annotated[dict[str, bool], Field(
        title="Critères d'activation",
        description="Pour chaque critère d'activation de reseau.yaml, true s'il est rempli : un dossier ouvert les "
                    "remplit tous.")] = {}
    acteurs: Annotated[list[Acteur], Field(
        min_length=1, title="Acteurs du dossier",
        description="Les personnes autour du jeune, chacune par un identifiant et un rôle, jamais par son nom.")]
    consentement: Annotated[Consentement | None, Field(
        title="Consentement du jeune",
        description="Le partage d'informations accepté par le jeune (secret professionnel partagé).")] = None
    motif_demande: Annotated[Texte | None, Field(
        title="Motif de la demande",
        description="Résumé fonctionnel de la demande (quoi, comment, qui), sans donnée identifiante.")] = None
    casemanager: Annotated[IdCasemanager | None, Field(
        title="Casemanager du dossier",
        description="Le casemanager qui suit le dossier : un identifiant des casemanagers de reseau.yaml, jamais un "
                    "nom. Absent : le casemanager par défaut du réseau. Se change avec filrouge transferer.")] = None
    transferts: Annotated[list[Transfert], Field(
        title="Passages de relais",
        description="L'historique des changements de casemanager, du plus ancien au plus récent (écrit par "
                    "filrouge transferer).")] = []

    @property
    def ids_demandeurs(self) -> list[str]:
        return self.demandeurs or [self.initiateur]

    def referent(self, note: Concertation | None) -> str:
        """Le référent de concertation : celui que désigne la note, sinon l'initiateur de la demande."""
        return (note.referent if note is not None and note.referent else None) or self.initiateur

    def casemanager_le(self, jour: object, implicite: str | None) -> str | None:
        """Le casemanager qui suivait le dossier ce jour-là : avant le premier relais, celui qui l'a cédé."""
        actuel = self.casemanager or implicite
        for t in reversed(self.transferts):
            if t.date <= jour:  # type: ignore[operator]
                return actuel
            actuel = t.de or implicite
        return actuel

    def fin_de_suivi(self) -> Jour | None:
        """Le jour où le dossier a cessé d'être suivi : sa clôture, ou la demande restée non ouverte ; l'archivage
        compte ses durées depuis ce jour."""
        if self.statut == "clos":
            return self.dates.cloture
        return self.dates.demande if self.statut == "non_ouvert" else None
