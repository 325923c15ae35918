import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge.anonymat import analyser_texte, contexte_du_depot
from filrouge import cli
from filrouge.anonymat import proteges

NOMS = ["Zoltanne Kwasniewska", "Marie-Ève Van den Bossche"]


def _proteger(noms):
    assert cli.main(["proteger", *noms]) == 0


def test_store_hors_depot_sans_nom_en_clair(noms_proteges_isoles):
    _proteger(NOMS)
    brut = noms_proteges_isoles.read_text(encoding="utf-8")
    donnees = json.loads(brut)
    assert donnees["sel"] and donnees["empreintes"]
    for nom in NOMS:
        for mot in nom.replace("-", " ").split():
            assert mot.lower() not in brut.lower() or len(mot) <= 3
    assert "kwasniewska" not in brut.lower() and "zoltanne" not in brut.lower()
    if os.name == "posix":
        assert (noms_proteges_isoles.stat().st_mode & 0o077) == 0


@pytest.mark.parametrize(
    "texte",
    [
        "Zoltanne est arrivée en retard.",
        "on a vu zoltanne hier",
        "KWASNIEWSKA a appelé.",
        "La famille Kwaśniewska est absente.",
        "Kwasniewskaa (faute de frappe) reste identifiable.",
        "marie-eve est d'accord.",
        "les Vandenbossche sont d'accord",
        "Ève et son frère sont venus.",
    ],
)
def test_nom_protege_toute_graphie(texte):
    _proteger(NOMS)
    contexte = contexte_du_depot(None)
    constats, _ = analyser_texte(texte, "x.md", contexte)
    assert "anonymat.nom" in [c.regle for c in constats], texte
    for c in constats:
        assert "oltanne" not in c.message and "wasniew" not in c.message.lower()


def test_particules_non_protegees():
    _proteger(NOMS)
    constats, _ = analyser_texte("le rapport de la séance, van den dossier", "x.md", contexte_du_depot(None))
    assert constats == []


def test_refuse_un_fichier_dans_le_depot(tmp_path, monkeypatch):
    (tmp_path / "reseau.yaml").write_text("nom: essai\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FILROUGE_NOMS_PROTEGES", str(tmp_path / "noms.json"))
    assert cli.main(["proteger", "Zoltanne"]) == 2
    assert not (tmp_path / "noms.json").exists()


def test_noms_sur_l_entree_standard(noms_proteges_isoles, tmp_path):
    racine = Path(__file__).resolve().parents[2]
    env = dict(os.environ, FILROUGE_NOMS_PROTEGES=str(noms_proteges_isoles), PYTHONPATH=str(racine / "src"))
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge", "proteger"],
        input="Zoltanne Kwasniewska\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert sortie.returncode == 0, sortie.stderr
    assert "Zoltanne" not in sortie.stdout
    assert proteges.charger(noms_proteges_isoles).contient("ZOLTANNE")


def test_fichier_corrompu_donne_un_avertissement(noms_proteges_isoles):
    noms_proteges_isoles.write_text("{pas du json", encoding="utf-8")
    contexte = contexte_du_depot(None)
    assert contexte.avertissements and "illisible" in contexte.avertissements[0]
