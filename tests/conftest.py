"""Fixtures partagées : un dépôt minimal valide, pour chaque réseau, dans un répertoire temporaire."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis.configuration import set_hypothesis_home_dir

from tests.outils import base_de_la_session, commiter, construire_demo, copier_demo, garder, git, relire_processus, une_fois
from tests.usine import Usine

DATE_DEMO = "2026-11-24"
"""Le jour où le portail de démonstration partagé est construit (celui des essais du navigateur et de l'atelier)."""

# `PYTHONPATH=src` (la consigne pour lancer les essais) est relatif : un processus fils lancé depuis
# un dépôt de test (portail, examen…) importerait sinon le filrouge installé, pas les sources essayées.
if os.environ.get("PYTHONPATH"):
    os.environ["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in os.environ["PYTHONPATH"].split(os.pathsep) if p)

# Avec PYTHONDONTWRITEBYTECODE (le cas des conteneurs de CI), chaque `python -m filrouge` lancé par un essai
# recompilait depuis les sources chaque module de filrouge qu'il importe (≈ 55 ms de processeur par processus, plus
# d'une centaine dans la suite). Le bytecode est gardé dans le répertoire temporaire, hors de l'arbre du projet et
# des dépôts d'essai : il n'est écrit qu'une fois, et ni les sources ni les dépôts essayés ne reçoivent de __pycache__.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    os.environ.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / "filrouge-essais-bytecode"))
    sys.pycache_prefix = os.environ["PYTHONPYCACHEPREFIX"]
    sys.dont_write_bytecode = False

# Les caches de hypothesis vont dans le répertoire temporaire, pas dans l'arbre du projet.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "filrouge-hypothesis")


def pytest_configure(config: pytest.Config) -> None:
    """Dans les processus d'essai, le ramasse-miettes passe toutes les 50 000 allocations nettes au lieu de 700.

    Un processus d'essai garde en mémoire, toute la session, les listes de noms, les modules de trois
    cadriciels et les caches des essais : chaque collecte des générations anciennes les parcourait, pour rien
    (11 % du processeur des essais mesuré par `gc.callbacks` sur bilan, financement, classes de la garde et
    essais hostiles : 3,6 s en 4 686 collectes, 0,7 s en 26 avec ce seuil). Les cycles sont toujours ramassés,
    un peu plus tard ; le code essayé ne change pas, ni ses processus fils (`filrouge`, le hook), qui gardent
    les seuils de Python."""
    gc.set_threshold(50_000, 10, 10)


LONGS_D_ABORD = ("tests/navigateur/test_parcours_complet.py", "tests/anonymat/test_cache.py", "tests/test_premier_jour.py",
                 "tests/navigateur/test_portail_navigateur.py", "tests/navigateur/test_atelier_navigateur.py")
"""Les modules dont un essai (ou la fixture d'un essai) dure le plus (35, 20, 15, 10 et 10 s sur 2 cœurs), lancés en
premier. `pytest -n 2` distribue les essais dans l'ordre de la collecte, le reste au fil de l'eau : un essai long
reçu à la fin laisserait l'autre processus attendre, seul, qu'il se termine. Le premier lot de chaque processus
d'essai est fait d'essais qui se suivent dans cet ordre (un quart de sa part) : tous ceux du navigateur tombent
dans le même, suivis des autres essais qui emploient Chromium (fixture `navigateur`), et un seul processus lance
Chromium et son pilote (≈ 0,7 s de processeur de plus sinon) : collectés plus loin, l'essai de la synchronisation et
celui de la version imprimable le relançaient parfois dans l'autre (le premier, une fois sur trois suites mesurées)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rang = {module: i for i, module in enumerate(LONGS_D_ABORD)}

    def ordre(item: pytest.Item) -> int:
        module = item.nodeid.split("::", 1)[0]
        if module in rang:
            return rang[module]
        return len(rang) + ("navigateur" not in getattr(item, "fixturenames", ()))

    items.sort(key=ordre)  # stable : le reste garde son ordre


def _hors_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git ne remonte pas au-dessus de tmp_path : le dépôt de test n'est jamais pris pour un dépôt Git parent."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))


@pytest.fixture
def usine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Usine:
    """Dépôt minimal valide du réseau Kirikou (reseau.yaml et annuaire.yaml du projet)."""
    _hors_git(tmp_path, monkeypatch)
    return Usine(tmp_path / "kirikou", "kirikou").construire()


@pytest.fixture
def usine_bru(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Usine:
    """Dépôt minimal valide du réseau Bru-Stars : deux demandeurs d'institutions différentes, sans demande
    Criseflex (Bru-Stars ne configure aucune enveloppe)."""
    _hors_git(tmp_path, monkeypatch)
    return Usine(tmp_path / "bru-stars", "bru-stars").construire()


@pytest.fixture(autouse=True, scope="session")
def _cache_hors_du_poste(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Les caches de filrouge (validation incrémentale, listes de noms) vont hors du poste, dans un répertoire
    des essais gardé d'une session à l'autre : les listes de noms (quelques secondes à calculer depuis
    names-dataset) ne sont calculées qu'une fois, par un seul des processus d'essai ; les entrées de validation,
    propres à chaque dépôt d'essai (clé : son chemin, qui ne revient jamais), vont avec la session
    (`_validation_de_la_session`)."""
    import fcntl
    import os

    from filrouge.anonymat.listes import listes

    cache = Path(tempfile.gettempdir()) / "filrouge-essais-cache"
    cache.mkdir(exist_ok=True)
    du_poste = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "filrouge"
    os.environ["XDG_CACHE_HOME"] = str(cache)
    # sous un verrou : sur un poste neuf, le premier processus d'essai calcule les listes, l'autre les relit au
    # lieu de les calculer en même temps que lui
    with open(cache / "listes.verrou", "w") as verrou:
        fcntl.flock(verrou, fcntl.LOCK_EX)
        _validation_de_la_session(cache / "filrouge" / "validation", base_de_la_session(tmp_path_factory) / "validation")
        _listes_deja_calculees(du_poste, cache / "filrouge")
        listes()


def _validation_de_la_session(lien: Path, session: Path) -> None:
    """Le cache de validation des essais (`lien`) désigne le répertoire de cette session : les entrées de ses dépôts
    d'essai, que nulle autre session ne relit, sont effacées avec lui par pytest. Gardées dans le répertoire commun
    aux sessions, elles s'y accumulaient (≈ 10 000 fichiers par suite : 100 000 fichiers et 1 Go après une
    journée). Un ancien répertoire réel est déplacé dans la session, effacé avec elle."""
    session.mkdir(exist_ok=True)
    if lien.is_symlink() and lien.readlink() == session:
        return  # l'autre processus d'essai l'a déjà fait
    lien.parent.mkdir(parents=True, exist_ok=True)
    if lien.is_dir() and not lien.is_symlink():
        lien.rename(session.with_name("validation-d-avant"))
    provisoire = lien.with_name(f"{lien.name}.{os.getpid()}")
    provisoire.unlink(missing_ok=True)
    provisoire.symlink_to(session, target_is_directory=True)
    os.replace(provisoire, lien)


def _listes_deja_calculees(du_poste: Path, des_essais: Path) -> None:
    """Les listes de mots que le poste a déjà calculées (le portail de démonstration, première commande du README et
    de la CI, vient de le faire) sont recopiées au lieu d'être recalculées : ≈ 10 s de processeur pendant lesquelles
    l'autre processus d'essai attend le verrou. Lecture seule du cache du poste ; la clé d'un fichier suit les
    versions et les listes du projet, un fichier périmé n'est simplement pas lu."""
    import shutil

    des_essais.mkdir(exist_ok=True)
    for fichier in du_poste.glob("*.mots"):
        if not (des_essais / fichier.name).exists():
            shutil.copyfile(fichier, des_essais / f"{fichier.name}.copie")
            os.replace(des_essais / f"{fichier.name}.copie", des_essais / fichier.name)


@pytest.fixture
def git_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Identité Git fictive, aucune configuration de l'utilisateur."""
    for cle, valeur in {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@exemple.invalid",
                        "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@exemple.invalid",
                        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"), "GIT_CONFIG_NOSYSTEM": "1"}.items():
        monkeypatch.setenv(cle, valeur)
    for variable in ("GITHUB_BASE_REF", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture(scope="session")
def navigateur() -> Iterator[object]:
    """Un seul Chromium (Playwright) par processus d'essai, pour tous les essais qui en ont besoin : lancer le
    navigateur et le pilote coûte ≈ 1 s, et l'API synchrone de Playwright n'en permet qu'un à la fois dans un
    processus. Chaque essai ouvre son propre contexte (cookies, stockage, cache, taille d'écran) et le ferme :
    rien ne passe d'un essai à l'autre."""
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("Chromium absent (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-component-update", "--disable-sync", "--no-first-run"])
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="session")
def portail_demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Le portail de la démonstration construit une seule fois pour toute la session (tous processus confondus) au
    `DATE_DEMO` : le dépôt (son site dans `site/`) et ce que la commande a dit. Le navigateur le sert, l'essai de
    la garde y lit que la démonstration passe ; ni l'un ni l'autre ne le modifie."""
    racine, resultat = une_fois(tmp_path_factory, "portail-demo",
                                lambda repertoire: garder(construire_demo(repertoire, DATE_DEMO)))
    return racine, relire_processus(resultat)


def _valider_la_demo(base: Path) -> dict[str, str]:
    identite = {"GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@exemple.invalid", "GIT_COMMITTER_NAME": "Test",
                "GIT_COMMITTER_EMAIL": "test@exemple.invalid", "GIT_CONFIG_GLOBAL": str(base / "gitconfig"),
                "GIT_CONFIG_NOSYSTEM": "1", "GIT_CEILING_DIRECTORIES": str(base), "FILROUGE_AUJOURDHUI": DATE_DEMO}
    from filrouge.validation import valider

    with pytest.MonkeyPatch.context() as mp:
        for cle, valeur in identite.items():
            mp.setenv(cle, valeur)
        depot = copier_demo(base / "clone")
        commiter(depot)
        # ses objets en un paquet : chaque copie (`copier_demo_commitee`) lie deux fichiers au lieu de ≈ 420
        assert git(depot, "repack", "-a", "-d", "-q").returncode == 0
        valider(depot)
    return {"depot": str(depot)}


@pytest.fixture(scope="session")
def demo_validee(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """La démonstration commitée et validée une fois pour la session (les deux processus d'essai, `une_fois`),
    jamais modifiée ensuite : ses entrées du cache de validation sont recopiées pour chaque copie de la démonstration
    (`tests.outils.reprendre_la_validation`). Sans elles, chaque essai qui valide une copie revérifiait à froid les
    37 dossiers de la démonstration (≈ 0,3 s) pour n'en changer qu'un."""
    return Path(une_fois(tmp_path_factory, "demo-validee", _valider_la_demo)[1]["depot"])
