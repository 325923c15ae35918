"""« Envoyer au coordinateur » et « Synchroniser » dans un vrai navigateur, vers un dépôt nu local : les boutons
de l'accueil, le résultat en français (un conflit arrêté proprement), axe-core sans violation grave, captures."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.navigateur.test_atelier_navigateur import (AUJOURDHUI, AXE, CAPTURES, ENV_GIT, _axe, _capture, _git, _page,
                                                      _sorties)
from tests.outils import copier_demo, port_libre, serveur_local

pytestmark = pytest.mark.navigateur

DEMANDE = "dossiers/2026-001/financements/2026-stage-remobilisation.yaml"
BRANCHE = "financement/2026-001-stage-remobilisation"


@pytest.fixture(scope="module")
def reseau(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path, Path, Path, dict[str, str]]]:
    """Le dépôt partagé (nu, local), le clone du casemanager servi par l'atelier et celui d'un collègue."""
    base = tmp_path_factory.mktemp("synchro")
    env = {**os.environ, **ENV_GIT, "GIT_CONFIG_GLOBAL": str(base / "gitconfig"), "GIT_CEILING_DIRECTORIES": str(base),
           "XDG_STATE_HOME": str(base / "etat"), "FILROUGE_AUJOURDHUI": AUJOURDHUI}
    nu, clone, collegue = base / "partage.git", copier_demo(base / "clone"), base / "collegue"
    assert _git(base, "init", "-q", "--bare", "-b", "main", str(nu), env=env).returncode == 0
    for arguments in (("init", "-q", "-b", "main"), ("add", "-A"), ("commit", "-q", "-m", "départ"),
                      ("remote", "add", "origin", str(nu)), ("push", "-q", "-u", "origin", "main")):
        assert _git(clone, *arguments, env=env).returncode == 0
    assert _git(base, "clone", "-q", str(nu), str(collegue), env=env).returncode == 0
    port = port_libre()
    with serveur_local([sys.executable, "-m", "filrouge", "atelier", "--adresse", f"127.0.0.1:{port}", "--sans-navigateur"],
                       cwd=clone, env=env, adresse=f"http://127.0.0.1:{port}/") as adresse:
        yield adresse, nu, clone, collegue, env


def _enregistrer(depot: Path, relatif: str, ajout: str, message: str, env: dict[str, str]) -> None:
    chemin = depot / relatif
    chemin.write_text(chemin.read_text(encoding="utf-8") + ajout, encoding="utf-8")
    assert _git(depot, "commit", "-q", "-m", message, "--", relatif, env=env).returncode == 0


def test_envoyer_puis_un_conflit_arrete(reseau: tuple[str, Path, Path, Path, dict[str, str]], navigateur: object) -> None:
    adresse, nu, clone, collegue, env = reseau
    requetes: list[str] = []
    p = _page(navigateur, adresse, "ordinateur", requetes)
    releve: dict[str, list[dict[str, object]]] = {}

    _enregistrer(clone, DEMANDE, "# devis joint\n", "Demande complétée dans l'atelier", env)
    p.goto(adresse)
    assert "1 enregistrement de ce poste pas encore envoyé" in p.locator("#titre-clone + *").locator("..").inner_text()
    p.locator("#envoi").select_option("2026-001/financements/2026-stage-remobilisation")
    with p.expect_navigation():  # la page du résultat chargée (styles compris) avant qu'on la lise
        p.get_by_role("button", name="Envoyer au coordinateur").click()
    resultat = p.locator("#resultat-synchro")
    assert f"Envoyé au coordinateur : la branche « {BRANCHE} »" in resultat.inner_text()
    assert _git(nu, "log", "-1", "--format=%s", BRANCHE, env=env).stdout.strip() == "Demande complétée dans l'atelier"
    _capture(p, "atelier-envoi-coordinateur-1366")
    if AXE.is_file():
        releve["envoi-coordinateur"] = _axe(p)

    relatif = "dossiers/2026-002/dossier.yaml"
    _enregistrer(clone, relatif, "# version du poste\n", "poste", env)
    _enregistrer(collegue, relatif, "# version du collègue\n", "collègue", env)
    assert _git(collegue, "push", "-q", env=env).returncode == 0
    avant = (clone / relatif).read_bytes()
    p.goto(adresse)
    with p.expect_navigation():
        p.get_by_role("button", name="Synchroniser").click()
    texte = resultat.inner_text()
    assert "conflit" in texte and "Dossiers en conflit : 2026-002." in texte
    assert not p.locator("#resultat-synchro details").get_attribute("open")
    assert (clone / relatif).read_bytes() == avant
    _capture(p, "atelier-synchro-conflit-1366")
    if AXE.is_file():
        releve["synchro-conflit"] = _axe(p)
    petit = _page(navigateur, adresse, "telephone", requetes)
    petit.goto(adresse)
    with petit.expect_navigation():  # sinon la largeur peut se lire sur la page encore sans ses styles
        petit.get_by_role("button", name="Synchroniser").click()
    assert "Dossiers en conflit" in petit.locator("#resultat-synchro").inner_text()
    largeur = petit.evaluate("document.documentElement.scrollWidth")
    assert largeur <= 390, f"la page déborde de l'écran ({largeur} px)"
    _capture(petit, "atelier-synchro-conflit-390")

    assert _sorties(requetes, adresse) == []
    if AXE.is_file():
        CAPTURES.mkdir(parents=True, exist_ok=True)
        (CAPTURES / "axe-atelier-synchro-1366.json").write_text(json.dumps(releve, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        graves = {nom: [v for v in violations if v["impact"] in ("serious", "critical")] for nom, violations in releve.items()}
        assert all(not v for v in graves.values()), graves
