"""Quatre-vingt-seizième passage, les noms dans ce qu'une famille, un interprète ou un partenaire étranger a dit ou écrit
en anglais, en allemand, en espagnol ou en néerlandais : au possessif en « 's », même en tête de phrase ou dans une
citation d'une ligne française (« Tsegaye's mother called ») ; au génitif allemand ou néerlandais d'un prénom des listes
(« von Mihaelas Schwester », « Kemals broer ») ; en tête d'un élément de liste suivi de deux-points (« - Bram: hij komt
niet ») ; dans une citation ouverte par une apostrophe (« note: 'Guled hat angerufen' »). Et ce qui n'en est pas : un mot
courant de la langue de la ligne, ou composé de mots courants, qu'aucune liste ne compte parmi les prénoms et les noms,
même derrière un article (« El Ayuntamiento », « De Jeugdrechtbank ») ; pas en anglais, où bien des noms de famille
sont des mots que les listes n'ont pas. garde98, écrit à l'aveugle avant lui, en trouvait 115 sur 150. Variantes
écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Selamawit's teacher says she sleeps in class.\n", "Selamawit"),
        ("L'éducatrice cite la mère : « Nkechi's asthma is worse at night ».\n", "Nkechi"),
        ("Rose's father will come to the meeting.\n", "Rose"),
        ("Die Lehrerin von Ilonas kleinem Bruder hat angerufen.\n", "Ilona"),
        ("Yusufs zus slaapt niet goed sinds de verhuizing.\n", "Yusuf"),
        ("Ce que la famille a dit :\n- Guled: sie kommt morgen nicht\n", "Guled"),
        ("Échanges :\n- Okbazghi: we will call the school\n", "Okbazghi"),
    ],
)
def test_un_nom_au_possessif_au_genitif_ou_en_tete_de_liste_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


def test_une_citation_yaml_entre_apostrophes_ne_cache_pas_le_sujet() -> None:
    assert masques_des_noms("remarque: 'Okbazghi called the school'\n", FICHE) != []


@pytest.mark.parametrize(
    "texte",
    [
        "Monday's meeting with the school is cancelled.\n",
        "Mum's car broke down again, so they came by bus.\n",
        "El Ayuntamiento envió una carta a la familia el martes.\n",
        "De Jeugdrechtbank heeft de zitting naar januari verplaatst.\n",
        "Die Familie sagt:\n- Thema: die Schule hat wieder angerufen\n",
    ],
)
def test_un_jour_un_lien_ou_un_service_d_une_autre_langue_ne_sont_pas_des_noms(texte: str) -> None:
    assert noms_trouves(texte) == []
