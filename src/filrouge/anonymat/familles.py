"""Une famille désignée par son nom au pluriel : « chez les cuypers », « le SAJ connaît les moretti ».

Après « les », un mot commun est au pluriel (« les enfants », « les jeunes ») ; un nom de famille reste tel quel.
Un mot des listes de noms qui n'est pas aussi un mot courant (« petit », « roux », « blanc ») y est donc une
famille. En minuscules seulement : avec une majuscule, les couches de noms le jugent déjà, et savent qu'une
œuvre n'est pas une famille (« les Dalton », « les Harry Potter »). Et au milieu d'une phrase : en tête
(« Les lilas du jardin ont fleuri »), « Les » ouvre le plus souvent un pluriel générique."""

from __future__ import annotations

import re
from functools import lru_cache

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.listes import listes
from filrouge.anonymat.noms import REGLE, message_nom
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.trouvaille import Trouvaille

_LES_MOT = re.compile(r"les[ \t]+([a-zà-ÿ][^\W\d_]{2,39}(?:-[^\W\d_]{2,40})?)(?![\w'’-])")
"""Commence par le littéral « les » (le moteur y saute directement) ; la lettre d'avant est vérifiée à part."""


@lru_cache(maxsize=8192)
def _nom_de_famille(mot: str) -> bool:
    n = normaliser(mot)
    l = listes()
    return (n in l["noms"] or n in l["prenoms"]) and not (n in l["ambigus"] or n in l["courants"] or n in l["lieux"])


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if "les" not in lignes.mots:
        return []
    resultats: list[Trouvaille] = []
    for m in _LES_MOT.finditer(texte):
        mot = m.group(1)
        avant = texte[m.start() - 1] if m.start() else " "
        if avant.isalnum() or avant in "'’_" or not mot.islower() or not _nom_de_famille(mot):
            continue
        if normaliser(mot) not in contexte.mots_autorises:
            resultats.append(Trouvaille(m.start(1), m.end(1), REGLE, message_nom(mot, "une famille désignée par son nom")))
    return resultats
