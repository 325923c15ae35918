"""Annuaire des partenaires (annuaire.yaml) : des services et institutions, jamais des personnes."""

from __future__ import annotations

from functools import cached_property
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from filrouge.constat import meme_mot as _meme, plus_proche
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

    @cached_property
    def noms_connus(self) -> dict[str, str]:
        """Identifiant ou alias (« SAJ », « Service de l'aide à la jeunesse ») → identifiant du service."""
        noms = {a: s.id for s in self.services for a in s.alias}
        noms.update({s.id: s.id for s in self.services})
        return noms

    def trouver(self, saisie: str) -> Service | None:
        """Le service désigné par son identifiant ou l'un de ses alias, à la casse et aux accents près."""
        terme = plus_proche(saisie, self.noms_connus)
        return self.index[self.noms_connus[terme]] if terme is not None and _meme(terme, saisie) else None

    def suggestion(self, saisie: str) -> str:
        """« : vouliez-vous écrire « spj-namur » ? » pour une saisie proche d'un identifiant ou d'un alias."""
        terme = plus_proche(saisie, self.noms_connus)
        if terme is None:
            return ""
        return f" : vouliez-vous écrire « {self.noms_connus[terme]} » ?"
