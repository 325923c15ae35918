"""Numéros dictés en lettres : téléphone chiffre par chiffre ou avec des nombres liés par « -et- »,
numéro national dicté par groupes (centaines comprises), et la table des nombres partagée avec les dates."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte
from filrouge.anonymat.dictee import _paires, _suites_de_la_ligne


def _regles(texte: str) -> list[str]:
    constats, _ = analyser_texte(texte, "essai.md", ContexteAnonymat())
    return [c.regle for c in constats]


@pytest.mark.parametrize(
    ("mots", "chiffres"),
    [
        ("trente-et-un", "31"),
        ("deux-cent-douze", "212"),
        ("cent-cinquante-trois", "153"),
        ("quatre-vingt-un", "81"),
        ("cent dix-sept", "117"),
        ("trois cent quatre-vingt-dix-neuf", "399"),
    ],
)
def test_nombres_composes(mots: str, chiffres: str) -> None:
    (suite, _), = _suites_de_la_ligne(mots, 0, len(mots))
    assert _paires(suite) == chiffres


@pytest.mark.parametrize(
    "texte",
    [
        "Numéro de la tante : zéro quatre nonante-sept, vingt-et-un, trente-trois, quarante-six.",
        "Il épelle : zéro, quatre, sept, cinq, huit, un, deux, neuf, six, trois.",
        "gsm du père : zero quatre neuf un trois deux huit sept six cinq",
    ],
)
def test_telephone_dicte(texte: str) -> None:
    assert "anonymat.telephone" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        # 85.07.30-033.28, un NISS valide, dit de deux façons
        "La mère dicte le numéro national : huitante-cinq, zéro sept, trente, zéro trente-trois, vingt-huit.",
        "NISS : 85, zéro sept, trente, zéro trente-trois, 28",
    ],
)
def test_niss_dicte(texte: str) -> None:
    assert "anonymat.niss" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le score passe de zéro à douze, puis quinze, en trois semaines.",
        "Présents : onze jeunes, douze parents, vingt-et-un professionnels, deux-cent-douze euros récoltés.",
        # onze chiffres dits, contrôle faux : pas un NISS
        "Code : huitante-cinq, douze, trente, cent-trente-trois, vingt-neuf.",
    ],
)
def test_nombres_qui_ne_sont_pas_des_numeros(texte: str) -> None:
    assert _regles(texte) == []


def test_annee_en_lettres_de_belgique() -> None:
    """Les dates lisent les nombres de la même table que les numéros dictés : septante, nonante…"""
    assert _regles("Née le douze mars mille neuf cent nonante-huit, la mère…") == ["anonymat.date_naissance"]
