"""Lance les sous-commandes du bilan par un analyseur construit avec `ajouter_sous_commandes`."""

from __future__ import annotations

import argparse
import contextlib
import io

from filrouge.bilan.commande import ajouter_sous_commandes


def lancer(*arguments: str) -> tuple[int, str]:
    parseur = argparse.ArgumentParser(prog="filrouge")
    ajouter_sous_commandes(parseur.add_subparsers(dest="commande", required=True))
    args = parseur.parse_args(list(arguments))
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie):
        code = args.executer(args)
    return code, sortie.getvalue()
