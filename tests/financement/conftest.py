"""Dépôts Git réels dans tmp_path : une base dont l'enveloppe 2019 est presque épuisée, et des branches."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.usine import ID_DOSSIER, Usine, financement_minimal

DATE_DECISION = dt.date(2019, 3, 20)
# Base : 9 × 10 000 € + 8 000 € accordés, 2 500 € en attente (la demande de l'usine) = 100 500 € engagés
# sur 110 421 € ; il reste 9 921 €.
ACCORDES = [10_000.0] * 9 + [8_000.0]


class Git:
    """Le vrai `git`, lancé dans le dépôt de test."""

    def __init__(self, racine: Path) -> None:
        self.racine = racine

    def __call__(self, *arguments: str) -> str:
        resultat = subprocess.run(["git", *arguments], cwd=self.racine, capture_output=True, text=True, check=False)
        assert resultat.returncode == 0, resultat.stderr
        return resultat.stdout

    def commit(self, message: str) -> None:
        self("add", "-A")
        self("commit", "-q", "-m", message)


def chemin_demande(nom: str, dossier: str = ID_DOSSIER) -> str:
    return f"dossiers/{dossier}/financements/{nom}.yaml"


def ecrire_demande(usine: Usine, nom: str, montant: float, **changements: Any) -> str:
    """Une demande valide du dossier minimal (même note, même action), modifiable champ par champ."""
    donnees = financement_minimal(montant=montant)
    donnees.update(changements)
    relatif = chemin_demande(nom)
    usine.ecrire(relatif, donnees)
    return relatif


def accordee(montant: float) -> dict[str, Any]:
    return {"statut": "accordee", "montant_accorde": montant, "date": DATE_DECISION}


@pytest.fixture
def depot(usine: Usine, git_env: None, monkeypatch: pytest.MonkeyPatch) -> tuple[Usine, Git]:
    """La base, commitée sur main : l'enveloppe 2019 est engagée à 100 500 € sur 110 421 €."""
    for i, montant in enumerate(ACCORDES, start=1):
        ecrire_demande(usine, f"2019-03-05-accordee-{i:02d}", montant, decision=accordee(montant))
    git = Git(usine.racine)
    git("init", "-q", "-b", "main")
    git.commit("base : enveloppe 2019 presque épuisée")
    monkeypatch.chdir(usine.racine)
    return usine, git


@pytest.fixture
def depot_leger(usine: Usine, git_env: None, monkeypatch: pytest.MonkeyPatch) -> tuple[Usine, Git]:
    """Le dépôt minimal de l'usine (2 500 € en attente), commité : l'enveloppe ne gêne aucune demande."""
    git = Git(usine.racine)
    git("init", "-q", "-b", "main")
    git.commit("base minimale")
    monkeypatch.chdir(usine.racine)
    return usine, git


@pytest.fixture
def shim() -> dict[str, str]:
    """Le `filrouge` de l'environnement de test en tête du PATH, comme dans un job de CI."""
    import os
    import sys
    from pathlib import Path as P

    return {**os.environ, "PATH": f"{P(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
