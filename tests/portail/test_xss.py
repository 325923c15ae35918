"""Le texte d'un dossier est hostile : aucune charge XSS ne devient script, gestionnaire ou URL javascript:."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.portail.fixtures import depot_exemple
from tests.portail.outils_portail import Lecteur, construire_ici, lire_html

CHARGES = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="jav&#x09;ascript:alert(1)">clic</a>',
    "<svg onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<div style="background:url(javascript:alert(1))" onmouseover="alert(1)">survol</div>',
    "<object data=x></object><embed src=x>",
    '"><script>alert(1)</script>',
    "{{ reseau.nom }} {% raw %}",
]
CHARGE = " ".join(CHARGES)


def _piege(valeur: Any) -> Any:
    """Remplace chaque texte libre par les charges (les identifiants et dates restent valides)."""
    if isinstance(valeur, dict):
        return {k: (_piege(v) if k not in {"id", "qui", "avec_qui", "presents", "absents", "referent",
                                            "coordinateur_soin", "pedopsychiatre", "initiateur", "service",
                                            "statut", "role", "initiales", "canal", "dossier", "coordinateur",
                                            "type", "fichier", "heure_", "jeune_informe_par"} else v)
                for k, v in valeur.items()}
    if isinstance(valeur, list):
        return [_piege(v) for v in valeur]
    if isinstance(valeur, str):
        return valeur + " " + CHARGE
    return valeur


@pytest.fixture(scope="module")
def site_piege(tmp_path_factory: pytest.TempPathFactory) -> Path:
    racine = depot_exemple(tmp_path_factory.mktemp("depot-xss"))
    for chemin in (racine / "dossiers").rglob("*.yaml"):
        if chemin.name == "preparation.yaml":
            continue
        donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
        chemin.write_text(yaml.safe_dump(_piege(donnees), allow_unicode=True, sort_keys=False), encoding="utf-8")
    recit = racine / "dossiers" / "2019-001" / "concertations" / "2019-05-20.md"
    recit.write_text(recit.read_text(encoding="utf-8") + "\n" + "\n\n".join(CHARGES) + "\n", encoding="utf-8")
    sortie = tmp_path_factory.mktemp("site-xss") / "site"
    resultat = construire_ici(racine, sortie)
    assert resultat.returncode == 0, resultat.stderr
    return sortie


def test_charges_bien_plantees(site_piege: Path) -> None:
    html = (site_piege / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") > 5, "les champs simples sont affichés échappés"
    assert "{{ reseau.nom }} {% raw %}" in html


def test_aucun_script_actif_ni_gestionnaire(site_piege: Path) -> None:
    pages = list(site_piege.rglob("*.html"))
    assert len(pages) > 10
    for page in pages:
        lecteur = lire_html(page)
        assert not lecteur.gestionnaires, (page, lecteur.gestionnaires[:3])
        assert not lecteur.urls_javascript, (page, lecteur.urls_javascript[:3])
        assert not lecteur.cadres, (page, lecteur.cadres)
        for attributs, contenu in lecteur.scripts:
            assert "alert" not in contenu, page
            source = attributs.get("src", "")
            assert not source or source.startswith(("../assets/", "assets/", "../../assets/", "/assets/")), (page, source)
        assert not any("style" in attrs for balise, attrs in lecteur.elements if balise in ("div", "a", "p")), page


def test_index_de_recherche_sans_balise_active(site_piege: Path) -> None:
    """L'index garde des fragments HTML : lus comme HTML, ils n'ont ni script, ni gestionnaire, ni javascript:."""
    index = json.loads((site_piege / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert any("alert(1)" in doc["text"] for doc in index["docs"]), "les charges sont indexées, en texte"
    for doc in index["docs"]:
        for champ in ("text", "title"):
            lecteur = Lecteur()
            lecteur.feed(doc.get(champ, ""))
            lecteur.close()
            assert not lecteur.scripts and not lecteur.gestionnaires and not lecteur.urls_javascript, doc["location"]
            assert not lecteur.cadres, doc["location"]
