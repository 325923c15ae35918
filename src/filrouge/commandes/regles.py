"""`filrouge regles [ID] [--format texte|json]` : le catalogue de tout identifiant que l'outil peut émettre.

Sans ID : une ligne par règle (identifiant, gravité, résumé). Avec un ID : sa fiche (pourquoi,
exemple fautif, correction, clés de reseau.yaml lues). Sortie 2 pour un identifiant inconnu.
"""

from __future__ import annotations

import argparse
import difflib
import json
from typing import Any

from filrouge.francais import ErreurUtilisation


def _texte(fiche: Any) -> str:
    lignes = [f"{fiche.id} ({fiche.gravite}{', réglable par le réseau' if fiche.reglable else ''})", "",
              fiche.resume, "", f"Pourquoi : {fiche.pourquoi}", "", "Exemple fautif :",
              *(f"    {ligne}" for ligne in fiche.exemple.splitlines()), "", f"Correction : {fiche.correction}"]
    if fiche.configuration:
        lignes += ["", "Configuration (reseau.yaml) : " + ", ".join(fiche.configuration)]
    return "\n".join(lignes)


def executer(args: argparse.Namespace) -> int:
    from filrouge.catalogue import fiche, fiches

    if args.id is None:
        if args.format == "json":
            print(json.dumps([f.en_dict() for f in fiches().values()], ensure_ascii=False, indent=2))
        else:
            for f in fiches().values():
                print(f"{f.id:40} {f.gravite:14} {f.resume}")
        return 0
    trouvee = fiche(args.id)
    if trouvee is None:
        proches = difflib.get_close_matches(args.id, list(fiches()), n=1)
        suggestion = f" : vouliez-vous dire « {proches[0]} » ?" if proches else " (« filrouge regles » les liste)."
        raise ErreurUtilisation(f"règle inconnue « {args.id} »{suggestion}")
    print(json.dumps(trouvee.en_dict(), ensure_ascii=False, indent=2) if args.format == "json" else _texte(trouvee))
    return 0


def ajouter(sous_parseurs: Any) -> None:
    regles = sous_parseurs.add_parser(
        "regles", help="le catalogue des règles : identifiant, gravité, pourquoi, comment corriger",
        description="Sans argument : une ligne par règle. Avec un identifiant : sa fiche complète.")
    regles.add_argument("id", nargs="?", metavar="ID", help="identifiant d'une règle, ex. financement.plafond")
    regles.add_argument("--format", choices=("texte", "json"), default="texte", help="format de sortie (texte par défaut)")
    regles.set_defaults(executer=executer)
