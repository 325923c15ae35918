"""L'exemple complet publié avec les modèles : valide pour chaque réseau livré, et complet (chaque statut)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
import yaml

from filrouge.depot import charger_references
from filrouge.exemple import ID_EXEMPLE, exemple_complet, pieces_de_l_exemple
from filrouge.validation import valider
from tests.usine import RESEAUX, RACINE_PROJET


@pytest.mark.parametrize("reseau", sorted(RESEAUX))
def test_l_exemple_passe_valider_sans_rien_signaler(tmp_path: Path, reseau: str) -> None:
    shutil.copy(RESEAUX[reseau], tmp_path / "reseau.yaml")
    shutil.copy(RACINE_PROJET / "annuaire.yaml", tmp_path / "annuaire.yaml")
    references = charger_references(tmp_path)
    fichiers = exemple_complet(references.config, references.partenaires, dt.date(2026, 11, 24))
    base = tmp_path / "dossiers" / ID_EXEMPLE
    for chemin, texte in fichiers.items():
        (base / chemin).parent.mkdir(parents=True, exist_ok=True)
        (base / chemin).write_text(texte, encoding="utf-8")
    for piece in pieces_de_l_exemple(fichiers):
        (base / piece).parent.mkdir(parents=True, exist_ok=True)
        (base / piece).write_bytes(b"%PDF-1.4\n% piece fictive\n")
    assert valider(tmp_path, cache=False) == []
    dossier = yaml.safe_load(fichiers["dossier.yaml"])
    assert {a["role"] for a in dossier["acteurs"]} >= {"jeune", "famille", "aidant_proche", "professionnel"}
    note = yaml.safe_load(next(t for c, t in fichiers.items() if c.startswith("concertations/") and c.endswith(".yaml")))
    assert {a["statut"] for a in note["actions"]} == {"a_faire", "en_cours", "faite", "abandonnee"}
    demandes = [yaml.safe_load(t) for c, t in fichiers.items() if c.startswith("financements/")]
    if references.config.enveloppes or references.config.enveloppe_par_defaut:
        assert demandes and demandes[0]["decision"]["statut"] == "accordee" and demandes[0]["remboursement"]
