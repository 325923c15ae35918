"""Les dossiers actifs au fil du temps : pour la capacité, la coordination et le bilan."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from filrouge.modele import Configuration, Dossier


def est_actif(dossier: Dossier, jour: dt.date) -> bool:
    """Actif pendant une de ses périodes de suivi, de l'ouverture (incluse) à la clôture (exclue)."""
    if dossier.statut not in ("ouvert", "clos"):
        return False
    return any(p.ouverture <= jour and (p.cloture is None or p.cloture > jour) for p in dossier.periodes)


Evenement = tuple[dt.date, int, Dossier]


def evenements(dossiers: list[Dossier]) -> list[Evenement]:
    """Chaque ouverture (+1) et clôture (-1) de période, dans l'ordre ; une clôture le jour même passe d'abord."""
    resultat: list[Evenement] = []
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
    return _balayer(evenements(dossiers), capacite)


def _balayer(suite: list[Evenement], capacite: int) -> list[Depassement]:
    suite = sorted(suite, key=lambda e: (e[0], e[1]))  # une clôture le jour même libère la place d'abord
    resultat: list[Depassement] = []
    actifs = 0
    debut: dt.date | None = None
    maximum = 0
    declencheur: Dossier | None = None
    for jour, delta, dossier in suite:
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
    for jour, delta, d in evenements(dossiers):
        cm = d.casemanager_le(jour if delta > 0 else _veille(jour), implicite)
        par_cm.setdefault(cm, []).append((jour, delta, d))
        if delta > 0:
            fin = next((p.cloture for p in d.periodes if p.ouverture == jour), None)
            for t in d.transferts:
                if jour < t.date and (fin is None or t.date < fin):
                    par_cm.setdefault(d.casemanager_le(_veille(t.date), implicite), []).append((t.date, -1, d))
                    par_cm.setdefault(d.casemanager_le(t.date, implicite), []).append((t.date, 1, d))
    return par_cm


def depassements_par_casemanager(dossiers: list[Dossier], config: Configuration) -> dict[str, list[Depassement]]:
    """Les saturations de chaque casemanager configuré, face à sa capacité (etp × dossiers_par_etp)."""
    resultat: dict[str, list[Depassement]] = {}
    for cm, suite in evenements_par_casemanager(dossiers, config.casemanager_implicite()).items():
        capacite = config.capacite_casemanager(cm) if cm is not None else None
        if capacite is not None:
            resultat[cm] = _balayer(suite, capacite)
    return resultat


def actifs_par_casemanager(dossiers: list[Dossier], jour: dt.date, implicite: str | None) -> dict[str | None, int]:
    """Les dossiers actifs ce jour-là, par casemanager qui les suit (None : aucun casemanager connu)."""
    compte: dict[str | None, int] = {}
    for d in dossiers:
        if est_actif(d, jour):
            cm = d.casemanager_le(jour, implicite)
            compte[cm] = compte.get(cm, 0) + 1
    return compte
