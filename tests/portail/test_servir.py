"""`filrouge portail servir` voit chaque changement du dépôt et reconstruit, dans ce processus.

La signature des fichiers surveillés est vérifiée sur des variantes (copie qui garde les dates,
renommage, remplacement par un fichier plus ancien…) ; puis le serveur du portail tourne ici
même : un dossier ajouté paraît dans l'index servi après `Portail.verifier()`, sans attente.
"""

from __future__ import annotations

import os
import shutil
import threading
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from filrouge.portail.serveur import Portail, serveur_http, signature
from tests.portail.fixtures import AUJOURDHUI, depot_exemple


def _copier_en_gardant_les_dates(racine: Path) -> None:
    shutil.copytree(racine / "dossiers" / "2019-002", racine / "dossiers" / "2019-004")  # copy2 : dates gardées


def _renommer(racine: Path) -> None:
    (racine / "dossiers" / "2019-002").rename(racine / "dossiers" / "2019-009")


def _remplacer_par_plus_ancien(racine: Path) -> None:
    chemin = racine / "dossiers" / "2019-002" / "dossier.yaml"
    info = chemin.stat()
    chemin.write_text(chemin.read_text(encoding="utf-8").replace("CDG", "CDF"), encoding="utf-8")
    os.utime(chemin, ns=(info.st_atime_ns, info.st_mtime_ns - 10**9))


def _echanger(racine: Path) -> None:
    """Un dossier arrive pendant qu'un autre part : même nombre de fichiers, dates anciennes."""
    shutil.copytree(racine / "dossiers" / "2019-003", racine / "dossiers" / "2019-004")
    shutil.rmtree(racine / "dossiers" / "2019-003")


MODIFICATIONS: dict[str, Callable[[Path], None]] = {
    "dossier copié avec ses dates": _copier_en_gardant_les_dates,
    "dossier renommé": _renommer,
    "fichier remplacé par un plus ancien": _remplacer_par_plus_ancien,
    "un dossier arrive, un autre part": _echanger,
    "répertoire vide créé": lambda r: (r / "dossiers" / "2019-010").mkdir(),
    "fichier effacé": lambda r: (r / "dossiers" / "2019-001" / "pieces" / "devis.pdf").unlink(),
    "page de docs ajoutée": lambda r: (r / "docs" / "nouvelle.md").write_text("# Nouvelle\n", encoding="utf-8"),
    "annuaire modifié": lambda r: (r / "annuaire.yaml").write_text(
        (r / "annuaire.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8"),
}


@pytest.mark.parametrize("modification", MODIFICATIONS.values(), ids=MODIFICATIONS.keys())
def test_la_signature_voit_chaque_changement(tmp_path: Path, modification: Callable[[Path], None]) -> None:
    racine = depot_exemple(tmp_path / "depot")
    avant = signature(racine)
    assert signature(racine) == avant, "rien n'a changé : pas de reconstruction"
    modification(racine)
    assert signature(racine) != avant


def test_hors_surveillance_ne_reconstruit_pas(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    avant = signature(racine)
    (racine / "site").mkdir()
    (racine / "site" / "index.html").write_text("construit", encoding="utf-8")
    assert signature(racine) == avant, "le site construit n'est pas une source"


def test_le_bytecode_des_hooks_ne_reconstruit_pas(tmp_path: Path) -> None:
    """MkDocs charge hooks/*.py : Python y écrit son bytecode à la première construction, ce qui ne doit pas
    en déclencher une seconde ; une modification d'un hook, si."""
    racine = depot_exemple(tmp_path / "depot")
    avant = signature(racine)
    (racine / "hooks" / "__pycache__").mkdir()
    (racine / "hooks" / "__pycache__" / "filrouge_hook.cpython-311.pyc").write_bytes(b"bytecode")
    assert signature(racine) == avant
    hook = next((racine / "hooks").glob("*.py"))
    hook.write_text(hook.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert signature(racine) != avant


def _obtenir(base: str, chemin: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(base + chemin, timeout=10) as reponse:  # noqa: S310 (serveur local du test)
            return reponse.status, reponse.read().decode("utf-8")
    except urllib.error.HTTPError as erreur:
        return erreur.code, erreur.read().decode("utf-8")


@pytest.fixture
def en_ligne(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, Portail, str]]:
    """Le portail du dépôt d'exemple, construit par MkDocs et servi ici même sur un port libre."""
    from filrouge.commandes.portail import construire

    monkeypatch.setenv("FILROUGE_AUJOURDHUI", AUJOURDHUI)
    monkeypatch.delenv("FILROUGE_POUR", raising=False)
    racine = depot_exemple(tmp_path / "depot")
    portail = Portail(racine, lambda sortie: construire(racine / "mkdocs.yml", sortie))
    assert portail.reconstruire()
    serveur = serveur_http(portail, ("127.0.0.1", 0))
    fil = threading.Thread(target=serveur.serve_forever, daemon=True)
    fil.start()
    try:
        yield racine, portail, f"http://127.0.0.1:{serveur.server_address[1]}"
    finally:
        serveur.shutdown()
        serveur.server_close()
        portail.fermer()


def test_servir_reconstruit_quand_un_dossier_arrive(en_ligne: tuple[Path, Portail, str]) -> None:
    """Un dossier créé après le lancement paraît dans l'index, même renommé ensuite (mêmes fichiers, mêmes dates) ;
    une construction refusée garde le site précédent."""
    racine, portail, base = en_ligne
    assert not portail.verifier(), "rien n'a changé depuis la construction"
    version = int(_obtenir(base, "/_filrouge/version")[1])
    assert "2019-004" not in _obtenir(base, "/dossiers/index.html")[1]
    # Créé d'abord sous un nom de répertoire fautif (il n'est pas publié), puis renommé : `mv` ne change
    # ni le nombre de fichiers ni leurs dates.
    brouillon = racine / "dossiers" / "nouveau"
    shutil.copytree(racine / "dossiers" / "2019-002", brouillon)
    chemin = brouillon / "dossier.yaml"
    chemin.write_text(chemin.read_text(encoding="utf-8").replace("2019-002", "2019-004"), encoding="utf-8")
    assert portail.verifier()
    assert "2019-004" not in _obtenir(base, "/dossiers/index.html")[1]
    brouillon.rename(racine / "dossiers" / "2019-004")
    assert portail.verifier(), "le renommage est vu"
    statut, index = _obtenir(base, "/dossiers/index.html")
    assert statut == 200 and 'href="2019-004.html"' in index
    assert _obtenir(base, "/dossiers/2019-004.html")[0] == 200
    nouvelle = int(_obtenir(base, "/_filrouge/version")[1])
    assert nouvelle == version + 2
    (racine / "docs" / "piege.md").write_text("# Piège\n\n<!-- interne -->à garder<!-- /interne -->\n",
                                              encoding="utf-8")
    assert not portail.verifier(), "la construction refusée ne remplace pas le site en ligne"
    assert int(_obtenir(base, "/_filrouge/version")[1]) == nouvelle
    assert 'href="2019-004.html"' in _obtenir(base, "/dossiers/index.html")[1]
