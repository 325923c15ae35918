"""Douzième passage (ratés d'aveugle-15 à aveugle-17) : réglé par FONCTION, pas par tournure, et essayé sur des
variantes écrites ici avec leurs négatifs proches. Identifiants : un identifiant coupé sur plusieurs lignes courtes
d'un récit, la plaque belge actuelle reconnue à sa forme quelle que soit sa casse, le numéro d'une pièce d'identité
sans clé connue. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


# --- identifiants coupés sur plusieurs lignes courtes -------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Vu lors de la visite, le scooter\nKT 318\nBV, garé devant l'école.\n", "plaque"),
        ("La camionnette immatriculée\nRZ\n715 KP stationne la nuit.\n", "plaque"),
        ("Il a relevé la plaque\nGHT\n552 devant le foyer.\n", "plaque"),
        ("Le scooter\nXH\n096\nHA est garé devant.\n", "plaque"),  # quatre lignes
        ("La mère est née le\n4\nmars 1987, dit le CPAS.\n", "date_naissance"),
        ("La jeune est née le\n22\noctobre\n1999, confirmé par la famille.\n", "date_naissance"),
        ("Appeler la tante au\n0471\n23 45 67 après 17 h.\n", "telephone"),
    ],
)
def test_un_identifiant_coupe_sur_des_lignes_courtes_est_lu_recousu(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La réunion a lieu\nle\n22\noctobre\n2024 au SSM.\n",  # une date, mais pas une naissance
        "Le bus\n71\npasse à\n8 h.\n",
        "Présents :\nla CM\nle SSM\nl'école\n",  # une liste écrite ligne à ligne, sans identifiant
    ],
)
def test_des_lignes_courtes_sans_identifiant_restent_permises(texte: str) -> None:
    assert _regles(texte) == set()


# --- plaque belge actuelle, quelle que soit sa casse --------------------------------------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Déplacements remboursés :\n1. 2-awv-494 – 42 km\n2. bus\n",
        "Frais de route :\n1. 2 MPJ 048 – 42 km\n",
        "- 1 KTR 551 (taxi social)\n",
        "Relevé devant le foyer : 2-kqz-731.",
        "| trajet | 1 ZVN 207 | 18 km |\n",
    ],
)
def test_plaque_belge_actuelle_en_minuscules_ou_a_espaces(texte: str) -> None:
    assert "plaque" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Montant : 2 EUR 100 fois.",  # une monnaie
        "Voir 12 ABC 123 et 1 ABC 2345.",  # index à deux chiffres, quatre chiffres
        "Taux 1,2 KGS 100.",
        "Le 2-ans-1234 du tableau.",
    ],
)
def test_ni_sigle_ni_monnaie_ni_autre_longueur(texte: str) -> None:
    assert "plaque" not in _regles(texte)


def test_les_lettres_d_un_sigle_du_reseau_ne_sont_pas_une_plaque() -> None:
    contexte = ContexteAnonymat()
    contexte.autoriser_expression("SAJ")
    constats, _ = analyser_texte("Le dossier 2 SAJ 123 est joint.", "essai.md", contexte)
    assert constats == []
    assert "plaque" in _regles("Le dossier 2 SJA 123 est joint.")


# --- numéro d'une pièce d'identité, sans clé connue ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Annexe 2 – pièces d'identité (pays d'origine)\nNuméro repris : 4731.15.773\n", "essai.md"),
        ("Passeport guinéen de la mère\nnuméro : 7503093965\n", "essai.md"),
        ("pieces:\n- type: carte d'identité étrangère\n  numero: '2997.57.900'\n", "essai.yaml"),
        ("pieces:\n- type: passeport\n  pays: Érythrée\n  numero: '08058052310'\n", "essai.yaml"),
        ("Titre de séjour n° 5521 884 107, valable un an.", "essai.md"),
        ("identifiant_etranger:\n  pays: Espagne\n  numero: 'X3798557S'\n", "essai.yaml"),
    ],
)
def test_le_numero_d_une_piece_d_identite_est_un_identifiant_national(texte: str, fichier: str) -> None:
    assert "niss" in _regles(texte, fichier)


@pytest.mark.parametrize(
    ("texte", "regles"),
    [
        ("Carte d'identité perdue.\nNuméro de la maman : 0471 23 45 67\n", {"telephone"}),  # un GSM belge
        ("Passeport vu.\nNuméro du père (gsm) : 081 22 33 44\n", {"telephone"}),  # la ligne dit téléphone
        ("Passeport perdu.\n\nNuméro repris : 4731.15.773\n", {"telephone"}),  # séparé par une ligne vide
        ("Carte d'identité : dossier SAJ 2023/123456.\n", set()),  # une référence à barre
        ("Le titre de séjour expire le 31/12/2025.\n", set()),
    ],
)
def test_autour_d_une_piece_un_telephone_ou_une_reference_restent_ce_qu_ils_sont(texte: str, regles: set[str]) -> None:
    assert _regles(texte) == regles


# --- noms : la position d'une personne, quelle que soit la casse --------------------------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "leviers: La tante, wang, soutient beaucoup le jeune.",
        "La grand-mère maternelle, konan, accueille l'enfant chaque mercredi.",
        "Le parrain du jeune, mbuyi, vient le samedi.",
        "La sœur, chen, passe le prendre.",
        "La grand-mère maternelle, ŞÊXO, accueille l'enfant.",  # capitales qu'aucun sigle n'écrit
        "Le jeune voit ĞÜLER le mercredi.",
    ],
)
def test_un_nom_appose_a_un_proche(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La mère, seule, élève trois enfants.",
        "Le père, absent, n'a pas signé.",
        "La tante, elle, refuse.",
        "La mère, enceinte, est fatiguée.",
        "La mère, rose, vient.",  # un prénom qui est un mot de tous les jours
        "Le référent, toutefois, insiste.",
        "Le cousin, petit, attend.",
        "Réunion du CGRA et du SPJ.",  # des sigles en capitales ASCII
    ],
)
def test_un_adjectif_ou_un_adverbe_appose_reste_permis(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Entretien téléphonique avec delhaye (mardi 27).",
        "Le jeune passe le week-end chez kowalski.",
        "Une place a été demandée pour tesfamariam à partir de septembre.",
        "Pour thébault, la priorité reste l'école.",
        "Pour ocampo : prévoir un interprète.",
        "Se renseigner auprès de uçar pour le transport.",
        "Elle exprime de la colère envers kouyaté.",
    ],
)
def test_un_nom_en_minuscules_apres_avec_chez_pour_envers(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Revoir avec plasir la suite.",  # une faute de frappe après « avec » n'est pas un nom
        "Courses chez colruyt puis chez lidl.",
        "pour manger, pour info, pour rappel, pour autant",
        "entre autres, entre eux ; auprès de lui ; envers elle",
    ],
)
def test_apres_une_preposition_un_mot_ou_une_enseigne_reste_permis(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Pelletier et son compagnon ont demandé un report.",
        "Tesfaye et sa mère sont venus au SSM.",
        "Deschamps avec sa tante ont signé.",
    ],
)
def test_un_nom_en_tete_de_phrase_coordonne_a_un_proche(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Namur et sa région.", "Noël et ses cadeaux.", "Marchand et ses collègues ont livré."],
)
def test_un_lieu_une_fete_ou_un_metier_coordonne_reste_permis(texte: str) -> None:
    assert "nom" not in _regles(texte)
