"""Un petit dépôt fictif pour construire le portail : trois dossiers écrits avec yaml.safe_dump.

2019-001 : action en retard, action sous 7 jours, récit avec marques de gabarit et passage
interne, phase préparatoire portant la phrase témoin, deux demandes de financement.
2019-002 : un autre service, sans rencontre depuis longtemps. 2019-003 : une demande sans note.
Date de référence des tests : 2019-06-15.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import yaml

RACINE_PROJET = Path(__file__).resolve().parents[2]
AUJOURDHUI = "2019-06-15"
TEMOIN = "la phrase témoin de la phase préparatoire zanzibar-7731 à ne jamais publier"
SECRET_INTERNE = "Passage interne confidentiel ornithorynque-4412 jamais publié"
SERVICE_1 = "spj-namur"
SERVICE_2 = "aviq-namur"
SERVICE_3 = "srj-namurois"
CRITERES = ("difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee", "partenaire_organisateur",
            "jeune_et_famille_associes", "actions_possibles")


def _ecrire(chemin: Path, donnees: Any) -> None:
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _jour(texte: str) -> dt.date:
    return dt.date.fromisoformat(texte)


def copier_portail(destination: Path) -> Path:
    """Configuration, annuaire, mkdocs.yml, docs/ et hooks/ du projet : un dépôt prêt à construire."""
    destination.mkdir(parents=True, exist_ok=True)
    for nom in ("reseau.yaml", "annuaire.yaml", "mkdocs.yml"):
        shutil.copy2(RACINE_PROJET / nom, destination / nom)
    shutil.copytree(RACINE_PROJET / "docs", destination / "docs", ignore=shutil.ignore_patterns("bench"))
    shutil.copytree(RACINE_PROJET / "hooks", destination / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    (destination / "dossiers").mkdir(exist_ok=True)
    return destination


def acteurs(service: str) -> list[dict[str, Any]]:
    return [
        {"id": "a1", "role": "professionnel", "service": service, "fonction": "déléguée", "charte_signee": _jour("2019-01-20")},
        {"id": "psy", "role": "professionnel", "service": "pedopsychiatre-prive", "fonction": "pédopsychiatre",
         "charte_signee": _jour("2019-01-20")},
        {"id": "cm", "role": "casemanager", "service": "kirikou-casemanagement", "charte_signee": _jour("2019-01-20")},
        {"id": "jeune", "role": "jeune", "charte_signee": _jour("2019-01-20")},
        {"id": "mere", "role": "famille", "lien": "mère", "initiales": "M. D.", "charte_signee": _jour("2019-01-20")},
    ]


def dossier(id_dossier: str, code: str, service: str, statut: str = "ouvert", ouverture: str | None = "2019-01-15",
            **autres: Any) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": id_dossier, "code": code, "statut": statut,
        "dates": {"demande": _jour("2019-01-10"), **({"ouverture": _jour(ouverture)} if ouverture else {})},
        "canal": "courriel", "initiateur": "a1", "acteurs": acteurs(service),
        "motif_demande": "Trajectoire de soins bloquée entre plusieurs services.",
        "criteres_activation": dict.fromkeys(CRITERES, True),
        "consentement": {"date": _jour("2019-01-12"), "jeune_informe": True, "parents_informes": True, "accord": True,
                         "informations": "les actions décidées", "finalite": "coordonner le trajet de soins",
                         "destinataires": "les partenaires présents"},
    }
    d.update(autres)
    return d


def action(numero: int, echeance: str, statut: str = "a_faire", **autres: Any) -> dict[str, Any]:
    a: dict[str, Any] = {
        "numero": numero, "description": f"Action numéro {numero} décidée en concertation",
        "effets_attendus": "Un relais stable", "qui": ["a1"], "quoi": f"Organiser le relais {numero}",
        "quand": "avant les vacances", "ou": "au service", "avec_qui": ["mere"], "echeance": _jour(echeance),
        "statut": statut,
    }
    a.update(autres)
    return a


def note(date: str, actions: list[dict[str, Any]], **autres: Any) -> dict[str, Any]:
    n: dict[str, Any] = {
        "date": _jour(date), "heure": "14:00", "lieu": "Namur", "presents": ["a1", "psy", "cm", "jeune", "mere"],
        "fiche_presence": True, "adhesion_charte": True, "referent": "a1", "coordinateur_soin": "a1",
        "pedopsychiatre": "psy", "actions": actions, "mandat_financement": True,
        "prochaine_rencontre": {"engagement": True, "date": _jour("2019-07-01")},
    }
    n.update(autres)
    return n


def financement(id_dossier: str, concertation: str, statut: str, montant: float, date_demande: str, **decision: Any) -> dict[str, Any]:
    return {
        "dossier": id_dossier, "concertation": _jour(concertation), "action": 1,
        "attestations": dict.fromkeys(("necessaire", "plus_efficiente", "solution_perenne", "non_financee",
                                       "pas_double_subside", "urgente"), True),
        "objectifs_npsm": True, "montant_demande": montant, "cout_total": montant,
        "pieces": [{"type": "devis", "fichier": "pieces/devis.pdf"}], "coordinateur": "a1",
        "certifie_sincere": True, "date_demande": _jour(date_demande), "decision": {"statut": statut, **decision},
    }


RECIT_1 = f"""# Concertation du 20 mai 2019

## Analyse de la situation

Le réseau {{{{ reseau.nom }}}} partage une lecture commune. Gabarit littéral : {{% if vrai %}}oui{{% endif %}}.

<!-- interne -->
{SECRET_INTERNE}.
<!-- /interne -->

## Pistes dégagées

Un relais entre l'école et le service est proposé.
Le devis s'élève à 12 500 €, dont 35 % à charge du réseau.
"""


def depot_exemple(racine: Path) -> Path:
    copier_portail(racine)
    base = racine / "dossiers"
    d1 = base / "2019-001"
    _ecrire(d1 / "dossier.yaml", dossier("2019-001", "ABF20085000", SERVICE_1))
    _ecrire(d1 / "preparation.yaml", {
        "date": _jour("2019-01-12"), "initiateur": "a1", "code": "ABF20085000",
        "personnes": [{"acteur": "a1", "service_ou_lien": "SPJ de Namur", "sante_mentale": False}],
        "analyse_holistique": False, "attentes": {"jeune": TEMOIN, "famille": "une attente de la famille très particulière"},
        "actions_envisagees": [], "rencontre": {"date": _jour("2019-01-25"), "lieu": "Salle de réunion du SPJ"},
    })
    _ecrire(d1 / "concertations" / "2019-01-25.yaml", note("2019-01-25", [action(1, "2019-03-01", "faite")]))
    _ecrire(d1 / "concertations" / "2019-05-20.yaml", note("2019-05-20", [
        action(1, "2019-06-01"),  # en retard au 15 juin
        action(2, "2019-06-18", "en_cours"),  # sous 7 jours
        action(3, "2019-08-01", qui=["a1", "psy"]),
        action(4, "2019-06-02", "faite"),
    ]))
    (d1 / "concertations" / "2019-05-20.md").write_text(RECIT_1, encoding="utf-8")
    _ecrire(d1 / "financements" / "2019-05-25-relais.yaml",
            financement("2019-001", "2019-05-20", "demandee", 4000, "2019-05-25"))
    _ecrire(d1 / "financements" / "2019-01-30-transport.yaml",
            financement("2019-001", "2019-01-25", "accordee", 2500, "2019-01-30", montant_accorde=2500.0,
                        date=_jour("2019-02-10")))
    (d1 / "pieces").mkdir()
    (d1 / "pieces" / "devis.pdf").write_bytes(b"%PDF-1.4 devis fictif\n")

    d2 = base / "2019-002"
    _ecrire(d2 / "dossier.yaml", dossier("2019-002", "CDG20075100", SERVICE_2))
    _ecrire(d2 / "concertations" / "2019-02-01.yaml", note("2019-02-01", [action(1, "2019-09-01")],
                                                            mandat_financement=False))

    d3 = base / "2019-003"
    _ecrire(d3 / "dossier.yaml", dossier("2019-003", "EFG20105000", SERVICE_3, statut="demande", ouverture=None))
    return racine
