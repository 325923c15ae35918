"""Modifier un fichier YAML du dépôt en gardant ses commentaires, l'ordre de ses clés et sa mise en page.

Réécrire le fichier depuis les données perdrait les commentaires qu'un casemanager y a laissés :
on change donc seulement les lignes concernées, repérées par la lecture (`lecture`, qui note
la ligne de chaque clé) ; tout le reste est recopié tel quel, fins de ligne Windows comprises, et
le diff Git montre exactement ce que la commande a fait. Chaque modification est vérifiée en
relisant le texte produit : les données doivent être exactement celles attendues, sinon rien
n'est écrit. Le texte vérifié s'écrit ensuite d'un coup (`fichiers.ecrire_atomiquement`).
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import yaml

from filrouge.francais import ErreurUtilisation
from filrouge.lecture import Chemin, Document, ErreurLecture, analyser_yaml, lire_texte

_INDENT = re.compile(r"^( *)(- +)?")


class EditionImpossible(ErreurUtilisation):
    """Le fichier a une forme que l'édition ligne à ligne ne sait pas modifier sans risque."""


def scalaire(valeur: object) -> str:
    """Une valeur écrite en YAML sur une ligne : dates AAAA-MM-JJ ; un texte nu (cm-b, 2019-002, déménagement)
    si la lecture de filrouge le relit tel quel, sinon entre guillemets."""
    if valeur is None:
        return "null"
    if isinstance(valeur, bool):
        return "true" if valeur else "false"
    if isinstance(valeur, (dt.date, int)):
        return valeur.isoformat() if isinstance(valeur, dt.date) else str(valeur)
    texte = str(valeur)
    if "\n" not in texte and "\r" not in texte:
        nu = yaml.safe_dump({"x": texte}, allow_unicode=True, width=10**9)[len("x: "):].rstrip("\n")
        if not nu.startswith(("'", '"')) and _relu(nu) == texte:
            return nu
    return json.dumps(texte, ensure_ascii=False)  # une chaîne JSON est une chaîne YAML entre guillemets


def _relu(nu: str) -> object:
    """La valeur que la lecture de filrouge donne à `x: nu` (None si elle la signale ou la refuse)."""
    try:
        doc = analyser_yaml(f"x: {nu}\n", "valeur")
    except ErreurLecture:
        return None
    return None if doc.constats or not isinstance(doc.donnees, dict) else doc.donnees.get("x")


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

    def __init__(self, texte: str, relatif: str, fin_de_ligne: str = "\n") -> None:
        self.relatif = relatif
        self.fin_de_ligne = "\r\n" if "\r\n" in texte else fin_de_ligne
        """Les fins de ligne du fichier, rendues par `verifier` : un fichier Windows le reste."""
        self.lignes = texte.replace("\r\n", "\n").splitlines(keepends=True)
        if self.lignes and not self.lignes[-1].endswith("\n"):
            self.lignes[-1] += "\n"
        self.attendu = copy.deepcopy(analyser_yaml(self.texte, relatif).donnees)

    @classmethod
    def du_fichier(cls, chemin: Path, relatif: str) -> Edition:
        """L'édition d'un fichier du dépôt, lu de façon sûre (`lire_texte`) ; ses fins de ligne Windows sont gardées."""
        texte = lire_texte(chemin, relatif)
        return cls(texte, relatif, "\r\n" if b"\r\n" in chemin.read_bytes() else "\n")

    @property
    def texte(self) -> str:
        return "".join(self.lignes)

    def _lire(self) -> Document:
        """Le texte modifié relu ; illisible, c'est la modification qui n'a pas su s'y faire."""
        try:
            return analyser_yaml(self.texte, self.relatif)
        except ErreurLecture:
            raise self._impossible() from None

    def _impossible(self) -> EditionImpossible:
        return EditionImpossible(f"{self.relatif} : la modification ne donnerait pas le résultat attendu (mise en "
                                 "page inhabituelle) ; rien n'a été écrit, faites-la à la main.")

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
        sans_valeur = self._parent(chemin)[chemin[-1]] is None  # « cle: » : la valeur s'écrit après la clé
        if lu is None or not (lu.group(2) or sans_valeur):
            raise EditionImpossible(f"{self.relatif}:{i + 1} : « {chemin[-1]} » n'est pas une valeur d'une seule ligne.")
        debut = lu.group(1) if lu.group(2) else lu.group(1).rstrip(" \t") + " "
        self.lignes[i] = f"{debut}{scalaire(valeur)}{lu.group(3) or ''}\n"
        self._parent(chemin)[chemin[-1]] = valeur

    def fixer(self, cle: str, valeur: object) -> None:
        """Donne `valeur` à la clé de premier niveau `cle` : remplacée sur place, sinon ajoutée à la fin du fichier."""
        if cle in self.attendu:
            self.remplacer((cle,), valeur)
        else:
            self.ajouter_cles((), {cle: valeur})

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

    def retirer_exemple(self, cle_parente: str, cle: str) -> None:
        """Retire du bloc de la clé de premier niveau `cle_parente` la ligne d'exemple commentée « # cle: … » d'un
        gabarit : la vraie valeur s'écrit, ou part ailleurs (une période de suivi), et l'exemple ne ferait plus que
        traîner, doublon ou commentaire égaré dans la clé suivante."""
        if cle_parente not in self.attendu:
            return
        debut = self._index((cle_parente,))
        exemple = re.compile(rf"^ +# *{re.escape(cle)}:")
        for i in range(debut + 1, len(self.lignes)):
            ligne = self.lignes[i]
            if _est_contenu(ligne) and not ligne.startswith((" ", "- ")):
                return
            if exemple.match(ligne):
                del self.lignes[i]
                return

    def ajouter_cles(self, chemin: Chemin, valeurs: dict[str, object]) -> None:
        """Ajoute des clés à la fin du dictionnaire au `chemin` (un élément de liste, une clé ; () : le fichier)."""
        if not chemin:
            self.lignes += [f"{cle}: {scalaire(v)}\n" for cle, v in valeurs.items()]
            self.attendu.update(valeurs)
            return
        i = self._index(chemin)
        colonne = _colonne_cle(self.lignes[i])
        retrait = len(self.lignes[i]) - len(self.lignes[i].lstrip(" "))
        fin = self._fin_de_bloc(i, retrait if isinstance(chemin[-1], int) else colonne, False)
        if isinstance(chemin[-1], str):  # les clés d'un dictionnaire s'alignent sur ses enfants, pas sur lui
            colonne = next((len(ligne) - len(ligne.lstrip(" ")) for ligne in self.lignes[i + 1:fin + 1]
                            if _est_contenu(ligne)), colonne + 2)
        nouvelles = [f"{' ' * colonne}{cle}: {scalaire(v)}\n" for cle, v in valeurs.items()]
        self.lignes[fin + 1:fin + 1] = nouvelles
        cible = self.attendu
        for partie in chemin:
            cible = cible[partie]
        cible.update(valeurs)

    def ajouter_dictionnaire(self, cle: str, valeurs: dict[str, object]) -> None:
        """Ajoute à la fin du fichier une clé de premier niveau absente qui porte un dictionnaire (valeurs None omises)."""
        valeurs = {k: v for k, v in valeurs.items() if v is not None}
        self.lignes += [f"{cle}:\n", *(f"  {k}: {scalaire(v)}\n" for k, v in valeurs.items())]
        self.attendu[cle] = valeurs

    def ajouter_element(self, chemin: Chemin, element: dict[str, object] | str, commentaire: str = "") -> None:
        """Ajoute un élément (un dictionnaire, ses valeurs None omises, ou un identifiant) à la fin de la liste
        au `chemin` ; une liste vide (« cle: [] », « cle: ») est remplie, une liste de premier niveau absente
        est créée à la fin du fichier."""
        if isinstance(element, dict):
            element = {k: v for k, v in element.items() if v is not None}
        parent = self._parent(chemin)
        if isinstance(parent, dict) and chemin[-1] not in parent:
            if len(chemin) > 1:
                raise EditionImpossible(f"{self.relatif} : valeur introuvable ({' › '.join(map(str, chemin))}).")
            self.lignes += [f"{chemin[0]}:\n", *self._element(element, 0, commentaire)]
            parent[chemin[0]] = [element]
            return
        liste = parent[chemin[-1]]
        if liste is None or liste == []:
            self._remplir(chemin, element, commentaire)
            return
        if not isinstance(liste, list):
            raise EditionImpossible(f"{self.relatif} : « {chemin[-1]} » n'est pas une liste.")
        dernier = self._index(chemin + (len(liste) - 1,))
        tiret = len(self.lignes[dernier]) - len(self.lignes[dernier].lstrip(" "))
        fin = self._fin_de_bloc(dernier, tiret, False)
        self.lignes[fin + 1:fin + 1] = self._element(element, tiret, commentaire)
        liste.append(element)

    def _remplir(self, chemin: Chemin, element: dict[str, object] | str, commentaire: str) -> None:
        """« cle: [] » ou « cle: » devient « cle: » suivi du premier élément ; un commentaire de la ligne reste."""
        i = self._index(chemin)
        cle = re.escape(str(chemin[-1]))
        lu = re.match(rf"^(\s*(?:-\s+)?{cle}:)[ \t]*(?:\[\]|~|null|Null|NULL)?[ \t]*(#.*)?\n$", self.lignes[i])
        if lu is None:
            raise EditionImpossible(f"{self.relatif}:{i + 1} : « {chemin[-1]} » n'est pas une liste vide d'une ligne.")
        self.lignes[i:i + 1] = [f"{lu.group(1)}{' ' + lu.group(2) if lu.group(2) else ''}\n",
                                *self._element(element, _colonne_cle(self.lignes[i]), commentaire)]
        self._parent(chemin)[chemin[-1]] = [element]

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
    def _element(element: dict[str, object] | str, tiret: int, commentaire: str) -> list[str]:
        if not isinstance(element, dict):
            return [f"{' ' * tiret}- {scalaire(element)}{f'  {commentaire}' if commentaire else ''}\n"]
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
            raise self._impossible()
        return self.texte.replace("\n", self.fin_de_ligne)
