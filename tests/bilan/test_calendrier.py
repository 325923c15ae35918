"""Calendriers .ics (filrouge.calendrier) lus par trois lecteurs tiers : heures de Bruxelles, UID, DTSTAMP, aucun texte libre."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from icalendar import Calendar

from filrouge.calendrier import domaine_uid, horodatage, ics_dossier, ics_service
from filrouge.francais import ErreurUtilisation
from filrouge.portail.annexes import Calendriers
from filrouge.publication import Publication, charger
from filrouge.reference import aujourdhui
from tests.agendas import LECTEURS, UTC, lire, lire_d_accord
from tests.bilan.fabrique import Fabrique

JOUR = dt.date(2019, 6, 15)
DOMAINE = "reseau-sante-kirikou.filrouge"


def _uid(*morceaux: str) -> str:
    return "-".join(morceaux) + "@" + DOMAINE


@pytest.fixture
def depot(fabrique: Fabrique) -> Publication:
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    f.note("2019-001", "2019-01-15", ["a1", "psy", "jeune"], prochaine="2019-03-15", echeances=["2019-02-20", "2019-03-01"])
    f.note("2019-001", "2019-03-15", ["a1", "psy"], prochaine="2019-05-10", heure="9h30",
           actions=[{"numero": 1, "description": "abandonnée", "effets_attendus": "x", "qui": ["a1"], "quoi": "x",
                     "echeance": dt.date(2019, 4, 1), "statut": "abandonnee"}])
    f.note("2019-001", "2019-03-31", ["a1", "psy"])  # 14:00, jour du passage à l'heure d'été
    f.note("2019-001", "2019-07-01", ["a1", "psy"], heure="14h - 15h30")
    f.note("2019-001", "2019-10-27", ["a1", "psy"], heure="14:00-16:30")  # jour du retour à l'heure d'hiver
    (f.racine / "dossiers/2019-001/preparation.yaml").write_text(yaml.safe_dump({
        "date": dt.date(2019, 1, 12), "initiateur": "a1", "code": "CDF20055000", "personnes": [],
        "analyse_holistique": True, "attentes": {"jeune": "attente interne"},
        "rencontre": {"date": dt.date(2019, 1, 25), "heure": "10:00", "lieu": "lieu interne"}}), encoding="utf-8")
    f.dossier("2019-002", demande="2019-02-01", ouverture="2019-02-05",
              acteurs=[{"id": "a1", "role": "professionnel", "service": "saj-namur"},
                       {"id": "psy", "role": "professionnel", "service": "pedopsychiatre-prive"}])
    f.note("2019-002", "2019-02-20", ["a1", "psy"], echeances=["2019-03-20"])
    return charger(f.racine)


def test_un_evenement_par_rencontre_et_echeance(depot: Publication) -> None:
    lu = lire_d_accord(ics_dossier(depot, "2019-001", JOUR))
    assert set(lu) == {
        _uid("concertation", "2019-001", d) for d in ("2019-01-15", "2019-03-15", "2019-03-31", "2019-07-01", "2019-10-27")
    } | {
        _uid("concertation", "2019-001", "2019-05-10"),  # prochaine rencontre annoncée, pas encore de note
        _uid("echeance", "2019-001", "2019-01-15", "1"), _uid("echeance", "2019-001", "2019-01-15", "2"),
    }  # l'action abandonnée n'a pas d'échéance
    echeance = lu[_uid("echeance", "2019-001", "2019-01-15", "2")]
    assert (echeance.debut, echeance.fin) == (dt.date(2019, 3, 1), dt.date(2019, 3, 2))
    assert echeance.resume == "Échéance : action n°2 de la note du 15/01/2019 – dossier 2019-001"
    prochaine = lu[_uid("concertation", "2019-001", "2019-05-10")]
    assert (prochaine.resume, prochaine.debut) == ("Prochaine concertation – dossier 2019-001", dt.date(2019, 5, 10))


ATTENDUS = {  # heure écrite dans la note → début et fin en UTC (Bruxelles : UTC+1 en hiver, UTC+2 en été)
    "2019-01-15": ("14:00", (13, 0), (15, 0)),
    "2019-03-15": ("9h30", (8, 30), (10, 30)),
    "2019-03-31": ("14:00", (12, 0), (14, 0)),
    "2019-07-01": ("14h - 15h30", (12, 0), (13, 30)),
    "2019-10-27": ("14:00-16:30", (13, 0), (15, 30)),
}


def _verifier_heures(lu: dict) -> None:
    for jour, (_, debut, fin) in ATTENDUS.items():
        evenement = lu[_uid("concertation", "2019-001", jour)]
        date = dt.date.fromisoformat(jour)
        assert evenement.debut == dt.datetime.combine(date, dt.time(*debut), tzinfo=UTC), jour
        assert evenement.fin == dt.datetime.combine(date, dt.time(*fin), tzinfo=UTC), jour


def test_heures_de_bruxelles_lues_pareil_par_les_trois_lecteurs(depot: Publication) -> None:
    """Été comme hiver, et les jours mêmes des changements d'heure : 14:00 est 14:00 à Bruxelles partout."""
    _verifier_heures(lire_d_accord(ics_dossier(depot, "2019-001", JOUR)))


def test_le_fuseau_ecrit_suffit_aux_lecteurs(depot: Publication) -> None:
    """Sous un nom de fuseau qu'aucun lecteur ne connaît, chacun n'a que le VTIMEZONE écrit : il doit suffire."""
    ics = ics_dossier(depot, "2019-001", JOUR)
    fuseau = Calendar.from_ical(ics).walk("VTIMEZONE")
    assert len(fuseau) == 1 and b"RDATE" not in ics
    composantes = fuseau[0].subcomponents
    assert {c.name for c in composantes} == {"STANDARD", "DAYLIGHT"} and all("RRULE" in c for c in composantes)
    _verifier_heures(lire_d_accord(ics.replace(b"Europe/Brussels", b"Filrouge-Bruxelles-essai")))


def test_sans_heure_pas_de_fuseau(fabrique: Fabrique) -> None:
    fabrique.dossier("2019-003", demande="2019-02-01", ouverture="2019-02-05")
    fabrique.note("2019-003", "2019-02-20", ["a1", "psy"], echeances=["2019-03-20"], heure=None)
    ics = ics_dossier(charger(fabrique.racine), "2019-003", JOUR)
    assert b"VTIMEZONE" not in ics
    assert {lu.debut for lu in lire_d_accord(ics).values()} == {dt.date(2019, 2, 20), dt.date(2019, 3, 20)}


def test_heure_mal_ecrite_jamais_un_evenement_d_une_journee(fabrique: Fabrique) -> None:
    """Une note à l'heure illisible n'est pas publiée (filrouge valider dit pourquoi) : pas d'événement deviné."""
    fabrique.dossier("2019-003", demande="2019-02-01", ouverture="2019-02-05")
    fabrique.note("2019-003", "2019-02-10", ["a1", "psy"])
    fabrique.note("2019-003", "2019-02-20", ["a1", "psy"], echeances=["2019-03-20"], heure="14:00–16:00")
    lu = lire_d_accord(ics_dossier(charger(fabrique.racine), "2019-003", JOUR))
    assert set(lu) == {"concertation-2019-003-2019-02-10@" + DOMAINE}


# --- UID ----------------------------------------------------------------------------------------

def _uids_bruts(ics: bytes) -> list[str]:
    return [str(e["uid"]) for e in Calendar.from_ical(ics).walk("VEVENT")]


def test_uid_propres_au_reseau(depot: Publication, tmp_path: Path) -> None:
    """Deux réseaux aux mêmes numéros de dossier, dans le même agenda : aucun événement ne se confond."""
    autre = Fabrique(tmp_path / "autre")
    reseau = autre.racine / "reseau.yaml"
    reseau.write_text(re.sub(r"(?m)^reseau: .*$", "reseau: Bru-Stars", reseau.read_text(encoding="utf-8")),
                      encoding="utf-8")
    autre.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    autre.note("2019-001", "2019-01-15", ["a1", "psy", "jeune"], prochaine="2019-03-15",
               echeances=["2019-02-20", "2019-03-01"])
    ici = _uids_bruts(ics_dossier(depot, "2019-001", JOUR))
    la_bas = _uids_bruts(ics_dossier(charger(autre.racine), "2019-001", JOUR))
    assert len(la_bas) == 4 and all(u.endswith("@bru-stars.filrouge") for u in la_bas)
    assert not set(ici) & set(la_bas)
    assert all(u.endswith("@" + DOMAINE) for u in ici)


def test_uid_uniques_et_stables_d_une_construction_a_l_autre(depot: Publication, fabrique: Fabrique) -> None:
    """Une reconstruction, même un autre jour, met à jour les événements au lieu de les dupliquer."""
    for service in ("pedopsychiatre-prive", "saj-namur"):
        uids = _uids_bruts(ics_service(depot, service, JOUR))
        assert uids and len(uids) == len(set(uids))
        assert uids == _uids_bruts(ics_service(charger(fabrique.racine), service, dt.date(2020, 1, 8)))
    assert ics_dossier(depot, "2019-001", JOUR) == ics_dossier(charger(fabrique.racine), "2019-001", JOUR)


@pytest.mark.parametrize(("reseau", "domaine"), [
    ("Réseau Santé Kirikou", "reseau-sante-kirikou.filrouge"),
    ("Bru-Stars", "bru-stars.filrouge"),
    ("  RÉSEAU  l’Étoile / Liège ", "reseau-l-etoile-liege.filrouge"),
])
def test_domaine_des_uid(reseau: str, domaine: str) -> None:
    assert domaine_uid(reseau) == domaine


def test_domaine_des_uid_sans_lettre_latine() -> None:
    """Un nom sans lettre latine garde un domaine stable, propre à ce nom, en ASCII."""
    domaine = domaine_uid("★★★")
    assert re.fullmatch(r"[0-9a-f]{12}\.filrouge", domaine)
    assert domaine == domaine_uid("★★★") != domaine_uid("☆☆☆")


# --- DTSTAMP ------------------------------------------------------------------------------------

def test_dtstamp_au_jour_de_reference(depot: Publication) -> None:
    """DTSTAMP : le début du jour de référence (FILROUGE_AUJOURDHUI), le même pour tous, jamais la date de l'événement."""
    jour = aujourdhui({"FILROUGE_AUJOURDHUI": "2019-06-15"})
    debut_du_jour = dt.datetime(2019, 6, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    for ics in (ics_dossier(depot, "2019-001", jour), ics_service(depot, "pedopsychiatre-prive", jour)):
        cachets = {lu.cachet for lu in lire_d_accord(ics).values()}
        assert cachets == {debut_du_jour}


def test_dtstamp_jamais_apres_la_construction(depot: Publication) -> None:
    """Un jour de référence à venir (répétition d'un portail futur) ne fait pas un DTSTAMP à venir."""
    futur = dt.date.today() + dt.timedelta(days=400)
    ics = ics_dossier(depot, "2019-001", futur)
    apres = dt.datetime.now(UTC)
    assert all(lu.cachet <= apres for lu in lire_d_accord(ics).values())
    assert horodatage(futur) == horodatage(futur)  # reproductible dans la journée


# --- Rien de libre ------------------------------------------------------------------------------

TEMOIN = "quetzalterre"
"""Un mot témoin, ni nom détectable par la garde ni passage interne : il reste dans la vue publiable."""
INTERNE = "<!-- interne -->Zorglubette Wxyzabcd, père incarcéré<!-- /interne -->"


def _planter(fabrique: Fabrique) -> None:
    """Le témoin et un passage interne dans chaque champ de texte libre d'un dossier, de ses notes et demandes."""
    texte = f"texte {TEMOIN} {INTERNE} fin"
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10",
              acteurs=[{**a, "fonction": texte} if a["id"] == "a1" else {**a, "lien": texte} if a["id"] == "mere" else a
                       for a in Fabrique.acteurs()])
    dossier = f.racine / "dossiers/2019-001/dossier.yaml"
    donnees = yaml.safe_load(dossier.read_text(encoding="utf-8"))
    donnees["motif_demande"] = texte
    dossier.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    note = f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"],
                  lieu=texte, leviers=texte, obstacles=texte,
                  prochaine_rencontre={"engagement": True, "date": dt.date(2019, 3, 1), "modalites": texte})
    donnees = yaml.safe_load(note.read_text(encoding="utf-8"))
    for champ in ("description", "effets_attendus", "quoi", "quand", "ou", "ressources"):
        donnees["actions"][0][champ] = texte
    note.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    note.with_suffix(".md").write_text(f"# Récit\n\n{texte}\n", encoding="utf-8")
    demande = f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee", decide_le="2019-02-20")
    donnees = yaml.safe_load(demande.read_text(encoding="utf-8"))
    donnees["decision"]["motif"] = texte
    donnees["cofinancements"] = [{"source": texte, "montant": 0}]
    demande.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


_PROPRIETES_EVENEMENT = {"UID", "SUMMARY", "DTSTART", "DTEND", "DTSTAMP"}
_RESUMES = re.compile(r"(Prochaine concertation|Concertation) – dossier 2019-001|Échéance : action n°\d+ de la note "
                      r"du \d\d/\d\d/\d{4}( \(faite\))? – dossier 2019-001")


def test_aucun_texte_libre_ni_passage_interne_dans_un_calendrier(fabrique: Fabrique) -> None:
    """Attaque : texte et passage interne dans chaque champ libre ; le calendrier ne porte que des libellés fixes."""
    _planter(fabrique)
    pub = charger(fabrique.racine)
    publie = pub.dossier("2019-001")
    assert publie is not None and publie.notes and publie.demandes, "le dossier planté doit rester publié"
    assert TEMOIN in publie.notes[0].note.lieu  # la vue publiable le porte : le calendrier pourrait le lire
    portail = Calendriers(pub, JOUR)
    calendriers = [ics_dossier(pub, "2019-001", JOUR), portail.dossier(publie)]
    calendriers += [ics_service(pub, s, JOUR) for s in ("spj-namur", "pedopsychiatre-prive", "kirikou-casemanagement")]
    for ics in calendriers:
        deplie = ics.replace(b"\r\n ", b"").decode("utf-8")
        for interdit in (TEMOIN, "Zorglubette", "Wxyzabcd", "incarcéré", "interne", "Récit"):
            assert interdit not in deplie
        evenements = Calendar.from_ical(ics).walk("VEVENT")
        assert len(evenements) == 3  # concertation, prochaine rencontre, échéance, et rien d'autre
        for evenement in evenements:
            assert set(evenement) == _PROPRIETES_EVENEMENT and not evenement.subcomponents
            assert _RESUMES.fullmatch(str(evenement["summary"])), evenement["summary"]
            assert re.fullmatch(rf"[a-z]+-2019-001-[0-9-]+@{re.escape(DOMAINE)}", str(evenement["uid"]))
        for lecteur in LECTEURS:
            assert len(lire(ics)[lecteur]) == 3


def test_calendrier_d_un_service(depot: Publication) -> None:
    """Les dossiers publiés où le service intervient, et eux seuls."""
    assert set(lire_d_accord(ics_service(depot, "saj-namur", JOUR))) == {
        _uid("concertation", "2019-002", "2019-02-20"), _uid("echeance", "2019-002", "2019-02-20", "1")}
    assert len(lire_d_accord(ics_service(depot, "pedopsychiatre-prive", JOUR))) == 8 + 2
    assert ics_service(depot, "ippj-fraipont", JOUR).count(b"BEGIN:VEVENT") == 0


def test_dossier_et_service_inconnus(depot: Publication) -> None:
    with pytest.raises(ErreurUtilisation):
        ics_service(depot, "inconnu", JOUR)
    with pytest.raises(ErreurUtilisation):
        ics_dossier(depot, "2030-001", JOUR)
