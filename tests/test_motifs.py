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


def test_le_hook_garde_les_expressions_de_la_garde(usine: Usine, tmp_path: Path) -> None:
    """`filrouge valider` qui revérifie un dossier garde les expressions des détecteurs ; la fois suivante, elles
    sont préchargées : `re` n'en recompile aucune (seules restent celles compilées avant, au démarrage)."""
    code = """
import re._compiler as c, sys
appelants, compiler = [], c.compile
def compter(*a):
    cadre = sys._getframe(1)
    while cadre.f_code.co_filename.endswith(("re/__init__.py", "re/_compiler.py")):
        cadre = cadre.f_back
    appelants.append(cadre.f_code.co_filename)
    return compiler(*a)
c.compile = compter
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
    dossier = sorted(usine.racine.glob("dossiers/*/dossier.yaml"))[0]

    def lancer() -> list[str]:
        dossier.write_text(dossier.read_text(encoding="utf-8") + "# changé\n", encoding="utf-8")
        fini = subprocess.run([sys.executable, "-c", code], cwd=usine.racine, env=env, capture_output=True, text=True,
                              check=True)
        return fini.stdout.splitlines()

    premiere, seconde = lancer(), lancer()
    detecteurs = [f for f in premiere if f.endswith(("anonymat/noms.py", "anonymat/adresses.py", "anonymat/dates.py"))]
    assert len(detecteurs) > 50 and len(premiere) > 150
    assert not any(f.endswith(("anonymat/noms.py", "anonymat/adresses.py", "anonymat/dates.py")) for f in seconde)
    assert len(seconde) < len(premiere) / 3
