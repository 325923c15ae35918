"""Les finitions du site construit : montants insécables, dialogue de recherche nommé, recherche sans accents.

Les montants calculés passent par `mise_en_forme.montant` ; ceux qu'une personne a écrits
(récit d'une note, guide, règles) reçoivent les mêmes espaces à la construction. Le site
construit est relu : aucun montant, aucun pourcentage n'y garde une espace ordinaire.
La recherche elle-même (avec et sans accents) est essayée dans Chromium (tests/navigateur).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from filrouge.mise_en_forme import espaces_insecables, montant, pourcentage
from filrouge.portail.finitions import LUNR_FR, NOM_RECHERCHE, insecables, script_sans_accents
from tests.portail.outils_portail import index_recherche

FINE, INSECABLE = "\u202f", "\u00a0"
MONTANT_ORDINAIRE = re.compile(r"(?<![\w.,\u202f])\d{1,3}(?: \d{3})+(?!\d)|\d [€%]")


@pytest.mark.parametrize(("saisi", "attendu"), [
    ("15 000 €", f"15{FINE}000{INSECABLE}€"),
    ("10 000,50 € et 35 %", f"10{FINE}000,50{INSECABLE}€ et 35{INSECABLE}%"),
    ("1 000 000 d'octets", f"1{FINE}000{FINE}000 d'octets"),
    ("Un budget de 2 500€", f"Un budget de 2{FINE}500€"),
    ("BE00 1234 5678 9012", "BE00 1234 5678 9012"),  # un IBAN n'est pas un montant
    ("en 2019 125 jeunes", "en 2019 125 jeunes"),  # une année suivie d'un nombre
    ("le 12 mars 2019", "le 12 mars 2019"),
    ("3,5 000", "3,5 000"),
    ("a1 000", "a1 000"),
])
def test_espaces_insecables(saisi: str, attendu: str) -> None:
    assert espaces_insecables(saisi) == attendu


def test_meme_forme_que_montant() -> None:
    assert espaces_insecables("10 000 €") == montant(10000)
    assert espaces_insecables("9,1 %") == pourcentage(9.06)


@pytest.mark.parametrize(("page", "attendu"), [
    ("<p>Coût : 15 000 €</p>", f"<p>Coût : 15{FINE}000{INSECABLE}€</p>"),
    ('<p title="15 000 €">x</p>', '<p title="15 000 €">x</p>'),  # une balise ne change jamais
    ("<pre><code>montant_demande: 2 500\n</code></pre><p>2 500 €</p>",
     f"<pre><code>montant_demande: 2 500\n</code></pre><p>2{FINE}500{INSECABLE}€</p>"),
    ("<p>Écrivez <code>10 000 €</code> ou 10 000 €</p>", f"<p>Écrivez <code>10 000 €</code> ou 10{FINE}000{INSECABLE}€</p>"),
    ('<p data-x="a > b">12 500 €</p>', f'<p data-x="a > b">12{FINE}500{INSECABLE}€</p>'),
    ("<script>var a = '1 000 €'</script>", "<script>var a = '1 000 €'</script>"),
    ("<!-- 1 000 € --><p>5 %</p>", f"<!-- 1 000 € --><p>5{INSECABLE}%</p>"),
    ("<p>fin sans balise 3 000 €", f"<p>fin sans balise 3{FINE}000{INSECABLE}€"),
])
def test_insecables_ne_touche_que_le_texte(page: str, attendu: str) -> None:
    assert insecables(page) == attendu


class _Texte(HTMLParser):
    """Le texte qu'un lecteur voit : hors code, préformaté, script et style."""

    CACHES = {"code", "pre", "script", "style", "kbd", "samp", "textarea"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.caches = 0
        self.morceaux: list[str] = []

    def handle_starttag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        self.caches += balise in self.CACHES

    def handle_endtag(self, balise: str) -> None:
        self.caches -= balise in self.CACHES

    def handle_data(self, donnees: str) -> None:
        if not self.caches:
            self.morceaux.append(donnees)


def test_aucun_montant_a_espace_ordinaire_dans_le_site(site: Path) -> None:
    """Chaque page construite : calculée (coordination, bilan, financements) ou écrite (guide, récit, règles)."""
    trouves = []
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    for chemin in pages:
        lecteur = _Texte()
        lecteur.feed(chemin.read_text(encoding="utf-8"))
        for morceau in lecteur.morceaux:
            trouves += [f"{chemin.relative_to(site)} : {morceau[max(0, m.start() - 20):m.end() + 5]!r}"
                        for m in MONTANT_ORDINAIRE.finditer(morceau)]
    assert not trouves, "\n".join(trouves[:20])
    recit = (site / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    assert f"12{FINE}500{INSECABLE}€" in recit and f"35{INSECABLE}%" in recit, "le récit est bien relu"
    bilan = next((site / "bilan").glob("2*.html"), None)
    assert bilan is not None and INSECABLE in bilan.read_text(encoding="utf-8")


def test_dialogue_de_recherche_nomme_sur_chaque_page(site: Path) -> None:
    """Chaque page du thème (404 comprise) ; les versions imprimables autonomes n'ont pas de recherche."""
    pages = {p: p.read_text(encoding="utf-8") for p in site.rglob("*.html")}
    du_theme = [p for p, html in pages.items() if 'class="md-search"' in html]
    assert len(du_theme) > 20 and site / "404.html" in du_theme
    sans_nom = [str(p.relative_to(site)) for p in du_theme
                if pages[p].count(f'role="dialog" aria-label="{NOM_RECHERCHE}"') != 1]
    assert not sans_nom, sans_nom[:5]


def test_recherche_sans_accents_publiee_avec_le_module_francais(site: Path) -> None:
    """Le module français de lunr du thème, suivi du repli ; l'index publié garde ses accents."""
    import material

    theme = (Path(material.__file__).parent / "templates" / LUNR_FR).read_text(encoding="utf-8")
    publie = (site / LUNR_FR).read_text(encoding="utf-8")
    assert publie.startswith(theme.rstrip("\n")) and publie.endswith(script_sans_accents())
    textes = " ".join(d["text"] + d["title"] for d in index_recherche(site))
    assert "pédopsychiatre" in textes, "l'index garde les accents (affichage, contrôle de confidentialité)"


@pytest.mark.parametrize("secret", ["un montant secret de 12 500 € prévu", "12 500 €", "35 %"])
def test_la_relecture_de_confidentialite_voit_a_travers_les_espaces_insecables(tmp_path: Path, secret: str) -> None:
    """Un passage interne qui fuirait malgré tout reste trouvé après la mise en forme des montants."""
    from filrouge.publication import fuites

    page = tmp_path / "page.html"
    page.write_text(insecables(f"<p>Début. {secret}, suite.</p>"), encoding="utf-8")
    assert FINE in page.read_text(encoding="utf-8") or INSECABLE in page.read_text(encoding="utf-8")
    assert fuites(tmp_path, {secret.casefold(): "un passage interne"}) == [
        "page.html contient du texte interne (venu de un passage interne)."]
