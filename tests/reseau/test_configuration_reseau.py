"""Les nouvelles clés de reseau.yaml : casemanagers, fermetures de l'accueil, archivage, guide par réseau."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from filrouge.lecture import lire_yaml
from filrouge.modele import Configuration
from tests.outils import RACINE_PROJET

RESEAUX = sorted((RACINE_PROJET / "src" / "filrouge" / "reseaux").glob("*.yaml"))


def _config(**changements: Any) -> Configuration:
    donnees = dict(lire_yaml(RACINE_PROJET / "reseau.yaml", "reseau.yaml").donnees)
    donnees.update(changements)
    return Configuration.model_validate(donnees)


@pytest.mark.parametrize("chemin", RESEAUX, ids=lambda p: p.stem)
def test_cles_livrees_et_commentees(chemin: Path) -> None:
    """Chaque configuration livrée porte les nouvelles clés, chacune précédée d'un commentaire."""
    texte = chemin.read_text(encoding="utf-8")
    config = Configuration.model_validate(lire_yaml(chemin, chemin.name).donnees)
    assert config.casemanagers and config.dossiers_par_etp and config.archivage.conservation_mois
    lignes = texte.splitlines()
    for cle in ("casemanagers:", "dossiers_par_etp:", "fermetures_accueil:", "archivage:"):
        rang = next(i for i, ligne in enumerate(lignes) if ligne.startswith(cle))
        assert lignes[rang - 1].startswith("#"), cle


def test_capacite_par_casemanager() -> None:
    config = _config(casemanagers=[{"id": "cm-1", "etp": 0.5}, {"id": "cm-2", "etp": 0.8}], dossiers_par_etp=28)
    assert (config.capacite_casemanager("cm-1"), config.capacite_casemanager("cm-2")) == (14, 22)
    assert config.capacite_casemanager("cm-3") is None
    assert config.casemanager_implicite() is None, "deux postes, pas de défaut"
    assert _config().casemanager_implicite() == "cm-namur", "un seul poste : c'est lui"


@pytest.mark.parametrize(("changements", "message"), [
    ({"casemanagers": [{"id": "cm-1", "etp": 0.5}, {"id": "cm-1", "etp": 0.5}]}, "même id"),
    ({"casemanager_par_defaut": "cm-x"}, "casemanager_par_defaut doit être l'un des casemanagers"),
    ({"dossiers_par_etp": None}, "indiquez dossiers_par_etp"),
    ({"casemanagers": [{"id": "Julie Dumont", "etp": 0.5}]}, "String should match pattern"),
    ({"casemanagers": [{"id": "cm-1", "etp": 1.5}]}, "less than or equal to 1"),
    ({"fermetures_accueil": [{"du": dt.date(2019, 11, 1), "au": dt.date(2019, 6, 1), "raison": "x"}]}, "du après au"),
    ({"guide_omis": ["../../etc/passwd"]}, "String should match pattern"),
])
def test_configuration_refusee(changements: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        _config(**changements)
    assert message in str(exc.value)
