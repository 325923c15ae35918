"""Classes de ratés relevées sur aveugle-15 et aveugle-16 (onzième passage : identifiants structurés), réglées par
CLASSE (une date écrite en caractères chinois, une plaque à tirets espacés, une voie d'un pays des familles, un numéro
à lettre ou à étage) et essayées sur des variantes écrites ici, avec leurs négatifs proches. Adresses et plaques
fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


# --- dates de naissance -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("La mère, née le 1991年3月8日, ne parle que mandarin.", "essai.md"),
        ("acte:\n  date_naissance: '2009年12月1日'\n", "essai.yaml"),
        ("Geboren: 2010年7月23日 (volgens paspoort)", "essai.md"),
        ("ddn_pere: '3 mars 1979'\n", "essai.yaml"),
        ("ddn_tante: '12 april 1985'\n", "essai.yaml"),
        ("Date de naissance :\n14.02.2007\n", "essai.md"),
        ("- Naissance :\n  2008-11-30\n", "essai.md"),
    ],
)
def test_dates_de_naissance_chinoises_en_cle_ou_a_la_ligne(texte: str, fichier: str) -> None:
    assert "date_naissance" in _regles(texte, fichier)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Réunion fixée au 2024年3月8日 avec l'interprète.", "essai.md"),
        ("ddn_verifiee_le: 2024-03-02\n", "essai.yaml"),
        ("Réunion :\n14.02.2024\n", "essai.md"),
        ("Naissance de la petite sœur attendue.\n\nConcertation :\n2024-11-30\n", "essai.md"),
    ],
)
def test_une_date_d_autre_chose_reste_permise(texte: str, fichier: str) -> None:
    assert "date_naissance" not in _regles(texte, fichier)


# --- plaques ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le cousin gare sa voiture 2 - KLM - 418 devant le foyer.", "essai.md"),
        ("Camionnette : 1 - RTV - 305.", "essai.md"),
        ("vehicule_oncle: '1 - BNW - 772'\n", "essai.yaml"),
        ("L'ex-compagnon conduit la 1-KPT552 depuis mars.", "essai.md"),
        ("Il conduisait une ZRT 418 le soir de la fugue.", "essai.md"),
        ("Demande de carte de stationnement pour le 1 VWX 283.", "essai.md"),
    ],
)
def test_plaques_a_tirets_espaces_ou_d_un_conducteur(texte: str, fichier: str) -> None:
    assert "plaque" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Étapes du plan : 1 - SPJ - 2 rencontres, puis bilan.",
        "Le bus conduit la classe au TEC 365 chaque matin.",
        "Stationnement payant : 2 EUR 50 la demi-heure.",
        "Il conduit la réunion du 1 - AMO - 12 mai.",
    ],
)
def test_sigles_et_etapes_ne_sont_pas_des_plaques(texte: str) -> None:
    assert "plaque" not in _regles(texte)


# --- adresses -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le père loge Kerkstraat 31B, 9000 Gent.", "essai.md"),
        ("adresse: 'Molenweg 7a bus 2, 3000 Leuven'\n", "essai.yaml"),
        ("Nieuwe adres: Grote Markt 12C, 2000 Antwerpen", "essai.md"),
        ("Adres: Kerkstraat, 18, 2de verdieping – 9000 Gent", "essai.md"),
        ("Chez l'oncle, Molenstraat, 9, 4de verdieping, 2018 Antwerpen.", "essai.md"),
        ("Domicile : 45, 3e étage, avenue des Lilas", "essai.md"),
        ("La tante vit vul. Shevchenka 12, 79000 Lviv depuis la guerre.", "essai.md"),
        ("adresse: vulytsia Franka 8\n", "essai.yaml"),
        ("Le grand-père vit Cumhuriyet Caddesi 17, 34000 İstanbul.", "essai.md"),
        ("adresse: İnönü Sokak 5, 35000 İzmir\n", "essai.yaml"),
        ("Visite à domicile au Derb Ghallef 12, Casablanca, mardi.", "essai.md"),
        ("La cousine est hébergée ul. Krakowska 9 à Lublin.", "essai.md"),
        ("Courrier renvoyé de la Rua das Flores 33 à Porto.", "essai.md"),
        ("adresse: rruga Durrësit 14\n", "essai.yaml"),
    ],
)
def test_adresses_a_lettre_etage_ou_d_un_pays_des_familles(texte: str, fichier: str) -> None:
    assert "adresse" in _regles(texte, fichier)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le jeune traîne souvent dans la Kerkstraat, à Gent.", "essai.md"),
        ("La famille a fui Kyiv par la vul. Khreshchatyk.", "essai.md"),
        ("Il a vu des photos de la Rua Augusta à Lisboa.", "essai.md"),
        ("Les cousins vivent près d'Atatürk Caddesi, à Ankara.", "essai.md"),
        ("Le derby de dimanche : Standard 2, Anderlecht 1.", "essai.md"),
        ("Le SSM a déménagé Stationsstraat, 3de verdieping.", "essai.md"),
        ("Le service est au 3e étage, avenue des Lilas.", "essai.md"),
    ],
)
def test_une_rue_sans_numero_reste_permise(texte: str, fichier: str) -> None:
    assert "adresse" not in _regles(texte, fichier)
