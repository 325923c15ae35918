"""Une famille désignée par son nom au pluriel : « chez les cuypers », « le SAJ connaît les moretti ».

Après « les », un mot commun est au pluriel (« les enfants », « les jeunes ») ; un nom de famille reste tel quel.
Un mot des listes de noms qui n'est pas aussi un mot courant (« petit », « roux », « blanc ») y est donc une
famille. En minuscules seulement : avec une majuscule, les couches de noms le jugent déjà, et savent qu'une
œuvre n'est pas une famille (« les Dalton », « les Harry Potter »). Et au milieu d'une phrase : en tête
(« Les lilas du jardin ont fleuri »), « Les » ouvre le plus souvent un pluriel générique."""

from __future__ import annotations

import re

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.listes import listes
from filrouge.anonymat.noms import REGLE, _message
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.trouvaille import Trouvaille

_LES_MOT = re.compile(r"(?<![\w'’])les[ \t]+([^\W\d_]{3,40}(?:-[^\W\d_]{2,40})?)(?![\w'’-])")


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if "les" not in lignes.mots:
        return []
    l = listes()
    resultats: list[Trouvaille] = []
    for m in _LES_MOT.finditer(texte):
        mot = m.group(1)
        if not mot.islower():
            continue
        n = normaliser(mot)
        if n in contexte.mots_autorises or n in l["ambigus"] or n in l["courants"] or n in l["lieux"]:
            continue
        if n in l["noms"] or n in l["prenoms"]:
            resultats.append(Trouvaille(m.start(1), m.end(1), REGLE, _message(mot, "une famille désignée par son nom")))
    return resultats
