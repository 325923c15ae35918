"""Réglages communs des tests de la garde d'anonymat."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

try:  # le paquet n'est pas forcément installé dans l'environnement (disposition src/)
    import filrouge  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


@pytest.fixture(scope="session")
def _repertoires_de_config(tmp_path_factory) -> Iterator[Path]:
    """Un répertoire neuf à chaque appel, créé d'un seul `mkdir`, sous un même parent de la session.

    `tmp_path_factory.mktemp` relit tout le répertoire de base pour trouver le numéro suivant : appelé pour chaque essai
    de la garde (≈ 11 000 avant que les cas à l'aveugle ne fassent un essai par fichier), il y créait autant de
    répertoires et relisait chaque fois tous les précédents (un coût quadratique, que payait aussi chaque `tmp_path` des
    autres essais du même processus : 9 384 répertoires relus à la fin de la suite dans un des deux processus)."""
    parent = tmp_path_factory.mktemp("noms-proteges")
    return (parent / str(numero) for numero in itertools.count())


@pytest.fixture(autouse=True)
def noms_proteges_isoles(_repertoires_de_config, monkeypatch):
    """Chaque test a son propre fichier de noms protégés, hors de tout dépôt, jamais celui du poste."""
    dossier = next(_repertoires_de_config)
    dossier.mkdir()
    chemin = dossier / "noms_proteges.json"
    monkeypatch.setenv("FILROUGE_NOMS_PROTEGES", str(chemin))
    return chemin


@pytest.fixture
def contexte():
    from filrouge.anonymat import ContexteAnonymat

    return ContexteAnonymat()


@pytest.fixture
def regles(contexte):
    """regles(texte) → liste des règles trouvées, dans l'ordre."""
    from filrouge.anonymat import analyser_texte

    def _regles(texte: str, ctx=None) -> list[str]:
        constats, _ = analyser_texte(texte, "essai.md", ctx or contexte)
        return [c.regle for c in constats]

    return _regles
