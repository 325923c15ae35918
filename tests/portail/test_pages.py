"""Les pages générées contiennent ce que l'issue demande, avec les échéances signalées."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.portail.fixtures import RACINE_PROJET, SERVICE_1, depot_exemple
from tests.portail.outils_portail import Element, construire_ici, elements, lire_html


def _lignes(html: str, id_table: str) -> list[str]:
    table = re.search(rf'<table class="filrouge-table" id="{id_table}">(.*?)</table>', html, re.S)
    assert table, f"tableau #{id_table} absent"
    return re.findall(r"<tr[^>]*>.*?</tr>", table[1], re.S)


def test_pages_generees_presentes(site: Path) -> None:
    for page in ("index.html", "dossiers/index.html", "dossiers/2019-001.html", "dossiers/2019-002.html",
                 "dossiers/2019-003.html", "actions/index.html", f"actions/{SERVICE_1}.html",
                 "actions/aviq-namur.html", "actions/pedopsychiatre-prive.html", "coordination.html",
                 "modeles/index.html", "guide/criseflex.html"):
        assert (site / page).is_file(), page
    assert not (site / "actions" / "srj-namurois.html").exists(), "un service sans action n'a pas de page"


def test_index_des_dossiers(site: Path) -> None:
    html = (site / "dossiers" / "index.html").read_text(encoding="utf-8")
    lignes = _lignes(html, "index-dossiers")
    assert len(lignes) == 4  # en-tête + 3 dossiers
    # L'ordre d'attention : le retard d'abord, puis l'échéance la plus proche, enfin la demande sans action.
    assert [re.search(r"(2019-00\d)", l)[1] for l in lignes[1:]] == ["2019-001", "2019-002", "2019-003"]
    premiere = lignes[1]
    for attendu in ("ABF20085000", "ouvert", "déléguée – Service de protection de la jeunesse (SPJ) de Namur",
                    "20 mai 2019", "1er juillet 2019", "1 en retard", "1 à échéance sous 7 jours",
                    "1 accordée, 1 en attente de décision"):
        assert attendu in premiere, attendu
    assert 'href="2019-001.html"' in premiere and 'data-label="Actions ouvertes"' in premiere
    troisieme = lignes[3]
    assert "demande" in troisieme and "aucune demande" in troisieme


def _cartes(html: str, id_bloc: str) -> list[Element]:
    blocs = elements(html, ident=id_bloc)
    assert blocs, f"bloc #{id_bloc} absent"
    return elements(blocs[0].html, "filrouge-action")


def test_tableau_des_actions_et_echeances(site: Path) -> None:
    html = (site / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    cartes = _cartes(html, "tableau-actions")
    assert len(cartes) == 4, "seule la note la plus récente forme le tableau de bord"
    assert [c.classes[1] for c in cartes] == ["action-en-retard", "action-bientot", "action-a-venir", "action-terminee"]
    assert "En retard de 14 jours" in cartes[0].texte and 'datetime="2019-06-01"' in cartes[0].html
    assert "Échéance dans 3 jours" in cartes[1].texte
    assert "Faite" in cartes[3].texte, "une action faite n'est jamais en retard"
    assert "mère M. D." in cartes[0].texte and "Organiser le relais 1" in cartes[0].texte
    # L'historique : chaque rencontre, son récit, et aucune action passée signalée en retard.
    assert "Rencontre du 20 mai 2019" in html and "Rencontre du 25 janvier 2019" in html
    assert "Un relais entre l&#x27;école et le service est proposé." in html or \
           "Un relais entre l'école et le service est proposé." in html
    assert html.count("action-en-retard") == 1
    assert len(_cartes(html, "actions-rencontre-2")) == 1
    financements = _lignes(html, "financements")
    assert any("accordée" in l and "2\u202f500\u00a0€" in l for l in financements)
    assert any("en attente de décision" in l and "4\u202f000\u00a0€" in l for l in financements)


def test_la_date_de_reference_est_injectable(depot: Path, tmp_path: Path) -> None:
    resultat = construire_ici(depot, tmp_path / "site", FILROUGE_AUJOURDHUI="2019-05-30")
    assert resultat.returncode == 0, resultat.stderr
    html = (tmp_path / "site" / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    cartes = _cartes(html, "tableau-actions")
    assert "action-bientot" in cartes[0].classes and "Échéance dans 2 jours" in cartes[0].texte
    assert "action-en-retard" not in html


def test_date_de_reference_invalide(depot: Path, tmp_path: Path) -> None:
    resultat = construire_ici(depot, tmp_path / "site", FILROUGE_AUJOURDHUI="15/06/2019")
    assert resultat.returncode == 1
    assert "FILROUGE_AUJOURDHUI invalide" in resultat.stderr and "Traceback" not in resultat.stderr


def test_mes_actions_par_service(site: Path) -> None:
    html = (site / "actions" / f"{SERVICE_1}.html").read_text(encoding="utf-8")
    cartes = _cartes(html, "mes-actions")
    echeances = [re.search(r'<time datetime="([0-9-]+)">', c.html)[1] for c in cartes]
    assert echeances == ["2019-06-01", "2019-06-18", "2019-08-01", "2019-06-02"], "retard, proche, à venir, faite"
    assert 'href="../dossiers/2019-001.html"' in html
    psy = (site / "actions" / "pedopsychiatre-prive.html").read_text(encoding="utf-8")
    assert re.findall(r'<time datetime="([0-9-]+)">', psy) == ["2019-08-01"], "action 3 : qui = a1 et psy"
    index = (site / "actions" / "index.html").read_text(encoding="utf-8")
    assert f'href="{SERVICE_1}.html"' in index and "aviq-namur.html" in index


def test_coordination(site: Path) -> None:
    html = (site / "coordination.html").read_text(encoding="utf-8")
    assert "110 421 €" in html and "2 500 €" in html and "4 000 €" in html and "103 921 €" in html
    assert re.search(r'id="capacite".*?2 / 14', html, re.S)
    assert "2019-002" in re.search(r'id="dossiers-sans-rencontre">(.*?)</table>', html, re.S)[1]
    assert "134 jours" in html
    attente = re.search(r'id="demandes-en-attente">(.*?)</table>', html, re.S)[1]
    assert "2019-001" in attente and "25 mai 2019" in attente


def test_marques_du_guide_remplacees_pas_celles_des_dossiers(site: Path) -> None:
    for page in (site / "guide").glob("*.html"):
        assert "reseau." not in page.read_text(encoding="utf-8").replace("reseau.yaml", ""), page.name
    criseflex = (site / "guide" / "criseflex.html").read_text(encoding="utf-8")
    assert "10 000 €" in criseflex and "110 421 €" in criseflex
    activation = lire_html(site / "guide" / "activation.html")
    assert any(b == "li" for b, _ in activation.elements)
    assert "la trajectoire de soin est contrariée" in (site / "guide" / "activation.html").read_text(encoding="utf-8")
    assert "Réseau Santé Kirikou" in (site / "index.html").read_text(encoding="utf-8")
    dossier = (site / "dossiers" / "2019-001.html").read_text(encoding="utf-8")
    assert "{{ reseau.nom }}" in dossier, "le texte d'un dossier n'est jamais lu comme un gabarit"
    assert "{% if vrai %}oui{% endif %}" in dossier


@pytest.mark.parametrize("marque", ["{{ reseau.inconnue }}"])
def test_marque_inconnue_dans_le_guide(tmp_path: Path, marque: str) -> None:
    from filrouge.portail.guide import pages_fournies

    racine = depot_exemple(tmp_path / "depot")
    page = racine / "docs" / "guide" / "index.md"  # une page du réseau remplace celle du guide fourni
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(pages_fournies()["guide/index.md"] + f"\n{marque}\n", encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1
    assert "marque inconnue" in resultat.stderr and "Traceback" not in resultat.stderr
    assert "docs/guide/index.md" in resultat.stderr


def test_guide_fourni_par_le_paquet_et_remplacable(tmp_path: Path) -> None:
    """Le guide vient du paquet (aucune copie dans docs/) ; une page du réseau au même chemin l'emporte."""
    from filrouge.portail.guide import pages_fournies

    assert not (RACINE_PROJET / "docs" / "guide").exists() and not (RACINE_PROJET / "docs" / "financement.md").exists()
    fournies = pages_fournies()
    assert {"guide/index.md", "guide/phases.md", "financement.md"} <= set(fournies)
    racine = depot_exemple(tmp_path / "depot")
    propre = racine / "docs" / "guide" / "roles.md"
    propre.parent.mkdir(parents=True)
    propre.write_text("# Les rôles dans notre réseau\n\nUne version locale, plafond {{ reseau.plafond_demande }}.\n",
                      encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    roles = (tmp_path / "site" / "guide" / "roles.html").read_text(encoding="utf-8")
    assert "Une version locale, plafond 10" in roles
    phases = (tmp_path / "site" / "guide" / "phases.html").read_text(encoding="utf-8")
    assert "reseau." not in phases.replace("reseau.yaml", "") and "<svg" in phases
