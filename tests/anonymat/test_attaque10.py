"""Attaque des exemptions de garde-19 à 21 (2026-12-04) : un vrai nom dans la forme d'un personnage, d'un doudou,
d'un animal, d'une personne publique ou d'un message recopié reste signalé. Les cas viennent d'une session d'attaque
qui n'avait pas écrit ces exemptions ; chacun était tu par la garde avant leur retrait."""

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte

NOTE = "dossiers/2021-004/concertations/note.md"
FICHE = "dossiers/2021-004/concertations/note.yaml"


def _regles(texte: str, fichier: str) -> list[str]:
    return [c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]]


@pytest.mark.parametrize(("texte", "fichier"), [
    # « chat » est aussi la messagerie ; une note sans virgule colle le nom à l'animal
    ("Sur le chat Yasmine a écrit qu'elle voulait mourir.", NOTE),
    ("Dans le chat Kevin Lambert insulte sa prof.", NOTE),
    ("Depuis la mort du chien Mukendi ne dort plus.", NOTE),
    ("observation: 'dans le chat Kevin la menace.'\n", FICHE),
    # un adolescent décrit par ce qu'il publie ou pratique
    ("Yasmine, influenceuse sur TikTok, publie des photos d'elle.", NOTE),
    ("Oksana, gymnaste médaillée au championnat provincial, a fait une tentative de suicide.", NOTE),
    ("Mukendi, joueur de foot de niveau international en U15, est en IPPJ.", NOTE),
    ("ami: 'Kevin, footballeur professionnel à Charleroi'\n", FICHE),
    # une liste de ressources, un doudou à la main
    ("Personnes ressources : Kevin Lambert, son doudou.", NOTE),
    ("Il réclame sans cesse Mukendi, son doudou, sa console.", NOTE),
    ("Son doudou à la main, il a appelé Yasmine.", NOTE),
    ("Sa poupée dans les bras, elle a appelé Oksana Kowalczyk.", NOTE),
    # un message recopié dont le premier mot est un nom
    ("[07:16] Mère : Okbazghi ne rentre pas", NOTE),
    ("[07:16] Père : Tewolde", NOTE),
    # une figure de conte devant un surnom de harcèlement
    ("Dans la vidéo TikTok, ils traitent le géant Mukendi de monstre.", NOTE),
    ("Il dessine le monstre Tshibangu qui le frappe.", NOTE),
    # un nom de personne publique ou de personnage porté par un proche
    ("Le père, Alexandre Dumas, demande un droit de visite.", NOTE),
    ("Nom du père : Alexandre Dumas", NOTE),
    ("pere: 'Paul Delvaux'\n", FICHE),
    ("Mme Marguerite Yourcenar, la mère, est venue.", NOTE),
    ("Son oncle Gilles de Binche vient le chercher le week-end.", NOTE),
    ("M. Bumba a appelé ce matin.", NOTE),
    ("| Père | Paul Delvaux |\n", NOTE),
    ("| Paul Delvaux | père |\n", NOTE),
    ("Après l'Ommegang, Jasmine et Elsa ne sont pas rentrées.", NOTE),
    # un nom qu'on appelle
    ("Le jeune a appelé Panos pour qu'il vienne le chercher.", NOTE),
])
def test_un_nom_dans_la_forme_d_une_exemption_reste_signale(texte: str, fichier: str) -> None:
    assert "anonymat.nom" in _regles(texte, fichier)


@pytest.mark.parametrize("texte", [
    "[07:16] Père : Dossier 2019-003, action 1 de la note de synthèse.",
    "[12:21] Mère : Hij wandelt graag in het bos achter de school.",
    "[13:16] Père : Rendez-vous le mercredi 5 février à 16h.",
])
def test_le_debut_courant_d_un_message_horodate_n_est_pas_un_nom(texte: str) -> None:
    assert _regles(texte, NOTE) == []


@pytest.mark.parametrize("texte", ["| Lecture | Roald Dahl |\n", "| Jeune | lit Émile Zola en classe |\n"])
def test_un_auteur_dans_une_ligne_de_tableau_sans_lien_reste_muet(texte: str) -> None:
    assert _regles(texte, NOTE) == []
