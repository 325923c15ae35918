"""Soixante-troisième passage : un nom hors des listes juste après « à » est celui d'une personne quand, dans la même
proposition, un verbe de don, de prise, de dette, de parole ou de montre est suivi de la chose (un complément) puis de
« à » (« il a volé de l'argent à Mbwakilanga », « elle a confié son secret à … ») ; garde65, écrit à l'aveugle avant
lui. Pas le nom homographe après un article (« une offre de stage à »), ni après un séjour ou un déplacement, ni devant
un lieu apposé. Variantes écrites ici (jamais les phrases de `cas/garde65.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il a volé de l'argent à Mbwakilanga la semaine passée.", "Mbwakilanga"),
        ("Il doit encore 50 euros à Tazerkouti depuis l'été.", "Tazerkouti"),
        ("Elle a raconté toute l'histoire à Vandermeulebroucke hier soir.", "Vandermeulebroucke"),
        ("Il a piqué la casquette à Ngalamulume pendant la pause.", "Ngalamulume"),
        ("Le jeune a offert ses jeux vidéo à Wolderufael.", "Wolderufael"),
        ("Elle a écrit une longue lettre à Kalembelembe.", "Kalembelembe"),
        ("quoi: expliquer le projet de formation à Tshimangadzo\n", "Tshimangadzo"),
        ("| 12/05 | cm | il a rendu le chargeur à Mbayamvula |", "Mbayamvula"),
        ("Il a restitué le casque à Wabelakata après la médiation.", "Wabelakata"),
    ],
)
def test_le_nom_apres_la_chose_et_a_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Il est au pensionnat ; une offre de stage à Kalembelembe lui plaît.",
        "Le lit de camp à Kalembelembe était trop petit pour lui.",
        "Il a envoyé des photos de vacances à Kalembelembe, son village.",
        "Il a acheté un billet pour aller à Kalembelembe.",
        "Elle a laissé ses affaires chez la tante à Namur.",
        "Il a envoyé le dossier à Gembloux.",
        "Elle a acheté un téléphone à Anvers.",
        "Il doit rendre le formulaire à Kinshasa, dans le quartier de la famille.",
        # l'attaque-95 : un auxiliaire, un verbe pronominal, une proposition, un lieu dans la chose, un cours, des verbes
        # qui se font en un lieu, un nom homographe
        "Il doit dormir deux nuits à Kalembelembe chez sa tante.",
        "Il se rend chaque jeudi à Kalembelembe.",
        "Il dit qu'il dort parfois à Kalembelembe.",
        "Il dit fumer avec ses copains à Kalembelembe.",
        "Il a caché la drogue dans une cave à Kalembelembe.",
        "Le compte rendu de la réunion à Kalembelembe est joint.",
        "Il a donné des cours de boxe à Kalembelembe.",
        "Il achète du cannabis à Kalembelembe.",
        "Elle a laissé son vélo à Kalembelembe.",
        "Il a écrit son premier texte de rap à Kalembelembe.",
        "Il était au volant de la voiture à Kalembelembe.",
        "Elle est prête pour son stage à Kalembelembe.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
