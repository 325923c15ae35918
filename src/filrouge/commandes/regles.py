"""`filrouge regles` : les règles, leur identifiant stable et leur gravité."""

from __future__ import annotations

import argparse
from typing import Any


def executer(args: argparse.Namespace) -> int:
    from filrouge.regles import REGLES

    for regle in REGLES.values():
        print(f"{regle.id:40} {regle.gravite:14} {regle.resume}")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    regles = sous_parseurs.add_parser("regles", help="liste les règles et leur identifiant")
    regles.set_defaults(executer=executer)
