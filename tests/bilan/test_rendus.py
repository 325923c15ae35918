"""Les rendus (Markdown, CSV, JSON, page HTML, SVG) montrent les chiffres calculés, sans rien recalculer."""

from __future__ import annotations

import csv
import datetime as dt
import html
import io
import json
import re

import pytest
import yaml

from filrouge.bilan.calcul import calculer
from filrouge.bilan.page import page_bilan
from filrouge.bilan.comparaison import comparer, valeur
from filrouge.modele import BilanArrete
from filrouge.bilan.graphiques import GRAPHIQUES
from filrouge.bilan.rendu_csv import en_csv, tableaux_csv
from filrouge.bilan.donnees import donnees
from filrouge.bilan.rendu_json import en_json
from filrouge.bilan.rendu_markdown import en_markdown
from filrouge.publication import Publication, charger
from tests.bilan.fabrique import Fabrique


@pytest.fixture
def bilan(petit_reseau: Publication):
    return calculer(petit_reseau, 2019)


def test_json_cles_documentees(bilan) -> None:
    d = json.loads(en_json(bilan))
    assert set(d) == {"annee", "debut", "arrete_au", "reseau", "demandes", "dossiers", "tableau", "tranches_age",
                      "hors_tranches", "concertations", "financement", "enveloppe", "capacite", "secteurs", "ecarts"}
    assert d["arrete_au"] == "2019-12-31"
    assert d["dossiers"]["total"] == 6 == d["demandes"]["traitees"]
    assert d["tableau"]["2019-2019"] == {"ouverture": "2019", "cloture": "2019", "dossiers": 1,
                                         "demandes_financement": 1, "montant_accorde": 4000.0, "ids": ["2019-001"]}
    assert d["financement"]["accordees"]["nombre"] == 1 and d["financement"]["refusees"]["montant_demande"] == 900
    assert d["capacite"]["mois"]["2019-02"] == {"maximum": 3, "fin_de_mois": 2}
    assert d["capacite"]["saturations"][0] == {"debut": "2019-01-10", "fin": "2019-02-01", "maximum": 3}


def test_markdown_francais(bilan) -> None:
    texte = en_markdown(bilan)
    assert texte.startswith("# Bilan 2019 du dispositif casemanagement – Réseau Santé Kirikou")
    assert "arrêtés au 31 décembre 2019" in texte
    assert "| 1 | 2019 | 2019 | 1 | 4 000 € |" in texte
    assert "Saturation du 10 janvier 2019 au 1er février 2019 : jusqu'à 3 dossiers actifs." in texte
    assert "3,6 %" in texte  # 4 000 / 110 421


def test_csv_valeurs_brutes(bilan) -> None:
    fichiers = tableaux_csv(bilan)
    # Sans bilan arrêté dans ce dépôt (bilan/2019.yaml), pas de tableau des écarts.
    assert set(fichiers) == {"bilan-2019-dossiers.csv", "bilan-2019-tranches-age.csv", "bilan-2019-criseflex.csv",
                             "bilan-2019-dossiers-actifs.csv", "bilan-2019-secteurs.csv"}
    lignes = list(csv.reader(io.StringIO(fichiers["bilan-2019-dossiers-actifs.csv"])))
    assert lignes[0][0] == "Mois" and lignes[2] == ["2019-02", "3", "2", "2", "oui"]
    dossiers = list(csv.reader(io.StringIO(fichiers["bilan-2019-dossiers.csv"])))
    assert ["1", "2019", "2019", "1", "4000"] in dossiers
    assert ["1", "demandes non ouvertes", "", "0", "0"] in dossiers
    assert en_csv(bilan).startswith("# bilan-2019-dossiers.csv\n")


def test_graphiques_svg_sans_style_ni_script(bilan) -> None:
    for nom, dessiner in GRAPHIQUES.items():
        svg = dessiner(bilan)
        assert svg.startswith("<svg ") and svg.rstrip().endswith("</svg>")
        assert "<script" not in svg and " style=" not in svg and "<style" not in svg
        assert f'<title id="graphique-{nom}-titre">' in svg
        ids = re.findall(r'\bid="([^"]+)"', svg)
        assert ids and all(i.startswith(f"graphique-{nom}-") for i in ids)
        for reference in re.findall(r'url\(#([^)]+)\)', svg):
            assert reference in ids


@pytest.mark.parametrize("annee", [2019, 2030], ids=["annee-suivie", "annee-sans-dossier"])
def test_graduations_entieres_a_la_francaise(petit_reseau: Publication, annee: int) -> None:
    """Des nombres de dossiers : graduations entières depuis 0, jamais « 0.02 » ni « −0.04 » à l'anglaise."""
    bilan = calculer(petit_reseau, annee)
    for nom, dessiner in GRAPHIQUES.items():
        textes = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", dessiner(bilan))]
        nombres = [t.strip() for t in textes if re.fullmatch(r"\s*[−-]?[\d.,\u202f]+\s*", t)]
        assert nombres, nom
        assert all(re.fullmatch(r"\d{1,3}(\u202f\d{3})*", n) for n in nombres), (nom, nombres)
        assert "0" in nombres, (nom, nombres)


def test_page_portail_echappee(fabrique: Fabrique) -> None:
    reseau = (fabrique.racine / "reseau.yaml").read_text(encoding="utf-8")
    (fabrique.racine / "reseau.yaml").write_text(
        reseau.replace("reseau: Réseau Santé Kirikou", "reseau: \"<script>alert(1)</script>\""), encoding="utf-8")
    fabrique.dossier("2019-001", demande="2019-01-05", ouverture="2019-01-10")
    html = page_bilan(calculer(charger(fabrique.racine), 2019), prefixe_csv="telechargements/")
    assert "<script" not in html and "&lt;script&gt;" in html
    assert html.count("<svg ") == 3
    assert 'href="telechargements/bilan-2019-dossiers.csv"' in html
    assert '<h2 id="bilan-capacite">Dossiers actifs et capacité</h2>' in html


def test_comparaison_lit_les_chemins_json(bilan) -> None:
    assert valeur({"a": {"b c": {"d": 3}}}, "a.b c.d") == 3
    assert valeur({"a": 1}, "a.b") is None
    arrete = BilanArrete.model_validate({
        "annee": 2019, "arrete_au": dt.date(2019, 12, 31), "document": "Rapport d'essai", "chiffres": [
            {"cle": "dossiers.suivis", "valeur": 4, "libelle": "suivis"},
            {"cle": "dossiers.clos", "valeur": 3, "libelle": "clos", "note": "compté à la main"},
            {"cle": "concertations.presence_moyenne", "valeur": 3, "arrondi": 0, "libelle": "présence"},
            {"valeur": 12, "libelle": "non calculable"},
            {"cle": "inexistant.chemin", "valeur": 1, "libelle": "absent"}]})
    ecarts = comparer(bilan, donnees(bilan), arrete)
    assert [(e.libelle, e.calcule, e.concorde) for e in ecarts] == [
        ("suivis", 4, True), ("clos", 2, False), ("présence", 3.33, True), ("non calculable", None, None),
        ("absent", None, False)]
    assert ecarts[1].note == "compté à la main"
    assert comparer(bilan, donnees(bilan), None) == []


@pytest.mark.parametrize("piege", ["=HYPERLINK(\"http://exemple.invalid\")", "+1+1", "-2+3", "@SOMME(A1)", "\t=1",
                                   "\r=1", "|calc"])
def test_csv_neutralise_les_formules(fabrique: Fabrique, piege: str) -> None:
    """Un libellé venu de l'annuaire ou de la configuration ne s'exécute jamais dans un tableur."""
    annuaire = fabrique.racine / "annuaire.yaml"
    donnees = yaml.safe_load(annuaire.read_text(encoding="utf-8"))
    secteur = next(sv["secteur"] for sv in donnees["services"] if sv["id"] == "spj-namur")
    donnees["secteurs"][secteur] = piege
    annuaire.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    fabrique.dossier("2019-001", demande="2019-01-05", ouverture="2019-01-10")
    bilan = calculer(charger(fabrique.racine), 2019)
    cellules = [cellule for contenu in tableaux_csv(bilan).values() for ligne in csv.reader(io.StringIO(contenu))
                for cellule in ligne]
    assert "'" + piege.replace("\t", " ").replace("\r", " ") in cellules
    assert not [c for c in cellules if c.lstrip()[:1] in ("=", "+", "@", "|") or "\r" in c or "\t" in c]


@pytest.mark.parametrize("libelle", ["$\\foo$", "$x^{2$", "a $ b $$ c", "\\mathrm{x}", "${\\sqrt{}}$"])
def test_libelles_jamais_lus_comme_formules_mathtext(fabrique: Fabrique, libelle: str) -> None:
    """Un libellé avec des « $ » ne fait pas tomber la construction : c'est du texte dans le SVG."""
    annuaire = fabrique.racine / "annuaire.yaml"
    donnees = yaml.safe_load(annuaire.read_text(encoding="utf-8"))
    secteur = next(sv["secteur"] for sv in donnees["services"] if sv["id"] == "spj-namur")
    donnees["secteurs"][secteur] = libelle
    annuaire.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    reseau = fabrique.racine / "reseau.yaml"
    reseau.write_text(reseau.read_text(encoding="utf-8").replace("libelle: 0-6 ans", f"libelle: '{libelle}'"),
                      encoding="utf-8")
    fabrique.dossier("2019-001", demande="2019-01-05", ouverture="2019-01-10")
    bilan = calculer(charger(fabrique.racine), 2019)
    for dessiner in GRAPHIQUES.values():
        svg = dessiner(bilan)
        assert svg.startswith("<svg ")
    assert html.escape(libelle, quote=False).replace("'", "&#x27;")[:3] in GRAPHIQUES["secteurs"](bilan) + \
        GRAPHIQUES["ages"](bilan)


def test_un_motif_de_non_ouverture_est_dit_par_son_libelle_du_reseau(fabrique: Fabrique) -> None:
    """Le libellé vient de reseau.yaml (sa seule maison) : un réseau qui le change le voit dans son bilan."""
    fabrique.dossier("2019-003", statut="non_ouvert", demande="2019-06-01", motif="saturation")
    assert "Demandes non ouvertes : 1 (saturation du dispositif : 1)." in en_markdown(calculer(charger(fabrique.racine), 2019))
    reseau = fabrique.racine / "reseau.yaml"
    reseau.write_text(reseau.read_text(encoding="utf-8").replace("libelle: saturation du dispositif",
                                                                 "libelle: dispositif complet"), encoding="utf-8")
    assert "Demandes non ouvertes : 1 (dispositif complet : 1)." in en_markdown(calculer(charger(fabrique.racine), 2019))
