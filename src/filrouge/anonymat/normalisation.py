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
