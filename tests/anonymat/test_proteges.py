import hashlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from filrouge.anonymat import analyser_texte, contexte_du_depot
from filrouge import cli
from filrouge.anonymat import proteges
from filrouge.anonymat.normalisation import squelette

NOMS = ["Zoltanne Kwasniewska", "Marie-Ève Van den Bossche", "Luca D'Amico", "Lina Amrani"]


def _proteger(noms, *options):
    assert cli.main(["proteger", *options, *noms]) == 0


def _formes(noms):
    return {forme for nom in noms for forme in proteges.decouper(nom)}


def _ancien_fichier(chemin: Path) -> None:
    """Un fichier écrit par l'ancienne version (SHA-256 salé du mot et de son squelette)."""
    sel = "5a1e" * 8

    def empreinte(forme, espece):
        return hashlib.sha256(f"{sel}\x00{espece}\x00{forme}".encode()).hexdigest()

    formes = _formes(["Zoltanne Kwasniewska"])
    chemin.write_text(json.dumps({
        "version": 1, "description": "…", "sel": sel,
        "empreintes": sorted(empreinte(f, "mot") for f in formes),
        "squelettes": sorted(empreinte(squelette(f), "squelette") for f in formes),
    }), encoding="utf-8")


def test_store_hors_depot_sans_nom_en_clair(noms_proteges_isoles):
    _proteger(NOMS)
    brut = noms_proteges_isoles.read_text(encoding="utf-8")
    donnees = json.loads(brut)
    assert donnees["version"] == 2 and donnees["sel"] and donnees["empreintes"]
    for forme in _formes(NOMS) | {squelette(f) for f in _formes(NOMS)}:
        assert len(forme) <= 3 or forme not in brut.lower(), forme
    if os.name == "posix":
        assert (noms_proteges_isoles.stat().st_mode & 0o077) == 0


def test_aucune_empreinte_rapide_d_un_nom(noms_proteges_isoles):
    """Ni SHA-256 (ancien format, sel compris), ni empreinte rapide nue : seule une dérivation lente retrouve un nom."""
    _proteger(NOMS)
    brut = noms_proteges_isoles.read_text(encoding="utf-8")
    sel = json.loads(brut)["sel"]
    for forme in _formes(NOMS):
        for texte in (forme, squelette(forme), proteges.cle(forme)):
            for espece in ("mot", "squelette"):
                for message in (texte, f"{sel}\x00{espece}\x00{texte}", f"{sel}{texte}"):
                    for fonction in (hashlib.sha256, hashlib.sha1, hashlib.md5, hashlib.blake2b):
                        empreinte = fonction(message.encode()).hexdigest()
                        assert empreinte[:32] not in brut, (fonction, forme)


def test_aller_retour(noms_proteges_isoles):
    _proteger(NOMS)
    avant = proteges.charger(noms_proteges_isoles)
    proteges.enregistrer(avant, noms_proteges_isoles)
    apres = proteges.charger(noms_proteges_isoles)
    assert (apres.sel, apres.empreintes, apres.derivation) == (avant.sel, avant.empreintes, proteges.DERIVATION)
    assert len(apres) == len({proteges.cle(f) for f in _formes(NOMS)})
    _proteger(["Zoltanne"])  # déjà là : rien de neuf
    assert proteges.charger(noms_proteges_isoles).empreintes == avant.empreintes


@pytest.mark.parametrize(
    "texte",
    [
        "Zoltanne est arrivée en retard.",
        "on a vu zoltanne hier",
        "KWASNIEWSKA a appelé.",
        "La famille Kwaśniewska est absente.",
        "Kwasniewskaa (faute de frappe) reste identifiable.",
        "Kvasnievska au téléphone.",
        "marie-eve est d'accord.",
        "les Vandenbossche sont d'accord",
        "VAN DEN BOSSCHE absent",
        "Ève et son frère sont venus.",
        "la famille d'Amico est venue",
        "la famille d’AMICO est venue",
        "Damico a appelé",
        "Dammico a appelé",
        "le frère d'Amrani est venu",
        "chez l’AMRANI",
    ],
)
def test_nom_protege_toute_graphie(texte):
    _proteger(NOMS)
    contexte = contexte_du_depot(None)
    constats, _ = analyser_texte(texte, "x.md", contexte)
    assert "anonymat.nom" in [c.regle for c in constats], texte
    for c in constats:
        assert not any(m in c.message.lower() for m in ("oltanne", "wasniew", "amico", "amrani"))


def test_particules_et_mots_voisins_non_proteges():
    _proteger(NOMS)
    texte = "le rapport de la séance, van den dossier ; une amie, l'amitié, un lucarne, zola, une évaluation"
    constats, _ = analyser_texte(texte, "x.md", contexte_du_depot(None))
    assert constats == []


def test_parametres_lus_dans_le_fichier(noms_proteges_isoles):
    """Les paramètres de scrypt viennent du fichier : un fichier écrit avec d'autres paramètres reste lu juste."""
    registre = proteges.NomsProteges(derivation=proteges.Derivation(n=4, r=2, p=1, dklen=24))
    registre.ajouter("Zoltanne Kwasniewska")
    proteges.enregistrer(registre, noms_proteges_isoles)
    donnees = json.loads(noms_proteges_isoles.read_text(encoding="utf-8"))
    assert donnees["derivation"] == {"fonction": "scrypt", "n": 4, "r": 2, "p": 1, "dklen": 24}
    relu = proteges.charger(noms_proteges_isoles)
    assert relu.derivation == proteges.Derivation(4, 2, 1, 24) and relu.contient("ZOLTANNE")
    # Le même fichier lu avec d'autres paramètres ne reconnaît plus rien : ils servent bien.
    donnees["derivation"]["n"] = 8
    noms_proteges_isoles.write_text(json.dumps(donnees), encoding="utf-8")
    assert not proteges.charger(noms_proteges_isoles).contient("Zoltanne")
    # Ajouter un nom garde les paramètres du fichier.
    _proteger(["Nour Payet"])
    assert json.loads(noms_proteges_isoles.read_text(encoding="utf-8"))["derivation"]["n"] == 8


@pytest.mark.parametrize(
    "derivation",
    [
        {"fonction": "scrypt", "n": 2**30, "r": 8, "p": 1, "dklen": 16},  # figerait la garde
        {"fonction": "scrypt", "n": 48, "r": 8, "p": 1, "dklen": 16},  # pas une puissance de 2
        {"fonction": "scrypt", "n": 32, "r": "8", "p": 1, "dklen": 16},
        {"fonction": "scrypt", "n": 32, "r": 8, "p": 1, "dklen": 4},
        {"fonction": "scrypt", "n": True, "r": 8, "p": 1, "dklen": 16},
        {"fonction": "sha256"},
        None,
    ],
)
def test_parametres_hors_bornes_refuses(noms_proteges_isoles, derivation):
    _proteger(["Zoltanne"])
    donnees = json.loads(noms_proteges_isoles.read_text(encoding="utf-8"))
    donnees["derivation"] = derivation
    noms_proteges_isoles.write_text(json.dumps(donnees), encoding="utf-8")
    with pytest.raises(proteges.ErreurNomsProteges, match="paramètres de dérivation invalides"):
        proteges.charger(noms_proteges_isoles)


def test_une_derivation_par_cle_distincte(noms_proteges_isoles, monkeypatch):
    """Le coût de la garde : une dérivation par mot distinct (au squelette près), pas une par occurrence."""
    _proteger(NOMS)
    registre = proteges.charger(noms_proteges_isoles)
    appels = []
    vraie = hashlib.scrypt
    monkeypatch.setattr(proteges.hashlib, "scrypt", lambda *a, **k: appels.append(a[0]) or vraie(*a, **k))
    texte = "Le suivi reprend. le SUIVI reprend ; Mohammed et Mohamed, le suivi."
    for _ in range(3):
        analyser_texte(texte, "x.md", proteges_contexte(registre))
    cles = {proteges.cle(f) for f in ("le", "suivi", "reprend", "mohammed", "et")}
    assert sorted(appels) == sorted(c.encode() for c in cles)


def proteges_contexte(registre):
    from filrouge.anonymat import ContexteAnonymat

    return ContexteAnonymat(noms_proteges=registre)


def test_refuse_un_fichier_dans_le_depot(tmp_path, monkeypatch):
    (tmp_path / "reseau.yaml").write_text("nom: essai\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("FILROUGE_NOMS_PROTEGES", str(tmp_path / "noms.json"))
    assert cli.main(["proteger", "Zoltanne"]) == 2
    assert not (tmp_path / "noms.json").exists()


def test_noms_sur_l_entree_standard(noms_proteges_isoles, tmp_path):
    racine = Path(__file__).resolve().parents[2]
    env = dict(os.environ, FILROUGE_NOMS_PROTEGES=str(noms_proteges_isoles), PYTHONPATH=str(racine / "src"))
    sortie = subprocess.run(
        [sys.executable, "-m", "filrouge", "proteger"],
        input="Zoltanne Kwasniewska\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert sortie.returncode == 0, sortie.stderr
    assert "Zoltanne" not in sortie.stdout
    assert proteges.charger(noms_proteges_isoles).contient("ZOLTANNE")


def _refus(capsys, *arguments, attendu="ancien format"):
    capsys.readouterr()
    assert cli.main(list(arguments)) == 2
    sortie = capsys.readouterr()
    assert attendu in sortie.err and "filrouge proteger --remplacer" in sortie.err
    assert "oltanne" not in sortie.err + sortie.out and "wasniew" not in sortie.err + sortie.out
    return sortie


def test_ancien_format_arrete_la_garde(noms_proteges_isoles, tmp_path, monkeypatch, capsys, usine):
    """Un fichier SHA-256 n'est ni utilisé en silence ni ignoré : la garde refuse (sortie 2) et dit quoi faire."""
    _ancien_fichier(noms_proteges_isoles)
    with pytest.raises(proteges.ErreurNomsProteges, match="ancien format"):
        contexte_du_depot(None)
    note = tmp_path / "note.md"
    note.write_text("Rien à signaler.\n", encoding="utf-8")
    _refus(capsys, "anonymat", str(note))
    monkeypatch.chdir(usine.racine)
    _refus(capsys, "valider")
    # proteger n'ajoute pas un nom à côté d'empreintes faibles : il faut tout réenregistrer.
    avant = noms_proteges_isoles.read_bytes()
    _refus(capsys, "proteger", "Nour Payet")
    assert noms_proteges_isoles.read_bytes() == avant


def test_remplacer_passe_au_nouveau_format(noms_proteges_isoles, monkeypatch, capsys, usine):
    _ancien_fichier(noms_proteges_isoles)
    monkeypatch.setattr(sys, "stdin", io.StringIO("Zoltanne Kwasniewska\nNour Payet\n"))
    assert cli.main(["proteger", "--remplacer"]) == 0
    sortie = capsys.readouterr().out
    assert "remplacé" in sortie and "oltanne" not in sortie and "Payet" not in sortie
    registre = proteges.charger(noms_proteges_isoles)
    assert registre.contient("KWASNIEWSKA") and registre.contient("payet")
    monkeypatch.chdir(usine.racine)
    assert cli.main(["valider"]) == 0
    # --remplacer sans aucun nom ne vide pas le fichier.
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n"))
    assert cli.main(["proteger", "--remplacer"]) == 2
    assert proteges.charger(noms_proteges_isoles).contient("Zoltanne")


@pytest.mark.parametrize("contenu", ["{pas du json", "[]", '{"version": 2}', '{"version": 9, "sel": "x"}', ""])
def test_fichier_illisible_arrete_la_garde(noms_proteges_isoles, capsys, contenu):
    noms_proteges_isoles.write_text(contenu, encoding="utf-8")
    with pytest.raises(proteges.ErreurNomsProteges, match="illisible"):
        contexte_du_depot(None)
    _refus(capsys, "proteger", "Nour Payet", attendu="illisible")
