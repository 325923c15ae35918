"""Le hook pre-commit refuse un commit dont les dossiers ont une erreur, dans un vrai dépôt Git."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.outils import RACINE_PROJET, filrouge

MANIFESTE = RACINE_PROJET / ".pre-commit-hooks.yaml"
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git absent")


def _git(depot: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@exemple.invalid",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@exemple.invalid"}
    return subprocess.run(["git", *arguments], cwd=depot, capture_output=True, text=True, env=env, check=False)


def _configuration_locale() -> str:
    """Les hooks du manifeste, tels quels, mais avec la commande filrouge déjà installée.

    Un dépôt de réseau installe filrouge depuis le dépôt de l'outil (language: python) ;
    ici, sans réseau, on garde les réglages du manifeste et on prend l'environnement de test.
    """
    hooks = yaml.safe_load(MANIFESTE.read_text(encoding="utf-8"))
    bin_ = Path(sys.executable).parent
    for hook in hooks:
        hook["language"] = "system"
        hook["entry"] = hook["entry"].replace("filrouge", str(bin_ / "filrouge"), 1)
    return yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, allow_unicode=True, sort_keys=False)


def _pre_commit(depot: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(depot.parent / "cache-pre-commit")}
    return subprocess.run([sys.executable, "-m", "pre_commit", *arguments], cwd=depot, capture_output=True, text=True,
                          env=env, timeout=300, check=False)


@pytest.fixture
def depot_git(tmp_path: Path) -> Path:
    depot = tmp_path / "reseau"
    depot.mkdir()
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE_PROJET / nom, depot / nom)
    assert filrouge("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
                    cwd=depot).returncode == 0
    (depot / ".pre-commit-config.yaml").write_text(_configuration_locale(), encoding="utf-8")
    _git(depot, "init", "-q")
    _git(depot, "add", "-A")
    return depot


def test_manifeste_valide_tout_le_depot_en_un_processus() -> None:
    """L'enveloppe et la capacité comparent les dossiers : pas de découpage par fichier."""
    hooks = {h["id"]: h for h in yaml.safe_load(MANIFESTE.read_text(encoding="utf-8"))}
    valider = hooks["filrouge-valider"]
    assert valider["pass_filenames"] is False and valider["require_serial"] is True
    assert valider["entry"] == "filrouge valider"


def test_ce_depot_utilise_ses_propres_hooks() -> None:
    manifeste = {h["id"]: h for h in yaml.safe_load(MANIFESTE.read_text(encoding="utf-8"))}
    config = yaml.safe_load((RACINE_PROJET / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    locaux = {h["id"]: h for depot in config["repos"] for h in depot["hooks"]}
    for ident, hook in manifeste.items():
        assert ident in locaux
        for cle in ("entry", "files", "pass_filenames", "require_serial"):
            assert locaux[ident].get(cle) == hook.get(cle), (ident, cle)


def test_pre_commit_accepte_des_donnees_valides(depot_git: Path) -> None:
    resultat = _pre_commit(depot_git, "run", "--all-files")
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "Passed" in resultat.stdout


def test_pre_commit_refuse_le_commit_d_une_erreur(depot_git: Path) -> None:
    assert _git(depot_git, "commit", "-qm", "premier dossier").returncode == 0
    assert _pre_commit(depot_git, "install").returncode == 0
    fichier = depot_git / "dossiers/2026-001/dossier.yaml"
    fichier.write_text(fichier.read_text(encoding="utf-8") + "statut: clos\n", encoding="utf-8")
    _git(depot_git, "add", "-A")
    commit = _git(depot_git, "commit", "-qm", "statut en double")
    assert commit.returncode != 0
    sortie = commit.stdout + commit.stderr
    assert "dossiers/2026-001/dossier.yaml:" in sortie
    assert "[lecture.cle_dupliquee]" in sortie
    assert _git(depot_git, "rev-list", "--count", "HEAD").stdout.strip() == "1"
