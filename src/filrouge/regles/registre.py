"""Le registre des règles : chaque règle a un identifiant stable, une gravité, un résumé, sa documentation.

Une règle est une fonction qui parcourt le dépôt chargé et signale ce qui ne va pas ;
le registre la transforme en constats avec la ligne exacte. Les identifiants sont un
contrat : la CI, les marqueurs et la documentation s'y réfèrent. La docstring de chaque
fonction est sa fiche du catalogue (`filrouge regles ID`, page « Règles » du portail) :

    Pourquoi : la raison de la règle, tirée de la procédure ou des formulaires.
    Exemple fautif : ce qui la déclenche.
    Correction : ce qu'il faut faire.

Un réseau peut désactiver un avertissement, ou en faire une erreur (`regles:` de reseau.yaml).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
import inspect
from dataclasses import dataclass

from typing import Literal

from filrouge.constat import Constat, Gravite, citer, proposer
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
Portee = Literal["dossier", "depot"]


@dataclass(frozen=True)
class Regle:
    id: str
    gravite: Gravite
    resume: str
    verifier: Verification
    configuration: tuple[str, ...] = ()
    """Les clés de reseau.yaml que la règle lit (plafond_demande, enveloppes…)."""
    portee: Portee = "dossier"
    """« dossier » : le verdict d'un dossier ne dépend que de lui (et de la configuration) ; « depot » :
    la règle compare les dossiers entre eux ou lit l'état Git. La validation incrémentale garde en cache
    les premières par dossier et recalcule les secondes sur des résumés."""

    @property
    def documentation(self) -> str:
        return inspect.getdoc(self.verifier) or ""

    def gravite_pour(self, depot: Depot) -> Gravite | None:
        """La gravité dans ce réseau : celle du registre, ou celle que reseau.yaml impose ; None : désactivée."""
        reglage = depot.config.regles.get(self.id) if self.gravite == "avertissement" else None
        if reglage == "desactivee":
            return None
        return "erreur" if reglage == "erreur" else self.gravite


REGLES: dict[str, Regle] = {}


def regle(id_regle: str, gravite: Gravite, resume: str, configuration: tuple[str, ...] = (),
          portee: Portee = "dossier") -> Callable[[Verification], Verification]:
    def enregistrer(fonction: Verification) -> Verification:
        if id_regle in REGLES:
            raise ValueError(f"règle déclarée deux fois : {id_regle}")
        REGLES[id_regle] = Regle(id_regle, gravite, resume, fonction, configuration, portee)
        return fonction
    return enregistrer


def appliquer(depot: Depot, portee: Portee | None = None) -> list[Constat]:
    """Les constats des règles (de la seule `portee` donnée, ou de toutes) ; les réglages du réseau d'abord."""
    constats: list[Constat] = list(reglages_inconnus(depot)) if portee in (None, "depot") else []
    for r in REGLES.values():
        if portee is not None and r.portee != portee:
            continue
        gravite = r.gravite_pour(depot)
        if gravite is None:
            continue
        for s in r.verifier(depot):
            constats.append(Constat(s.doc.relatif, s.position(), r.id, gravite, s.message))
    return constats


def reglages_inconnus(depot: Depot) -> Iterator[Constat]:
    """`regles:` de reseau.yaml ne règle que des avertissements du registre : une erreur ne s'éteint pas."""
    doc = depot.configuration.doc
    for id_regle, reglage in depot.config.regles.items():
        r = REGLES.get(id_regle)
        if r is None or r.gravite != "avertissement":
            motif = "règle inconnue" if r is None else "seul un avertissement se désactive ou devient une erreur"
            yield Constat(doc.relatif, doc.ligne("regles", id_regle), "configuration.regles", "erreur",
                          f"regles › {citer(id_regle) if r is None else id_regle} ({reglage}) : {motif}"
                          + (proposer(id_regle, [i for i, x in REGLES.items() if x.gravite == "avertissement"])
                             or " (« filrouge regles » les liste)."))


def dossiers_valides(depot: Depot) -> Iterator[tuple[DossierCharge, Dossier, Document]]:
    """Les dossiers dont dossier.yaml a passé le schéma : les règles métier ne voient qu'eux."""
    for charge in depot.dossiers:
        if charge.dossier is not None and charge.dossier.modele is not None:
            yield charge, charge.dossier.modele, charge.dossier.doc
