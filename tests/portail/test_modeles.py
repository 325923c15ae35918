"""Chaque formulaire se télécharge depuis le portail et passe le schéma JSON du dépôt."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from tests.portail.fixtures import RACINE_PROJET

SCHEMAS = {
    "dossier.yaml": "dossier", "phase-preparatoire.yaml": "preparation", "note-de-synthese.yaml": "concertation",
    "demande-financement.yaml": "financement",
}


def _json(valeur: Any) -> Any:
    """YAML lit les dates en objets date ; le schéma (comme l'éditeur) les attend en texte AAAA-MM-JJ."""
    if isinstance(valeur, dict):
        return {k: _json(v) for k, v in valeur.items()}
    if isinstance(valeur, list):
        return [_json(v) for v in valeur]
    return valeur.isoformat() if isinstance(valeur, dt.date) else valeur


@pytest.mark.parametrize("nom,schema", sorted(SCHEMAS.items()))
def test_formulaire_valide_selon_le_schema(site: Path, nom: str, schema: str) -> None:
    contenu = (site / "modeles" / "fichiers" / nom).read_text(encoding="utf-8")
    assert contenu.startswith("# yaml-language-server: $schema="), "l'éditeur trouve le schéma"
    validateur = jsonschema.Draft202012Validator(
        json.loads((RACINE_PROJET / "schemas" / f"{schema}.schema.json").read_text(encoding="utf-8")))
    erreurs = [e.message for e in validateur.iter_errors(_json(yaml.safe_load(contenu)))]
    assert not erreurs, erreurs


def test_formulaires_markdown_telechargeables_tels_quels(site: Path) -> None:
    fichiers = site / "modeles" / "fichiers"
    for nom in ("note-de-synthese.md", "charte.md", "fiche-presence.md"):
        assert (fichiers / nom).is_file(), nom
        assert not (fichiers / nom.replace(".md", ".html")).exists(), "un formulaire n'est pas rendu en page"
    assert "Réseau Santé Kirikou" in (fichiers / "charte.md").read_text(encoding="utf-8")
    assert "$" not in (fichiers / "fiche-presence.md").read_text(encoding="utf-8")


def test_page_des_modeles(site: Path) -> None:
    html = (site / "modeles" / "index.html").read_text(encoding="utf-8")
    for nom in ("dossier.yaml", "phase-preparatoire.yaml", "note-de-synthese.yaml", "note-de-synthese.md",
                "demande-financement.yaml", "charte.md", "fiche-presence.md"):
        assert f'href="fichiers/{nom}"' in html, nom
    assert "10 000 €" in html and "éditeur web" in html and "git commit" in html
