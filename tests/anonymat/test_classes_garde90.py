"""Quatre-vingt-huitième passage, tiré des ratés de garde87 (« Cc : rose », « appelant: patience », une colonne
« Appelant ») : dans un message recopié, un prénom porté qui est aussi un mot (« rose », « Espoir », « grâce ») est la
personne là où s'écrit qui écrit, reçoit ou appelle : seul dans un champ d'en-tête, locuteur d'une ligne d'export
horodatée, après « appel de », « SMS à », « appel manqué : » sur une ligne de journal qui commence par une heure. Un
mot d'agenda (« Lever », « Bureau », « Patron »), un organisme (« Itsme »), le genre d'un message (« message de
chance ») y restent des mots (l'attaque-120). garde90, écrit à l'aveugle avant lui, en trouvait 128 sur 150.
Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, noms_trouves, regles_trouvees


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Cci : aurore\nObjet : absence de mardi\n", "aurore"),
        ("Destinataire : sagesse (sa sœur)\n", "sagesse"),
        ("- appelante: précieuse\n", "précieuse"),
        ("Répondu par : fidèle, éducateur\n", "fidèle"),
        ("| Heure | Appelant | Durée |\n|---|---|---|\n| 16:05 | gloire | 4 min |\n", "gloire"),
    ],
)
def test_le_prenom_seul_dans_un_champ_d_en_tete_est_signale(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("05/11/2024, 21:14 - Grâce: la navette est partie sans moi\n", "Grâce"),
        ("[05/11/2024 21:14:02] chance: on arrive\n", "chance"),
        ("21h14 Espoir : il dort chez son cousin\n", "Espoir"),
        ("- 05/11/2024 à 21:14, exaucée : ok pour demain\n", "exaucée"),
    ],
)
def test_le_locuteur_d_un_export_est_signale(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("- 16:05 appel de sagesse (6 min)\n", "sagesse"),
        ("- 16:10 SMS à honoré : rendez-vous confirmé\n", "honoré"),
        ("* 16h30 — appel manqué : Sagesse\n", "Sagesse"),
    ],
)
def test_la_personne_d_une_ligne_de_journal_est_signalee(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


def test_chaque_cle_d_un_dictionnaire_en_ligne_est_lue() -> None:
    texte = "appels:\n  - {heure: '16:05', appelant: prudence, destinataire: modeste, duree: 2 min}\n"
    assert noms_trouves(texte) == ["prudence", "modeste"]


@pytest.mark.parametrize(
    "texte",
    [
        "- 07h15 Lever : il traîne au lit\n",
        "[07:00] Lever : j'y vais doucement\n",
        "05/11/2024, 12:00 - Repas : cantine\n",
        "Qui : Bureau\n",
        "Expéditeur : Itsme\nObjet : code de confirmation\n",
        "- 16:05 message de chance : « bonne chance demain »\n",
        "- 16:05 appel manqué : Patron\n",
        "- 16:05 appel de courtoisie du garage\n",
        "05/11/2024, 06:55 - Moi: tu te lèves ?\n",
        "Il reste une question, qui : courage\n",
    ],
)
def test_un_mot_a_ces_places_reste_muet(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_un_organisme_seul_dans_un_champ_d_acteur_n_est_pas_une_personne() -> None:
    assert regles_trouvees("signalements:\n  - de: Child Focus\n", FICHE) == []
    assert regles_trouvees("Cc : Torfs\n") == ["anonymat.nom"]  # un organisme qui est aussi un nom des listes
