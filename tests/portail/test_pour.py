"""Besoin d'en connaître : un portail `--pour SERVICE` ne tient que les dossiers où ce service intervient."""

from __future__ import annotations

import subprocess
from pathlib import Path


from tests.portail.fixtures import SERVICE_2, depot_exemple
from tests.portail.outils_portail import construire_ici, index_recherche, textes_construits

AUTRES = ("2019-001", "2019-003", "ABF20085000", "EFG20105000")


def test_la_commande_dit_le_service(construction_pour: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    assert f"restreint au service {SERVICE_2}" in construction_pour[1].stdout


def test_seul_le_dossier_du_service(site_pour: Path) -> None:
    assert sorted(p.name for p in (site_pour / "dossiers").glob("*.html")) == ["2019-002.html", "index.html"]
    assert sorted(p.name for p in (site_pour / "dossiers").iterdir() if p.is_dir()) == ["2019-002"]
    assert (site_pour / "guide" / "phases.html").is_file() and (site_pour / "modeles" / "index.html").is_file()
    assert (site_pour / "modeles" / "fichiers" / "demande-financement.yaml").is_file()


def test_aucune_trace_des_autres_dossiers(site_pour: Path) -> None:
    for nom, texte in textes_construits(site_pour).items():
        for autre in AUTRES:
            assert autre not in texte, f"{autre} dans {nom}"
    for doc in index_recherche(site_pour):
        assert not any(autre in doc["location"] or autre in doc["text"] for autre in AUTRES), doc["location"]
    plan = (site_pour / "sitemap.xml").read_text(encoding="utf-8")
    assert "2019-001" not in plan and "2019-003" not in plan  # vide sans site_url ; sinon, que le dossier 002


def test_la_coordination_reste_au_portail_complet(site_pour: Path) -> None:
    html = (site_pour / "coordination.html").read_text(encoding="utf-8")
    assert "réservée au portail complet" in html and "110 421" not in html


def test_service_inconnu(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    resultat = construire_ici(racine, tmp_path / "site", "--pour", "aviq-nulle-part")
    assert resultat.returncode == 2
    assert "service inconnu « a***-n****-p*** »" in resultat.stderr and "Traceback" not in resultat.stderr
    assert "vouliez-vous écrire « aviq-namur » ?" in resultat.stderr, "l'identifiant proche est proposé"
    assert not (tmp_path / "site").exists()


def test_service_designe_par_son_alias(tmp_path: Path) -> None:
    """« --pour SAJ » : l'alias de l'annuaire, à la casse près, désigne le service."""
    racine = depot_exemple(tmp_path / "depot")
    resultat = construire_ici(racine, tmp_path / "site", "--pour", "saj")
    assert resultat.returncode == 0, resultat.stderr
    assert "Portail restreint au service saj-namur" in resultat.stdout


def test_variable_d_environnement_lue_par_mkdocs_directement(tmp_path: Path) -> None:
    """`mkdocs build` sans la commande filrouge respecte aussi FILROUGE_POUR."""
    import subprocess
    import sys

    from tests.portail.outils_portail import environnement

    racine = depot_exemple(tmp_path / "depot")
    resultat = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(tmp_path / "site")],
                              cwd=racine, capture_output=True, text=True, timeout=180,
                              env=environnement(FILROUGE_POUR=SERVICE_2))
    assert resultat.returncode == 0, resultat.stderr
    assert not (tmp_path / "site" / "dossiers" / "2019-001.html").exists()
    assert (tmp_path / "site" / "dossiers" / "2019-002.html").exists()


def test_aucun_lien_vers_l_atelier_dans_un_portail_partenaire(site_pour: Path) -> None:
    """L'atelier est l'outil du casemanager, sur son ordinateur : un partenaire n'en reçoit jamais l'adresse."""
    for nom, texte in textes_construits(site_pour).items():
        assert "Ouvrir ce dossier dans l" not in texte and 'href="http://127.0.0.1:' not in texte, nom
