"""Configuration d'un réseau (reseau.yaml) : tout ce qui diffère d'un réseau à l'autre."""

import datetime as dt
import unicodedata
from typing import Annotated, Literal, Union

from pydantic import BeforeValidator, Field, StringConstraints, model_validator

from filrouge.modele.commun import Jour, Modele, Montant, Texte, Valeurs
from filrouge.modele.transfert import IdCasemanager

Annee = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]


ReglageRegle = Literal["desactivee", "erreur"]
SENS_REGLAGE = Valeurs(
    libelles={"desactivee": "désactivée"},
    desactivee="L'avertissement n'est plus signalé dans ce réseau.",
    erreur="L'avertissement devient une erreur : il bloque le commit.",
)


class CritereActivation(Modele, title="Critère d'activation"):
    """Une condition d'activation du dispositif ; un dossier ouvert les remplit toutes."""

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$"), Field(
        title="Identifiant du critère",
        description="Identifiant court en minuscules (ex. difficulte_psychique), repris dans les "
                    "criteres_activation de chaque dossier.")]
    libelle: Annotated[Texte, Field(title="Libellé du critère",
                                    description="Le critère en clair, tel que le portail et les nouveaux dossiers "
                                                "l'affichent.")]


Cle = Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]


class Valeur(Modele, title="Valeur d'une liste du réseau"):
    """Un motif de clôture ou de non-ouverture, un canal de demande : sa clé, écrite dans les dossiers, et son
    libellé, ce qu'on lit."""

    id: Annotated[Cle, Field(
        title="Clé de la valeur",
        description="Clé courte en minuscules sans accents, écrite dans les dossiers (ex. objectifs_atteints).")]
    libelle: Annotated[Texte, Field(
        title="Libellé de la valeur",
        description="La valeur en clair, telle que l'atelier et le bilan la montrent (ex. objectifs atteints).")]


def _sans_libelle(valeur: object) -> object:
    """Une valeur écrite par sa seule clé (forme d'avant les libellés, toujours acceptée) : la clé sans soulignés."""
    return {"id": valeur, "libelle": valeur.replace("_", " ")} if isinstance(valeur, str) else valeur


ValeurDuReseau = Annotated[Valeur, BeforeValidator(_sans_libelle, json_schema_input_type=Union[Cle, Valeur])]


def _valeurs(**libelles: str) -> list[Valeur]:
    return [Valeur(id=cle, libelle=libelle) for cle, libelle in libelles.items()]


def cles_de(valeurs: list[Valeur]) -> list[str]:
    """Les clés d'une liste du réseau (motifs, canaux), telles qu'elles s'écrivent dans les dossiers."""
    return [v.id for v in valeurs]


class PlageCodesPostaux(Modele, title="Plage de codes postaux"):
    """Une plage de codes postaux du territoire du réseau."""

    de: Annotated[int, Field(ge=1000, le=9999, title="Premier code postal",
                             description="Premier code postal de la plage (ex. 5000).")]
    a: Annotated[int, Field(ge=1000, le=9999, title="Dernier code postal",
                            description="Dernier code postal de la plage, compris (ex. 5999).")]


class TrancheAge(Modele, title="Tranche d'âge"):
    """Une tranche d'âge du bilan annuel."""

    libelle: Annotated[Texte, Field(title="Libellé de la tranche", description="Nom de la tranche dans le bilan "
                                                                             "(ex. 12-15 ans).")]
    min: Annotated[int, Field(ge=0, title="Âge minimum de la tranche", description="Âge le plus bas, compris.")]
    max: Annotated[int, Field(ge=0, title="Âge maximum de la tranche", description="Âge le plus haut, compris.")]


class ReglesConcertation(Modele, title="Règles de la concertation"):
    """Les minimums de présence d'une concertation."""

    acteurs_min: Annotated[int, Field(
        ge=1, title="Acteurs présents au minimum",
        description="Nombre minimum d'acteurs présents à une concertation, hors casemanager (ex. 3).")] = 3
    axe1_min: Annotated[int, Field(
        ge=0, title="Acteurs de santé mentale au minimum",
        description="Nombre minimum d'acteurs de santé mentale (axe 1) présents.")] = 1


class ReglesDemandeurs(Modele, title="Règles des demandeurs"):
    """Qui peut demander l'ouverture d'un dossier."""

    minimum: Annotated[int, Field(
        ge=1, title="Demandeurs au minimum",
        description="Nombre minimum de demandeurs pour ouvrir un dossier (2 à Bru-Stars).")] = 1
    institutions_differentes: Annotated[bool, Field(
        title="Demandeurs d'institutions différentes",
        description="Les demandeurs doivent venir d'institutions différentes.")] = False


def _fonction_pliee(texte: str) -> str:
    """Sans casse, accents ni espaces superflus : « Pédopsychiatre » et « pedopsychiatre » se valent."""
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    return " ".join("".join(c for c in decompose if not unicodedata.combining(c)).split())


def fonction_reconnue(fonction: str | None, fonctions: list[str]) -> bool:
    """Vrai si la fonction est l'une des fonctions listées, éventuellement précisée après elle
    (« pédopsychiatre, responsable clinique ») ; « logopède » ou « secrétaire du pédopsychiatre » ne le sont pas."""
    if not fonction:
        return False
    pliee = _fonction_pliee(fonction)
    for attendue in map(_fonction_pliee, fonctions):
        if pliee == attendue or (pliee.startswith(attendue) and not pliee[len(attendue)].isalnum()):
            return True
    return False


class ValidationClinique(Modele, title="Validation clinique de la note"):
    """Qui peut valider le plan de soin comme responsable clinique (pedopsychiatre: de la note de synthèse)."""

    fonctions: Annotated[list[Texte], Field(
        min_length=1, title="Fonctions du responsable clinique",
        description="Fonctions (dossier.yaml › acteurs › fonction) d'un acteur qui valide le plan de soin : "
                    "pédopsychiatre. Casse et accents indifférents ; une précision peut suivre "
                    "(« pédopsychiatre, cheffe de service »).")] = ["pédopsychiatre"]
    sous_responsabilite: Annotated[list[Texte], Field(
        title="Fonctions qui valident sous un pédopsychiatre",
        description="Fonctions qui valident aussi, parce qu'elles travaillent sous la responsabilité d'un "
                    "pédopsychiatre, si l'acteur relève de la santé mentale (axe 1) : par exemple assistant en "
                    "pédopsychiatrie. Vide : seul un pédopsychiatre valide.")] = []

    def reconnait(self, fonction: str | None, axe1: bool) -> bool:
        """L'acteur de cette fonction (axe 1 ou non) peut-il valider le plan de soin ?"""
        return fonction_reconnue(fonction, self.fonctions) or (axe1 and fonction_reconnue(fonction, self.sous_responsabilite))


class Casemanager(Modele, title="Casemanager du réseau"):
    """Un poste de casemanager, désigné par un identifiant, et son temps de travail."""

    id: Annotated[IdCasemanager, Field(
        title="Identifiant du casemanager",
        description="Identifiant du poste (ex. cm-namur, cm-2), repris dans le champ casemanager des dossiers : "
                    "jamais un nom de personne.")]
    etp: Annotated[float, Field(
        gt=0, le=1, allow_inf_nan=False, title="Temps de travail (ETP)",
        description="Équivalent temps plein consacré au casemanagement (0.5 pour un mi-temps) : il fixe la capacité "
                    "du casemanager avec dossiers_par_etp.")]


class FermetureAccueil(Modele, title="Fermeture de l'accueil"):
    """Une période où le dispositif n'ouvre plus de nouvelles demandes (saturation, congé…)."""

    du: Annotated[Jour, Field(title="Fermé du", description="Premier jour de la fermeture (AAAA-MM-JJ).")]
    au: Annotated[Jour, Field(title="Fermé au", description="Dernier jour de la fermeture, compris (AAAA-MM-JJ).")]
    raison: Annotated[Texte, Field(title="Raison de la fermeture",
                                   description="Pourquoi l'accueil est fermé (ex. saturation du dispositif) ; "
                                               "montrée dans le bilan.")]

    def contient(self, jour: dt.date) -> bool:
        return self.du <= jour <= self.au


class Archivage(Modele, title="Archivage et conservation"):
    """Combien de temps un dossier clos reste visible des partenaires, et combien de temps il est gardé."""

    visible_partenaires_mois: Annotated[int | None, Field(
        ge=0, title="Visible des partenaires (mois)",
        description="Un dossier clos depuis plus de ces mois-là n'est plus dans les portails des partenaires "
                    "(--pour) ; le portail complet le garde. Sans valeur : toujours visible.")] = None
    conservation_mois: Annotated[int | None, Field(
        ge=1, title="Durée de conservation (mois)",
        description="Un dossier clos depuis plus de ces mois-là est à retirer du dépôt (filrouge archiver), une "
                    "fois les chiffres de son année arrêtés. Sans valeur : gardé sans limite.")] = None


def plus_mois(jour: dt.date, mois: int) -> dt.date:
    """Le même jour `mois` mois plus tard (le dernier jour du mois s'il n'existe pas : 31 janvier + 1 → 28 ou 29 février)."""
    rang = jour.year * 12 + jour.month - 1 + mois
    annee, m = divmod(rang, 12)
    dernier = (dt.date(annee + (m + 1) // 12, (m + 1) % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(annee, m + 1, min(jour.day, dernier))


Hebergeur = Literal["gitlab", "github", "forgejo", "autre"]
SENS_HEBERGEUR = Valeurs(
    gitlab="GitLab : « Envoyer au coordinateur » crée la demande de fusion en envoyant la branche.",
    github="GitHub : l'atelier montre le lien exact qui ouvre la demande de fusion (pull request).",
    forgejo="Forgejo ou Gitea (Codeberg…) : l'atelier montre le lien qui ouvre la demande de fusion.",
    autre="Autre hébergeur : la branche est envoyée, le coordinateur est prévenu par son nom.",
)


class DepotPartage(Modele, title="Dépôt Git commun du réseau"):
    """Le dépôt Git partagé du réseau, tel que l'atelier le montre au casemanager (Synchroniser, Envoyer)."""

    hebergeur: Annotated[Annotated[Hebergeur, SENS_HEBERGEUR] | None, Field(
        title="Hébergeur du dépôt partagé",
        description="Où le dépôt partagé est hébergé : gitlab, github, forgejo ou autre. Sans valeur : reconnu "
                    "d'après son adresse (gitlab.… , github.com, codeberg.org), sinon « autre ».")] = None
    adresse_web: Annotated[str | None, StringConstraints(pattern=r"^https://[^\s@/]+(/[^\s@]*)?$"), Field(
        title="Adresse web du dépôt partagé",
        description="L'adresse du projet dans le navigateur (ex. https://gitlab.exemple.be/reseau/dossiers), quand "
                    "elle ne se déduit pas de l'adresse Git (autre nom ou autre port) ; jamais d'identifiants.")] = None


class Configuration(Modele, title="Configuration du réseau"):
    """Configuration du réseau (reseau.yaml) : les règles propres au réseau ; le code n'en contient aucune valeur."""

    reseau: Annotated[Texte, Field(title="Nom du réseau", description="Nom du réseau, affiché sur le portail et "
                                                                        "dans les documents.")]
    territoire: Annotated[Texte | None, Field(title="Territoire du réseau",
                                              description="Territoire couvert, en clair (ex. province de Namur).")] = None
    localite: Annotated[Texte | None, Field(
        title="Localité des documents à signer",
        description="Localité inscrite dans « Fait à …, le … » des documents à signer (ex. Namur) ; sans elle, "
                    "la ligne reste à compléter à la main.")] = None
    codes_postaux: Annotated[list[PlageCodesPostaux], Field(
        title="Codes postaux du territoire",
        description="Plages de codes postaux du territoire : un jeune dont le code postal est hors de ces plages "
                    "est signalé.")] = []
    age_min: Annotated[int, Field(ge=0, title="Âge minimum",
                                  description="Âge minimum du jeune l'année de la demande.")] = 0
    age_max: Annotated[int, Field(ge=0, title="Âge maximum",
                                  description="Âge maximum du jeune l'année de la demande (ex. 23).")] = 23
    plafond_demande: Annotated[Montant, Field(
        gt=0, title="Plafond d'une demande Criseflex",
        description="Montant maximum d'une demande d'intervention Criseflex, en euros (ex. 10 000).")] = 10_000
    enveloppes: Annotated[dict[Annee, Montant], Field(
        title="Enveloppes annuelles",
        description="Enveloppe Criseflex de chaque année, en euros (ex. 2019: 110421).")] = {}
    enveloppe_par_defaut: Annotated[Montant | None, Field(
        title="Enveloppe annuelle par défaut",
        description="Enveloppe Criseflex d'une année absente de enveloppes, en euros.")] = None
    capacite_dossiers_actifs: Annotated[int, Field(
        ge=1, title="Capacité en dossiers actifs",
        description="Nombre de dossiers actifs au-delà duquel le dispositif est saturé (14 pour un casemanager à "
                    "mi-temps).")] = 14
    concertation: Annotated[ReglesConcertation, Field(
        title="Règles de la concertation",
        description="Minimums de présence à une concertation.")] = ReglesConcertation()
    demandeurs: Annotated[ReglesDemandeurs, Field(
        title="Règles des demandeurs",
        description="Nombre et origine des demandeurs d'un dossier.")] = ReglesDemandeurs()
    validation_clinique: Annotated[ValidationClinique, Field(
        title="Validation clinique de la note",
        description="Les fonctions d'un acteur qui peut valider le plan de soin (pedopsychiatre: de la note) : "
                    "un pédopsychiatre, ou qui travaille sous sa responsabilité si le réseau l'admet.")] = ValidationClinique()
    criteres_activation: Annotated[list[CritereActivation], Field(
        min_length=1, title="Critères d'activation",
        description="Les conditions d'activation du dispositif : un dossier ouvert les remplit toutes.")]
    canaux: Annotated[list[ValeurDuReseau], Field(
        min_length=1, title="Canaux de demande",
        description="Les façons dont une demande arrive, chacune par sa clé et son libellé (id: telephone, libelle: "
                    "téléphone) ; une clé seule est aussi acceptée. La première est proposée par défaut.")]
    motifs_non_ouverture: Annotated[list[ValeurDuReseau], Field(
        title="Motifs de non-ouverture",
        description="Les motifs permis pour une demande non ouverte, chacun par sa clé et son libellé (id: "
                    "non_eligible, libelle: non éligible) ; une clé seule est aussi acceptée.")] = _valeurs(
        saturation="saturation du dispositif", non_eligible="non éligible", hors_territoire="hors territoire",
        autre="autre motif")
    motifs_cloture: Annotated[list[ValeurDuReseau], Field(
        title="Motifs de clôture",
        description="Les motifs permis pour clore une période de suivi (filrouge clore --motif CLE), chacun par sa "
                    "clé et son libellé ; une clé seule est aussi acceptée.")] = _valeurs(
        objectifs_atteints="objectifs atteints", relais_pris="relais pris par un autre service",
        retrait_consentement="retrait du consentement", demenagement="déménagement", limite_age="limite d'âge atteinte",
        autre="autre motif")
    age_limite_suivi: Annotated[int | None, Field(
        ge=0, title="Âge limite du suivi",
        description="Âge au-delà duquel un jeune encore suivi est signalé (par défaut : age_max).")] = None
    tranches_age: Annotated[list[TrancheAge], Field(
        title="Tranches d'âge du bilan",
        description="Les tranches d'âge dans lesquelles le bilan annuel compte les dossiers ouverts.")] = []
    delai_sans_concertation_jours: Annotated[int, Field(
        ge=1, title="Délai sans concertation (jours)",
        description="Un dossier actif sans rencontre depuis plus de ces jours-là est signalé sur le portail.")] = 90
    horizon_echeance_jours: Annotated[int, Field(ge=0, le=60, title="Horizon des échéances (jours)", description=(
        "Une action ouverte dont l'échéance tombe dans ces jours-là est signalée : portail et rappels."))] = 7
    service_casemanagement: Annotated[str | None, Field(
        title="Service de casemanagement",
        description="Service de l'annuaire du casemanager (acteur ajouté aux nouveaux dossiers).")] = None
    regles: Annotated[dict[Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z_]+$")],
                           Annotated[ReglageRegle, SENS_REGLAGE]], Field(
        title="Réglage des avertissements",
        description="Réglage des avertissements pour ce réseau : « desactivee » (plus signalé) ou « erreur » "
                    "(bloque le commit). Une erreur ne se désactive pas. Liste : filrouge regles.")] = {}
    coordination: Annotated[list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]], Field(
        title="Comptes de la coordination",
        description="Comptes de l'hébergeur Git (GitHub, GitLab) de la coordination du réseau : leurs demandes de "
                    "fusion peuvent enregistrer une décision Criseflex ou changer la gouvernance. L'examen lit cette "
                    "liste dans la base, jamais dans la branche examinée.")] = []

    casemanagers: Annotated[list[Casemanager], Field(
        title="Casemanagers du réseau",
        description="Les postes de casemanager (identifiant et ETP) : chaque dossier en a un (champ casemanager), "
                    "et chacun a sa capacité (etp × dossiers_par_etp). Vide : un seul casemanager implicite.")] = []
    dossiers_par_etp: Annotated[int | None, Field(
        ge=1, title="Dossiers actifs par ETP",
        description="Capacité d'un casemanager à temps plein (28 : 14 dossiers pour un mi-temps) ; la capacité de "
                    "chacun est etp × dossiers_par_etp, arrondie vers le bas.")] = None
    casemanager_par_defaut: Annotated[IdCasemanager | None, Field(
        title="Casemanager des dossiers qui n'en nomment pas",
        description="Le casemanager des dossiers qui n'en nomment pas (dossiers d'avant l'attribution) ; avec un "
                    "seul casemanager configuré, c'est lui.")] = None
    fermetures_accueil: Annotated[list[FermetureAccueil], Field(
        title="Périodes de fermeture de l'accueil",
        description="Les périodes où l'accueil est fermé (du, au, raison) : une demande non ouverte pour "
                    "saturation pendant l'une d'elles n'est pas signalée, et le bilan montre ces périodes.")] = []
    archivage: Annotated[Archivage, Field(
        title="Archivage et conservation",
        description="Durées de visibilité pour les partenaires et de conservation des dossiers clos.")] = Archivage()
    depot_partage: Annotated[DepotPartage, Field(
        title="Dépôt Git commun du réseau",
        description="L'hébergeur du dépôt Git partagé et son adresse web : « Envoyer au coordinateur » de l'atelier "
                    "y ouvre la demande de fusion.")] = DepotPartage()
    guide_omis: Annotated[list[Annotated[str, StringConstraints(pattern=r"^[a-z0-9/_-]+\.md$")]], Field(
        title="Pages du guide non publiées",
        description="Pages du guide fourni par filrouge que ce réseau ne publie pas, parce qu'elles décrivent un "
                    "autre réseau (ex. guide/criseflex.md) ; une page écrite au même chemin dans docs/ l'emporte.")] = []

    @model_validator(mode="after")
    def _coherente(self) -> "Configuration":
        if self.age_min > self.age_max:
            raise ValueError("age_min doit être inférieur ou égal à age_max")
        ids = [c.id for c in self.criteres_activation]
        if len(ids) != len(set(ids)):
            raise ValueError("deux critères d'activation ont le même id")
        for nom, liste in (("canaux", self.canaux), ("motifs_non_ouverture", self.motifs_non_ouverture),
                           ("motifs_cloture", self.motifs_cloture)):
            cles = cles_de(liste)
            if len(cles) != len(set(cles)):
                raise ValueError(f"deux valeurs de {nom} ont la même clé")
        postes = [c.id for c in self.casemanagers]
        if len(postes) != len(set(postes)):
            raise ValueError("deux casemanagers ont le même id")
        if self.casemanager_par_defaut is not None and self.casemanager_par_defaut not in postes:
            raise ValueError("casemanager_par_defaut doit être l'un des casemanagers")
        if self.casemanagers and self.dossiers_par_etp is None:
            raise ValueError("avec des casemanagers, indiquez dossiers_par_etp (leur capacité à temps plein)")
        if any(f.du > f.au for f in self.fermetures_accueil):
            raise ValueError("une fermeture de l'accueil finit avant de commencer (du après au)")
        return self

    @property
    def limite_age_suivi(self) -> int:
        return self.age_max if self.age_limite_suivi is None else self.age_limite_suivi

    def enveloppe(self, annee: int) -> float | None:
        return self.enveloppes.get(str(annee), self.enveloppe_par_defaut)

    def casemanager_implicite(self) -> str | None:
        """Le casemanager d'un dossier qui n'en nomme pas : celui par défaut, sinon le seul configuré."""
        if self.casemanager_par_defaut is not None:
            return self.casemanager_par_defaut
        return self.casemanagers[0].id if len(self.casemanagers) == 1 else None

    def capacite_casemanager(self, id_casemanager: str) -> int | None:
        """etp × dossiers_par_etp, arrondi vers le bas ; None : casemanager inconnu."""
        poste = next((c for c in self.casemanagers if c.id == id_casemanager), None)
        if poste is None or self.dossiers_par_etp is None:
            return None
        return max(1, int(poste.etp * self.dossiers_par_etp + 1e-9))

    def fermeture_le(self, jour: dt.date) -> FermetureAccueil | None:
        return next((f for f in self.fermetures_accueil if f.contient(jour)), None)
