"""Ce que le portail montre, calculé une fois depuis la vue publiable : aucun HTML ici.

Les pages, les tableaux et les tests lisent ces vues ; l'état d'une action (en retard,
bientôt…) n'est calculé qu'ici, par rapport à la date de référence des réglages.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from filrouge.activite import actifs_le, est_actif
from filrouge.modele import Action, Financement, engagement
from filrouge.publication import DossierPublie, Publication

STATUTS_DOSSIER = {"demande": "demande", "ouvert": "ouvert", "clos": "clos", "non_ouvert": "non ouvert"}
STATUTS_ACTION = {"a_faire": "à faire", "en_cours": "en cours", "faite": "faite", "abandonnee": "abandonnée"}
STATUTS_DECISION = {"demandee": "en attente de décision", "accordee": "accordée", "refusee": "refusée",
                    "retiree": "retirée"}


@dataclass(frozen=True)
class Etat:
    """L'état d'une action à la date de référence : une clé stable, une classe CSS, un libellé."""

    cle: str
    classe: str
    libelle: str


def etat_action(action: Action, aujourdhui: dt.date, horizon: int) -> Etat:
    """L'état de l'action (`Action.etat`) avec sa classe CSS et son libellé."""
    cle = action.etat(aujourdhui, horizon)
    ecart = (action.echeance - aujourdhui).days
    if cle == "terminee":
        return Etat(cle, "action-terminee", STATUTS_ACTION[action.statut].capitalize())
    if cle == "en_retard":
        return Etat(cle, "action-en-retard", f"En retard de {-ecart} jour{'s' if -ecart > 1 else ''}")
    if cle == "bientot":
        quand = "aujourd'hui" if ecart == 0 else ("demain" if ecart == 1 else f"dans {ecart} jours")
        return Etat(cle, "action-bientot", f"Échéance {quand}")
    return Etat(cle, "action-a-venir", "À venir")


def en_retard(d: DossierPublie, aujourdhui: dt.date) -> list[Action]:
    return [a for a in d.ouvertes() if a.etat(aujourdhui, 0) == "en_retard"]


def statut_financement(d: DossierPublie) -> str:
    if not d.demandes:
        return "aucune demande"
    compte: dict[str, int] = defaultdict(int)
    for demande in d.demandes:
        compte[demande.demande.decision.statut] += 1
    return ", ".join(f"{n} {STATUTS_DECISION[s]}" for s, n in sorted(compte.items()))


def derniere_rencontre(d: DossierPublie) -> dt.date | None:
    return d.courante.date if d.courante else None


def prochaine_rencontre(d: DossierPublie) -> dt.date | None:
    note = d.courante
    return note.prochaine_rencontre.date if note and note.prochaine_rencontre else None


@dataclass(frozen=True)
class ActionVue:
    """Une action de la note courante d'un dossier, vue depuis « Mes actions »."""

    dossier: DossierPublie
    action: Action


def actions_par_service(dossiers: Iterable[DossierPublie]) -> dict[str, list[ActionVue]]:
    """Pour chaque service de l'annuaire, les actions dont un porteur (qui) relève de ce service.

    Les dossiers clos ou non ouverts n'ont plus d'actions à porter.
    """
    par_service: dict[str, list[ActionVue]] = defaultdict(list)
    for vu in dossiers:
        if vu.dossier.statut in ("clos", "non_ouvert"):
            continue
        acteurs = vu.acteurs
        for action in vu.actions():
            services = {acteurs[q].service for q in action.qui if q in acteurs and acteurs[q].service}
            for service in services:
                par_service[service].append(ActionVue(vu, action))
    for liste in par_service.values():
        liste.sort(key=lambda av: (av.action.echeance, av.dossier.id, av.action.numero))
    return dict(par_service)


@dataclass
class Coordination:
    """Les chiffres de la coordination à la date de référence."""

    annee: int
    enveloppe: float | None
    accorde: float
    en_attente: float
    demandes_en_attente: list[tuple[DossierPublie, Financement]] = field(default_factory=list)
    actifs: int = 0
    capacite: int = 0
    sans_rencontre: list[tuple[DossierPublie, dt.date | None, int]] = field(default_factory=list)
    delai: int = 0

    @property
    def reste(self) -> float | None:
        return None if self.enveloppe is None else self.enveloppe - self.accorde - self.en_attente


def coordination(pub: Publication, aujourdhui: dt.date) -> Coordination:
    """Enveloppe de l'année (par date de demande, comme la règle enveloppe.annee), attente, capacité."""
    config = pub.config
    vus = pub.dossiers
    annee = aujourdhui.year
    resultat = Coordination(annee, config.enveloppe(annee), 0.0, 0.0, capacite=config.capacite_dossiers_actifs,
                            delai=config.delai_sans_concertation_jours)
    for vu in vus:
        resultat.demandes_en_attente += [(vu, d.demande) for d in vu.demandes if not d.demande.decidee]
    annee_en_cours = engagement((d.demande for vu in vus for d in vu.demandes), annee)
    resultat.accorde, resultat.en_attente = annee_en_cours.accorde, annee_en_cours.en_attente
    resultat.actifs = actifs_le([vu.dossier for vu in vus], aujourdhui)
    for vu in vus:
        if not est_actif(vu.dossier, aujourdhui):
            continue
        derniere = derniere_rencontre(vu)
        depuis = derniere or vu.dossier.dates.ouverture
        jours = (aujourdhui - depuis).days if depuis else 0
        if jours > resultat.delai:
            resultat.sans_rencontre.append((vu, derniere, jours))
    resultat.sans_rencontre.sort(key=lambda e: -e[2])
    return resultat
