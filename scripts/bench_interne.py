"""Mesure la reconnaissance des marques internes sur le corpus écrit à l'aveugle (tests/publication/cas_interne.jsonl).

    .venv/bin/python scripts/bench_interne.py

Pour chaque cas, le texte est lu comme un lecteur le verrait (valeur YAML décodée, ou récit
Markdown), puis passé par `filrouge.interne` : combien de cas laissent un secret dans le texte
publiable, combien de marques fautives `filrouge valider` signale, combien d'alertes tombent
sur des marques bien formées. Les chiffres sont notés dans docs/bench/interne.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))

from filrouge.interne import decouper, publier_texte  # noqa: E402

CORPUS = RACINE / "tests" / "publication" / "cas_interne.jsonl"


def main() -> int:
    cas = [json.loads(ligne) for ligne in CORPUS.read_text(encoding="utf-8").splitlines() if ligne.strip()]
    fuites, vues, attendues, fausses, acceptes = [], 0, 0, [], 0
    for c in cas:
        texte = yaml.safe_load("leviers: " + c["source"])["leviers"] if c["support"] == "champ_yaml" else c["source"]
        public = publier_texte(texte) or ""
        signale = bool(decouper(texte).problemes)
        if any(s.casefold() in public.casefold() for s in c["secrets"]):
            fuites.append(c["id"])
        if c["attendu"] == "erreur":
            attendues += 1
            vues += signale
        elif c["attendu"] == "accepte":
            acceptes += 1
            if signale:
                fausses.append(c["id"])
    print(f"{len(cas)} cas ; un secret atteint le texte publiable : {len(fuites)} {fuites or ''}")
    print(f"marques fautives signalées par valider : {vues}/{attendues}")
    print(f"alertes sur des marques bien formées : {len(fausses)}/{acceptes} {fausses or ''}")
    return 1 if fuites else 0


if __name__ == "__main__":
    sys.exit(main())
