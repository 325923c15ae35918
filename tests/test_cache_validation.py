"""La signature d'un dossier reprise sans le lister : toujours celle d'un parcours complet."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from filrouge import cache_validation
from filrouge.cache_validation import signature


@pytest.fixture
def dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Un dossier à sous-répertoires, dont les répertoires ont une date sûre (marge nulle, un pas d'horloge passé)."""
    racine = tmp_path / "2019-003"
    (racine / "concertations").mkdir(parents=True)
    (racine / "pieces").mkdir()
    (racine / "dossier.yaml").write_text("id: 2019-003\n", encoding="utf-8")
    (racine / "concertations/2019-03-01.yaml").write_text("date: 2019-03-01\n", encoding="utf-8")
    (racine / "concertations/2019-03-01.md").write_text("# Note\n", encoding="utf-8")
    if not cache_validation._systeme_sur(os.lstat(racine).st_dev):
        pytest.skip("système de fichiers des essais hors de SYSTEMES_DE_FICHIERS_SURS : tout est listé à chaque fois")
    monkeypatch.setattr(cache_validation, "MARGE_DES_DATES_NS", 0)
    time.sleep(0.02)  # l'horloge des fichiers avance par pas de quelques ms
    return racine


def _listages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Les répertoires listés désormais (os.scandir), relevés au passage."""
    listes: list[str] = []
    original = os.scandir
    monkeypatch.setattr(os, "scandir", lambda chemin=".": listes.append(os.fspath(chemin)) or original(chemin))
    return listes


def test_rien_de_change_rien_n_est_liste(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    avant = signature(dossier)
    listes = _listages(monkeypatch)
    assert signature(dossier, avant) == avant
    assert listes == [], "la signature précédente suffit : aucun répertoire n'est relu"


def _ajouter_dans_un_sous_repertoire(d: Path) -> None:
    (d / "concertations/2019-06-01.yaml").write_text("date: 2019-06-01\n", encoding="utf-8")


def _ajouter_un_fichier_cache(d: Path) -> None:
    (d / ".brouillon.md").write_text("Julie Vandeputte\n", encoding="utf-8")


def _supprimer(d: Path) -> None:
    (d / "concertations/2019-03-01.md").unlink()


def _renommer(d: Path) -> None:
    (d / "concertations/2019-03-01.md").rename(d / "concertations/2019-03-02.md")


def _deplacer_entre_repertoires(d: Path) -> None:
    (d / "concertations/2019-03-01.md").rename(d / "pieces/2019-03-01.md")


def _reecrire(d: Path) -> None:
    (d / "concertations/2019-03-01.yaml").write_text("date: 2019-03-01\nlieu: ailleurs\n", encoding="utf-8")


def _remplacer_par_un_repertoire(d: Path) -> None:
    (d / "dossier.yaml").unlink()
    (d / "dossier.yaml").mkdir()
    (d / "dossier.yaml/dedans.yaml").write_text("x: 1\n", encoding="utf-8")


def _remplacer_par_un_lien(d: Path) -> None:
    (d / "dossier.yaml").unlink()
    (d / "dossier.yaml").symlink_to("/etc/hostname")


def _nouveau_sous_repertoire(d: Path) -> None:
    (d / "financements").mkdir()
    (d / "financements/2019-criseflex.yaml").write_text("montant_demande: 500\n", encoding="utf-8")


def _vider_un_sous_repertoire(d: Path) -> None:
    shutil.rmtree(d / "concertations")


def _changer_les_droits(d: Path) -> None:
    (d / "pieces").chmod(0o700)


@pytest.mark.parametrize("modifier", [
    _ajouter_dans_un_sous_repertoire, _ajouter_un_fichier_cache, _supprimer, _renommer, _deplacer_entre_repertoires,
    _reecrire, _remplacer_par_un_repertoire, _remplacer_par_un_lien, _nouveau_sous_repertoire,
    _vider_un_sous_repertoire, _changer_les_droits,
])
def test_la_reprise_voit_chaque_changement(dossier: Path, modifier: Callable[[Path], None]) -> None:
    avant = signature(dossier)
    modifier(dossier)
    assert signature(dossier, avant) == signature(dossier) != avant


def test_un_fichier_reecrit_est_relu_sans_lister(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    avant = signature(dossier)
    _reecrire(dossier)
    with monkeypatch.context() as m:
        listes = _listages(m)
        apres = signature(dossier, avant)
    assert listes == [] and apres != avant
    assert apres == signature(dossier)


def test_un_repertoire_remplace_par_un_autre_de_meme_date_est_relu(dossier: Path) -> None:
    """Un autre répertoire à la même place (monté par-dessus, recréé dans le même pas d'horloge) peut avoir la même
    date d'état : il a un autre inode. Ici, la signature gardée porte un autre inode pour pieces/ et la même date."""
    avant = signature(dossier)
    autre = tuple((nom, taille + 1, date) if nom == "pieces/" else (nom, taille, date) for nom, taille, date in avant)
    assert signature(dossier, autre) == avant


def test_hors_d_un_systeme_de_fichiers_sur_tout_est_liste(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Partage réseau, FUSE, FAT, Windows : la date d'un répertoire n'y dit pas toujours qu'une entrée a changé."""
    avant = signature(dossier)
    monkeypatch.setattr(cache_validation, "SYSTEMES_DE_FICHIERS_SURS", frozenset())
    cache_validation._systeme_sur.cache_clear()
    try:
        listes = _listages(monkeypatch)
        assert signature(dossier, avant) == avant
        assert listes, "chaque répertoire est listé"
    finally:
        cache_validation._systeme_sur.cache_clear()


class _EntreeIllisible:
    """Une entrée de répertoire dont `stat` échoue (supprimée entre la lecture du répertoire et son `stat`, ou dans
    un répertoire lisible mais pas traversable) ; le reste est celui de la vraie entrée."""

    def __init__(self, entree: os.DirEntry[str]) -> None:
        self._entree, self.name, self.path = entree, entree.name, entree.path

    def stat(self, follow_symlinks: bool = True) -> os.stat_result:
        raise PermissionError(13, "Permission denied", self.path)


def test_une_entree_illisible_au_releve_fait_relire_son_repertoire(dossier: Path, monkeypatch: pytest.MonkeyPatch
                                                                   ) -> None:
    original = os.scandir

    class _Liste:
        def __init__(self, chemin: str) -> None:
            self._liste = original(chemin)

        def __enter__(self) -> list[object]:
            return [_EntreeIllisible(e) if e.name == "2019-03-01.md" else e for e in self._liste.__enter__()]

        def __exit__(self, *exc: object) -> None:
            self._liste.__exit__(*exc)

    with monkeypatch.context() as m:
        m.setattr(os, "scandir", _Liste)
        incomplete = signature(dossier)
    assert "concertations/2019-03-01.md" not in {nom for nom, _, _ in incomplete}
    assert signature(dossier, incomplete) == signature(dossier) != incomplete


@pytest.mark.parametrize("illisible", ["", "concertations"])
def test_un_repertoire_illisible_au_releve_est_relu_ensuite(dossier: Path, monkeypatch: pytest.MonkeyPatch,
                                                            illisible: str) -> None:
    """Un répertoire qu'on n'a pas pu lister (droits, plus de descripteur libre) manque au relevé : la fois suivante,
    quand il se lit, la reprise ne recopie pas ce relevé incomplet."""
    original = os.scandir

    def refuser(chemin: object = ".") -> object:
        if os.fspath(chemin).rstrip("/") == os.fspath(dossier / illisible).rstrip("/"):
            raise PermissionError(13, "Permission denied", os.fspath(chemin))
        return original(chemin)

    with monkeypatch.context() as m:
        m.setattr(os, "scandir", refuser)
        incomplete = signature(dossier)
    assert signature(dossier, incomplete) == signature(dossier) != incomplete


def test_un_repertoire_tout_juste_change_est_relu(dossier: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Changé moins de deux secondes avant le relevé, un répertoire n'a pas de date sûre : un fichier ajouté dans
    le même pas d'horloge ne changerait pas sa date. La fois suivante, il est relu."""
    monkeypatch.undo()
    _ajouter_dans_un_sous_repertoire(dossier)
    avant = signature(dossier)
    assert dict((nom, date) for nom, _, date in avant)["concertations/"] == -1
    listes = _listages(monkeypatch)
    assert _sans_dates_recentes(signature(dossier, avant)) == _sans_dates_recentes(signature(dossier))
    assert listes, "sans date sûre, le dossier est relu"


def _sans_dates_recentes(sig: cache_validation.Signature) -> list[tuple[str, int, int | None]]:
    return [(nom, taille, date if date >= 0 else None) for nom, taille, date in sig]


def test_un_fichier_tout_juste_ecrit_n_a_jamais_la_meme_signature(tmp_path: Path) -> None:
    """Réécrit à la même taille dans le même pas d'horloge, un fichier garderait taille et date : tant que sa date
    est trop récente pour être sûre, chaque relevé lui en donne une autre, et c'est le contenu qui tranche."""
    nouveau = "appeler le 0471 12 34 56\n"
    (tmp_path / "note.md").write_text("a" * (len(nouveau) - 1) + "\n", encoding="utf-8")
    avant = signature(tmp_path)
    date = os.stat(tmp_path / "note.md").st_mtime_ns
    (tmp_path / "note.md").write_text(nouveau, encoding="utf-8")
    os.utime(tmp_path / "note.md", ns=(date, date))  # même taille, même date : le pas d'horloge d'un système lent
    apres = signature(tmp_path)
    assert [e[:2] for e in apres] == [e[:2] for e in avant] and apres != avant


def test_une_signature_sans_la_racine_est_refaite(dossier: Path) -> None:
    """Une signature d'un format antérieur (sans la date de la racine) ne dit pas si un fichier y a été ajouté."""
    ancienne = signature(dossier)[1:]
    _ajouter_un_fichier_cache(dossier)
    assert signature(dossier, ancienne) == signature(dossier)


def test_le_commit_est_liste_une_fois(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    appels: list[str] = []

    def lister(noms: set[str]) -> Callable[[], set[str]]:
        return lambda: appels.append("git") or noms  # type: ignore[func-returns-value]

    assert cache_validation.fichiers_de_l_arbre(tmp_path, "\nabc\n", lister({"reseau.yaml"})) == {"reseau.yaml"}
    assert cache_validation.fichiers_de_l_arbre(tmp_path, "\nabc\n", lister({"autre"})) == {"reseau.yaml"}
    assert appels == ["git"]
    assert cache_validation.fichiers_de_l_arbre(tmp_path, "\ndef\n", lister({"autre"})) == {"autre"}
    assert appels == ["git", "git"], "un autre commit est listé"
    assert cache_validation.fichiers_de_l_arbre(tmp_path, "\nghi\n", lambda: None) is None
    assert cache_validation.fichiers_de_l_arbre(tmp_path, "\nghi\n", lister(set())) == set(), "un échec n'est pas gardé"


def test_l_empreinte_du_code_suit_le_contenu_meme_a_date_gardee(tmp_path: Path) -> None:
    """Une autre version posée avec les dates de l'ancienne (`rsync -a`, `tar x`) : même taille, même date de
    modification, l'empreinte change (la date d'état, elle, change à toute écriture) ; relue sans changement, c'est
    celle gardée."""
    import subprocess
    import sys

    copie = tmp_path / "src"
    shutil.copytree(Path(cache_validation.__file__).parent, copie / "filrouge",
                    ignore=shutil.ignore_patterns("__pycache__"))
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    code = (f"import sys; sys.path.insert(0, {str(copie)!r}); from filrouge import cache_validation as c; "
            "c.MARGE_DES_DATES_NS = 0; print(c.empreinte_du_code())")

    def empreinte() -> str:
        time.sleep(0.02)  # un pas d'horloge des fichiers
        return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                              check=True).stdout.strip()

    premiere = empreinte()
    assert (tmp_path / "cache/filrouge/validation/empreinte-du-code.marshal").is_file(), "gardée"
    assert empreinte() == premiere
    fichier = copie / "filrouge" / "verdict.py"
    info, texte = os.stat(fichier), fichier.read_bytes()
    fichier.write_bytes(texte.replace(b"VERDICTS_GARDES", b"VERDICTS_GARDEZ", 1))
    os.utime(fichier, ns=(info.st_atime_ns, info.st_mtime_ns))
    assert os.stat(fichier).st_size == info.st_size
    seconde = empreinte()
    assert seconde != premiere
    assert empreinte() == seconde


def test_un_sous_repertoire_monte_depuis_un_autre_systeme_est_liste(dossier: Path, monkeypatch: pytest.MonkeyPatch
                                                                    ) -> None:
    """Un sous-répertoire qui est le point de montage d'un autre système de fichiers (un partage, une clé) n'est pas
    repris sur la foi de la racine : son `st_dev` n'est pas celui de la racine, le dossier est listé."""
    import subprocess

    montage = dossier / "pieces"
    essai = subprocess.run(["mount", "-t", "tmpfs", "filrouge-essai", str(montage)], capture_output=True, check=False)
    if essai.returncode != 0:
        pytest.skip("monter un système de fichiers demande root : " + essai.stderr.decode(errors="replace").strip())
    try:
        (montage / "devis.pdf").write_bytes(b"%PDF-1.4\n")
        time.sleep(0.02)
        avant = signature(dossier)
        with monkeypatch.context() as m:
            listes = _listages(m)
            assert signature(dossier, avant) == avant
        assert listes, "le dossier est listé"
    finally:
        subprocess.run(["umount", str(montage)], capture_output=True, check=False)


def test_les_entrees_des_depots_d_essai_vont_avec_la_session(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Les entrées de validation des dépôts d'essai (un chemin neuf à chaque suite) sont écrites dans le répertoire de
    la session, que pytest efface : le cache commun aux sessions ne garde que les listes de mots."""
    from tests.outils import base_de_la_session

    assert cache_validation.repertoire().resolve().is_relative_to(base_de_la_session(tmp_path_factory).resolve())
