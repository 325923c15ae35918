"""Met les constats en forme : texte pour les personnes, JSON pour les outils (contrat fixe)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from filrouge.constat import Constat

CLES_JSON = ("fichier", "ligne", "regle", "gravite", "message")


def en_texte(constats: Iterable[Constat], avec_colonne: bool = False) -> str:
    """Une ligne par constat, au format fixe `fichier:ligne: [regle] message` (sans ligne : `fichier: …`)."""
    lignes: list[str] = []
    for c in constats:
        position = c.fichier
        if c.ligne is not None:
            position += f":{c.ligne}"
            if avec_colonne and c.colonne is not None:
                position += f":{c.colonne}"
        lignes.append(f"{position}: [{c.regle}] {c.message}")
    return "\n".join(lignes)


def resume(constats: list[Constat]) -> str:
    """Le bilan pour la personne (sur la sortie d'erreur : la sortie standard garde le format fixe)."""
    erreurs = sum(1 for c in constats if c.est_erreur)
    avertissements = len(constats) - erreurs
    if not constats:
        return "Aucun problème trouvé."
    texte = f"{erreurs} erreur{'s' if erreurs > 1 else ''}, {avertissements} avertissement{'s' if avertissements > 1 else ''}"
    regles = sorted({c.regle for c in constats if not c.est_erreur})
    if regles:
        texte += " (avertissements : " + ", ".join(f"[{r}]" for r in regles) + ")"
    return texte + "."


def en_json(constats: Iterable[Constat], cles: tuple[str, ...] = CLES_JSON) -> str:
    return json.dumps([{cle: getattr(c, cle) for cle in cles} for c in constats], ensure_ascii=False, indent=2)
