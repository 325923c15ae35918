"""Le dossier d'un jeune (dossier.yaml) : demande, statut, acteurs, consentement."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from filrouge.modele.commun import CodeJeune, IdActeur, IdDossier, IdService, Jour, Modele, Texte
from filrouge.modele.concertation import Concertation

Role = Literal["jeune", "famille", "aidant_proche", "professionnel", "casemanager"]
StatutDossier = Literal["demande", "ouvert", "clos", "non_ouvert"]
Initiales = Annotated[str, StringConstraints(pattern=r"^([A-Z]\.[ -]?){1,3}$")]


class Acteur(Modele):
    """Une personne autour du jeune, désignée par son rôle, jamais par son nom."""

    id: IdActeur
    role: Role
    service: Annotated[IdService | None, Field(description="Service de l'annuaire (professionnels et casemanager).")] = None
    fonction: Annotated[Texte | None, Field(description="Fonction : pédopsychiatre, éducatrice, déléguée SPJ…")] = None
    secteur: Annotated[str | None, Field(description="Secteur, si différent de celui du service dans l'annuaire.")] = None
    axe1: Annotated[bool | None, Field(description="Santé mentale axe 1, si différent du service dans l'annuaire.")] = None
    lien: Annotated[Texte | None, Field(description="Famille et aidants proches : lien avec le jeune (mère, grand-père, voisine…).")] = None
    initiales: Annotated[Initiales | None, Field(description="Famille et aidants proches : initiales seulement (ex. M. D.).")] = None
    charte_signee: Annotated[Jour | None, Field(description="Date de signature de la charte de concertation.")] = None


class Dates(Modele):
    demande: Jour
    ouverture: Jour | None = None
    cloture: Jour | None = None


class Consentement(Modele):
    """Secret professionnel partagé : le jeune (et les parents d'un mineur) informés et d'accord."""

    date: Jour
    jeune_informe: bool
    parents_informes: Annotated[bool | None, Field(description="Obligatoire pour un mineur.")] = None
    accord: bool
    informations: Annotated[Texte, Field(description="Quelles informations sont partagées.")]
    finalite: Annotated[Texte, Field(description="Pourquoi elles sont partagées.")]
    destinataires: Annotated[Texte, Field(description="Avec qui elles sont partagées.")]
    derogation: Annotated[Texte | None, Field(description="Si l'accord manque : en quoi l'intérêt de l'enfant prime.")] = None


class Dossier(Modele):
    id: IdDossier
    code: CodeJeune
    statut: StatutDossier
    motif_non_ouverture: Annotated[str | None, Field(description="Si non ouvert : saturation, non_eligible…")] = None
    dates: Dates
    canal: Annotated[str, Field(description="Canal de la demande (voir reseau.yaml).")]
    initiateur: IdActeur
    demandeurs: Annotated[list[IdActeur], Field(description="Acteurs à l'origine de la demande (par défaut : l'initiateur).")] = []
    criteres_activation: dict[str, bool] = {}
    acteurs: Annotated[list[Acteur], Field(min_length=1)]
    consentement: Consentement | None = None
    motif_demande: Annotated[Texte | None, Field(description="Résumé fonctionnel de la demande, sans donnée identifiante.")] = None

    @property
    def ids_demandeurs(self) -> list[str]:
        return self.demandeurs or [self.initiateur]

    def referent(self, note: Concertation | None) -> str:
        """Le référent de concertation : celui que désigne la note, sinon l'initiateur de la demande."""
        return (note.referent if note is not None and note.referent else None) or self.initiateur
