"""Lecture sûre du YAML et du Markdown (filrouge.lecture) : forme du fichier, lignes, refus nets.

Les cas qui font planter le composeur C de libyaml (imbrication profonde) tournent dans
un processus séparé : un plantage y devient un échec de test, pas la fin de la suite.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from filrouge.constat import Constat
from filrouge.lecture import NOEUDS_MAX, PROFONDEUR_MAX, TAILLE_MAX, Document, ErreurLecture, lire_markdown, lire_yaml

FRANCAIS = ("fichier", "enregistrez", "attendu", "YAML", "structure", "clé", "valeur")


def _ecrire(tmp_path: Path, contenu: str | bytes, nom: str = "f.yaml") -> Path:
    chemin = tmp_path / nom
    if isinstance(contenu, bytes):
        chemin.write_bytes(contenu)
    else:
        chemin.write_text(contenu, encoding="utf-8")
    return chemin


def lire(tmp_path: Path, contenu: str | bytes, nom: str = "f.yaml") -> Document:
    chemin = _ecrire(tmp_path, contenu, nom)
    return (lire_markdown if nom.endswith(".md") else lire_yaml)(chemin, nom)


def refus(tmp_path: Path, contenu: str | bytes, nom: str = "f.yaml") -> Constat:
    with pytest.raises(ErreurLecture) as exc:
        lire(tmp_path, contenu, nom)
    constat = exc.value.constat
    assert constat.fichier == nom and constat.gravite == "erreur" and constat.regle.startswith("lecture.")
    return constat


# --- clés dupliquées ------------------------------------------------------------------------------

def test_cle_dupliquee_nomme_les_deux_lignes(tmp_path: Path) -> None:
    doc = lire(tmp_path, "a: 1\nb: 2\nc:\n  d: 3\na: 4\n")
    assert [(c.regle, c.ligne) for c in doc.constats] == [("lecture.cle_dupliquee", 5)]
    assert "ligne 1" in doc.constats[0].message and "« a »" in doc.constats[0].message
    assert doc.donnees["a"] == 1  # la première valeur est gardée, la seconde signalée, pas perdue en silence


def test_cle_dupliquee_imbriquee(tmp_path: Path) -> None:
    doc = lire(tmp_path, "a:\n  x: 1\n  y: 2\n  x: 3\n")
    assert [(c.regle, c.ligne) for c in doc.constats] == [("lecture.cle_dupliquee", 4)]
    assert "ligne 2" in doc.constats[0].message


def test_les_chaines_de_la_valeur_sautee_sont_gardees_a_part(tmp_path: Path) -> None:
    """La valeur qu'une clé répétée fait sauter n'entre pas dans les données, mais ses chaînes (décodées, avec leur
    ligne et leur propre clé : celle de leur dictionnaire pour une clé) restent lisibles pour la garde d'anonymat : un
    lecteur YAML peut montrer celle-là."""
    doc = lire(tmp_path, 'a: 1\nb: >-\n  pli\n  court\nb:\n  c: "x\\x20y"\n  d: [e]\na: z\n')
    assert doc.donnees == {"a": 1, "b": "pli court"}
    assert doc.cachees == [(6, "b", "c"), (6, "c", "x y"), (7, "b", "d"), (7, "d", "e"), (8, "a", "z")]


def test_meme_cle_dans_deux_elements_de_liste_n_est_pas_un_doublon(tmp_path: Path) -> None:
    doc = lire(tmp_path, "- id: a\n- id: b\n")
    assert doc.constats == [] and doc.donnees == [{"id": "a"}, {"id": "b"}]


# --- booléens ambigus -----------------------------------------------------------------------------

@pytest.mark.parametrize("mot", ["yes", "no", "on", "off", "Yes", "NO", "On", "OFF", "y", "n", "Y", "N"])
def test_booleen_yaml_1_1_signale(tmp_path: Path, mot: str) -> None:
    doc = lire(tmp_path, f"x: 1\nreponse: {mot}\n")
    assert [(c.regle, c.ligne, c.gravite) for c in doc.constats] == [("lecture.booleen_ambigu", 2, "erreur")]
    assert doc.donnees["reponse"] == mot  # jamais converti en booléen


@pytest.mark.parametrize(("texte", "valeur"), [("true", True), ("false", False), ("True", True), ("FALSE", False),
                                               ("'yes'", "yes"), ('"off"', "off"), ("oui", "oui"), ("non", "non")])
def test_booleens_explicites_et_textes_entre_guillemets(tmp_path: Path, texte: str, valeur: object) -> None:
    doc = lire(tmp_path, f"reponse: {texte}\n")
    assert doc.constats == [] and doc.donnees == {"reponse": valeur}


# --- ancres, alias, étiquettes ------------------------------------------------------------------

@pytest.mark.parametrize("contenu", ["a: &x 1\nb: *x\n", "a: &x 1\n", "a: [&x 1, *x]\n", "<<: {a: 1}\nb: 2\n"])
def test_ancres_alias_et_fusion_refuses(tmp_path: Path, contenu: str) -> None:
    assert refus(tmp_path, contenu).regle == "lecture.alias"


def test_bombe_d_alias_refusee_vite(tmp_path: Path) -> None:
    """« Billion laughs » : 9 niveaux de 9 alias (10⁹ éléments une fois développés)."""
    lignes = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        lignes.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    debut = time.perf_counter()
    constat = refus(tmp_path, "\n".join(lignes) + "\n")
    assert constat.regle == "lecture.alias"
    assert time.perf_counter() - debut < 1.0


def test_texte_contenant_esperluette_et_etoile_accepte(tmp_path: Path) -> None:
    doc = lire(tmp_path, "a: \"R&D * 2\"\nb: 'x & y'\nc: texte & co\n")
    assert doc.constats == [] and doc.donnees == {"a": "R&D * 2", "b": "x & y", "c": "texte & co"}


@pytest.mark.parametrize("contenu", ["a: !!python/object/apply:os.system ['true']\n", "a: !perso x\n",
                                     "a: !!binary aGVsbG8=\n", "a: !!set {x, y}\n", "a: !!omap [x: 1]\n"])
def test_etiquettes_refusees(tmp_path: Path, contenu: str) -> None:
    constat = refus(tmp_path, contenu)
    assert constat.regle == "lecture.etiquette" and constat.ligne == 1


# --- imbrication profonde (processus séparé) ------------------------------------------------------

_SCRIPT_PROFOND = textwrap.dedent("""
    import sys
    from pathlib import Path
    from filrouge.lecture import ErreurLecture, lire_yaml
    chemin = Path(sys.argv[1])
    try:
        lire_yaml(chemin, "f.yaml")
    except ErreurLecture as exc:
        print(exc.constat.regle)
    else:
        print("accepte")
""")

PROFONDS = {
    "tirets": "- " * 100_000 + "x\n",
    "crochets": "[" * 100_000 + "\n",
    "accolades": "{a: " * 100_000 + "\n",
    "cles_complexes": "? " * 100_000 + "x\n",
    "crochets_fermes": "[" * 50_000 + "]" * 50_000 + "\n",
    "retraits": "".join(" " * i + "a:\n" for i in range(1_200)),
    "melange": "a: " + "[{b: " * 20_000 + "\n",
}


@pytest.mark.parametrize("nom", sorted(PROFONDS))
def test_imbrication_profonde_refusee_sans_plantage(tmp_path: Path, nom: str) -> None:
    chemin = _ecrire(tmp_path, PROFONDS[nom])
    resultat = subprocess.run([sys.executable, "-c", _SCRIPT_PROFOND, str(chemin)], capture_output=True, text=True,
                              timeout=60)
    assert resultat.returncode == 0, resultat.stderr[-2000:]
    assert resultat.stdout.strip() in ("lecture.profondeur", "lecture.yaml", "lecture.taille"), resultat.stdout
    assert "Traceback" not in resultat.stderr


def test_profondeur_a_la_limite(tmp_path: Path) -> None:
    """PROFONDEUR_MAX niveaux passent ; un de plus est refusé, à la ligne du niveau fautif."""
    def imbrique(n: int) -> str:
        return "".join("  " * i + f"k{i}:\n" for i in range(n)) + "  " * n + "v: 1\n"
    assert lire(tmp_path, imbrique(PROFONDEUR_MAX - 1)).constats == []
    constat = refus(tmp_path, imbrique(PROFONDEUR_MAX + 1))
    assert constat.regle == "lecture.profondeur"
    assert constat.ligne is not None and PROFONDEUR_MAX <= constat.ligne <= PROFONDEUR_MAX + 2


def test_crochets_a_la_limite(tmp_path: Path) -> None:
    """PROFONDEUR_MAX crochets imbriqués passent ; un de plus est refusé dès qu'il s'ouvre, sans relire le reste du
    texte (« {a: b, {a: b, … » coûtait le carré de sa longueur au scanner de PyYAML)."""
    assert lire(tmp_path, "a: " + "[" * PROFONDEUR_MAX + "]" * PROFONDEUR_MAX + "\n").constats == []
    assert refus(tmp_path, "a: " + "[" * (PROFONDEUR_MAX + 1) + "]" * (PROFONDEUR_MAX + 1) + "\n").regle \
        == "lecture.profondeur"
    assert refus(tmp_path, "{appelant: rose, qui: espoir, " * 2_000).regle == "lecture.profondeur"


# --- taille ---------------------------------------------------------------------------------------

def test_fichier_trop_volumineux(tmp_path: Path) -> None:
    constat = refus(tmp_path, "a: " + "x" * TAILLE_MAX + "\n")
    assert constat.regle == "lecture.taille" and str(TAILLE_MAX) in constat.message


def test_fichier_a_la_taille_maximale_accepte(tmp_path: Path) -> None:
    contenu = "a: 1\n# " + "x" * (TAILLE_MAX - 8) + "\n"
    assert len(contenu.encode()) == TAILLE_MAX
    assert lire(tmp_path, contenu).donnees == {"a": 1}


def test_trop_de_valeurs(tmp_path: Path) -> None:
    constat = refus(tmp_path, "[" + "1," * NOEUDS_MAX + "1]\n")
    assert constat.regle == "lecture.taille"


# --- encodages ------------------------------------------------------------------------------------

def test_bom_utf8_et_crlf_acceptes_avec_les_bonnes_lignes(tmp_path: Path) -> None:
    doc = lire(tmp_path, "\ufeffa: 1\r\nb:\r\n  c: é\r\nd: yes\r\n".encode())
    assert doc.donnees == {"a": 1, "b": {"c": "é"}, "d": "yes"}
    assert (doc.ligne("a"), doc.ligne("b", "c"), doc.ligne("d")) == (1, 3, 4)
    assert [(c.regle, c.ligne) for c in doc.constats] == [("lecture.booleen_ambigu", 4)]


def test_cr_seul_accepte(tmp_path: Path) -> None:
    doc = lire(tmp_path, b"a: 1\rb: 2\r")
    assert doc.donnees == {"a": 1, "b": 2} and doc.ligne("b") == 2


@pytest.mark.parametrize(("contenu", "ligne"), [
    ("a: 1\nnom: é\n".encode("latin-1"), 2),
    ("a: 1\n".encode("utf-16"), 1),
    ("a: 1\n".encode("utf-16-be").join([b"\xfe\xff", b""]), 1),
    (b"a: 1\nb: \x00\x01\x02\n", 2),
    (bytes(range(256)), 1),
])
def test_encodages_refuses_en_francais(tmp_path: Path, contenu: bytes, ligne: int) -> None:
    constat = refus(tmp_path, contenu)
    assert constat.regle == "lecture.encodage" and constat.ligne == ligne
    assert "UTF-8" in constat.message and any(mot in constat.message for mot in FRANCAIS)


def test_utf16_sans_bom_refuse(tmp_path: Path) -> None:
    assert refus(tmp_path, "a: 1\n".encode("utf-16-le")).regle == "lecture.encodage"


# --- en-tête Markdown (front matter) ----------------------------------------------------------------

def test_entete_markdown_lignes_du_fichier(tmp_path: Path) -> None:
    doc = lire(tmp_path, "---\ndate: 2019-03-01\npresents:\n  - a1\n---\n# Titre\n\nTexte.\n", "n.md")
    assert doc.donnees == {"date": dt.date(2019, 3, 1), "presents": ["a1"]}
    assert (doc.ligne("date"), doc.ligne("presents"), doc.ligne("presents", 0)) == (2, 3, 4)
    assert doc.corps == "# Titre\n\nTexte.\n" and doc.ligne_corps == 6


def test_entete_ferme_par_trois_points(tmp_path: Path) -> None:
    doc = lire(tmp_path, "---\na: 1\n...\ncorps\n", "n.md")
    assert doc.donnees == {"a": 1} and doc.corps == "corps\n"


def test_entete_bom_crlf(tmp_path: Path) -> None:
    doc = lire(tmp_path, "\ufeff---\r\na: 1\r\nb: 2\r\n---\r\ncorps\r\n".encode(), "n.md")
    assert doc.donnees == {"a": 1, "b": 2} and doc.ligne("b") == 3 and doc.corps == "corps\n"


def test_markdown_sans_entete(tmp_path: Path) -> None:
    doc = lire(tmp_path, "# Titre\n---\ntexte\n", "n.md")
    assert doc.donnees is None and doc.corps == "# Titre\n---\ntexte\n"


def test_entete_jamais_referme(tmp_path: Path) -> None:
    constat = refus(tmp_path, "---\na: 1\nb: 2\n# Titre\n", "n.md")
    assert (constat.regle, constat.ligne) == ("lecture.entete", 1)


def test_erreur_de_syntaxe_dans_l_entete_a_la_ligne_du_fichier(tmp_path: Path) -> None:
    constat = refus(tmp_path, "---\na: 1\nb: [1, 2\nc: 3\n---\ncorps\n", "n.md")
    assert constat.regle == "lecture.yaml" and constat.ligne is not None and constat.ligne >= 3


def test_cle_dupliquee_dans_l_entete(tmp_path: Path) -> None:
    doc = lire(tmp_path, "---\na: 1\nb: 2\na: 3\n---\n", "n.md")
    assert [(c.regle, c.ligne) for c in doc.constats] == [("lecture.cle_dupliquee", 4)]
    assert "ligne 2" in doc.constats[0].message


# --- documents, syntaxe ---------------------------------------------------------------------------

def test_plusieurs_documents_refuses(tmp_path: Path) -> None:
    constat = refus(tmp_path, "a: 1\n---\nb: 2\n")
    assert constat.regle == "lecture.yaml" and constat.ligne == 2 and "plusieurs documents" in constat.message


@pytest.mark.parametrize(("contenu", "ligne"), [
    ("a: 1\nb: x: y\n", 2),
    ("a: 'ouvert\nb: 2\n", None),
    ("a: 1\n  b: 2\n", 2),
])
def test_erreurs_de_syntaxe_en_francais(tmp_path: Path, contenu: str, ligne: int | None) -> None:
    constat = refus(tmp_path, contenu)
    assert constat.regle == "lecture.yaml" and constat.message.startswith("syntaxe YAML invalide")
    if ligne is not None:
        assert constat.ligne == ligne


def test_tabulation_expliquee(tmp_path: Path) -> None:
    constat = refus(tmp_path, "a:\n\tb: 1\n")
    assert "tabulation" in constat.message


def test_crochet_non_ferme_message_en_francais(tmp_path: Path) -> None:
    constat = refus(tmp_path, "a: 1\nb: [1, 2\nc: 3\n")
    assert "did not find" not in constat.message


def test_cle_complexe_refusee(tmp_path: Path) -> None:
    constat = refus(tmp_path, "a: 1\n? [x, y]\n: 2\n")
    assert (constat.regle, constat.ligne) == ("lecture.cle", 2)


@pytest.mark.parametrize("contenu", ["", "# rien\n", "---\n", "~\n"])
def test_fichier_vide(tmp_path: Path, contenu: str) -> None:
    assert lire(tmp_path, contenu).donnees is None


# --- scalaires ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("texte", "valeur"), [
    ("14:00", "14:00"), ("1:30:00", "1:30:00"), ("010", "010"), ("0x1F", "0x1F"), ("0o17", "0o17"),
    ("1_000", "1_000"), ("12", 12), ("-3", -3), ("2.5", 2.5), ("10000.00", 10000.0), (".inf", ".inf"),
    ("2019-03-01", dt.date(2019, 3, 1)), ("2019-3-1", "2019-3-1"), ("2019-03-01 14:00:00", "2019-03-01 14:00:00"),
    ("null", None), ("~", None), ("", None), ("'2019-03-01'", "2019-03-01"), ("'12'", "12"),
    (".5", 0.5), ("+4.5e3", 4500.0), ("-0", 0), ("a12", "a12"), ("٣", "٣"), ("+x", "+x"), ("-x", "-x"),
])
def test_scalaires_sans_devinette_yaml_1_1(tmp_path: Path, texte: str, valeur: object) -> None:
    doc = lire(tmp_path, f"v: {texte}\n")
    assert doc.donnees == {"v": valeur} and type(doc.donnees["v"]) is type(valeur)


@pytest.mark.parametrize("date", ["2019-02-30", "2019-13-01", "2019-00-10", "2018-02-29", "0000-01-01",
                                  "٢٠١٩-٠٣-١٢"])
def test_dates_impossibles(tmp_path: Path, date: str) -> None:
    constat = refus(tmp_path, f"a: 1\ndate: {date}\n")
    assert (constat.regle, constat.ligne) == ("lecture.date", 2)


def test_29_fevrier_bissextile_accepte(tmp_path: Path) -> None:
    assert lire(tmp_path, "date: 2020-02-29\n").donnees == {"date": dt.date(2020, 2, 29)}


def test_entier_geant_refuse_proprement(tmp_path: Path) -> None:
    try:
        lire(tmp_path, "montant: " + "9" * 5000 + "\n")
    except ErreurLecture:
        pass


# --- fichiers spéciaux ----------------------------------------------------------------------------

def test_lien_symbolique_refuse(tmp_path: Path) -> None:
    cible = _ecrire(tmp_path, "a: 1\n", "cible.yaml")
    lien = tmp_path / "f.yaml"
    lien.symlink_to(cible)
    with pytest.raises(ErreurLecture) as exc:
        lire_yaml(lien, "f.yaml")
    assert exc.value.constat.regle == "lecture.lien_symbolique"


def test_tube_nomme_refuse_sans_bloquer(tmp_path: Path) -> None:
    import os
    tube = tmp_path / "f.yaml"
    os.mkfifo(tube)
    with pytest.raises(ErreurLecture) as exc:
        lire_yaml(tube, "f.yaml")
    assert exc.value.constat.regle == "lecture.illisible"


def test_fichier_absent(tmp_path: Path) -> None:
    with pytest.raises(ErreurLecture) as exc:
        lire_yaml(tmp_path / "absent.yaml", "absent.yaml")
    assert exc.value.constat.regle == "lecture.illisible"


# --- ordre des refus (lecture en un seul passage) ---------------------------------------------------

@pytest.mark.parametrize(("contenu", "regle", "ligne"), [
    ("a: !!int 3\nb: [1\n", "lecture.yaml", None),  # la syntaxe, plus loin, l'emporte sur une étiquette refusée
    ("a: !!int 3\n---\nb: 1\n", "lecture.yaml", 2),  # un second document aussi
    ("a: 1\n---\nb: &x 2\n", "lecture.alias", 3),  # une ancre, même dans le second document
    ("a: 1\n---\nb: [1\n", "lecture.yaml", 2),  # sans & ni *, le second document est refusé avant d'être lu
    ("a: !!int 3\nb: 2019-02-30\n", "lecture.etiquette", 1),  # la première valeur refusée, dans l'ordre du texte
    ("a: 1\na: {b: !!int 3}\nc: !!float 2\n", "lecture.etiquette", 3),  # la valeur d'une clé dupliquée n'est pas lue
])
def test_ordre_des_refus(tmp_path: Path, contenu: str, regle: str, ligne: int | None) -> None:
    """Une ancre ou une erreur de syntaxe, dans l'ordre du texte, puis un second document, puis une valeur refusée :
    le refus est celui d'une lecture qui vérifierait la forme de tout le fichier avant d'en lire les valeurs."""
    constat = refus(tmp_path, contenu)
    assert constat.regle == regle
    if ligne is not None:
        assert constat.ligne == ligne
