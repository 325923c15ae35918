"""Ce que le portail montre, calculé une fois depuis le dépôt chargé : aucun HTML ici.

Les pages, les tableaux et les tests lisent ces vues ; l'état d'une action (en retard,
bientôt…) n'est calculé qu'ici, par rapport à la date de référence des réglages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from filrouge.activite import actifs_le, est_actif
from filrouge.depot import Depot, DossierCharge, Fichier
from filrouge.modele import Action, Concertation, Dossier, Financement
from filrouge.portail.confidentialite import charge_publiable
from filrouge.portail.reglages import JOURS_BIENTOT

_ID_SUR = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,60}")
MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")
STATUTS_DOSSIER = {"demande": "demande", "ouvert": "ouvert", "clos": "clos", "non_ouvert": "non ouvert"}
STATUTS_ACTION = {"a_faire": "à faire", "en_cours": "en cours", "faite": "faite", "abandonnee": "abandonnée"}
STATUTS_DECISION = {"demandee": "en attente de décision", "accordee": "accordée", "refusee": "refusée",
                    "retiree": "retirée"}


def date_fr(jour: dt.date | None) -> str:
    """12 mars 2019, 1er avril 2019 : la date telle qu'on l'écrit dans une note."""
    if jour is None:
        return "—"
    return f"{'1er' if jour.day == 1 else jour.day} {MOIS[jour.month - 1]} {jour.year}"


@dataclass(frozen=True)
class Etat:
    """L'état d'une action à la date de référence : une clé stable, une classe CSS, un libellé."""

    cle: str
    classe: str
    libelle: str


def etat_action(action: Action, aujourdhui: dt.date) -> Etat:
    if action.statut in ("faite", "abandonnee"):
        return Etat("terminee", "action-terminee", STATUTS_ACTION[action.statut].capitalize())
    ecart = (action.echeance - aujourdhui).days
    if ecart < 0:
        jours = -ecart
        return Etat("en_retard", "action-en-retard", f"En retard de {jours} jour{'s' if jours > 1 else ''}")
    if ecart <= JOURS_BIENTOT:
        quand = "aujourd'hui" if ecart == 0 else ("demain" if ecart == 1 else f"dans {ecart} jours")
        return Etat("bientot", "action-bientot", f"Échéance {quand}")
    return Etat("a_venir", "action-a-venir", "À venir")


@dataclass
class DossierVu:
    """Un dossier publiable et ce qu'on en résume dans l'index."""

    charge: DossierCharge
    dossier: Dossier
    notes: list[tuple[Fichier[Concertation], Concertation]]
    financements: list[Financement]

    @property
    def id(self) -> str:
        return self.charge.id

    @property
    def courante(self) -> Concertation | None:
        return self.notes[-1][1] if self.notes else None

    @property
    def referent(self) -> str:
        note = self.courante
        return (note.referent if note and note.referent else None) or self.dossier.initiateur

    @property
    def derniere_rencontre(self) -> dt.date | None:
        return self.courante.date if self.courante else None

    @property
    def prochaine_rencontre(self) -> dt.date | None:
        note = self.courante
        return note.prochaine_rencontre.date if note and note.prochaine_rencontre else None

    def actions(self) -> list[Action]:
        return sorted(self.courante.actions, key=lambda a: a.numero) if self.courante else []

    def ouvertes(self) -> list[Action]:
        return [a for a in self.actions() if a.statut in ("a_faire", "en_cours")]

    def en_retard(self, aujourdhui: dt.date) -> list[Action]:
        return [a for a in self.ouvertes() if etat_action(a, aujourdhui).cle == "en_retard"]

    def statut_financement(self) -> str:
        if not self.financements:
            return "aucune demande"
        compte: dict[str, int] = defaultdict(int)
        for f in self.financements:
            compte[f.decision.statut] += 1
        return ", ".join(f"{n} {STATUTS_DECISION[s]}" for s, n in sorted(compte.items()))

    def services(self) -> set[str]:
        return {a.service for a in self.dossier.acteurs if a.service}


def dossiers_vus(depot: Depot, pour: str | None = None) -> list[DossierVu]:
    """Les dossiers publiables (dossier.yaml valide, identifiant sûr), restreints au service `pour`.

    Un fichier invalide n'est pas publié : `filrouge valider` dit pourquoi. Chaque vue porte
    le dossier tel qu'il est publié (`confidentialite.charge_publiable`) : sans phase
    préparatoire, et chaque champ de texte privé de ses passages `<!-- interne -->`, pour
    les pages comme pour les versions imprimables.
    """
    vus: list[DossierVu] = []
    for brut in depot.dossiers:
        if brut.modele is None or not _ID_SUR.fullmatch(brut.id):
            continue
        if pour is not None and not any(a.service == pour for a in brut.modele.acteurs):
            continue
        charge = charge_publiable(brut)
        dossier = charge.modele
        assert dossier is not None
        notes = sorted(charge.notes_valides(), key=lambda fc: (fc[1].date, fc[0].relatif))
        financements = [f.modele for f in charge.financements if f.modele is not None]
        vus.append(DossierVu(charge, dossier, notes, sorted(financements, key=lambda f: f.date_demande)))
    return vus


@dataclass(frozen=True)
class ActionVue:
    """Une action de la note courante d'un dossier, vue depuis « Mes actions »."""

    dossier: DossierVu
    action: Action


def actions_par_service(vus: list[DossierVu]) -> dict[str, list[ActionVue]]:
    """Pour chaque service de l'annuaire, les actions dont un porteur (qui) relève de ce service.

    Les dossiers clos ou non ouverts n'ont plus d'actions à porter.
    """
    par_service: dict[str, list[ActionVue]] = defaultdict(list)
    for vu in vus:
        if vu.dossier.statut in ("clos", "non_ouvert"):
            continue
        acteurs = vu.charge.acteurs()
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
    demandes_en_attente: list[tuple[DossierVu, Financement]] = field(default_factory=list)
    actifs: int = 0
    capacite: int = 0
    sans_rencontre: list[tuple[DossierVu, dt.date | None, int]] = field(default_factory=list)
    delai: int = 0

    @property
    def reste(self) -> float | None:
        return None if self.enveloppe is None else self.enveloppe - self.accorde - self.en_attente


def coordination(depot: Depot, vus: list[DossierVu], aujourdhui: dt.date) -> Coordination:
    """Enveloppe de l'année (par date de demande, comme la règle enveloppe.annee), attente, capacité."""
    config = depot.config
    annee = aujourdhui.year
    resultat = Coordination(annee, config.enveloppe(annee), 0.0, 0.0, capacite=config.capacite_dossiers_actifs,
                            delai=config.delai_sans_concertation_jours)
    for vu in vus:
        for f in vu.financements:
            if f.decision.statut == "demandee":
                resultat.demandes_en_attente.append((vu, f))
            if f.date_demande.year != annee:
                continue
            if f.decision.statut == "accordee":
                resultat.accorde += f.decision.montant_accorde or 0.0
            elif f.decision.statut == "demandee":
                resultat.en_attente += f.montant_demande
    resultat.actifs = actifs_le([vu.dossier for vu in vus], aujourdhui)
    for vu in vus:
        if not est_actif(vu.dossier, aujourdhui):
            continue
        depuis = vu.derniere_rencontre or vu.dossier.dates.ouverture
        jours = (aujourdhui - depuis).days if depuis else 0
        if jours > resultat.delai:
            resultat.sans_rencontre.append((vu, vu.derniere_rencontre, jours))
    resultat.sans_rencontre.sort(key=lambda e: -e[2])
    return resultat
