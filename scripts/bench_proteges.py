#!/usr/bin/env python3
"""Noms protégés : ce que coûte la garde dans `filrouge valider`, et ce que coûte une attaque du fichier.

1. `filrouge valider` sur le dépôt de démonstration, à froid (cache de validation vidé avant chaque
   passage, listes de noms de Faker déjà en cache), en processus séparés, médiane de plusieurs passages :
   sans la garde d'anonymat, avec la garde sans noms protégés, avec la garde et un registre réaliste
   de 12 noms fictifs (`REGISTRE`), pour chaque valeur de n demandée (scrypt, r=8, p=1).
2. L'attaque : un fichier de noms protégés et une liste de noms candidats (prénoms et noms de famille
   de tous les pays de Faker) ; on essaie chaque candidat comme le ferait la garde. Avant (ancien
   format : SHA-256 salé du mot et de son squelette) et après (scrypt, une dérivation par candidat).
   Listes normalisées d'avance (ce travail ne dépend pas du fichier) ; code Python sur un cœur : une
   borne haute du temps d'un attaquant, qui irait plus vite sur plusieurs cœurs ou une carte graphique.

    .venv/bin/python scripts/bench_proteges.py [--repetitions 5] [--n 16 32 64] [--prenoms 10000] [--avant REF]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import os
import pkgutil
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))

from filrouge.anonymat.normalisation import compacter, squelette  # noqa: E402
from filrouge.anonymat.proteges import (  # noqa: E402
    DERIVATION, LONGUEUR_MIN, LONGUEUR_MIN_SQUELETTE, Derivation, NomsProteges, cle, decouper, enregistrer)

REGISTRE = [
    "Zoltanne Kwasniewska", "Marie-Ève Van den Bossche", "Nathan Dewulf", "Cindy Charlier",
    "Anne-Sophie Dierickx", "Hamza Kovačević", "Plamedi Diallo", "Oussama Azzouzi",
    "Maëlys Tchakounté", "Gaëtan Wauthelet", "Loïc Pirsoul", "Aimée Vandeputte",
]
"""Un jeune, sa famille et leurs proches : douze noms fictifs (ceux du corpus de la garde)."""

_VALIDER = "import sys; from filrouge import cli; sys.exit(cli.main(['valider']))"
_VALIDER_SANS_GARDE = (
    "import sys; from filrouge import cli, validation; validation._preparer_garde = lambda racines: None; "
    "validation._garde_sans_fils = lambda depot: []; sys.exit(cli.main(['valider']))"
)


# --- 1. filrouge valider -------------------------------------------------------------------------
def _registre(derivation: Derivation, chemin: Path) -> Path:
    registre = NomsProteges(derivation=derivation)
    for nom in REGISTRE:
        registre.ajouter(nom)
    return enregistrer(registre, chemin)


def _passage(code: str, env: dict[str, str], cache: Path) -> float:
    shutil.rmtree(cache / "filrouge" / "validation", ignore_errors=True)
    debut = time.perf_counter()
    fini = subprocess.run([sys.executable, "-c", code], cwd=RACINE, env=env, capture_output=True, text=True)
    duree = time.perf_counter() - debut
    if fini.returncode not in (0, 1):
        raise SystemExit(f"filrouge valider a échoué ({fini.returncode}) : {fini.stderr.strip()}")
    return duree


def _code_d_avant(reference: str, dossier: Path) -> Path:
    """Les sources de filrouge à `reference` (git archive), pour mesurer l'ancien format dans les mêmes conditions."""
    archive = subprocess.run(["git", "-C", str(RACINE), "archive", reference, "src"], capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(dossier)], input=archive.stdout, check=True)
    return dossier / "src"


def mesurer_valider(valeurs_n: list[int], repetitions: int, avant: str | None) -> None:
    with tempfile.TemporaryDirectory() as dossier:
        temporaire = Path(dossier)
        base = dict(os.environ, PYTHONPATH=str(RACINE / "src"), XDG_CACHE_HOME=str(temporaire / "cache"),
                    FILROUGE_NOMS_PROTEGES=str(temporaire / "absent.json"))
        scenarios = {"sans la garde": (_VALIDER_SANS_GARDE, base), "garde, aucun nom protégé": (_VALIDER, base)}
        if avant:
            ancien = dict(base, PYTHONPATH=str(_code_d_avant(avant, temporaire)),
                          FILROUGE_NOMS_PROTEGES=str(temporaire / "noms-sha256.json"))
            subprocess.run([sys.executable, "-m", "filrouge", "proteger"], input="\n".join(REGISTRE), text=True,
                           env=ancien, cwd=temporaire, check=True, capture_output=True)
            scenarios[f"garde, 12 noms, SHA-256 ({avant})"] = (_VALIDER, ancien)
        for n in valeurs_n:
            chemin = _registre(Derivation(n=n), temporaire / f"noms-{n}.json")
            scenarios[f"garde, 12 noms, scrypt n={n}"] = (_VALIDER, dict(base, FILROUGE_NOMS_PROTEGES=str(chemin)))
        _passage(_VALIDER, base, temporaire / "cache")  # listes de Faker mises en cache une fois
        durees: dict[str, list[float]] = {nom: [] for nom in scenarios}
        for _ in range(repetitions):  # passages entrelacés : la charge de la machine pèse sur tous
            for nom, (code, env) in scenarios.items():
                durees[nom].append(_passage(code, env, temporaire / "cache"))
    mediane, minimum = statistics.median(durees["sans la garde"]), min(durees["sans la garde"])
    print(f"filrouge valider, dépôt de démonstration, à froid, {repetitions} passages (médiane ; meilleur) :")
    print("| cas | durée | / sans la garde |\n| --- | --- | --- |")
    for nom, liste in durees.items():
        print(f"| {nom} | {statistics.median(liste):.2f} s ; {min(liste):.2f} s "
              f"| ×{statistics.median(liste) / mediane:.2f} ; ×{min(liste) / minimum:.2f} |")
    print(f"(registre : {len(REGISTRE)} noms, {sum(len(decouper(n)) for n in REGISTRE)} formes, "
          f"{len(_registre_courant())} empreintes)")


def _registre_courant() -> NomsProteges:
    registre = NomsProteges()
    for nom in REGISTRE:
        registre.ajouter(nom)
    return registre


def cles_derivees_sur_la_demo() -> set[str]:
    """Les clés que la garde dérive pour vérifier toute la démonstration (une dérivation par clé distincte)."""
    from filrouge import validation

    with tempfile.TemporaryDirectory() as dossier:
        os.environ["XDG_CACHE_HOME"] = str(Path(dossier) / "cache")
        os.environ["FILROUGE_NOMS_PROTEGES"] = str(enregistrer(_registre_courant(), Path(dossier) / "noms.json"))
        validation.valider(RACINE)
        assert validation._contexte_partage is not None
        return set(validation._contexte_partage.noms_proteges._par_cle)


# --- 2. L'attaque --------------------------------------------------------------------------------
def candidats(attributs: tuple[str, ...], nombre: int | None) -> list[str]:
    """Noms de Faker, ceux de Belgique et de France d'abord, puis ceux des autres pays, sans doublon."""
    import faker.providers.person as personnes

    locales = [m.name for m in pkgutil.iter_modules(personnes.__path__)]
    locales.sort(key=lambda loc: (loc not in ("fr_BE", "nl_BE", "fr_FR"), loc))
    vus: dict[str, None] = {}
    for locale in locales:
        fournisseur = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribut in attributs:
            valeurs = getattr(fournisseur, attribut, None)
            if not isinstance(valeurs, (list, tuple, dict)):
                continue
            for nom in valeurs:
                forme = compacter(str(nom))
                if len(forme) >= LONGUEUR_MIN and forme.isascii() and forme.isalpha():
                    vus.setdefault(forme, None)
    return list(vus)[:nombre]


def _sha256(sel: str, forme: str, espece: str) -> str:
    """L'empreinte de l'ancien format (version 1), pour mesurer l'attaque d'avant."""
    return hashlib.sha256(f"{sel}\x00{espece}\x00{forme}".encode()).hexdigest()


def _formes_du_registre() -> list[str]:
    return sorted({forme for nom in REGISTRE for forme in decouper(nom)})


def attaque_sha256(liste: list[str]) -> tuple[float, int]:
    """Durée de l'attaque de l'ancien format et nombre de formes du registre qu'elle retrouve."""
    sel = "0" * 32
    formes: dict[str, set[str]] = {}
    for forme in _formes_du_registre():
        formes.setdefault(_sha256(sel, forme, "mot"), set()).add(forme)
        if len(squelette(forme)) >= LONGUEUR_MIN_SQUELETTE:
            formes.setdefault(_sha256(sel, squelette(forme), "squelette"), set()).add(forme)
    prepares = [(c, squelette(c)) for c in liste]  # la normalisation ne dépend pas du fichier : faite une fois
    debut = time.perf_counter()
    touchees: set[str] = set()
    for candidat, sq in prepares:
        touchees.update(formes.get(_sha256(sel, candidat, "mot"), ()))
        if len(sq) >= LONGUEUR_MIN_SQUELETTE:
            touchees.update(formes.get(_sha256(sel, sq, "squelette"), ()))
    return time.perf_counter() - debut, len(touchees)


def attaque_scrypt(liste: list[str], derivation: Derivation) -> tuple[float, int]:
    """Durée de l'attaque du nouveau format (une dérivation par candidat) et formes du registre retrouvées."""
    sel = bytes.fromhex("0" * 32)
    formes: dict[str, set[str]] = {}
    for forme in _formes_du_registre():
        formes.setdefault(derivation.deriver(sel, cle(forme)), set()).add(forme)
    cles = [cle(c) for c in liste]
    debut = time.perf_counter()
    touchees: set[str] = set()
    for c in cles:
        touchees.update(formes.get(derivation.deriver(sel, c), ()))
    return time.perf_counter() - debut, len(touchees)


def _duree(secondes: float) -> str:
    if secondes < 1:
        return f"{secondes * 1000:.0f} ms"
    if secondes < 120:
        return f"{secondes:.1f} s"
    return f"{secondes / 60:.0f} min" if secondes < 7200 else f"{secondes / 3600:.1f} h"


def mesurer_attaque(nombre_prenoms: int, echantillon: int, valeurs_n: list[int]) -> None:
    listes = {
        f"{nombre_prenoms} prénoms": candidats(("first_names", "first_names_female", "first_names_male"),
                                               nombre_prenoms),
        "noms de famille": candidats(("last_names", "last_names_female", "last_names_male"), None),
    }
    print(f"\nAttaque du fichier (Python, un cœur) : durée pour toute la liste, formes du registre retrouvées "
          f"(sur {len(_formes_du_registre())})")
    print("| liste | SHA-256 (avant) | " + " | ".join(f"scrypt n={n}" for n in valeurs_n) + " |")
    print("| --- | --- |" + " --- |" * len(valeurs_n))
    for nom, liste in listes.items():
        duree, trouves = attaque_sha256(liste)
        cellules = [f"{_duree(duree)}, {trouves} trouvées"]
        for n in valeurs_n:
            morceau = liste[:echantillon]
            duree, trouves = attaque_scrypt(morceau, Derivation(n=n))
            extrapole = duree * len(liste) / len(morceau)
            cellules.append(f"{_duree(extrapole)}" + (f" (extrapolé de {len(morceau)})" if len(morceau) < len(liste)
                                                      else f", {trouves} trouvées"))
        print(f"| {nom} ({len(liste)}) | " + " | ".join(cellules) + " |")
    par_candidat = min(attaque_scrypt(listes[next(iter(listes))][:500], DERIVATION)[0] / 500 for _ in range(3))
    print(f"\nscrypt {DERIVATION} : {par_candidat * 1e6:.0f} µs par candidat ; 1 million de candidats : "
          f"{_duree(par_candidat * 1e6)} sur un cœur.")


def prefiltres(cles_demo: set[str], prenoms: list[str]) -> None:
    """Ce qu'un préfiltre bon marché ferait gagner à la garde, et donc à l'attaquant (non retenu)."""
    registre = _registre_courant()
    longueurs = {len(cle(forme)) for forme in _formes_du_registre()}
    demo = sum(len(c) not in longueurs for c in cles_demo) / len(cles_demo)
    attaque = sum(len(cle(p)) not in longueurs for p in prenoms) / len(prenoms)
    passent = len({e[:2] for e in registre.empreintes}) / 256
    print(f"\nPréfiltre par longueur de la clé : la garde ne dériverait pas {demo:.0%} des clés de la démonstration, "
          f"l'attaquant {attaque:.0%} des prénoms candidats.")
    print(f"Préfiltre de 8 bits (un octet d'une empreinte rapide par forme) : {passent:.0%} des mots passent ; pour "
          f"le même temps de garde, n pourrait être ×{1 / passent:.0f}, l'attaque coûterait le même temps total.")


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--repetitions", type=int, default=5, help="passages de filrouge valider (5 par défaut)")
    parseur.add_argument("--n", type=int, nargs="+", default=[DERIVATION.n], help="valeurs de n à comparer")
    parseur.add_argument("--prenoms", type=int, default=10_000, help="prénoms de la liste d'attaque (10 000)")
    parseur.add_argument("--echantillon", type=int, default=100_000,
                         help="candidats essayés avec scrypt, le reste extrapolé (toute la liste par défaut)")
    parseur.add_argument("--sans-valider", action="store_true", help="seulement l'attaque")
    parseur.add_argument("--avant", metavar="REF", help="mesure aussi l'ancien format avec le code de ce commit")
    args = parseur.parse_args()
    if not args.sans_valider:
        mesurer_valider(args.n, args.repetitions, args.avant)
    cles_demo = cles_derivees_sur_la_demo()
    print(f"(la garde dérive {len(cles_demo)} clés distinctes pour vérifier la démonstration)")
    mesurer_attaque(args.prenoms, args.echantillon, args.n)
    prefiltres(cles_demo, candidats(("first_names", "first_names_female", "first_names_male"), args.prenoms))
    return 0


if __name__ == "__main__":
    sys.exit(main())
