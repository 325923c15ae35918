"""Petits outils sur les lignes d'un texte (positions de début de ligne, ligne d'une position)."""

from __future__ import annotations

from bisect import bisect_right


class Lignes:
    """Index des débuts de ligne d'un texte, pour passer d'une position à (ligne, colonne)."""

    __slots__ = ("texte", "debuts")

    def __init__(self, texte: str) -> None:
        self.texte = texte
        debuts = [0]
        position = texte.find("\n")
        while position != -1:
            debuts.append(position + 1)
            position = texte.find("\n", position + 1)
        self.debuts = debuts

    def numero(self, position: int) -> int:
        """Indice (0) de la ligne qui contient `position`."""
        return bisect_right(self.debuts, position) - 1

    def bornes(self, indice: int) -> tuple[int, int]:
        debut = self.debuts[indice]
        fin = self.debuts[indice + 1] - 1 if indice + 1 < len(self.debuts) else len(self.texte)
        return debut, fin

    def ligne_colonne(self, position: int) -> tuple[int, int]:
        """(ligne, colonne), toutes deux à partir de 1."""
        indice = self.numero(position)
        return indice + 1, position - self.debuts[indice] + 1
