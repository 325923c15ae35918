"""Le premier jour d'un réseau, comme il se passe vraiment : `filrouge init`, Git, pre-commit, un commit refusé.

Le PATH ne contient pas l'environnement de développement (.venv/bin) : les hooks doivent trouver
filrouge tout seuls, installé par pre-commit depuis une source qui existe (ici une roue construite
depuis ce clone ; une adresse Git épinglée s'écrit de la même façon, voir test_init_source_*), et
seulement le cœur (ni portail ni PDF). Seuls les paquets des registres sont téléchargés.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from filrouge.francais import ErreurUtilisation
from filrouge.init_depot import Source, source_depuis
from tests.outils import RACINE_PROJET

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git absent")
BIN = Path(sys.executable).parent
CHEMIN_SANS_VENV = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep)
                                   if Path(p).resolve() != BIN.resolve()) or "/usr/bin:/bin"
FERMETURE = "Le commit n'a pas été enregistré"


@pytest.fixture(scope="module")
def roue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """La roue de ce clone tel qu'il est (les changements non commités compris)."""
    sortie = tmp_path_factory.mktemp("roue")
    resultat = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(sortie), str(RACINE_PROJET)],
                              capture_output=True, text=True, timeout=300)
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    return next(sortie.glob("filrouge-*.whl"))


@pytest.fixture(scope="module")
def reseau(tmp_path_factory: pytest.TempPathFactory, roue: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    """Un dépôt de réseau créé par `filrouge init --source ROUE`, un dossier, hooks installés, premier commit."""
    base = tmp_path_factory.mktemp("premier-jour")
    env = {**os.environ, "PATH": CHEMIN_SANS_VENV, "PRE_COMMIT_HOME": str(base / "pre-commit"),
           "GIT_AUTHOR_NAME": "Casemanager", "GIT_AUTHOR_EMAIL": "cm@exemple.invalid",
           "GIT_COMMITTER_NAME": "Casemanager", "GIT_COMMITTER_EMAIL": "cm@exemple.invalid",
           "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_CEILING_DIRECTORIES": str(base), "FILROUGE_AUJOURDHUI": "2026-03-02",
           # pip n'y compile pas d'avance le bytecode de tout ce qu'il installe (≈ 6 s de processeur, phonenumbers
           # et ses milliers de modules de métadonnées) : le hook compile ce qu'il importe, à son premier passage
           "PIP_COMPILE": "0"}
    env.pop("VIRTUAL_ENV", None)
    depot = base / "reseau"
    init = subprocess.run([str(BIN / "filrouge"), "init", str(depot), "--source", str(roue)], env=env,
                          capture_output=True, text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    assert "pre-commit install" in init.stdout, "init dit quoi faire ensuite"
    assert (depot / ".git").is_dir(), "init crée le dépôt Git"
    nouveau = subprocess.run([str(BIN / "filrouge"), "nouveau", "dossier", "--code", "LMG20101000", "--service",
                              "spj-namur", "--date", "2026-03-02"], cwd=depot, env=env, capture_output=True, text=True)
    assert nouveau.returncode == 0, nouveau.stderr
    subprocess.run(["git", "add", "-A"], cwd=depot, env=env, check=True)
    yield depot, env


def _pre_commit(depot: Path, env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(BIN / "pre-commit"), *arguments], cwd=depot, env=env, capture_output=True, text=True,
                          timeout=600)


def _git(depot: Path, env: dict[str, str], *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=depot, env=env, capture_output=True, text=True, timeout=600)


def test_le_depot_cree_passe_son_pre_commit_avec_le_coeur_seul(reseau: tuple[Path, dict[str, str]]) -> None:
    depot, env = reseau
    resultat = _pre_commit(depot, env, "run", "--all-files")
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "filrouge : schéma, règles métier et anonymat" in resultat.stdout and "Passed" in resultat.stdout
    environnements = list(Path(env["PRE_COMMIT_HOME"]).glob("*/py_env-*/lib/python*/site-packages"))
    assert environnements, "pre-commit a installé filrouge dans son propre environnement"
    installes = {p.name.lower() for p in environnements[0].iterdir()}
    assert "filrouge" in installes and "pydantic" in installes
    assert not installes & {"mkdocs", "material", "matplotlib", "weasyprint"}, "le hook n'installe que le cœur"


def test_un_commit_refuse_le_dit_en_francais_une_seule_fois(reseau: tuple[Path, dict[str, str]]) -> None:
    depot, env = reseau
    assert _pre_commit(depot, env, "install").returncode == 0
    premier = _git(depot, env, "commit", "-qm", "Création du dépôt")
    assert premier.returncode == 0, premier.stdout + premier.stderr
    note = depot / "dossiers" / "2026-001" / "note-de-travail.md"
    note.write_text("La mère est joignable au 0471 23 45 67 le matin.\n", encoding="utf-8")
    _git(depot, env, "add", "-A")
    refus = _git(depot, env, "commit", "-qm", "note")
    sortie = refus.stdout + refus.stderr
    assert refus.returncode != 0, sortie
    assert sortie.count("[anonymat.telephone]") == 1, "chaque problème est dit une fois"
    assert "0471 23 45 67" not in sortie
    assert FERMETURE in sortie and "git add" in sortie
    assert _git(depot, env, "rev-list", "--count", "HEAD").stdout.strip() == "1"
    # Corrigé sans « git add » : pre-commit vérifie ce qui est indexé, la phrase le rappelle.
    note.write_text("La mère est joignable le matin.\n", encoding="utf-8")
    encore = _git(depot, env, "commit", "-qm", "note")
    assert encore.returncode != 0 and "git add" in encore.stdout + encore.stderr
    _git(depot, env, "add", "-A")
    accepte = _git(depot, env, "commit", "-qm", "note")
    assert accepte.returncode == 0, accepte.stdout + accepte.stderr
    assert FERMETURE not in accepte.stdout + accepte.stderr


def test_init_source_git_epinglee(tmp_path: Path) -> None:
    """Une adresse Git demande une révision ; un dépôt local est épinglé à son commit, jamais à une branche."""
    with pytest.raises(ErreurUtilisation, match="--version"):
        source_depuis("https://forge.exemple.invalid/filrouge.git", None)
    distante = source_depuis("https://forge.exemple.invalid/filrouge.git", "v0.1.0")
    assert distante.exigence() == "filrouge @ git+https://forge.exemple.invalid/filrouge.git@v0.1.0"
    assert distante.exigence("portail") == "filrouge[portail] @ git+https://forge.exemple.invalid/filrouge.git@v0.1.0"
    config = yaml.safe_load(distante.configuration_pre_commit())
    assert config["repos"] == [{"repo": "https://forge.exemple.invalid/filrouge.git", "rev": "v0.1.0",
                                "hooks": [{"id": "filrouge-valider"}]}]
    locale = source_depuis(str(RACINE_PROJET), "HEAD")
    assert locale.revision is not None and len(locale.revision) == 40
    with pytest.raises(ErreurUtilisation):
        source_depuis(str(tmp_path), None)  # ni roue, ni adresse, ni dépôt Git
    with pytest.raises(ErreurUtilisation, match="introuvable"):
        source_depuis(str(tmp_path / "filrouge-0.1.0-py3-none-any.whl"), None)


def test_les_fichiers_crees_n_ont_plus_de_jeton(tmp_path: Path) -> None:
    from filrouge.init_depot import JETONS, creer_depot

    source = Source(roue="https://paquets.exemple.invalid/filrouge-0.1.0-py3-none-any.whl")
    creer_depot(tmp_path / "depot", source)
    for fichier in (tmp_path / "depot").rglob("*"):
        if fichier.is_file() and ".git" not in fichier.parts:
            texte = fichier.read_text(encoding="utf-8")
            assert not any(j in texte for j in JETONS), fichier
    verifier = (tmp_path / "depot" / ".github" / "workflows" / "verifier.yml").read_text(encoding="utf-8")
    assert f'"{source.exigence()}"' in verifier
    assert "filrouge[portail,impression] @ https://paquets" in (tmp_path / "depot" / "README.md").read_text(encoding="utf-8")
