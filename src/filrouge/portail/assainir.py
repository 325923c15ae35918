"""Les valeurs d'un dossier dans une page du portail : champ simple échappé, titre de page épuré.

Le Markdown d'un champ passe par `filrouge.html_sur.markdown_sur`, la même fonction que
les documents imprimés.
"""

from __future__ import annotations

import html
import re

from filrouge.html_sur import markdown_sur
from filrouge.interne import publier_texte

__all__ = ["markdown_sur", "texte", "titre_sur"]


def texte(valeur: object) -> str:
    """Un champ simple (code, lieu, fonction…) : sans passage interne, échappé, jamais interprété."""
    chaine = "" if valeur is None else str(valeur)
    if "<!--" in chaine:  # déjà ôté par la vue publiable ; une seconde barrière ne coûte rien
        chaine = publier_texte(chaine) or ""
    return html.escape(chaine, quote=True)


_TITRE_SUR = re.compile(r"[^\w\s'’\-–.,()«»/]", re.UNICODE)


def titre_sur(valeur: str) -> str:
    """Un titre de page (nav, <title>) : seulement lettres, chiffres et ponctuation inoffensive.

    Le thème insère le titre sans échappement à plusieurs endroits : on n'y laisse
    aucun caractère qui compte en HTML, en Markdown ou dans un gabarit.
    """
    return " ".join(_TITRE_SUR.sub("", valeur).split())[:120] or "sans titre"
