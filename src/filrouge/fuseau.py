"""Le fuseau Europe/Brussels écrit en VTIMEZONE à règles annuelles (RRULE), que tous les agendas lisent pareil.

icalendar (`Timezone.from_tzid`, `Calendar.add_missing_timezones`) écrit chaque changement
d'heure comme une date d'une longue liste RDATE, de 1970 à 2038 seulement. vobject ne garde que
la première date d'une liste RDATE : il lisait les rencontres d'été à l'heure d'hiver. Ici, les
changements d'heure sont tirés de zoneinfo (la base tz), de 1970 à 2199 (la borne des dates du
modèle), et chaque suite d'années à la même règle (« dernier dimanche de mars à 2 h ») devient une
composante STANDARD ou DAYLIGHT avec sa RRULE, bornée par COUNT sauf la dernière. Une règle qui
change dans la base tz (fin de l'heure d'été…) change donc le fuseau écrit, sans toucher au code.

Avant 1970, le fuseau ne dit rien (RFC 5545) et chaque agenda fait à sa façon : aucune rencontre
d'un dossier de casemanagement n'est si ancienne, et écrire tout le XXe siècle belge ajouterait
quarante composantes à chaque calendrier.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

TZID = "Europe/Brussels"
FUSEAU = ZoneInfo(TZID)
PREMIERE_ANNEE, DERNIERE_ANNEE = 1970, 2199
_UTC = dt.timezone.utc
_JOURS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True)
class _Changement:
    """Un changement d'heure : l'instant (UTC), les décalages avant et après, le nom de l'heure qui commence."""

    instant: dt.datetime
    avant: dt.timedelta
    apres: dt.timedelta
    nom: str
    ete: bool

    @property
    def local(self) -> dt.datetime:
        """L'heure locale du changement, lue à l'heure d'avant (RFC 5545, 3.6.5 : 2 h le jour du passage à l'été)."""
        return (self.instant + self.avant).replace(tzinfo=None)

    @property
    def regle(self) -> tuple[object, ...]:
        """Ce qui doit rester identique d'une année à l'autre pour qu'une même RRULE décrive les deux."""
        jour = self.local
        dernier = jour.day + 7 > calendar.monthrange(jour.year, jour.month)[1]
        rang = -1 if dernier else (jour.day - 1) // 7 + 1
        return (self.ete, self.avant, self.apres, self.nom, jour.month, rang, jour.weekday(), jour.time())


def _changements() -> list[_Changement]:
    """Les changements d'heure de la base tz, semaine par semaine puis à la seconde près (dichotomie)."""
    def decalage(instant: dt.datetime) -> dt.timedelta:
        return instant.astimezone(FUSEAU).utcoffset() or dt.timedelta()

    resultat: list[_Changement] = []
    instant = dt.datetime(PREMIERE_ANNEE, 1, 1, tzinfo=_UTC)
    fin = dt.datetime(DERNIERE_ANNEE + 1, 1, 1, tzinfo=_UTC)
    courant = decalage(instant)
    while instant < fin:
        suivant = instant + dt.timedelta(days=7)
        if decalage(suivant) != courant:
            avant, apres = instant, suivant
            while apres - avant > dt.timedelta(seconds=1):
                milieu = avant + dt.timedelta(seconds=(apres - avant).total_seconds() // 2)
                avant, apres = (milieu, apres) if decalage(milieu) == courant else (avant, milieu)
            local = apres.astimezone(FUSEAU)
            resultat.append(_Changement(apres, courant, decalage(apres), local.tzname() or "", bool(local.dst())))
            courant = decalage(apres)
        instant = suivant
    return resultat


def _composante(premier: _Changement, annees: int | None) -> TimezoneStandard | TimezoneDaylight:
    """Une composante qui commence à `premier` et revient `annees` fois chaque année (None : à jamais)."""
    composante = TimezoneDaylight() if premier.ete else TimezoneStandard()
    composante.add("dtstart", premier.local)
    composante.add("tzoffsetfrom", premier.avant)
    composante.add("tzoffsetto", premier.apres)
    composante.add("tzname", premier.nom)
    # Une RRULE même pour un seul changement : ical ne lit pas une composante sans RRULE ni RDATE.
    _, _, _, _, mois, rang, jour_semaine, _ = premier.regle
    regle = vRecur(freq="YEARLY", bymonth=mois, byday=f"{rang}{_JOURS[jour_semaine]}")
    if annees is not None:
        # COUNT plutôt que UNTIL : dateutil (donc vobject) compare UNTIL, en UTC, à l'heure
        # locale et perd la dernière année ; ical refuse un UNTIL en UTC face à un DTSTART local.
        regle["count"] = annees
    composante.add("rrule", regle)
    return composante


@cache
def vtimezone() -> Timezone:
    """Le VTIMEZONE Europe/Brussels, calculé une fois par processus (ne pas le modifier)."""
    suites: list[list[_Changement]] = []
    for changement in _changements():
        suite = next((s for s in suites if s[-1].regle == changement.regle
                      and s[-1].local.year == changement.local.year - 1), None)
        if suite is None:
            suites.append([changement])
        else:
            suite.append(changement)
    debut = dt.datetime(PREMIERE_ANNEE, 1, 1, tzinfo=FUSEAU)
    decalage = debut.utcoffset() or dt.timedelta()
    initial = _Changement(debut.astimezone(_UTC), decalage, decalage, debut.tzname() or "", bool(debut.dst()))
    fuseau = Timezone()
    fuseau.add("tzid", TZID)
    fuseau.add_component(_composante(initial, 1))
    for suite in suites:
        ouverte = len(suite) > 1 and suite[-1].local.year == DERNIERE_ANNEE
        fuseau.add_component(_composante(suite[0], None if ouverte else len(suite)))
    return fuseau
