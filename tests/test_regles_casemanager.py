"""Casemanagers : un poste de reseau.yaml (casemanager.inconnu), attribué quand il y en a plusieurs
(casemanager.absent), des relais cohérents (casemanager.relais) ; la capacité de chacun est dans
test_regles_budget.py."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tests.usine import Usine, absente, attendre, seules

DEUX_POSTES = [{"id": "cm-namur", "etp": 0.5}, {"id": "cm-dinant", "etp": 0.25}]


def _deux_postes(usine: Usine, defaut: str | None = None) -> None:
    def regler(r: dict[str, Any]) -> None:
        r["casemanagers"] = DEUX_POSTES
        r["dossiers_par_etp"] = 28
        r.pop("casemanager_par_defaut", None)
        if defaut:
            r["casemanager_par_defaut"] = defaut
    usine.ecrire("reseau", modifier=regler)


# --- casemanager.inconnu ------------------------------------------------------------------------

def test_casemanager_du_reseau(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-namur"))
    constats = usine.valider()
    absente(constats, "casemanager.inconnu")
    assert constats == []


def test_casemanager_inconnu_masque(usine: Usine) -> None:
    """Un nom tapé à la place du poste est signalé sans être recopié."""
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="julie-dumont"))
    constats = usine.valider()
    c = attendre(constats, "casemanager.inconnu", usine.chemin("dossier"), usine.ligne("dossier", "casemanager"))
    assert "julie" not in c.message and "j****-d*****" in c.message and "cm-namur" in c.message
    seules(constats, "casemanager.inconnu")


def test_relais_vers_un_poste_inconnu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(
        casemanager="cm-x", transferts=[{"date": dt.date(2019, 3, 1), "de": "cm-namur", "vers": "cm-x"}]))
    constats = usine.valider()
    assert len([c for c in constats if c.regle == "casemanager.inconnu"]) == 2  # casemanager: et vers:
    seules(constats, "casemanager.inconnu")


# --- casemanager.absent -------------------------------------------------------------------------

def test_sans_casemanager_un_seul_poste(usine: Usine) -> None:
    """Les dossiers d'avant l'attribution restent valides : le seul casemanager du réseau les suit."""
    constats = usine.valider()
    absente(constats, "casemanager.absent")
    assert constats == []


def test_sans_casemanager_avec_un_defaut(usine: Usine) -> None:
    _deux_postes(usine, defaut="cm-namur")
    assert usine.valider() == []


def test_sans_casemanager_parmi_plusieurs(usine: Usine) -> None:
    _deux_postes(usine)
    constats = usine.valider()
    attendre(constats, "casemanager.absent", usine.chemin("dossier"), usine.ligne("dossier", "statut"))
    seules(constats, "casemanager.absent")
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-dinant"))
    assert usine.valider() == []


# --- casemanager.relais -------------------------------------------------------------------------

def _relais(*transferts: tuple[dt.date, str | None, str]) -> list[dict[str, Any]]:
    return [{"date": j, **({"de": de} if de else {}), "vers": vers} for j, de, vers in transferts]


def test_relais_coherents(usine: Usine) -> None:
    _deux_postes(usine, defaut="cm-namur")
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-namur", transferts=_relais(
        (dt.date(2019, 3, 1), None, "cm-dinant"), (dt.date(2019, 5, 1), "cm-dinant", "cm-namur"))))
    constats = usine.valider()
    absente(constats, "casemanager.relais")
    assert constats == []


def test_dernier_relais_ne_mene_pas_au_casemanager(usine: Usine) -> None:
    _deux_postes(usine, defaut="cm-namur")
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-namur", transferts=_relais(
        (dt.date(2019, 3, 1), "cm-namur", "cm-dinant"))))
    constats = usine.valider()
    attendre(constats, "casemanager.relais", usine.chemin("dossier"), usine.ligne("dossier", "casemanager"))
    seules(constats, "casemanager.relais")


def test_relais_qui_remonte_le_temps(usine: Usine) -> None:
    _deux_postes(usine, defaut="cm-namur")
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-namur", transferts=_relais(
        (dt.date(2019, 5, 1), "cm-namur", "cm-dinant"), (dt.date(2019, 3, 1), "cm-dinant", "cm-namur"))))
    constats = usine.valider()
    assert [c.regle for c in constats] == ["casemanager.relais"]
    assert "avant la demande ou le relais précédent" in constats[0].message


def test_relais_qui_ne_part_pas_du_casemanager_precedent(usine: Usine) -> None:
    _deux_postes(usine, defaut="cm-namur")
    usine.ecrire("dossier", modifier=lambda d: d.update(casemanager="cm-namur", transferts=_relais(
        (dt.date(2019, 3, 1), "cm-namur", "cm-dinant"), (dt.date(2019, 5, 1), "cm-namur", "cm-namur"))))
    messages = [c.message for c in usine.valider() if c.regle == "casemanager.relais"]
    assert messages == ["relais du 2019-05-01 : le dossier était suivi par « cm-dinant », pas par « cm-namur »."]
