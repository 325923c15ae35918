import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge import cli
from filrouge.commandes import anonymat, proteger


def lancer(argv: list[str]) -> int:
    """`filrouge …` dans le processus : code de sortie, y compris pour les erreurs d'usage d'argparse."""
    try:
        return cli.main(argv)
    except SystemExit as sortie:
        return int(sortie.code or 0)

CLES = ["fichier", "ligne", "colonne", "regle", "gravite", "message"]
REGLES = {
    "anonymat.nom",
    "anonymat.telephone",
    "anonymat.email",
    "anonymat.niss",
    "anonymat.iban",
    "anonymat.date_naissance",
    "anonymat.adresse",
    "anonymat.plaque",
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
    assert lancer(["anonymat", "note.md"]) == 0
    capture = capsys.readouterr()
    assert capture.out == ""
    assert "Aucune donnée identifiante" in capture.err and "0 marqueur" in capture.err


def test_sortie_texte(depot, capsys):
    (depot / "note.md").write_text("Titre\nGSM de la mère : 0470 12 34 52\n", encoding="utf-8")
    assert lancer(["anonymat", "note.md"]) == 1
    capture = capsys.readouterr()
    # même forme que `filrouge valider` (fichier:ligne: [regle] message), avec la colonne
    assert capture.out.splitlines() == [
        "note.md:2:18: [anonymat.telephone] numéro de téléphone « 04** ** ** 52 » : pas de coordonnées "
        "personnelles dans le dépôt (les contacts professionnels vont dans annuaire.yaml)"
    ]
    assert "1 donnée identifiante" in capture.err and "marqueur" in capture.err


def test_sortie_json(depot, capsys):
    (depot / "a.yaml").write_text(
        "motif: Julie Dumont, née le 03/03/2008  # anonymat: ok\n"
        "contact: julie.dumont@example.be\n"
        "compte: BE71 0961 2345 6769\n"
        "niss: 85.07.30-033.28\n"
        "adresse: rue de la Station 12, 5000 Namur\n"
        "vehicule: 1-ZRG-417\n"
        "ok: 0499 21 43 65  # anonymat: ok numéro public de la permanence\n",
        encoding="utf-8",
    )
    assert lancer(["anonymat", "--format", "json", "a.yaml"]) == 1
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
    assert "ZRG" not in capture.out
    assert "1 marqueur" in capture.err


def test_codes_de_sortie_usage(depot, capsys):
    assert lancer(["anonymat"]) == 2
    assert lancer(["anonymat", "absent.md"]) == 2
    (depot / "a.md").write_text("rien\n", encoding="utf-8")
    assert lancer(["anonymat", "--format", "xml", "a.md"]) == 2
    assert lancer(["anonymat", "--inconnue", "a.md"]) == 2
    assert lancer(["anonymat", "."]) == 2
    erreurs = capsys.readouterr().err
    assert "introuvable" in erreurs and "format inconnu" in erreurs and "erreur" in erreurs


def test_fichiers_illisibles(depot, capsys):
    (depot / "image.png").write_bytes(b"\x89PNG\x00\x00\x01")
    (depot / "latin1.txt").write_bytes("café".encode("latin-1"))
    assert lancer(["anonymat", "image.png", "latin1.txt"]) == 1
    erreurs = capsys.readouterr().err
    assert "image.png" in erreurs
    assert "latin1.txt" in erreurs and "UTF-8" in erreurs
    assert "Traceback" not in erreurs


def test_sans_depot_pas_d_autorisation(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "n.md").write_text("Standard : 081 72 14 02\n", encoding="utf-8")
    assert lancer(["anonymat", "n.md"]) == 1


def test_branchement_dans_un_parseur_existant():
    parseur = argparse.ArgumentParser(prog="filrouge")
    sous = parseur.add_subparsers(dest="commande")
    anonymat.ajouter(sous)
    proteger.ajouter(sous)
    args = parseur.parse_args(["anonymat", "--format", "json", "a.md", "b.yaml"])
    assert args.executer is anonymat.executer
    assert args.fichiers == ["a.md", "b.yaml"] and args.format == "json"
    args = parseur.parse_args(["proteger", "Nom"])
    assert args.executer is proteger.executer


def test_aide_en_francais(capsys):
    assert lancer(["anonymat", "--help"]) == 0
    aide = capsys.readouterr().out
    assert "utilisation" in aide and "Affiche cette aide" in aide


def test_en_sous_processus_sans_traceback(depot):
    (depot / "n.md").write_text("Mme Verhaegen a appelé.\n", encoding="utf-8")
    racine = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(racine / "src"))
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge", "anonymat", "n.md", "absent.md"],
        capture_output=True, text=True, env=env, cwd=depot,
    )
    assert sortie.returncode == 2 and "Traceback" not in sortie.stderr
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge", "anonymat", "n.md"],
        capture_output=True, text=True, env=env, cwd=depot,
    )
    assert sortie.returncode == 1 and "V*******" in sortie.stdout and "Verhaegen" not in sortie.stdout


def test_tube_nomme_et_peripherique_refuses_sans_bloquer(depot, capsys):
    os.mkfifo(depot / "tube")
    assert lancer(["anonymat", "tube", "/dev/zero"]) == 1
    erreurs = capsys.readouterr().err
    assert "tube" in erreurs and "/dev/zero" in erreurs and "fichier ordinaire" in erreurs


def test_lien_symbolique_et_fichier_enorme_refuses(depot, capsys):
    (depot / "gros.md").write_text("a" * 1_000_001, encoding="utf-8")
    (depot / "vrai.md").write_text("rien\n", encoding="utf-8")
    (depot / "lien.md").symlink_to(depot / "vrai.md")
    assert lancer(["anonymat", "gros.md", "lien.md"]) == 1
    erreurs = capsys.readouterr().err
    assert "trop volumineux" in erreurs and "liens symboliques" in erreurs


def test_plus_de_parseur_en_double():
    assert not hasattr(anonymat, "ParseurFrancais") and not hasattr(anonymat, "main")
