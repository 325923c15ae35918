"""Casemanagers dans les sorties : la coordination et les rappels par casemanager ; les fermetures de l'accueil
dans le bilan."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from filrouge import publication
from filrouge.cli import main
from filrouge.portail.tableaux import tableau_casemanagers
from filrouge.portail.vues import ChargeCasemanager, coordination
from tests.outils import RACINE_PROJET
from tests.usine import Usine


def _deux_postes(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(
        casemanagers=[{"id": "cm-namur", "etp": 0.5}, {"id": "cm-dinant", "etp": 0.25}], dossiers_par_etp=28,
        casemanager_par_defaut="cm-namur"))
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-dinant"))
    usine.ajouter_dossier("2019-002")  # ouvert, jamais réuni, casemanager par défaut


def test_coordination_par_casemanager(usine: Usine) -> None:
    _deux_postes(usine)
    c = coordination(publication.charger(usine.racine), dt.date(2019, 4, 20))
    assert c.charges == [ChargeCasemanager("cm-namur", 0.5, 1, 14), ChargeCasemanager("cm-dinant", 0.25, 1, 7)]
    html = tableau_casemanagers(c)
    assert "cm-dinant" in html and "0,25" in html and "saturation" not in html


def test_coordination_relais_au_fil_du_temps(usine: Usine) -> None:
    """Avant le relais, le dossier compte chez celui qui l'a cédé."""
    _deux_postes(usine)
    usine.ecrire("dossier", modifier=lambda d: d.update(transferts=[
        {"date": dt.date(2019, 4, 1), "de": "cm-namur", "vers": "cm-dinant"}]))
    pub = publication.charger(usine.racine)
    assert [(x.id, x.actifs) for x in coordination(pub, dt.date(2019, 3, 31)).charges] == [("cm-namur", 2), ("cm-dinant", 0)]
    assert [(x.id, x.actifs) for x in coordination(pub, dt.date(2019, 4, 1)).charges] == [("cm-namur", 1), ("cm-dinant", 1)]


def test_coordination_casemanager_sature(usine: Usine) -> None:
    _deux_postes(usine)
    usine.ecrire("reseau", modifier=lambda r: r.update(dossiers_par_etp=4))  # cm-dinant : capacité 1
    html = tableau_casemanagers(coordination(publication.charger(usine.racine), dt.date(2019, 4, 20)))
    assert "1 (saturation)" in html and "casemanager-sature" in html


def test_rappels_par_casemanager(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _deux_postes(usine)
    monkeypatch.chdir(usine.racine)
    assert main(["rappels", "--aujourdhui", "2019-04-20"]) == 0
    lignes = capsys.readouterr().out.splitlines()
    titres = [ligne for ligne in lignes if ligne.startswith("#")]
    assert titres == ["# Rappels du 2019-04-20",
                      "## Casemanager : `cm-dinant`",
                      "### Référent : `déléguée – Service de protection de la jeunesse (SPJ) de Namur`",
                      "#### Dossier 2019-001",
                      "## Casemanager : `cm-namur`",
                      "### Référent : `professionnel – Service de protection de la jeunesse (SPJ) de Namur`",
                      "#### Dossier 2019-002"]
    assert main(["rappels", "--aujourdhui", "2019-04-20", "--format", "texte"]) == 0
    texte = capsys.readouterr().out.splitlines()
    assert texte[1] == "Casemanager : cm-dinant" and texte[2].startswith("  Référent : déléguée")


def test_rappels_d_un_seul_casemanager_sans_titre(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(usine.racine)
    assert main(["rappels", "--aujourdhui", "2019-04-20"]) == 0
    assert not any(ligne.startswith("## Casemanager") for ligne in capsys.readouterr().out.splitlines())


def _bilan(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *options: str) -> dict:
    monkeypatch.chdir(RACINE_PROJET)
    assert main(["bilan", *options, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_bilan_montre_la_fermeture_de_l_accueil(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """Kirikou a fermé l'accueil de juin à octobre 2019 ; 2018 n'a pas de fermeture."""
    donnees = _bilan(monkeypatch, capsys, "2019", "--au", "2019-11-15")
    assert [(f["du"], f["au"]) for f in donnees["capacite"]["fermetures"]] == [("2019-06-01", "2019-10-31")]
    assert donnees["demandes"]["non_ouvertes_par_motif"] == {"saturation": 3}
    assert _bilan(monkeypatch, capsys, "2018")["capacite"]["fermetures"] == []
    monkeypatch.chdir(RACINE_PROJET)
    assert main(["bilan", "2019", "--au", "2019-11-15"]) == 0
    assert "Accueil fermé du 1er juin 2019 au 31 octobre 2019" in capsys.readouterr().out
