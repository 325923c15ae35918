"""Identifiants répartis sur les cellules d'un tableau Markdown : lus cellules recollées, et chaque cellule
sous le titre de sa colonne ; jamais les montants, dates de réunion ou numéros d'entreprise d'un tableau."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "note.md") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.regle for c in constats]


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("| Compte (1) | Compte (2) | Compte (3) |\n|---|---|---|\n| BE68 5390 | 0754 | 7034 |\n", "anonymat.iban"),
        ("| Pays | GSM |\n|:--|--:|\n| +33 | 6 12 34 56 78 |\n", "anonymat.telephone"),
        ("| Naissance (AA.MM.JJ) | Suite | Contrôle |\n|---|---|---|\n| 85.07.30 | 033 | 28 |\n", "anonymat.niss"),
        ("Date de naissance de la sœur :\n\n| J | M | A |\n|---|---|---|\n| 14 | 11 | 2009 |\n", "anonymat.date_naissance"),
        ("| Voie | N° | CP | Commune |\n|---|---|---|---|\n| avenue des Tilleuls | 4 | 5100 | Jambes |\n",
         "anonymat.adresse"),
        ("| Identifiant | Domaine |\n|---|---|\n| julie.dumont | @skynet.be |\n", "anonymat.email"),
        ("| Ancien compte |\n|---|\n| 063 0441872 72 |\n", "anonymat.iban"),  # la colonne annonce le compte
        ("> | Plaque | Pays |\n> |---|---|\n> | WA 58231 | Pologne |\n", "anonymat.plaque"),  # tableau cité
    ],
)
def test_identifiant_reparti_sur_les_cellules(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "| Poste | Montant | Devise |\n|---|---|---|\n| Loyer | 650 | EUR |\n| Charges | 2 350 | EUR |\n",
        "| Réunion | Jour | Mois | Année |\n|---|---|---|---|\n| Concertation | 07 | 03 | 2024 |\n",
        "| Asbl | BCE |\n|---|---|\n| Service d'accrochage | BCE 0412.345.614 |\n",
        "| Livre | ISBN |\n|---|---|\n| Livre de maths | 978-2-8041-9273-0 |\n",
        "| Semaine | Lundi | Mardi | Mercredi | Jeudi |\n|---|---|---|---|---|\n| 12 | 3 | 4 | 5 | 6 |\n",
        "| Réf. | Dossier |\n|---|---|\n| SAJ | 25/0917 |\n",
    ],
)
def test_tableau_sans_identifiant(texte: str) -> None:
    assert _regles(texte) == []
