"""Le registre des règles : chaque règle a un identifiant stable, une gravité, un résumé.

Une règle est une fonction qui parcourt le dépôt chargé et signale ce qui ne va pas ;
le registre la transforme en constats avec la ligne exacte. Les identifiants sont un
contrat : la CI, les marqueurs et la documentation s'y réfèrent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from filrouge.constat import Constat, Gravite
from filrouge.depot import Depot, DossierCharge
from filrouge.lecture import Document
from filrouge.modele import Dossier


@dataclass(frozen=True)
class Signal:
    doc: Document
    chemin: tuple[str | int, ...]
    message: str
    ligne: int | None = None
    """La ligne, quand elle ne se déduit pas du chemin (un endroit d'un récit Markdown)."""

    def position(self) -> int | None:
        return self.ligne if self.ligne is not None else self.doc.ligne(*self.chemin)


Verification = Callable[[Depot], Iterable[Signal]]


@dataclass(frozen=True)
class Regle:
    id: str
    gravite: Gravite
    resume: str
    verifier: Verification


REGLES: dict[str, Regle] = {}


def regle(id_regle: str, gravite: Gravite, resume: str) -> Callable[[Verification], Verification]:
    def enregistrer(fonction: Verification) -> Verification:
        if id_regle in REGLES:
            raise ValueError(f"règle déclarée deux fois : {id_regle}")
        REGLES[id_regle] = Regle(id_regle, gravite, resume, fonction)
        return fonction
    return enregistrer


def appliquer(depot: Depot) -> list[Constat]:
    constats: list[Constat] = []
    for r in REGLES.values():
        for s in r.verifier(depot):
            constats.append(Constat(s.doc.relatif, s.position(), r.id, r.gravite, s.message))
    return constats


def dossiers_valides(depot: Depot) -> Iterator[tuple[DossierCharge, Dossier, Document]]:
    """Les dossiers dont dossier.yaml a passé le schéma : les règles métier ne voient qu'eux."""
    for charge in depot.dossiers:
        if charge.dossier is not None and charge.dossier.modele is not None:
            yield charge, charge.dossier.modele, charge.dossier.doc
