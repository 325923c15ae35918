"""L'accueil dit tout comme le casemanager le connaît : chaque document en cours (note, phase préparatoire, fiche,
demande, décision) par son nom avec un lien vers sa page, les modifications non enregistrées par dossier et par
document, les demandes qui attendent une décision par leur date ; jamais un chemin de fichier."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge.disposition import dossier_du_fichier, nom_du_document
from tests.atelier.conftest import JETON
from tests.atelier.test_vie_du_dossier import visible

DOSSIER = "2026-001"
CHEMIN = re.compile(r"\.yaml|\.md\b|dossiers/|concertations/|financements/")


def liste(page: str, identifiant: str) -> str:
    trouve = re.search(rf'<ul[^>]* id="{identifiant}">(.*?)</ul>', page, re.S)
    assert trouve, identifiant
    return trouve[1]


@pytest.mark.parametrize(("relatif", "nom"), [
    ("dossiers/2019-003/concertations/2019-03-12.yaml", "note de synthèse du 12 mars 2019"),
    ("dossiers/2019-003/concertations/2019-04-01.md", "note de synthèse du 1er avril 2019"),
    ("dossiers/2026-001/financements/2026-11-24-action-2.yaml", "demande de financement du 24 novembre 2026 (action 2)"),
    ("dossiers/2018-006/financements/2018-repit.yaml", "demande de financement « repit »"),
    ("dossiers/2026-001/pieces/devis-action-2.pdf", "pièce jointe « devis-action-2.pdf »"),
    ("dossiers/2026-001/dossier.yaml", "fiche du dossier"),
    ("dossiers/2026-001/preparation.yaml", "phase préparatoire"),
    ("concertations/2026-11-17.yaml", "note de synthèse du 17 novembre 2026"),
    ("reseau.yaml", "configuration du réseau"),
    ("annuaire.yaml", "annuaire des partenaires"),
    ("notes.txt", "fichier « notes.txt »"),
])
def test_un_fichier_est_dit_par_son_document(relatif: str, nom: str) -> None:
    assert nom_du_document(relatif) == nom


def test_le_dossier_d_un_fichier() -> None:
    assert dossier_du_fichier("dossiers/2026-001/pieces/devis.pdf") == "2026-001"
    assert dossier_du_fichier("dossiers/lisez-moi.md") is None and dossier_du_fichier("reseau.yaml") is None


def test_l_accueil_liste_chaque_document_en_cours_avec_son_lien(client: TestClient, clone: Path) -> None:
    """Pas seulement les notes : tout brouillon non enregistré est retrouvé depuis l'accueil."""
    gardes = {f"/dossiers/{DOSSIER}/preparation": {"rencontre.lieu": "au service"},
              f"/dossiers/{DOSSIER}/notes/2026-12-01": {"lieu": "au service"},
              "/dossiers/2026-002/fiche": {"motif_demande": "un motif"},
              f"/dossiers/{DOSSIER}/financements/2026-stage-remobilisation/decision": {"decision.motif": "à voir"}}
    for adresse, donnees in gardes.items():
        assert client.post(adresse + "/brouillon", data={"jeton": JETON} | donnees).status_code == 204, adresse
    nouvelle = client.post(f"/dossiers/{DOSSIER}/financements", data={"jeton": JETON, "action": "2026-11-17#2"},
                           follow_redirects=False)
    assert nouvelle.status_code == 303
    en_cours = liste(client.get("/").text, "en-cours")
    attendus = {
        f"/dossiers/{DOSSIER}/preparation": "Phase préparatoire",
        f"/dossiers/{DOSSIER}/notes/2026-12-01": "Note de synthèse du 1er décembre 2026",
        "/dossiers/2026-002/fiche": "Fiche du dossier",
        nouvelle.headers["location"]: "Demande de financement du 24 novembre 2026 (action 2)",
        f"/dossiers/{DOSSIER}/financements/2026-stage-remobilisation":
            "Décision et remboursement de la demande de financement « stage remobilisation »",
    }
    for adresse, libelle in attendus.items():
        assert f'<a href="{adresse}">{libelle}</a>' in en_cours, (adresse, en_cours)
        assert client.get(adresse).status_code == 200, adresse
    assert not CHEMIN.search(visible(en_cours))


def test_un_brouillon_d_un_dossier_disparu_n_est_pas_montre(client: TestClient, clone: Path) -> None:
    assert client.post(f"/dossiers/{DOSSIER}/preparation/brouillon", data={"jeton": JETON}).status_code == 204
    (clone / f"dossiers/{DOSSIER}/dossier.yaml").unlink()
    assert 'id="en-cours"' not in client.get("/").text


def test_les_modifications_non_enregistrees_sont_dites_par_dossier_et_document(client: TestClient, clone: Path) -> None:
    note = clone / f"dossiers/{DOSSIER}/concertations/2026-11-17"
    for suffixe in (".yaml", ".md"):
        fichier = note.with_suffix(suffixe)
        fichier.write_text(fichier.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    (clone / f"dossiers/{DOSSIER}/pieces").mkdir(exist_ok=True)
    (clone / f"dossiers/{DOSSIER}/pieces/devis été.pdf").write_bytes(b"%PDF-1.4\n")
    (clone / "reseau.yaml").write_text((clone / "reseau.yaml").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    page = client.get("/").text
    assert "4 fichier(s) modifié(s) et pas encore enregistré(s)" in visible(page)
    modifications = visible(liste(page, "modifications"))
    assert f"Dossier {DOSSIER} : note de synthèse du 17 novembre 2026, pièce jointe « devis été.pdf »." in \
        " ".join(modifications.split()), modifications
    assert "Hors des dossiers : configuration du réseau." in " ".join(modifications.split())
    assert not CHEMIN.search(modifications), modifications
    assert f'<a href="/dossiers/{DOSSIER}">Dossier {DOSSIER}</a>' in page


def test_une_demande_qui_attend_sa_decision_est_dite_par_sa_date_avec_son_lien(client: TestClient) -> None:
    page = client.get("/").text
    attente = re.search(r'<section aria-labelledby="titre-attente".*?</section>', page, re.S)[0]
    assert (f'<a href="/dossiers/{DOSSIER}/financements/2026-stage-remobilisation">demande du 20 novembre 2026 '
            f"(action 1 de la note du 17 novembre 2026)</a>") in attente
    assert f"Dossier {DOSSIER} : demande(s) sans décision" in " ".join(visible(attente).split())
    assert "2026-stage-remobilisation" not in visible(attente)


def test_les_fichiers_modifies_sont_lus_en_entier(clone: Path) -> None:
    """La synchronisation citait « ossiers/2026-002/dossier.yaml » : la première ligne de `git status` perdait son
    espace de tête, et la découpe la première lettre du chemin. Noms accentués et renommages lus tels quels."""
    from filrouge.gitinfo import fichiers_modifies
    from tests.atelier.conftest import git

    (clone / "dossiers/2026-002/dossier.yaml").write_text("# en cours\n", encoding="utf-8")
    (clone / "dossiers/2026-002/pieces").mkdir(exist_ok=True)
    (clone / "dossiers/2026-002/pieces/séjour été.pdf").write_bytes(b"%PDF-1.4\n")
    assert git(clone, "mv", "dossiers/2026-003/preparation.yaml", "dossiers/2026-003/prepa.yaml").returncode == 0
    assert sorted(fichiers_modifies(clone) or []) == ["dossiers/2026-002/dossier.yaml",
                                                      "dossiers/2026-002/pieces/séjour été.pdf",
                                                      "dossiers/2026-003/prepa.yaml"]
    assert fichiers_modifies(clone, "dossiers/2026-002", non_suivis=False) == ["dossiers/2026-002/dossier.yaml"]
    assert fichiers_modifies(clone.parent) is None, "hors d'un dépôt Git"


def test_l_accueil_dit_les_dates_des_notes_en_lettres(client: TestClient) -> None:
    page = client.get("/").text
    ligne = re.search(rf'<tr class="statut-ouvert">\s*<th scope="row"><a href="/dossiers/{DOSSIER}">.*?</tr>', page, re.S)
    assert ligne and f'<a href="/dossiers/{DOSSIER}/notes/2026-11-17">17 novembre 2026</a>' in ligne[0]
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", visible(page)), re.findall(r".{40}\b20\d\d-\d\d-\d\d\b", visible(page))
