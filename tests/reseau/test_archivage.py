"""Archivage : un dossier clos sort des portails des partenaires, puis du dépôt une fois ses chiffres arrêtés,
et la procédure du guide l'efface de l'historique Git."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge import publication
from filrouge.cli import main
from filrouge.modele.configuration import plus_mois
from tests.portail.fixtures import RACINE_PROJET, copier_portail
from tests.portail.outils_portail import construire_ici
from tests.usine import Usine

CLOTURE = dt.date(2019, 5, 1)


def _clore(usine: Usine, cloture: dt.date = CLOTURE) -> None:
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"), d["dates"].update(cloture=cloture)))


# --- visibilité pour les partenaires ----------------------------------------------------------------

@pytest.mark.parametrize(("jour", "visible"), [(dt.date(2020, 5, 1), True), (dt.date(2020, 5, 2), False)])
def test_dossier_clos_visible_douze_mois(usine: Usine, jour: dt.date, visible: bool) -> None:
    """12 mois après la clôture (reseau.yaml de démonstration), le dossier sort du portail du partenaire."""
    _clore(usine)
    pub = publication.charger(usine.racine)
    assert [d.id for d in pub.restreinte("spj-namur", jour).dossiers] == (["2019-001"] if visible else [])
    assert [d.id for d in pub.restreinte(None, jour).dossiers] == ["2019-001"], "le portail complet le garde"


def test_sans_duree_de_visibilite_toujours_visible(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(archivage={}))
    _clore(usine)
    pub = publication.charger(usine.racine)
    assert [d.id for d in pub.restreinte("spj-namur", dt.date(2040, 1, 1)).dossiers] == ["2019-001"]


def test_dossier_ouvert_toujours_visible(usine: Usine) -> None:
    pub = publication.charger(usine.racine)
    assert [d.id for d in pub.restreinte("spj-namur", dt.date(2040, 1, 1)).dossiers] == ["2019-001"]


def test_plus_mois_fin_de_mois() -> None:
    assert plus_mois(dt.date(2019, 1, 31), 1) == dt.date(2019, 2, 28)
    assert plus_mois(dt.date(2019, 12, 15), 12) == dt.date(2020, 12, 15)
    assert plus_mois(dt.date(2020, 2, 29), 12) == dt.date(2021, 2, 28)


def test_construction_partenaire_d_aujourd_hui(tmp_path: Path) -> None:
    """Le dépôt de démonstration construit aujourd'hui pour un partenaire : aucun dossier clos depuis plus longtemps
    que la visibilité configurée, mais ses dossiers ouverts y sont."""
    racine = copier_portail(tmp_path / "depot")
    shutil.rmtree(racine / "dossiers")
    shutil.copytree(RACINE_PROJET / "dossiers", racine / "dossiers")
    aujourdhui = dt.date.today()
    service = "medecin-generaliste"
    pub = publication.charger(racine)
    duree = pub.config.archivage.visible_partenaires_mois
    assert duree is not None
    du_service = {d.id: d.dossier.fin_de_suivi() for d in pub.dossiers if service in d.services}
    attendus = {i for i, fin in du_service.items() if fin is None or plus_mois(fin, duree) >= aujourdhui}
    assert attendus and attendus != set(du_service), "le dépôt de démonstration a des dossiers des deux sortes"
    sortie = tmp_path / "site"
    resultat = construire_ici(racine, sortie, "--pour", service, FILROUGE_AUJOURDHUI=aujourdhui.isoformat())
    assert resultat.returncode == 0, resultat.stderr
    publies = {p.stem for p in (sortie / "dossiers").glob("*.html")} - {"index"}
    assert publies == attendus
    # ni page, ni calendrier, ni ligne d'index ou d'actions (le catalogue des règles cite des identifiants d'exemple)
    textes = "\n".join(p.read_text(encoding="utf-8") for p in [*(sortie / "dossiers").rglob("*"),
                                                                *(sortie / "actions").rglob("*")] if p.is_file())
    for cache in set(du_service) - attendus:
        assert cache not in textes, cache


# --- filrouge archiver ----------------------------------------------------------------------------

def _archiver(usine: Usine, monkeypatch: pytest.MonkeyPatch, jour: str, *options: str) -> int:
    monkeypatch.chdir(usine.racine)
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", jour)
    return main(["archiver", *options])


def test_avant_la_fin_de_la_conservation(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    _clore(usine)
    assert _archiver(usine, monkeypatch, "2029-05-01", "--appliquer") == 0  # 120 mois pile : encore gardé
    assert "rien à archiver" in capsys.readouterr().out
    assert usine.absolu("dossier").is_file()


def test_liste_sans_rien_retirer(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _clore(usine)
    (usine.racine / "bilan").mkdir()
    (usine.racine / "bilan" / "2019.yaml").write_text("annee: 2019\n", encoding="utf-8")
    assert _archiver(usine, monkeypatch, "2029-05-02") == 0
    sortie = capsys.readouterr().out
    assert "2019-001 : suivi terminé le 2019-05-01, conservation jusqu'au 2029-05-01 : à retirer." in sortie
    assert "Rien n'a été modifié" in sortie
    assert usine.absolu("dossier").is_file()


def test_retrait_refuse_sans_chiffres_arretes(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _clore(usine)
    assert _archiver(usine, monkeypatch, "2029-05-02", "--appliquer") == 1
    sortie = capsys.readouterr().out
    assert "retrait refusé : chiffres de 2019 non arrêtés (filrouge bilan 2019 --arreter)" in sortie
    assert usine.absolu("dossier").is_file()


def test_retrait_une_fois_les_chiffres_arretes(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Un dossier demandé en 2018 et clos en 2019 compte dans deux bilans : les deux doivent être arrêtés."""
    _clore(usine)
    usine.ecrire("dossier", modifier=lambda d: d["dates"].update(demande=dt.date(2018, 12, 3)))
    (usine.racine / "bilan").mkdir()
    (usine.racine / "bilan" / "2019.yaml").write_text("annee: 2019\n", encoding="utf-8")
    assert _archiver(usine, monkeypatch, "2029-05-02", "--appliquer") == 1
    assert "chiffres de 2018 non arrêtés" in capsys.readouterr().out
    (usine.racine / "bilan" / "2018.yaml").write_text("annee: 2018\n", encoding="utf-8")
    assert _archiver(usine, monkeypatch, "2029-05-02", "--appliquer") == 0
    assert "2019-001 : suivi terminé le 2019-05-01, conservation jusqu'au 2029-05-01 : retiré." in capsys.readouterr().out
    assert not (usine.racine / "dossiers" / "2019-001").exists()


def test_sans_duree_de_conservation(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(archivage={}))
    _clore(usine)
    assert _archiver(usine, monkeypatch, "2099-01-01", "--appliquer") == 0
    assert "Aucune durée de conservation" in capsys.readouterr().out
    assert usine.absolu("dossier").is_file()


# --- effacer de l'historique : la procédure du guide, sur un dépôt jetable ---------------------------

def _git(depot: Path, *arguments: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(["git", "-C", str(depot), *arguments], check=True, capture_output=True, text=True,
                          env=env).stdout


def test_git_filter_repo_efface_le_dossier_de_tout_l_historique(tmp_path: Path) -> None:
    if shutil.which("git") is None:
        pytest.skip("git absent")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "coordination", "GIT_AUTHOR_EMAIL": "coordination@exemple.invalid",
           "GIT_COMMITTER_NAME": "coordination", "GIT_COMMITTER_EMAIL": "coordination@exemple.invalid",
           "GIT_CEILING_DIRECTORIES": str(tmp_path)}
    origine = tmp_path / "origine"
    origine.mkdir()
    _git(origine, "init", "-q", "-b", "main", env=env)
    efface, garde = origine / "dossiers" / "2018-001", origine / "dossiers" / "2019-002"
    for repertoire, contenu in ((efface, "temoin-efface-5521"), (garde, "temoin-garde-7730")):
        repertoire.mkdir(parents=True)
        (repertoire / "dossier.yaml").write_text(f"id: {repertoire.name}\nmotif_demande: {contenu}\n", encoding="utf-8")
        _git(origine, "add", ".", env=env)
        _git(origine, "commit", "-q", "-m", f"Dossier {repertoire.name}", env=env)
    (efface / "dossier.yaml").write_text("id: 2018-001\nmotif_demande: temoin-efface-5521 bis\n", encoding="utf-8")
    _git(origine, "commit", "-q", "-am", "Modification", env=env)
    shutil.rmtree(efface)  # filrouge archiver --appliquer, puis commit
    _git(origine, "commit", "-q", "-am", "Archivage de 2018-001", env=env)
    assert _git(origine, "log", "--all", "--oneline", "--", "dossiers/2018-001/", env=env).strip()

    # La procédure du guide : un clone neuf, git filter-repo, la vérification.
    clone = tmp_path / "depot-a-nettoyer"
    subprocess.run(["git", "clone", "-q", "--no-local", str(origine), str(clone)], check=True, env=env)
    _git(clone, "filter-repo", "--invert-paths", "--path", "dossiers/2018-001/", env=env)
    assert _git(clone, "log", "--all", "--oneline", "--", "dossiers/2018-001/", env=env).strip() == ""
    for commit in _git(clone, "rev-list", "--all", env=env).split():
        chemins = _git(clone, "ls-tree", "-r", "--name-only", commit, env=env).split()
        assert not [c for c in chemins if c.startswith("dossiers/2018-001/")], commit
    objets = subprocess.run(["git", "-C", str(clone), "cat-file", "--batch-all-objects", "--batch"], check=True,
                            capture_output=True, env=env).stdout
    assert b"temoin-efface-5521" not in objets and b"temoin-garde-7730" in objets
    assert (clone / "dossiers" / "2019-002" / "dossier.yaml").is_file()
