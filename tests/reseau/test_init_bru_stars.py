"""`filrouge init DIR --reseau bru-stars` : un dépôt dont le portail et le bilan ne disent rien de Kirikou."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge.depot import charger_annuaire
from filrouge.init_depot import Source, creer_depot
from filrouge.nouveau import creer_dossier
from tests.outils import filrouge_ici
from tests.portail.outils_portail import construire_ici

KIRIKOU = re.compile("kirikou", re.IGNORECASE)
AUJOURDHUI = dt.date(2026, 11, 24)


def _depot(tmp_path: Path, reseau: str) -> Path:
    racine = tmp_path / reseau
    creer_depot(racine, Source(roue="file:///nulle-part/filrouge-0.1.0-py3-none-any.whl"), reseau)
    service = next(s.id for s in charger_annuaire(racine).services if s.secteur != "reseau")
    creer_dossier(racine, "LMG20101000" if reseau == "bru-stars" else "LMG20105000", service, date_demande=AUJOURDHUI)
    return racine


@pytest.fixture(scope="module")
def bru_stars(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    racine = _depot(tmp_path_factory.mktemp("init"), "bru-stars")
    sortie = racine.parent / "site"
    resultat = construire_ici(racine, sortie, FILROUGE_AUJOURDHUI=AUJOURDHUI.isoformat())
    assert resultat.returncode == 0, resultat.stderr
    assert not KIRIKOU.search(resultat.stdout + resultat.stderr)
    return racine, sortie


def test_portail_bru_stars_sans_kirikou(bru_stars: tuple[Path, Path]) -> None:
    _, sortie = bru_stars
    fichiers = [p for p in sortie.rglob("*") if p.is_file()]
    assert len(fichiers) > 50 and (sortie / "bilan").is_dir() and (sortie / "regles.html").is_file()
    mentions = [str(p.relative_to(sortie)) for p in fichiers
                if KIRIKOU.search(p.read_bytes().decode("utf-8", errors="replace"))]
    assert mentions == []


def test_guide_bru_stars_sans_les_pages_criseflex(bru_stars: tuple[Path, Path]) -> None:
    racine, sortie = bru_stars
    assert not (sortie / "guide" / "criseflex.html").exists() and not (sortie / "financement.html").exists()
    assert (sortie / "guide" / "phases.html").is_file() and (sortie / "guide" / "archivage.html").is_file()
    assert "criseflex.md" not in (racine / "mkdocs.yml").read_text(encoding="utf-8")
    index = (sortie / "guide" / "index.html").read_text(encoding="utf-8")
    assert 'href="criseflex.html"' not in index, "le lien vers la page omise devient son texte"


@pytest.mark.parametrize("format_", ["markdown", "csv", "json"])
def test_bilan_bru_stars_sans_kirikou(bru_stars: tuple[Path, Path], format_: str) -> None:
    racine, _ = bru_stars
    for annee in ("2019", str(AUJOURDHUI.year)):
        if format_ == "markdown" and annee == "2019":  # bout en bout : la commande lancée, environnement minimal
            resultat = subprocess.run([sys.executable, "-m", "filrouge", "bilan", annee, "--format", format_],
                                      cwd=racine, capture_output=True, text=True, timeout=120,
                                      env={"FILROUGE_AUJOURDHUI": AUJOURDHUI.isoformat(), "PATH": "/usr/bin:/bin"})
        else:
            resultat = filrouge_ici("bilan", annee, "--format", format_, cwd=racine,
                                    env={"FILROUGE_AUJOURDHUI": AUJOURDHUI.isoformat()})
        assert resultat.returncode == 0, resultat.stderr
        assert not KIRIKOU.search(resultat.stdout + resultat.stderr)


def test_kirikou_garde_ses_pages_criseflex(tmp_path: Path) -> None:
    """Le cas voisin : le dépôt Kirikou publie la procédure Criseflex et la garde dans sa navigation."""
    racine = _depot(tmp_path, "kirikou")
    assert "guide/criseflex.md" in (racine / "mkdocs.yml").read_text(encoding="utf-8")
    sortie = tmp_path / "site"
    resultat = construire_ici(racine, sortie, FILROUGE_AUJOURDHUI=AUJOURDHUI.isoformat())
    assert resultat.returncode == 0, resultat.stderr
    assert (sortie / "guide" / "criseflex.html").is_file() and (sortie / "financement.html").is_file()
    assert 'href="criseflex.html"' in (sortie / "guide" / "index.html").read_text(encoding="utf-8")
