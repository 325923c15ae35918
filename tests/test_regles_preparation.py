"""Règles preparation.* : la phase préparatoire existe et précède la première rencontre."""

from __future__ import annotations

import datetime as dt

from tests.usine import DATE_CONCERTATION, DATE_DEMANDE, Usine, absente, attendre, seules

UN_JOUR = dt.timedelta(days=1)


def test_phase_preparatoire_absente(usine: Usine) -> None:
    usine.supprimer("preparation")
    constats = usine.valider()
    attendre(constats, "preparation.absente", usine.chemin("dossier"), 1)
    seules(constats, "preparation.absente")
    assert not any(c.est_erreur for c in constats)


def test_phase_preparatoire_absente_sans_concertation(usine: Usine) -> None:
    """Un dossier qui n'a pas encore tenu de concertation peut ne pas avoir de phase préparatoire."""
    usine.supprimer("preparation")
    usine.supprimer("concertation")
    usine.supprimer("recit")
    usine.supprimer("financement")
    assert usine.valider() == []


def test_preparation_apres_la_premiere_concertation(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(date=DATE_CONCERTATION + UN_JOUR))
    constats = usine.valider()
    attendre(constats, "preparation.avant_concertation", usine.chemin("preparation"),
             usine.ligne("preparation", "date"))
    seules(constats, "preparation.avant_concertation")


def test_preparation_le_jour_de_la_concertation(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(date=DATE_CONCERTATION))
    assert usine.valider() == []


def test_preparation_avant_la_demande(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(date=DATE_DEMANDE - UN_JOUR))
    constats = usine.valider()
    attendre(constats, "preparation.avant_concertation", usine.chemin("preparation"),
             usine.ligne("preparation", "date"))
    seules(constats, "preparation.avant_concertation")


def test_preparation_le_jour_de_la_demande(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(date=DATE_DEMANDE))
    assert usine.valider() == []


def test_initiateur_de_la_preparation_inconnu(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(initiateur="x9"))
    constats = usine.valider()
    attendre(constats, "preparation.avant_concertation", usine.chemin("preparation"),
             usine.ligne("preparation", "initiateur"))
    seules(constats, "preparation.avant_concertation")


def test_initiateur_de_la_preparation_autre_acteur_connu(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(initiateur="psy"))
    assert usine.valider() == []


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_dossier_sans_concertation_ni_preparation(usine: Usine) -> None:
    """Un second dossier, ouvert mais qui n'a pas encore tenu de concertation : pas de phase préparatoire exigée."""
    usine.ajouter_dossier("2019-002")
    constats = usine.valider()
    absente(constats, "preparation.absente")
    assert constats == []


def test_preparation_datee_le_jour_de_la_premiere_concertation(usine: Usine) -> None:
    usine.ecrire("preparation", modifier=lambda p: p.update(date=DATE_CONCERTATION, initiateur="psy"))
    constats = usine.valider()
    absente(constats, "preparation.avant_concertation")
    assert constats == []
