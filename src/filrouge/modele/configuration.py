"""Configuration d'un réseau (reseau.yaml) : tout ce qui diffère d'un réseau à l'autre."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StringConstraints, model_validator

from filrouge.modele.commun import Modele, Montant, Texte

Annee = Annotated[str, StringConstraints(pattern=r"^[0-9]{4}$")]


class CritereActivation(Modele):
    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]
    libelle: Texte


class PlageCodesPostaux(Modele):
    de: Annotated[int, Field(ge=1000, le=9999)]
    a: Annotated[int, Field(ge=1000, le=9999)]


class TrancheAge(Modele):
    libelle: Texte
    min: Annotated[int, Field(ge=0)]
    max: Annotated[int, Field(ge=0)]


class ReglesConcertation(Modele):
    acteurs_min: Annotated[int, Field(ge=1, description="Nombre minimum d'acteurs présents (hors casemanager).")] = 3
    axe1_min: Annotated[int, Field(ge=0, description="Nombre minimum d'acteurs de santé mentale (axe 1) présents.")] = 1


class ReglesDemandeurs(Modele):
    minimum: Annotated[int, Field(ge=1, description="Nombre minimum de demandeurs pour ouvrir un dossier.")] = 1
    institutions_differentes: Annotated[bool, Field(description="Les demandeurs doivent-ils venir d'institutions différentes ?")] = False


class Configuration(Modele):
    """Les règles propres au réseau ; le code n'en contient aucune valeur."""

    reseau: Texte
    territoire: Texte | None = None
    localite: Annotated[Texte | None, Field(description=(
        "Localité inscrite dans « Fait à …, le … » des documents à signer (ex. Namur) ; sans elle, "
        "la ligne reste à compléter à la main."))] = None
    codes_postaux: list[PlageCodesPostaux] = []
    age_min: Annotated[int, Field(ge=0)] = 0
    age_max: Annotated[int, Field(ge=0)] = 23
    plafond_demande: Annotated[Montant, Field(gt=0, description="Plafond d'une demande Criseflex, en euros.")] = 10_000
    enveloppes: Annotated[dict[Annee, Montant], Field(description="Enveloppe Criseflex annuelle, par année.")] = {}
    enveloppe_par_defaut: Montant | None = None
    capacite_dossiers_actifs: Annotated[int, Field(ge=1)] = 14
    concertation: ReglesConcertation = ReglesConcertation()
    demandeurs: ReglesDemandeurs = ReglesDemandeurs()
    criteres_activation: Annotated[list[CritereActivation], Field(min_length=1)]
    canaux: Annotated[list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]], Field(min_length=1)]
    motifs_non_ouverture: list[Annotated[str, StringConstraints(pattern=r"^[a-z_]+$")]] = ["saturation", "non_eligible", "hors_territoire", "autre"]
    tranches_age: list[TrancheAge] = []
    delai_sans_concertation_jours: Annotated[int, Field(ge=1)] = 90
    horizon_echeance_jours: Annotated[int, Field(ge=0, le=60, description=(
        "Une action ouverte dont l'échéance tombe dans ces jours-là est signalée : portail et rappels."))] = 7
    service_casemanagement: Annotated[str | None, Field(description="Service de l'annuaire du casemanager (acteur ajouté aux nouveaux dossiers).")] = None
    regles: Annotated[dict[Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z_]+$")],
                           Literal["desactivee", "erreur"]], Field(
        description="Réglage des avertissements pour ce réseau : « desactivee » (plus signalé) ou « erreur » "
                    "(bloque le commit). Une erreur ne se désactive pas. Liste : filrouge regles.")] = {}
    coordination: Annotated[list[Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")]], Field(
        description="Comptes de l'hébergeur Git (GitHub, GitLab) de la coordination du réseau : leurs demandes de "
                    "fusion peuvent enregistrer une décision Criseflex ou changer la gouvernance. L'examen lit cette "
                    "liste dans la base, jamais dans la branche examinée.")] = []

    @model_validator(mode="after")
    def _coherente(self) -> "Configuration":
        if self.age_min > self.age_max:
            raise ValueError("age_min doit être inférieur ou égal à age_max")
        ids = [c.id for c in self.criteres_activation]
        if len(ids) != len(set(ids)):
            raise ValueError("deux critères d'activation ont le même id")
        return self

    def enveloppe(self, annee: int) -> float | None:
        return self.enveloppes.get(str(annee), self.enveloppe_par_defaut)
