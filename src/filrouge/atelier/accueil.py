"""L'accueil de l'atelier : « mes dossiers », ce qui attend, et l'état du clone.

Les dossiers ouverts d'abord ; parmi eux, ceux qui ont des actions en retard, puis la prochaine
concertation la plus proche. Ce qui attend : notes sans validation, demandes sans décision.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from filrouge import cache_validation
from filrouge.depot import DossierCharge, charger_dossier, charger_references, repertoires_de_dossiers
from filrouge.disposition import documents_par_dossier
from filrouge.gitinfo import fichiers_modifies
from filrouge.mise_en_forme import date_longue

_ORDRE_STATUT = {"ouvert": 0, "demande": 1, "clos": 2, "non_ouvert": 3}


@dataclass
class LigneDossier:
    id: str
    code: str
    statut: str
    en_retard: int = 0
    bientot: int = 0
    prochaine: dt.date | None = None
    derniere_note: str | None = None
    notes_sans_validation: list[str] = field(default_factory=list)
    demandes_sans_decision: list[tuple[str, str]] = field(default_factory=list)
    """(nom, libellé) de chaque demande de financement qui attend la décision du coordinateur."""
    invalide: bool = False


@dataclass
class Accueil:
    dossiers: list[LigneDossier]
    modifications: list[str]
    """Fichiers modifiés et non enregistrés (`git status`), chemins depuis la racine du dépôt."""
    git: bool

    @property
    def modifications_par_dossier(self) -> list[tuple[str | None, list[str]]]:
        """Les modifications dites comme le casemanager connaît ses documents, par dossier (None : hors des dossiers)."""
        return documents_par_dossier(self.modifications)


def _ligne(charge: DossierCharge, aujourdhui: dt.date, horizon: int) -> LigneDossier:
    modele = charge.modele
    if modele is None:
        return LigneDossier(charge.id, "?", "?", invalide=True)
    ligne = LigneDossier(charge.id, modele.code, modele.statut)
    notes = charge.notes_valides()
    if notes:
        fichier, derniere = notes[-1]
        ligne.derniere_note = derniere.date.isoformat()
        etats = [a.etat(aujourdhui, horizon) for a in derniere.actions]
        ligne.en_retard, ligne.bientot = etats.count("en_retard"), etats.count("bientot")
        prochaine = derniere.prochaine_rencontre
        if prochaine is not None and prochaine.date is not None and prochaine.date >= aujourdhui:
            ligne.prochaine = prochaine.date
    ligne.notes_sans_validation = [n.date.isoformat() for _, n in notes
                                   if n.validation.pedopsychiatre is None or n.validation.referent is None]
    ligne.demandes_sans_decision = [
        (f.relatif.rsplit("/", 1)[-1].removesuffix(".yaml"),
         f"demande du {date_longue(f.modele.date_demande)} (action {f.modele.action} de la note du "
         f"{date_longue(f.modele.concertation)})") for f in charge.financements if f.modele is not None and not f.modele.decidee]
    return ligne


_DEJA_LUS: dict[tuple[str, dt.date, int], tuple[cache_validation.Signature, LigneDossier]] = {}
"""Chemin du dossier, jour, horizon → (signature de ses fichiers, sa ligne) : seul un dossier changé est relu."""


def accueil(racine: Path, aujourdhui: dt.date) -> Accueil:
    """L'accueil ; un dossier dont aucun fichier n'a changé depuis l'affichage précédent n'est pas relu."""
    references = charger_references(racine)
    horizon = references.config.horizon_echeance_jours
    lignes = []
    for nom, chemin, relatif in repertoires_de_dossiers(racine, []):
        cle = (str(chemin), aujourdhui, horizon)
        deja = _DEJA_LUS.get(cle)
        signature = cache_validation.signature(chemin, deja[0] if deja else None)
        if deja is None or deja[0] != signature:
            deja = signature, _ligne(charger_dossier(chemin, nom, relatif)[0], aujourdhui, horizon)
            _DEJA_LUS[cle] = deja
        lignes.append(deja[1])
    lignes.sort(key=lambda d: (_ORDRE_STATUT.get(d.statut, 4), -d.en_retard,
                               d.prochaine or dt.date.max, d.id))
    modifications, git = etat_du_clone(racine)
    return Accueil(lignes, modifications, git)


def etat_du_clone(racine: Path) -> tuple[list[str], bool]:
    """Les fichiers modifiés et pas encore enregistrés (commités), et si le dépôt est bien sous Git."""
    fichiers = fichiers_modifies(racine)
    return fichiers or [], fichiers is not None
