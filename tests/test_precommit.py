"""Le hook pre-commit refuse un commit dont les dossiers ont une erreur, dans un vrai dépôt Git."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.outils import RACINE_PROJET, copier_demo, filrouge_ici

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
    hooks = [h for h in yaml.safe_load(MANIFESTE.read_text(encoding="utf-8")) if h["id"] == "filrouge-valider"]
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
    assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
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
    assert valider["entry"] == "filrouge valider --avant-commit"
    assert valider["language"] == "python", "pre-commit installe filrouge lui-même, rien à mettre dans le PATH"


def test_ce_depot_utilise_ses_propres_hooks_sans_rien_activer() -> None:
    """Le hook de ce dépôt est celui du manifeste, lancé par scripts/filrouge (le .venv du clone)."""
    manifeste = {h["id"]: h for h in yaml.safe_load(MANIFESTE.read_text(encoding="utf-8"))}
    config = yaml.safe_load((RACINE_PROJET / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    locaux = {h["id"]: h for depot in config["repos"] for h in depot["hooks"]}
    assert set(locaux) == {"filrouge-valider"}, "un seul hook : chaque problème dit une fois"
    local, publie = locaux["filrouge-valider"], manifeste["filrouge-valider"]
    assert local["language"] == "script" and local["entry"] == "scripts/filrouge " + publie["entry"].split(" ", 1)[1]
    for cle in ("files", "pass_filenames", "require_serial"):
        assert local.get(cle) == publie.get(cle), cle
    enveloppe = subprocess.run([str(RACINE_PROJET / "scripts" / "filrouge"), "regles", "--format", "json"],
                               env={**os.environ, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=60)
    assert enveloppe.returncode == 0 and enveloppe.stdout.startswith("["), enveloppe.stderr


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


# Un identifiant de chaque sorte, fictif (sommes de contrôle calculées pour des numéros inventés).
PLANTES = {
    "anonymat.telephone": ("La mère est joignable au 0471 23 45 67 le matin.", "0471 23 45 67"),
    "anonymat.email": ("Écrire à jeanne.vermeulen@courriel.test pour la suite.", "jeanne.vermeulen@courriel.test"),
    "anonymat.niss": ("Son numéro de registre national est le 08.03.03-123.05.", "08.03.03-123.05"),
    "anonymat.iban": ("Le remboursement ira sur le compte BE41 0630 1234 5610.", "BE41 0630 1234 5610"),
    "anonymat.date_naissance": ("La jeune fille est née le 3 mars 2008 à Namur.", "3 mars 2008"),
    "anonymat.adresse": ("La famille habite rue des Tilleuls 14, 5000 Namur.", "Tilleuls 14"),
    "anonymat.plaque": ("Le père attend dans sa voiture immatriculée 1-ZRG-417.", "1-ZRG-417"),
    "anonymat.nom": ("Sa mère, Madame Vermeulen, était présente.", "Vermeulen"),
}


@pytest.fixture(scope="module")
def demo_git(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Le réseau de démonstration dans un dépôt Git neuf, hooks pre-commit installés."""
    depot = copier_demo(tmp_path_factory.mktemp("demo") / "reseau")
    (depot / ".pre-commit-config.yaml").write_text(_configuration_locale(), encoding="utf-8")
    _git(depot, "init", "-q")
    _git(depot, "add", "-A")
    assert _git(depot, "commit", "-qm", "import du réseau").returncode == 0
    assert _pre_commit(depot, "install").returncode == 0
    return depot


@pytest.mark.parametrize("regle", sorted(PLANTES))
def test_identifiant_plante_refuse_au_commit_avec_message_masque(demo_git: Path, regle: str) -> None:
    phrase, valeur = PLANTES[regle]
    note = sorted((demo_git / "dossiers/2026-002/concertations").glob("*.md"))[-1]
    original = note.read_text(encoding="utf-8")
    try:
        note.write_text(original + f"\n{phrase}\n", encoding="utf-8")
        _git(demo_git, "add", "-A")
        commit = _git(demo_git, "commit", "-qm", "note complétée")
        sortie = commit.stdout + commit.stderr
        assert commit.returncode != 0, sortie
        assert sortie.count(f"[{regle}]") == 1, "chaque problème est dit une fois"
        assert "Le commit n'a pas été enregistré" in sortie
        assert note.relative_to(demo_git).as_posix() in sortie
        assert valeur not in sortie and valeur.replace(" ", "") not in sortie, "le message doit masquer la donnée"
        assert "*" in sortie
    finally:
        note.write_text(original, encoding="utf-8")
        _git(demo_git, "add", "-A")


def test_avertissements_des_autres_dossiers_tus(demo_git: Path) -> None:
    """Un commit qui ne touche qu'un dossier ne montre que ses avertissements ; les erreurs, toutes."""
    note = sorted((demo_git / "dossiers/2026-002/concertations").glob("*.md"))[-1]
    original = note.read_text(encoding="utf-8")
    try:
        note.write_text(original + "\nÉcrire à jeanne.vermeulen@courriel.test.\n", encoding="utf-8")
        _git(demo_git, "add", "-A")
        commit = _git(demo_git, "commit", "-qm", "note complétée")
        sortie = commit.stdout + commit.stderr
        assert commit.returncode != 0 and "[anonymat.email]" in sortie
        assert "[capacite.saturation]" not in sortie and "[dossier.code_partage]" not in sortie
        assert "d'autres dossiers non montrés" in sortie
    finally:
        note.write_text(original, encoding="utf-8")
        _git(demo_git, "add", "-A")
    direct = filrouge_ici("valider", cwd=demo_git)
    assert "[dossier.code_partage]" in direct.stdout, "filrouge valider, lui, montre tout"


def test_limiter_au_commit() -> None:
    from filrouge.constat import Constat
    from filrouge.verdict import limiter_au_commit

    constats = [Constat("dossiers/2019-008/dossier.yaml", 4, "dossier.code_partage", "avertissement", "a"),
                Constat("dossiers/2019-009/dossier.yaml", 8, "capacite.saturation", "avertissement", "b"),
                Constat("dossiers/2018-001/dossier.yaml", 2, "schema.type", "erreur", "c")]
    montres, tus = limiter_au_commit(constats, {"dossiers/2019-008/concertations/2019-05-01.md"})
    assert [c.regle for c in montres] == ["dossier.code_partage", "schema.type"] and tus == 1
    assert limiter_au_commit(constats, {"reseau.yaml"}) == (constats, 0), "la configuration touche tous les dossiers"
    assert limiter_au_commit(constats, set())[1] == 2
