"""Les brouillons de l'atelier : la saisie en cours, gardée hors du dépôt jusqu'à l'enregistrement.

Un brouillon survit à un rechargement de la page comme à un arrêt du serveur : il est écrit à chaque
envoi du formulaire, avant toute vérification, dans le répertoire d'état de l'utilisateur
(`$XDG_STATE_HOME/filrouge/atelier/`, sinon `~/.local/state/…`), jamais dans `dossiers/` : rien n'y entre
tant que la saisie n'a pas passé la validation. Il peut contenir une donnée tapée par erreur (un nom, un
téléphone) : fichiers lisibles par l'utilisateur seul, effacés une fois la note enregistrée.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from filrouge.fichiers import ecrire_atomiquement


@dataclass
class Brouillon:
    """La note en cours : saisie du formulaire, récit, et l'empreinte des fichiers tels qu'ouverts."""

    dossier: str
    date: str
    saisie: dict[str, list[str]]
    recit: str
    origine_yaml: str
    """Le texte de départ (fichier existant ou gabarit d'une nouvelle note) : la base de l'aller-retour YAML."""
    empreintes: dict[str, str | None] = field(default_factory=dict)
    """Fichier (yaml, md) → empreinte à l'ouverture (None : il n'existait pas)."""


def repertoire(racine: Path) -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    cle = hashlib.blake2b(str(racine.resolve()).encode(), digest_size=8).hexdigest()
    return Path(base) / "filrouge" / "atelier" / cle


def _chemin(racine: Path, dossier: str, date: str) -> Path:
    return repertoire(racine) / f"{dossier}--{date}.json"


def lire(racine: Path, dossier: str, date: str) -> Brouillon | None:
    """Le brouillon de cette note, s'il y en a un lisible."""
    try:
        donnees = json.loads(_chemin(racine, dossier, date).read_text(encoding="utf-8"))
        return Brouillon(**donnees)
    except (OSError, ValueError, TypeError):
        return None


def ecrire(racine: Path, brouillon: Brouillon) -> None:
    """Écrit le brouillon d'un coup (fichier temporaire puis renommage), lisible par l'utilisateur seul."""
    dossier = repertoire(racine)
    dossier.mkdir(parents=True, exist_ok=True, mode=0o700)
    ecrire_atomiquement(_chemin(racine, brouillon.dossier, brouillon.date),
                        json.dumps(asdict(brouillon), ensure_ascii=False), droits=0o600)


def effacer(racine: Path, dossier: str, date: str) -> None:
    _chemin(racine, dossier, date).unlink(missing_ok=True)


def en_cours(racine: Path) -> list[tuple[str, str]]:
    """(dossier, date) de chaque brouillon non enregistré, pour l'accueil."""
    try:
        noms = sorted(p.name for p in repertoire(racine).glob("*.json"))
    except OSError:
        return []
    return [tuple(n[:-5].split("--", 1)) for n in noms if "--" in n]  # type: ignore[misc]


def _chemin_saisie(racine: Path, dossier: str, formulaire: str) -> Path:
    """Les petits formulaires d'un dossier (clore, consentement…) à part des notes : l'accueil ne les liste pas."""
    return repertoire(racine) / "formulaires" / f"{dossier}--{formulaire}.json"


def garder_saisie(racine: Path, dossier: str, formulaire: str, saisie: dict[str, list[str]]) -> None:
    """Garde la saisie d'un petit formulaire de la page d'un dossier, comme un brouillon de note."""
    chemin = _chemin_saisie(racine, dossier, formulaire)
    chemin.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    ecrire_atomiquement(chemin, json.dumps(saisie, ensure_ascii=False), droits=0o600)


def saisie_gardee(racine: Path, dossier: str, formulaire: str) -> dict[str, list[str]]:
    """La saisie gardée de ce formulaire (vide s'il n'y en a pas de lisible)."""
    try:
        donnees = json.loads(_chemin_saisie(racine, dossier, formulaire).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(donnees, dict):
        return {}
    return {str(k): [str(v) for v in valeurs] for k, valeurs in donnees.items() if isinstance(valeurs, list)}


def effacer_saisie(racine: Path, dossier: str, formulaire: str) -> None:
    _chemin_saisie(racine, dossier, formulaire).unlink(missing_ok=True)
