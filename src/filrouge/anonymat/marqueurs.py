"""Marqueurs « anonymat: ok <raison> » : un faux positif relu et accepté, sur la même ligne.

En YAML : `# anonymat: ok nom d'une rue publique` ; en Markdown : `<!-- anonymat: ok raison -->`.
Un marqueur sans raison n'accepte rien et est signalé lui-même.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARQUEUR = re.compile(r"anonymat\s*:\s*ok\b(?P<raison>[^\n]*)", re.IGNORECASE)
_FERMETURES = re.compile(r"\s*(?:-->|\*/|#}|%}|\]\]>)\s*$")
_MOT = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True, slots=True)
class Marqueur:
    position: int
    raison: str

    @property
    def accepte(self) -> bool:
        return bool(_MOT.search(self.raison))


def trouver(texte: str) -> list[Marqueur]:
    if "nonymat" not in texte and "NONYMAT" not in texte.upper():
        return []
    marqueurs = []
    for m in _MARQUEUR.finditer(texte):
        raison = _FERMETURES.sub("", m.group("raison")).strip(" \t\r:;,.-–—()[]\"'«»")
        marqueurs.append(Marqueur(m.start(), raison))
    return marqueurs
