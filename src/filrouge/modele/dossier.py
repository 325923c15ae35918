"""Le dossier d'un jeune (dossier.yaml) : demande, statut, acteurs, consentement."""

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, model_validator

from filrouge.modele.commun import CodeJeune, IdActeur, IdDossier, IdService, Jour, Modele, Texte, TexteLong, Valeurs
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
        description="L'acteur relève-t-il de la santé mentale au sens strict ? À dire seulement si la réponse "
                    "diffère de celle de son service dans l'annuaire.")] = None
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


class Episode(Modele, title="Période de suivi"):
    """Une période de suivi : de l'ouverture (ou réouverture) à la clôture et son motif.

    Le bilan annuel compte chaque année depuis ces périodes : rouvrir un dossier ne réécrit
    aucune année passée.
    """

    ouverture: Annotated[Jour, Field(title="Ouverture de la période",
                                     description="Jour où le suivi s'ouvre (ou se rouvre), AAAA-MM-JJ.")]
    motif_reouverture: Annotated[TexteLong | None, Field(
        title="Motif de la réouverture",
        description="Pourquoi le dossier est rouvert (toute période après la première), sans donnée "
                    "identifiante.")] = None
    cloture: Annotated[Jour | None, Field(title="Clôture de la période",
                                          description="Jour où le suivi se clôt, pas avant l'ouverture ; vide tant "
                                                      "que la période est en cours.")] = None
    motif_cloture: Annotated[str | None, Field(
        title="Motif de clôture",
        description="Un des motifs_cloture de reseau.yaml (ex. objectifs_atteints, relais_pris).")] = None


Retrait = Literal["tout", "partiel"]
SENS_RETRAIT = Valeurs(
    libelles={"tout": "tout le partage", "partiel": "une partie des informations seulement"},
    tout="Le jeune retire tout son consentement : plus rien de nouveau ne s'enregistre, sauf la clôture.",
    partiel="Le jeune retire son accord pour une partie des informations (à préciser dans informations).",
)


class RetraitConsentement(Modele, title="Retrait du consentement"):
    """Le jeune (ou ses parents) retire son accord au partage d'informations."""

    date: Annotated[Jour, Field(title="Date du retrait", description="Jour où le retrait est exprimé (AAAA-MM-JJ).")]
    portee: Annotated[Retrait, SENS_RETRAIT, Field(title="Portée du retrait",
                                                   description="Tout le partage, ou une partie seulement.")]
    informations: Annotated[TexteLong | None, Field(
        title="Informations retirées",
        description="Pour un retrait partiel : les informations qui ne sont plus partagées.")] = None


class Consentement(Modele, title="Consentement au partage d'informations"):
    """Secret professionnel partagé : le jeune (et les parents d'un mineur) informés et d'accord."""

    date: Annotated[Jour, Field(title="Date du consentement",
                                description="Jour où le consentement est recueilli, avant la première "
                                            "concertation.")]
    jeune_informe: Annotated[bool, Field(
        title="Jeune informé du partage",
        description="Le jeune sait quelles informations sont partagées, pourquoi et avec qui.")]
    parents_informes: Annotated[bool | None, Field(
        title="Parents informés du partage",
        description="Les parents sont-ils informés du partage ? À dire pour un mineur.")] = None
    accord: Annotated[bool, Field(title="Accord du jeune",
                                  description="Le jeune est d'accord avec ce partage.")]
    informations: Annotated[TexteLong, Field(title="Informations partagées",
                                         description="Quelles informations sont partagées (seulement celles utiles "
                                                     "au travail).")]
    finalite: Annotated[TexteLong, Field(title="Finalité du partage", description="Pourquoi elles sont partagées.")]
    destinataires: Annotated[TexteLong, Field(title="Destinataires des informations",
                                          description="Avec qui elles sont partagées (services, fonctions).")]
    derogation: Annotated[TexteLong | None, Field(
        title="Dérogation motivée",
        description="Si l'accord ou l'information manque : en quoi l'intérêt de l'enfant prime.")] = None


class CodePrecedent(Modele, title="Code précédent du jeune"):
    """Un code que le jeune a porté avant d'en changer (déménagement : autre code postal)."""

    code: Annotated[CodeJeune, Field(title="Code précédent",
                                     description="Le code du jeune avant le changement (ex. LMG20105000).")]
    jusqu_au: Annotated[Jour, Field(
        title="Code porté jusqu'au",
        description="Dernier jour où ce code était celui du jeune : une demande ou une phase préparatoire datée de ce "
                    "jour ou avant peut le citer.")]
    motif: Annotated[Texte | None, Field(title="Motif du changement",
                                         description="Pourquoi le code a changé (ex. déménagement).")] = None


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
    motif_demande: Annotated[TexteLong | None, Field(
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
    episodes: Annotated[list[Episode], Field(
        title="Périodes de suivi",
        description="Les périodes de suivi du dossier, de la plus ancienne à la plus récente (ouverture, clôture "
                    "et motif, réouverture et motif). Sans elles, dates › ouverture et dates › cloture forment la "
                    "seule période ; avec elles, ces deux dates ne s'écrivent plus (filrouge clore, filrouge "
                    "rouvrir).")] = []
    consentements: Annotated[list[Consentement], Field(
        title="Consentements suivants",
        description="Les consentements recueillis après le premier (consentement:), par exemple celui du jeune "
                    "devenu majeur, ou après un retrait.")] = []
    retraits_consentement: Annotated[list[RetraitConsentement], Field(
        title="Retraits du consentement",
        description="Chaque retrait du consentement (date, portée) : après un retrait de tout le partage, rien de "
                    "nouveau ne s'enregistre, sauf la clôture.")] = []
    codes_precedents: Annotated[list[CodePrecedent], Field(
        title="Codes précédents du jeune",
        description="Les codes que le jeune a portés avant le code actuel (déménagement), du plus ancien au plus "
                    "récent : les documents datés d'avant le changement qui les citent restent valides.")] = []
    fusionne_avec: Annotated[list[IdDossier], Field(
        title="Dossiers absorbés",
        description="Identifiants des dossiers reconnus comme le même jeune et fusionnés dans celui-ci (filrouge "
                    "fusionner) : leurs documents vivent ici, leur identifiant n'est plus réutilisé.")] = []

    @model_validator(mode="before")
    @classmethod
    def _dates_des_episodes(cls, donnees: Any) -> Any:
        """Avec des périodes, dates › ouverture et dates › cloture en sont le résumé : première ouverture,
        clôture de la dernière période si elle est close. Les lecteurs des dates (portail, règles) n'ont
        rien à changer ; écrire les deux à la fois est l'erreur `dossier.episodes`."""
        if not isinstance(donnees, dict) or not isinstance(donnees.get("dates"), dict):
            return donnees
        episodes = donnees.get("episodes")
        if not isinstance(episodes, list) or not episodes or not all(isinstance(e, dict) for e in episodes):
            return donnees
        dates = dict(donnees["dates"])
        if "ouverture" in dates or "cloture" in dates:
            return donnees
        dates["ouverture"] = episodes[0].get("ouverture")
        if episodes[-1].get("cloture") is not None:
            dates["cloture"] = episodes[-1].get("cloture")
        return {**donnees, "dates": dates}

    @property
    def periodes(self) -> tuple[Episode, ...]:
        """Les périodes de suivi : celles écrites, sinon la seule que forment les dates d'un ancien dossier."""
        if self.episodes:
            return tuple(self.episodes)
        if self.statut in ("ouvert", "clos") and self.dates.ouverture is not None:
            return (Episode(ouverture=self.dates.ouverture, cloture=self.dates.cloture),)
        return ()

    def consentements_donnes(self) -> list[Consentement]:
        """Le premier consentement (consentement:) puis les suivants, par date."""
        premiers = [self.consentement] if self.consentement is not None else []
        return sorted(premiers + list(self.consentements), key=lambda c: c.date)

    @property
    def dates_consentement(self) -> tuple[dt.date, ...]:
        """Les jours où un consentement a été recueilli, dans l'ordre."""
        return tuple(c.date for c in self.consentements_donnes())

    def retrait_en_vigueur(self, jour: dt.date) -> RetraitConsentement | None:
        """Le retrait de tout le partage en vigueur ce jour-là : exprimé avant, sans consentement redonné depuis."""
        retraits = [r for r in self.retraits_consentement if r.portee == "tout" and r.date < jour]
        if not retraits:
            return None
        dernier = max(retraits, key=lambda r: r.date)
        redonne = any(dernier.date <= c.date < jour for c in self.consentements_donnes())
        return None if redonne else dernier

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
