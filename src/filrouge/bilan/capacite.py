"""Les dossiers actifs mois par mois, face à la capacité du dispositif.

Un seul balayage des ouvertures et clôtures (comme `activite.depassements`) plutôt qu'un
comptage jour par jour : le bilan de 1 000 dossiers reste instantané.
"""

from __future__ import annotations

import datetime as dt

from filrouge.activite import actifs_le, depassements, evenements as evenements_de
from filrouge.bilan.chiffres import Mois, Saturation
from filrouge.bilan.periode import Periode
from filrouge.modele import Dossier


def _debut_mois_suivant(jour: dt.date) -> dt.date:
    return dt.date(jour.year + jour.month // 12, jour.month % 12 + 1, 1)


def mois_par_mois(dossiers: list[Dossier], periode: Periode) -> list[Mois]:
    """Pour chaque mois jusqu'à la date d'arrêt : le plus haut nombre de dossiers actifs et celui du dernier jour."""
    evenements = [(jour, delta) for jour, delta, _ in evenements_de(dossiers)]
    actifs = actifs_le(dossiers, periode.debut)
    rang = 0
    while rang < len(evenements) and evenements[rang][0] <= periode.debut:
        rang += 1
    resultat: list[Mois] = []
    debut = periode.debut
    while debut <= periode.au:
        fin = min(_debut_mois_suivant(debut) - dt.timedelta(days=1), periode.au)
        maximum = actifs
        while rang < len(evenements) and evenements[rang][0] <= fin:
            actifs += evenements[rang][1]
            maximum = max(maximum, actifs)
            rang += 1
        resultat.append(Mois(f"{debut.year:04d}-{debut.month:02d}", maximum, actifs))
        debut = _debut_mois_suivant(debut)
    return resultat


def saturations(dossiers: list[Dossier], capacite: int, periode: Periode) -> list[Saturation]:
    """Les périodes de dépassement de `activite.depassements` qui touchent l'année."""
    return [Saturation(p.debut, p.fin, p.maximum) for p in depassements(dossiers, capacite)
            if p.debut <= periode.au and (p.fin is None or p.fin > periode.debut)]
