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
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

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


class _PourEditeur(GenerateJsonSchema):
    """Un champ facultatif simple s'écrit `type: [texte, null]` plutôt que `anyOf` : au survol, le serveur de
    langage YAML répète sinon le titre du champ (« Motif de la demande || Motif de la demande »)."""

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        resultat = super().nullable_schema(schema)
        match resultat:
            case {"anyOf": [{"type": str(type_)} as valeur, {"type": "null"}]} if not {"enum", "const"} & valeur.keys():
                return {**valeur, "type": [type_, "null"]}
        return resultat


def contenu_schema(nom: str) -> str:
    schema = SCHEMAS[nom].model_json_schema(schema_generator=_PourEditeur)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


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
