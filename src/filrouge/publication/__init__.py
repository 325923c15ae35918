"""La vue publiable du dépôt : la seule chose que les sorties lisent.

    depot (brut) --publier--> Publication --> portail, impression, calendriers, bilan, rappels, examen

`charger` lit le dépôt et en fait la vue en une fois ; `Controle` est la seconde ligne de
défense du portail (texte interne retrouvé dans un site construit).
"""

from __future__ import annotations

from pathlib import Path

from filrouge.depot import charger_depot
from filrouge.disposition import ErreurConfiguration
from filrouge.publication.construction import ID_SUR, TEXTE_RETENU, assainir, modele_publiable, publier
from filrouge.publication.controle import Controle, fuites
from filrouge.publication.vue import DemandePubliee, DossierPublie, NotePubliee, Publication, Retenu

__all__ = ["Controle", "DemandePubliee", "DossierPublie", "ErreurConfiguration", "ID_SUR", "NotePubliee", "Publication",
           "Retenu", "TEXTE_RETENU", "assainir", "charger", "charger_avec_controle", "fuites", "modele_publiable",
           "publier"]


def charger(racine: Path, garde: bool = False) -> Publication:
    """Lit le dépôt à `racine` et rend sa vue publiable (voir `publier`)."""
    return publier(charger_depot(racine), garde)


def charger_avec_controle(racine: Path) -> tuple[Publication, Controle]:
    """La vue publiable (garde d'anonymat comprise) et le contrôle final d'un site construit."""
    depot = charger_depot(racine)
    publication = publier(depot, garde=True)
    return publication, Controle(depot, publication)
