"""Ce que Git sait du dépôt, lu sans rien y écrire (lecture seule, `git` réel)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def _git(racine: Path, *arguments: str) -> str | None:
    try:
        resultat = subprocess.run(["git", "-C", str(racine), *arguments], capture_output=True, text=True,
                                  timeout=60, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return resultat.stdout if resultat.returncode == 0 else None


def fichiers_de_reference(racine: Path, reference: str = "HEAD") -> set[str] | None:
    """Fichiers suivis dans `reference`, relatifs à `racine` ; None hors d'un dépôt Git ou sans commit."""
    sortie = _git(racine, "ls-tree", "-r", "--name-only", "--full-tree", reference)
    prefixe = _git(racine, "rev-parse", "--show-prefix")
    if sortie is None or prefixe is None:
        return None
    prefixe = prefixe.strip()
    return {ligne[len(prefixe):] for ligne in sortie.splitlines() if ligne.startswith(prefixe)}
