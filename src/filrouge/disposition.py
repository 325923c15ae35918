"""La disposition d'un dépôt de dossiers : les noms que tout le monde partage et où trouver la racine.

Module léger (ni pydantic ni YAML) : toute commande le charge avant de savoir si elle a du travail.
"""

from __future__ import annotations

from pathlib import Path

from filrouge.constat import Constat

FICHIER_CONFIGURATION = "reseau.yaml"
FICHIER_ANNUAIRE = "annuaire.yaml"
REPERTOIRE_DOSSIERS = "dossiers"
REPERTOIRE_BILANS = "bilan"
ADRESSE_ATELIER = "127.0.0.1:8001"
"""L'adresse par défaut de `filrouge atelier` : le portail du casemanager y relie chaque dossier."""
"""Les bilans arrêtés du réseau : bilan/AAAA.yaml."""


class ErreurConfiguration(Exception):
    """La configuration ou l'annuaire manque ou est invalide : rien ne peut être vérifié."""

    def __init__(self, constats: list[Constat]) -> None:
        super().__init__("; ".join(c.message for c in constats))
        self.constats = constats


def trouver_racine(depart: Path) -> Path | None:
    """Le dossier qui contient reseau.yaml, en remontant depuis `depart`."""
    for candidat in (depart, *depart.parents):
        if (candidat / FICHIER_CONFIGURATION).is_file():
            return candidat
    return None


def exiger_racine(depart: Path) -> Path:
    """Comme `trouver_racine`, mais une commande lancée hors d'un dépôt s'arrête (sortie 2)."""
    racine = trouver_racine(depart)
    if racine is None:
        raise ErreurConfiguration([Constat(FICHIER_CONFIGURATION, None, "configuration.absente", "erreur",
                                           "aucun reseau.yaml dans ce répertoire ni au-dessus : lancez la commande "
                                           "depuis la racine d'un dépôt de dossiers.")])
    return racine
