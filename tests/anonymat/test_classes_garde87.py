"""Quatre-vingt-cinquième passage, tiré des ratés d'aveugle-88 (les messages recopiés : « Appel manqué de
Cheikh », « SMS reçu de léa ») : qui envoie un message, un appel, un SMS (« de », jamais élidé), à qui il va
(« SMS à », « répondu à »), qui parle après une heure entre crochets ; à ces places, un prénom ou un nom des listes
est un nom, et à majuscule un prénom homonyme d'un mot aussi (en minuscules, « un message de courage » reste un mot,
l'attaque-117). garde87, écrit à l'aveugle avant lui, en trouvait 135 sur 150. Variantes écrites ici (jamais les
phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Appel de Destin ce matin : il viendra seul.\n", "Destin"),
        ("SMS à kouassi (17h) : ok pour demain.\n", "kouassi"),
        ("Appel manqué de Prince vers 9 h.\n", "Prince"),
        ("Mail de Cheikh transféré au SSM.\n", "Cheikh"),
        ("SMS à Espoir pour confirmer jeudi.\n", "Espoir"),
        ("[08:55] Grâce : je serai là\n", "Grâce"),
    ],
)
def test_la_personne_d_un_message_est_signalee(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


@pytest.mark.parametrize(
    "texte",
    [
        "Un message de soutien a été envoyé à l'école.\n",
        "Message de Noël de l'équipe.\n",
        "SMS de bienvenue envoyé après l'inscription.\n",
        "Message d'espoir de la classe.\n",
        "[09:00] Rappel : réunion d'équipe\n",
        "Appel de détresse reçu au 103.\n",
        "Un message de courage a été lu en groupe de parole.\n",
        "SMS de Saint-Valentin reçu par la jeune.\n",
        "Rappel de Clio pour un défaut d'airbag.\n",
        "Appel de Iris Sud pour fixer la consultation.\n",
        "[07:00] Lever : douche\n[12:00] Repas : cantine\n[21:00] Fin : coucher\n",
    ],
)
def test_les_mots_d_un_message_restent_muets(texte: str) -> None:
    assert noms_trouves(texte) == []
