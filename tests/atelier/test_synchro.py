"""Git sans Git : l'état du clone, « Synchroniser » et « Envoyer au coordinateur », sur de vrais dépôts jetables
(un dépôt nu local comme dépôt partagé, deux clones), en processus."""

from __future__ import annotations

import html
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge import synchro
from filrouge.atelier import brouillon as brouillons
from filrouge.atelier.application import creer_application
from tests.atelier.conftest import JETON, PORT, git

DEMANDE = "dossiers/2026-001/financements/2026-stage-remobilisation.yaml"
BRANCHE = "financement/2026-001-stage-remobilisation"


@pytest.fixture
def nu(tmp_path: Path, clone: Path) -> Path:
    """Le dépôt partagé : un dépôt nu local où le clone a poussé sa branche main."""
    depot = tmp_path / "partage.git"
    assert git(tmp_path, "init", "-q", "--bare", "-b", "main", str(depot)).returncode == 0
    assert git(clone, "remote", "add", "origin", str(depot)).returncode == 0
    assert git(clone, "push", "-q", "-u", "origin", "main").returncode == 0
    return depot


@pytest.fixture
def collegue(tmp_path: Path, nu: Path) -> Path:
    """Le clone d'un autre casemanager du même réseau."""
    autre = tmp_path / "collegue"
    assert git(tmp_path, "clone", "-q", str(nu), str(autre)).returncode == 0
    return autre


@pytest.fixture
def client(clone: Path) -> Iterator[TestClient]:
    with TestClient(creer_application(clone, PORT, jeton=JETON), base_url=f"http://127.0.0.1:{PORT}") as c:
        yield c


def enregistrer(depot: Path, relatif: str, ajout: str, message: str) -> str:
    """Un enregistrement (commit) d'un seul fichier, comme l'atelier le fait."""
    chemin = depot / relatif
    chemin.write_text(chemin.read_text(encoding="utf-8") + ajout, encoding="utf-8")
    assert git(depot, "add", "--", relatif).returncode == 0
    assert git(depot, "commit", "-q", "-m", message, "--", relatif).returncode == 0
    return git(depot, "rev-parse", "HEAD").stdout.strip()


def synchroniser(client: TestClient) -> tuple[int, str]:
    reponse = client.post("/synchroniser", data={"jeton": JETON})
    return reponse.status_code, " ".join(html.unescape(reponse.text).split())


def envoyer(client: TestClient, envoi: str) -> tuple[int, str]:
    reponse = client.post("/envoyer-au-coordinateur", data={"jeton": JETON, "envoi": envoi})
    return reponse.status_code, " ".join(html.unescape(reponse.text).split())


def hook(nu: Path, nom: str, script: str) -> None:
    chemin = nu / "hooks" / nom
    chemin.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    chemin.chmod(chemin.stat().st_mode | stat.S_IXUSR)


def branches(depot: Path) -> list[str]:
    return git(depot, "for-each-ref", "--format=%(refname:short)", "refs/heads").stdout.split()


def historique(depot: Path, reference: str = "HEAD") -> list[str]:
    return git(depot, "log", "--format=%s", reference).stdout.splitlines()


# --- L'état à l'accueil, sans réseau ---------------------------------------------------------------------

def test_sans_depot_partage_l_accueil_le_dit_et_synchroniser_refuse(client: TestClient) -> None:
    page = " ".join(html.unescape(client.get("/").text).split())
    assert "n'est relié à aucun dépôt partagé" in page
    assert "Synchroniser</button>" not in page and "Envoyer au coordinateur</button>" not in page
    statut, page = synchroniser(client)
    assert statut == 409 and "Rien n'est fait : ce clone n'est relié à aucun dépôt partagé" in page


def test_l_accueil_dit_l_avance_et_le_retard_connus_sans_requete_reseau(client: TestClient, clone: Path, nu: Path,
                                                                        collegue: Path) -> None:
    enregistrer(clone, "dossiers/2026-001/dossier.yaml", "# ici\n", "ici")
    enregistrer(clone, "dossiers/2026-002/dossier.yaml", "# ici\n", "ici encore")
    enregistrer(collegue, "dossiers/2019-003/dossier.yaml", "# là\n", "là-bas")
    assert git(collegue, "push", "-q").returncode == 0
    page = " ".join(html.unescape(client.get("/").text).split())
    assert f"Dépôt partagé : « {nu.stem} » (branche main)." in page, "son nom court, jamais son adresse"
    assert str(nu) not in page
    assert "2 enregistrements de ce poste pas encore envoyés au dépôt partagé." in page
    assert "pas encore reçu" not in page, "l'accueil n'a rien demandé au dépôt partagé"
    assert "Dernière synchronisation : aucune encore sur ce poste." in page
    assert not (clone / ".git" / "FETCH_HEAD").exists()
    assert 'action="/synchroniser"' in page and "Synchroniser</button>" in page
    statut, page = synchroniser(client)
    assert statut == 200
    page = " ".join(html.unescape(client.get("/").text).split())
    assert "À jour à la dernière synchronisation" in page and "Dernière synchronisation : le " in page


def test_les_formulaires_de_synchro_exigent_le_jeton(client: TestClient, clone: Path, nu: Path) -> None:
    enregistrer(clone, DEMANDE, "# revu\n", "demande revue")
    avant = git(nu, "rev-parse", "main").stdout
    assert client.post("/synchroniser", data={}).status_code == 403
    assert client.post("/envoyer-au-coordinateur", data={"jeton": "faux", "envoi": "2026-001"}).status_code == 403
    assert git(nu, "rev-parse", "main").stdout == avant
    assert branches(nu) == ["main"]


# --- Synchroniser ----------------------------------------------------------------------------------------

def test_un_premier_envoi_cree_la_branche_dans_le_depot_partage(client: TestClient, clone: Path,
                                                                tmp_path: Path) -> None:
    vide = tmp_path / "vide.git"
    assert git(tmp_path, "init", "-q", "--bare", "-b", "main", str(vide)).returncode == 0
    assert git(clone, "remote", "add", "origin", str(vide)).returncode == 0
    page = " ".join(html.unescape(client.get("/").text).split())
    assert "Votre branche n'existe pas encore dans le dépôt partagé" in page
    statut, page = synchroniser(client)
    assert statut == 200 and "Synchronisé : 1 enregistrement envoyé." in page
    assert git(vide, "rev-parse", "main").stdout == git(clone, "rev-parse", "HEAD").stdout
    assert synchro.etat(clone).suivie == "origin/main"


def test_synchroniser_sans_rien_de_nouveau(client: TestClient, nu: Path) -> None:
    statut, page = synchroniser(client)
    assert statut == 200 and "Déjà à jour : rien à recevoir du dépôt partagé, rien à lui envoyer." in page


def test_synchroniser_des_enregistrements_des_deux_cotes(client: TestClient, clone: Path, nu: Path,
                                                         collegue: Path) -> None:
    """Les changements du collègue sont reçus, les siens rejoués par-dessus puis envoyés : une ligne d'historique,
    sans commit de fusion ; le brouillon de l'atelier (hors du dépôt) n'est pas touché."""
    brouillon = brouillons.Brouillon("2026-001", "2026-12-01", {"lieu": ["salle"]}, "récit", "")
    brouillons.ecrire(clone, brouillon)
    fichier_brouillon = next(brouillons.repertoire(clone).glob("*.json"))
    octets = fichier_brouillon.read_bytes()
    enregistrer(clone, "dossiers/2026-001/dossier.yaml", "# ici\n", "enregistrement du poste")
    enregistrer(collegue, "dossiers/2019-003/dossier.yaml", "# là\n", "enregistrement du collègue")
    assert git(collegue, "push", "-q").returncode == 0
    statut, page = synchroniser(client)
    assert statut == 200, page
    assert "Synchronisé : 1 enregistrement reçu du dépôt partagé ; 1 enregistrement envoyé." in page
    assert historique(nu, "main")[:2] == ["enregistrement du poste", "enregistrement du collègue"]
    assert git(nu, "rev-list", "--merges", "main").stdout == ""
    assert (clone / "dossiers/2019-003/dossier.yaml").read_text(encoding="utf-8").endswith("# là\n")
    assert fichier_brouillon.read_bytes() == octets
    assert synchro.etat(clone).en_avance == synchro.etat(clone).en_retard == 0


def test_recevoir_seulement_garde_les_modifications_en_cours(client: TestClient, clone: Path, collegue: Path) -> None:
    """Sans enregistrement local : une avance rapide, qui laisse en place un fichier modifié ailleurs."""
    (clone / "dossiers/2026-002/dossier.yaml").write_text("# en cours\n", encoding="utf-8")
    enregistrer(collegue, "dossiers/2019-003/dossier.yaml", "# là\n", "enregistrement du collègue")
    assert git(collegue, "push", "-q").returncode == 0
    statut, page = synchroniser(client)
    assert statut == 200 and "1 enregistrement reçu" in page
    assert (clone / "dossiers/2026-002/dossier.yaml").read_text(encoding="utf-8") == "# en cours\n"


def test_un_conflit_s_arrete_proprement(client: TestClient, clone: Path, nu: Path, collegue: Path) -> None:
    relatif = "dossiers/2026-001/dossier.yaml"
    local = enregistrer(clone, relatif, "# version du poste\n", "poste")
    contenu = (clone / relatif).read_bytes()
    enregistrer(collegue, relatif, "# version du collègue\n", "collègue")
    assert git(collegue, "push", "-q").returncode == 0
    distant = git(nu, "rev-parse", "main").stdout
    statut, page = synchroniser(client)
    assert statut == 409
    assert "conflit" in page and "votre clone est exactement comme avant, rien n'est perdu" in page
    assert "Dossiers en conflit : 2026-001." in page and "Que faire :" in page
    assert "Détail technique" in page
    assert git(clone, "rev-parse", "HEAD").stdout.strip() == local
    assert (clone / relatif).read_bytes() == contenu
    assert git(clone, "status", "--porcelain").stdout == ""
    assert synchro.etat(clone).en_cours is None
    assert git(nu, "rev-parse", "main").stdout == distant, "rien n'est envoyé"


def test_des_modifications_non_enregistrees_empechent_d_integrer(client: TestClient, clone: Path,
                                                                 collegue: Path) -> None:
    enregistrer(clone, "dossiers/2026-001/dossier.yaml", "# ici\n", "poste")
    (clone / "dossiers/2026-002/dossier.yaml").write_text("# en cours\n", encoding="utf-8")
    enregistrer(collegue, "dossiers/2019-003/dossier.yaml", "# là\n", "collègue")
    assert git(collegue, "push", "-q").returncode == 0
    statut, page = synchroniser(client)
    assert statut == 409 and "pas encore enregistrés" in page
    assert "Documents en cause : dossier 2026-002 (fiche du dossier)." in page, "chaque fichier dit par son document"
    assert (clone / "dossiers/2026-002/dossier.yaml").read_text(encoding="utf-8") == "# en cours\n"
    assert historique(clone)[0] == "poste"


def test_un_envoi_refuse_par_le_depot_partage_ne_perd_rien(client: TestClient, clone: Path, nu: Path) -> None:
    hook(nu, "pre-receive", "echo 'branche protégée : passez par une demande de fusion' >&2\nexit 1\n")
    commit = enregistrer(clone, "dossiers/2026-001/dossier.yaml", "# ici\n", "poste")
    statut, page = synchroniser(client)
    assert statut == 409
    assert "Le dépôt partagé a refusé l'envoi" in page and "Rien n'est perdu" in page
    assert "pre-receive hook declined" in page, "la sortie brute est jointe en détail technique"
    assert git(clone, "rev-parse", "HEAD").stdout.strip() == commit
    assert synchro.etat(clone).en_avance == 1


def test_un_depot_partage_injoignable_est_dit_sans_montrer_le_jeton(client: TestClient, clone: Path) -> None:
    url = "https://casemanager:jeton-tres-secret-42@127.0.0.1:9/reseau/dossiers.git"
    assert git(clone, "remote", "add", "origin", url).returncode == 0
    page = html.unescape(client.get("/").text)
    assert "Dépôt partagé : « dossiers » (branche main)." in page
    assert "jeton-tres-secret-42" not in page and "casemanager:" not in page and "127.0.0.1:9" not in page
    statut, page = synchroniser(client)
    assert statut == 409 and "injoignable" in page and "restent intacts" in page
    assert "jeton-tres-secret-42" not in page and "casemanager:" not in page


@pytest.mark.parametrize("chemin", ["absent.git", "groupe-401/absent.git", "403/absent.git"])
def test_une_adresse_qui_ne_mene_a_aucun_depot(client: TestClient, clone: Path, tmp_path: Path, chemin: str) -> None:
    """Un chemin qui contient 401 ou 403 (un répertoire temporaire numéroté, un groupe) n'est pas un refus d'accès."""
    assert git(clone, "remote", "add", "origin", str(tmp_path / chemin)).returncode == 0
    statut, page = synchroniser(client)
    assert statut == 409 and "ne mène à aucun dépôt" in page and "accès est refusé" not in page


def test_un_acces_refuse_par_le_serveur_est_dit() -> None:
    """La phrase de Git pour un refus HTTP reste lue comme un refus d'accès."""
    from filrouge.synchro import Sortie, _cause_reseau

    refus = Sortie(128, "fatal: unable to access 'https://forge.exemple/reseau.git/': The requested URL returned error: 403")
    assert "accès est refusé" in (_cause_reseau(refus) or "")


# --- Envoyer au coordinateur -----------------------------------------------------------------------------

def test_envoyer_au_coordinateur_pousse_une_branche_du_dossier(client: TestClient, clone: Path, nu: Path) -> None:
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    enregistrer(clone, "dossiers/2026-002/dossier.yaml", "# ici\n", "autre dossier")
    page = html.unescape(client.get("/").text)
    assert '<option value="2026-001/financements/2026-stage-remobilisation">' in page
    assert '<option value="2026-002">' in page and "Envoyer au coordinateur</button>" in page
    statut, page = envoyer(client, "2026-001/financements/2026-stage-remobilisation")
    assert statut == 200, page
    assert f"Envoyé au coordinateur : la branche « {BRANCHE} » (1 enregistrement)" in page
    assert "Prévenez le coordinateur" in page, "un dépôt local n'a pas de forge : le nom de la branche est dit"
    assert historique(nu, BRANCHE)[0] == "demande complétée"
    assert git(nu, "show", f"{BRANCHE}:{DEMANDE}").stdout.endswith("# devis joint\n")
    assert git(nu, "diff", "--name-only", "main", BRANCHE).stdout.split() == [DEMANDE]
    # La branche principale du poste garde le reste, la demande attend l'examen sur sa branche.
    assert historique(clone)[0] == "autre dossier" and "demande complétée" not in historique(clone)
    assert git(clone, "show", "HEAD:dossiers/2026-002/dossier.yaml").stdout.endswith("# ici\n")
    assert not (clone / DEMANDE).read_text(encoding="utf-8").endswith("# devis joint\n")
    assert historique(clone, BRANCHE)[0] == "demande complétée"
    assert git(clone, "status", "--porcelain").stdout == ""
    page = " ".join(html.unescape(client.get("/").text).split())
    assert f"en attente de fusion : <code>{BRANCHE}</code>" in page
    statut, page = synchroniser(client)
    assert "1 enregistrement envoyé" in page and historique(nu, "main")[0] == "autre dossier"


def test_envoyer_garde_les_modifications_en_cours_des_autres_dossiers(client: TestClient, clone: Path, nu: Path) -> None:
    """Le retour sur la branche principale (reset --keep) ne touche ni un fichier modifié ailleurs ni un brouillon."""
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    (clone / "dossiers/2026-002/dossier.yaml").write_text("# en cours\n", encoding="utf-8")
    brouillons.ecrire(clone, brouillons.Brouillon("2026-001", "2026-12-01", {"lieu": ["salle"]}, "récit", ""))
    statut, page = envoyer(client, "2026-001")
    assert statut == 200, page
    assert (clone / "dossiers/2026-002/dossier.yaml").read_text(encoding="utf-8") == "# en cours\n"
    assert brouillons.lire(clone, "2026-001", "2026-12-01") is not None
    assert historique(nu, "dossier/2026-001")[0] == "demande complétée"


def test_envoyer_refuse_un_dossier_aux_fichiers_non_enregistres(client: TestClient, clone: Path, nu: Path) -> None:
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    (clone / "dossiers/2026-001/pieces/devis.md").write_text("devis\n", encoding="utf-8")
    statut, page = envoyer(client, "2026-001")
    assert statut == 409 and "pas encore enregistrés" in page
    assert "Documents en cause : dossier 2026-001 (pièce jointe « devis.md »)." in page
    assert branches(nu) == ["main"]
    assert historique(clone)[0] == "demande complétée"


def test_envoyer_sans_rien_de_nouveau(client: TestClient, nu: Path) -> None:
    statut, page = envoyer(client, "2026-001")
    assert statut == 409 and "Rien à envoyer" in page


def test_gitlab_recoit_les_options_qui_creent_la_demande_de_fusion(client: TestClient, clone: Path, nu: Path,
                                                                   tmp_path: Path) -> None:
    (clone / "reseau.yaml").write_text((clone / "reseau.yaml").read_text(encoding="utf-8")
                                       + "depot_partage:\n  hebergeur: gitlab\n", encoding="utf-8")
    assert git(clone, "commit", "-q", "-am", "réseau sur GitLab").returncode == 0
    assert git(clone, "push", "-q").returncode == 0
    assert git(nu, "config", "receive.advertisePushOptions", "true").returncode == 0
    options = tmp_path / "options.txt"
    hook(nu, "pre-receive", f'i=0\nwhile [ "$i" -lt "${{GIT_PUSH_OPTION_COUNT:-0}}" ]; do\n'
                            f'  eval "echo \\"\\$GIT_PUSH_OPTION_$i\\"" >> {options}\n  i=$((i+1))\ndone\n')
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    statut, page = envoyer(client, "2026-001/financements/2026-stage-remobilisation")
    assert statut == 200, page
    assert options.read_text(encoding="utf-8").splitlines() == [
        "merge_request.create", "merge_request.target=main",
        "merge_request.title=Demande de financement 2026-stage-remobilisation (dossier 2026-001)",
        "merge_request.remove_source_branch"]
    assert "La demande de fusion est créée dans GitLab" in page
    assert historique(nu, BRANCHE)[0] == "demande complétée"


def test_gitlab_sans_options_acceptees_pousse_quand_meme(client: TestClient, clone: Path, nu: Path) -> None:
    (clone / "reseau.yaml").write_text((clone / "reseau.yaml").read_text(encoding="utf-8")
                                       + "depot_partage:\n  hebergeur: gitlab\n", encoding="utf-8")
    assert git(clone, "commit", "-q", "-am", "réseau sur GitLab").returncode == 0
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    assert git(clone, "push", "-q", "origin", "HEAD~1:main").returncode == 0
    statut, page = envoyer(client, "2026-001")
    assert statut == 200 and "« dossier/2026-001 »" in page
    assert historique(nu, "dossier/2026-001")[0] == "demande complétée"


def test_github_le_lien_exact_sans_identifiants(client: TestClient, clone: Path, nu: Path) -> None:
    url = "https://casemanager:ghp_jetonsecret0123456789@github.com/reseau/dossiers.git"
    assert git(clone, "remote", "set-url", "origin", url).returncode == 0
    assert git(clone, "config", f"url.{nu}.insteadOf", url).returncode == 0
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    page = client.get("/").text
    assert "« dossiers »" in html.unescape(page) and "github.com" not in page and "ghp_jetonsecret" not in page
    statut, page = envoyer(client, "2026-001/financements/2026-stage-remobilisation")
    assert statut == 200, page
    lien = f"https://github.com/reseau/dossiers/compare/main...{BRANCHE}?expand=1"
    assert f'href="{lien}"' in page and "ghp_jetonsecret" not in page and "casemanager:" not in page
    assert historique(nu, BRANCHE)[0] == "demande complétée"


def test_un_nom_de_branche_deja_pris_recoit_un_numero(client: TestClient, clone: Path, nu: Path) -> None:
    assert git(clone, "push", "-q", "origin", f"main:refs/heads/{BRANCHE}").returncode == 0
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    statut, page = envoyer(client, "2026-001/financements/2026-stage-remobilisation")
    assert statut == 200 and f"« {BRANCHE}-2 »" in page
    assert historique(nu, f"{BRANCHE}-2")[0] == "demande complétée"


def test_un_envoi_refuse_laisse_tout_sur_la_branche_principale(client: TestClient, clone: Path, nu: Path) -> None:
    hook(nu, "pre-receive", "exit 1\n")
    commit = enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")
    statut, page = envoyer(client, "2026-001")
    assert statut == 409 and "Rien n'est perdu" in page
    assert git(clone, "rev-parse", "HEAD").stdout.strip() == commit
    assert git(clone, "branch", "--list", "dossier/*").stdout == ""


# --- Adresses, hébergeurs, noms ----------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "web"), [
    ("https://oauth2:glpat-secret@gitlab.com/reseau/dossiers.git", "https://gitlab.com/reseau/dossiers"),
    ("git@github.com:reseau/dossiers.git", "https://github.com/reseau/dossiers"),
    ("ssh://git@gitlab.exemple.be:2222/sante/kirikou.git", "https://gitlab.exemple.be/sante/kirikou"),
    ("https://forge.exemple.be:8443/reseau/dossiers/", "https://forge.exemple.be:8443/reseau/dossiers"),
    ("/srv/git/dossiers.git", None),
    ("file:///srv/git/dossiers.git", None),
])
def test_adresse_web_d_apres_l_adresse_git(url: str, web: str | None) -> None:
    assert synchro.adresse_web(url) == web
    assert "secret" not in synchro.masquer_url(url)


@pytest.mark.parametrize(("url", "nom"), [
    ("https://oauth2:glpat-secret@gitlab.com/reseau/dossiers.git", "dossiers"),
    ("https://gitlab.com/reseau/kirikou-dossiers.git?private_token=secret", "kirikou-dossiers"),
    ("git@github.com:reseau/dossiers-namur.git", "dossiers-namur"),
    ("/srv/git/partage.git/", "partage"),
    ("https://casemanager:secret@forge.exemple.be", None),
    ("https://forge.exemple.be/%2e%2e/secret%40x", None),
])
def test_le_depot_partage_se_dit_par_son_nom_court(url: str, nom: str | None) -> None:
    assert synchro.nom_court(url) == nom


def test_l_hebergeur_reconnu_ou_regle() -> None:
    assert synchro.hebergeur_de("https://gitlab.com/a/b", None) == "gitlab"
    assert synchro.hebergeur_de("https://gitlab.exemple.be/a/b", None) == "gitlab"
    assert synchro.hebergeur_de("https://github.com/a/b", None) == "github"
    assert synchro.hebergeur_de("https://codeberg.org/a/b", None) == "forgejo"
    assert synchro.hebergeur_de("https://git.exemple.be/a/b", None) == "autre"
    assert synchro.hebergeur_de("https://git.exemple.be/a/b", "gitlab") == "gitlab"
    assert synchro.hebergeur_de(None, None) == "autre"


def test_lien_gitlab() -> None:
    distant = synchro.Distant("origin", "git@gitlab.com:reseau/dossiers.git", "https://gitlab.com/reseau/dossiers",
                              "gitlab")
    assert synchro.lien_de_demande(distant, BRANCHE, "main") == (
        "https://gitlab.com/reseau/dossiers/-/merge_requests/new?merge_request[source_branch]="
        "financement%2F2026-001-stage-remobilisation&merge_request[target_branch]=main")
    assert synchro.lien_de_demande(synchro.Distant("origin", "/srv/x.git", None, "autre"), BRANCHE, "main") is None


@pytest.mark.parametrize(("dossier", "financement", "nom"), [
    ("2019-003", "2019-05-02-transport", "financement/2019-003-transport"),
    ("2019-003", "2019-criseflex-transition", "financement/2019-003-criseflex-transition"),
    ("2026-001", "Séjour été & répit", "financement/2026-001-sejour-ete-repit"),
    ("2026-001", None, "dossier/2026-001"),
])
def test_nom_de_branche_sur(dossier: str, financement: str | None, nom: str) -> None:
    assert synchro.nom_de_branche(dossier, financement) == nom
    assert git(Path("."), "check-ref-format", "--branch", nom).returncode == 0


@pytest.mark.parametrize(("sortie", "attendu"), [
    ("To /srv/nu.git\n!\trefs/heads/main:refs/heads/main\t[rejected] (fetch first)\nDone", "Quelqu'un a envoyé"),
    ("To /srv/nu.git\n!\trefs/heads/main:refs/heads/main\t[rejected] (non-fast-forward)\nDone", "Quelqu'un a envoyé"),
    ("remote: GitLab: You are not allowed to push code to protected branches on this project.\n"
     "!\trefs/heads/main:refs/heads/main\t[remote rejected] (pre-receive hook declined)", "branche protégée"),
    ("remote: error: GH006: Protected branch update failed for refs/heads/main.\n"
     "!\trefs/heads/main:refs/heads/main\t[remote rejected] (protected branch hook declined)", "branche protégée"),
    ("remote: refus\n!\trefs/heads/main:refs/heads/main\t[remote rejected] (pre-receive hook declined)",
     "une vérification ou une règle du serveur"),
    ("fatal: unable to access 'https://gitlab.com/r/d.git/': Could not resolve host: gitlab.com", "injoignable"),
    ("remote: HTTP Basic: Access denied\nfatal: Authentication failed for 'https://gitlab.com/r/d.git/'",
     "L'accès est refusé"),
    ("fatal: could not read Username for 'https://github.com': terminal prompts disabled", "L'accès est refusé"),
    ("git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.",
     "L'accès est refusé"),
    ("controle local refusé\nerror: failed to push some refs to '/srv/nu.git'", "hook pre-push"),
])
def test_chaque_refus_d_envoi_est_dit_en_francais(sortie: str, attendu: str) -> None:
    assert attendu in synchro._cause_envoi(synchro.Sortie(1, sortie))


def test_git_qui_ne_repond_pas_est_arrete(tmp_path: Path) -> None:
    assert "n'a pas répondu à temps" in synchro._cause_envoi(synchro.Sortie(-1, "(délai de 1 s dépassé)"))
    git_ = synchro._Git(tmp_path)
    sortie = git_("-c", "alias.attendre=!sleep 5", "attendre", delai=1)
    assert sortie.code == -1 and "délai" in sortie.texte
