"""La vue publiable d'un dépôt : ce que les sorties ont le droit de lire, et rien d'autre.

Aucune phase préparatoire, aucun passage interne, aucun fichier invalide ou retenu par la
garde d'anonymat : le portail, les versions imprimables et le PDF, les calendriers, le
bilan (Markdown, CSV, JSON, SVG), les rappels et le commentaire d'examen ne lisent que
ces objets. Ils sont figés : une sortie ne peut pas y remettre ce qui a été retiré.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from filrouge.modele import Acteur, Action, Annuaire, BilanArrete, Concertation, Configuration, Dossier, Financement
from filrouge.modele.configuration import plus_mois


ROLES = {"jeune": "le jeune", "famille": "famille", "aidant_proche": "aidant proche", "casemanager": "casemanager",
         "professionnel": "professionnel"}


@dataclass(frozen=True)
class NotePubliee:
    """Une note de synthèse publiable : ses champs, et son récit sans passage interne."""

    relatif: str
    note: Concertation
    recit: str | None = None
    recit_relatif: str | None = None


@dataclass(frozen=True)
class DemandePubliee:
    """Une demande Criseflex publiable et le fichier qui la porte."""

    relatif: str
    demande: Financement


@dataclass(frozen=True)
class DossierPublie:
    """Un dossier tel qu'il peut être montré : notes du plus ancien au plus récent."""

    id: str
    relatif: str
    dossier: Dossier
    notes: tuple[NotePubliee, ...] = ()
    demandes: tuple[DemandePubliee, ...] = ()
    pieces: frozenset[str] = frozenset()

    @cached_property
    def acteurs(self) -> dict[str, Acteur]:
        return {a.id: a for a in self.dossier.acteurs}

    @property
    def courante(self) -> Concertation | None:
        """La note la plus récente (par date, puis par nom de fichier) : celle dont les actions font foi."""
        return self.notes[-1].note if self.notes else None

    @property
    def referent(self) -> str:
        return self.dossier.referent(self.courante)

    def actions(self) -> list[Action]:
        """Les actions de la note courante, par numéro."""
        courante = self.courante
        return sorted(courante.actions, key=lambda a: a.numero) if courante else []

    def ouvertes(self) -> list[Action]:
        return [a for a in self.actions() if a.ouverte]

    def note_du(self, jour: dt.date) -> Concertation | None:
        return next((n.note for n in self.notes if n.note.date == jour), None)

    @property
    def services(self) -> set[str]:
        return {a.service for a in self.dossier.acteurs if a.service}


@dataclass(frozen=True)
class Retenu:
    """Un fichier qui n'est pas publié, et pourquoi (sans jamais citer son contenu)."""

    relatif: str
    raison: str
    regle: str
    ligne: int | None = None


@dataclass(frozen=True)
class Publication:
    """Le dépôt publiable : configuration, annuaire et dossiers publiables, lus une fois."""

    racine: Path
    config: Configuration
    partenaires: Annuaire
    dossiers: tuple[DossierPublie, ...]
    retenus: tuple[Retenu, ...] = ()
    erreurs: int = 0
    """Erreurs de validation du dépôt (les fichiers invalides ne sont pas publiés)."""
    pour: str | None = None
    """Service pour lequel la vue est restreinte (besoin d'en connaître), ou None : vue complète."""
    bilans_arretes: tuple[BilanArrete, ...] = ()
    """Les bilans arrêtés du réseau (bilan/AAAA.yaml) : le bilan de chaque année s'y compare."""
    _index: dict[str, DossierPublie] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._index.update({d.id: d for d in self.dossiers})

    def dossier(self, id_dossier: str) -> DossierPublie | None:
        return self._index.get(id_dossier)

    def restreinte(self, pour: str | None, aujourdhui: dt.date | None = None) -> Publication:
        """La vue d'un service : seuls les dossiers où l'un de ses professionnels est acteur, et qui ne sont pas
        clos depuis plus longtemps que la visibilité des partenaires (archivage de reseau.yaml) au jour donné."""
        if pour is None:
            return self
        pour = self.partenaires.id_actuel(pour)  # un ancien identifiant désigne le service renommé
        return replace(self, dossiers=tuple(d for d in self.dossiers if pour in d.services
                                            and (aujourdhui is None or self.visible_des_partenaires(d, aujourdhui))),
                       pour=pour, _index={})

    def visible_des_partenaires(self, d: DossierPublie, aujourdhui: dt.date) -> bool:
        """Faux pour un dossier dont le suivi a pris fin depuis plus de visible_partenaires_mois mois."""
        duree, fin = self.config.archivage.visible_partenaires_mois, d.dossier.fin_de_suivi()
        return duree is None or fin is None or plus_mois(fin, duree) >= aujourdhui

    def est_axe1(self, acteur: Acteur) -> bool:
        if acteur.axe1 is not None:
            return acteur.axe1
        service = self.partenaires.service(acteur.service)
        return bool(service and service.axe1)

    def secteur(self, acteur: Acteur) -> str | None:
        """Le secteur de l'acteur (le sien, sinon celui de son service), s'il est de l'annuaire."""
        secteur = acteur.secteur
        if secteur is None:
            service = self.partenaires.service(acteur.service)
            secteur = service.secteur if service else None
        return secteur

    def designer(self, d: DossierPublie, id_acteur: str) -> str | None:
        """Une personne par son rôle, sa fonction et son service ; la famille par son lien ou ses initiales.

        Jamais par un nom : c'est la seule façon dont une sortie désigne quelqu'un. None : l'identifiant
        n'est pas un acteur du dossier.
        """
        a = d.acteurs.get(id_acteur)
        if a is None:
            return None
        if a.role == "jeune":
            return "le jeune"
        if a.role in ("famille", "aidant_proche"):
            return " ".join(x for x in (a.lien, a.initiales) if x) or ROLES[a.role]
        service = self.partenaires.service(a.service)
        parties = [a.fonction or ROLES.get(a.role, ""), service.nom if service else a.service]
        return " – ".join(p for p in parties if p) or a.id

    def retenus_parmi(self, fichiers: Iterable[str]) -> list[Retenu]:
        voulus = set(fichiers)
        return [r for r in self.retenus if r.relatif in voulus]
