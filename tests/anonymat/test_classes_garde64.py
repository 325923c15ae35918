"""Soixante-deuxième passage : un nom écrit tout en minuscules juste après « de » ou « à » est lu aux mêmes places
qu'un nom à majuscule (passages 59 et 61) : après ce qu'une personne a ou vit (« les devoirs de wabelakata ») ou ce
qu'on fait ou ressent envers elle (« il s'en prend à wabelakata ») ; un mot, un terme de métier ou une activité y
restent muets (garde64, écrit à l'aveugle avant lui). Variantes écrites ici (jamais les phrases de
`cas/garde64.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("les devoirs de wabelakata ne sont pas faits", "wabelakata"),
        ("le tél de tshimangadzo est confisqué le soir", "tshimangadzo"),
        ("Le vélo de nkulukutu a été retrouvé derrière le foyer.", "nkulukutu"),
        ("Dans la cour, il s'en prend à mbayamvula presque chaque jour.", "mbayamvula"),
        ("Elle tient tête à wolderufael depuis la rentrée.", "wolderufael"),
    ],
)
def test_le_nom_en_minuscules_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le bilan de logopédie et le carnet de glycémies sont à apporter.",
        "Inscription au stage de graff, puis au stage de hip-hop.",
        "Le vélo de course et le sommeil de plomb : il ressemble à rien, attentif à tout.",
        "Les devoirs de math sont faits ; il tient à cœur de réussir.",
        # l'attaque-94 : un terme de métier, un médicament ou un infinitif mal tapé aux mêmes places
        "Le traitement de sertaline continue ; une crise de spasmo mardi ; la note de réu est partie.",
        "Il pense à arêter l'école, il tient à continer la boxe.",
        "Il pense à Kitutu, au bord du lac ; elle pense à Bagira, en ville.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
