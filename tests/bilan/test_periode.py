from __future__ import annotations

import datetime as dt

import pytest

from filrouge.bilan.periode import date_arret, decision_au, dossier_au
from filrouge.publication import Publication

D = dt.date.fromisoformat


def test_date_arret_par_defaut_31_decembre_ou_aujourdhui() -> None:
    assert date_arret(2019, aujourdhui=D("2026-11-24")) == D("2019-12-31")
    assert date_arret(2026, aujourdhui=D("2026-11-24")) == D("2026-11-24")
    assert date_arret(2019, D("2019-11-15")) == D("2019-11-15")


def test_date_arret_hors_annee_refusee() -> None:
    with pytest.raises(ValueError, match="pas dans l'année 2019"):
        date_arret(2019, D("2020-01-01"))


def _dossier(depot: Publication, ident: str):
    return next(c.dossier for c in depot.dossiers if c.id == ident)


def test_dossier_vu_a_la_date_arret(petit_reseau: Publication) -> None:
    clos_plus_tard = dossier_au(_dossier(petit_reseau, "2019-001"), D("2019-11-15"))
    assert clos_plus_tard.statut == "ouvert" and clos_plus_tard.dates.cloture is None
    ouvert_plus_tard = dossier_au(_dossier(petit_reseau, "2019-004"), D("2019-12-31"))
    assert ouvert_plus_tard.statut == "demande" and ouvert_plus_tard.dates.ouverture is None
    assert dossier_au(_dossier(petit_reseau, "2019-004"), D("2019-12-01")) is None
    inchange = _dossier(petit_reseau, "2018-003")
    assert dossier_au(inchange, D("2019-12-31")) is inchange


def test_decision_prise_apres_la_date_arret_encore_en_attente(petit_reseau: Publication) -> None:
    charge = next(c for c in petit_reseau.dossiers if c.id == "2019-001")
    demande = charge.demandes[0].demande
    assert decision_au(demande, D("2019-11-15")) == "demandee"
    assert decision_au(demande, D("2019-11-20")) == "accordee"
