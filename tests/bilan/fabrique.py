"""Petits dépôts de test pour le bilan : configuration et annuaire du projet, dossiers écrits en YAML.

Seuls les champs que le bilan lit sont variés ; le reste est rempli d'office (les
modèles sont stricts : un dossier incomplet ne serait pas chargé).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

RACINE_PROJET = Path(__file__).resolve().parents[2]
D = dt.date.fromisoformat


class Fabrique:
    def __init__(self, racine: Path, capacite: int = 14) -> None:
        self.racine = racine
        racine.mkdir(parents=True, exist_ok=True)
        reseau = (RACINE_PROJET / "reseau.yaml").read_text(encoding="utf-8")
        (racine / "reseau.yaml").write_text(reseau.replace("capacite_dossiers_actifs: 14",
                                                           f"capacite_dossiers_actifs: {capacite}"), encoding="utf-8")
        shutil.copy2(RACINE_PROJET / "annuaire.yaml", racine / "annuaire.yaml")

    def _ecrire(self, relatif: str, donnees: dict[str, Any]) -> Path:
        chemin = self.racine / relatif
        chemin.parent.mkdir(parents=True, exist_ok=True)
        chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
        return chemin

    def dossier(self, ident: str, code: str = "ABG20055000", statut: str = "clos", demande: str = "2019-01-01",
                ouverture: str | None = None, cloture: str | None = None, motif: str | None = None,
                acteurs: list[dict[str, Any]] | None = None) -> Path:
        dates: dict[str, Any] = {"demande": D(demande)}
        if ouverture:
            dates["ouverture"] = D(ouverture)
        if cloture:
            dates["cloture"] = D(cloture)
        donnees: dict[str, Any] = {"id": ident, "code": code, "statut": statut, "dates": dates, "canal": "courriel",
                                   "initiateur": "a1", "acteurs": acteurs or self.acteurs()}
        if motif:
            donnees["motif_non_ouverture"] = motif
        return self._ecrire(f"dossiers/{ident}/dossier.yaml", donnees)

    @staticmethod
    def acteurs() -> list[dict[str, Any]]:
        return [
            {"id": "a1", "role": "professionnel", "service": "spj-namur", "fonction": "déléguée"},
            {"id": "psy", "role": "professionnel", "service": "pedopsychiatre-prive", "fonction": "pédopsychiatre"},
            {"id": "jeune", "role": "jeune"},
            {"id": "mere", "role": "famille", "lien": "mère"},
            {"id": "cm", "role": "casemanager", "service": "kirikou-casemanagement"},
        ]

    def note(self, ident: str, date: str, presents: list[str], prochaine: str | None = None,
             echeances: list[str] = (), **autres: Any) -> Path:
        donnees: dict[str, Any] = {
            "date": D(date), "heure": "14:00", "lieu": "au service", "presents": presents, "fiche_presence": True,
            "adhesion_charte": True, "referent": "a1", "coordinateur_soin": "a1", "pedopsychiatre": "psy",
            "actions": [{"numero": n, "description": f"action {n}", "effets_attendus": "un trajet plus lisible",
                         "qui": ["a1"], "quoi": "faire le point", "echeance": D(e)} for n, e in enumerate(echeances, 1)],
            "mandat_financement": True,
        }
        if prochaine:
            donnees["prochaine_rencontre"] = {"engagement": True, "date": D(prochaine)}
        donnees.update(autres)
        return self._ecrire(f"dossiers/{ident}/concertations/{date}.yaml", donnees)

    def financement(self, ident: str, nom: str, date: str, concertation: str, montant: float, statut: str,
                    accorde: float | None = None, decide_le: str | None = None, cout: float | None = None) -> Path:
        decision: dict[str, Any] = {"statut": statut}
        if accorde is not None:
            decision["montant_accorde"] = accorde
        if decide_le:
            decision["date"] = D(decide_le)
        return self._ecrire(f"dossiers/{ident}/financements/{nom}.yaml", {
            "dossier": ident, "concertation": D(concertation), "action": 1,
            "attestations": {k: True for k in ("necessaire", "plus_efficiente", "solution_perenne", "non_financee",
                                               "pas_double_subside", "urgente")},
            "objectifs_npsm": True, "montant_demande": montant, "cout_total": cout if cout is not None else montant,
            "coordinateur": "a1", "certifie_sincere": True, "date_demande": D(date), "decision": decision,
        })
