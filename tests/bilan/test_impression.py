"""Les formulaires à signer : sections du formulaire papier, signatures, rien d'interne, texte échappé."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from filrouge.publication import charger
from filrouge.francais import ErreurUtilisation
from filrouge.impression.document import html_pour
from tests.bilan.fabrique import Fabrique
from tests.bilan.outils import lancer

SECRET_PREPARATOIRE = "attente-interne-jamais-imprimee"


@pytest.fixture
def depot(fabrique: Fabrique):
    f = fabrique
    f.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], prochaine="2019-03-15",
           echeances=["2019-02-20"], leviers="<script>alert('x')</script> une école motivée")
    f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "demandee", cout=6000)
    (f.racine / "dossiers/2019-001/preparation.yaml").write_text(yaml.safe_dump({
        "date": dt.date(2019, 1, 12), "initiateur": "a1", "code": "CDF20055000", "personnes": [],
        "analyse_holistique": True, "attentes": {"jeune": SECRET_PREPARATOIRE},
        "rencontre": {"date": dt.date(2019, 1, 25), "lieu": SECRET_PREPARATOIRE}}), encoding="utf-8")
    return charger(f.racine)


def _note(depot) -> Path:
    return depot.racine / "dossiers/2019-001/concertations/2019-02-01.yaml"


def _demande(depot) -> Path:
    return depot.racine / "dossiers/2019-001/financements/transition.yaml"


def test_note_sections_et_signatures(depot) -> None:
    html = html_pour(depot, _note(depot))
    for section in ("Personnes présentes à la concertation", "Personnes absentes", "Coordinateur du soin",
                    "Pédopsychiatre qui valide le plan de soin", "Hiérarchisation des actions validées par la concertation",
                    "Opérationnalisation (qui fait quoi, quand, où, avec qui ?)", "Ressources activées",
                    "solliciter une intervention financière", "prochaine rencontre",
                    "Le jeune", "Les familles", "Les aidants proches", "Les partenaires professionnels",
                    "Signature du coordinateur du soin", "Signature du pédopsychiatre"):
        assert section in html, section
    assert "déléguée – Service de protection de la jeunesse (SPJ) de Namur" in html
    assert "<li>mère</li>" in html  # la famille par son lien, jamais par un nom


def test_texte_du_dossier_echappe(depot) -> None:
    html = html_pour(depot, _note(depot))
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_demande_attestations_et_certification(depot) -> None:
    html = html_pour(depot, _demande(depot))
    assert "Je, soussigné, coordinateur du plan de soin" in html
    assert "ne faisait pas l&#39;objet d&#39;un double subventionnement" in html
    assert "Certifié sincère et conforme" in html and "Nom, prénom et signature du coordinateur du soin" in html
    assert "4 000 €" in html and "6 000 €" in html and "CDF20055000" in html


def test_phase_preparatoire_refusee(depot) -> None:
    with pytest.raises(ErreurUtilisation, match="la phase préparatoire ne s'imprime pas"):
        html_pour(depot, depot.racine / "dossiers/2019-001/preparation.yaml")


@pytest.mark.parametrize("fichier, attendus", [
    (_note, ["Note de synthèse de la concertation", "Signature du coordinateur du soin", "Signature du pédopsychiatre",
             "Les partenaires professionnels", "Les aidants proches"]),
    (_demande, ["Demande d'intervention financière", "Certifié sincère et conforme"]),
])
def test_pdf_par_la_commande(depot, tmp_path: Path, fichier, attendus: list[str]) -> None:
    sortie = tmp_path / "formulaire.pdf"
    code, message = lancer("imprimer", str(fichier(depot)), "--sortie", str(sortie))
    assert code == 0 and "Écrit" in message
    texte = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(sortie).pages)
    for attendu in attendus:
        assert attendu in texte, attendu
    assert SECRET_PREPARATOIRE not in texte and "25 janvier 2019" not in texte


def test_imprimer_n_ecrase_jamais(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Un --sortie qui existe déjà (ici un fichier du dépôt) est refusé, sortie 2, fichier intact."""
    from filrouge.cli import main
    from tests.outils import RACINE_PROJET

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
    donnees = yaml.safe_load(note.read_text(encoding="utf-8"))
    for champ in ("description", "effets_attendus", "quoi"):
        donnees["actions"][0][champ] = passage
    note.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    demande = f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "refusee", decide_le="2019-02-20")
    donnees = yaml.safe_load(demande.read_text(encoding="utf-8"))
    donnees["decision"]["motif"] = passage
    donnees["cofinancements"] = [{"source": passage, "montant": 0}]
    demande.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    for fichier in (note, demande):
        sortie = tmp_path / f"{fichier.stem}.pdf"
        code, _ = lancer("imprimer", str(fichier), "--sortie", str(sortie))
        assert code == 0
        texte = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(sortie).pages)
        assert "Lantin" not in texte and "incarcere" not in texte
        assert "Avant." in texte


@pytest.mark.parametrize(("champ", "valeur", "raison"), [
    ("leviers", "secret <!-- /interne --> publié", "marque de passage interne douteuse"),
    ("leviers", "&lt;!-- interne --&gt;secret", "marque de passage interne douteuse"),
    ("obstacles", "appeler la mère au 0471 12 34 56", "garde d'anonymat"),
])
def test_imprimer_refuse_un_fichier_retenu(fabrique: Fabrique, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           champ: str, valeur: str, raison: str) -> None:
    fabrique.dossier("2019-001", code="CDF20055000", statut="ouvert", demande="2019-01-05", ouverture="2019-01-10")
    note = fabrique.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "mere", "cm"], **{champ: valeur})
    sortie = tmp_path / "note.pdf"
    with pytest.raises(ErreurUtilisation, match=raison):
        lancer("imprimer", str(note), "--sortie", str(sortie))
    assert not sortie.exists()
