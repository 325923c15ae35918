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


@regle("enveloppe.annee", "erreur", "Les demandes accordées et pendantes d'une année tiennent dans l'enveloppe de l'année.",
       configuration=("enveloppes", "enveloppe_par_defaut"), portee="depot")
def enveloppe_annee(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Avant d'autoriser une dépense, le coordinateur du réseau vérifie qu'il reste du budget
    dans l'enveloppe de l'année (enveloppes dans reseau.yaml, par exemple 110 421 € par an). Les
    demandes accordées (pour le montant accordé) et en attente (pour le montant demandé) d'une même
    année tiennent dans l'enveloppe ; la demande qui la fait déborder est signalée.

    Exemple fautif :
        # les demandes de 2019 engagent déjà 105 000 € sur 110 421 €
        date_demande: 2019-11-04
        montant_demande: 8000

    Correction : Réduisez le montant ou cherchez un autre financement ; la place se libère si une
    demande en attente est refusée ou retirée. Si l'enveloppe a changé, ou si aucune n'est fixée pour
    l'année, la coordination met à jour enveloppes: dans reseau.yaml.
    """
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


@regle("capacite.saturation", "avertissement", "Plus de dossiers actifs que la capacité du réseau : saturation.",
       configuration=("capacite_dossiers_actifs",), portee="depot")
def saturation(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Un casemanager à mi-temps suit au plus 14 dossiers actifs (capacite_dossiers_actifs
    dans reseau.yaml). En juin 2019, 16 dossiers actifs ont saturé le dispositif et les nouvelles
    demandes ont été fermées jusqu'en octobre. L'avertissement signale le dossier dont l'ouverture
    fait dépasser la capacité, et la période de saturation.

    Exemple fautif :
        # dossiers/2019-009/dossier.yaml : 15e dossier actif pour une capacité de 14
        statut: ouvert
        dates:
          demande: 2019-04-08
          ouverture: 2019-04-15

    Correction : Clôturez les dossiers terminés (statut clos et dates › cloture). Si le dispositif est
    vraiment plein, signalez-le à la coordination ; une demande qui ne peut pas être ouverte prend le
    statut non_ouvert, motif saturation.
    """
    dossiers = {d.id: doc for _, d, doc in dossiers_valides(depot)}
    capacite = depot.config.capacite_dossiers_actifs
    for periode in depassements([d for _, d, _ in dossiers_valides(depot)], capacite):
        fin = f"jusqu'au {periode.fin}" if periode.fin else "à ce jour"
        yield Signal(dossiers[periode.declencheur.id], ("dates", "ouverture"),
                     f"saturation : jusqu'à {periode.maximum} dossiers actifs du {periode.debut} {fin}, "
                     f"pour une capacité de {capacite}.")


@regle("capacite.non_ouvert", "avertissement", "Une demande refusée pour saturation l'a été quand le dispositif était plein.",
       configuration=("capacite_dossiers_actifs", "fermetures_accueil"), portee="depot")
def non_ouvert(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le motif saturation dit qu'une demande n'a pas été ouverte faute de place, comme 3
    demandes en 2019. Il n'est vraisemblable que si le dispositif était plein le jour de la demande
    (au moins autant de dossiers actifs que la capacité de reseau.yaml) ; sinon, le bilan compterait
    une saturation qui n'a pas eu lieu. Pendant une fermeture de l'accueil (fermetures_accueil de
    reseau.yaml, comme de juin à octobre 2019), toute demande non ouverte pour saturation est
    attendue : la fermeture dure au-delà du jour où les dossiers actifs repassent sous la capacité.

    Exemple fautif :
        # 9 dossiers actifs le 2019-03-04, pour une capacité de 14
        statut: non_ouvert
        motif_non_ouverture: saturation
        dates:
          demande: 2019-03-04

    Correction : Vérifiez la date de la demande et les dates de clôture des autres dossiers. Si la
    demande n'a pas été ouverte pour une autre raison, choisissez le bon motif (non_eligible,
    hors_territoire, retrait, autre).
    """
    tous = [d for _, d, _ in dossiers_valides(depot)]
    capacite = depot.config.capacite_dossiers_actifs
    for _, d, doc in dossiers_valides(depot):
        if (d.statut == "non_ouvert" and d.motif_non_ouverture == "saturation"
                and depot.config.fermeture_le(d.dates.demande) is None):
            actifs = actifs_le(tous, d.dates.demande)
            if actifs < capacite:
                yield Signal(doc, ("motif_non_ouverture",), f"motif saturation alors que {actifs} dossiers étaient actifs le "
                                                            f"{d.dates.demande} (capacité : {capacite}).")
