"""Un seul dépôt d'exemple construit par session de test : les vérifications lisent le même site."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.portail.fixtures import depot_exemple
from tests.portail.outils_portail import construire


@pytest.fixture(scope="session")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return depot_exemple(tmp_path_factory.mktemp("depot"))


@pytest.fixture(scope="session")
def construction(depot: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`filrouge portail construire` sur le dépôt d'exemple, une fois : le site et ce que la commande a dit."""
    sortie = tmp_path_factory.mktemp("site") / "site"
    resultat = construire(depot, sortie)
    assert resultat.returncode == 0, resultat.stderr
    return sortie, resultat


@pytest.fixture(scope="session")
def site(construction: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    return construction[0]
