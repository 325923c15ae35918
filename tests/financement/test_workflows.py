"""Les fichiers CI livrés aux réseaux : YAML validé par les schémas de GitHub et GitLab, commandes rejouées.

Les commandes `run:` (GitHub) et `script:` (GitLab) sont exécutées telles quelles par bash,
dans un vrai dépôt Git avec un vrai `origin`, le `filrouge` du PATH étant celui des tests.
Seules les étapes qui parlent à l'hébergeur (commentaire, ticket) ne sont pas rejouées.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.financement.conftest import Git, ecrire_demande
from tests.outils import RACINE_PROJET
from tests.usine import Usine

MODELES = RACINE_PROJET / "src" / "filrouge" / "modeles_depot"
VERIFIER = MODELES / "_github" / "workflows" / "verifier.yml"
EXAMEN = MODELES / "_github" / "workflows" / "examen.yml"
RAPPELS = MODELES / "_github" / "workflows" / "rappels.yml"
GITLAB = MODELES / "_gitlab-ci.yml"
Depot = tuple[Usine, Git]


def _charger(chemin: Path) -> dict[Any, Any]:
    return yaml.safe_load(chemin.read_text(encoding="utf-8"))


def _etape(workflow: dict[Any, Any], job: str, nom: str) -> dict[str, Any]:
    return next(e for e in workflow["jobs"][job]["steps"] if e.get("name") == nom)


def _bash(script: str, racine: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Comme GitHub (`bash -e`, pipefail avec shell: bash) et GitLab (set -eo pipefail)."""
    return subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script], cwd=racine, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def origine(depot: Depot, tmp_path: Path) -> Depot:
    """Un `origin` nu, comme sur l'hébergeur, où main est poussée."""
    _, git = depot
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "origin.git")], check=True, capture_output=True)
    git("remote", "add", "origin", str(tmp_path / "origin.git"))
    git("push", "-q", "origin", "main")
    git("fetch", "-q", "origin")
    return depot


@pytest.mark.parametrize(("schema", "fichiers"), [
    ("vendor.github-workflows", [VERIFIER, EXAMEN, RAPPELS]),
    ("vendor.gitlab-ci", [GITLAB]),
    ("vendor.github-workflows", sorted((RACINE_PROJET / ".github" / "workflows").glob("*.yml"))),
    ("vendor.gitlab-ci", [RACINE_PROJET / ".gitlab-ci.yml"]),
])
def test_yaml_valide_selon_le_schema_de_l_hebergeur(schema: str, fichiers: list[Path]) -> None:
    """Schémas embarqués par check-jsonschema : aucune requête réseau."""
    assert fichiers
    resultat = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema", schema, *map(str, fichiers)],
                              capture_output=True, text=True, timeout=120)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr


def test_structure_des_workflows_github() -> None:
    verifier, examen, rappels = _charger(VERIFIER), _charger(EXAMEN), _charger(RAPPELS)
    declencheurs = verifier[True]  # PyYAML lit la clé « on » comme le booléen True
    assert set(declencheurs) == {"push", "pull_request"} and declencheurs["push"] is None  # toutes les branches, main comprise
    assert verifier["permissions"] == {} and verifier["jobs"]["verifier"]["permissions"] == {"contents": "read"}
    assert _etape(verifier, "verifier", "Schéma, règles métier et anonymat")["run"] == "filrouge valider"
    assert verifier["env"]["FILROUGE_PAQUET"] == "@@FILROUGE@@", "filrouge épinglé par filrouge init"
    # L'examen tourne tel qu'il est sur la base ; la branche n'est que des données, jamais installée ni exécutée.
    assert set(examen[True]) == {"pull_request_target"}
    job = examen["jobs"]["examen"]
    assert job["permissions"] == {"contents": "read", "pull-requests": "write"}
    recuperation = _etape(examen, "examen", "Récupérer la branche, comme données seulement")
    assert recuperation["with"]["ref"] == "${{ github.event.pull_request.head.sha }}"
    assert recuperation["with"]["persist-credentials"] is False and recuperation["with"]["path"] == "branche"
    installation = [e for e in job["steps"] if "pip install" in e.get("run", "")]
    assert len(installation) == 1 and "branche" not in installation[0]["run"]
    assert job["steps"].index(installation[0]) < job["steps"].index(recuperation), "rien de la branche avant l'installation"
    etape = _etape(examen, "examen", "Examiner les demandes ajoutées ou modifiées")
    assert etape["working-directory"] == "branche" and "filrouge financement examen" in etape["run"]
    assert etape["env"]["FILROUGE_AUTEUR"] == "${{ github.event.pull_request.user.login }}"
    assert "--edit-last" in _etape(examen, "examen", "Publier l'examen en commentaire")["run"]
    assert rappels[True]["schedule"] == [{"cron": "0 6 * * 1"}]
    assert "filrouge rappels" in _etape(rappels, "rappels", "Lister les rappels")["run"]
    assert '--author "app/github-actions"' in _etape(rappels, "rappels", "Mettre à jour le ticket des rappels")["run"]


def test_zizmor_sans_constat_moyen_ou_plus() -> None:
    """zizmor (hors ligne) sur les workflows livrés et sur ceux du projet : actions épinglées, droits minimaux."""
    fichiers = [VERIFIER, EXAMEN, RAPPELS, *sorted((RACINE_PROJET / ".github" / "workflows").glob("*.yml"))]
    resultat = subprocess.run([str(Path(sys.executable).parent / "zizmor"), "--offline", "--min-severity", "medium",
                               "--format", "plain", *map(str, fichiers)], capture_output=True, text=True, timeout=120)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    assert "No findings to report" in resultat.stdout + resultat.stderr


def test_structure_gitlab() -> None:
    ci = _charger(GITLAB)
    assert ci["variables"]["GIT_DEPTH"] == "0"
    assert ci["valider"]["script"] == ["filrouge valider"], "la validation passe aussi la garde : un problème, un message"
    assert ci["variables"]["FILROUGE_PAQUET"] == "@@FILROUGE@@"
    assert ci["examen"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}]
    # Une pipeline de demande de fusion exécute le .gitlab-ci.yml de la branche : aucun secret n'y sert.
    assert not any("JETON" in ligne or "TOKEN" in ligne for ligne in ci["examen"]["script"])
    assert ci["examen"]["artifacts"]["expose_as"] == "Examen Criseflex"
    assert ci["rappels"]["rules"] == [{"if": '$CI_PIPELINE_SOURCE == "schedule"'}]


def test_commandes_github_sur_une_demande_de_fusion(origine: Depot, shim: dict[str, str], tmp_path: Path) -> None:
    usine, git = origine
    git("checkout", "-q", "-b", "demande")
    ecrire_demande(usine, "2019-04-01-logopedie", 9_000)
    git.commit("demande")
    sortie, resume = tmp_path / "github_output", tmp_path / "step_summary"
    env = {**shim, "GITHUB_BASE_REF": "main", "GITHUB_OUTPUT": str(sortie), "GITHUB_STEP_SUMMARY": str(resume)}
    verifier, examen = _charger(VERIFIER), _charger(EXAMEN)
    resultat = _bash(_etape(verifier, "verifier", "Schéma, règles métier et anonymat")["run"], usine.racine, env)
    assert resultat.returncode == 0, resultat.stdout + resultat.stderr
    # Le dépôt de test joue le répertoire « branche » ; l'examen s'écrit à côté, dans l'espace de travail.
    etape = _etape(examen, "examen", "Examiner les demandes ajoutées ou modifiées")
    resultat = _bash(etape["run"], usine.racine, {**env, "BASE": "main", "FILROUGE_AUTEUR": "un-referent"})
    assert resultat.returncode == 0, resultat.stderr
    assert sortie.read_text(encoding="utf-8") == "code=0\n"
    texte = resume.read_text(encoding="utf-8")
    assert texte.startswith("<!-- filrouge-examen -->\n# Examen des demandes Criseflex\n")
    assert "Base : `origin/main`" in texte and "| Reste | 9 921 € | 921 € |" in texte
    verdict = _etape(examen, "examen", "Verdict de l'examen")
    assert _bash(verdict["run"], usine.racine, {**env, "CODE": "0"}).returncode == 0
    assert _bash(verdict["run"], usine.racine, {**env, "CODE": "1"}).returncode == 1
    assert (usine.racine.parent / "examen.md").read_text(encoding="utf-8") == texte


def test_commandes_github_sur_main_apres_deux_fusions(origine: Depot, shim: dict[str, str]) -> None:
    usine, git = origine
    for branche, montant in (("demande-a", 6_000), ("demande-b", 5_000)):
        git("checkout", "-q", "-b", branche, "main")
        ecrire_demande(usine, f"2019-04-01-{branche}", montant)
        git.commit(branche)
    git("checkout", "-q", "main")
    for branche in ("demande-a", "demande-b"):
        git("merge", "-q", "--no-ff", "--no-edit", branche)
    resultat = _bash(_etape(_charger(VERIFIER), "verifier", "Schéma, règles métier et anonymat")["run"], usine.racine, shim)
    assert resultat.returncode == 1
    assert "enveloppe.annee" in resultat.stdout and "111 500 €" in resultat.stdout


def test_commandes_gitlab_sur_une_demande_de_fusion_refusee(origine: Depot, shim: dict[str, str]) -> None:
    usine, git = origine
    git("checkout", "-q", "-b", "demande")
    ecrire_demande(usine, "2019-04-01-trop", 10_001, cout_total=10_001)
    git.commit("demande au-dessus du plafond")
    ci = _charger(GITLAB)
    env = {**shim, "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main", "CI_PIPELINE_SOURCE": "merge_request_event"}
    env.pop("FILROUGE_JETON", None)
    resultat = _bash("\n".join(ci["examen"]["script"]), usine.racine, env)
    assert resultat.returncode == 1, resultat.stderr
    assert "- ❌ Plafond par demande (10 000 €) (`financement.plafond`)" in resultat.stdout
    assert (usine.racine / "examen.md").is_file()
    valider = _bash("\n".join(ci["valider"]["script"]), usine.racine, env)
    assert valider.returncode == 1 and "financement.plafond" in valider.stdout


def test_commandes_des_rappels(origine: Depot, shim: dict[str, str], tmp_path: Path) -> None:
    usine, _ = origine
    resume = tmp_path / "step_summary"
    resultat = _bash(_etape(_charger(RAPPELS), "rappels", "Lister les rappels")["run"], usine.racine,
                     {**shim, "GITHUB_STEP_SUMMARY": str(resume)})
    assert resultat.returncode == 0, resultat.stderr
    assert resume.read_text(encoding="utf-8").startswith("# Rappels du ")
    env = {k: v for k, v in shim.items() if k != "FILROUGE_JETON"}
    resultat = _bash("\n".join(_charger(GITLAB)["rappels"]["script"]), usine.racine, env)
    assert resultat.returncode == 0 and resultat.stdout.startswith("# Rappels du ")
