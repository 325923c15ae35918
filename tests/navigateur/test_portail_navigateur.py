"""Le portail de démonstration dans un vrai navigateur (Chromium de Debian piloté par Playwright).

On ouvre l'accueil, on cherche un mot du guide en français, on ouvre le tableau d'actions d'un
dossier et « Mes actions » d'un service ; chaque requête du navigateur est notée et aucune ne
doit quitter le serveur local. Les captures d'écran restent dans artefacts/captures/ (artefacts
de la CI).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.outils import RACINE_PROJET, port_libre, serveur_local

CHROMIUM = Path("/usr/bin/chromium")
CAPTURES = RACINE_PROJET / "artefacts" / "captures"
AUJOURDHUI = "2026-11-24"

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium est requis en CI (scripts/tests.sh l'installe) : /usr/bin/chromium absent")
    pytest.skip("Chromium absent (apt-get install chromium)", allow_module_level=True)

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.navigateur


@pytest.fixture(scope="module")
def serveur(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Le portail de démonstration construit par `filrouge portail construire`, servi tel quel.

    Un site statique servi par un petit serveur local : c'est ce que reçoivent les partenaires
    (la CSP est dans chaque page en <meta>) ; `servir` et son en-tête sont testés à part.
    """
    racine = tmp_path_factory.mktemp("portail")
    for nom in ("reseau.yaml", "annuaire.yaml", "mkdocs.yml"):
        shutil.copy2(RACINE_PROJET / nom, racine / nom)
    for nom in ("dossiers", "docs", "hooks", "schemas"):
        shutil.copytree(RACINE_PROJET / nom, racine / nom)
    construction = subprocess.run([sys.executable, "-m", "filrouge", "portail", "construire", "--sortie", "site"],
                                  cwd=racine, env={**os.environ, "FILROUGE_AUJOURDHUI": AUJOURDHUI},
                                  capture_output=True, text=True, timeout=300)
    assert construction.returncode == 0, construction.stderr[-2000:]
    port = port_libre()
    with serveur_local([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                        "--directory", str(racine / "site")], cwd=racine, adresse=f"http://127.0.0.1:{port}/") as adresse:
        yield adresse


@pytest.fixture(scope="module")
def navigateur() -> Iterator[object]:
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(navigateur: object, serveur: str) -> Iterator[tuple[object, list[str]]]:
    contexte = navigateur.new_context(viewport={"width": 1280, "height": 900}, locale="fr-BE")
    requetes: list[str] = []
    contexte.on("request", lambda requete: requetes.append(requete.url))
    page = contexte.new_page()
    try:
        yield page, requetes
    finally:
        contexte.close()
        local = urlparse(serveur).netloc
        sorties = [u for u in requetes if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != local]
        assert not sorties, f"requêtes sorties du serveur local : {sorties}"


def _capture(page: object, nom: str) -> None:
    CAPTURES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(CAPTURES / f"{nom}.png"), full_page=True)


def test_accueil(page: tuple[object, list[str]], serveur: str) -> None:
    p, requetes = page
    p.goto(serveur)
    assert "Filrouge" in p.title()
    assert p.locator("nav").first.is_visible()
    _capture(p, "accueil")
    assert requetes, "le navigateur a bien chargé des ressources (toutes locales)"


def test_recherche_en_francais(page: tuple[object, list[str]], serveur: str) -> None:
    """« activation » trouve « les critères d'activation » : l'élision française est séparée."""
    p, _ = page
    p.goto(serveur)
    p.wait_for_load_state("networkidle")
    p.locator(".md-search__input").first.click()
    p.locator("input.md-search__input").press_sequentially("activation", delay=30)
    resultats = p.locator(".md-search-result__item")
    resultats.first.wait_for(timeout=30_000)
    assert "d'activation" in " ".join(resultats.all_inner_texts()).lower()
    _capture(p, "recherche")
    resultats.first.locator("a").first.click()
    p.wait_for_load_state()
    assert urlparse(p.url).path.endswith("/guide/activation.html")


def test_tableau_d_actions_avec_retard(page: tuple[object, list[str]], serveur: str) -> None:
    p, _ = page
    p.goto(serveur + "dossiers/index.html")
    p.locator("a[href$='2026-001.html']").first.click()
    p.wait_for_load_state()
    retard = p.locator(".action-en-retard").first
    assert retard.is_visible()
    assert "retard" in retard.inner_text().lower()
    _capture(p, "dossier-2026-001")


def test_mes_actions_d_un_service(page: tuple[object, list[str]], serveur: str) -> None:
    p, _ = page
    p.goto(serveur + "actions/index.html")
    p.locator("a[href$='ssm-capj.html']").first.click()
    p.wait_for_load_state()
    assert p.locator("h1").first.inner_text().strip()
    lignes = p.locator("table tbody tr")
    assert lignes.count() > 0
    _capture(p, "mes-actions-ssm-capj")
