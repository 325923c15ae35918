"""Numéros nationaux d'autres pays (contrôlés par python-stdnum, en contexte d'identifiant), IBAN d'ailleurs
à clé fausse, anciens comptes belges et NISS à clé fausse sous leur forme officielle."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.regle for c in constats]


@pytest.mark.parametrize(
    "texte",
    [
        "PESEL de la mère : 08230712344.",
        "Le père a donné son CNP roumain, 5080715401237, à l'accueil.",
        "EGN du grand-père : 7508124565",
        "Numéro de sécurité sociale (France) : 1 92 04 75 112 043 69",
        "NIR : 192047511204369",
        "Burgerservicenummer van de moeder: 123456782",
        "Son BSN (555121239) figure sur la lettre de la gemeente.",
        "TC Kimlik numarası : 10394567836",
        "Codice fiscale della madre: BNCLCU80A41F205X",
        "identifiant_pere: '555121239'",
    ],
)
def test_numero_national_etranger_en_contexte(texte: str) -> None:
    assert "anonymat.niss" in _regles(texte, "essai.yaml" if texte.startswith("identifiant_") else "essai.md")


@pytest.mark.parametrize(
    "texte",
    [
        "Le colis 123456782 est arrivé au foyer.",  # un BSN valide, mais rien ne parle d'identifiant
        "Facture 08330712344 réglée par le CPAS.",  # ni PESEL annoncé, ni date de NISS possible
        "BSN van de vader: 123456789.",  # contrôle faux
        "Numéro de sécurité sociale (France) : 1 92 04 75 112 043 68",
    ],
)
def test_suite_de_chiffres_sans_contexte_ou_sans_controle(texte: str) -> None:
    assert "anonymat.niss" not in _regles(texte)


def test_ancien_compte_belge_controle_mod_97() -> None:
    assert _regles("Versement sur l'ancien compte 210-4567123-27 du père.") == ["anonymat.iban"]
    assert _regles("Référence 210-4567123-28 du bon de commande.") == []


@pytest.mark.parametrize(
    "texte",
    [
        "Cuenta de la madre: ES91 2100 0418 4502 0005 1333",  # clé juste
        "Cuenta de la madre: ES92 2100 0418 4502 0005 1333",  # clé fausse, pays et longueur justes
        "Rekening van de vader: NL92 ABNA 0417 1643 00",
    ],
)
def test_iban_d_ailleurs_en_contexte_de_compte_meme_a_cle_fausse(texte: str) -> None:
    assert _regles(texte) == ["anonymat.iban"]


def test_iban_a_cle_fausse_hors_contexte_ou_mal_forme() -> None:
    assert _regles("Le code ES92 2100 0418 4502 0005 1333 du colis.") == []
    assert _regles("Compte : ES92 2100 0418 4502 0005") == []  # trop court pour l'Espagne


@pytest.mark.parametrize("texte", ["Numéro repris sur la fiche : 08052412345.", "08252412345 (copié du formulaire)"])
def test_onze_chiffres_d_un_tenant_dont_la_date_est_possible(texte: str) -> None:
    assert _regles(texte) == ["anonymat.niss"]


@pytest.mark.parametrize("texte", ["Commande 08152412345 livrée.", "WhatsApp : +32471930528."])
def test_onze_chiffres_qui_ne_sont_pas_un_niss(texte: str) -> None:
    assert "anonymat.niss" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "secret"),
    [
        ("Codice fiscale della madre: BNCLCU80A41F205X", "BNCLCU"),
        ("PESEL de la mère : 08230712344.", "0823071"),
        ("Versement sur l'ancien compte 210-4567123-27 du père.", "210"),
        ("NISS : huitante-cinq, zéro sept, trente, zéro trente-trois, vingt-huit", "huitante"),
    ],
)
def test_le_message_ne_repete_pas_le_numero(texte: str, secret: str) -> None:
    constats, _ = analyser_texte(texte, "essai.md", ContexteAnonymat())
    assert constats and all(secret not in c.message for c in constats)


# Sixième passage : numéros nationaux à lettre de contrôle et d'autres pays que python-stdnum sait vérifier,
# anciens comptes belges sans tirets en contexte de compte.
@pytest.mark.parametrize(
    "texte",
    [
        "DNI de la madre: 47182030Z",
        "Documento nacional de identidad 47182030-Z del padre.",
        "NIE del tío: X-1234567-L",
        "NIE x1234567l (copié en minuscules)",
        "Numéro AVS suisse de la tante : 756.9217.0769.85",
        "Steuer-ID des Vaters: 36574261809",
        "Personnummer: 880320-0016 (Suède).",
    ],
)
def test_numero_national_d_ailleurs_a_lettre_ou_de_plus_de_pays(texte: str) -> None:
    assert "anonymat.niss" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Référence du courrier : 47182030Z.",  # forme d'un DNI, sans contexte d'identifiant
        "DNI à demander au consulat, formulaire 47182031A.",  # lettre de contrôle fausse
        "Commande 756.9217.0769.85 du magasin.",
    ],
)
def test_forme_d_un_numero_d_ailleurs_sans_contexte_ou_fausse(texte: str) -> None:
    assert "anonymat.niss" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Ancien compte de la mère : 063 0441872 72.", "Virement reçu du 063044187272 (ancien numéro)."],
)
def test_ancien_compte_sans_tirets_en_contexte_de_compte(texte: str) -> None:
    assert "anonymat.iban" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Dossier 063 0441872 72 transmis au SAJ.",  # pas de compte dans la ligne
        "Compte rendu : le numéro 063 0441873 72 est celui du guichet.",  # contrôle faux
        "Numéro d'entreprise de l'asbl, compte chez Belfius : 0412.345.614.",
    ],
)
def test_ancien_compte_sans_tirets_ni_contexte_ni_controle(texte: str) -> None:
    assert "anonymat.iban" not in _regles(texte)
