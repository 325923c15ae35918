"""Soixante-dix-neuvième passage : les éléments d'une liste YAML de personnes qu'une casemanager écrit hors du modèle
(« excuses: », « presents_famille: », « liste_des_invites: », « absents_excuses: ») sont jugés comme ceux de
`presents` ; un organisme d'`organisations.txt` n'est un nom dans aucun champ d'acteur. garde81, écrit à l'aveugle avant
lui, en trouvait 74 positifs sur 90. Variantes écrites ici (jamais les phrases de `cas/garde81.jsonl`). Données
fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, regles_trouvees


def _regles(texte: str) -> list[str]:
    return regles_trouvees(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "excuses:\n- Lore (professeure de piano)\n- pedo\n",
        "excusés:\n  - Condé (coach)\n  - spj\n",
        "presents_famille:\n- Jade\n- la grand-mère\n",
        "liste_des_invites: [Sagal, pedo]\n",
        "excuses: [mere, Torfs, spj]\n",
        "absents_excuses:\n  - cm\n  - Bram\n",
    ],
)
def test_le_nom_dans_une_liste_de_personnes_est_signale(texte: str) -> None:
    assert _regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "excuses:\n- pedo (malade)\n- ecole-saint-joseph\n",
        "invites: [Solidaris, Fedasil, spj]\n",
        "presents:\n- Belfius\n- cm\n",
        "themes:\n- Logement\n- Scolarité\n",
        "participants: 12\n",
        "documents_presents: [Kbis, attestation]\n",
        "sujets_invites: [Vapoteuse, Puff]\n",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []


@pytest.mark.parametrize("texte", ["presents: [mere, Torfs, spj]\n", "qui: Neuhaus\n"])
def test_un_nom_que_porte_aussi_un_organisme_reste_signale(texte: str) -> None:
    assert _regles(texte) == ["anonymat.nom"]
