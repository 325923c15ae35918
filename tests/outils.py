"""Outils partagés par les tests : lancer la commande, copier un dépôt, photographier un arbre."""

from __future__ import annotations

import fcntl
import io
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path
from typing import Any

import pytest

RACINE_PROJET = Path(__file__).resolve().parent.parent


def filrouge(*arguments: str, cwd: Path, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Lance la vraie commande dans un processus séparé (un plantage ne fait pas tomber les tests)."""
    return subprocess.run([sys.executable, "-m", "filrouge", *arguments], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def filrouge_ici(*arguments: str, cwd: Path, env: dict[str, str | None] | None = None) -> subprocess.CompletedProcess[str]:
    """La même commande appelée dans ce processus (`cli.main(argv)`) : mêmes arguments, code de sortie et sorties,
    sans les ≈ 0,2 s de processeur d'un interpréteur neuf qui réimporte filrouge. Pour les essais qui n'affirment
    rien du processus lui-même ; ceux qui le font (aucune trace Python, tube fermé, sortie sans attendre, hook) et un
    essai de bout en bout par commande gardent `filrouge`. Une exception qui sortirait de `main` fait échouer l'essai
    (la commande lancée aurait imprimé une trace). Une variable d'`env` à None est retirée pendant l'appel.

    La sortie d'erreur reçoit ce qu'un interpréteur neuf y écrirait et que pytest capturerait sinon : les
    avertissements Python (filtres par défaut de Python, chacun une fois par appel) et les messages de journal
    d'avertissement sans destinataire (le `lastResort` de `logging`)."""
    from filrouge.cli import main

    sorties = [io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="") for _ in range(2)]
    anciens = {cle: os.environ.get(cle) for cle in (env or {})}
    avant = Path.cwd()
    journal = logging.StreamHandler(sorties[1])
    journal.setLevel(logging.WARNING)
    racine_journal = logging.getLogger()
    try:
        for cle, valeur in (env or {}).items():
            if valeur is None:
                os.environ.pop(cle, None)
            else:
                os.environ[cle] = valeur
        os.chdir(cwd)
        racine_journal.addHandler(journal)
        with redirect_stdout(sorties[0]), redirect_stderr(sorties[1]), warnings.catch_warnings():
            _avertissements_d_un_interpreteur_neuf()
            try:
                code = main(list(arguments))
            except SystemExit as sortie:  # argparse : erreur d'utilisation (2), --help (0)
                code = sortie.code if isinstance(sortie.code, int) else (0 if sortie.code is None else 1)
                if isinstance(sortie.code, str):
                    print(sortie.code, file=sys.stderr)
    finally:
        racine_journal.removeHandler(journal)
        os.chdir(avant)
        for cle, valeur in anciens.items():
            if valeur is None:
                os.environ.pop(cle, None)
            else:
                os.environ[cle] = valeur
    textes = []
    for flux in sorties:
        flux.flush()
        textes.append(flux.buffer.getvalue().decode("utf-8").replace("\r\n", "\n"))  # type: ignore[attr-defined]
    return subprocess.CompletedProcess(["filrouge", *arguments], code, textes[0], textes[1])


def _avertissements_d_un_interpreteur_neuf() -> None:
    """Dans un `catch_warnings` : les filtres de `python -m filrouge` (ceux de Python, sans -W), et l'affichage
    sur `sys.stderr` du moment au lieu de la capture de pytest. `catch_warnings` remet les registres « une fois »
    à zéro : chaque appel revoit ses avertissements, comme un processus neuf."""
    warnings.resetwarnings()
    warnings.simplefilter("default")
    for categorie in (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning):
        warnings.simplefilter("ignore", categorie)
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")

    def afficher(message: Warning | str, categorie: type[Warning], fichier: str, ligne: int,
                 flux: Any = None, texte: str | None = None) -> None:
        sys.stderr.write(warnings.formatwarning(message, categorie, fichier, ligne, texte))

    warnings.showwarning = afficher


def copier_demo(destination: Path) -> Path:
    """Copie le réseau de démonstration (configuration, annuaire, dossiers) dans `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE_PROJET / nom, destination / nom)
    shutil.copytree(RACINE_PROJET / "dossiers", destination / "dossiers")
    shutil.copytree(RACINE_PROJET / "schemas", destination / "schemas")
    return destination


def git(depot: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=depot, capture_output=True, text=True, check=False)


def commiter(depot: Path) -> None:
    """Un dépôt Git neuf (branche main) dont le premier commit est tout `depot`."""
    assert git(depot, "init", "-q", "-b", "main").returncode == 0
    git(depot, "add", "-A")
    assert git(depot, "commit", "-q", "-m", "départ").returncode == 0


def copier_demo_commitee(destination: Path, modele: Path) -> Path:
    """`copier_demo`, et l'historique Git de `modele`, une démonstration déjà passée par `commiter` (la fixture
    `demo_validee`) : le même premier commit, sans le refaire. `git add` du dépôt entier hache, compresse et écrit
    ≈ 420 objets (≈ 0,2 s de processeur, surtout du système, pour chacun des ≈ 180 essais de l'atelier) ; ici les
    objets du modèle (mis en un paquet) sont liés en dur : Git n'en modifie jamais un (il écrit un objet nouveau, puis
    le renomme), un essai qui commite ou nettoie n'ajoute ou ne retire que ses propres liens. L'index, copié, a d'autres numéros d'inode :
    Git relit les fichiers au premier `status` et les trouve inchangés."""
    depot = copier_demo(destination)

    def lier_les_objets(source: str, cible: str) -> None:
        if f"{os.sep}objects{os.sep}" in source:
            os.link(source, cible)
        else:
            shutil.copy2(source, cible)

    shutil.copytree(modele / ".git", depot / ".git", copy_function=lier_les_objets)
    return depot


def reprendre_la_validation(source: Path, depot: Path) -> None:
    """Les entrées du cache de validation de `source` (une par dossier, fonction du seul contenu et du contexte)
    recopiées pour `depot`, comme sur le poste d'un casemanager qui a déjà validé son dépôt. Elles ne passent que
    si le contexte (code, configuration, noms protégés du poste) est le même, et chaque dossier n'est repris que si
    sa signature (noms, tailles, dates : `copy2` les garde) est la même ; sinon la validation le revérifie."""
    from filrouge import cache_validation, verdict

    entrees = cache_validation.lire(source, verdict.contexte(source))
    if entrees:
        cache_validation.ecrire(depot, verdict.contexte(depot), entrees)


def photographier(racine: Path) -> dict[str, tuple[bytes, int]]:
    """Contenu et date de modification de chaque fichier : pour prouver que rien n'a changé."""
    photo: dict[str, tuple[bytes, int]] = {}
    for chemin in sorted(racine.rglob("*")):
        if chemin.is_file() and not chemin.is_symlink():
            photo[chemin.relative_to(racine).as_posix()] = (chemin.read_bytes(), chemin.stat().st_mtime_ns)
    return photo


def port_libre() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serveur_local(commande: Sequence[str], cwd: Path, adresse: str, env: dict[str, str] | None = None,
                  delai: float = 120) -> Iterator[str]:
    """Lance un serveur sur la boucle locale, attend qu'il réponde, et l'arrête quoi qu'il arrive."""
    processus = subprocess.Popen(list(commande), cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        limite = time.monotonic() + delai
        while True:
            try:
                with urllib.request.urlopen(adresse, timeout=2) as reponse:  # noqa: S310 (serveur local du test)
                    if reponse.status == 200:
                        break
            except OSError:
                pass
            if processus.poll() is not None or time.monotonic() > limite:
                processus.kill()
                erreurs = processus.communicate(timeout=10)[1].decode("utf-8", "replace")
                raise RuntimeError(f"le serveur local n'a pas démarré : {erreurs[-2000:]}")
            time.sleep(0.2)
        yield adresse
    finally:
        processus.terminate()
        try:
            processus.wait(timeout=10)
        except subprocess.TimeoutExpired:
            processus.kill()
            processus.wait(timeout=10)


def base_de_la_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Le répertoire temporaire de cette session, commun à ses processus d'essai (`pytest -n 2`) et propre à elle
    (pytest-of-…/pytest-N) : pytest le garde trois sessions, puis l'efface."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def une_fois(tmp_path_factory: pytest.TempPathFactory, nom: str,
             fabriquer: Callable[[Path], dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    """Fabrique `nom` (un dépôt, un portail construit) une seule fois pour toute la session, même répartie sur
    plusieurs processus (`pytest -n 2`) : le premier processus qui le demande le fabrique sous un verrou, les
    autres attendent puis reprennent le répertoire et ce que `fabriquer` a rendu (JSON). Une fixture de session
    seule le refait dans chaque processus (≈ 3 à 10 s par portail). Ce qui est fabriqué n'est plus modifié.

    Un échec n'est pas gardé : le processus suivant refait et échoue à son tour, avec son propre message."""
    base = base_de_la_session(tmp_path_factory)
    repertoire, fait = base / f"une-fois-{nom}", base / f"une-fois-{nom}.json"
    with open(base / f"une-fois-{nom}.verrou", "w") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)
        if fait.is_file():
            return repertoire, json.loads(fait.read_text(encoding="utf-8"))
        shutil.rmtree(repertoire, ignore_errors=True)
        repertoire.mkdir()
        resultat = fabriquer(repertoire)
        fait.write_text(json.dumps(resultat), encoding="utf-8")
        return repertoire, resultat


def relire_processus(resultat: dict[str, Any]) -> subprocess.CompletedProcess[str]:
    """Un processus terminé, tel que `une_fois` l'a gardé (code, sorties)."""
    return subprocess.CompletedProcess(resultat["args"], resultat["returncode"], resultat["stdout"], resultat["stderr"])


def garder(fini: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """Ce qu'`une_fois` garde d'un processus terminé : ses arguments, son code et ses sorties."""
    return {"args": [str(a) for a in fini.args], "returncode": fini.returncode, "stdout": fini.stdout, "stderr": fini.stderr}


def construire_demo(racine: Path, aujourdhui: str) -> subprocess.CompletedProcess[str]:
    """Le portail de la démonstration du projet, construit par `filrouge portail construire` dans `racine`/site."""
    for nom in ("reseau.yaml", "annuaire.yaml", "mkdocs.yml"):
        shutil.copy2(RACINE_PROJET / nom, racine / nom)
    for nom in ("dossiers", "docs", "hooks", "schemas"):
        shutil.copytree(RACINE_PROJET / nom, racine / nom, ignore=shutil.ignore_patterns("__pycache__", "bench"))
    env = {**os.environ, "FILROUGE_AUJOURDHUI": aujourdhui, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("FILROUGE_POUR", None)
    return subprocess.run([sys.executable, "-m", "filrouge", "portail", "construire", "--sortie", "site"], cwd=racine,
                          env=env, capture_output=True, text=True, timeout=300)
