"""La fin de vie d'un dossier : d'abord invisible des partenaires, puis retiré du dépôt.

Deux durées de reseau.yaml (archivage:), comptées depuis la fin du suivi (la clôture, ou la
demande d'une demande non ouverte) : `visible_partenaires_mois` règle les portails `--pour`
(voir `publication.vue`), `conservation_mois` ce que `filrouge archiver` retire. Un dossier n'est
retiré qu'une fois arrêtés les chiffres de chaque année où il compte (`bilan/ANNEE.yaml`, écrit
par `filrouge bilan ANNEE --arreter`) : le retirer avant changerait en silence un bilan publié.
Le retrait ne touche que l'arbre de travail ; l'effacer de l'historique Git est décrit dans le
guide (git filter-repo).
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path

from filrouge.depot import Depot
from filrouge.modele.configuration import plus_mois

REPERTOIRE_BILANS = "bilan"


@dataclass(frozen=True)
class Archivable:
    """Un dossier gardé plus longtemps que la durée de conservation."""

    id: str
    repertoire: str
    fin: dt.date
    limite: dt.date
    annees: tuple[int, ...]
    """Les années dont le bilan compte ce dossier : de la demande à la fin du suivi."""
    non_arretees: tuple[int, ...]
    """Celles dont les chiffres ne sont pas encore arrêtés (pas de bilan/ANNEE.yaml) : retrait refusé."""


def a_archiver(depot: Depot, aujourdhui: dt.date) -> list[Archivable]:
    """Les dossiers dont la durée de conservation est écoulée, du plus ancien au plus récent."""
    duree = depot.config.archivage.conservation_mois
    if duree is None:
        return []
    resultat = []
    for charge in depot.dossiers:
        dossier = charge.modele
        fin = dossier.fin_de_suivi() if dossier is not None else None
        if dossier is None or fin is None or plus_mois(fin, duree) >= aujourdhui:
            continue
        annees = tuple(range(dossier.dates.demande.year, fin.year + 1))
        manquantes = tuple(a for a in annees if not (depot.racine / REPERTOIRE_BILANS / f"{a}.yaml").is_file())
        resultat.append(Archivable(dossier.id, charge.relatif, fin, plus_mois(fin, duree), annees, manquantes))
    return sorted(resultat, key=lambda a: (a.fin, a.id))


def retirer(racine: Path, archivables: list[Archivable]) -> list[Archivable]:
    """Retire du dépôt les dossiers dont tous les bilans sont arrêtés ; renvoie ceux qui l'ont été."""
    retires = []
    for a in archivables:
        if a.non_arretees:
            continue
        repertoire = racine / a.repertoire
        if repertoire.is_dir() and not repertoire.is_symlink():
            shutil.rmtree(repertoire)
            retires.append(a)
    return retires
