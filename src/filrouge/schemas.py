"""Génère les schémas JSON à partir du modèle, pour la complétion dans l'éditeur.

Les fichiers YAML portent une ligne `# yaml-language-server: $schema=…` : VS Code (extension
YAML de Red Hat) complète et vérifie alors les champs pendant la frappe. Les schémas sont
générés, jamais écrits à la main ; un test échoue s'ils ne sont plus à jour, et `filrouge valider`
avertit quand la copie d'un dépôt de réseau diffère de ce que génère la version installée
(`schemas_perimes`). Titres et descriptions viennent du modèle (`Field(title=…, description=…)`,
`Valeurs` des listes de choix) : ce module ne fait qu'assembler.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from filrouge.constat import Constat
from filrouge.fichiers import ecrire_atomiquement
from filrouge.modele import Annuaire, BilanArrete, Concertation, Configuration, Dossier, Financement, Preparation

SCHEMAS: dict[str, type[BaseModel]] = {
    "dossier": Dossier,
    "preparation": Preparation,
    "concertation": Concertation,
    "financement": Financement,
    "reseau": Configuration,
    "annuaire": Annuaire,
    "bilan": BilanArrete,
}
"""Le nom du fichier schemas/NOM.schema.json, et le formulaire qu'il décrit."""
REPERTOIRE = "schemas"
PERIMES = "depot.schemas_perimes"
_CORRECTION = "lancez « filrouge schemas » à la racine du dépôt, puis committez schemas/."
_PERIME = ("ce schéma n'est pas celui que génère cette version de filrouge : l'éditeur complète et vérifie avec "
           "des champs périmés ; " + _CORRECTION)
_ABSENT = "schéma absent : l'éditeur ne complète ni ne vérifie les fichiers qui l'annoncent ; " + _CORRECTION


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
    """Écrit chaque schéma à la place de l'ancien, qui est remplacé et jamais écrit au travers : un lien
    symbolique ou un tube nommé laissé à sa place n'est ni suivi ni ouvert."""
    sortie.mkdir(parents=True, exist_ok=True)
    ecrits = []
    for nom in SCHEMAS:
        chemin = sortie / f"{nom}.schema.json"
        ecrire_atomiquement(chemin, contenu_schema(nom))
        ecrits.append(chemin)
    return ecrits


def empreintes_attendues() -> dict[str, tuple[int, str]]:
    """Pour chaque schéma : taille et empreinte du contenu que cette version de filrouge écrit."""
    return {nom: _empreinte(contenu_schema(nom).encode("utf-8")) for nom in SCHEMAS}


def _empreinte(contenu: bytes) -> tuple[int, str]:
    return len(contenu), hashlib.blake2b(contenu, digest_size=16).hexdigest()


def schemas_perimes(racine: Path, attendues: Callable[[], dict[str, tuple[int, str]]]) -> list[Constat]:
    """Un avertissement par schéma de `schemas/` absent ou différent de ce que génère cette version.

    Un dépôt sans répertoire `schemas/` n'est pas concerné. `attendues` n'est appelé que s'il l'est ;
    un fichier de taille différente n'est pas lu, et seul un fichier ordinaire l'est.
    """
    repertoire = racine / REPERTOIRE
    if repertoire.is_symlink() or not repertoire.is_dir():
        return []
    empreintes = attendues()
    constats: list[Constat] = []
    for nom in SCHEMAS:
        relatif = f"{REPERTOIRE}/{nom}.schema.json"
        try:
            info = os.lstat(racine / relatif)
        except OSError:
            constats.append(Constat(relatif, None, PERIMES, "avertissement", _ABSENT))
            continue
        taille, _ = empreintes[nom]
        if not stat.S_ISREG(info.st_mode) or info.st_size != taille or _lire(racine / relatif) != empreintes[nom]:
            constats.append(Constat(relatif, None, PERIMES, "avertissement", _PERIME))
    return constats


def _lire(chemin: Path) -> tuple[int, str] | None:
    try:
        return _empreinte(chemin.read_bytes())
    except OSError:
        return None
