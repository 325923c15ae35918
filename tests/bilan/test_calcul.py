"""Chaque chiffre du bilan sur le petit réseau de conftest.py, compté à la main."""

from __future__ import annotations

import datetime as dt

import pytest

from filrouge.bilan.calcul import calculer
from filrouge.bilan.chiffres import Saturation
from filrouge.publication import Publication, charger
from tests.bilan.fabrique import Fabrique

D = dt.date.fromisoformat


@pytest.fixture
def bilan(petit_reseau: Publication):
    return calculer(petit_reseau, 2019)


def test_demandes_et_dossiers(bilan) -> None:
    assert bilan.periode.au == D("2019-12-31")
    assert bilan.recues == ("2019-001", "2019-002", "2019-003", "2019-004")
    assert bilan.anterieurs == ("2018-001", "2018-002")
    assert bilan.ouverts == ("2019-001", "2019-002")
    assert bilan.suivis == ("2018-001", "2018-002", "2019-001", "2019-002")
    assert bilan.clos == ("2018-001", "2019-001")
    assert bilan.en_cours == ("2018-002", "2019-002")
    assert bilan.en_attente == ("2019-004",)
    assert bilan.non_ouverts == {"saturation": ("2019-003",)}
    assert bilan.traitees == 6


def test_tableau_par_annee_ouverture_et_cloture(bilan) -> None:
    lignes = {l.cle: (l.dossiers, l.demandes_financement, l.montant_accorde) for l in bilan.tableau}
    assert lignes == {
        "2018-2019": (("2018-001",), 0, 0),
        "2018-en-cours": (("2018-002",), 0, 0),
        "2019-2019": (("2019-001",), 1, 4000),
        "2019-en-cours": (("2019-002",), 1, 0),
        "non-ouvertes": (("2019-003",), 0, 0),
        "en-attente": (("2019-004",), 0, 0),
    }
    assert [l.cle for l in bilan.tableau][:2] == ["2018-2019", "2018-en-cours"]


def test_tranches_age_des_dossiers_ouverts(bilan) -> None:
    assert bilan.tranches_age == {"0-6 ans": 1, "6-12 ans": 0, "12-15 ans": 1, "16-23 ans": 0}
    assert bilan.hors_tranches == 0


def test_concertations_et_presence(bilan) -> None:
    assert bilan.concertations == 3
    assert bilan.presences == 10
    assert bilan.presence_moyenne == pytest.approx(10 / 3)
    assert bilan.concertations_avec_jeune == 1
    assert bilan.concertations_avec_famille == 1


def test_criseflex_et_enveloppe(bilan) -> None:
    assert [(d.dossier, d.decision, d.montant_accorde, d.cout_total) for d in bilan.demandes] == [
        ("2019-001", "accordee", 4000, 6000), ("2019-002", "refusee", 0, 900)]
    assert bilan.enveloppe == 110_421
    assert bilan.part_enveloppe == pytest.approx(100 * 4000 / 110_421)


def test_mois_par_mois_et_saturations(bilan) -> None:
    mois = {m.cle: (m.maximum, m.fin_de_mois) for m in bilan.mois}
    assert len(mois) == 12
    assert mois["2019-01"] == (3, 3)
    assert mois["2019-02"] == (3, 2)  # 2018-001 clôturé le 1er février
    assert mois["2019-03"] == (3, 3)
    assert mois["2019-11"] == (3, 2)
    assert mois["2019-12"] == (2, 2)
    assert bilan.saturations == [Saturation(D("2019-01-10"), D("2019-02-01"), 3),
                                 Saturation(D("2019-03-01"), D("2019-11-20"), 3)]
    assert bilan.pic.cle == "2019-01"


def test_secteurs_mobilises_et_peu_mobilises(bilan) -> None:
    secteurs = {s.id: s for s in bilan.secteurs}
    assert (secteurs["aide_jeunesse"].dossiers, secteurs["aide_jeunesse"].presences) == (2, 3)
    assert (secteurs["medecine_privee"].dossiers, secteurs["medecine_privee"].presences) == (2, 3)
    assert "reseau" not in secteurs  # le casemanagement n'est pas un partenaire mobilisé
    assert secteurs["adulte"].dossiers == 0 and secteurs["adulte"].peu_mobilise
    assert not secteurs["aide_jeunesse"].peu_mobilise
    assert bilan.secteurs[0].dossiers == 2


def test_date_arret_voit_les_dossiers_comme_ce_jour_la(petit_reseau: Publication) -> None:
    b = calculer(petit_reseau, 2019, D("2019-11-15"))
    assert b.clos == ("2018-001",)
    assert b.en_cours == ("2018-002", "2019-001", "2019-002")
    assert "2019-004" not in b.recues and b.en_attente == ()
    assert b.concertations == 2
    assert [d.decision for d in b.demandes] == ["demandee", "refusee"]
    assert b.montant_accorde == 0
    assert b.saturations[-1] == Saturation(D("2019-03-01"), None, 3)
    assert [m.cle for m in b.mois][-1] == "2019-11"


def test_bilan_2018_du_petit_reseau(petit_reseau: Publication) -> None:
    b = calculer(petit_reseau, 2018)
    assert b.ouverts == ("2018-001", "2018-002", "2018-003")
    assert b.clos == ("2018-003",)
    assert b.anterieurs == ()
    assert b.saturations == [Saturation(D("2018-05-01"), D("2018-06-01"), 3)]


def test_code_illisible_hors_tranches(fabrique: Fabrique) -> None:
    fabrique.dossier("2019-001", code="ABG19505000", demande="2019-01-05", ouverture="2019-01-10")
    b = calculer(charger(fabrique.racine), 2019)
    assert b.hors_tranches == 1  # 69 ans : hors des tranches configurées
    assert sum(b.tranches_age.values()) == 0


def test_depot_vide(fabrique: Fabrique) -> None:
    b = calculer(charger(fabrique.racine), 2019)
    assert b.traitees == 0 and b.concertations == 0 and b.presence_moyenne is None
    assert [l.cle for l in b.tableau] == ["2019-2019", "2019-en-cours", "non-ouvertes"]
