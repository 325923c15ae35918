"""Construire et servir le portail d'un dépôt de test : dans un processus séparé et borné dans le temps, ou dans
celui des essais (`construire_ici`) quand l'essai ne lit que le site et ce que la commande a dit."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

from tests.outils import filrouge_ici
from tests.portail.fixtures import AUJOURDHUI

def environnement(**extra: str) -> dict[str, str]:
    env = {**os.environ, "FILROUGE_AUJOURDHUI": AUJOURDHUI, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("FILROUGE_POUR", None)
    env.update(extra)
    return env


def portail(racine: Path, *arguments: str, timeout: float = 180, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "filrouge", "portail", *arguments], cwd=racine, capture_output=True,
                          text=True, timeout=timeout, env=environnement(**env))


def construire(racine: Path, sortie: Path, *arguments: str, **env: str) -> subprocess.CompletedProcess[str]:
    return portail(racine, "construire", "--sortie", str(sortie), *arguments, **env)


def construire_ici(racine: Path, sortie: Path, *arguments: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`construire` dans le processus des essais (`filrouge_ici`), même environnement : ≈ 0,4 s de processeur de
    moins par construction (interpréteur, imports de filrouge et de MkDocs). La sortie d'erreur garde les
    avertissements ; une trace Python y fait échouer l'essai. Les essais de la commande elle-même et les sites
    partagés (`conftest.py`) gardent le vrai lancement."""
    variables: dict[str, str | None] = {"FILROUGE_AUJOURDHUI": AUJOURDHUI, "NO_MKDOCS_2_WARNING": "1",
                                        "FILROUGE_POUR": None, **env}
    return filrouge_ici("portail", "construire", "--sortie", str(sortie), *arguments, cwd=racine, env=variables)


class Lecteur(HTMLParser):
    """Relève ce qui pourrait s'exécuter : scripts, attributs on*, URL javascript:, cadres."""

    URLS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset", "background"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict[str, str], str]] = []
        self.gestionnaires: list[str] = []
        self.urls_javascript: list[str] = []
        self.cadres: list[str] = []
        self.elements: list[tuple[str, dict[str, str]]] = []
        self._script: dict[str, str] | None = None
        self._tampon: list[str] = []

    def handle_starttag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        valeurs = {k: v or "" for k, v in attrs}
        self.elements.append((balise, valeurs))
        for cle, valeur in valeurs.items():
            if cle.startswith("on"):
                self.gestionnaires.append(f"<{balise} {cle}={valeur!r}>")
            if cle in self.URLS and re.sub(r"[\x00-\x20]", "", valeur).lower().startswith(("javascript:", "vbscript:")):
                self.urls_javascript.append(f"<{balise} {cle}={valeur!r}>")
        if balise in ("iframe", "frame", "object", "embed"):
            self.cadres.append(balise)
        if balise == "script":
            self._script, self._tampon = valeurs, []

    def handle_startendtag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(balise, attrs)
        if balise == "script":
            self.handle_endtag(balise)

    def handle_data(self, donnees: str) -> None:
        if self._script is not None:
            self._tampon.append(donnees)

    def handle_endtag(self, balise: str) -> None:
        if balise == "script" and self._script is not None:
            self.scripts.append((self._script, "".join(self._tampon)))
            self._script = None


def lire_html(chemin: Path) -> Lecteur:
    lecteur = Lecteur()
    lecteur.feed(chemin.read_text(encoding="utf-8"))
    lecteur.close()
    return lecteur


def index_recherche(site: Path) -> list[dict[str, str]]:
    return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]


def textes_construits(site: Path) -> dict[str, str]:
    """Chaque fichier texte du site, décodé (l'index de recherche est en JSON échappé)."""
    resultat = {}
    for chemin in site.rglob("*"):
        if chemin.is_file() and chemin.suffix in (".html", ".json", ".xml", ".md", ".yaml", ".txt", ".js", ".css"):
            texte = chemin.read_text(encoding="utf-8", errors="replace")
            if chemin.suffix == ".json":
                texte += json.dumps(json.loads(texte), ensure_ascii=False)
            resultat[chemin.relative_to(site).as_posix()] = texte
    return resultat


VIDES = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Element:
    """Un élément d'une page : sa balise, ses attributs, et son HTML intérieur tel qu'écrit."""

    def __init__(self, balise: str, attributs: dict[str, str], interieur: str, debut: int) -> None:
        self.balise, self.attributs, self.html, self.debut = balise, attributs, interieur, debut

    @property
    def classes(self) -> list[str]:
        return self.attributs.get("class", "").split()

    @property
    def texte(self) -> str:
        """Le texte lu, balises ôtées et blancs réduits (comme un lecteur le voit)."""
        import html as module_html

        return " ".join(module_html.unescape(re.sub(r"<[^>]*>", " ", self.html)).split())


class _Decoupe(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=True)
        self.source = source
        self._lignes = [0]
        for ligne in source.splitlines(keepends=True):
            self._lignes.append(self._lignes[-1] + len(ligne))
        self._ouverts: list[tuple[str, dict[str, str], int]] = []
        self.elements: list[Element] = []

    def _position(self) -> int:
        ligne, colonne = self.getpos()
        return self._lignes[ligne - 1] + colonne

    def handle_starttag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        if balise in VIDES:
            return
        fin = self.source.index(">", self._position()) + 1
        self._ouverts.append((balise, {k: v or "" for k, v in attrs}, fin))

    def handle_endtag(self, balise: str) -> None:
        for rang in range(len(self._ouverts) - 1, -1, -1):
            if self._ouverts[rang][0] == balise:
                nom, attributs, debut = self._ouverts[rang]
                del self._ouverts[rang:]
                self.elements.append(Element(nom, attributs, self.source[debut:self._position()], debut))
                return


def elements(source: str, classe: str | None = None, ident: str | None = None) -> list[Element]:
    """Les éléments d'un HTML qui portent la classe `classe` (ou l'identifiant `ident`), dans l'ordre du texte."""
    decoupe = _Decoupe(source)
    decoupe.feed(source)
    decoupe.close()
    trouves = [e for e in decoupe.elements if (classe is None or classe in e.classes)
               and (ident is None or e.attributs.get("id") == ident)]
    return sorted(trouves, key=lambda e: e.debut)
