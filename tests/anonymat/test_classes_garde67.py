"""Soixante-cinquième passage : un nom écrit en minuscules, apposé à un métier, un rôle ou un lien entre une virgule et
la suivante (ou la fin de la phrase, de la ligne, de la cellule), est un nom, même quand le métier est suivi de quelques
mots (« Le coach du club de foot, zerhouni, accepte ») : garde67, écrit à l'aveugle avant lui, n'en trouvait que 55 sur
90. Après un métier, un mot seul de six lettres au moins que les listes disent une personne ou qu'aucune liste n'a, ou
un nom à particules ; pas un adjectif, un mot du métier, un sigle court. Variantes écrites ici (jamais les phrases de
`cas/garde67.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("L'accompagnatrice du bus, colombo, signale des moqueries.", "colombo"),
        ("La logopède, tazerkouti, a revu le jeune mardi.", "tazerkouti"),
        ("Le coach du club de foot, zerhouni, accepte de le reprendre.", "zerhouni"),
        ("Le directeur de l'école, mbwakilanga, propose un horaire aménagé.", "mbwakilanga"),
        # en fin de phrase ou de cellule, un nom des listes seulement (« La tante, habibi. » : l'attaque-97)
        ("Le jeune a parlé de sa peur avec l'ergothérapeute, lauwers.", "lauwers"),
        ("Le surveillant de l'internat, de wabelakata, a vu le jeune sortir.", "de wabelakata"),
        ("| 04/03 | le parrain, haddad | invité à la concertation |", "haddad"),
        ("quoi: le patron du garage, ostrowiecki, accepte un stage\n", "ostrowiecki"),
    ],
)
def test_le_nom_en_minuscules_appose_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'éducatrice, enceinte, sera remplacée en mars.",
        "Le prof de math, malade, est absent.",
        "La logopède, débordée, reporte le bilan.",
        "L'assistante sociale, aemo, relance la demande.",
        "Le coach, lui aussi, accepte.",
        "Avec l'ergothérapeute, demain.",
        "La tante, elle aussi, refuse.",
        "Le patron du garage, satisfait, prolonge le stage.",
        # l'attaque-97 : une faute de frappe, un mot savant, une faute qui finit la phrase (là, un nom des listes seulement)
        "Le prof, maladee, reste à la maison.",
        "La logopède, dispnible, propose jeudi.",
        "Le psy, psychoéducation, en groupe.",
        "Rendez-vous pris avec l'ergothérapeute, demainn.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
