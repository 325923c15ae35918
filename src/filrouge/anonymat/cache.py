"""Cache disque des listes de noms dérivées de Faker et de names-dataset, hors du dépôt.

Importer les fournisseurs de Faker et normaliser leurs dizaines de milliers de noms coûte
environ 60 ms à chaque lancement de `filrouge valider` ; relire le résultat déjà calculé en
coûte quelques-unes. Le cache vit dans le répertoire de cache de l'utilisateur (jamais dans
le dépôt), sa clé change avec la version de Faker et avec nos propres listes, et un cache
illisible ou impossible à écrire n'empêche rien : on recalcule.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Callable
from importlib import metadata, resources
from pathlib import Path
from typing import TypeVar

from filrouge.fichiers import ecrire_atomiquement

T = TypeVar("T")
_VERSION_FORMAT = "15"


def _repertoire() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "filrouge"


def _cle(nom: str, parametres: str) -> str:
    empreinte = hashlib.sha256(f"{_VERSION_FORMAT}|{nom}|{parametres}".encode())
    for paquet in ("faker", "names-dataset", "wordfreq"):
        try:
            empreinte.update(f"{paquet} {metadata.version(paquet)}".encode())
        except metadata.PackageNotFoundError:
            empreinte.update(f"sans {paquet}".encode())
    donnees = resources.files("filrouge.anonymat") / "donnees"
    for fichier in sorted(donnees.iterdir(), key=lambda f: f.name):
        if fichier.name.endswith(".txt"):
            empreinte.update(fichier.name.encode() + fichier.read_bytes())
    return empreinte.hexdigest()[:24]


def en_cache(nom: str, parametres: str, calculer: Callable[[], T]) -> T:
    """Le résultat de `calculer()`, relu du disque s'il y est pour la même clé."""
    chemin = _repertoire() / f"{nom}-{_cle(nom, parametres)}.marshal"
    try:
        return marshal.loads(chemin.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    resultat = calculer()
    try:
        chemin.parent.mkdir(parents=True, exist_ok=True)
        ecrire_atomiquement(chemin, marshal.dumps(resultat))  # deux processus parallèles ne se gênent pas
        for ancien in chemin.parent.glob(f"{nom}-*.marshal"):  # les versions périmées (3 à 4 Mo chacune)
            if ancien != chemin:
                ancien.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    return resultat
