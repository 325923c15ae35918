"""Trouve la base d'une branche et la charge à part, sans toucher à l'arbre de travail.

Base par défaut : la branche visée par la demande de fusion quand la CI la donne
(GITHUB_BASE_REF sur GitHub, CI_MERGE_REQUEST_TARGET_BRANCH_NAME sur GitLab), sinon
origin/main, main, origin/master, master (la première qui existe). On compare la branche
avec son point de départ (merge-base), pas avec la pointe actuelle de la base : ce que
d'autres ont fusionné entre-temps n'est pas attribué à cette branche.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filrouge.depot import Depot, ErreurConfiguration, charger_depot
from filrouge.francais import ErreurUtilisation
from filrouge.gitinfo import ancetre_commun, commit_de, extraire, fichiers_changes

CANDIDATES = ("origin/main", "main", "origin/master", "master")
VARIABLES_CI = ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME")


@dataclass(frozen=True)
class Comparaison:
    """La base nommée, son point commun avec la branche, et les fichiers changés depuis."""

    base: str
    commun: str
    changes: dict[str, str]


def base_par_defaut(racine: Path, environ: dict[str, str] | None = None) -> str:
    environ = dict(os.environ) if environ is None else environ
    for variable in VARIABLES_CI:
        if environ.get(variable):
            return f"origin/{environ[variable]}"
    for candidate in CANDIDATES:
        if commit_de(racine, candidate):
            return candidate
    raise ErreurUtilisation("aucune base trouvée (ni origin/main ni main) : indiquez-la avec --base REF.")


def comparer(racine: Path, base: str | None = None) -> Comparaison:
    """Fichiers ajoutés (A), modifiés (M) ou supprimés (D) depuis le point de départ de la branche."""
    if commit_de(racine, "HEAD") is None:
        raise ErreurUtilisation("ce répertoire n'est pas un dépôt Git avec au moins un commit.")
    base = base or base_par_defaut(racine)
    if commit_de(racine, base) is None:
        raise ErreurUtilisation(f"base « {base} » introuvable dans Git (en CI, récupérez tout l'historique : "
                                "fetch-depth: 0 ou GIT_DEPTH: 0).")
    commun = ancetre_commun(racine, base)
    if commun is None:
        raise ErreurUtilisation(f"la branche n'a aucun historique commun avec « {base} ».")
    changes = fichiers_changes(racine, commun)
    if changes is None:
        raise ErreurUtilisation("impossible de lister les fichiers changés (git diff a échoué).")
    return Comparaison(base, commun, changes)


def charger_base(racine: Path, commun: str) -> Depot | None:
    """Le dépôt tel qu'il était au point de départ (None s'il n'était pas encore configuré).

    La copie temporaire est effacée aussitôt lue : le résultat ne sert qu'à comparer des modèles.
    """
    with tempfile.TemporaryDirectory(prefix="filrouge-base-") as tmp:
        copie = Path(tmp) / "base"
        if not extraire(racine, commun, copie):
            raise ErreurUtilisation(f"impossible d'extraire la base {commun[:12]} (git ls-tree ou cat-file a échoué).")
        try:
            return charger_depot(copie)
        except ErreurConfiguration:
            return None
