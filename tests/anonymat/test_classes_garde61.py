"""Cinquante-neuvième passage : un nom hors des listes juste après « de » est celui d'une personne quand le mot d'avant
dit ce qu'elle a, vit ou fait, ou ce qu'on fait pour elle (« le cartable de Mbayamvula », « on parle de Wolderufael »),
et non un lieu, une institution, une provenance, une quantité ou une œuvre (garde61, écrit à l'aveugle avant lui) ; en
capitales aussi, sauf après ce qu'un organisme a aussi (« la situation de VIVALIX »). Variantes écrites ici (jamais les
phrases de `cas/garde61.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import FICHE, NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le cartable de Mbayamvula est resté au foyer.", "Mbayamvula"),
        ("Les cauchemars de Tshimangadzo reviennent depuis la rentrée.", "Tshimangadzo"),
        ("La maîtresse parle beaucoup de Wolderufael en classe.", "Wolderufael"),
        ("Il faut s'occuper d'Aïzhanova avant les vacances.", "Aïzhanova"),
        ("rdv pr les lunettes de Nkulukutu-Wabelakata jeudi", "Nkulukutu-Wabelakata"),
        ("| 12/03 | cm | vérifier le certificat médical de Ngalamulume |", "Ngalamulume"),
        ("Le GSM de MBAYAMVULA est confisqué le soir.", "MBAYAMVULA"),
        ("Les nuits de TSHIMANGADZO restent agitées.", "TSHIMANGADZO"),
        ("Les copains de Mbayamvula et de Wolderufael sont invités.", "Wolderufael"),
    ],
)
def test_le_nom_apres_de_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_en_yaml_la_valeur_est_lue() -> None:
    texte = "remarque: >-\n  Le carnet de liaison de Tshimangadzo\n  est signé chaque soir.\n"
    constats = analyser_texte(texte, FICHE, ContexteAnonymat())[0]
    assert [c.ligne for c in constats if c.regle == "anonymat.nom"] == [2]


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le rendez-vous avec d'Oultremontois est reporté.", "d'Oultremontois"),
        ("Le vélo de de Wergifosse a été volé.", "de Wergifosse"),  # revue61
        ("Le cartable de d'Oultremontois est resté au home.", "d'Oultremontois"),
    ],
)
def test_la_particule_reste_dans_le_nom(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


def test_un_prenom_en_tete_n_est_pas_ce_qu_a_une_personne() -> None:
    """« Nathalie d'Otreppe » : un prénom en tête de phrase devant « d' » n'est pas une tête comme « Sommeil de » (le nom
    n'est pas coupé en deux trouvailles, revue61)."""
    noms = noms_trouves("Nathalie d'Oultremontois connaît la famille.")
    assert len(noms) == 1 and noms[0].startswith("Nathalie"), noms


@pytest.mark.parametrize(
    "texte",
    [
        "La famille vient du village de Kalembelembe, au Kasaï.",
        "Le père est originaire de Kalembelembe et de Tshimbulu.",
        "Consultation au centre hospitalier de Kalembelembe la semaine prochaine.",
        "Le jeune parle souvent de Kalembelembe, où vit sa grand-mère.",
        "Un paquet de Crunchitos et une canette de Zwaplo par jour.",
        "Le neurologue évoque une maladie de Kalembelembe, à confirmer.",
        "La situation de VIVALIA est suivie par la coordination.",  # un organisme des listes (VIVALIX : garde66)
        "Le home de Kalembelembe accepte une visite en mars.",
        # revue61, l'attaque-91 : provenances au féminin, distances, médicaments, organismes et leurs écrits
        "Elle est rentrée de Kalembelembe en juin, expulsée de Tshimbulu en mai.",
        "Le foyer est à 30 km de Kalembelembe, en provenance de Tshimbulu.",
        "Il prend des comprimés de Zwaplo le soir.",
        "La permanence de Kinéoscope est ouverte le mardi.",
        # un organisme des listes (un organisme inconnu après « rapport » est lu comme un nom depuis garde69)
        "Le rapport de VIVALIA est arrivé, le coordinateur de HORIZONIA a téléphoné.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
