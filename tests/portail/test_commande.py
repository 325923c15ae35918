"""La commande : codes de sortie et messages en français, jamais de trace Python (la commande lancée ; dans le
processus des essais, `construire_ici`, quand l'essai ne regarde que ce qui reste dans la sortie)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from tests.portail.outils_portail import construire, construire_ici, portail


def test_construire_affiche_la_csp(construction: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    _, resultat = construction
    assert resultat.returncode == 0
    assert "Portail complet construit" in resultat.stdout
    assert "Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-" in resultat.stdout


def test_hors_d_un_depot(tmp_path: Path) -> None:
    resultat = portail(tmp_path, "construire", "--sortie", str(tmp_path / "site"))
    assert resultat.returncode == 2
    assert "reseau.yaml" in resultat.stderr and "Traceback" not in resultat.stderr


def test_sans_mkdocs_yml(depot: Path, tmp_path: Path) -> None:
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


def _lien_casse(depot: Path, tmp_path: Path) -> Path:
    copie = tmp_path / "depot"
    shutil.copytree(depot, copie)
    (copie / "docs" / "index.md").write_text((copie / "docs" / "index.md").read_text(encoding="utf-8")
                                             + "\n[Une page absente](guide/absente.md)\n", encoding="utf-8")
    return copie


def test_messages_de_mkdocs_en_francais_et_sortie_effacee(depot: Path, tmp_path: Path) -> None:
    copie = _lien_casse(depot, tmp_path)
    sortie = tmp_path / "nouveau-site"
    resultat = construire(copie, sortie)
    assert resultat.returncode == 1
    assert "page index.md : le lien « guide/absente.md » mène à un fichier introuvable" in resultat.stderr
    assert "construction arrêtée en mode strict, 1 avertissement(s)" in resultat.stderr
    for anglais in ("Doc file", "contains a link", "Aborted with", "strict mode"):
        assert anglais not in resultat.stderr, resultat.stderr
    assert not sortie.exists(), "le répertoire créé par la commande est retiré après un échec"


def test_traduction_des_messages_courants() -> None:
    from filrouge.portail.journal import traduire

    assert traduire("Doc file 'guide/index.md' contains a link 'a.md#x', but the doc 'guide/a.md' does not "
                    "contain an anchor '#x'.") == ("page guide/index.md : le lien « a.md#x » mène à l'ancre « #x », "
                                                   "absente de la page guide/a.md.")
    assert "notes.md" in traduire('The following pages exist in the docs directory, but are not included in the '
                                  '"nav" configuration:\n  - notes.md')
    assert traduire("A reference to 'x.md' is included in the 'nav' configuration, which is not found in the "
                    "documentation files.").startswith("la navigation (nav de mkdocs.yml) mène à « x.md »")
    assert "Vouliez-vous dire « b.md » ?" in traduire(
        "Doc file 'a.md' contains an unrecognized relative link 'b', it was left as is. Did you mean 'b.md'?")
    assert traduire("Aborted with a BuildError!") is None


def test_echec_dans_une_construction_precedente(depot: Path, site: Path, tmp_path: Path) -> None:
    """Une sortie qui contenait un portail de Filrouge est vidée après un échec, fichiers cachés gardés."""
    sortie = tmp_path / "site"
    shutil.copytree(site, sortie)  # le portail construit par la même commande sur le même dépôt (fixture `site`)
    (sortie / ".git").mkdir()
    (sortie / ".git" / "config").write_text("[core]\n", encoding="utf-8")
    resultat = construire_ici(_lien_casse(depot, tmp_path), sortie)
    assert resultat.returncode == 1
    assert sortie.is_dir() and [p.name for p in sortie.iterdir()] == [".git"]
    assert (sortie / ".git" / "config").read_text(encoding="utf-8") == "[core]\n"


def test_sortie_etrangere_jamais_videe(depot: Path, tmp_path: Path) -> None:
    sortie = tmp_path / "documents"
    sortie.mkdir()
    (sortie / "rapport.odt").write_bytes(b"un fichier de l'utilisateur")
    resultat = construire_ici(depot, sortie)
    assert resultat.returncode == 2
    assert "ne contient pas un portail construit par Filrouge" in resultat.stderr
    assert (sortie / "rapport.odt").read_bytes() == b"un fichier de l'utilisateur"
