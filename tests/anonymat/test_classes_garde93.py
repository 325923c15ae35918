"""Quatre-vingt-onzième passage, tiré des faux positifs d'aveugle-91 (les notes multilingues : 25 % de ses négatifs
signalés) : dans une ligne que ses mots outils disent allemande, anglaise, espagnole ou néerlandaise, un mot outil, un
jour ou un mois de cette langue (« beim », « Monday », « Montag ») et, en minuscules, un mot courant de cette langue
(« young person », « el joven ») ne sont pas des noms ; un mot à majuscule y reste lu (un nom de famille allemand est
souvent un mot : « Laut Freund… », l'attaque-123), une civilité d'une autre langue annonce un nom (« Mrs Fox »,
« Frau Weber »). garde93, écrit à l'aveugle avant lui, en trouvait 100 sur 150. Variantes écrites ici (jamais les
phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Er ist am Freitag und am Montag nicht da.\n",
        "He will move back home on Thursday.\n",
        "Hoy el joven vuelve a casa el viernes con su padre.\n",
        "Das Gespräch wurde auf Mittwoch verschoben, sagt die Schule.\n",
    ],
)
def test_un_mot_outil_un_jour_ou_un_mot_courant_d_une_autre_langue_n_est_pas_un_nom(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("The social worker, Mrs Crane, will call the school.\n", "Crane"),
        ("Ms. Fairweather from the youth team rang this morning.\n", "Fairweather"),
    ],
)
def test_une_civilite_d_une_autre_langue_annonce_un_nom(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Laut Freund ist die Wohnung zu klein für die Familie.\n", "Freund"),
        ("Die Schule hat mit Rosenbaum gesprochen und er ist einverstanden.\n", "Rosenbaum"),
        ("Laut Jonas ist er sehr müde und will nicht zur Schule.\n", "Jonas"),
    ],
)
def test_un_nom_qui_est_un_mot_allemand_reste_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Selon l'AS, on a revu M. An et sa fille.\n", "An"),
        ("Nur ist mit der Mutter und dem Bruder gekommen.\n", "Nur"),
        ("Domingo no vino a la cita con su madre.\n", "Domingo"),
        ("Mei kwam niet op de afspraak met haar moeder.\n", "Mei"),
    ],
)
def test_un_prenom_qui_est_un_mot_outil_ou_un_jour_reste_signale(texte: str, nom: str) -> None:
    """La relecture revue67 : « on », « in » sont aussi français ; « Nur », « Domingo », « Mei » sont des prénoms."""
    assert nom in noms_trouves(texte)

