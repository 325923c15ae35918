"""Crée le dépôt de dossiers d'un réseau : configuration, annuaire, CI, portail, le tout prêt à committer.

Le dépôt créé n'embarque aucun code : ses hooks pre-commit et sa CI installent filrouge depuis une
source qui existe, épinglée (`Source` : un dépôt Git et une révision, ou une roue), le cœur seul
pour vérifier, les extras pour le portail et l'impression. Rien n'est jamais écrasé : la cible doit
être absente ou vide. Un dépôt Git y est initialisé (branche main), sans commit.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from string import Template

import yaml

from filrouge.francais import ErreurUtilisation
from filrouge.nouveau import ecrire_nouveau
from filrouge.schemas import ecrire_schemas

RESEAUX = ("kirikou", "bru-stars")
EXTRAS_COMPLETS = "portail,impression"
JETONS = ("@@FILROUGE@@", "@@FILROUGE_COMPLET@@")
"""Dans les modèles : l'exigence pip du cœur, et celle avec portail et impression (remplacées à la création)."""


@dataclass(frozen=True)
class Source:
    """D'où le dépôt du réseau installe filrouge : un dépôt Git à une révision, ou une roue (.whl)."""

    depot_git: str | None = None
    revision: str | None = None
    roue: str | None = None

    def exigence(self, extras: str = "") -> str:
        """L'exigence pip épinglée (PEP 508), « filrouge[extras] @ url »."""
        nom = f"filrouge[{extras}]" if extras else "filrouge"
        if self.roue is not None:
            return f"{nom} @ {self.roue}"
        url = self.depot_git if re.match(r"^[a-z+]+://", self.depot_git or "") else f"file://{self.depot_git}"
        return f"{nom} @ git+{url}@{self.revision}"

    def configuration_pre_commit(self) -> str:
        """`.pre-commit-config.yaml` : le hook publié, épinglé ; pre-commit installe le cœur seulement."""
        entete = ("# Vérifie chaque commit : schéma, règles métier et garde d'anonymat (un seul hook, chaque problème\n"
                  "# dit une fois). Installer une fois : pre-commit install. Tout vérifier : pre-commit run --all-files.\n"
                  "# filrouge est installé par pre-commit lui-même, épinglé ci-dessous (filrouge init --source).\n")
        if self.roue is not None:
            hook = {"id": "filrouge-valider", "name": "filrouge : schéma, règles métier et anonymat",
                    "entry": "filrouge valider --avant-commit", "language": "python",
                    "additional_dependencies": [self.exigence()], "pass_filenames": False, "require_serial": True,
                    "files": r"^(dossiers/|reseau\.yaml$|annuaire\.yaml$)"}
            depot = {"repo": "local", "hooks": [hook]}
        else:
            depot = {"repo": self.depot_git, "rev": self.revision, "hooks": [{"id": "filrouge-valider"}]}
        return entete + yaml.safe_dump({"repos": [depot]}, allow_unicode=True, sort_keys=False)


def source_depuis(texte: str | None, version: str | None) -> Source:
    """La source donnée à `filrouge init --source [--version]`, vérifiée ; sans --source, ce clone de filrouge."""
    if texte is None:
        return _source_de_ce_clone(version)
    if texte.endswith(".whl"):
        if version is not None:
            raise ErreurUtilisation("--version ne s'emploie pas avec une roue : la roue porte déjà sa version.")
        if re.match(r"^https://", texte):
            return Source(roue=texte)
        roue = Path(texte).expanduser().resolve()
        if not roue.is_file():
            raise ErreurUtilisation(f"{texte} : roue introuvable.")
        return Source(roue=roue.as_uri())
    if re.match(r"^(https|ssh|git|file)://|^git@", texte):
        if version is None:
            raise ErreurUtilisation("indiquez --version (une étiquette comme v0.1.0, ou mieux un commit) : le dépôt "
                                    "du réseau installe une version épinglée, jamais « la dernière ».")
        return Source(depot_git=texte, revision=version)
    depot = Path(texte).expanduser().resolve()
    revision = _revision(depot, version or "HEAD")
    if revision is None:
        raise ErreurUtilisation(f"{texte} : ni une roue (.whl), ni une adresse Git, ni un dépôt Git local où "
                                f"{version or 'HEAD'} existe.")
    return Source(depot_git=str(depot), revision=revision)


def _source_de_ce_clone(version: str | None) -> Source:
    """Le dépôt Git d'où ce filrouge est installé (installation de développement) et son commit."""
    paquet = Path(str(resources.files("filrouge")))
    for dossier in paquet.parents:
        if (dossier / ".pre-commit-hooks.yaml").is_file() and (dossier / ".git").exists():
            revision = _revision(dossier, version or "HEAD")
            if revision is not None:
                return Source(depot_git=str(dossier), revision=revision)
    raise ErreurUtilisation("indiquez d'où installer filrouge : --source URL_GIT --version ÉTIQUETTE (ou commit), "
                            "ou --source chemin/vers/filrouge-X.Y.Z-py3-none-any.whl.")


def _revision(depot: Path, reference: str) -> str | None:
    """Le commit de `reference` dans le dépôt Git local `depot` (épinglé, même si on donne une branche)."""
    if shutil.which("git") is None:
        return None
    resultat = subprocess.run(["git", "-C", str(depot), "rev-parse", "--verify", "--quiet", f"{reference}^{{commit}}"],
                              capture_output=True, text=True, check=False)
    return resultat.stdout.strip() if resultat.returncode == 0 else None

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


def _sans_pages(mkdocs: str, omises: list[str]) -> str:
    """Le mkdocs.yml du modèle sans les entrées de navigation des pages du guide que ce réseau ne publie pas."""
    return "".join(ligne for ligne in mkdocs.splitlines(keepends=True)
                   if ligne.strip().removeprefix("- ") not in omises)


def creer_depot(cible: Path, source: Source, reseau: str = "kirikou") -> list[Path]:
    """Écrit le dépôt du réseau dans `cible` et y initialise Git ; renvoie les fichiers écrits."""
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
    omises = yaml.safe_load(configuration).get("guide_omis") or []
    for chemin, contenu in _fichiers(paquet / MODELES):
        if chemin in A_COMPLETER:
            contenu = Template(contenu).substitute(reseau=nom)
        if chemin == "mkdocs.yml":
            contenu = _sans_pages(contenu, omises)
        contenu = contenu.replace(JETONS[0], source.exigence()).replace(JETONS[1], source.exigence(EXTRAS_COMPLETS))
        ecrits.append(ecrire_nouveau(cible / chemin, contenu))
    ecrits.append(ecrire_nouveau(cible / ".pre-commit-config.yaml", source.configuration_pre_commit()))
    ecrits += ecrire_schemas(cible / "schemas")
    if shutil.which("git") is not None:
        subprocess.run(["git", "init", "-q", "-b", "main", str(cible)], capture_output=True, check=False)
    return ecrits
