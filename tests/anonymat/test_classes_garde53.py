"""Cinquante et unième passage : après « à », un nom est un destinataire (et non un lieu) aussi après un verbe de
conseil, de proposition ou de parole juste avant « à » (garde53, écrit à l'aveugle avant lui) ; un verbe de message est
lu aussi sur la ligne d'avant quand « à » ouvre la ligne ; un long mot inconnu en capitales juste après un verbe de
conseil et « à » est un nom, pas un sigle. Variantes écrites ici (jamais les phrases de
`cas/garde53.jsonl`) ; à côté, les négatifs voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Il faudra proposer à Nyamwasa un suivi au SSM.", "« N******* »"),
        ("Il faut conseiller à Bakayoko de reprendre l'école.", "« B******* »"),
        ("Rappeler gentiment à Kouyaté que la charte est à signer.", "« K****** »"),
        ("La cm recommande à Tchibinda de revoir le médecin.", "« T******** »"),
        ("Il faut redire à Oyebanji qu'il peut venir accompagné.", "« O******* »"),
        ("Montrer à Ravelomanana le planning de la semaine.", "« R*********** »"),
        ("Il faut rappeler à KALOMBWE de prévenir l'école.", "« K******* »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_a_en_tete_de_ligne_le_verbe_est_lu_sur_la_ligne_d_avant() -> None:
    assert "« M********* »" in seul_masque("remarque: |\n  Il a été demandé par la déléguée\n  à Mwanakatwe de venir\n",
                                         FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune dit qu'il se sent mieux à Gembloux, chez la tante.",  # une subordonnée : le lieu où il se sent mieux
        "La mère dit que la vie à Ouagadougou était plus simple.",
        "Le père propose de l'emmener à Kipushi cet été.",  # un infinitif : le lieu où l'emmener
        "Proposer une formation à Charleroi.",  # une localité belge
        "Rappeler à l'AMO la date de la concertation.",
        "Signalé à FEDASIL le changement d'adresse.",  # un organisme des listes, en capitales
        "Transmis au SAJ et au SPJ.",
        "Un emploi lui a été proposé à Kipushi, chez un oncle.",  # un participe : le lieu (l'attaque-83)
        "La tante lui a proposé un petit boulot à Kipushi pour l'été.",  # le verbe loin de « à »
        "La mère dit avoir de la famille à Kunduz.",
        "Rendez-vous pris avec le conseiller à Droixhe.",  # le métier, pas le verbe
        "Une montre achetée à Gyumri.",
        "Transmis à VIVALIA le rapport du séjour.",  # un organisme en capitales après un verbe de message (revue53)
        "Elle dit avoir perdu ses parents à Kunduz.",
        "## Rappel\nà Butembo, le stage continue.\n",  # un titre, pas le verbe de la ligne suivante
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
