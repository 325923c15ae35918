"""Les dossiers actifs au fil du temps : pour la capacité, la coordination et le bilan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from filrouge.modele import Dossier


def est_actif(dossier: Dossier, jour: dt.date) -> bool:
    """Actif entre l'ouverture (incluse) et la clôture (exclue)."""
    ouverture, cloture = dossier.dates.ouverture, dossier.dates.cloture
    if dossier.statut not in ("ouvert", "clos") or ouverture is None or ouverture > jour:
        return False
    return cloture is None or cloture > jour


def actifs_le(dossiers: list[Dossier], jour: dt.date) -> int:
    return sum(1 for d in dossiers if est_actif(d, jour))


@dataclass(frozen=True)
class Depassement:
    """Une période où les dossiers actifs dépassent la capacité."""

    debut: dt.date
    fin: dt.date | None
    maximum: int
    declencheur: Dossier


def depassements(dossiers: list[Dossier], capacite: int) -> list[Depassement]:
    """Parcourt les ouvertures et clôtures dans l'ordre et relève chaque période de saturation."""
    evenements: list[tuple[dt.date, int, Dossier]] = []
    for d in dossiers:
        if d.statut in ("ouvert", "clos") and d.dates.ouverture is not None:
            evenements.append((d.dates.ouverture, 1, d))
            if d.dates.cloture is not None:
                evenements.append((d.dates.cloture, -1, d))
    evenements.sort(key=lambda e: (e[0], e[1]))  # une clôture le jour même libère la place d'abord
    resultat: list[Depassement] = []
    actifs = 0
    debut: dt.date | None = None
    maximum = 0
    declencheur: Dossier | None = None
    for jour, delta, dossier in evenements:
        actifs += delta
        if actifs > capacite:
            if debut is None:
                debut, declencheur, maximum = jour, dossier, actifs
            maximum = max(maximum, actifs)
        elif debut is not None and declencheur is not None:
            resultat.append(Depassement(debut, jour, maximum, declencheur))
            debut = None
    if debut is not None and declencheur is not None:
        resultat.append(Depassement(debut, None, maximum, declencheur))
    return resultat
