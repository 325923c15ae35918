#!/usr/bin/env python3
"""Coût de la garde d'anonymat dans `filrouge valider`, comparé à la validation sans elle.

Pour le dépôt de démonstration puis pour un volume généré (`scripts/generer_volume.py`) :
- validation sans la garde : `charger_depot` + `regles.appliquer` ;
- garde seule : contexte (annuaire, noms protégés) + analyse de chaque fichier de `dossiers/` ;
  « à froid » = premier passage du processus (listes de Faker et contexte construits), puis médiane
  des passages suivants (contexte en cache) ;
- rapport (validation + garde) / validation.
Médiane d'au moins 7 passages.

`--commande` mesure ce que l'issue demande tel qu'un casemanager le vit : `filrouge valider` entier sur la démo (un
processus neuf : import, lecture, règles, garde), avec la garde et sans elle (remplacée par une fonction vide), alternés ;
avant chaque passage le cache des dossiers de ce dépôt est vidé, les listes de mots et les expressions gardées restent
(comme sur un poste en service) ; temps processeur du processus et de ses fils, médianes. `--cpu` mesure le temps processeur du processus ET de ses fils au lieu du temps
écoulé : sur une machine partagée, la charge des autres y pèse moins ; la garde d'un dépôt d'au moins 40 dossiers
confie une moitié des textes à un processus fils, dont le travail compte autant (`time.process_time` seul l'oubliait).

    .venv/bin/python scripts/bench_garde.py [--nombre 1000] [--repetitions 7] [--volume CHEMIN] [--cpu]
    .venv/bin/python scripts/bench_garde.py --commande [--repetitions 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))
sys.path.insert(0, str(RACINE / "scripts"))

from filrouge.validation import garde_anonymat  # noqa: E402
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_depot  # noqa: E402
from filrouge.regles import appliquer  # noqa: E402
from bench_valider import processeur  # noqa: E402


_HORLOGE = time.perf_counter


def _chrono(action) -> float:
    debut = _HORLOGE()
    action()
    return _HORLOGE() - debut


def mesurer(racine: Path, repetitions: int) -> dict[str, float]:
    """Le chemin de la validation sans cache et de la construction du portail : `garde_anonymat`, sur deux
    processus à partir de 40 dossiers."""
    depot = charger_depot(racine)
    documents = [d for d in depot.documents if d.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/")]
    a_froid = _chrono(lambda: garde_anonymat(depot))
    validation = statistics.median(_chrono(lambda: appliquer(charger_depot(racine))) for _ in range(repetitions))
    seule = statistics.median(_chrono(lambda: garde_anonymat(depot)) for _ in range(repetitions))
    return {"fichiers": len(documents), "validation": validation, "garde": seule, "a_froid": a_froid}


def afficher(nom: str, m: dict[str, float]) -> None:
    rapport = (m["validation"] + m["garde"]) / m["validation"]
    rapport_froid = (m["validation"] + m["a_froid"]) / m["validation"]
    print(
        f"{nom:<34} {m['fichiers']:>6.0f} fichiers | validation {m['validation']:.3f} s | garde {m['garde']:.3f} s "
        f"(à froid {m['a_froid']:.3f} s) | (validation + garde) / validation = ×{rapport:.2f} (à froid ×{rapport_froid:.2f})"
    )


_COMMANDE = ("import sys; sys.path.insert(0, {src!r}); import filrouge.validation as v; {sans}"
             "from filrouge.cli import main; sys.exit(main(['valider']))")
_SANS_GARDE = ("v._garde_sans_fils = lambda depot: []; v.garde_anonymat = lambda depot: []; "
               "v._preparer_garde = lambda *a, **k: None; ")


def mesurer_la_commande(racine: Path, repetitions: int) -> dict[str, tuple[float, float]]:
    """(processeur, écoulé) médians de `filrouge valider` dans `racine`, avec et sans la garde, passages alternés."""
    from filrouge.cache_validation import chemin_pour

    cache = chemin_pour(racine)
    environnement = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # comme un poste
    mesures: dict[str, list[tuple[float, float]]] = {"avec": [], "sans": []}
    for tour in range(repetitions + 1):  # le premier tour (fichiers .pyc, listes) n'est pas compté
        for nom, sans in (("avec", ""), ("sans", _SANS_GARDE)):
            for fichier in cache.parent.glob(f"{cache.stem}*.marshal"):
                fichier.unlink(missing_ok=True)
            code = _COMMANDE.format(src=str(RACINE / "src"), sans=sans)
            debut_cpu, debut = processeur(), time.perf_counter()
            fin = subprocess.run([sys.executable, "-c", code], cwd=racine, env=environnement, capture_output=True)
            if fin.returncode not in (0, 1):
                raise SystemExit(fin.stderr.decode("utf-8", "replace")[-2000:])
            if tour:
                mesures[nom].append((processeur() - debut_cpu, time.perf_counter() - debut))
    return {nom: (statistics.median(c for c, _ in m), statistics.median(e for _, e in m)) for nom, m in mesures.items()}


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--nombre", type=int, default=1000, help="dossiers du volume généré (1000 par défaut)")
    parseur.add_argument("--repetitions", type=int, default=7, help="passages mesurés (7 par défaut, au moins 7)")
    parseur.add_argument("--volume", type=Path, help="volume déjà généré (sinon généré dans un dossier temporaire)")
    parseur.add_argument("--cpu", action="store_true", help="temps processeur plutôt que temps écoulé")
    parseur.add_argument("--commande", action="store_true",
                         help="`filrouge valider` entier sur la démo, avec et sans la garde (processeur)")
    args = parseur.parse_args()
    if args.commande:
        m = mesurer_la_commande(RACINE, max(7, args.repetitions))
        (avec, avec_mur), (sans, sans_mur) = m["avec"], m["sans"]
        print(f"filrouge valider, démo : avec la garde {avec:.2f} s de processeur ({avec_mur:.2f} s écoulées), "
              f"sans elle {sans:.2f} s ({sans_mur:.2f} s) : ×{avec / sans:.2f} (écoulé ×{avec_mur / sans_mur:.2f})")
        return 0
    if args.cpu:
        global _HORLOGE
        _HORLOGE = processeur  # le fils de la garde est attendu à sa sortie : compté
    repetitions = max(7, args.repetitions)
    afficher("démo", mesurer(RACINE, repetitions))
    if args.volume:
        afficher(f"volume ({args.volume})", mesurer(args.volume, repetitions))
        return 0
    from generer_volume import generer

    with tempfile.TemporaryDirectory() as dossier:
        sortie = Path(dossier) / "volume"
        generer(sortie, args.nombre)
        afficher(f"volume généré ({args.nombre} dossiers)", mesurer(sortie, repetitions))
    return 0


if __name__ == "__main__":
    sys.exit(main())
