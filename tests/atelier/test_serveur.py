"""`filrouge atelier` pour de vrai : un processus serveur tué au milieu d'une saisie, puis relancé."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from tests.outils import port_libre


def _lancer(clone: Path, port: int) -> subprocess.Popen[bytes]:
    processus = subprocess.Popen([sys.executable, "-m", "filrouge", "atelier", "--adresse", f"127.0.0.1:{port}",
                                  "--sans-navigateur"], cwd=clone, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 env=dict(os.environ))
    limite = time.monotonic() + 60
    while time.monotonic() < limite:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as reponse:  # noqa: S310
                if reponse.status == 200:
                    return processus
        except OSError:
            time.sleep(0.2)
        if processus.poll() is not None:
            break
    processus.kill()
    raise AssertionError(f"l'atelier n'a pas démarré : {processus.communicate(timeout=10)[1].decode()[-2000:]}")


def _lire(adresse: str) -> str:
    with urllib.request.urlopen(adresse, timeout=30) as reponse:  # noqa: S310
        return reponse.read().decode("utf-8")


def test_le_brouillon_survit_a_un_serveur_tue(clone: Path) -> None:
    port = port_libre()
    adresse = f"http://127.0.0.1:{port}/dossiers/2026-001/notes/2026-11-17"
    processus = _lancer(clone, port)
    try:
        page = _lire(adresse)
        jeton = re.search(r'name="jeton" value="([^"]+)"', page)[1]
        donnees = urllib.parse.urlencode({"jeton": jeton, "lieu": "au local des jeunes", "recit": "# Brouillon\n"}).encode()
        with urllib.request.urlopen(urllib.request.Request(adresse + "/brouillon", data=donnees), timeout=30) as r:  # noqa: S310
            assert r.status == 204
    finally:
        processus.send_signal(signal.SIGKILL)  # un arrêt brutal : coupure, plantage
        processus.wait(timeout=10)
    processus = _lancer(clone, port)
    try:
        page = _lire(adresse)
        assert 'value="au local des jeunes"' in page
        assert "# Brouillon" in page
    finally:
        processus.terminate()
        processus.wait(timeout=10)
    assert "au local des jeunes" not in (clone / "dossiers/2026-001/concertations/2026-11-17.yaml").read_text(encoding="utf-8")


def test_l_atelier_refuse_une_adresse_hors_de_la_machine(clone: Path) -> None:
    resultat = subprocess.run([sys.executable, "-m", "filrouge", "atelier", "--adresse", "0.0.0.0:8001", "--sans-navigateur"],
                              cwd=clone, capture_output=True, text=True, timeout=60)
    assert resultat.returncode == 2
    assert "n'écoute que sur cet ordinateur" in resultat.stderr and "Traceback" not in resultat.stderr


def test_sans_l_extra_la_commande_dit_quoi_installer(clone: Path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    import importlib.util

    from filrouge import cli

    vraie = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda nom, *a: None if nom == "starlette" else vraie(nom, *a))
    monkeypatch.chdir(clone)
    assert cli.main(["atelier", "--sans-navigateur"]) == 2
    erreur = capsys.readouterr().err
    assert "starlette" in erreur and "filrouge[atelier]" in erreur and "scripts/installer.sh" in erreur
