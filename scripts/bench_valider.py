#!/usr/bin/env python3
"""Mesure `filrouge valider` sur 1 000 dossiers générés (environ 7 000 fichiers).

Trois références sur les mêmes fichiers :
- l'analyse YAML nue de PyYAML (CLoader, libyaml), sans rien vérifier ;
- check-jsonschema avec les schémas générés (schéma seul, sans règle métier) ;
- filrouge valider : lecture sûre, schéma, 47 règles métier, garde d'anonymat.

Chaque mesure est la médiane de plusieurs passages. Les chiffres retenus sont notés dans
docs/bench/validation.md.

    python scripts/bench_valider.py [--nombre 1000] [--repetitions 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from generer_volume import generer  # noqa: E402

from filrouge.depot import charger_depot  # noqa: E402
from filrouge.regles import appliquer  # noqa: E402
from filrouge.validation import valider_depot  # noqa: E402


def mesurer(action: Callable[[], object], repetitions: int) -> float:
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        action()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def analyse_nue(fichiers: list[Path]) -> None:
    for chemin in fichiers:
        texte = chemin.read_text(encoding="utf-8")
        if chemin.suffix == ".yaml":
            yaml.load(texte, Loader=yaml.CLoader)


def check_jsonschema(racine: Path) -> None:
    groupes = {
        "dossier": sorted(racine.glob("dossiers/*/dossier.yaml")),
        "preparation": sorted(racine.glob("dossiers/*/preparation.yaml")),
        "concertation": sorted(racine.glob("dossiers/*/concertations/*.yaml")),
        "financement": sorted(racine.glob("dossiers/*/financements/*.yaml")),
    }
    for nom, fichiers in groupes.items():
        subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(racine / "schemas" / f"{nom}.schema.json"),
                        *map(str, fichiers)], check=True, capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parseur.add_argument("--nombre", type=int, default=1000)
    parseur.add_argument("--repetitions", type=int, default=3)
    args = parseur.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporaire:
        racine = Path(temporaire) / "depot"
        generer(racine, args.nombre)
        fichiers = sorted(p for p in (racine / "dossiers").rglob("*") if p.suffix in (".yaml", ".md") and "pieces" not in p.parts)
        print(f"{args.nombre} dossiers, {len(fichiers)} fichiers lus, {args.repetitions} passages (médiane)\n")
        nue = mesurer(lambda: analyse_nue(fichiers), args.repetitions)
        depot = charger_depot(racine)
        chargement = mesurer(lambda: charger_depot(racine), args.repetitions)
        regles = mesurer(lambda: appliquer(depot), args.repetitions)
        complet = mesurer(lambda: valider_depot(charger_depot(racine)), args.repetitions)
        commande = mesurer(lambda: subprocess.run([sys.executable, "-m", "filrouge", "valider"], cwd=racine,
                                                  capture_output=True, check=False), args.repetitions)
        schema = mesurer(lambda: check_jsonschema(racine), max(1, args.repetitions - 2))
        lignes = [
            ("PyYAML CLoader, analyse nue", nue),
            ("filrouge : lecture sûre + schéma (pydantic)", chargement),
            ("filrouge : règles métier", regles),
            ("filrouge : validation complète (en processus)", complet),
            ("filrouge valider (commande, démarrage compris)", commande),
            ("check-jsonschema (schéma seul, 4 commandes)", schema),
        ]
        for libelle, duree in lignes:
            print(f"{libelle:50} {duree:7.2f} s")
        print(f"\nvalidation complète / analyse nue : {complet / nue:.2f}×")
        print(f"commande filrouge / analyse nue : {commande / nue:.2f}×")
        print(f"check-jsonschema / commande filrouge : {schema / commande:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
