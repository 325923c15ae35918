"""Le VTIMEZONE Europe/Brussels écrit par filrouge.fuseau, relu par trois lecteurs tiers et comparé à la base tz."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
import vobject
from ical.calendar_stream import IcsCalendarStream
from ical.timezone import IcsTimezoneInfo
from icalendar import Calendar

from filrouge.fuseau import DERNIERE_ANNEE, FUSEAU, PREMIERE_ANNEE, vtimezone

UTC = dt.timezone.utc
ICS = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//essai//FR\r\n"
       + vtimezone().to_ical().decode().replace("Europe/Brussels", "Filrouge-Bruxelles-essai") + "END:VCALENDAR\r\n")
"""Sous un nom qu'aucun lecteur ne connaît : chacun lit les règles écrites, pas sa propre base tz."""


def _par_icalendar() -> dt.tzinfo:
    return Calendar.from_ical(ICS).walk("VTIMEZONE")[0].to_tz()


def _par_vobject() -> dt.tzinfo:
    return vobject.readOne(ICS).vtimezone.gettzinfo()


def _par_ical() -> dt.tzinfo:
    return IcsTimezoneInfo.from_timezone(IcsCalendarStream.calendar_from_ics(ICS).timezones[0])


def _heures_locales() -> list[dt.datetime]:
    """Les heures locales sans ambiguïté autour de chaque changement d'heure de la base tz, et deux par an."""
    instants = [dt.datetime(annee, mois, 15, 12, tzinfo=UTC)
                for annee in range(PREMIERE_ANNEE, DERNIERE_ANNEE + 1) for mois in (1, 7)]
    avant = None
    jour = dt.datetime(PREMIERE_ANNEE, 1, 1, tzinfo=UTC)
    while jour.year <= DERNIERE_ANNEE:  # de jour en jour jusqu'à un changement, puis d'heure en heure autour
        decalage = jour.astimezone(FUSEAU).utcoffset()
        if avant is not None and decalage != avant:
            heures = [jour - dt.timedelta(hours=n) for n in range(24, -1, -1)]
            change = next(i for i, h in enumerate(heures) if h.astimezone(FUSEAU).utcoffset() == decalage)
            instants += [heures[change] + dt.timedelta(minutes=30 + 60 * n) for n in range(-3, 2)]
        avant, jour = decalage, jour + dt.timedelta(days=1)
    locales = [i.astimezone(FUSEAU).replace(tzinfo=None, fold=0) for i in instants]
    return [h for h in locales
            if h.replace(tzinfo=FUSEAU).utcoffset() == h.replace(tzinfo=FUSEAU, fold=1).utcoffset()]


@pytest.mark.parametrize("lecteur", [_par_icalendar, _par_vobject, _par_ical])
def test_chaque_lecteur_retrouve_la_base_tz(lecteur: Callable[[], dt.tzinfo]) -> None:
    """De 1970 à 2199, autour de chaque changement d'heure : le décalage lu est celui de la base tz."""
    fuseau = lecteur()
    heures = _heures_locales()
    assert len(heures) > 400 * 5
    ecarts = [h for h in heures if h.replace(tzinfo=fuseau).utcoffset() != h.replace(tzinfo=FUSEAU).utcoffset()]
    assert not ecarts, ecarts[:5]


def test_regles_annuelles_et_non_listes_de_dates() -> None:
    """Des RRULE, pas de RDATE (vobject n'en lit que la première date) ; quelques composantes seulement."""
    composantes = vtimezone().subcomponents
    assert {c.name for c in composantes} == {"STANDARD", "DAYLIGHT"} and len(composantes) < 10
    assert all("RRULE" in c and "RDATE" not in c for c in composantes)
    # La règle en vigueur : dernier dimanche de mars à 2 h, dernier dimanche d'octobre à 3 h, sans fin.
    ouvertes = {(c.name, c["DTSTART"].dt.time(), c["RRULE"].to_ical().decode())
                for c in composantes if "COUNT" not in c["RRULE"]}
    assert ouvertes == {("DAYLIGHT", dt.time(2), "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3"),
                        ("STANDARD", dt.time(3), "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10")}
