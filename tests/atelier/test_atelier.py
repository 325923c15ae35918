"""L'atelier en processus (client de test de Starlette) : sécurité, validation pendant la saisie, brouillons,
écriture sans perte et commit à travers les hooks."""

from __future__ import annotations

import html
import re
import stat
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier import note as notes
from filrouge.atelier.aides import aide
from filrouge.atelier.application import creer_application
from filrouge.modele import Concertation
from tests.atelier.conftest import JETON, PORT, git

DOSSIER = "2026-001"
NOTE = "2026-11-17"
NOUVELLE = "2026-12-01"
ADRESSE = f"/dossiers/{DOSSIER}/notes/{NOTE}"
TELEPHONE = "La mère est joignable au 0478 12 34 56 pour la suite.\n"


def saisie_de(clone: Path, date: str = NOTE, **changements: str | list[str]) -> dict[str, list[str]]:
    """Ce que le navigateur enverrait pour la note telle qu'ouverte, avec quelques champs changés."""
    garde = notes.ouvrir(clone, DOSSIER, date, depuis_le_disque=True)
    saisie = dict(garde.saisie) | {"recit": [garde.recit], "jeton": [JETON]}
    for nom, valeur in changements.items():
        saisie[nom.replace("__", ".")] = valeur if isinstance(valeur, list) else [valeur]
    return saisie


def constats_du_champ(page: str, identifiant: str) -> str:
    trouve = re.search(rf'<ul class="constats" id="{identifiant}-constats">(.*?)</ul>', page, re.S)
    return " ".join(trouve[1].split()) if trouve else ""


# --- Sécurité ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("hote", ["evil.example", "127.0.0.1.nip.io:8001", "127.0.0.1:9999", "localhost"])
def test_un_host_etranger_est_refuse(client: TestClient, hote: str) -> None:
    """Rebinding DNS : une page qui fait pointer son nom vers 127.0.0.1 n'obtient rien."""
    reponse = client.get("/", headers={"host": hote})
    assert reponse.status_code == 400
    assert "Hôte refusé" in reponse.text and DOSSIER not in reponse.text


@pytest.mark.parametrize("hote", [f"127.0.0.1:{PORT}", f"localhost:{PORT}"])
def test_l_adresse_locale_est_servie_avec_la_csp_du_portail(client: TestClient, hote: str) -> None:
    reponse = client.get("/", headers={"host": hote})
    assert reponse.status_code == 200 and "Mes dossiers" in reponse.text
    csp = reponse.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe" not in csp
    assert "frame-ancestors 'none'" in csp and "form-action 'self'" in csp


def test_un_post_sans_jeton_est_refuse_et_n_ecrit_rien(client: TestClient, clone: Path) -> None:
    saisie = saisie_de(clone, lieu="ailleurs", operation="enregistrer")
    avant = (clone / f"dossiers/{DOSSIER}/concertations/{NOTE}.yaml").read_bytes()
    for jeton in ([], ["faux"]):
        reponse = client.post(ADRESSE, data=saisie | {"jeton": jeton})
        assert reponse.status_code == 403 and "jeton" in reponse.text
    assert client.post(f"/dossiers/{DOSSIER}/notes", data={"date": NOUVELLE}).status_code == 403
    assert client.post(ADRESSE + "/brouillon", data={"lieu": "x"}).status_code == 403
    assert (clone / f"dossiers/{DOSSIER}/concertations/{NOTE}.yaml").read_bytes() == avant
    assert brouillons.lire(clone, DOSSIER, NOTE) is None


def test_chaque_formulaire_porte_le_jeton(client: TestClient) -> None:
    for adresse in (f"/dossiers/{DOSSIER}", ADRESSE):
        page = client.get(adresse).text
        formulaires = re.findall(r"<form\b.*?</form>", page, re.S)
        assert formulaires
        assert all(f'name="jeton" value="{JETON}"' in f for f in formulaires)


def test_l_atelier_n_ecoute_que_la_boucle_locale() -> None:
    from filrouge.atelier.serveur import lire_adresse
    from filrouge.francais import ErreurUtilisation

    assert lire_adresse("127.0.0.1:8001") == ("127.0.0.1", 8001)
    assert lire_adresse("localhost:9000") == ("localhost", 9000)
    for adresse in ("0.0.0.0:8001", "192.168.1.2:8001", "exemple.org:80", "127.0.0.1", "127.0.0.1:0"):
        with pytest.raises(ErreurUtilisation):
            lire_adresse(adresse)


# --- Formulaire tiré du modèle ---------------------------------------------------------------------------

def test_le_formulaire_vient_du_modele(client: TestClient) -> None:
    """Chaque champ de la note (et d'une action) a son contrôle, avec le titre et l'aide du modèle (dite avec les mots
    du formulaire)."""
    page = html.unescape(client.get(ADRESSE).text)
    genres = {controle.nom: controle.genre for controle in notes.NOTE.controles}
    for nom, champ in Concertation.model_fields.items():
        assert champ.title in page and aide(champ.description, genres[nom]) in page, nom
    action = Concertation.model_fields["actions"].annotation.__args__[0]
    for nom, champ in action.model_fields.items():
        assert f'name="actions.0.{nom}"' in page, nom
    assert 'type="date" name="actions.0.echeance"' in page
    assert re.search(r'<select id="c-coordinateur_soin" name="coordinateur_soin".*?value="psy" selected', page, re.S)
    assert 'name="presents" value="mere" checked' in page


def test_une_nouvelle_note_reprend_les_actions_ouvertes(client: TestClient, clone: Path) -> None:
    """La nouvelle note est celle de `filrouge nouveau concertation` : les actions ouvertes de la précédente."""
    reponse = client.post(f"/dossiers/{DOSSIER}/notes", data={"date": NOUVELLE, "jeton": JETON}, follow_redirects=False)
    assert reponse.status_code == 303 and reponse.headers["location"] == f"/dossiers/{DOSSIER}/notes/{NOUVELLE}"
    page = client.get(reponse.headers["location"]).text
    precedente = notes.ouvrir(clone, DOSSIER, NOTE, depuis_le_disque=True).saisie
    ouvertes = [precedente[f"actions.{r}.description"][0] for r in range(10)
                if f"actions.{r}.statut" in precedente and precedente[f"actions.{r}.statut"][0] in ("a_faire", "en_cours")]
    assert ouvertes and all(d.replace("'", "&#39;") in page for d in ouvertes)
    assert "nouvelle note, pas encore enregistrée" in page
    assert not (clone / f"dossiers/{DOSSIER}/concertations/{NOUVELLE}.yaml").exists(), "rien n'est écrit à l'ouverture"


# --- Validation pendant la saisie ------------------------------------------------------------------------

def test_les_erreurs_sont_dites_a_cote_de_leur_champ_et_rien_n_est_ecrit(client: TestClient, clone: Path) -> None:
    saisie = saisie_de(clone, actions__1__echeance="", recit="# Concertation\n\n" + TELEPHONE, operation="enregistrer")
    avant = {p: p.read_bytes() for p in (clone / f"dossiers/{DOSSIER}/concertations").iterdir()}
    page = client.post(ADRESSE, data=saisie).text
    assert "2 erreur(s) à corriger" in page
    assert "« Échéance de l'action » est obligatoire" in html.unescape(constats_du_champ(page, "c-actions-1-echeance"))
    recit = constats_du_champ(page, "c-recit")
    assert "téléphone" in recit and "0478 12 34 56" not in page.split("<textarea")[0], "le numéro n'est jamais recopié"
    assert "ligne 3 du récit" in recit
    assert 'aria-invalid="true"' in page
    assert {p: p.read_bytes() for p in (clone / f"dossiers/{DOSSIER}/concertations").iterdir()} == avant
    assert git(clone, "status", "--porcelain").stdout == ""


def test_un_identifiant_qui_n_est_pas_un_acteur_est_signale_sur_son_champ(client: TestClient, clone: Path) -> None:
    """Les règles du dispositif (pas seulement le schéma) tournent sur le brouillon."""
    page = client.post(ADRESSE, data=saisie_de(clone, referent="inconnu", operation="verifier")).text
    assert "erreur(s) à corriger" in page
    assert constats_du_champ(page, "c-referent")


# --- Brouillons -----------------------------------------------------------------------------------------

def test_le_brouillon_survit_a_l_arret_du_serveur(clone: Path) -> None:
    with TestClient(creer_application(clone, PORT, jeton=JETON), base_url=f"http://127.0.0.1:{PORT}") as premier:
        premier.post(ADRESSE, data=saisie_de(clone, lieu="à la maison de quartier", operation="verifier"))
    fichier = next(brouillons.repertoire(clone).glob("*.json"))
    assert stat.S_IMODE(fichier.stat().st_mode) == 0o600, "un brouillon n'est lisible que par l'utilisateur"
    assert not fichier.resolve().is_relative_to(clone.resolve()), "jamais dans le dépôt"
    with TestClient(creer_application(clone, PORT), base_url=f"http://127.0.0.1:{PORT}") as second:
        page = second.get(ADRESSE).text
    assert 'value="à la maison de quartier"' in page
    assert "2026-001" in TestClient(creer_application(clone, PORT), base_url=f"http://127.0.0.1:{PORT}").get("/").text


def test_la_sauvegarde_pendant_la_frappe_garde_le_brouillon(client: TestClient, clone: Path) -> None:
    assert client.post(ADRESSE + "/brouillon", data=saisie_de(clone, lieu="au parc")).status_code == 204
    assert notes.ouvrir(clone, DOSSIER, NOTE).saisie["lieu"] == ["au parc"]
    assert git(clone, "status", "--porcelain").stdout == ""


# --- Écriture sans perte --------------------------------------------------------------------------------

def test_un_fichier_change_sur_le_disque_n_est_pas_ecrase(client: TestClient, clone: Path) -> None:
    client.get(ADRESSE)
    client.post(ADRESSE, data=saisie_de(clone, lieu="au centre", operation="verifier"))
    chemin = clone / f"dossiers/{DOSSIER}/concertations/{NOTE}.yaml"
    change = chemin.read_text(encoding="utf-8").replace("lieu:", "# changé ailleurs\nlieu:", 1)
    chemin.write_text(change, encoding="utf-8")
    reponse = client.post(ADRESSE, data=saisie_de(clone, lieu="au centre", operation="enregistrer"))
    assert reponse.status_code == 409
    assert "a changé sur le disque depuis que vous l'avez ouvert" in html.unescape(reponse.text)
    assert 'value="recharger"' in reponse.text
    assert chemin.read_text(encoding="utf-8") == change
    assert notes.ouvrir(clone, DOSSIER, NOTE).saisie["lieu"] == ["au centre"], "la saisie est gardée"
    page = client.post(ADRESSE, data={"jeton": JETON, "operation": "recharger"}).text
    assert 'value="au centre"' not in page


def test_les_commentaires_survivent_a_l_aller_retour(client: TestClient, clone: Path) -> None:
    chemin = clone / f"dossiers/{DOSSIER}/concertations/{NOTE}.yaml"
    texte = chemin.read_text(encoding="utf-8").replace("heure:", "# un commentaire à garder\nheure:", 1)
    chemin.write_text(texte, encoding="utf-8")
    git(clone, "commit", "-qam", "commentaire")
    page = client.post(ADRESSE, data=saisie_de(clone, lieu="au centre de jour", operation="enregistrer")).text
    assert "Note enregistrée et commitée" in page
    apres = chemin.read_text(encoding="utf-8")
    assert apres.splitlines()[0] == "# yaml-language-server: $schema=../../../schemas/concertation.schema.json"
    difference = [ligne for ligne in git(clone, "show", "--format=", "-U0", "HEAD").stdout.splitlines()
                  if ligne[:1] in "+-" and not ligne.startswith(("+++", "---"))]
    assert difference == [f"-lieu: {re.search(r'^lieu: (.*)$', texte, re.M)[1]}", "+lieu: au centre de jour"]
    assert "# un commentaire à garder" in apres


# --- Enregistrer : le commit à travers les hooks ----------------------------------------------------------

def _hook(clone: Path, corps: str) -> Path:
    hook = clone / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\n" + corps, encoding="utf-8")
    hook.chmod(0o755)
    return hook


def test_enregistrer_commite_a_travers_les_hooks(client: TestClient, clone: Path) -> None:
    _hook(clone, f'touch "{clone}/../hook-passe"\nexit 0\n')
    client.post(f"/dossiers/{DOSSIER}/notes", data={"date": NOUVELLE, "jeton": JETON})
    page = client.post(f"/dossiers/{DOSSIER}/notes/{NOUVELLE}",
                       data=saisie_de(clone, NOUVELLE, operation="enregistrer")).text
    assert "Note enregistrée et commitée" in page
    assert (clone.parent / "hook-passe").exists(), "le hook pre-commit a tourné"
    log = git(clone, "log", "-1", "--format=%s", "--name-only").stdout.split("\n")
    assert log[0] == f"Note de synthèse du {NOUVELLE} (dossier {DOSSIER}) : créée dans l'atelier"
    assert set(filter(None, log[1:])) == {f"dossiers/{DOSSIER}/concertations/{NOUVELLE}.yaml",
                                          f"dossiers/{DOSSIER}/concertations/{NOUVELLE}.md"}
    assert brouillons.lire(clone, DOSSIER, NOUVELLE) is None, "le brouillon enregistré est effacé"


def test_un_refus_du_hook_est_dit_en_francais_sans_rien_perdre(client: TestClient, clone: Path) -> None:
    _hook(clone, 'echo "refusé par la règle locale" >&2\nexit 1\n')
    tete = git(clone, "rev-parse", "HEAD").stdout
    page = client.post(ADRESSE, data=saisie_de(clone, lieu="au centre", operation="enregistrer")).text
    assert "le commit a été refusé par les vérifications du dépôt" in html.unescape(page)
    assert "refusé par la règle locale" in page
    assert git(clone, "rev-parse", "HEAD").stdout == tete
    assert notes.ouvrir(clone, DOSSIER, NOTE).saisie["lieu"] == ["au centre"], "la saisie est gardée"
    _hook(clone, "exit 0\n")
    page = client.post(ADRESSE, data=saisie_de(clone, lieu="au centre", operation="enregistrer")).text
    assert "Note enregistrée et commitée" in page


# --- Accueil ---------------------------------------------------------------------------------------------

def test_accueil_dossiers_ouverts_d_abord_et_ce_qui_attend(client: TestClient, clone: Path) -> None:
    from filrouge.atelier.accueil import accueil
    import datetime as dt

    page = accueil(clone, dt.date(2026, 11, 24))
    statuts = [d.statut for d in page.dossiers]
    assert statuts == sorted(statuts, key=lambda s: {"ouvert": 0, "demande": 1, "clos": 2}.get(s, 3))
    ouverts = [d for d in page.dossiers if d.statut == "ouvert"]
    assert [d.en_retard for d in ouverts] == sorted((d.en_retard for d in ouverts), reverse=True)
    assert page.git and page.modifications == []
    (clone / "dossiers" / DOSSIER / "pieces" / "nouvelle.txt").write_text("x", encoding="utf-8")
    html = client.get("/").text
    assert "1 fichier(s) modifié(s)" in html and "nouvelle.txt" in html
    assert "Ce qui attend" in html


@pytest.mark.parametrize("adresse", ["/dossiers/..%2F..%2Fetc/notes/2026-11-17", "/dossiers/2026-001/notes/2026-W01-1",
                                     "/dossiers/2026-001/notes/..%2F..%2Fdossier", "/dossiers/2099-999/notes/2026-11-17",
                                     "/dossiers/2026-001/notes/2026-02-30"])
def test_une_adresse_hors_des_notes_est_refusee_en_francais(client: TestClient, clone: Path, adresse: str) -> None:
    reponse = client.get(adresse)
    assert reponse.status_code in (400, 404)
    assert "Traceback" not in reponse.text
    assert not brouillons.en_cours(clone)
