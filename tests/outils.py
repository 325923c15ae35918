"""Outils partagés par les tests : lancer la commande, copier un dépôt, photographier un arbre."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

RACINE_PROJET = Path(__file__).resolve().parent.parent


def filrouge(*arguments: str, cwd: Path, timeout: float = 120, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Lance la vraie commande dans un processus séparé (un plantage ne fait pas tomber les tests)."""
    return subprocess.run([sys.executable, "-m", "filrouge", *arguments], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, **(env or {})})


def copier_demo(destination: Path) -> Path:
    """Copie le réseau de démonstration (configuration, annuaire, dossiers) dans `destination`."""
    destination.mkdir(parents=True, exist_ok=True)
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE_PROJET / nom, destination / nom)
    shutil.copytree(RACINE_PROJET / "dossiers", destination / "dossiers")
    shutil.copytree(RACINE_PROJET / "schemas", destination / "schemas")
    return destination


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
