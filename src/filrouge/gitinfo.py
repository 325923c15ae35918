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


def _git_octets(racine: Path, *arguments: str) -> bytes | None:
    try:
        resultat = subprocess.run(["git", "-C", str(racine), *arguments], capture_output=True, timeout=120, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return resultat.stdout if resultat.returncode == 0 else None


def commit_de(racine: Path, reference: str) -> str | None:
    """Le commit désigné par `reference` (branche, étiquette, empreinte), ou None s'il n'existe pas."""
    sortie = _git(racine, "rev-parse", "--verify", "--quiet", f"{reference}^{{commit}}")
    return sortie.strip() if sortie else None


def ancetre_commun(racine: Path, reference: str, tete: str = "HEAD") -> str | None:
    """Le point de départ de la branche : merge-base de `reference` et `tete`."""
    sortie = _git(racine, "merge-base", reference, tete)
    return sortie.strip() if sortie else None


def fichiers_changes(racine: Path, reference: str) -> dict[str, str] | None:
    """Fichiers changés entre `reference` et l'arbre de travail, relatifs à `racine` : chemin -> A, M ou D.

    Les fichiers pas encore suivis (ni ignorés) comptent comme ajoutés : on peut examiner
    une demande avant de la committer.
    """
    sortie = _git(racine, "--no-optional-locks", "diff", "--name-status", "--no-renames", "--relative", "-z", reference, "--", ".")
    nouveaux = _git(racine, "--no-optional-locks", "ls-files", "--others", "--exclude-standard", "-z")
    if sortie is None or nouveaux is None:
        return None
    elements = sortie.split("\0")
    changes = {elements[i + 1]: elements[i][0] for i in range(0, len(elements) - 1, 2) if elements[i]}
    changes.update({chemin: "A" for chemin in nouveaux.split("\0") if chemin})
    return changes


def extraire(racine: Path, reference: str, destination: Path) -> bool:
    """Copie le contenu de `racine` tel qu'il était dans `reference` vers `destination` (git archive).

    Rien n'est écrit dans le dépôt ni dans l'arbre de travail de l'utilisateur.
    """
    import io
    import tarfile

    prefixe = _git(racine, "rev-parse", "--show-prefix")
    if prefixe is None:
        return False
    arbre = f"{reference}:{prefixe.strip()}" if prefixe.strip() else reference
    archive = _git_octets(racine, "archive", "--format=tar", arbre)
    if archive is None:
        return False
    destination.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(destination, filter="data")
    return True
