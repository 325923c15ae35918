"""Génère les schémas JSON à partir du modèle, pour la complétion dans l'éditeur.

Les fichiers YAML portent une ligne `# yaml-language-server: $schema=…` : VS Code (extension
YAML de Red Hat) complète et vérifie alors les champs pendant la frappe. Les schémas sont
générés, jamais écrits à la main ; un test échoue s'ils ne sont plus à jour.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from filrouge.modele import Annuaire, Concertation, Configuration, Dossier, Financement, Preparation

SCHEMAS: dict[str, tuple[type[BaseModel], str]] = {
    "dossier": (Dossier, "Dossier de casemanagement (dossier.yaml)"),
    "preparation": (Preparation, "Phase préparatoire, document interne (preparation.yaml)"),
    "concertation": (Concertation, "Note de synthèse d'une concertation (concertations/AAAA-MM-JJ.yaml)"),
    "financement": (Financement, "Demande d'intervention financière Criseflex (financements/*.yaml)"),
    "reseau": (Configuration, "Configuration du réseau (reseau.yaml)"),
    "annuaire": (Annuaire, "Annuaire des partenaires (annuaire.yaml)"),
}


def contenu_schema(nom: str) -> str:
    modele, titre = SCHEMAS[nom]
    schema = modele.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = titre
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def ecrire_schemas(sortie: Path) -> list[Path]:
    sortie.mkdir(parents=True, exist_ok=True)
    ecrits = []
    for nom in SCHEMAS:
        chemin = sortie / f"{nom}.schema.json"
        chemin.write_text(contenu_schema(nom), encoding="utf-8")
        ecrits.append(chemin)
    return ecrits
