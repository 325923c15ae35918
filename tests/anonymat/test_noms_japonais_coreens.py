"""Noms japonais et coréens : names-dataset les donne (pays JP et KR) ; beaucoup sont aussi des villes."""

import pytest


@pytest.mark.parametrize("texte", [
    "De : A. Yamamoto\nÀ : Casemanagement\n",
    "Présente : K. Watanabe (mère).",
    "Le père, M. Nakamura, est excusé.",
    "Excusés : Mme Takahashi, le SAJ.",
])
def test_nom_japonais_signale(regles, texte: str) -> None:
    assert regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize("texte", [
    "Le jeune rêve de visiter Tokyo.",
    "Il a vu un documentaire sur Hiroshima.",
    "Séjour linguistique à Séoul prévu en juillet.",
    "La classe part à Osaka l'an prochain.",
])
def test_ville_du_japon_ou_de_coree_muette(regles, texte: str) -> None:
    assert regles(texte) == []
