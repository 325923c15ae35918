"""La période d'un bilan et l'état des dossiers à sa date d'arrêt.

Un bilan publié « arrête ses chiffres » à une date (le bilan 2019 au 15 novembre) : un
dossier clôturé après cette date était encore en cours, une demande décidée après était
encore pendante. Recalculer le bilan d'une année passée doit donc voir les dossiers tels
qu'ils étaient ce jour-là, pas tels qu'ils sont aujourd'hui.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from filrouge.modele import Dossier, Financement
from filrouge.modele.financement import StatutDecision
from filrouge.reference import aujourdhui as date_de_reference


@dataclass(frozen=True)
class Periode:
    """Du 1er janvier de l'année à la date d'arrêt incluse."""

    annee: int
    au: dt.date

    @property
    def debut(self) -> dt.date:
        return dt.date(self.annee, 1, 1)

    def contient(self, jour: dt.date | None) -> bool:
        return jour is not None and self.debut <= jour <= self.au


def date_arret(annee: int, au: dt.date | None = None, aujourdhui: dt.date | None = None) -> dt.date:
    """La date d'arrêt : celle demandée, sinon le 31 décembre, ou aujourd'hui si l'année n'est pas finie."""
    if au is not None:
        if au.year != annee:
            raise ValueError(f"la date d'arrêt {au.isoformat()} n'est pas dans l'année {annee}")
        return au
    fin = dt.date(annee, 12, 31)
    jour = aujourdhui or date_de_reference()
    return min(fin, jour) if jour.year == annee else fin


def dossier_au(dossier: Dossier, au: dt.date) -> Dossier | None:
    """Le dossier tel qu'il était à la date d'arrêt ; None si la demande n'était pas encore arrivée.

    Ses périodes de suivi s'arrêtent à cette date : une réouverture postérieure n'existe pas
    encore, une clôture postérieure n'a pas encore eu lieu.
    """
    dates = dossier.dates
    if dates.demande > au:
        return None
    if dossier.statut not in ("ouvert", "clos"):
        return dossier
    periodes = [p if p.cloture is None or p.cloture <= au else p.model_copy(update={"cloture": None, "motif_cloture": None})
                for p in dossier.periodes if p.ouverture <= au]
    if not periodes:
        return dossier.model_copy(update={"statut": "demande", "episodes": [],
                                          "dates": dates.model_copy(update={"ouverture": None, "cloture": None})})
    cloture = periodes[-1].cloture
    if list(dossier.periodes) == periodes:
        return dossier
    return dossier.model_copy(update={"statut": "clos" if cloture else "ouvert", "episodes": periodes,
                                      "dates": dates.model_copy(update={"ouverture": periodes[0].ouverture,
                                                                        "cloture": cloture})})


def suivi_dans(dossier: Dossier, periode: Periode) -> tuple[dt.date, dt.date | None] | None:
    """Le suivi d'un dossier (vu à la date d'arrêt) pendant la période : l'ouverture de sa première période
    qui touche la période et la clôture de la dernière (None : encore en cours) ; None s'il n'en touche aucune.

    Un ancien dossier n'a qu'une période : ce sont ses dates. Un dossier clos en 2018 et rouvert en 2026
    ne touche ni 2019 ni 2025 : ces années ne le comptent pas.
    """
    touchent = [p for p in dossier.periodes
                if p.ouverture <= periode.au and (p.cloture is None or p.cloture >= periode.debut)]
    if not touchent:
        return None
    return touchent[0].ouverture, touchent[-1].cloture


def decision_au(financement: Financement, au: dt.date) -> StatutDecision:
    """Une décision prise après la date d'arrêt était encore en attente ce jour-là."""
    decision = financement.decision
    if decision.date is not None and decision.date > au:
        return "demandee"
    return decision.statut
