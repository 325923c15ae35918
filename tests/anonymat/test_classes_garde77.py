"""Soixante-quinzième passage, tiré des ratés flamands d'aveugle-85 : une rubrique prise au vol dont la valeur est une
personne (« Suivi par : goossens », `_noms_apres_une_rubrique_de_personne`) ; des clés YAML de personne de plus
(« beneficiaire: », « locataire: », « administrateur: » ; pas « proprietaire », « bailleur », « garant », « payeur »,
« emetteur », « destinataire », dont la valeur est souvent une société, l'attaque-107 et revue64), une majuscule après un trait d'union dans leur valeur ; un
adjectif dans une apposition qui dit un lien (« geerts, sa meilleure amie, »), hors d'un lieu (« au trampoparc, sa petite
cousine »). garde77, écrit à l'aveugle avant lui, en
trouvait 90 positifs sur 120. Variantes écrites ici (jamais les phrases de `cas/garde77.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves

YAML = "dossiers/2019-003/financements/x.yaml"


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il parle souvent de kowalczuk, son vieil ami.", "kowalczuk"),
        ("Elle attend que vanderstraeten, sa meilleure amie, vienne.", "vanderstraeten"),
        ("Suivi par : haesendonck", "haesendonck"),
        ("Accompagné par : Meulebroeckx", "Meulebroeckx"),
        ("Hébergé chez : al-Qassabi", "al-Qassabi"),
        ("Entretien avec : Szczepanowicz", "Szczepanowicz"),
        ("Il parle de kowalczuk, sa petite amie.", "kowalczuk"),
        ("Suivi par : van der straetenbeek", "van der straetenbeek"),
    ],
)
def test_le_nom_apres_une_rubrique_ou_une_apposition_qualifiee_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(("texte", "nom"), [("beneficiaire: michielsen\n", "m*********"),
                                            ("locataire: Adjovi-Houénounou\n", "A*****-H*********")])
def test_la_valeur_d_une_cle_de_personne_est_signalee(texte: str, nom: str) -> None:
    constats = analyser_texte(texte, YAML, ContexteAnonymat())[0]
    assert [c.regle for c in constats] == ["anonymat.nom"] and f"« {nom} »" in constats[0].message


@pytest.mark.parametrize(
    "texte",
    [
        "Suivi par : le CPAS de Jambes",
        "Valeur par : défaut",
        "Hébergé chez : la maison d'accueil",
        "Rendez-vous avec : Namur centre",
        "Congé pour : Pâques",
        "Le samedi au trampoparc, sa petite cousine vient aussi.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []


@pytest.mark.parametrize("texte", ["beneficiaire: la mère\n", "destinataire: mutuelle\n", "garant: aucun\n",
                                   "proprietaire_logement: Comensiax\n", "emetteur: totalenergiex\n",
                                   "destinataire: swdex\n"])
def test_negatifs_des_cles_muets(texte: str) -> None:
    assert analyser_texte(texte, YAML, ContexteAnonymat())[0] == []
