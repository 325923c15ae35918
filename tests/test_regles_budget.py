"""Règles qui comparent les dossiers : enveloppe annuelle (enveloppe.annee) et capacité (capacite.*)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.usine import (DATE_DEMANDE, DATE_FINANCEMENT, DATE_OUVERTURE, Usine, absente, attendre, financement_minimal,
                         seules)

UN_JOUR = dt.timedelta(days=1)
ENVELOPPE_2019 = 110_421  # reseau.yaml de Kirikou


def _remplir_enveloppe(usine: Usine, dernier: float, statut: str = "demandee") -> str:
    """La demande minimale (2 500 €) + 10 demandes de 10 000 € + une dernière, la plus tardive."""
    for i in range(10):
        donnees = financement_minimal(montant=10_000)
        usine.ecrire(f"dossiers/2019-001/financements/{DATE_FINANCEMENT}-lot-{i:02d}.yaml", donnees)
    derniere = financement_minimal(montant=dernier)
    derniere["date_demande"] = DATE_FINANCEMENT + UN_JOUR
    if statut == "refusee":
        derniere["decision"] = {"statut": "refusee", "date": DATE_FINANCEMENT + UN_JOUR, "motif": "non éligible"}
    relatif = "dossiers/2019-001/financements/2019-03-06-derniere.yaml"
    usine.ecrire(relatif, derniere)
    return relatif


def test_enveloppe_remplie_exactement(usine: Usine) -> None:
    _remplir_enveloppe(usine, ENVELOPPE_2019 - 102_500)
    assert usine.valider() == []


def test_enveloppe_depassee_d_un_euro(usine: Usine) -> None:
    """Seule la demande qui fait déborder le cumul (la plus tardive) est signalée."""
    relatif = _remplir_enveloppe(usine, ENVELOPPE_2019 - 102_500 + 1)
    constats = usine.valider()
    c = attendre(constats, "enveloppe.annee", relatif, usine.ligne(relatif, "montant_demande"))
    assert "110 421 €" in c.message
    seules(constats, "enveloppe.annee")


def test_demande_refusee_ne_pese_pas_sur_l_enveloppe(usine: Usine) -> None:
    _remplir_enveloppe(usine, 9_000, statut="refusee")
    assert usine.valider() == []


def test_montant_accorde_et_non_demande(usine: Usine) -> None:
    """Une demande accordée pèse de son montant accordé, pas du montant demandé."""
    relatif = _remplir_enveloppe(usine, 10_000)
    usine.ecrire(relatif, modifier=lambda f: f.update(decision={"statut": "accordee", "montant_accorde": 7_921,
                                                              "date": DATE_FINANCEMENT + UN_JOUR}))
    assert usine.valider() == []
    usine.ecrire(relatif, modifier=lambda f: f["decision"].update(montant_accorde=7_922))
    attendre(usine.valider(), "enveloppe.annee", relatif, usine.ligne(relatif, "montant_demande"))


def test_enveloppe_de_chaque_annee_separee(usine: Usine) -> None:
    """Une demande de 2020 tombe dans l'enveloppe par défaut, pas dans celle de 2019."""
    relatif = _remplir_enveloppe(usine, ENVELOPPE_2019 - 102_500)
    usine.ecrire(relatif, modifier=lambda f: f.update(date_demande=dt.date(2020, 1, 5)))
    usine.ecrire("dossiers/2019-001/financements/2020-01-06-autre.yaml",
                 {**financement_minimal(montant=10_000), "date_demande": dt.date(2020, 1, 6)})
    assert usine.valider() == []


def test_bru_stars_sans_enveloppe_configuree(usine_bru: Usine) -> None:
    """Bru-Stars ne fixe aucune enveloppe : une demande pendante est signalée sur reseau.yaml."""
    usine_bru.ecrire("financement", financement_minimal("bru-stars"))
    usine_bru.ecrire("devis")
    constats = usine_bru.valider()
    attendre(constats, "enveloppe.annee", "reseau.yaml", usine_bru.ligne("reseau", "enveloppes"))
    seules(constats, "enveloppe.annee")


def test_bru_stars_demande_retiree_sans_enveloppe(usine_bru: Usine) -> None:
    donnees = financement_minimal("bru-stars")
    donnees["decision"] = {"statut": "retiree", "date": DATE_FINANCEMENT, "motif": "prise en charge par le CPAS"}
    usine_bru.ecrire("financement", donnees)
    usine_bru.ecrire("devis")
    assert usine_bru.valider() == []


# --- capacite.saturation ------------------------------------------------------------------------

def _ouvrir(usine: Usine, nombre: int, premier: int = 2, ouverture: dt.date = DATE_OUVERTURE) -> list[str]:
    return [usine.ajouter_dossier(f"2019-{i:03d}", ouverture=ouverture + dt.timedelta(days=i))
            for i in range(premier, premier + nombre)]


@pytest.mark.parametrize(("fixture", "capacite"), [("usine", 14), ("usine_bru", 20)])
def test_capacite_exactement_atteinte(fixture: str, capacite: int, request: pytest.FixtureRequest) -> None:
    usine: Usine = request.getfixturevalue(fixture)
    _ouvrir(usine, capacite - 1)
    assert usine.valider() == []


@pytest.mark.parametrize(("fixture", "capacite"), [("usine", 14), ("usine_bru", 20)])
def test_capacite_depassee(fixture: str, capacite: int, request: pytest.FixtureRequest) -> None:
    """Le dossier qui fait passer à capacité + 1 est signalé, sur sa date d'ouverture."""
    usine: Usine = request.getfixturevalue(fixture)
    ajoutes = _ouvrir(usine, capacite)
    constats = usine.valider()
    c = attendre(constats, "capacite.saturation", ajoutes[-1], usine.ligne(ajoutes[-1], "dates", "ouverture"))
    assert f"{capacite + 1} dossiers actifs" in c.message
    seules(constats, "capacite.saturation")


def test_cloture_le_jour_d_une_ouverture_libere_la_place(usine: Usine) -> None:
    ajoutes = _ouvrir(usine, 13)
    dernier = dt.date(2019, 6, 1)
    usine.ecrire(ajoutes[0], modifier=lambda d: (d.update(statut="clos"), d["dates"].update(cloture=dernier)))
    usine.ajouter_dossier("2019-099", ouverture=dernier)
    assert usine.valider() == []


def test_dossiers_clos_ne_comptent_plus(usine: Usine) -> None:
    """19 dossiers en tout, mais 5 clos avant l'ouverture des autres : jamais plus de 14 actifs."""
    for i in range(20, 25):
        usine.ajouter_dossier(f"2019-{i:03d}", ouverture=DATE_DEMANDE, cloture=DATE_OUVERTURE)
    _ouvrir(usine, 13)
    assert usine.valider() == []


# --- capacite.non_ouvert ------------------------------------------------------------------------

def _refus_pour_saturation(usine: Usine, demande: dt.date) -> str:
    return usine.ajouter_dossier("2019-050", ouverture=None, statut="non_ouvert",
                                 modifier=lambda d: (d.update(motif_non_ouverture="saturation"),
                                                     d["dates"].update(demande=demande)))


def test_saturation_invoquee_alors_que_le_dispositif_n_est_pas_plein(usine: Usine) -> None:
    relatif = _refus_pour_saturation(usine, DATE_DEMANDE + dt.timedelta(days=60))
    constats = usine.valider()
    c = attendre(constats, "capacite.non_ouvert", relatif, usine.ligne(relatif, "motif_non_ouverture"))
    assert "1 dossiers étaient actifs" in c.message
    seules(constats, "capacite.non_ouvert")


def test_saturation_invoquee_quand_le_dispositif_est_plein(usine: Usine) -> None:
    _ouvrir(usine, 13)
    _refus_pour_saturation(usine, DATE_OUVERTURE + dt.timedelta(days=30))
    assert usine.valider() == []


def test_saturation_un_dossier_de_moins(usine: Usine) -> None:
    _ouvrir(usine, 12)
    relatif = _refus_pour_saturation(usine, DATE_OUVERTURE + dt.timedelta(days=30))
    attendre(usine.valider(), "capacite.non_ouvert", relatif, usine.ligne(relatif, "motif_non_ouverture"))


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_enveloppe_remplie_au_centime_pres(usine: Usine) -> None:
    """110 421 € engagés exactement : l'enveloppe 2019 est pleine, pas dépassée."""
    _remplir_enveloppe(usine, ENVELOPPE_2019 - 102_500)
    constats = usine.valider()
    absente(constats, "enveloppe.annee")
    assert constats == []


def test_quatorze_dossiers_actifs_pour_une_capacite_de_quatorze(usine: Usine) -> None:
    _ouvrir(usine, 13)
    constats = usine.valider()
    absente(constats, "capacite.saturation")
    assert constats == []


def test_saturation_invoquee_le_jour_ou_le_dispositif_est_plein(usine: Usine) -> None:
    """Demande refusée le jour où s'ouvre le 14e dossier actif (capacité 14) : le motif saturation tient."""
    _ouvrir(usine, 13)  # ouverts de DATE_OUVERTURE + 2 jours à DATE_OUVERTURE + 14 jours
    _refus_pour_saturation(usine, DATE_OUVERTURE + dt.timedelta(days=14))
    constats = usine.valider()
    absente(constats, "capacite.non_ouvert")
    assert constats == []


# --- capacite.non_ouvert pendant une fermeture de l'accueil ---------------------------------------

FERMETURE = {"du": dt.date(2019, 6, 1), "au": dt.date(2019, 10, 31), "raison": "saturation du dispositif"}


def test_refus_pendant_la_fermeture_de_l_accueil(usine: Usine) -> None:
    """Kirikou a fermé l'accueil de juin à octobre 2019 : un refus pour saturation le 2019-09-30 n'est pas suspect."""
    usine.ecrire("reseau", modifier=lambda r: r.update(fermetures_accueil=[FERMETURE]))
    _refus_pour_saturation(usine, dt.date(2019, 9, 30))
    constats = usine.valider()
    absente(constats, "capacite.non_ouvert")
    assert constats == []


def test_refus_le_lendemain_de_la_fermeture(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(fermetures_accueil=[FERMETURE]))
    relatif = _refus_pour_saturation(usine, dt.date(2019, 11, 1))
    attendre(usine.valider(), "capacite.non_ouvert", relatif, usine.ligne(relatif, "motif_non_ouverture"))


def test_refus_sans_fermeture_configuree(usine: Usine) -> None:
    """Le faux avertissement que la fermeture fait taire : sans elle, le 2019-09-30 est signalé."""
    usine.ecrire("reseau", modifier=lambda r: r.pop("fermetures_accueil", None))
    relatif = _refus_pour_saturation(usine, dt.date(2019, 9, 30))
    attendre(usine.valider(), "capacite.non_ouvert", relatif, usine.ligne(relatif, "motif_non_ouverture"))


def test_fermeture_a_l_envers_refusee(usine: Usine) -> None:
    from filrouge.disposition import ErreurConfiguration

    usine.ecrire("reseau", modifier=lambda r: r.update(fermetures_accueil=[{**FERMETURE, "du": dt.date(2019, 11, 1)}]))
    with pytest.raises(ErreurConfiguration) as exc:
        usine.valider()
    assert [c.fichier for c in exc.value.constats] == ["reseau.yaml"]
    assert "fermeture de l'accueil finit avant de commencer" in str(exc.value)


# --- capacite.casemanager -----------------------------------------------------------------------

def _deux_casemanagers(usine: Usine) -> None:
    """cm-namur à mi-temps (14 dossiers), cm-dinant à un quart temps (7), 28 dossiers par ETP."""
    usine.ecrire("reseau", modifier=lambda r: r.update(
        casemanagers=[{"id": "cm-namur", "etp": 0.5}, {"id": "cm-dinant", "etp": 0.25}], dossiers_par_etp=28,
        casemanager_par_defaut="cm-namur"))


def _ouvrir_chez(usine: Usine, cm: str, nombre: int, premier: int) -> list[str]:
    return [usine.ajouter_dossier(f"2019-{i:03d}", ouverture=DATE_OUVERTURE + dt.timedelta(days=i),
                                  modifier=lambda d: d.update(casemanager=cm))
            for i in range(premier, premier + nombre)]


def test_casemanager_a_sa_capacite(usine: Usine) -> None:
    _deux_casemanagers(usine)
    _ouvrir_chez(usine, "cm-dinant", 7, 2)
    constats = usine.valider()
    absente(constats, "capacite.casemanager")
    assert constats == []


def test_casemanager_au_dela_de_sa_capacite(usine: Usine) -> None:
    """Le réseau a de la place (9 dossiers pour 14), mais le quart temps en suit 8 pour une capacité de 7."""
    _deux_casemanagers(usine)
    ajoutes = _ouvrir_chez(usine, "cm-dinant", 8, 2)
    constats = usine.valider()
    c = attendre(constats, "capacite.casemanager", ajoutes[-1], usine.ligne(ajoutes[-1], "statut"))
    assert c.message.startswith("cm-dinant : jusqu'à 8 dossiers actifs") and "capacité de 7" in c.message
    seules(constats, "capacite.casemanager")


def test_relais_qui_soulage_le_casemanager(usine: Usine) -> None:
    """Un dossier passé à cm-namur avant l'ouverture du 8e ne compte plus chez cm-dinant."""
    _deux_casemanagers(usine)
    ajoutes = _ouvrir_chez(usine, "cm-dinant", 8, 2)
    usine.ecrire(ajoutes[0], modifier=lambda d: d.update(casemanager="cm-namur", transferts=[
        {"date": DATE_OUVERTURE + dt.timedelta(days=5), "de": "cm-dinant", "vers": "cm-namur"}]))
    assert usine.valider() == []
