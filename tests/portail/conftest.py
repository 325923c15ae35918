"""Un seul dépôt d'exemple et un seul site construit par session de test, pour les deux processus de `pytest -n 2`
(`tests.outils.une_fois`) : les vérifications lisent le même site et n'y écrivent rien."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.outils import garder, relire_processus, une_fois
from tests.portail.fixtures import SERVICE_2, depot_exemple
from tests.portail.outils_portail import construire


@pytest.fixture(scope="session")
def depot(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return une_fois(tmp_path_factory, "depot-exemple", lambda racine: {"racine": str(depot_exemple(racine))})[0]


def _construit(tmp_path_factory: pytest.TempPathFactory, nom: str, depot: Path,
               *arguments: str) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """`filrouge portail construire` sur le dépôt d'exemple, une fois : le site et ce que la commande a dit."""
    repertoire, resultat = une_fois(tmp_path_factory, nom,
                                    lambda sortie: garder(construire(depot, sortie / "site", *arguments)))
    fini = relire_processus(resultat)
    assert fini.returncode == 0, fini.stderr
    return repertoire / "site", fini


@pytest.fixture(scope="session")
def construction(depot: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Le portail complet du dépôt d'exemple et ce que la commande a dit."""
    return _construit(tmp_path_factory, "site-exemple", depot)


@pytest.fixture(scope="session")
def site(construction: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    return construction[0]


@pytest.fixture(scope="session")
def construction_pour(depot: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Le portail restreint au service `SERVICE_2` (`--pour`), lu par les essais du portail restreint et des annexes."""
    return _construit(tmp_path_factory, "site-exemple-pour", depot, "--pour", SERVICE_2)


@pytest.fixture(scope="session")
def site_pour(construction_pour: tuple[Path, subprocess.CompletedProcess[str]]) -> Path:
    return construction_pour[0]
