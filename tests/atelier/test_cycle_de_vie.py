"""Clore, rouvrir, transférer et créer un dossier dans l'atelier : la fonction de bibliothèque, la validation de
`valider` avant toute écriture, le refus à côté de son champ, et le commit à travers les hooks."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from tests.atelier.conftest import JETON, git

DOSSIER = "2026-001"
REGLEES = {"suspens.action.1": "faite", "suspens.action.2": "abandonnee", "suspens.action.4": "garder",
           "suspens.rencontre": "annuler"}
"""Une réponse pour chaque action ouverte de la dernière note de 2026-001 et pour sa prochaine rencontre."""


def messages(page: str, identifiant: str) -> str:
    trouve = re.search(rf'<ul class="constats" id="{identifiant}-constats">(.*?)</ul>', page, re.S)
    return html.unescape(" ".join(trouve[1].split())) if trouve else ""


def instantane(clone: Path) -> dict[str, bytes]:
    """Tous les fichiers du dossier et le commit courant : ce qu'un refus ne doit pas changer."""
    fichiers = {p.relative_to(clone).as_posix(): p.read_bytes() for p in (clone / "dossiers").rglob("*") if p.is_file()}
    return fichiers | {"HEAD": git(clone, "rev-parse", "HEAD").stdout.encode()}


def hook_qui_passe(clone: Path) -> Path:
    temoin = clone.parent / "hook-passe"
    hook = clone / ".git" / "hooks" / "pre-commit"
    hook.write_text(f'#!/bin/sh\ntouch "{temoin}"\nexit 0\n', encoding="utf-8")
    hook.chmod(0o755)
    return temoin


def envoyer(client: TestClient, adresse: str, **donnees: str) -> tuple[int, str]:
    reponse = client.post(adresse, data={"jeton": JETON} | donnees)
    return reponse.status_code, reponse.text


def dernier_commit(clone: Path) -> tuple[str, set[str]]:
    sortie = git(clone, "log", "-1", "--format=%s", "--name-only").stdout.split("\n")
    return sortie[0], set(filter(None, sortie[1:]))


# --- Clore ----------------------------------------------------------------------------------------------

def test_la_page_du_dossier_propose_les_motifs_du_reseau_et_ce_qui_reste_en_suspens(client: TestClient) -> None:
    page = client.get(f"/dossiers/{DOSSIER}").text
    formulaire = re.search(r'<form method="post" action="/dossiers/2026-001/clore"[^>]*>.*?</form>', page, re.S)[0]
    assert f'name="jeton" value="{JETON}"' in formulaire
    for motif in ("objectifs_atteints", "relais_pris", "autre"):
        assert f'<option value="{motif}">' in formulaire
    for nom in REGLEES:
        assert f'name="{nom}"' in formulaire, nom
    assert 'name="suspens.action.3"' not in formulaire, "l'action 3 de la dernière note est déjà faite"


def test_clore_commite_a_travers_les_hooks(client: TestClient, clone: Path) -> None:
    temoin = hook_qui_passe(clone)
    statut, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="objectifs_atteints",
                           **REGLEES)
    assert statut == 200 and "Enregistré et commité" in html.unescape(page)
    assert temoin.exists(), "le hook pre-commit a tourné"
    message, fichiers = dernier_commit(clone)
    assert message == f"Dossier {DOSSIER} clos le 2026-11-24 (motif : objectifs_atteints) dans l'atelier"
    assert fichiers == {f"dossiers/{DOSSIER}/dossier.yaml", f"dossiers/{DOSSIER}/concertations/2026-11-17.yaml"}
    assert git(clone, "status", "--porcelain").stdout == ""
    dossier = (clone / f"dossiers/{DOSSIER}/dossier.yaml").read_text(encoding="utf-8")
    assert re.search(r"^statut: clos", dossier, re.M) and "motif_cloture: objectifs_atteints" in dossier
    note = (clone / f"dossiers/{DOSSIER}/concertations/2026-11-17.yaml").read_text(encoding="utf-8")
    assert "statut: abandonnee" in note and "engagement: false" in note
    assert "Rouvrir le dossier" in page, "la page montre le dossier clos"


def test_clore_sans_motif_est_refuse_a_cote_du_motif(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    statut, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="", **REGLEES)
    assert statut == 200 and "« Motif de clôture » est obligatoire" in messages(page, "clore-motif")
    assert 'id="clore-motif" name="motif" aria-describedby="clore-motif-aide clore-motif-constats" aria-invalid="true"' in page
    assert instantane(clone) == avant


def test_un_motif_hors_de_la_liste_est_refuse_par_la_bibliotheque(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="lassitude", **REGLEES)
    assert "motif de clôture inconnu" in messages(page, "clore-motif")
    assert instantane(clone) == avant


def test_une_action_sans_reponse_est_dite_a_cote_d_elle(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    reponses = {k: v for k, v in REGLEES.items() if k != "suspens.action.2"}
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="objectifs_atteints", **reponses)
    assert "Action 2 encore ouverte (en cours, échéance le 11 décembre 2026)" in messages(page, "suspens-action-2")
    assert messages(page, "suspens-action-1") == "" and messages(page, "suspens-rencontre") == ""
    assert 'value="faite" checked' in page, "les réponses données restent cochées"
    assert instantane(clone) == avant


def test_une_cloture_que_valider_refuse_n_ecrit_rien(client: TestClient, clone: Path) -> None:
    """La bibliothèque accepte une clôture avant les dernières notes ; la validation de `valider`, jouée avant
    toute écriture, la refuse (des concertations après la clôture)."""
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-09-01", motif="objectifs_atteints", **REGLEES)
    assert "concertation après la clôture du dossier" in html.unescape(page)
    assert "Rien n'est écrit" in html.unescape(page)
    assert instantane(clone) == avant


def test_un_dossier_change_sur_le_disque_depuis_l_ouverture_n_est_pas_ecrase(client: TestClient, clone: Path) -> None:
    page = client.get(f"/dossiers/{DOSSIER}").text
    empreinte = re.search(r'action="/dossiers/2026-001/clore"[^>]*>.*?name="empreinte" value="([0-9a-f]+)"', page, re.S)[1]
    chemin = clone / f"dossiers/{DOSSIER}/dossier.yaml"
    change = chemin.read_text(encoding="utf-8") + "# changé ailleurs\n"
    chemin.write_text(change, encoding="utf-8")
    statut, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="objectifs_atteints",
                           empreinte=empreinte, **REGLEES)
    assert statut == 409 and ("« fiche du dossier » a changé sur le disque depuis que vous avez ouvert cette page"
                              in html.unescape(page))
    assert "dossier.yaml" not in page, "le document par son nom, jamais son chemin"
    assert chemin.read_text(encoding="utf-8") == change


def test_clore_sans_jeton_est_refuse(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    for action in ("clore", "rouvrir", "transferer"):
        reponse = client.post(f"/dossiers/{DOSSIER}/{action}", data={"date": "2026-11-24", "motif": "autre"} | REGLEES)
        assert reponse.status_code == 403
    assert client.post("/nouveau-dossier", data={"operation": "creer"}).status_code == 403
    assert instantane(clone) == avant


# --- Rouvrir --------------------------------------------------------------------------------------------

def test_rouvrir_un_dossier_clos(client: TestClient, clone: Path) -> None:
    envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="objectifs_atteints", **REGLEES)
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/rouvrir", date="2026-11-20", motif="nouvelle demande")
    assert "précède la dernière clôture" in messages(page, "rouvrir-date")
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/rouvrir", date="2026-11-25", motif="")
    assert "motif de la réouverture" in messages(page, "rouvrir-motif")
    assert instantane(clone) == avant
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/rouvrir", date="2026-11-25", motif="nouvelle demande du service")
    assert "Enregistré et commité" in html.unescape(page)
    assert dernier_commit(clone) == (f"Dossier {DOSSIER} rouvert le 2026-11-25 dans l'atelier",
                                     {f"dossiers/{DOSSIER}/dossier.yaml"})
    assert re.search(r"motif_reouverture: [\"']?nouvelle demande du service",
                     (clone / f"dossiers/{DOSSIER}/dossier.yaml").read_text(encoding="utf-8"))


# --- Transférer -----------------------------------------------------------------------------------------

@pytest.fixture
def deux_casemanagers(clone: Path) -> Path:
    reseau = clone / "reseau.yaml"
    texte = reseau.read_text(encoding="utf-8")
    assert "  - id: cm-namur\n    etp: 0.5\n" in texte
    reseau.write_text(texte.replace("  - id: cm-namur\n    etp: 0.5\n",
                                    "  - id: cm-namur\n    etp: 0.5\n  - id: cm-dinant\n    etp: 0.5\n"
                                    "casemanager_par_defaut: cm-namur\n"), encoding="utf-8")
    git(clone, "commit", "-qam", "un second casemanager")
    return clone


def test_transferer_a_un_casemanager_du_reseau(client: TestClient, deux_casemanagers: Path) -> None:
    clone = deux_casemanagers
    page = client.get(f"/dossiers/{DOSSIER}").text
    assert '<option value="cm-dinant">cm-dinant</option>' in page and "cm-namur (actuel)" in page
    avant = instantane(clone)
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/transferer", date="2026-11-24", vers="")
    assert "casemanager inconnu" in messages(page, "transferer-vers")
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/transferer", date="2026-11-24", vers="cm-namur")
    assert "déjà suivi par cm-namur" in messages(page, "transferer-vers")
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/transferer", date="2026-01-01", vers="cm-dinant")
    assert "le relais suit la demande" in messages(page, "transferer-date")
    assert instantane(clone) == avant
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/transferer", date="2026-11-24", vers="cm-dinant",
                      motif="répartition de la charge")
    assert "Enregistré et commité" in html.unescape(page)
    assert dernier_commit(clone) == (f"Dossier {DOSSIER} confié à cm-dinant à partir du 2026-11-24 dans l'atelier",
                                     {f"dossiers/{DOSSIER}/dossier.yaml"})
    assert "casemanager : cm-dinant" in page


# --- Nouveau dossier ------------------------------------------------------------------------------------

NOUVEAU = {"initiales": "zq", "sexe": "F", "annee": "2012", "code_postal": "5000", "service": "spj-namur",
           "canal": "telephone", "date": "2026-11-24"}


def test_l_aide_au_code_compose_le_code_et_avertit_d_une_collision(client: TestClient, clone: Path) -> None:
    """Le code de 2026-001 (MBG20115000) retapé : la règle dossier.code_partage le dit à côté du code."""
    avant = instantane(clone)
    _, page = envoyer(client, "/nouveau-dossier", operation="verifier",
                      **NOUVEAU | {"initiales": "mb", "sexe": "G", "annee": "2011"})
    assert '<output id="code-calcule">MBG20115000</output>' in page
    assert "le dossier 2026-001 a le même code" in messages(page, "nouveau-code")
    assert instantane(clone) == avant, "vérifier n'écrit rien"


def test_un_code_mal_forme_est_refuse_a_cote_du_code(client: TestClient, clone: Path) -> None:
    avant = instantane(clone)
    _, page = envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU | {"annee": "12"})
    assert "code du jeune invalide" in messages(page, "nouveau-code")
    _, page = envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU | {"service": ""})
    assert "service initiateur" in messages(page, "nouveau-service")
    assert instantane(clone) == avant


def test_creer_un_dossier_le_commite(client: TestClient, clone: Path) -> None:
    temoin = hook_qui_passe(clone)
    assert 'href="/nouveau-dossier"' in client.get("/").text
    _, page = envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU)
    assert "Enregistré et commité" in html.unescape(page) and temoin.exists()
    assert dernier_commit(clone) == ("Nouveau dossier 2026-007 (demande du 2026-11-24) créé dans l'atelier",
                                     {"dossiers/2026-007/dossier.yaml", "dossiers/2026-007/preparation.yaml"})
    assert "code: ZQF20125000" in (clone / "dossiers/2026-007/dossier.yaml").read_text(encoding="utf-8")
    assert 'href="/dossiers/2026-007"' in page
    assert client.get("/dossiers/2026-007").status_code == 200


def test_valider_brouillon_d_un_dossier_nouveau(clone: Path) -> None:
    """La validation d'un dossier qui n'existe pas encore : ses règles de dépôt (code partagé) comprises, rien d'écrit."""
    from filrouge.francais import ErreurUtilisation
    from filrouge.validation import valider_brouillon

    texte = (clone / f"dossiers/{DOSSIER}/dossier.yaml").read_text(encoding="utf-8").replace(
        f"id: {DOSSIER}", "id: 2026-099", 1)
    constats = valider_brouillon(clone, "2026-099", {"dossier.yaml": texte}, nouveau=True)
    assert any(c.regle == "dossier.code_partage" and c.fichier == "dossiers/2026-099/dossier.yaml" for c in constats)
    assert not (clone / "dossiers/2026-099").exists()
    with pytest.raises(ErreurUtilisation, match="existe déjà"):
        valider_brouillon(clone, DOSSIER, {"dossier.yaml": texte}, nouveau=True)


def test_composer_le_code_du_jeune() -> None:
    from filrouge.code_jeune import composer, diagnostiquer

    assert composer("mb", "g", "2011", " 5000") == "MBG20115000"
    assert composer("mb", "", "2011", "5000") == "MB20115000"
    assert diagnostiquer(composer("mb", "x", "2011", "5000")) is not None


def test_un_refus_du_hook_est_dit_sans_rien_perdre(client: TestClient, clone: Path) -> None:
    hook = clone / ".git" / "hooks" / "pre-commit"
    hook.write_text('#!/bin/sh\necho "refusé par la règle locale" >&2\nexit 1\n', encoding="utf-8")
    hook.chmod(0o755)
    tete = git(clone, "rev-parse", "HEAD").stdout
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-11-24", motif="objectifs_atteints", **REGLEES)
    assert "le commit a été refusé par les vérifications du dépôt" in html.unescape(page)
    assert "refusé par la règle locale" in html.unescape(page)
    assert git(clone, "rev-parse", "HEAD").stdout == tete
    assert "statut: clos" in (clone / f"dossiers/{DOSSIER}/dossier.yaml").read_text(encoding="utf-8"), "rien n'est perdu"
