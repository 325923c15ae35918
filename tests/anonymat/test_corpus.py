"""Porte de qualité : rappel et faux positifs de la garde sur le corpus étiqueté (pas de chronométrage)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parents[2]
CORPUS = sorted((Path(__file__).with_name("corpus")).glob("*.jsonl"))


def _bench():
    spec = importlib.util.spec_from_file_location("bench_anonymat", RACINE / "scripts" / "bench_anonymat.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def mesure():
    bench = _bench()
    fiches = bench.charger(CORPUS)
    contexte = bench.contexte_du_corpus(fiches)
    return bench.evaluer(fiches, bench.analyseur_garde(contexte)), fiches


def test_corpus_bien_forme():
    fiches = [json.loads(l) for chemin in CORPUS for l in chemin.read_text(encoding="utf-8").splitlines() if l.strip()]
    assert len(fiches) >= 500
    negatifs = [f for f in fiches if f["categorie"] == "aucune"]
    assert len(negatifs) >= 200
    for fiche in fiches:
        if fiche["categorie"] != "aucune":
            assert 0 <= fiche["debut"] < fiche["fin"] <= len(fiche["texte"]), fiche["id"]


@pytest.mark.parametrize(
    "categorie,cible",
    [
        ("telephone", 99.5), ("email", 99.5), ("niss", 99.5), ("bis", 99.5), ("iban", 99.5),
        ("date_naissance", 98.0), ("adresse", 98.0),
        ("nom_civilite", 99.0), ("nom_protege", 99.0), ("nom (tous)", 95.0),
    ],
)
def test_rappel(mesure, categorie, cible):
    resultat, _ = mesure
    trouves, total = resultat["rappel"][categorie]
    assert total > 0
    assert 100.0 * trouves / total >= cible, resultat["rates"].get(categorie, [])[:5]


def test_faux_positifs(mesure):
    resultat, _ = mesure
    assert 100.0 * resultat["faux_positifs"] / resultat["negatifs"] <= 5.0, resultat["fp"][:10]
