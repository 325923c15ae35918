"""La date de référence : « aujourd'hui » pour toutes les commandes, réglable pour les tests et les captures.

`FILROUGE_AUJOURDHUI=2026-11-24` fixe la date des retards du portail, du bilan de l'année en
cours, des rappels et des dates par défaut de `nouveau` : une seule source, pour qu'un portail
et un bilan construits ensemble parlent du même jour.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping

from filrouge.francais import ErreurUtilisation

VAR_AUJOURDHUI = "FILROUGE_AUJOURDHUI"


def aujourdhui(environ: Mapping[str, str] | None = None) -> dt.date:
    """La date du jour, ou celle de FILROUGE_AUJOURDHUI (AAAA-MM-JJ) ; une valeur invalide arrête la commande."""
    brut = (os.environ if environ is None else environ).get(VAR_AUJOURDHUI, "").strip()
    if not brut:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(brut)
    except ValueError:
        raise ErreurUtilisation(f"{VAR_AUJOURDHUI} invalide « {brut} » : format AAAA-MM-JJ attendu.")
