"""Quatre-vingt-quatrième passage : des personnes sous une clé YAML écrite à la main. garde86, écrit à l'aveugle avant
lui, en trouvait 145 sur 150 ; un raté réglé ici : devant un âge, « petit frère », « grande sœur » sont un lien, pas un
nom (« - le petit frère (8 ans) ») ; le nom devant son lien et son âge reste lu (« - nguyen père (45 ans) »,
l'attaque-116). Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, regles_trouvees


@pytest.mark.parametrize(
    "texte",
    [
        "presents_famille:\n- la mère\n- le petit cousin (6 ans)\n",
        "famille:\n- le petit frère (8 ans)\n",
    ],
)
def test_le_lien_devant_son_age_reste_muet(texte: str) -> None:
    assert regles_trouvees(texte, FICHE) == []


@pytest.mark.parametrize(
    "texte",
    [
        "presents:\n- la mère\n- kowalczyk (12 ans)\n",
        "fratrie:\n  - mukendi aînée (14 ans)\n",
        "presents:\n- dubois mère (41 ans)\n",
    ],
)
def test_le_nom_devant_son_age_reste_signale(texte: str) -> None:
    assert regles_trouvees(texte, FICHE) == ["anonymat.nom"]
