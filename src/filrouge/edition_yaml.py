"""Modifier un formulaire YAML du dépôt sans rien perdre : commentaires, ordre des clés, style, écriture atomique.

Les commandes qui changent un dossier (fusionner…) lisent le fichier avec ruamel.yaml en aller-retour :
ce que l'auteur a écrit (commentaires, ordre, guillemets) reste tel quel, seul le champ visé change. Le
fichier est écrit à côté puis mis à sa place d'un coup (`os.replace`) : une coupure en cours d'écriture
laisse l'ancien fichier intact, jamais un fichier à moitié écrit.
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
    yaml.width = 4096  # une ligne longue reste sur une ligne : rien n'est replié autrement que par l'auteur
    return yaml


def lire(chemin: Path) -> CommentedMap:
    """Le contenu d'un formulaire, prêt à être modifié puis réécrit par `ecrire`."""
    donnees = _yaml().load(chemin.read_text(encoding="utf-8"))
    if not isinstance(donnees, CommentedMap):
        raise ValueError(f"{chemin}: un formulaire est un ensemble de champs.")
    return donnees


def en_texte(donnees: Any) -> str:
    flux = io.StringIO()
    _yaml().dump(donnees, flux)
    return flux.getvalue()


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


def ecrire(chemin: Path, donnees: Any) -> None:
    ecrire_atomique(chemin, en_texte(donnees))
