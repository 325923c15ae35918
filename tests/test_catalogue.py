"""Le catalogue des règles : chaque identifiant que l'outil peut émettre y a sa fiche, complète."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

import filrouge
from filrouge.catalogue import FAMILLES, fiche, fiches, sections
from filrouge.cli import main
from filrouge.modele import Configuration
from filrouge.regles import REGLES

PAQUET = Path(filrouge.__file__).parent
_ID = re.compile(r"^([a-z]+)\.(?!(?:yaml|md|json|html|pdf|csv|ics)$)[a-z_]+$")
"""Un identifiant de règle (« financement.plafond »), pas un nom de fichier (« dossier.yaml »)."""


def _identifiants_du_code() -> set[str]:
    """Chaque texte du code qui a la forme d'un identifiant de règle d'une famille connue."""
    trouves: set[str] = set()
    for fichier in PAQUET.rglob("*.py"):
        for noeud in ast.walk(ast.parse(fichier.read_text(encoding="utf-8"))):
            if isinstance(noeud, ast.Constant) and isinstance(noeud.value, str):
                m = _ID.match(noeud.value)
                if m and m[1] in FAMILLES:
                    trouves.add(noeud.value)
    return trouves


def test_chaque_identifiant_emis_est_catalogue() -> None:
    manquants = _identifiants_du_code() - set(fiches())
    assert not manquants, sorted(manquants)
    assert set(REGLES) <= set(fiches())


@pytest.mark.parametrize("id_regle", sorted(fiches()))
def test_fiche_complete(id_regle: str) -> None:
    f = fiches()[id_regle]
    assert f.famille in FAMILLES
    assert f.gravite in ("erreur", "avertissement")
    assert len(f.resume) >= 20 and len(f.pourquoi) >= 60, "pourquoi : la raison tirée de la procédure"
    assert f.exemple.strip() and len(f.correction) >= 20
    assert set(f.configuration) <= set(Configuration.model_fields), f.configuration


def test_sections_d_une_docstring() -> None:
    texte = sections("Pourquoi : une raison\n  sur deux lignes.\n\nExemple fautif :\n    montant: 12000\n\nCorrection : baisser.")
    assert texte == {"Pourquoi": "une raison sur deux lignes.", "Exemple fautif": "montant: 12000",
                     "Correction": "baisser."}


def test_commande_regles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regles"]) == 0
    lignes = capsys.readouterr().out.splitlines()
    assert len(lignes) == len(fiches())
    assert any(ligne.startswith("financement.plafond") and "erreur" in ligne for ligne in lignes)
    assert main(["regles", "financement.plafond"]) == 0
    texte = capsys.readouterr().out
    assert "Pourquoi" in texte and "Exemple fautif" in texte and "Correction" in texte and "plafond_demande" in texte
    assert main(["regles", "--format", "json"]) == 0
    donnees = json.loads(capsys.readouterr().out)
    assert {d["id"] for d in donnees} == set(fiches())
    assert main(["regles", "financement.plafond", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["configuration"] == ["plafond_demande"]
    assert main(["regles", "financement.plafon"]) == 2
    assert "vouliez-vous dire « financement.plafond »" in capsys.readouterr().err


def test_fiche_introuvable() -> None:
    assert fiche("inconnue.regle") is None
