"""La disposition d'un dépôt de dossiers : les noms que tout le monde partage et où trouver la racine.

Module léger (ni pydantic ni YAML) : toute commande le charge avant de savoir si elle a du travail.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from filrouge.constat import Constat
from filrouge.mise_en_forme import date_longue

FICHIER_CONFIGURATION = "reseau.yaml"
FICHIER_ANNUAIRE = "annuaire.yaml"
REPERTOIRE_DOSSIERS = "dossiers"
REPERTOIRE_BILANS = "bilan"
ADRESSE_ATELIER = "127.0.0.1:8001"
"""L'adresse par défaut de `filrouge atelier` : le portail du casemanager y relie chaque dossier."""
"""Les bilans arrêtés du réseau : bilan/AAAA.yaml."""


_DEMANDE_D_UNE_ACTION = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})-action-([0-9]+)")
"""Le nom que l'atelier et `filrouge financement nouveau` donnent à une demande : sa date, puis l'action."""


def dossier_du_fichier(relatif: str) -> str | None:
    """L'identifiant du dossier d'un fichier du dépôt (dossiers/2019-003/…), ou None hors des dossiers."""
    parties = relatif.split("/")
    return parties[1] if len(parties) > 2 and parties[0] == REPERTOIRE_DOSSIERS else None


def nom_du_document(relatif: str) -> str:
    """Un fichier du dépôt dit comme le casemanager connaît son document, jamais par son chemin : « note de synthèse
    du 12 mars 2019 », « demande de financement du 24 novembre 2026 (action 2) », « fiche du dossier »…"""
    parties = relatif.split("/")
    nom, dossiers = parties[-1], parties[:-1]
    base = nom.rsplit(".", 1)[0]
    if relatif in (FICHIER_CONFIGURATION, FICHIER_ANNUAIRE):
        return {FICHIER_CONFIGURATION: "configuration du réseau", FICHIER_ANNUAIRE: "annuaire des partenaires"}[relatif]
    if "concertations" in dossiers:
        try:
            return f"note de synthèse du {date_longue(dt.date.fromisoformat(base))}"
        except ValueError:
            return f"note de synthèse « {base} »"
    if "financements" in dossiers:
        action = _DEMANDE_D_UNE_ACTION.fullmatch(base)
        try:
            return f"demande de financement du {date_longue(dt.date.fromisoformat(action[1]))} (action {action[2]})"
        except (TypeError, ValueError):  # un nom choisi à la main (2019-repit) : son objet, sans l'année
            return f"demande de financement « {re.sub(r'^[0-9]{4}(-[0-9]{2}){0,2}-', '', base).replace('-', ' ')} »"
    if "pieces" in dossiers:
        return f"pièce jointe « {nom} »"
    a_la_racine_du_dossier = len(parties) == 1 or (len(parties) == 3 and dossier_du_fichier(relatif) is not None)
    if a_la_racine_du_dossier and nom in ("dossier.yaml", "preparation.yaml"):
        return {"dossier": "fiche du dossier", "preparation": "phase préparatoire"}[base]
    return f"fichier « {nom} »"


def documents_par_dossier(relatifs: list[str]) -> list[tuple[str | None, list[str]]]:
    """Des fichiers du dépôt dits par dossier (None : hors des dossiers, en dernier) puis par document, chacun une
    fois : le YAML d'une note et son récit sont la même note."""
    groupes: dict[str | None, list[str]] = {}
    for relatif in relatifs:
        noms = groupes.setdefault(dossier_du_fichier(relatif), [])
        if (nom := nom_du_document(relatif)) not in noms:
            noms.append(nom)
    return sorted(groupes.items(), key=lambda groupe: (groupe[0] is None, groupe[0] or ""))


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
