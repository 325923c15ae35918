"""Les trois demandes Criseflex de 2019 du réseau de démonstration, passées par `examen` comme de vraies demandes de fusion.

Bilan 2019 : une accordée au plafond (10 000 € d'un coût de 15 000 €, le reste par le réseau de
soins), une refusée comme non éligible (matériel informatique), une retirée (transport que le CPAS
pouvait financer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.financement.conftest import Git
from filrouge.cli import main
from tests.outils import RACINE_PROJET, copier_demo

DEMANDES_2019 = {
    "accordee": "dossiers/2019-003/financements/2019-criseflex-transition.yaml",
    "refusee": "dossiers/2019-001/financements/2019-materiel-informatique.yaml",
    "retiree": "dossiers/2019-005/financements/2019-transport.yaml",
}
pytestmark = pytest.mark.skipif(not all((RACINE_PROJET / f).is_file() for f in DEMANDES_2019.values()),
                                reason="réseau de démonstration incomplet")


@pytest.fixture
def demo(tmp_path: Path, git_env: None, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Git, dict[str, str]]:
    """Base : la démo sans les trois demandes 2019 ; elles sont mises de côté, texte intact."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    racine = copier_demo(tmp_path / "demo")
    textes = {statut: (racine / f).read_text(encoding="utf-8") for statut, f in DEMANDES_2019.items()}
    for relatif in DEMANDES_2019.values():
        (racine / relatif).unlink()
    git = Git(racine)
    git("init", "-q", "-b", "main")
    git.commit("démo sans les demandes 2019")
    monkeypatch.chdir(racine)
    return racine, git, textes


def _examen(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[str]]:
    code = main(["financement", "examen", *options])
    return code, capsys.readouterr().out.splitlines()


def _bloc(lignes: list[str], relatif: str) -> list[str]:
    debut = lignes.index(next(ligne for ligne in lignes if ligne.startswith(f"## `{relatif}`")))
    fin = next((i for i in range(debut + 1, len(lignes)) if lignes[i].startswith("## ")), len(lignes))
    return lignes[debut:fin]


def _sans_decision(texte: str) -> str:
    donnees: dict[str, Any] = yaml.safe_load(texte)
    donnees["decision"] = {"statut": "demandee"}
    donnees.pop("remboursement", None)  # le remboursement suit la décision
    return yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False)


def test_les_trois_demandes_entrees_decidees_sont_refusees_mais_lisibles(
        demo: tuple[Path, Git, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    racine, git, textes = demo
    git("checkout", "-q", "-b", "demandes-2019")
    for statut, relatif in DEMANDES_2019.items():
        (racine / relatif).write_text(textes[statut], encoding="utf-8")
    git.commit("les trois demandes de 2019, déjà décidées")
    code, lignes = _examen(capsys)
    assert code == 1  # une demande entre sans décision : le coordinateur décide dans un second temps
    for statut, relatif in DEMANDES_2019.items():
        bloc = _bloc(lignes, relatif)
        refus = [ligne for ligne in bloc if ligne.startswith("- ❌")]
        assert len(refus) == 1 and "(`financement.creation_indecise`)" in refus[0], bloc
        assert f"« {statut} »" in refus[0]


def test_les_trois_decisions_du_bilan_2019(demo: tuple[Path, Git, dict[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    """Demande de fusion du référent (sans décision), puis celle du coordinateur : les décisions du bilan."""
    racine, git, textes = demo
    git("checkout", "-q", "-b", "demandes-2019")
    for statut, relatif in DEMANDES_2019.items():
        (racine / relatif).write_text(_sans_decision(textes[statut]), encoding="utf-8")
    git.commit("les trois demandes de 2019, sans décision")
    code, lignes = _examen(capsys)
    assert code == 0, "\n".join(lignes)
    git("checkout", "-q", "main")
    git("merge", "-q", "--no-ff", "--no-edit", "demandes-2019")
    git("checkout", "-q", "-b", "decisions-2019")
    for statut, relatif in DEMANDES_2019.items():
        (racine / relatif).write_text(textes[statut], encoding="utf-8")
    git.commit("décisions du coordinateur")
    code, lignes = _examen(capsys, "--auteur", "un-referent")
    assert code == 1, "une décision ouverte par un autre compte que la coordination n'est pas recevable"
    assert lignes[5].startswith("**❌ Non recevable : 3 demande(s) sur 3.**")
    code, lignes = _examen(capsys, "--auteur", "coordination-kirikou")  # compte de reseau.yaml, lu dans la base
    assert code == 0, "\n".join(lignes)
    assert lignes[5].startswith("**⚖️ Décision de la coordination à approuver : 3 demande(s).**")
    accordee, refusee, retiree = (_bloc(lignes, f) for f in DEMANDES_2019.values())
    assert "- Montant demandé : 10 000 € ; coût total : 15 000 € ; cofinancements : 5 000 €." in accordee
    assert any(ligne.startswith("- Décision : accordée, 10 000 €, le 2019-") for ligne in accordee)
    assert "| `decision.statut` | demandee | accordee |" in accordee
    assert "| `decision.montant_accorde` | — | 10 000 € |" in accordee
    assert any(ligne.startswith("- Décision : refusée, le 2019-") and "informatique" in ligne for ligne in refusee)
    assert any(ligne.startswith("- Décision : retirée, le 2019-") and "CPAS" in ligne for ligne in retiree)
    assert not [ligne for ligne in lignes if ligne.startswith("- ❌")]
    assert main(["valider"]) == 0, capsys.readouterr().out  # et main reste valide après la fusion
