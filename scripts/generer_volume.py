#!/usr/bin/env python3
"""Génère un dépôt de N dossiers synthétiques et valides, pour mesurer les temps.

Chaque dossier compte 7 fichiers lus (dossier, phase préparatoire, deux notes de synthèse
.yaml + .md, une demande de financement) et un devis. Les textes sont neutres et sans
nom : la garde d'anonymat ne doit rien y trouver. Déterministe (graine fixe).

    python scripts/generer_volume.py --nombre 1000 --sortie /tmp/volume
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

RACINE_PROJET = Path(__file__).resolve().parent.parent
SERVICES_AXE1 = ["ssm-capj", "pedopsychiatre-prive", "atribu-mobile", "cmse-pedopsychiatrie", "ssm-beauraing"]
SERVICES = ["spj-namur", "saj-namur", "cpms", "srg-hanzinelle", "aviq-namur", "mm-bomel", "cpas-namur", "peu-deau"]
LIENS = ["mère", "père", "grand-mère", "oncle", "tante", "beau-père"]
PHRASES = [
    "Le réseau partage une lecture commune de la situation et des ressources de la famille.",
    "La scolarité reste fragile ; un relais entre l'école et le service est proposé.",
    "Le jeune exprime le souhait d'être davantage associé aux décisions qui le concernent.",
    "Les partenaires conviennent de clarifier qui fait quoi avant la prochaine rencontre.",
    "La famille dit son épuisement ; un soutien de répit est envisagé.",
]


class _SansAlias(yaml.SafeDumper):
    """Filrouge refuse les alias YAML : une même date réutilisée est recopiée, pas référencée."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _ecrire(chemin: Path, schema: str, donnees: dict) -> None:
    chemin.parent.mkdir(parents=True, exist_ok=True)
    texte = yaml.dump(donnees, Dumper=_SansAlias, allow_unicode=True, sort_keys=False, width=100)
    chemin.write_text(f"# yaml-language-server: $schema={schema}\n{texte}", encoding="utf-8")


def generer(sortie: Path, nombre: int, graine: int = 2019) -> None:
    hasard = random.Random(graine)
    sortie.mkdir(parents=True, exist_ok=True)
    configuration = (RACINE_PROJET / "reseau.yaml").read_text(encoding="utf-8")
    configuration = configuration.replace("capacite_dossiers_actifs: 14", f"capacite_dossiers_actifs: {nombre}")
    (sortie / "reseau.yaml").write_text(configuration, encoding="utf-8")
    shutil.copy2(RACINE_PROJET / "annuaire.yaml", sortie / "annuaire.yaml")
    shutil.copytree(RACINE_PROJET / "schemas", sortie / "schemas", dirs_exist_ok=True)
    annees = list(range(2000, 2027))
    compteurs: dict[int, int] = {}
    for _ in range(nombre):
        annee = hasard.choice(annees)
        compteurs[annee] = compteurs.get(annee, 0) + 1
        _dossier(sortie, hasard, annee, compteurs[annee])


def _dossier(sortie: Path, hasard: random.Random, annee: int, numero: int) -> None:
    ident = f"{annee}-{numero:03d}"
    rep = sortie / "dossiers" / ident
    demande = dt.date(annee, hasard.randint(1, 6), hasard.randint(1, 28))
    ouverture = demande + dt.timedelta(days=hasard.randint(3, 20))
    premiere = ouverture + dt.timedelta(days=hasard.randint(10, 30))
    seconde = premiere + dt.timedelta(days=hasard.randint(30, 60))
    cloture = seconde + dt.timedelta(days=hasard.randint(20, 90))
    naissance = annee - hasard.randint(3, 22)
    lettres = "ABCDEFGHJKLMNPRSTV"
    code = f"{hasard.choice(lettres)}{hasard.choice(lettres)}{hasard.choice('FG')}{naissance}{hasard.choice([5000, 5100, 5300, 5500])}"
    acteurs = [
        {"id": "a1", "role": "professionnel", "service": hasard.choice(SERVICES), "fonction": "assistante sociale", "charte_signee": ouverture},
        {"id": "psy", "role": "professionnel", "service": hasard.choice(SERVICES_AXE1), "fonction": "pédopsychiatre", "charte_signee": ouverture},
        {"id": "edu", "role": "professionnel", "service": hasard.choice(SERVICES), "fonction": "éducateur", "charte_signee": ouverture},
        {"id": "jeune", "role": "jeune", "charte_signee": ouverture},
        {"id": "parent", "role": "famille", "lien": hasard.choice(LIENS), "charte_signee": ouverture},
        {"id": "cm", "role": "casemanager", "service": "kirikou-casemanagement", "charte_signee": ouverture},
    ]
    _ecrire(rep / "dossier.yaml", "../../schemas/dossier.schema.json", {
        "id": ident, "code": code, "statut": "clos",
        "dates": {"demande": demande, "ouverture": ouverture, "cloture": cloture},
        "canal": "courriel", "initiateur": "a1",
        "criteres_activation": {c: True for c in ("difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee",
                                                  "partenaire_organisateur", "jeune_et_famille_associes", "actions_possibles")},
        "acteurs": acteurs,
        "consentement": {"date": ouverture, "jeune_informe": True, "parents_informes": True, "accord": True,
                         "informations": "les actions décidées et leur suivi", "finalite": "coordonner le trajet de soin",
                         "destinataires": "les participants de la concertation"},
        "motif_demande": hasard.choice(PHRASES),
    })
    _ecrire(rep / "preparation.yaml", "../../schemas/preparation.schema.json", {
        "date": ouverture, "initiateur": "a1", "code": code,
        "personnes": [{"acteur": "a1", "service_ou_lien": "service demandeur"}, {"acteur": "psy", "service_ou_lien": "santé mentale", "sante_mentale": True}],
        "analyse_holistique": hasard.choice([True, False]),
        "attentes": {"jeune": hasard.choice(PHRASES), "famille": hasard.choice(PHRASES)},
        "actions_envisagees": [{"action": "réunir le réseau", "effets_attendus": "une lecture commune"}],
        "rencontre": {"date": premiere, "heure": "14:00", "lieu": "au service demandeur"},
    })
    for rang, jour in enumerate((premiere, seconde)):
        suivante = seconde if rang == 0 else None
        note = {
            "date": jour, "heure": "14:00", "lieu": "au service demandeur",
            "presents": ["a1", "psy", "edu", "jeune", "parent", "cm"], "absents": [],
            "fiche_presence": True, "adhesion_charte": True, "referent": "a1", "coordinateur_soin": "a1", "pedopsychiatre": "psy",
            "validation": {"pedopsychiatre": jour + dt.timedelta(days=3), "referent": jour + dt.timedelta(days=2)},
            "actions": [{"numero": n, "description": hasard.choice(PHRASES), "effets_attendus": "un trajet de soin plus lisible",
                         "qui": [hasard.choice(["a1", "psy", "edu"])], "quoi": "prendre contact et faire le point",
                         "quand": "avant la prochaine rencontre", "ou": "au service", "avec_qui": ["parent"],
                         "ressources": "temps de travail du service", "echeance": jour + dt.timedelta(days=20 + 5 * n),
                         "statut": "faite"} for n in range(1, hasard.randint(2, 5))],
            "leviers": hasard.choice(PHRASES), "obstacles": hasard.choice(PHRASES),
            "mandat_financement": rang == 0,
            "prochaine_rencontre": {"engagement": suivante is not None, "date": suivante},
        }
        _ecrire(rep / "concertations" / f"{jour}.yaml", "../../../schemas/concertation.schema.json", note)
        (rep / "concertations" / f"{jour}.md").write_text(
            f"# Concertation du {jour}\n\n" + "\n\n".join(hasard.sample(PHRASES, 3)) + "\n", encoding="utf-8")
    (rep / "pieces").mkdir(parents=True, exist_ok=True)
    (rep / "pieces" / "devis.md").write_text("# Devis\n\nPrestation d'accompagnement : 1 000 €.\n", encoding="utf-8")
    _ecrire(rep / "financements" / f"{annee}-criseflex.yaml", "../../../schemas/financement.schema.json", {
        "dossier": ident, "concertation": premiere, "action": 1,
        "attestations": {k: True for k in ("necessaire", "plus_efficiente", "solution_perenne", "non_financee", "pas_double_subside", "urgente")},
        "objectifs_npsm": True, "montant_demande": 1000, "cout_total": 1000,
        "pieces": [{"type": "devis", "fichier": "pieces/devis.md"},
                   {"type": "note_de_synthese", "fichier": f"concertations/{premiere}.yaml"}],
        "coordinateur": "a1", "certifie_sincere": True, "date_demande": premiere + dt.timedelta(days=5),
        "decision": {"statut": "accordee", "montant_accorde": 1000, "date": premiere + dt.timedelta(days=15), "motif": "éligible"},
    })


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description="Génère un dépôt de dossiers synthétiques pour les mesures.")
    parseur.add_argument("--nombre", type=int, default=1000)
    parseur.add_argument("--sortie", type=Path, required=True)
    args = parseur.parse_args(argv)
    if args.sortie.exists() and any(args.sortie.iterdir()):
        print(f"{args.sortie} n'est pas vide : choisissez un répertoire neuf.", file=sys.stderr)
        return 2
    generer(args.sortie, args.nombre)
    return 0


if __name__ == "__main__":
    sys.exit(main())
