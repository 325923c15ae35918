"""Le bilan compté depuis les périodes de suivi, et les bilans arrêtés (bilan/AAAA.yaml) du dépôt du réseau.

Ce qui doit tenir : rouvrir en 2026 un dossier clos ne change aucun chiffre d'une année passée ;
un bilan arrêté ne change pas en silence (chaque différence nomme ses dossiers) ; les chiffres
publiés par Kirikou sont les bilans arrêtés du dépôt de démonstration, pas du paquet.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from filrouge.bilan.calcul import calculer
from filrouge.cli import main
from filrouge.cycle import rouvrir
from filrouge.publication import charger
from tests.bilan.fabrique import Fabrique
from tests.usine import Usine

RACINE = Path(__file__).resolve().parents[2]
AUJOURDHUI = "2026-12-02"


def bilan_json(racine: Path, monkeypatch: pytest.MonkeyPatch, *arguments: str) -> dict[str, Any]:
    monkeypatch.chdir(racine)
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie):
        assert main(["bilan", *arguments, "--format", "json"]) == 0
    return json.loads(sortie.getvalue())


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Une copie du dépôt de démonstration (configuration, annuaire, dossiers, bilans arrêtés)."""
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    copie = tmp_path / "demo"
    copie.mkdir()
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE / nom, copie / nom)
    for nom in ("dossiers", "bilan"):
        shutil.copytree(RACINE / nom, copie / nom)
    return copie


def test_rouvrir_en_2026_ne_change_ni_2018_ni_2019(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    avant = {args: bilan_json(demo, monkeypatch, *args) for args in (("2018",), ("2019", "--au", "2019-11-15"))}
    clos_2018 = sorted(p.parent.name for p in (demo / "dossiers").glob("2018-*/dossier.yaml")
                       if yaml.safe_load(p.read_text(encoding="utf-8"))["statut"] == "clos")
    assert len(clos_2018) >= 10
    for ident in clos_2018:
        rouvrir(demo, ident, dt.date(2026, 3, 2), "nouvelle demande du réseau")
    for args, chiffres in avant.items():
        assert bilan_json(demo, monkeypatch, *args) == chiffres, args
    apres_2026 = bilan_json(demo, monkeypatch, "2026")
    assert set(clos_2018) <= set(apres_2026["dossiers"]["ids"]["ouverts"])  # la réouverture compte bien, en 2026


def test_une_annee_entre_deux_periodes_ne_compte_pas_le_dossier(fabrique: Fabrique) -> None:
    chemin = fabrique.dossier("2018-001", demande="2018-03-01", ouverture="2018-03-05", cloture="2018-10-01")
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    donnees["dates"] = {"demande": dt.date(2018, 3, 1)}
    donnees["episodes"] = [{"ouverture": dt.date(2018, 3, 5), "cloture": dt.date(2018, 10, 1), "motif_cloture": "autre"},
                           {"ouverture": dt.date(2020, 2, 3), "motif_reouverture": "retour"}]
    donnees["statut"] = "ouvert"
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    pub = charger(fabrique.racine)
    b2018, b2019, b2020 = (calculer(pub, annee, aujourdhui=dt.date(2026, 1, 1)) for annee in (2018, 2019, 2020))
    assert (b2018.ouverts, b2018.clos) == (("2018-001",), ("2018-001",))
    assert b2019.suivis == () and all(m.maximum == 0 for m in b2019.mois)
    assert (b2020.ouverts, b2020.en_cours) == (("2018-001",), ("2018-001",))
    assert [l.cle for l in b2020.tableau if l.dossiers] == ["2020-en-cours"]


PUBLIES = {
    2018: {"dossiers.ouverts": 13, "tranches_age.0-6 ans": 2, "tranches_age.6-12 ans": 1, "tranches_age.12-15 ans": 5,
           "tranches_age.16-23 ans": 5, "financement.demandes": 4, "financement.accordees.nombre": 4,
           "enveloppe.montant": 110421, "enveloppe.part_accordee_pourcent": 9, None: 23},
    2019: {"demandes.traitees": 23, "dossiers.anterieurs_actifs": 5, "tableau.2018-2019.dossiers": 4,
           "tableau.2018-en-cours.dossiers": 3, "tableau.2019-2019.dossiers": 5,
           "tableau.2019-2019.demandes_financement": 2, "tableau.2019-2019.montant_accorde": 10000,
           "tableau.2019-en-cours.dossiers": 10, "tableau.2019-en-cours.demandes_financement": 1,
           "tableau.non-ouvertes.dossiers": 3, "dossiers.total": 25, "demandes.non_ouvertes_par_motif.saturation": 3,
           "dossiers.suivis": 22, "dossiers.actifs": 13, "dossiers.clos": 9, "concertations.nombre": 58,
           "concertations.presence_moyenne": 10, "financement.demandes": 3, "financement.accordees.nombre": 1,
           "financement.accordees.montant_accorde": 10000, "financement.accordees.cout_total": 15000,
           "financement.refusees.nombre": 1, "financement.retirees.nombre": 1, "capacite.mois.2019-06.maximum": 16,
           "capacite.capacite": 14},
}
"""Chaque chiffre publié par Kirikou (évaluation 2018, bilan 2019 ; voir DOMAIN.md)."""


@pytest.mark.parametrize("annee", [2018, 2019])
def test_les_bilans_arretes_de_la_demo_portent_chaque_chiffre_publie(annee: int) -> None:
    arrete = yaml.safe_load((RACINE / "bilan" / f"{annee}.yaml").read_text(encoding="utf-8"))
    assert {c.get("cle"): c["valeur"] for c in arrete["chiffres"]} == PUBLIES[annee]
    assert arrete["arrete_au"] == {2018: dt.date(2018, 12, 31), 2019: dt.date(2019, 11, 15)}[annee]


def test_la_demo_concorde_avec_ses_bilans_arretes_sauf_les_chiffres_faits_a_la_main(
        demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    b2018 = bilan_json(demo, monkeypatch, "2018")
    assert [e["concorde"] for e in b2018["ecarts"]].count(False) == 0
    b2019 = bilan_json(demo, monkeypatch, "2019", "--au", "2019-11-15")
    divergents = {e["cle"]: (e["publie"], e["calcule"]) for e in b2019["ecarts"] if e["concorde"] is False}
    assert divergents == {"demandes.traitees": (23, 25), "dossiers.anterieurs_actifs": (5, 7)}
    assert all(not e["dossiers_en_plus"] and not e["dossiers_en_moins"] for e in b2019["ecarts"])


def test_le_paquet_ne_porte_aucun_bilan_de_kirikou() -> None:
    """Un dépôt Bru-Stars ne se compare pas au bilan de Kirikou : les chiffres publiés ne sont plus dans le paquet."""
    import filrouge

    bilan = Path(filrouge.__file__).parent / "bilan"
    assert not [p.name for p in bilan.iterdir() if p.suffix in (".yaml", ".yml", ".json")]
    assert not [p.name for p in bilan.glob("*.py") if "Kirikou" in p.read_text(encoding="utf-8")]


def test_un_reseau_sans_bilan_arrete_ne_se_compare_a_rien(usine_bru: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert bilan_json(usine_bru.racine, monkeypatch, "2019")["ecarts"] == []


def test_arreter_puis_recalculer_nomme_les_dossiers(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    monkeypatch.chdir(usine.racine)
    assert main(["bilan", "2019", "--arreter"]) == 0
    assert "Écrit : bilan/2019.yaml" in capsys.readouterr().out
    assert usine.valider() == []  # le fichier écrit passe son schéma
    figes = yaml.safe_load((usine.racine / "bilan" / "2019.yaml").read_text(encoding="utf-8"))
    ouverts = next(c for c in figes["chiffres"] if c["cle"] == "dossiers.ouverts")
    assert ouverts == {"cle": "dossiers.ouverts", "valeur": 1, "dossiers": ["2019-001"]}
    assert all(e["concorde"] for e in bilan_json(usine.racine, monkeypatch, "2019")["ecarts"])

    usine.ajouter_dossier("2019-002", ouverture=dt.date(2019, 6, 3))  # un dossier de 2019 ajouté après coup
    capsys.readouterr()
    chiffres = bilan_json(usine.racine, monkeypatch, "2019")
    ecart = next(e for e in chiffres["ecarts"] if e["cle"] == "dossiers.ouverts")
    assert (ecart["publie"], ecart["calcule"], ecart["concorde"]) == (1, 2, False)
    assert ecart["dossiers_en_plus"] == ["2019-002"] and ecart["dossiers_en_moins"] == []
    assert "diffèrent du calcul" in capsys.readouterr().err
    monkeypatch.chdir(usine.racine)
    sortie = io.StringIO()
    with contextlib.redirect_stdout(sortie):
        assert main(["bilan", "2019"]) == 0
    assert "comptés en plus : 2019-002" in sortie.getvalue()


def test_un_bilan_arrete_ne_se_remplace_pas(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    monkeypatch.chdir(usine.racine)
    assert main(["bilan", "2019", "--arreter"]) == 0
    avant = (usine.racine / "bilan" / "2019.yaml").read_bytes()
    assert main(["bilan", "2019", "--arreter"]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert (usine.racine / "bilan" / "2019.yaml").read_bytes() == avant


def test_une_annee_en_cours_ne_s_arrete_pas(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    monkeypatch.chdir(usine.racine)
    assert main(["bilan", "2026", "--arreter"]) == 2
    assert "n'est pas terminée" in capsys.readouterr().err
    assert not (usine.racine / "bilan").exists()


def test_un_bilan_arrete_mal_forme_est_une_erreur(usine: Usine) -> None:
    (usine.racine / "bilan").mkdir()
    (usine.racine / "bilan" / "2019.yaml").write_text("annee: 2019\narrete_au: 2019-12-31\nchiffres:\n- valeur: douze\n",
                                                      encoding="utf-8")
    (usine.racine / "bilan" / "2020.yaml").write_text("annee: 2021\narrete_au: 2021-12-31\nchiffres: []\n",
                                                      encoding="utf-8")
    constats = usine.valider()
    assert {(c.fichier, c.gravite) for c in constats} == {("bilan/2019.yaml", "erreur"), ("bilan/2020.yaml", "erreur")}
