"""`servir` envoie une CSP qui n'autorise que le site, et les pages gardent leurs scripts (empreintes)."""

from __future__ import annotations

import base64
import hashlib
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.outils import port_libre, serveur_local
from tests.portail.outils_portail import Lecteur, environnement

DELAI = 90.0


def _obtenir(url: str) -> tuple[dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=10) as reponse:  # noqa: S310 (serveur local du test)
        return dict(reponse.headers.items()), reponse.read()


@pytest.fixture(scope="module")
def serveur(depot: Path) -> Iterator[str]:
    port = port_libre()
    with serveur_local([sys.executable, "-m", "filrouge", "portail", "servir", "--adresse", f"127.0.0.1:{port}"],
                       cwd=depot, env=environnement(), adresse=f"http://127.0.0.1:{port}/index.html",
                       delai=DELAI) as adresse:
        yield adresse.removesuffix("/index.html")


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
    assert not [c for a, c in lecteur.scripts if "src" not in a and "rechargement" in c]
    assert all(not re.match(r"(https?:)?//", s) for s in externes)


def test_script_de_rechargement_servi(serveur: str) -> None:
    entetes, corps = _obtenir(serveur + "/_filrouge/rechargement.js")
    assert entetes["Content-Type"].startswith("application/javascript")
    assert b"/_filrouge/version" in corps and "Content-Security-Policy" in entetes
    _, version = _obtenir(serveur + "/_filrouge/version")
    assert version.decode().isdigit()


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


PIEGES = [
    ('<script>document.title = "injecté"</script>', "script en ligne"),
    ('<script>__md_scope=new URL("x",location);alert(1)</script>', "script en ligne"),
    ('<div onclick="alert(1)">clic</div>', "gestionnaire d'événement"),
    ('<img src="x.png" alt="" ONERROR="alert(1)">', "gestionnaire d'événement"),
]


def test_script_etranger_au_theme_refuse(tmp_path: Path) -> None:
    """Un script en ligne qui ne vient pas du thème n'est pas autorisé d'office par la CSP : la construction échoue.

    Chaque forme a sa page (piege-N.md) dans une même construction : l'inspection relève toutes les pages
    fautives, et chacune doit être dite avec sa forme (une construction au lieu d'une par forme)."""
    from tests.portail.fixtures import depot_exemple
    from tests.portail.outils_portail import construire_ici

    racine = depot_exemple(tmp_path / "depot")
    for rang, (page, _) in enumerate(PIEGES):
        (racine / "docs" / f"piege-{rang}.md").write_text(f"# Piège\n\n{page}\n", encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1, resultat.stdout
    assert "Sécurité" in resultat.stderr and "Traceback" not in resultat.stderr
    for rang, (page, attendu) in enumerate(PIEGES):
        assert f"piege-{rang}.html : {attendu}" in resultat.stderr, (page, resultat.stderr)
    assert not any((tmp_path / "site").rglob("*.html")), "le site fautif est effacé"


def test_modeles_des_scripts_du_theme() -> None:
    import material

    from filrouge.portail.inspection import scripts_du_theme

    modeles = scripts_du_theme([Path(material.__file__).parent / "templates"])
    portee = ('__md_scope=new URL("../..",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
              '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t='
              'localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}')
    assert any(m.fullmatch(portee) for m in modeles)
    # Une expression du gabarit ne peut pas sortir de sa chaîne.
    assert not any(m.fullmatch(portee.replace('"../.."', '"",alert(1),"')) for m in modeles)
    assert not any(m.fullmatch("alert(1)") for m in modeles)


@pytest.mark.parametrize(("hote", "accepte"), [
    ("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LOCALHOST:{port}", True), ("[::1]:{port}", True),
    ("attaquant.exemple:{port}", False), ("127.0.0.1.nip.io:{port}", False), ("localhost.attaquant.exemple:{port}", False),
    ("127.0.0.1:1", False), ("127.0.0.1", False), ("", False), ("127.0.0.1:{port}@attaquant.exemple", False),
    ("192.168.1.20:{port}", False),
])
def test_hote_autorise(hote: str, accepte: bool) -> None:
    """DNS rebinding : un nom qui pointe vers 127.0.0.1 ne lit pas le portail local."""
    from filrouge.portail.serveur import hote_autorise

    assert hote_autorise(hote.format(port=8000), ("127.0.0.1", 8000)) is accepte


def test_liaison_a_toutes_les_interfaces_accepte_les_adresses_mais_pas_les_noms() -> None:
    from filrouge.portail.serveur import hote_autorise

    assert hote_autorise("192.168.1.20:8000", ("0.0.0.0", 8000))
    assert not hote_autorise("intranet.attaquant.exemple:8000", ("0.0.0.0", 8000))


@pytest.mark.parametrize("hote", ["attaquant.exemple", "localhost.attaquant.exemple"])
def test_serveur_refuse_un_autre_hote(serveur: str, hote: str) -> None:
    requete = urllib.request.Request(serveur + "/index.html", headers={"Host": f"{hote}:{serveur.rsplit(':', 1)[1]}"})
    with pytest.raises(urllib.error.HTTPError) as erreur:
        urllib.request.urlopen(requete, timeout=10)  # noqa: S310 (serveur local du test)
    assert erreur.value.code == 421
    assert "ne répond qu'à l'adresse" in erreur.value.read().decode("utf-8")
