"""Réglages communs des tests de la garde d'anonymat."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

try:  # le paquet n'est pas forcément installé dans l'environnement (disposition src/)
    import filrouge  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))


@pytest.fixture(autouse=True)
def noms_proteges_isoles(tmp_path_factory, monkeypatch):
    """Chaque test a son propre fichier de noms protégés, hors de tout dépôt, jamais celui du poste."""
    dossier = tmp_path_factory.mktemp("config")
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
