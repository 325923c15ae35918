"""`filrouge ouvrir`, `ne-pas-ouvrir`, `clore` et `rouvrir` : une demande s'ouvre (ou non), une période de suivi se
clôt ou se rouvre (`filrouge.cycle`)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from filrouge import francais
from filrouge.disposition import exiger_racine


def _numeros(texte: str) -> frozenset[int]:
    try:
        numeros = frozenset(int(n) for n in texte.split(",") if n.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"numéros d'actions attendus, séparés par des virgules (ex. 1,3), pas « {texte} »")
    if not numeros or min(numeros) < 1:
        raise argparse.ArgumentTypeError("numéros d'actions attendus (1, 2…), séparés par des virgules")
    return numeros


def _date(args: argparse.Namespace) -> dt.date:
    from filrouge.reference import aujourdhui

    return args.date or aujourdhui()


def _clore(args: argparse.Namespace) -> int:
    from filrouge.cycle import clore

    resultat = clore(exiger_racine(Path.cwd()), args.dossier, _date(args), args.motif, faites=args.faites,
                     abandonnees=args.abandonnees, garder=args.garder, annuler_rencontre=args.annuler_rencontre)
    if resultat.en_suspens:
        for s in resultat.en_suspens:
            quoi = (f"--faites {s.action}, --abandonnees {s.action}" if s.action is not None
                    else "--annuler-rencontre")
            print(f"{s.note}: {s.message} : {quoi}, ou --garder.")
        print(f"Rien n'a été écrit : dites ce que deviennent ces {len(resultat.en_suspens)} points, puis relancez.")
        return 1
    for s in resultat.gardes:
        print(f"{s.note}: gardé : {s.message} (filrouge valider le rappellera).")
    for ecrit in resultat.ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def _rouvrir(args: argparse.Namespace) -> int:
    from filrouge.cycle import rouvrir

    for ecrit in rouvrir(exiger_racine(Path.cwd()), args.dossier, _date(args), args.motif).ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def _identifiants(texte: str) -> frozenset[str]:
    return frozenset(i.strip() for i in texte.split(",") if i.strip())


def _ouvrir(args: argparse.Namespace) -> int:
    from filrouge.cycle import ouvrir

    for ecrit in ouvrir(exiger_racine(Path.cwd()), args.dossier, _date(args), args.criteres).ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def _ne_pas_ouvrir(args: argparse.Namespace) -> int:
    from filrouge.cycle import ne_pas_ouvrir

    for ecrit in ne_pas_ouvrir(exiger_racine(Path.cwd()), args.dossier, args.motif).ecrits:
        print(f"Écrit : {ecrit}")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    ouvrir = sous_parseurs.add_parser(
        "ouvrir", help="ouvre une demande : statut ouvert, date d'ouverture, critères d'activation remplis",
        description="Ouvre une demande (statut demande) : statut ouvert et date d'ouverture. Le dossier ouvert passe "
                    "les règles de filrouge valider avant d'être écrit (tous les critères d'activation remplis, "
                    "ouverture après la demande…).")
    ouvrir.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2026-007")
    ouvrir.add_argument("--date", type=francais.date_iso, metavar="AAAA-MM-JJ",
                        help="jour de l'ouverture (par défaut : aujourd'hui)")
    ouvrir.add_argument("--criteres", type=_identifiants, metavar="ID[,ID…]",
                        help="les critères d'activation vérifiés (criteres_activation de reseau.yaml), les autres "
                             "passent à false ; sans cette option, ceux du dossier tels quels")
    ouvrir.set_defaults(executer=_ouvrir)
    non = sous_parseurs.add_parser(
        "ne-pas-ouvrir", help="une demande n'est pas ouverte : statut non_ouvert, avec un motif du réseau")
    non.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2026-007")
    non.add_argument("--motif", required=True, help="un des motifs_non_ouverture de reseau.yaml (ex. saturation)")
    non.set_defaults(executer=_ne_pas_ouvrir)
    clore = sous_parseurs.add_parser(
        "clore", help="clôt la période de suivi en cours d'un dossier, avec un motif du réseau",
        description="Clôt la période de suivi en cours (episodes: de dossier.yaml), avec un motif de motifs_cloture "
                    "(reseau.yaml). Les actions encore ouvertes de la dernière note et la prochaine rencontre prévue "
                    "sont signalées une à une : dites ce qu'elles deviennent, sinon rien n'est écrit (sortie 1).")
    clore.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2019-007")
    clore.add_argument("--date", type=francais.date_iso, metavar="AAAA-MM-JJ",
                       help="jour de la clôture (par défaut : aujourd'hui)")
    clore.add_argument("--motif", required=True, help="motif de clôture, un des motifs_cloture de reseau.yaml")
    clore.add_argument("--faites", type=_numeros, default=frozenset(), metavar="N[,N…]",
                       help="actions ouvertes de la dernière note à marquer faites")
    clore.add_argument("--abandonnees", type=_numeros, default=frozenset(), metavar="N[,N…]",
                       help="actions ouvertes de la dernière note à marquer abandonnées")
    clore.add_argument("--annuler-rencontre", action="store_true",
                       help="la prochaine rencontre prévue n'aura pas lieu (engagement: false)")
    clore.add_argument("--garder", action="store_true",
                       help="garder telles quelles les actions et la rencontre non réglées (valider les rappellera)")
    clore.set_defaults(executer=_clore)
    rouvrir = sous_parseurs.add_parser(
        "rouvrir", help="rouvre un dossier clos : une nouvelle période de suivi, avec son motif",
        description="Ajoute une période de suivi au dossier clos (episodes: de dossier.yaml) : les périodes passées "
                    "et les bilans des années passées ne changent pas.")
    rouvrir.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2018-004")
    rouvrir.add_argument("--date", type=francais.date_iso, metavar="AAAA-MM-JJ",
                         help="jour de la réouverture (par défaut : aujourd'hui)")
    rouvrir.add_argument("--motif", required=True, help="pourquoi le dossier est rouvert, sans donnée identifiante")
    rouvrir.set_defaults(executer=_rouvrir)
