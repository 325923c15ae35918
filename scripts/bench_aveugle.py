#!/usr/bin/env python3
"""La garde d'anonymat sur un corpus écrit à l'aveugle (tests/anonymat/evaluation/*.jsonl).

    .venv/bin/python scripts/bench_aveugle.py [--corpus FICHIER.jsonl] [--details]

Chaque extrait est analysé comme le fichier qu'il imite (`support` : récit Markdown ou YAML) par
`analyser_texte`, l'entrée de la garde dans `filrouge valider`. Un extrait positif compte comme trouvé
si la garde y signale sa catégorie (une ligne dit aussi combien d'identifiants structurés elle retient sous une
autre règle : un numéro étranger lu comme téléphone est bloqué quand même, mais mal nommé) ; un extrait négatif est un faux positif si la garde y signale quoi
que ce soit. Sortie en Markdown : rappel par catégorie, par origine des noms et par forme, faux positifs
par forme ; `--details` liste les extraits manqués et les faux positifs (fictifs).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))

from filrouge.anonymat.analyse import analyser_texte  # noqa: E402
from filrouge.anonymat.contexte import contexte_du_depot  # noqa: E402

CORPUS = RACINE / "tests" / "anonymat" / "evaluation" / "aveugle-2.jsonl"
STRUCTURES = ("telephone", "email", "niss", "iban", "date_naissance", "adresse", "plaque")
# Un courriel, un message, un tableau ou une liste recopiés sont du récit Markdown (supports d'aveugle-31).
SUFFIXE = {"texte": "md", "markdown": "md", "courriel": "md", "message": "md", "tableau": "md", "liste": "md",
           "yaml": "yaml"}


def evaluer(lignes: list[dict]) -> list[tuple[dict, set[str]]]:
    """(extrait, règles signalées) pour chaque extrait, avec l'annuaire du réseau de démonstration."""
    contexte = contexte_du_depot(RACINE)
    resultats = []
    for extrait in lignes:
        # le fichier que l'extrait imite, s'il le dit (les dates d'une année de naissance dépendent de l'année du dossier)
        nom = extrait.get("fichier") or f"dossiers/2019-003/concertations/extrait.{SUFFIXE[extrait['support']]}"
        constats, _ = analyser_texte(extrait["texte"], nom, contexte)
        resultats.append((extrait, {c.regle.removeprefix("anonymat.") for c in constats}))
    return resultats


def _pourcent(n: int, total: int) -> str:
    return f"{100 * n / total:.1f} %" if total else "—"


def rapport(resultats: list[tuple[dict, set[str]]], details: bool) -> str:
    trouves: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    origines: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    formes: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    negatifs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    manques, faux = [], []
    retenus = [0, 0]  # identifiants structurés sur lesquels la garde signale quelque chose, même sous une autre règle
    for extrait, regles in resultats:
        categorie = extrait["categorie"]
        if categorie == "aucune":
            fp = bool(regles)
            negatifs[extrait["forme"]][0] += fp
            negatifs[extrait["forme"]][1] += 1
            if fp:
                faux.append((extrait, regles))
            continue
        ok = categorie in regles
        if categorie in STRUCTURES:
            retenus[0] += bool(regles)
            retenus[1] += 1
        for table, cle in ((trouves, categorie), (formes, f"{categorie} : {extrait['forme']}")):
            table[cle][0] += ok
            table[cle][1] += 1
        if categorie == "nom":
            origines[extrait["origine"]][0] += ok
            origines[extrait["origine"]][1] += 1
        if not ok:
            manques.append((extrait, regles))
    sortie = ["| catégorie | trouvés | rappel |", "| --- | ---: | ---: |"]
    for categorie, (ok, total) in sorted(trouves.items()):
        sortie.append(f"| {categorie} | {ok}/{total} | {_pourcent(ok, total)} |")
    structures = [trouves[c] for c in STRUCTURES if c in trouves]
    ok, total = sum(s[0] for s in structures), sum(s[1] for s in structures)
    sortie.append(f"| identifiants structurés | {ok}/{total} | {_pourcent(ok, total)} |")
    sortie.append(f"| identifiants structurés retenus sous une règle quelconque | {retenus[0]}/{retenus[1]} "
                  f"| {_pourcent(*retenus)} |")
    fp, total_negatifs = sum(n[0] for n in negatifs.values()), sum(n[1] for n in negatifs.values())
    sortie.append(f"| faux positifs (négatifs signalés) | {fp}/{total_negatifs} | {_pourcent(fp, total_negatifs)} |")
    sortie += ["", "| origine des noms | trouvés | rappel |", "| --- | ---: | ---: |"]
    for origine, (ok, total) in sorted(origines.items(), key=lambda o: o[1][0] / o[1][1]):
        sortie.append(f"| {origine} | {ok}/{total} | {_pourcent(ok, total)} |")
    sortie += ["", "| forme | trouvés | rappel |", "| --- | ---: | ---: |"]
    for forme, (ok, total) in sorted(formes.items()):
        sortie.append(f"| {forme} | {ok}/{total} | {_pourcent(ok, total)} |")
    sortie += ["", "| négatifs : forme | signalés | taux |", "| --- | ---: | ---: |"]
    for forme, (n, total) in sorted(negatifs.items()):
        sortie.append(f"| {forme} | {n}/{total} | {_pourcent(n, total)} |")
    if details:
        sortie += ["", "Manqués :"] + [f"- {e['id']} [{e['categorie']}/{e.get('origine')}/{e['forme']}] "
                                       f"{json.dumps(e['texte'], ensure_ascii=False)} → {sorted(r)}" for e, r in manques]
        sortie += ["", "Faux positifs :"] + [f"- {e['id']} [{e['forme']}] {json.dumps(e['texte'], ensure_ascii=False)} "
                                             f"→ {sorted(r)}" for e, r in faux]
    return "\n".join(sortie)


def main(argv: list[str] | None = None) -> int:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parseur.add_argument("--corpus", type=Path, default=CORPUS)
    parseur.add_argument("--details", action="store_true")
    args = parseur.parse_args(argv)
    lignes = [json.loads(l) for l in args.corpus.read_text(encoding="utf-8").splitlines() if l.strip()]
    print(rapport(evaluer(lignes), args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
