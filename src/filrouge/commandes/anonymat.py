"""`filrouge anonymat [--format texte|json] FICHIER ...` : la garde d'anonymat sur des fichiers.

    0 : rien trouvé ; 1 : donnée identifiante trouvée (ou fichier illisible) ; 2 : erreur d'usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from filrouge.constat import Constat
from filrouge.mise_en_forme import pluriel

FORMATS = ("texte", "json")
CLES_JSON = ("fichier", "ligne", "colonne", "regle", "gravite", "message")


def _lire(chemin: Path, nom: str) -> tuple[str | None, str | None]:
    """(texte, None) ou (None, message d'erreur en français), par le lecteur sûr du cœur.

    `lire_texte` refuse les tubes nommés, les périphériques, les liens symboliques, les fichiers trop
    gros et ce qui n'est pas de l'UTF-8 : rien ne peut bloquer la garde.
    """
    from filrouge.lecture import ErreurLecture, lire_texte

    try:
        return lire_texte(chemin, nom), None
    except ErreurLecture as exc:
        return None, exc.constat.message


def _afficher_texte(constats: list[Constat]) -> None:
    for c in constats:
        print(f"{c.fichier}:{c.ligne}:{c.colonne}: [{c.regle}] {c.message}")


def _resume(constats: list[Constat], nb_fichiers: int, acceptes: int, illisibles: int) -> str:
    marqueurs = pluriel(acceptes, "marqueur « anonymat: ok » accepté", "marqueurs « anonymat: ok » acceptés")
    fichiers = pluriel(nb_fichiers, "fichier analysé", "fichiers analysés")
    morceaux = []
    from filrouge.anonymat.analyse import REGLE_MARQUEUR

    donnees = [c for c in constats if c.regle != REGLE_MARQUEUR]
    if donnees:
        touches = len({c.fichier for c in donnees})
        morceaux.append(
            f"{pluriel(len(donnees), 'donnée identifiante', 'données identifiantes')} "
            f"dans {pluriel(touches, 'fichier', 'fichiers')} ({fichiers})"
        )
    else:
        morceaux.append(f"Aucune donnée identifiante ({fichiers})")
    sans_raison = len(constats) - len(donnees)
    if sans_raison:
        morceaux.append(pluriel(sans_raison, "marqueur « anonymat: ok » sans raison",
                                "marqueurs « anonymat: ok » sans raison"))
    if illisibles:
        morceaux.append(pluriel(illisibles, "fichier illisible", "fichiers illisibles"))
    morceaux.append(marqueurs)
    return " ; ".join(morceaux) + "."


def executer(args: argparse.Namespace) -> int:
    from filrouge.anonymat.analyse import analyser_texte
    from filrouge.anonymat.contexte import contexte_du_depot, trouver_racine

    format_sortie = getattr(args, "format", "texte") or "texte"
    if format_sortie not in FORMATS:
        print(f"filrouge anonymat : erreur : format inconnu « {format_sortie} » (texte ou json)", file=sys.stderr)
        return 2
    fichiers = [Path(f) for f in (getattr(args, "fichiers", None) or [])]
    if not fichiers:
        print("filrouge anonymat : erreur : indiquer au moins un fichier à analyser", file=sys.stderr)
        return 2
    erreurs_usage = []
    for chemin in fichiers:
        if not chemin.exists():
            erreurs_usage.append(f"{chemin.as_posix()} : fichier introuvable")
        elif chemin.is_dir():
            erreurs_usage.append(f"{chemin.as_posix()} : c'est un dossier, pas un fichier")
    if erreurs_usage:
        for message in erreurs_usage:
            print(f"filrouge anonymat : erreur : {message}", file=sys.stderr)
        return 2

    contexte = contexte_du_depot(trouver_racine())
    for avertissement in contexte.avertissements:
        print(f"filrouge anonymat : avertissement : {avertissement}", file=sys.stderr)

    constats: list[Constat] = []
    acceptes = 0
    illisibles = 0
    for chemin in fichiers:
        nom = chemin.as_posix()
        texte, erreur = _lire(chemin, nom)
        if texte is None:
            illisibles += 1
            print(f"{nom} : erreur : {erreur}", file=sys.stderr)
            continue
        try:
            trouves, nb = analyser_texte(texte, nom, contexte)
        except Exception as exc:  # filet de sécurité : jamais de trace Python, le fichier est signalé
            illisibles += 1
            print(f"{nom} : erreur : erreur interne de la garde d'anonymat ({exc.__class__.__name__}) : fichier non vérifié", file=sys.stderr)
            continue
        constats.extend(trouves)
        acceptes += nb

    resume = _resume(constats, len(fichiers) - illisibles, acceptes, illisibles)
    if format_sortie == "json":
        print(json.dumps([{cle: getattr(c, cle) for cle in CLES_JSON} for c in constats], ensure_ascii=False, indent=2))
        print(resume, file=sys.stderr)
    else:
        _afficher_texte(constats)
        print(resume, file=sys.stderr)
    return 1 if constats or illisibles else 0


def _aide_francaise(parseur: argparse.ArgumentParser) -> None:
    if not any("-h" in action.option_strings for action in parseur._actions):
        parseur.add_argument("-h", "--help", action="help", help="Affiche cette aide et quitte.")


def ajouter(sous_parseurs: Any) -> None:
    anonymat = sous_parseurs.add_parser(
        "anonymat",
        help="cherche les données identifiantes (noms, téléphones, NISS, IBAN, adresses…) dans des fichiers",
        description=(
            "Analyse des fichiers texte (YAML, Markdown, texte) et signale les données identifiantes, "
            "masquées. Code de sortie : 0 si rien n'est trouvé, 1 si quelque chose l'est, 2 en cas d'erreur "
            "d'usage. Un faux positif relu s'accepte par un marqueur sur la même ligne : "
            "« # anonymat: ok <raison> » (YAML) ou « <!-- anonymat: ok <raison> --> » (Markdown)."
        ),
        add_help=False,
    )
    _aide_francaise(anonymat)
    anonymat.add_argument(
        "--format", default="texte", metavar="{texte,json}", help="format de sortie : texte (par défaut) ou json"
    )
    anonymat.add_argument("fichiers", nargs="*", metavar="FICHIER", help="fichiers à analyser")
    anonymat.set_defaults(executer=executer)
