"""La validation incrémentale donne toujours le résultat d'une validation à froid, et ne relit que ce qui change."""

from __future__ import annotations

import datetime as dt
import os
import random
from pathlib import Path

import pytest
import yaml

from filrouge import cache_validation
from filrouge.schemas import SCHEMAS, ecrire_schemas
from filrouge.validation import valider, valider_brouillon
from filrouge.verdict import relever, verdict_connu
from tests.usine import Usine, code_jeune, financement_minimal


def _identiques(racine: Path) -> list:  # type: ignore[type-arg]
    """La validation incrémentale, et le verdict gardé (celui que le hook reprend sans rien charger) quand il
    y en a un pour le dépôt tel qu'il est, donnent ce que donne une validation à froid. Une fois sur deux, la
    validation reprend le relevé de l'essai du verdict (cache et signatures lus une fois), comme la commande."""
    releve = relever(racine)
    connu = releve.constats
    chaud = valider(racine, releve=releve if _alterner.random() < 0.5 else None)
    froid = valider(racine, cache=False)
    assert chaud == froid
    assert connu is None or connu == froid
    assert verdict_connu(racine) == froid, "le dépôt vient d'être validé : son verdict est connu"
    return chaud


def _modifier_yaml(chemin: Path, modification) -> None:  # type: ignore[no-untyped-def]
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    modification(donnees)
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def reseau(usine: Usine) -> Usine:
    """Le dossier minimal et six autres, dont deux au même code et des demandes qui remplissent l'enveloppe."""
    for rang in range(2, 8):
        usine.ajouter_dossier(f"2019-00{rang}", code=code_jeune() if rang == 2 else None)
        financement = financement_minimal(montant=9_000)
        financement["dossier"] = f"2019-00{rang}"
        usine.ecrire(f"dossiers/2019-00{rang}/financements/2019-03-05-x.yaml", financement)
    return usine


MODIFICATIONS = [
    ("montant", lambda u, r, d: _modifier_yaml(r / f"dossiers/{d}/financements/2019-03-05-x.yaml",
                                              lambda f: f.update(montant_demande=r_.choice([500, 9_999, 12_000])))),
    ("statut", lambda u, r, d: _modifier_yaml(r / f"dossiers/{d}/dossier.yaml",
                                             lambda x: x.update(statut=r_.choice(["ouvert", "clos", "demande"])))),
    ("code", lambda u, r, d: _modifier_yaml(r / f"dossiers/{d}/dossier.yaml",
                                           lambda x: x.update(code=r_.choice(["LMG20101000", "ABF20105000"])))),
    ("syntaxe", lambda u, r, d: (r / f"dossiers/{d}/dossier.yaml").write_text("id: [\n", encoding="utf-8")),
    ("suppression", lambda u, r, d: (r / f"dossiers/{d}/financements/2019-03-05-x.yaml").unlink(missing_ok=True)),
    ("egare", lambda u, r, d: (r / f"dossiers/{d}/notes.txt").write_text("égaré\n", encoding="utf-8")),
    ("date seule", lambda u, r, d: os.utime(r / f"dossiers/{d}/dossier.yaml", None)),
    ("capacite", lambda u, r, d: _modifier_yaml(r / "reseau.yaml",
                                               lambda c: c.update(capacite_dossiers_actifs=r_.choice([2, 14])))),
    ("telephone", lambda u, r, d: _modifier_yaml(r / f"dossiers/{d}/dossier.yaml",
                                                lambda x: x.update(motif_demande="appeler le 0471 12 34 56"))),
    ("interne", lambda u, r, d: _modifier_yaml(r / f"dossiers/{d}/dossier.yaml",
                                              lambda x: x.update(motif_demande="<!-- interne -->jamais fermé"))),
    ("schemas", lambda u, r, d: _modifier_schemas(r)),
    ("atelier", lambda u, r, d: _comme_l_atelier(r, d)),
    ("cache", lambda u, r, d: _ecrire(r / "dossiers/.brouillons/note.txt", r_.choice(["rien", "appeler le 0471 12 34 56"]))),
    ("a la racine", lambda u, r, d: _ecrire(r / "dossiers/lisez-moi.txt", r_.choice(["rien", "Julie Vandeputte"]))),
]


def _ecrire(chemin: Path, texte: str) -> None:
    """Un fichier hors des répertoires de dossiers (caché, ou posé dans dossiers/) : la garde le lit aussi."""
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text(texte + "\n", encoding="utf-8")


def _comme_l_atelier(racine: Path, dossier: str) -> None:
    """Ce que fait l'atelier : un brouillon vérifié sur une copie (son entrée gardée par empreinte), puis écrit
    tel quel ou, une fois sur trois, avec un autre contenu que celui vérifié."""
    chemin = racine / f"dossiers/{dossier}/dossier.yaml"
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    if not isinstance(donnees, dict):
        return
    donnees.update(motif_demande=r_.choice(["soutien scolaire", "appeler le 0471 12 34 56", "répit"]),
                   statut=r_.choice(["ouvert", "clos", "demande"]))
    texte = yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False)
    valider_brouillon(racine, dossier, {"dossier.yaml": texte})
    chemin.write_text(texte if r_.random() < 0.67 else texte + "# autre\n", encoding="utf-8")


def _modifier_schemas(racine: Path) -> None:
    """Schémas de l'éditeur régénérés, ou l'un d'eux retouché ou supprimé : hors des dossiers, hors du cache."""
    ecrire_schemas(racine / "schemas")
    if r_.random() < 0.6:
        schema = racine / "schemas" / f"{r_.choice(sorted(SCHEMAS))}.schema.json"
        schema.write_text("{}\n", encoding="utf-8") if r_.random() < 0.5 else schema.unlink()
r_ = random.Random(20261202)
_alterner = random.Random(7)
"""À part : tirer ici ne change pas la suite des modifications de `r_`."""


def test_modifications_au_hasard_meme_resultat_qu_a_froid(reseau: Usine) -> None:
    racine = reseau.racine
    _identiques(racine)
    for etape in range(40):
        nom, modifier = MODIFICATIONS[r_.randrange(len(MODIFICATIONS))]
        dossier = f"2019-00{r_.randrange(2, 8)}"
        if (racine / "dossiers" / dossier).exists():
            modifier(reseau, racine, dossier)
        _identiques(racine)


def test_modifications_au_hasard_signatures_reprises(reseau: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Les mêmes modifications, mais chaque répertoire daté sûrement (marge nulle, un pas d'horloge entre deux) :
    les signatures sont reprises sans lister les dossiers, et le résultat reste celui d'une validation à froid."""
    import sys
    import time

    monkeypatch.setattr(sys.modules[__name__], "r_", random.Random(20261205))
    monkeypatch.setattr(cache_validation, "MARGE_DES_DATES_NS", 0)
    reprises: list[bool] = []
    original = cache_validation._reprise
    monkeypatch.setattr(cache_validation, "_reprise", lambda *a: reprises.append((r := original(*a)) is not None) or r)
    racine = reseau.racine
    _identiques(racine)
    for _ in range(15):
        time.sleep(0.01)
        nom, modifier = MODIFICATIONS[r_.randrange(len(MODIFICATIONS))]
        dossier = f"2019-00{r_.randrange(2, 8)}"
        try:
            modifier(reseau, racine, dossier)
        except FileNotFoundError:  # la demande supprimée plus tôt : rien à retoucher
            continue
        _identiques(racine)
    assert reprises.count(True) > 20, "la plupart des dossiers inchangés sont repris sans être listés"


def test_le_verdict_reste_connu_quand_les_repertoires_prennent_une_date_sure(reseau: Usine,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Des répertoires tout juste écrits (schemas/, bilan/, un dossier) n'ont pas encore de date sûre ; deux secondes
    plus tard, ils en ont une : le dépôt n'a pas changé, son verdict gardé est toujours le bon."""
    racine = reseau.racine
    ecrire_schemas(racine / "schemas")
    (racine / "bilan").mkdir(exist_ok=True)
    constats = valider(racine)
    monkeypatch.setattr(cache_validation, "MARGE_DES_DATES_NS", 0)  # comme deux secondes plus tard
    assert verdict_connu(racine) == constats


def test_un_fichier_reecrit_a_la_meme_taille_et_la_meme_date_est_revu(reseau: Usine) -> None:
    """Sur un système de fichiers à dates grossières (à la seconde, au pas du noyau), un fichier réécrit aussitôt à la
    même taille garde sa date : la validation qui suit voit quand même le nouveau contenu."""
    racine = reseau.racine
    chemin = racine / "dossiers/2019-003/dossier.yaml"
    texte = chemin.read_text(encoding="utf-8")
    nouveau = texte + "# appeler le 0471 12 34 56\n"
    chemin.write_text(texte + "# " + "a" * len("appeler le 0471 12 34 56") + "\n", encoding="utf-8")
    date = os.stat(chemin).st_mtime_ns
    assert not any(c.regle == "anonymat.telephone" for c in valider(racine))
    chemin.write_text(nouveau, encoding="utf-8")
    os.utime(chemin, ns=(date, date))
    assert valider(racine) == valider(racine, cache=False)
    assert any(c.regle == "anonymat.telephone" for c in valider(racine))


def test_un_fichier_enregistre_pendant_la_verification_est_revu(reseau: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    """L'atelier ou un éditeur enregistre un fichier pendant que le hook vérifie son dossier : la vérification
    suivante voit le nouveau contenu (les constats gardés ne sont pas ceux de l'ancien sous l'empreinte du nouveau)."""
    import filrouge.validation as validation

    racine = reseau.racine
    valider(racine)
    chemin = racine / "dossiers/2019-003/dossier.yaml"
    chemin.write_text(chemin.read_text(encoding="utf-8") + "# note\n", encoding="utf-8")
    original = validation.charger_dossier

    def puis_enregistrer(*arguments: object) -> object:
        lu = original(*arguments)
        chemin.write_text(chemin.read_text(encoding="utf-8") + "# appeler le 0471 12 34 56\n", encoding="utf-8")
        return lu

    with monkeypatch.context() as m:
        m.setattr(validation, "charger_dossier", puis_enregistrer)
        valider(racine)
    assert valider(racine) == valider(racine, cache=False)
    assert any(c.regle == "anonymat.telephone" for c in valider(racine))


def _relectures(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Les dossiers que la validation revérifie désormais, dans l'ordre (relevés au passage, sans rien changer)."""
    import filrouge.validation as validation

    relus: list[str] = []
    original = validation._verifier_un_dossier
    monkeypatch.setattr(validation, "_verifier_un_dossier",
                        lambda racines, nom, *a: relus.append(nom) or original(racines, nom, *a))
    return relus


def test_seuls_les_dossiers_changes_sont_relus(reseau: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    racine = reseau.racine
    valider(racine)
    relus = _relectures(monkeypatch)
    valider(racine)
    assert relus == []
    _modifier_yaml(racine / "dossiers/2019-003/dossier.yaml", lambda d: d.update(motif_demande="autre motif"))
    constats = valider(racine)
    assert relus == ["2019-003"]
    assert any(c.regle == "dossier.code_partage" for c in constats), "les règles entre dossiers tournent toujours"
    _modifier_yaml(racine / "reseau.yaml", lambda c: c.update(capacite_dossiers_actifs=3))
    relus.clear()
    valider(racine)
    assert len(relus) == 7, "une configuration changée change le contexte : tout est revérifié"


def test_le_hook_reprend_la_verification_de_l_atelier(reseau: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Les fichiers écrits sont ceux que l'atelier vient de vérifier sur une copie : `valider` reprend ce verdict
    (même contenu, même contexte) sans relire le dossier ; un autre contenu est revérifié."""
    racine = reseau.racine
    valider(racine)
    relus = _relectures(monkeypatch)
    chemin = racine / "dossiers/2019-003/dossier.yaml"
    texte = chemin.read_text(encoding="utf-8").replace("statut: ouvert", "statut: clos") + "# note\n"
    brouillon = valider_brouillon(racine, "2019-003", {"dossier.yaml": texte})
    assert relus == ["2019-003"]
    chemin.write_text(texte, encoding="utf-8")
    relus.clear()
    assert verdict_connu(racine) == brouillon, "le hook reprend le verdict du brouillon sans rien revérifier"
    assert valider(racine) == brouillon == valider(racine, cache=False)
    assert relus == []
    chemin.write_text(texte + "# encore\n", encoding="utf-8")
    assert valider(racine) == valider(racine, cache=False)
    assert relus == ["2019-003"]
    # Un dossier nouveau, vérifié avant d'exister, puis écrit tel quel.
    nouveau = chemin.read_text(encoding="utf-8").replace("2019-003", "2019-009")
    brouillon = valider_brouillon(racine, "2019-009", {"dossier.yaml": nouveau}, nouveau=True)
    (racine / "dossiers/2019-009").mkdir()
    (racine / "dossiers/2019-009/dossier.yaml").write_text(nouveau, encoding="utf-8")
    relus.clear()
    assert verdict_connu(racine) == brouillon == valider(racine) == valider(racine, cache=False)
    assert relus == []


def test_cache_hors_du_depot_et_illisible_sans_consequence(reseau: Usine) -> None:
    racine = reseau.racine
    premier = valider(racine)
    chemin = cache_validation.chemin_pour(racine)
    assert chemin.is_file() and not chemin.is_relative_to(racine)
    chemin.write_bytes(b"\x00pas du marshal")
    assert valider(racine) == premier
    valider_brouillon(racine, "2019-003", {"dossier.yaml": "id: [\n"})
    brouillons = chemin.with_name(chemin.stem + "-brouillons.marshal")
    assert brouillons.is_file()
    brouillons.write_bytes(b"\x00pas du marshal")
    assert valider(racine) == premier
    assert not [p for p in racine.rglob("*") if "marshal" in p.name]


def test_git_lu_a_chaque_fois(reseau: Usine, git_env: None) -> None:
    """financement.creation_indecise dépend du dernier commit, pas des fichiers : jamais mis en cache."""
    import subprocess

    racine = reseau.racine
    decidee = racine / "dossiers/2019-004/financements/2019-03-05-x.yaml"
    _modifier_yaml(decidee, lambda f: f.update(decision={"statut": "refusee", "date": dt.date(2019, 3, 20),
                                                         "motif": "non éligible"}))
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=racine, check=True)
    subprocess.run(["git", "add", "-A", ":!dossiers/2019-004"], cwd=racine, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "base"], cwd=racine, check=True)
    assert any(c.regle == "financement.creation_indecise" for c in _identiques(racine))
    subprocess.run(["git", "add", "-A"], cwd=racine, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "suite"], cwd=racine, check=True)
    assert not any(c.regle == "financement.creation_indecise" for c in _identiques(racine))


def test_la_commande_rend_le_verdict_garde_sans_charger_le_modele(reseau: Usine) -> None:
    """Chaque commit relance `filrouge valider` : quand rien n'a changé depuis la dernière validation, la
    commande rend le verdict gardé, mot pour mot, sans charger pydantic, les règles ni la garde."""
    import subprocess
    import sys

    code = ("import sys; from filrouge.cli import main; code = main(['valider']); "
            "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'filrouge.modele', 'filrouge.regles', "
            "'filrouge.anonymat.analyse'))), code)")

    def lancer() -> tuple[str, str]:
        resultat = subprocess.run([sys.executable, "-c", code], cwd=reseau.racine, capture_output=True, text=True,
                                  check=True)
        return resultat.stdout, resultat.stderr

    (reseau.racine / "dossiers/2019-003/dossier.yaml").write_text(
        (reseau.racine / "dossiers/2019-003/dossier.yaml").read_text(encoding="utf-8") + "# changé\n", encoding="utf-8")
    premiere, resume = lancer()
    assert "pydantic" in premiere, "un dossier changé : la validation charge le modèle"
    seconde, resume_seconde = lancer()
    assert seconde.splitlines()[:-1] == premiere.splitlines()[:-1] and resume_seconde == resume
    assert seconde.splitlines()[-1] == "[] " + premiere.split()[-1], "même code de sortie, rien de lourd chargé"


def test_le_ramasse_miettes_revient_apres_la_validation(reseau: Usine) -> None:
    """La validation suspend le ramasse-miettes (le cache relu compte des centaines de milliers d'objets) et le
    rend tel qu'elle l'a trouvé, même quand elle échoue."""
    import gc

    assert gc.isenabled()
    valider(reseau.racine)
    assert gc.isenabled()
    with pytest.raises(RuntimeError), cache_validation.sans_collecte():
        assert not gc.isenabled()
        raise RuntimeError("échec au milieu d'une validation")
    assert gc.isenabled()
    gc.disable()
    try:
        valider(reseau.racine)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_en_deux_processus_meme_resultat_qu_en_un(reseau: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    """Un grand dépôt est vérifié à moitié par un processus fils (les objets gelés le temps du fork) : mêmes
    constats, garde comprise, que dans un seul processus, à froid comme par le cache ; le ramasse-miettes ne
    reste pas gelé."""
    import gc

    import filrouge.validation as validation

    racine = reseau.racine
    for rang in range(2, 8):
        _modifier_yaml(racine / f"dossiers/2019-00{rang}/dossier.yaml",
                       lambda x, rang=rang: x.update(motif_demande=f"appeler Julie Vandeputte au 0471 12 34 5{rang}"))
    monkeypatch.setattr(validation, "_SEUIL_DOSSIERS_PARALLELE", 10_000)
    seul, seul_a_froid = valider(racine, cache=False), valider(racine, cache=False)
    assert seul == seul_a_froid
    monkeypatch.setattr(validation, "_SEUIL_DOSSIERS_PARALLELE", 2)
    deux, deux_a_froid = valider(racine), valider(racine, cache=False)  # cache vide : tout est vérifié
    assert deux_a_froid == deux == seul
    assert sum(c.regle == "anonymat.telephone" for c in seul) == 6
    assert gc.get_freeze_count() == 0


def test_un_nom_de_fichier_lu_une_fois_signale_partout(reseau: Usine) -> None:
    """La garde lit une fois chaque nom de fichier distinct ; le même nom dans deux dossiers est signalé dans les
    deux, à son chemin, et selon son extension (un même texte en .yaml et en .md), comme à froid."""
    racine = reseau.racine
    for relatif in ("dossiers/2019-002/pieces/Julie-Vandeputte.txt", "dossiers/2019-003/pieces/Julie-Vandeputte.txt",
                    "dossiers/2019-003/pieces/Julie-Vandeputte.md"):
        _ecrire(racine / relatif, "attestation")
    constats = valider(racine)
    assert constats == valider(racine, cache=False)
    signales = {c.fichier for c in constats if c.regle == "anonymat.nom" and "nom du fichier" in c.message}
    assert signales == {"dossiers/2019-002/pieces/Julie-Vandeputte.txt", "dossiers/2019-003/pieces/Julie-Vandeputte.txt",
                        "dossiers/2019-003/pieces/Julie-Vandeputte.md"}


def test_valeur_selon_le_code_gardee_par_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Deux versions de filrouge sur un même poste gardent chacune leur valeur : passer de l'une à l'autre ne la
    recalcule pas ; au-delà de quelques versions, les plus anciennes sont oubliées."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    calculs: list[str] = []

    def avec_le_code(code: str) -> str:
        monkeypatch.setattr(cache_validation, "empreinte_du_code", lambda: code)
        return cache_validation.selon_le_code("essai", lambda: calculs.append(code) or f"valeur {code}")

    for code in ["a" * 32, "b" * 32, "a" * 32, "b" * 32]:
        assert avec_le_code(code) == f"valeur {code}"
    assert calculs == ["a" * 32, "b" * 32]
    for code in "cdefg":
        avec_le_code(code * 32)
    assert len(list((tmp_path / "cache").rglob("code-essai-*.marshal"))) == cache_validation.VERSIONS_GARDEES
    assert avec_le_code("g" * 32) == "valeur " + "g" * 32 and calculs[-1] == "g" * 32 and len(calculs) == 7
