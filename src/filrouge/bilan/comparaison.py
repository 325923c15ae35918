"""Le bilan calculé face aux chiffres publiés à la main (publie.yaml) : dire où ils divergeaient.

La comparaison est une donnée : chaque chiffre publié nomme son chemin dans la sortie
JSON ; ajouter un rapport publié ne demande aucun code.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from importlib import resources
from typing import Any

import yaml

from filrouge.bilan.chiffres import Bilan, Ecart

TOLERANCE = 0.005


@cache
def publications() -> dict[int, dict[str, Any]]:
    texte = resources.files("filrouge.bilan").joinpath("publie.yaml").read_text(encoding="utf-8")
    return {int(annee): contenu for annee, contenu in (yaml.safe_load(texte) or {}).items()}


def valeur(donnees: dict[str, Any], cle: str) -> Any:
    """La valeur au chemin `a.b.c` de la sortie JSON, None si le chemin n'existe pas."""
    courant: Any = donnees
    for partie in cle.split("."):
        if not isinstance(courant, dict) or partie not in courant:
            return None
        courant = courant[partie]
    return courant


def comparer(bilan: Bilan, donnees: dict[str, Any]) -> list[Ecart]:
    """Les chiffres publiés pour l'année du bilan, chacun avec le chiffre calculé et leur accord."""
    publication = publications().get(bilan.periode.annee)
    if publication is None:
        return []
    ecarts: list[Ecart] = []
    for chiffre in publication.get("chiffres", []):
        cle = chiffre.get("cle")
        calcule = valeur(donnees, cle) if cle else None
        concorde: bool | None = None
        if cle is not None:
            arrondi = chiffre.get("arrondi")
            compare = round(calcule, arrondi) if arrondi is not None and isinstance(calcule, (int, float)) else calcule
            concorde = isinstance(compare, (int, float)) and abs(compare - chiffre["publie"]) <= TOLERANCE
        ecarts.append(Ecart(publication.get("document", f"rapport {bilan.periode.annee}"), publication.get("arrete_au"),
                            chiffre.get("libelle", cle or ""), cle, chiffre["publie"], calcule, concorde,
                            chiffre.get("note")))
    return ecarts


def arrete_au_publie(annee: int) -> dt.date | None:
    publication = publications().get(annee)
    return publication.get("arrete_au") if publication else None
