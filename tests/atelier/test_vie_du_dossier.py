"""Ouvrir (ou non) une demande, retirer et consigner le consentement depuis la page d'un dossier ; brouillons des
petits formulaires ; aucun mot de la ligne de commande ni du YAML dans ce que l'atelier montre."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.atelier.conftest import JETON, PORT, git
from tests.atelier.test_cycle_de_vie import (NOUVEAU, REGLEES, dernier_commit, envoyer, hook_qui_passe, instantane,
                                             messages)

CLOS = "2018-001"
OUVERT = "2026-001"
CRITERES = ("difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee",
            "partenaire_organisateur", "jeune_et_famille_associes", "actions_possibles")
ACCORD = {"date": "2026-11-20", "jeune_informe": "oui", "accord": "oui", "informations": "la scolarité et le suivi",
          "finalite": "coordonner les actions", "destinataires": "les participants de la concertation"}


def texte(page: str) -> str:
    return html.unescape(page)


def dossier_yaml(clone: Path, ident: str) -> str:
    return (clone / f"dossiers/{ident}/dossier.yaml").read_text(encoding="utf-8")


@pytest.fixture
def demande(client: TestClient, clone: Path) -> str:
    """Une demande qui arrive, créée par le formulaire « Nouveau dossier » : statut demande, critères à false."""
    _, page = envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU)
    assert "Enregistré et commité" in texte(page)
    assert re.search(r"^statut: demande", dossier_yaml(clone, "2026-007"), re.M)
    return "2026-007"


# --- Ouvrir ou non une demande --------------------------------------------------------------------------

def test_ouvrir_une_demande_cochee_critere_par_critere(client: TestClient, clone: Path, demande: str) -> None:
    page = client.get(f"/dossiers/{demande}").text
    assert "Ouvrir le dossier" in page and "Ne pas ouvrir la demande" in page and "Clore le dossier" not in page
    for critere in CRITERES:
        assert f'name="criteres" value="{critere}">' in page, "les critères non remplis sont décochés"
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{demande}/ouvrir", date="2026-11-24", criteres=list(CRITERES[:-1]))
    assert "dossier ouvert sans que tous les critères d'activation soient remplis" in messages(page, "ouvrir-criteres")
    assert 'value="difficulte_psychique" checked' in page and 'value="actions_possibles">' in page
    assert instantane(clone) == avant, "refusé par la règle dossier.activation : rien n'est écrit"
    _, page = envoyer(client, f"/dossiers/{demande}/ouvrir", date="2026-11-01", criteres=list(CRITERES))
    assert "la date d'ouverture précède la date de la demande" in messages(page, "ouvrir-date")
    assert instantane(clone) == avant

    temoin = hook_qui_passe(clone)
    _, page = envoyer(client, f"/dossiers/{demande}/ouvrir", date="2026-11-24", criteres=list(CRITERES))
    assert "Enregistré et commité" in texte(page) and temoin.exists()
    assert dernier_commit(clone) == (f"Dossier {demande} ouvert le 2026-11-24 dans l'atelier",
                                     {f"dossiers/{demande}/dossier.yaml"})
    contenu = dossier_yaml(clone, demande)
    assert re.search(r"^statut: ouvert", contenu, re.M) and "  ouverture: 2026-11-24\n" in contenu
    assert all(f"  {c}: true" in contenu for c in CRITERES)
    assert "Clore le dossier" in page, "la page montre le dossier ouvert"


def test_ne_pas_ouvrir_une_demande(client: TestClient, clone: Path, demande: str) -> None:
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{demande}/ne-pas-ouvrir", motif="")
    assert "« Motif de non-ouverture » est obligatoire" in messages(page, "ne-pas-ouvrir-motif")
    _, page = envoyer(client, f"/dossiers/{demande}/ne-pas-ouvrir", motif="lassitude")
    assert "motif inconnu" in messages(page, "ne-pas-ouvrir-motif")
    assert instantane(clone) == avant
    _, page = envoyer(client, f"/dossiers/{demande}/ne-pas-ouvrir", motif="non_eligible")
    assert "Enregistré et commité" in texte(page)
    assert dernier_commit(clone)[0] == f"Demande {demande} non ouverte (motif : non_eligible) dans l'atelier"
    contenu = dossier_yaml(clone, demande)
    assert re.search(r"^statut: non_ouvert", contenu, re.M) and "motif_non_ouverture: non_eligible" in contenu


# --- Consentement ---------------------------------------------------------------------------------------

def test_retirer_le_consentement_puis_le_redonner(client: TestClient, clone: Path) -> None:
    """Un retrait de tout le partage commité ; la réouverture est alors refusée (consentement.retrait), avec le
    formulaire à remplir nommé par son titre ; un nouveau consentement consigné la permet."""
    temoin = hook_qui_passe(clone)
    _, page = envoyer(client, f"/dossiers/{CLOS}/consentement/retirer", date="2026-11-02", portee="tout")
    assert "Enregistré et commité" in texte(page) and temoin.exists()
    assert dernier_commit(clone) == (f"Dossier {CLOS} : retrait du consentement le 2026-11-02 (tout) noté dans "
                                     "l'atelier", {f"dossiers/{CLOS}/dossier.yaml"})
    assert "retraits_consentement:\n- date: 2026-11-02\n  portee: tout\n" in dossier_yaml(clone, CLOS)
    assert "Consentement retiré le 2 novembre 2026 : tout le partage." in texte(page)

    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{CLOS}/rouvrir", date="2026-11-24", motif="nouvelle demande du service")
    assert ("le consentement a été retiré le 2 novembre 2026 : rien de nouveau ne s'enregistre sans un nouveau consentement "
            "(« Consigner un nouveau consentement », plus bas sur cette page)") in messages(page, "rouvrir-date")
    assert instantane(clone) == avant

    _, page = envoyer(client, f"/dossiers/{CLOS}/consentement/consigner", **ACCORD)
    assert "Enregistré et commité" in texte(page)
    assert dernier_commit(clone)[0] == f"Dossier {CLOS} : consentement du 2026-11-20 consigné dans l'atelier"
    assert ("consentements:\n- date: 2026-11-20\n  jeune_informe: true\n  accord: true\n  informations: la scolarité "
            "et le suivi\n") in dossier_yaml(clone, CLOS)
    _, page = envoyer(client, f"/dossiers/{CLOS}/rouvrir", date="2026-11-24", motif="nouvelle demande du service")
    assert "Enregistré et commité" in texte(page)


def test_un_nouveau_consentement_sans_accord_ni_parents_informes_est_refuse(client: TestClient, clone: Path) -> None:
    """Le dossier a déjà un consentement : le nouveau va dans consentements:, que les règles jugent aussi."""
    avant = instantane(clone)
    sans_accord = {k: v for k, v in ACCORD.items() if k != "accord"}
    statut, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/consigner", **sans_accord)
    assert "sans l'accord du jeune, motivez en quoi son intérêt prime." in texte(page) and "Rien n'est écrit" in texte(page)
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/consigner", **ACCORD | {"parents_informes": "non"})
    assert "le jeune est mineur : indiquez que ses parents sont informés ou motivez la dérogation." in texte(page)
    assert instantane(clone) == avant
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/consigner",
                      **sans_accord | {"derogation": "danger grave : l'intérêt de l'enfant prime sur l'accord"})
    assert "Enregistré et commité" in texte(page)


def test_un_retrait_partiel_refuse_est_dit_a_cote_de_son_champ(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/retirer", date="2026-11-20", portee="partiel")
    assert "« Informations retirées » est obligatoire" in messages(page, "retirer-informations")
    assert 'id="retirer-informations" name="informations" rows="2" aria-describedby="retirer-informations-aide ' \
           'retirer-informations-constats" aria-invalid="true"' in page
    assert 'value="partiel" checked' in page, "la saisie reste"
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/retirer", date="2026-11-20", portee="")
    assert "« Portée du retrait » est obligatoire" in messages(page, "retirer-portee")
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/retirer", date="2026-11-20", portee="partiel",
                      informations="le numéro de la mère, 0471 23 45 67")
    assert "téléphone" in messages(page, "retirer-informations"), "la garde d'anonymat de valider, avant d'écrire"
    assert "0471 23 45 67" not in messages(page, "retirer-informations")
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/consigner", **ACCORD | {"finalite": " "})
    assert "« Finalité du partage » est obligatoire" in messages(page, "consigner-finalite")
    assert instantane(clone) == avant
    _, page = envoyer(client, f"/dossiers/{OUVERT}/consentement/retirer", date="2026-11-20", portee="partiel",
                      informations="le suivi scolaire")
    assert "Enregistré et commité" in texte(page)
    assert "portee: partiel\n  informations: le suivi scolaire\n" in dossier_yaml(clone, OUVERT)


def test_les_nouveaux_formulaires_exigent_le_jeton(client: TestClient, clone: Path, demande: str) -> None:
    avant = instantane(clone)
    for adresse, donnees in ((f"/dossiers/{demande}/ouvrir", {"date": "2026-11-24", "criteres": list(CRITERES)}),
                             (f"/dossiers/{demande}/ne-pas-ouvrir", {"motif": "saturation"}),
                             (f"/dossiers/{OUVERT}/consentement/retirer", {"date": "2026-11-20", "portee": "tout"}),
                             (f"/dossiers/{OUVERT}/consentement/consigner", ACCORD),
                             (f"/dossiers/{OUVERT}/brouillon/clore", {"motif": "autre"})):
        assert client.post(adresse, data=donnees).status_code == 403, adresse
        assert client.post(adresse, data=donnees | {"jeton": "un-autre"}).status_code == 403, adresse
    assert instantane(clone) == avant


# --- Brouillons des petits formulaires ------------------------------------------------------------------

def nouvelle_application(clone: Path) -> TestClient:
    from filrouge.atelier.application import creer_application

    return TestClient(creer_application(clone, PORT, jeton="jeton-du-second-serveur"), base_url=f"http://127.0.0.1:{PORT}")


def test_la_saisie_d_un_petit_formulaire_survit_a_un_arret_du_serveur(client: TestClient, clone: Path) -> None:
    """Saisie gardée pendant la frappe, puis un nouveau serveur sur le même dépôt : elle est retrouvée, hors du dépôt."""
    avant = instantane(clone)
    assert client.post(f"/dossiers/{OUVERT}/brouillon/clore", data={"jeton": JETON, "date": "2026-11-23",
                       "motif": "relais_pris", "suspens.action.1": "faite"}).status_code == 204
    assert client.post(f"/dossiers/{OUVERT}/brouillon/retirer", data={"jeton": JETON, "date": "2026-11-21",
                       "portee": "partiel", "informations": "le suivi scolaire"}).status_code == 204
    assert client.post(f"/dossiers/{OUVERT}/brouillon/inconnu", data={"jeton": JETON}).status_code == 400
    assert instantane(clone) == avant and git(clone, "status", "--porcelain").stdout == ""
    with nouvelle_application(clone) as second:
        page = second.get(f"/dossiers/{OUVERT}").text
    assert 'id="clore-date" type="date" name="date" value="2026-11-23"' in page
    assert '<option value="relais_pris" selected>' in page
    assert 'name="suspens.action.1" value="faite" checked' in page
    assert 'name="portee" value="partiel" checked' in page and ">le suivi scolaire</textarea>" in page
    assert 'name="jeton" value="jeton-du-second-serveur"' in page


def test_la_saisie_envoyee_est_gardee_jusqu_au_commit(client: TestClient, clone: Path) -> None:
    envoyer(client, f"/dossiers/{OUVERT}/clore", date="2026-11-24", motif="")
    with nouvelle_application(clone) as second:
        assert 'id="clore-date" type="date" name="date" value="2026-11-24"' in second.get(f"/dossiers/{OUVERT}").text
    _, page = envoyer(client, f"/dossiers/{OUVERT}/clore", date="2026-11-22", motif="objectifs_atteints", **REGLEES)
    assert "Enregistré et commité" in texte(page)
    from filrouge.atelier import brouillon

    assert brouillon.saisie_gardee(clone, OUVERT, "clore") == {}, "effacée une fois commitée"


# --- Aucun jargon ---------------------------------------------------------------------------------------

JARGON = re.compile(r"--[^\W\d_]|\.yaml|\.md\b|filrouge |\b[a-z_.]+ › [a-z_]+|\b(?:true|false|null)\b|\b[a-z]+_[a-z_]+\b"
                    r"|\b[a-z_]+:(?=\s|\)|$)"
                    r"|\b(?:a faire|abandonnee|demandee|accordee|refusee|retiree|non eligible|demenagement|telephone)\b")
"""Une option de la ligne de commande, un nom de fichier, une commande, un chemin ou une clé du YAML (« dates ›
ouverture », « derogation: »), une valeur telle qu'elle s'écrit dans le fichier (« a_faire », « true », un statut ou
un motif sans ses accents)."""


def visible(page: str) -> str:
    """Le texte que lit l'utilisateur : ni balises, ni attributs, ni script."""
    sans_script = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", sans_script))


def test_l_atelier_ne_montre_ni_option_ni_fichier_ni_cle(client: TestClient, clone: Path, demande: str) -> None:
    pages = {
        "accueil": client.get("/").text,
        "dossier ouvert": client.get(f"/dossiers/{OUVERT}").text,
        "dossier clos": client.get(f"/dossiers/{CLOS}").text,
        "demande": client.get(f"/dossiers/{demande}").text,
        "note": client.get(f"/dossiers/{OUVERT}/notes/2026-11-17").text,
        "nouveau dossier": client.get("/nouveau-dossier").text,
        "nouveau dossier refusé": envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU | {"service": ""})[1],
        "clore sans réponse": envoyer(client, f"/dossiers/{OUVERT}/clore", date="2026-11-24", motif="autre")[1],
        "clore motif inconnu": envoyer(client, f"/dossiers/{OUVERT}/clore", date="2026-11-24", motif="zzz",
                                       **REGLEES)[1],
        "clore avant l'ouverture": envoyer(client, f"/dossiers/{OUVERT}/clore", date="2020-01-01",
                                           motif="autre", **REGLEES)[1],
        "clore refusé par valider": envoyer(client, f"/dossiers/{OUVERT}/clore", date="2026-09-01",
                                            motif="autre", **REGLEES)[1],
        "rouvrir sans motif": envoyer(client, f"/dossiers/{CLOS}/rouvrir", date="2026-11-24", motif="")[1],
        "rouvrir trop tôt": envoyer(client, f"/dossiers/{CLOS}/rouvrir", date="2000-01-01", motif="reprise")[1],
        "transférer inconnu": envoyer(client, f"/dossiers/{OUVERT}/transferer", date="2026-11-24", vers="cm-x")[1],
        "transférer au même": envoyer(client, f"/dossiers/{OUVERT}/transferer", date="2026-11-24", vers="cm-namur")[1],
        "transférer trop tôt": envoyer(client, f"/dossiers/{OUVERT}/transferer", date="2020-01-01", vers="cm-x")[1],
        "ouvrir sans critères": envoyer(client, f"/dossiers/{demande}/ouvrir", date="2026-11-24")[1],
        "retrait partiel vide": envoyer(client, f"/dossiers/{OUVERT}/consentement/retirer", date="2026-11-20",
                                        portee="partiel")[1],
    }
    assert "Erreur" in visible(pages["transférer trop tôt"]) and "Erreur" in visible(pages["clore motif inconnu"])
    trouves = {nom: [visible(page)[max(0, m.start() - 60):m.end() + 20] for m in JARGON.finditer(visible(page))]
               for nom, page in pages.items()}
    assert not any(trouves.values()), {nom: t for nom, t in trouves.items() if t}


def test_le_jargon_serait_vu() -> None:
    """Le motif des tests précédents reconnaît ce qu'il doit chasser, et laisse passer le français."""
    for fautif in ("(--motif)", "reseau.yaml", "filrouge clore", "statut « en_cours »", "non_ouvert", "a_faire",
                   "(dates › ouverture)", "(filrouge valider)", "motivez-la (derogation: …)", "true si la fiche",
                   "2026-11-17.md, ligne 3", "« a faire »", "objectifs atteints, demenagement", "montant_accorde"):
        assert JARGON.search(fautif), fautif
    for correct in ("en cours", "non ouvert", "à faire", "Rouvrir le dossier — 2026-001", "Ouvrir le dossier",
                    "Quoi : ce qui sera fait", "Heure : 14h30", "note de synthèse du 17 novembre 2026", "déménagement"):
        assert not JARGON.search(correct), correct


def _demande_a_decider(client: TestClient, clone: Path) -> str:
    """Une demande préparée depuis l'action 2 de la note du 17 novembre, remplie et enregistrée."""
    from tests.atelier.test_documents import ADRESSE_DEMANDE, _enregistrer_avec_le_devis, _ouvrir_la_demande

    hook_qui_passe(clone)
    _ouvrir_la_demande(client)
    assert "Demande enregistrée et commitée" in _enregistrer_avec_le_devis(client, clone)
    return ADRESSE_DEMANDE


def test_les_documents_et_leurs_refus_ne_montrent_ni_option_ni_fichier_ni_cle(client: TestClient, clone: Path) -> None:
    """Les pages des documents (préparation, fiche, note, demande, décision), ouvertes et refusées, et les refus de
    la page du dossier que la bibliothèque ou les règles écrivent pour la ligne de commande."""
    from filrouge.atelier import documents
    from tests.atelier.test_atelier import saisie_de
    from tests.atelier.test_documents import DECISION, FICHE, PREPARATION, _decision, _demande_remplie, saisie

    demande = _demande_a_decider(client, clone)
    sans_tante = {k: v for k, v in saisie(clone, documents.FICHE, "dossier").items()
                  if not k.startswith("acteurs.2.")}
    assert sans_tante.get("acteurs.1.id") == ["mere"]
    note = f"/dossiers/{OUVERT}/notes/2026-11-17"
    pages = {
        "préparation": client.get(PREPARATION).text,
        "préparation refusée": client.post(PREPARATION, data=saisie(
            clone, documents.PREPARATION, "preparation", rencontre__date="", personnes__0__acteur="inconnu",
            operation="enregistrer")).text,
        "fiche": client.get(FICHE).text,
        "fiche refusée": client.post(FICHE, data=sans_tante | {"operation": ["enregistrer"]}).text,
        "note": client.get(note).text,
        "note refusée": client.post(note, data=saisie_de(
            clone, actions__1__echeance="", actions__0__statut="zzz", presents=["mere", "x"],
            recit="# Concertation\n\nLa mère est joignable au 0478 12 34 56.\n", operation="enregistrer")).text,
        "nouvelle note": client.get(f"/dossiers/{OUVERT}/notes/2026-12-01").text,
        "demande": client.get(demande).text,
        "demande refusée": client.post(demande, data=_demande_remplie(
            clone, montant_demande="12000", cout_total="100", attestations__urgente=[], certifie_sincere=[],
            operation="enregistrer")).text,
        "décision refusée": client.post(DECISION, data=_decision(
            clone, decision__statut="accordee", decision__date="2026-11-30", operation="enregistrer")).text,
        "décision refusée sans motif": client.post(DECISION, data=_decision(
            clone, decision__statut="refusee", decision__date="2026-11-30", operation="enregistrer")).text,
        "remboursement refusé": client.post(DECISION, data=_decision(
            clone, remboursement__date_remboursement="2026-12-20", operation="enregistrer")).text,
    }
    (clone / "dossiers/2026-002/dossier.yaml").write_text("code: 12\n", encoding="utf-8")
    pages |= {
        "clore un dossier illisible": envoyer(client, "/dossiers/2026-002/clore", date="2026-11-24", motif="autre")[1],
        "confier un dossier illisible": envoyer(client, "/dossiers/2026-002/transferer", date="2026-11-24",
                                                vers="cm-namur")[1],
        "accueil avec un dossier illisible": client.get("/").text,
    }
    for nom in ("préparation refusée", "fiche refusée", "note refusée", "demande refusée", "décision refusée",
                "décision refusée sans motif", "remboursement refusé", "clore un dossier illisible"):
        assert "Erreur" in visible(pages[nom]) or "erreur(s) à corriger" in visible(pages[nom]), nom
    trouves = {nom: [visible(page)[max(0, m.start() - 60):m.end() + 20] for m in JARGON.finditer(visible(page))]
               for nom, page in pages.items()}
    assert not any(trouves.values()), {nom: t for nom, t in trouves.items() if t}


def test_un_message_de_regle_se_lit_sans_valeur_ni_cle_du_yaml() -> None:
    from filrouge.atelier.libelles import en_clair

    assert en_clair("action 4 encore « en_cours » alors que le dossier est clos") == \
        "action 4 encore « en cours » alors que le dossier est clos"
    assert en_clair("un retrait partiel dit quelles informations ne sont plus partagées (informations:).") == \
        "un retrait partiel dit quelles informations ne sont plus partagées."
    assert en_clair("indiquez que ses parents sont informés (parents_informes: true) ou motivez la dérogation.") == \
        "indiquez que ses parents sont informés ou motivez la dérogation."
    assert en_clair("le relais suit la demande (2026-10-01).") == "le relais suit la demande (1er octobre 2026)."


def test_un_message_se_lit_sans_chemin_de_cle_ni_fichier_ni_commande() -> None:
    from filrouge.atelier.libelles import en_clair

    assert en_clair("une demande « refusee » indique son motif (decision › motif).") == \
        "une demande « refusée » indique son motif."
    assert en_clair("« psy » n'est pas un acteur du dossier (dossier.yaml › acteurs).") == \
        "« psy » n'est pas un acteur du dossier (fiche du dossier : « Acteurs du dossier »)."
    assert en_clair("dossiers/2026-002/dossier.yaml n'est pas valide : à corriger d'abord (filrouge valider).") == \
        "« fiche du dossier » n'est pas valide : à corriger d'abord."
    assert en_clair("les contacts professionnels vont dans annuaire.yaml") == \
        "les contacts professionnels vont dans « annuaire des partenaires »"
    assert en_clair("un dossier clos a une date de clôture (dates › cloture).") == "un dossier clos a une date de clôture."
    assert en_clair("la concertation du 2026-11-17 (ligne 3)") == "la concertation du 17 novembre 2026 (ligne 3)"


def test_un_message_de_regle_dit_ou_corriger_par_les_libelles_du_formulaire() -> None:
    """Le document et le champ à corriger, par leurs libellés (ceux du modèle, que le formulaire montre) ; une pièce
    par son nom, à joindre par le formulaire ; le message de la ligne de commande, lui, ne change pas."""
    from filrouge.atelier.libelles import en_clair

    note = "dossiers/2026-001/concertations/2026-11-17.yaml"
    assert en_clair("charte non signée à la date de la rencontre par : mere (dossier.yaml › acteurs › charte_signee).",
                    note) == ("charte non signée à la date de la rencontre par : mere (fiche du dossier : « Acteurs du "
                              "dossier › Charte signée le »).")
    assert en_clair("une demande « refusee » indique son motif (decision › motif).",
                    "dossiers/2026-001/financements/2026-repit.yaml") == \
        "une demande « refusée » indique son motif (« Décision du coordinateur › Motif de la décision »)."
    assert en_clair("pièce introuvable dans le dossier : « pieces/devis.pdf » (rangez-la dans pieces/).") == \
        "pièce introuvable dans le dossier : « devis.pdf » (joignez-la par « Joindre une pièce »)."
    assert en_clair("pièce introuvable dans le dossier : « pieces/devis.pdf » : vouliez-vous écrire "
                    "« pieces/devis-ete.pdf » ?") == \
        "pièce introuvable dans le dossier : « devis.pdf » : vouliez-vous dire « devis-ete.pdf » ?", \
        "la pièce se choisit dans une liste : rien à écrire"
    assert en_clair("une clé (dossier.yaml › inconnue).") == "une clé.", "un chemin sans libellé se tait"


def test_la_charte_non_signee_se_dit_par_les_libelles_a_cote_des_presents(client: TestClient, clone: Path) -> None:
    fiche = clone / f"dossiers/{OUVERT}/dossier.yaml"
    fiche.write_text(fiche.read_text(encoding="utf-8").replace("charte_signee: 2026-09-12", "charte_signee: 2026-11-30",
                                                               1), encoding="utf-8")
    page = visible(client.get(f"/dossiers/{OUVERT}/notes/2026-11-17").text)
    assert "(fiche du dossier : « Acteurs du dossier › Charte signée le »)" in page
    assert "dossier.yaml" not in page and "charte_signee" not in page


# --- Un dossier clos ne propose ni nouvelle note ni demande ; dates en toutes lettres --------------------------

def test_un_dossier_clos_ne_propose_ni_nouvelle_note_ni_demande(client: TestClient, clone: Path) -> None:
    ouvert, clos = client.get(f"/dossiers/{OUVERT}").text, client.get(f"/dossiers/{CLOS}").text
    assert "Ouvrir la nouvelle note" in ouvert and "Préparer une demande de financement" in ouvert
    assert "Ouvrir la nouvelle note" not in clos and "Préparer une demande de financement" not in clos
    assert "Le dossier est clos" in texte(clos) and "Rouvrir le dossier" in texte(clos)
    assert "Note du " in texte(clos), "ses notes restent listées"
    avant = instantane(clone)
    for adresse, donnees in ((f"/dossiers/{CLOS}/notes", {"date": "2026-11-24"}),
                             (f"/dossiers/{CLOS}/financements", {"action": "2018-06-12#1"})):
        statut, page = envoyer(client, adresse, **donnees)
        assert statut == 400 and "Rien n'est ouvert. Le dossier est clos" in texte(page), adresse
    reponse = client.get(f"/dossiers/{CLOS}/notes/2026-11-24")
    assert reponse.status_code == 400 and "Le dossier est clos" in texte(reponse.text), "même par son adresse"
    statut, page = envoyer(client, f"/dossiers/{CLOS}/notes/2026-11-24", operation="enregistrer")
    assert statut == 400 and "Le dossier est clos" in texte(page)
    assert instantane(clone) == avant
    assert not list((clone.parent / "etat").rglob("*2026-11-24*")), "aucun brouillon de note ouvert"
    note = sorted((clone / f"dossiers/{CLOS}/concertations").glob("*.yaml"))[0].stem
    assert client.get(f"/dossiers/{CLOS}/notes/{note}").status_code == 200, "une note écrite reste lisible"


def test_la_page_du_dossier_dit_les_dates_en_lettres(client: TestClient) -> None:
    page = visible(client.get(f"/dossiers/{OUVERT}").text)
    assert "Note du 17 novembre 2026" in page and "Note du 2026-11-17" not in page
    assert re.search(r"Note du 17 novembre 2026, action \d", page), "les actions à financer"
    assert "AAAA-MM-JJ" not in page, "un calendrier, pas un format à taper"
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", page), re.findall(r".{40}\b20\d\d-\d\d-\d\d\b", page)
    assert "AAAA-MM-JJ" not in visible(client.get(f"/dossiers/{CLOS}").text)
    assert "AAAA-MM-JJ" not in visible(client.get("/nouveau-dossier").text)
    note = client.get(f"/dossiers/{OUVERT}/notes/2026-11-17").text
    assert "<h1>Note de synthèse du 17 novembre 2026 <span" in html.unescape(note), "le titre de la note aussi"
