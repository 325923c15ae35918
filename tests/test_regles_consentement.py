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


RETRAIT = dt.date(2019, 2, 20)  # avant la concertation du 2019-03-01 (DATE_CONCERTATION)


def test_concertation_apres_un_retrait_du_consentement(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(retraits_consentement=[{"date": RETRAIT, "portee": "tout"}]))
    constats = [c for c in usine.valider() if c.fichier != usine.chemin("financement")]  # la demande : essai suivant
    attendre(constats, "consentement.retrait", usine.chemin("concertation"), usine.ligne("concertation", "date"))
    seules(constats, "consentement.retrait")


def test_demande_de_financement_apres_un_retrait(usine: Usine) -> None:
    jour = DATE_CONCERTATION + dt.timedelta(days=2)
    usine.ecrire("dossier", modifier=lambda d: d.update(retraits_consentement=[{"date": jour, "portee": "tout"}]))
    constats = usine.valider()
    attendre(constats, "consentement.retrait", usine.chemin("financement"), usine.ligne("financement", "date_demande"))
    seules(constats, "consentement.retrait")


def test_retrait_puis_cloture_seulement(usine: Usine) -> None:
    """Après le retrait, seule la clôture s'enregistre : aucune règle ne s'en plaint."""
    jour = dt.date(2019, 3, 10)
    usine.ecrire("financement", modifier=lambda f: f.update(date_demande=dt.date(2019, 3, 5)))
    usine.ecrire("concertation", modifier=lambda n: (n["actions"][0].update(statut="abandonnee"),
                                                      n["prochaine_rencontre"].update(engagement=False)))
    usine.ecrire("dossier", modifier=lambda d: (d.update(retraits_consentement=[{"date": jour, "portee": "tout"}],
                                                         statut="clos"),
                                                d["dates"].update(cloture=dt.date(2019, 3, 12))))
    absente(usine.valider(), "consentement.retrait")


def test_consentement_redonne_leve_le_retrait(usine: Usine) -> None:
    def modifier(d: dict) -> None:
        d["retraits_consentement"] = [{"date": RETRAIT, "portee": "tout"}]
        d["consentements"] = [{**d["consentement"], "date": RETRAIT + dt.timedelta(days=3)}]
    usine.ecrire("dossier", modifier=modifier)
    assert usine.valider() == []


def test_retrait_partiel_sans_dire_quoi(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(retraits_consentement=[{"date": RETRAIT, "portee": "partiel"}]))
    constats = usine.valider()
    attendre(constats, "consentement.retrait", usine.chemin("dossier"), usine.ligne("dossier", "retraits_consentement", 0))
    seules(constats, "consentement.retrait")


def test_retrait_partiel_precise(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(retraits_consentement=[
        {"date": RETRAIT, "portee": "partiel", "informations": "le suivi psychiatrique"}]))
    assert usine.valider() == []


def test_jeune_majeur_pendant_le_suivi(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=2001))  # 18 ans en 2019, consentement de 2019 : déjà majeur
    assert usine.valider() == []
    usine.changer_code(code_jeune(annee=2002))  # 17 ans au consentement, 18 ans en 2020
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(statut="faite"))
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"), d["dates"].update(cloture=dt.date(2020, 3, 1))))
    constats = usine.valider()
    attendre(constats, "consentement.majorite", usine.chemin("dossier"), usine.ligne("dossier", "consentement"))
    seules(constats, "consentement.majorite")
    usine.ecrire("dossier", modifier=lambda d: d.update(consentements=[
        {**d["consentement"], "date": dt.date(2020, 1, 15), "parents_informes": None}]))
    absente(usine.valider(), "consentement.majorite")


def test_reouverture_apres_un_retrait(usine: Usine) -> None:
    def modifier(d: dict) -> None:
        d["dates"] = {"demande": d["dates"]["demande"]}
        d["episodes"] = [{"ouverture": dt.date(2019, 2, 10), "cloture": dt.date(2019, 3, 20), "motif_cloture": "autre"},
                         {"ouverture": dt.date(2019, 6, 3), "motif_reouverture": "retour"}]
        d["retraits_consentement"] = [{"date": dt.date(2019, 3, 15), "portee": "tout"}]
    usine.ecrire("concertation", modifier=lambda n: (n["actions"][0].update(statut="faite"),
                                                      n["prochaine_rencontre"].update(engagement=False)))
    usine.ecrire("dossier", modifier=modifier)
    constats = usine.valider()
    attendre(constats, "consentement.retrait", usine.chemin("dossier"), usine.ligne("dossier", "episodes", 1, "ouverture"))
    seules(constats, "consentement.retrait")


# --- chaque consentement est jugé, pas seulement le premier ----------------------------------------------

SUIVANT = dt.date(2019, 3, 20)  # un consentement redonné après la concertation (après un retrait, par exemple)


def _suivant(usine: Usine, **champs: object) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(consentements=[{**d["consentement"], "date": SUIVANT, **champs}]))


def test_un_consentement_suivant_sans_accord_est_signale(usine: Usine) -> None:
    """Le consentement consigné depuis l'atelier après le premier entrait dans consentements: sans être jugé."""
    _suivant(usine, accord=False)
    constats = usine.valider()
    attendre(constats, "consentement.accord", usine.chemin("dossier"),
             usine.ligne("dossier", "consentements", 0, "accord"))
    seules(constats, "consentement.accord")


def test_un_consentement_suivant_sans_accord_mais_motive_passe(usine: Usine) -> None:
    _suivant(usine, accord=False, derogation="danger grave : l'intérêt de l'enfant prime sur l'accord")
    assert usine.valider() == []


def test_un_consentement_suivant_d_un_mineur_sans_les_parents_est_signale(usine: Usine) -> None:
    _suivant(usine, parents_informes=False)
    constats = usine.valider()
    attendre(constats, "consentement.mineur", usine.chemin("dossier"), usine.ligne("dossier", "consentements", 0))
    seules(constats, "consentement.mineur")


def test_un_consentement_suivant_du_jeune_devenu_majeur_se_passe_des_parents(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=2002))  # 17 ans au premier consentement (2019), 18 ans en 2020
    usine.ecrire("dossier", modifier=lambda d: d.update(consentements=[
        {**d["consentement"], "date": dt.date(2020, 1, 15), "parents_informes": None}]))
    absente(usine.valider(), "consentement.mineur")
