"""Arrêter le bilan d'une année : ses chiffres écrits comme données dans le dépôt (bilan/AAAA.yaml).

Ensuite, recalculer l'année compare avec ces chiffres (`comparaison`) au lieu de les changer
en silence. Chaque chiffre qui compte des dossiers garde leur liste : une différence future
nommera les dossiers entrés ou sortis du compte. Un bilan arrêté ne s'écrase jamais.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.comparaison import dossiers_comptes
from filrouge.bilan.donnees import donnees
from filrouge.disposition import REPERTOIRE_BILANS

EXCLUS = ("annee", "dossiers.ids", "ecarts")
"""Ni chiffres ni comptes : l'année (le nom du fichier), les listes d'identifiants (gardées avec chaque chiffre)."""
ENTETE = """# yaml-language-server: $schema=../schemas/bilan.schema.json
# Bilan {annee} arrêté le {le} (filrouge bilan {annee} --arreter) : les chiffres de l'année, arrêtés au {au}.
# Ne se modifie pas : recalculer {annee} (filrouge bilan {annee}) compare avec ces chiffres et nomme les
# dossiers qui causent chaque différence. Un rapport publié à la main peut y ajouter ses chiffres (note:).
"""


def _chiffres(arbre: Any, prefixe: str = "") -> list[tuple[str, float]]:
    """Les nombres de la sortie JSON, chacun avec son chemin ; ni listes ni identifiants."""
    resultat: list[tuple[str, float]] = []
    if not isinstance(arbre, dict):
        return resultat
    for cle, valeur in arbre.items():
        chemin = f"{prefixe}{cle}"
        if chemin in EXCLUS:
            continue
        if isinstance(valeur, dict):
            resultat += _chiffres(valeur, chemin + ".")
        elif isinstance(valeur, (int, float)) and not isinstance(valeur, bool):
            resultat.append((chemin, valeur))
    return resultat


def bilan_arrete(bilan: Bilan, le: dt.date) -> dict[str, Any]:
    """Le contenu de bilan/AAAA.yaml : chaque chiffre calculé et, s'il compte des dossiers, lesquels."""
    d = donnees(bilan)
    chiffres: list[dict[str, Any]] = []
    for cle, nombre in _chiffres(d):
        chiffre: dict[str, Any] = {"cle": cle, "valeur": nombre}
        comptes = dossiers_comptes(bilan, d, cle)
        if comptes is not None:
            chiffre["dossiers"] = comptes
        chiffres.append(chiffre)
    return {"annee": bilan.periode.annee, "arrete_au": bilan.periode.au, "arrete_le": le, "chiffres": chiffres}


def arreter(racine: Path, bilan: Bilan, le: dt.date) -> Path:
    """Écrit bilan/AAAA.yaml ; un bilan déjà arrêté n'est jamais remplacé (FileExistsError)."""
    contenu = bilan_arrete(bilan, le)
    texte = ENTETE.format(annee=bilan.periode.annee, le=le.isoformat(), au=bilan.periode.au.isoformat())
    texte += yaml.safe_dump(contenu, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100)
    chemin = racine / REPERTOIRE_BILANS / f"{bilan.periode.annee}.yaml"
    chemin.parent.mkdir(exist_ok=True)
    with open(chemin, "x", encoding="utf-8") as flux:  # « x » : échoue plutôt que d'écraser
        flux.write(texte)
    return chemin
