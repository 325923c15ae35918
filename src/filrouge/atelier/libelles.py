"""Les messages de la bibliothèque et des règles dits dans l'atelier : un statut s'écrit « en cours », jamais
« en_cours », et ni clé, ni chemin, ni fichier, ni commande ne s'y lisent.

Les règles et la bibliothèque citent une valeur telle qu'elle s'écrit dans le fichier, entre guillemets français,
la clé à écrire ou son chemin entre parenthèses (« (derogation:) », « (decision › motif) »), le fichier par son
chemin et la commande qui aide (« (filrouge valider) ») : c'est ce que lit l'utilisateur de `valider` devant son
éditeur. L'atelier montre le même message avec le libellé de la valeur, le document par son nom (« fiche du
dossier »), sans clé ni commande : son utilisateur remplit un formulaire, le message est à côté du champ.
"""

from __future__ import annotations

import re

from filrouge.disposition import nom_du_document
from filrouge.modele.concertation import SENS_STATUT_ACTION
from filrouge.modele.dossier import SENS_STATUT_DOSSIER
from filrouge.modele.financement import SENS_STATUT_DECISION

STATUTS_ACTION = SENS_STATUT_ACTION.libelles
STATUTS_DOSSIER = SENS_STATUT_DOSSIER.libelles
_LIBELLES = STATUTS_ACTION | STATUTS_DOSSIER | SENS_STATUT_DECISION.libelles
_CITEE = re.compile(r"« (" + "|".join(sorted(_LIBELLES, key=len, reverse=True)) + r") »")
_CLE = re.compile(r" \((?:[a-z_]+(?: › [a-z_]+)*:(?: [^()]*)?|(?:[a-z_]+\.yaml|[a-z_]+)(?: › [a-z_]+)+|filrouge [^()]*)\)")
"""Entre parenthèses : une clé YAML, seule ou avec sa valeur (« (informations:) », « (parents_informes: true) »), un
chemin de clés (« (decision › motif) », « (dossier.yaml › acteurs) ») ou une commande (« (filrouge valider) »)."""
_FICHIER = re.compile(r"\b(?:[\w.-]+/)*[\w.-]+\.(?:yaml|md)\b")


def en_clair(message: str) -> str:
    """Le message où chaque statut cité entre guillemets est dit par son libellé, chaque fichier par son document,
    sans clé, chemin de clés ni commande entre parenthèses."""
    message = _CLE.sub("", _CITEE.sub(lambda m: f"« {_LIBELLES[m[1]]} »", message))
    return _FICHIER.sub(lambda m: f"« {nom_du_document(m[0])} »", message)
