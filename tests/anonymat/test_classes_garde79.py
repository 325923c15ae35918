"""Soixante-dix-septième passage : un nom après « de » devant un lien ou un rôle apposé (« le compte de Bram, le père »,
« les affaires de jade, sa fille aînée », « le studio d'oumeïma, sa sœur aînée »), et un nom apposé entre deux virgules
après un rôle (« Le travailleur de rue, Théodule, passe »), quand le nom est un mot que wordfreq connaît, un prénom
homonyme d'un mot ou un nom en minuscules. garde79, écrit à l'aveugle avant lui, en trouvait 72 positifs sur 90.
Variantes écrites ici (jamais les phrases de `cas/garde79.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le sac d'Aurèle, le beau-père, est resté au local.", "Aurèle"),
        ("Le compte de Théodule, le grand-père, est vide.", "Théodule"),
        ("L'assistante sociale, Théodule, a rappelé la mère.", "Théodule"),
        ("Le travailleur social, Théodule, viendra.", "Théodule"),
        ("Les dettes de karabulutoglu, la mère, augmentent.", "karabulutoglu"),
        ("La voiture d'oumeïssa, sa cousine, est au garage.", "oumeïssa"),
        ("Les jouets de jade, la petite sœur, sont rangés.", "jade"),
        ("Le cartable de prudence, sa cousine, est resté chez nous.", "prudence"),
    ],
)
def test_le_nom_a_une_place_apposee_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le chien de la tante, Caramel, aboie la nuit.",
        "Le chat du cousin, Pixel, est malade.",
        "Le compte de Belfius, la banque, est bloqué.",
        "Un manque de prudence, la mère.",
        "Au cours de danse, le professeur.",
        "Au cours de judo, l'éducateur, content, applaudit.",
        "Un bouquet de rose, la fleur préférée de la mère.",
        "Le pull de jade, la tante, est en laine.",
        "Le marché de Ciergnon, la mère, y va le samedi.",
        "Le hamster de la cousine, Pistachou, dort.",
        "La maison de Jambes, la plus proche, est pleine.",
        "L'éducateur, Mercredi, ne vient pas.",
        "Le kot envisagé est avenue Prince de Liège, à deux pas de la gare ; la grand-mère habite plus loin.",
        "- La logopède, Excusée",
        "Présents : le jeune, le père, l'éducateur, Absent.",
        "- Prévenir le juge, Important.",
        "Thèmes : le budget, l'adresse de référence, la mère, l'école.",
        "Il garde le compte de dépôt, le père, lui, paie le loyer.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
