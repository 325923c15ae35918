"""Garde d'anonymat : aucune donnée identifiante du jeune ou de sa famille n'entre dans le dépôt.

API utilisée par le cœur (`filrouge valider`) et par la commande `filrouge anonymat` :

    contexte = contexte_du_depot(racine)            # annuaire.yaml + noms protégés du poste
    constats, acceptes = analyser_texte(texte, "dossiers/2019-007/note.md", contexte)

Chaque constat a la règle `anonymat.<type>` (nom, telephone, email, niss, iban, date_naissance,
adresse, plaque), la gravité « erreur », une ligne et une colonne (à partir de 1) et un message en
français où la donnée est masquée.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_API = {
    "analyser_texte": "filrouge.anonymat.analyse",
    "ContexteAnonymat": "filrouge.anonymat.contexte",
    "contexte_du_depot": "filrouge.anonymat.contexte",
    "trouver_racine": "filrouge.anonymat.contexte",
    "REGLES": "filrouge.anonymat.trouvaille",
}
__all__ = sorted(_API)


def __getattr__(nom: str) -> Any:
    """L'API est chargée à la demande : `filrouge proteger` n'importe pas les détecteurs (PEP 562)."""
    if nom not in _API:
        raise AttributeError(f"module {__name__!r} has no attribute {nom!r}")
    return getattr(import_module(_API[nom]), nom)
