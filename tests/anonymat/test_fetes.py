"""Les fêtes que célèbrent les familles suivies, sous les graphies qu'on leur donne, ne sont pas des noms.

Un récit dit « pas de rendez-vous pendant Hanoukka » : signaler la fête bloquerait la note pour rien et
apprendrait aux casemanagers à passer outre la garde.
"""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte

FETES = ["Hanoukka", "Hanukkah", "Chanoeka", "Hanouka", "Hanoucca", "Pessah", "Pourim", "Kippour", "Diwali",
         "Newroz", "Nowruz", "Meskel", "Timkat", "Tabaski", "Ramadan", "Korité", "Vesak", "Hanoukah"]
GABARITS = ["Pas de rendez-vous pendant {} : la famille reçoit.",
            "La famille fête {} ; absence prévue.",
            "attentes:\n  famille: pouvoir fêter {} ensemble.\n"]


def _regles(texte: str) -> set[str]:
    fichier = "dossiers/2019-003/concertations/essai." + ("yaml" if ":\n" in texte else "md")
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle for c in constats}


@pytest.mark.parametrize("fete", FETES)
@pytest.mark.parametrize("gabarit", GABARITS)
def test_une_fete_n_est_pas_un_nom(fete: str, gabarit: str) -> None:
    assert _regles(gabarit.format(fete)) == set()


@pytest.mark.parametrize("gabarit", GABARITS)
def test_un_nom_a_la_place_de_la_fete_reste_signale(gabarit: str) -> None:
    assert "anonymat.nom" in _regles(gabarit.format("Kabongo"))
