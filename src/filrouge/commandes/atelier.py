"""`filrouge atelier` : l'espace de travail quotidien du casemanager, dans son navigateur, sur son clone."""

from __future__ import annotations

import argparse
import importlib.util
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine
from filrouge.francais import ErreurUtilisation

MODULES = ("starlette", "uvicorn", "jinja2", "ruamel.yaml", "multipart")


def _executer(args: argparse.Namespace) -> int:
    manquants = [m for m in MODULES if importlib.util.find_spec(m.split(".")[0]) is None
                 or importlib.util.find_spec(m) is None]
    if manquants:
        raise ErreurUtilisation(f"filrouge atelier a besoin de {', '.join(manquants)}, qui n'est pas installé : installez "
                                "filrouge avec l'extra atelier (pip install \"filrouge[atelier]\", ou la même source avec "
                                "[atelier]) ; dans un clone de filrouge, bash scripts/installer.sh le fait.")
    from filrouge.atelier.serveur import servir

    servir(exiger_racine(Path.cwd()), args.adresse, not args.sans_navigateur)
    return 0


def ajouter(sous_parseurs: Any) -> None:
    from filrouge.atelier.serveur import ADRESSE_PAR_DEFAUT

    atelier = sous_parseurs.add_parser("atelier", help="ouvre l'atelier du casemanager dans le navigateur (serveur local)")
    atelier.add_argument("--adresse", default=ADRESSE_PAR_DEFAUT,
                         help=f"hôte:port d'écoute, sur cet ordinateur seulement (par défaut {ADRESSE_PAR_DEFAUT})")
    atelier.add_argument("--sans-navigateur", action="store_true", help="n'ouvre pas le navigateur")
    atelier.set_defaults(executer=_executer)
