"""Note de synthèse d'une concertation : champs structurés ; le récit est dans le Markdown."""

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from filrouge.modele.commun import IdActeur, Jour, Modele, Texte, TexteLong, Valeurs

_UNE_HEURE = r"([01]?[0-9]|2[0-3])(?::([0-5][0-9])|h([0-5][0-9])?)"
_HORAIRE = re.compile(rf"{_UNE_HEURE}(?: ?- ?{_UNE_HEURE})?")
MOTIF_HEURE = f"^{_HORAIRE.pattern}$"
FORMAT_HEURE = "14:00, 14h ou 14h30, ou une plage début-fin avec un trait d'union : 14:00-16:00"
"""Ce qu'accepte MOTIF_HEURE (9:30 et « 14h - 16h30 » aussi), dit aux auteurs par `valider` et par l'éditeur."""


def horaire(heure: str) -> tuple[dt.time, dt.time | None]:
    """Le début et la fin éventuelle d'une heure au format `MOTIF_HEURE` (sinon ValueError)."""
    lu = _HORAIRE.fullmatch(heure)
    if lu is None:
        raise ValueError(f"« heure » n'a pas le format attendu ({FORMAT_HEURE}).")
    h1, m1, m1h, h2, m2, m2h = lu.groups()
    debut = dt.time(int(h1), int(m1 or m1h or 0))
    return debut, None if h2 is None else dt.time(int(h2), int(m2 or m2h or 0))


def _fin_apres_debut(heure: str) -> str:
    debut, fin = horaire(heure)
    if fin is not None and fin <= debut:
        raise ValueError("l'heure de fin de « heure » doit suivre l'heure de début, le même jour (ex. 14:00-16:00).")
    return heure


Heure = Annotated[str, StringConstraints(pattern=MOTIF_HEURE), AfterValidator(_fin_apres_debut), Field(
    description="Heure de la rencontre (14:00, 14h, 14h30) ou plage début-fin (14:00-16:00) : "
                "le calendrier du portail en tire l'heure de début et, pour une plage, celle de fin.",
    examples=["14:00", "14h30", "14:00-16:00"],
    json_schema_extra={"patternErrorMessage": f"Heure attendue : {FORMAT_HEURE}."})]
"""Une heure lisible par les calendriers, jamais devinée : une heure mal écrite est une erreur de validation."""

StatutAction = Literal["a_faire", "en_cours", "faite", "abandonnee"]
SENS_STATUT_ACTION = Valeurs(
    libelles={"a_faire": "à faire", "abandonnee": "abandonnée"},
    a_faire="Pas encore commencée : l'action est à porter avant son échéance.",
    en_cours="Commencée, pas encore aboutie : l'action reste à porter avant son échéance.",
    faite="Réalisée : l'action ne compte plus parmi les actions à porter.",
    abandonnee="Abandonnée (devenue inutile ou impossible) : à expliquer à la concertation suivante.",
)
EtatAction = Literal["terminee", "en_retard", "bientot", "a_venir"]


class Action(Modele, title="Action hiérarchisée"):
    """Une action hiérarchisée : qui fait quoi, quand, où, avec qui."""

    numero: Annotated[int, Field(
        ge=1, title="Numéro de l'action",
        description="Rang de priorité de l'action dans la note (1 = la plus prioritaire) ; une demande Criseflex "
                    "cite ce numéro.")]
    description: Annotated[TexteLong, Field(title="Description de l'action",
                                        description="Ce que l'action doit changer dans le trajet de soin du jeune.")]
    effets_attendus: Annotated[TexteLong, Field(title="Effets attendus de l'action",
                                            description="Ce que l'on attend de l'action pour le jeune et son entourage.")]
    qui: Annotated[list[IdActeur], Field(
        min_length=1, title="Qui : porteurs de l'action",
        description="Identifiant(s) des acteurs du dossier qui portent l'action (au moins un).")]
    quoi: Annotated[TexteLong, Field(title="Quoi : ce qui sera fait",
                                 description="Ce que les porteurs font concrètement (démarches, rendez-vous…).")]
    quand: Annotated[Texte | None, Field(title="Quand : moment de l'action",
                                         description="Moment ou rythme de l'action, en clair (ex. dans la semaine, "
                                                     "chaque mercredi).")] = None
    ou: Annotated[Texte | None, Field(title="Où : lieu de l'action", description="Lieu de l'action (ex. au service, à l'école, "
                                                               "à domicile).")] = None
    avec_qui: Annotated[list[IdActeur], Field(
        title="Avec qui : acteurs associés", description="Identifiant(s) des acteurs du dossier associés à l'action, sans la porter.")] = []
    ressources: Annotated[TexteLong | None, Field(title="Ressources activées",
                                              description="Ressources activées : temps de service, réseau associatif, "
                                                          "enveloppe Criseflex…")] = None
    echeance: Annotated[Jour, Field(title="Échéance de l'action",
                                    description="Date à laquelle l'action doit être faite (AAAA-MM-JJ), après la "
                                                "rencontre ; le portail signale les actions en retard.")]
    statut: Annotated[StatutAction, SENS_STATUT_ACTION, Field(title="Statut de l'action",
                                          description="Où en est l'action ; à mettre à jour à chaque rencontre.")] = "a_faire"

    @property
    def ouverte(self) -> bool:
        """Encore à porter : ni faite ni abandonnée."""
        return self.statut in ("a_faire", "en_cours")

    def etat(self, aujourdhui: dt.date, horizon: int) -> EtatAction:
        """Où en est l'action ce jour-là : terminée, en retard, à échéance dans `horizon` jours, ou à venir."""
        if not self.ouverte:
            return "terminee"
        ecart = (self.echeance - aujourdhui).days
        if ecart < 0:
            return "en_retard"
        return "bientot" if ecart <= horizon else "a_venir"


class Validation(Modele, title="Validation de la note"):
    """Les deux validations qui arrêtent le plan de soin de la note de synthèse."""

    pedopsychiatre: Annotated[Jour | None, Field(
        title="Validée par le pédopsychiatre le",
        description="Date (AAAA-MM-JJ) de validation du plan par le pédopsychiatre, responsable clinique ; "
                    "pas avant la rencontre.")] = None
    referent: Annotated[Jour | None, Field(
        title="Validée par le référent le",
        description="Date (AAAA-MM-JJ) de validation par le référent de concertation ; pas avant la rencontre.")] = None


class ProchaineRencontre(Modele, title="Prochaine rencontre"):
    """L'engagement des présents à se revoir, et quand."""

    engagement: Annotated[bool, Field(title="Engagement à se revoir",
                                      description="Les présents s'engagent à une prochaine rencontre.")]
    date: Annotated[Jour | None, Field(title="Date de la prochaine rencontre",
                                       description="Date prévue (AAAA-MM-JJ), après celle-ci.")] = None
    modalites: Annotated[TexteLong | None, Field(title="Modalités de la prochaine rencontre",
                                             description="Lieu, heure, qui invite…")] = None


class Concertation(Modele, title="Note de synthèse"):
    """Note de synthèse d'une concertation (concertations/AAAA-MM-JJ.yaml) : ses champs structurés ; le récit
    est dans le .md du même nom."""

    date: Annotated[Jour, Field(title="Date de la concertation",
                                description="Jour de la rencontre (AAAA-MM-JJ) : le même que dans le nom du fichier.")]
    heure: Annotated[Heure | None, Field(
        title="Heure de la concertation",
        description="Heure de la rencontre (14:00, 14h, 14h30) ou plage début-fin (14:00-16:00) : le calendrier "
                    "du portail en tire l'heure de début et, pour une plage, celle de fin.")] = None
    lieu: Annotated[Texte | None, Field(title="Lieu de la concertation",
                                        description="Où s'est tenue la rencontre (service, école…), jamais une "
                                                    "adresse de domicile.")] = None
    presents: Annotated[list[IdActeur], Field(
        min_length=1, title="Acteurs présents",
        description="Identifiants des acteurs présents, casemanager compris : au moins le minimum du réseau "
                    "hors casemanager, dont un acteur de santé mentale (axe 1).")]
    absents: Annotated[list[IdActeur], Field(title="Acteurs absents",
                                             description="Identifiants des acteurs du dossier invités mais absents.")] = []
    fiche_presence: Annotated[bool, Field(title="Fiche de présence signée",
                                          description="La fiche de présence a été signée à cette rencontre.")]
    adhesion_charte: Annotated[bool, Field(
        title="Adhésion au dispositif et à la charte",
        description="Tous les présents ont adhéré au dispositif et à la charte de concertation.")]
    jeune_informe_par: Annotated[IdActeur | None, Field(
        title="Jeune absent informé par",
        description="Si le jeune est absent : l'acteur qui l'a informé et a obtenu son accord.")] = None
    voix_du_jeune: Annotated[bool | None, Field(
        title="Voix du jeune portée",
        description="Si le jeune est absent : cette personne a-t-elle porté sa parole pendant la rencontre ?")] = None
    referent: Annotated[IdActeur | None, Field(
        title="Référent de concertation",
        description="Acteur désigné référent de concertation, présent (par défaut : l'initiateur de la demande).")] = None
    coordinateur_soin: Annotated[IdActeur, Field(
        title="Coordinateur du trajet de soin",
        description="Acteur qui coordonne le trajet de soin (il peut être le référent) ; la concertation peut "
                    "le mandater pour demander une intervention Criseflex.")]
    pedopsychiatre: Annotated[IdActeur, Field(
        title="Pédopsychiatre (responsable clinique)",
        description="Acteur pédopsychiatre, responsable clinique, qui valide le plan de soin.")]
    validation: Annotated[Validation, Field(
        title="Validation de la note",
        description="Dates de validation de la note par le pédopsychiatre et par le référent.")] = Validation()
    actions: Annotated[list[Action], Field(
        title="Actions hiérarchisées",
        description="Les actions décidées, par ordre de priorité : description, effets attendus, qui fait quoi, "
                    "quand, où, avec qui, ressources, échéance.")] = []
    leviers: Annotated[TexteLong | None, Field(title="Leviers du trajet de soin",
                                           description="Ce qui aide à débloquer la situation.")] = None
    obstacles: Annotated[TexteLong | None, Field(title="Obstacles au trajet de soin",
                                             description="Ce qui freine le trajet de soin.")] = None
    mandat_financement: Annotated[bool, Field(
        title="Mandat de demande de financement",
        description="La concertation charge le coordinateur du soin de demander une intervention Criseflex.")] = False
    prochaine_rencontre: Annotated[ProchaineRencontre | None, Field(
        title="Engagement à une prochaine rencontre",
        description="Les présents s'engagent-ils à se revoir, quand et comment.")] = None

    @property
    def horaire(self) -> tuple[dt.time, dt.time | None] | None:
        """Début et fin éventuelle de la rencontre (None : pas d'heure)."""
        return None if self.heure is None else horaire(self.heure)
