"""Quarante-cinquième passage : deux noms courts d'Asie en minuscules après une tournure qui annonce une personne
(« avec wei liu », « chez lan chen ») : les listes tiennent chacun de ces mots pour ambigus (un mot d'une autre langue),
et ils passaient en clair. Variantes écrites ici (jamais les phrases de `cas/garde46.jsonl`) ; à côté, les négatifs
voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Le devis est parti chez lan chen hier.", "« l** c*** »"),
        ("Stage sous la responsabilité de jun wang en juin.", "« j** w*** »"),
        ("Point à revoir avec wei liu.", "« w** l** »"),  # la tournure après un mot qui ne l'est pas (revue46)
        ("Elle a été contactée par jin chen.", "« j** c*** »"),
    ],
)
def test_paire_de_noms_courts_en_minuscules(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_un_nom_deja_lu_arrete_la_lecture() -> None:
    """« avec wei liu chen dupont » : « chen dupont », lu par une autre couche, n'empêche pas « wei liu » (revue46)."""
    noms = " ".join(_noms("Réunion avec wei liu chen dupont jeudi."))
    assert "« w** l** »" in noms and "« c*** d***** »" in noms, noms


@pytest.mark.parametrize(
    "texte",
    [
        "Photos de vacances : vu hong kong et macao.",  # une expression de `expressions_en_noms.txt`
        "Repas avec bo bun et nems.",
        "Famille partie à sao paulo en juillet.",
        "Vacances à costa rica avec les cousins.",
        "Repas avec son père et sa mère.",  # des mots outils et des liens
        "Envoyé par mail ce matin.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
