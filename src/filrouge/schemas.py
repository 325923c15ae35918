"""Génère les schémas JSON à partir du modèle, pour la complétion dans l'éditeur.

Les fichiers YAML portent une ligne `# yaml-language-server: $schema=…` : VS Code (extension
YAML de Red Hat) complète et vérifie alors les champs pendant la frappe. Les schémas sont
générés, jamais écrits à la main ; un test échoue s'ils ne sont plus à jour. Titres et
descriptions viennent du modèle (`Field(title=…, description=…)`, `Valeurs` des listes de
choix) : ce module ne fait qu'assembler.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from filrouge.modele import Annuaire, Concertation, Configuration, Dossier, Financement, Preparation

SCHEMAS: dict[str, type[BaseModel]] = {
    "dossier": Dossier,
    "preparation": Preparation,
    "concertation": Concertation,
    "financement": Financement,
    "reseau": Configuration,
    "annuaire": Annuaire,
}
"""Le nom du fichier schemas/NOM.schema.json, et le formulaire qu'il décrit."""
REPERTOIRE = "schemas"


def contenu_schema(nom: str) -> str:
    schema = SCHEMAS[nom].model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    _titrer_le_vide(schema)
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _titrer_le_vide(noeud: Any) -> None:
    """Le « vide » (`null`) d'un champ facultatif reprend le titre du champ.

    Sans ce titre, le serveur de langage YAML confond les deux branches du `anyOf` et répète le titre au
    survol (« Motif de la demande || Motif de la demande ») ; `type: [string, null]` éviterait la confusion
    mais lui fait perdre toute la complétion des clés. Avec le titre, le survol d'un champ rempli comme
    d'un champ laissé vide montre le titre puis la description du champ.
    """
    if isinstance(noeud, dict):
        if "title" in noeud:
            for branche in noeud.get("anyOf", ()):
                if branche == {"type": "null"}:
                    branche["title"] = noeud["title"]
        for valeur in noeud.values():
            _titrer_le_vide(valeur)
    elif isinstance(noeud, list):
        for valeur in noeud:
            _titrer_le_vide(valeur)


def ecrire_schemas(sortie: Path) -> list[Path]:
    sortie.mkdir(parents=True, exist_ok=True)
    ecrits = []
    for nom in SCHEMAS:
        chemin = sortie / f"{nom}.schema.json"
        chemin.write_text(contenu_schema(nom), encoding="utf-8")
        ecrits.append(chemin)
    return ecrits


def empreintes_attendues() -> dict[str, Any]:
    """Pour chaque schéma : (taille en octets, empreinte) du contenu que cette version de filrouge écrit."""
    resultat: dict[str, Any] = {}
    for nom in SCHEMAS:
        contenu = contenu_schema(nom).encode("utf-8")
        resultat[nom] = (len(contenu), hashlib.blake2b(contenu, digest_size=16).hexdigest())
    return resultat
