"""Les formulaires à signer : sections du formulaire papier, récit, signatures, décision, rien d'interne, texte sûr."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from filrouge.francais import ErreurUtilisation
from filrouge.impression.document import Formulaire, formulaire_pour, imprimer
from filrouge.mise_en_forme import montant
from filrouge.publication import Publication, charger
from tests.bilan.fabrique import Fabrique
from tests.bilan.outils import lancer
from tests.outils import RACINE_PROJET

SECRET_PREPARATOIRE = "attente-interne-jamais-imprimee"
RECIT = """# Concertation du 1er février 2019

## Analyse de la situation

Le jeune a repris contact avec **son éducatrice** ; la scolarité reste fragile.

## Pistes dégagées

- Revoir l'horaire aménagé au terme du mois.
- Formaliser un protocole de crise d'une page.
"""


@pytest.fixture
def depot(fabrique: Fabrique) -> Publication:
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], prochaine="2019-03-15",
           echeances=["2019-02-20"], leviers="<script>alert('x')</script> une école motivée")
    (f.racine / "dossiers/2019-001/concertations/2019-02-01.md").write_text(RECIT, encoding="utf-8")
    f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "demandee", cout=6000)
    (f.racine / "dossiers/2019-001/preparation.yaml").write_text(yaml.safe_dump({
        "date": dt.date(2019, 1, 12), "initiateur": "a1", "code": "CDF20055000", "personnes": [],
        "analyse_holistique": True, "attentes": {"jeune": SECRET_PREPARATOIRE},
        "rencontre": {"date": dt.date(2019, 1, 25), "lieu": SECRET_PREPARATOIRE}}), encoding="utf-8")
    return charger(f.racine)


def _note(depot: Publication) -> Path:
    return depot.racine / "dossiers/2019-001/concertations/2019-02-01.yaml"


def _demande(depot: Publication) -> Path:
    return depot.racine / "dossiers/2019-001/financements/transition.yaml"


def _html(depot: Publication, chemin: Path) -> str:
    return formulaire_pour(depot, chemin).html


def _pdf(tmp_path: Path, fichier: Path, nom: str = "formulaire.pdf") -> PdfReader:
    sortie = tmp_path / nom
    code, message = lancer("imprimer", str(fichier), "--sortie", str(sortie))
    assert code == 0 and "Écrit" in message
    return PdfReader(sortie)


def _pages(lecteur: PdfReader) -> list[str]:
    """Le texte de chaque page, blancs ramenés à une espace (ce qu'un lecteur du papier lit)."""
    return [" ".join((page.extract_text() or "").split()) for page in lecteur.pages]


def _ecrire_yaml(chemin: Path, modifier) -> None:
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    modifier(donnees)
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_note_sections_et_signatures(depot: Publication) -> None:
    html = _html(depot, _note(depot))
    for section in ("Personnes présentes à la concertation", "Personnes absentes", "Coordinateur du soin",
                    "Pédopsychiatre qui valide le plan de soin", "Hiérarchisation des actions validées par la concertation",
                    "Opérationnalisation (qui fait quoi, quand, où, avec qui ?)", "Ressources activées",
                    "solliciter une intervention financière", "prochaine rencontre",
                    "Le jeune", "Les familles", "Les aidants proches", "Les partenaires professionnels",
                    "Signature du coordinateur du soin", "Signature du pédopsychiatre"):
        assert section in html, section
    assert "déléguée – Service de protection de la jeunesse (SPJ) de Namur" in html
    assert "<li>mère</li>" in html  # la famille par son lien, jamais par un nom


def test_note_imprime_le_recit(depot: Publication, tmp_path: Path) -> None:
    """Le récit (analyses, pistes) est imprimé, mis en forme, sous les titres de la note et avant les actions."""
    html = _html(depot, _note(depot))
    assert "<h4>Analyse de la situation</h4>" in html and "<strong>son éducatrice</strong>" in html
    assert "<li>Formaliser un protocole de crise d'une page.</li>" in html
    texte = " ".join(_pages(_pdf(tmp_path, _note(depot))))
    analyse, pistes, actions = (texte.index(t) for t in ("Le jeune a repris contact avec son éducatrice",
                                                          "Formaliser un protocole de crise d'une page",
                                                          "Hiérarchisation des actions"))
    assert texte.index("Analyses, évaluations et pistes de la concertation") < analyse < pistes < actions
    assert "##" not in texte and "**" not in texte


def test_le_recit_s_imprime_aussi_depuis_son_fichier_md(depot: Publication) -> None:
    assert formulaire_pour(depot, _note(depot).with_suffix(".md")).html == _html(depot, _note(depot))


def test_note_sans_recit_sans_section_vide(fabrique: Fabrique) -> None:
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"])
    assert "Analyses, évaluations et pistes" not in formulaire_pour(charger(fabrique.racine), note).html


@pytest.mark.parametrize(("localite", "attendu"), [
    ("Namur", "Fait à Namur, le 1er février 2019."),
    (None, "Fait à , le 1er février 2019."),  # sans localité configurée : une ligne à remplir à la main
])
def test_fait_a_avant_les_signatures(fabrique: Fabrique, tmp_path: Path, localite: str | None, attendu: str) -> None:
    reseau = fabrique.racine / "reseau.yaml"
    reseau.write_text(re.sub(r"^localite: .*\n", "" if localite is None else f"localite: {localite}\n",
                             reseau.read_text(encoding="utf-8"), flags=re.MULTILINE), encoding="utf-8")
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"])
    demande = fabrique.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "demandee")
    texte = " ".join(_pages(_pdf(tmp_path, note)))
    assert attendu in texte
    assert texte.index("Signatures") < texte.index(attendu) < texte.index("Signature du coordinateur du soin")
    assert texte.index(attendu) < texte.index("Signatures des personnes présentes à la concertation")
    # La demande est datée du jour où elle est certifiée, pas de la concertation.
    assert attendu.replace("1er février", "5 février") in " ".join(_pages(_pdf(tmp_path, demande, "demande.pdf")))
    if localite is None:
        assert '<span class="blanc court"></span>' in formulaire_pour(charger(fabrique.racine), note).html


def test_texte_du_dossier_sans_balise(depot: Publication) -> None:
    html = _html(depot, _note(depot))
    assert "<script" not in html and "alert" not in html and "une école motivée" in html


def test_demande_attestations_et_certification(depot: Publication) -> None:
    html = _html(depot, _demande(depot))
    assert "Je, soussigné, coordinateur du plan de soin" in html
    assert "ne faisait pas l&#39;objet d&#39;un double subventionnement" in html
    assert "Certifié sincère et conforme" in html and "Nom, prénom et signature du coordinateur du soin" in html
    assert montant(4000) in html and montant(6000) in html and "CDF20055000" in html


def _case(html: str, libelle: str) -> str:
    """La case (☒ ou ☐) devant un libellé du cadre de décision."""
    trouve = re.search(r'<span class="case">(.)</span> ' + re.escape(libelle) + "</span>", html)
    assert trouve, libelle
    return trouve[1]


@pytest.mark.parametrize(("decision", "cochee", "accorde", "autres"), [
    ({"statut": "accordee", "montant_accorde": 4000, "date": dt.date(2019, 2, 20)}, "accordée", "4 000 €", []),
    ({"statut": "accordee", "montant_accorde": 2500, "date": dt.date(2019, 2, 20)}, "accordée en partie", "2 500 €", []),
    ({"statut": "refusee", "date": dt.date(2019, 2, 20), "motif": "Matériel **non éligible**, pris en charge par la famille."},
     "refusée", "—", ["Matériel non éligible, pris en charge par la famille."]),
    ({"statut": "retiree", "date": dt.date(2019, 2, 20), "motif": "Le CPAS finance le transport."},
     "retirée", "—", ["Le CPAS finance le transport."]),
])
def test_cadre_du_coordinateur_rempli_par_la_decision(fabrique: Fabrique, tmp_path: Path, decision: dict,
                                                      cochee: str, accorde: str, autres: list[str]) -> None:
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"])
    demande = fabrique.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "demandee")
    _ecrire_yaml(demande, lambda d: d.update(decision=decision))
    html = formulaire_pour(charger(fabrique.racine), demande).html
    for _, libelle in (("accordee", "accordée"), ("partielle", "accordée en partie"), ("refusee", "refusée"),
                       ("retiree", "retirée")):
        assert _case(html, libelle) == ("☒" if libelle == cochee else "☐"), libelle
    pages = _pages(_pdf(tmp_path, demande))
    assert len(pages) == 1  # la demande et son cadre de décision sur une seule feuille
    cadre = pages[0][pages[0].index("Cadre réservé au coordinateur du réseau"):]
    for attendu in (f"Montant accordé {accorde}", "Date de la décision 20 février 2019", *autres):
        assert attendu in cadre, attendu
    assert "Nom, prénom et signature du coordinateur du réseau" in pages[0]


def test_cadre_du_coordinateur_a_remplir_sans_decision(depot: Publication, tmp_path: Path) -> None:
    html = _html(depot, _demande(depot))
    assert "☒" not in html[html.index("Cadre réservé"):]
    cadre = html[html.index("Cadre réservé"):]
    assert cadre.count('<span class="blanc') == 4  # montant, date, deux lignes de motif
    texte = _pages(_pdf(tmp_path, _demande(depot)))
    assert len(texte) == 1 and "Montant accordé Date de la décision Motif" in texte[0]


def test_cadre_du_coordinateur_jamais_seul_ni_coupe(fabrique: Fabrique, tmp_path: Path) -> None:
    """Une longue demande : le cadre passe entier à la page suivante, qui dit de quel dossier et de quelle demande."""
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"])
    demande = fabrique.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee",
                                   decide_le="2019-02-20")
    _ecrire_yaml(demande, lambda d: d.update(
        cofinancements=[{"source": f"partenaire numéro {i} du trajet de soin", "montant": 100} for i in range(12)],
        pieces=[{"type": "devis", "fichier": f"pieces/devis-{i}.pdf"} for i in range(12)],
        decision={**d["decision"], "motif": "Non éligible."}))
    pages = _pages(_pdf(tmp_path, demande))
    assert len(pages) == 2
    avec_cadre = [p for p in pages if "Cadre réservé au coordinateur du réseau" in p]
    assert len(avec_cadre) == 1
    page = avec_cadre[0]
    for champ in ("Décision", "Montant accordé", "Date de la décision 20 février 2019", "Motif Non éligible.",
                  "Nom, prénom et signature du coordinateur du réseau"):
        assert champ in page, champ
    assert "Demande d'intervention financière du 5 février 2019 – dossier 2019-001" in page  # en-tête courant
    assert "Dossier 2019-001 (CDF20055000) – demande du 5 février 2019 : action n° 1, 4 000 € demandés" in page


def test_signatures_de_la_note_jamais_seules(depot: Publication, tmp_path: Path) -> None:
    """Les signatures qui valident la note suivent « Fait à », sur une page qui dit de quelle note elle est."""
    pages = _pages(_pdf(tmp_path, _note(depot)))
    page = next(p for p in pages if "Signature du pédopsychiatre" in p)
    assert "Fait à Namur, le 1er février 2019." in page and "Voir la charte de concertation" in page
    for suivante in pages[1:]:
        assert "Note de synthèse de la concertation du 1er février 2019 – dossier 2019-001" in suivante


MOTS_SANS_ACCENT = re.compile(
    r"\b(?:synthese|decision|accordee|refusee|retiree|demandee|reseau|echeance|referent|pedopsychiatre|"
    r"operationnalisation|presentes?|certifie|prenom|elements|cadre reserve|coordonnees|realisee)\b", re.IGNORECASE)


def test_accents_du_texte_des_metadonnees_et_du_nom_propose(depot: Publication, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _ecrire_yaml(_demande(depot), lambda d: d.update(
        pieces=[{"type": "note_de_synthese", "fichier": "pieces/annexe-1.pdf"},
                {"type": "estimation", "fichier": "pieces/annexe-2.pdf"}],
        decision={"statut": "accordee", "montant_accorde": 3000, "date": dt.date(2019, 2, 20)}))
    depot = charger(depot.racine)
    monkeypatch.chdir(tmp_path)
    attendus = {
        _note(depot): ("note-de-synthèse-2019-001-2019-02-01.pdf",
                       "Note de synthèse de la concertation du 1er février 2019 – dossier 2019-001"),
        _demande(depot): ("demande-d-intervention-financière-2019-001-2019-02-05.pdf",
                          "Demande d'intervention financière du 5 février 2019 – dossier 2019-001"),
    }
    for fichier, (nom, titre) in attendus.items():
        formulaire = formulaire_pour(depot, fichier)
        assert formulaire == Formulaire(formulaire.html, titre, nom)
        assert f"<title>{titre.replace(chr(39), '&#39;')}</title>" in formulaire.html  # nom proposé par le navigateur
        code, message = lancer("imprimer", str(fichier))  # sans --sortie : le nom proposé
        assert code == 0 and message == f"Écrit : {nom}\n"
        lecteur = PdfReader(tmp_path / nom)
        meta = lecteur.metadata
        assert meta.title == titre and meta.author == "Réseau Santé Kirikou"
        assert "projet pilote dispositif casemanagement" in meta.subject and "dossier 2019-001" in meta["/Keywords"]
        texte = " ".join(_pages(lecteur))
        assert not MOTS_SANS_ACCENT.findall(texte + " ".join(str(v) for v in meta.values()))
        with pytest.raises(ErreurUtilisation, match="existe déjà"):  # jamais d'écrasement, même du nom proposé
            lancer("imprimer", str(fichier))
    texte = " ".join(_pages(PdfReader(tmp_path / attendus[_demande(depot)][0])))
    assert "note de synthèse : pieces/annexe-1.pdf" in texte and "estimation de la dépense : pieces/annexe-2.pdf" in texte
    assert "accordée en partie" in texte


def test_phase_preparatoire_refusee(depot: Publication) -> None:
    with pytest.raises(ErreurUtilisation, match="la phase préparatoire ne s'imprime pas"):
        formulaire_pour(depot, depot.racine / "dossiers/2019-001/preparation.yaml")


@pytest.mark.parametrize("fichier, attendus", [
    (_note, ["Note de synthèse de la concertation", "Signature du coordinateur du soin", "Signature du pédopsychiatre",
             "Les partenaires professionnels", "Les aidants proches"]),
    (_demande, ["Demande d'intervention financière", "Certifié sincère et conforme"]),
])
def test_pdf_par_la_commande(depot: Publication, tmp_path: Path, fichier, attendus: list[str]) -> None:
    texte = " ".join(_pages(_pdf(tmp_path, fichier(depot))))
    for attendu in attendus:
        assert attendu in texte, attendu
    assert SECRET_PREPARATOIRE not in texte and "25 janvier 2019" not in texte


def test_imprimer_n_ecrase_jamais(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Un --sortie qui existe déjà (ici un fichier du dépôt) est refusé, sortie 2, fichier intact."""
    from filrouge.cli import main

    monkeypatch.chdir(RACINE_PROJET)
    cible = tmp_path / "deja.pdf"
    cible.write_bytes(b"contenu a garder")
    demande = next((RACINE_PROJET / "dossiers").glob("2019-003/financements/*.yaml"))
    assert main(["imprimer", str(demande), "--sortie", str(cible)]) == 2
    assert "existe déjà" in capsys.readouterr().err
    assert cible.read_bytes() == b"contenu a garder"


SECRET_INTERNE = "pere incarcere a Lantin"


@pytest.mark.parametrize("marque", ["<!-- interne -->", "<!-- interne : vu avec le SAJ -> confidentiel -->",
                                    "<!--INTERNE-->"])
def test_pdf_sans_passage_interne_d_aucun_champ(fabrique: Fabrique, tmp_path: Path, marque: str) -> None:
    """Le document signé et emporté par chaque participant ne porte aucun passage interne, quel que soit le champ."""
    passage = f"Avant. {marque}{SECRET_INTERNE}<!-- /interne --> Après."
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10",
              acteurs=[{**a, "fonction": passage} if a["id"] == "a1" else a for a in Fabrique.acteurs()])
    note = f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"],
                  leviers=passage, obstacles=passage, lieu=passage, heure="14:00")
    _ecrire_yaml(note, lambda d: d["actions"][0].update(description=passage, effets_attendus=passage, quoi=passage,
                                                        ressources=passage))
    note.with_suffix(".md").write_text(f"## Analyse\n\n{passage}\n\n- piste {passage}\n", encoding="utf-8")
    demande = f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee", decide_le="2019-02-20")
    _ecrire_yaml(demande, lambda d: (d["decision"].update(motif=passage),
                                     d.update(cofinancements=[{"source": passage, "montant": 0}])))
    for fichier in (note, demande):
        texte = " ".join(_pages(_pdf(tmp_path, fichier, f"{fichier.stem}.pdf")))
        assert "Lantin" not in texte and "incarcere" not in texte
        assert "Avant." in texte


CANARI = "canari7"
ATTAQUES = [
    f"<script>document.write('{CANARI}')</script>",
    f"<SCRIPT SRC=//evil.example/{CANARI}.js></SCRIPT>",
    f'<img src=x onerror="alert(\'{CANARI}\')">',
    f"<img src=x onerror=alert('{CANARI}')>",
    f"<svg onload=alert('{CANARI}')></svg>",
    f"[lien](javascript:alert('{CANARI}'))",
    f"[lien](JaVaScRiPt:alert('{CANARI}'))",
    f"[lien][1]\n\n[1]: javascript:alert('{CANARI}')",
    f'<a href="javascript:{CANARI}()">lien</a>',
    f'<a href="data:text/html,{CANARI}">lien</a>',
    f"![image](https://evil.example/{CANARI}.png)",
    f'<iframe src="https://evil.example/{CANARI}"></iframe>',
    f"<style>body {{ background: url(https://evil.example/{CANARI}) }}</style>",
    f'<p style="background:url(https://evil.example/{CANARI})">stylé</p>',
    f"<!-- {CANARI} -->",
    f"<!-- interne -->{CANARI}<!-- /interne -->",
]
"""Du balisage actif dans un texte de dossier : le canari ne doit arriver ni dans le HTML actif ni dans le PDF."""


def _piege(fabrique: Fabrique, markdown: str, simple: str) -> tuple[Path, Path]:
    """Une note et une demande piégées : `markdown` dans chaque champ rendu en Markdown, le récit et le motif
    de la décision ; `simple` dans chaque champ imprimé tel quel (lieu, quand, où, source d'un cofinancement)."""
    riche, brut = f"Début.\n\n{markdown}\n\nFin.", f"Début. {simple} Fin."
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"],
                         leviers=riche, obstacles=riche, lieu=brut)
    _ecrire_yaml(note, lambda d: d["actions"][0].update(description=riche, effets_attendus=riche, quoi=riche,
                                                        ressources=riche, quand=brut, ou=brut))
    note.with_suffix(".md").write_text(f"## Analyse\n\n{riche}\n\n- piste : {markdown}\n", encoding="utf-8")
    demande = fabrique.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee",
                                   decide_le="2019-02-20")
    _ecrire_yaml(demande, lambda d: (d["decision"].update(motif=riche),
                                     d.update(cofinancements=[{"source": brut, "montant": 0}])))
    return note, demande


BALISES_SIMPLES = [a for a in ATTAQUES if a.startswith("<")]
"""Dans un champ simple, le Markdown n'est pas interprété (un « [lien](…) » y reste du texte inerte, comme
sur le portail) ; le balisage HTML, lui, est ôté."""


_ACTIF = re.compile(r"<\s*(?:script|img|svg|iframe|object|embed|link|meta|style|base|form)\b|\son\w+\s*=|\sstyle\s*="
                    r"|\s(?:href|src)\s*=\s*[\"']?\s*(?!https?:|mailto:)[\w+.-]+:", re.IGNORECASE)
"""Ce qui agirait dans le corps du document : balise active, gestionnaire d'événement, style en ligne, URL d'un
schéma autre que http(s) ou mailto."""


def _corps(html: str) -> str:
    """Le corps du document : l'en-tête (feuille de style et métadonnées du gabarit) est écarté."""
    return html[html.index("</head>"):]


@pytest.mark.parametrize("attaque", ATTAQUES)
def test_balisage_actif_jamais_dans_le_html(fabrique: Fabrique, attaque: str) -> None:
    note, demande = _piege(fabrique, attaque, attaque if attaque in BALISES_SIMPLES else "")
    pub = charger(fabrique.racine)
    for fichier in (note, note.with_suffix(".md"), demande):
        html = _corps(formulaire_pour(pub, fichier).html)
        assert not _ACTIF.findall(html), (fichier.name, _ACTIF.findall(html))
        assert "<!--" not in html and "Début." in html and "Fin." in html
        # Le canari disparaît avec le balisage qui le portait : il ne reste pas même en texte.
        assert CANARI not in re.sub(r"<[^>]*>", "", html), fichier.name


def test_balisage_actif_jamais_dans_le_pdf(fabrique: Fabrique, tmp_path: Path) -> None:
    """Toutes les attaques à la fois, dans chaque champ et dans le récit : ni lien, ni image, ni script dans le PDF."""
    note, demande = _piege(fabrique, "\n\n".join(ATTAQUES), " ".join(BALISES_SIMPLES))
    for fichier in (note, demande):
        lecteur = _pdf(tmp_path, fichier, f"{fichier.stem}.pdf")
        liens = [str(annot.get_object().get("/A", {}).get("/URI", "")) for page in lecteur.pages
                 for annot in page.get("/Annots", [])]
        assert not [lien for lien in liens if CANARI in lien or "javascript" in lien.lower()], liens
        assert all(not page.images for page in lecteur.pages)
        assert "/JavaScript" not in lecteur.trailer["/Root"] and "/OpenAction" not in lecteur.trailer["/Root"]
        texte = " ".join(_pages(lecteur))
        assert "Début." in texte and "Fin." in texte
        assert CANARI not in texte and "<" not in texte and "-->" not in texte
        traces = re.findall(r"\b(?:script|onerror|onload|javascript|alert|evil|iframe|svg|img)\b", texte, re.IGNORECASE)
        assert not traces, traces
        if fichier == note:  # le récit est bien imprimé, sans rien de l'attaque
            recit = texte[texte.index("Analyses, évaluations et pistes"):texte.index("Hiérarchisation des actions")]
            assert "Début." in recit and "piste :" in recit


@pytest.mark.parametrize("marque", ["<!-- interne -->", "<!--INTERNE-->", "<!-- interne : à ne pas diffuser -->"])
def test_recit_interne_jamais_imprime(fabrique: Fabrique, tmp_path: Path, marque: str) -> None:
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"])
    note.with_suffix(".md").write_text(
        f"## Analyse\n\nPublic avant.\n\n{marque}\n## Secret\n\n- {SECRET_INTERNE}\n<!-- /interne -->\n\nPublic après.\n",
        encoding="utf-8")
    texte = " ".join(_pages(_pdf(tmp_path, note)))
    assert "Public avant." in texte and "Public après." in texte
    assert "Lantin" not in texte and "Secret" not in texte


@pytest.mark.parametrize(("champ", "valeur", "raison"), [
    ("leviers", "secret <!-- /interne --> publié", "marque de passage interne douteuse"),
    ("leviers", "&lt;!-- interne --&gt;secret", "marque de passage interne douteuse"),
    ("obstacles", "appeler la mère au 0471 12 34 56", "garde d'anonymat"),
])
def test_imprimer_refuse_un_fichier_retenu(fabrique: Fabrique, tmp_path: Path, champ: str, valeur: str,
                                           raison: str) -> None:
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], **{champ: valeur})
    sortie = tmp_path / "note.pdf"
    with pytest.raises(ErreurUtilisation, match=raison):
        lancer("imprimer", str(note), "--sortie", str(sortie))
    assert not sortie.exists()


NOMS = [("la mère, Martine Dupont, est présente", "Dupont"), ("Mme Vandenbroeck accompagne le jeune", "Vandenbroeck"),
        ("son frère prénommé Kevin a été entendu", "Kevin"), ("appeler le père au 0471 12 34 56", "0471")]


@pytest.mark.parametrize(("nom", "mot"), NOMS)
@pytest.mark.parametrize("ou", ["recit", "motif", "fonction"])
def test_nom_signale_par_la_garde_jamais_imprime(fabrique: Fabrique, tmp_path: Path, nom: str, mot: str,
                                                 ou: str) -> None:
    """Un nom signalé par la garde d'anonymat : le fichier est retenu par la vue, rien n'est écrit, où qu'il soit."""
    acteurs = [{**a, "fonction": nom} if ou == "fonction" and a["id"] == "a1" else a for a in Fabrique.acteurs()]
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10",
                     acteurs=acteurs)
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], echeances=["2019-02-20"])
    demande = fabrique.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee")
    if ou == "recit":
        note.with_suffix(".md").write_text(f"## Analyse\n\n{nom}.\n", encoding="utf-8")
    if ou == "motif":
        _ecrire_yaml(demande, lambda d: d["decision"].update(motif=nom))
    vises = {"recit": [note, note.with_suffix(".md")], "motif": [demande], "fonction": [note, demande]}[ou]
    for fichier in vises:
        sortie = tmp_path / f"{fichier.name}.pdf"
        with pytest.raises(ErreurUtilisation, match="ne s'imprime pas"):
            lancer("imprimer", str(fichier), "--sortie", str(sortie))
        assert not sortie.exists()
    # La version imprimable du portail ne lit que la vue : le texte signalé n'y est pas non plus.
    from filrouge.impression.document import html_demande, html_note

    pub = charger(fabrique.racine, garde=True)
    assert pub.retenus
    for d in pub.dossiers:
        for n in d.notes:
            assert mot not in html_note(pub, d, n)
        for f in d.demandes:
            assert mot not in html_demande(pub, d, f)


CAPTURES = RACINE_PROJET / "artefacts" / "captures"
DEMO = {
    "dossiers/2019-003/concertations/2019-03-06.yaml": "impression-note-2019-003-2019-03-06",
    "dossiers/2019-003/financements/2019-criseflex-transition.yaml": "impression-demande-2019-003-accordee",
    "dossiers/2026-001/financements/2026-stage-remobilisation.yaml": "impression-demande-2026-001-en-attente",
}


@pytest.fixture(scope="module")
def demo() -> Publication:
    return charger(RACINE_PROJET, garde=True)


@pytest.mark.parametrize("relatif", sorted(DEMO))
def test_formulaires_de_la_demo_vus_page_par_page(demo: Publication, relatif: str) -> None:
    """Les PDF de la démonstration : récit, « Fait à », cadre de décision, rien de seul sur une page.

    PDF et pages en PNG (pdftoppm) restent dans artefacts/captures/ : la CI les garde pour qu'on les regarde.
    """
    CAPTURES.mkdir(parents=True, exist_ok=True)
    nom = DEMO[relatif]
    for ancien in [CAPTURES / f"{nom}.pdf", *CAPTURES.glob(f"{nom}-*.png")]:
        ancien.unlink(missing_ok=True)
    sortie = imprimer(demo, RACINE_PROJET / relatif, CAPTURES / f"{nom}.pdf")
    pages = _pages(PdfReader(sortie))
    titre = formulaire_pour(demo, RACINE_PROJET / relatif).titre
    assert all(titre in page for page in pages[1:])  # l'en-tête courant : une page détachée dit d'où elle vient
    if "/concertations/" in relatif:
        texte = " ".join(pages)
        assert "Analyse de la situation" in texte and "Pistes dégagées" in texte
        signatures = next(p for p in pages if "Signature du pédopsychiatre" in p)
        assert "Fait à Namur, le 6 mars 2019." in signatures and "Signatures des personnes présentes" in signatures
    else:
        assert len(pages) == 1 and "Certifié sincère et conforme" in pages[0]
        decision = ("☒ accordée ☐ accordée en partie ☐ refusée ☐ retirée" if "accordee" in nom
                    else "☐ accordée ☐ accordée en partie ☐ refusée ☐ retirée")
        assert decision in pages[0]
        if "accordee" in nom:
            assert "Montant accordé 10 000 € Date de la décision 25 mars 2019" in pages[0]
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(sortie), str(CAPTURES / nom)], check=True, timeout=60)
        assert len(list(CAPTURES.glob(f"{nom}-*.png"))) == len(pages)
