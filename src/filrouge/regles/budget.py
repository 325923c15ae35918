"""Règles qui comparent les dossiers entre eux : enveloppe annuelle et capacité."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from filrouge.activite import actifs_le, depassements
from filrouge.depot import Depot
from filrouge.lecture import Document
from filrouge.modele import Financement, engagement
from filrouge.regles.financement import TOLERANCE, demandes, montant
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("enveloppe.annee", "erreur", "Les demandes accordées et pendantes d'une année tiennent dans l'enveloppe de l'année.")
def enveloppe_annee(depot: Depot) -> Iterator[Signal]:
    par_annee: dict[int, list[tuple[Financement, Document]]] = defaultdict(list)
    for _, _, f, doc in demandes(depot):
        par_annee[f.date_demande.year].append((f, doc))
    for annee, liste in sorted(par_annee.items()):
        engage = engagement((f for f, _ in liste), annee).total
        enveloppe = depot.config.enveloppe(annee)
        if enveloppe is None:
            if engage > 0:
                yield Signal(depot.configuration.doc, ("enveloppes",), f"aucune enveloppe configurée pour {annee} "
                                                                        "(reseau.yaml › enveloppes).")
            continue
        if engage <= enveloppe + TOLERANCE:
            continue
        cumul = 0.0
        for f, doc in sorted(liste, key=lambda e: (e[0].date_demande, e[1].relatif)):
            cumul += f.engage
            if f.engage > 0 and cumul > enveloppe + TOLERANCE:
                yield Signal(doc, ("montant_demande",), f"enveloppe {annee} dépassée : {montant(engage)} accordés ou demandés "
                                                        f"pour une enveloppe de {montant(enveloppe)}.")


@regle("capacite.saturation", "avertissement", "Plus de dossiers actifs que la capacité du réseau : saturation.")
def saturation(depot: Depot) -> Iterator[Signal]:
    dossiers = {d.id: doc for _, d, doc in dossiers_valides(depot)}
    capacite = depot.config.capacite_dossiers_actifs
    for periode in depassements([d for _, d, _ in dossiers_valides(depot)], capacite):
        fin = f"jusqu'au {periode.fin}" if periode.fin else "à ce jour"
        yield Signal(dossiers[periode.declencheur.id], ("dates", "ouverture"),
                     f"saturation : jusqu'à {periode.maximum} dossiers actifs du {periode.debut} {fin}, "
                     f"pour une capacité de {capacite}.")


@regle("capacite.non_ouvert", "avertissement", "Une demande refusée pour saturation l'a été quand le dispositif était plein.")
def non_ouvert(depot: Depot) -> Iterator[Signal]:
    tous = [d for _, d, _ in dossiers_valides(depot)]
    capacite = depot.config.capacite_dossiers_actifs
    for _, d, doc in dossiers_valides(depot):
        if d.statut == "non_ouvert" and d.motif_non_ouverture == "saturation":
            actifs = actifs_le(tous, d.dates.demande)
            if actifs < capacite:
                yield Signal(doc, ("motif_non_ouverture",), f"motif saturation alors que {actifs} dossiers étaient actifs le "
                                                            f"{d.dates.demande} (capacité : {capacite}).")
