"""Cinquante-huitième passage : les lettres et chiffres stylisés d'un message recopié (gras, italique, double barre,
monospace mathématiques, entourés) sont lus comme les lettres et chiffres qu'un lecteur y voit (garde60, écrit à
l'aveugle avant lui) ; un titre, une liste numérotée, une formule stylisés restent muets. Variantes écrites ici (jamais
les phrases de `cas/garde60.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, seul_masque


def _styliser(texte: str, majuscule: int, minuscule: int, chiffre: int | None = None) -> str:
    """Le texte en lettres (et chiffres) d'un bloc mathématique : décalages depuis « A », « a », « 0 »."""
    def un(c: str) -> str:
        if "A" <= c <= "Z":
            return chr(majuscule + ord(c) - ord("A"))
        if "a" <= c <= "z":
            return chr(minuscule + ord(c) - ord("a"))
        if chiffre is not None and "0" <= c <= "9":
            return chr(chiffre + ord(c) - ord("0"))
        return c
    return "".join(un(c) for c in texte)


GRAS = (0x1D400, 0x1D41A, 0x1D7CE)
SANS_EMPATTEMENT = (0x1D5A0, 0x1D5BA, 0x1D7E2)
MONOSPACE = (0x1D670, 0x1D68A, 0x1D7F6)


@pytest.mark.parametrize("style", [GRAS, SANS_EMPATTEMENT, MONOSPACE])
def test_le_nom_stylise_est_lu(style: tuple[int, int, int]) -> None:
    assert "« M******* T******** »" in seul_masque(f"Rencontre avec {_styliser('Mireille Tshibangu', *style)} au SSM.")


@pytest.mark.parametrize("style", [GRAS, SANS_EMPATTEMENT, MONOSPACE])
def test_le_numero_stylise_est_lu(style: tuple[int, int, int]) -> None:
    texte = f"Le père répond au {_styliser('0486 27 91 05', *style)} le soir."
    assert [c.regle for c in analyser_texte(texte, NOTE, ContexteAnonymat())[0]] == ["anonymat.telephone"]


def test_lettres_entourees() -> None:
    entoure = "".join(chr(0x24B6 + ord(c) - ord("A")) if c.isupper() else chr(0x24D0 + ord(c) - ord("a")) if c.isalpha()
                      else c for c in "Mireille Tshibangu")
    assert "« M******* T******** »" in seul_masque(f"Rencontre avec {entoure} au SSM.")


@pytest.mark.parametrize(
    "texte",
    [
        f"{_styliser('IMPORTANT', *GRAS)} : ① appeler le {_styliser('CPAS', *GRAS)} ② voir l'école ③ relancer",
        "Surface du logement : 20 m², température 19 ℃, ℹ voir la fiche.",
        f"Rappel : {_styliser('rendez-vous mardi', *SANS_EMPATTEMENT)} au SSM de Namur.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []


def test_chaque_caractere_traduit_est_cherche() -> None:
    """La recherche qui décide de traduire un texte trouve chaque caractère de la table (l'attaque-90 : une clé hors du
    plan de base, oubliée par la recherche, ne serait jamais traduite)."""
    from filrouge.anonymat import analyse
    from filrouge.anonymat.normalisation import ESPACES

    assert all(analyse._AUTRES_ESPACES.fullmatch(chr(c)) for c in ESPACES)
