"""Les calendriers iCalendar (.ics) d'un dossier et d'un service : s'abonner une fois, suivre toujours.

Un événement par concertation (notes de synthèse, y compris celles datées à l'avance),
par prochaine rencontre annoncée dans une note sans note à cette date, et par échéance
d'action (événement d'une journée). Une concertation avec `heure` commence à cette heure de
Bruxelles et finit à l'heure de fin de la plage (14:00-16:00), sinon deux heures plus tard.

Les UID ne dépendent que du réseau (nom de reseau.yaml, en minuscules sans accents), du dossier,
de la date et du numéro d'action : une reconstruction du portail met à jour les événements au lieu
de les dupliquer, et deux réseaux aux mêmes numéros de dossier ne se marchent pas dessus dans un
même agenda. Le DTSTAMP est le début du jour de référence (`filrouge.reference`), jamais après
la construction : deux constructions du même jour donnent les mêmes octets.

Un calendrier se synchronise chez des fournisseurs tiers (agendas en ligne) : il ne porte
aucun texte libre des dossiers, seulement l'identifiant du dossier, le numéro de l'action et
des libellés fixes. La phase préparatoire (document interne) n'est jamais lue.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from icalendar import Calendar, Event

from filrouge.anonymat.normalisation import normaliser
from filrouge.francais import ErreurUtilisation
from filrouge.fuseau import FUSEAU, TZID, vtimezone
from filrouge.publication import DossierPublie, Publication

DUREE_CONCERTATION = dt.timedelta(hours=2)
PRODID = "-//Filrouge//Calendrier des concertations//FR"


def domaine_uid(reseau: str) -> str:
    """La partie droite des UID : le nom du réseau en minuscules ASCII (« reseau-sante-kirikou.filrouge »).

    Un nom sans aucune lettre latine (rare) prend une empreinte de ce nom, stable elle aussi.
    """
    nom = re.sub(r"[^a-z0-9]+", "-", normaliser(reseau)).strip("-")
    return f"{nom or hashlib.sha256(reseau.encode()).hexdigest()[:12]}.filrouge"


def horodatage(aujourdhui: dt.date) -> dt.datetime:
    """Le DTSTAMP : minuit à Bruxelles du jour de référence, ou d'aujourd'hui si celui-là est à venir (en UTC)."""
    jour = min(aujourdhui, dt.datetime.now(FUSEAU).date())
    return dt.datetime.combine(jour, dt.time(), tzinfo=FUSEAU).astimezone(dt.timezone.utc)


def entete(nom: str) -> Calendar:
    """Le calendrier vide, avec son nom d'affichage."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", nom)
    cal.add("x-wr-timezone", TZID)
    return cal


def a_une_heure(evenement: Event) -> bool:
    """L'événement commence à une heure de Bruxelles : le calendrier doit alors porter le fuseau."""
    return isinstance(evenement.decoded("dtstart"), dt.datetime)


def _evenement(uid: str, resume: str, cachet: dt.datetime, jour: dt.date,
               horaire: tuple[dt.time, dt.time | None] | None = None) -> Event:
    evenement = Event()
    evenement.add("uid", uid)
    evenement.add("summary", resume)
    evenement.add("dtstamp", cachet)
    if horaire is None:
        evenement.add("dtstart", jour)
        evenement.add("dtend", jour + dt.timedelta(days=1))
    else:
        debut, fin = horaire
        depart = dt.datetime.combine(jour, debut, tzinfo=FUSEAU)
        evenement.add("dtstart", depart)
        evenement.add("dtend", depart + DUREE_CONCERTATION if fin is None else dt.datetime.combine(jour, fin, tzinfo=FUSEAU))
    return evenement


def evenements(publie: DossierPublie, domaine: str, cachet: dt.datetime) -> list[Event]:
    """Les événements d'un dossier : concertations, prochaines rencontres annoncées, échéances d'actions.

    `domaine` : celui de `domaine_uid` ; `cachet` : celui de `horodatage`.
    """
    dossier = publie.dossier
    resultat: list[Event] = []
    notes = [n.note for n in publie.notes]
    dates_notes = {n.date for n in notes}
    annoncees: set[dt.date] = set()
    for note in notes:
        resultat.append(_evenement(f"concertation-{dossier.id}-{note.date.isoformat()}@{domaine}",
                                   f"Concertation – dossier {dossier.id}", cachet, note.date, note.horaire))
        prochaine = note.prochaine_rencontre.date if note.prochaine_rencontre else None
        cloture = dossier.dates.cloture
        if prochaine and prochaine not in dates_notes and prochaine not in annoncees and (cloture is None or prochaine <= cloture):
            annoncees.add(prochaine)
            resultat.append(_evenement(f"concertation-{dossier.id}-{prochaine.isoformat()}@{domaine}",
                                       f"Prochaine concertation – dossier {dossier.id}", cachet, prochaine))
        for action in note.actions:
            if action.statut == "abandonnee":
                continue
            faite = " (faite)" if action.statut == "faite" else ""
            resultat.append(_evenement(f"echeance-{dossier.id}-{note.date.isoformat()}-{action.numero}@{domaine}",
                                       f"Échéance : action n°{action.numero} de la note du "
                                       f"{note.date.strftime('%d/%m/%Y')}{faite} – dossier {dossier.id}",
                                       cachet, action.echeance))
    return resultat


def _assembler(nom: str, contenu: list[Event]) -> bytes:
    """Le calendrier complet : en-tête, fuseau s'il sert (avant les événements qui le citent), événements."""
    cal = entete(nom)
    if any(a_une_heure(e) for e in contenu):
        cal.add_component(vtimezone())
    for evenement in contenu:
        cal.add_component(evenement)
    return cal.to_ical()


def ics_dossier(pub: Publication, id_dossier: str, aujourdhui: dt.date) -> bytes:
    """Le calendrier d'un dossier publié."""
    publie = pub.dossier(id_dossier)
    if publie is None:
        raise ErreurUtilisation(f"dossier inconnu ou non publié : {id_dossier}")
    return _assembler(f"Filrouge – dossier {publie.id}",
                     evenements(publie, domaine_uid(pub.config.reseau), horodatage(aujourdhui)))


def ics_service(pub: Publication, id_service: str, aujourdhui: dt.date) -> bytes:
    """Le calendrier d'un service : tous les dossiers publiés où l'un de ses professionnels est acteur."""
    service = pub.partenaires.service(id_service)
    if service is None:
        raise ErreurUtilisation(f"service inconnu dans l'annuaire : {id_service}")
    domaine, cachet = domaine_uid(pub.config.reseau), horodatage(aujourdhui)
    return _assembler(f"Filrouge – {service.nom}",
                     [e for publie in pub.dossiers if id_service in publie.services
                      for e in evenements(publie, domaine, cachet)])
