"""Quatre-vingt-sixième passage, tiré des faux positifs d'aveugle-89 (les bilans de soin : « la figure de Rey », « le
CDI de Kovacs », « l'ADI-R », « blocs Lego ») : un test, une échelle ou un signe qui porte le nom de son auteur
(`donnees/tests_eponymes.txt`) n'est pas une personne à la place d'un test ; un sigle de test et sa version non plus.
garde88, écrit à l'aveugle avant lui, en trouvait 120 sur 150. Variantes écrites ici (jamais les phrases des cas).
Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, noms_trouves, regles_trouvees


@pytest.mark.parametrize(
    "texte",
    [
        "La figure complexe de Rey est copiée sans erreur.\n",
        "Le test de Corsi : empan de 5.\n",
        "Signe de Babinski absent.\n",
        "Le CBCL d'Achenbach rempli par la mère.\n",
        "Les matrices progressives de Raven : 75e percentile.\n",
        "Passation du K-ABC-II de Kaufman.\n",
        "- l'ADOS-2\n- l'ADI-R\n",
        "Atelier construction avec des Kapla et des Lego.\n",
    ],
)
def test_le_test_eponyme_reste_muet(texte: str) -> None:
    assert noms_trouves(texte) == []


def test_une_liste_d_epreuves_reste_muette() -> None:
    assert regles_trouvees("epreuves: [NEPSY-II, figure de Rey, Stroop]\n", FICHE) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Bilan réalisé par Mme Beck, psychologue.\n", "Beck"),
        ("Sophie Rey a fait passer le WISC-V.\n", "Sophie Rey"),
        ("Vu Kevin Corsi pour le bilan.\n", "Kevin Corsi"),
    ],
)
def test_la_personne_qui_porte_le_nom_d_un_auteur_reste_signalee(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]
