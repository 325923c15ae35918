from __future__ import annotations

import json
from pathlib import Path

import pytest

from filrouge.publication import Publication
from filrouge.francais import ErreurUtilisation
from tests.bilan.outils import lancer


def test_bilan_json_depuis_la_racine(petit_reseau: Publication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(petit_reseau.racine / "dossiers")  # la racine se trouve en remontant
    code, sortie = lancer("bilan", "2019", "--format", "json", "--au", "2019-11-15")
    assert code == 0
    donnees = json.loads(sortie)
    assert donnees["arrete_au"] == "2019-11-15" and donnees["dossiers"]["actifs"] == 3


def test_bilan_markdown_et_csv(petit_reseau: Publication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(petit_reseau.racine)
    assert lancer("bilan", "2019")[1].startswith("# Bilan 2019")
    assert "# bilan-2019-criseflex.csv" in lancer("bilan", "2019", "--format", "csv")[1]


def test_date_arret_hors_annee(petit_reseau: Publication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(petit_reseau.racine)
    with pytest.raises(ErreurUtilisation, match="n'est pas dans l'année 2019"):
        lancer("bilan", "2019", "--au", "2020-01-01")


@pytest.mark.parametrize("arguments", [["bilan", "19"], ["bilan", "2019", "--au", "15/11/2019"],
                                       ["bilan", "2019", "--format", "pdf"], ["imprimer"]])
def test_arguments_invalides(arguments: list[str]) -> None:
    with pytest.raises(SystemExit) as sortie:
        lancer(*arguments)
    assert sortie.value.code == 2


def test_hors_depot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from filrouge.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    assert main(["bilan", "2019"]) == 2
    assert "aucun reseau.yaml" in capsys.readouterr().err
