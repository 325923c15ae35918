#!/usr/bin/env python3
"""Mesure `filrouge valider` sur 1 000 dossiers générés (environ 7 000 fichiers), côte à côte avec ses références.

Sur les mêmes fichiers :
- l'analyse YAML nue de PyYAML (CLoader, libyaml), sans rien vérifier : la référence ;
- la validation à froid (cache vide) : lecture sûre, schéma, règles, garde d'anonymat ;
- la validation à chaud, après la modification d'un seul fichier ;
- la commande à chaud sans aucun changement (le verdict gardé, ce que voit le hook après l'atelier) ;
- `pre-commit run` après la modification d'un fichier, avec le hook filrouge-valider tel que le publie
  .pre-commit-hooks.yaml (`filrouge valider --avant-commit`, `pass_filenames: false`, `require_serial`), face
  au même `pre-commit run` avec check-jsonschema sur ce seul fichier.
Temps processeur (processus et processus fils, ce que la machine dépense) et temps écoulé, médiane de
plusieurs passages, avec la charge de la machine. Les processus fils gardent leur bytecode compilé (sans
PYTHONDONTWRITEBYTECODE), comme sur un poste ordinaire. Les chiffres retenus sont notés dans
docs/bench/validation.md.

    python scripts/bench_valider.py [--nombre 1000] [--repetitions 3]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
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

from filrouge import cache_validation  # noqa: E402
from filrouge.validation import valider  # noqa: E402

Mesure = tuple[float, float]
"""(temps processeur, temps écoulé), en secondes."""


def processeur() -> float:
    """Temps processeur de ce processus et de ses fils terminés (git, pre-commit, le hook, le fils de la garde)."""
    soi, fils = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return soi.ru_utime + soi.ru_stime + fils.ru_utime + fils.ru_stime


def mesurer(action: Callable[[], object], repetitions: int, avant: Callable[[], object] = lambda: None) -> Mesure:
    cpu, mur = [], []
    for _ in range(repetitions):
        avant()
        debut_cpu, debut = processeur(), time.perf_counter()
        action()
        cpu.append(processeur() - debut_cpu)
        mur.append(time.perf_counter() - debut)
    return statistics.median(cpu), statistics.median(mur)


def analyse_nue(fichiers: list[Path]) -> None:
    for chemin in fichiers:
        texte = chemin.read_text(encoding="utf-8")
        if chemin.suffix == ".yaml":
            yaml.load(texte, Loader=yaml.CLoader)


CONFIG_PRECOMMIT = """repos:
  - repo: local
    hooks:
      - id: {id}
        name: {id}
        entry: {entree}
        language: system
        pass_filenames: {fichiers}
        require_serial: true
        files: ^dossiers/
"""


def precommit(racine: Path, id_hook: str, entree: str, passer: bool, fichier: Path, repetitions: int) -> Mesure:
    """`pre-commit run --files FICHIER` avec un seul hook local, après modification du fichier."""
    config = racine / f".pre-commit-{id_hook}.yaml"
    config.write_text(CONFIG_PRECOMMIT.format(id=id_hook, entree=entree, fichiers=str(passer).lower()), encoding="utf-8")
    binaire = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{binaire}{os.pathsep}{os.environ['PATH']}", "PRE_COMMIT_HOME": str(racine.parent / "pc")}
    commande = [str(binaire / "pre-commit"), "run", "--config", str(config), "--files", str(fichier.relative_to(racine))]

    def toucher() -> None:
        fichier.write_text(fichier.read_text(encoding="utf-8").replace("Sessions", "sessions", 1)
                           .replace("  ", "  ", 1) + "\n", encoding="utf-8")

    subprocess.run(commande, cwd=racine, env=env, capture_output=True)  # installe l'environnement une fois
    return mesurer(lambda: subprocess.run(commande, cwd=racine, env=env, capture_output=True), repetitions, toucher)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parseur.add_argument("--nombre", type=int, default=1000)
    parseur.add_argument("--repetitions", type=int, default=3)
    args = parseur.parse_args(argv)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as temporaire:
        os.environ["XDG_CACHE_HOME"] = str(Path(temporaire) / "cache")
        racine = Path(temporaire) / "depot"
        generer(racine, args.nombre)
        fichiers = sorted(p for p in (racine / "dossiers").rglob("*") if p.suffix in (".yaml", ".md") and "pieces" not in p.parts)
        cible = sorted((racine / "dossiers").glob("*/concertations/*.yaml"))[len(fichiers) // 14]
        print(f"{args.nombre} dossiers, {len(fichiers)} fichiers lus, {args.repetitions} passages (médiane)\n")
        nue = mesurer(lambda: analyse_nue(fichiers), args.repetitions)
        vider = lambda: shutil.rmtree(cache_validation.repertoire(), ignore_errors=True)  # noqa: E731
        froid = mesurer(lambda: valider(racine), args.repetitions, vider)

        def modifier() -> None:
            cible.write_text(cible.read_text(encoding="utf-8") + "\n", encoding="utf-8")

        valider(racine)
        chaud = mesurer(lambda: valider(racine), args.repetitions, modifier)
        commande = mesurer(lambda: subprocess.run([sys.executable, "-m", "filrouge", "valider"], cwd=racine,
                                                  capture_output=True), args.repetitions, modifier)
        inchange = mesurer(lambda: subprocess.run([sys.executable, "-m", "filrouge", "valider"], cwd=racine,
                                                  capture_output=True), args.repetitions)
        subprocess.run(["git", "init", "-q"], cwd=racine, check=True)
        subprocess.run(["git", "add", "-A"], cwd=racine, check=True)
        hook = precommit(racine, "filrouge-valider", "filrouge valider --avant-commit", False, cible, args.repetitions)
        schema = precommit(racine, "check-jsonschema", "check-jsonschema --schemafile schemas/concertation.schema.json",
                           True, cible, args.repetitions)
        lignes = [
            ("PyYAML CLoader, analyse nue", nue),
            ("filrouge valider à froid (cache vide, en processus)", froid),
            ("filrouge valider à chaud, un fichier changé (en processus)", chaud),
            ("filrouge valider à chaud (commande, démarrage compris)", commande),
            ("filrouge valider, commande, rien de changé (verdict gardé)", inchange),
            ("pre-commit run, hook filrouge-valider, un fichier changé", hook),
            ("pre-commit run, check-jsonschema sur ce fichier", schema),
        ]
        print(f"{'':62} {'processeur':>10} {'écoulé':>8}")
        for libelle, (cpu, mur) in lignes:
            print(f"{libelle:62} {cpu:9.2f} s {mur:7.2f} s")
        print(f"\nà froid / analyse nue (processeur) : {froid[0] / nue[0]:.2f}×   (objectif ≤ 2)")
        print(f"à chaud / analyse nue (processeur) : {chaud[0] / nue[0]:.2f}×   (objectif ≤ 0,3)")
        print(f"pre-commit filrouge / check-jsonschema : processeur {hook[0] / schema[0]:.2f}×, écoulé "
              f"{hook[1] / schema[1]:.2f}×   (objectif ≤ 1,2)")
        print("charge de la machine à la fin (uptime) : " + " ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
