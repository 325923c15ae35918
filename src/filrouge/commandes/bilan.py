"""`filrouge bilan ANNEE [--format markdown|csv|json] [--au DATE]` : le bilan annuel depuis les dossiers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import ErreurUtilisation, date_iso


def _annee(texte: str) -> int:
    if not texte.isdigit() or len(texte) != 4:
        raise argparse.ArgumentTypeError(f"année invalide « {texte} » (quatre chiffres, ex. 2019)")
    return int(texte)


def executer(args: argparse.Namespace) -> int:
    from filrouge import publication
    from filrouge.bilan.calcul import calculer
    from filrouge.bilan.rendu_csv import en_csv
    from filrouge.bilan.rendu_json import en_json
    from filrouge.bilan.rendu_markdown import en_markdown

    if args.au is not None and args.au.year != args.annee:
        raise ErreurUtilisation(f"--au {args.au.isoformat()} n'est pas dans l'année {args.annee}.")
    bilan = calculer(publication.charger(exiger_racine(Path.cwd())), args.annee, args.au)
    rendus = {"markdown": en_markdown, "csv": en_csv, "json": en_json}
    sys.stdout.write(rendus[args.format](bilan).rstrip("\n") + "\n")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    bilan = sous_parseurs.add_parser(
        "bilan", help="calcule le bilan annuel du dispositif depuis les dossiers",
        description="Calcule le bilan d'une année : demandes, dossiers, tableau par année d'ouverture et de "
                    "clôture, âges, concertations, demandes Criseflex, capacité, secteurs mobilisés, et les "
                    "écarts avec le rapport publié. Pour reproduire le bilan 2019 publié : "
                    "filrouge bilan 2019 --au 2019-11-15.")
    bilan.add_argument("annee", type=_annee, metavar="ANNEE", help="année du bilan, ex. 2019")
    bilan.add_argument("--format", choices=("markdown", "csv", "json"), default="markdown",
                       help="format de sortie (markdown par défaut)")
    bilan.add_argument("--au", type=date_iso, metavar="AAAA-MM-JJ",
                       help="date d'arrêt des chiffres (par défaut : 31 décembre, ou aujourd'hui si l'année est en cours)")
    bilan.set_defaults(executer=executer)
