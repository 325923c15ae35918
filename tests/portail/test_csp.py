"""`servir` envoie une CSP qui n'autorise que le site, et les pages gardent leurs scripts (empreintes)."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.portail.outils_portail import LANCEUR, Lecteur, environnement, port_libre

DELAI = 90.0


def _obtenir(url: str) -> tuple[dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as reponse:  # noqa: S310 (serveur local du test)
        return dict(reponse.headers.items()), reponse.read()


@pytest.fixture(scope="module")
def serveur(depot: Path) -> str:
    port = port_libre()
    processus = subprocess.Popen([sys.executable, "-c", LANCEUR, "portail", "servir", "--adresse", f"127.0.0.1:{port}"],
                                 cwd=depot, env=environnement(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    adresse = f"http://127.0.0.1:{port}"
    fin = time.monotonic() + DELAI
    try:
        while True:
            try:
                _obtenir(adresse + "/index.html")
                break
            except (urllib.error.URLError, ConnectionError):
                if processus.poll() is not None or time.monotonic() > fin:
                    sortie, erreurs = processus.communicate(timeout=5)
                    pytest.fail(f"le serveur n'a pas démarré : {erreurs.decode()[-2000:]}")
                time.sleep(0.3)
        yield adresse
    finally:
        processus.terminate()
        try:
            processus.wait(timeout=10)
        except subprocess.TimeoutExpired:
            processus.kill()
            processus.wait(timeout=10)


def _empreinte(contenu: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(contenu.encode()).digest()).decode() + "'"


@pytest.mark.parametrize("page", ["/index.html", "/dossiers/2019-001.html", "/guide/phases.html"])
def test_csp_et_scripts_en_ligne_autorises(serveur: str, page: str) -> None:
    entetes, corps = _obtenir(serveur + page)
    politique = entetes["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in politique.split(";"))
    assert directives["default-src"] == "'self'"
    assert "'unsafe-inline'" not in politique and "'unsafe-eval'" not in politique and "http" not in politique
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert entetes["X-Content-Type-Options"] == "nosniff"
    lecteur = Lecteur()
    lecteur.feed(corps.decode("utf-8"))
    scripts_en_ligne = [c for a, c in lecteur.scripts if "src" not in a and a.get("type", "") != "application/json"]
    assert scripts_en_ligne, "le thème a des scripts en ligne : ils doivent être autorisés"
    for contenu in scripts_en_ligne:
        assert _empreinte(contenu) in directives["script-src"], contenu[:80]
    externes = [a["src"] for a, _ in lecteur.scripts if "src" in a]
    assert "/_filrouge/rechargement.js" in " ".join(externes), "rechargement à chaud par script externe"
    assert all(not re.match(r"(https?:)?//", s) for s in externes)


def test_script_de_rechargement_servi(serveur: str) -> None:
    entetes, corps = _obtenir(serveur + "/_filrouge/rechargement.js")
    assert entetes["Content-Type"].startswith("application/javascript")
    assert b"/livereload/" in corps and "Content-Security-Policy" in entetes


def test_les_fichiers_statiques_portent_aussi_la_csp(serveur: str) -> None:
    entetes, _ = _obtenir(serveur + "/search/search_index.json")
    assert "Content-Security-Policy" in entetes


def test_politique_aussi_en_balise_meta(site: Path) -> None:
    """GitLab/GitHub Pages n'envoient pas d'en-tête : chaque page porte la politique, avant tout script."""
    html = (site / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    tete = html[html.index("<head>"):]
    assert tete.startswith('<head><meta http-equiv="Content-Security-Policy"')
    assert "frame-ancestors" not in tete.split(">", 2)[1]
    assert tete.index("Content-Security-Policy") < tete.index("<script")
