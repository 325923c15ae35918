"""Quatre-vingt-septième passage, tiré d'un raté d'aveugle-89 (« examinateur: baldé fodé ») : qui examine, évalue,
observe ou supervise dans un bilan est un rôle (« examinateur », « évaluatrice », « observateur », « superviseuse ») :
le nom en minuscules qui y est accroché est signalé, le mot lui-même n'est pas un nom, et un test à cette place reste
un test (« testeur : stroop », l'attaque-119). garde89, écrit à l'aveugle avant lui, en trouvait 139 sur 150.
Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, noms_trouves, regles_trouvees


@pytest.mark.parametrize(
    "texte",
    ["examinateur: mbuyamba\n", "- Superviseuse / vanderlinden\n", "observateur (goossens) : présent\n",
     "evaluatrices:\n  - la logopède\n  - zerrouki\n"],
)
def test_le_nom_accroche_a_qui_evalue_est_signale(texte: str) -> None:
    assert regles_trouvees(texte, FICHE) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "- Évaluatrice : logopède du CRF\n",
        "- testeur : stroop, puis trail making\n",
        "- examinateur (raven) : matrices progressives\n",
        "- testeuse : nepsy\n",
    ],
)
def test_un_role_ou_un_test_a_cette_place_reste_muet(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_le_role_d_un_bilan_n_est_pas_un_locuteur() -> None:
    assert regles_trouvees('examinatrice: "psychologue scolaire"\n', FICHE) == []
