"""`edition_yaml.Edition` : un formulaire modifié sur place, tout le reste recopié tel quel, ou rien d'écrit.

Toutes les commandes qui changent un dossier (clore, rouvrir, transferer, changer-code, fusionner)
passent par elle : le diff Git ne doit montrer que ce que la commande a fait.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from filrouge.edition_yaml import Edition, EditionImpossible

COMMENTE = """# yaml-language-server: $schema=../../schemas/dossier.schema.json
# Dossier 2019-001 : données fictives.
id: 2019-001
code: LMG20105000   # code fictif
statut: ouvert
dates:
  demande: 2019-02-01
  ouverture: 2019-02-10
"""


def _fixer(texte: str, cle: str, valeur: object) -> str:
    edition = Edition(texte, "d.yaml")
    edition.fixer(cle, valeur)
    return edition.verifier()


def _ajouter(texte: str, cle: str, element: dict[str, object] | str) -> str:
    edition = Edition(texte, "d.yaml")
    edition.ajouter_element((cle,), element)
    return edition.verifier()


def test_fixer_remplace_sur_place_et_garde_les_commentaires() -> None:
    texte = _fixer(COMMENTE + "casemanager: cm-a   # poste\nacteurs: []\n", "casemanager", "cm-b")
    assert texte == COMMENTE + "casemanager: cm-b   # poste\nacteurs: []\n"


def test_fixer_ajoute_une_cle_absente_ou_remplit_une_cle_vide() -> None:
    assert _fixer(COMMENTE, "casemanager", "cm-b") == COMMENTE + "casemanager: cm-b\n"
    assert _fixer("id: 2019-001\ncasemanager:   # poste\n", "casemanager", "cm-b") == (
        "id: 2019-001\ncasemanager: cm-b # poste\n")


def test_ajouter_a_une_liste_en_retrait_suivie_d_un_commentaire() -> None:
    texte = COMMENTE + "transferts:\n  - date: 2019-03-01\n    vers: cm-a\n# fin des relais\nacteurs: []\n"
    resultat = _ajouter(texte, "transferts", {"date": dt.date(2019, 4, 1), "de": "cm-a", "vers": "cm-b", "motif": None})
    assert resultat == (COMMENTE + "transferts:\n  - date: 2019-03-01\n    vers: cm-a\n  - date: 2019-04-01\n"
                        "    de: cm-a\n    vers: cm-b\n# fin des relais\nacteurs: []\n"), "motif None : omis"


def test_ajouter_a_une_liste_vide_en_ligne() -> None:
    resultat = _ajouter(COMMENTE + "transferts: []  # aucun\n", "transferts", {"date": dt.date(2019, 4, 1), "vers": "cm-b"})
    assert resultat == COMMENTE + "transferts: # aucun\n- date: 2019-04-01\n  vers: cm-b\n"
    assert yaml.safe_load(resultat)["transferts"] == [{"date": dt.date(2019, 4, 1), "vers": "cm-b"}]


def test_ajouter_un_identifiant_a_une_liste_simple() -> None:
    """fusionne_avec est une liste d'identifiants : l'élément simple s'ajoute au bout, le reste recopié tel quel."""
    texte = "id: 2019-001\nfusionne_avec:\n- 2019-002  # doublon de 2019\n# fin\nstatut: ouvert\n"
    assert _ajouter(texte, "fusionne_avec", "2019-003") == (
        "id: 2019-001\nfusionne_avec:\n- 2019-002  # doublon de 2019\n- 2019-003\n# fin\nstatut: ouvert\n")


def test_une_liste_absente_est_creee_a_la_fin() -> None:
    assert _ajouter("id: 2019-001\n", "fusionne_avec", "2019-002") == "id: 2019-001\nfusionne_avec:\n- 2019-002\n"
    resultat = _ajouter(COMMENTE, "transferts", {"date": dt.date(2019, 4, 1), "vers": "cm-b"})
    assert resultat == COMMENTE + "transferts:\n- date: 2019-04-01\n  vers: cm-b\n"


def test_valeur_a_guillemets() -> None:
    """Un motif qui ressemble à du YAML (deux-points, dièse) reste un texte."""
    resultat = _ajouter(COMMENTE, "transferts", {"date": dt.date(2019, 4, 1), "vers": "cm-b", "motif": "congé: # long"})
    assert yaml.safe_load(resultat)["transferts"][0]["motif"] == "congé: # long"
    edition = Edition("liste:\n- a: 1\n", "d.yaml")
    edition.ajouter_element(("liste",), {"a": 2, "motif": "retour: « oui » # pas un commentaire"})
    assert yaml.safe_load(edition.verifier())["liste"][1]["motif"] == "retour: « oui » # pas un commentaire"


def test_fins_de_ligne_windows_gardees(tmp_path: Path) -> None:
    chemin = tmp_path / "dossier.yaml"
    chemin.write_bytes(COMMENTE.replace("\n", "\r\n").encode("utf-8"))
    edition = Edition.du_fichier(chemin, "dossier.yaml")
    edition.fixer("statut", "clos")
    assert edition.verifier() == COMMENTE.replace("statut: ouvert", "statut: clos").replace("\n", "\r\n")


def test_le_dossier_de_demo_reste_identique_hors_relais() -> None:
    """Sur un vrai dossier (chaînes pliées sur plusieurs lignes), seul le relais s'ajoute à la fin."""
    source = Path(__file__).resolve().parents[1] / "dossiers" / "2019-011" / "dossier.yaml"
    texte = source.read_text(encoding="utf-8")
    edition = Edition(texte, "dossier.yaml")
    edition.fixer("casemanager", "cm-b")
    edition.ajouter_element(("transferts",), {"date": dt.date(2019, 8, 1), "de": "cm-a", "vers": "cm-b"})
    resultat = edition.verifier()
    assert resultat.startswith(texte)
    assert yaml.safe_load(resultat) == {**yaml.safe_load(texte), "casemanager": "cm-b",
                                        "transferts": [{"date": dt.date(2019, 8, 1), "de": "cm-a", "vers": "cm-b"}]}


def test_edition_refuse_une_mise_en_page_qu_elle_ne_sait_pas_modifier() -> None:
    edition = Edition("statut: >-\n  ouvert\n", "d.yaml")
    with pytest.raises(EditionImpossible):
        edition.remplacer(("statut",), "clos")  # une valeur en bloc : la relecture ne retrouve pas « clos »
        edition.verifier()
    edition = Edition("a: 1\nb: {c: 2}\n", "d.yaml")
    edition.ajouter_liste_apres("a", "b", [{"x": 1}])  # « b » existe déjà : la relecture voit la clé en double
    with pytest.raises(EditionImpossible):
        edition.verifier()
    edition = Edition("transferts: [{vers: cm-a}]\n", "d.yaml")
    with pytest.raises(EditionImpossible):  # une liste en ligne non vide ne se prolonge pas ligne à ligne
        edition.ajouter_element(("transferts",), {"vers": "cm-b"})
        edition.verifier()


def test_ajouter_des_cles_a_un_dictionnaire_les_aligne_sur_ses_enfants() -> None:
    """« dates » et « criteres_activation » d'un nouveau dossier : la clé ajoutée rejoint le bloc, pas le premier niveau."""
    import datetime as dt

    from filrouge.edition_yaml import Edition

    edition = Edition("dates:\n    demande: 2026-10-21\n    # ouverture: AAAA-MM-JJ\ncanal: courriel\n", "d.yaml")
    edition.ajouter_cles(("dates",), {"ouverture": dt.date(2026, 11, 24)})
    assert edition.verifier() == ("dates:\n    demande: 2026-10-21\n    ouverture: 2026-11-24\n"
                                  "    # ouverture: AAAA-MM-JJ\ncanal: courriel\n")
