"""Un clone de démonstration sous Git pour l'atelier, ses brouillons hors du dépôt, et un client de test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("ruamel.yaml")

from starlette.testclient import TestClient  # noqa: E402

from tests.outils import copier_demo  # noqa: E402

AUJOURDHUI = "2026-11-24"
JETON = "jeton-de-test"
PORT = 8001


def git(depot: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=depot, capture_output=True, text=True, check=False)


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git_env: None) -> Path:
    """Le réseau de démonstration, commité : le clone d'un casemanager."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "etat"))
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    depot = copier_demo(tmp_path / "clone")
    assert git(depot, "init", "-q", "-b", "main").returncode == 0
    git(depot, "add", "-A")
    assert git(depot, "commit", "-q", "-m", "départ").returncode == 0
    return depot


@pytest.fixture
def client(clone: Path) -> Iterator[TestClient]:
    from filrouge.atelier.application import creer_application

    with TestClient(creer_application(clone, PORT, jeton=JETON), base_url=f"http://127.0.0.1:{PORT}") as c:
        yield c
