"""Règles des casemanagers : un poste connu du réseau, des relais cohérents, une charge tenable."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.activite import depassements_par_casemanager
from filrouge.constat import citer
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("casemanager.inconnu", "erreur", "Le casemanager d'un dossier et de ses relais est un poste de reseau.yaml.",
       configuration=("casemanagers",))
def inconnu(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Un dossier nomme son casemanager par l'identifiant de son poste dans reseau.yaml
    (casemanagers), jamais par un nom de personne : la capacité de chacun, la page de coordination et
    les rappels se regroupent par ce poste. Un identifiant inconnu (faute de frappe, nom tapé à la
    place du poste) ferait sortir le dossier de tous les comptes.

    Exemple fautif :
        # reseau.yaml › casemanagers : cm-namur, cm-dinant
        casemanager: cm-ciney

    Correction : Choisissez un identifiant de casemanagers dans reseau.yaml, ou demandez à la
    coordination d'y ajouter le poste (avec son ETP).
    """
    postes = [c.id for c in depot.config.casemanagers]
    for _, d, doc in dossiers_valides(depot):
        references: list[tuple[tuple[str | int, ...], str | None]] = [(("casemanager",), d.casemanager)]
        for i, t in enumerate(d.transferts):
            references += [(("transferts", i, "de"), t.de), (("transferts", i, "vers"), t.vers)]
        for chemin, poste in references:
            if poste is not None and poste not in postes:
                connus = ", ".join(postes) if postes else "aucun casemanager n'est configuré (casemanagers)"
                yield Signal(doc, chemin, f"casemanager inconnu {citer(poste, postes)} : postes de reseau.yaml : {connus}.")


@regle("casemanager.absent", "avertissement", "Un dossier ouvert a un casemanager, quand le réseau en compte plusieurs.",
       configuration=("casemanagers", "casemanager_par_defaut"))
def absent(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Avec un seul casemanager (ou un casemanager_par_defaut dans reseau.yaml), un dossier
    sans champ casemanager est le sien : les dossiers d'avant l'attribution restent valides sans
    réécriture. Avec plusieurs casemanagers et sans défaut, un dossier ouvert sans casemanager
    n'est compté dans la charge de personne et ses rappels n'arrivent chez personne.

    Exemple fautif :
        # reseau.yaml : deux casemanagers, pas de casemanager_par_defaut
        statut: ouvert
        # (pas de casemanager:)

    Correction : Ajoutez casemanager: avec le poste qui suit le dossier, ou fixez
    casemanager_par_defaut dans reseau.yaml.
    """
    if depot.config.casemanager_implicite() is not None or not depot.config.casemanagers:
        return
    for _, d, doc in dossiers_valides(depot):
        if d.statut == "ouvert" and d.casemanager is None:
            yield Signal(doc, ("statut",), "aucun casemanager pour ce dossier ouvert : le réseau en compte plusieurs "
                                           "et n'a pas de casemanager_par_defaut.")


@regle("casemanager.relais", "erreur", "Les passages de relais se suivent dans le temps et aboutissent au casemanager actuel.",
       configuration=("casemanager_par_defaut",))
def relais(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : L'historique des relais dit qui suivait le dossier à chaque date : la charge de
    chaque casemanager mois par mois en dépend. Chaque relais suit la demande et le relais
    précédent, part du casemanager qui suivait le dossier et mène à un autre ; le dernier aboutit
    au casemanager: du dossier. filrouge transferer écrit des relais cohérents.

    Exemple fautif :
        casemanager: cm-namur
        transferts:
        - date: 2026-03-02
          de: cm-namur
          vers: cm-dinant

    Correction : Utilisez filrouge transferer DOSSIER --vers POSTE --date AAAA-MM-JJ, ou corrigez
    l'historique à la main pour qu'il raconte la suite des relais jusqu'au casemanager actuel.
    """
    implicite = depot.config.casemanager_implicite()
    postes = [c.id for c in depot.config.casemanagers]

    def nommer(poste: str | None) -> str:
        return "personne" if poste is None else citer(poste, postes)

    for _, d, doc in dossiers_valides(depot):
        precedent_date = d.dates.demande
        precedent_cm = None
        for i, t in enumerate(d.transferts):
            de = t.de or implicite
            if t.date < precedent_date:
                yield Signal(doc, ("transferts", i, "date"), f"relais du {t.date} : avant la demande ou le relais "
                                                            f"précédent ({precedent_date}).")
            elif precedent_cm is not None and de != precedent_cm:
                yield Signal(doc, ("transferts", i, "de"), f"relais du {t.date} : le dossier était suivi par "
                                                          f"{nommer(precedent_cm)}, pas par {nommer(de)}.")
            elif de == t.vers:
                yield Signal(doc, ("transferts", i, "vers"), f"relais du {t.date} : le dossier reste chez {nommer(t.vers)}.")
            precedent_date, precedent_cm = t.date, t.vers
        if d.transferts and (d.casemanager or implicite) != d.transferts[-1].vers:
            yield Signal(doc, ("casemanager",) if d.casemanager else ("transferts",),
                         f"le dernier relais mène à {nommer(d.transferts[-1].vers)}, mais le casemanager du "
                         f"dossier est {nommer(d.casemanager or implicite)}.")


@regle("capacite.casemanager", "avertissement", "Un casemanager ne suit pas plus de dossiers actifs que sa capacité.",
       configuration=("casemanagers", "dossiers_par_etp"), portee="depot")
def capacite_casemanager(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La capacité se compte par casemanager : par exemple 14 dossiers actifs pour un
    mi-temps, soit dossiers_par_etp: 28 et etp: 0.5 dans reseau.yaml. Un casemanager peut
    saturer alors que le réseau a encore de la place chez un autre : l'avertissement nomme le
    poste, le dossier qui le fait dépasser et la période. Avec un seul casemanager, sa capacité est
    celle du réseau : capacite.saturation le dit déjà.

    Exemple fautif :
        # cm-dinant (etp 0.25, dossiers_par_etp 28 : capacité 7) reçoit un 8e dossier actif
        casemanager: cm-dinant
        statut: ouvert

    Correction : Transférez un dossier à un casemanager moins chargé (filrouge transferer), clôturez
    les dossiers terminés, ou revoyez l'ETP du poste avec la coordination.
    """
    if len(depot.config.casemanagers) < 2:
        return  # un seul casemanager : sa capacité est celle du réseau (capacite.saturation)
    dossiers = {d.id: doc for _, d, doc in dossiers_valides(depot)}
    tous = [d for _, d, _ in dossiers_valides(depot)]
    for cm, periodes in sorted(depassements_par_casemanager(tous, depot.config).items()):
        capacite = depot.config.capacite_casemanager(cm)
        for periode in periodes:
            fin = f"jusqu'au {periode.fin}" if periode.fin else "à ce jour"
            yield Signal(dossiers[periode.declencheur.id], ("statut",),
                         f"{cm} : jusqu'à {periode.maximum} dossiers actifs du {periode.debut} {fin}, pour une "
                         f"capacité de {capacite}.")
