"""Les schémas JSON de schemas/ sont à jour et les fichiers YAML les annoncent à l'éditeur."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from filrouge.schemas import SCHEMAS, contenu_schema
from tests.outils import RACINE_PROJET, filrouge


@pytest.mark.parametrize("nom", sorted(SCHEMAS))
def test_schema_a_jour(nom: str) -> None:
    """Un schéma périmé casse la complétion : `filrouge schemas` doit avoir été relancé."""
    ecrit = (RACINE_PROJET / "schemas" / f"{nom}.schema.json").read_text(encoding="utf-8")
    assert ecrit == contenu_schema(nom), f"schemas/{nom}.schema.json est périmé : lancez « filrouge schemas »"


def test_commande_schemas_regenere(tmp_path: Path) -> None:
    resultat = filrouge("schemas", "--sortie", str(tmp_path / "s"), cwd=tmp_path)
    assert resultat.returncode == 0, resultat.stderr
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == sorted(f"{n}.schema.json" for n in SCHEMAS)


@pytest.mark.parametrize("nom", sorted(SCHEMAS))
def test_schema_est_un_json_schema_valide(nom: str) -> None:
    schema = json.loads(contenu_schema(nom))
    jsonschema.Draft202012Validator.check_schema(schema)


def _fichiers_yaml() -> list[Path]:
    fichiers = [RACINE_PROJET / "reseau.yaml", RACINE_PROJET / "annuaire.yaml"]
    fichiers += sorted((RACINE_PROJET / "dossiers").rglob("*.yaml"))
    return fichiers


def test_chaque_fichier_yaml_annonce_son_schema() -> None:
    """La première ligne `# yaml-language-server: $schema=…` pointe vers un schéma existant."""
    for fichier in _fichiers_yaml():
        premiere = fichier.read_text(encoding="utf-8").split("\n", 1)[0]
        assert premiere.startswith("# yaml-language-server: $schema="), fichier
        cible = (fichier.parent / premiere.split("=", 1)[1]).resolve()
        assert cible.is_file(), f"{fichier}: schéma introuvable {cible}"
        assert fichier.parent.name != "financements" or cible.name == "financement.schema.json"
        assert fichier.parent.name != "concertations" or cible.name == "concertation.schema.json"
