"""Les sous-commandes `financement`, `rappels` et `init`, à brancher dans `filrouge.cli`.

    filrouge financement nouveau DOSSIER --action N [--concertation DATE]
    filrouge financement examen [--base REF] [--sortie FICHIER]
        0 : toutes les demandes examinées sont recevables (ou aucune) ; 1 : au moins une ne l'est pas ;
        2 : erreur d'utilisation (pas de Git, base introuvable, configuration invalide).
    filrouge rappels [--aujourdhui DATE] [--format markdown|texte]
    filrouge init REPERTOIRE [--reseau kirikou|bru-stars]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from filrouge.depot import exiger_racine, trouver_racine
from filrouge.francais import ErreurUtilisation, date_iso


def _nouveau(args: argparse.Namespace) -> int:
    from filrouge.financement.nouveau import creer_demande

    chemin, attention = creer_demande(exiger_racine(Path.cwd()), args.dossier, args.action, args.concertation)
    print(f"Créé : {chemin}")
    for message in attention:
        print(f"Attention : {message}", file=sys.stderr)
    print("Confirmez les attestations, chiffrez, annexez les pièces, puis « filrouge financement examen ».")
    return 0


def _examen(args: argparse.Namespace) -> int:
    from filrouge.financement.examen import examiner
    from filrouge.financement.resume import en_markdown

    examen = examiner(exiger_racine(Path.cwd()), args.base)
    texte = en_markdown(examen)
    if args.sortie is None:
        sys.stdout.write(texte)
    else:
        args.sortie.write_text(texte, encoding="utf-8")
        verdict = "recevable" if examen.recevable else "NON recevable"
        print(f"{len(examen.demandes)} demande(s) examinée(s) : {verdict}. Résumé écrit dans {args.sortie}.")
    return 0 if examen.recevable else 1


def _rappels(args: argparse.Namespace) -> int:
    from filrouge.depot import charger_depot
    from filrouge.rappels import en_markdown, en_texte, rappels

    aujourdhui = args.aujourdhui or dt.date.today()
    liste = rappels(charger_depot(exiger_racine(Path.cwd())), aujourdhui)
    sys.stdout.write((en_markdown if args.format == "markdown" else en_texte)(liste, aujourdhui))
    return 0


def _init(args: argparse.Namespace) -> int:
    from filrouge.init_depot import creer_depot

    ecrits = creer_depot(args.repertoire, args.reseau)
    print(f"Dépôt du réseau créé dans {args.repertoire} ({len(ecrits)} fichiers). Suite : lisez son README.md.")
    return 0


def ajouter_sous_commandes(sous_parseurs: Any) -> None:
    """Ajoute `financement`, `rappels` et `init` au parseur principal de `filrouge`."""
    financement = sous_parseurs.add_parser("financement", help="demandes Criseflex : préparer, examiner",
                                           description="Demandes d'intervention financière Criseflex.")
    quoi = financement.add_subparsers(dest="action_financement", metavar="ACTION", required=True)
    nouveau = quoi.add_parser("nouveau", help="prépare une demande depuis la note de synthèse (sans décision)")
    nouveau.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2019-007")
    nouveau.add_argument("--action", type=int, required=True, help="numéro de l'action dans la note de synthèse")
    nouveau.add_argument("--concertation", type=date_iso,
                         help="date de la note AAAA-MM-JJ (par défaut : la plus récente qui a cette action)")
    nouveau.set_defaults(executer=_nouveau)
    examen = quoi.add_parser("examen", help="examine les demandes ajoutées ou modifiées par la branche",
                             description="Compare la branche avec sa base (Git) et écrit un résumé Markdown. "
                                         "Sortie 0 : recevable ; 1 : au moins une demande non recevable ; "
                                         "2 : erreur d'utilisation.")
    examen.add_argument("--base", help="branche ou commit de base (par défaut : la cible de la demande de fusion "
                                       "en CI, sinon origin/main, main, origin/master ou master)")
    examen.add_argument("--sortie", type=Path, metavar="FICHIER", help="écrit le résumé dans FICHIER plutôt qu'à l'écran")
    examen.set_defaults(executer=_examen)

    rappels = sous_parseurs.add_parser("rappels", help="actions échues ou proches et dossiers sans rencontre, par référent")
    rappels.add_argument("--aujourdhui", type=date_iso, help="date du jour AAAA-MM-JJ (par défaut : aujourd'hui)")
    rappels.add_argument("--format", choices=("markdown", "texte"), default="markdown", help="markdown par défaut")
    rappels.set_defaults(executer=_rappels)

    init = sous_parseurs.add_parser("init", help="crée le dépôt de dossiers d'un réseau (configuration, CI, portail)")
    init.add_argument("repertoire", type=Path, metavar="REPERTOIRE", help="répertoire à créer (absent ou vide)")
    init.add_argument("--reseau", choices=("kirikou", "bru-stars"), default="kirikou", help="réseau de départ (kirikou par défaut)")
    init.set_defaults(executer=_init)
