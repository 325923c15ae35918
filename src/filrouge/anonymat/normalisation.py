"""Normalisation des mots pour les comparer sans tenir compte de la casse ni des accents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_NON_LETTRE = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def normaliser(mot: str) -> str:
    """Minuscules (casefold), sans accents ; « Hélène » et « HELENE » donnent « helene »."""
    decompose = unicodedata.normalize("NFKD", mot.translate(_APOSTROPHES).casefold())
    return "".join(c for c in decompose if not unicodedata.combining(c))


def compacter(mot: str) -> str:
    """Normalise et retire tout ce qui n'est pas lettre ou chiffre : « D'Hondt » → « dhondt »."""
    return _NON_LETTRE.sub("", normaliser(mot))


_SQUELETTE_REGLES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"(?<=[a-z])h"), ""),
    (re.compile(r"^h"), ""),
    (re.compile(r"ck|q|c(?=[aou])|k"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.{3})[estdx]+$"), ""),
)


@lru_cache(maxsize=65536)
def squelette(mot: str) -> str:
    """Forme approchée d'un nom pour rattraper les variantes d'orthographe courantes.

    « Dupont », « Dupond », « DUPOND » ; « Mohamed », « Mohammed » ; « Kevin », « Kévin » ;
    « Philippe », « Filipe » ont le même squelette. Utilisé seulement pour les noms protégés.
    """
    s = compacter(mot)
    for motif, remplacement in _SQUELETTE_REGLES:
        s = motif.sub(remplacement, s)
    return s


def _classe_de_lettres(majuscules: bool) -> str:
    """Les lettres latines d'une casse, pour une classe de caractères : ASCII, Latin-1 et aussi les
    latins étendus (« Łukasz », « Şahin », « İbrahim », « Đỗ Văn Lộc », « oğuzhan ») ; un nom polonais,
    turc ou vietnamien commence par une lettre hors de Latin-1."""
    base = "A-ZÀ-ÖØ-Þ" if majuscules else "a-zß-öø-ÿ"
    etendues = (chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
    return base + "".join(c for c in etendues if (c.isupper() if majuscules else c.islower()))


MAJUSCULES = _classe_de_lettres(True)
"""Contenu d'une classe `[...]` : une majuscule latine."""
MINUSCULES = _classe_de_lettres(False)
"""Contenu d'une classe `[...]` : une minuscule latine."""
