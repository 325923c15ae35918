"""`filrouge init` : le dépôt d'un réseau, prêt à l'emploi, qui passe son propre pre-commit et construit son portail."""

from __future__ import annotations

import datetime as dt
import html
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from filrouge.depot import charger_depot
from filrouge.schemas import SCHEMAS, contenu_schema
from filrouge.cli import main
from tests.outils import RACINE_PROJET

PAQUET = RACINE_PROJET / "src" / "filrouge"
ATTENDUS = {
    ".github/pull_request_template.md", ".github/workflows/examen.yml", ".github/workflows/rappels.yml",
    ".github/workflows/verifier.yml",
    ".gitignore", ".gitlab-ci.yml", ".gitlab/merge_request_templates/Financement.md", ".pre-commit-config.yaml",
    "CODEOWNERS", "README.md", "annuaire.yaml", "docs/index.md", "docs/modeles/index.md", "dossiers/.gitkeep",
    "hooks/portail.py", "mkdocs.yml", "reseau.yaml", *(f"schemas/{nom}.schema.json" for nom in SCHEMAS),
}


def _fichiers(racine: Path) -> set[str]:
    return {p.relative_to(racine).as_posix() for p in racine.rglob("*") if p.is_file() and ".git" not in p.parts}


@pytest.mark.parametrize(("reseau", "nom"), [("kirikou", "Réseau Santé Kirikou"), ("bru-stars", "Bru-Stars")])
def test_init_cree_un_depot_valide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                   reseau: str, nom: str) -> None:
    cible = tmp_path / "depot"
    assert main(["init", str(cible), "--reseau", reseau]) == 0
    assert _fichiers(cible) == ATTENDUS
    assert (cible / "reseau.yaml").read_bytes() == (PAQUET / "reseaux" / f"{reseau}.yaml").read_bytes()
    assert all((cible / "schemas" / f"{n}.schema.json").read_text(encoding="utf-8") == contenu_schema(n) for n in SCHEMAS)
    assert charger_depot(cible).dossiers == []
    assert f"# Dossiers de casemanagement – {nom}" in (cible / "README.md").read_text(encoding="utf-8")
    assert yaml.safe_load((cible / "mkdocs.yml").read_text(encoding="utf-8"))["site_name"].startswith(nom)
    monkeypatch.chdir(cible)
    capsys.readouterr()
    assert main(["valider"]) == 0, capsys.readouterr().out


def test_init_refuse_une_cible_non_vide(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cible = tmp_path / "depot"
    cible.mkdir()
    (cible / "notes.txt").write_text("à garder\n", encoding="utf-8")
    assert main(["init", str(cible)]) == 2
    assert capsys.readouterr().err.strip() == f"{cible} existe et n'est pas un répertoire vide : rien n'a été écrit."
    assert _fichiers(cible) == {"notes.txt"}


def test_annuaire_kirikou_identique_a_celui_du_projet() -> None:
    """Copie empaquetée de annuaire.yaml (qui n'est pas dans le paquet) : elles ne doivent pas diverger."""
    assert (PAQUET / "modeles_depot" / "annuaires" / "kirikou.yaml").read_bytes() == (RACINE_PROJET / "annuaire.yaml").read_bytes()


def test_crochets_du_portail_identiques_a_ceux_du_projet() -> None:
    assert (PAQUET / "modeles_depot" / "hooks" / "portail.py").read_bytes() == (RACINE_PROJET / "hooks" / "portail.py").read_bytes()


@pytest.mark.parametrize("reseau", ["kirikou", "bru-stars"])
def test_le_portail_du_depot_cree_publie_le_guide(tmp_path: Path, reseau: str) -> None:
    """Le guide de procédure vient du paquet : le dépôt créé n'en a aucune copie, son portail le publie."""
    from filrouge.portail.guide import pages_fournies, pages_publiees, valeurs
    from filrouge.regles.financement import montant
    from tests.portail.outils_portail import construire_ici

    cible = tmp_path / "depot"
    assert main(["init", str(cible), "--reseau", reseau]) == 0
    assert not (cible / "docs" / "guide").exists() and not (cible / "docs" / "financement.md").exists()
    nav = yaml.safe_load((cible / "mkdocs.yml").read_text(encoding="utf-8"))["nav"]
    guide = next(entree["Guide de procédure"] for entree in nav if "Guide de procédure" in entree)
    config = charger_depot(cible).config
    assert sorted(guide) == sorted(pages_publiees(config)), "les pages propres à un autre réseau (guide_omis) en moins"
    assert set(pages_fournies()) - set(guide) == set(config.guide_omis)
    site = tmp_path / "site"
    resultat = construire_ici(cible, site)
    assert resultat.returncode == 0, resultat.stderr
    phases = html.unescape((site / "guide" / "phases.html").read_text(encoding="utf-8"))
    assert "reseau." not in phases.replace("reseau.yaml", ""), "toutes les marques sont remplacées"
    assert montant(config.plafond_demande) in phases
    assert f"{config.concertation.acteurs_min}" in phases
    assert config.reseau in (site / "guide" / "index.html").read_text(encoding="utf-8")
    accueil = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="guide/index.html"' in accueil
    if "guide/criseflex.md" in config.guide_omis:  # Bru-Stars : la procédure Criseflex n'est pas la sienne
        assert not (site / "guide" / "criseflex.html").exists() and 'href="financement.html"' not in accueil
        return
    criseflex = html.unescape((site / "guide" / "criseflex.html").read_text(encoding="utf-8"))
    assert valeurs(config, dt.date(2019, 6, 15))["enveloppe_annuelle"]() in criseflex
    assert 'href="financement.html"' in accueil
