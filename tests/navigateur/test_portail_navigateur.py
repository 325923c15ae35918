"""Le portail de démonstration dans un vrai navigateur (Chromium de Debian piloté par Playwright).

On ouvre l'accueil, on cherche en français (avec et sans accents), on ouvre le tableau de bord
d'un dossier sur un écran d'ordinateur, sur un téléphone et à l'impression, « Mes actions »
d'un service, et on passe axe-core sur les pages et le dialogue de recherche ; chaque requête
du navigateur est notée et aucune ne doit quitter le serveur local. Les captures d'écran, le
PDF imprimé et le relevé d'axe restent dans artefacts/captures/ (artefacts de la CI).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.outils import RACINE_PROJET, port_libre, serveur_local

CHROMIUM = Path("/usr/bin/chromium")
CAPTURES = RACINE_PROJET / "artefacts" / "captures"
AXE = RACINE_PROJET / "outils" / "node_modules" / "axe-core" / "axe.min.js"
DOSSIER = "dossiers/2026-001.html"

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium est requis en CI (scripts/tests.sh l'installe) : /usr/bin/chromium absent")
    pytest.skip("Chromium absent (apt-get install chromium)", allow_module_level=True)

pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.navigateur


@pytest.fixture(scope="module")
def serveur(portail_demo: tuple[Path, subprocess.CompletedProcess[str]]) -> Iterator[str]:
    """Le portail de démonstration construit par `filrouge portail construire` (une fois pour la session), servi tel quel.

    Un site statique servi par un petit serveur local : c'est ce que reçoivent les partenaires
    (la CSP est dans chaque page en <meta>) ; `servir` et son en-tête sont testés à part.
    """
    racine, construction = portail_demo
    assert construction.returncode == 0, construction.stderr[-2000:]
    port = port_libre()
    with serveur_local([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                        "--directory", str(racine / "site")], cwd=racine, adresse=f"http://127.0.0.1:{port}/") as adresse:
        yield adresse


@contextmanager
def _onglet(navigateur: object, serveur: str, largeur: int, hauteur: int) -> Iterator[tuple[object, list[str]]]:
    """Un contexte neuf (rien d'un autre essai) et sa page ; à la fermeture, aucune requête n'a quitté le serveur local."""
    contexte = navigateur.new_context(viewport={"width": largeur, "height": hauteur}, locale="fr-BE")
    requetes: list[str] = []
    contexte.on("request", lambda requete: requetes.append(requete.url))
    page = contexte.new_page()
    try:
        yield page, requetes
    finally:
        contexte.close()
        local = urlparse(serveur).netloc
        sorties = [u for u in requetes if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != local]
        assert not sorties, f"requêtes sorties du serveur local : {sorties}"


@pytest.fixture(params=[(1280, 900)], ids=["ordinateur"])
def page(request: pytest.FixtureRequest, navigateur: object, serveur: str) -> Iterator[tuple[object, list[str]]]:
    with _onglet(navigateur, serveur, *request.param) as onglet:
        yield onglet


@pytest.fixture(scope="module")
def recherche(navigateur: object, serveur: str) -> Iterator[object]:
    """L'accueil chargé une fois pour les essais qui ne font que chercher : chacun vide le champ et tape sa requête
    (`_chercher`) ; l'index de recherche n'est chargé qu'une fois."""
    with _onglet(navigateur, serveur, 1280, 900) as (p, _):
        p.goto(serveur)
        p.wait_for_load_state("networkidle")
        yield p


def _capture(page: object, nom: str) -> None:
    CAPTURES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(CAPTURES / f"{nom}.png"), full_page=True)


def test_accueil(page: tuple[object, list[str]], serveur: str) -> None:
    p, requetes = page
    p.goto(serveur)
    assert "Filrouge" in p.title()
    assert p.locator("nav").first.is_visible()
    _capture(p, "accueil")
    assert requetes, "le navigateur a bien chargé des ressources (toutes locales)"


def test_recherche_en_francais(page: tuple[object, list[str]], serveur: str) -> None:
    """« activation » trouve « les critères d'activation » : l'élision française est séparée."""
    p, _ = page
    p.goto(serveur)
    p.wait_for_load_state("networkidle")
    p.locator(".md-search__input").first.click()
    p.locator("input.md-search__input").press_sequentially("activation", delay=30)
    resultats = p.locator(".md-search-result__item")
    resultats.first.wait_for(timeout=30_000)
    assert "d'activation" in " ".join(resultats.all_inner_texts()).lower()
    _capture(p, "recherche")
    resultats.first.locator("a").first.click()
    p.wait_for_load_state()
    assert urlparse(p.url).path.endswith("/guide/activation.html")


def _chercher(p: object, requete: str) -> list[str]:
    """Tape la requête dans la recherche du thème et rend le texte des résultats (vide : aucun)."""
    champ = p.locator("input.md-search__input")
    if not champ.is_visible():
        p.locator(".md-search__input").first.click()
    champ.fill("")
    champ.press_sequentially(requete, delay=20)
    meta = p.locator(".md-search-result__meta")
    meta.filter(has_text="trouvé").wait_for(timeout=30_000)
    # chaque lettre tapée relance la recherche : le résumé d'un préfixe (« dé ») ou de la requête précédente dit
    # déjà « trouvé » ; on lit les résultats une fois le résumé stable (trois relevés égaux à 250 ms d'écart)
    releves = [meta.inner_text()]
    for _ in range(120):
        p.wait_for_timeout(250)
        releves.append(meta.inner_text())
        if len(releves) >= 3 and releves[-1] == releves[-2] == releves[-3]:
            break
    return p.locator(".md-search-result__item").all_inner_texts()


@pytest.mark.parametrize(("sans", "avec", "mot"), [
    ("pedopsychiatre", "pédopsychiatre", "pédopsychiatre"),
    ("delai", "délai", "délai"),
    ("echeance", "échéance", "échéance"),
    ("ECHEANCE", "Échéance", "échéance"),
])
def test_recherche_sans_accents(recherche: object, sans: str, avec: str, mot: str) -> None:
    """Un mot tapé sans accent trouve les pages qui l'écrivent accentué ; la forme accentuée trouve les mêmes."""
    p = recherche
    trouves = _chercher(p, sans)
    assert trouves, f"« {sans} » ne trouve rien"
    assert mot in " ".join(trouves).lower(), "les résultats gardent leurs accents"
    surlignes = p.locator(".md-search-result__item mark").all_inner_texts()
    assert any(mot in m.lower() for m in surlignes), surlignes[:5]
    resume_sans = p.locator(".md-search-result__meta").inner_text()
    assert _chercher(p, avec), f"« {avec} » ne trouve plus rien"
    assert p.locator(".md-search-result__meta").inner_text() == resume_sans, "mêmes pages avec ou sans accents"
    if sans == "delai":
        _capture(p, "recherche-sans-accents")


def test_recherche_distingue_encore_les_mots(recherche: object) -> None:
    """Replier les accents ne fait pas tout trouver : un mot absent ne donne aucun résultat."""
    p = recherche
    assert not _chercher(p, "zqxjkwv")
    assert p.locator(".md-search-result__meta").inner_text().startswith("Aucun")


def _cartes_visibles_entieres(p: object) -> None:
    """Le tableau de bord tient dans la largeur de l'écran : aucune carte coupée, aucune barre de défilement."""
    largeur = p.evaluate("window.innerWidth")
    assert p.evaluate("document.documentElement.scrollWidth") <= largeur, "la page défile en largeur"
    cartes = p.locator("#tableau-actions .filrouge-action")
    assert cartes.count() >= 3
    for rang in range(cartes.count()):
        boite = cartes.nth(rang).bounding_box()
        assert boite is not None and boite["x"] >= 0 and boite["x"] + boite["width"] <= largeur, rang


def test_tableau_d_actions_avec_retard(page: tuple[object, list[str]], serveur: str) -> None:
    p, _ = page
    p.goto(serveur + "dossiers/index.html")
    # L'index met d'abord les dossiers en retard : le premier lien mène à un dossier en retard.
    premiere = p.locator("#index-dossiers tbody tr").first
    assert "dossier-en-retard" in (premiere.get_attribute("class") or "")
    assert "en retard" in premiere.inner_text()
    p.locator("a[href$='2026-001.html']").first.click()
    p.wait_for_load_state()
    retard = p.locator(".action-en-retard").first
    assert retard.is_visible()
    assert "retard" in retard.inner_text().lower()
    groupes = p.locator("#tableau-actions h3").all_inner_texts()
    assert groupes[0].startswith("En retard"), groupes
    _cartes_visibles_entieres(p)


@pytest.mark.parametrize("page", [(1366, 900), (390, 844)], ids=["portable", "telephone"], indirect=True)
def test_dossier_sur_ordinateur_et_telephone(page: tuple[object, list[str]], serveur: str) -> None:
    p, _ = page
    p.goto(serveur + DOSSIER)  # load : styles et images en place, la mise en page est celle que lit l'utilisateur
    _cartes_visibles_entieres(p)
    largeur = p.evaluate("window.innerWidth")
    # Les faits d'une carte (qui, échéance) restent lisibles : libellé et valeur dans la carte.
    faits = p.locator("#tableau-actions .filrouge-action-faits dd").first.bounding_box()
    assert faits is not None and faits["width"] > 80
    # Le tableau des financements tient aussi dans l'écran (lignes empilées sur un téléphone).
    financements = p.locator("#financements")
    if financements.count():
        boite = financements.bounding_box()
        assert boite is not None and boite["x"] + boite["width"] <= largeur + 1
    _capture(p, f"dossier-2026-001-{largeur}")


def _mots(texte: str) -> set[str]:
    return set(re.findall(r"\w+", texte.lower()))


def test_dossier_imprime_entier(page: tuple[object, list[str]], serveur: str) -> None:
    """À l'impression : ni en-tête ni navigation ; chaque carte imprimée en entier, sur une seule page."""
    p, _ = page
    p.goto(serveur + DOSSIER)  # load : styles et images en place, la mise en page est celle que lit l'utilisateur
    cartes = p.locator("#tableau-actions .filrouge-action")
    # Le texte d'une carte et ses faits : tous doivent se retrouver sur une même page du PDF.
    attendus = [_mots(cartes.nth(i).inner_text()) for i in range(cartes.count())]
    assert len(attendus) >= 3
    p.emulate_media(media="print")
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search", ".md-sidebar--secondary"):
        assert not p.locator(chrome).first.is_visible(), f"{chrome} imprimé"
    CAPTURES.mkdir(parents=True, exist_ok=True)
    pdf = CAPTURES / "dossier-2026-001-impression.pdf"
    p.pdf(path=str(pdf), format="A4", print_background=True)
    pdftotext, pdftoppm = shutil.which("pdftotext"), shutil.which("pdftoppm")
    if pdftotext is None or pdftoppm is None:
        pytest.skip("poppler-utils absent (apt-get install poppler-utils) : PDF produit mais non relu")
    texte = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = [_mots(t) for t in texte.split("\f")]
    for rang, mots in enumerate(attendus):
        assert any(mots <= page for page in pages), \
            f"carte {rang + 1} coupée ou tronquée à l'impression : {sorted(mots - set().union(*pages))}"
    assert "Rechercher" not in texte and "Made with" not in texte, "la navigation est imprimée"
    subprocess.run([pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "2", str(pdf),
                    str(CAPTURES / "dossier-2026-001-impression")], check=True)


def test_mes_actions_d_un_service(page: tuple[object, list[str]], serveur: str) -> None:
    p, _ = page
    p.goto(serveur + "actions/index.html")
    p.locator("a[href$='ssm-capj.html']").first.click()
    p.wait_for_load_state()
    assert p.locator("h1").first.inner_text().strip()
    cartes = p.locator("#mes-actions .filrouge-action")
    assert cartes.count() > 0
    assert cartes.first.locator("a[href*='dossiers/']").count() == 1, "chaque carte mène à son dossier"
    _capture(p, "mes-actions-ssm-capj")


PAGES_AXE = {"accueil": "", "guide": "guide/activation.html", "dossier": DOSSIER,
             "mes-actions": "actions/ssm-capj.html", "bilan": "bilan/2025.html", "index": "dossiers/index.html"}


def _axe(p: object) -> list[dict[str, object]]:
    """Les violations d'axe-core sur la page : le script est évalué par le pilote (la CSP de la page reste en place)."""
    p.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
    return p.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(
        v => ({id: v.id, impact: v.impact, aide: v.help, cibles: v.nodes.slice(0, 5).map(n => n.target.join(" "))}))""")


@pytest.mark.skipif(not AXE.is_file(), reason="axe-core absent (npm ci --prefix outils)")
@pytest.mark.parametrize("page", [(1280, 900), (390, 844)], ids=["ordinateur", "telephone"], indirect=True)
def test_accessibilite_axe(page: tuple[object, list[str]], serveur: str) -> None:
    """Aucune violation grave ou critique d'axe-core sur les pages types ni dans le dialogue de recherche,
    sur un écran d'ordinateur comme sur un téléphone (où un tableau trop large défilerait)."""
    p, _ = page
    largeur = p.evaluate("window.innerWidth")
    releve: dict[str, list[dict[str, object]]] = {}
    for nom, chemin in PAGES_AXE.items():
        # goto rend la main à l'événement load : feuilles de style, scripts et images chargés (aucune police web) ;
        # attendre en plus le réseau au repos (≥ 0,5 s par page) ne ferait qu'attendre l'index de recherche
        p.goto(serveur + chemin)
        releve[nom] = _axe(p)
    p.goto(serveur)
    p.wait_for_load_state("networkidle")
    _chercher(p, "activation")
    releve["dialogue-recherche"] = _axe(p)
    CAPTURES.mkdir(parents=True, exist_ok=True)
    (CAPTURES / f"axe-{largeur}.json").write_text(json.dumps(releve, ensure_ascii=False, indent=1), encoding="utf-8")
    graves = {nom: [v for v in violations if v["impact"] in ("serious", "critical")]
              for nom, violations in releve.items()}
    assert not any(graves.values()), json.dumps(graves, ensure_ascii=False, indent=1)
