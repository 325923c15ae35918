"""Ce que le modèle du dossier dit de ses champs : la garde en tire où un nom, ou une date, a sa place.

Énumérer les champs depuis le modèle (`src/filrouge/modele/`) plutôt que les recopier : un champ ajouté au
modèle est connu de la garde sans la toucher.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import typing
from collections.abc import Iterator
from functools import lru_cache


def motifs(annotation: object) -> set[str]:
    """Les motifs (`StringConstraints.pattern`) d'une annotation, à toute profondeur (listes, `| None`)."""
    trouves = {m.pattern for m in getattr(annotation, "__metadata__", ()) if getattr(m, "pattern", None)}
    for argument in typing.get_args(annotation):
        trouves |= motifs(argument)
    return trouves


def _types(annotation: object) -> Iterator[object]:
    """L'annotation et chacun de ses arguments, à toute profondeur (`Annotated`, listes, `| None`)."""
    yield annotation
    for argument in typing.get_args(annotation):
        yield from _types(argument)


def champs_du_modele() -> Iterator[tuple[str, object, list[object]]]:
    """(nom, annotation, métadonnées) de chaque champ de chaque modèle de `filrouge.modele`."""
    import filrouge.modele as paquet
    from filrouge.modele.commun import Modele

    for module in pkgutil.iter_modules(paquet.__path__):
        for objet in vars(importlib.import_module(f"{paquet.__name__}.{module.name}")).values():
            if isinstance(objet, type) and issubclass(objet, Modele):
                for nom, champ in objet.model_fields.items():
                    yield nom, champ.annotation, list(champ.metadata)


@lru_cache(maxsize=1)
def cles_de_date() -> frozenset[str]:
    """Les clés du modèle dont la valeur est une date (`charte_signee`, `echeance`, `demande`, `date`…) : la date d'un
    événement du dossier, jamais une naissance (le modèle n'a aucun champ de naissance)."""
    return frozenset(nom for nom, annotation, _ in champs_du_modele()
                     if any(t is dt.date for t in _types(annotation)))
