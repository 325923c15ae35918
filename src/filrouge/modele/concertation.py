"""Note de synthèse d'une concertation : champs structurés ; le récit est dans le Markdown."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field

from filrouge.modele.commun import IdActeur, Jour, Modele, Texte

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
    heure: Texte | None = None
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
