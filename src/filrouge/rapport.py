"""Met les constats en forme : texte pour les personnes, JSON pour les outils (contrat fixe)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from filrouge.constat import Constat

CLES_JSON = ("fichier", "ligne", "regle", "gravite", "message")


def en_texte(constats: Iterable[Constat], avec_colonne: bool = False) -> str:
    """Une ligne par constat : `fichier:ligne: [regle] gravité : message`, puis un résumé."""
    lignes: list[str] = []
    liste = list(constats)
    for c in liste:
        position = c.fichier
        if c.ligne is not None:
            position += f":{c.ligne}"
            if avec_colonne and c.colonne is not None:
                position += f":{c.colonne}"
        lignes.append(f"{position}: [{c.regle}] {c.gravite} : {c.message}")
    lignes.append(resume(liste))
    return "\n".join(lignes)


def resume(constats: list[Constat]) -> str:
    erreurs = sum(1 for c in constats if c.est_erreur)
    avertissements = len(constats) - erreurs
    if not constats:
        return "Aucun problème trouvé."
    return f"{erreurs} erreur{'s' if erreurs > 1 else ''}, {avertissements} avertissement{'s' if avertissements > 1 else ''}."


def en_json(constats: Iterable[Constat], cles: tuple[str, ...] = CLES_JSON) -> str:
    return json.dumps([{cle: getattr(c, cle) for cle in cles} for c in constats], ensure_ascii=False, indent=2)
