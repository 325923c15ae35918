"""`filrouge rappels [--aujourdhui DATE] [--format markdown|texte]` : les rappels de la semaine, par référent."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import date_iso
from filrouge.reference import aujourdhui as date_de_reference


def executer(args: argparse.Namespace) -> int:
    from filrouge import publication
    from filrouge.rappels import en_markdown, en_texte, rappels

    aujourdhui = args.aujourdhui or date_de_reference()
    pub = publication.charger(exiger_racine(Path.cwd()), garde=True)  # le rappel part dans un ticket
    rendu = en_markdown if args.format == "markdown" else en_texte
    plusieurs = len(pub.config.casemanagers) > 1  # un réseau de plusieurs casemanagers : les rappels de chacun
    sys.stdout.write(rendu(rappels(pub, aujourdhui), aujourdhui, pub.config.horizon_echeance_jours, plusieurs))
    return 0


def ajouter(sous_parseurs: Any) -> None:
    rappels = sous_parseurs.add_parser("rappels", help="actions échues ou proches et dossiers sans rencontre, par casemanager et référent")
    rappels.add_argument("--aujourdhui", type=date_iso, help="date du jour AAAA-MM-JJ (par défaut : aujourd'hui)")
    rappels.add_argument("--format", choices=("markdown", "texte"), default="markdown", help="markdown par défaut")
    rappels.set_defaults(executer=executer)
