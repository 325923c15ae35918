"""Ce que Git sait du dépôt : hors de tout dépôt, `git` n'est pas lancé ; dans un dépôt, il l'est et répond."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from filrouge import gitinfo
from filrouge.validation import _fichiers_commites


def _espionner(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    lances: list[list[str]] = []
    lancer = subprocess.run

    def espion(commande: list[str], **options: object) -> subprocess.CompletedProcess[bytes]:
        lances.append(commande)
        return lancer(commande, **options)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(gitinfo.subprocess, "run", espion)
    return lances


def test_hors_de_tout_depot_git_n_est_pas_lance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    (tmp_path / "dossiers").mkdir()
    lances = _espionner(monkeypatch)
    assert gitinfo.fichiers_de_reference(tmp_path / "dossiers") is None
    assert gitinfo.reference_des_regles(tmp_path) is None
    assert lances == []


@pytest.mark.parametrize("indice", ["arbre de travail", "GIT_DIR"])
def test_un_depot_designe_autrement_qu_en_dessous_est_demande_a_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                    indice: str) -> None:
    """Un `.git` fichier (arbre de travail lié, sous-module) ou une variable GIT_DIR : c'est Git qui dit."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    if indice == "GIT_DIR":
        monkeypatch.setenv("GIT_DIR", str(tmp_path / "ailleurs.git"))
    else:
        (tmp_path / ".git").write_text("gitdir: /nulle/part\n", encoding="utf-8")
    lances = _espionner(monkeypatch)
    assert gitinfo.fichiers_de_reference(tmp_path) is None
    assert lances


def test_dans_un_sous_repertoire_d_un_depot_git_repond(tmp_path: Path, git_env: None) -> None:
    depot = tmp_path / "depot"
    (depot / "reseau").mkdir(parents=True)
    (depot / "reseau" / "reseau.yaml").write_text("reseau: x\n", encoding="utf-8")
    (depot / "LISEZMOI").write_text("x\n", encoding="utf-8")
    for commande in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "premier"]):
        subprocess.run(["git", "-C", str(depot), *commande], check=True, capture_output=True)
    assert gitinfo.fichiers_de_reference(depot / "reseau") == {"reseau.yaml"}
    reference = gitinfo.reference_des_regles(depot / "reseau")
    assert reference is not None and reference.prefixe == "reseau/"
    assert gitinfo.fichiers_de_reference(depot / "reseau", reference.arbre) == {"reseau.yaml"}


def test_la_reference_suit_l_arbre_que_git_lit(tmp_path: Path, git_env: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """`git replace` donne à HEAD un autre contenu sans changer son nom : l'arbre de la référence change avec lui, et
    la liste de fichiers gardée pour l'ancien arbre n'est plus reprise."""
    depot = tmp_path / "depot"
    depot.mkdir()

    def git(*arguments: str) -> str:
        return subprocess.run(["git", "-C", str(depot), *arguments], check=True, capture_output=True, text=True).stdout

    (depot / "a.yaml").write_text("a: 1\n", encoding="utf-8")
    git("init", "-q")
    git("add", "-A")
    git("commit", "-q", "-m", "premier")
    premier = git("rev-parse", "HEAD").strip()
    (depot / "b.yaml").write_text("b: 1\n", encoding="utf-8")
    git("add", "-A")
    git("commit", "-q", "-m", "second")
    avant = gitinfo.reference_des_regles(depot)
    assert avant is not None and avant.prefixe == "" and gitinfo.fichiers_de_reference(depot, avant.arbre) == {
        "a.yaml", "b.yaml"}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert _fichiers_commites(depot, avant) == {"a.yaml", "b.yaml"}
    git("replace", avant.commit, premier)
    apres = gitinfo.reference_des_regles(depot)
    assert apres is not None and apres.commit == avant.commit and apres.arbre != avant.arbre
    assert gitinfo.fichiers_de_reference(depot, apres.arbre) == gitinfo.fichiers_de_reference(depot) == {"a.yaml"}
    assert _fichiers_commites(depot, apres) == {"a.yaml"}, "la liste gardée pour l'ancien arbre n'est pas reprise"
