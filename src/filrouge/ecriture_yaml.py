"""Modifier un formulaire YAML sans le réécrire : commentaires, ordre des clés et style restent ceux de l'auteur.

Une commande qui change un dossier (transférer, clore…) ne touche que le texte de la valeur
qu'elle change, repérée par l'analyseur YAML ; tout le reste du fichier est recopié octet pour
octet. Le diff Git montre alors exactement ce que la commande a fait. L'écriture est atomique :
le fichier est remplacé d'un coup, jamais laissé à moitié écrit.
"""

from __future__ import annotations

from typing import Any

import yaml


class ModificationImpossible(ValueError):
    """Le fichier n'a pas la forme attendue (pas une correspondance en tête, liste en ligne…)."""


def _racine(texte: str) -> yaml.MappingNode:
    noeud = yaml.compose(texte, Loader=yaml.SafeLoader)
    if not isinstance(noeud, yaml.MappingNode):
        raise ModificationImpossible("le fichier ne contient pas des champs « clé: valeur ».")
    return noeud


def _valeur(cle: str, valeur: Any) -> str:
    """La valeur telle que YAML l'écrit après « cle: » (guillemets si besoin), sur une ligne."""
    return yaml.safe_dump({cle: valeur}, allow_unicode=True, width=10**9, sort_keys=False)[len(cle) + 1:].strip()


def _fin_de_ligne(texte: str, index: int) -> int:
    fin = texte.find("\n", index)
    return len(texte) if fin < 0 else fin + 1


def _avec_fin(texte: str) -> str:
    return texte if not texte or texte.endswith("\n") else texte + "\n"


def fixer_cle(texte: str, cle: str, valeur: Any) -> str:
    """Donne `valeur` (un scalaire) à la clé de premier niveau `cle` : remplacée sur place, sinon ajoutée à la fin."""
    for noeud_cle, noeud_valeur in _racine(texte).value:
        if noeud_cle.value == cle:
            if not isinstance(noeud_valeur, yaml.ScalarNode):
                raise ModificationImpossible(f"« {cle} » n'est pas une valeur simple.")
            if noeud_valeur.start_mark.index == noeud_valeur.end_mark.index:  # « cle: » sans valeur
                return (texte[:noeud_cle.end_mark.index] + f": {_valeur(cle, valeur)}"
                        + texte[noeud_valeur.end_mark.index:].lstrip(" :"))
            return texte[:noeud_valeur.start_mark.index] + _valeur(cle, valeur) + texte[noeud_valeur.end_mark.index:]
    return _avec_fin(texte) + f"{cle}: {_valeur(cle, valeur)}\n"


def _element(element: dict[str, Any] | str, retrait: int) -> str:
    marge = " " * retrait
    if not isinstance(element, dict):  # un élément simple (un identifiant de dossier…)
        return f"{marge}- {_valeur('x', element)}\n"
    lignes = []
    for i, (cle, valeur) in enumerate((k, v) for k, v in element.items() if v is not None):
        lignes.append(f"{marge}{'- ' if i == 0 else '  '}{cle}: {_valeur(cle, valeur)}")
    return "\n".join(lignes) + "\n"


def _fin_du_contenu(noeud: yaml.Node) -> int:
    """Où finit le dernier scalaire d'une valeur : la fin d'un bloc, elle, englobe les commentaires qui suivent."""
    while isinstance(noeud, (yaml.MappingNode, yaml.SequenceNode)) and noeud.value and not noeud.flow_style:
        dernier = noeud.value[-1]
        noeud = dernier[1] if isinstance(noeud, yaml.MappingNode) else dernier
    return noeud.end_mark.index


def ajouter_a_la_liste(texte: str, cle: str, element: dict[str, Any] | str) -> str:
    """Ajoute `element` à la fin de la liste de premier niveau `cle` (créée à la fin du fichier si absente)."""
    for noeud_cle, noeud_valeur in _racine(texte).value:
        if noeud_cle.value != cle:
            continue
        vide = (isinstance(noeud_valeur, yaml.ScalarNode) and noeud_valeur.value in ("", "null", "~")
                or isinstance(noeud_valeur, yaml.SequenceNode) and not noeud_valeur.value)
        if vide:  # « cle: [] » ou « cle: » : la valeur disparaît, un commentaire sur la ligne reste
            fin = max(noeud_valeur.end_mark.index, noeud_cle.end_mark.index)
            ligne = _fin_de_ligne(texte, fin)
            commentaire = texte[fin:ligne].strip()
            return (texte[:noeud_cle.end_mark.index] + ":" + (f" {commentaire}" if commentaire else "") + "\n"
                    + _element(element, 0) + texte[ligne:])
        if not isinstance(noeud_valeur, yaml.SequenceNode) or noeud_valeur.flow_style:
            raise ModificationImpossible(f"« {cle} » n'est pas une liste écrite ligne à ligne (« - … »).")
        retrait = max(noeud_valeur.value[0].start_mark.column - 2, 0)
        fin = _fin_de_ligne(texte, _fin_du_contenu(noeud_valeur))
        return _avec_fin(texte[:fin]) + _element(element, retrait) + texte[fin:]
    return _avec_fin(texte) + f"{cle}:\n" + _element(element, 0)
