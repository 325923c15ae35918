"""Outils partagés par les tests : lancer la commande, copier un dépôt, photographier un arbre."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

RACINE_PROJET = Path(__file__).resolve().parent.parent


def filrouge(*arguments: str, cwd: Path, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Lance la vraie commande dans un processus séparé (un plantage ne fait pas tomber les tests)."""
    return subprocess.run([sys.executable, "-m", "filrouge", *arguments], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def copier_demo(destination: Path) -> Path:
    """Copie le réseau de démonstration (configuration, annuaire, dossiers) dans `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE_PROJET / nom, destination / nom)
    shutil.copytree(RACINE_PROJET / "dossiers", destination / "dossiers")
    shutil.copytree(RACINE_PROJET / "schemas", destination / "schemas")
    return destination


def photographier(racine: Path) -> dict[str, tuple[bytes, int]]:
    """Contenu et date de modification de chaque fichier : pour prouver que rien n'a changé."""
    photo: dict[str, tuple[bytes, int]] = {}
    for chemin in sorted(racine.rglob("*")):
        if chemin.is_file() and not chemin.is_symlink():
            photo[chemin.relative_to(racine).as_posix()] = (chemin.read_bytes(), chemin.stat().st_mtime_ns)
    return photo
