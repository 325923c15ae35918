"""Quatre-vingt-unième passage, tiré des ratés d'aveugle-87 : un nom en minuscules après un paiement (« 4760 euros
versés à boubacar »), après un devis ou des honoraires (« devis de goossens »), ou sujet d'un verbe de financement
(« dumitrescu complète le financement »). garde83, écrit à l'aveugle avant lui, en trouvait 31 positifs sur 90.
Variantes écrites ici (jamais les phrases de `cas/garde83.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import regles_trouvees as _regles


@pytest.mark.parametrize(
    "texte",
    [
        "Virement de 620 € à nkashama pour les séances de juin.\n",
        "Le devis de bergmanns pour l'ergothérapie est joint.\n",
        "La note d'honoraires de vercammen arrive lundi.\n",
        "Si le réseau refuse, mukendi couvre les frais de stage.\n",
    ],
)
def test_le_nom_apres_un_paiement_ou_un_devis_est_signale(texte: str) -> None:
    assert _regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Payé à la commune le 3 mars.\n",
        "La facture de régul Engie est arrivée.\n",
        "Le devis de menuiserie est joint.\n",
        "Le forfait couvre les frais de transport.\n",
        "Remboursé à 80 % par la mutuelle.\n",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []
