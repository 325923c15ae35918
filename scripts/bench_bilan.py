#!/usr/bin/env python3
"""Mesure le coût du bilan annuel pour N dossiers générés (scripts/generer_volume.py).

Objectif du ticket : construire le bilan ajoute moins de 10 % au temps de construction du
portail. On mesure ici le bilan seul (calcul + graphiques SVG + CSV), sur un dépôt déjà
chargé (le portail charge le dépôt une fois pour toutes ses pages) ; le temps du portail
vient de son propre banc d'essai (ou de --portail, qui lance `filrouge portail construire`).

    python scripts/bench_bilan.py --nombre 1000 [--portail]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE_PROJET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE_PROJET / "scripts"))

from generer_volume import generer  # noqa: E402

from filrouge.bilan.calcul import calculer  # noqa: E402
from filrouge.bilan.page import page_bilan  # noqa: E402
from filrouge.bilan.rendu_csv import tableaux_csv  # noqa: E402
from filrouge.publication import charger  # noqa: E402


def _mesurer(fonction, repetitions: int) -> float:
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        fonction()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description="Mesure le temps du bilan annuel sur des dossiers générés.")
    parseur.add_argument("--nombre", type=int, default=1000)
    parseur.add_argument("--annee", type=int, default=2019)
    parseur.add_argument("--repetitions", type=int, default=5)
    parseur.add_argument("--portail", action="store_true", help="mesure aussi `filrouge portail construire`")
    args = parseur.parse_args(argv)
    with tempfile.TemporaryDirectory() as dossier:
        racine = Path(dossier) / "depot"
        generer(racine, args.nombre)
        debut = time.perf_counter()
        depot = charger(racine)
        chargement = time.perf_counter() - debut
        page_bilan(calculer(depot, args.annee))  # premier appel : imports et cache des polices de matplotlib
        calcul = _mesurer(lambda: calculer(depot, args.annee), args.repetitions)

        def complet() -> None:
            bilan = calculer(depot, args.annee)
            page_bilan(bilan)
            tableaux_csv(bilan)

        total = _mesurer(complet, args.repetitions)
        print(f"{args.nombre} dossiers générés, bilan {args.annee} (médiane de {args.repetitions}) :")
        print(f"  chargement et vue publiable (partagés avec le portail) : {chargement:.3f} s")
        print(f"  calcul du bilan                               : {calcul * 1000:.1f} ms")
        print(f"  bilan complet (calcul + 3 SVG + page + CSV)   : {total * 1000:.1f} ms")
        if args.portail:
            for nom in ("mkdocs.yml", "hooks", "docs"):  # la configuration du portail du projet
                source = RACINE_PROJET / nom
                if source.is_dir():
                    shutil.copytree(source, racine / nom, dirs_exist_ok=True)
                elif source.is_file():
                    shutil.copy2(source, racine / nom)
            debut = time.perf_counter()
            resultat = subprocess.run([str(RACINE_PROJET / ".venv" / "bin" / "filrouge"), "portail", "construire"],
                                      cwd=racine, capture_output=True, text=True)
            portail = time.perf_counter() - debut
            if resultat.returncode != 0:
                print(f"  portail : échec ({resultat.returncode}) : {resultat.stderr.strip()[:300]}")
                return 1
            print(f"  construction du portail                       : {portail:.2f} s")
            print(f"  part du bilan                                 : {100 * total / portail:.1f} % (objectif < 10 %)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
