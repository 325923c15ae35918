"""Entrées hostiles plantées dans une copie du dépôt minimal : jamais de plantage, jamais d'écriture.

Le gros des cas passe par la bibliothèque dans le processus (rapide) ; un échantillon
représentatif passe par la vraie commande `filrouge valider --format json` dans un
processus séparé (qui survit à un plantage) : code de sortie 0 ou 1, aucune trace Python,
contrat JSON respecté, pas de blocage, aucun fichier modifié.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from filrouge.constat import Constat
from filrouge.lecture import ErreurLecture, lire_markdown, lire_yaml
from filrouge.modele import Concertation, Dossier, Financement, Preparation
from filrouge.rapport import CLES_JSON, en_json
from filrouge.schema_fr import valider_modele
from filrouge.validation import valider
from tests.usine import Usine, dumper

CLES = set(CLES_JSON)
assert CLES == {"fichier", "ligne", "regle", "gravite", "message"}
SCRIPT_CLI = "import sys; from filrouge.cli import main; sys.exit(main(['valider', '--format', 'json']))"
REGLAGES = settings(max_examples=40, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
MODELES = {"dossier": Dossier, "preparation": Preparation, "concertation": Concertation, "financement": Financement}
Photo = dict[str, tuple[int, int, bytes | None]]


# --- outils -----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def modele_de_depot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Le dépôt minimal, écrit une fois ; chaque cas travaille sur sa propre copie."""
    with pytest.MonkeyPatch.context() as mp:
        base = tmp_path_factory.mktemp("hostile")
        mp.setenv("GIT_CEILING_DIRECTORIES", str(base))
        yield Usine(base / "modele", "kirikou").construire().racine


@contextmanager
def copie_du_depot(modele: Path) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="filrouge-hostile-") as dossier:
        racine = Path(dossier) / "depot"
        shutil.copytree(modele, racine, symlinks=True)
        yield racine
        _rendre_supprimable(Path(dossier))


def _rendre_supprimable(racine: Path) -> None:
    for chemin, _ in _parcourir(racine):
        if not chemin.is_symlink() and chemin.is_dir():
            chemin.chmod(0o755)


def _parcourir(racine: Path) -> Iterator[tuple[Path, os.stat_result]]:
    """Parcours itératif (pas de récursion : l'arbre peut être très profond), sans suivre les liens."""
    pile = [racine]
    while pile:
        courant = pile.pop()
        try:
            entrees = list(os.scandir(courant))
        except OSError:
            continue
        for entree in entrees:
            chemin = Path(entree.path)
            info = os.lstat(chemin)
            yield chemin, info
            if stat.S_ISDIR(info.st_mode):
                pile.append(chemin)


def photographier(racine: Path) -> Photo:
    """Type, date de modification et contenu (fichiers ordinaires) de chaque entrée de l'arbre."""
    photo: Photo = {}
    for chemin, info in _parcourir(racine):
        contenu = None
        if stat.S_ISREG(info.st_mode) and info.st_mode & stat.S_IRUSR:
            contenu = chemin.read_bytes()
        elif stat.S_ISLNK(info.st_mode):
            contenu = os.fsencode(os.readlink(chemin))
        photo[os.fsdecode(chemin.relative_to(racine))] = (info.st_mode, info.st_mtime_ns, contenu)
    return photo


def verifier_constats(constats: list[Constat]) -> None:
    """Chaque constat nomme un fichier, une règle, une gravité et un message ; le JSON suit le contrat."""
    for c in constats:
        assert isinstance(c.fichier, str) and c.fichier and not c.fichier.startswith("/"), c
        assert isinstance(c.regle, str) and "." in c.regle, c
        assert c.gravite in ("erreur", "avertissement"), c
        assert c.ligne is None or (isinstance(c.ligne, int) and c.ligne >= 1), c
        assert isinstance(c.message, str) and c.message.strip(), c
    verifier_json(en_json(constats).encode("utf-8", "surrogateescape"))


def verifier_json(sortie: bytes) -> list[dict[str, Any]]:
    donnees = json.loads(sortie.decode("utf-8"))  # strict : la sortie est de l'UTF-8 valide
    assert isinstance(donnees, list)
    for objet in donnees:
        assert isinstance(objet, dict) and set(objet) == CLES, objet
        assert isinstance(objet["fichier"], str) and objet["fichier"], objet
        assert objet["ligne"] is None or (isinstance(objet["ligne"], int) and objet["ligne"] >= 1), objet
        assert objet["gravite"] in ("erreur", "avertissement"), objet
        assert isinstance(objet["regle"], str) and isinstance(objet["message"], str) and objet["message"], objet
    return donnees


def valider_en_processus(racine: Path) -> list[Constat]:
    avant = photographier(racine)
    constats = valider(racine)
    verifier_constats(constats)
    assert photographier(racine) == avant, "la validation a modifié le dépôt"
    return constats


def valider_par_la_commande(racine: Path) -> list[dict[str, Any]]:
    avant = photographier(racine)
    resultat = subprocess.run([sys.executable, "-c", SCRIPT_CLI], cwd=racine, capture_output=True, timeout=60,
                              env={**os.environ, "GIT_CEILING_DIRECTORIES": str(racine.parent)})
    stderr = resultat.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in resultat.stderr, stderr
    assert "erreur interne" not in stderr, stderr
    assert resultat.returncode in (0, 1), (resultat.returncode, stderr)
    donnees = verifier_json(resultat.stdout)
    assert resultat.returncode == (1 if any(o["gravite"] == "erreur" for o in donnees) else 0)
    assert photographier(racine) == avant, "la commande a modifié le dépôt"
    return donnees


FICHIERS = {
    "dossier": "dossiers/2019-001/dossier.yaml",
    "preparation": "dossiers/2019-001/preparation.yaml",
    "concertation": "dossiers/2019-001/concertations/2019-03-01.yaml",
    "recit": "dossiers/2019-001/concertations/2019-03-01.md",
    "financement": "dossiers/2019-001/financements/2019-03-05-devis.yaml",
}


def test_le_modele_est_vert_par_les_deux_chemins(modele_de_depot: Path) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        assert valider_en_processus(racine) == []
        assert valider_par_la_commande(racine) == []


# --- fichiers tronqués ------------------------------------------------------------------------------

@pytest.mark.parametrize("nom", sorted(MODELES))
def test_troncature_a_chaque_octet_lecture_et_schema(modele_de_depot: Path, nom: str, tmp_path: Path) -> None:
    """Chaque préfixe du fichier : lu ou refusé proprement, jamais d'exception imprévue."""
    brut = (modele_de_depot / FICHIERS[nom]).read_bytes()
    chemin = tmp_path / "f.yaml"
    for coupure in range(len(brut) + 1):
        chemin.write_bytes(brut[:coupure])
        try:
            doc = lire_yaml(chemin, "f.yaml")
        except ErreurLecture as exc:
            assert exc.constat.regle.startswith("lecture."), coupure
            continue
        _, constats = valider_modele(MODELES[nom], doc)
        verifier_constats(doc.constats + constats)


def test_troncature_du_recit_markdown(modele_de_depot: Path, tmp_path: Path) -> None:
    brut = b"---\n" + (modele_de_depot / FICHIERS["concertation"]).read_bytes() + b"---\n# Titre\n"
    chemin = tmp_path / "n.md"
    for coupure in range(len(brut) + 1):
        chemin.write_bytes(brut[:coupure])
        try:
            lire_markdown(chemin, "n.md")
        except ErreurLecture as exc:
            assert exc.constat.regle.startswith("lecture.")


@REGLAGES
@given(nom=st.sampled_from(sorted(FICHIERS)), fraction=st.floats(0, 1))
def test_troncature_tout_le_depot(modele_de_depot: Path, nom: str, fraction: float) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        chemin = racine / FICHIERS[nom]
        brut = chemin.read_bytes()
        chemin.write_bytes(brut[: int(len(brut) * fraction)])
        valider_en_processus(racine)


# --- octets et textes aléatoires ------------------------------------------------------------------

@REGLAGES
@given(nom=st.sampled_from(sorted(FICHIERS)), contenu=st.binary(max_size=2000))
def test_octets_aleatoires(modele_de_depot: Path, nom: str, contenu: bytes) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        (racine / FICHIERS[nom]).write_bytes(contenu)
        constats = valider_en_processus(racine)
        if contenu.strip(b" \t\r\n") and nom != "recit":
            assert any(c.fichier == FICHIERS[nom] for c in constats) or contenu.lstrip().startswith(b"#")


@REGLAGES
@given(nom=st.sampled_from(sorted(FICHIERS)), texte=st.text(max_size=500))
def test_unicode_aleatoire(modele_de_depot: Path, nom: str, texte: str) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        (racine / FICHIERS[nom]).write_text(texte, encoding="utf-8", errors="surrogatepass")
        valider_en_processus(racine)


YAML_HOSTILE = st.sampled_from([
    "{", "[", "]", ":", "- - -", "? ", "&a x", "*a", "!!python/name:os.system", "%YAML 1.1\n---\na: 1",
    "a: b: c", "'", '"\\x"', "\t", "\x00", "\x85", "\u2028", "\ufeff", "---", "...", "|\n x", ">-\n y",
    "9" * 400, "1e400", "-.inf", ".NaN", "2019-02-29", "0000-00-00", "9999-12-31", "~", "<<: {}",
])


@REGLAGES
@given(nom=st.sampled_from(sorted(FICHIERS)), morceaux=st.lists(YAML_HOSTILE | st.text(max_size=8), max_size=12),
       position=st.floats(0, 1))
def test_morceaux_de_yaml_hostiles_inseres(modele_de_depot: Path, nom: str, morceaux: list[str],
                                            position: float) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        chemin = racine / FICHIERS[nom]
        texte = chemin.read_text(encoding="utf-8")
        coupure = int(len(texte) * position)
        chemin.write_text(texte[:coupure] + "".join(morceaux) + texte[coupure:], encoding="utf-8",
                          errors="surrogatepass")
        valider_en_processus(racine)


# --- mauvais types à chaque clé ---------------------------------------------------------------------

def _chemins(donnees: Any, prefixe: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    resultat: list[tuple[Any, ...]] = []
    enfants = donnees.items() if isinstance(donnees, dict) else enumerate(donnees) if isinstance(donnees, list) else []
    for cle, valeur in enfants:
        resultat.append(prefixe + (cle,))
        resultat.extend(_chemins(valeur, prefixe + (cle,)))
    return resultat


VALEURS = st.recursive(
    st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats(allow_nan=True) | st.text(max_size=20)
    | st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)),
    lambda enfants: st.lists(enfants, max_size=3) | st.dictionaries(st.text(max_size=8), enfants, max_size=3),
    max_leaves=8,
)


@REGLAGES
@given(donnees=st.data())
def test_mauvais_type_a_chaque_cle(modele_de_depot: Path, donnees: st.DataObject) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        nom = donnees.draw(st.sampled_from(["dossier", "preparation", "concertation", "financement"]))
        chemin_fichier = racine / FICHIERS[nom]
        contenu = yaml.safe_load(chemin_fichier.read_text(encoding="utf-8"))
        chemin = donnees.draw(st.sampled_from(_chemins(contenu)))
        cible = contenu
        for cle in chemin[:-1]:
            cible = cible[cle]
        cible[chemin[-1]] = donnees.draw(VALEURS)
        chemin_fichier.write_text(dumper(contenu), encoding="utf-8")
        valider_en_processus(racine)


# --- clés dupliquées --------------------------------------------------------------------------------

@pytest.mark.parametrize("nom", ["dossier", "preparation", "concertation", "financement"])
def test_chaque_cle_de_premier_niveau_dupliquee(modele_de_depot: Path, nom: str) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        chemin = racine / FICHIERS[nom]
        lignes = chemin.read_text(encoding="utf-8").splitlines(keepends=True)
        for numero, ligne in enumerate(lignes):
            if ligne[:1].isalpha():
                chemin.write_text("".join(lignes) + ligne, encoding="utf-8")
                constats = valider_en_processus(racine)
                doublons = [c for c in constats if c.regle == "lecture.cle_dupliquee"]
                assert [(c.fichier, c.ligne) for c in doublons] == [(FICHIERS[nom], len(lignes) + 1)], ligne
                assert f"ligne {numero + 1}" in doublons[0].message
        chemin.write_text("".join(lignes), encoding="utf-8")


# --- cas représentatifs par la vraie commande (processus séparé) -------------------------------------

def _ecrire(racine: Path, relatif: str, contenu: str | bytes) -> None:
    chemin = racine / relatif
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(contenu, bytes):
        chemin.write_bytes(contenu)
    else:
        chemin.write_text(contenu, encoding="utf-8")


def _lien(racine: Path, relatif: str, cible: str | Path) -> None:
    chemin = racine / relatif
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if chemin.exists() or chemin.is_symlink():
        if chemin.is_dir() and not chemin.is_symlink():
            shutil.rmtree(chemin)
        else:
            chemin.unlink()
    chemin.symlink_to(cible)


def _fifo(racine: Path, relatif: str) -> None:
    chemin = racine / relatif
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if chemin.exists():
        chemin.unlink()
    os.mkfifo(chemin)


D = "dossiers/2019-001"
CAS: dict[str, tuple[Callable[[Path], None], str | None]] = {
    "tirets_profonds": (lambda r: _ecrire(r, f"{D}/dossier.yaml", "- " * 100_000 + "x\n"), f"{D}/dossier.yaml"),
    "crochets_profonds": (lambda r: _ecrire(r, f"{D}/preparation.yaml", "[" * 100_000), f"{D}/preparation.yaml"),
    "entete_profonde": (lambda r: _ecrire(r, f"{D}/concertations/2019-04-01.md", "---\n" + "{a: " * 50_000 + "\n---\n"),
                        f"{D}/concertations/2019-04-01.md"),
    "bombe_alias": (lambda r: _ecrire(r, f"{D}/dossier.yaml", 'a: &a ["x","x"]\n' + "".join(
        f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]\n" for p, c in zip("abcdefgh", "bcdefghi"))),
        f"{D}/dossier.yaml"),
    "enorme": (lambda r: _ecrire(r, f"{D}/financements/enorme.yaml", b"a: " + b"x" * 2_000_000),
               f"{D}/financements/enorme.yaml"),
    "binaire": (lambda r: _ecrire(r, f"{D}/dossier.yaml", bytes(range(256)) * 10), f"{D}/dossier.yaml"),
    "latin1": (lambda r: _ecrire(r, f"{D}/preparation.yaml", "date: 2019-02-12\nlieu: Liège\n".encode("latin-1")),
               f"{D}/preparation.yaml"),
    "utf16": (lambda r: _ecrire(r, f"{D}/dossier.yaml", "id: 2019-001\n".encode("utf-16")), f"{D}/dossier.yaml"),
    "lien_hors_depot": (lambda r: _lien(r, f"{D}/dossier.yaml", "/etc/passwd"), f"{D}/dossier.yaml"),
    "lien_casse": (lambda r: _lien(r, f"{D}/financements/casse.yaml", "/nulle/part.yaml"),
                   f"{D}/financements/casse.yaml"),
    "lien_boucle": (lambda r: _lien(r, f"{D}/concertations/2019-04-01.yaml", "2019-04-01.yaml"),
                    f"{D}/concertations/2019-04-01.yaml"),
    "repertoire_dossier_lien": (lambda r: _lien(r, "dossiers/2019-009", "/"), "dossiers/2019-009"),
    "repertoire_dossier_boucle": (lambda r: _lien(r, "dossiers/2019-009", "2019-009"), "dossiers/2019-009"),
    "dossiers_lien": (lambda r: (shutil.rmtree(r / "dossiers"), (r / "dossiers").symlink_to("/")), None),
    "pieces_boucle": (lambda r: _lien(r, f"{D}/pieces/boucle", "boucle"), None),
    "pieces_lien_racine": (lambda r: _lien(r, f"{D}/pieces/racine", "/"), None),
    "concertations_lien": (lambda r: (shutil.copytree(r / f"{D}/concertations", r / "ailleurs"),
                                      _lien(r, f"{D}/concertations", r / "ailleurs")), f"{D}/concertations"),
    "fifo_dossier": (lambda r: _fifo(r, f"{D}/dossier.yaml"), f"{D}/dossier.yaml"),
    "fifo_note": (lambda r: _fifo(r, f"{D}/concertations/2019-04-01.md"), f"{D}/concertations/2019-04-01.md"),
    "fifo_piece": (lambda r: _fifo(r, f"{D}/pieces/tube.pdf"), None),
    "fifo_financement": (lambda r: _fifo(r, f"{D}/financements/tube.yaml"), f"{D}/financements/tube.yaml"),
    "repertoire_au_lieu_du_fichier": (lambda r: (os.unlink(r / f"{D}/preparation.yaml"),
                                                 os.mkdir(r / f"{D}/preparation.yaml")), f"{D}/preparation.yaml"),
    "nom_avec_saut_de_ligne": (lambda r: _ecrire(r, f"{D}/x\ny.yaml", "a: 1\n"), f"{D}/x\ny.yaml"),
    "dossier_vide": (lambda r: (r / "dossiers/2019-002").mkdir(), "dossiers/2019-002"),
    "fichier_dans_dossiers": (lambda r: _ecrire(r, "dossiers/notes.txt", "x"), "dossiers/notes.txt"),
}


@pytest.mark.parametrize("cas", sorted(CAS))
def test_cas_hostile_par_la_commande(modele_de_depot: Path, cas: str) -> None:
    planter, fichier_attendu = CAS[cas]
    with copie_du_depot(modele_de_depot) as racine:
        planter(racine)
        donnees = valider_par_la_commande(racine)
        if fichier_attendu is not None:
            assert any(o["fichier"] == fichier_attendu for o in donnees), donnees


@pytest.mark.parametrize("cas", ["tirets_profonds", "bombe_alias", "enorme", "lien_hors_depot", "fifo_dossier",
                                 "pieces_boucle", "nom_avec_saut_de_ligne"])
def test_cas_hostile_dans_le_processus(modele_de_depot: Path, cas: str) -> None:
    planter, fichier_attendu = CAS[cas]
    with copie_du_depot(modele_de_depot) as racine:
        planter(racine)
        constats = valider_en_processus(racine)
        if fichier_attendu is not None:
            assert any(c.fichier == fichier_attendu for c in constats), constats


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root lit les fichiers en mode 000")
@pytest.mark.parametrize("relatif", [f"{D}/dossier.yaml", f"{D}/concertations", f"{D}/pieces"])
def test_fichier_ou_repertoire_illisible(modele_de_depot: Path, relatif: str) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        (racine / relatif).chmod(0)
        try:
            valider_par_la_commande(racine)
        finally:
            (racine / relatif).chmod(0o755)


@REGLAGES
@given(nom=st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1,
                   max_size=40).filter(lambda n: n not in (".", "..")),
       ou=st.sampled_from(["dossiers", D, f"{D}/concertations", f"{D}/financements", f"{D}/pieces"]))
def test_noms_de_fichiers_aleatoires(modele_de_depot: Path, nom: str, ou: str) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        try:
            (racine / ou / nom).write_text("a: 1\n", encoding="utf-8")
        except OSError:
            return  # nom trop long pour le système de fichiers
        valider_en_processus(racine)


# --- bogues connus ------------------------------------------------------------------------------------

def test_entier_geant_par_la_commande(modele_de_depot: Path) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        chemin = racine / FICHIERS["financement"]
        chemin.write_text(chemin.read_text(encoding="utf-8").replace("montant_demande: 2500",
                                                                     "montant_demande: " + "9" * 5000))
        valider_par_la_commande(racine)


def test_pieces_tres_profondes_par_la_commande(modele_de_depot: Path) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        chemin = racine / D / "pieces"
        profonds = []
        for _ in range(1_100):
            chemin = chemin / "a"
            chemin.mkdir()
            profonds.append(chemin)
        valider_par_la_commande(racine)
        for repertoire in reversed(profonds):  # rmtree est récursif en 3.11 : on démonte à la main
            repertoire.rmdir()


def test_nom_de_fichier_non_utf8_par_la_commande(modele_de_depot: Path) -> None:
    with copie_du_depot(modele_de_depot) as racine:
        nom = os.fsencode(str(racine / D)) + b"/\xff\xfe.yaml"
        with open(nom, "wb") as flux:
            flux.write(b"a: 1\n")
        valider_par_la_commande(racine)


@pytest.mark.parametrize(("champ", "valeur", "regle"), [
    ("echeance", "9999-12-31", "schema.valeur"), ("echeance", "1026-08-24", "schema.valeur"),
])
def test_dates_impossibles_refusees_par_le_schema(usine, champ: str, valeur: str, regle: str) -> None:
    """Une date à l'an 9999 faisait planter le calendrier, une à l'an 1026 générait 6 000 pages de bilan."""
    import datetime as dt

    usine.ecrire("concertation", modifier=lambda c: c["actions"][0].update({champ: dt.date.fromisoformat(valeur)}))
    constats = [c for c in usine.valider() if c.regle == regle]
    assert constats and champ in constats[0].message


@pytest.mark.parametrize("valeur", [float("inf"), float("nan"), 1e12])
def test_montants_infinis_ou_absurdes_refuses(usine, valeur: float) -> None:
    usine.ecrire("financement", modifier=lambda f: f.update(montant_demande=valeur, cout_total=valeur))
    assert any(c.regle.startswith("schema.") and c.fichier == usine.chemin("financement") for c in usine.valider())
