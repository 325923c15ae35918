"""Règles sur la phase préparatoire : elle précède la première rencontre."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.constat import citer, proposer
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("preparation.absente", "avertissement", "Un dossier qui a tenu concertation a sa phase préparatoire.")
def absente(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La procédure prévoit une phase préparatoire avant la première rencontre : avec le
    demandeur, le casemanager repère les personnes à inviter (dont celles de la santé mentale),
    analyse la difficulté et recueille les attentes du jeune, de la famille et des professionnels.
    Un dossier qui a tenu concertation sans elle a sauté une étape, ou le fichier manque.

    Exemple fautif :
        dossiers/2019-007/dossier.yaml
        dossiers/2019-007/concertations/2019-03-12.yaml
        (aucun dossiers/2019-007/preparation.yaml)

    Correction : Créez preparation.yaml dans le répertoire du dossier et reportez-y la préparation
    faite ; ce document reste interne et n'est jamais publié.
    """
    for charge, _, doc in dossiers_valides(depot):
        if charge.concertations and charge.preparation is None:
            yield Signal(doc, (), "aucune phase préparatoire (preparation.yaml) pour un dossier qui a tenu concertation.")


@regle("preparation.avant_concertation", "erreur", "La phase préparatoire est datée avant la première rencontre.")
def avant_concertation(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La phase préparatoire prépare la première concertation (qui inviter, quelles attentes,
    quand et où se réunir) : elle se date entre la demande et la première rencontre, et son
    initiateur est un acteur du dossier.

    Exemple fautif :
        # preparation.yaml ; première concertation le 2019-03-12
        date: 2019-03-20
        initiateur: a1

    Correction : Indiquez la date réelle de la préparation (entre la demande et la première
    concertation, le jour même est admis) et, pour initiateur:, l'identifiant d'un acteur de
    dossier.yaml.
    """
    for charge, d, _ in dossiers_valides(depot):
        prep = charge.preparation
        notes = charge.notes_valides()
        if prep is None or prep.modele is None:
            continue
        if notes and prep.modele.date > min(n.date for _, n in notes):
            yield Signal(prep.doc, ("date",), "la phase préparatoire est datée après la première concertation.")
        if prep.modele.initiateur not in charge.acteurs():
            yield Signal(prep.doc, ("initiateur",), f"{citer(prep.modele.initiateur)} n'est pas un acteur du dossier"
                                                    f"{proposer(prep.modele.initiateur, charge.acteurs()) or '.'}")
        if prep.modele.date < d.dates.demande:
            yield Signal(prep.doc, ("date",), "la phase préparatoire est datée avant la demande.")
