"""Mise en forme d'un texte saisi pour un Markdown publié ailleurs (commentaire de revue, ticket).

Un texte venu d'un dossier ou d'un nom de fichier est montré en littéral : dans un
commentaire GitHub ou GitLab, il ne peut ni mentionner quelqu'un (@), ni charger une
image, ni faire un lien, ni se faire passer pour un titre ou un verdict en gras.
"""

from __future__ import annotations

import re

_INVISIBLES = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]+")
_ACCENTS_GRAVES = re.compile(r"`+")


def litteral(texte: str, dans_tableau: bool = False) -> str:
    """Le texte sur une ligne, en code : sauts de ligne et caractères invisibles deviennent des espaces.

    La clôture du code est plus longue que toute suite d'accents graves du texte
    (CommonMark), pour qu'aucun accent grave ne la ferme. Dans un tableau, `|` est échappé
    (GFM découpe les cellules avant de lire le code).
    """
    propre = " ".join(_INVISIBLES.sub(" ", texte).split()) or "(vide)"
    plus_longue = max((len(m) for m in _ACCENTS_GRAVES.findall(propre)), default=0)
    cloture = "`" * (plus_longue + 1)
    marge = " " if propre.startswith("`") or propre.endswith("`") else ""
    resultat = f"{cloture}{marge}{propre}{marge}{cloture}"
    return resultat.replace("|", "\\|") if dans_tableau else resultat
