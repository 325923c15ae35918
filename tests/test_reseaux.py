"""Les deux configurations livrées se chargent et diffèrent là où les réseaux diffèrent."""

from __future__ import annotations

from dataclasses import replace
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
    assert {c.id: c.libelle for c in bru.canaux}["permanence_telephonique"] == "permanence téléphonique"


def test_le_depot_de_demonstration_utilise_kirikou() -> None:
    """reseau.yaml à la racine est la configuration Kirikou livrée, sans écart caché."""
    assert _charger(RACINE_PROJET / "reseau.yaml") == _charger(_preset("kirikou"))


def test_chaque_motif_et_chaque_canal_livres_ont_leur_libelle_accentue() -> None:
    """Clés ASCII écrites dans les dossiers, libellés français que l'atelier et le bilan montrent."""
    for nom in ("kirikou", "bru-stars"):
        config = _charger(_preset(nom))
        cloture = {m.id: m.libelle for m in config.motifs_cloture}
        assert cloture["demenagement"] == "déménagement" and cloture["limite_age"] == "limite d'âge atteinte", nom
        assert {m.id: m.libelle for m in config.motifs_non_ouverture}["non_eligible"] == "non éligible", nom
        assert {c.id: c.libelle for c in config.canaux}["reunion_situations_complexes"] == \
            "réunion des situations complexes", nom
        assert all(v.id.isascii() for v in config.motifs_cloture + config.motifs_non_ouverture + config.canaux), nom


def _valider_motifs(**motifs: object) -> tuple[Configuration | None, list[str]]:
    doc = lire_yaml(_preset("kirikou"), "reseau.yaml")
    modele, erreurs = valider_modele(Configuration, replace(doc, donnees=doc.donnees | motifs))
    return modele, [e.message for e in erreurs]


def test_une_liste_de_cles_seules_reste_acceptee() -> None:
    """La forme d'avant les libellés : chaque clé se lit sans ses soulignés."""
    from filrouge.modele.configuration import cles_de

    config, erreurs = _valider_motifs(motifs_cloture=["objectifs_atteints", {"id": "autre", "libelle": "autre motif"}],
                                      motifs_non_ouverture=["saturation", "non_eligible"], canaux=["telephone"])
    assert config is not None and not erreurs
    assert cles_de(config.motifs_cloture) == ["objectifs_atteints", "autre"] and cles_de(config.canaux) == ["telephone"]
    assert [m.libelle for m in config.motifs_cloture] == ["objectifs atteints", "autre motif"]
    assert [m.libelle for m in config.motifs_non_ouverture] == ["saturation", "non eligible"]


def test_un_motif_mal_ecrit_ou_en_double_est_refuse_en_francais() -> None:
    for motifs in (["Déménagement"], [{"id": "demenagement"}], ["autre", {"id": "autre", "libelle": "autre motif"}]):
        config, erreurs = _valider_motifs(motifs_cloture=motifs)
        assert config is None and erreurs, motifs
        assert not any("Input should" in e or "validation error" in e for e in erreurs), erreurs
    assert any("même clé" in e for e in _valider_motifs(motifs_cloture=["autre", "autre"])[1])
    assert any("même clé" in e for e in _valider_motifs(canaux=["courriel", {"id": "courriel", "libelle": "e-mail"}])[1])
