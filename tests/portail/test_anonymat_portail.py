"""La garde d'anonymat arrête la construction quand un fichier publié porte une donnée identifiante."""

from __future__ import annotations

import subprocess
from pathlib import Path

import yaml

from tests.portail.fixtures import SERVICE_1, depot_exemple
from tests.portail.outils_portail import construire_ici

TELEPHONE = "0471 23 45 67"
FICHIER = "dossiers/2019-002/concertations/2019-02-01.yaml"


def _planter(racine: Path, relatif: str, champ: str, valeur: str) -> None:
    chemin = racine / relatif
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    donnees[champ] = valeur
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_donnee_identifiante_publiee_refusee(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine, FICHIER, "leviers", f"La mère est joignable au {TELEPHONE} le soir.")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1, resultat.stdout
    assert "Anonymat" in resultat.stderr and FICHIER in resultat.stderr and "[anonymat.telephone]" in resultat.stderr
    assert TELEPHONE not in resultat.stderr and TELEPHONE not in resultat.stdout, "jamais la valeur"
    assert "Traceback" not in resultat.stderr
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").rglob("*.html"))


def test_ligne_acceptee_et_fichier_non_publie(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    # Dans une phase préparatoire (jamais publiée) : pas un motif de refus.
    chemin = racine / "dossiers" / "2019-001" / "preparation.yaml"
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    donnees["attentes"]["famille"] = f"Rappeler la mère au {TELEPHONE}"
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    # Une ligne marquée « anonymat: ok <raison> » est acceptée par la garde.
    note = racine / FICHIER
    note.write_text(note.read_text(encoding="utf-8")
                    + f"leviers: Le service répond au {TELEPHONE}  # anonymat: ok numéro public de la permanence\n",
                    encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    assert TELEPHONE not in (tmp_path / "site" / "dossiers" / "2019-001.html").read_text(encoding="utf-8")


def test_dossier_hors_du_portail_restreint_non_bloquant(tmp_path: Path) -> None:
    """Un portail --pour ne publie pas 2019-002 : sa donnée identifiante n'arrête pas ce portail-là."""
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine, FICHIER, "leviers", f"La mère est joignable au {TELEPHONE} le soir.")
    resultat = construire_ici(racine, tmp_path / "site", "--pour", SERVICE_1)
    assert resultat.returncode == 0, resultat.stderr


def test_la_demonstration_se_construit(portail_demo: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    """La démonstration du projet passe la garde (le portail partagé de la session, servi aussi au navigateur)."""
    racine, resultat = portail_demo
    assert resultat.returncode == 0, resultat.stderr
    assert "Anonymat" not in resultat.stderr
    assert (racine / "site" / "dossiers" / "index.html").is_file()
