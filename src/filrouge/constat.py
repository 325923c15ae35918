"""Un constat : ce qu'une règle a trouvé, où, et à quel point c'est grave.

Tout ce qui vérifie (lecture, schéma, règles métier, garde d'anonymat) produit des
`Constat`; seul `rapport` les met en forme. Le chemin est toujours relatif à la
racine du dépôt, avec des barres obliques, pour que la sortie soit la même partout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Gravite = Literal["erreur", "avertissement"]


@dataclass(frozen=True, slots=True)
class Constat:
    fichier: str
    ligne: int | None
    regle: str
    gravite: Gravite
    message: str
    colonne: int | None = None

    @property
    def est_erreur(self) -> bool:
        return self.gravite == "erreur"

    def cle_tri(self) -> tuple[str, int, int, str]:
        return (self.fichier, self.ligne or 0, self.colonne or 0, self.regle)


_APRES_INITIALE = re.compile(r"(?<=\w)\w")
_INVISIBLES = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\ufeff]+")


def citer(saisie: object) -> str:
    """Cite une saisie inconnue sans la divulguer : « julie-dumont » devient « j****-d***** ».

    Une clé, un identifiant ou un chemin inconnus peuvent être un nom tapé au mauvais
    endroit ; la ligne du constat suffit à le retrouver, le journal de la CI n'a pas à le lire.
    """
    sur_une_ligne = " ".join(_INVISIBLES.sub(" ", str(saisie)).split())
    return "« " + _APRES_INITIALE.sub("*", sur_une_ligne) + " »"
