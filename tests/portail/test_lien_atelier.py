"""Le portail complet (celui du casemanager) relie chaque page de dossier à son formulaire dans l'atelier."""

from __future__ import annotations

import re
from pathlib import Path

from filrouge.atelier.serveur import ADRESSE_PAR_DEFAUT


def test_chaque_page_de_dossier_mene_a_l_atelier(site: Path) -> None:
    pages = sorted(p for p in (site / "dossiers").glob("*.html") if p.name != "index.html")
    assert pages
    for page in pages:
        ident = page.stem
        texte = page.read_text(encoding="utf-8")
        liens = re.findall(r'<a href="(http://127\.0\.0\.1:8001/[^"]*)">Ouvrir ce dossier dans l&#x27;atelier</a>|'
                           r'<a href="(http://127\.0\.0\.1:8001/[^"]*)">Ouvrir ce dossier dans l\'atelier</a>', texte)
        assert [a or b for a, b in liens] == [f"http://{ADRESSE_PAR_DEFAUT}/dossiers/{ident}"], ident
