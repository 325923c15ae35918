"""Un clone de démonstration sous Git pour l'atelier, ses brouillons hors du dépôt, et un client de test."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("ruamel.yaml")

from starlette.testclient import TestClient  # noqa: E402

from filrouge import cache_validation, verdict  # noqa: E402
from filrouge.validation import valider  # noqa: E402
from tests.outils import copier_demo, une_fois  # noqa: E402

AUJOURDHUI = "2026-11-24"
JETON = "jeton-de-test"
PORT = 8001


def git(depot: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=depot, capture_output=True, text=True, check=False)


def _commiter(depot: Path) -> None:
    assert git(depot, "init", "-q", "-b", "main").returncode == 0
    git(depot, "add", "-A")
    assert git(depot, "commit", "-q", "-m", "départ").returncode == 0


def _valider_la_demo(base: Path) -> dict[str, str]:
    identite = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@exemple.invalid", "GIT_COMMITTER_NAME": "Test",
                "GIT_COMMITTER_EMAIL": "test@exemple.invalid", "GIT_CONFIG_GLOBAL": str(base / "gitconfig"),
                "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": str(base), "FILROUGE_AUJOURDHUI": AUJOURDHUI}
    with pytest.MonkeyPatch.context() as mp:
        for cle, valeur in identite.items():
            mp.setenv(cle, valeur)
        depot = copier_demo(base / "clone")
        _commiter(depot)
        valider(depot)
    return {"depot": str(depot)}


@pytest.fixture(scope="session")
def _demo_validee(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """La démonstration commitée et validée une fois pour la session (les deux processus d'essai, `une_fois`),
    jamais modifiée ensuite : ses entrées du cache de validation (une par dossier, fonction du seul contenu et du
    contexte) sont recopiées pour chaque clone, comme sur le poste d'un casemanager qui a déjà validé son dépôt.
    Sans elles, chaque essai revérifiait à froid les 37 dossiers de la démonstration (≈ 0,3 s) pour n'en changer
    qu'un."""
    return Path(une_fois(tmp_path_factory, "demo-validee", _valider_la_demo)[1]["depot"])


@pytest.fixture
def clone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, git_env: None, _demo_validee: Path) -> Path:
    """Le réseau de démonstration, commité : le clone d'un casemanager, son cache de validation déjà rempli.

    Les entrées ne passent que si le contexte (code, configuration, noms protégés du poste) est celui de la
    démonstration validée ; chaque dossier n'est repris que si sa signature (noms, tailles, dates : `copy2`
    les garde) est la même ; sinon la validation le revérifie, comme toujours."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "etat"))
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    depot = copier_demo(tmp_path / "clone")
    _commiter(depot)
    entrees = cache_validation.lire(_demo_validee, verdict.contexte(_demo_validee))
    if entrees:
        cache_validation.ecrire(depot, verdict.contexte(depot), entrees)
    return depot


@pytest.fixture
def client(clone: Path) -> Iterator[TestClient]:
    from filrouge.atelier.application import creer_application

    with TestClient(creer_application(clone, PORT, jeton=JETON), base_url=f"http://127.0.0.1:{PORT}") as c:
        yield c
