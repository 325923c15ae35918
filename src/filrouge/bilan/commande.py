"""Les sous-commandes `filrouge bilan` et `filrouge imprimer` : arguments, puis la bibliothèque.

`cli.py` les enregistre par `ajouter_sous_commandes`, comme celles de l'anonymat.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from filrouge.depot import charger_depot, exiger_racine, trouver_racine
from filrouge.francais import ErreurUtilisation, date_iso


def _annee(texte: str) -> int:
    if not texte.isdigit() or len(texte) != 4:
        raise argparse.ArgumentTypeError(f"année invalide « {texte} » (quatre chiffres, ex. 2019)")
    return int(texte)


def executer_bilan(args: argparse.Namespace) -> int:
    from filrouge.bilan.calcul import calculer
    from filrouge.bilan.rendu_csv import en_csv
    from filrouge.bilan.rendu_json import en_json
    from filrouge.bilan.rendu_markdown import en_markdown

    if args.au is not None and args.au.year != args.annee:
        raise ErreurUtilisation(f"--au {args.au.isoformat()} n'est pas dans l'année {args.annee}.")
    bilan = calculer(charger_depot(exiger_racine(Path.cwd())), args.annee, args.au)
    rendus = {"markdown": en_markdown, "csv": en_csv, "json": en_json}
    sys.stdout.write(rendus[args.format](bilan).rstrip("\n") + "\n")
    return 0


def executer_imprimer(args: argparse.Namespace) -> int:
    from filrouge.impression.document import imprimer

    fichier: Path = args.fichier
    if not fichier.is_file():
        raise ErreurUtilisation(f"{fichier}: fichier introuvable.")
    racine = trouver_racine(fichier.resolve().parent)
    if racine is None:
        raise ErreurUtilisation(f"{fichier}: ce fichier n'est pas dans un dépôt de dossiers (aucun reseau.yaml au-dessus).")
    imprimer(charger_depot(racine), fichier.resolve(), args.sortie)
    print(f"Écrit : {args.sortie}")
    return 0


def ajouter_sous_commandes(sous_parseurs: Any) -> None:
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
    bilan.set_defaults(executer=executer_bilan)

    imprimer = sous_parseurs.add_parser(
        "imprimer", help="met en page une note de synthèse ou une demande de financement en PDF à signer",
        description="Produit un PDF prêt à imprimer et à signer depuis une note de synthèse "
                    "(concertations/AAAA-MM-JJ.yaml) ou une demande d'intervention financière (financements/*.yaml).")
    imprimer.add_argument("fichier", type=Path, metavar="FICHIER", help="note de synthèse ou demande de financement (.yaml)")
    imprimer.add_argument("--sortie", type=Path, required=True, metavar="X.pdf", help="fichier PDF à écrire")
    imprimer.set_defaults(executer=executer_imprimer)
