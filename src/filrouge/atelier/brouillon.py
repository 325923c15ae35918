"""Les brouillons de l'atelier : la saisie en cours d'un document, gardée hors du dépôt jusqu'à l'enregistrement.

Un brouillon survit à un rechargement de la page comme à un arrêt du serveur : il est écrit à chaque
envoi du formulaire, avant toute vérification, dans le répertoire d'état de l'utilisateur
(`$XDG_STATE_HOME/filrouge/atelier/`, sinon `~/.local/state/…`), jamais dans `dossiers/` : rien n'y entre
tant que la saisie n'a pas passé la validation. Il peut contenir une donnée tapée par erreur (un nom, un
téléphone) : fichiers lisibles par l'utilisateur seul, effacés une fois le document enregistré. Les pièces
téléversées avec une demande y attendent aussi leur enregistrement (`pieces/`), sous un nom tiré au hasard.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path

from filrouge.fichiers import ecrire_atomiquement


NOTE = "note"
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass
class Brouillon:
    """Le document en cours : saisie du formulaire, récit, pièces téléversées, et l'empreinte des fichiers tels
    qu'ouverts."""

    dossier: str
    nom: str
    """Le document dans son genre : la date d'une note, le nom d'une demande, vide pour la fiche du dossier."""
    saisie: dict[str, list[str]]
    recit: str
    origine_yaml: str
    """Le texte de départ (fichier existant ou gabarit d'un nouveau document) : la base de l'aller-retour YAML."""
    empreintes: dict[str, str | None] = field(default_factory=dict)
    """Fichier (yaml, md) → empreinte à l'ouverture (None : il n'existait pas)."""
    document: str = NOTE
    """Le genre du document (note, preparation, fiche, demande, decision)."""
    pieces: dict[str, str] = field(default_factory=dict)
    """Pièce téléversée, chemin sous le dossier (pieces/devis.pdf) → nom de sa copie gardée avec les brouillons."""


def repertoire(racine: Path) -> Path:
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    cle = hashlib.blake2b(str(racine.resolve()).encode(), digest_size=8).hexdigest()
    return Path(base) / "filrouge" / "atelier" / cle


def _chemin(racine: Path, dossier: str, nom: str, document: str = NOTE) -> Path:
    cle = f"{dossier}--{nom}" if document == NOTE else f"{dossier}--{document}--{nom}"
    return repertoire(racine) / f"{cle}.json"


def lire(racine: Path, dossier: str, nom: str, document: str = NOTE) -> Brouillon | None:
    """Le brouillon de ce document, s'il y en a un lisible."""
    try:
        donnees = json.loads(_chemin(racine, dossier, nom, document).read_text(encoding="utf-8"))
        if "date" in donnees:  # brouillon d'une note écrit avant les autres documents
            donnees["nom"] = donnees.pop("date")
        return Brouillon(**donnees)
    except (OSError, ValueError, TypeError):
        return None


def ecrire(racine: Path, brouillon: Brouillon) -> None:
    """Écrit le brouillon d'un coup (fichier temporaire puis renommage), lisible par l'utilisateur seul."""
    dossier = repertoire(racine)
    dossier.mkdir(parents=True, exist_ok=True, mode=0o700)
    ecrire_atomiquement(_chemin(racine, brouillon.dossier, brouillon.nom, brouillon.document),
                        json.dumps(asdict(brouillon), ensure_ascii=False), droits=0o600)


def effacer(racine: Path, brouillon: Brouillon) -> None:
    """Le brouillon enregistré et les copies de ses pièces, effacés."""
    for copie in brouillon.pieces.values():
        effacer_piece(racine, copie)
    _chemin(racine, brouillon.dossier, brouillon.nom, brouillon.document).unlink(missing_ok=True)


def garder_piece(racine: Path, contenu: bytes) -> str:
    """Garde une pièce téléversée jusqu'à l'enregistrement de sa demande ; rend le nom de sa copie."""
    dossier = repertoire(racine) / "pieces"
    dossier.mkdir(parents=True, exist_ok=True, mode=0o700)
    nom = secrets.token_hex(16)
    ecrire_atomiquement(dossier / nom, contenu, droits=0o600)
    return nom


def effacer_piece(racine: Path, copie: str) -> None:
    (repertoire(racine) / "pieces" / copie).unlink(missing_ok=True)


def lire_piece(racine: Path, copie: str) -> bytes:
    if not re.fullmatch(r"[0-9a-f]{32}", copie):
        raise OSError("copie de pièce invalide")
    return (repertoire(racine) / "pieces" / copie).read_bytes()


def en_cours(racine: Path) -> list[tuple[str, str, str]]:
    """(dossier, genre, nom) de chaque document en brouillon non enregistré, pour l'accueil : le nom du fichier
    du brouillon les porte (`_chemin`)."""
    try:
        noms = sorted(p.name for p in repertoire(racine).glob("*.json"))
    except OSError:
        return []
    resultat = []
    for parties in (n[:-5].split("--") for n in noms):
        if len(parties) == 2 and _DATE.fullmatch(parties[1]):
            resultat.append((parties[0], NOTE, parties[1]))
        elif len(parties) == 3:
            resultat.append((parties[0], parties[1], parties[2]))
    return resultat


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
