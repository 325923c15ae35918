#!/usr/bin/env python3
"""Chaque forme pathologique des essais de linéarité, lue à 100 Ko puis à 1 Mo (la taille maximale d'un fichier).

    .venv/bin/python scripts/bench_lineaire.py [--forme NOM ...]

Les essais (`tests/anonymat/test_temps_lineaire.py`) comparent deux tailles dans un rapport de dix, à partir de
10 Ko pour tenir la suite en quelques minutes ; ce banc lit les mêmes formes aux tailles de l'issue 15 et
affiche, pour chacune, le temps processeur aux deux tailles et leur rapport (≈ 10 si la lecture est linéaire,
≈ 100 si elle est quadratique). Chiffres relevés dans docs/bench/anonymat.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))
sys.path.insert(0, str(RACINE))

_SPEC = importlib.util.spec_from_file_location("lineaire", RACINE / "tests" / "anonymat" / "test_temps_lineaire.py")
lineaire = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(lineaire)


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--forme", nargs="*", default=sorted(lineaire.FORMES) + sorted(lineaire.FORMES_CONSTRUITES))
    args = parseur.parse_args()
    pire = 0.0
    print(f"{'forme':<28} {'100 Ko':>9} {'1 Mo':>9} {'rapport':>8}")
    for forme in args.forme:
        construire, _, fichier = lineaire.forme_a_construire(forme)
        lire = lineaire._lire
        lire(construire(lineaire.KO), fichier)  # listes de noms chargées avant de mesurer
        petit = min(lineaire._temps(lire, construire(100 * lineaire.KO), fichier) for _ in range(3))
        grand = lineaire._temps(lire, construire(1000 * lineaire.KO), fichier)
        pire = max(pire, grand / petit)
        print(f"{forme:<28} {petit:>8.3f}s {grand:>8.3f}s {grand / petit:>7.1f}×", flush=True)
    print(f"pire rapport : {pire:.1f}× (linéaire ≈ 10, quadratique ≈ 100)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
