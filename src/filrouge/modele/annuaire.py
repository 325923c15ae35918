"""Annuaire des partenaires (annuaire.yaml) : des services et institutions, jamais des personnes."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from filrouge.modele.commun import IdService, Modele, Texte

IdSecteur = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class ContactService(Modele):
    """Contact professionnel d'un service (standard, adresse générique) : publiable."""

    telephone: Texte | None = None
    email: Texte | None = None


class Service(Modele):
    id: IdService
    nom: Texte
    secteur: IdSecteur
    axe1: Annotated[bool, Field(description="Santé mentale au sens strict : pédopsychiatre ou travail sous sa responsabilité.")] = False
    institution: Annotated[IdService | None, Field(description="Institution dont relève le service (par défaut : le service lui-même).")] = None
    localite: Texte | None = None
    alias: list[Texte] = []
    contact: ContactService | None = None

    @property
    def id_institution(self) -> str:
        return self.institution or self.id


class Annuaire(Modele):
    secteurs: Annotated[dict[IdSecteur, Texte], Field(min_length=1)]
    services: list[Service]

    @model_validator(mode="after")
    def _coherent(self) -> "Annuaire":
        vus: set[str] = set()
        for service in self.services:
            if service.id in vus:
                raise ValueError(f"le service « {service.id} » est déclaré deux fois")
            vus.add(service.id)
            if service.secteur not in self.secteurs:
                raise ValueError(f"le secteur « {service.secteur} » du service « {service.id} » n'est pas dans la liste des secteurs")
        return self

    @cached_property
    def index(self) -> dict[str, Service]:
        return {s.id: s for s in self.services}

    def service(self, id_service: str | None) -> Service | None:
        return self.index.get(id_service) if id_service else None
