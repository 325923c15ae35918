"""Numéros dictés en lettres, tels qu'on les note au téléphone : « zéro quatre septante-trois, douze,
quarante-huit, nonante et un », « 04 septante-deux 31 80 56 », « zéro, quatre, neuf, … » chiffre par chiffre ;
et le numéro national dicté par groupes (« quatre-vingt-un, zéro six, dix-neuf, cent-cinquante-trois, cinquante »).

Un numéro belge se dit par paires (septante-trois, nonante et un, trente-et-un : les nombres de Belgique,
avec aussi huitante, octante et les formes de France, soixante-dix, quatre-vingt), le numéro d'ordre d'un
NISS en centaines ; chiffres et mots peuvent se mêler. Une suite est un téléphone quand, remise en chiffres,
elle commence par zéro et compte neuf ou dix chiffres ; un NISS quand elle compte onze chiffres dont le
contrôle est juste. Lecture mot à mot, en un passage, des seules lignes qui ont un nombre en lettres d'au
moins dix ou « zéro ».
"""

from __future__ import annotations

import re
from collections.abc import Callable

from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.nombres import DIX_A_SEIZE, DIZAINES, VALEURS

_ZEROS = frozenset(("zéro", "zero"))
_INDICES = frozenset(DIX_A_SEIZE) | frozenset(DIZAINES) | _ZEROS
"""Un numéro dicté a toujours une paire dite en un mot (« douze », « septante-trois ») ou un zéro en toutes
lettres : préfiltre par ensembles."""
_JETON = re.compile(r"[^\W\d_]+|\d+")
_SEPARATION = re.compile(r"[ \t]*[,;/.\-]?[ \t]*")
"""Entre deux morceaux d'un numéro : des espaces et au plus une ponctuation (« douze, quarante-huit »)."""
_LIAISON = re.compile(r"[ \t]*-[ \t]*|[ \t]+")
"""Entre les mots d'un même nombre : un tiret ou une espace (« septante-trois », « vingt deux »)."""
_ET = frozenset((" et ", "-et-", "-et ", " et-"))
"""« nonante et un », « trente-et-un » : la liaison d'un nombre composé."""


MORCEAUX_MAX, ESSAIS = 16, 3
"""Un numéro tient en seize morceaux au plus (onze chiffres dits un à un, et leurs liaisons) ; trois débuts
possibles au plus par suite : le travail par suite est borné."""


def _paires(morceaux: list[tuple[str | None, str]]) -> str:
    """Les chiffres d'une suite de (liaison, mot ou chiffres) : « quatre-vingt » → 80, « nonante et un » → 91,
    « deux-cent-douze » → 212."""
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
        valeur = VALEURS[jeton]
        lie = liaison is not None and (_LIAISON.fullmatch(liaison) is not None or liaison == " et ")
        tiret = liaison is not None and liaison.strip() == "-"
        if courant is not None and lie:
            dizaine, centaines = courant % 100, courant - courant % 100
            if (
                dizaine >= 20 and dizaine % 10 == 0 and (1 <= valeur <= 9 or dizaine in (60, 80) and 10 <= valeur <= 16)
                or dizaine == 10 and 7 <= valeur <= 9 and tiret
                or centaines and dizaine == 0 and 1 <= valeur <= 99
            ):
                courant += valeur
                continue
            if dizaine == 4 and valeur == 20 and tiret:
                courant = centaines + 80
                continue
            if 1 <= courant <= 9 and valeur == 100:
                courant *= 100
                continue
        vider()
        courant = valeur
    vider()
    return "".join(chiffres)


def _suites(texte: str, lignes: Lignes) -> list[tuple[list[tuple[str | None, str]], list[tuple[int, int]]]]:
    """Les suites de nombres (en lettres ou en chiffres) des lignes qui ont un indice, avec leurs positions."""
    if lignes.mots.isdisjoint(_INDICES):
        return []
    bas = lignes.bas
    if len(bas) != len(texte):
        return []
    suites: list[tuple[list[tuple[str | None, str]], list[tuple[int, int]]]] = []
    for indice in lignes.contenant(lignes.mots & _INDICES):
        suites += _suites_de_la_ligne(bas, *lignes.bornes(indice))
    return suites


def _plus_long(suite: list[tuple[str | None, str]], k: int, longueurs: range,
               accepte: Callable[[str], bool]) -> tuple[int, str] | None:
    """(fin, chiffres) du plus long numéro qui commence au morceau `k` de la suite (« le 3, zéro quatre… »,
    « …nonante et un, 2 fois ») : autant de chiffres que `longueurs` permet, dont au moins un morceau dit en
    lettres, et que `accepte` reconnaît ; None sinon."""
    for fin_suite in range(min(len(suite), k + MORCEAUX_MAX), k, -1):
        morceaux: list[tuple[str | None, str]] = [(None, suite[k][1]), *suite[k + 1:fin_suite]]
        chiffres = _paires(morceaux)
        if len(chiffres) < longueurs.start:
            return None  # plus court encore en retirant des morceaux
        if len(chiffres) in longueurs and any(not j.isdigit() for _, j in morceaux) and accepte(chiffres):
            return fin_suite, chiffres
    return None


def _trouver(texte: str, lignes: Lignes, longueurs: range, accepte: Callable[[str], bool],
             debut_possible: Callable[[str], bool]) -> list[tuple[int, int, str]]:
    trouves: list[tuple[int, int, str]] = []
    for suite, bornes in _suites(texte, lignes):
        debuts = [k for k, (_, j) in enumerate(suite) if debut_possible(j)][:ESSAIS]
        for k in debuts:
            numero = _plus_long(suite, k, longueurs, accepte)
            if numero is not None:
                fin_suite, chiffres = numero
                trouves.append((bornes[k][0], bornes[fin_suite - 1][1], chiffres))
                break
    return sorted(trouves)


def numeros_dictes(texte: str, lignes: Lignes) -> list[tuple[int, int, str]]:
    """(début, fin, chiffres) de chaque numéro de téléphone dicté du texte : neuf ou dix chiffres depuis un zéro."""
    return _trouver(texte, lignes, range(9, 11), lambda chiffres: True,
                    lambda jeton: jeton in _ZEROS or jeton.startswith("0"))


def niss_dictes(texte: str, lignes: Lignes) -> list[tuple[int, int, str]]:
    """(début, fin, chiffres) de chaque numéro national dicté : onze chiffres au contrôle juste."""
    return _trouver(texte, lignes, range(11, 12), _niss_valide, lambda jeton: True)


def _niss_valide(chiffres: str) -> bool:
    from stdnum.be import bis, nn

    return nn.is_valid(chiffres) or bis.is_valid(chiffres)


def _suites_de_la_ligne(bas: str, debut: int, fin: int) -> list[tuple[list[tuple[str | None, str]], list[tuple[int, int]]]]:
    suites: list[tuple[list[tuple[str | None, str]], list[tuple[int, int]]]] = []
    suite: list[tuple[str | None, str]] = []
    bornes: list[tuple[int, int]] = []
    precedent = None

    def conclure() -> None:
        nonlocal suite, bornes
        if any(not j.isdigit() for _, j in suite):
            suites.append((suite, bornes))
        suite, bornes = [], []

    for m in _JETON.finditer(bas, debut, fin):
        jeton = m.group(0)
        if jeton == "et" and precedent is not None and bas[precedent.end():m.start()] in (" ", "-"):
            continue  # « nonante et un », « trente-et-un » : la liaison est lue avec le mot suivant
        entre = bas[precedent.end():m.start()] if precedent is not None else None
        if entre in _ET:
            entre = " et "
        if jeton not in VALEURS and not (jeton.isdigit() and len(jeton) <= 4):
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
    return suites
