"""Quatre-vingtième passage : un prénom des listes qui est aussi une ville ou un mot (« Sofia », « Florence »,
« Lourdes »), sujet de « pouvoir » ou « devoir » suivi d'un infinitif (« Sofia n'a pas pu venir », raté d'aveugle-86) ;
pas après « à », « depuis », « en » (« Le voyage à Sofia n'a pas pu se faire »). garde82, écrit à l'aveugle avant lui,
en trouvait 38 positifs sur 90. Variantes écrites ici (jamais les phrases de `cas/garde82.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import regles_trouvees as _regles


@pytest.mark.parametrize(
    "texte",
    [
        "Florence n'a pas pu se déplacer à cause de la grève.\n",
        "Victoria doit passer chercher le formulaire.\n",
        "Lourdes pourra accompagner le jeune au SSM.\n",
        "Milan ne devait pas dormir chez son père.\n",
    ],
)
def test_le_prenom_sujet_de_pouvoir_ou_devoir_est_signale(texte: str) -> None:
    assert _regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Le séjour à Florence n'a pas pu avoir lieu.\n",
        "Namur peut accueillir la formation en mars.\n",
        "Un stage à Victoria doit commencer en mai.\n",
        "La Belgique doit rapatrier le dossier.\n",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []


@pytest.mark.parametrize("texte", ["Le courrier de l'école à Modeste explique la suite.\n",
                                   "De mama belt en Roos zegt dat ze niet komt.\n"])
def test_un_prenom_apres_une_preposition_reste_signale(texte: str) -> None:
    """L'attaque-112 : « à X », « en X » (le « et » néerlandais) devant un verbe de personne restent une personne."""
    assert "anonymat.nom" in _regles(texte)
