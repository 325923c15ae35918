"""Un clone de démonstration sous Git pour l'atelier, ses brouillons hors du dépôt, et un client de test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("ruamel.yaml")

from starlette.testclient import TestClient  # noqa: E402

from tests.outils import copier_demo_commitee, git, reprendre_la_validation  # noqa: E402, F401 (git : repris par les essais)

AUJOURDHUI = "2026-11-24"
JETON = "jeton-de-test"
PORT = 8001


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git_env: None, demo_validee: Path) -> Path:
    """Le réseau de démonstration, commité : le clone d'un casemanager, son cache de validation déjà rempli.

    Les entrées ne passent que si le contexte (code, configuration, noms protégés du poste) est celui de la
    démonstration validée ; chaque dossier n'est repris que si sa signature (noms, tailles, dates : `copy2`
    les garde) est la même ; sinon la validation le revérifie, comme toujours."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "etat"))
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    depot = copier_demo_commitee(tmp_path / "clone", demo_validee)
    reprendre_la_validation(demo_validee, depot)
    return depot


@pytest.fixture
def client(clone: Path) -> Iterator[TestClient]:
    from filrouge.atelier.application import creer_application

    with TestClient(creer_application(clone, PORT, jeton=JETON), base_url=f"http://127.0.0.1:{PORT}") as c:
        yield c
