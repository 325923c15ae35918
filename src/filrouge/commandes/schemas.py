"""`filrouge schemas [--sortie schemas]` : les schémas JSON générés depuis le modèle (complétion dans l'éditeur)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def executer(args: argparse.Namespace) -> int:
    from filrouge.schemas import ecrire_schemas

    for chemin in ecrire_schemas(args.sortie):
        print(f"Écrit : {chemin}")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    schemas = sous_parseurs.add_parser("schemas", help="régénère les schémas JSON (complétion dans l'éditeur)")
    schemas.add_argument("--sortie", type=Path, default=Path("schemas"), help="répertoire de sortie (schemas/ par défaut)")
    schemas.set_defaults(executer=executer)
