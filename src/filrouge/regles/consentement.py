"""Règles sur le consentement : secret professionnel partagé, avant la première rencontre."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.code_jeune import lire_code
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle

MAJORITE = 18


@regle("consentement.avant_concertation", "erreur", "Le consentement est recueilli avant la première concertation.")
def avant_concertation(depot: Depot) -> Iterator[Signal]:
    for charge, d, doc in dossiers_valides(depot):
        notes = charge.notes_valides()
        if not notes:
            continue
        premiere = min(n.date for _, n in notes)
        if d.consentement is None:
            yield Signal(doc, (), "le consentement du jeune (secret professionnel partagé) n'est pas consigné (consentement:), "
                                  "alors qu'une concertation a eu lieu.")
        elif d.consentement.date > premiere:
            yield Signal(doc, ("consentement", "date"), f"le consentement est daté après la première concertation ({premiere}).")


@regle("consentement.accord", "erreur", "Le jeune est informé de ce qui est partagé et d'accord, ou la dérogation est motivée.")
def accord(depot: Depot) -> Iterator[Signal]:
    for _, d, doc in dossiers_valides(depot):
        c = d.consentement
        if c is None or c.derogation:
            continue
        if not c.jeune_informe:
            yield Signal(doc, ("consentement", "jeune_informe"), "le jeune n'est pas informé : motivez en quoi son intérêt prime (derogation:).")
        elif not c.accord:
            yield Signal(doc, ("consentement", "accord"), "sans l'accord du jeune, motivez en quoi son intérêt prime (derogation:).")


@regle("consentement.mineur", "erreur", "Pour un mineur, les parents sont informés, ou la dérogation est motivée.")
def mineur(depot: Depot) -> Iterator[Signal]:
    for _, d, doc in dossiers_valides(depot):
        c = d.consentement
        code = lire_code(d.code)
        if c is None or code is None or c.derogation:
            continue
        if code.age_atteint(c.date.year) < MAJORITE and c.parents_informes is not True:
            yield Signal(doc, ("consentement",), "le jeune est mineur : indiquez que ses parents sont informés "
                                                 "(parents_informes: true) ou motivez la dérogation.")
