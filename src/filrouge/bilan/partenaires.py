"""Les secteurs des partenaires mobilisés : pour repérer ceux qui font peu appel au dispositif.

Une recommandation du bilan 2019 (mieux se faire connaître du réseau adulte, des 16-23
ans) demande de voir aussi les secteurs absents : chaque secteur de l'annuaire figure,
même à zéro. Le secteur d'un professionnel présent vient de son service dans l'annuaire
(ou de son propre champ `secteur`, s'il est de l'annuaire), comme partout ailleurs (`Publication.secteur`).
"""

from __future__ import annotations

from collections import defaultdict

from filrouge.bilan.chiffres import Secteur
from filrouge.modele import Concertation
from filrouge.publication import DossierPublie, Publication

PART_PEU_MOBILISE = 0.10
"""Un secteur présent dans au plus 10 % des dossiers réunis en concertation est « peu mobilisé »."""
SANS_SECTEUR = "inconnu"
HORS_ANNUAIRE = "hors-annuaire"


def secteurs_mobilises(pub: Publication, notes: list[tuple[DossierPublie, Concertation]],
                       part_peu_mobilise: float = PART_PEU_MOBILISE) -> list[Secteur]:
    """Chaque secteur de l'annuaire (hors celui du réseau lui-même, le casemanagement), du plus au moins mobilisé."""
    dossiers: dict[str, set[str]] = defaultdict(set)
    presences: dict[str, int] = defaultdict(int)
    reunis: set[str] = set()
    service_cm = pub.partenaires.service(pub.config.service_casemanagement)
    exclu = service_cm.secteur if service_cm is not None else None
    connus = pub.partenaires.secteurs
    for charge, note in notes:
        acteurs = charge.acteurs
        reunis.add(charge.id)
        for ident in note.presents:
            acteur = acteurs.get(ident)
            if acteur is None or acteur.role != "professionnel":
                continue
            secteur = pub.secteur(acteur) or SANS_SECTEUR
            if secteur not in connus and secteur != SANS_SECTEUR:
                secteur = HORS_ANNUAIRE  # un texte libre n'est jamais publié comme libellé
            if secteur == exclu:
                continue
            dossiers[secteur].add(charge.id)
            presences[secteur] += 1
    libelles = {k: v for k, v in connus.items() if k != exclu}
    if SANS_SECTEUR in dossiers:
        libelles[SANS_SECTEUR] = "Secteur non renseigné"
    if HORS_ANNUAIRE in dossiers:
        libelles[HORS_ANNUAIRE] = "Secteur absent de l'annuaire"
    seuil = part_peu_mobilise * len(reunis)
    secteurs = [Secteur(ident, libelle, len(dossiers[ident]), presences[ident],
                        ident != SANS_SECTEUR and len(dossiers[ident]) <= seuil)
                for ident, libelle in libelles.items()]
    return sorted(secteurs, key=lambda s: (-s.dossiers, -s.presences, s.libelle))
