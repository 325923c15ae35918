"""`filrouge proteger NOM [NOM ...]` : les vrais noms à ne jamais laisser passer, enregistrés hors du dépôt.

Les noms peuvent aussi venir de l'entrée standard, un par ligne (rien dans l'historique du
terminal). Seules des empreintes lentes et salées sont écrites, jamais un nom en clair. Avec
`--remplacer`, le fichier ne garde que les noms donnés : c'est ainsi qu'on passe d'un fichier à
l'ancien format (ou illisible) au nouveau, puisque les noms ne peuvent pas en être relus.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from filrouge.anonymat import proteges
from filrouge.disposition import trouver_racine
from filrouge.commandes.anonymat import _aide_francaise
from filrouge.mise_en_forme import pluriel


def _racine_git(depart: Path) -> Path | None:
    courant = depart.resolve()
    for dossier in (courant, *courant.parents):
        if (dossier / ".git").exists():
            return dossier
    return None


def executer(args: argparse.Namespace) -> int:
    noms = list(getattr(args, "noms", None) or [])
    if not noms or noms == ["-"]:
        if sys.stdin is None or sys.stdin.isatty():
            print(
                "filrouge proteger : erreur : indiquer au moins un nom (ou les passer sur l'entrée standard, un par ligne)",
                file=sys.stderr,
            )
            return 2
        noms = [ligne.strip() for ligne in sys.stdin.read().splitlines() if ligne.strip()]
    noms = [n for n in noms if n.strip()]
    if not noms:
        print("filrouge proteger : erreur : aucun nom reçu", file=sys.stderr)
        return 2
    chemin = Path(args.fichier).expanduser() if getattr(args, "fichier", None) else proteges.chemin_par_defaut()
    for depot in {r for r in (trouver_racine(Path.cwd().resolve()), _racine_git(Path.cwd())) if r is not None}:
        if proteges.est_dans(chemin, depot):
            print(
                f"filrouge proteger : erreur : {chemin} est dans le dépôt ({depot}) ; les noms protégés "
                f"restent hors du dépôt (par défaut {Path('~/.config/filrouge/noms_proteges.json')}, "
                f"ou la variable {proteges.VARIABLE})",
                file=sys.stderr,
            )
            return 2
    remplacer = bool(getattr(args, "remplacer", False))
    try:
        registre = proteges.NomsProteges() if remplacer else proteges.charger(chemin)
        ajoutes = sum(registre.ajouter(nom) for nom in noms)
        proteges.enregistrer(registre, chemin)
    except proteges.ErreurNomsProteges as exc:
        print(f"filrouge proteger : erreur : {exc}", file=sys.stderr)
        return 2
    print(
        f"{pluriel(len(noms), 'nom enregistré', 'noms enregistrés')} "
        f"({pluriel(ajoutes, 'nouvelle empreinte', 'nouvelles empreintes')}, {len(registre)} au total) dans {chemin}"
        f"{' (le fichier précédent est remplacé)' if remplacer else ''} ; aucun nom n'y est écrit en clair."
    )
    return 0


def ajouter(sous_parseurs: Any) -> None:
    proteger = sous_parseurs.add_parser(
        "proteger",
        help="enregistre, hors du dépôt, les vrais noms à ne jamais laisser passer (empreintes lentes et salées)",
        description=(
            "Enregistre les vrais noms du jeune et de sa famille sur ce poste, hors du dépôt, sous forme "
            "d'empreintes lentes et salées (scrypt, aucun nom en clair). La garde d'anonymat les reconnaît "
            f"ensuite quelle que soit leur casse ou leur graphie. Fichier : ${proteges.VARIABLE}, sinon "
            "~/.config/filrouge/noms_proteges.json. Sans NOM, les noms sont lus sur l'entrée standard (un par "
            "ligne), ce qui évite de les laisser dans l'historique du terminal."
        ),
        add_help=False,
    )
    _aide_francaise(proteger)
    proteger.add_argument("--fichier", metavar="CHEMIN", help="fichier des noms protégés (hors du dépôt)")
    proteger.add_argument(
        "--remplacer",
        action="store_true",
        help="remplace le fichier par les seuls noms donnés (fichier à l'ancien format ou illisible, nom à retirer)",
    )
    proteger.add_argument("noms", nargs="*", metavar="NOM", help="nom ou prénom à protéger (« - » : entrée standard)")
    proteger.set_defaults(executer=executer)
