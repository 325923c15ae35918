"""Les formulaires de l'atelier après la note : phase préparatoire, fiche du dossier (acteurs), demande Criseflex
avec ses pièces téléversées, décision et remboursement. Pour chacun : enregistré et commité, une erreur dite à
côté de son champ sans rien écrire, le conflit disque, le jeton absent refusé."""

from __future__ import annotations

import html
from html.parser import HTMLParser
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier import document, documents, pieces
from filrouge.lecture import lire_yaml
from tests.atelier.conftest import JETON, git

DOSSIER = "2026-001"
PREPARATION = f"/dossiers/{DOSSIER}/preparation"
FICHE = f"/dossiers/{DOSSIER}/fiche"
DEMANDE = "2026-11-24-action-2"
ADRESSE_DEMANDE = f"/dossiers/{DOSSIER}/financements/{DEMANDE}"
DECISION = ADRESSE_DEMANDE + "/decision"
PDF = b"%PDF-1.4\n% devis fictif\n"


def messages(page: str, identifiant: str) -> str:
    trouve = re.search(rf'<ul class="constats" id="{identifiant}-constats">(.*?)</ul>', page, re.S)
    return html.unescape(" ".join(re.sub("<[^>]+>", " ", trouve[1]).split())) if trouve else ""


def instantane(clone: Path) -> dict[str, bytes]:
    """Tous les fichiers des dossiers et le commit courant : ce qu'un refus ne doit pas changer."""
    fichiers = {p.relative_to(clone).as_posix(): p.read_bytes() for p in (clone / "dossiers").rglob("*") if p.is_file()}
    return fichiers | {"HEAD": git(clone, "rev-parse", "HEAD").stdout.encode()}


def dernier_commit(clone: Path) -> tuple[str, set[str]]:
    sortie = git(clone, "log", "-1", "--format=%s", "--name-only").stdout.split("\n")
    return sortie[0], set(filter(None, sortie[1:]))


def saisie(clone: Path, doc: document.Document, nom: str, **changements: str | list[str]) -> dict[str, list[str]]:
    """Ce que le navigateur enverrait pour le document tel qu'ouvert, avec quelques champs changés."""
    garde = document.ouvrir(clone, doc, DOSSIER, nom)
    donnees = dict(garde.saisie) | {"jeton": [JETON]}
    for nom_champ, valeur in changements.items():
        donnees[nom_champ.replace("__", ".")] = valeur if isinstance(valeur, list) else [valeur]
    return donnees


# --- Phase préparatoire ---------------------------------------------------------------------------------------

def test_la_preparation_s_enregistre_et_se_commite(client: TestClient, clone: Path) -> None:
    page = html.unescape(client.get(PREPARATION).text)
    assert "jamais sur le portail" in page
    assert 'name="rencontre.lieu"' in page and 'name="personnes.0.service_ou_lien"' in page
    reponse = client.post(PREPARATION, data=saisie(clone, documents.PREPARATION, "preparation",
                                                   rencontre__lieu="au service de santé mentale", operation="enregistrer"))
    assert reponse.status_code == 200 and "Phase préparatoire enregistrée et commitée" in html.unescape(reponse.text)
    assert dernier_commit(clone) == (f"Phase préparatoire du dossier {DOSSIER} : mise à jour dans l'atelier",
                                     {f"dossiers/{DOSSIER}/preparation.yaml"})
    texte = (clone / f"dossiers/{DOSSIER}/preparation.yaml").read_text(encoding="utf-8")
    assert "lieu: au service de santé mentale" in texte and texte.startswith("# yaml-language-server")
    assert brouillons.lire(clone, DOSSIER, "preparation", "preparation") is None


def test_la_preparation_refuse_une_date_vide_a_cote_de_son_champ(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    page = client.post(PREPARATION, data=saisie(clone, documents.PREPARATION, "preparation", rencontre__date="",
                                                operation="enregistrer")).text
    assert "« Date de la rencontre » est obligatoire" in messages(page, "c-rencontre-date")
    assert "Rien n'est écrit" in html.unescape(page)
    assert instantane(clone) == avant
    assert brouillons.lire(clone, DOSSIER, "preparation", "preparation") is not None, "la saisie est gardée"


def test_la_preparation_changee_sur_le_disque_n_est_pas_ecrasee(client: TestClient, clone: Path) -> None:
    client.post(PREPARATION, data=saisie(clone, documents.PREPARATION, "preparation", operation="verifier"))
    chemin = clone / f"dossiers/{DOSSIER}/preparation.yaml"
    change = chemin.read_text(encoding="utf-8") + "# changé ailleurs\n"
    chemin.write_text(change, encoding="utf-8")
    reponse = client.post(PREPARATION, data=saisie(clone, documents.PREPARATION, "preparation",
                                                   rencontre__lieu="ailleurs", operation="enregistrer"))
    assert reponse.status_code == 409 and 'value="recharger"' in reponse.text
    assert "« phase préparatoire » a changé sur le disque" in html.unescape(reponse.text)
    assert "preparation.yaml" not in reponse.text, "le document par son nom, jamais son chemin"
    assert chemin.read_text(encoding="utf-8") == change


def test_une_preparation_absente_part_du_gabarit(client: TestClient, clone: Path) -> None:
    (clone / f"dossiers/{DOSSIER}/preparation.yaml").unlink()
    git(clone, "commit", "-qam", "sans préparation")
    assert "pas encore remplie" in client.get(f"/dossiers/{DOSSIER}").text
    page = html.unescape(client.get(PREPARATION).text)
    assert "nouvelle phase préparatoire, pas encore enregistrée" in page
    assert 'name="code" value="MBG20115000"' in page


# --- Fiche du dossier : les acteurs ---------------------------------------------------------------------------

def _avec_un_acteur(clone: Path, client: TestClient, **acteur: str) -> tuple[str, dict[str, list[str]]]:
    """Ajoute une ligne d'acteur par le bouton, puis la remplit : rend la page et la saisie remplie."""
    donnees = saisie(clone, documents.FICHE, "dossier", operation="ajouter:acteurs")
    page = client.post(FICHE, data=donnees).text
    rang = max(int(r) for r in re.findall(r'name="acteurs\.(\d+)\.id"', page))
    assert f'<input id="c-acteurs-{rang}-id" type="text" name="acteurs.{rang}.id" value=""' in page, "l'identifiant se tape"
    assert re.search(rf'name="acteurs\.{rang}\.role"[^>]*>\s*<option value="">— choisir —</option>', page), \
        "un rôle encore vide ne se montre pas comme choisi"
    donnees = saisie(clone, documents.FICHE, "dossier")
    for cle, valeur in acteur.items():
        donnees[f"acteurs.{rang}.{cle}"] = [valeur]
    return str(rang), donnees


def test_ajouter_un_acteur_le_commite_sans_toucher_au_reste(client: TestClient, clone: Path) -> None:
    chemin = clone / f"dossiers/{DOSSIER}/dossier.yaml"
    avant = lire_yaml(chemin, "dossier.yaml").donnees
    assert "episodes" in avant or "dates" in avant
    _, donnees = _avec_un_acteur(clone, client, id="educ-amo", role="professionnel", service="saj-namur",
                                 fonction="éducatrice de rue")
    page = client.post(FICHE, data=donnees | {"operation": ["enregistrer"]}).text
    assert "Fiche du dossier enregistrée et commitée" in html.unescape(page), html.unescape(page)[:3000]
    assert dernier_commit(clone) == (f"Fiche du dossier {DOSSIER} (acteurs) : mise à jour dans l'atelier",
                                     {f"dossiers/{DOSSIER}/dossier.yaml"})
    apres = lire_yaml(chemin, "dossier.yaml").donnees
    assert apres["acteurs"][-1] == {"id": "educ-amo", "role": "professionnel", "service": "saj-namur",
                                    "fonction": "éducatrice de rue"}
    assert {k: v for k, v in apres.items() if k != "acteurs"} == {k: v for k, v in avant.items() if k != "acteurs"}
    texte_avant = git(clone, "show", "HEAD~1:" + f"dossiers/{DOSSIER}/dossier.yaml").stdout
    commentaires = [ligne.strip() for ligne in texte_avant.splitlines() if ligne.lstrip().startswith("#")]
    assert commentaires and all(c in chemin.read_text(encoding="utf-8") for c in commentaires)


def test_un_acteur_mal_decrit_est_refuse_a_cote_de_son_champ(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    rang, donnees = _avec_un_acteur(clone, client, id="tante", role="famille", lien="tante", initiales="Martine")
    page = client.post(FICHE, data=donnees | {"operation": ["enregistrer"]}).text
    assert messages(page, f"c-acteurs-{rang}-initiales"), "l'erreur est dite à côté des initiales"
    assert f'id="c-acteurs-{rang}-initiales" type="text" name="acteurs.{rang}.initiales"' in page
    assert instantane(clone) == avant


def test_retirer_un_acteur_que_les_notes_citent_est_refuse(client: TestClient, clone: Path) -> None:
    """La fiche est citée par les notes : une erreur qu'elle y ferait naître bloque, celles d'avant non."""
    avant = instantane(clone)
    donnees = saisie(clone, documents.FICHE, "dossier")
    rang = next(n.split(".")[1] for n, v in donnees.items() if re.fullmatch(r"acteurs\.\d+\.id", n) and v == ["tante"])
    page = client.post(FICHE, data=donnees | {"operation": [f"retirer:acteurs:{rang}"]}).text
    assert f'name="acteurs.{rang}.id"' not in page, "la ligne est retirée du formulaire"
    page = html.unescape(client.post(FICHE, data={k: v for k, v in donnees.items()
                                                  if not k.startswith(f"acteurs.{rang}.")} | {"operation": ["enregistrer"]}).text)
    assert "Rien n'est écrit" in page
    assert re.search(r"<li>[^<]*n'est pas un acteur du dossier \(fiche du dossier : « Acteurs du dossier »\)\. \(note de synthèse du \d+(er)? [a-zéû]+ 2026\)</li>", page), \
        "la note où l'acteur manquerait est nommée, pas son fichier"
    assert instantane(clone) == avant


def test_la_fiche_changee_sur_le_disque_n_est_pas_ecrasee(client: TestClient, clone: Path) -> None:
    _, donnees = _avec_un_acteur(clone, client, id="educ-amo", role="professionnel", service="saj-namur")
    chemin = clone / f"dossiers/{DOSSIER}/dossier.yaml"
    change = chemin.read_text(encoding="utf-8") + "# changé ailleurs\n"
    chemin.write_text(change, encoding="utf-8")
    reponse = client.post(FICHE, data=donnees | {"operation": ["enregistrer"]})
    assert reponse.status_code == 409
    assert chemin.read_text(encoding="utf-8") == change


# --- Demande Criseflex, pièces jointes ------------------------------------------------------------------------

def _ouvrir_la_demande(client: TestClient) -> None:
    reponse = client.post(f"/dossiers/{DOSSIER}/financements", data={"jeton": JETON, "action": "2026-11-17#2"},
                          follow_redirects=False)
    assert reponse.status_code == 303 and reponse.headers["location"] == ADRESSE_DEMANDE


def _demande_remplie(clone: Path, **changements: str | list[str]) -> dict[str, list[str]]:
    cases = {f"attestations__{cle}": "oui" for cle in ("necessaire", "plus_efficiente", "solution_perenne",
                                                       "non_financee", "pas_double_subside", "urgente")}
    return saisie(clone, documents.DEMANDE, DEMANDE, **cases | {
        "objectifs_npsm": "oui", "certifie_sincere": "oui", "montant_demande": "1 200", "cout_total": "1200",
        "pieces__0__fichier": "concertations/2026-11-17.yaml"} | changements)


def _joint(nom: str = "Devis médiation.pdf", contenu: bytes = PDF) -> dict[str, tuple[str, bytes, str]]:
    return {"televersement": (nom, contenu, "application/octet-stream")}


def test_la_demande_est_preremplie_depuis_l_action_de_la_note(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    page = html.unescape(client.get(ADRESSE_DEMANDE).text)
    assert 'name="concertation" value="2026-11-17"' in page and 'name="action" value="2"' in page
    assert re.search(r'<select id="c-coordinateur" name="coordinateur".*?value="psy" selected', page, re.S)
    for cle in ("necessaire", "urgente"):
        assert f'type="checkbox" name="attestations.{cle}" value="oui"' in page
    assert 'enctype="multipart/form-data"' in page and 'name="televersement.type"' in page
    assert "Décision du coordinateur" not in page, "une nouvelle demande entre sans décision"
    assert not (clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml").exists()


def _enregistrer_avec_le_devis(client: TestClient, clone: Path) -> str:
    """La demande remplie, le devis du gabarit remplacé par le fichier joint."""
    donnees = {k: v for k, v in _demande_remplie(clone).items() if not k.startswith("pieces.1")}
    reponse = client.post(ADRESSE_DEMANDE, data=donnees | {"operation": ["enregistrer"], "televersement.type": ["devis"]},
                          files=_joint())
    return html.unescape(reponse.text)


def test_la_demande_et_sa_piece_sont_ecrites_et_commitees_ensemble(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    page = _enregistrer_avec_le_devis(client, clone)
    assert "Demande enregistrée et commitée" in page, page[:4000]
    assert dernier_commit(clone) == (f"Demande Criseflex {DEMANDE} (dossier {DOSSIER}) : créée dans l'atelier",
                                     {f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml",
                                      f"dossiers/{DOSSIER}/pieces/devis-mediation.pdf"})
    assert (clone / f"dossiers/{DOSSIER}/pieces/devis-mediation.pdf").read_bytes() == PDF
    demande = lire_yaml(clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml", "f.yaml").donnees
    assert {"type": "devis", "fichier": "pieces/devis-mediation.pdf"} in demande["pieces"]
    assert demande["montant_demande"] == 1200 and demande["decision"] == {"statut": "demandee"}
    assert not list((brouillons.repertoire(clone) / "pieces").iterdir()), "la copie gardée est effacée"
    assert "Décision du coordinateur et remboursement" in page


def test_une_demande_incomplete_est_refusee_a_cote_de_son_champ(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    avant = instantane(clone)
    page = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, montant_demande="12000", cout_total="12000",
                                                              operation="enregistrer")).text
    assert "plafond" in messages(page, "c-montant_demande")
    assert 'id="c-montant_demande" type="text" inputmode="decimal" name="montant_demande" value="12000"' in page
    assert instantane(clone) == avant


@pytest.mark.parametrize("nom", ["../../reseau.yaml.pdf", "/etc/passwd.pdf", "..\\..\\devis.pdf", "devis.exe",
                                 "devis.html", ".cache.pdf", "rapport"])
def test_un_nom_de_piece_hostile_est_refuse_proprement(client: TestClient, clone: Path, nom: str) -> None:
    _ouvrir_la_demande(client)
    avant = instantane(clone)
    reponse = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="enregistrer") |
                          {"televersement.type": ["devis"]}, files=_joint(nom))
    assert reponse.status_code == 200 and "Traceback" not in reponse.text
    assert "pièce refusée, rien n'est joint" in messages(reponse.text, "c-televersement")
    assert "Rien n'est écrit" in html.unescape(reponse.text)
    assert instantane(clone) == avant
    assert not (brouillons.repertoire(clone) / "pieces").exists() or \
        not list((brouillons.repertoire(clone) / "pieces").iterdir())


def test_le_nom_d_une_piece_est_ramene_a_un_nom_sur() -> None:
    assert pieces.nom_sur("Devis été 2026 (v2).PDF") == "devis-ete-2026-v2.pdf"
    assert pieces.nom_sur("facture_n°12.jpeg") == "facture-n-12.jpeg"
    for hostile in ("../devis.pdf", "C:\\devis.pdf", "c:devis.pdf", ".devis.pdf", "devis.pdf.exe", "devis", "©®.pdf", ""):
        with pytest.raises(pieces.PieceRefusee):
            pieces.nom_sur(hostile)


def test_la_sauvegarde_pendant_la_frappe_garde_chaque_document(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    donnees = saisie(clone, documents.PREPARATION, "preparation", rencontre__lieu="à la maison de quartier")
    assert client.post(PREPARATION + "/brouillon", data=donnees).status_code == 204
    assert brouillons.lire(clone, DOSSIER, "preparation", "preparation").saisie["rencontre.lieu"] == [
        "à la maison de quartier"]
    assert 'value="à la maison de quartier"' in client.get(PREPARATION).text, "le brouillon est repris à l'ouverture"
    assert brouillons.en_cours(clone) == [(DOSSIER, "preparation", "preparation")], "l'accueil le retrouve"
    assert instantane(clone) == avant


def test_une_piece_trop_grosse_est_refusee(client: TestClient, clone: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _ouvrir_la_demande(client)
    monkeypatch.setattr(pieces, "TAILLE_MAX", 1000)
    avant = instantane(clone)
    reponse = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="enregistrer") |
                          {"televersement.type": ["devis"]}, files=_joint(contenu=b"x" * 2000))
    assert "trop volumineux" in messages(reponse.text, "c-televersement")
    reponse = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="enregistrer") |
                          {"televersement.type": ["devis"]}, files=_joint(contenu=b"x" * (3 * 1024 * 1024)))
    assert reponse.status_code == 413 and "dépasse" in html.unescape(reponse.text)
    assert instantane(clone) == avant


def test_une_piece_dont_la_ligne_est_retiree_n_est_plus_jointe(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    page = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="verifier") |
                       {"televersement.type": ["devis"]}, files=_joint()).text
    rang = re.search(r'name="pieces\.(\d+)\.fichier"[^>]*>(?:(?!</select>).)*value="pieces/devis-mediation.pdf" selected',
                     page, re.S)[1]
    gardees = brouillons.repertoire(clone) / "pieces"
    assert len(list(gardees.iterdir())) == 1
    donnees = {k: v for k, v in saisie(clone, documents.DEMANDE, DEMANDE).items() if not k.startswith(f"pieces.{rang}.")}
    client.post(ADRESSE_DEMANDE, data=donnees | {"operation": ["verifier"]})
    assert not list(gardees.iterdir()), "la copie gardée est effacée avec sa ligne"
    assert document.ouvrir(clone, documents.DEMANDE, DOSSIER, DEMANDE).pieces == {}


def test_une_piece_ne_remplace_jamais_un_fichier_du_dossier(client: TestClient, clone: Path) -> None:
    existant = clone / f"dossiers/{DOSSIER}/pieces/devis-mediation.pdf"
    existant.parent.mkdir(exist_ok=True)
    existant.write_bytes(b"l'original")
    _ouvrir_la_demande(client)
    reponse = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="verifier") |
                          {"televersement.type": ["devis"]}, files=_joint())
    assert "jamais remplacée" in messages(reponse.text, "c-televersement")
    assert existant.read_bytes() == b"l'original"


def test_une_piece_au_texte_identifiant_est_arretee_par_la_garde(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    avant = instantane(clone)
    reponse = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, operation="enregistrer") |
                          {"televersement.type": ["devis"]},
                          files=_joint("devis.txt", "Devis. Contact : 0478 12 34 56.\n".encode()))
    assert "téléphone" in messages(reponse.text, "c-televersement")
    assert instantane(clone) == avant


def test_la_demande_changee_sur_le_disque_n_est_pas_ecrasee(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    chemin = clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml"
    chemin.write_text("# écrite ailleurs entre-temps\n", encoding="utf-8")
    assert "a changé sur le disque" in _enregistrer_avec_le_devis(client, clone)
    assert not (clone / f"dossiers/{DOSSIER}/pieces/devis-mediation.pdf").exists(), "ni la pièce"
    assert chemin.read_text(encoding="utf-8") == "# écrite ailleurs entre-temps\n"


def test_les_formulaires_des_documents_exigent_le_jeton(client: TestClient, clone: Path) -> None:
    _ouvrir_la_demande(client)
    avant = instantane(clone)
    for adresse, donnees in ((PREPARATION, saisie(clone, documents.PREPARATION, "preparation")),
                             (FICHE, saisie(clone, documents.FICHE, "dossier")),
                             (ADRESSE_DEMANDE, _demande_remplie(clone)), (DECISION, {"decision.statut": ["accordee"]})):
        for jeton in ([], ["faux"]):
            envoi = donnees | {"jeton": jeton, "operation": ["enregistrer"]}
            assert client.post(adresse, data=envoi).status_code == 403, adresse
            assert client.post(adresse + "/brouillon", data=envoi).status_code == 403, adresse
    sans_jeton = client.post(ADRESSE_DEMANDE, data={"operation": "enregistrer"}, files=_joint())
    assert sans_jeton.status_code == 403, "multipart compris"
    assert client.post(f"/dossiers/{DOSSIER}/financements", data={"action": "2026-11-17#1"}).status_code == 403
    assert instantane(clone) == avant
    for adresse in (f"/dossiers/{DOSSIER}", PREPARATION, FICHE, ADRESSE_DEMANDE):
        formulaires = re.findall(r"<form\b.*?</form>", client.get(adresse).text, re.S)
        assert formulaires and all(f'name="jeton" value="{JETON}"' in f for f in formulaires), adresse


@pytest.mark.parametrize("adresse", ["/dossiers/2026-001/financements/..%2Fdossier", "/dossiers/2026-001/financements/X",
                                     "/dossiers/2026-001/financements/2030-01-01-action-1",
                                     "/dossiers/..%2F..%2Fetc/preparation"])
def test_une_adresse_de_document_hors_du_dossier_est_refusee(client: TestClient, clone: Path, adresse: str) -> None:
    reponse = client.get(adresse)
    assert reponse.status_code in (400, 404) and "Traceback" not in reponse.text


# --- Décision et remboursement --------------------------------------------------------------------------------

@pytest.fixture
def demande_commitee(client: TestClient, clone: Path) -> Path:
    _ouvrir_la_demande(client)
    page = _enregistrer_avec_le_devis(client, clone)
    assert "Demande enregistrée et commitée" in page, page[:3000]
    return clone


def _decision(clone: Path, **changements: str) -> dict[str, list[str]]:
    garde = document.ouvrir(clone, documents.DECISION, DOSSIER, DEMANDE)
    donnees = dict(garde.saisie) | {"jeton": [JETON]}
    return donnees | {k.replace("__", "."): [v] for k, v in changements.items()}


def test_la_decision_et_le_remboursement_se_commitent(client: TestClient, demande_commitee: Path) -> None:
    clone = demande_commitee
    page = client.get(ADRESSE_DEMANDE).text
    formulaire = re.search(rf'<form method="post" action="{DECISION}#titre-decision".*?</form>', page, re.S)[0]
    for nom in ("decision.statut", "decision.montant_accorde", "decision.date", "decision.motif",
                "remboursement.facture_recue", "remboursement.montant_facture", "remboursement.date_remboursement"):
        assert f'name="{nom}"' in formulaire, nom
    assert "Enregistrer la décision" in formulaire
    avant = (clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml").read_text(encoding="utf-8")
    page = client.post(DECISION, data=_decision(clone, decision__statut="accordee", decision__montant_accorde="1200",
                                                 decision__date="2026-11-30", operation="enregistrer")).text
    assert "Décision enregistrée et commitée" in html.unescape(page), html.unescape(page)[:3000]
    assert dernier_commit(clone) == (f"Décision et remboursement de la demande {DEMANDE} (dossier {DOSSIER}) : "
                                     "mis à jour dans l'atelier", {f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml"})
    apres = (clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml").read_text(encoding="utf-8")
    assert apres.split("decision:")[0] == avant.split("decision:")[0], "la demande elle-même ne change pas"
    assert "statut: accordee" in apres and "montant_accorde: 1200" in apres
    page = client.post(DECISION, data=_decision(clone, remboursement__facture_recue="2026-12-10",
                                                 remboursement__montant_facture="1200",
                                                 remboursement__date_remboursement="2026-12-20",
                                                 operation="enregistrer")).text
    assert "Décision enregistrée et commitée" in html.unescape(page)
    assert "date_remboursement: 2026-12-20" in (clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml").read_text(
        encoding="utf-8")


def test_une_decision_fautive_est_refusee_a_cote_de_son_champ(client: TestClient, demande_commitee: Path) -> None:
    clone = demande_commitee
    avant = instantane(clone)
    page = client.post(DECISION, data=_decision(clone, decision__statut="accordee", decision__montant_accorde="5000",
                                                 decision__date="2026-11-30", operation="enregistrer")).text
    assert messages(page, "c-decision-montant_accorde"), html.unescape(page)[:3000]
    assert 'id="verdict-decision"' in page
    assert instantane(clone) == avant


def test_la_decision_sur_un_fichier_change_n_ecrase_rien(client: TestClient, demande_commitee: Path) -> None:
    clone = demande_commitee
    page = client.get(ADRESSE_DEMANDE).text
    vue = re.search(rf'action="{DECISION}#titre-decision".*?name="empreinte" value="([0-9a-f]+)"', page, re.S)[1]
    chemin = clone / f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml"
    change = chemin.read_text(encoding="utf-8") + "# changé ailleurs\n"
    chemin.write_text(change, encoding="utf-8")
    reponse = client.post(DECISION, data=_decision(clone, decision__statut="refusee", decision__date="2026-11-30",
                                                    decision__motif="non éligible", operation="enregistrer",
                                                    empreinte=vue))
    assert reponse.status_code == 409
    assert chemin.read_text(encoding="utf-8") == change


# --- Page du dossier --------------------------------------------------------------------------------------------

def test_la_page_du_dossier_mene_aux_formulaires_sans_jargon(client: TestClient) -> None:
    page = html.unescape(client.get(f"/dossiers/{DOSSIER}").text)
    section = re.search(r'<section aria-labelledby="titre-documents".*?</section>', page, re.S)[0]
    for lien in (PREPARATION, FICHE, f"/dossiers/{DOSSIER}/financements/2026-stage-remobilisation"):
        assert f'href="{lien}"' in section
    assert "Phase préparatoire" in section and "Acteurs du dossier" in section
    assert 'value="2026-11-17#2"' in section and "Préparer une demande de financement" in section
    texte = re.sub(r"<[^>]+>", " ", section)
    assert ".yaml" not in texte and "_" not in texte, "ni nom de fichier ni clé montrés"


class _Controles(HTMLParser):
    """Les contrôles d'une page : identifiants vus, et chaque champ de saisie sans libellé qui le nomme."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.pour: set[str] = set()
        self.dans_libelle = 0
        self.champs: list[tuple[str, str | None, bool]] = []  # (nom, id, dans un <label>)

    def handle_starttag(self, balise: str, attributs: list[tuple[str, str | None]]) -> None:
        a = dict(attributs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if balise == "label":
            self.dans_libelle += 1
            if a.get("for"):
                self.pour.add(a["for"] or "")
        if balise in ("input", "select", "textarea") and a.get("type") not in ("hidden", "submit", "button"):
            self.champs.append((a.get("name") or "", a.get("id"), self.dans_libelle > 0 or "aria-label" in a))

    def handle_endtag(self, balise: str) -> None:
        if balise == "label":
            self.dans_libelle -= 1


@pytest.mark.parametrize("adresse", [PREPARATION, FICHE, f"/dossiers/{DOSSIER}/notes/2026-11-17"])
def test_chaque_champ_a_un_libelle_et_un_identifiant_unique(client: TestClient, adresse: str) -> None:
    """Un lecteur d'écran dit le libellé de chaque champ : une case à cocher rendue une seconde fois en champ de
    texte sans libellé (même identifiant) passait inaperçue hors du navigateur."""
    page = _Controles()
    page.feed(client.get(adresse).text)
    assert len(page.ids) == len(set(page.ids)), sorted({i for i in page.ids if page.ids.count(i) > 1})
    sans = [nom for nom, ident, dans_libelle in page.champs if not dans_libelle and ident not in page.pour]
    assert not sans, sans


def test_la_demande_et_la_decision_ont_un_libelle_par_champ(client: TestClient, demande_commitee: Path) -> None:
    page = _Controles()
    page.feed(client.get(ADRESSE_DEMANDE).text)
    assert len(page.ids) == len(set(page.ids))
    assert not [nom for nom, ident, dans in page.champs if not dans and ident not in page.pour]


def test_les_autres_constats_du_dossier_ne_se_disent_qu_une_fois(client: TestClient, demande_commitee: Path) -> None:
    """La demande et sa décision sont deux formulaires sur une page : les constats du reste du dossier (une note sans
    validation…) y sont dits une fois, sous un seul titre (un lecteur d'écran lit chaque titre et chaque région)."""
    fiche = demande_commitee / f"dossiers/{DOSSIER}/dossier.yaml"
    fiche.write_text(fiche.read_text(encoding="utf-8") + "remarque: à revoir\n", encoding="utf-8")
    for page in (client.get(ADRESSE_DEMANDE).text,
                 client.post(DECISION, data=_decision(demande_commitee, operation="verifier")).text):
        assert page.count(">Autres constats du dossier</h2>") == 1
        titres = re.findall(r'aria-labelledby="([^"]+)"', page)
        assert len(titres) == len(set(titres)), titres


def test_la_piece_se_choisit_parmi_les_fichiers_du_dossier(client: TestClient, clone: Path) -> None:
    """Le fichier d'une pièce ne se tape pas comme un chemin : il se choisit parmi les notes de synthèse et les pièces
    du dossier, ou parmi celles jointes au brouillon ; une pièce citée mais absente reste dite comme telle."""
    from tests.atelier.test_formulaire_en_clair import options

    (clone / f"dossiers/{DOSSIER}/pieces").mkdir(exist_ok=True)
    (clone / f"dossiers/{DOSSIER}/pieces/devis-atelier.pdf").write_bytes(PDF)
    _ouvrir_la_demande(client)
    page = client.post(ADRESSE_DEMANDE, data=_demande_remplie(clone, pieces__1__type="facture",
                                                              pieces__1__fichier="pieces/perdu.pdf") | {
        "televersement.type": ["devis"]}, files=_joint("Devis été.pdf")).text
    choix = options(page, "c-pieces-0-fichier")
    assert ("concertations/2026-11-17.yaml", "note de synthèse du 17 novembre 2026") in choix
    assert ("pieces/devis-atelier.pdf", "devis-atelier (PDF)") in choix
    assert ("pieces/devis-ete.pdf", "devis-ete (PDF), jointe : rangée à l'enregistrement") in choix
    assert re.search(r'<option value="concertations/2026-11-17.yaml" selected>', page)
    assert ("pieces/perdu.pdf", "perdu (PDF), introuvable dans le dossier") in options(page, "c-pieces-1-fichier")
    assert messages(page, "c-pieces-1-fichier").startswith("Erreur : pièce introuvable dans le dossier"), "sans chemin masqué"
    assert "*" not in messages(page, "c-pieces-1-fichier")
    assert 'type="text" name="pieces.0.fichier"' not in page
    aide = re.search(r'<p class="aide" id="c-pieces-0-fichier-aide">([^<]*)</p>', page)[1]
    assert "pieces/" not in aide and "Joindre une pièce" in html.unescape(aide)
