"""Règles de la vie du dossier : périodes de suivi, ce qui reste en suspens à la clôture, âge limite du suivi."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.usine import DATE_DEMANDE, DATE_OUVERTURE, Usine, absente, attendre, code_jeune, seules

CLOTURE = dt.date(2019, 5, 2)
REOUVERTURE = dt.date(2020, 3, 2)


def periodes(*episodes: dict[str, Any], statut: str = "ouvert") -> Any:
    """Le dossier minimal, ses dates remplacées par des périodes de suivi."""
    def modifier(d: dict[str, Any]) -> None:
        d["dates"] = {"demande": DATE_DEMANDE}
        d["statut"] = statut
        d["episodes"] = list(episodes)
    return modifier


def deux_periodes(**seconde: Any) -> Any:
    return periodes({"ouverture": DATE_OUVERTURE, "cloture": CLOTURE, "motif_cloture": "relais_pris"},
                    {"ouverture": REOUVERTURE, "motif_reouverture": "retour", **seconde})


def test_periodes_bien_formees(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=deux_periodes())
    assert usine.valider() == []


@pytest.mark.parametrize("modifier, chemin", [
    (deux_periodes(motif_reouverture=None), ("episodes", 1)),
    (periodes({"ouverture": DATE_OUVERTURE, "cloture": CLOTURE, "motif_cloture": "fini"}, statut="clos"),
     ("episodes", 0, "motif_cloture")),
    (periodes({"ouverture": DATE_OUVERTURE, "cloture": CLOTURE},
              {"ouverture": dt.date(2019, 4, 1), "motif_reouverture": "retour"}), ("episodes", 1, "ouverture")),
    (periodes({"ouverture": DATE_OUVERTURE}, {"ouverture": REOUVERTURE, "motif_reouverture": "retour"}),
     ("episodes", 1, "ouverture")),
    (periodes({"ouverture": DATE_OUVERTURE, "cloture": dt.date(2019, 2, 5)}, statut="clos"), ("episodes", 0, "cloture")),
    (periodes({"ouverture": DATE_OUVERTURE, "motif_cloture": "autre"}), ("episodes", 0, "motif_cloture")),
    (periodes({"ouverture": dt.date(2019, 1, 20)}), ("episodes", 0, "ouverture")),
], ids=["reouverture-sans-motif", "motif-inconnu", "reouverture-avant-cloture", "periode-non-close",
        "cloture-avant-ouverture", "motif-sans-cloture", "ouverture-avant-demande"])
def test_periodes_fautives(usine: Usine, modifier: Any, chemin: tuple[str | int, ...]) -> None:
    usine.ecrire("dossier", modifier=modifier)
    attendre(usine.valider(), "dossier.episodes", usine.chemin("dossier"), usine.ligne("dossier", *chemin))


def test_dates_et_periodes_a_la_fois(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(episodes=[{"ouverture": DATE_OUVERTURE}]))
    constats = usine.valider()
    attendre(constats, "dossier.episodes", usine.chemin("dossier"), usine.ligne("dossier", "dates", "ouverture"))
    seules(constats, "dossier.episodes")


def test_statut_suit_la_derniere_periode(usine: Usine) -> None:
    """Dernière période close mais statut « ouvert » : la règle du statut le voit, par les dates résumées."""
    usine.ecrire("dossier", modifier=deux_periodes(cloture=dt.date(2020, 6, 1), motif_cloture="autre"))
    attendre(usine.valider(), "dossier.statut", usine.chemin("dossier"), usine.ligne("dossier", "statut"))


def clore_le(jour: dt.date) -> Any:
    return lambda d: (d.update(statut="clos"), d["dates"].update(cloture=jour))


def test_cloture_avec_action_ouverte(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=clore_le(dt.date(2019, 5, 2)))
    constats = usine.valider()
    attendre(constats, "dossier.cloture_en_suspens", usine.chemin("concertation"),
             usine.ligne("concertation", "actions", 0, "statut"))
    seules(constats, "dossier.cloture_en_suspens")


def test_cloture_avant_la_rencontre_prevue(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(statut="faite"))
    usine.ecrire("dossier", modifier=clore_le(dt.date(2019, 4, 2)))
    attendre(usine.valider(), "dossier.cloture_en_suspens", usine.chemin("concertation"),
             usine.ligne("concertation", "prochaine_rencontre", "date"))


def test_cloture_sans_rien_en_suspens(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(statut="faite"))
    usine.ecrire("dossier", modifier=clore_le(dt.date(2019, 5, 2)))
    absente(usine.valider(), "dossier.cloture_en_suspens")


def test_limite_d_age_depassee_pendant_le_suivi(usine: Usine) -> None:
    # 23 ans en 2019 (la limite de Kirikou), 24 ans à la clôture en 2020
    usine.changer_code(code_jeune(annee=1996))
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(statut="faite"))
    usine.ecrire("dossier", modifier=clore_le(dt.date(2020, 2, 1)))
    constats = usine.valider()
    attendre(constats, "dossier.limite_age", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "dossier.limite_age")


def test_limite_d_age_respectee(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=1996))
    absente(usine.valider(), "dossier.limite_age")  # suivi connu jusqu'à la concertation de 2019 : 23 ans


def test_limite_d_age_reglee_par_le_reseau(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=1996))
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(statut="faite"))
    usine.ecrire("dossier", modifier=clore_le(dt.date(2020, 2, 1)))
    usine.ecrire("reseau", modifier=lambda r: r.update(age_limite_suivi=25))
    absente(usine.valider(), "dossier.limite_age")
