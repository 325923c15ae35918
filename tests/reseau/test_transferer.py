"""`filrouge transferer` : le relais écrit dans dossier.yaml sans rien perdre, ou refusé sans rien écrire."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from filrouge.cli import main
from tests.usine import Usine


def _deux_postes(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(
        casemanagers=[{"id": "cm-namur", "etp": 0.5}, {"id": "cm-dinant", "etp": 0.5}], dossiers_par_etp=28,
        casemanager_par_defaut="cm-namur"))


def _transferer(usine: Usine, monkeypatch: pytest.MonkeyPatch, *options: str) -> int:
    monkeypatch.chdir(usine.racine)
    return main(["transferer", "2019-001", *options])


def test_relais_ecrit_et_valide(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _deux_postes(usine)
    chemin = usine.absolu("dossier")
    avant = "# en tête : gardé\n" + chemin.read_text(encoding="utf-8")
    chemin.write_text(avant, encoding="utf-8")
    assert _transferer(usine, monkeypatch, "--vers", "cm-dinant", "--date", "2019-03-04", "--motif", "congé : relais") == 0
    apres = chemin.read_text(encoding="utf-8")
    assert apres.startswith(avant), "le fichier existant est recopié tel quel, commentaires et ordre compris"
    donnees = yaml.safe_load(apres)
    assert donnees["casemanager"] == "cm-dinant"
    assert donnees["transferts"] == [{"date": dt.date(2019, 3, 4), "de": "cm-namur", "vers": "cm-dinant",
                                      "motif": "congé : relais"}]
    assert "Modifié : dossiers/2019-001/dossier.yaml" in capsys.readouterr().out
    assert usine.valider() == []
    # un second relais s'ajoute à la liste et repart du casemanager actuel
    assert _transferer(usine, monkeypatch, "--vers", "cm-namur", "--date", "2019-05-02") == 0
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    assert donnees["casemanager"] == "cm-namur"
    assert [(t["de"], t["vers"]) for t in donnees["transferts"]] == [("cm-namur", "cm-dinant"), ("cm-dinant", "cm-namur")]
    assert usine.valider() == []


@pytest.mark.parametrize(("options", "message"), [
    (("--vers", "julie-dumont", "--date", "2019-03-04"), "casemanager inconnu « j****-d***** »"),
    (("--vers", "cm-dinant", "--date", "2019-01-04"), "le relais suit la demande"),
    (("--vers", "cm-namur", "--date", "2019-03-04"), "déjà suivi par cm-namur"),
])
def test_relais_refuse_sans_rien_ecrire(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                         options: tuple[str, ...], message: str) -> None:
    _deux_postes(usine)
    avant = usine.absolu("dossier").read_bytes()
    assert _transferer(usine, monkeypatch, *options) == 2
    erreur = capsys.readouterr().err
    assert message in erreur and "Traceback" not in erreur and "julie" not in erreur
    assert usine.absolu("dossier").read_bytes() == avant
    assert not list(usine.absolu("dossier").parent.glob(".*.tmp"))


def test_dossier_clos_refuse(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _deux_postes(usine)
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"), d["dates"].update(cloture=dt.date(2019, 5, 1))))
    assert _transferer(usine, monkeypatch, "--vers", "cm-dinant", "--date", "2019-06-01") == 2
    assert "est clos" in capsys.readouterr().err


def test_dossier_inconnu(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(usine.racine)
    assert main(["transferer", "2019-999", "--vers", "cm-namur", "--date", "2019-06-01"]) == 2
    assert "dossier introuvable" in capsys.readouterr().err


def test_fins_de_ligne_windows_gardees(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    _deux_postes(usine)
    chemin = usine.absolu("dossier")
    chemin.write_bytes(chemin.read_bytes().replace(b"\n", b"\r\n"))
    assert _transferer(usine, monkeypatch, "--vers", "cm-dinant", "--date", "2019-03-04") == 0
    brut = chemin.read_bytes()
    assert b"\r\n" in brut and b"\n" not in brut.replace(b"\r\n", b"")
