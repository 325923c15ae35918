"""Petits outils sur les lignes d'un texte (positions de début de ligne, ligne d'une position)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

_LETTRES = re.compile(r"[^\W\d_]+")
_ASCII_SANS_LETTRES = bytes.maketrans(bytes(c for c in range(128) if not chr(c).isalpha()),
                                      bytes(32 for c in range(128) if not chr(c).isalpha()))
"""Chaque octet ASCII qui n'est pas une lettre (chiffres, ponctuation, « _ », espaces) devient une espace."""
_ELEMENT_DE_LISTE = re.compile(r"[ \t]*[-*+][ \t]")
_SEPARATION = re.compile(r"^[ \t>]*(?:\|[ \t]*)?:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$", re.MULTILINE)
"""La ligne de séparation d'un tableau Markdown (« --|--|-- », « | --- | :-: | ») : au moins une barre entre deux
colonnes de tirets."""
_AMORCES: dict[re.Pattern[str], tuple[tuple[str, ...], re.Pattern[str]] | None] = {}
_AMORCE_MAX = 4
"""Caractères gardés d'un début littéral : assez pour que `str.find` ne s'arrête pas à chaque lettre."""


def amorces(motif: re.Pattern[str]) -> tuple[tuple[str, ...], re.Pattern[str]] | None:
    """Les débuts littéraux en minuscules de `motif`, et les caractères qui l'en font douter (calculés une fois) : toute
    correspondance commence, dans le texte en minuscules, par l'un de ces débuts, sauf dans un texte qui a un de ces
    caractères. None si une alternative peut commencer autrement (classe, répétition, point…).

    La casse ignorée du moteur compare les minuscules simples, plus quelques équivalences (« ſ » et « s », « ı » et
    « i », « ᲀ » et « в ») que `str.lower` ne fait pas ; et `str.lower` écrit « İ » en deux caractères, « Σ » selon sa
    place dans le mot : un texte qui en a un est lu entier."""
    if motif not in _AMORCES:
        from re import _casefix, _parser  # l'arbre de l'expression et les équivalences du moteur, lus une fois

        debuts = _debuts_litteraux(list(_parser.parse(motif.pattern, motif.flags).data), "")
        if debuts is None or len(debuts) > 256:
            _AMORCES[motif] = None
        else:
            lettres = set("".join(debuts))
            autres = {chr(a) for lettre in lettres for a in _casefix._EXTRA_CASES.get(ord(lettre), ())}
            douteux = {"İ", "Σ", *autres, *(a.upper() for a in autres if a.upper().lower() not in lettres)}
            _AMORCES[motif] = tuple(sorted(debuts)), re.compile("[" + re.escape("".join(sorted(douteux))) + "]")
    return _AMORCES[motif]


def _debuts_litteraux(elements: list[tuple[Any, Any]], deja: str) -> set[str] | None:
    """Les débuts littéraux (au plus `_AMORCE_MAX` caractères) d'une suite d'éléments de l'arbre, après `deja`."""
    from re import _constants as c

    if len(deja) >= _AMORCE_MAX:
        return {deja}
    if not elements:
        return {deja} if deja else None
    (op, valeur), reste = elements[0], elements[1:]
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT) and not deja:  # sans largeur, en tête : vérifié par le moteur
        return _debuts_litteraux(reste, deja)
    if op is c.SUBPATTERN:
        return _debuts_litteraux([*valeur[-1], *reste], deja)
    if op is c.LITERAL:
        suites = [(reste, deja + chr(valeur).lower())]
    elif op is c.IN and valeur and all(o is c.LITERAL for o, _ in valeur):  # « [ée] »
        suites = [(reste, deja + chr(v).lower()) for _, v in valeur]
    elif op is c.BRANCH:
        suites = [([*alternative, *reste], deja) for alternative in valeur[1]]
    else:  # classe, répétition, point… : le début s'arrête là
        return {deja} if deja else None
    debuts: set[str] = set()
    for suivants, prefixe in suites:
        suite = _debuts_litteraux(suivants, prefixe)
        if suite is None:
            return None
        debuts |= suite
    return debuts


def par_caracteres_fixes(motifs: Sequence[re.Pattern[str]], texte: str) -> Iterator[re.Match[str]]:
    """Comme `finditer` de l'alternative de `motifs` quand chacun commence par son propre caractère fixe et ne
    correspond jamais à vide : le moteur saute d'un caractère fixe au suivant, ce qu'une classe ou une alternative en
    tête l'empêche de faire (dix fois plus lent). À chaque pas, la correspondance la plus à gauche de tous les motifs,
    puis chacun reprend après elle (seuls ceux qui s'étaient arrêtés avant sont relancés)."""
    prochaines = [motif.search(texte) for motif in motifs]
    while True:
        trouvees = [m for m in prochaines if m is not None]
        if not trouvees:
            return
        m = min(trouvees, key=lambda t: t.start())
        yield m
        reprise = m.end()
        prochaines = [p if p is None or p.start() >= reprise else motif.search(texte, reprise)
                      for p, motif in zip(prochaines, motifs)]


def positions_du_mot(texte: str, mot: str, debut: int, fin: int, liants: str = "",
                     apres_liants: str = "'’-") -> list[int]:
    """Les positions de `mot` entier (ni lettre, ni chiffre, ni un des `liants` devant, ni un des `apres_liants`
    derrière) dans texte[debut:fin] ; par `str.find`, sans expression compilée à la volée."""
    positions = []
    i = texte.find(mot, debut, fin)
    while i != -1:
        j = i + len(mot)
        avant, apres = texte[i - 1 : i] if i else "", texte[j : j + 1]
        if not (avant and (avant.isalnum() or avant == "_" or avant in liants)) and not (
                apres and (apres.isalnum() or apres == "_" or apres in apres_liants)):
            positions.append(i)
        i = texte.find(mot, j, fin)
    return positions


class Lignes:
    """Index des débuts de ligne d'un texte, pour passer d'une position à (ligne, colonne)."""

    __slots__ = ("texte", "debuts", "_bas", "_mots", "_tableaux", "_entetes")

    def __init__(self, texte: str) -> None:
        self.texte = texte
        debuts = [0]
        position = texte.find("\n")
        while position != -1:
            debuts.append(position + 1)
            position = texte.find("\n", position + 1)
        self.debuts = debuts
        self._bas: str | None = None
        self._mots: frozenset[str] | None = None
        self._tableaux: list[list[int]] | None = None
        self._entetes: dict[int, int] | None = None

    @property
    def bas(self) -> str:
        """Le texte en minuscules (calculé une fois), pour les préfiltres par sous-chaînes."""
        if self._bas is None:
            bas = self.texte.lower()
            if len(bas) != len(self.texte):  # « İ » s'écrit en deux caractères en minuscules
                bas = "".join(c if len(c.lower()) != 1 else c.lower() for c in self.texte)
            self._bas = bas
        return self._bas

    @property
    def mots(self) -> frozenset[str]:
        """Les suites de lettres du texte en minuscules, une seule fois par texte (préfiltres)."""
        if self._mots is None:
            # Comme `_LETTRES.findall(self.bas)`, deux fois plus vite : le moteur d'expressions lit chaque caractère
            # (≈ 30 ns), `bytes.translate` coupe en un passage aux caractères ASCII qui ne sont pas des lettres. Un jeton
            # fait de lettres (`isalpha`, qui n'admet ni chiffre ni « _ ») est un mot ; un autre (« l’école », « n°5 »)
            # est relu par `_LETTRES`. Les espaces Unicode qui coupent aussi les jetons ne sont jamais des lettres.
            octets = self.bas.encode("utf-8", "surrogatepass").translate(_ASCII_SANS_LETTRES)
            jetons = set(octets.decode("utf-8", "surrogatepass").split())
            autres = [jeton for jeton in jetons if not jeton.isalpha()]
            jetons.difference_update(autres)
            for jeton in autres:
                jetons.update(_LETTRES.findall(jeton))
            self._mots = frozenset(jetons)
        return self._mots

    def tableaux(self) -> list[list[int]]:
        """Les tableaux Markdown du texte (calculés une fois) : pour chacun, les indices de ses lignes (qui
        commencent par « | », après des espaces ou un chevron de citation), l'en-tête d'abord. Un tableau sans barres
        de bord (« Enfant|ddn⏎--|--⏎lina|2012 », permis par GitHub) se reconnaît à sa ligne de séparation : l'en-tête
        au-dessus d'elle et les lignes à barre qui la suivent en sont."""
        if self._tableaux is None:
            tableaux: list[list[int]] = []
            precedente = -2
            texte = self.texte
            position = texte.find("|")
            while position != -1:
                indice = self.numero(position)
                debut, fin = self.bornes(indice)
                if texte[debut:position].strip(" \t>") == "":
                    if indice == precedente + 1:
                        tableaux[-1].append(indice)
                    else:
                        tableaux.append([indice])
                    precedente = indice
                position = texte.find("|", fin)
            if "-|" in texte or "|-" in texte or "| -" in texte or "- |" in texte:
                tableaux = self._sans_barres_de_bord(tableaux)
            self._tableaux = tableaux
        return self._tableaux

    def entete(self, indice: int) -> int | None:
        """L'indice de la ligne d'en-tête du tableau dont la ligne `indice` est une ligne de données (None hors d'un
        tableau ou pour l'en-tête lui-même)."""
        if self._entetes is None:
            self._entetes = {i: tableau[0] for tableau in self.tableaux() for i in tableau[1:]}
        return self._entetes.get(indice)

    def _sans_barres_de_bord(self, tableaux: list[list[int]]) -> list[list[int]]:
        """Les tableaux `tableaux` et ceux sans barres de bord, dans l'ordre du texte."""
        texte = self.texte
        pris = {i for tableau in tableaux for i in tableau}
        for separation in _SEPARATION.finditer(texte):
            indice = self.numero(separation.start())
            if indice in pris or indice == 0 or indice - 1 in pris:
                continue
            debut, fin = self.bornes(indice - 1)
            if "|" not in texte[debut:fin]:
                continue
            tableau = [indice - 1, indice]
            suivante = indice + 1
            while suivante < len(self.debuts) and suivante not in pris:
                debut, fin = self.bornes(suivante)
                if "|" not in texte[debut:fin] or not texte[debut:fin].strip():
                    break
                tableau.append(suivante)
                suivante += 1
            pris.update(tableau)
            tableaux.append(tableau)
        return sorted(tableaux)

    def numero(self, position: int) -> int:
        """Indice (0) de la ligne qui contient `position`."""
        return bisect_right(self.debuts, position) - 1

    def bornes(self, indice: int) -> tuple[int, int]:
        debut = self.debuts[indice]
        fin = self.debuts[indice + 1] - 1 if indice + 1 < len(self.debuts) else len(self.texte)
        return debut, fin

    def contenant(self, morceaux: Iterable[str]) -> list[int]:
        """Les indices, dans l'ordre, des lignes dont le texte en minuscules contient un des `morceaux` : un détecteur
        dont le motif ne peut aboutir que sur une telle ligne ne lit qu'elles. Chaque ligne trouvée est sautée
        d'un bloc (temps linéaire, même si le morceau s'y répète)."""
        bas = self.bas
        indices: set[int] = set()
        for morceau in morceaux:
            i = bas.find(morceau)
            while i != -1:
                indice = self.numero(i)
                indices.add(indice)
                i = bas.find(morceau, self.bornes(indice)[1])
        return sorted(indices)

    def correspondances(self, motif: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """Comme `motif.finditer(texte)`, sans faire lire au moteur toute la prose : quand chaque correspondance de `motif`
        commence par un de ses débuts littéraux (`amorces`), il n'est essayé qu'aux endroits où le texte en minuscules
        en a un, de gauche à droite, en reprenant après chaque correspondance (celles de `finditer`, une à une). Un
        texte qui a un caractère dont le moteur et `str.lower` ne font pas la même minuscule est lu entier."""
        amorce = amorces(motif)
        if amorce is None or amorce[1].search(self.texte):
            yield from motif.finditer(self.texte)
            return
        yield from self.commencant_par(motif, amorce[0])

    def commencant_par(self, motif: re.Pattern[str], morceaux: Iterable[str]) -> Iterator[re.Match[str]]:
        """Les correspondances de `motif` essayé là seulement où le texte en minuscules a un des `morceaux`, de gauche
        à droite, en reprenant après chaque correspondance : celles de `finditer` quand chacune commence par un
        morceau."""
        bas = self.bas
        positions: set[int] = set()
        for morceau in morceaux:
            i = bas.find(morceau)
            while i != -1:
                positions.add(i)
                i = bas.find(morceau, i + 1)
        reprise = 0
        for position in sorted(positions):
            if position >= reprise:
                m = motif.match(self.texte, position)
                if m is not None:
                    yield m
                    reprise = m.end()

    def avec(self, motif: re.Pattern[str]) -> Iterator[tuple[int, int]]:
        """Les bornes de chaque ligne où `motif` se trouve, une fois par ligne : un détecteur en contexte lit la
        ligne d'un indice (« voiture », « compte ») une seule fois, même si l'indice s'y répète (temps linéaire).
        Une ligne qui finit par « : » (une clé YAML, une rubrique) est lue avec les éléments de liste et les lignes
        plus indentées qui la suivent : « plaque_pere:⏎  - 130-BNB » et « parking:⏎  reserve_pour: 62-YMP-5 » parlent
        d'une plaque."""
        vues: set[int] = set()
        texte = self.texte
        for indice in self.correspondances(motif):
            numero = self.numero(indice.start())
            if numero not in vues:
                vues.add(numero)
                debut, fin = self.bornes(numero)
                if texte[debut:fin].rstrip().endswith(":"):
                    retrait = len(texte[debut:fin]) - len(texte[debut:fin].lstrip(" "))
                    while numero + 1 < len(self.debuts):
                        suivante, fin_suivante = self.bornes(numero + 1)
                        ligne = texte[suivante:fin_suivante]
                        if not (_ELEMENT_DE_LISTE.match(ligne) or ligne.strip() and len(ligne) - len(ligne.lstrip(" ")) > retrait):
                            break
                        numero += 1
                        vues.add(numero)
                    fin = self.bornes(numero)[1]
                yield debut, fin

    def ligne_colonne(self, position: int) -> tuple[int, int]:
        """(ligne, colonne), toutes deux à partir de 1."""
        indice = self.numero(position)
        return indice + 1, position - self.debuts[indice] + 1
