"""Un constat : ce qu'une règle a trouvé, où, et à quel point c'est grave.

Tout ce qui vérifie (lecture, schéma, règles métier, garde d'anonymat) produit des
`Constat`; seul `rapport` les met en forme. Le chemin est toujours relatif à la
racine du dépôt, avec des barres obliques, pour que la sortie soit la même partout.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from filrouge.caracteres import A_BLANCHIR

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

    def en_tuple(self) -> tuple[str, int | None, str, str, str, int | None]:
        """Les champs dans l'ordre du constructeur, en types de `marshal` (caches) : `Constat(*c.en_tuple())`."""
        return (self.fichier, self.ligne, self.regle, self.gravite, self.message, self.colonne)


_APRES_INITIALE = re.compile(r"(?<=\w)\w")


def citer(saisie: object, connus: Collection[str] = ()) -> str:
    """Cite une saisie sans la divulguer : « julie-dumont » devient « j****-d***** ».

    Une clé, un identifiant ou un chemin inconnus peuvent être un nom tapé au mauvais
    endroit ; la ligne du constat suffit à le retrouver, le journal de la CI n'a pas à le lire.
    Une saisie du vocabulaire `connus` (clés du schéma, valeurs permises, identifiants de
    l'annuaire, des dossiers ou de la configuration), à la casse et aux accents près, ne peut pas
    être personnelle : elle est citée en clair.
    """
    sur_une_ligne = " ".join(A_BLANCHIR.sub(" ", str(saisie)).split())
    if connus and _plier(sur_une_ligne) in {_plier(c) for c in connus}:
        return f"« {sur_une_ligne} »"
    return "« " + _APRES_INITIALE.sub("*", sur_une_ligne) + " »"


def proposer(saisie: object, connus: Collection[str]) -> str:
    """« : vouliez-vous écrire « x » ? » avec le terme connu le plus proche de la saisie, ou rien.

    La proposition vient du vocabulaire, jamais de la saisie : elle se cite toujours en clair.
    """
    trouve = plus_proche(saisie, connus)
    return "" if trouve is None or trouve == str(saisie) else f" : vouliez-vous écrire « {trouve} » ?"


def plus_proche(saisie: object, connus: Collection[str]) -> str | None:
    """Le terme de `connus` que la saisie voulait sans doute dire : le même aux accents et à la casse
    près, sinon le plus proche (difflib), sinon None."""
    index: dict[str, str] = {}
    for terme in sorted(connus):
        index.setdefault(_plier(terme), terme)
    plie = _plier(str(saisie))
    if plie in index:
        return index[plie]
    proches = difflib.get_close_matches(plie, list(index), n=1, cutoff=0.6)
    return index[proches[0]] if proches else None


def meme_mot(a: str, b: str) -> bool:
    """Le même mot à la casse et aux accents près."""
    return _plier(a) == _plier(b)


def _plier(texte: str) -> str:
    """Sans casse ni accents : « Échéance » et « echeance » sont le même mot pour le vocabulaire."""
    decompose = unicodedata.normalize("NFKD", texte.casefold())
    return "".join(c for c in decompose if not unicodedata.combining(c))
