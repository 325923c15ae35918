"""Ce que le portail montre, calculé une fois depuis la vue publiable : aucun HTML ici.

Les pages, les tableaux et les tests lisent ces vues ; l'état d'une action (en retard,
bientôt…) n'est calculé qu'ici, par rapport à la date de référence des réglages.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from filrouge.activite import actifs_le, actifs_par_casemanager, est_actif
from filrouge.modele import Action, Financement, engagement
from filrouge.modele.concertation import SENS_STATUT_ACTION, EtatAction
from filrouge.modele.dossier import SENS_STATUT_DOSSIER
from filrouge.modele.financement import SENS_STATUT_DECISION
from filrouge.publication import DossierPublie, Publication

STATUTS_DOSSIER = SENS_STATUT_DOSSIER.libelles
STATUTS_ACTION = SENS_STATUT_ACTION.libelles
STATUTS_DECISION = SENS_STATUT_DECISION.libelles


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


ORDRE_ETATS: tuple[EtatAction, ...] = ("en_retard", "bientot", "a_venir", "terminee")
"""L'ordre où les actions demandent qu'on s'en occupe : le tableau de bord et « Mes actions » le suivent."""
TITRES_ETATS: dict[EtatAction, str] = {"en_retard": "En retard", "bientot": "Échéance proche", "a_venir": "À venir",
                                       "terminee": "Faites ou abandonnées"}

T = TypeVar("T")


def par_attention(elements: Iterable[T], action_de: Callable[[T], Action], aujourdhui: dt.date,
                  horizon: int) -> list[tuple[EtatAction, list[T]]]:
    """Les éléments groupés par état de leur action (`ORDRE_ETATS`), chaque groupe par échéance puis numéro.

    Les groupes vides sont omis : un partenaire voit d'abord ce qui est en retard.
    """
    groupes: dict[EtatAction, list[T]] = defaultdict(list)
    for element in elements:
        groupes[action_de(element).etat(aujourdhui, horizon)].append(element)
    return [(etat, sorted(groupes[etat], key=lambda e: (action_de(e).echeance, action_de(e).numero)))
            for etat in ORDRE_ETATS if groupes[etat]]


def en_cours(d: DossierPublie) -> bool:
    """Un dossier clos ou non ouvert n'a plus d'actions à porter : ni retard, ni échéance à surveiller."""
    return d.dossier.statut not in ("clos", "non_ouvert")


@dataclass(frozen=True)
class Suivi:
    """Ce qu'un dossier demande d'attention à la date de référence (actions de sa note courante)."""

    en_cours: bool
    ouvertes: int
    en_retard: int
    bientot: int
    prochaine_echeance: dt.date | None
    """L'échéance la plus proche (ou la plus ancienne dépassée) parmi les actions ouvertes."""

    @property
    def rang(self) -> int:
        """0 : une action en retard ; 1 : dossier en cours ; 2 : dossier clos ou non ouvert."""
        return 2 if not self.en_cours else (0 if self.en_retard else 1)


def suivi(d: DossierPublie, aujourdhui: dt.date, horizon: int) -> Suivi:
    if not en_cours(d):
        return Suivi(False, 0, 0, 0, None)
    ouvertes = d.ouvertes()
    etats = [a.etat(aujourdhui, horizon) for a in ouvertes]
    return Suivi(True, len(ouvertes), etats.count("en_retard"), etats.count("bientot"),
                 min((a.echeance for a in ouvertes), default=None))


def dossiers_par_attention(dossiers: Iterable[DossierPublie], aujourdhui: dt.date,
                           horizon: int) -> list[tuple[DossierPublie, Suivi]]:
    """Les dossiers dans l'ordre où ils demandent qu'on s'en occupe.

    D'abord ceux qui ont une action en retard (le plus ancien retard en tête), puis les
    dossiers en cours par prochaine échéance (ceux sans action ouverte à la fin), enfin
    les dossiers clos ou non ouverts, les plus récemment clôturés d'abord.
    """
    def cle(paire: tuple[DossierPublie, Suivi]) -> tuple[int, int, str]:
        d, s = paire
        if s.en_cours:
            jour = s.prochaine_echeance or dt.date.max
            return s.rang, jour.toordinal(), d.id
        fin = d.dossier.dates.cloture or d.dossier.dates.demande
        return s.rang, -fin.toordinal(), d.id

    return sorted(((d, suivi(d, aujourdhui, horizon)) for d in dossiers), key=cle)


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
        if not en_cours(vu):
            continue
        acteurs = vu.acteurs
        for action in vu.actions():
            services = {acteurs[q].service for q in action.qui if q in acteurs and acteurs[q].service}
            for service in services:
                par_service[service].append(ActionVue(vu, action))
    for liste in par_service.values():
        liste.sort(key=lambda av: (av.action.echeance, av.dossier.id, av.action.numero))
    return dict(par_service)


@dataclass(frozen=True)
class ChargeCasemanager:
    """Un poste de casemanager, ses dossiers actifs et sa capacité (etp × dossiers_par_etp)."""

    id: str | None
    etp: float | None
    actifs: int
    capacite: int | None


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
    charges: list[ChargeCasemanager] = field(default_factory=list)
    """Les dossiers actifs de chaque casemanager face à sa capacité (postes de reseau.yaml, puis les inconnus)."""
    casemanager_de: dict[str, str | None] = field(default_factory=dict)
    """Le casemanager de chaque dossier actif, par identifiant de dossier."""

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
    implicite = config.casemanager_implicite()
    par_cm = actifs_par_casemanager([vu.dossier for vu in vus], aujourdhui, implicite)
    resultat.charges = [ChargeCasemanager(c.id, c.etp, par_cm.pop(c.id, 0), config.capacite_casemanager(c.id))
                        for c in config.casemanagers]
    resultat.charges += [ChargeCasemanager(cm, None, n, None) for cm, n in sorted(par_cm.items(), key=lambda e: e[0] or "")]
    for vu in vus:
        if not est_actif(vu.dossier, aujourdhui):
            continue
        resultat.casemanager_de[vu.id] = vu.dossier.casemanager_le(aujourdhui, implicite)
        derniere = derniere_rencontre(vu)
        depuis = derniere or vu.dossier.dates.ouverture
        jours = (aujourdhui - depuis).days if depuis else 0
        if jours > resultat.delai:
            resultat.sans_rencontre.append((vu, derniere, jours))
    resultat.sans_rencontre.sort(key=lambda e: (resultat.casemanager_de.get(e[0].id) or "", -e[2]))
    return resultat
