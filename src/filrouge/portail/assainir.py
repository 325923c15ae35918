"""Le texte des dossiers n'est pas sûr : chaque champ est rendu puis assaini à part.

Python-Markdown laisse passer le HTML brut ; assainir chaque champ (et non la page
entière) garde le balisage du thème intact. nh3 (ammonia) ne laisse que des balises de
mise en forme : ni script, ni gestionnaire d'événement, ni style, ni URL `javascript:`,
ni image (une image distante ferait sortir une requête de la machine du lecteur).
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3

from filrouge.interne import publier_texte

BALISES = {
    "p", "br", "em", "strong", "b", "i", "u", "s", "del", "sub", "sup", "code", "pre", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "abbr",
    "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTS = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
SCHEMAS_URL = {"http", "https", "mailto"}
_TITRE = re.compile(r"<(/?)h([1-6])>")
_MD = markdown.Markdown(extensions=[], output_format="html")


def texte(valeur: object) -> str:
    """Un champ simple (code, lieu, fonction…) : sans passage interne, échappé, jamais interprété."""
    chaine = "" if valeur is None else str(valeur)
    if "<!--" in chaine:  # déjà ôté par la vue publiable ; une seconde barrière ne coûte rien
        chaine = publier_texte(chaine) or ""
    return html.escape(chaine, quote=True)


_SIMPLE = re.compile(r"[^\W_]['’\w ,;:.()«»/%€?-]*", re.UNICODE)
"""Une ligne de mots sans aucun signe Markdown ni HTML, qui ne commence pas par un chiffre (liste)."""


@lru_cache(maxsize=8192)
def markdown_sur(source: str | None, decalage_titres: int = 0) -> str:
    """Rend un champ Markdown puis n'en garde que le HTML inoffensif.

    `decalage_titres` abaisse les titres du récit sous ceux de la page (un `#` du récit
    ne doit pas devenir un second titre de page).
    """
    if source and "<!--" in source:
        # Déjà ôté par la vue publiable ; nh3 ôterait les marques mais garderait le texte entre elles.
        source = publier_texte(source) or ""
    if not source or not source.strip():
        return ""
    if _SIMPLE.fullmatch(source) and not source[0].isdigit():
        return f"<p>{html.escape(source, quote=True)}</p>"  # le rendu Markdown donnerait le même paragraphe
    _MD.reset()
    rendu = _MD.convert(source)
    propre = nh3.clean(rendu, tags=BALISES, attributes=ATTRIBUTS, url_schemes=SCHEMAS_URL,
                       link_rel="noopener noreferrer", strip_comments=True)
    if decalage_titres:
        propre = _TITRE.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + decalage_titres)}>", propre)
    return propre


_TITRE_SUR = re.compile(r"[^\w\s'’\-–.,()«»/]", re.UNICODE)


def titre_sur(valeur: str) -> str:
    """Un titre de page (nav, <title>) : seulement lettres, chiffres et ponctuation inoffensive.

    Le thème insère le titre sans échappement à plusieurs endroits : on n'y laisse
    aucun caractère qui compte en HTML, en Markdown ou dans un gabarit.
    """
    return " ".join(_TITRE_SUR.sub("", valeur).split())[:120] or "sans titre"
