#!/usr/bin/env python3
"""Banc d'essai du portail : Filrouge face à mkdocs-material seul, sur les mêmes pages.

1. Génère N dossiers (scripts/generer_volume.py) et y copie mkdocs.yml, hooks/ et docs/ du projet.
2. Construit le portail Filrouge (`filrouge portail construire --sortie …`), médiane de R constructions.
3. Écrit les MÊMES pages en Markdown statique, comme si elles avaient été écrites à la main :
   le squelette de chaque page générée avec ses blocs HTML mis à la place des jetons, les
   pages de docs/ avec leurs marques {{ reseau.… }} déjà remplacées, et les mêmes fichiers
   publiés tels quels (formulaires, calendriers, versions imprimables, CSV du bilan, feuille
   de style) ; même mkdocs.yml, sans le crochet. Construit ce site avec mkdocs-material
   seul (`mkdocs build`), mesuré de la même façon.
4. Affiche les deux médianes et leur rapport (objectif : ≤ 1,3), puis le temps du bilan
   annuel seul (calcul, graphiques SVG, CSV de toutes les années ; objectif : < 10 % du portail).

    .venv/bin/python scripts/bench_portail.py --nombre 1000 --repetitions 3
    .venv/bin/python scripts/bench_portail.py --nombre 1000 --profil /tmp/portail.prof   # cProfile d'une construction
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

RACINE_PROJET = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(RACINE_PROJET / "scripts"))

from generer_volume import generer  # noqa: E402

AUJOURDHUI = "2026-11-24"
"""Date de référence fixe : les mesures ne dépendent pas du jour où on les lance."""
BIN = Path(sys.executable).parent


def _environnement() -> dict[str, str]:
    env = {**os.environ, "FILROUGE_AUJOURDHUI": AUJOURDHUI, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("FILROUGE_POUR", None)
    return env


SANS_BILAN = """
import sys
from pathlib import Path
from filrouge.portail import annexes
from filrouge.commandes.portail import construire
annexes.bilans = lambda pub, aujourdhui: []  # le même portail, sans la section Bilan
construire(Path("mkdocs.yml"), Path(sys.argv[1]))
"""
"""Le portail sans bilan, pour mesurer ce que le bilan ajoute au temps de construction (mur)."""


def _chronometrer(commande: list[str], cwd: Path, repetitions: int) -> list[float]:
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        resultat = subprocess.run(commande, cwd=cwd, env=_environnement(), capture_output=True, text=True)
        durees.append(time.perf_counter() - debut)
        if resultat.returncode != 0:
            raise SystemExit(f"échec de {' '.join(commande)} :\n{resultat.stderr[-3000:]}")
    return durees


def preparer_depot(racine: Path, nombre: int) -> None:
    generer(racine, nombre)
    shutil.copy2(RACINE_PROJET / "mkdocs.yml", racine / "mkdocs.yml")
    shutil.copytree(RACINE_PROJET / "hooks", racine / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(RACINE_PROJET / "docs", racine / "docs", ignore=shutil.ignore_patterns("bench"))


def ecrire_site_statique(racine: Path, cible: Path) -> int:
    """Le même contenu que le portail, en fichiers écrits « à la main » : renvoie le nombre de pages."""
    from mkdocs.config import load_config

    from filrouge.portail import annexes, guide, modeles, pages
    from filrouge.portail.reglages import lire_reglages
    from filrouge.publication import charger

    os.environ.update(_environnement())
    reglages = lire_reglages()
    complete = charger(racine, garde=True)
    pub = complete.restreinte(reglages.pour)
    config = load_config(str(racine / "mkdocs.yml"))
    docs = cible / "docs"
    shutil.copytree(racine / "docs", docs)
    for page in docs.rglob("*.md"):
        page.write_text(guide.remplacer(page.read_text(encoding="utf-8"), pub.config, reglages.aujourdhui,
                                        page.relative_to(cible).as_posix()), encoding="utf-8")
    bilans = annexes.bilans(complete, reglages.aujourdhui)
    generees = pages.generer(pub, reglages, config.use_directory_urls, bilans=bilans)
    for page in generees:
        texte = page.markdown
        for jeton, bloc in page.blocs.items():
            texte = texte.replace(jeton, pages.contenu_bloc(bloc))
        _ecrire(docs / page.src_uri, texte)
    fichiers: dict[str, str | bytes] = {
        **{f"{modeles.REPERTOIRE}/{nom}": contenu for nom, contenu in modeles.formulaires(pub, reglages.aujourdhui).items()},
        **annexes.calendriers(pub, reglages.aujourdhui), **annexes.impressions(pub),
        **annexes.csv_bilans(bilans),
        "assets/filrouge/portail.css": (RACINE_PROJET / "src/filrouge/portail/ressources/portail.css").read_text(encoding="utf-8"),
    }
    for uri, contenu in fichiers.items():
        _ecrire(docs / uri, contenu)
    # Même configuration, sans le crochet ; la feuille de style que le crochet ajoute devient un extra_css.
    texte = (racine / "mkdocs.yml").read_text(encoding="utf-8")
    texte = re.sub(r"^hooks:\n(?:  - .*\n)+", "", texte, flags=re.M)
    reglages_yaml = yaml.safe_load(texte)
    assert "hooks" not in reglages_yaml, "le crochet doit être retiré de la configuration statique"
    (cible / "mkdocs.yml").write_text(texte + "extra_css:\n  - assets/filrouge/portail.css\n", encoding="utf-8")
    return len(generees) + sum(1 for _ in (racine / "docs").rglob("*.md"))


def _ecrire(chemin: Path, contenu: str | bytes) -> None:
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(contenu, bytes):
        chemin.write_bytes(contenu)
    else:
        chemin.write_text(contenu, encoding="utf-8")


def mesurer_bilan(racine: Path, repetitions: int) -> tuple[float, int]:
    """Le bilan seul, tel que le portail le construit : toutes les années, page HTML (SVG) et CSV."""
    from filrouge.bilan.calcul import calculer
    from filrouge.bilan.page import page_bilan
    from filrouge.portail import annexes
    from filrouge.portail.reglages import lire_reglages
    from filrouge.publication import charger

    os.environ.update(_environnement())
    aujourdhui = lire_reglages().aujourdhui
    pub = charger(racine)
    page_bilan(calculer(pub, 2019))  # imports et cache des polices de matplotlib, payés aussi par le portail
    durees, annees = [], 0
    for _ in range(repetitions):
        debut = time.perf_counter()
        publies = annexes.bilans(pub, aujourdhui)
        for b in publies:
            page_bilan(b.bilan)  # type: ignore[arg-type]
        annexes.csv_bilans(publies)
        durees.append(time.perf_counter() - debut)
        annees = len(publies)
    return statistics.median(durees), annees


def profiler(racine: Path, sortie: Path, fichier: Path) -> None:
    import cProfile
    import pstats

    from filrouge.commandes.portail import construire

    os.environ.update(_environnement())
    os.chdir(racine)
    profil = cProfile.Profile()
    profil.runcall(construire, racine / "mkdocs.yml", sortie)
    profil.dump_stats(fichier)
    pstats.Stats(profil).sort_stats("cumulative").print_stats(40)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description="Mesure le portail Filrouge face à mkdocs-material seul.")
    parseur.add_argument("--nombre", type=int, default=1000, help="dossiers générés (1000)")
    parseur.add_argument("--repetitions", type=int, default=3, help="constructions par mesure, médiane (3)")
    parseur.add_argument("--garder", type=Path, help="répertoire où laisser dépôt et sites (sinon temporaire)")
    parseur.add_argument("--profil", type=Path, help="profile une construction du portail (cProfile) et s'arrête")
    args = parseur.parse_args(argv)
    with tempfile.TemporaryDirectory() as temporaire:
        base = args.garder or Path(temporaire)
        base.mkdir(parents=True, exist_ok=True)
        racine, statique = base / "depot", base / "statique"
        for chemin in (racine, statique, base / "site-filrouge", base / "site-statique"):
            shutil.rmtree(chemin, ignore_errors=True)
        preparer_depot(racine, args.nombre)
        if args.profil:
            profiler(racine, base / "site-filrouge", args.profil)
            return 0
        commande_filrouge = [str(BIN / "filrouge"), "portail", "construire", "--sortie", str(base / "site-filrouge")]
        commande_sans_bilan = [sys.executable, "-c", SANS_BILAN, str(base / "site-sans-bilan")]
        nombre_pages = ecrire_site_statique(racine, statique)
        commande_simple = [str(BIN / "mkdocs"), "build", "--quiet", "--strict", "--site-dir", str(base / "site-statique")]
        # Les trois constructions alternent, pour qu'une charge passagère de la machine les touche toutes.
        filrouge, simple, sans_bilan = [], [], []
        for _ in range(args.repetitions):
            filrouge += _chronometrer(commande_filrouge, racine, 1)
            simple += _chronometrer(commande_simple, statique, 1)
            sans_bilan += _chronometrer(commande_sans_bilan, racine, 1)
        bilan, annees = mesurer_bilan(racine, args.repetitions)
        m_filrouge, m_simple, m_sans = statistics.median(filrouge), statistics.median(simple), statistics.median(sans_bilan)
        print(f"{args.nombre} dossiers générés, {nombre_pages} pages ; médiane de {args.repetitions} constructions "
              f"(date de référence {AUJOURDHUI}) :")
        print(f"  portail Filrouge (filrouge portail construire) : {m_filrouge:6.2f} s  "
              f"({', '.join(f'{d:.2f}' for d in filrouge)})")
        print(f"  mkdocs-material seul, mêmes pages statiques     : {m_simple:6.2f} s  "
              f"({', '.join(f'{d:.2f}' for d in simple)})")
        print(f"  rapport Filrouge / statique                     : {m_filrouge / m_simple:6.2f}  (objectif ≤ 1,3)")
        print(f"  portail sans la section Bilan                   : {m_sans:6.2f} s  "
              f"({', '.join(f'{d:.2f}' for d in sans_bilan)})")
        print(f"  temps ajouté par le bilan ({annees} années)          : {m_filrouge - m_sans:6.2f} s  "
              f"= {100 * (m_filrouge - m_sans) / m_sans:+.1f} % (objectif < 10 %)")
        print(f"  bilan seul, calcul séquentiel (SVG + CSV)       : {bilan:6.2f} s  "
              f"(temps processeur, en partie dans un processus fils pendant la construction)")
        print(f"  un bilan (une année) en moyenne                 : {bilan / max(annees, 1):6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
