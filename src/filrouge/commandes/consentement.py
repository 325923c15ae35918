"""`filrouge consentement retirer|consigner DOSSIER …` : l'historique du consentement (`filrouge.consentement`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import date_iso


def _jour(args: argparse.Namespace) -> Any:
    from filrouge.reference import aujourdhui

    return args.date or aujourdhui()


def _retirer(args: argparse.Namespace) -> int:
    from filrouge.consentement import retirer

    for ecrit in retirer(exiger_racine(Path.cwd()), args.dossier, _jour(args), args.portee, args.informations).ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def _consigner(args: argparse.Namespace) -> int:
    from filrouge.consentement import Accord, consigner

    accord = Accord(_jour(args), args.informations, args.finalite, args.destinataires,
                    jeune_informe=not args.jeune_non_informe, accord=not args.sans_accord,
                    parents_informes={"oui": True, "non": False}.get(args.parents_informes or ""),
                    derogation=args.derogation)
    for ecrit in consigner(exiger_racine(Path.cwd()), args.dossier, accord).ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    commande = sous_parseurs.add_parser(
        "consentement", help="note un retrait du consentement, ou consigne un nouvel accord",
        description="Le consentement d'un dossier est un historique : chaque retrait s'ajoute à retraits_consentement:, "
                    "chaque nouvel accord à consentements: (le premier sous consentement:). Le dossier modifié passe "
                    "les règles de filrouge valider avant d'être écrit.")
    sous = commande.add_subparsers(dest="operation", metavar="OPÉRATION", required=True)
    retrait = sous.add_parser("retirer", help="le jeune retire son consentement, en tout ou en partie")
    retrait.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2026-001")
    retrait.add_argument("--date", type=date_iso, metavar="AAAA-MM-JJ", help="jour du retrait (par défaut : aujourd'hui)")
    retrait.add_argument("--portee", required=True, choices=("tout", "partiel"),
                         help="tout le partage, ou une partie seulement")
    retrait.add_argument("--informations", help="retrait partiel : les informations qui ne sont plus partagées")
    retrait.set_defaults(executer=_retirer)
    accord = sous.add_parser("consigner", help="consigne un consentement recueilli (premier, ou suivant)")
    accord.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2026-001")
    accord.add_argument("--date", type=date_iso, metavar="AAAA-MM-JJ",
                        help="jour où le consentement est recueilli (par défaut : aujourd'hui)")
    accord.add_argument("--informations", required=True, help="quelles informations sont partagées")
    accord.add_argument("--finalite", required=True, help="pourquoi elles sont partagées")
    accord.add_argument("--destinataires", required=True, help="avec qui (services, fonctions)")
    accord.add_argument("--parents-informes", choices=("oui", "non"), help="les parents sont-ils informés (mineur)")
    accord.add_argument("--jeune-non-informe", action="store_true", help="le jeune n'est pas informé (dérogation)")
    accord.add_argument("--sans-accord", action="store_true", help="le jeune n'est pas d'accord (dérogation)")
    accord.add_argument("--derogation", help="en quoi l'intérêt du jeune prime, si l'accord ou l'information manque")
    accord.set_defaults(executer=_consigner)
