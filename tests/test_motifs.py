"""Les expressions régulières gardées d'un processus à l'autre (`filrouge.motifs`) : mêmes objets que `re.compile`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge import motifs
from filrouge.anonymat import cache as cache_anonymat
from filrouge.anonymat.listes import listes
from tests.outils import copier_demo
from tests.usine import Usine


@pytest.fixture
def cache_vide(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Un répertoire de cache neuf, le cache de `re` vidé avant et après, rien de préchargé."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(motifs, "_prechargees", set())
    re.purge()
    yield tmp_path / "cache"
    re.purge()


EXPRESSIONS = [
    (r"(?P<jour>\d{1,2})[./-](?P<mois>\d{1,2})(?:[./-](\d{2,4}))?", 0),
    (r"\b(?:rue|avenue|chaussée)\s+[A-ZÀ-Ý][\w'-]+", re.IGNORECASE),
    (r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE),
    (rb"\x00[\x01-\x7f]+", 0),
]
TEXTES = ["né le 12.03.2019 ou 3-4", "RUE Haute 12, Avenue du Parc", "---\nx: 1\n...\n", "12/31"]


def test_gardees_puis_prechargees_memes_objets_que_re(cache_vide: Path) -> None:
    """Un processus garde ce qu'il a compilé ; le suivant le trouve dans le cache de `re`, objet égal (même
    programme du moteur) à une compilation neuve, mêmes groupes, mêmes correspondances."""
    compilees = [re.compile(texte, options) for texte, options in EXPRESSIONS]
    motifs.garder()
    assert list(cache_vide.rglob("motifs-*.marshal"))

    re.purge()
    motifs._prechargees.clear()
    motifs.precharger()
    for (texte, options), avant in zip(EXPRESSIONS, compilees):
        cle = (type(texte), texte, options)
        assert cle in re._cache and cle in motifs._prechargees  # type: ignore[attr-defined]
        prechargee = re.compile(texte, options)
        assert prechargee is re._cache[cle] and prechargee is not avant  # type: ignore[attr-defined]
        assert prechargee == avant and prechargee.flags == avant.flags and prechargee.groupindex == avant.groupindex
        for echantillon in TEXTES:
            donnee = echantillon.encode() if isinstance(texte, bytes) else echantillon
            assert [m.span() for m in prechargee.finditer(donnee)] == [m.span() for m in avant.finditer(donnee)]


def test_une_expression_compilee_apres_le_prechargement_n_est_pas_recompilee_pour_etre_gardee(
        cache_vide: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Le premier `valider` d'un poste compile ≈ 500 expressions : `garder` range le programme que `re` vient de donner
    à `_sre.compile` au lieu de le refaire ; le processus suivant les trouve, égales à une compilation neuve."""
    motifs.precharger()
    codees: list[object] = []
    coder = re._compiler._code  # type: ignore[attr-defined]
    monkeypatch.setattr(re._compiler, "_code", lambda *a: codees.append(a) or coder(*a))  # type: ignore[attr-defined]
    compilees = [re.compile(texte, options) for texte, options in EXPRESSIONS]
    assert len(codees) == len(EXPRESSIONS)
    motifs.garder()
    assert len(codees) == len(EXPRESSIONS), "gardées sans être recompilées"
    re.purge()
    motifs._prechargees.clear()
    motifs.precharger()
    for (texte, options), avant in zip(EXPRESSIONS, compilees):
        assert (type(texte), texte, options) in motifs._prechargees
        assert re.compile(texte, options) == avant


def test_rien_de_nouveau_rien_d_ecrit(cache_vide: Path) -> None:
    """Le fichier n'est réécrit que si le processus a compilé une expression qu'il ne contenait pas."""
    re.compile(EXPRESSIONS[0][0])
    motifs.garder()
    fichier = next(cache_vide.rglob("motifs-*.marshal"))
    fichier.write_bytes(fichier.read_bytes())  # même contenu, date connue
    date = fichier.stat().st_mtime_ns
    re.purge()
    motifs._prechargees.clear()
    motifs.precharger()
    re.compile(EXPRESSIONS[0][0])
    motifs.garder()
    assert fichier.stat().st_mtime_ns == date
    re.compile(EXPRESSIONS[1][0], EXPRESSIONS[1][1])
    motifs.garder()
    assert fichier.stat().st_mtime_ns != date


@pytest.mark.parametrize("contenu", [b"", b"pas du marshal", b"\xe9\x00\x01"])
def test_fichier_abime_ignore(cache_vide: Path, contenu: bytes) -> None:
    re.compile(EXPRESSIONS[0][0])
    motifs.garder()
    fichier = next(cache_vide.rglob("motifs-*.marshal"))
    fichier.write_bytes(contenu)
    re.purge()
    motifs._prechargees.clear()
    motifs.precharger()
    assert not motifs._prechargees
    assert re.compile(EXPRESSIONS[0][0]).match("12.03")


def test_programme_d_un_autre_python_ignore(cache_vide: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Le programme du moteur change d'une version de Python à l'autre : un fichier écrit par une autre n'est pas lu."""
    re.compile(EXPRESSIONS[0][0])
    monkeypatch.setattr(motifs, "_version", lambda: "un autre Python")
    motifs.garder()
    monkeypatch.undo()
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache_vide))
    re.purge()
    motifs._prechargees.clear()
    motifs.precharger()
    assert not motifs._prechargees


@pytest.mark.parametrize("depot", ["minimal", "démonstration"])
def test_le_hook_garde_les_expressions_de_la_garde(depot: str, usine: Usine, tmp_path: Path) -> None:
    """`filrouge valider` qui revérifie un dossier garde les expressions des détecteurs ; la fois suivante, elles
    sont préchargées : `re` n'en recompile aucune (seules restent celles compilées avant, au démarrage). Sur la
    démonstration aussi : ≈ 500 expressions, plus que les 400 gardées puis que les 512 du cache de `re` d'avant, et
    une expression bâtie sur un ensemble dont l'ordre changeait d'un processus à l'autre."""
    racine = usine.racine if depot == "minimal" else copier_demo(tmp_path / "demo")
    code = """
import re._compiler as c, sys
appelants, coder = [], c._code
def compter(*a):
    cadre = sys._getframe(1)
    while cadre.f_code.co_filename.endswith(("re/__init__.py", "re/_compiler.py", "filrouge/motifs.py")):
        cadre = cadre.f_back
    appelants.append(cadre.f_code.co_filename)
    return coder(*a)
c._code = compter
from filrouge.cli import main
main(["valider"])
print(*appelants, sep="\\n")
"""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache-hook")}
    # un cache de validation neuf, mais les listes de noms de la suite (20 s à recalculer, hors de l'essai)
    listes()
    partagees = cache_anonymat._repertoire()
    (tmp_path / "cache-hook" / "filrouge").mkdir(parents=True)
    for fichier in partagees.iterdir():
        if fichier.is_file():
            (tmp_path / "cache-hook" / "filrouge" / fichier.name).symlink_to(fichier)
    dossier = sorted(racine.glob("dossiers/*/dossier.yaml"))[0]

    def lancer() -> list[str]:
        dossier.write_text(dossier.read_text(encoding="utf-8") + "# changé\n", encoding="utf-8")
        fini = subprocess.run([sys.executable, "-c", code], cwd=racine, env=env, capture_output=True, text=True,
                              check=True)
        return fini.stdout.splitlines()

    premiere, seconde = lancer(), lancer()
    detecteurs = [f for f in premiere if f.endswith(("anonymat/noms.py", "anonymat/adresses.py", "anonymat/dates.py"))]
    assert len(detecteurs) > 50 and len(premiere) > 150
    # compilées après le préchargement (les détecteurs, PyYAML, phonenumbers, la lecture et les règles) : aucune
    apres = ("anonymat/noms.py", "anonymat/adresses.py", "anonymat/dates.py", "anonymat/champs.py", "/phonenumbers/",
             "/yaml/", "filrouge/lecture.py", "filrouge/validation.py", "/filrouge/regles/")
    assert [f for f in seconde if any(morceau in f for morceau in apres)] == []
    assert len(seconde) < len(premiere) / 3


def test_le_motif_des_champs_est_le_meme_d_un_processus_a_l_autre() -> None:
    """Construit depuis un ensemble de clés, son texte ne dépend pas du hachage du processus : sinon `motifs` ne le
    retrouve jamais et chaque hook le recompile puis réécrit le fichier."""
    code = "from filrouge.anonymat.champs import _motif_des_champs; print(_motif_des_champs().pattern)"
    textes = {subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": graine},
                             capture_output=True, text=True, check=True).stdout for graine in ("1", "2", "3")}
    assert len(textes) == 1
