"""Soixante et unième passage : un nom hors des listes juste après « à » est celui d'une personne quand ce qui précède
dit ce qu'on fait, ressent ou doit envers elle (« il s'en prend à Wabelakata », « elle fait confiance à … »), et non un
lieu (garde63, écrit à l'aveugle avant lui) ; pas après un séjour ou un déplacement, ni devant un lieu apposé.
Variantes écrites ici (jamais les phrases de `cas/garde63.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Dans la cour, il s'en prend à Wabelakata presque chaque jour.", "Wabelakata"),
        ("Elle en veut encore à Tshimangadzo pour la fête ratée.", "Tshimangadzo"),
        ("Il ressemble beaucoup à Nkulukutu, dit la mère.", "Nkulukutu"),
        ("Il a fait beaucoup de mal à Mbayamvula.", "Mbayamvula"),
        ("Elle a prêté son téléphone à Wolderufael.", "Wolderufael"),
        ("Le jeune reste très attaché à Ngalamulume.", "Ngalamulume"),
        ("| 03/04 | pedo | il tient beaucoup à Kalembelembe |", "Kalembelembe"),
        ("Il a promis à TSHIMANGADZO de revenir.", "TSHIMANGADZO"),
    ],
)
def test_le_nom_apres_a_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Il pense souvent à Kalembelembe, son village.",
        "Il tient à retourner à Kalembelembe cet été.",
        "Elle tient à aller à Kalembelembe pour l'enterrement.",
        "Il pense beaucoup à Kalembelembe, où vit sa grand-mère.",
        "La famille vit à Kalembelembe depuis deux ans.",
        # l'attaque-93 : « se tenir à », un complément entre le verbe et « à », des noms homonymes, une ville du monde,
        # un lieu apposé autrement (« il a volé un vélo à Kalembelembe » est signalé depuis le soixante-troisième
        # passage : ce qu'on donne ou prend à quelqu'un, un petit lieu pris pour une personne, test_classes_garde65.py)
        "La concertation se tiendra à Kalembelembe jeudi.",
        "Il manque les cours à Kalembelembe.",
        "Il est au pensionnat à Kalembelembe ; une offre de stage à Kalembelembe lui plaît.",
        "Il cherche une aide familiale à Kalembelembe.",
        "Il pense à Tshikapa tous les jours.",
        "Il pense à Kalembelembe (RDC), là où il est né.",
        "Il pense à Kalembelembe, dans le Sud-Kivu.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []


def test_un_prenom_connu_aussi_comme_mot_apres_un_sejour_puis_un_sentiment() -> None:
    """« Le foyer reste fidèle à Rui » : un séjour (« reste ») avant ce qu'on ressent envers quelqu'un ne fait pas d'un
    prénom que wordfreq connaît aussi un lieu (aveugle-80, « le SPJ reste attentif à Rui »)."""
    assert "Rui" in noms_trouves("Le foyer reste fidèle à Rui malgré la fugue.")
