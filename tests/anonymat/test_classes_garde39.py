"""Trente-neuvième passage : un nom de famille à particule en minuscules après une civilité (« Bonjour Mme da Silva, »,
« mme van de velde ») ; les médicaments et les produits de santé, même absents des listes (« prise du Kalitron »,
« dose de Kivexa », « Tenzilor 20 mg », « crème Lipikar ») ; « passage au » qui n'est pas une voie. Variantes écrites ici
(jamais les phrases d'un corpus) ; à côté de chaque positif, le négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import masques_des_noms as _noms


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Bonjour Madame da Silva,\nmerci pour la fiche.", NOTE, "« S**** »"),
        ("Merci à Mme el Ouazzani pour l'accueil.", NOTE, "« O******* »"),
        ("Bonjour Dr van der Heyden,", NOTE, "« H***** »"),
        ("Un grand merci à Madame de la Torre.", NOTE, "« T**** »"),
        ("contact: Dr do Nascimento\n", FICHE, "« N********* »"),
        # tout en minuscules : la particule, puis le nom des listes ou un mot que personne n'écrit
        ("appel de mme de oliveira, rappeler avant midi", NOTE, "« d* o******* »"),
        ("- relancer dr le roy pour la signature", NOTE, "« l* r** »"),
        ("bonjour mme van de velde, merci", NOTE, "« v** d* v**** »"),
        ("rdv chez dr de la fuente annulé", NOTE, "« d* l* f***** »"),
        ("coordinateur: m. de wilde\n", FICHE, "« d* w**** »"),
    ],
)
def test_un_nom_a_particule_apres_une_civilite(texte: str, fichier: str, masque: str) -> None:
    """Après une civilité, une particule en minuscules arrêtait la lecture : « Bonjour Mme da Silva, » passait en clair
    (garde40 : 208 cas justes sur 240 avant, 17 sur 30 en minuscules)."""
    assert any(masque in message for message in _noms(texte, fichier))


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Le sirop Inaya est oublié au foyer.", "« I**** »"),
        ("Elle est sous Pierre Lemaître depuis avril.", "« P***** L******* »"),
        ("La dose de Jean Kabeya a été doublée.", "« J*** K***** »"),
        ("Absences : Idriss Nkulu 40 % ce trimestre.", "« I***** N**** »"),
        ("Joël Mabiala retard de 15 min au stage.", "« J*** M****** »"),
        ("Mme de THEUX, la marraine, a signé.", "« T**** »"),
        ("M. du PONT (beau-père) est excusé.", "« P*** »"),
        ("vu m. seung-il ce matin", "« s****-i* »"),
        ("Passage aux Tilleuls 14 à Wavre : nouvelle adresse.", None),
        ("Sous Tkachenko depuis mars, le sommeil s'améliore.", "« S*** T******** »"),
        ("La prise de Mukendi en charge commence lundi.", "« M****** »"),
        # la relecture : un mot hors des listes après un produit, « prise de », « sous » peut être un nom
        ("Le sirop Okbazghi est oublié au foyer.", "« O******* »"),
        ("Prise de Tshibola en charge lundi.", "T*******"),
        ("Le jeune est passé sous Okbazghi, son nouveau tuteur.", "« O******* »"),
        ("vu m. sang-il ce matin", "« s***-i* »"),
        ("vu mme van het groenewoud ce matin", "« v** h** g********* »"),
        ("Mme van der Poorten a appelé.", "« P****** »"),
        ("Elle dort chez Krys ce week-end.", "« K*** »"),
    ],
)
def test_un_nom_reste_un_nom_a_la_place_d_un_medicament(texte: str, masque: str | None) -> None:
    """Seules la prise d'un médicament (« prise du », « dose du », « Ttt : ») et une dose qui suit font d'un seul mot hors
    des listes un médicament : un prénom après un produit, un nom après « sous » ou « prise de », un prénom et un nom, un
    nom devant « % » ou « retard », un nom à particule en capitales, un prénom coréen à trait d'union, une voie « passage
    aux » restent signalés (l'attaque-69 : 157 pertes sur un premier état ; la relecture : les noms hors des listes)."""
    constats = analyser_texte(texte, NOTE, ContexteAnonymat())[0]
    if masque is None:
        assert [c.regle for c in constats] == ["anonymat.adresse"]
    else:
        assert any(masque in c.message for c in constats if c.regle == "anonymat.nom")


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Monsieur du CPAS demande une copie du devis.", NOTE),
        ("Le Dr de la Citadelle a envoyé le rapport de sortie.", NOTE),
        ("Overleg met meneer van het CLB gepland op dinsdag.", NOTE),
        ("Bonjour Docteur, pourriez-vous valider le plan ?", NOTE),
        ("vu mme de la crèche ce matin", NOTE),
        ("mme de garde ce soir : rien à signaler", NOTE),
        # des médicaments et des produits que la liste n'a pas : la prise, la dose, le dosage, le produit les disent
        ("Prise du Kalitron à 11:00 et coucher à 22 h.", NOTE),
        ("La dose du Kivexa est augmentée après la consultation.", NOTE),
        ("Le médecin a ajouté Tenzilor 20 mg le matin.", NOTE),
        ("Appliquer la crème Dermalix 50 ml le soir.", NOTE),
        ("traitement:\n  - Zyrtec 10 mg\n  - Movicol\n", FICHE),
        ("Ttt : Medikinet matin et soir, Seretide si besoin.", NOTE),
        ("| 04/02 | passage au Medikinet 20 mg | mieux en classe |", NOTE),
        # l'attaque-69 : des fonctions et des services après « la », « le », « de la », « van de »
        ("Chère Madame la Logopède, merci pour le bilan.", NOTE),
        ("Monsieur le Proviseur a reçu la famille.", NOTE),
        ("Monsieur de la Mission Locale rappellera.", NOTE),
        ("Mevrouw van de Gemeente belt terug.", NOTE),
        ("Bonjour Madame, dites-moi si jeudi convient.", NOTE),
        ("Arrêt du Lorivan décidé avec le pédopsychiatre.", NOTE),
    ],
)
def test_le_negatif_voisin_reste_muet(texte: str, fichier: str) -> None:
    """Un service, un lieu, un article néerlandais, un verbe après la civilité, un médicament ou un produit ne sont pas
    des personnes (garde39 : 60 des 90 négatifs de traitement et de produits justes avant)."""
    assert _noms(texte, fichier) == []
