"""Jamais publié : la phase préparatoire et les passages internes ; la construction refuse ce qui les publierait."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from filrouge.interne import publier_texte
from filrouge.publication.controle import motif_trie
from tests.portail.fixtures import SECRET_INTERNE, TEMOIN, depot_exemple
from tests.portail.outils_portail import construire_ici, textes_construits


def test_phrase_temoin_absente_de_tout_fichier_construit(site: Path) -> None:
    textes = textes_construits(site)
    assert "search/search_index.json" in textes and "sitemap.xml" in textes
    for secret in (TEMOIN, SECRET_INTERNE, "une attente de la famille très particulière", "zanzibar", "ornithorynque"):
        for nom, texte in textes.items():
            assert secret.casefold() not in texte.casefold(), f"{secret!r} trouvé dans {nom}"
    assert not list(site.rglob("*preparation*")), "aucun fichier de phase préparatoire remplie"


def test_le_reste_du_recit_est_publie(site: Path) -> None:
    html = (site / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    assert "Pistes dégagées" in html and "partage une lecture commune" in html


def test_publier_texte() -> None:
    assert publier_texte("a <!-- interne -->b<!--/interne--> c") == "a  c"
    assert publier_texte("a <!-- INTERNE --> b\n\nc") is None, "une marque jamais fermée retient le texte entier"


def test_motif_trie() -> None:
    import re

    motif = re.compile(motif_trie(["abc", "abd", "ab", "x" * 3000]))
    assert [m[0] for m in motif.finditer("zabdz ab abc " + "x" * 3000)] == ["abd", "ab", "abc", "x" * 3000]


def _refus(racine: Path, tmp_path: Path, *attendus: str) -> None:
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1, resultat.stdout + resultat.stderr
    assert "Confidentialité" in resultat.stderr and "Traceback" not in resultat.stderr
    for attendu in attendus:
        assert attendu in resultat.stderr
    textes = textes_construits(tmp_path / "site") if (tmp_path / "site").exists() else {}
    assert not any(TEMOIN in t for t in textes.values())


@pytest.fixture
def racine(tmp_path: Path) -> Path:
    return depot_exemple(tmp_path / "depot")


def test_refus_page_marquee_interne(racine: Path, tmp_path: Path) -> None:
    (racine / "docs" / "notes.md").write_text("---\ninterne: true\n---\n# Notes\n\nRien.\n", encoding="utf-8")
    _refus(racine, tmp_path, "docs/notes.md", "interne")


def test_refus_passage_interne_dans_une_page(racine: Path, tmp_path: Path) -> None:
    (racine / "docs" / "notes.md").write_text("# Notes\n\n<!-- interne -->\nà garder\n<!-- /interne -->\n",
                                              encoding="utf-8")
    _refus(racine, tmp_path, "docs/notes.md")


def test_refus_fichier_de_preparation_dans_docs(racine: Path, tmp_path: Path) -> None:
    shutil.copy(racine / "dossiers" / "2019-001" / "preparation.yaml", racine / "docs" / "preparation.yaml")
    _refus(racine, tmp_path, "docs/preparation.yaml")


def test_refus_inclusion_d_un_fichier_de_dossier(racine: Path, tmp_path: Path) -> None:
    (racine / "docs" / "inclus.md").write_text('# Inclus\n\n--8<-- "dossiers/2019-001/preparation.yaml"\n',
                                               encoding="utf-8")
    _refus(racine, tmp_path, "docs/inclus.md, ligne 3")


def test_refus_lien_symbolique(racine: Path, tmp_path: Path) -> None:
    (racine / "docs" / "dossier-brut").symlink_to(racine / "dossiers" / "2019-001")
    _refus(racine, tmp_path, "lien symbolique")


def test_derniere_barriere_apres_construction(racine: Path, tmp_path: Path) -> None:
    """Un fichier de docs/ copié tel quel (pas une page) passe les contrôles d'entrée : le scan final l'arrête. Une
    ressource externe dans une page y est arrêtée aussi, et dite avec lui (une construction pour les deux)."""
    (racine / "docs" / "notes.txt").write_text(f"Un extrait recopié : {TEMOIN.upper()}.\n", encoding="utf-8")
    (racine / "docs" / "externe.md").write_text('# Externe\n\n<img src="https://example.org/pixel.png" alt="">\n',
                                                encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1
    assert "notes.txt contient du texte interne" in resultat.stderr and "preparation.yaml" in resultat.stderr
    assert "ressource externe" in resultat.stderr and "example.org" in resultat.stderr
    assert not any((tmp_path / "site").rglob("*.html")), "le site fautif est effacé"


def test_fuites_dans_le_html_et_l_index(tmp_path: Path) -> None:
    """Texte coupé par des balises, échappé en HTML ou en JSON : il est retrouvé."""
    from filrouge.publication import fuites

    (tmp_path / "a.html").write_text("<p>la phrase <em>témoin</em> &amp; co</p>", encoding="utf-8")
    (tmp_path / "index.json").write_text(json.dumps({"t": "x La Phrase\nTémoin y"}), encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>rien</p>", encoding="utf-8")
    messages = fuites(tmp_path, {"la phrase témoin": "prep › attentes › jeune"})
    assert len(messages) == 2 and all("prep › attentes › jeune" in m for m in messages)


def test_passage_interne_recopie_dans_un_autre_champ(racine: Path, tmp_path: Path) -> None:
    chemin = racine / "dossiers" / "2019-002" / "dossier.yaml"
    chemin.write_text(chemin.read_text(encoding="utf-8").replace(
        "motif_demande: Trajectoire de soins bloquée entre plusieurs services.",
        f"motif_demande: {SECRET_INTERNE}"), encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    # Recopié dans un champ publié, le texte n'est plus un secret : c'est un choix de l'auteur, il est publié.
    assert resultat.returncode == 0, resultat.stderr


def test_index_de_recherche_sans_contenu_externe(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["fr"]
    for doc in index["docs"]:
        assert not doc["location"].startswith(("http:", "https:", "//"))


@pytest.mark.parametrize("nom", ["notes.markdown", "notes.mdown", "notes.mkdn", "notes.mkd", "notes.MD", "notes.html",
                                 "notes.txt", "sous/dossier/notes.markdown"])
def test_toute_extension_de_docs_est_controlee(tmp_path: Path, nom: str) -> None:
    """MkDocs publie .markdown, .mdown… comme des pages, et copie .html ou .txt tels quels : tous sont contrôlés."""
    from filrouge.portail.confidentialite import ErreurConfidentialite, verifier_sources

    racine = tmp_path / "depot"
    (racine / "dossiers").mkdir(parents=True)
    chemin = racine / "docs" / nom
    chemin.parent.mkdir(parents=True)
    chemin.write_text("# Notes\n\n<!-- interne -->à garder pour nous<!-- /interne -->\n", encoding="utf-8")
    with pytest.raises(ErreurConfidentialite) as erreur:
        verifier_sources(racine / "docs", racine)
    assert f"docs/{nom}" in str(erreur.value)
    chemin.write_text('# Notes\n\n--8<-- "dossiers/2019-001/preparation.yaml"\n', encoding="utf-8")
    with pytest.raises(ErreurConfidentialite):
        verifier_sources(racine / "docs", racine)
    chemin.write_text("# Notes\n\nUne page ordinaire qui explique `<!-- interne -->`.\n", encoding="utf-8")
    verifier_sources(racine / "docs", racine)


def test_page_markdown_construite_refusee(racine: Path, tmp_path: Path) -> None:
    (racine / "docs" / "notes.markdown").write_text("# Notes\n\n<!-- interne : SAJ -> x -->\nà garder\n"
                                                    "<!-- /interne -->\n", encoding="utf-8")
    _refus(racine, tmp_path, "docs/notes.markdown")


def _verifier_page(tmp_path: Path, contenu: str | bytes) -> None:
    from filrouge.portail.confidentialite import verifier_sources

    racine = tmp_path / "depot"
    (racine / "dossiers").mkdir(parents=True, exist_ok=True)
    (racine / "docs").mkdir(exist_ok=True)
    page = racine / "docs" / "notes.md"
    (page.write_bytes if isinstance(contenu, bytes) else page.write_text)(contenu)
    verifier_sources(racine / "docs", racine)


@pytest.mark.parametrize("contenu", [
    b"---\r\ninterne: true\r\n---\r\n# Notes\r\n\r\nSuivi du dossier.\r\n",        # fins de ligne Windows
    "\ufeff---\ninterne: true\n---\n# Notes\n\nSuivi du dossier.\n".encode(),       # BOM
    "---\ninterne: \"true\"\n---\n# Notes\n",                                        # valeur entre guillemets
    "---\ninterne: true  # ne pas publier\n---\n# Notes\n",                          # commentaire YAML
    "---\ninterne: true\n...\n# Notes\n",                                            # fin d'en-tête YAML « ... »
    "---\ntitle: Notes\nInterne: on\n---\n# Notes\n",                                # autre écriture de vrai
    "---\ninterne: vrai\n---\n# Notes\n",
    "---\ninterne:\n---\n# Notes\n",                                                 # valeur vide
    "interne: true\ntitle: Notes\n\n# Notes\n",                                      # méta à la MultiMarkdown
    "Title: Notes\nINTERNE: oui\n\n# Notes\n",
    "---\ninterne: true\ntitle: [pas fermé\n---\n# Notes\n",                        # en-tête YAML illisible
])
def test_page_marquee_interne_par_son_en_tete_lu_comme_mkdocs(tmp_path: Path, contenu: str | bytes) -> None:
    """MkDocs lit l'en-tête d'une page sous ces formes (Windows, BOM, guillemets, méta MultiMarkdown…) : chacune
    marque la page interne, et la construction la refuse."""
    from filrouge.portail.confidentialite import ErreurConfidentialite

    with pytest.raises(ErreurConfidentialite, match="docs/notes.md est marqué interne"):
        _verifier_page(tmp_path, contenu)


@pytest.mark.parametrize("contenu", [
    "---\ninterne: false\n---\n# Notes\n",
    "---\ntitle: Notes\ninterne: non\n---\n# Notes\n",
    "---\ntitle: Notes\n---\n# Notes\n\ninterne: true\n\n---\n\nLa clé « interne: true » dans le texte n'est pas un en-tête.\n",
    "# Notes\n\ninterne: true\n",
    "---\ntitle: Un internat\n---\n# Notes\n",
])
def test_page_ordinaire_sans_en_tete_interne_acceptee(tmp_path: Path, contenu: str) -> None:
    _verifier_page(tmp_path, contenu)


@pytest.mark.parametrize("contenu", [
    "# Notes\n\n\\`<!-- interne -->\\` à garder pour nous \\`<!-- /interne -->\\`\n",   # accents graves échappés
    "# Notes\n\n\\```\n<!-- interne -->\nà garder pour nous\n<!-- /interne -->\n\\```\n",
    "# Notes\n\n<div>\n`<!-- interne -->` à garder pour nous `<!-- /interne -->`\n</div>\n",   # bloc HTML : pas de code
])
def test_marque_hors_du_code_tel_que_markdown_le_lit(tmp_path: Path, contenu: str) -> None:
    """Un accent grave échappé ou dans un bloc HTML n'ouvre aucun code : les marques sont de vrais commentaires et le
    texte entre elles s'affiche. Une marque vraiment citée en code reste une explication (test_toute_extension…)."""
    from filrouge.portail.confidentialite import ErreurConfidentialite

    with pytest.raises(ErreurConfidentialite, match="docs/notes.md est marqué interne"):
        _verifier_page(tmp_path, contenu)
