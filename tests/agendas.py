"""Trois lecteurs iCalendar tiers, comme chez les partenaires : icalendar, vobject et ical (Home Assistant).

Chacun lit le même .ics à sa façon (vobject passe le fuseau à dateutil, ical le valide
strictement) ; `lire` ramène leurs lectures à une même forme, instants en UTC, pour que les
tests comparent les trois entre eux et à l'attendu.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import vobject
from ical.calendar_stream import IcsCalendarStream
from icalendar import Calendar

UTC = dt.timezone.utc
LECTEURS = ("icalendar", "vobject", "ical")


@dataclass(frozen=True)
class Lu:
    resume: str
    debut: dt.date | dt.datetime
    fin: dt.date | dt.datetime
    cachet: dt.datetime


def _utc(valeur: dt.date | dt.datetime) -> dt.date | dt.datetime:
    """Un instant en UTC (un instant sans fuseau serait une heure flottante : erreur) ; une date reste une date."""
    if isinstance(valeur, dt.datetime):
        assert valeur.tzinfo is not None, f"heure flottante {valeur}"
        return valeur.astimezone(UTC)
    return valeur


def _par_icalendar(ics: bytes) -> dict[str, Lu]:
    return {str(e["uid"]): Lu(str(e["summary"]), _utc(e.decoded("dtstart")), _utc(e.decoded("dtend")),
                              _utc(e.decoded("dtstamp")))  # type: ignore[arg-type]
            for e in Calendar.from_ical(ics).walk("VEVENT")}


def _par_vobject(ics: bytes) -> dict[str, Lu]:
    calendrier = vobject.readOne(ics.decode("utf-8"))
    return {e.uid.value: Lu(e.summary.value, _utc(e.dtstart.value), _utc(e.dtend.value), _utc(e.dtstamp.value))
            for e in getattr(calendrier, "vevent_list", [])}


def _par_ical(ics: bytes) -> dict[str, Lu]:
    calendrier = IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))
    return {str(e.uid): Lu(str(e.summary), _utc(e.dtstart), _utc(e.end), _utc(e.dtstamp))  # type: ignore[arg-type]
            for e in calendrier.events}


def lire(ics: bytes) -> dict[str, dict[str, Lu]]:
    """{lecteur: {UID: lecture}} pour les trois lecteurs."""
    return {"icalendar": _par_icalendar(ics), "vobject": _par_vobject(ics), "ical": _par_ical(ics)}


def lire_d_accord(ics: bytes) -> dict[str, Lu]:
    """La lecture commune aux trois lecteurs ; échoue s'ils ne lisent pas les mêmes événements aux mêmes instants."""
    lectures = lire(ics)
    reference = lectures["icalendar"]
    for lecteur, lu in lectures.items():
        assert lu == reference, f"{lecteur} ne lit pas comme icalendar : {_ecarts(reference, lu)}"
    return reference


def _ecarts(a: dict[str, Lu], b: dict[str, Lu]) -> list[str]:
    return [f"{uid} : {a.get(uid)} ≠ {b.get(uid)}" for uid in sorted(set(a) | set(b)) if a.get(uid) != b.get(uid)][:5]
