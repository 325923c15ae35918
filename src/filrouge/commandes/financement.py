"""`filrouge financement nouveau|examen` : préparer une demande Criseflex, examiner une branche.

    filrouge financement nouveau DOSSIER --action N [--concertation DATE]
    filrouge financement examen [--base REF] [--sortie FICHIER] [--auteur COMPTE]
        0 : toutes les demandes examinées sont recevables (ou aucune), et ce qui revient à la
            coordination (décision, gouvernance) vient d'elle ;
        1 : au moins une demande n'est pas recevable ou pas examinable, ou une décision ou un
            changement de gouvernance ne vient pas de la coordination ;
        2 : erreur d'utilisation (pas de Git, base introuvable, configuration de la base invalide).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import date_iso

VARIABLES_AUTEUR = ("FILROUGE_AUTEUR",)
"""L'auteur de la demande de fusion, fixé par la CI quand elle ne passe pas --auteur."""


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

    auteur = args.auteur or next((os.environ[v] for v in VARIABLES_AUTEUR if os.environ.get(v)), None)
    examen = examiner(exiger_racine(Path.cwd()), args.base, auteur)
    texte = en_markdown(examen)
    if args.sortie is None:
        sys.stdout.write(texte)
    else:
        args.sortie.write_text(texte, encoding="utf-8")
        verdict = "recevable" if examen.recevable else "NON recevable"
        print(f"{len(examen.demandes)} demande(s) examinée(s) : {verdict}. Résumé écrit dans {args.sortie}.")
    return 0 if examen.recevable else 1


def ajouter(sous_parseurs: Any) -> None:
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
                                         "Sortie 0 : recevable ; 1 : au moins une demande non recevable ou non "
                                         "examinable, ou une décision ou un changement de gouvernance qui ne vient "
                                         "pas de la coordination ; 2 : erreur d'utilisation.")
    examen.add_argument("--base", help="branche ou commit de base (par défaut : la cible de la demande de fusion "
                                       "en CI, sinon origin/main, main, origin/master ou master)")
    examen.add_argument("--sortie", type=Path, metavar="FICHIER", help="écrit le résumé dans FICHIER plutôt qu'à l'écran")
    examen.add_argument("--auteur", metavar="COMPTE",
                        help="compte de l'hébergeur qui a ouvert la demande de fusion (donné par la CI) ; une "
                             "décision ou un changement de gouvernance n'est accepté que si ce compte figure dans "
                             "« coordination » du reseau.yaml de la base")
    examen.set_defaults(executer=_examen)
