"""`filrouge valider [--format texte|json] [CHEMIN ...]` : schéma, règles métier et anonymat, sans rien écrire.

Sortie 0 sans erreur, 1 s'il y a au moins une erreur, 2 pour une erreur d'utilisation ou de
configuration. Format texte fixe (`fichier:ligne: [regle] message`), résumé sur la sortie
d'erreur ; format JSON au contrat fixe (voir `rapport`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filrouge.constat import Constat
from filrouge.disposition import exiger_racine
from filrouge.mise_en_forme import pluriel
from filrouge.rapport import en_json, en_texte, resume


def executer(args: argparse.Namespace) -> int:
    from filrouge.verdict import relever

    racine = exiger_racine(Path.cwd())
    for chemin in args.chemins:
        if not chemin.exists() and not chemin.is_symlink():
            print(f"{chemin}: chemin introuvable.", file=sys.stderr)
            return 2
    releve = None if args.chemins else relever(racine)
    constats = releve.constats if releve is not None else None
    if constats is None:  # quelque chose a changé : la validation (incrémentale) charge modèle, règles et garde
        from filrouge import motifs

        motifs.precharger()
        from filrouge.validation import valider

        constats = valider(racine, args.chemins, releve=releve)
        motifs.garder()
    erreur = any(c.est_erreur for c in constats)
    if args.avant_commit:
        return _avant_commit(racine, constats, erreur)
    if args.format == "json":
        print(en_json(constats))
    else:
        if constats:
            print(en_texte(constats))
        print(resume(constats), file=sys.stderr)
    return 1 if erreur else 0


def _avant_commit(racine: Path, constats: list[Constat], erreur: bool) -> int:
    """Le hook pre-commit : les avertissements des dossiers que le commit ne touche pas sont tus, et une
    phrase française dit, en dernier, si le commit est enregistré et quoi faire sinon."""
    from filrouge.gitinfo import fichiers_indexes
    from filrouge.verdict import limiter_au_commit

    indexes = fichiers_indexes(racine)
    tus = 0
    if indexes is not None:
        constats, tus = limiter_au_commit(constats, indexes)
    if constats:
        print(en_texte(constats))
    bilan = resume(constats)
    if tus:
        bilan = bilan.rstrip(".") + (f" ; {pluriel(tus, 'avertissement', 'avertissements')} d'autres dossiers non "
                                     "montrés (filrouge valider les montre tous).")
    print(bilan)
    if erreur:
        print("Le commit n'a pas été enregistré : corrigez ce qui est signalé ci-dessus, puis ajoutez les fichiers "
              "corrigés (git add) et relancez git commit. Une correction qui n'est pas ajoutée avec git add n'est "
              "pas vue par cette vérification.")
    return 1 if erreur else 0


def ajouter(sous_parseurs: Any) -> None:
    valider = sous_parseurs.add_parser("valider", help="vérifie les dossiers (schéma, règles métier, anonymat)",
                                       description="Vérifie le dépôt depuis sa racine. Sortie 0 : aucune erreur ; "
                                                   "1 : au moins une erreur ; 2 : erreur d'utilisation ou de configuration.")
    valider.add_argument("--format", choices=("texte", "json"), default="texte", help="format de sortie (texte par défaut)")
    valider.add_argument("--avant-commit", action="store_true",
                         help="pour le hook pre-commit : tait les avertissements des dossiers que le commit ne touche "
                              "pas et dit en français si le commit est refusé")
    valider.add_argument("chemins", nargs="*", type=Path, metavar="CHEMIN",
                         help="fichiers ou dossiers à vérifier (par défaut : tout le dépôt)")
    valider.set_defaults(executer=executer)
