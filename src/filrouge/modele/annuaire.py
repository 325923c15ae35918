"""Annuaire des partenaires (annuaire.yaml) : des services et institutions, jamais des personnes."""

from functools import cached_property
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator

from filrouge.constat import citer, meme_mot as _meme, plus_proche
from filrouge.modele.commun import IdService, Modele, Texte

IdSecteur = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]


class ContactService(Modele, title="Contact du service"):
    """Contact professionnel d'un service (standard, adresse générique) : publiable."""

    telephone: Annotated[Texte | None, Field(
        title="Téléphone du service",
        description="Numéro professionnel du service (accueil, permanence), jamais le numéro d'une personne.")] = None
    email: Annotated[Texte | None, Field(
        title="Adresse électronique du service",
        description="Adresse générique du service (ex. accueil@service.be), jamais l'adresse d'une personne.")] = None


class Service(Modele, title="Service partenaire"):
    """Un service ou une institution partenaire du réseau, jamais une personne."""

    id: Annotated[IdService, Field(
        title="Identifiant du service",
        description="Identifiant court et stable, en minuscules (ex. spj-namur) : les acteurs des dossiers y "
                    "renvoient par leur champ service.")]
    nom: Annotated[Texte, Field(title="Nom du service", description="Nom du service ou de l'institution, tel que le "
                                                                     "portail et les documents l'affichent.")]
    secteur: Annotated[IdSecteur, Field(
        title="Secteur du service",
        description="Identifiant d'un des secteurs listés en tête de l'annuaire (ex. sante_mentale, aide_jeunesse).")]
    axe1: Annotated[bool, Field(
        title="Santé mentale (axe 1)",
        description="Le service relève de la santé mentale au sens strict : pédopsychiatre ou travail sous sa "
                    "responsabilité. Chaque concertation compte au moins un acteur de l'axe 1.")] = False
    institution: Annotated[IdService | None, Field(
        title="Institution de rattachement",
        description="Identifiant de l'institution dont relève le service (par défaut : le service lui-même) ; "
                    "deux bureaux d'une même institution ne comptent pas comme deux institutions demandeuses.")] = None
    localite: Annotated[Texte | None, Field(title="Localité du service",
                                            description="Commune où le service est établi (ex. Namur).")] = None
    alias: Annotated[list[Texte], Field(
        title="Autres noms du service",
        description="Sigles ou autres façons d'écrire le nom (ex. AVIQ) : la garde d'anonymat les reconnaît comme "
                    "des noms de services, pas de personnes.")] = []
    contact: Annotated[ContactService | None, Field(
        title="Contact du service",
        description="Coordonnées professionnelles du service : elles peuvent figurer dans le dépôt et sur le "
                    "portail.")] = None
    anciens_ids: Annotated[list[IdService], Field(
        title="Anciens identifiants du service",
        description="Identifiants que le service a portés avant d'être renommé (ex. amo-ancien-nom) : les dossiers et "
                    "documents passés qui les citent renvoient encore à ce service.")] = []

    @property
    def id_institution(self) -> str:
        return self.institution or self.id


class Annuaire(Modele, title="Annuaire des partenaires"):
    """Annuaire des partenaires du réseau (annuaire.yaml) : des services et des institutions, jamais des personnes."""

    secteurs: Annotated[dict[IdSecteur, Texte], Field(
        min_length=1, title="Secteurs du réseau",
        description="Chaque secteur : un identifiant en minuscules et son libellé (ex. sante_mentale: Services de "
                    "santé mentale).")]
    services: Annotated[list[Service], Field(
        title="Services partenaires",
        description="Les services et institutions partenaires, chacun dans un secteur de la liste.")]

    @model_validator(mode="after")
    def _coherent(self) -> "Annuaire":
        vus: set[str] = set()
        for service in self.services:
            for ident in (service.id, *service.anciens_ids):
                if ident in vus:
                    raise ValueError(f"l'identifiant de service « {ident} » est déclaré deux fois (id ou anciens_ids)")
                vus.add(ident)
            if service.secteur not in self.secteurs:
                raise ValueError(f"le secteur {citer(service.secteur, self.secteurs)} du service « {service.id} » n'est pas "
                                 "dans la liste des secteurs")
        return self

    @cached_property
    def index(self) -> dict[str, Service]:
        """Identifiant → service ; un ancien identifiant (service renommé) renvoie au service actuel."""
        index = {ancien: s for s in self.services for ancien in s.anciens_ids}
        index.update({s.id: s for s in self.services})
        return index

    def id_actuel(self, id_service: str) -> str:
        """L'identifiant actuel d'un service cité par un ancien identifiant (inchangé s'il est inconnu)."""
        service = self.index.get(id_service)
        return service.id if service else id_service

    def service(self, id_service: str | None) -> Service | None:
        return self.index.get(id_service) if id_service else None

    @cached_property
    def noms_connus(self) -> dict[str, str]:
        """Identifiant ou alias (« SAJ », « Service de l'aide à la jeunesse ») → identifiant du service."""
        noms = {a: s.id for s in self.services for a in (*s.alias, *s.anciens_ids)}
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
