"""Les deux configurations livrées se chargent et diffèrent là où les réseaux diffèrent."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from filrouge.lecture import lire_yaml
from filrouge.modele import Configuration
from filrouge.schema_fr import valider_modele
from tests.outils import RACINE_PROJET


def _charger(chemin: Path) -> Configuration:
    modele, erreurs = valider_modele(Configuration, lire_yaml(chemin, chemin.name))
    assert modele is not None and not erreurs, erreurs
    return modele


def _preset(nom: str) -> Path:
    return Path(str(resources.files("filrouge") / "reseaux" / f"{nom}.yaml"))


def test_kirikou_par_defaut() -> None:
    kirikou = _charger(_preset("kirikou"))
    assert (kirikou.plafond_demande, kirikou.enveloppe(2018), kirikou.capacite_dossiers_actifs) == (10_000, 110_421, 14)
    assert (kirikou.age_min, kirikou.age_max) == (0, 23)
    assert (kirikou.concertation.acteurs_min, kirikou.concertation.axe1_min) == (3, 1)
    assert kirikou.demandeurs.minimum == 1 and not kirikou.demandeurs.institutions_differentes
    assert len(kirikou.criteres_activation) == 6


def test_bru_stars_deux_demandeurs_d_institutions_differentes() -> None:
    bru = _charger(_preset("bru-stars"))
    assert bru.demandeurs.minimum == 2 and bru.demandeurs.institutions_differentes
    assert all(1000 <= p.de <= p.a <= 1299 for p in bru.codes_postaux)
    assert "permanence_telephonique" in bru.canaux


def test_le_depot_de_demonstration_utilise_kirikou() -> None:
    """reseau.yaml à la racine est la configuration Kirikou livrée, sans écart caché."""
    assert _charger(RACINE_PROJET / "reseau.yaml") == _charger(_preset("kirikou"))
