"""Les dossiers actifs au fil du temps : pour la capacité, la coordination et le bilan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from filrouge.modele import Configuration, Dossier


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


Evenement = tuple[dt.date, int, Dossier]


def _evenements(dossiers: list[Dossier]) -> list[Evenement]:
    evenements: list[Evenement] = []
    for d in dossiers:
        if d.statut in ("ouvert", "clos") and d.dates.ouverture is not None:
            evenements.append((d.dates.ouverture, 1, d))
            if d.dates.cloture is not None:
                evenements.append((d.dates.cloture, -1, d))
    return evenements


def depassements(dossiers: list[Dossier], capacite: int) -> list[Depassement]:
    """Parcourt les ouvertures et clôtures dans l'ordre et relève chaque période de saturation."""
    return _balayer(_evenements(dossiers), capacite)


def _balayer(evenements: list[Evenement], capacite: int) -> list[Depassement]:
    evenements = sorted(evenements, key=lambda e: (e[0], e[1]))  # une clôture le jour même libère la place d'abord
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


def _veille(jour: dt.date) -> dt.date:
    return jour - dt.timedelta(days=1)


def evenements_par_casemanager(dossiers: list[Dossier], implicite: str | None) -> dict[str | None, list[Evenement]]:
    """Les ouvertures, relais et clôtures de chaque casemanager : un relais retire le dossier à l'un, le donne à l'autre."""
    par_cm: dict[str | None, list[Evenement]] = {}
    for jour, delta, d in _evenements(dossiers):
        cm = d.casemanager_le(jour if delta > 0 else _veille(jour), implicite)
        par_cm.setdefault(cm, []).append((jour, delta, d))
        if delta > 0:
            fin = d.dates.cloture
            for t in d.transferts:
                if jour < t.date and (fin is None or t.date < fin):
                    par_cm.setdefault(d.casemanager_le(_veille(t.date), implicite), []).append((t.date, -1, d))
                    par_cm.setdefault(d.casemanager_le(t.date, implicite), []).append((t.date, 1, d))
    return par_cm


def depassements_par_casemanager(dossiers: list[Dossier], config: Configuration) -> dict[str, list[Depassement]]:
    """Les saturations de chaque casemanager configuré, face à sa capacité (etp × dossiers_par_etp)."""
    resultat: dict[str, list[Depassement]] = {}
    for cm, evenements in evenements_par_casemanager(dossiers, config.casemanager_implicite()).items():
        capacite = config.capacite_casemanager(cm) if cm is not None else None
        if capacite is not None:
            resultat[cm] = _balayer(evenements, capacite)
    return resultat


def actifs_par_casemanager(dossiers: list[Dossier], jour: dt.date, implicite: str | None) -> dict[str | None, int]:
    """Les dossiers actifs ce jour-là, par casemanager qui les suit (None : aucun casemanager connu)."""
    compte: dict[str | None, int] = {}
    for d in dossiers:
        if est_actif(d, jour):
            cm = d.casemanager_le(jour, implicite)
            compte[cm] = compte.get(cm, 0) + 1
    return compte
