"""`filrouge init REPERTOIRE [--reseau kirikou|bru-stars] [--source SOURCE] [--version REVISION]` :
le dépôt de dossiers d'un réseau, avec Git initialisé et filrouge épinglé."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def executer(args: argparse.Namespace) -> int:
    from filrouge.init_depot import creer_depot, source_depuis

    source = source_depuis(args.source, args.version)
    ecrits = creer_depot(args.repertoire, source, args.reseau)
    print(f"Dépôt du réseau créé dans {args.repertoire} ({len(ecrits)} fichiers), filrouge épinglé : "
          f"{source.exigence()}.")
    print(f"Suite : cd {args.repertoire} ; pre-commit install ; git add -A ; git commit -m \"Création du dépôt\" "
          "(voir son README.md).")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    init = sous_parseurs.add_parser("init", help="crée le dépôt de dossiers d'un réseau (configuration, CI, portail)",
                                    description="Crée le dépôt d'un réseau. Ses hooks et sa CI installent filrouge depuis "
                                                "--source, épinglé ; par défaut, ce clone de filrouge et son commit.")
    init.add_argument("repertoire", type=Path, metavar="REPERTOIRE", help="répertoire à créer (absent ou vide)")
    init.add_argument("--reseau", choices=("kirikou", "bru-stars"), default="kirikou", help="réseau de départ (kirikou par défaut)")
    init.add_argument("--source", metavar="SOURCE",
                      help="d'où installer filrouge : adresse d'un dépôt Git (avec --version), chemin d'un dépôt Git "
                           "local, ou roue .whl (chemin ou https://)")
    init.add_argument("--version", metavar="REVISION", help="étiquette ou commit du dépôt Git (épinglé)")
    init.set_defaults(executer=executer)
