"""Règles code.* : format, lettre du sexe, année de naissance, cohérence entre fichiers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.usine import Usine, absente, attendre, code_jeune, seules


def test_depot_minimal_sans_aucun_constat(usine: Usine) -> None:
    """Le point de départ de tous les tests : aucun constat, ni erreur ni avertissement."""
    assert usine.valider() == []


def test_depot_minimal_bru_stars_sans_aucun_constat(usine_bru: Usine) -> None:
    assert usine_bru.valider() == []


@pytest.mark.parametrize("code", ["L1G20105000", "LMG2010500", "LMG201050000", "LMG-2010-5000", "", "lmg20105000"])
def test_code_mal_forme(usine: Usine, code: str) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(code=code))
    constats = usine.valider()
    attendre(constats, "code.format", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "code.format")


def test_code_sans_lettre_du_sexe_accepte(usine: Usine) -> None:
    """La variante du formulaire de financement (sans F/G) est un code valide, compatible avec LMG…"""
    usine.ecrire("financement", modifier=lambda f: f.update(code="LM20105000"))
    usine.ecrire("dossier", modifier=lambda d: d.update(code="LM20105000"))
    assert usine.valider() == []


def test_code_mal_forme_dans_la_demande(usine: Usine) -> None:
    usine.ecrire("financement", modifier=lambda f: f.update(code="LMG20105"))
    constats = usine.valider()
    attendre(constats, "code.format", usine.chemin("financement"), usine.ligne("financement", "code"))
    seules(constats, "code.format")


@pytest.mark.parametrize("sexe", ["X", "M", "H"])
def test_lettre_du_sexe_inconnue(usine: Usine, sexe: str) -> None:
    usine.changer_code(code_jeune(sexe=sexe))
    constats = usine.valider()
    attendre(constats, "code.sexe", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    assert "code.format" not in {c.regle for c in constats if c.fichier == usine.chemin("dossier")}


@pytest.mark.parametrize("sexe", ["F", "G"])
def test_lettre_du_sexe_connue(usine: Usine, sexe: str) -> None:
    usine.changer_code(code_jeune(sexe=sexe))
    assert usine.valider() == []


def test_annee_de_naissance_future(usine: Usine) -> None:
    """Demande de 2019 : un jeune né en 2020 est invraisemblable."""
    usine.changer_code(code_jeune(annee=2020))
    constats = usine.valider()
    attendre(constats, "code.annee", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "code.annee")


def test_annee_de_naissance_egale_a_l_annee_de_la_demande(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=2019))
    assert usine.valider() == []


def test_annee_de_naissance_plus_de_cent_ans_avant(usine: Usine) -> None:
    """1918 pour une demande de 2019 : invraisemblable (et hors tranche d'âge)."""
    usine.changer_code(code_jeune(annee=1918))
    constats = usine.valider()
    attendre(constats, "code.annee", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "code.annee", "dossier.age")


def test_annee_cent_ans_avant_vraisemblable_pour_code_annee(usine: Usine) -> None:
    """1919 : à la borne de code.annee ; seule la tranche d'âge du réseau réagit."""
    usine.changer_code(code_jeune(annee=1919))
    seules(usine.valider(), "dossier.age")


def test_code_de_la_preparation_different(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(code=code_jeune(annee=2011)))
    constats = usine.valider()
    attendre(constats, "code.coherence", usine.chemin("preparation"), usine.ligne("preparation", "code"))
    seules(constats, "code.coherence")


def test_code_de_la_demande_different(usine: Usine) -> None:
    usine.ecrire("financement", modifier=lambda f: f.update(code=code_jeune(sexe="F")))
    constats = usine.valider()
    attendre(constats, "code.coherence", usine.chemin("financement"), usine.ligne("financement", "code"))
    seules(constats, "code.coherence")


def test_code_de_la_demande_absent_ou_sans_sexe(usine: Usine) -> None:
    usine.ecrire("financement", modifier=lambda f: f.update(code="LM20105000"))
    assert usine.valider() == []
    usine.ecrire("financement", modifier=lambda f: f.pop("code"))
    assert usine.valider() == []


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_code_sans_lettre_du_sexe_bien_forme(usine: Usine) -> None:
    """Juste à côté de « LMG2010500 » : dix chiffres complets, la lettre du sexe omise (variante du formulaire)."""
    usine.changer_code("LM20105000")
    constats = usine.valider()
    absente(constats, "code.format")
    assert constats == []


@pytest.mark.parametrize("code", ["LMF20105000", "LMG20105000", "LM20105000"])
def test_lettre_du_sexe_f_g_ou_absente(usine: Usine, code: str) -> None:
    usine.changer_code(code)
    constats = usine.valider()
    absente(constats, "code.sexe")
    assert constats == []


def test_annee_de_naissance_a_cent_ans_de_la_demande(usine: Usine) -> None:
    """1919 pour une demande de 2019 : la borne de code.annee (seule la tranche d'âge du réseau réagit)."""
    usine.changer_code(code_jeune(annee=1919))
    constats = usine.valider()
    absente(constats, "code.annee")
    seules(constats, "dossier.age")


def test_code_de_la_preparation_sans_lettre_du_sexe(usine: Usine) -> None:
    """Même jeune : la phase préparatoire peut omettre la lettre du sexe (LM… pour LMG…)."""
    usine.ecrire("preparation", modifier=lambda p: p.update(code="LM20105000"))
    constats = usine.valider()
    absente(constats, "code.coherence")
    assert constats == []


# --- code.coherence : code changé (déménagement), codes précédents gardés ----------------------------

DEMENAGEMENT = "2019-03-04"
"""Dernier jour de l'ancien code : la demande (2019-03-05) vient le lendemain, la préparation (2019-02-12) avant."""


def _demenagement(usine: Usine, jusqu_au: str = DEMENAGEMENT) -> str:
    """Le jeune a déménagé de Namur (5000) à Dinant (5500) : nouveau code, l'ancien gardé ; renvoie l'ancien."""
    ancien = code_jeune()
    usine.ecrire("dossier", modifier=lambda d: d.update(
        code=code_jeune(code_postal=5500),
        codes_precedents=[{"code": ancien, "jusqu_au": dt.date.fromisoformat(jusqu_au), "motif": "déménagement"}]))
    return ancien


def test_documents_dates_d_avant_le_changement_gardent_l_ancien_code(usine: Usine) -> None:
    """La demande déjà décidée et la préparation qui citent l'ancien code restent valides, sans être réécrites."""
    _demenagement(usine, jusqu_au="2019-03-05")
    constats = usine.valider()
    absente(constats, "code.coherence")
    assert constats == []


def test_demande_datee_apres_le_changement_avec_l_ancien_code(usine: Usine) -> None:
    ancien = _demenagement(usine)
    constats = usine.valider()
    constat = attendre(constats, "code.coherence", usine.chemin("financement"), usine.ligne("financement", "code"))
    assert f"{ancien} n'est plus le code du jeune depuis le {DEMENAGEMENT}" in constat.message
    assert code_jeune(code_postal=5500) in constat.message
    seules(constats, "code.coherence")


def test_demande_datee_apres_le_changement_avec_le_nouveau_code(usine: Usine) -> None:
    _demenagement(usine)
    usine.ecrire("financement", modifier=lambda f: f.update(code=code_jeune(code_postal=5500)))
    constats = usine.valider()
    absente(constats, "code.coherence")
    assert constats == []


def test_code_precedent_mal_forme(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(
        codes_precedents=[{"code": "LMG-2010-5000", "jusqu_au": dt.date(2019, 1, 1)}]))
    constats = usine.valider()
    attendre(constats, "code.format", usine.chemin("dossier"), usine.ligne("dossier", "codes_precedents", 0, "code"))
    seules(constats, "code.format")
