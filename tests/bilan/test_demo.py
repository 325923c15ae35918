"""Le réseau de démonstration (dossiers/ à la racine du projet) redonne chaque chiffre publié.

Chiffres de l'évaluation 2018 et du bilan 2019 (voir ../shared/DOMAIN.md), lus dans la
sortie JSON de `filrouge bilan` (clés documentées dans filrouge/bilan/rendu_json.py).
Le bilan 2019 publié arrêtait ses chiffres au 15 novembre 2019 : on le reproduit avec
`--au 2019-11-15`, et le bilan par défaut (au 31 décembre) donne les mêmes chiffres sur
la démonstration, où rien ne se passe entre ces deux dates.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.bilan.outils import lancer

RACINE = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not (RACINE / "dossiers" / "2019-001").is_dir(),
                                reason="réseau de démonstration absent")


def bilan(monkeypatch: pytest.MonkeyPatch, *arguments: str) -> dict[str, Any]:
    monkeypatch.chdir(RACINE)
    code, sortie = lancer("bilan", *arguments, "--format", "json")
    assert code == 0
    return json.loads(sortie)


@pytest.fixture
def b2018(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return bilan(monkeypatch, "2018")


@pytest.fixture(params=[("--au", "2019-11-15"), ()], ids=["au-15-novembre", "au-31-decembre"])
def b2019(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    return bilan(monkeypatch, "2019", *request.param)


def test_2018_treize_dossiers_ouverts(b2018: dict[str, Any]) -> None:
    assert b2018["dossiers"]["ouverts"] == 13


def test_2018_tranches_age(b2018: dict[str, Any]) -> None:
    assert b2018["tranches_age"] == {"0-6 ans": 2, "6-12 ans": 1, "12-15 ans": 5, "16-23 ans": 5}
    assert b2018["hors_tranches"] == 0


def test_2018_quatre_demandes_toutes_accordees(b2018: dict[str, Any]) -> None:
    assert b2018["financement"]["demandes"] == 4
    assert b2018["financement"]["accordees"]["nombre"] == 4
    assert b2018["financement"]["montant_accorde"] == 9938


def test_2018_neuf_pour_cent_de_l_enveloppe(b2018: dict[str, Any]) -> None:
    assert b2018["enveloppe"]["montant"] == 110421
    assert round(b2018["enveloppe"]["part_accordee_pourcent"]) == 9


def test_2018_concorde_avec_l_evaluation(b2018: dict[str, Any]) -> None:
    accords = {e["libelle"]: e["concorde"] for e in b2018["ecarts"]}
    assert accords.pop("part de l'enveloppe utilisée en ressources humaines (%)") is None  # pas dans les dossiers
    assert all(accords.values()), accords


def test_2019_tableau(b2019: dict[str, Any]) -> None:
    t = b2019["tableau"]
    assert t["2018-2019"]["dossiers"] == 4
    assert t["2018-en-cours"]["dossiers"] == 3
    assert t["2019-2019"]["dossiers"] == 5
    assert t["2019-2019"]["demandes_financement"] == 2
    assert t["2019-2019"]["montant_accorde"] == 10000
    assert t["2019-en-cours"]["dossiers"] == 10
    assert t["2019-en-cours"]["demandes_financement"] == 1
    assert t["non-ouvertes"]["dossiers"] == 3
    assert "en-attente" not in t


def test_2019_vingt_cinq_dossiers_dont_vingt_deux_suivis(b2019: dict[str, Any]) -> None:
    d = b2019["dossiers"]
    assert d["total"] == 25
    assert d["suivis"] == 22
    assert d["actifs"] == 13
    assert d["clos"] == 9
    assert d["anterieurs_actifs"] == 7  # le tableau ; le texte publié disait 5


def test_2019_trois_demandes_non_ouvertes_pour_saturation(b2019: dict[str, Any]) -> None:
    assert b2019["demandes"]["non_ouvertes_par_motif"] == {"saturation": 3}
    assert b2019["demandes"]["recues"] == 18


def test_2019_cinquante_huit_concertations(b2019: dict[str, Any]) -> None:
    assert b2019["concertations"]["nombre"] == 58
    assert round(b2019["concertations"]["presence_moyenne"]) == 10


def test_2019_criseflex(b2019: dict[str, Any]) -> None:
    f = b2019["financement"]
    assert f["demandes"] == 3
    assert (f["accordees"]["nombre"], f["accordees"]["montant_accorde"], f["accordees"]["cout_total"]) == (1, 10000, 15000)
    assert f["refusees"]["nombre"] == 1
    assert f["retirees"]["nombre"] == 1
    assert f["en_attente"]["nombre"] == 0


def test_2019_seize_actifs_en_juin_au_dessus_de_la_capacite(b2019: dict[str, Any]) -> None:
    c = b2019["capacite"]
    assert c["capacite"] == 14
    assert c["mois"]["2019-06"]["maximum"] == 16
    assert "2019-06" in c["mois_au_dessus"]
    assert any(s["debut"] <= "2019-06-30" and (s["fin"] is None or s["fin"] >= "2019-06-01") for s in c["saturations"])


def test_2019_secteurs_peu_mobilises_affiches(b2019: dict[str, Any]) -> None:
    secteurs = {s["id"]: s for s in b2019["secteurs"]}
    assert "adulte" in secteurs
    assert any(s["peu_mobilise"] for s in secteurs.values())


def test_2019_dit_ou_le_texte_publie_divergeait(b2019: dict[str, Any]) -> None:
    divergents = {e["cle"]: e for e in b2019["ecarts"] if e["concorde"] is False}
    assert set(divergents) == {"dossiers.anterieurs_actifs", "demandes.traitees"}
    assert (divergents["dossiers.anterieurs_actifs"]["publie"], divergents["dossiers.anterieurs_actifs"]["calcule"]) == (5, 7)
    assert "le tableau fait foi" in divergents["dossiers.anterieurs_actifs"]["note"]
    assert (divergents["demandes.traitees"]["publie"], divergents["demandes.traitees"]["calcule"]) == (23, 25)
