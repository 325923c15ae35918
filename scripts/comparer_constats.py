#!/usr/bin/env python3
"""Relève tous les constats de filrouge, pour vérifier qu'une optimisation ne change aucun verdict.

    .venv/bin/python scripts/comparer_constats.py relever SORTIE.json [--volume DOSSIER]
    .venv/bin/python scripts/comparer_constats.py comparer AVANT.json APRES.json

`relever` écrit, dans un fichier JSON :
- les constats (règle, fichier, ligne, colonne, gravité, message) de `filrouge valider --format json` à froid
  (cache vide) sur le dépôt de démonstration et, avec `--volume`, sur un volume généré
  (`scripts/generer_volume.py`) et sur sa copie où chaque concertation porte une phrase des corpus ;
- les trouvailles de la garde (`trouver`) et ses constats (`analyser_texte`) sur chaque phrase des corpus
  `tests/anonymat/evaluation/*.jsonl` et `tests/anonymat/corpus/*.jsonl`, lue comme un récit Markdown et comme
  une valeur YAML (chemin des valeurs décodées), dans le contexte des noms protégés de son corpus.
`comparer` dit si deux relevés sont identiques, et sinon les premières différences (sortie 1).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RACINE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(RACINE / "src"))
CORPUS = sorted((RACINE / "tests" / "anonymat" / "evaluation").glob("*.jsonl")) + sorted(
    (RACINE / "tests" / "anonymat" / "corpus").glob("*.jsonl"))


def valider(depot: Path, cache: Path) -> dict:
    """`filrouge valider --format json` à froid (aucune entrée de validation dans `cache`, seulement les
    expressions régulières gardées par `filrouge.motifs`) : code de sortie et sortie."""
    for fichier in cache.rglob("*"):
        if fichier.is_file() and not fichier.name.startswith("motifs-"):
            fichier.unlink()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    fini = subprocess.run([str(RACINE / ".venv" / "bin" / "filrouge"), "valider", "--format", "json"],
                          cwd=depot, env=env, capture_output=True, text=True, check=False)
    sortie = json.loads(fini.stdout) if fini.stdout.strip() else None
    if isinstance(sortie, list):  # l'ordre de deux constats d'une même ligne et d'une même règle varie d'un passage à l'autre
        sortie.sort(key=lambda c: json.dumps(c, ensure_ascii=False, sort_keys=True))
    return {"code": fini.returncode, "sortie": sortie, "erreurs": fini.stderr}


def pimenter(volume: Path, destination: Path) -> None:
    """Une copie du volume où chaque concertation porte une phrase des corpus : dans son récit Markdown et
    dans une valeur YAML (`leviers`), pour que la validation elle-même rencontre des données à signaler."""
    shutil.copytree(volume, destination)
    phrases = [json.loads(ligne)["texte"] for chemin in CORPUS
               for ligne in chemin.read_text(encoding="utf-8").splitlines() if ligne.strip()]
    notes = sorted(destination.glob("dossiers/*/concertations/*.yaml"))
    for i, note in enumerate(notes):
        texte = note.read_text(encoding="utf-8")
        note.write_text(re.sub(r"(?m)^leviers: .*$", lambda _: "leviers: " + json.dumps(
            phrases[(2 * i) % len(phrases)], ensure_ascii=False), texte), encoding="utf-8")
        recit = note.with_suffix(".md")
        recit.write_text(recit.read_text(encoding="utf-8") + "\n" + phrases[(2 * i + 1) % len(phrases)] + "\n",
                         encoding="utf-8")


def garde() -> dict:
    from filrouge import motifs

    motifs.precharger()  # les expressions telles que le hook les retrouve
    from filrouge.anonymat import ContexteAnonymat
    from filrouge.anonymat.analyse import analyser_texte, trouver
    from filrouge.anonymat.proteges import NomsProteges

    releve: dict[str, list] = {}
    for chemin in CORPUS:
        fiches = [json.loads(ligne) for ligne in chemin.read_text(encoding="utf-8").splitlines() if ligne.strip()]
        registre = NomsProteges()
        for fiche in fiches:
            for nom in fiche.get("proteges") or []:
                registre.ajouter(nom)
        contexte = ContexteAnonymat(noms_proteges=registre)
        lignes = []
        for fiche in fiches:
            texte = fiche["texte"]
            yaml_texte = "note: " + json.dumps(texte, ensure_ascii=False) + "\n"
            lignes.append({
                "id": fiche.get("id"),
                "trouver": [[t.debut, t.fin, t.regle, t.message] for t in trouver(texte, contexte)],
                "md": _constats(analyser_texte(texte, "dossiers/2019-001/note.md", contexte)),
                "yaml": _constats(analyser_texte(yaml_texte, "dossiers/2019-001/note.yaml", contexte)),
                "brut": _constats(analyser_texte(texte, "dossiers/2019-001/note.yaml", contexte))
                if fiche.get("support") == "yaml" else None,
            })
        releve[chemin.relative_to(RACINE).as_posix()] = lignes
    return releve


def _constats(resultat) -> list:
    constats, acceptes = resultat
    return [[c.fichier, c.ligne, c.colonne, c.regle, c.gravite, c.message] for c in constats] + [acceptes]


def relever(sortie: Path, volume: Path | None) -> None:
    with tempfile.TemporaryDirectory() as dossier:
        cache = Path(dossier) / "cache"
        valider(RACINE, cache)  # garde les expressions régulières : les validations suivantes les préchargent
        releve = {"demo": valider(RACINE, cache)}
        if volume is not None:
            releve["volume"] = valider(volume, cache)
            pimente = Path(dossier) / "volume"
            pimenter(volume, pimente)
            releve["volume_pimente"] = valider(pimente, cache)
        os.environ["XDG_CACHE_HOME"] = str(cache)
        releve["garde"] = garde()
    sortie.write_text(json.dumps(releve, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")
    resume = ", ".join(f"{nom} : code {r['code']}, {len(r['sortie'] or [])} constats"
                       for nom, r in releve.items() if nom != "garde")
    print(f"{sortie} : {resume}")


def comparer(avant: Path, apres: Path) -> int:
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (avant, apres))
    differences = []

    def parcourir(x, y, chemin: str) -> None:
        if len(differences) >= 20:
            return
        if isinstance(x, dict) and isinstance(y, dict):
            for cle in sorted(set(x) | set(y)):
                parcourir(x.get(cle), y.get(cle), f"{chemin}/{cle}")
        elif isinstance(x, list) and isinstance(y, list) and len(x) == len(y):
            for i, (u, v) in enumerate(zip(x, y)):
                parcourir(u, v, f"{chemin}[{i}]")
        elif x != y:
            differences.append(f"{chemin}\n  avant : {json.dumps(x, ensure_ascii=False)[:400]}\n"
                               f"  après : {json.dumps(y, ensure_ascii=False)[:400]}")

    parcourir(a, b, "")
    if not differences:
        print("identiques")
        return 0
    print("\n".join(differences))
    return 1


def main() -> int:
    parseur = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sous = parseur.add_subparsers(dest="action", required=True)
    r = sous.add_parser("relever")
    r.add_argument("sortie", type=Path)
    r.add_argument("--volume", type=Path)
    c = sous.add_parser("comparer")
    c.add_argument("avant", type=Path)
    c.add_argument("apres", type=Path)
    options = parseur.parse_args()
    if options.action == "relever":
        relever(options.sortie, options.volume)
        return 0
    return comparer(options.avant, options.apres)


if __name__ == "__main__":
    sys.exit(main())
