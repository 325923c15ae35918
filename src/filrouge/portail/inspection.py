"""Lit le HTML construit avec html.parser : scripts et styles en ligne, ressources venues d'ailleurs.

La CSP a besoin de l'empreinte exacte de chaque script en ligne ; la règle « aucune
requête ne quitte la machine » a besoin de chaque src/href qui charge quelque chose.
Une seule lecture par fichier sert les deux.

Seuls les scripts en ligne du thème reçoivent une empreinte : `scripts_du_theme` relève
ceux des gabarits (mkdocs-material, et `custom_dir` s'il y en a un) et en fait des modèles
où chaque expression de gabarit ne peut être qu'une valeur sans guillemet ni chevron. Un
script en ligne qui ne suit aucun de ces modèles, ou un attribut de gestionnaire
d'événement (onclick…), est relevé dans `interdits` : la construction échoue, au lieu
que la CSP l'autorise d'office.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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
    interdits: list[str] = field(default_factory=list)
    """Scripts en ligne étrangers au thème et gestionnaires d'événements (fichier : extrait)."""


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


_SCRIPT_GABARIT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_EXPRESSION_GABARIT = re.compile(r"(\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.DOTALL)
_VALEUR_GABARIT = r"""[^"'`\\<>]*"""
"""Ce qu'une expression `{{ … }}` d'un script du thème peut devenir : une valeur qui ne sort pas de sa chaîne."""
_GESTIONNAIRE_RAPIDE = re.compile(r"\son[a-z]+\s*=", re.IGNORECASE)


def scripts_du_theme(repertoires: Iterable[str | Path]) -> list[re.Pattern[str]]:
    """Les modèles des scripts en ligne des gabarits du thème (sans attribut : ni src, ni type JSON)."""
    modeles: dict[str, re.Pattern[str]] = {}
    for repertoire in repertoires:
        for gabarit in sorted(Path(repertoire).rglob("*.html")):
            try:
                source = gabarit.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for m in _SCRIPT_GABARIT.finditer(source):
                morceaux = _EXPRESSION_GABARIT.split(m[1])
                motif = "".join(_VALEUR_GABARIT if i % 2 else re.escape(morceau) for i, morceau in enumerate(morceaux))
                modeles.setdefault(motif, re.compile(motif, re.DOTALL))
    return list(modeles.values())


def inspecter(site: Path, theme: list[re.Pattern[str]] | None = None) -> Inspection:
    """Ne donne à html.parser que les morceaux utiles : une page de mille dossiers reste rapide.

    Scripts et styles en ligne (contenu exact, pour l'empreinte), balises qui chargent une
    ressource, balises qui portent un attribut style : chacun est relu par html.parser,
    le reste de la page n'est pas analysé. Avec `theme` (les modèles de `scripts_du_theme`),
    un script en ligne qui n'en suit aucun et tout gestionnaire d'événement vont dans
    `interdits` au lieu de recevoir une empreinte.
    """
    resultat = Inspection()
    deja_lus: dict[str, Inspection] = {}  # les mêmes scripts et balises du thème reviennent dans chaque page
    du_theme: dict[str, bool] = {}
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
            scripts = lu.scripts
            if theme is not None:
                scripts = set()
                for script in lu.scripts:
                    if script not in du_theme:
                        du_theme[script] = any(modele.fullmatch(script) for modele in theme)
                    if du_theme[script]:
                        scripts.add(script)
                    else:
                        resultat.interdits.append(f"{nom} : script en ligne « {_extrait(script)} »")
            resultat.scripts |= scripts
            resultat.styles |= lu.styles
            resultat.attributs_style |= lu.attributs_style
            resultat.externes += [nom + e for e in lu.externes]
        if theme is not None and _GESTIONNAIRE_RAPIDE.search(contenu):
            # Rare (un « onclick= » quelque part) : alors seulement, toute la page passe par html.parser.
            gestionnaires = _Gestionnaires()
            gestionnaires.feed(contenu)
            gestionnaires.close()
            resultat.interdits += [f"{nom} : gestionnaire d'événement « {g} »" for g in gestionnaires.trouves]
    return resultat


def _extrait(script: str) -> str:
    court = " ".join(script.split())
    return court if len(court) <= 60 else court[:57] + "…"


class _Gestionnaires(HTMLParser):
    """Les attributs on… (onclick, onerror…) de toutes les balises d'une page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.trouves: list[str] = []

    def handle_starttag(self, balise: str, attrs: list[tuple[str, str | None]]) -> None:
        self.trouves += [f"<{balise} {cle}=…>" for cle, _ in attrs if cle.lower().startswith("on")]


def _lire(morceau: str) -> Inspection:
    """Ce qu'un morceau apporte ; ses ressources externes sans nom de fichier (ajouté par l'appelant)."""
    partiel = Inspection()
    lecteur = _Lecteur(partiel, "")
    lecteur.feed(morceau)
    lecteur.close()
    return partiel
