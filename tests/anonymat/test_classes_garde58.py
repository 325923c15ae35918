"""Cinquante-sixième passage : un nom de deux lettres (« Ng », « Im », « BA ») à une place de personne, après une fonction,
devant une apposition qui dit qui, ou, pour les noms courts des listes, après « avec », « chez », « de », « à » (garde58,
écrit à l'aveugle avant lui) ; les mots, abréviations, interjections et sigles de deux lettres aux mêmes places restent
muets (l'attaque-88). Variantes écrites ici (jamais les phrases de `cas/garde58.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Le greffier Ng rappellera la famille.", "« N* »"),
        ("Madame la Présidente SY ouvre l'audience.", "« S* »"),
        ("La kinésithérapeute Öz voit le jeune le mardi.", "« Ö* »"),
        ("Appel de l'assistante sociale Qi au sujet du loyer.", "« Q* »"),
        ("Im, la marraine, garde le petit le samedi.", "« I* »"),
        ("Yu, 16 ans, refuse de retourner à l'école.", "« Y* »"),
        ("Passage prévu chez les Ka samedi.", "« K* »"),
        ("Le bulletin a été remis à Ly par le titulaire.", "« L* »"),
    ],
)
def test_le_nom_court_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Appel de l'éducatrice Ng\nKwabenaz pour le transport.", "« N* K******* »"),
        ("Appel de l'éducatrice Julie\nKwabenaz pour le transport.", "« J**** K******* »"),
        ("Rendez-vous avec Sy\nKwabenaz jeudi.", "« S* K******* »"),
    ],
)
def test_un_nom_coupe_par_un_saut_de_ligne_est_montre_entier(texte: str, masque: str) -> None:
    """Le texte brut voit le début du nom sur sa ligne ; le récit rejoint voit le nom entier : un seul constat, le nom
    entier, pour que la suite, sur l'autre ligne, ne reste pas (revue58)."""
    assert masque in seul_masque(texte)


def test_la_suite_du_nom_court_en_fait_partie() -> None:
    assert "« N* K* H* »" in seul_masque("Le juge Ng Ka Ho a signé l'ordonnance.")


def test_en_yaml_aussi() -> None:
    assert "« N* »" in seul_masque("remarque: le médiateur Ng traduira la concertation\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Le psychiatre a vu le jeune. Il revient lundi.",  # un pronom après une fin de phrase
        "Compte rendu envoyé au psychiatre.     Le jeune va mieux.",
        "L'éducatrice En formation jusqu'au 12 mars.",  # un mot du dictionnaire
        "Le médecin Cf courrier du 3 mai.",  # une abréviation sans voyelle
        "La psychologue Vs l'éducateur : deux lectures du même épisode.",
        "L'animateur Go pour le camp de juillet.",  # un mot anglais
        "Oh, la mère, elle, n'a rien dit.",  # une interjection devant une apposition
        "Vu (mère) le 12 : pas de changement.",
        "Le frère a terminé avec BA en poche.",  # le bachelier
        "Elle entame sa deuxième année de Ba à Namur.",
        "Rdv fixé pour Lu prochain, après les cours.",  # lundi
        "Le pédopsychiatre Li à 600 mg, taux à recontrôler.",  # une dose : le lithium
        "L'éducateur AS du foyer a reçu la mère.",  # des capitales hors des noms courts : un sigle ou des initiales
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
