"""La structure qui tient la promesse de confidentialité : aucune sortie ne lit le dépôt brut.

Les sorties (portail, versions imprimables et PDF, calendriers, bilan, rappels, résumé
d'examen) ne lisent que la vue publiable (`filrouge.publication`), où la phase préparatoire et
les passages internes n'existent plus. Un module de sortie qui importerait le chargeur brut
(`filrouge.depot`), la lecture des fichiers (`filrouge.lecture`) ou la validation pourrait les
republier : ce test l'interdit, imports paresseux compris.
"""

from __future__ import annotations

import ast
from pathlib import Path

import filrouge

PAQUET = Path(filrouge.__file__).parent
SORTIES = ["portail", "impression", "html_sur.py", "bilan", "calendrier.py", "fuseau.py", "rappels.py",
           "financement/resume.py"]
BRUT = ("filrouge.depot", "filrouge.lecture", "filrouge.validation", "filrouge.publication.construction")


def _modules_de_sortie() -> list[Path]:
    fichiers: list[Path] = []
    for sortie in SORTIES:
        chemin = PAQUET / sortie
        fichiers += sorted(chemin.rglob("*.py")) if chemin.is_dir() else [chemin]
    return fichiers


def _imports(fichier: Path) -> set[str]:
    noms: set[str] = set()
    for noeud in ast.walk(ast.parse(fichier.read_text(encoding="utf-8"))):
        if isinstance(noeud, ast.Import):
            noms.update(alias.name for alias in noeud.names)
        elif isinstance(noeud, ast.ImportFrom) and noeud.module:
            noms.add(noeud.module)
            noms.update(f"{noeud.module}.{alias.name}" for alias in noeud.names)
    return noms


def test_aucune_sortie_n_importe_le_depot_brut() -> None:
    fautifs = {f"{fichier.relative_to(PAQUET)} importe {nom}"
               for fichier in _modules_de_sortie() for nom in _imports(fichier)
               if any(nom == brut or nom.startswith(brut + ".") for brut in BRUT)}
    assert not fautifs, sorted(fautifs)


def test_la_liste_des_sorties_est_complete() -> None:
    """Un module qui écrit du HTML, de l'iCalendar, du CSV ou du Markdown publié est dans SORTIES."""
    sorties = {f.resolve() for f in _modules_de_sortie()}
    suspects = []
    for fichier in PAQUET.rglob("*.py"):
        importes = {nom.split(".")[0] for nom in _imports(fichier)}
        if fichier.resolve() not in sorties and importes & {"icalendar", "csv", "weasyprint", "nh3"}:
            suspects.append(str(fichier.relative_to(PAQUET)))
    assert not suspects


def test_la_vue_publiable_ne_porte_pas_de_phase_preparatoire() -> None:
    from filrouge.publication import DossierPublie, Publication

    champs = set(DossierPublie.__dataclass_fields__) | set(Publication.__dataclass_fields__)
    assert not {c for c in champs if "prepar" in c or c in ("documents", "doc", "texte", "constats")}


def test_couches_et_aucune_boucle_d_import() -> None:
    """Les contrats d'import-linter de pyproject.toml : couches du haut vers le bas, aucune boucle entre voisins."""
    import subprocess
    import sys

    lint = Path(sys.executable).parent / "lint-imports"
    resultat = subprocess.run([str(lint), "--config", str(PAQUET.parents[1] / "pyproject.toml")], capture_output=True,
                              text=True, cwd=PAQUET.parents[1], timeout=120)
    assert resultat.returncode == 0, resultat.stdout[-3000:]
    assert "2 kept, 0 broken" in resultat.stdout


def test_la_commande_demarre_sans_pydantic_ni_la_garde() -> None:
    """Chaque hook pre-commit relance `filrouge` : le démarrage ne charge que ce que la sous-commande demande.

    pydantic, les modèles et les détecteurs d'anonymat coûtent à eux seuls plus que tout le reste ; ils ne
    sont chargés que par les sous-commandes qui s'en servent (`executer`), pas par l'analyse des options.
    """
    import subprocess
    import sys

    code = ("import sys, filrouge.cli; filrouge.cli.construire_parseur(); "
            "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'yaml', 'phonenumbers', "
            "'filrouge.modele', 'filrouge.anonymat.analyse', 'mkdocs'))))")
    sortie = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert sortie.strip() == "[]"


def _definitions_en_double(source: str) -> list[str]:
    """Les noms qu'un module définit deux fois à son premier niveau (fonction, classe ou affectation)."""
    vus: dict[str, int] = {}
    for noeud in ast.parse(source).body:
        if isinstance(noeud, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            noms = [noeud.name]
        elif isinstance(noeud, ast.Assign):
            noms = [cible.id for cible in noeud.targets if isinstance(cible, ast.Name)]
        elif isinstance(noeud, ast.AnnAssign) and isinstance(noeud.target, ast.Name) and noeud.value is not None:
            noms = [noeud.target.id]
        else:
            continue
        for nom in noms:
            vus[nom] = vus.get(nom, 0) + 1
    return sorted(nom for nom, fois in vus.items() if fois > 1)


def test_aucun_module_ne_definit_deux_fois_le_meme_nom() -> None:
    """Un second `_INITIALE` ou `_MOT_DEVANT` plus bas dans `noms.py` remplaçait le premier pour toutes les fonctions
    du module : la règle qui croyait lire l'un lisait l'autre, sans erreur ni essai qui échoue."""
    assert _definitions_en_double("A = 1\ndef f(): pass\nA = 2\ndef f(): pass\nB: int = 3\n") == ["A", "f"]
    doubles = {str(f.relative_to(PAQUET)): d for f in sorted(PAQUET.rglob("*.py"))
               if (d := _definitions_en_double(f.read_text(encoding="utf-8")))}
    assert doubles == {}
