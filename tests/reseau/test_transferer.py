"""`filrouge transferer` : le relais écrit dans dossier.yaml sans rien perdre, ou refusé sans rien écrire."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from filrouge.cli import main
from filrouge.ecriture_yaml import ajouter_a_la_liste, fixer_cle
from tests.usine import Usine

COMMENTE = """# yaml-language-server: $schema=../../schemas/dossier.schema.json
# Dossier 2019-001 : données fictives.
id: 2019-001
code: LMG20105000   # code fictif
statut: ouvert
dates:
  demande: 2019-02-01
  ouverture: 2019-02-10
"""


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


def test_fixer_cle_remplace_sur_place_et_garde_les_commentaires() -> None:
    texte = fixer_cle(COMMENTE + "casemanager: cm-a   # poste\nacteurs: []\n", "casemanager", "cm-b")
    assert "casemanager: cm-b   # poste\nacteurs: []\n" in texte and texte.startswith(COMMENTE)
    ajoute = fixer_cle(COMMENTE, "casemanager", "cm-b")
    assert ajoute == COMMENTE + "casemanager: cm-b\n"


def test_ajouter_a_une_liste_en_retrait_suivie_d_un_commentaire() -> None:
    texte = COMMENTE + "transferts:\n  - date: 2019-03-01\n    vers: cm-a\n# fin des relais\nacteurs: []\n"
    resultat = ajouter_a_la_liste(texte, "transferts", {"date": dt.date(2019, 4, 1), "de": "cm-a", "vers": "cm-b",
                                                        "motif": None})
    assert resultat == (COMMENTE + "transferts:\n  - date: 2019-03-01\n    vers: cm-a\n  - date: 2019-04-01\n"
                        "    de: cm-a\n    vers: cm-b\n# fin des relais\nacteurs: []\n")


def test_ajouter_a_une_liste_vide_en_ligne() -> None:
    resultat = ajouter_a_la_liste(COMMENTE + "transferts: []  # aucun\n", "transferts", {"date": dt.date(2019, 4, 1),
                                                                                          "vers": "cm-b"})
    assert resultat == COMMENTE + "transferts: # aucun\n- date: 2019-04-01\n  vers: cm-b\n"
    assert yaml.safe_load(resultat)["transferts"] == [{"date": dt.date(2019, 4, 1), "vers": "cm-b"}]


def test_valeur_a_guillemets() -> None:
    """Un motif qui ressemble à du YAML (deux-points, dièse) reste un texte."""
    resultat = ajouter_a_la_liste(COMMENTE, "transferts", {"date": dt.date(2019, 4, 1), "vers": "cm-b",
                                                           "motif": "congé: # long"})
    assert yaml.safe_load(resultat)["transferts"][0]["motif"] == "congé: # long"


def test_le_dossier_de_demo_reste_identique_hors_relais(tmp_path: Path) -> None:
    """Sur un vrai dossier (chaînes pliées sur plusieurs lignes), seul le relais s'ajoute à la fin."""
    source = Path(__file__).resolve().parents[2] / "dossiers" / "2019-011" / "dossier.yaml"
    texte = source.read_text(encoding="utf-8")
    resultat = ajouter_a_la_liste(fixer_cle(texte, "casemanager", "cm-b"), "transferts",
                                  {"date": dt.date(2019, 8, 1), "de": "cm-a", "vers": "cm-b"})
    assert resultat.startswith(texte)
    assert yaml.safe_load(resultat) == {**yaml.safe_load(texte), "casemanager": "cm-b",
                                        "transferts": [{"date": dt.date(2019, 8, 1), "de": "cm-a", "vers": "cm-b"}]}
