"""Valide un dépôt : lecture, schéma, règles métier, garde d'anonymat ; rien n'est écrit."""

from __future__ import annotations

import os.path
from collections.abc import Sequence
from pathlib import Path

from filrouge.anonymat import analyser_texte, contexte_du_depot
from filrouge.constat import Constat
from filrouge.francais import ErreurUtilisation
from filrouge.gitinfo import fichiers_de_reference
from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, charger_depot
from filrouge.regles import appliquer


def valider_depot(depot: Depot) -> list[Constat]:
    """Tous les constats du dépôt, triés par fichier et ligne."""
    constats = list(depot.constats)
    constats.extend(appliquer(depot))
    constats.extend(_anonymat(depot))
    return sorted(set(constats), key=Constat.cle_tri)


def _anonymat(depot: Depot) -> list[Constat]:
    """La garde d'anonymat sur chaque fichier de dossier déjà lu (rien n'est relu)."""
    contexte = contexte_du_depot(depot.racine)
    constats: list[Constat] = []
    for doc in depot.documents:
        if doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/"):
            constats.extend(analyser_texte(doc.texte, doc.relatif, contexte)[0])
    return constats


def filtrer(constats: list[Constat], racine: Path, chemins: Sequence[Path]) -> list[Constat]:
    """Ne garde que les constats des fichiers situés sous `chemins` (fichiers ou répertoires)."""
    prefixes: list[str] = []
    for chemin in chemins:
        absolu = Path(_normaliser(chemin if chemin.is_absolute() else Path.cwd() / chemin))
        if not absolu.is_relative_to(_normaliser(racine)):
            raise ErreurUtilisation(f"{chemin}: ce chemin est hors du dépôt ({racine}).")
        relatif = absolu.relative_to(_normaliser(racine)).as_posix()
        prefixes.append("" if relatif == "." else relatif)
    return [c for c in constats if any(p == "" or c.fichier == p or c.fichier.startswith(p + "/") for p in prefixes)]


def _normaliser(chemin: Path) -> str:
    return os.path.normpath(os.path.abspath(chemin))


def valider(racine: Path, chemins: Sequence[Path] = ()) -> list[Constat]:
    """Valide le dépôt tel qu'il est sur le disque, comparé au dernier commit quand il y en a un."""
    depot = charger_depot(racine)
    depot.fichiers_commites = fichiers_de_reference(racine)
    constats = valider_depot(depot)
    return filtrer(constats, racine, chemins) if chemins else constats
