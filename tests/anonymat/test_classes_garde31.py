"""Trente et unième passage (l'attaque-40 et aveugle-52). Variantes écrites ici (jamais les phrases d'un corpus ni d'une
attaque) ; à côté de chaque positif, le négatif voisin qui doit rester muet. Le fichier est d'un dossier de 2019.
Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"
FICHE = "dossiers/2019-003/financements/2019-06-01-action-1.yaml"


def _regles(texte: str, fichier: str = NOTE) -> set[str]:
    return {c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]}


@pytest.mark.parametrize(
    "texte",
    [
        "Sa fille, 9 ans, 17/04/2010, la plus jeune de la fratrie.",
        "Le fils, 13 ans, 03/03/2006, l'aîné des trois.",
        "La benjamine, 5 ans, 28/12/2013.",
        "Le cadet, 8 ans, 09/09/2011, un garçon calme.",
        "La sœur, 6 ans, 30/01/2013, sa préférée.",
        "Le frère, 11 ans, 15/06/2008, premier enfant du second lit.",
        "Le jeune, 7 ans, 03/09/2012, naissance de sa petite sœur.",
        "Le jeune, 12 ans, 10/10/2006, divorce des parents en 2013.",
        "La fille, 13 ans, 22/01/2006, exclusion scolaire le 04/02/2019.",
        "Sa sœur, 2 ans, 19/03/2017, accident à la maternité.",
        "Le frère, 9 ans, 11/11/2009, premières années au Maroc.",
        "La sœur, 4 ans, 05/05/2015, opération du cœur à 2 mois.",
        "Le fils, 10 ans, 12/12/2008, séparation des parents il y a un an.",
        "La fille, 11 ans, 01/07/2008, déménagement l'été dernier.",
    ],
)
def test_la_naissance_apres_l_age_reste_vue_devant_ce_qui_suit(texte: str) -> None:
    """Ce qui suit la date décrit l'enfant (un déterminant, un rang), ou un événement daté autrement ou à la naissance :
    la date reste sa naissance. Trois versions qui lisaient un événement après la date en ont perdu (les attaques 41 à
    43) : l'événement sans mot de moment reste un faux positif accepté."""
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize("texte", ["docteur: Non\n", "docteur: Oui\n", "docteure: Néant\n", "dr: Inconnu\n",
                                   "dokter: Nee\n", "- Docteur : Aucun\n", "dr.: Idem\n"])
def test_une_reponse_sous_la_cle_docteur_n_est_pas_un_nom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(f"suivi_medical: oui\n{texte}", FICHE)


@pytest.mark.parametrize(
    "texte",
    ["docteur: Kabamba\n", "docteur: Verhaegen\n", "docteure: Wouters\n", "docteur: lambrechts\n", "Dr: mukendi\n",
     "docteur: Berger\n", "docteur: Van Damme\n", "docteur: Oui; Mbala\n"],
)
def test_un_nom_sous_la_cle_docteur_reste_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "La docteure traitante rappellera lundi.",
        "Les docteurs traitants sont prévenus.",
        "La dre consultante a lu le rapport.",
        "Le docteur intervenant confirme.",
    ],
)
def test_une_fonction_apres_une_civilite_en_minuscules_n_est_pas_un_nom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


def test_un_nom_apres_une_civilite_en_minuscules_reste_signale() -> None:
    assert "anonymat.nom" in _regles("La dre ngoyi rappellera lundi.")


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune est suivi à l'Huderf depuis mars.",
        "Fond'Roy a envoyé le compte rendu.",
        "Médecin : Mont-Godinne",
        "Hospitalisation à Beau-Vallon (trois semaines).",
    ],
)
def test_un_hopital_qui_ne_porte_pas_un_nom_de_personne_n_est_pas_une_personne(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize("texte", ["Mme Bordet a appelé.", "Le papa, M. Brugmann, est venu.",
                                   "Le beau-père, Bordet, refuse.", "Erasme viendra chercher son fils.", "Mère : Saint-Pierre",
                                   "Père : Saint-Luc"])
def test_une_personne_qui_porte_le_nom_d_un_hopital_reste_signalee(texte: str) -> None:
    """Brugmann, Bordet, Érasme, Titeca, Saint-Pierre sont aussi des noms de personne : jamais tenus pour un hôpital
    seuls."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize("cle", ["france_lemaire", "dave_peeters", "florence_mbala"])
def test_une_cle_prenom_nom_dont_le_prenom_est_un_lieu_reste_un_nom(cle: str) -> None:
    assert "anonymat.nom" in _regles(f"contacts:\n  {cle}: grand-mère\n", FICHE)


@pytest.mark.parametrize("cle", ["visites_famille", "accueil_namur", "chez_mamy", "maroc_nador", "liege_seraing",
                                 "kinshasa_matonge"])
def test_une_cle_faite_de_mots_devant_un_lien_n_est_pas_un_nom(cle: str) -> None:
    assert "anonymat.nom" not in _regles(f"contacts:\n  {cle}: grand-mère\n", FICHE)


@pytest.mark.parametrize(
    "nom", ["Boulangerie du Parc", "Quincaillerie Centrale", "Auto-école Sésame", "Papeterie Les Crayons", "Garage Moderne",
            "Taxi Social Meuse"]
)
def test_le_nom_d_un_commerce_prestataire_n_est_pas_une_personne(nom: str) -> None:
    assert "anonymat.nom" not in _regles(f"prestataire:\n  nom: {nom}\n  montant: 120\n", FICHE)


@pytest.mark.parametrize("nom", ["Nadia Bouzidi", "Kabeya Mwamba", "Mme Verstraete", "Gloire Nsimba", "Précieuse Ilunga",
                                 "Amour Tshilombo Kasongo", "Paix Sage", "Boulangerie Mertens"])
def test_une_personne_prestataire_reste_signalee(nom: str) -> None:
    assert "anonymat.nom" in _regles(f"prestataire:\n  nom: {nom}\n  montant: 120\n", FICHE)


def test_un_tableau_aligne_sous_nom_reste_lu() -> None:
    texte = "Nom              Rôle             Signature\nMwamba           éducatrice       ______\n"
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La facture est au nom de yilmaz, à vérifier.",
        "Le reçu a été établi au nom de nguyen thi lan.",
        "Un abonnement au nom de kowalczyk.",
        "Le reçu est AU NOM DE yilmaz.",
    ],
)
def test_un_nom_en_minuscules_apres_au_nom_de_est_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La facture est au nom de la mère.",
        "Le bail est au nom de papa.",
        "Il parle au nom de tous les partenaires.",
        "Le compte est au nom de notre asbl.",
        "Au nom de chacun, merci.",
        "Le compte est au nom de celle-ci.",
        "Le virement est au nom de partena.",
        "Un chien du nom de nestor vit chez eux.",
    ],
)
def test_au_nom_de_devant_un_mot_n_est_pas_un_nom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Nouveau compte : DE651825440 21521427614, à vérifier.",
        "Le remboursement ira sur FR1420041010050500013 M02606.",
    ],
)
def test_un_iban_coupe_a_un_endroit_quelconque_est_un_iban_entier(texte: str) -> None:
    """Onze chiffres de sa fin ne sont pas un NISS à clé fausse : le NISS laissait voir le début du compte."""
    assert _regles(texte) == {"anonymat.iban"}


def test_onze_chiffres_seuls_restent_un_niss_a_cle_fausse() -> None:
    assert _regles("Numéro 85073003329 noté au dossier.") == {"anonymat.niss"}


def test_le_message_dit_au_nom_de() -> None:
    """Le casemanager lit pourquoi le mot est signalé : le titulaire nommé après « au nom de »."""
    constats, _ = analyser_texte("Le reçu est au nom de yilmaz.", NOTE, ContexteAnonymat())
    assert [c.regle for c in constats] == ["anonymat.nom"] and "après « au nom de »" in constats[0].message
    assert "yilmaz" not in constats[0].message


@pytest.mark.parametrize("texte", ["la dre traitante mbuyi refuse", "Le docteur référent Kalonji appelle.",
                                   "le dr remplaçant tshimanga", "le docteur prescripteur kabeya appelle"])
def test_un_nom_apres_une_fonction_derriere_la_civilite_reste_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize("texte", ["mme intervenante aemo est passée.", "la dre consultante cpms appelle."])
def test_un_sigle_apres_une_fonction_derriere_la_civilite_n_est_pas_un_nom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize("nom", ["Taxi Mvuemba", "Centre Lufuluabo", "Garage Ilunga", "Taxi Koning", "Garage Prince"])
def test_un_type_de_commerce_devant_un_nom_rare_reste_un_nom(nom: str) -> None:
    """Un nom que la presse cite (wordfreq le connaît) n'est pas un mot de la langue : « Taxi Mvuemba » est une personne."""
    assert "anonymat.nom" in _regles(f"prestataire:\n  nom: {nom}\n", FICHE)
