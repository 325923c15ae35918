"""Les secteurs des partenaires mobilisés : pour repérer ceux qui font peu appel au dispositif.

Une recommandation du bilan 2019 (mieux se faire connaître du réseau adulte, des 16-23
ans) demande de voir aussi les secteurs absents : chaque secteur de l'annuaire figure,
même à zéro. Le secteur d'un professionnel présent vient de son service dans l'annuaire
(ou de son propre champ `secteur`), comme partout ailleurs (`Depot.secteur`).
"""

from __future__ import annotations

from collections import defaultdict

from filrouge.bilan.chiffres import Secteur
from filrouge.depot import Depot, DossierCharge
from filrouge.modele import Concertation

PART_PEU_MOBILISE = 0.10
"""Un secteur présent dans au plus 10 % des dossiers réunis en concertation est « peu mobilisé »."""
SANS_SECTEUR = "inconnu"


def secteurs_mobilises(depot: Depot, notes: list[tuple[DossierCharge, Concertation]],
                       part_peu_mobilise: float = PART_PEU_MOBILISE) -> list[Secteur]:
    """Chaque secteur de l'annuaire (hors celui du réseau lui-même, le casemanagement), du plus au moins mobilisé."""
    dossiers: dict[str, set[str]] = defaultdict(set)
    presences: dict[str, int] = defaultdict(int)
    reunis: set[str] = set()
    service_cm = depot.partenaires.service(depot.config.service_casemanagement)
    exclu = service_cm.secteur if service_cm is not None else None
    for charge, note in notes:
        acteurs = charge.acteurs()
        reunis.add(charge.id)
        for ident in note.presents:
            acteur = acteurs.get(ident)
            if acteur is None or acteur.role != "professionnel":
                continue
            secteur = depot.secteur(acteur) or SANS_SECTEUR
            if secteur == exclu:
                continue
            dossiers[secteur].add(charge.id)
            presences[secteur] += 1
    libelles = {k: v for k, v in depot.partenaires.secteurs.items() if k != exclu}
    if SANS_SECTEUR in dossiers:
        libelles[SANS_SECTEUR] = "Secteur non renseigné"
    for secteur in dossiers:
        libelles.setdefault(secteur, secteur)
    seuil = part_peu_mobilise * len(reunis)
    secteurs = [Secteur(ident, libelle, len(dossiers[ident]), presences[ident],
                        ident != SANS_SECTEUR and len(dossiers[ident]) <= seuil)
                for ident, libelle in libelles.items()]
    return sorted(secteurs, key=lambda s: (-s.dossiers, -s.presences, s.libelle))
