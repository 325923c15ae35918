"""Le cache disque des listes de noms : relu quand il est bon, recalculé sinon, jamais bloquant."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.listes import _calculer_listes


def test_relu_sans_recalcul(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    appels: list[int] = []

    def calculer() -> frozenset[str]:
        appels.append(1)
        return frozenset({"lea", "noah"})

    assert en_cache("essai", "a", calculer) == frozenset({"lea", "noah"})
    assert en_cache("essai", "a", calculer) == frozenset({"lea", "noah"})
    assert len(appels) == 1
    assert en_cache("essai", "autre", calculer) and len(appels) == 2, "une autre clé recalcule"


def test_cache_abime_recalcule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    en_cache("essai", "a", lambda: frozenset({"x"}))
    for fichier in (tmp_path / "filrouge").iterdir():
        fichier.write_bytes(b"\x00abime")
    assert en_cache("essai", "a", lambda: frozenset({"y"})) == frozenset({"y"})


def test_cache_impossible_a_ecrire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bloque = tmp_path / "fichier"
    bloque.write_text("pas un répertoire", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(bloque))
    assert en_cache("essai", "a", lambda: frozenset({"z"})) == frozenset({"z"})


def test_listes_identiques_par_le_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    calculees = _calculer_listes()
    assert en_cache("listes", "t", _calculer_listes) == calculees
    assert en_cache("listes", "t", lambda: {}) == calculees, "relu du disque à l'identique"


def test_une_nouvelle_version_efface_les_anciennes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chaque version de Faker ou des listes écrit un nouveau fichier de plusieurs Mo : les anciens partent,
    ceux d'un autre nom restent."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    dossier = tmp_path / "filrouge"
    dossier.mkdir()
    (dossier / "essai-ancienneversion.marshal").write_bytes(b"x")
    (dossier / "autre-0000.marshal").write_bytes(b"x")
    assert en_cache("essai", "v2", lambda: {"a": 1}) == {"a": 1}
    restants = sorted(p.name for p in dossier.iterdir())
    assert len([n for n in restants if n.startswith("essai-")]) == 1 and "essai-ancienneversion.marshal" not in restants
    assert "autre-0000.marshal" in restants
    assert en_cache("essai", "v2", lambda: {"a": 2}) == {"a": 1}  # relu, pas recalculé
