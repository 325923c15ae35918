"""Cinquante-troisième passage : un mot inconnu à majuscule suivi d'une parenthèse qui s'ouvre sur un lien de famille
est un nom, même en tête de phrase ou d'élément de liste (garde55, écrit à l'aveugle avant lui, et l'attaque-85 : pas
un rôle, un métier ni un âge, qu'un médicament ou un service ont aussi). Variantes écrites ici (jamais les phrases de `cas/garde55.jsonl`) ; à côté, les négatifs voisins qui doivent
rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Kayumbi (la tante maternelle) garde le petit.", "« K****** »"),
        ("ÇAKIRKAYA (grand-mère) garde le lien avec le jeune.", "« Ç******** »"),  # des capitales hors ASCII
        ("Ndayishimiye (mémé) vient le mercredi.", "« N*********** »"),
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_en_yaml_aussi() -> None:
    assert "« O********* »" in seul_masque("remarque: Okonkwoade (la marraine) propose de l'héberger\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Minecraft (cousin) tous les soirs.",  # un mot que le lexique connaît
        "Le SSM (psy) rappelle la famille.",  # un sigle
        "Tubize (grand-mère) le week-end.",  # une localité
        "Voisin (même palier) inquiet, a frappé à la porte.",  # « même », pas « mémé »
        "Kapelleke (meme palier) : calme.",  # sans accent non plus (la relecture revue55)
        "Kalibrex (bébé) : une dose le soir.",  # « bébé » dit un usage, pas un lien
        # un rôle, un métier, un âge entre parenthèses : un médicament, un service, une attente aussi (l'attaque-85)
        "Laroxyl (pédopsychiatre) : 10 gouttes le soir.",
        # « Epicurix (assistante sociale) a rappelé ce matin. » en sortait au quatre-vingt-dixième passage : un mot inconnu
        # devant sa fonction et un verbe de personne est lu comme un nom (« Guled (formateur IFAPME) confirme »,
        # aveugle-90 ; sur tous les corpus, 32 positifs gagnés, aucun négatif perdu à cette place)
        "Epicurix (assistante sociale) : dossier transmis.",
        "Tigrinya (interprète présent) : la mère comprend.",
        "Sanatix (2 ans de liste d'attente).",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
