"""La commande `filrouge valider` sur le réseau de démonstration : le contrat que la CI utilise.

Lancée dans un processus à part là où l'essai affirme ce que fait le processus (code de sortie sans trace, erreurs
d'utilisation, lecteur qui part, modules importés) ; appelée dans le processus des essais (`filrouge_ici`, même
`main`, mêmes sorties) là où il n'affirme que le contrat de sortie."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.outils import copier_demo, filrouge, filrouge_ici, photographier

CLES = {"fichier", "ligne", "regle", "gravite", "message"}
LIGNE_TEXTE = re.compile(r"^(?P<fichier>[^:\s]+)(?::(?P<ligne>\d+))?: \[(?P<regle>[a-z_]+\.[a-z0-9_]+)\] (?P<message>.+)$")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copier_demo(tmp_path_factory.mktemp("demo"))


def test_demo_sans_erreur(demo: Path) -> None:
    resultat = filrouge("valider", "--format", "json", cwd=demo)
    constats = json.loads(resultat.stdout)
    assert resultat.returncode == 0, [c for c in constats if c["gravite"] == "erreur"]
    assert all(c["gravite"] == "avertissement" for c in constats)


def test_valider_n_ecrit_rien(demo: Path) -> None:
    avant = photographier(demo)
    filrouge_ici("valider", cwd=demo)
    filrouge_ici("valider", "--format", "json", cwd=demo)
    assert photographier(demo) == avant


def test_sous_repertoire_trouve_la_racine(demo: Path) -> None:
    """Lancée depuis un dossier, la commande retrouve la racine et garde des chemins relatifs à elle."""
    dossier = next(p for p in sorted((demo / "dossiers").iterdir()) if p.is_dir())
    resultat = filrouge_ici("valider", "--format", "json", cwd=dossier)
    assert resultat.returncode == 0
    assert all(c["fichier"].startswith("dossiers/") or "/" not in c["fichier"] for c in json.loads(resultat.stdout))


@pytest.fixture
def demo_cassee(tmp_path: Path) -> Path:
    """Une copie où trois fichiers de dossiers différents ont chacun une erreur connue."""
    depot = copier_demo(tmp_path / "demo")
    dossiers = sorted(p for p in (depot / "dossiers").iterdir() if (p / "concertations").is_dir())
    premier = dossiers[0] / "dossier.yaml"
    premier.write_text(premier.read_text(encoding="utf-8").replace("statut:", "statut: clos\nstatut:", 1), encoding="utf-8")
    note = sorted((dossiers[1] / "concertations").glob("*.yaml"))[0]
    note.write_text(note.read_text(encoding="utf-8").replace("fiche_presence: true", "fiche_presence: false"), encoding="utf-8")
    troisieme = dossiers[2] / "dossier.yaml"
    troisieme.write_text(troisieme.read_text(encoding="utf-8").replace("canal:", "canall:", 1), encoding="utf-8")
    return depot


def test_demo_cassee_sortie_1_chaque_constat_nomme_fichier_et_ligne(demo_cassee: Path) -> None:
    resultat = filrouge_ici("valider", cwd=demo_cassee)
    assert resultat.returncode == 1
    constats = resultat.stdout.strip().split("\n")
    assert re.fullmatch(r"\d+ erreurs?, \d+ avertissements?( \(avertissements : .+\))?\.\n", resultat.stderr)
    for ligne in constats:
        m = LIGNE_TEXTE.match(ligne)
        assert m, ligne
        assert m["ligne"] is not None, ligne
    regles = {LIGNE_TEXTE.match(ligne)["regle"] for ligne in constats}
    assert {"lecture.cle_dupliquee", "concertation.fiche_presence", "schema.champ_inconnu"} <= regles


def test_contrat_json(demo_cassee: Path) -> None:
    resultat = filrouge_ici("valider", "--format", "json", cwd=demo_cassee)
    assert resultat.returncode == 1
    constats = json.loads(resultat.stdout)
    assert constats and all(set(c) == CLES for c in constats)
    for c in constats:
        assert isinstance(c["fichier"], str) and not c["fichier"].startswith("/")
        assert c["ligne"] is None or isinstance(c["ligne"], int)
        assert c["gravite"] in ("erreur", "avertissement")
        assert (demo_cassee / c["fichier"]).exists()
    inconnu = next(c for c in constats if c["regle"] == "schema.champ_inconnu")
    assert "vouliez-vous écrire « canal »" in inconnu["message"]


def test_chemins_filtrent_les_constats(demo_cassee: Path) -> None:
    dossiers = sorted(p for p in (demo_cassee / "dossiers").iterdir() if (p / "concertations").is_dir())
    resultat = filrouge_ici("valider", "--format", "json", str(dossiers[1].relative_to(demo_cassee)), cwd=demo_cassee)
    constats = json.loads(resultat.stdout)
    assert resultat.returncode == 1
    assert {c["fichier"].split("/")[1] for c in constats} == {dossiers[1].name}


def test_sans_configuration_sortie_2(tmp_path: Path) -> None:
    resultat = filrouge("valider", cwd=tmp_path)
    assert resultat.returncode == 2
    assert "reseau.yaml" in resultat.stderr and "Traceback" not in resultat.stderr


def test_configuration_invalide_sortie_2(demo: Path, tmp_path: Path) -> None:
    depot = copier_demo(tmp_path / "copie")
    (depot / "reseau.yaml").write_text("reseau: X\nplafond_demande: beaucoup\n", encoding="utf-8")
    resultat = filrouge_ici("valider", cwd=depot)
    assert resultat.returncode == 2
    assert "reseau.yaml" in resultat.stderr and "Traceback" not in resultat.stderr


@pytest.mark.parametrize("arguments", [["valider", "--format", "xml"], ["valider", "--inconnu"], ["inexistante"], []])
def test_erreur_d_utilisation_sortie_2_en_francais(tmp_path: Path, arguments: list[str]) -> None:
    resultat = filrouge(*arguments, cwd=tmp_path)
    assert resultat.returncode == 2
    assert "erreur" in resultat.stderr and "error" not in resultat.stderr


def test_chemin_inexistant_sortie_2(demo: Path) -> None:
    resultat = filrouge_ici("valider", "dossiers/n-existe-pas", cwd=demo)
    assert resultat.returncode == 2
    assert "introuvable" in resultat.stderr


def test_chemin_hors_du_depot_sortie_2(demo: Path, tmp_path: Path) -> None:
    resultat = filrouge_ici("valider", str(tmp_path), cwd=demo)
    assert resultat.returncode == 2
    assert "hors du dépôt" in resultat.stderr and "Traceback" not in resultat.stderr


def test_messages_ne_recopient_pas_une_saisie_inconnue(demo: Path, tmp_path: Path) -> None:
    """Un nom tapé comme clé ou comme identifiant d'acteur ne part pas en clair dans la CI."""
    depot = copier_demo(tmp_path / "copie")
    note = sorted((depot / "dossiers/2026-002/concertations").glob("*.yaml"))[0]
    texte = note.read_text(encoding="utf-8")
    texte = texte.replace("fiche_presence:", "Kevin Lambert: oui\nfiche_presence:", 1)
    texte = texte.replace("coordinateur_soin: ", "coordinateur_soin: julie-dumont\nancien_coordinateur: ", 1)
    note.write_text(texte, encoding="utf-8")
    resultat = filrouge_ici("valider", "--format", "json", cwd=depot)
    assert resultat.returncode == 1
    assert "Kevin" not in resultat.stdout and "Lambert" not in resultat.stdout
    assert "julie" not in resultat.stdout and "dumont" not in resultat.stdout
    assert "K****" in resultat.stdout


def test_chaque_sous_commande_dans_son_module() -> None:
    """`filrouge valider` (le hook de chaque commit) ne construit que le parseur de son module : la table des
    sous-commandes couvre exactement celles que les modules déclarent, dans l'ordre de l'aide, chacune dans le sien."""
    import argparse

    from filrouge.cli import COMMANDES, construire_parseur

    def sous_commandes(parseur: argparse.ArgumentParser) -> list[str]:
        action = next(a for a in parseur._actions if isinstance(a, argparse._SubParsersAction))
        return list(action.choices)

    assert sous_commandes(construire_parseur()) == list(COMMANDES)
    for nom, module in COMMANDES.items():
        seules = sous_commandes(construire_parseur(nom))
        assert nom in seules and all(COMMANDES[autre] == module for autre in seules)


def test_valider_n_importe_que_sa_commande(demo: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from filrouge.cli import main; main(['valider']); "
            "print(sorted(m for m in sys.modules if m.startswith('filrouge.commandes.')))")
    sortie = subprocess.run([sys.executable, "-c", code], cwd=demo, capture_output=True, text=True, check=True).stdout
    assert sortie.strip().splitlines()[-1] == "['filrouge.commandes.valider']"


def test_valider_lu_par_un_lecteur_qui_part(demo_cassee: Path) -> None:
    """`filrouge valider | head -1` : le processus sort sans attendre (hook de chaque commit), sans trace ni message
    sur un tube fermé, avec son code de sortie ; lu jusqu'au bout, la sortie est entière."""
    import subprocess
    import sys

    entiere = subprocess.run([sys.executable, "-m", "filrouge", "valider"], cwd=demo_cassee, capture_output=True,
                             text=True)
    assert entiere.returncode == 1 and entiere.stdout.count("\n") > 1 and "erreur" in entiere.stderr
    processus = subprocess.Popen([sys.executable, "-m", "filrouge", "valider"], cwd=demo_cassee, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
    assert processus.stdout is not None and processus.stderr is not None
    processus.stdout.close()
    erreurs = processus.stderr.read()
    assert processus.wait(timeout=120) in (0, 1)
    assert "Traceback" not in erreurs and "Exception ignored" not in erreurs and "Broken pipe" not in erreurs


def test_filrouge_ici_montre_ce_qu_un_vrai_lancement_ecrirait(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """L'outil des essais ne cache rien de la sortie d'erreur : avertissements Python et journal sans destinataire y
    sont, comme dans un processus neuf (pytest les capturerait sinon), et les dépréciations n'y sont pas, comme là."""
    import logging
    import warnings

    import filrouge.catalogue as catalogue

    reelles = catalogue.fiches

    def fiches_bruyantes():  # type: ignore[no-untyped-def]
        warnings.warn("avertissement d'une bibliothèque", UserWarning, stacklevel=1)
        warnings.warn("fonction dépréciée", DeprecationWarning, stacklevel=1)
        logging.getLogger("bibliotheque").warning("message de journal")
        return reelles()

    monkeypatch.setattr(catalogue, "fiches", fiches_bruyantes)
    for _ in range(2):  # chaque appel revoit ses avertissements, comme un processus neuf
        resultat = filrouge_ici("regles", cwd=tmp_path)
        assert resultat.returncode == 0
        assert "UserWarning: avertissement d'une bibliothèque" in resultat.stderr
        assert "message de journal" in resultat.stderr
        assert "dépréciée" not in resultat.stderr
