"""Les choix d'une construction, passés par l'environnement pour que `mkdocs build` les voie aussi.

`filrouge portail construire --pour SERVICE` et les tests fixent ces variables ; une
construction lancée directement par `mkdocs build` lit les mêmes, avec les mêmes défauts.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from filrouge.reference import aujourdhui

VAR_POUR = "FILROUGE_POUR"


@dataclass(frozen=True)
class Reglages:
    aujourdhui: dt.date
    pour: str | None
    """Service pour lequel le portail est restreint (besoin d'en connaître), ou None : portail complet."""


def lire_reglages(environ: dict[str, str] | None = None) -> Reglages:
    env = os.environ if environ is None else environ
    pour = env.get(VAR_POUR, "").strip() or None
    return Reglages(aujourdhui(env), pour)
