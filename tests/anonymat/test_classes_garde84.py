"""Quatre-vingt-deuxième passage, tiré des ratés d'aveugle-87 : une adresse luxembourgeoise dans l'ordre du pays, le
numéro devant « Grand-Rue » et le code postal à « L- » (« 169, Grand-Rue, L-9050 Ettelbruck »). garde84, écrit à
l'aveugle avant lui, en trouvait 86 positifs sur 90. Variantes écrites ici (jamais les phrases de `cas/garde84.jsonl`).
Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import regles_trouvees as _regles


@pytest.mark.parametrize(
    "texte",
    [
        "Nouvelle adresse de la mère : 57, Grand-Rue, L-9530 Wiltz.\n",
        "| hébergement | 8, Grand-Rue, L-3313 Bergem |\n",
    ],
)
def test_l_adresse_luxembourgeoise_est_signalee(texte: str) -> None:
    assert _regles(texte) == ["anonymat.adresse"]


@pytest.mark.parametrize(
    "texte",
    [
        "La Grand-Rue est en travaux jusqu'en mai ; 12 commerces y restent ouverts.\n",
        "Le formulaire L-1930 est à renvoyer au guichet.\n",
        "Rendez-vous sur la Grand-Place pour la fête de quartier.\n",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []
