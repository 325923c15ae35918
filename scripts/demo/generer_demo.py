#!/usr/bin/env python3
"""Génère le réseau de démonstration sous dossiers/ : entièrement fictif, déterministe.

    .venv/bin/python scripts/demo/generer_demo.py              # refuse d'écraser un dossiers/ non vide
    .venv/bin/python scripts/demo/generer_demo.py --remplacer  # efface dossiers/ puis régénère

Versionner la démonstration : la règle `financement.creation_indecise` veut qu'une demande Criseflex
entre dans le dépôt sans décision (le coordinateur décide ensuite). D'où deux commits :

    .venv/bin/python scripts/demo/generer_demo.py --remplacer --sans-decisions   # puis commit n°1
    .venv/bin/python scripts/demo/generer_demo.py --remplacer                    # puis commit n°2 (décisions)

Entre les deux, seuls les fichiers financements/*.yaml (et deux récits qui relatent la décision) changent.

Les chiffres des bilans 2018 et 2019 du dispositif (voir docs et ../shared/DOMAIN.md) sont
reproduits exactement, date de référence 2019-11-15 pour 2019 :

- 2018 : 13 dossiers ouverts (tranches 0-5 : 2, 6-11 : 1, 12-15 : 5, 16-23 : 5), 4 demandes
  Criseflex accordées pour 9 938 € (9 % de l'enveloppe de 110 421 €) ; 6 clôturés en 2018,
  4 en 2019, 3 encore ouverts au 2019-11-15 ;
- 2019 : 15 dossiers ouverts (5 clôturés en 2019 avec 2 demandes, 10 en cours avec 1 demande),
  3 demandes non ouvertes pour saturation (juin-août) ; 58 concertations jusqu'au 2019-11-15 ;
  16 dossiers actifs en juin, 13 au 2019-11-15 ;
- quelques dossiers « actuels » (2026) pour que le portail vive.

Aucun nom, aucune coordonnée : rôles, liens de parenté, initiales et services de l'annuaire.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

sys.dont_write_bytecode = True  # pas de __pycache__ dans scripts/demo/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import textes as T  # noqa: E402

RACINE_PROJET = Path(__file__).resolve().parents[2]
GRAINE = 2019
J = dt.date
CM = ("cm", "kirikou-casemanagement", "casemanager")
CRITERES = ("difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee",
            "partenaire_organisateur", "jeune_et_famille_associes", "actions_possibles")
ATTESTATIONS = ("necessaire", "plus_efficiente", "solution_perenne", "non_financee", "pas_double_subside", "urgente")
COUPURE_2019 = J(2019, 11, 15)
REFERENCE_2026 = J(2026, 11, 24)   # « aujourd'hui » des dossiers actuels : fixe, pour rester déterministe
LIEUX = ["au service demandeur", "dans les locaux du réseau, à Namur", "à l'école", "au SRG",
         "au service de santé mentale", "au domicile familial", "au CPAS", "en consultation hospitalière"]
HEURES = ["09:30", "10:00", "13:30", "14:00", "15:30", "16:00"]


# --- description des dossiers --------------------------------------------------------------------

@dataclass
class Financ:
    nom: str                  # nom du fichier (financements/<nom>.yaml)
    seance: int               # index de la concertation qui mandate
    action: str               # description de l'action financée (action n°1 de la note)
    effets: str
    montant: float
    cout: float
    devis: str                # fichier de la pièce (pieces/…)
    type_piece: str           # devis ou estimation
    prestataire: str
    lignes: list[tuple[str, float]]
    statut: str = "accordee"
    motif: str | None = None
    cofinancements: list[tuple[str, float]] = field(default_factory=list)
    delai_demande: int = 6
    delai_decision: int = 16
    rembourse: bool = True
    contexte: str | None = None   # phrase ajoutée au récit de la concertation qui mandate
    suite: str | None = None      # phrase ajoutée au récit de la concertation suivante


@dataclass
class Spec:
    id: str
    code: str
    profil: str
    demande: dt.date
    ouverture: dt.date | None = None
    cloture: dt.date | None = None
    seances: dict[str, int] = field(default_factory=dict)   # "2018" / "2019" / "apres" -> nombre
    dates: list[dt.date] | None = None                       # dates explicites (dossiers 2026)
    canal: str = "courriel"
    financements: list[Financ] = field(default_factory=list)
    motif: str | None = None
    motif_non_ouverture: str | None = None
    riche: bool = False
    note: str | None = None   # phrase ajoutée au motif de la demande
    extra: list[tuple[str, str, str]] = field(default_factory=list)   # professionnels ajoutés (id, service, fonction)


def _specs() -> list[Spec]:
    s: list[Spec] = []
    # ---- 2018 : 13 ouvertures de mai à décembre ----
    # tranches (âge l'année de la demande) : 0-5 : 004, 009 ; 6-11 : 007 ; 12-15 : 002, 005, 006, 010, 012 ;
    # 16-23 : 001, 003, 008, 011, 013.
    s += [
        Spec("2018-001", "TBG20015100", "jeune_adulte", J(2018, 5, 2), J(2018, 5, 14), J(2018, 10, 22), {"2018": 3}, canal="telephone"),
        Spec("2018-002", "AKF20045000", "tca", J(2018, 5, 16), J(2018, 5, 28), J(2018, 12, 7), {"2018": 3}),
        Spec("2018-003", "YRG20005300", "placement", J(2018, 5, 30), J(2018, 6, 11), J(2020, 3, 20),
             {"2018": 3, "2019": 4, "apres": 1}, canal="reunion_situations_complexes", riche=True,
             financements=[Financ(
                 "2018-accompagnement-educatif", 1,
                 "Accompagnement éducatif individuel intensif pendant dix semaines",
                 "Soutenir le retour en formation et éviter une nouvelle rupture d'hébergement",
                 2450, 2450, "pieces/devis-2018-accompagnement.md", "devis",
                 "Atelier d'accompagnement éducatif indépendant (prestataire fictif)",
                 [("20 séances d'accompagnement individuel de 2 heures", 2000), ("déplacements et frais de dossier", 450)])]),
        Spec("2018-004", "ELF20145570", "petite_enfance", J(2018, 6, 12), J(2018, 6, 25), J(2018, 11, 30), {"2018": 3},
             canal="direct",
             financements=[Financ(
                 "2018-psychomotricite", 0,
                 "Séances de psychomotricité et de guidance parentale à domicile",
                 "Soutenir le développement moteur et relationnel et apaiser les nuits",
                 3100, 3100, "pieces/devis-2018-psychomotricite.md", "devis",
                 "Cabinet de psychomotricité indépendant (prestataire fictif)",
                 [("24 séances de psychomotricité à domicile", 2400), ("6 séances de guidance parentale", 700)])]),
        Spec("2018-005", "MVG20035600", "decrochage", J(2018, 6, 27), J(2018, 7, 9), J(2018, 12, 14), {"2018": 2}),
        Spec("2018-006", "SDF20055060", "handicap", J(2018, 8, 14), J(2018, 8, 27), J(2019, 9, 20),
             {"2018": 2, "2019": 2}, canal="telephone",
             financements=[Financ(
                 "2018-repit", 0,
                 "Accueil de répit en week-end dans une structure spécialisée",
                 "Prévenir l'épuisement familial en attendant une place en accueil de jour",
                 1888, 1888, "pieces/devis-2018-repit.md", "devis",
                 "Maison de répit pour jeunes en situation de handicap (prestataire fictif)",
                 [("6 week-ends d'accueil (forfait)", 1650), ("transport adapté aller-retour", 238)])]),
        Spec("2018-007", "LPG20095150", "handicap", J(2018, 8, 28), J(2018, 9, 10), J(2018, 12, 20), {"2018": 2}),
        Spec("2018-008", "NHF20025500", "decrochage", J(2018, 9, 12), J(2018, 9, 24), J(2021, 2, 12),
             {"2018": 2, "2019": 3, "apres": 2}, riche=True,
             financements=[Financ(
                 "2018-mediation-animale", 0,
                 "Activité de remobilisation par médiation animale (vingt séances)",
                 "Restaurer l'estime de soi et préparer un retour progressif en classe",
                 2500, 2500, "pieces/devis-2018-mediation-animale.md", "devis",
                 "Ferme pédagogique et thérapeutique (prestataire fictif)",
                 [("20 séances individuelles de médiation animale", 2200), ("bilan écrit et rencontre de restitution", 300)])]),
        Spec("2018-009", "RCG20155000", "petite_enfance", J(2018, 9, 26), J(2018, 10, 8), J(2018, 12, 21), {"2018": 2}, canal="direct"),
        Spec("2018-010", "OBF20065170", "placement", J(2018, 10, 10), J(2018, 10, 22), J(2019, 10, 4), {"2018": 1, "2019": 3}),
        Spec("2018-011", "GWG19995380", "jeune_adulte", J(2018, 10, 29), J(2018, 11, 12), J(2020, 6, 30),
             {"2018": 1, "2019": 3, "apres": 1}),
        Spec("2018-012", "CLF20045640", "tca", J(2018, 11, 14), J(2018, 11, 26), J(2019, 10, 25), {"2018": 1, "2019": 2}),
        Spec("2018-013", "DMG20015530", "placement", J(2018, 11, 21), J(2018, 12, 3), J(2019, 11, 8),
             {"2018": 1, "2019": 2}, canal="telephone"),
    ]
    # ---- 2019 : 15 ouvertures (11 de janvier à mai, 4 en octobre-novembre), 3 non ouverts ----
    s += [
        Spec("2019-001", "PJG20045100", "decrochage", J(2019, 1, 7), J(2019, 1, 14), J(2019, 3, 15), {"2019": 1},
             motif="Demande de financement seule : matériel informatique pour suivre une scolarité à distance.",
             financements=[Financ(
                 "2019-materiel-informatique", 0,
                 "Achat d'un ordinateur portable et d'une connexion pour la scolarité à distance",
                 "Permettre au jeune de suivre les cours à distance pendant la période de soins",
                 1150, 1150, "pieces/devis-2019-materiel-informatique.md", "devis",
                 "Magasin d'informatique (prestataire fictif)",
                 [("ordinateur portable", 899), ("logiciels et garantie", 131), ("abonnement internet, 6 mois", 120)],
                 statut="refusee",
                 motif="Non éligible : l'achat de matériel informatique n'entre pas dans les critères de prise en charge "
                       "Criseflex. Une solution a été trouvée au niveau familial.",
                 delai_demande=4, delai_decision=21, rembourse=False,
                 contexte="La demande porte uniquement sur l'achat de matériel informatique pour suivre les cours à distance "
                          "pendant la période de soins ; le réseau s'interroge sur son éligibilité.")]),
        Spec("2019-002", "FSF20065000", "placement", J(2019, 1, 9), J(2019, 1, 21), J(2020, 9, 18),
             {"2019": 5, "apres": 2}, canal="reunion_situations_complexes", riche=True),
        Spec("2019-003", "HVG20055300", "placement", J(2019, 1, 23), J(2019, 2, 4), J(2019, 5, 17), {"2019": 2},
             motif="Demande de financement : prise en charge partielle du jeune pour assurer la continuité des soins "
                   "et de la scolarité avant son entrée dans un nouveau milieu de vie.",
             financements=[Financ(
                 "2019-criseflex-transition", 0,
                 "Prise en charge partielle (accueil de jour et suivi thérapeutique) jusqu'à l'entrée dans le nouveau milieu de vie",
                 "Assurer la continuité des soins et de la scolarité pendant la transition",
                 10000, 15000, "pieces/devis-2019-criseflex.md", "devis",
                 "Service d'accueil de jour et de suivi thérapeutique (prestataire fictif)",
                 [("accueil de jour, 12 semaines", 9600), ("suivi thérapeutique individuel, 24 séances", 3600),
                  ("accompagnement scolaire et transports", 1800)],
                 cofinancements=[("réseau de soins (partenaires du trajet de soin)", 5000)],
                 delai_demande=5, delai_decision=14,
                 contexte="Le jeune entrera dans un nouveau milieu de vie au terme de la période ; d'ici là, une prise en charge "
                          "partielle est indispensable pour ne rompre ni les soins ni la scolarité. Le coût total est de 15 000 € : "
                          "le réseau de soins s'engage à couvrir ce qui dépasse le plafond de 10 000 €.",
                 suite="L'intervention Criseflex a été accordée à hauteur du plafond ; le solde est pris en charge par le réseau "
                       "de soins. La prise en charge a démarré comme prévu.")]),
        Spec("2019-004", "IMF20085600", "tca", J(2019, 1, 30), J(2019, 2, 11), J(2019, 9, 13), {"2019": 3}),
        Spec("2019-005", "KTG20075060", "handicap", J(2019, 2, 13), J(2019, 2, 25), J(2020, 5, 29), {"2019": 4, "apres": 1},
             canal="telephone",
             extra=[("jour", "sasj-bouge", "éducatrice du centre de jour"), ("srg", "srg-hanzinelle", "éducateur référent du SRG"),
                    ("cpas", "cpas-namur", "assistante sociale du CPAS")],
             financements=[Financ(
                 "2019-transport", 2,
                 "Transport entre le centre de jour et le SRG pendant trois mois",
                 "Permettre la fréquentation du centre de jour sans rompre l'hébergement au SRG",
                 2160, 2160, "pieces/estimation-2019-transport.md", "estimation",
                 "Société de transport adapté (prestataire fictif)",
                 [("trajets aller-retour, 60 jours ouvrables", 2160)],
                 statut="retiree",
                 motif="Demande retirée : après vérification, le transport entre le centre de jour et le SRG "
                       "pendant trois mois peut être pris en charge par le CPAS.",
                 delai_demande=7, delai_decision=20, rembourse=False,
                 contexte="Le jeune fréquente un centre de jour tout en restant hébergé au SRG ; pendant trois mois, personne "
                          "ne peut assurer les trajets entre les deux services.",
                 suite="La demande Criseflex pour les transports a été retirée : après vérification, le CPAS prend en charge "
                       "les trajets entre le centre de jour et le SRG.")]),
        Spec("2019-006", "BEF20035380", "jeune_adulte", J(2019, 2, 27), J(2019, 3, 11), J(2019, 9, 27), {"2019": 3}),
        Spec("2019-007", "WAG20125000", "handicap", J(2019, 3, 6), J(2019, 3, 18), J(2021, 1, 29), {"2019": 5, "apres": 2},
             riche=True),
        Spec("2019-008", "NDF20085000", "decrochage", J(2019, 3, 20), J(2019, 4, 1), J(2020, 2, 28), {"2019": 3, "apres": 1}),
        Spec("2019-009", "UCG20165570", "petite_enfance", J(2019, 4, 3), J(2019, 4, 15), J(2019, 10, 18), {"2019": 3},
             canal="direct"),
        Spec("2019-010", "ZRF20025150", "jeune_adulte", J(2019, 4, 24), J(2019, 5, 6), J(2020, 11, 27), {"2019": 3, "apres": 2}),
        Spec("2019-011", "VLG20105590", "handicap", J(2019, 5, 15), J(2019, 5, 27), J(2020, 7, 10), {"2019": 2, "apres": 1}),
        Spec("2019-012", "AMF20055000", "decrochage", J(2019, 6, 17), motif_non_ouverture="saturation"),
        Spec("2019-013", "SGG20095620", "handicap", J(2019, 7, 15), motif_non_ouverture="saturation", canal="telephone"),
        Spec("2019-014", "JPF20035170", "tca", J(2019, 8, 19), motif_non_ouverture="saturation"),
        Spec("2019-015", "ROG20045030", "placement", J(2019, 9, 23), J(2019, 10, 7), J(2020, 10, 16), {"2019": 2, "apres": 1}),
        Spec("2019-016", "EFF20135300", "petite_enfance", J(2019, 10, 2), J(2019, 10, 14), J(2020, 4, 24), {"2019": 1, "apres": 1},
             canal="direct"),
        Spec("2019-017", "TNG20015000", "jeune_adulte", J(2019, 10, 9), J(2019, 10, 21), J(2021, 3, 19), {"2019": 1, "apres": 2}),
        Spec("2019-018", "LCF20075100", "tca", J(2019, 10, 23), J(2019, 11, 4), J(2020, 6, 12), {"2019": 1, "apres": 1}),
    ]
    # ---- 2026 : dossiers en cours (le portail « vit ») ----
    s += [
        Spec("2026-001", "MBG20115000", "placement", J(2026, 8, 24), J(2026, 8, 31),
             dates=[J(2026, 9, 15), J(2026, 10, 13), J(2026, 11, 17)], riche=True, canal="reunion_situations_complexes",
             financements=[Financ(
                 "2026-stage-remobilisation", 2,
                 "Stage de remobilisation en petit groupe pendant les vacances d'hiver",
                 "Éviter une rupture pendant les congés, quand les services sont fermés",
                 3600, 3600, "pieces/devis-2026-stage.pdf", "devis",
                 "Association de remobilisation par le sport (prestataire fictif)",
                 [("stage de 8 jours en petit groupe", 2900), ("encadrement individuel renforcé", 700)],
                 statut="demandee", delai_demande=3, rembourse=False,
                 contexte="Les congés d'hiver sont identifiés comme la période la plus à risque : les services ferment et "
                          "les dernières ruptures ont eu lieu à ce moment-là.")]),
        Spec("2026-002", "CAF20095500", "decrochage", J(2026, 9, 1), J(2026, 9, 14), dates=[J(2026, 9, 29), J(2026, 11, 5)]),
        Spec("2026-003", "NDF20085000", "jeune_adulte", J(2026, 8, 10), J(2026, 8, 24), dates=[J(2026, 9, 22), J(2026, 10, 27)],
             note="Même code qu'un dossier de 2019 : il s'agit d'une autre jeune, vérifié avec le demandeur ; "
                  "l'identifiant du dossier les distingue."),
        Spec("2026-004", "PHG20145600", "handicap", J(2026, 9, 21), J(2026, 10, 5), dates=[J(2026, 10, 20)], canal="telephone"),
        Spec("2026-005", "SLF20205060", "petite_enfance", J(2026, 10, 7), J(2026, 10, 19), dates=[J(2026, 11, 10)], canal="direct"),
        Spec("2026-006", "DKG20105380", "tca", J(2026, 10, 21), J(2026, 11, 2), dates=[J(2026, 11, 19)]),
    ]
    return s


# --- outils -----------------------------------------------------------------------------------

class _SansAlias(yaml.SafeDumper):
    """Filrouge refuse les alias YAML : une valeur répétée est recopiée, pas référencée."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _ecrire_yaml(chemin: Path, schema: str, commentaire: str, donnees: dict) -> None:
    chemin.parent.mkdir(parents=True, exist_ok=True)
    texte = yaml.dump(donnees, Dumper=_SansAlias, allow_unicode=True, sort_keys=False, width=110)
    chemin.write_text(f"# yaml-language-server: $schema={schema}\n# {commentaire}\n{texte}", encoding="utf-8")


def _ouvrable(jour: dt.date, sens: int = 1) -> dt.date:
    while jour.weekday() >= 5:
        jour += dt.timedelta(days=sens)
    return jour


def _repartir(rng: random.Random, debut: dt.date, fin: dt.date, nombre: int) -> list[dt.date]:
    """`nombre` jours ouvrables distincts, répartis entre debut et fin (inclus)."""
    if nombre == 0:
        return []
    etendue = (fin - debut).days
    assert etendue >= 2 * nombre, (debut, fin, nombre)
    pas = etendue / nombre
    jours = []
    for i in range(nombre):
        base = debut + dt.timedelta(days=int(i * pas + rng.uniform(0.1, 0.7) * pas))
        jour = _ouvrable(base, 1)
        if jour > fin:
            jour = _ouvrable(base, -1)
        jours.append(jour)
    assert len(set(jours)) == nombre and all(debut <= j <= fin for j in jours), jours
    return sorted(jours)


def _genre(code: str) -> dict[str, str]:
    fille = code[2] == "F"
    return {
        "Jeune": "La jeune" if fille else "Le jeune",
        "le_jeune": "la jeune" if fille else "le jeune",
    }


def _accorder(texte: str, code: str) -> str:
    g = _genre(code)
    texte = texte.replace("{Jeune}", g["Jeune"]).replace("{le_jeune}", g["le_jeune"])
    fille = code[2] == "F"
    return texte.replace("·e", "e" if fille else "").replace("s'y rend seul", "s'y rend seule" if fille else "s'y rend seul")


# --- construction d'un dossier ----------------------------------------------------------------

class Generateur:
    def __init__(self, racine: Path, sans_decisions: bool = False) -> None:
        self.racine = racine
        self.sans_decisions = sans_decisions
        self.base = racine / "dossiers"

    def tout(self) -> None:
        for spec in _specs():
            self.dossier(spec)

    # ---- acteurs ----
    def _acteurs(self, rng: random.Random, spec: Spec, age: int) -> list[dict]:
        profil = T.PROFILS[spec.profil]
        acteurs: list[dict] = [{"id": "jeune", "role": "jeune"}]
        famille = rng.choice(T.FAMILLES)
        lettres = "ABCDEFGHJKLMNPRSTVW"
        for ident, lien in famille:
            a = {"id": ident, "role": "famille", "lien": lien}
            if rng.random() < 0.6:
                a["initiales"] = f"{rng.choice(lettres)}. {rng.choice(lettres)}."
            acteurs.append(a)
        if rng.random() < 0.6 or spec.riche:
            ident, lien = rng.choice(T.AIDANTS)
            acteurs.append({"id": ident, "role": "aidant_proche", "lien": lien})
        pros = []
        for slot, service, fonction in profil["pros"]:
            if isinstance(service, list):
                service = rng.choice(service)
            pros.append((slot, service, fonction))
        # les professionnels non initiateurs : on en garde 3 à 5 (tous si dossier riche)
        autres = [p for p in pros if p[0] != profil["initiateur"]]
        garder = len(autres) if spec.riche else rng.randint(3, min(4, len(autres)))
        autres = rng.sample(autres, garder)
        init = next(p for p in pros if p[0] == profil["initiateur"])
        pedo = rng.choice(T.AXE1_PEDO)
        axe1 = [p for p in T.AXE1_AUTRES if p[1] != pedo[1] and p[0] not in {x[0] for x in autres}]
        choisis = [init, pedo, rng.choice(axe1), *autres]
        if age >= 18 and not any(p[1] == "pleiade" for p in choisis):
            choisis[2] = ("pleiade", "pleiade", "infirmier de l'équipe mobile adultes")
        vus = set()
        for slot, service, fonction in [*choisis, *spec.extra]:
            if slot in vus:
                continue
            vus.add(slot)
            acteurs.append({"id": slot, "role": "professionnel", "service": service, "fonction": fonction})
        acteurs.append({"id": CM[0], "role": "casemanager", "service": CM[1], "fonction": CM[2]})
        return acteurs

    # ---- dates des concertations ----
    def _dates(self, rng: random.Random, spec: Spec) -> list[dt.date]:
        if spec.dates is not None:
            return list(spec.dates)
        assert spec.ouverture and spec.cloture
        premier = spec.ouverture + dt.timedelta(days=7)
        fenetres = {
            "2018": (premier, min(spec.cloture - dt.timedelta(days=5), J(2018, 12, 19))),
            "2019": (max(premier, J(2019, 1, 8)), min(spec.cloture - dt.timedelta(days=5), COUPURE_2019)),
            "apres": (J(2020, 1, 13), spec.cloture - dt.timedelta(days=10)),
        }
        jours: list[dt.date] = []
        for cle in ("2018", "2019", "apres"):
            n = spec.seances.get(cle, 0)
            if n:
                debut, fin = fenetres[cle]
                jours += _repartir(rng, debut, fin, n)
        return jours

    def dossier(self, spec: Spec) -> None:
        rng = random.Random(f"{GRAINE}-{spec.id}")
        rep = self.base / spec.id
        naissance = int(spec.code[3:7])
        age = spec.demande.year - naissance
        acteurs = self._acteurs(rng, spec, age)
        profil = T.PROFILS[spec.profil]
        init = profil["initiateur"]
        motif = _accorder(spec.motif or profil["motif"], spec.code)
        if spec.note:
            motif += " " + spec.note

        dossier: dict = {"id": spec.id, "code": spec.code}
        if spec.motif_non_ouverture:
            dossier["statut"] = "non_ouvert"
            dossier["motif_non_ouverture"] = spec.motif_non_ouverture
            dossier["dates"] = {"demande": spec.demande}
            dossier["canal"] = spec.canal
            dossier["initiateur"] = init
            dossier["criteres_activation"] = {c: True for c in CRITERES[:4]}
            dossier["acteurs"] = [a for a in acteurs if a["role"] in ("jeune", "professionnel", "casemanager")][:4]
            if not any(a["id"] == init for a in dossier["acteurs"]):
                dossier["acteurs"].insert(1, next(a for a in acteurs if a["id"] == init))
            dossier["motif_demande"] = motif + " Demande reçue pendant la fermeture des admissions (saturation) : " \
                                               "réorientation vers les partenaires et proposition de réintroduire la demande."
            _ecrire_yaml(rep / "dossier.yaml", "../../schemas/dossier.schema.json",
                         f"Dossier {spec.id} : demande non ouverte (dispositif saturé). Données fictives.", dossier)
            return

        dates = self._dates(rng, spec)
        assert dates, spec.id
        prep_date = spec.ouverture + dt.timedelta(days=rng.randint(1, 3))
        prep_date = min(prep_date, dates[0] - dt.timedelta(days=2))
        assert spec.demande <= prep_date < dates[0], spec.id

        # qui rejoint quand : la plupart dès la première rencontre, un ou deux plus tard
        arrivee = {a["id"]: 0 for a in acteurs}
        tardifs = [a["id"] for a in acteurs if a["role"] in ("professionnel", "aidant_proche")
                   and a["id"] not in (init, "pedo")]
        if len(dates) >= 3:
            for ident in rng.sample(tardifs, min(2, len(tardifs))):
                arrivee[ident] = rng.randint(1, len(dates) - 1)
        for a in acteurs:
            jour = dates[arrivee[a["id"]]]
            a["charte_signee"] = jour - dt.timedelta(days=rng.choice([0, 0, 1, 3, 7]))
            if a["charte_signee"] < prep_date:
                a["charte_signee"] = jour

        statut = "clos" if spec.cloture else "ouvert"
        d = {"demande": spec.demande, "ouverture": spec.ouverture}
        if spec.cloture:
            d["cloture"] = spec.cloture
        dossier.update({"statut": statut, "dates": d, "canal": spec.canal, "initiateur": init})
        second = [a["id"] for a in acteurs if a["role"] == "professionnel" and a["id"] not in (init, "pedo")]
        if rng.random() < 0.3 and second:
            dossier["demandeurs"] = [init, second[0]]
        dossier["criteres_activation"] = {c: True for c in CRITERES}
        dossier["acteurs"] = acteurs
        consentement = {
            "date": prep_date + dt.timedelta(days=rng.randint(0, 1)),
            "jeune_informe": True,
        }
        if spec.ouverture.year - naissance < 18:
            consentement["parents_informes"] = True
        consentement.update({
            "accord": True,
            "informations": rng.choice([
                "les difficultés qui motivent la demande, les actions décidées et leur suivi",
                "le résumé fonctionnel de la situation, les besoins exprimés et le plan de soins",
                "ce qui est nécessaire à la coordination : qui fait quoi, quand et avec qui",
            ]),
            "finalite": rng.choice([
                "coordonner le trajet de soin et préparer les concertations",
                "construire avec les partenaires un plan de soins partagé",
            ]),
            "destinataires": "les participants de la concertation, tenus au secret professionnel partagé",
        })
        if consentement["date"] >= dates[0]:
            consentement["date"] = prep_date
        dossier["consentement"] = consentement
        dossier["motif_demande"] = motif
        _ecrire_yaml(rep / "dossier.yaml", "../../schemas/dossier.schema.json",
                     f"Dossier {spec.id} : données fictives de démonstration, aucun nom.", dossier)

        self._preparation(rng, spec, rep, acteurs, init, prep_date, dates[0])
        self._notes(rng, spec, rep, acteurs, arrivee, init, dates)

    # ---- phase préparatoire ----
    def _preparation(self, rng, spec, rep, acteurs, init, prep_date, premiere) -> None:
        profil = T.PROFILS[spec.profil]
        personnes = []
        annuaire = {s["id"]: s for s in yaml.safe_load((self.racine / "annuaire.yaml").read_text(encoding="utf-8"))["services"]}
        for a in acteurs:
            if a["role"] == "casemanager":
                continue
            if a["role"] == "jeune":
                lien = "le jeune lui-même" if spec.code[2] == "G" else "la jeune elle-même"
            elif a["role"] in ("famille", "aidant_proche"):
                lien = a["lien"]
            else:
                lien = f"{a['fonction']} – {annuaire[a['service']]['nom']}"
            p = {"acteur": a["id"], "service_ou_lien": lien}
            if a["role"] == "professionnel":
                p["coordonnees"] = "via le secrétariat du service"
                p["sante_mentale"] = bool(annuaire[a["service"]].get("axe1"))
            personnes.append(p)
        # valeurs en minuscule initiale : « jeune: Retrouver… » serait lu par la garde comme un nom après « jeune »
        attentes = {k: _minuscule(_accorder(v, spec.code)) for k, v in profil["attentes"].items()}
        if int(spec.code[3:7]) >= spec.demande.year - 5:
            attentes["jeune"] = "trop jeune pour s'exprimer : ses besoins sont portés par la famille et les intervenants."
        envisagees = [{"action": a["description"], "effets_attendus": a["effets"]}
                      for a in rng.sample(self._actions_possibles(acteurs), 2)]
        _ecrire_yaml(rep / "preparation.yaml", "../../schemas/preparation.schema.json",
                     f"Phase préparatoire du dossier {spec.id} : document de travail INTERNE, jamais publié. Fictif.", {
                         "date": prep_date,
                         "initiateur": init,
                         "code": spec.code,
                         "personnes": personnes,
                         "analyse_holistique": rng.random() < 0.6,
                         "attentes": attentes,
                         "actions_envisagees": envisagees,
                         "rencontre": {"date": premiere, "heure": rng.choice(HEURES), "lieu": rng.choice(LIEUX[:5])},
                     })

    def _actions_possibles(self, acteurs) -> list[dict]:
        ids = {a["id"] for a in acteurs}
        resultat = []
        for modele in T.ACTIONS:
            qui = [i for i in modele["qui"] if i in ids]
            if qui:
                resultat.append(modele)
        return resultat

    # ---- notes de synthèse ----
    def _notes(self, rng, spec, rep, acteurs, arrivee, init, dates) -> None:
        ids = [a["id"] for a in acteurs]
        roles = {a["id"]: a["role"] for a in acteurs}
        financements = {f.seance: f for f in spec.financements}
        jeune_petit = int(spec.code[3:7]) >= spec.demande.year - 5
        famille = [a["id"] for a in acteurs if a["role"] == "famille"]
        axe1 = [a["id"] for a in acteurs if a["role"] == "professionnel" and a["id"] in ("psy", "mobile", "pleiade")]
        coordinateur = init if rng.random() < 0.7 else (axe1[0] if axe1 else init)
        for rang, jour in enumerate(dates):
            present_possible = [i for i in ids if arrivee[i] <= rang]
            absents = []
            for i in present_possible:
                if i in (init, "pedo", "cm", coordinateur):
                    continue
                proba = 0.12 if roles[i] != "jeune" else (0.85 if jeune_petit else 0.2)
                if rng.random() < proba:
                    absents.append(i)
            presents = [i for i in present_possible if i not in absents]
            note: dict = {
                "date": jour,
                "heure": rng.choice(HEURES),
                "lieu": rng.choice(LIEUX),
                "presents": presents,
                "absents": absents,
                "fiche_presence": True,
                "adhesion_charte": True,
            }
            if "jeune" not in presents:
                informe = next((f for f in famille if f in presents), init)
                note["jeune_informe_par"] = informe
                note["voix_du_jeune"] = not jeune_petit or rng.random() < 0.5
            note["referent"] = init
            note["coordinateur_soin"] = coordinateur
            note["pedopsychiatre"] = "pedo"
            note["validation"] = {"pedopsychiatre": jour + dt.timedelta(days=rng.randint(1, 4)),
                                  "referent": jour + dt.timedelta(days=rng.randint(0, 3))}
            financ = financements.get(rang)
            actions = self._actions(rng, spec, acteurs, presents, jour, rang, len(dates), financ)
            note["actions"] = actions
            note["leviers"] = rng.choice(T.LEVIERS)
            note["obstacles"] = rng.choice(T.OBSTACLES)
            note["mandat_financement"] = financ is not None
            suivante = dates[rang + 1] if rang + 1 < len(dates) else None
            if suivante:
                note["prochaine_rencontre"] = {"engagement": True, "date": suivante,
                                               "modalites": rng.choice(["même lieu, mêmes participants",
                                                                        "au même endroit, avec le jeune si possible",
                                                                        "lieu à confirmer par le casemanager"])}
            elif spec.cloture is None:
                prochaine = jour + dt.timedelta(days=rng.choice([42, 49, 56]))
                note["prochaine_rencontre"] = {"engagement": True, "date": _ouvrable(prochaine),
                                               "modalites": "date proposée par le casemanager, à confirmer"}
            else:
                note["prochaine_rencontre"] = {"engagement": False,
                                               "modalites": "fin de l'accompagnement par le dispositif : la coordination "
                                                            "reste assurée par le coordinateur du soin"}
            chemin = rep / "concertations" / f"{jour}.yaml"
            _ecrire_yaml(chemin, "../../../schemas/concertation.schema.json",
                         f"Note de synthèse du {jour} (dossier {spec.id}). Le récit est dans {jour}.md. Fictif.", note)
            (rep / "concertations" / f"{jour}.md").write_text(
                self._recit(rng, spec, acteurs, presents, jour, rang, len(dates), financ), encoding="utf-8")
            if financ:
                self._financement(rng, spec, rep, financ, jour, coordinateur)

    def _statut(self, rng: random.Random, echeance: dt.date, spec: Spec) -> str:
        aujourd_hui = REFERENCE_2026
        if spec.id.startswith("2026"):
            if echeance < aujourd_hui - dt.timedelta(days=20):
                return rng.choice(["faite", "faite", "faite", "abandonnee", "en_cours"])
            if echeance < aujourd_hui:
                return rng.choice(["faite", "en_cours", "a_faire"])
            return rng.choice(["a_faire", "a_faire", "en_cours"])
        return rng.choice(["faite"] * 8 + ["abandonnee"])

    def _actions(self, rng, spec, acteurs, presents, jour, rang, total, financ) -> list[dict]:
        ids = {a["id"] for a in acteurs}
        possibles = self._actions_possibles(acteurs)
        nombre = rng.randint(3, 5) if spec.riche else rng.randint(2, 4)
        choisies = rng.sample(possibles, min(nombre, len(possibles)))
        actions = []
        numero = 1
        if financ is not None:
            porteur = "cm"
            actions.append({
                "numero": numero, "description": financ.action, "effets_attendus": financ.effets,
                "qui": [porteur], "quoi": "constituer le dossier de demande d'intervention financière Criseflex "
                                         "avec le devis et la note de synthèse",
                "quand": "dans la semaine", "ou": "au réseau", "avec_qui": [p for p in ("pedo",) if p in ids],
                "ressources": "enveloppe Criseflex et partenaires du trajet de soin",
                "echeance": jour + dt.timedelta(days=financ.delai_demande + 2),
                "statut": "en_cours" if financ.statut == "demandee" else "faite",
            })
            numero += 1
        echeances_2026 = [J(2026, 11, 20), J(2026, 11, 23), J(2026, 11, 26), J(2026, 11, 30), J(2026, 12, 1),
                          J(2026, 12, 11), J(2026, 12, 18), J(2027, 1, 15)]
        for modele in choisies:
            qui = [i for i in modele["qui"] if i in ids][:1]
            if modele["qui"] == ["cm", "init"]:
                qui = ["cm"]
            avec = []
            for i in modele["avec"]:
                i = T.PROFILS[spec.profil]["initiateur"] if i == "init" else i
                if i in ids and i not in qui and i not in avec:
                    avec.append(i)
            if spec.id.startswith("2026") and jour >= J(2026, 10, 1):
                candidates = [e for e in echeances_2026 if e > jour + dt.timedelta(days=2)]
                echeance = rng.choice(candidates)
            else:
                echeance = jour + dt.timedelta(days=rng.choice([14, 21, 28, 30, 42, 45, 60]))
            actions.append({
                "numero": numero,
                "description": modele["description"],
                "effets_attendus": modele["effets"],
                "qui": qui,
                "quoi": modele["quoi"],
                "quand": rng.choice(["avant la prochaine rencontre", "dans les deux semaines", "dans le mois",
                                     "dès que possible", "avant les congés scolaires"]),
                "ou": modele["ou"],
                "avec_qui": avec,
                "ressources": modele["ressources"],
                "echeance": echeance,
                "statut": self._statut(rng, echeance, spec),
            })
            numero += 1
        if spec.riche and spec.id.startswith("2026") and rang == 0:
            actions[-1]["statut"] = "abandonnee"   # le dossier vitrine montre tous les statuts
        return actions

    def _recit(self, rng, spec, acteurs, presents, jour, rang, total, financ) -> str:
        financements = {f.seance: f for f in spec.financements}
        ids = {a["id"] for a in acteurs}
        exigences = {"père": "pere", "grand-mère": "gm", "mère": "mere", "SRG": "srg", "L'école": "ecole",
                     "équipe mobile": "mobile", "médecin généraliste": "mg", "suivi psychologique": "psy"}

        def permise(phrase: str) -> bool:
            for mot, slot in exigences.items():
                if mot in phrase and slot not in ids:
                    return False
            if "grand-mère" in phrase:
                return "gm" in ids
            return True

        petit = int(spec.code[3:7]) >= spec.demande.year - 5
        generiques = [p for p in T.ANALYSES if permise(p)]
        if petit:  # un jeune enfant ne va pas à l'école seul ni aux urgences de lui-même
            generiques = [p for p in generiques if "{" not in p and "école" not in p and "urgences" not in p]
        if rang > 0:
            generiques = [p for p in generiques if "première fois" not in p]
        propres = [p for p in T.PROFILS[spec.profil]["analyses"] if permise(p)]
        lignes = [f"# Concertation du {jour}", ""]
        if rang == 0:
            lignes.append("Première concertation : présentation du dispositif et de la charte, tour de table des attentes.")
        elif rang == total - 1 and spec.cloture:
            lignes.append("Dernière concertation du dispositif : évaluation du plan et préparation de la clôture.")
        else:
            lignes.append("Concertation de suivi : point sur les actions décidées lors de la rencontre précédente.")
        lignes += ["", "## Analyse de la situation", ""]
        precedente = next((f for r, f in financements.items() if r == rang - 1), None)
        if precedente is not None and precedente.suite and not self.sans_decisions:
            lignes += [precedente.suite, ""]
        if financ is not None and financ.contexte:
            lignes += [_accorder(financ.contexte, spec.code), ""]
        choix = [rng.choice(propres)] + rng.sample(generiques, 2 if spec.riche else 1)
        for phrase in choix:
            lignes.append(_accorder(phrase, spec.code))
            lignes.append("")
        if petit:
            place = [p for p in T.PLACE_ENFANT if permise(p) and (("venu" in p) == ("jeune" in presents))]
            place = place or ["Les besoins de l'enfant ont été portés par la famille et l'intervenante en aide précoce."]
            lignes += ["## Place de l'enfant", "", rng.choice(place), ""]
        elif "jeune" in presents and rng.random() < 0.6:
            lignes += ["## Parole du jeune", "", _accorder(rng.choice(T.PAROLE), spec.code), ""]
        elif "jeune" not in presents:
            lignes += ["## Parole du jeune", "",
                       _accorder("{Jeune} était absent·e ; son avis a été recueilli avant la rencontre et relayé en séance.",
                                 spec.code), ""]
        lignes += ["## Pistes dégagées", ""]
        pistes = [p for p in T.PISTES if not (petit and ("scolaire" in p or "jeune" in p))]
        for phrase in rng.sample(pistes, 2 if not spec.riche else 3):
            lignes.append(f"- {_accorder(phrase, spec.code)}")
        if financ is not None:
            lignes.append("- Aucun partenaire présent ne peut porter la dépense : la concertation mandate le coordinateur "
                          "pour introduire une demande d'intervention financière Criseflex (action 1).")
        lignes.append("")
        return "\n".join(lignes)

    # ---- demande Criseflex ----
    def _financement(self, _rng, spec, rep, f: Financ, jour, coordinateur) -> None:
        # hasard propre à la demande : --sans-decisions ne décale pas le reste du dossier
        rng = random.Random(f"{GRAINE}-{spec.id}-{f.nom}")
        date_demande = jour + dt.timedelta(days=f.delai_demande)
        extrait = f"pieces/note-de-synthese-{jour}.md"
        donnees: dict = {
            "dossier": spec.id,
            "code": spec.code,
            "concertation": jour,
            "action": 1,
            "attestations": {a: True for a in ATTESTATIONS},
            "objectifs_npsm": True,
            "montant_demande": f.montant,
            "cout_total": f.cout,
        }
        if f.cofinancements:
            donnees["cofinancements"] = [{"source": s, "montant": m} for s, m in f.cofinancements]
        donnees["pieces"] = [{"type": "note_de_synthese", "fichier": extrait}, {"type": f.type_piece, "fichier": f.devis}]
        donnees["coordinateur"] = coordinateur
        donnees["certifie_sincere"] = True
        donnees["date_demande"] = date_demande
        if f.statut == "demandee" or self.sans_decisions:
            donnees["decision"] = {"statut": "demandee"}
        else:
            decision = {"statut": f.statut, "date": date_demande + dt.timedelta(days=f.delai_decision)}
            if f.statut == "accordee":
                decision["montant_accorde"] = f.montant
                decision["motif"] = "Éligible : budget disponible dans l'enveloppe de l'année, pas de double subventionnement."
            else:
                decision["motif"] = f.motif
            donnees["decision"] = decision
            if f.statut == "accordee" and f.rembourse:
                facture = decision["date"] + dt.timedelta(days=rng.randint(40, 70))
                donnees["remboursement"] = {"facture_recue": facture, "montant_facture": f.montant,
                                            "date_remboursement": facture + dt.timedelta(days=rng.randint(10, 25))}
        _ecrire_yaml(rep / "financements" / f"{f.nom}.yaml", "../../../schemas/financement.schema.json",
                     f"Demande d'intervention financière Criseflex (dossier {spec.id}). Fictif.", donnees)
        pieces = rep / "pieces"
        pieces.mkdir(parents=True, exist_ok=True)
        (pieces / extrait.split("/")[-1]).write_text(
            f"# Extrait de la note de synthèse du {jour}\n\n"
            f"Dossier {spec.id}. Action 1 : {f.action}.\n\n"
            f"Effets attendus : {f.effets}.\n\n"
            "La concertation mandate le coordinateur du soin pour introduire la demande d'intervention financière.\n",
            encoding="utf-8")
        titre = "Devis" if f.type_piece == "devis" else "Estimation"
        lignes = [f"# {titre} – {f.prestataire}", "", f"Objet : {f.action}.", "",
                  "| Poste | Montant |", "|---|---:|"]
        for poste, montant in f.lignes:
            lignes.append(f"| {poste} | {_euros(montant)} |")
        lignes += [f"| **Total** | **{_euros(sum(m for _, m in f.lignes))}** |", "",
                   f"Établi le {date_demande - dt.timedelta(days=2)}, valable trois mois. Document fictif de démonstration.", ""]
        assert abs(sum(m for _, m in f.lignes) - f.cout) < 0.01, (spec.id, f.nom)
        if f.devis.endswith(".pdf"):
            (rep / f.devis).write_bytes(_pdf([l for l in lignes if l and not l.startswith("|---")]))
        else:
            (rep / f.devis).write_text("\n".join(lignes), encoding="utf-8")


def _minuscule(texte: str) -> str:
    return texte[:1].lower() + texte[1:]


def _euros(valeur: float) -> str:
    entier = f"{valeur:,.0f}".replace(",", " ")
    return f"{entier} €"


def _pdf(lignes: list[str]) -> bytes:
    """Un PDF d'une page, écrit à la main (Helvetica, WinAnsi) : assez pour une pièce de démonstration."""
    def echapper(texte: str) -> str:
        texte = texte.replace("**", "").replace("|", " ").replace("#", "").strip()
        texte = texte.replace("–", "-").replace("€", "EUR")
        return texte.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    flux = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ligne in lignes:
        flux.append(f"({echapper(ligne)}) Tj T*")
    flux.append("ET")
    contenu = "\n".join(flux).encode("cp1252")
    objets = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(contenu)).encode() + b" >>\nstream\n" + contenu + b"\nendstream",
    ]
    sortie = bytearray(b"%PDF-1.4\n")
    positions = []
    for n, objet in enumerate(objets, start=1):
        positions.append(len(sortie))
        sortie += f"{n} 0 obj\n".encode() + objet + b"\nendobj\n"
    xref = len(sortie)
    sortie += f"xref\n0 {len(objets) + 1}\n0000000000 65535 f \n".encode()
    for p in positions:
        sortie += f"{p:010d} 00000 n \n".encode()
    sortie += f"trailer\n<< /Size {len(objets) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(sortie)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description="Génère le réseau de démonstration (fictif) sous dossiers/.")
    parseur.add_argument("--racine", type=Path, default=RACINE_PROJET, help="racine du dépôt (contient reseau.yaml)")
    parseur.add_argument("--remplacer", action="store_true", help="efface le contenu de dossiers/ avant de générer")
    parseur.add_argument("--sans-decisions", action="store_true",
                         help="écrit toutes les demandes Criseflex sans décision (statut demandee) : premier commit, "
                              "la règle financement.creation_indecise voulant qu'une demande entre sans décision")
    args = parseur.parse_args(argv)
    racine = args.racine.resolve()
    if not (racine / "reseau.yaml").is_file():
        print(f"{racine} : pas de reseau.yaml, ce n'est pas la racine d'un dépôt Filrouge.", file=sys.stderr)
        return 2
    base = racine / "dossiers"
    if base.exists() and any(base.iterdir()):
        if not args.remplacer:
            print(f"{base} n'est pas vide : relancez avec --remplacer pour l'effacer et régénérer la démonstration.",
                  file=sys.stderr)
            return 1
        for entree in base.iterdir():
            if entree.is_dir() and not entree.is_symlink():
                shutil.rmtree(entree)
            else:
                entree.unlink()
    base.mkdir(exist_ok=True)
    Generateur(racine, args.sans_decisions).tout()
    nombre = sum(1 for p in base.rglob("*") if p.is_file())
    print(f"Démonstration générée : {len(list(base.iterdir()))} dossiers, {nombre} fichiers sous {base}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
