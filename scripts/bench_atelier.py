#!/usr/bin/env python3
"""Mesure l'atelier sur 1 000 dossiers générés : ouvrir une note, l'enregistrer, afficher l'accueil.

Le dépôt est celui de `generer_volume.py`, mis sous Git, avec un hook pre-commit qui lance
`filrouge valider --avant-commit` (ce que fait le hook publié) ; le cache de validation est chaud,
comme sur le poste d'un casemanager qui a déjà validé une fois. L'atelier tourne en processus
(client de test de Starlette : la même application que `filrouge atelier`, sans le réseau local).

- ouvrir : GET de la note d'un dossier (lecture, formulaire, validation du brouillon comprise) ;
- enregistrer : POST « Enregistrer » après un changement du lieu (validation, écriture, commit avec le hook) ;
- accueil : « mes dossiers » (lecture de tout le dépôt, état du clone) ;
- page d'un dossier, et clore un dossier ouvert (motif, actions ouvertes faites, rencontre annulée), sans hook ;
- phase préparatoire et fiche du dossier ouvertes, fiche enregistrée, demande préparée depuis une action, sans hook.

Temps écoulé, médiane sur des dossiers différents. Objectif de l'issue : ouvrir et enregistrer sous 1 s.

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
from generer_volume import generer  # noqa: E402


def _git(depot: Path, *arguments: str) -> None:
    subprocess.run(["git", *arguments], cwd=depot, check=True, capture_output=True)


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
                           "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"})
        depot = base / "depot"
        debut = time.perf_counter()
        generer(depot, args.nombre)
        _git(depot, "init", "-q", "-b", "main")
        _git(depot, "add", "-A")
        _git(depot, "commit", "-q", "-m", "volume")
        hook = depot / ".git" / "hooks" / "pre-commit"
        hook.write_text(f"#!/bin/sh\nexec {sys.executable} -m filrouge valider --avant-commit\n", encoding="utf-8")
        hook.chmod(0o755)
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
        hook.rename(hook.with_suffix(".garde"))  # actions du cycle de vie mesurées sans hook
        statuts = {i: (re.search(r"^statut: (\w+)", (depot / "dossiers" / i / "dossier.yaml").read_text(encoding="utf-8"), re.M)
                       or [None, None])[1] for i in dossiers}
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
            debut = time.perf_counter()
            page = client.post(f"/dossiers/{ident}/{action}", data={"jeton": "banc", "date": str(date_du_jour())} | donnees)
            actions[action].append(time.perf_counter() - debut)
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
        ouvrir, enregistrer, accueil = [], [], []
        for ident in choisis:
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            adresse = f"/dossiers/{ident}/notes/{date}"
            debut = time.perf_counter()
            page = client.get(adresse)
            ouvrir.append(time.perf_counter() - debut)
            assert page.status_code == 200 and "Aucune erreur" in page.text, (ident, page.text[-2000:])
            garde = notes.ouvrir(depot, ident, date)
            saisie = dict(garde.saisie) | {"recit": [garde.recit], "jeton": ["banc"], "operation": ["enregistrer"],
                                           "lieu": ["au centre de jour"]}
            debut = time.perf_counter()
            page = client.post(adresse, data=saisie)
            enregistrer.append(time.perf_counter() - debut)
            assert "Note enregistrée et commitée" in page.text, (ident, page.text[-3000:])
            debut = time.perf_counter()
            assert client.get("/").status_code == 200
            accueil.append(time.perf_counter() - debut)
        hook.unlink()
        sans_hook = []
        for ident in choisis:
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            garde = notes.ouvrir(depot, ident, date)
            saisie = dict(garde.saisie) | {"recit": [garde.recit], "jeton": ["banc"], "operation": ["enregistrer"],
                                           "lieu": ["au service demandeur, salle 2"]}
            debut = time.perf_counter()
            page = client.post(f"/dossiers/{ident}/notes/{date}", data=saisie)
            sans_hook.append(time.perf_counter() - debut)
            assert "Note enregistrée et commitée" in page.text, (ident, page.text[-3000:])
        documents_ = {"ouvrir la phase préparatoire": [], "ouvrir la fiche du dossier (acteurs)": [],
                      "enregistrer la fiche sans hook (deux validations : la fiche, et le dossier avant elle)": [],
                      "préparer une demande depuis une action (dossier seul et configuration lus, comme financement nouveau)": []}
        for rang, ident in enumerate(choisis):
            mesures = iter(documents_.values())
            for adresse in (f"/dossiers/{ident}/preparation", f"/dossiers/{ident}/fiche"):
                debut = time.perf_counter()
                page = client.get(adresse)
                next(mesures).append(time.perf_counter() - debut)
                assert page.status_code == 200, (ident, page.text[-2000:])
            garde = document.ouvrir(depot, documents.FICHE, ident, "dossier")
            saisie = dict(garde.saisie) | {"jeton": ["banc"], "operation": ["enregistrer"],
                                           "motif_demande": [f"Trajet de soin bloqué, mesure {rang}"]}
            debut = time.perf_counter()
            page = client.post(f"/dossiers/{ident}/fiche", data=saisie)
            next(mesures).append(time.perf_counter() - debut)
            commits += "enregistrée et commitée" in page.text
            date = sorted(p.stem for p in (depot / "dossiers" / ident / "concertations").glob("*.yaml"))[-1]
            debut = time.perf_counter()
            page = client.post(f"/dossiers/{ident}/financements", data={"jeton": "banc", "action": f"{date}#1"})
            next(mesures).append(time.perf_counter() - debut)
            assert page.status_code == 200, (ident, page.text[-2000:])
        print(f"Fiches commitées : {commits} au total avec le cycle de vie.", flush=True)
        for nom, valeurs in (*documents_.items(), ("ouvrir une note", ouvrir),
                             ("enregistrer une note (commit et hook compris)", enregistrer),
                             ("enregistrer une note sans hook (validation, écriture, commit)", sans_hook),
                             ("accueil « mes dossiers » (après un premier affichage)", accueil)):
            print(f"{nom} : médiane {statistics.median(valeurs):.3f} s (min {min(valeurs):.3f}, max {max(valeurs):.3f}, "
                  f"{len(valeurs)} dossiers)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
