"""Masquage de ce que la garde signale : le message ne doit jamais répandre la donnée.

Les sorties de la garde finissent dans les journaux de CI et dans les terminaux : on n'y
laisse que la forme (séparateurs, longueur) et quelques caractères non identifiants.
"""

from __future__ import annotations

import re

_MOT = re.compile(r"[^\W_]+")


def masquer_chiffres(valeur: str, debut: int = 2, fin: int = 2) -> str:
    """Garde les `debut` premiers et `fin` derniers chiffres : « 0470 12 34 52 » → « 04** ** ** 52 »."""
    positions = [i for i, c in enumerate(valeur) if c.isdigit()]
    if len(positions) <= debut + fin + 2:
        debut, fin = min(debut, 1), min(fin, 1)
    gardees = set(positions[:debut]) | (set(positions[-fin:]) if fin else set())
    return "".join("*" if c.isdigit() and i not in gardees else c for i, c in enumerate(valeur))


def masquer_mots(valeur: str) -> str:
    """Initiale de chaque mot, le reste en étoiles : « Julie Dumont » → « J**** D***** »."""
    return _MOT.sub(lambda m: m.group(0)[0] + "*" * (len(m.group(0)) - 1), valeur)


def masquer_tout(valeur: str) -> str:
    """Lettres et chiffres tous remplacés : « 3 mars 2008 » → « * **** **** »."""
    return _MOT.sub(lambda m: "*" * len(m.group(0)), valeur)


_AROBASE_ECRITE = re.compile(r"@|\s?[\[({]\s?(?:at|arobase|@|a)\s?[\])}]\s?|\s(?:arobase|at|apenstaartje)\s", re.IGNORECASE)
"""L'arobase telle qu'elle est écrite : « @ », « [at] », « (a) », « arobase »."""


def masquer_courriel(valeur: str) -> str:
    """« julie.dumont@exemple.be » → « j****.d*****@e******.be » ; l'arobase déguisée reste écrite comme elle l'est
    (« j****(a)y****.fr », pas un « @ » qui n'y est pas)."""
    arobase = _AROBASE_ECRITE.search(valeur)
    if arobase is None:
        return masquer_mots(valeur)
    local, domaine = valeur[:arobase.start()], valeur[arobase.end():]
    morceaux = domaine.rsplit(".", 1)
    domaine_masque = masquer_mots(morceaux[0]) + ("." + morceaux[1] if len(morceaux) == 2 else "")
    return masquer_mots(local) + arobase.group() + domaine_masque


def masquer_iban(valeur: str) -> str:
    """Le code pays reste, puis seulement les deux derniers chiffres : « BE** **** **** **34 »."""
    pays, reste = valeur[:2], valeur[2:]
    return pays + masquer_chiffres(re.sub(r"[A-Za-z]", "*", reste), debut=0, fin=2)


def masquer_niss(valeur: str) -> str:
    """Seuls les deux chiffres de contrôle restent : « **.**.**-***.47 »."""
    return masquer_chiffres(valeur, debut=0, fin=2)
