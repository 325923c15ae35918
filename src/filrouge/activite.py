"""Les dossiers actifs au fil du temps : pour la capacité, la coordination et le bilan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from filrouge.modele import Dossier


def est_actif(dossier: Dossier, jour: dt.date) -> bool:
    """Actif pendant une de ses périodes de suivi, de l'ouverture (incluse) à la clôture (exclue)."""
    if dossier.statut not in ("ouvert", "clos"):
        return False
    return any(p.ouverture <= jour and (p.cloture is None or p.cloture > jour) for p in dossier.periodes)


def evenements(dossiers: list[Dossier]) -> list[tuple[dt.date, int, Dossier]]:
    """Chaque ouverture (+1) et clôture (-1) de période, dans l'ordre ; une clôture le jour même passe d'abord."""
    resultat: list[tuple[dt.date, int, Dossier]] = []
    for d in dossiers:
        if d.statut in ("ouvert", "clos"):
            for p in d.periodes:
                resultat.append((p.ouverture, 1, d))
                if p.cloture is not None:
                    resultat.append((p.cloture, -1, d))
    resultat.sort(key=lambda e: (e[0], e[1]))
    return resultat


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
    resultat: list[Depassement] = []
    actifs = 0
    debut: dt.date | None = None
    maximum = 0
    declencheur: Dossier | None = None
    for jour, delta, dossier in evenements(dossiers):
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
