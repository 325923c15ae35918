"""`filrouge changer-code DOSSIER NOUVEAU --date D [--motif M]` : nouveau code du jeune, l'ancien gardé."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import date_iso


def executer(args: argparse.Namespace) -> int:
    from filrouge.changement_code import changer_code

    racine = exiger_racine(Path.cwd())
    chemin = changer_code(racine, args.dossier, args.code, args.date, args.motif)
    print(f"Écrit : {chemin.relative_to(racine).as_posix()} (code {args.code} à partir du {args.date} ; l'ancien est "
          "gardé dans codes_precedents). Suite : « filrouge valider », puis committez.")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    commande = sous_parseurs.add_parser(
        "changer-code", help="change le code du jeune (déménagement) en gardant l'ancien",
        description="Met le nouveau code du jeune dans dossier.yaml et garde l'ancien dans codes_precedents, porté "
                    "jusqu'à la veille de --date : les documents déjà décidés qui le citent restent valides.")
    commande.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2019-007")
    commande.add_argument("code", metavar="NOUVEAU", help="nouveau code du jeune, ex. LMG20105500")
    commande.add_argument("--date", type=date_iso, required=True, help="premier jour du nouveau code AAAA-MM-JJ")
    commande.add_argument("--motif", help="pourquoi le code change (par défaut : rien)")
    commande.set_defaults(executer=executer)
