"""Vingt et unième passage : faux positifs et noms ratés par classes (message recopié après son heure et son
locuteur, animal nommé juste après l'animal). Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de
chaque négatif, le positif voisin qui doit rester signalé. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte, contexte_du_depot


def _debuts_signales(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> list[str]:
    """Le reste de la ligne à partir de chaque nom signalé (le message masque le nom ; on le relit à sa place)."""
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    lignes = texte.splitlines()
    return [lignes[c.ligne - 1][c.colonne - 1:] for c in constats if c.regle == "anonymat.nom"]


def _signale(texte: str, nom: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> bool:
    return any(reste.startswith(nom) for reste in _debuts_signales(texte, fichier))


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("[08:42] Rachida Benali : je serai en retard", "Rachida Benali"),
        ("[21:03] Maman : Yasmine dort chez sa cousine ce soir.", "Yasmine"),
        ("[19:15] Père : j'ai vu Mukendi ce matin", "Mukendi"),
        ("Mère : Ngalula", "Ngalula"),
        ("La mère : Ilunga Kabeya", "Ilunga Kabeya"),
    ],
)
def test_dans_un_message_horodate_les_noms_restent_signales(texte: str, nom: str) -> None:
    """Un locuteur nommé, un prénom des listes ou un nom inconnu dans le corps du message restent signalés ; sans
    heure devant, « Mère : X » reste le nom de la mère."""
    assert _signale(texte, nom), texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le chien de Kevin Lambert a mordu le voisin.", "Kevin Lambert"),
        ("Elle promène la chienne avec Bella Mukendi le samedi.", "Bella Mukendi"),
        ("Le poney Caramel et Noah Vermeulen sont au manège.", "Noah Vermeulen"),
        ("Mme Oukili a confié le chat à la voisine.", "Oukili"),
    ],
)
def test_a_cote_d_un_animal_les_personnes_restent_signalees(texte: str, nom: str) -> None:
    """Le maître après « de », une personne séparée de l'animal par un mot, un nom plus loin dans la phrase :
    signalés."""
    assert _signale(texte, nom), texte


@pytest.mark.parametrize("texte", ["Elle promène la chienne Bella avec sa voisine.",
                                   "Pour la nuit au foyer, emporter Lulu, le doudou, et le pyjama."])
def test_un_nom_protege_reste_signale_meme_donne_a_un_animal_ou_un_doudou(texte: str) -> None:
    """Un enfant du dossier peut s'appeler Bella ou Lulu : une fois protégé (`filrouge proteger`), le nom reste
    signalé là où la garde écarte un nom d'animal ou de doudou."""
    from filrouge import cli

    assert cli.main(["proteger", "Bella Lulu"]) == 0
    constats, _ = analyser_texte(texte, "dossiers/2021-004/concertations/note.md", contexte_du_depot(None))
    assert [c.regle for c in constats] == ["anonymat.nom"], texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Yasmine, son doudou à la main, est entrée en séance.", "Yasmine"),
        ("Sa peluche, Léa l'a jetée par la fenêtre.", "Léa"),
        ("Le doudou a été rendu à Kevin Lambert.", "Kevin Lambert"),
        ("Doudou Ndiaye, l'oncle, viendra le chercher.", "Doudou Ndiaye"),
    ],
)
def test_a_cote_d_un_doudou_les_personnes_restent_signalees(texte: str, nom: str) -> None:
    """Une personne qui tient son doudou, un nom sans guillemets après « sa peluche, », un prénom « Doudou » :
    signalés."""
    assert _signale(texte, nom), texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Place Albert, Yasmine Haddad attendait le bus de nuit.", "Yasmine Haddad"),
        ("Le local est rue albert ; théo mertens y passe le mercredi.", "théo mertens"),
    ],
)
def test_apres_une_voie_les_personnes_plus_loin_restent_signalees(texte: str, nom: str) -> None:
    """Une personne nommée dans la même phrase qu'une voie reste signalée."""
    assert _signale(texte, nom), texte


# --- de qui vient un appel, un message, une visite ------------------------------------------------------------

@pytest.mark.parametrize(
    ("texte", "fichier", "nom"),
    [
        ("Reçu un appel de Kılıç vers midi.", "note.md", "Kılıç"),
        ("remarque: 'sms de Nyamwasa, rien de neuf'\n", "note.yaml", "Nyamwasa"),
        ("La visite d'Ouedraogo est reportée.", "note.md", "Ouedraogo"),
        ("Pas de réponse de Mbemba depuis lundi.", "note.md", "Mbemba"),
    ],
)
def test_un_nom_apres_un_appel_ou_un_message_de(texte: str, fichier: str, nom: str) -> None:
    """Après « un appel de », « un sms de », « la visite de », « la réponse de », un mot seul hors des listes est la
    personne qui appelle, écrit ou vient."""
    assert _signale(texte, nom, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Un appel de Namur a confirmé la place.",
        "La visite de Bruxelles est prévue en mai.",
        "La réponse de Fedasil est arrivée.",
    ],
)
def test_un_lieu_ou_un_service_apres_un_appel_de_reste_muet(texte: str) -> None:
    """Une ville connue ou un service (mots connus) après « un appel de » : pas une personne."""
    assert _debuts_signales(texte) == [], texte


# --- un nom suivi de son initiale, puis d'une ponctuation ou de la fin de ligne ---------------------------------

@pytest.mark.parametrize(
    ("texte", "fichier", "nom"),
    [
        ("Selon Habtemariam T., la nuit a été calme.", "note.md", "Habtemariam T."),
        ("La famille (Diakhaté S.) n'est pas venue.", "note.md", "Diakhaté S."),
        ("referente: Nyiramana P.\n", "note.yaml", "Nyiramana P."),
        ("signataire: 'Kouyaté B.'\n", "note.yaml", "Kouyaté B."),
        ("Rédigé par Kalonji C.\nRelu par l'équipe.", "note.md", "Kalonji C."),
    ],
)
def test_un_nom_suivi_de_son_initiale_en_fin_d_incise(texte: str, fichier: str, nom: str) -> None:
    """« Nom I. » reste un nom quand l'initiale finit une incise, une parenthèse, une valeur entre guillemets ou la
    ligne, pas seulement quand un espace la suit."""
    assert _signale(texte, nom, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Il faut un plan B.",
        "Un apport de vitamine D, validé par le médecin.",
        "Elle est passée en 3e C.",
        "Voir l'annexe B, page 4.",
        "Suivi pour une hépatite C.",
    ],
)
def test_une_lettre_apres_un_mot_courant_n_est_pas_une_initiale_de_nom(texte: str) -> None:
    """Une lettre majuscule suivie d'un point ou d'une virgule après un article, un mot courant ou un nombre
    (« le plan B. », « l'annexe B, ») n'est pas un nom à initiale."""
    assert _debuts_signales(texte) == [], texte
