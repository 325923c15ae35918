"""Modifier un formulaire YAML du dépôt sans rien perdre : commentaires, ordre des clés, style, écriture atomique.

Les commandes qui changent un dossier (fusionner, changer-code…) ne touchent que ce qu'elles changent :
une valeur de premier niveau remplacée (`remplacer`), des éléments ajoutés au bout d'une liste
(`ajouter`) ; le reste du fichier est recopié octet pour octet (commentaires, ordre des clés, long texte
replié par l'auteur). ruamel.yaml lit le fichier (lignes des clés) et rend la seule partie écrite ; un
champ nouveau s'ajoute à la fin. Le fichier est écrit à côté puis mis à sa place d'un coup
(`os.replace`) : une coupure en cours d'écriture laisse l'ancien fichier intact.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # un champ réécrit ne se replie pas autrement que sa valeur
    return yaml


def lire(texte: str) -> CommentedMap:
    """Le contenu d'un formulaire, avec ses commentaires et les lignes de ses clés."""
    donnees = _yaml().load(texte)
    if not isinstance(donnees, CommentedMap):
        raise ValueError("un formulaire est un ensemble de champs.")
    return donnees


def _rendre(donnees: CommentedMap, cle: str) -> str:
    seul = CommentedMap()
    seul[cle] = donnees[cle]
    if cle in donnees.ca.items:
        seul.ca.items[cle] = donnees.ca.items[cle]
    flux = io.StringIO()
    _yaml().dump(seul, flux)
    return flux.getvalue()


def _blocs(texte: str) -> tuple[list[str], dict[str, tuple[int, int]]]:
    """Les lignes du texte, et pour chaque clé de premier niveau ses lignes [début, fin) jusqu'à la clé suivante."""
    donnees = lire(texte)
    ordre = sorted(((cle, donnees.lc.key(cle)[0]) for cle in donnees), key=lambda e: e[1])
    lignes = texte.splitlines(keepends=True)
    if lignes and not lignes[-1].endswith("\n"):
        lignes[-1] += "\n"
    return lignes, {cle: (debut, ordre[i + 1][1] if i + 1 < len(ordre) else len(lignes))
                    for i, (cle, debut) in enumerate(ordre)}


def remplacer(texte: str, cle: str, valeur: Any) -> str:
    """Le texte où la valeur de `cle` (premier niveau) est remplacée, son commentaire de fin de ligne gardé ; une clé
    absente s'ajoute à la fin. Tout le reste est recopié octet pour octet."""
    donnees = lire(texte)
    donnees[cle] = valeur
    return _reecrire(texte, donnees, cle)


def _reecrire(texte: str, donnees: CommentedMap, cle: str) -> str:
    """Le texte où seule la clé `cle` est rendue à nouveau depuis `donnees` (lues de ce texte puis modifiées)."""
    lignes, blocs = _blocs(texte)
    if cle not in blocs:
        return "".join(lignes) + _rendre(donnees, cle)
    debut, fin = blocs[cle]
    fin = _sans_commentaires_finaux(lignes, debut, fin)  # ceux qui précèdent la clé suivante restent à leur place
    rendu = _rendre(donnees, cle)
    if fin < blocs[cle][1]:  # ruamel rattache ces commentaires à la valeur : ils ne s'écrivent qu'une fois
        rendu = "".join(l for l in rendu.splitlines(keepends=True) if l not in lignes[fin:blocs[cle][1]])
    return "".join(lignes[:debut]) + rendu + "".join(lignes[fin:])


def _sans_commentaires_finaux(lignes: list[str], debut: int, fin: int) -> int:
    while fin - 1 > debut and (lignes[fin - 1].lstrip().startswith("#") or not lignes[fin - 1].strip()):
        fin -= 1
    return fin


def ajouter(texte: str, cle: str, elements: list[Any]) -> str:
    """Le texte où `elements` s'ajoutent à la fin de la liste `cle` (créée à la fin du fichier si elle manque), avec
    l'indentation de ses éléments ; tout le reste est recopié octet pour octet."""
    lignes, blocs = _blocs(texte)
    rendu = io.StringIO()
    _yaml().dump({cle: elements}, rendu)
    nouveaux = rendu.getvalue().splitlines(keepends=True)[1:]
    if cle not in blocs:
        return "".join(lignes) + f"{cle}:\n" + "".join(nouveaux)
    debut, fin = blocs[cle]
    if lignes[debut].split("#", 1)[0].rstrip().endswith(("]", "[]")):  # liste écrite sur une ligne : réécrite
        donnees = lire(texte)
        donnees[cle].extend(elements)  # la liste garde son écriture sur une ligne
        return _reecrire(texte, donnees, cle)
    fin = _sans_commentaires_finaux(lignes, debut, fin)
    tiret = next((len(l) - len(l.lstrip()) for l in lignes[debut + 1:fin] if l.lstrip().startswith("- ")), 0)
    return "".join(lignes[:fin]) + "".join(" " * tiret + l for l in nouveaux) + "".join(lignes[fin:])


def ecrire_atomique(chemin: Path, texte: str) -> None:
    """Remplace `chemin` d'un coup : le texte est écrit dans un fichier voisin, puis mis à sa place."""
    temporaire = chemin.with_name(f".{chemin.name}.{os.getpid()}.tmp")
    try:
        with open(temporaire, "x", encoding="utf-8") as flux:
            flux.write(texte)
            flux.flush()
            os.fsync(flux.fileno())
        os.replace(temporaire, chemin)
    finally:
        temporaire.unlink(missing_ok=True)
