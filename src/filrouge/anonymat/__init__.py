"""Garde d'anonymat : aucune donnée identifiante du jeune ou de sa famille n'entre dans le dépôt.

API utilisée par le cœur (`filrouge valider`) et par la commande `filrouge anonymat` :

    contexte = contexte_du_depot(racine)            # annuaire.yaml + noms protégés du poste
    constats, acceptes = analyser_texte(texte, "dossiers/2019-007/note.md", contexte)

Chaque constat a la règle `anonymat.<type>` (nom, telephone, email, niss, iban, date_naissance,
adresse), la gravité « erreur », une ligne et une colonne (à partir de 1) et un message en
français où la donnée est masquée.
"""

from __future__ import annotations

from filrouge.anonymat.analyse import analyser_texte
from filrouge.anonymat.contexte import ContexteAnonymat, contexte_du_depot, trouver_racine
from filrouge.anonymat.trouvaille import REGLES

__all__ = ["REGLES", "ContexteAnonymat", "analyser_texte", "contexte_du_depot", "trouver_racine"]
