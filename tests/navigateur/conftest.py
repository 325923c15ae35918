"""Un seul Chromium par processus d'essai, partagé par tous les fichiers du navigateur.

Chaque essai ouvre son propre contexte (cookies, stockage, cache, taille d'écran) et le ferme : rien ne passe
d'un essai à l'autre ; seul le lancement du navigateur et du pilote de Playwright (≈ 1 s) n'est plus refait
pour chaque fichier.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="session")
def navigateur() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            yield chromium
        finally:
            chromium.close()
