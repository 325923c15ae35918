#!/usr/bin/env python3
"""Mesure l'atelier sur 1 000 dossiers générés : ouvrir une note, l'enregistrer, afficher l'accueil.

Le dépôt est celui de `generer_volume.py`, mis sous Git, avec pre-commit installé comme dans un dépôt de réseau :
le hook filrouge-valider (`filrouge valider --avant-commit`, `pass_filenames: false`, `require_serial`), ici en
`language: system` sur le filrouge de cet environnement plutôt qu'installé par pre-commit (même commande, même
travail) ; le cache de validation est chaud,
comme sur le poste d'un casemanager qui a déjà validé une fois. L'atelier tourne en processus
(client de test de Starlette : la même application que `filrouge atelier`, sans le réseau local).

- ouvrir : GET de la note d'un dossier (lecture, formulaire, validation du brouillon comprise) ;
- enregistrer : POST « Enregistrer » après un changement du lieu (validation, écriture, commit avec le hook) ;
- accueil : « mes dossiers » (lecture de tout le dépôt, état du clone) ;
- page d'un dossier, et clore un dossier ouvert (motif, actions ouvertes faites, rencontre annulée), sans hook ;
- phase préparatoire et fiche du dossier ouvertes, fiche enregistrée, demande préparée depuis une action, sans hook.

Temps processeur (ce processus et ses fils : git, pre-commit, le hook) et temps écoulé, médiane sur des dossiers
différents. Objectif de l'issue : ouvrir et enregistrer sous 1 s.

    python scripts/bench_atelier.py [--nombre 1000] [--repetitions 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_valider import processeur  # noqa: E402
from generer_volume import generer  # noqa: E402


def _statut(depot: Path, ident: str) -> str | None:
    """Le statut écrit dans `dossier.yaml` à cet instant (le cycle de vie mesuré en change)."""
    trouve = re.search(r"^statut: (\w+)", (depot / "dossiers" / ident / "dossier.yaml").read_text(encoding="utf-8"), re.M)
    return trouve[1] if trouve else None


def _git(depot: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=depot, check=True, capture_output=True)


CONFIG_PRECOMMIT = """repos:
  - repo: local
    hooks:
      - id: filrouge-valider
        name: "filrouge : schéma, règles métier et anonymat"
        entry: filrouge valider --avant-commit
        language: system
        pass_filenames: false
        require_serial: true
        files: ^(dossiers/|reseau\\.yaml$|annuaire\\.yaml$)
"""


class Chrono:
    """Temps processeur et écoulé d'un bloc, ajoutés à deux listes."""

    def __init__(self, cpu: list[float], mur: list[float]) -> None:
        self.cpu, self.mur = cpu, mur

    def __enter__(self) -> None:
        self.debut_cpu, self.debut = processeur(), time.perf_counter()

    def __exit__(self, *_: object) -> None:
        self.cpu.append(processeur() - self.debut_cpu)
        self.mur.append(time.perf_counter() - self.debut)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parseur.add_argument("--nombre", type=int, default=1000)
    parseur.add_argument("--repetitions", type=int, default=7)
    args = parseur.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-atelier-") as temporaire:
        base = Path(temporaire)
        os.environ.update({"XDG_STATE_HOME": str(base / "etat"), "XDG_CACHE_HOME": str(base / "cache"),
                           "GIT_AUTHOR_NAME": "Banc", "GIT_AUTHOR_EMAIL": "banc@exemple.invalid",
                           "GIT_COMMITTER_NAME": "Banc", "GIT_COMMITTER_EMAIL": "banc@exemple.invalid",
                           "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
                           "PRE_COMMIT_HOME": str(base / "pre-commit"),
                           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"})
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)  # un poste ordinaire garde le bytecode compilé
        depot = base / "depot"
        debut = time.perf_counter()
        generer(depot, args.nombre)
        (depot / ".pre-commit-config.yaml").write_text(CONFIG_PRECOMMIT, encoding="utf-8")
        _git(depot, "init", "-q", "-b", "main")
        _git(depot, "add", "-A")
        _git(depot, "commit", "-q", "-m", "volume")
        subprocess.run([str(Path(sys.executable).parent / "pre-commit"), "install"], cwd=depot, check=True,
                       capture_output=True)
        hook = depot / ".git" / "hooks" / "pre-commit"
        print(f"{args.nombre} dossiers générés et commités en {time.perf_counter() - debut:.1f} s.", flush=True)

        from starlette.testclient import TestClient

        from filrouge.atelier import document, documents
        from filrouge.atelier import note as notes
        from filrouge.reference import aujourdhui as date_du_jour
        from filrouge.atelier.application import creer_application
        from filrouge.validation import valider

        debut = time.perf_counter()
        valider(depot)
        print(f"Première validation (cache froid) : {time.perf_counter() - debut:.1f} s.", flush=True)
        client = TestClient(creer_application(depot, 8001, jeton="banc"), base_url="http://127.0.0.1:8001")
        debut = time.perf_counter()
        assert client.get("/").status_code == 200
        print(f"Premier affichage de l'accueil (tous les dossiers lus) : {time.perf_counter() - debut:.1f} s.", flush=True)
        dossiers = sorted(p.name for p in (depot / "dossiers").iterdir())
        choisis = dossiers[:: max(1, len(dossiers) // args.repetitions)][: args.repetitions]
        page_dossier, actions, commits = [], {"clore": [], "rouvrir": []}, 0
        poubelle: list[float] = []
        hook.rename(hook.with_suffix(".garde"))  # actions du cycle de vie mesurées sans hook
        statuts = {i: _statut(depot, i) for i in dossiers}
        ouverts = [i for i in dossiers if statuts[i] == "ouvert"][-args.repetitions:]  # loin des notes mesurées
        clos = [i for i in dossiers if statuts[i] == "clos"][-args.repetitions:]
        for ident in ouverts + clos:
            debut = time.perf_counter()
            page = client.get(f"/dossiers/{ident}")
            page_dossier.append(time.perf_counter() - debut)
            assert page.status_code == 200, (ident, page.text[-2000:])
            if ident in ouverts:
                action = "clore"
                donnees = {"motif": "objectifs_atteints"} | {
                    nom: ("annuler" if nom == "suspens.rencontre" else "faite")
                    for nom in set(re.findall(r'name="(suspens\.[a-z0-9.]+)"', page.text))}
            else:
                action, donnees = "rouvrir", {"motif": "nouvelle demande du service"}
            with Chrono(poubelle, actions[action]):
                page = client.post(f"/dossiers/{ident}/{action}", data={"jeton": "banc", "date": str(date_du_jour())} | donnees)
            commits += "Enregistré et commité" in page.text  # sinon refusée par la validation : même chemin
        hook.with_suffix(".garde").rename(hook)
        print(f"Cycle de vie : {len(ouverts)} clôtures et {len(clos)} réouvertures essayées, {commits} commitées "
              "(les autres refusées par la validation).", flush=True)
        for nom, valeurs in (("page d'un dossier (formulaires du cycle de vie)", page_dossier),
                             ("clore sans hook (copie, bibliothèque, validation, écriture, commit)", actions["clore"]),
                             ("rouvrir sans hook (copie, bibliothèque, validation, écriture, commit)", actions["rouvrir"])):
            if valeurs:
                print(f"{nom} : médiane {statistics.median(valeurs):.3f} s (min {min(valeurs):.3f}, "
                      f"max {max(valeurs):.3f}, {len(valeurs)} dossiers)", flush=True)
        ouvrir, enregistrer, accueil = ([], []), ([], []), ([], [])
        for ident in choisis:
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            adresse = f"/dossiers/{ident}/notes/{date}"
            with Chrono(*ouvrir):
                page = client.get(adresse)
            assert page.status_code == 200 and "Aucune erreur" in page.text, (ident, page.text[-2000:])
            garde = notes.ouvrir(depot, ident, date)
            saisie = dict(garde.saisie) | {"recit": [garde.recit], "jeton": ["banc"], "operation": ["enregistrer"],
                                           "lieu": ["au centre de jour"]}
            with Chrono(*enregistrer):
                page = client.post(adresse, data=saisie)
            assert "Note enregistrée et commitée" in page.text, (ident, page.text[-3000:])
            with Chrono(*accueil):
                assert client.get("/").status_code == 200
        hook.unlink()
        sans_hook: tuple[list[float], list[float]] = ([], [])
        for ident in choisis:
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            garde = notes.ouvrir(depot, ident, date)
            saisie = dict(garde.saisie) | {"recit": [garde.recit], "jeton": ["banc"], "operation": ["enregistrer"],
                                           "lieu": ["au service demandeur, salle 2"]}
            with Chrono(*sans_hook):
                page = client.post(f"/dossiers/{ident}/notes/{date}", data=saisie)
            assert "Note enregistrée et commitée" in page.text, (ident, page.text[-3000:])
        documents_: dict[str, tuple[list[float], list[float]]] = {
            "ouvrir la phase préparatoire": ([], []), "ouvrir la fiche du dossier (acteurs)": ([], []),
            "enregistrer la fiche sans hook (deux validations : la fiche, et le dossier avant elle)": ([], []),
            "préparer une demande depuis une action (dossier seul et configuration lus, comme financement nouveau)": ([], [])}
        for rang, ident in enumerate(choisis):
            mesures = iter(documents_.values())
            for adresse in (f"/dossiers/{ident}/preparation", f"/dossiers/{ident}/fiche"):
                with Chrono(*next(mesures)):
                    page = client.get(adresse)
                assert page.status_code == 200, (ident, page.text[-2000:])
            garde = document.ouvrir(depot, documents.FICHE, ident, "dossier")
            saisie = dict(garde.saisie) | {"jeton": ["banc"], "operation": ["enregistrer"],
                                           "motif_demande": [f"Trajet de soin bloqué, mesure {rang}"]}
            with Chrono(*next(mesures)):
                page = client.post(f"/dossiers/{ident}/fiche", data=saisie)
            commits += "enregistrée et commitée" in page.text
            if _statut(depot, ident) != "ouvert":
                continue  # un dossier clos refuse toute demande (il attend sa réouverture) : rien à mesurer
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            with Chrono(*next(mesures)):
                page = client.post(f"/dossiers/{ident}/financements", data={"jeton": "banc", "action": f"{date}#1"})
            assert page.status_code == 200, (ident, page.text[-2000:])
        print(f"Fiches commitées : {commits} au total avec le cycle de vie.", flush=True)
        for nom, (cpu, mur) in (*documents_.items(), ("ouvrir une note", ouvrir),
                                ("enregistrer une note (commit à travers pre-commit et le hook)", enregistrer),
                                ("enregistrer une note sans hook (validation, écriture, commit)", sans_hook),
                                ("accueil « mes dossiers » (après un premier affichage)", accueil)):
            if not mur:
                print(f"{nom} : pas mesuré (aucun dossier choisi ne s'y prêtait)")
                continue
            print(f"{nom} : processeur médiane {statistics.median(cpu):.3f} s (min {min(cpu):.3f}, max {max(cpu):.3f}) ; "
                  f"écoulé médiane {statistics.median(mur):.3f} s (min {min(mur):.3f}, max {max(mur):.3f}), "
                  f"{len(mur)} dossiers")
        print(f"charge de la machine (uptime) : {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
