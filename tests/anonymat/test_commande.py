import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge.anonymat import commande

CLES = ["fichier", "ligne", "colonne", "regle", "gravite", "message"]
REGLES = {
    "anonymat.nom",
    "anonymat.telephone",
    "anonymat.email",
    "anonymat.niss",
    "anonymat.iban",
    "anonymat.date_naissance",
    "anonymat.adresse",
}


@pytest.fixture
def depot(tmp_path, monkeypatch):
    (tmp_path / "reseau.yaml").write_text("nom: Réseau d'essai\n", encoding="utf-8")
    (tmp_path / "annuaire.yaml").write_text(
        "secteurs: {sante_mentale: Santé mentale}\n"
        "services:\n"
        "  - id: ssm-exemple\n"
        "    nom: SSM Les Tilleuls\n"
        "    secteur: sante_mentale\n"
        "    axe1: true\n"
        "    alias: [Dr Théodore Vandamme]\n"
        "    contact: {telephone: 081 72 14 02, email: accueil@ssm-exemple.be}\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fichier_propre(depot, capsys):
    (depot / "note.md").write_text(
        "---\ncode: JDF20085000\n---\nLa mère (Mme D.) et le SSM Les Tilleuls (081 72 14 02, "
        "accueil@ssm-exemple.be) ; le Dr Théodore Vandamme valide.\n",
        encoding="utf-8",
    )
    assert commande.main(["anonymat", "note.md"]) == 0
    sortie = capsys.readouterr().out
    assert "Aucune donnée identifiante" in sortie and "0 marqueur" in sortie


def test_sortie_texte(depot, capsys):
    (depot / "note.md").write_text("Titre\nGSM de la mère : 0470 12 34 52\n", encoding="utf-8")
    assert commande.main(["anonymat", "note.md"]) == 1
    lignes = capsys.readouterr().out.splitlines()
    assert lignes[0] == (
        "note.md:2:18: [anonymat.telephone] erreur : numéro de téléphone « 04** ** ** 52 » : pas de coordonnées "
        "personnelles dans le dépôt (les contacts professionnels vont dans annuaire.yaml)"
    )
    assert "1 donnée identifiante" in lignes[-1] and "marqueur" in lignes[-1]


def test_sortie_json(depot, capsys):
    (depot / "a.yaml").write_text(
        "motif: Julie Dumont, née le 03/03/2008  # anonymat: ok\n"
        "contact: julie.dumont@example.be\n"
        "compte: BE71 0961 2345 6769\n"
        "niss: 85.07.30-033.28\n"
        "adresse: rue de la Station 12, 5000 Namur\n"
        "ok: 0499 21 43 65  # anonymat: ok numéro public de la permanence\n",
        encoding="utf-8",
    )
    assert commande.main(["anonymat", "--format", "json", "a.yaml"]) == 1
    capture = capsys.readouterr()
    donnees = json.loads(capture.out)
    assert isinstance(donnees, list) and donnees
    for objet in donnees:
        assert list(objet) == CLES
        assert objet["fichier"] == "a.yaml" and objet["gravite"] == "erreur"
        assert isinstance(objet["ligne"], int) and isinstance(objet["colonne"], int)
        assert objet["regle"] in REGLES
    trouvees = {o["regle"] for o in donnees}
    assert trouvees == REGLES - {"anonymat.telephone"}
    assert "Julie" not in capture.out and "0499" not in capture.out and "Station" not in capture.out
    assert "1 marqueur" in capture.err


def test_codes_de_sortie_usage(depot, capsys):
    assert commande.main(["anonymat"]) == 2
    assert commande.main(["anonymat", "absent.md"]) == 2
    (depot / "a.md").write_text("rien\n", encoding="utf-8")
    assert commande.main(["anonymat", "--format", "xml", "a.md"]) == 2
    assert commande.main(["anonymat", "--inconnue", "a.md"]) == 2
    assert commande.main(["anonymat", "."]) == 2
    erreurs = capsys.readouterr().err
    assert "introuvable" in erreurs and "format inconnu" in erreurs and "erreur" in erreurs


def test_fichiers_illisibles(depot, capsys):
    (depot / "image.png").write_bytes(b"\x89PNG\x00\x00\x01")
    (depot / "latin1.txt").write_bytes("café".encode("latin-1"))
    assert commande.main(["anonymat", "image.png", "latin1.txt"]) == 1
    erreurs = capsys.readouterr().err
    assert "image.png" in erreurs and "binaire" in erreurs
    assert "latin1.txt" in erreurs and "UTF-8" in erreurs
    assert "Traceback" not in erreurs


def test_sans_depot_pas_d_autorisation(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "n.md").write_text("Standard : 081 72 14 02\n", encoding="utf-8")
    assert commande.main(["anonymat", "n.md"]) == 1


def test_branchement_dans_un_parseur_existant():
    parseur = argparse.ArgumentParser(prog="filrouge")
    sous = parseur.add_subparsers(dest="commande")
    commande.ajouter_sous_commandes(sous)
    args = parseur.parse_args(["anonymat", "--format", "json", "a.md", "b.yaml"])
    assert args.executer is commande.executer_anonymat
    assert args.fichiers == ["a.md", "b.yaml"] and args.format == "json"
    args = parseur.parse_args(["proteger", "Nom"])
    assert args.executer is commande.executer_proteger


def test_aide_en_francais(capsys):
    assert commande.main(["anonymat", "--help"]) == 0
    aide = capsys.readouterr().out
    assert "utilisation" in aide and "Affiche cette aide" in aide


def test_en_sous_processus_sans_traceback(depot):
    (depot / "n.md").write_text("Mme Verhaegen a appelé.\n", encoding="utf-8")
    racine = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(racine / "src"))
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge.anonymat.commande", "anonymat", "n.md", "absent.md"],
        capture_output=True, text=True, env=env, cwd=depot,
    )
    assert sortie.returncode == 2 and "Traceback" not in sortie.stderr
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge.anonymat.commande", "anonymat", "n.md"],
        capture_output=True, text=True, env=env, cwd=depot,
    )
    assert sortie.returncode == 1 and "V*******" in sortie.stdout and "Verhaegen" not in sortie.stdout
