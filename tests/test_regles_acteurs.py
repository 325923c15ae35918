"""Règles acteur.* : identifiants uniques, services de l'annuaire, famille sans nom."""

from __future__ import annotations

from typing import Any

import pytest

from tests.usine import Usine, absente, attendre, seules

MERE = 2  # index de la mère dans les acteurs du dossier minimal


def _ajouter(acteur: dict[str, Any]) -> Any:
    return lambda d: d["acteurs"].append(acteur)


def test_identifiant_d_acteur_en_double(usine: Usine) -> None:
    """Copie conforme du pédopsychiatre : seul le doublon d'identifiant est en cause."""
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append(dict(d["acteurs"][3])))
    constats = usine.valider()
    attendre(constats, "acteur.id_unique", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", 5, "id"))
    seules(constats, "acteur.id_unique")


def test_identifiants_d_acteurs_distincts(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=_ajouter({"id": "psy2", "role": "professionnel", "service": "cpms"}))
    assert usine.valider() == []


def test_professionnel_sans_service(usine: Usine) -> None:
    usine.modifier_acteur("psy", service=None)
    constats = [c for c in usine.valider() if c.regle == "acteur.service"]
    attendre(constats, "acteur.service", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", 3, "role"))


def test_service_absent_de_l_annuaire(usine: Usine) -> None:
    usine.modifier_acteur("a1", service="spj-atlantide")
    constats = usine.valider()
    attendre(constats, "acteur.service", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", 0, "service"))
    seules(constats, "acteur.service")


def test_famille_avec_service(usine: Usine) -> None:
    usine.modifier_acteur("mere", service="cpas-namur")
    constats = usine.valider()
    attendre(constats, "acteur.service", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", MERE, "service"))
    seules(constats, "acteur.service")


def test_secteur_inconnu(usine: Usine) -> None:
    usine.modifier_acteur("a1", secteur="astrologie")
    constats = usine.valider()
    attendre(constats, "acteur.service", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", 0, "secteur"))
    seules(constats, "acteur.service")


def test_secteur_connu_en_surcharge(usine: Usine) -> None:
    usine.modifier_acteur("a1", secteur="justice")
    assert usine.valider() == []


def test_famille_sans_lien(usine: Usine) -> None:
    usine.modifier_acteur("mere", lien=None)
    constats = usine.valider()
    attendre(constats, "acteur.famille_initiales", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", MERE))
    seules(constats, "acteur.famille_initiales")


@pytest.mark.parametrize("lien", ["mère de Zorglubine", "Zorglub", "père (Jean-Michel)", "voisine rue des Lilas"])
def test_lien_qui_nomme(usine: Usine, lien: str) -> None:
    usine.modifier_acteur("mere", lien=lien)
    constats = usine.valider()
    c = attendre(constats, "acteur.famille_initiales", usine.chemin("dossier"),
                 usine.ligne("dossier", "acteurs", MERE, "lien"))
    assert "Zorglub" not in c.message
    seules(constats, "acteur.famille_initiales")


@pytest.mark.parametrize("lien", ["mère", "grand-mère maternelle", "tante M. D.", "Demi-frère", "beau-père",
                                  "famille d'accueil", "M.D.", "voisine"])
def test_lien_de_parente_ou_initiales(usine: Usine, lien: str) -> None:
    usine.modifier_acteur("mere", lien=lien)
    assert usine.valider() == []


def test_aidant_proche_sans_lien(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=_ajouter({"id": "voisin", "role": "aidant_proche"}))
    constats = usine.valider()
    attendre(constats, "acteur.famille_initiales", usine.chemin("dossier"), usine.ligne("dossier", "acteurs", 5))


def test_famille_avec_fonction(usine: Usine) -> None:
    usine.modifier_acteur("mere", fonction="institutrice")
    constats = usine.valider()
    attendre(constats, "acteur.famille_initiales", usine.chemin("dossier"),
             usine.ligne("dossier", "acteurs", MERE, "fonction"))
    seules(constats, "acteur.famille_initiales")


def test_jeune_avec_fonction(usine: Usine) -> None:
    usine.modifier_acteur("jeune", fonction="élève")
    constats = usine.valider()
    attendre(constats, "acteur.famille_initiales", usine.chemin("dossier"),
             usine.ligne("dossier", "acteurs", 1, "fonction"))
    seules(constats, "acteur.famille_initiales")


def test_famille_avec_initiales(usine: Usine) -> None:
    usine.modifier_acteur("mere", initiales="M. D.")
    assert usine.valider() == []


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_deux_pedopsychiatres_aux_identifiants_distincts(usine: Usine) -> None:
    """Le cas fautif, copie du pédopsychiatre, mais avec son propre identifiant."""
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append({**d["acteurs"][3], "id": "psy2"}))
    constats = usine.valider()
    absente(constats, "acteur.id_unique")
    assert constats == []


def test_famille_sans_service_et_secteur_connu(usine: Usine) -> None:
    usine.modifier_acteur("a1", secteur="justice")
    usine.modifier_acteur("mere", service=None)
    constats = usine.valider()
    absente(constats, "acteur.service")
    assert constats == []


def test_lien_avec_initiales(usine: Usine) -> None:
    usine.modifier_acteur("mere", lien="mère M. D.")
    constats = usine.valider()
    absente(constats, "acteur.famille_initiales")
    assert constats == []
