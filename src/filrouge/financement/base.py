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
from dataclasses import dataclass, field
from pathlib import Path

from filrouge.depot import Depot, charger_depot
from filrouge.disposition import ErreurConfiguration
from filrouge.francais import ErreurUtilisation
from filrouge.gitinfo import (ancetre_commun, commit_de, extraire, fichiers_changes, fichiers_changes_entre,
                              fichiers_changes_hors)

CANDIDATES = ("origin/main", "main", "origin/master", "master")
VARIABLES_CI = ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME")


@dataclass(frozen=True)
class Comparaison:
    """La base nommée, son état actuel, son point commun avec la branche, et ce qui a changé depuis.

    La branche est examinée face à l'état ACTUEL de la base (`pointe`), pas seulement face à son point
    de départ : une décision prise sur la base après le départ de la branche compte. Un fichier changé
    des deux côtés depuis le point de départ (`en_retard`) ne peut pas être examiné : la fusion
    mêlerait les deux versions sans que personne les ait vues ensemble.
    """

    base: str
    commun: str
    changes: dict[str, str]
    pointe: str = ""
    en_retard: frozenset[str] = frozenset()
    hors_racine: dict[str, str] = field(default_factory=dict)
    """Fichiers changés hors du répertoire du dépôt de dossiers (chemins depuis la racine Git)."""


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
    pointe = commit_de(racine, base) or commun
    sur_la_base = fichiers_changes_entre(racine, commun, pointe) if pointe != commun else set()
    hors = fichiers_changes_hors(racine, commun)
    if changes is None or sur_la_base is None or hors is None:
        raise ErreurUtilisation("impossible de lister les fichiers changés (git diff a échoué).")
    return Comparaison(base, commun, changes, pointe, frozenset(set(changes) & sur_la_base), hors)


def charger_base(racine: Path, commun: str) -> Depot | None:
    """Le dépôt tel qu'il est dans le commit `commun` (None s'il n'était pas encore configuré).

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
