"""Le texte tel qu'un lecteur le lit, quand il diffère du texte écrit, avec l'origine de chacun de ses caractères.

Un éditeur peut enregistrer « é » en deux caractères (e + accent) ; un rendu Markdown n'affiche ni la barre
oblique d'un échappement (« lucie\\.renard@gmail\\.com ») ni la balise d'un saut de ligne dans une cellule
(« 04 359<br>09 06 ») ; deux espaces au lieu d'une entre deux groupes de chiffres (« BE73  7323  5763 ») ne
se voient pas. Les détecteurs lisent le texte relu ; leurs trouvailles sont ramenées au texte écrit par
`Reecrit.ramener`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Reecrit:
    """Un texte réécrit et, pour chacun de ses caractères puis pour sa fin, la position dans le texte d'origine."""

    texte: str
    origine: Sequence[int]

    def ramener(self, debut: int, fin: int) -> tuple[int, int]:
        """L'intervalle du texte d'origine qui contient ce que montre [debut, fin) du texte réécrit."""
        return self.origine[debut], self.origine[fin]

    def puis(self, suite: Reecrit | None) -> Reecrit:
        """Cette réécriture suivie d'une autre (faite sur `self.texte`), ramenée au texte d'origine."""
        if suite is None:
            return self
        return Reecrit(suite.texte, [self.origine[i] for i in suite.origine])


def reecrire(texte: str, remplacements: Iterable[tuple[int, int, str]]) -> Reecrit:
    """`texte` où chaque intervalle (debut, fin), dans l'ordre et sans chevauchement, est remplacé par une chaîne ;
    les caractères remplaçants viennent du début de l'intervalle remplacé."""
    morceaux: list[str] = []
    origine: list[int] = []
    i = 0
    for debut, fin, par in remplacements:
        morceaux.append(texte[i:debut])
        origine.extend(range(i, debut))
        morceaux.append(par)
        origine.extend([debut] * len(par))
        i = fin
    morceaux.append(texte[i:])
    origine.extend(range(i, len(texte) + 1))
    return Reecrit("".join(morceaux), origine)


def _compose(texte: str) -> Reecrit | None:
    """Le texte composé (NFC) ; None s'il l'est déjà."""
    if unicodedata.is_normalized("NFC", texte):
        return None

    def groupes() -> Iterable[tuple[int, int, str]]:
        i, n = 0, len(texte)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(texte[j]):
                j += 1
            if j > i + 1:
                yield i, j, unicodedata.normalize("NFC", texte[i:j])
            i = j

    return reecrire(texte, groupes())


_ECHAPPEMENT = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
"""Échappement Markdown d'une ponctuation : la barre oblique n'est pas affichée."""
_BALISE_BR = re.compile(r"<(?i:br)[ \t]*/?>")
"""Balise de saut de ligne (dans une cellule de tableau) : lue comme une espace."""
_ESPACES_ENTRE_CHIFFRES = re.compile(r"  (?<=\d  ) ?(?=\d)")
"""Deux ou trois espaces entre deux chiffres (« BE73  7323 ») : lues comme une. Les deux espaces d'abord, le chiffre
qui les précède ensuite : le moteur saute de double espace en double espace (un chiffre en tête coûtait 4,7 fois plus
sur la démo)."""

_APOSTROPHE_DOUBLEE = re.compile(r"''(?<=[^\W\d_]'')(?=[^\W\d_])")
"""L'apostrophe doublée d'une chaîne YAML entre apostrophes (« boulevard d''Herbatte ») : lue comme une (le lecteur du
portail voit « d'Herbatte »). Les deux apostrophes d'abord, la lettre qui les précède ensuite."""


def _sans_marques(texte: str) -> Reecrit | None:
    """Sans les marques invisibles au rendu (ni l'apostrophe doublée d'une chaîne YAML) ; chaque motif commence par un
    caractère fixe (le moteur saute de l'un à l'autre), ils ne se chevauchent pas."""
    remplacements = [(m.start(), m.end(), "") for m in _ECHAPPEMENT.finditer(texte)] if "\\" in texte else []
    if "<" in texte:
        remplacements += [(m.start(), m.end(), " ") for m in _BALISE_BR.finditer(texte)]
    remplacements += [(m.start(), m.end(), " ") for m in _ESPACES_ENTRE_CHIFFRES.finditer(texte)]
    if "''" in texte:
        remplacements += [(m.start(), m.end(), "'") for m in _APOSTROPHE_DOUBLEE.finditer(texte)]
    if not remplacements:
        return None
    return reecrire(texte, sorted(remplacements))


def relire(texte: str) -> Reecrit | None:
    """Le texte tel qu'un lecteur le lit (composé, sans marques invisibles au rendu) ; None s'il est lu tel quel."""
    compose = _compose(texte)
    relu = _sans_marques(compose.texte if compose else texte)
    if compose is None:
        return relu
    return compose.puis(relu)


_CHIFFRES_LUS = re.compile(r"(?<![^\W\d_])[Oo](?=\d)|(?<=\d)[Oo](?![^\W\d_])|(?:(?<=\d)|(?<=\d ))–(?= ?\d)")
"""La lettre O collée à un chiffre et hors d'un mot (« O496 61 75 73 », « 31O6 », « 18.O6.13 », « 1-LEZ-O30 ») ;
le tiret demi-cadratin entre deux nombres (« 0471 – 04 26 20 »)."""


_INDICES_CHIFFRES_LUS = (re.compile(r"O(?:(?=\d)|(?<=\dO)|(?<=\d O))"), re.compile(r"o(?:(?=\d)|(?<=\do)|(?<=\d o))"),
                         re.compile(r"–(?:(?<=\d–)|(?<=\d –))"))
"""Préfiltre : un chiffre précédé d'un O, ou suivi (après une espace au plus) d'un O ou d'un tiret demi-cadratin. Un
motif par caractère fixe, le chiffre lu autour : le moteur saute d'un O à l'autre (un motif à premier caractère chiffre
coûtait 2,6 fois plus sur la démo)."""


def chiffres_lus(texte: str) -> str:
    """Le texte où le lecteur voit des chiffres et des tirets : « O » pour zéro, « – » pour « - » (un caractère
    pour un, les positions ne changent pas). « ABO123 » garde son O (lettre d'une plaque)."""
    if not any(indice.search(texte) for indice in _INDICES_CHIFFRES_LUS) or not _CHIFFRES_LUS.search(texte):
        return texte
    return _CHIFFRES_LUS.sub(lambda m: "-" if m.group(0) == "–" else "O" if _dans_un_code(texte, m.start()) else "0", texte)


_PROCHE = 4
"""Caractères lus de chaque côté d'un O pour savoir s'il est dans un code (temps constant par O)."""


def _dans_un_code(texte: str, position: int) -> bool:
    """Le O fait-il partie d'un code à lettres et chiffres (« LLMDND00P12F205O », codice fiscale dont la lettre de
    contrôle est un O) ? Une autre lettre tout près, dans la même suite de lettres et de chiffres, le dit (le pays
    d'un IBAN compact, « BE4031O6… », est plus loin)."""
    debut, fin = position, position + 1
    while debut > max(0, position - _PROCHE) and texte[debut - 1].isalnum():
        debut -= 1
    while fin < min(len(texte), position + 1 + _PROCHE) and texte[fin].isalnum():
        fin += 1
    return (any(c.isalpha() and c not in "Oo" for c in texte[debut:fin])
            or _PAYS_ET_CLE_AVANT.search(texte, max(0, position - 7), position) is not None
            and _COMPTE_ITALIEN.match(texte, position) is not None)


_PAYS_ET_CLE_AVANT = re.compile(r"(?<![\w])(?i:it|sm)[ \t]?\d\d[ \t.\-]{0,2}$")
"""« IT83 O815 … », « it 83 o815 … » : juste après le pays et la clé d'un IBAN groupé italien ou saint-marinais, suivi
des 22 chiffres du compte (`_COMPTE_ITALIEN`), un O est la lettre de contrôle du compte (CIN) ; ailleurs (« BE74 O352
… », « IT12 O471 23 45 67 », un téléphone), un zéro mal tapé."""
_COMPTE_ITALIEN = re.compile(r"[Oo](?:[ \t.\-]?\d){22}(?!\d)")
