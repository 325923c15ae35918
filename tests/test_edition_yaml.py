"""Écrire dans un formulaire sans rien perdre : seul ce qui change est réécrit, le reste octet pour octet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from filrouge import edition_yaml

TEXTE = """\
# yaml-language-server: $schema=../../schemas/dossier.schema.json
# Dossier fictif : l'en-tête reste.
id: 2019-001
code: LMG20105000  # le code du jeune
motif_demande: 'Un long motif replié par l''auteur, sur plusieurs lignes, que
  la réécriture ne doit pas replier autrement.'
acteurs:
- id: a1  # l'initiatrice
  role: professionnel
# ce commentaire annonce le statut
statut: ouvert
"""


def test_remplacer_une_valeur_garde_tout_le_reste() -> None:
    texte = edition_yaml.remplacer(TEXTE, "code", "LMG20105500")
    assert texte == TEXTE.replace("code: LMG20105000  # le code", "code: LMG20105500  # le code")


def test_ajouter_au_bout_d_une_liste_avant_le_commentaire_suivant() -> None:
    texte = edition_yaml.ajouter(TEXTE, "acteurs", [{"id": "educ", "role": "professionnel"}])
    assert texte == TEXTE.replace("  role: professionnel\n", "  role: professionnel\n- id: educ\n  role: professionnel\n")


def test_liste_nouvelle_a_la_fin_et_dates_en_clair() -> None:
    texte = edition_yaml.ajouter(TEXTE, "codes_precedents", [{"code": "LMG20105000", "jusqu_au": dt.date(2020, 8, 31)}])
    assert texte == TEXTE + "codes_precedents:\n- code: LMG20105000\n  jusqu_au: 2020-08-31\n"


def test_liste_indentee_et_liste_sur_une_ligne() -> None:
    indentee = "acteurs:\n  - id: a1\n    role: jeune\nstatut: ouvert\n"
    assert edition_yaml.ajouter(indentee, "acteurs", [{"id": "b2"}]) == (
        "acteurs:\n  - id: a1\n    role: jeune\n  - id: b2\nstatut: ouvert\n")
    en_ligne = "fusionne_avec: [2019-002]\nstatut: ouvert\n"
    assert edition_yaml.ajouter(en_ligne, "fusionne_avec", ["2019-003"]) == (
        "fusionne_avec: [2019-002, 2019-003]\nstatut: ouvert\n")


def test_ecriture_atomique_sans_fichier_temporaire_oublie(tmp_path: Path) -> None:
    chemin = tmp_path / "dossier.yaml"
    chemin.write_text(TEXTE, encoding="utf-8")
    edition_yaml.ecrire_atomique(chemin, "id: 2019-001\n")
    assert chemin.read_text(encoding="utf-8") == "id: 2019-001\n"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.yaml"]


def test_pas_un_formulaire() -> None:
    with pytest.raises(ValueError, match="ensemble de champs"):
        edition_yaml.lire("- a\n- b\n")
