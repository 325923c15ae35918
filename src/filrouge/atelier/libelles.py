"""Les valeurs du YAML dites en mots dans l'atelier : un statut s'écrit « en cours », jamais « en_cours ».

Les règles et la bibliothèque citent une valeur telle qu'elle s'écrit dans le fichier, entre guillemets français
(c'est ce que lit l'utilisateur de `valider`) ; l'atelier montre le même message avec le libellé de la valeur.
"""

from __future__ import annotations

import re

STATUTS_ACTION = {"a_faire": "à faire", "en_cours": "en cours", "faite": "faite", "abandonnee": "abandonnée"}
STATUTS_DOSSIER = {"demande": "demande", "ouvert": "ouvert", "clos": "clos", "non_ouvert": "non ouvert"}
_LIBELLES = STATUTS_ACTION | STATUTS_DOSSIER
_CITEE = re.compile(r"« (" + "|".join(sorted(_LIBELLES, key=len, reverse=True)) + r") »")


def en_clair(message: str) -> str:
    """Le message où chaque statut cité entre guillemets est remplacé par son libellé."""
    return _CITEE.sub(lambda m: f"« {_LIBELLES[m[1]]} »", message)
