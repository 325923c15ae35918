"""Règles consentement.* : secret professionnel partagé, recueilli avant la première concertation."""

from __future__ import annotations

import datetime as dt

from tests.usine import DATE_CONCERTATION, Usine, absente, attendre, code_jeune, seules


def test_consentement_absent_alors_qu_une_concertation_a_eu_lieu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.pop("consentement"))
    constats = usine.valider()
    attendre(constats, "consentement.avant_concertation", usine.chemin("dossier"), 1)
    seules(constats, "consentement.avant_concertation")


def test_consentement_absent_sans_concertation(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002")
    assert usine.valider() == []


def test_consentement_apres_la_premiere_concertation(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(date=DATE_CONCERTATION + dt.timedelta(days=1)))
    constats = usine.valider()
    attendre(constats, "consentement.avant_concertation", usine.chemin("dossier"),
             usine.ligne("dossier", "consentement", "date"))
    seules(constats, "consentement.avant_concertation")


def test_consentement_le_jour_de_la_concertation(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(date=DATE_CONCERTATION))
    assert usine.valider() == []


def test_jeune_non_informe(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(jeune_informe=False))
    constats = usine.valider()
    attendre(constats, "consentement.accord", usine.chemin("dossier"),
             usine.ligne("dossier", "consentement", "jeune_informe"))
    seules(constats, "consentement.accord")


def test_jeune_pas_d_accord(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(accord=False))
    constats = usine.valider()
    attendre(constats, "consentement.accord", usine.chemin("dossier"), usine.ligne("dossier", "consentement", "accord"))
    seules(constats, "consentement.accord")


def test_derogation_motivee(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(
        accord=False, jeune_informe=False, parents_informes=False,
        derogation="danger grave : l'intérêt de l'enfant prime sur l'accord"))
    assert usine.valider() == []


def test_mineur_parents_non_informes(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(parents_informes=False))
    constats = usine.valider()
    attendre(constats, "consentement.mineur", usine.chemin("dossier"), usine.ligne("dossier", "consentement"))
    seules(constats, "consentement.mineur")


def test_mineur_parents_informes_non_renseigne(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].pop("parents_informes"))
    attendre(usine.valider(), "consentement.mineur", usine.chemin("dossier"), usine.ligne("dossier", "consentement"))


def test_jeune_de_17_ans_au_consentement_est_mineur(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=2002))  # 17 ans en 2019
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].pop("parents_informes"))
    attendre(usine.valider(), "consentement.mineur", usine.chemin("dossier"), usine.ligne("dossier", "consentement"))


def test_jeune_de_18_ans_au_consentement_est_majeur(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=2001))  # 18 ans en 2019
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].pop("parents_informes"))
    assert usine.valider() == []


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_consentement_recueilli_le_jour_de_la_premiere_concertation(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(date=DATE_CONCERTATION))
    constats = usine.valider()
    absente(constats, "consentement.avant_concertation")
    assert constats == []


def test_sans_accord_avec_derogation_motivee(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(
        accord=False, derogation="danger grave : l'intérêt de l'enfant prime sur l'accord"))
    constats = usine.valider()
    absente(constats, "consentement.accord")
    assert constats == []


def test_jeune_qui_atteint_18_ans_l_annee_du_consentement(usine: Usine) -> None:
    """Né en 2001, consentement en 2019 : majeur pour la règle, les parents n'ont pas à être informés."""
    usine.changer_code(code_jeune(annee=2001))
    usine.ecrire("dossier", modifier=lambda d: d["consentement"].update(parents_informes=False))
    constats = usine.valider()
    absente(constats, "consentement.mineur")
    assert constats == []
