"""`filrouge transferer DOSSIER --vers POSTE --date D [--motif M]` : passer le relais à un autre casemanager."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import date_iso


def executer(args: argparse.Namespace) -> int:
    from filrouge.transfert import transferer

    racine = exiger_racine(Path.cwd())
    chemin = transferer(racine, args.dossier, args.vers, args.date, args.motif)
    print(f"Modifié : {chemin.relative_to(racine)} (casemanager {args.vers} à partir du {args.date}).")
    print("Suite : « filrouge valider », puis committez le dossier.")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    commande = sous_parseurs.add_parser("transferer", help="confie un dossier à un autre casemanager (passage de relais)")
    commande.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2026-004")
    commande.add_argument("--vers", required=True, help="poste du casemanager qui reprend le dossier (casemanagers de reseau.yaml)")
    commande.add_argument("--date", required=True, type=date_iso, help="date du relais AAAA-MM-JJ")
    commande.add_argument("--motif", help="pourquoi le dossier change de mains (sans donnée identifiante)")
    commande.set_defaults(executer=executer)
