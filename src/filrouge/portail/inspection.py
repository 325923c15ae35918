"""Lit le HTML construit avec html.parser : scripts et styles en ligne, ressources venues d'ailleurs.

La CSP a besoin de l'empreinte exacte de chaque script en ligne ; la règle « aucune
requête ne quitte la machine » a besoin de chaque src/href qui charge quelque chose.
Une seule lecture par fichier sert les deux.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

CHARGEURS = {
    "script": ("src",), "img": ("src", "srcset"), "iframe": ("src",), "frame": ("src",), "embed": ("src",),
    "object": ("data",), "source": ("src", "srcset"), "video": ("src", "poster"), "audio": ("src",),
    "track": ("src",), "input": ("src",), "link": ("href",),
}
TYPES_SCRIPT = {"", "text/javascript", "application/javascript", "module"}
LIENS_CHARGES = {"stylesheet", "icon", "shortcut", "preload", "prefetch", "modulepreload", "manifest",
                 "dns-prefetch", "preconnect", "apple-touch-icon", "mask-icon"}


def est_externe(url: str) -> bool:
    """Une URL qui désigne un autre hôte (http(s):// ou //) : elle ferait sortir une requête."""
    morceau = url.strip().split()[0] if url.strip() else ""
    parties = urlsplit(morceau)
    return bool(parties.netloc) or parties.scheme not in ("", "data", "blob")


@dataclass
class Inspection:
    scripts: set[str] = field(default_factory=set)
    styles: set[str] = field(default_factory=set)
    attributs_style: set[str] = field(default_factory=set)
    externes: list[str] = field(default_factory=list)


class _Lecteur(HTMLParser):
    def __init__(self, resultat: Inspection, nom: str) -> None:
        super().__init__(convert_charrefs=True)
        self.resultat, self.nom = resultat, nom
        self._pile: str | None = None
        self._tampon: list[str] = []
        self._executable = False

    def handle_starttag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        valeurs = {k: v or "" for k, v in attrs}
        if "style" in valeurs:
            self.resultat.attributs_style.add(valeurs["style"])
        for attribut in CHARGEURS.get(balise, ()):
            if balise == "link" and not (set(valeurs.get("rel", "").lower().split()) & LIENS_CHARGES):
                continue
            for url in (valeurs.get(attribut) or "").split(","):
                if url.strip() and est_externe(url):
                    self.resultat.externes.append(f"{self.nom} : <{balise} {attribut}=\"{url.strip()}\">")
        if balise in ("script", "style") and not (balise == "script" and "src" in valeurs):
            self._pile, self._tampon = balise, []
            # Un bloc de données (type application/json) n'est pas exécuté : pas d'empreinte.
            self._executable = balise == "style" or valeurs.get("type", "").lower() in TYPES_SCRIPT

    def handle_data(self, donnees: str) -> None:
        if self._pile:
            self._tampon.append(donnees)

    def handle_endtag(self, balise: str) -> None:
        if self._pile and balise == self._pile:
            contenu = "".join(self._tampon)
            if self._executable:
                (self.resultat.scripts if balise == "script" else self.resultat.styles).add(contenu)
            self._pile = None


_SCRIPT_EN_LIGNE = re.compile(r"<(script|style)\b([^>]*)>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_ATTRIBUT_STYLE = re.compile(r"<[a-zA-Z][^>]*?\sstyle\s*=", re.IGNORECASE)
_STYLE_RAPIDE = re.compile(r"\sstyle\s*=", re.IGNORECASE)
_CHARGEUR = re.compile(r"<(?:" + "|".join(CHARGEURS) + r")\b[^>]*>", re.IGNORECASE)


def inspecter(site: Path) -> Inspection:
    """Ne donne à html.parser que les morceaux utiles : une page de mille dossiers reste rapide.

    Scripts et styles en ligne (contenu exact, pour l'empreinte), balises qui chargent une
    ressource, balises qui portent un attribut style : chacun est relu par html.parser,
    le reste de la page n'est pas analysé.
    """
    resultat = Inspection()
    deja_lus: dict[str, Inspection] = {}  # les mêmes scripts et balises du thème reviennent dans chaque page
    for chemin in sorted(site.rglob("*.html")):
        nom = chemin.relative_to(site).as_posix()
        contenu = chemin.read_text(encoding="utf-8", errors="replace")
        morceaux = [m[0] for m in _SCRIPT_EN_LIGNE.finditer(contenu)]
        morceaux += [m[0] for m in _CHARGEUR.finditer(contenu)]
        if _STYLE_RAPIDE.search(contenu):  # sans « style= » nulle part, inutile de parcourir chaque balise
            morceaux += [contenu[m.start():contenu.find(">", m.end()) + 1] for m in _ATTRIBUT_STYLE.finditer(contenu)]
        for morceau in morceaux:
            lu = deja_lus.get(morceau)
            if lu is None:
                lu = deja_lus[morceau] = _lire(morceau)
            resultat.scripts |= lu.scripts
            resultat.styles |= lu.styles
            resultat.attributs_style |= lu.attributs_style
            resultat.externes += [nom + e for e in lu.externes]
    return resultat


def _lire(morceau: str) -> Inspection:
    """Ce qu'un morceau apporte ; ses ressources externes sans nom de fichier (ajouté par l'appelant)."""
    partiel = Inspection()
    lecteur = _Lecteur(partiel, "")
    lecteur.feed(morceau)
    lecteur.close()
    return partiel
