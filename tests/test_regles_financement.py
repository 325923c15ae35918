"""Règles financement.* : dossier, mandat, action, attestations, pièces, plafond, cofinancement,
décision, remboursement et création sans décision (Git)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.usine import (DATE_CONCERTATION, DATE_FINANCEMENT, Usine, absente, action_minimale, attendre,
                         financement_minimal, seules)

UN_JOUR = dt.timedelta(days=1)
F = "financement"
ATTESTATIONS = ["necessaire", "plus_efficiente", "solution_perenne", "non_financee", "pas_double_subside", "urgente"]


# --- financement.dossier ------------------------------------------------------------------------

def test_demande_visant_un_autre_dossier(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(dossier="2019-002"))
    constats = usine.valider()
    attendre(constats, "financement.dossier", usine.chemin(F), usine.ligne(F, "dossier"))
    seules(constats, "financement.dossier")


def test_demande_d_un_dossier_fusionne_dans_celui_ci(usine: Usine) -> None:
    """Après « filrouge fusionner », une demande décidée garde l'identifiant de son dossier d'origine."""
    usine.ecrire("dossier", modifier=lambda d: d.update(fusionne_avec=["2019-002"]))
    usine.ecrire(F, modifier=lambda f: f.update(dossier="2019-002"))
    constats = usine.valider()
    absente(constats, "financement.dossier")
    assert constats == []


def test_coordinateur_inconnu(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(coordinateur="x9"))
    constats = usine.valider()
    attendre(constats, "financement.dossier", usine.chemin(F), usine.ligne(F, "coordinateur"))
    seules(constats, "financement.dossier")


def test_coordinateur_autre_acteur_du_dossier(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(coordinateur="psy"))
    assert usine.valider() == []


# --- financement.mandat -------------------------------------------------------------------------

def test_aucune_note_a_cette_date(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(concertation=DATE_CONCERTATION + UN_JOUR))
    constats = usine.valider()
    attendre(constats, "financement.mandat", usine.chemin(F), usine.ligne(F, "concertation"))
    seules(constats, "financement.mandat", "financement.piece_note")  # la note jointe est celle d'un autre jour


def test_concertation_sans_mandat(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n.update(mandat_financement=False))
    constats = usine.valider()
    attendre(constats, "financement.mandat", usine.chemin(F), usine.ligne(F, "concertation"))
    seules(constats, "financement.mandat")


def test_demande_datee_avant_la_concertation(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(date_demande=DATE_CONCERTATION - UN_JOUR))
    constats = usine.valider()
    attendre(constats, "financement.mandat", usine.chemin(F), usine.ligne(F, "date_demande"))
    seules(constats, "financement.mandat")


def test_demande_datee_le_jour_de_la_concertation(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(date_demande=DATE_CONCERTATION))
    assert usine.valider() == []


# --- financement.action -------------------------------------------------------------------------

def test_action_absente_de_la_note(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(action=2))
    constats = usine.valider()
    attendre(constats, "financement.action", usine.chemin(F), usine.ligne(F, "action"))
    seules(constats, "financement.action")


def test_action_presente_dans_la_note(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"].append(action_minimale(2)))
    usine.ecrire(F, modifier=lambda f: f.update(action=2))
    assert usine.valider() == []


# --- financement.attestations -------------------------------------------------------------------

@pytest.mark.parametrize("cle", ATTESTATIONS)
def test_attestation_non_confirmee(usine: Usine, cle: str) -> None:
    usine.ecrire(F, modifier=lambda f: f["attestations"].update({cle: False}))
    constats = usine.valider()
    attendre(constats, "financement.attestations", usine.chemin(F), usine.ligne(F, "attestations", cle))
    seules(constats, "financement.attestations")


@pytest.mark.parametrize("cle", ["objectifs_npsm", "certifie_sincere"])
def test_engagement_non_confirme(usine: Usine, cle: str) -> None:
    usine.ecrire(F, modifier=lambda f: f.update({cle: False}))
    constats = usine.valider()
    attendre(constats, "financement.attestations", usine.chemin(F), usine.ligne(F, cle))
    seules(constats, "financement.attestations")


# --- financement.piece --------------------------------------------------------------------------

def test_sans_devis_ni_estimation(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f["pieces"][0].update(type="facture"))
    constats = usine.valider()
    attendre(constats, "financement.piece", usine.chemin(F), usine.ligne(F, "pieces"))
    seules(constats, "financement.piece")


def test_estimation_acceptee(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f["pieces"][0].update(type="estimation"))
    assert usine.valider() == []


@pytest.mark.parametrize("fichier", ["../../../annuaire.yaml", "/etc/passwd", "pieces/../../2019-001/pieces/devis.pdf"])
def test_piece_hors_du_dossier(usine: Usine, fichier: str) -> None:
    usine.ecrire(F, modifier=lambda f: f["pieces"][0].update(fichier=fichier))
    constats = usine.valider()
    attendre(constats, "financement.piece", usine.chemin(F), usine.ligne(F, "pieces", 0, "fichier"))
    seules(constats, "financement.piece")


def test_piece_introuvable(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f["pieces"].append({"type": "autre", "fichier": "pieces/absente.pdf"}))
    constats = usine.valider()
    attendre(constats, "financement.piece", usine.chemin(F), usine.ligne(F, "pieces", 2, "fichier"))
    seules(constats, "financement.piece")


def test_piece_lien_symbolique_non_comptee(usine: Usine, tmp_path: Path) -> None:
    """Un lien symbolique dans pieces/ n'est pas une pièce du dossier (il pourrait pointer n'importe où)."""
    cible = usine.absolu("devis")
    cible.rename(tmp_path / "ailleurs.pdf")
    cible.symlink_to(tmp_path / "ailleurs.pdf")
    constats = usine.valider()
    attendre(constats, "financement.piece", usine.chemin(F), usine.ligne(F, "pieces", 0, "fichier"))


def test_piece_dans_un_sous_repertoire(usine: Usine) -> None:
    usine.ecrire("dossiers/2019-001/pieces/2019/devis-2.pdf", b"%PDF-1.4\n")
    usine.ecrire(F, modifier=lambda f: f["pieces"].append({"type": "devis", "fichier": "pieces/2019/devis-2.pdf"}))
    assert usine.valider() == []


# --- financement.plafond ------------------------------------------------------------------------

@pytest.mark.parametrize("montant", [10_000, 10_000.0, 9_999.99, 0.01])
def test_montant_jusqu_au_plafond(usine: Usine, montant: float) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(montant_demande=montant, cout_total=montant))
    assert usine.valider() == []


@pytest.mark.parametrize("montant", [10_001, 10_000.01])
def test_montant_au_dela_du_plafond(usine: Usine, montant: float) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(montant_demande=montant, cout_total=montant))
    constats = usine.valider()
    c = attendre(constats, "financement.plafond", usine.chemin(F), usine.ligne(F, "montant_demande"))
    assert "10 000 €" in c.message
    seules(constats, "financement.plafond")


def test_montant_nul(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(montant_demande=0, cout_total=0))
    constats = usine.valider()
    attendre(constats, "financement.plafond", usine.chemin(F), usine.ligne(F, "montant_demande"))
    seules(constats, "financement.plafond")


def test_plafond_vient_de_la_configuration(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(plafond_demande=2000))
    attendre(usine.valider(), "financement.plafond", usine.chemin(F), usine.ligne(F, "montant_demande"))
    usine.ecrire("reseau", modifier=lambda r: r.update(plafond_demande=2500))
    assert usine.valider() == []


# --- financement.cofinancement ------------------------------------------------------------------

def test_montant_superieur_au_cout(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(cout_total=2499))
    constats = usine.valider()
    attendre(constats, "financement.cofinancement", usine.chemin(F), usine.ligne(F, "montant_demande"))
    seules(constats, "financement.cofinancement")


def _cout(total: float, cofinance: float | None) -> Any:
    def modifier(f: dict[str, Any]) -> None:
        f.update(montant_demande=10_000, cout_total=total)
        if cofinance is not None:
            f["cofinancements"] = [{"source": "réseau de soins", "montant": cofinance}]
    return modifier


def test_reste_non_couvert(usine: Usine) -> None:
    """Coût 15 000 € (cas de 2019), 10 000 € demandés, rien ne couvre les 5 000 € restants."""
    usine.ecrire(F, modifier=_cout(15_000, None))
    constats = usine.valider()
    c = attendre(constats, "financement.cofinancement", usine.chemin(F), usine.ligne(F, "cofinancements"))
    assert "5 000 €" in c.message
    seules(constats, "financement.cofinancement")


def test_reste_couvert_a_un_centime_pres(usine: Usine) -> None:
    usine.ecrire(F, modifier=_cout(15_000, 4_999.99))
    attendre(usine.valider(), "financement.cofinancement", usine.chemin(F), usine.ligne(F, "cofinancements"))


def test_reste_couvert(usine: Usine) -> None:
    usine.ecrire(F, modifier=_cout(15_000, 5_000))
    assert usine.valider() == []


# --- financement.decision -----------------------------------------------------------------------

def _decision(**decision: Any) -> Any:
    return lambda f: f.update(decision=decision)


ACCORDEE = {"statut": "accordee", "montant_accorde": 2500, "date": DATE_FINANCEMENT}
REFUSEE = {"statut": "refusee", "date": DATE_FINANCEMENT, "motif": "matériel non éligible"}

CAS_DECISION = [
    ({"statut": "demandee", "montant_accorde": 100}, ("decision",)),
    ({"statut": "demandee", "date": DATE_FINANCEMENT}, ("decision",)),
    ({"statut": "accordee", "montant_accorde": 2500}, ("decision", "statut")),
    ({**ACCORDEE, "date": DATE_FINANCEMENT - UN_JOUR}, ("decision", "date")),
    ({"statut": "accordee", "date": DATE_FINANCEMENT}, ("decision", "statut")),
    ({**ACCORDEE, "montant_accorde": 0}, ("decision", "statut")),
    ({**ACCORDEE, "montant_accorde": 2500.01}, ("decision", "montant_accorde")),
    ({**REFUSEE, "montant_accorde": 100}, ("decision", "montant_accorde")),
    ({"statut": "refusee", "date": DATE_FINANCEMENT}, ("decision", "statut")),
    ({"statut": "retiree", "date": DATE_FINANCEMENT}, ("decision", "statut")),
]


@pytest.mark.parametrize(("decision", "chemin"), CAS_DECISION)
def test_decision_incoherente(usine: Usine, decision: dict[str, Any], chemin: tuple[str, ...]) -> None:
    usine.ecrire(F, modifier=_decision(**decision))
    constats = usine.valider()
    attendre(constats, "financement.decision", usine.chemin(F), usine.ligne(F, *chemin))
    seules(constats, "financement.decision")


@pytest.mark.parametrize("decision", [
    ACCORDEE,
    {**ACCORDEE, "montant_accorde": 1000},
    REFUSEE,
    {"statut": "retiree", "date": DATE_FINANCEMENT, "motif": "transport pris en charge par le CPAS"},
])
def test_decision_coherente(usine: Usine, decision: dict[str, Any]) -> None:
    usine.ecrire(F, modifier=_decision(**decision))
    assert usine.valider() == []


# --- financement.remboursement ------------------------------------------------------------------

def _rembourse(decision: dict[str, Any], **remboursement: Any) -> Any:
    return lambda f: f.update(decision=decision, remboursement=remboursement)


FACTURE = DATE_FINANCEMENT + dt.timedelta(days=30)


def test_remboursement_d_une_demande_non_accordee(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse({"statut": "demandee"}, facture_recue=FACTURE))
    constats = usine.valider()
    attendre(constats, "financement.remboursement", usine.chemin(F), usine.ligne(F, "remboursement"))
    seules(constats, "financement.remboursement")


def test_facture_superieure_a_l_accord(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=FACTURE, montant_facture=2500.01))
    constats = usine.valider()
    attendre(constats, "financement.remboursement", usine.chemin(F), usine.ligne(F, "remboursement", "montant_facture"))
    seules(constats, "financement.remboursement")


def test_remboursement_avant_la_facture(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=FACTURE, montant_facture=2500,
                                        date_remboursement=FACTURE - UN_JOUR))
    constats = usine.valider()
    attendre(constats, "financement.remboursement", usine.chemin(F),
             usine.ligne(F, "remboursement", "date_remboursement"))
    seules(constats, "financement.remboursement")


def test_remboursement_sans_facture(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, date_remboursement=FACTURE))
    constats = usine.valider()
    constat = attendre(constats, "financement.facture", usine.chemin(F), usine.ligne(F, "remboursement", "date_remboursement"))
    assert "facture_recue" in constat.message and "montant_facture" in constat.message
    seules(constats, "financement.facture")


# --- financement.facture ------------------------------------------------------------------------

def test_montant_facture_sans_date_de_facture(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, montant_facture=2400))
    constats = usine.valider()
    attendre(constats, "financement.facture", usine.chemin(F), usine.ligne(F, "remboursement", "montant_facture"))
    seules(constats, "financement.facture")


def test_remboursement_sans_montant_facture(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=FACTURE, date_remboursement=FACTURE + UN_JOUR))
    constats = usine.valider()
    attendre(constats, "financement.facture", usine.chemin(F), usine.ligne(F, "remboursement", "date_remboursement"))
    seules(constats, "financement.facture")


def test_facture_complete_puis_remboursement(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=FACTURE, montant_facture=2400,
                                        date_remboursement=FACTURE + UN_JOUR))
    constats = usine.valider()
    absente(constats, "financement.facture")
    assert constats == []


def test_facture_recue_pas_encore_remboursee(usine: Usine) -> None:
    """Une facture reçue (date et montant) attend son remboursement : rien à signaler."""
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=FACTURE, montant_facture=2500))
    assert usine.valider() == []


def test_facture_avant_la_decision(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=DATE_FINANCEMENT - UN_JOUR))
    constats = usine.valider()
    attendre(constats, "financement.remboursement", usine.chemin(F), usine.ligne(F, "remboursement", "facture_recue"))
    seules(constats, "financement.remboursement")


def test_remboursement_aux_bornes(usine: Usine) -> None:
    """Facture le jour de la décision, du montant accordé exact, remboursée le jour même."""
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=DATE_FINANCEMENT, montant_facture=2500,
                                        date_remboursement=DATE_FINANCEMENT))
    assert usine.valider() == []


# --- financement.creation_indecise (Git réel) ---------------------------------------------------

def _git(racine: Path, *arguments: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    subprocess.run(["git", "-C", str(racine), "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                    *arguments], check=True, capture_output=True, env=env, timeout=60)


@pytest.fixture
def depot_git(usine: Usine) -> Usine:
    if shutil.which("git") is None:
        pytest.skip("git absent")
    _git(usine.racine, "init", "-q")
    _git(usine.racine, "add", "-A")
    _git(usine.racine, "commit", "-q", "-m", "dépôt minimal")
    return usine


NOUVELLE = "dossiers/2019-001/financements/2019-03-06-nouvelle.yaml"


def _nouvelle_demande(usine: Usine, statut: str) -> None:
    donnees = financement_minimal(montant=1000)
    donnees["date_demande"] = DATE_FINANCEMENT + UN_JOUR
    if statut == "accordee":
        donnees["decision"] = {"statut": "accordee", "montant_accorde": 1000, "date": DATE_FINANCEMENT + UN_JOUR}
    usine.ecrire(NOUVELLE, donnees)


def test_nouvelle_demande_deja_decidee(depot_git: Usine) -> None:
    _nouvelle_demande(depot_git, "accordee")
    constats = depot_git.valider()
    attendre(constats, "financement.creation_indecise", NOUVELLE, depot_git.ligne(NOUVELLE, "decision", "statut"))
    seules(constats, "financement.creation_indecise")


def test_nouvelle_demande_sans_decision(depot_git: Usine) -> None:
    _nouvelle_demande(depot_git, "demandee")
    assert depot_git.valider() == []


def test_demande_deja_suivie_puis_decidee(depot_git: Usine) -> None:
    """Le coordinateur décide une demande déjà dans Git : c'est le cours normal."""
    depot_git.ecrire(F, modifier=_decision(**ACCORDEE))
    assert depot_git.valider() == []
    _git(depot_git.racine, "commit", "-q", "-am", "décision")
    assert depot_git.valider() == []


def test_nouvelle_demande_decidee_deja_commitee(depot_git: Usine) -> None:
    _nouvelle_demande(depot_git, "accordee")
    _git(depot_git.racine, "add", "-A")
    _git(depot_git.racine, "commit", "-q", "-m", "demande")
    assert depot_git.valider() == []


def test_nouvelle_demande_decidee_hors_git(usine: Usine) -> None:
    """Sans Git (ou sans commit), rien à comparer : pas de constat."""
    _nouvelle_demande(usine, "accordee")
    assert usine.valider() == []


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_demande_du_dossier_par_un_autre_acteur(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(dossier="2019-001", coordinateur="psy"))
    constats = usine.valider()
    absente(constats, "financement.dossier")
    assert constats == []


def test_demande_le_jour_de_la_concertation_qui_la_mandate(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(date_demande=DATE_CONCERTATION))
    constats = usine.valider()
    absente(constats, "financement.mandat")
    assert constats == []


def test_derniere_action_de_la_note(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"].append(action_minimale(2)))
    usine.ecrire(F, modifier=lambda f: f.update(action=2))
    constats = usine.valider()
    absente(constats, "financement.action")
    assert constats == []


def test_six_attestations_et_engagements_confirmes(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: (f["attestations"].update({cle: True for cle in ATTESTATIONS}),
                                        f.update(objectifs_npsm=True, certifie_sincere=True)))
    constats = usine.valider()
    absente(constats, "financement.attestations")
    assert constats == []


def test_estimation_a_la_place_du_devis(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f["pieces"][0].update(type="estimation"))
    constats = usine.valider()
    absente(constats, "financement.piece")
    assert constats == []


@pytest.mark.parametrize("montant", [10_000, 10_000.004])
def test_montant_exactement_au_plafond(usine: Usine, montant: float) -> None:
    """10 000 € (et une fraction de centime au-dessus, la tolérance des montants à virgule)."""
    usine.ecrire(F, modifier=lambda f: f.update(montant_demande=montant, cout_total=montant))
    constats = usine.valider()
    absente(constats, "financement.plafond")
    assert constats == []


def test_reste_exactement_couvert(usine: Usine) -> None:
    """Le cas de 2019 : 15 000 € de coût, 10 000 € demandés, 5 000 € du réseau de soins."""
    usine.ecrire(F, modifier=_cout(15_000, 5_000))
    constats = usine.valider()
    absente(constats, "financement.cofinancement")
    assert constats == []


def test_refus_date_et_motive(usine: Usine) -> None:
    usine.ecrire(F, modifier=_decision(**REFUSEE))
    constats = usine.valider()
    absente(constats, "financement.decision")
    assert constats == []


def test_remboursement_du_montant_accorde_exact(usine: Usine) -> None:
    usine.ecrire(F, modifier=_rembourse(ACCORDEE, facture_recue=DATE_FINANCEMENT, montant_facture=2500,
                                        date_remboursement=DATE_FINANCEMENT))
    constats = usine.valider()
    absente(constats, "financement.remboursement")
    assert constats == []


def test_nouvelle_demande_non_decidee_dans_git(depot_git: Usine) -> None:
    _nouvelle_demande(depot_git, "demandee")
    constats = depot_git.valider()
    absente(constats, "financement.creation_indecise")
    assert constats == []


# --- financement.coordinateur --------------------------------------------------------------------

@pytest.mark.parametrize("ident", ["jeune", "mere", "cm"])
def test_coordinateur_qui_n_est_pas_un_professionnel(usine: Usine, ident: str) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(coordinateur=ident))
    constats = usine.valider()
    constat = attendre(constats, "financement.coordinateur", usine.chemin(F), usine.ligne(F, "coordinateur"))
    assert f"« {ident} »" in constat.message
    seules(constats, "financement.coordinateur")


def test_coordinateur_professionnel_du_dossier(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(coordinateur="psy"))
    constats = usine.valider()
    absente(constats, "financement.coordinateur")
    assert constats == []


# --- financement.piece_note ----------------------------------------------------------------------

def test_demande_sans_note_de_synthese(usine: Usine) -> None:
    usine.ecrire(F, modifier=lambda f: f.update(pieces=[f["pieces"][0]]))
    constats = usine.valider()
    constat = attendre(constats, "financement.piece_note", usine.chemin(F), usine.ligne(F, "pieces"))
    assert f"concertations/{DATE_CONCERTATION}.yaml" in constat.message
    seules(constats, "financement.piece_note")


def test_note_de_synthese_d_une_autre_concertation(usine: Usine) -> None:
    autre = f"pieces/note-de-synthese-{DATE_CONCERTATION - UN_JOUR}.pdf"
    usine.ecrire(f"dossiers/2019-001/{autre}", b"%PDF-1.4\n% note fictive\n")
    usine.ecrire(F, modifier=lambda f: f["pieces"][1].update(fichier=autre))
    constats = usine.valider()
    attendre(constats, "financement.piece_note", usine.chemin(F), usine.ligne(F, "pieces", 1, "fichier"))
    seules(constats, "financement.piece_note")


@pytest.mark.parametrize("fichier", [f"pieces/note-de-synthese-{DATE_CONCERTATION}.pdf",
                                     f"pieces/note-de-synthèse-2019-001-{DATE_CONCERTATION}.pdf",
                                     f"concertations/{DATE_CONCERTATION}.md"])
def test_note_de_synthese_imprimee_ou_recit(usine: Usine, fichier: str) -> None:
    """Le PDF signé (nom proposé par financement nouveau ou par filrouge imprimer) ou le récit de la note."""
    if fichier.startswith("pieces/"):
        usine.ecrire(f"dossiers/2019-001/{fichier}", b"%PDF-1.4\n% note fictive\n")
    usine.ecrire(F, modifier=lambda f: f["pieces"][1].update(fichier=fichier))
    constats = usine.valider()
    absente(constats, "financement.piece_note")
    assert constats == []
