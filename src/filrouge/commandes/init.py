"""`filrouge init REPERTOIRE [--reseau kirikou|bru-stars]` : le dépôt de dossiers d'un réseau."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def executer(args: argparse.Namespace) -> int:
    from filrouge.init_depot import creer_depot

    ecrits = creer_depot(args.repertoire, args.reseau)
    print(f"Dépôt du réseau créé dans {args.repertoire} ({len(ecrits)} fichiers). Suite : lisez son README.md.")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    init = sous_parseurs.add_parser("init", help="crée le dépôt de dossiers d'un réseau (configuration, CI, portail)")
    init.add_argument("repertoire", type=Path, metavar="REPERTOIRE", help="répertoire à créer (absent ou vide)")
    init.add_argument("--reseau", choices=("kirikou", "bru-stars"), default="kirikou", help="réseau de départ (kirikou par défaut)")
    init.set_defaults(executer=executer)
