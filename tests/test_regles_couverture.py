"""Chaque règle du registre a au moins un test qui la fait échouer (appel littéral à `attendre`).

Une règle ajoutée sans test fait échouer la suite ; un test qui vise un identifiant
inconnu aussi.
"""

from __future__ import annotations

import ast
from pathlib import Path

from filrouge.regles import REGLES

ICI = Path(__file__).resolve().parent


def _regles_attendues(fonction: str = "attendre") -> dict[str, set[str]]:
    """Identifiants passés en littéral à `attendre(constats, "regle", …)` (ou `absente`), par fichier de test."""
    trouvees: dict[str, set[str]] = {}
    for fichier in sorted(ICI.glob("test_regles_*.py")):
        arbre = ast.parse(fichier.read_text(encoding="utf-8"))
        for noeud in ast.walk(arbre):
            if (isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Name) and noeud.func.id == fonction
                    and len(noeud.args) >= 2 and isinstance(noeud.args[1], ast.Constant)
                    and isinstance(noeud.args[1].value, str)):
                trouvees.setdefault(noeud.args[1].value, set()).add(fichier.name)
    return trouvees


def test_chaque_regle_a_un_test_qui_echoue() -> None:
    assert set(_regles_attendues()) == set(REGLES)


def test_chaque_regle_a_un_test_qui_passe() -> None:
    """Le cas voisin qui ne déclenche pas la règle (`absente(constats, "regle")`), dans le fichier de sa famille."""
    assert set(_regles_attendues("absente")) == set(REGLES)


def test_registre_complet() -> None:
    """Les 62 règles et leurs familles : une règle retirée du registre se voit aussi."""
    familles = {r.split(".")[0] for r in REGLES}
    assert familles == {"code", "dossier", "acteur", "consentement", "preparation", "concertation", "financement",
                        "enveloppe", "capacite", "interne", "casemanager"}
    assert len(REGLES) == 62


def test_chaque_famille_dans_son_fichier() -> None:
    fichiers = {"code": "code", "dossier": "dossier", "acteur": "acteurs", "consentement": "consentement",
                "preparation": "preparation", "concertation": "concertation", "financement": "financement",
                "enveloppe": "budget", "capacite": "budget", "interne": "interne", "casemanager": "casemanager"}
    for regle, ou in _regles_attendues().items():
        assert f"test_regles_{fichiers[regle.split('.')[0]]}.py" in ou, regle
