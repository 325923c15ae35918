"""Plaques d'immatriculation : les formes qui ne ressemblent à rien d'autre, seules ; les autres quand la phrase
parle d'un véhicule ; jamais une référence de dossier, un article de loi, un numéro de service ou un montant."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "note.md") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.regle for c in constats]


@pytest.mark.parametrize(
    "texte",
    [
        "Relevé devant le foyer : 2-HPL-551.",  # Belgique depuis 2010, sans contexte
        "Le scooter porte la plaque M-KTR-207.",  # lettre de catégorie (moto)
        "Une plaque marchand Z-BQE-318 a été vue.",
        "Elle arrive de Roubaix, FT-418-QC.",  # France
    ],
)
def test_plaque_reconnue_seule(texte: str) -> None:
    assert _regles(texte) == ["anonymat.plaque"]


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Sa voiture, immatriculée 2 MWA 730, reste au garage.", "note.md"),
        ("Noté par le voisin : voiture 1RFD603, à vérifier.", "note.md"),  # collée
        ("plaque relevée par l'AMO : 2-mwa-730", "note.md"),
        ("La camionnette du cousin (JPK-915) est garée rue haute.", "note.md"),
        ("Ancienne voiture du père : 384-LHW.", "note.md"),
        ("La moto de l'oncle, KL 512 TR, a été saisie.", "note.md"),
        ("Vieille voiture française 4071 ZK 59 revue au marché.", "note.md"),
        ("De nummerplaat van de wagen is 52-NRX-4.", "note.md"),
        ("Kenteken van de moeder: TZ-58-PK.", "note.md"),
        ("La voiture polonaise de l'oncle, KR 7M204, est revenue.", "note.md"),
        ("Sa voiture allemande : K-LM 4821.", "note.md"),
        ("vehicule_mere: 2 NVB 046\n", "note.yaml"),
        ("| Voiture | 1-kpr-992 |\n", "note.md"),
    ],
)
def test_plaque_reconnue_quand_la_phrase_parle_d_un_vehicule(texte: str, fichier: str) -> None:
    assert "anonymat.plaque" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Le dossier 2021-004 et le dossier SAJ 25/0917 sont joints.",
        "La voiture est évoquée dans le dossier SAJ 25/0917.",
        "En vertu de l'article 458 du Code pénal, la voiture reste au parking.",
        "La voiture a été achetée 2 350 EUR, assurance comprise.",
        "Le devis de l'auto-école s'élève à 950 EUR.",
        "Sa voiture, une Clio de 2016, est en panne ; il prend le TEC 4.",
        "La voiture du CPAS 1234 attend devant la gare.",  # sigle et numéro de quatre chiffres
        "Le PV 2024/018822 mentionne la voiture du père.",
        "Le service d'urgence (112) et Écoute-Enfants (103) sont rappelés.",
        "Ligne 2-3-4 du tableau, voir la voiture.",
        "Code du jeune : LMG20101000.",
        "Le test WISC-V donne 78 ; il vise le CE1D.",
        "Il prend le bus TEC 365 puis la voiture du père.",  # ligne de bus
        "Voiture : Peugeot 208, immatriculation en cours.",
    ],
)
def test_ni_reference_ni_article_ni_montant(texte: str) -> None:
    assert "anonymat.plaque" not in _regles(texte)


def test_le_message_masque_la_plaque() -> None:
    constats, _ = analyser_texte("Voiture : 1-ZRG-417.", "note.md", ContexteAnonymat())
    assert [c.regle for c in constats] == ["anonymat.plaque"]
    assert "ZRG" not in constats[0].message and "417" not in constats[0].message
    assert "plaque d'immatriculation" in constats[0].message


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Plaque notée par le voisin : KRM 318.", "note.md"),  # ancienne belge, espace
        ("Plaque luxembourgeoise du beau-père : RT 2290.", "note.md"),
        ("Kenteken in Turkije: 34 KLM 805.", "note.md"),
        ("La police a relevé la plaque marocaine 12345-أ-33.", "note.md"),
        ("immat. fr : cd-418-pq", "note.md"),
        ("Sa voiture (2-BKE-\n318) était garée devant le foyer.\n", "note.md"),  # coupure douce
        ("remarques: >-\n  Le père circule avec la plaque 1-ZRT-\n  604 depuis mars.\n", "note.yaml"),
    ],
)
def test_plaques_d_ailleurs_anciennes_ou_coupees(texte: str, fichier: str) -> None:
    assert "anonymat.plaque" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune prend la voiture du TEC 365 puis le bus.",  # une ligne de bus : la phrase ne nomme pas de plaque
        "La plaque commémorative de 2019 rappelle la SAJ 1234.",  # une année, un sigle suivi d'un numéro
        "Plaque tournante : 12 ANS 2010.",
    ],
)
def test_formes_faibles_sans_plaque_nommee(texte: str) -> None:
    assert "anonymat.plaque" not in _regles(texte)


# Sixième passage : plaques de tout pays quand la phrase parle d'un véhicule, dans sa langue ; formes sûres seules.
@pytest.mark.parametrize(
    "texte",
    [
        "Die Mutter fährt ein Auto mit Kennzeichen KA 7731 (Schweiz).",
        "Su coche tiene la matrícula 7301 GHB.",
        "Samochód wujka: KR 4G771.",
        "Babasının arabası 35 TK 902 plakalı.",
        "Mașina tatălui: CJ 22 MTB.",
        "The car of the mother: WX62 KLP.",
        "La voiture bulgare du cousin : PB 7712 AK.",
        "La voiture du père, immatriculée en Suisse GE 77412.",
        "Машината на чичо: СВ 1234 ВР.",
        "La famille a roulé jusqu'à Tanger dans la voiture 1273 - د - 26.",
    ],
)
def test_plaque_d_ailleurs_quand_la_phrase_parle_d_un_vehicule(texte: str) -> None:
    assert "anonymat.plaque" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'oncle est revenu de Lisbonne, plaque CT-72-HV.",  # Portugal, Pays-Bas : lettres, chiffres, lettres
        "Vu devant le foyer : M-QR 7120.",  # Allemagne
        "Il arrive de Cluj avec CJ 08 RTV.",  # Roumanie
        "Elle est venue avec 4518-و-12.",  # Maroc
    ],
)
def test_plaque_d_ailleurs_de_forme_sure_sans_contexte(texte: str) -> None:
    assert "anonymat.plaque" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le car scolaire part à 8 h 30, ligne 2B.",
        "Sa voiture a coûté 12 000 EUR en 2019, puis 480 CHF de réparation.",
        "La voiture du CPAS 1234 et le bus TEC 365 sont en retard.",
        "La voiture : Peugeot 208 GT de 2015.",
        "Die Reise mit dem Auto dauerte 12 Stunden.",
        "L'accord EU-US 2020 est cité dans la note.",
        "Le formulaire CERFA 12345 accompagne la voiture.",
        "La norme ISO 9001 du garage, pour la voiture.",
    ],
)
def test_plaque_d_ailleurs_ni_montant_ni_sigle(texte: str) -> None:
    assert "anonymat.plaque" not in _regles(texte)
