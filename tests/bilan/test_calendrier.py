from __future__ import annotations

import datetime as dt

import pytest
import yaml
from icalendar import Calendar

from filrouge.calendrier import ics_dossier, ics_service
from filrouge.publication import charger
from filrouge.francais import ErreurUtilisation
from tests.bilan.fabrique import Fabrique


@pytest.fixture
def depot(fabrique: Fabrique):
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune"], prochaine="2019-03-15", echeances=["2019-02-20", "2019-03-01"])
    f.note("2019-001", "2019-03-15", ["a1", "psy"], prochaine="2019-05-10", heure="9h30",
           actions=[{"numero": 1, "description": "abandonnée", "effets_attendus": "x", "qui": ["a1"], "quoi": "x",
                     "echeance": dt.date(2019, 4, 1), "statut": "abandonnee"}])
    (f.racine / "dossiers/2019-001/preparation.yaml").write_text(yaml.safe_dump({
        "date": dt.date(2019, 1, 12), "initiateur": "a1", "code": "CDF20055000", "personnes": [],
        "analyse_holistique": True, "attentes": {"jeune": "attente interne"},
        "rencontre": {"date": dt.date(2019, 1, 25), "heure": "10:00", "lieu": "lieu interne"}}), encoding="utf-8")
    f.dossier("2019-002", demande="2019-02-01", ouverture="2019-02-05",
              acteurs=[{"id": "a1", "role": "professionnel", "service": "saj-namur"},
                       {"id": "psy", "role": "professionnel", "service": "pedopsychiatre-prive"}])
    f.note("2019-002", "2019-02-20", ["a1", "psy"], echeances=["2019-03-20"])
    return charger(f.racine)


def _evenements(ics: bytes) -> dict[str, dict[str, object]]:
    cal = Calendar.from_ical(ics)
    return {str(e["uid"]): {"resume": str(e["summary"]), "debut": e.decoded("dtstart")} for e in cal.walk("VEVENT")}


def test_un_evenement_par_rencontre_et_echeance(depot) -> None:
    evenements = _evenements(ics_dossier(depot, "2019-001"))
    assert set(evenements) == {
        "concertation-2019-001-2019-02-01@filrouge", "concertation-2019-001-2019-03-15@filrouge",
        "concertation-2019-001-2019-05-10@filrouge",  # prochaine rencontre annoncée, pas encore de note
        "echeance-2019-001-2019-02-01-1@filrouge", "echeance-2019-001-2019-02-01-2@filrouge",
    }  # l'action abandonnée n'a pas d'échéance
    assert evenements["echeance-2019-001-2019-02-01-2@filrouge"]["debut"] == dt.date(2019, 3, 1)
    assert evenements["concertation-2019-001-2019-05-10@filrouge"]["resume"] == "Prochaine concertation – dossier 2019-001"
    debut = evenements["concertation-2019-001-2019-03-15@filrouge"]["debut"]
    assert isinstance(debut, dt.datetime) and (debut.hour, debut.minute) == (9, 30)
    assert debut.utcoffset() == dt.timedelta(hours=1)  # heure de Bruxelles en hiver


def test_rien_de_la_phase_preparatoire_ni_texte_libre(depot) -> None:
    ics = ics_dossier(depot, "2019-001")
    assert b"20190125" not in ics and b"interne" not in ics
    assert b"au service" not in ics and b"action 1" not in ics  # ni lieu ni description d'action


def test_uid_stables_d_une_construction_a_l_autre(depot, fabrique: Fabrique) -> None:
    assert ics_dossier(depot, "2019-001") == ics_dossier(charger(fabrique.racine), "2019-001")


def test_calendrier_d_un_service(depot) -> None:
    assert set(_evenements(ics_service(depot, "saj-namur"))) == {
        "concertation-2019-002-2019-02-20@filrouge", "echeance-2019-002-2019-02-20-1@filrouge"}
    assert len(_evenements(ics_service(depot, "pedopsychiatre-prive"))) == 5 + 2
    assert _evenements(ics_service(depot, "ippj-fraipont")) == {}
    with pytest.raises(ErreurUtilisation):
        ics_service(depot, "inconnu")
    with pytest.raises(ErreurUtilisation):
        ics_dossier(depot, "2030-001")
