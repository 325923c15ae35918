"""Valide un dépôt : lecture, schéma, règles métier, garde d'anonymat ; rien n'est écrit."""

from __future__ import annotations

import multiprocessing
import os
import os.path
import re
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Sequence
from pathlib import Path

from filrouge.anonymat import ContexteAnonymat, analyser_texte, contexte_du_depot
from filrouge.constat import Constat
from filrouge.francais import ErreurUtilisation
from filrouge.gitinfo import fichiers_de_reference
from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, charger_depot
from filrouge.regles import appliquer


def valider_depot(depot: Depot) -> list[Constat]:
    """Tous les constats du dépôt, triés par fichier et ligne."""
    constats = list(depot.constats)
    constats.extend(appliquer(depot))
    constats.extend(garde_anonymat(depot))
    return sorted(set(constats), key=Constat.cle_tri)


_SEUIL_PARALLELE = 150
"""Au-delà de ce nombre de fichiers, la moitié des textes est analysée dans un processus fils."""
_contexte_partage: ContexteAnonymat | None = None


def garde_anonymat(depot: Depot) -> list[Constat]:
    """La garde d'anonymat sur chaque fichier de dossier déjà lu (rien n'est relu).

    La garde coûte autant que la validation elle-même ; sur une machine à plusieurs cœurs et
    un dépôt assez grand, un processus fils (fork : il hérite du contexte déjà construit)
    analyse une moitié des textes pendant que ce processus analyse l'autre.
    """
    global _contexte_partage
    _contexte_partage = contexte_du_depot(depot.racine, annuaire=depot.partenaires)
    textes = [(doc.texte, doc.relatif) for doc in depot.documents if doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/")]
    noms = _noms_de_fichiers(depot)
    if len(textes) < _SEUIL_PARALLELE or (os.cpu_count() or 1) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return _analyser(textes) + noms
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as fils:
        moitie = fils.submit(_analyser, textes[1::2])
        constats = _analyser(textes[0::2])
        return constats + moitie.result() + noms


_MORCEAU_NUMERIQUE = re.compile(r"^\d+$")


def _noms_de_fichiers(depot: Depot) -> list[Constat]:
    """La garde sur les noms de répertoires et de fichiers des dossiers : ils deviennent des adresses de page,
    des noms de calendrier, des titres de l'examen.

    Seuls les morceaux non numériques du nom sont lus (« 2026-Dupont-Marie.yaml » → « Dupont Marie yaml ») :
    les dates et numéros d'un nom de fichier ordinaire ne sont pas des données identifiantes.
    """
    assert _contexte_partage is not None
    chemins = {charge.relatif for charge in depot.dossiers}
    chemins |= {doc.relatif for doc in depot.documents if doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/")}
    chemins |= {f"{charge.relatif}/{piece}" for charge in depot.dossiers for piece in charge.pieces}
    constats: list[Constat] = []
    for relatif in sorted(chemins):
        parties = relatif.split("/")[1:]  # sans « dossiers »
        morceaux = [m for m in re.split(r"[/\\\-_. ]+", "/".join(parties)) if m and not _MORCEAU_NUMERIQUE.match(m)]
        if not morceaux:
            continue
        for c in analyser_texte(" ".join(morceaux), relatif, _contexte_partage)[0]:
            constats.append(Constat(relatif, None, c.regle, c.gravite, "dans le nom du fichier : " + c.message))
    return constats


def _analyser(textes: list[tuple[str, str]]) -> list[Constat]:
    assert _contexte_partage is not None
    constats: list[Constat] = []
    for texte, relatif in textes:
        constats.extend(analyser_texte(texte, relatif, _contexte_partage)[0])
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
