"""Lance les sous-commandes du bilan et de l'impression par un analyseur qui ne connaît qu'elles."""

from __future__ import annotations

import argparse
import contextlib
import io

from filrouge.commandes import bilan, imprimer


def lancer(*arguments: str) -> tuple[int, str]:
    parseur = argparse.ArgumentParser(prog="filrouge")
    sous = parseur.add_subparsers(dest="commande", required=True)
    bilan.ajouter(sous)
    imprimer.ajouter(sous)
    args = parseur.parse_args(list(arguments))
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie):
        code = args.executer(args)
    return code, sortie.getvalue()
