"""Trente-quatrième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"
FICHE = "dossiers/2019-003/concertations/2019-05-14.yaml"


def _masques(texte: str, fichier: str = NOTE) -> list[str]:
    """Ce que la garde montre de chaque nom trouvé (le message masque tout sauf les initiales)."""
    return [c.message for c in analyser_texte(texte, fichier, ContexteAnonymat())[0] if c.regle == "anonymat.nom"]


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Céleste Kaninda rentre ce soir.", NOTE, "« C****** K****** »"),
        ("Prudence Lwamba sort de l'hôpital demain.", NOTE, "« P******* L***** »"),
        ("- Victoire Kasongwe part en stage lundi", NOTE, "« V******* K******* »"),
        ("note: Désiré Ilungaba rentre le 12.", FICHE, "« D***** I******* »"),
        ("Ange Kaninda Tshibola part vendredi.", NOTE, "« A*** K****** T******* »"),
        ("Hier Ange Kaninda Tshibola est venu seul.", NOTE, "« A*** K****** T******* »"),
    ],
)
def test_un_prenom_qui_est_aussi_un_mot_devant_un_nom_que_personne_n_ecrit(texte: str, fichier: str,
                                                                         masque: str) -> None:
    """En tête de phrase, un prénom homonyme d'un mot (Céleste, Prudence, Ange) était un mot ambigu : la suite entière
    était écartée, le nom inconnu qui le suit avec elle."""
    assert any(masque in message for message in _masques(texte, fichier))


@pytest.mark.parametrize(
    "texte",
    [
        "Prudence : rien ne presse avant la rentrée.",
        "La Victoire Kaninda est un bar du quartier.",
        "Sa Mercedes tombe en panne.",
        "Céleste et lumineuse, la salle plaît au jeune.",
        "Espérance de vie : une question de la maman.",
    ],
)
def test_le_mot_seul_ou_derriere_un_article_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Chen M en voiture avec la maman.", "« C*** »"),
        ("- jeudi : Wang L en voiture", "« W*** »"),
        ("Chen M, en voiture jusqu'au centre", "« C*** »"),
        ("Chen M", "« C*** »"),
    ],
)
def test_un_nom_qui_est_aussi_un_mot_suivi_de_l_initiale_du_prenom(texte: str, masque: str) -> None:
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["Plan B en cours avec l'école.", "Vitamine D en cure pour l'hiver.", "Chen 3 en voiture", "Annexe A, page 2"],
)
def test_un_mot_suivi_d_une_lettre_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Demande de Mme K Mertens pour la réunion.", "« M****** »"),
        ("Demande de M. K Mertens : un report.", "« M****** »"),
        ("Courrier de Monsieur A Dubois reçu ce matin.", "« D***** »"),
    ],
)
def test_de_qui_vient_la_chose_derriere_une_civilite_et_une_initiale(texte: str, masque: str) -> None:
    assert any(masque in message for message in _masques(texte))


def test_de_qui_vient_la_chose_quand_c_est_une_fonction_reste_muet() -> None:
    assert _masques("Demande de Mme la Directrice reçue hier.") == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("céleste kaninda a appelé ce matin", "« c****** k****** »"),
        ("prudence lwambazi a signé la charte", "« p******* l******* »"),
        ("- victoire kasongwe → appeler l'école", "« v******* k******* »"),
        ("hier kaninda est rentré tard", "« k****** »"),
        ("marie kaninda rentre ce soir.", "« k****** »"),
    ],
)
def test_en_minuscules_un_prenom_qui_est_aussi_un_mot_devant_un_nom_que_personne_n_ecrit(texte: str,
                                                                                       masque: str) -> None:
    """En tête de ligne, sujet d'un verbe : un prénom ambigu (céleste, prudence) en était exclu même devant un mot que
    personne n'écrit ; après « hier », seul un nom des listes était un sujet, jamais un mot inconnu."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["ange gardien a veillé toute la nuit", "rose bonbon est la couleur choisie", "hier soir est passé vite",
     "hier maman a appelé", "lundi psy a annulé"],
)
def test_en_minuscules_un_prenom_devant_un_mot_de_la_langue_reste_muet(texte: str) -> None:
    assert _masques(texte) == []
