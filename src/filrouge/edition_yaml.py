"""Modifier un fichier YAML du dépôt en gardant ses commentaires, l'ordre de ses clés et sa mise en page.

Réécrire le fichier depuis les données perdrait les commentaires qu'un casemanager y a laissés :
on change donc seulement les lignes concernées, repérées par la lecture (`lecture`, qui note
la ligne de chaque clé). Chaque modification est vérifiée en relisant le texte produit : les
données doivent être exactement celles attendues, sinon rien n'est écrit. L'écriture
remplace le fichier d'un coup (`fichiers.ecrire_atomiquement`) : une coupure ne laisse
jamais un fichier à moitié écrit.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from typing import Any

from filrouge.francais import ErreurUtilisation
from filrouge.lecture import Chemin, Document, analyser_yaml

_INDENT = re.compile(r"^( *)(- +)?")


class EditionImpossible(ErreurUtilisation):
    """Le fichier a une forme que l'édition ligne à ligne ne sait pas modifier sans risque."""


def scalaire(valeur: object) -> str:
    """Une valeur écrite en YAML sur une ligne : dates AAAA-MM-JJ, identifiants nus, textes entre guillemets."""
    if isinstance(valeur, bool):
        return "true" if valeur else "false"
    if isinstance(valeur, (dt.date, int)):
        return valeur.isoformat() if isinstance(valeur, dt.date) else str(valeur)
    texte = str(valeur)
    if re.fullmatch(r"[a-z][a-z0-9_]*", texte) and texte not in ("true", "false", "null", "yes", "no", "on", "off"):
        return texte
    return json.dumps(texte, ensure_ascii=False)  # une chaîne JSON est une chaîne YAML entre guillemets


def _colonne_cle(ligne: str) -> int:
    """La colonne où commence la clé d'une ligne `  cle: …` ou `- cle: …`."""
    lu = _INDENT.match(ligne)
    assert lu is not None
    return len(lu.group(0))


def _est_contenu(ligne: str) -> bool:
    nue = ligne.strip()
    return bool(nue) and not nue.startswith("#")


class Edition:
    """Un texte YAML et les données qu'il doit donner une fois modifié."""

    def __init__(self, texte: str, relatif: str) -> None:
        self.relatif = relatif
        self.lignes = texte.splitlines(keepends=True)
        if self.lignes and not self.lignes[-1].endswith("\n"):
            self.lignes[-1] += "\n"
        self.attendu = copy.deepcopy(self._lire().donnees)

    @property
    def texte(self) -> str:
        return "".join(self.lignes)

    def _lire(self) -> Document:
        return analyser_yaml(self.texte, self.relatif)

    def _index(self, chemin: Chemin) -> int:
        ligne = self._lire().lignes.get(chemin)
        if ligne is None:
            raise EditionImpossible(f"{self.relatif} : valeur introuvable ({' › '.join(map(str, chemin))}).")
        return ligne - 1

    def _fin_de_bloc(self, index: int, colonne: int, liste_au_meme_niveau: bool) -> int:
        """Le dernier index de contenu du bloc qui commence à `index` (clé en `colonne`)."""
        fin = index
        for i in range(index + 1, len(self.lignes)):
            ligne = self.lignes[i]
            if not _est_contenu(ligne):
                continue
            retrait = len(ligne) - len(ligne.lstrip(" "))
            if retrait > colonne or (liste_au_meme_niveau and retrait == colonne and ligne.lstrip().startswith("- ")):
                fin = i
                continue
            break
        return fin

    def _parent(self, chemin: Chemin) -> Any:
        courant = self.attendu
        for partie in chemin[:-1]:
            courant = courant[partie]
        return courant

    def remplacer(self, chemin: Chemin, valeur: object) -> None:
        """Remplace la valeur d'une clé écrite sur une seule ligne, son commentaire gardé."""
        i = self._index(chemin)
        cle = re.escape(str(chemin[-1]))
        lu = re.match(rf"^(\s*(?:-\s+)?{cle}:[ \t]*)([^#\n]*?)([ \t]+#.*)?\n$", self.lignes[i])
        if lu is None or not lu.group(2):
            raise EditionImpossible(f"{self.relatif}:{i + 1} : « {chemin[-1]} » n'est pas une valeur d'une seule ligne.")
        self.lignes[i] = f"{lu.group(1)}{scalaire(valeur)}{lu.group(3) or ''}\n"
        self._parent(chemin)[chemin[-1]] = valeur

    def supprimer(self, chemin: Chemin) -> str:
        """Retire une clé d'une seule ligne (jamais la première d'un élément de liste) ; rend son commentaire."""
        i = self._index(chemin)
        cle = re.escape(str(chemin[-1]))
        lu = re.match(rf"^\s*{cle}:[ \t]*[^#\s][^#\n]*?([ \t]+#.*)?\n$", self.lignes[i])
        if lu is None:
            raise EditionImpossible(f"{self.relatif}:{i + 1} : « {chemin[-1]} » ne peut pas être retiré ligne à ligne.")
        del self.lignes[i]
        del self._parent(chemin)[chemin[-1]]
        return (lu.group(1) or "").strip()

    def ajouter_cles(self, chemin: Chemin, valeurs: dict[str, object]) -> None:
        """Ajoute des clés à la fin du dictionnaire au `chemin` (un élément de liste ou une clé de premier niveau)."""
        i = self._index(chemin)
        colonne = _colonne_cle(self.lignes[i])
        retrait = len(self.lignes[i]) - len(self.lignes[i].lstrip(" "))
        fin = self._fin_de_bloc(i, retrait if isinstance(chemin[-1], int) else colonne, False)
        nouvelles = [f"{' ' * colonne}{cle}: {scalaire(v)}\n" for cle, v in valeurs.items()]
        self.lignes[fin + 1:fin + 1] = nouvelles
        cible = self.attendu
        for partie in chemin:
            cible = cible[partie]
        cible.update(valeurs)

    def ajouter_element(self, chemin: Chemin, element: dict[str, object], commentaire: str = "") -> None:
        """Ajoute un élément (un dictionnaire) à la fin de la liste au `chemin`."""
        liste = self._parent(chemin + (0,))
        if not isinstance(liste, list) or not liste:
            raise EditionImpossible(f"{self.relatif} : « {chemin[-1]} » n'est pas une liste.")
        dernier = self._index(chemin + (len(liste) - 1,))
        tiret = len(self.lignes[dernier]) - len(self.lignes[dernier].lstrip(" "))
        fin = self._fin_de_bloc(dernier, tiret, False)
        self.lignes[fin + 1:fin + 1] = self._element(element, tiret, commentaire)
        liste.append(element)

    def ajouter_liste_apres(self, precedent: str, cle: str, elements: list[dict[str, object]],
                            commentaires: list[str] | None = None) -> None:
        """Ajoute une clé de premier niveau portant une liste, juste après le bloc de la clé `precedent`."""
        i = self._index((precedent,))
        fin = self._fin_de_bloc(i, 0, True)
        nouvelles = [f"{cle}:\n"]
        for rang, element in enumerate(elements):
            nouvelles += self._element(element, 0, (commentaires or [])[rang] if commentaires else "")
        self.lignes[fin + 1:fin + 1] = nouvelles
        donnees = self.attendu
        self.attendu = {}
        for k, v in donnees.items():
            self.attendu[k] = v
            if k == precedent:
                self.attendu[cle] = elements
        # la clé ne doit pas déjà exister : la relecture le verrait (clé en double)

    @staticmethod
    def _element(element: dict[str, object], tiret: int, commentaire: str) -> list[str]:
        lignes = []
        for rang, (cle, valeur) in enumerate(element.items()):
            debut = f"{' ' * tiret}- " if rang == 0 else " " * (tiret + 2)
            fin = f"  {commentaire}" if commentaire and rang == 0 else ""
            lignes.append(f"{debut}{cle}: {scalaire(valeur)}{fin}\n")
        return lignes

    def verifier(self) -> str:
        """Le texte modifié, après avoir vérifié qu'il donne exactement les données attendues."""
        doc = self._lire()
        if doc.constats or doc.donnees != self.attendu:
            raise EditionImpossible(f"{self.relatif} : la modification ne donnerait pas le résultat attendu (mise en "
                                    "page inhabituelle) ; rien n'a été écrit, faites-la à la main.")
        return self.texte
