"""L'atelier dans un vrai navigateur (Chromium de Debian piloté par Playwright).

Le parcours quotidien du casemanager, par les formulaires seuls : ouvrir une nouvelle note (les actions
ouvertes de la précédente sont reprises), en faire 3 actions, voir les erreurs à côté de leur champ (un
téléphone dans le récit, une échéance manquante), les corriger, enregistrer, et trouver le commit, passé
par les hooks pre-commit du dépôt. Aucune requête ne quitte le serveur local ; axe-core ne trouve aucune
violation grave ; captures à 1366x900 et 390x844 dans artefacts/captures/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from tests.outils import RACINE_PROJET, copier_demo, port_libre, serveur_local

CHROMIUM = Path("/usr/bin/chromium")
CAPTURES = RACINE_PROJET / "artefacts" / "captures"
AXE = RACINE_PROJET / "outils" / "node_modules" / "axe-core" / "axe.min.js"
AUJOURDHUI = "2026-11-24"
DOSSIER = "2026-002"
DATE = "2026-12-01"
TAILLES = {"ordinateur": (1366, 900), "telephone": (390, 844)}

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("Chromium est requis en CI (scripts/tests.sh l'installe) : /usr/bin/chromium absent")
    pytest.skip("Chromium absent (apt-get install chromium)", allow_module_level=True)

pytest.importorskip("playwright.sync_api")
pytest.importorskip("starlette")
pytestmark = pytest.mark.navigateur

ENV_GIT = {"GIT_AUTHOR_NAME": "Casemanager", "GIT_AUTHOR_EMAIL": "cm@exemple.invalid", "GIT_COMMITTER_NAME": "Casemanager",
           "GIT_COMMITTER_EMAIL": "cm@exemple.invalid", "GIT_CONFIG_NOSYSTEM": "1"}


def _git(depot: Path, *arguments: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *arguments], cwd=depot, capture_output=True, text=True, env=env, check=False)


@pytest.fixture(scope="module")
def atelier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, dict[str, str]]]:
    """Un clone du réseau de démonstration avec les hooks pre-commit du manifeste, et l'atelier servi dessus."""
    base = tmp_path_factory.mktemp("atelier")
    clone = copier_demo(base / "clone")
    env = {**os.environ, **ENV_GIT, "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CEILING_DIRECTORIES": str(base),
           "XDG_STATE_HOME": str(base / "etat"), "FILROUGE_AUJOURDHUI": AUJOURDHUI,
           "PRE_COMMIT_HOME": str(base / "cache-pre-commit")}
    hooks = [h for h in yaml.safe_load((RACINE_PROJET / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
             if h["id"] == "filrouge-valider"]
    for hook in hooks:  # les hooks publiés, avec le filrouge de cet environnement (pas de réseau ici)
        hook["language"], hook["entry"] = "system", hook["entry"].replace("filrouge", f"{sys.executable} -m filrouge", 1)
    (clone / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": hooks}]}, allow_unicode=True), encoding="utf-8")
    assert _git(clone, "init", "-q", "-b", "main", env=env).returncode == 0
    _git(clone, "add", "-A", env=env)
    assert _git(clone, "commit", "-q", "-m", "départ", env=env).returncode == 0
    installe = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=clone, env=env, capture_output=True,
                              text=True, timeout=120)
    assert installe.returncode == 0, installe.stderr
    port = port_libre()
    with serveur_local([sys.executable, "-m", "filrouge", "atelier", "--adresse", f"127.0.0.1:{port}", "--sans-navigateur"],
                       cwd=clone, env=env, adresse=f"http://127.0.0.1:{port}/") as adresse:
        yield adresse, clone, env


def _page(navigateur: object, adresse: str, taille: str, requetes: list[str]) -> object:
    largeur, hauteur = TAILLES[taille]
    contexte = navigateur.new_context(viewport={"width": largeur, "height": hauteur}, locale="fr-BE")
    contexte.on("request", lambda requete: requetes.append(requete.url))
    return contexte.new_page()


def _capture(page: object, nom: str) -> None:
    CAPTURES.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(CAPTURES / f"{nom}.png"), full_page=True)


def _axe(page: object) -> list[dict[str, object]]:
    page.evaluate(AXE.read_text(encoding="utf-8") + "\n;void 0")
    return page.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]})).violations.map(
        v => ({id: v.id, impact: v.impact, aide: v.help, cibles: v.nodes.slice(0, 5).map(n => n.target.join(" "))}))""")


def _sorties(requetes: list[str], adresse: str) -> list[str]:
    local = urlparse(adresse).netloc
    return [u for u in requetes if urlparse(u).scheme in ("http", "https", "ws", "wss") and urlparse(u).netloc != local]


def test_une_note_de_3_actions_corrigee_puis_enregistree(atelier: tuple[str, Path, dict[str, str]],
                                                          navigateur: object) -> None:
    adresse, clone, env = atelier
    requetes: list[str] = []
    p = _page(navigateur, adresse, "ordinateur", requetes)
    releve: dict[str, list[dict[str, object]]] = {}
    p.goto(adresse)
    assert p.locator("h1").inner_text() == "Mes dossiers"
    _capture(p, "atelier-accueil-1366")
    if AXE.is_file():
        releve["accueil"] = _axe(p)

    p.locator(f'a[href="/dossiers/{DOSSIER}"]').first.click()
    p.locator("#date-note").fill(DATE)
    p.get_by_role("button", name="Ouvrir la nouvelle note").click()
    p.wait_for_url(f"**/dossiers/{DOSSIER}/notes/{DATE}")
    lignes = p.locator("fieldset.ligne")
    assert lignes.count() == 2, "les deux actions ouvertes de la note précédente sont reprises"
    p.get_by_role("button", name="Ajouter une action").click()
    assert lignes.count() == 3
    p.locator("#c-actions-2-description").fill("Accompagner la reprise scolaire à mi-temps")
    p.locator("#c-actions-2-effets_attendus").fill("Un retour progressif en classe")
    p.locator('input[name="actions.2.qui"]').first.check()
    p.locator("#c-actions-2-quoi").fill("rencontrer l'école et fixer un horaire aménagé")
    p.locator("#c-lieu").fill("au service de santé mentale")
    p.locator("#c-recit").fill("# Concertation\n\nLa mère est joignable au 0478 12 34 56 pour la suite.\n")
    p.get_by_role("button", name="Vérifier").click()
    p.wait_for_load_state()

    erreur_echeance = p.locator("#c-actions-2-echeance-constats")
    assert "« Échéance de l'action » est obligatoire" in erreur_echeance.inner_text()
    assert p.locator("#c-actions-2-echeance").get_attribute("aria-invalid") == "true"
    assert "téléphone" in p.locator("#c-recit-constats").inner_text()
    assert "erreur(s) à corriger" in p.locator("#verdict").inner_text()
    assert not (clone / f"dossiers/{DOSSIER}/concertations/{DATE}.yaml").exists(), "rien n'est écrit"
    _capture(p, "atelier-note-erreurs-1366")
    if AXE.is_file():
        releve["note-avec-erreurs"] = _axe(p)

    p.locator("#c-actions-2-echeance").fill("2027-01-15")
    p.locator("#c-recit").fill("# Concertation\n\nLa mère reprend contact avec le service la semaine prochaine.\n")
    p.get_by_role("button", name="Enregistrer").click()
    p.wait_for_load_state()
    assert "Note enregistrée et commitée" in p.locator("#resultat").inner_text(timeout=60_000)
    _capture(p, "atelier-note-enregistree-1366")

    journal = _git(clone, "log", "-1", "--format=%s", "--name-only", env=env).stdout.splitlines()
    assert journal[0] == f"Note de synthèse du {DATE} (dossier {DOSSIER}) : créée dans l'atelier"
    assert f"dossiers/{DOSSIER}/concertations/{DATE}.yaml" in journal
    note = yaml.safe_load((clone / f"dossiers/{DOSSIER}/concertations/{DATE}.yaml").read_text(encoding="utf-8"))
    assert len(note["actions"]) == 3 and str(note["actions"][2]["echeance"]) == "2027-01-15"
    assert _git(clone, "status", "--porcelain", env=env).stdout == ""
    p.wait_for_timeout(1500)  # au-delà du délai de la sauvegarde pendant la frappe
    p.goto(adresse)
    assert "Brouillons non enregistrés" not in p.locator("main").inner_text(), "le brouillon enregistré ne renaît pas"
    assert not _sorties(requetes, adresse), _sorties(requetes, adresse)

    if AXE.is_file():
        CAPTURES.mkdir(parents=True, exist_ok=True)
        (CAPTURES / "axe-atelier-1366.json").write_text(json.dumps(releve, ensure_ascii=False, indent=1), encoding="utf-8")
        graves = {nom: [v for v in violations if v["impact"] in ("serious", "critical")] for nom, violations in releve.items()}
        assert not any(graves.values()), json.dumps(graves, ensure_ascii=False, indent=1)


def test_sur_un_telephone(atelier: tuple[str, Path, dict[str, str]], navigateur: object) -> None:
    """390 px de large : rien ne déborde de l'écran, axe-core ne trouve rien de grave."""
    adresse, _, _ = atelier
    requetes: list[str] = []
    p = _page(navigateur, adresse, "telephone", requetes)
    releve: dict[str, list[dict[str, object]]] = {}
    for nom, chemin in (("accueil", "/"), ("note", "/dossiers/2026-001/notes/2026-11-17")):
        p.goto(adresse.rstrip("/") + chemin)
        assert p.evaluate("document.documentElement.scrollWidth") <= 390, f"{nom} déborde sur un téléphone"
        _capture(p, f"atelier-{nom}-390")
        if AXE.is_file():
            releve[nom] = _axe(p)
    assert not _sorties(requetes, adresse)
    graves = {nom: [v for v in violations if v["impact"] in ("serious", "critical")] for nom, violations in releve.items()}
    assert not any(graves.values()), json.dumps(graves, ensure_ascii=False, indent=1)


def test_clore_avec_un_motif_puis_creer_un_dossier(atelier: tuple[str, Path, dict[str, str]], navigateur: object) -> None:
    """Clore par le formulaire du dossier : sans motif ni réponses, les refus sont à côté de leur champ et rien
    n'est écrit ; avec un motif et une réponse pour chaque action ouverte, le commit passe les hooks. Puis un
    nouveau dossier par l'aide au code du jeune."""
    adresse, clone, env = atelier
    dossier = "2026-003"
    requetes: list[str] = []
    releve: dict[str, list[dict[str, object]]] = {}
    for taille in ("telephone", "ordinateur"):
        p = _page(navigateur, adresse, taille, requetes)
        p.goto(adresse.rstrip("/") + f"/dossiers/{dossier}")
        assert p.evaluate("document.documentElement.scrollWidth") <= TAILLES[taille][0], f"la page déborde ({taille})"
        _capture(p, f"atelier-dossier-{TAILLES[taille][0]}")
    tete = _git(clone, "rev-parse", "HEAD", env=env).stdout
    avant = (clone / f"dossiers/{dossier}/dossier.yaml").read_bytes()
    p.get_by_role("button", name="Clore le dossier").click()
    p.wait_for_load_state()
    assert "obligatoire" in p.locator("#clore-motif-constats").inner_text()
    assert p.locator("#clore-motif").get_attribute("aria-invalid") == "true"
    assert (clone / f"dossiers/{dossier}/dossier.yaml").read_bytes() == avant
    _capture(p, "atelier-cloture-refusee-1366")
    if AXE.is_file():
        releve["dossier-cloture-refusee"] = _axe(p)

    p.locator("#clore-motif").select_option("objectifs_atteints")
    for bouton in p.locator('input[type=radio][value="faite"], input[type=radio][value="annuler"]').all():
        bouton.check()
    p.get_by_role("button", name="Clore le dossier").click()
    p.wait_for_load_state()
    assert "Enregistré et commité" in p.locator("#resultat").inner_text(timeout=60_000)
    _capture(p, "atelier-dossier-clos-1366")
    journal = _git(clone, "log", "-1", "--format=%s", env=env).stdout.strip()
    assert journal == f"Dossier {dossier} clos le {AUJOURDHUI} (motif : objectifs_atteints) dans l'atelier"
    assert _git(clone, "rev-parse", "HEAD", env=env).stdout != tete
    assert _git(clone, "status", "--porcelain", env=env).stdout == ""

    p.goto(adresse.rstrip("/") + "/nouveau-dossier")
    p.locator("#nouveau-initiales").fill("zq")
    p.locator("#nouveau-sexe").select_option("F")
    p.locator("#nouveau-annee").fill("2012")
    p.locator("#nouveau-code_postal").fill("5000")
    p.locator("#nouveau-service").select_option("spj-namur")
    p.get_by_role("button", name="Calculer le code et vérifier").click()
    p.wait_for_load_state()
    assert p.locator("#code-calcule").inner_text() == "ZQF20125000"
    _capture(p, "atelier-nouveau-dossier-1366")
    if AXE.is_file():
        releve["nouveau-dossier"] = _axe(p)
    p.get_by_role("button", name="Créer le dossier").click()
    p.wait_for_load_state()
    assert "Enregistré et commité" in p.locator("#resultat").inner_text(timeout=60_000)
    assert _git(clone, "log", "-1", "--format=%s", env=env).stdout.startswith("Nouveau dossier 2026-007")
    assert not _sorties(requetes, adresse), _sorties(requetes, adresse)
    if AXE.is_file():
        CAPTURES.mkdir(parents=True, exist_ok=True)
        (CAPTURES / "axe-atelier-cycle-1366.json").write_text(json.dumps(releve, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
        graves = {nom: [v for v in violations if v["impact"] in ("serious", "critical")] for nom, violations in releve.items()}
        assert not any(graves.values()), json.dumps(graves, ensure_ascii=False, indent=1)
