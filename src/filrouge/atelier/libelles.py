"""Les valeurs du YAML dites en mots dans l'atelier : un statut s'écrit « en cours », jamais « en_cours ».

Les règles et la bibliothèque citent une valeur telle qu'elle s'écrit dans le fichier, entre guillemets français,
et la clé à écrire entre parenthèses (« (derogation:) ») : c'est ce que lit l'utilisateur de `valider` devant son
éditeur. L'atelier montre le même message avec le libellé de la valeur, sans la clé : son utilisateur remplit un
formulaire, le message est à côté du champ.
"""

from __future__ import annotations

import re

from filrouge.modele.concertation import SENS_STATUT_ACTION
from filrouge.modele.dossier import SENS_STATUT_DOSSIER

STATUTS_ACTION = SENS_STATUT_ACTION.libelles
STATUTS_DOSSIER = SENS_STATUT_DOSSIER.libelles
_LIBELLES = STATUTS_ACTION | STATUTS_DOSSIER
_CITEE = re.compile(r"« (" + "|".join(sorted(_LIBELLES, key=len, reverse=True)) + r") »")
_CLE = re.compile(r" \([a-z_]+(?: › [a-z_]+)*:(?: [^()]*)?\)")
"""Une clé YAML entre parenthèses, seule ou avec sa valeur : « (informations:) », « (parents_informes: true) »."""


def en_clair(message: str) -> str:
    """Le message où chaque statut cité entre guillemets est dit par son libellé, sans clé YAML entre parenthèses."""
    return _CLE.sub("", _CITEE.sub(lambda m: f"« {_LIBELLES[m[1]]} »", message))
