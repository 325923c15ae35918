"""Crée le dépôt de dossiers d'un réseau : configuration, annuaire, CI, portail, le tout prêt à committer.

Le dépôt créé n'embarque aucun code : ses hooks pre-commit, ses workflows et son portail
appellent le `filrouge` installé. Rien n'est jamais écrasé : la cible doit être absente ou vide.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

import yaml

from filrouge.francais import ErreurUtilisation
from filrouge.nouveau import ecrire_nouveau
from filrouge.schemas import ecrire_schemas

RESEAUX = ("kirikou", "bru-stars")
MODELES = "modeles_depot"
A_COMPLETER = {"README.md", "mkdocs.yml", "docs/index.md"}  # les seuls fichiers où « $reseau » est remplacé
IGNORES = {"__init__.py", "annuaires"}


def _fichiers(dossier: Traversable, prefixe: str = "") -> list[tuple[str, str]]:
    """(chemin dans le dépôt créé, contenu) ; « _x » devient « .x »."""
    resultat = []
    for entree in sorted(dossier.iterdir(), key=lambda e: e.name):
        if entree.name in IGNORES or entree.name == "__pycache__":
            continue
        nom = "." + entree.name[1:] if entree.name.startswith("_") else entree.name
        chemin = f"{prefixe}{nom}"
        if entree.is_dir():
            resultat += _fichiers(entree, chemin + "/")
        else:
            resultat.append((chemin, entree.read_text(encoding="utf-8")))
    return resultat


def creer_depot(cible: Path, reseau: str = "kirikou") -> list[Path]:
    """Écrit le dépôt du réseau dans `cible` ; renvoie les fichiers écrits."""
    if reseau not in RESEAUX:
        raise ErreurUtilisation(f"réseau inconnu : choisir parmi {', '.join(RESEAUX)}.")
    if cible.exists() and (not cible.is_dir() or any(cible.iterdir())):
        raise ErreurUtilisation(f"{cible} existe et n'est pas un répertoire vide : rien n'a été écrit.")
    paquet = resources.files("filrouge")
    configuration = (paquet / "reseaux" / f"{reseau}.yaml").read_text(encoding="utf-8")
    nom = yaml.safe_load(configuration)["reseau"]
    ecrits = [
        ecrire_nouveau(cible / "reseau.yaml", configuration),
        ecrire_nouveau(cible / "annuaire.yaml", (paquet / MODELES / "annuaires" / f"{reseau}.yaml").read_text(encoding="utf-8")),
        ecrire_nouveau(cible / "dossiers" / ".gitkeep", ""),
    ]
    for chemin, contenu in _fichiers(paquet / MODELES):
        if chemin in A_COMPLETER:
            contenu = Template(contenu).substitute(reseau=nom)
        ecrits.append(ecrire_nouveau(cible / chemin, contenu))
    ecrits += ecrire_schemas(cible / "schemas")
    return ecrits
