"""Les calendriers iCalendar (.ics) d'un dossier et d'un service : s'abonner une fois, suivre toujours.

Un événement par concertation (notes de synthèse, y compris celles datées à l'avance),
par prochaine rencontre annoncée dans une note sans note à cette date, et par échéance
d'action (événement d'une journée). Les UID ne dépendent que du dossier, de la date et du
numéro d'action : une reconstruction du portail met à jour les événements au lieu de les
dupliquer.

Un calendrier s'synchronise chez des fournisseurs tiers (agendas en ligne) : il ne porte
aucun texte libre des dossiers, seulement l'identifiant du dossier, le numéro de l'action et
des libellés fixes. La phase préparatoire (document interne) n'est jamais lue.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event

from filrouge.francais import ErreurUtilisation
from filrouge.publication import DossierPublie, Publication

FUSEAU = ZoneInfo("Europe/Brussels")
DUREE_CONCERTATION = dt.timedelta(hours=2)
DOMAINE_UID = "filrouge"
PRODID = "-//Filrouge//Calendrier des concertations//FR"


def _calendrier(nom: str) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", nom)
    cal.add("x-wr-timezone", "Europe/Brussels")
    return cal


def _heure(texte: str | None) -> dt.time | None:
    """« 14:00 », « 14h30 » → l'heure ; sinon None (l'événement dure alors la journée)."""
    if not texte:
        return None
    heures, _, minutes = texte.strip().lower().replace("h", ":").partition(":")
    try:
        return dt.time(int(heures), int(minutes or 0))
    except ValueError:
        return None


def _evenement(uid: str, resume: str, jour: dt.date, heure: dt.time | None = None) -> Event:
    evenement = Event()
    evenement.add("uid", f"{uid}@{DOMAINE_UID}")
    evenement.add("summary", resume)
    evenement.add("dtstamp", dt.datetime(jour.year, jour.month, jour.day, tzinfo=dt.timezone.utc))
    if heure is None:
        evenement.add("dtstart", jour)
        evenement.add("dtend", jour + dt.timedelta(days=1))
    else:
        debut = dt.datetime.combine(jour, heure, tzinfo=FUSEAU)
        evenement.add("dtstart", debut)
        evenement.add("dtend", debut + DUREE_CONCERTATION)
    return evenement


def evenements(publie: DossierPublie) -> list[Event]:
    """Les événements d'un dossier : concertations, prochaines rencontres annoncées, échéances d'actions."""
    dossier = publie.dossier
    resultat: list[Event] = []
    notes = [n.note for n in publie.notes]
    dates_notes = {n.date for n in notes}
    annoncees: set[dt.date] = set()
    for note in notes:
        resultat.append(_evenement(f"concertation-{dossier.id}-{note.date.isoformat()}",
                                   f"Concertation – dossier {dossier.id}", note.date, _heure(note.heure)))
        prochaine = note.prochaine_rencontre.date if note.prochaine_rencontre else None
        cloture = dossier.dates.cloture
        if prochaine and prochaine not in dates_notes and prochaine not in annoncees and (cloture is None or prochaine <= cloture):
            annoncees.add(prochaine)
            resultat.append(_evenement(f"concertation-{dossier.id}-{prochaine.isoformat()}",
                                       f"Prochaine concertation – dossier {dossier.id}", prochaine))
        for action in note.actions:
            if action.statut == "abandonnee":
                continue
            faite = " (faite)" if action.statut == "faite" else ""
            resultat.append(_evenement(f"echeance-{dossier.id}-{note.date.isoformat()}-{action.numero}",
                                       f"Échéance : action n°{action.numero} de la note du "
                                       f"{note.date.strftime('%d/%m/%Y')}{faite} – dossier {dossier.id}",
                                       action.echeance))
    return resultat


def ics_dossier(pub: Publication, id_dossier: str) -> bytes:
    """Le calendrier d'un dossier publié."""
    publie = pub.dossier(id_dossier)
    if publie is None:
        raise ErreurUtilisation(f"dossier inconnu ou non publié : {id_dossier}")
    cal = _calendrier(f"Filrouge – dossier {publie.id}")
    for evenement in evenements(publie):
        cal.add_component(evenement)
    cal.add_missing_timezones()
    return cal.to_ical()


def ics_service(pub: Publication, id_service: str) -> bytes:
    """Le calendrier d'un service : tous les dossiers publiés où l'un de ses professionnels est acteur."""
    service = pub.partenaires.service(id_service)
    if service is None:
        raise ErreurUtilisation(f"service inconnu dans l'annuaire : {id_service}")
    cal = _calendrier(f"Filrouge – {service.nom}")
    for publie in pub.dossiers:
        if id_service in publie.services:
            for evenement in evenements(publie):
                cal.add_component(evenement)
    cal.add_missing_timezones()
    return cal.to_ical()
