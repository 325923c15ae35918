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


def test_demande_a_remplir_et_signer_par_le_referent(site: Path) -> None:
    """Le référent partenaire, sans accès au dépôt, imprime ce formulaire depuis son portail : chaque attestation du
    modèle, le plafond du réseau, les deux pièces obligatoires, et rien qui désigne le jeune autrement que par son code."""
    from filrouge.modele.financement import LIBELLES_ATTESTATIONS

    texte = (site / "modeles" / "fichiers" / "demande-a-signer.md").read_text(encoding="utf-8")
    assert "$" not in texte
    for libelle in LIBELLES_ATTESTATIONS.values():
        assert f"- ☐ {libelle} ;" in texte, libelle
    assert "au plus 10\u202f000\xa0€" in texte
    assert "note de synthèse" in texte and "devis du prestataire, ou à défaut une estimation" in texte
    assert "Code du jeune (jamais son nom)" in texte and "Certifié sincère et conforme" in texte
    assert "n'est jamais déposée\ndans le dépôt" in texte
    html = (site / "modeles" / "index.html").read_text(encoding="utf-8")
    assert 'href="fichiers/demande-a-signer.md"' in html


def test_guide_du_referent_sans_acces_au_depot(site: Path) -> None:
    """Le parcours du référent partenaire : imprimer, remplir et signer, le casemanager enregistre."""
    import html as html_module

    page = html_module.unescape((site / "guide" / "demande-partenaire.html").read_text(encoding="utf-8"))
    for attendu in ("filrouge imprimer", "filrouge financement nouveau", "demande-a-signer.md", "portail partenaire",
                    "casemanager l'enregistre", "financement.coordinateur", "financement.piece_note",
                    "n'entre jamais dans le dépôt", "10\u202f000\xa0€"):
        assert attendu in page, attendu
    financement = html_module.unescape((site / "financement.html").read_text(encoding="utf-8"))
    assert 'href="guide/demande-partenaire.html"' in financement
