"""L'union d'intervalles du texte, et la question « celui-ci en chevauche-t-il un ? » en temps logarithmique.

Un texte peut porter des milliers de trouvailles (un tableau de numéros collé dans un récit) : les
comparer deux à deux rendrait la garde quadratique.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


class Intervalles:
    """Une union d'intervalles [début, fin), tenue fusionnée et triée."""

    __slots__ = ("_debuts", "_fins")

    def __init__(self) -> None:
        self._debuts: list[int] = []
        self._fins: list[int] = []

    def chevauche(self, debut: int, fin: int) -> bool:
        i = bisect_left(self._debuts, fin)  # les morceaux qui commencent avant `fin`
        return i > 0 and self._fins[i - 1] > debut

    def couvre(self, debut: int, fin: int) -> bool:
        """[debut, fin) est-il tout entier dans un morceau de l'union ?"""
        i = bisect_right(self._debuts, debut)  # le morceau qui commence à debut ou avant
        return i > 0 and self._fins[i - 1] >= fin

    def contient(self, position: int) -> bool:
        return self.chevauche(position, position + 1)

    def ajouter(self, debut: int, fin: int) -> None:
        """Ajoute [debut, fin) à l'union, en fusionnant les morceaux qu'il touche."""
        i = bisect_left(self._fins, debut)  # premier morceau qui finit à debut ou après
        j = bisect_right(self._debuts, fin)  # premier morceau qui commence après fin
        if i < j:
            debut, fin = min(debut, self._debuts[i]), max(fin, self._fins[j - 1])
        self._debuts[i:j] = [debut]
        self._fins[i:j] = [fin]
