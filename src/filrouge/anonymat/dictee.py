"""Numéros dictés en lettres, tels qu'on les note au téléphone : « zéro quatre septante-trois, douze,
quarante-huit, nonante et un », « 04 septante-deux 31 80 56 ».

Un numéro belge se dit par paires (septante-trois, nonante et un : les nombres de Belgique, avec aussi
huitante, octante et les formes de France, soixante-dix, quatre-vingt) ; chiffres et mots peuvent se mêler.
Une suite est un numéro quand, remise en chiffres, elle commence par zéro et compte neuf ou dix chiffres.
Lecture mot à mot, en un passage, des seules lignes qui ont un nombre en lettres d'au moins dix.
"""

from __future__ import annotations

import re

from filrouge.anonymat.lignes import Lignes

_UNITES = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
           "huit": 8, "neuf": 9}
_DIX_A_SEIZE = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_DIZAINES = {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
             "huitante": 80, "octante": 80, "nonante": 90}
_VALEURS = {**_UNITES, **_DIX_A_SEIZE, **_DIZAINES}
_INDICES = frozenset(_DIX_A_SEIZE) | frozenset(_DIZAINES)
"""Un numéro dicté a toujours une paire dite en un mot (« douze », « septante-trois ») : préfiltre par ensembles."""
_JETON = re.compile(r"[^\W\d_]+|\d+")
_SEPARATION = re.compile(r"[ \t]*[,;/.\-]?[ \t]*")
"""Entre deux morceaux d'un numéro : des espaces et au plus une ponctuation (« douze, quarante-huit »)."""
_LIAISON = re.compile(r"[ \t]*-[ \t]*|[ \t]+")
"""Entre les mots d'un même nombre : un tiret ou une espace (« septante-trois », « vingt deux »)."""


MORCEAUX_MAX, ESSAIS = 14, 3
"""Un numéro tient en quatorze morceaux au plus (dix chiffres dits un à un, et leurs liaisons) ; trois débuts
possibles au plus par suite : le travail par suite est borné."""


def _paires(morceaux: list[tuple[str, str]]) -> str:
    """Les chiffres d'une suite de (liaison, mot ou chiffres) : « quatre-vingt » → 80, « nonante et un » → 91."""
    chiffres: list[str] = []
    courant: int | None = None

    def vider() -> None:
        nonlocal courant
        if courant is not None:
            chiffres.append(str(courant))
            courant = None

    for liaison, jeton in morceaux:
        if jeton.isdigit():
            vider()
            chiffres.append(jeton)
            continue
        valeur = _VALEURS[jeton]
        lie = liaison is not None and _LIAISON.fullmatch(liaison) is not None or liaison == " et "
        if courant is not None and lie and (
            courant >= 20 and courant % 10 == 0 and (1 <= valeur <= 9 or courant in (60, 80) and 10 <= valeur <= 16)
            or courant == 10 and 7 <= valeur <= 9 and liaison.strip() == "-"
            or courant == 4 and valeur == 20 and liaison.strip() == "-"
        ):
            courant = 80 if courant == 4 else courant + valeur
            continue
        vider()
        courant = valeur
    vider()
    return "".join(chiffres)


def numeros_dictes(texte: str, lignes: Lignes) -> list[tuple[int, int, str]]:
    """(début, fin, chiffres) de chaque numéro dicté du texte."""
    if not lignes.mots & _INDICES:
        return []
    bas = lignes.bas
    if len(bas) != len(texte):
        return []
    trouves: list[tuple[int, int, str]] = []
    vues: set[int] = set()
    for mot in lignes.mots & _INDICES:
        i = bas.find(mot)
        while i != -1:
            indice = lignes.numero(i)
            if indice not in vues:
                vues.add(indice)
                trouves += _numeros_de_la_ligne(bas, *lignes.bornes(indice))
            i = bas.find(mot, i + len(mot))
    return sorted(trouves)


def _numero_depuis(suite: list[tuple[str | None, str]], k: int) -> tuple[int, str] | None:
    """(fin, chiffres) du plus long numéro qui commence au morceau `k` de la suite (« le 3, zéro quatre… »,
    « …nonante et un, 2 fois ») : neuf ou dix chiffres dont au moins un morceau dit en lettres ; None sinon."""
    for fin_suite in range(min(len(suite), k + MORCEAUX_MAX), k, -1):
        morceaux = [(None, suite[k][1]), *suite[k + 1:fin_suite]]
        chiffres = _paires(morceaux)
        if len(chiffres) < 9:
            return None  # plus court encore en retirant des morceaux
        if len(chiffres) <= 10 and any(not j.isdigit() for _, j in morceaux):
            return fin_suite, chiffres
    return None


def _numeros_de_la_ligne(bas: str, debut: int, fin: int) -> list[tuple[int, int, str]]:
    trouves: list[tuple[int, int, str]] = []
    suite: list[tuple[str | None, str]] = []
    bornes: list[tuple[int, int]] = []
    precedent = None

    def conclure() -> None:
        if any(not j.isdigit() for _, j in suite):
            debuts = [k for k, (_, j) in enumerate(suite) if j in ("zéro", "zero") or j.startswith("0")][:ESSAIS]
            for k in debuts:
                numero = _numero_depuis(suite, k)
                if numero is not None:
                    fin_suite, chiffres = numero
                    trouves.append((bornes[k][0], bornes[fin_suite - 1][1], chiffres))
                    break
        suite.clear()
        bornes.clear()

    for m in _JETON.finditer(bas, debut, fin):
        jeton = m.group(0)
        if jeton == "et" and precedent is not None and bas[precedent.end():m.start()] == " ":
            continue  # « nonante et un » : la liaison est lue avec le mot suivant
        entre = bas[precedent.end():m.start()] if precedent is not None else None
        if jeton not in _VALEURS and not (jeton.isdigit() and len(jeton) <= 4):
            conclure()
            precedent = None
            continue
        if entre is not None and not _SEPARATION.fullmatch(entre) and entre != " et ":
            conclure()
            entre = None
        suite.append((entre, jeton))
        bornes.append(m.span())
        precedent = m
    conclure()
    return trouves
