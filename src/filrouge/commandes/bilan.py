"""`filrouge bilan ANNEE [--format markdown|csv|json] [--au DATE] [--arreter]` : le bilan annuel depuis les dossiers."""

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
    racine = exiger_racine(Path.cwd())
    pub = publication.charger(racine)
    if args.arreter:
        return _arreter(racine, pub, args)
    bilan = calculer(pub, args.annee, args.au)
    rendus = {"markdown": en_markdown, "csv": en_csv, "json": en_json}
    sys.stdout.write(rendus[args.format](bilan).rstrip("\n") + "\n")
    differents = sum(1 for e in bilan.ecarts if e.concorde is False)
    if differents:
        print(f"{differents} chiffre(s) du bilan arrêté {args.annee} (bilan/{args.annee}.yaml) diffèrent du calcul : "
              "voir « Comparaison avec le bilan arrêté » (ecarts en JSON), avec les dossiers qui les causent.",
              file=sys.stderr)
    return 0


def _arreter(racine: Path, pub: Any, args: argparse.Namespace) -> int:
    from filrouge.bilan.arret import arreter
    from filrouge.bilan.calcul import calculer
    from filrouge.reference import aujourdhui

    if pub.erreurs:
        raise ErreurUtilisation(f"le dépôt a {pub.erreurs} erreur(s) : corrigez-les (filrouge valider) avant d'arrêter "
                                "un bilan, pour qu'aucun dossier invalide ne manque à ses chiffres.")
    jour = aujourdhui()
    bilan = calculer(pub, args.annee, args.au, jour)
    if bilan.periode.au >= jour:
        raise ErreurUtilisation(f"l'année {args.annee} n'est pas terminée : indiquez une date d'arrêt passée (--au).")
    chemin = arreter(racine, bilan, jour)
    print(f"Écrit : {chemin.relative_to(racine)} (chiffres de {args.annee} arrêtés au "
          f"{bilan.periode.au.isoformat()}) ; committez-le.")
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
    bilan.add_argument("--arreter", action="store_true",
                       help="écrit les chiffres de l'année dans bilan/ANNEE.yaml : recalculer l'année les comparera "
                            "ensuite à ces chiffres arrêtés (un bilan arrêté n'est jamais remplacé)")
    bilan.set_defaults(executer=executer)
