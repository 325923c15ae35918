"""Les fichiers publiés à côté des pages : calendriers, versions imprimables, tableaux du bilan en CSV.

Ce ne sont pas des pages MkDocs (ni navigation, ni index de recherche) : le crochet
`on_files` les ajoute comme fichiers générés, en mémoire. Leurs chemins sont fixés ici
une seule fois, pour que les pages qui y renvoient et les fichiers eux-mêmes concordent.

- calendriers : `dossiers/<id>.ics` et `actions/<service>.ics` (filrouge.calendrier) ;
- versions imprimables : `dossiers/<id>/impression/note-<fichier>.html` et
  `…/demande-<fichier>.html`, le HTML de filrouge.impression (celui du PDF), tel quel ;
- bilan : `bilan/<annee>.md` (une page par année qui a des dossiers) et ses tableaux CSV,
  `bilan/bilan-<annee>-<tableau>.csv`, les noms vers lesquels la page renvoie.

La phase préparatoire n'est lue par aucun de ces générateurs ; la vérification finale
(`publication.controle.fuites`) relit aussi ces fichiers, calendriers compris.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from filrouge.publication import DossierPublie, Publication

if TYPE_CHECKING:
    from filrouge.modele import BilanArrete

REPERTOIRE_BILAN = "bilan"


def uri_ics_dossier(id_dossier: str) -> str:
    return f"dossiers/{id_dossier}.ics"


def uri_ics_service(id_service: str) -> str:
    return f"actions/{id_service}.ics"


def impressions_du_dossier(vu: DossierPublie) -> tuple[dict[str, str], dict[str, str]]:
    """Les chemins des versions imprimables d'un dossier, par fichier de note et par fichier de demande.

    Le nom vient de la date de la note ou de la demande (« note-2019-05-20 », « demande-2019-05-25 »),
    jamais du nom du fichier, que l'auteur choisit librement ; un doublon reçoit un suffixe.
    """
    base = f"dossiers/{vu.id}/impression"
    pris: set[str] = set()

    def unique(nom: str) -> str:
        candidat, n = nom, 1
        while candidat in pris:
            n += 1
            candidat = f"{nom}-{n}"
        pris.add(candidat)
        return f"{base}/{candidat}.html"

    notes = {n.relatif: unique(f"note-{n.note.date.isoformat()}") for n in vu.notes}
    demandes = {d.relatif: unique(f"demande-{d.demande.date_demande.isoformat()}") for d in vu.demandes}
    return notes, demandes


def impressions(pub: Publication) -> dict[str, str]:
    """{chemin: HTML autonome} de chaque note de synthèse et de chaque demande de financement publiées."""
    from filrouge.impression.document import html_demande, html_note

    resultat: dict[str, str] = {}
    for vu in pub.dossiers:
        notes, demandes = impressions_du_dossier(vu)
        for note in vu.notes:
            resultat[notes[note.relatif]] = html_note(pub, vu, note)
        for demande in vu.demandes:
            resultat[demandes[demande.relatif]] = html_demande(pub, vu, demande)
    return resultat


def services_calendrier(pub: Publication) -> list[str]:
    """Les services dont le calendrier est publié : celui du portail restreint, sinon tous les acteurs.

    Un portail `--pour` ne publie que le calendrier de son service : celui d'un autre
    service porterait les dossiers que ce portail ne montre pas.
    """
    if pub.pour is not None:
        return [pub.pour]
    presents: set[str] = set()
    for vu in pub.dossiers:
        presents |= vu.services
    return [s.id for s in pub.partenaires.services if s.id in presents]


class Calendriers:
    """Les calendriers de `filrouge.calendrier`, assemblés sans refaire le même travail mille fois.

    `ics_dossier` et `ics_service` resérialisent chaque événement d'un dossier dans le
    calendrier de chaque service où il figure : 15 s pour mille dossiers. Ici, chaque
    événement est sérialisé une fois (`calendrier.evenements`, les mêmes UID et libellés),
    le fuseau une fois, et chaque calendrier est l'en-tête de `calendrier` suivi de ces
    morceaux, dans l'ordre où la bibliothèque les écrit : les octets sont ceux de
    `ics_dossier` / `ics_service` (tests/portail/test_annexes.py le vérifie).
    """

    def __init__(self, pub: Publication, aujourdhui: dt.date) -> None:
        from filrouge.calendrier import domaine_uid, horodatage

        self.pub = pub
        self._domaine, self._cachet = domaine_uid(pub.config.reseau), horodatage(aujourdhui)
        self._evenements: dict[str, list[tuple[bytes, bool]]] = {}
        self._fuseau: bytes | None = None

    def _du_dossier(self, d: DossierPublie) -> list[tuple[bytes, bool]]:
        """Chaque événement sérialisé, et s'il porte une heure (donc le fuseau)."""
        from filrouge.calendrier import a_une_heure, evenements

        if d.id not in self._evenements:
            self._evenements[d.id] = [(e.to_ical(), a_une_heure(e)) for e in evenements(d, self._domaine, self._cachet)]
        return self._evenements[d.id]

    def _vtimezone(self) -> bytes:
        if self._fuseau is None:
            from filrouge.fuseau import vtimezone

            self._fuseau = vtimezone().to_ical()
        return self._fuseau

    def _assembler(self, nom: str, dossiers: Iterable[DossierPublie]) -> bytes:
        from filrouge.calendrier import entete

        morceaux = [m for d in dossiers for m in self._du_dossier(d)]
        debut = entete(nom).to_ical()
        fin = b"END:VCALENDAR\r\n"
        assert debut.endswith(fin)
        fuseau = self._vtimezone() if any(heure for _, heure in morceaux) else b""
        return debut[:-len(fin)] + fuseau + b"".join(m for m, _ in morceaux) + fin

    def dossier(self, d: DossierPublie) -> bytes:
        return self._assembler(f"Filrouge – dossier {d.id}", [d])

    def service(self, id_service: str) -> bytes:
        """Le calendrier d'un service : les dossiers publiés où il intervient.

        Un dossier sans page (invalide, ou hors d'un portail restreint) n'a rien à faire dans
        un calendrier : seuls ceux de la vue publiable y figurent.
        """
        service = self.pub.partenaires.service(id_service)
        if service is None:
            raise ValueError(f"service inconnu dans l'annuaire : {id_service}")
        return self._assembler(f"Filrouge – {service.nom}", [d for d in self.pub.dossiers if id_service in d.services])


def calendriers(pub: Publication, aujourdhui: dt.date) -> dict[str, bytes]:
    """{chemin: iCalendar} : un calendrier par dossier publié et par service publié, des seuls dossiers publiés.

    `aujourdhui` : la date de référence de la construction, dont les calendriers tirent leur DTSTAMP.
    """
    cals = Calendriers(pub, aujourdhui)
    resultat = {uri_ics_dossier(vu.id): cals.dossier(vu) for vu in pub.dossiers}
    for service in services_calendrier(pub):
        resultat[uri_ics_service(service)] = cals.service(service)
    return resultat


# --- Bilan annuel -------------------------------------------------------------------------------

def annees_bilan(pub: Publication, aujourdhui: dt.date) -> list[int]:
    """Les années qui ont des dossiers : de la demande à la clôture (ou à aujourd'hui), jamais après aujourd'hui."""
    annees: set[int] = set()
    for publie in pub.dossiers:
        d = publie.dossier
        if d.dates.demande > aujourdhui:
            continue
        fin = d.dates.cloture.year if d.dates.cloture else aujourdhui.year
        annees.update(range(d.dates.demande.year, min(fin, aujourdhui.year) + 1))
    return sorted(annees)


def date_arret_portail(annee: int, aujourdhui: dt.date, bilans: tuple[BilanArrete, ...] = ()) -> tuple[dt.date, bool]:
    """La date d'arrêt du bilan publié sur le portail, et si c'est celle d'un bilan arrêté.

    Une année dont le bilan a été arrêté (bilan/AAAA.yaml : le bilan 2019 arrêté au 15
    novembre) est arrêtée à la même date, pour que la page reproduise les chiffres arrêtés ;
    les autres années vont au 31 décembre, ou à aujourd'hui pour l'année en cours.
    """
    from filrouge.bilan.comparaison import arrete_de
    from filrouge.bilan.periode import date_arret

    defaut = date_arret(annee, None, aujourdhui)
    arrete = arrete_de(bilans, annee)
    publie = arrete.arrete_au if arrete is not None else None
    if publie is not None and publie <= defaut:
        return publie, publie != dt.date(annee, 12, 31)
    return defaut, False


@dataclass
class BilanPublie:
    annee: int
    bilan: object  # filrouge.bilan.chiffres.Bilan (import paresseux : matplotlib n'est chargé qu'au besoin)
    arret_publie: bool

    @property
    def src_uri(self) -> str:
        return f"{REPERTOIRE_BILAN}/{self.annee}.md"


def bilans(pub: Publication, aujourdhui: dt.date) -> list[BilanPublie]:
    """Le bilan de chaque année, calculé une seule fois pour la page et pour ses fichiers CSV."""
    from filrouge.bilan.calcul import calculer

    resultat = []
    for annee in annees_bilan(pub, aujourdhui):
        au, publie = date_arret_portail(annee, aujourdhui, pub.bilans_arretes)
        resultat.append(BilanPublie(annee, calculer(pub, annee, au, aujourdhui), publie))
    return resultat


def csv_bilans(publies: Iterable[BilanPublie]) -> dict[str, str]:
    """{chemin: CSV} des tableaux de chaque bilan, sous les noms vers lesquels sa page renvoie.

    `bilan.page.fichiers_csv` ne fait qu'appeler `rendu_csv.tableaux_csv` ; on appelle ce
    dernier directement pour ne pas importer matplotlib (0,4 s) dans ce processus : seul le
    processus fils qui dessine les graphiques en a besoin.
    """
    from filrouge.bilan.rendu_csv import tableaux_csv

    resultat: dict[str, str] = {}
    for b in publies:
        for nom, contenu in tableaux_csv(b.bilan).items():  # type: ignore[arg-type]
            resultat[f"{REPERTOIRE_BILAN}/{nom}"] = contenu
    return resultat


def html_bilan(b: BilanPublie, prefixe_csv: str) -> str:
    """Le fragment HTML de la page du bilan (filrouge.bilan.page), graphiques SVG compris."""
    from filrouge.bilan.page import page_bilan

    return page_bilan(b.bilan, prefixe_csv=prefixe_csv)  # type: ignore[arg-type]


def uris_annexes(pub: Publication) -> list[str]:
    """Les chemins de `calendriers` et `impressions`, connus sans rien calculer (pour les liens et MkDocs)."""
    uris = [uri_ics_dossier(vu.id) for vu in pub.dossiers]
    uris += [uri_ics_service(s) for s in services_calendrier(pub)]
    for vu in pub.dossiers:
        notes, demandes = impressions_du_dossier(vu)
        uris += list(notes.values()) + list(demandes.values())
    return uris


class Atelier:
    """Les graphiques des bilans dessinés dans un processus fils pendant que ce processus-ci travaille.

    matplotlib prend environ 0,15 s par année (trois graphiques) : 4 s pour les 27 années du
    banc de mille dossiers. Le fils (`parallele.EnArrierePlan`) naît dès que le dépôt est
    chargé (on_config), recalcule les bilans (0,2 s, les mêmes qu'ici : mêmes données, même
    date) et dessine leurs fragments HTML. Pendant ce temps, MkDocs rend les autres pages ;
    quand vient la première page du bilan (placées en dernier), ce processus produit d'abord
    calendriers et versions imprimables, qui ne servent qu'à la copie des fichiers, puis
    seulement attend le fils. Sans fork, tout se fait ici, à la demande : même résultat,
    seul le temps change.
    """

    def __init__(self, pub: Publication, aujourdhui: dt.date, prefixe_csv: str, fils: bool | None = None,
                 bilan: bool = True) -> None:
        """`pub` : la vue complète ; `bilan` faux : pas de bilan (portail restreint à un service)."""
        from filrouge.portail.parallele import EnArrierePlan

        self.pub, self.aujourdhui, self.prefixe, self.bilan = pub, aujourdhui, prefixe_csv, bilan
        self.publies = pub
        self._annexes: dict[str, str | bytes] | None = None
        self._dessin = EnArrierePlan(self._dessiner, fils=fils if bilan else False)

    def annexes_de(self, publies: Publication) -> None:
        """La vue publiée par ce portail (restreinte ou non), dont on produira calendriers et versions imprimables."""
        self.publies, self._annexes = publies, None

    def _dessiner(self) -> dict[int, str]:
        if not self.bilan:
            return {}
        return {b.annee: html_bilan(b, self.prefixe) for b in bilans(self.pub, self.aujourdhui)}

    def html(self, b: BilanPublie) -> str:
        self._produire()  # le travail de ce processus d'abord : le fils dessine pendant ce temps
        dessins = self._dessin.resultat()
        return dessins[b.annee] if b.annee in dessins else html_bilan(b, self.prefixe)

    def _produire(self) -> dict[str, str | bytes]:
        if self._annexes is None:
            self._annexes = {**calendriers(self.publies, self.aujourdhui), **impressions(self.publies)}
        return self._annexes

    def annexe(self, uri: str) -> str | bytes:
        return self._produire()[uri]

    def fermer(self) -> None:
        self._dessin.fermer()
