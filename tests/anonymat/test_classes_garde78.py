"""Soixante-seizième passage, tiré des faux positifs d'aveugle-85 : une suite de chiffres annoncée par une pièce de
l'argent et du logement (« Facture de régularisation n° 423607800 », « Numéro de client 3554 7115 6852 », « Dossier
CPAS n° 7524350576 ») n'est pas un téléphone (`telephone._PIECE_AVANT`) ; un numéro belge valide, lui, en reste un, même
juste après ces mots. garde78, écrit à l'aveugle avant lui, en trouvait 63 négatifs sur 90 (et 60 positifs sur 60).
Variantes écrites ici (jamais les phrases de `cas/garde78.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE


@pytest.mark.parametrize(
    "texte",
    [
        "Numéro de client 4410 2287 9931, votre fournisseur d'énergie.",
        "Dossier CPAS n° 8813402271 : aide accordée.",
        "Contrat n° 7741-552390 signé en mars.",
        "numero_client: '5523 8810 4476'",
        "Facture d'acompte n° 512349876 : 210,00 € à payer.",
    ],
)
def test_le_numero_d_une_piece_n_est_pas_un_telephone(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []


@pytest.mark.parametrize(
    "texte",
    [
        "Facture reçue ; rappeler la mère au 0476 12 34 56.",
        "client: 0476 12 34 56",
        "Contrat de bail : le propriétaire est joignable au 0485/11.22.33.",
        "Le client joignable au 476 12 34 56 après 17 h.",
        "gsm_client: '476 12 34 56'",
        "- tel jean: 0479 83 21 657",
    ],
)
def test_un_vrai_numero_pres_d_une_piece_reste_un_telephone(texte: str) -> None:
    assert [c.regle for c in analyser_texte(texte, NOTE, ContexteAnonymat())[0]] == ["anonymat.telephone"]
