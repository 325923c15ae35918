"""Note de synthèse d'une concertation : champs structurés ; le récit est dans le Markdown."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints

from filrouge.modele.commun import IdActeur, Jour, Modele, Texte

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
EtatAction = Literal["terminee", "en_retard", "bientot", "a_venir"]


class Action(Modele):
    """Une action hiérarchisée : qui fait quoi, quand, où, avec qui."""

    numero: Annotated[int, Field(ge=1, description="Rang de priorité de l'action dans la note.")]
    description: Texte
    effets_attendus: Texte
    qui: Annotated[list[IdActeur], Field(min_length=1, description="Acteur(s) qui portent l'action.")]
    quoi: Texte
    quand: Texte | None = None
    ou: Texte | None = None
    avec_qui: list[IdActeur] = []
    ressources: Annotated[Texte | None, Field(description="Ressources activées.")] = None
    echeance: Jour
    statut: StatutAction = "a_faire"

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


class Validation(Modele):
    pedopsychiatre: Annotated[Jour | None, Field(description="Date de validation du plan par le pédopsychiatre.")] = None
    referent: Annotated[Jour | None, Field(description="Date de validation par le référent de concertation.")] = None


class ProchaineRencontre(Modele):
    engagement: Annotated[bool, Field(description="Les présents s'engagent-ils à une prochaine rencontre ?")]
    date: Jour | None = None
    modalites: Texte | None = None


class Concertation(Modele):
    date: Jour
    heure: Heure | None = None
    lieu: Texte | None = None
    presents: Annotated[list[IdActeur], Field(min_length=1)]
    absents: list[IdActeur] = []
    fiche_presence: Annotated[bool, Field(description="La fiche de présence a-t-elle été signée ?")]
    adhesion_charte: Annotated[bool, Field(description="Tous les présents ont-ils adhéré au dispositif et à la charte ?")]
    jeune_informe_par: Annotated[IdActeur | None, Field(description="Si le jeune est absent : qui l'a informé et a obtenu son accord.")] = None
    voix_du_jeune: Annotated[bool | None, Field(description="Si le jeune est absent : cette personne a-t-elle porté sa parole ?")] = None
    referent: Annotated[IdActeur | None, Field(description="Référent de concertation (par défaut : l'initiateur).")] = None
    coordinateur_soin: IdActeur
    pedopsychiatre: Annotated[IdActeur, Field(description="Pédopsychiatre qui valide le plan de soin.")]
    validation: Validation = Validation()
    actions: list[Action] = []
    leviers: Texte | None = None
    obstacles: Texte | None = None
    mandat_financement: Annotated[bool, Field(description="La concertation charge-t-elle le coordinateur de demander un financement ?")] = False
    prochaine_rencontre: ProchaineRencontre | None = None

    @property
    def horaire(self) -> tuple[dt.time, dt.time | None] | None:
        """Début et fin éventuelle de la rencontre (None : pas d'heure)."""
        return None if self.heure is None else horaire(self.heure)
