"""Bilan annuel, calendriers et versions imprimables publiés par le portail (issue 7).

Le site est celui de la session (tests/portail/conftest.py), au 15 juin 2019 ; le
portail restreint est construit une fois pour ce module.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from tests.agendas import UTC, lire_d_accord
from tests.portail.fixtures import AUJOURDHUI, SERVICE_1, SERVICE_2, TEMOIN, depot_exemple
from tests.portail.outils_portail import construire_ici, index_recherche, lire_html

ENTETES_CSV = {
    "bilan-2019-dossiers.csv": ["Nombre de dossiers", "Ouverture", "Clôture", "Demandes de financement",
                                "Montant accordé"],
    "bilan-2019-tranches-age.csv": ["Tranche d'âge", "Dossiers"],
    "bilan-2019-criseflex.csv": ["Décision", "Demandes", "Montant demandé", "Montant accordé", "Coût total des actions"],
    "bilan-2019-dossiers-actifs.csv": ["Mois", "Dossiers actifs (maximum)", "Fin du mois", "Capacité",
                                       "Au-dessus de la capacité"],
    "bilan-2019-secteurs.csv": ["Secteur", "Dossiers", "Présences", "Peu mobilisé"],
}


def _article(chemin: Path) -> str:
    html = chemin.read_text(encoding="utf-8")
    return html[html.index("<article"):html.index("</article>")]


def _liens(html: str, motif: str) -> list[str]:
    return [h for h in re.findall(r'href="([^"]+)"', html) if re.search(motif, h)]


def _evenements(chemin: Path) -> list:
    calendrier = Calendar.from_ical(chemin.read_bytes())
    return list(calendrier.walk("VEVENT"))


# --- Bilan ---------------------------------------------------------------------------------------

def test_page_bilan_avec_svg_sans_script(site: Path) -> None:
    page = site / "bilan" / "2019.html"
    assert page.is_file()
    article = _article(page)
    assert article.count("<svg") == 3 and 'class="filrouge-bilan"' in article
    assert "<script" not in article.lower() and not re.search(r"\son[a-z]+\s*=", article)
    assert not re.search(r"<[^>]+\sstyle\s*=", article), "un attribut style serait bloqué par la CSP"
    assert "Tableau récapitulatif" in article
    index = _article(site / "bilan" / "index.html")
    assert _liens(index, r"2019\.html$")
    # L'index de recherche connaît la page (le contenu inséré après le rendu y est).
    assert any(doc["location"].startswith("bilan/2019.html") and "Criseflex" in doc["text"]
               for doc in index_recherche(site))


def test_csv_du_bilan_telechargeables_et_lisibles(site: Path) -> None:
    page = site / "bilan" / "2019.html"
    article = _article(page)
    liens = _liens(article, r"\.csv$")
    assert len(liens) >= len(ENTETES_CSV)
    assert all(f'download="{Path(l).name}"' in article for l in liens)
    for lien in liens:
        fichier = page.parent / lien
        assert fichier.is_file(), lien
        lignes = list(csv.reader(io.StringIO(fichier.read_text(encoding="utf-8"))))
        if fichier.name in ENTETES_CSV:
            assert lignes[0] == ENTETES_CSV[fichier.name], fichier.name
        assert len(lignes) > 1 and all(len(l) == len(lignes[0]) for l in lignes), fichier.name
    dossiers = list(csv.DictReader(io.StringIO((site / "bilan" / "bilan-2019-dossiers.csv").read_text(encoding="utf-8"))))
    assert sum(int(l["Nombre de dossiers"]) for l in dossiers) == 3


def test_bilan_2019_arrete_a_la_date_du_rapport_publie() -> None:
    """Le bilan 2019 publié s'arrêtait au 15 novembre : la page du portail aussi (si la date est passée)."""
    import datetime as dt

    from filrouge.portail.annexes import date_arret_portail
    from filrouge.publication import charger

    bilans = charger(Path(__file__).resolve().parents[2]).bilans_arretes  # bilan/2018.yaml, bilan/2019.yaml de la démo
    assert date_arret_portail(2019, dt.date(2026, 1, 1), bilans) == (dt.date(2019, 11, 15), True)
    assert date_arret_portail(2019, dt.date(2019, 6, 15), bilans) == (dt.date(2019, 6, 15), False)
    assert date_arret_portail(2018, dt.date(2026, 1, 1), bilans) == (dt.date(2018, 12, 31), False)
    assert date_arret_portail(2020, dt.date(2026, 1, 1), bilans) == (dt.date(2020, 12, 31), False)
    assert date_arret_portail(2019, dt.date(2026, 1, 1)) == (dt.date(2019, 12, 31), False)  # sans bilan arrêté


def test_section_bilan_dans_la_navigation(site: Path) -> None:
    accueil = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="bilan/index.html"' in accueil
    assert 'href="financement.html"' in accueil, "le guide du financement est dans la navigation"
    assert not (site / "bench").exists()


# --- Calendriers ---------------------------------------------------------------------------------

def test_calendrier_d_un_dossier(site: Path) -> None:
    page = site / "dossiers" / "2019-001.html"
    article = _article(page)
    assert "S&#x27;abonner au calendrier du dossier" in article or "S'abonner au calendrier du dossier" in article
    assert _liens(article, r"2019-001\.ics$") == ["2019-001.ics"]
    evenements = _evenements(site / "dossiers" / "2019-001.ics")
    resumes = [str(e["SUMMARY"]) for e in evenements]
    # Deux notes (25 janvier, 20 mai), la prochaine rencontre annoncée (1er juillet), et une échéance
    # par action : 1 dans la première note, 4 dans la seconde.
    assert sum(r.startswith("Concertation") for r in resumes) == 2
    assert sum(r.startswith("Prochaine concertation") for r in resumes) == 1
    assert sum(r.startswith("Échéance") for r in resumes) == 5
    assert len(evenements) == 8 and len({str(e["UID"]) for e in evenements}) == 8
    assert all("2019-001" in r for r in resumes)
    # 14:00 à Bruxelles : 13:00 UTC en hiver (25 janvier), 12:00 UTC en été (20 mai), pour les trois lecteurs.
    lu = lire_d_accord((site / "dossiers" / "2019-001.ics").read_bytes())
    debuts = sorted(e.debut for e in lu.values() if e.resume.startswith("Concertation"))
    assert debuts == [dt.datetime(2019, 1, 25, 13, tzinfo=UTC), dt.datetime(2019, 5, 20, 12, tzinfo=UTC)]


def test_calendriers_lus_par_trois_agendas(site: Path, site_pour: Path) -> None:
    """Chaque calendrier publié se lit pareil dans icalendar, vobject et ical ; DTSTAMP : le jour de référence."""
    reference = dt.datetime.combine(dt.date.fromisoformat(AUJOURDHUI), dt.time(),
                                    tzinfo=ZoneInfo("Europe/Brussels")).astimezone(UTC)
    chemins = sorted(site.rglob("*.ics")) + sorted(site_pour.rglob("*.ics"))
    assert len(chemins) > 4
    for chemin in chemins:
        lu = lire_d_accord(chemin.read_bytes())
        assert {e.cachet for e in lu.values()} <= {reference}, chemin


def test_calendrier_d_un_service(site: Path) -> None:
    page = site / "actions" / f"{SERVICE_1}.html"
    assert _liens(_article(page), rf"{SERVICE_1}\.ics$")
    index = _article(site / "actions" / "index.html")
    assert 'id="abonnement-calendrier"' in index and "Thunderbird" in index and "Outlook" in index
    resumes = [str(e["SUMMARY"]) for e in _evenements(site / "actions" / f"{SERVICE_1}.ics")]
    assert resumes and all("2019-001" in r for r in resumes)


def test_calendriers_sans_texte_interne(site: Path) -> None:
    for chemin in site.rglob("*.ics"):
        contenu = chemin.read_text(encoding="utf-8")
        assert TEMOIN not in contenu and "zanzibar" not in contenu


# --- Versions imprimables ------------------------------------------------------------------------

def test_versions_imprimables_liees_depuis_le_dossier(site: Path) -> None:
    page = site / "dossiers" / "2019-001.html"
    article = _article(page)
    liens = _liens(article, r"/impression/")
    assert sorted(liens) == sorted([
        "2019-001/impression/note-2019-01-25.html", "2019-001/impression/note-2019-05-20.html",
        "2019-001/impression/demande-2019-01-30.html", "2019-001/impression/demande-2019-05-25.html"])
    assert article.count("Version imprimable") == 4
    for lien in liens:
        assert (page.parent / lien).is_file(), lien


def test_note_imprimable_avec_signatures(site: Path) -> None:
    html = (site / "dossiers" / "2019-001" / "impression" / "note-2019-05-20.html").read_text(encoding="utf-8")
    for attendu in ("Note de synthèse de la concertation", "Hiérarchisation des actions", "Signatures",
                    "Le jeune", "Les familles", "Les aidants proches", "Les partenaires professionnels",
                    "Signature du coordinateur du soin", "Signature du pédopsychiatre"):
        assert attendu in html, attendu
    assert TEMOIN not in html and "ornithorynque" not in html


def test_demande_imprimable_certifiee(site: Path) -> None:
    html = (site / "dossiers" / "2019-001" / "impression" / "demande-2019-05-25.html").read_text(encoding="utf-8")
    assert "Certifié sincère et conforme" in html and "Nom, prénom et signature du coordinateur" in html


def test_versions_imprimables_sous_la_csp(site: Path) -> None:
    """La feuille de style en ligne est admise par son empreinte, sans 'unsafe-inline' ; aucun script."""
    from filrouge.portail.csp import empreinte

    chemin = site / "dossiers" / "2019-001" / "impression" / "note-2019-05-20.html"
    html = chemin.read_text(encoding="utf-8")
    meta = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', html)
    assert meta, "la politique est dans la page"
    politique = meta[1].replace("&#x27;", "'")
    style = re.search(r"<style>(.*?)</style>", html, re.S)
    assert style and empreinte(style[1]) in politique and "unsafe-inline" not in politique
    lecteur = lire_html(chemin)
    assert not lecteur.scripts and not lecteur.gestionnaires


def test_version_imprimable_dans_chromium(site: Path, navigateur: object) -> None:
    """Chromium applique la feuille de style de la version imprimable sans violation de CSP."""
    chemin = site / "dossiers" / "2019-001" / "impression" / "note-2019-05-20.html"
    messages: list[str] = []
    contexte = navigateur.new_context()
    try:
        page = contexte.new_page()
        page.on("console", lambda m: messages.append(m.text))
        page.goto(chemin.as_uri())
        bordure = page.eval_on_selector(".entete", "e => getComputedStyle(e).borderTopStyle")
    finally:
        contexte.close()
    assert bordure == "solid", "la feuille de style en ligne a été bloquée"
    assert not [m for m in messages if "Content Security Policy" in m], messages


# --- Portail restreint ---------------------------------------------------------------------------

def test_pas_de_bilan_dans_un_portail_restreint(site_pour: Path) -> None:
    assert sorted(p.name for p in (site_pour / "bilan").iterdir()) == ["index.html"]
    assert "réservé au portail complet" in (site_pour / "bilan" / "index.html").read_text(encoding="utf-8")
    assert not list(site_pour.rglob("*.csv"))
    assert not any(doc["location"].startswith("bilan/2019") for doc in index_recherche(site_pour))


def test_seuls_ses_calendriers_dans_un_portail_restreint(site_pour: Path) -> None:
    calendriers = sorted(p.relative_to(site_pour).as_posix() for p in site_pour.rglob("*.ics"))
    assert calendriers == ["actions/aviq-namur.ics", "dossiers/2019-002.ics"]
    for chemin in site_pour.rglob("*.ics"):
        texte = chemin.read_text(encoding="utf-8")
        assert "2019-001" not in texte and "2019-003" not in texte
    imprimables = sorted(p.relative_to(site_pour).as_posix() for p in site_pour.rglob("impression/*.html"))
    assert imprimables == ["dossiers/2019-002/impression/note-2019-02-01.html"]
    # La page « Mes actions » ne propose que le calendrier de son service.
    index = _article(site_pour / "actions" / "index.html")
    assert [urljoin("actions/", l) for l in _liens(index, r"\.ics$")] == ["actions/aviq-namur.ics"]


def test_calendriers_assembles_identiques_a_la_bibliotheque(depot: Path) -> None:
    """Le portail assemble ses calendriers sans refaire le fuseau : les octets sont ceux de filrouge.calendrier."""
    from filrouge.calendrier import ics_dossier, ics_service
    from filrouge.portail.annexes import Calendriers
    from filrouge.publication import charger

    pub = charger(depot)
    jour = dt.date(2019, 6, 15)
    calendriers = Calendriers(pub, jour)
    for dossier in pub.dossiers:
        assert calendriers.dossier(dossier) == ics_dossier(pub, dossier.id, jour), dossier.id
    for service in pub.partenaires.services:
        assert calendriers.service(service.id) == ics_service(pub, service.id, jour), service.id


def test_atelier_fils_identique_au_calcul_sur_place(depot: Path) -> None:
    """Ce que le processus fils produit (bilans, calendriers, imprimables) est ce qu'on calculerait sur place."""
    import datetime as dt

    from filrouge.portail import annexes
    from filrouge.publication import charger

    pub = charger(depot)
    bilans = annexes.bilans(pub, dt.date(2019, 6, 15))
    fils = annexes.Atelier(pub, dt.date(2019, 6, 15), "", fils=True)
    sur_place = annexes.Atelier(pub, dt.date(2019, 6, 15), "", fils=False)
    fils.annexes_de(pub)
    sur_place.annexes_de(pub)
    try:
        for b in bilans:
            assert fils.html(b) == sur_place.html(b) == annexes.html_bilan(b, "")
        uris = annexes.uris_annexes(pub)
        attendu = {**annexes.calendriers(pub, dt.date(2019, 6, 15)), **annexes.impressions(pub)}
        assert sorted(uris) == sorted(attendu)
        for uri in uris:
            assert fils.annexe(uri) == sur_place.annexe(uri) == attendu[uri], uri
    finally:
        fils.fermer()
        sur_place.fermer()


def test_fuite_retrouvee_dans_un_calendrier_plie(tmp_path: Path) -> None:
    """iCalendar plie les lignes à 75 octets et échappe les virgules : le texte interne reste trouvé."""
    from filrouge.publication import fuites

    (tmp_path / "a.ics").write_bytes("BEGIN:VEVENT\r\nSUMMARY:Rappel\\, la phrase té\r\n moin du dossier\r\n"
                                     "END:VEVENT\r\n".encode())
    (tmp_path / "b.ics").write_bytes(b"BEGIN:VEVENT\r\nSUMMARY:rien\r\nEND:VEVENT\r\n")
    messages = fuites(tmp_path, {"rappel, la phrase témoin": "prep › attentes › jeune"})
    assert len(messages) == 1 and messages[0].startswith("a.ics")


def test_csv_identiques_a_ceux_du_bilan(depot: Path) -> None:
    """Les CSV publiés sont ceux de filrouge.bilan.rendu_csv.tableaux_csv, sous bilan/."""
    import datetime as dt

    from filrouge.bilan.rendu_csv import tableaux_csv
    from filrouge.portail import annexes
    from filrouge.publication import charger

    bilans = annexes.bilans(charger(depot), dt.date(2019, 6, 15))
    attendu = {f"bilan/{nom}": contenu for b in bilans for nom, contenu in tableaux_csv(b.bilan).items()}  # type: ignore[arg-type]
    assert annexes.csv_bilans(bilans) == attendu


def test_calendriers_des_seuls_dossiers_publies(tmp_path: Path) -> None:
    """Un dossier sans page (répertoire au nom non publiable) n'apparaît dans aucun calendrier."""
    from tests.portail.fixtures import _ecrire, action, dossier, note

    racine = depot_exemple(tmp_path / "depot")
    cache = racine / "dossiers" / "2019-004 ancien"
    _ecrire(cache / "dossier.yaml", dossier("2019-004", "HIJ20105000", SERVICE_2))
    _ecrire(cache / "concertations" / "2019-03-01.yaml", note("2019-03-01", [action(1, "2019-09-09")]))
    for pour in (None, SERVICE_2):
        sortie = tmp_path / f"site-{pour}"
        resultat = construire_ici(racine, sortie, *(["--pour", pour] if pour else []))
        assert resultat.returncode == 0, resultat.stderr
        assert not (sortie / "dossiers" / "2019-004.html").exists()
        calendriers = list(sortie.rglob("*.ics"))
        assert sortie / "actions" / f"{SERVICE_2}.ics" in calendriers
        for chemin in calendriers:
            assert b"2019-004" not in chemin.read_bytes(), chemin.relative_to(sortie)
