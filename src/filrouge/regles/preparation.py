"""Règles sur la phase préparatoire : elle précède la première rencontre."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.constat import citer
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("preparation.absente", "avertissement", "Un dossier qui a tenu concertation a sa phase préparatoire.")
def absente(depot: Depot) -> Iterator[Signal]:
    for charge, _, doc in dossiers_valides(depot):
        if charge.concertations and charge.preparation is None:
            yield Signal(doc, (), "aucune phase préparatoire (preparation.yaml) pour un dossier qui a tenu concertation.")


@regle("preparation.avant_concertation", "erreur", "La phase préparatoire est datée avant la première rencontre.")
def avant_concertation(depot: Depot) -> Iterator[Signal]:
    for charge, d, _ in dossiers_valides(depot):
        prep = charge.preparation
        notes = charge.notes_valides()
        if prep is None or prep.modele is None:
            continue
        if notes and prep.modele.date > min(n.date for _, n in notes):
            yield Signal(prep.doc, ("date",), "la phase préparatoire est datée après la première concertation.")
        if prep.modele.initiateur not in charge.acteurs():
            yield Signal(prep.doc, ("initiateur",), f"{citer(prep.modele.initiateur)} n'est pas un acteur du dossier.")
        if prep.modele.date < d.dates.demande:
            yield Signal(prep.doc, ("date",), "la phase préparatoire est datée avant la demande.")
