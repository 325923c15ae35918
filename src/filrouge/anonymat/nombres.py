"""Les nombres en lettres, une seule table pour toute la garde : numéros dictés (`dictee`), jours et années
d'une date écrite en toutes lettres (`dates`). Nombres de Belgique (septante, huitante, nonante) et de
France (soixante-dix, quatre-vingt)."""

from __future__ import annotations

from collections.abc import Iterable

UNITES = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
          "huit": 8, "neuf": 9}
DIX_A_SEIZE = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
DIZAINES = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
            "huitante": 80, "octante": 80, "nonante": 90}
CENTAINES = {"cent": 100, "cents": 100}
VALEURS = {**UNITES, **DIX_A_SEIZE, **DIZAINES, **CENTAINES}

UNITES_DE_DOSE = r"(?:mg|ml|µg|mcg|UI|ui)"
"""Les unités d'une dose écrite après un nombre (« 20 mg », « 10 UI ») : un nombre suivi d'elles n'est ni un numéro de
maison (`adresses`) ni rien qui fasse d'un mot voisin autre chose qu'un médicament (`noms`)."""


def alternance(mots: Iterable[str]) -> str:
    """Les mots en une alternance de motif, les plus longs d'abord (« vingts » avant « vingt »)."""
    return "|".join(sorted(mots, key=lambda m: (-len(m), m)))


def mots_de(minimum: int, maximum: int) -> list[str]:
    """Les mots de la table dont la valeur est entre `minimum` et `maximum`."""
    return [mot for mot, valeur in VALEURS.items() if minimum <= valeur <= maximum]
