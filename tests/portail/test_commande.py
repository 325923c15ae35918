"""La commande : codes de sortie et messages en français, jamais de trace Python."""

from __future__ import annotations

from pathlib import Path

from tests.portail.outils_portail import construire, portail


def test_construire_affiche_la_csp(site: Path, depot: Path, tmp_path: Path) -> None:
    resultat = construire(depot, tmp_path / "sortie")
    assert resultat.returncode == 0
    assert "Portail complet construit" in resultat.stdout
    assert "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-" in resultat.stdout


def test_hors_d_un_depot(tmp_path: Path) -> None:
    resultat = portail(tmp_path, "construire", "--sortie", str(tmp_path / "site"))
    assert resultat.returncode == 2
    assert "reseau.yaml" in resultat.stderr and "Traceback" not in resultat.stderr


def test_sans_mkdocs_yml(depot: Path, tmp_path: Path) -> None:
    import shutil

    copie = tmp_path / "depot"
    shutil.copytree(depot, copie)
    (copie / "mkdocs.yml").unlink()
    resultat = portail(copie, "construire")
    assert resultat.returncode == 2 and "mkdocs.yml introuvable" in resultat.stderr


def test_adresse_invalide(depot: Path) -> None:
    resultat = portail(depot, "servir", "--adresse", "nulle-part")
    assert resultat.returncode == 2 and "adresse invalide" in resultat.stderr


def test_aide_en_francais(depot: Path) -> None:
    resultat = portail(depot, "construire", "--aide-inconnue")
    assert resultat.returncode == 2 and "arguments non reconnus" in resultat.stderr
