"""Règles dossier.* : identifiant, code partagé, statut, dates, âge, activation, demandeurs, canal, territoire,
périodes de suivi, suspens à la clôture, âge limite du suivi."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.usine import DATE_DEMANDE, DATE_OUVERTURE, Usine, absente, attendre, code_jeune, seules


# --- dossier.id ---------------------------------------------------------------------------------

def test_identifiant_different_du_repertoire(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(id="2019-002"))
    constats = usine.valider()
    attendre(constats, "dossier.id", usine.chemin("dossier"), usine.ligne("dossier", "id"))
    # la demande vise 2019-001 : elle ne correspond plus au dossier qui la contient
    seules(constats, "dossier.id", "financement.dossier")


def test_identifiant_avec_suffixe_egal_au_repertoire(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002-bis")
    assert usine.valider() == []
    usine.ecrire(relatif, modifier=lambda d: d.update(id="2019-002"))
    constats = usine.valider()
    attendre(constats, "dossier.id", relatif, usine.ligne(relatif, "id"))


# --- dossier.code_partage -------------------------------------------------------------------------

def test_deux_dossiers_au_meme_code(usine: Usine) -> None:
    """Même jeune ou homonyme : avertissement sur chacun des deux dossiers, sexe ignoré."""
    relatif = usine.ajouter_dossier("2019-002", code="LM20105000")
    constats = usine.valider()
    partages = sorted((c.fichier, c.ligne, c.gravite) for c in constats if c.regle == "dossier.code_partage")
    assert partages == sorted([
        (usine.chemin("dossier"), usine.ligne("dossier", "code"), "avertissement"),
        (relatif, usine.ligne(relatif, "code"), "avertissement"),
    ])
    seules(constats, "dossier.code_partage")
    assert not any(c.est_erreur for c in constats)


def test_code_partage_un_seul_dossier_signale(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", code=code_jeune())
    constats = [c for c in usine.valider() if c.fichier == relatif]
    attendre(constats, "dossier.code_partage", relatif, usine.ligne(relatif, "code"))


def test_codes_voisins_non_partages(usine: Usine) -> None:
    """Un code postal différent d'un chiffre : deux jeunes distincts, rien à signaler."""
    usine.ajouter_dossier("2019-002", code=code_jeune(code_postal=5001))
    usine.ajouter_dossier("2019-003", code=code_jeune(annee=2011))
    assert usine.valider() == []


# --- dossier.statut -------------------------------------------------------------------------------

def _non_ouvert(motif: str | None) -> Any:
    def modifier(d: dict[str, Any]) -> None:
        if motif is not None:
            d["motif_non_ouverture"] = motif
    return modifier


@pytest.mark.parametrize("motif", ["retrait", "non_eligible", "hors_territoire", "autre"])
def test_non_ouvert_avec_motif_connu(usine: Usine, motif: str) -> None:
    usine.ajouter_dossier("2019-002", ouverture=None, statut="non_ouvert", modifier=_non_ouvert(motif))
    assert usine.valider() == []


def test_non_ouvert_sans_motif(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", ouverture=None, statut="non_ouvert")
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "statut"))
    seules(constats, "dossier.statut")


def test_non_ouvert_motif_inconnu(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", ouverture=None, statut="non_ouvert", modifier=_non_ouvert("flemme"))
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "motif_non_ouverture"))
    seules(constats, "dossier.statut")


def test_non_ouvert_avec_date_d_ouverture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", statut="non_ouvert", modifier=_non_ouvert("retrait"))
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "dates"))


def test_motif_de_non_ouverture_sur_un_dossier_ouvert(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(motif_non_ouverture="retrait"))
    constats = usine.valider()
    attendre(constats, "dossier.statut", usine.chemin("dossier"), usine.ligne("dossier", "motif_non_ouverture"))
    seules(constats, "dossier.statut")


def test_demande_avec_date_d_ouverture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", statut="demande")
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "statut"))
    seules(constats, "dossier.statut")


def test_demande_sans_date_d_ouverture(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", ouverture=None, statut="demande",
                          modifier=lambda d: d["criteres_activation"].update(actions_possibles=False))
    assert usine.valider() == []


def test_ouvert_sans_date_d_ouverture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", ouverture=None, statut="ouvert")
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "dates"))
    seules(constats, "dossier.statut")


def test_ouvert_avec_date_de_cloture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", cloture=dt.date(2019, 6, 1), statut="ouvert")
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "statut"))


def test_clos_sans_date_de_cloture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", statut="clos")
    constats = usine.valider()
    attendre(constats, "dossier.statut", relatif, usine.ligne(relatif, "dates"))


def test_clos_avec_date_de_cloture(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", cloture=dt.date(2019, 6, 1))
    assert usine.valider() == []


# --- dossier.dates --------------------------------------------------------------------------------

def test_ouverture_avant_la_demande(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", ouverture=DATE_DEMANDE - dt.timedelta(days=1))
    constats = usine.valider()
    attendre(constats, "dossier.dates", relatif, usine.ligne(relatif, "dates", "ouverture"))
    seules(constats, "dossier.dates")


def test_ouverture_le_jour_de_la_demande(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", ouverture=DATE_DEMANDE)
    assert usine.valider() == []


def test_cloture_avant_l_ouverture(usine: Usine) -> None:
    relatif = usine.ajouter_dossier("2019-002", cloture=DATE_OUVERTURE - dt.timedelta(days=1))
    constats = usine.valider()
    attendre(constats, "dossier.dates", relatif, usine.ligne(relatif, "dates", "cloture"))
    seules(constats, "dossier.dates")


def test_cloture_le_jour_de_l_ouverture(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", cloture=DATE_OUVERTURE)
    assert usine.valider() == []


# --- dossier.age ----------------------------------------------------------------------------------

def test_jeune_de_24_ans_hors_tranche(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=1995))  # 24 ans en 2019
    constats = usine.valider()
    attendre(constats, "dossier.age", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "dossier.age")


def test_jeune_de_23_ans_dans_la_tranche(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=1996))
    assert usine.valider() == []


def test_age_selon_la_configuration_bru_stars(usine_bru: Usine) -> None:
    usine_bru.changer_code(code_jeune("bru-stars", annee=1996))
    assert usine_bru.valider() == []
    usine_bru.changer_code(code_jeune("bru-stars", annee=1995))
    attendre(usine_bru.valider(), "dossier.age", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "code"))


def test_age_ignore_pour_un_dossier_non_ouvert(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", code=code_jeune(annee=1990, initiales="ZZ"), ouverture=None, statut="non_ouvert",
                          modifier=_non_ouvert("non_eligible"))
    assert usine.valider() == []


# --- dossier.activation ---------------------------------------------------------------------------

def test_critere_d_activation_non_rempli(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["criteres_activation"].update(trajectoire_contrariee=False))
    constats = usine.valider()
    c = attendre(constats, "dossier.activation", usine.chemin("dossier"), usine.ligne("dossier", "criteres_activation"))
    assert "trajectoire de soin est contrariée" in c.message
    seules(constats, "dossier.activation")


def test_critere_d_activation_absent(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["criteres_activation"].pop("actions_possibles"))
    attendre(usine.valider(), "dossier.activation", usine.chemin("dossier"),
             usine.ligne("dossier", "criteres_activation"))


def test_critere_d_activation_inconnu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["criteres_activation"].update(critere_invente=True))
    constats = usine.valider()
    attendre(constats, "dossier.activation", usine.chemin("dossier"),
             usine.ligne("dossier", "criteres_activation", "critere_invente"))


def test_criteres_kirikou_inconnus_de_bru_stars(usine_bru: Usine) -> None:
    """Les critères viennent de la configuration : ceux de Kirikou n'existent pas à Bruxelles."""
    usine_bru.ecrire("dossier", modifier=lambda d: d["criteres_activation"].update(difficulte_psychique=True))
    attendre(usine_bru.valider(), "dossier.activation", usine_bru.chemin("dossier"),
             usine_bru.ligne("dossier", "criteres_activation", "difficulte_psychique"))


# --- dossier.demandeurs ---------------------------------------------------------------------------

def test_kirikou_un_seul_demandeur_suffit(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1"]))
    assert usine.valider() == []


def test_bru_stars_un_seul_demandeur(usine_bru: Usine) -> None:
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1"]))
    constats = usine_bru.valider()
    attendre(constats, "dossier.demandeurs", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "demandeurs"))
    seules(constats, "dossier.demandeurs")


def test_bru_stars_demandeur_par_defaut_insuffisant(usine_bru: Usine) -> None:
    """Sans liste de demandeurs, l'initiateur seul ne suffit pas à Bruxelles."""
    usine_bru.ecrire("dossier", modifier=lambda d: d.pop("demandeurs"))
    constats = [c for c in usine_bru.valider() if c.regle == "dossier.demandeurs"]
    assert [(c.fichier, c.gravite) for c in constats] == [(usine_bru.chemin("dossier"), "erreur")]


def test_bru_stars_demandeur_par_defaut_ligne_de_l_initiateur(usine_bru: Usine) -> None:
    usine_bru.ecrire("dossier", modifier=lambda d: d.pop("demandeurs"))
    constats = usine_bru.valider()
    attendre(constats, "dossier.demandeurs", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "initiateur"))


def test_bru_stars_deux_services_de_la_meme_institution(usine_bru: Usine) -> None:
    """aviq-namur et aviq-dinant relèvent toutes deux de l'institution aviq : une seule institution."""
    usine_bru.modifier_acteur("a1", service="aviq-namur")
    usine_bru.ecrire("dossier", modifier=lambda d: d["acteurs"].append(
        {"id": "a2", "role": "professionnel", "service": "aviq-dinant"}))
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1", "a2"]))
    constats = usine_bru.valider()
    c = attendre(constats, "dossier.demandeurs", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "demandeurs"))
    assert "1 institution" in c.message
    seules(constats, "dossier.demandeurs")


def test_bru_stars_deux_institutions_differentes(usine_bru: Usine) -> None:
    usine_bru.modifier_acteur("a1", service="aviq-namur")
    usine_bru.ecrire("dossier", modifier=lambda d: d["acteurs"].append(
        {"id": "a2", "role": "professionnel", "service": "spj-namur"}))
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1", "a2"]))
    assert usine_bru.valider() == []


def test_kirikou_deux_services_de_la_meme_institution_acceptes(usine: Usine) -> None:
    usine.modifier_acteur("a1", service="aviq-namur")
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append(
        {"id": "a2", "role": "professionnel", "service": "aviq-dinant"}))
    usine.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1", "a2"]))
    assert usine.valider() == []


def test_demandeur_inconnu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1", "x9"]))
    constats = usine.valider()
    attendre(constats, "dossier.demandeurs", usine.chemin("dossier"), usine.ligne("dossier", "demandeurs", 1))
    seules(constats, "dossier.demandeurs")


def test_initiateur_inconnu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(initiateur="x9"))
    constats = [c for c in usine.valider() if c.regle == "dossier.demandeurs"]
    attendre(constats, "dossier.demandeurs", usine.chemin("dossier"), usine.ligne("dossier", "initiateur"))


def test_initiateur_absent_des_demandeurs(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["psy"]))
    constats = usine.valider()
    attendre(constats, "dossier.demandeurs", usine.chemin("dossier"), usine.ligne("dossier", "demandeurs"))
    seules(constats, "dossier.demandeurs")


# --- dossier.canal --------------------------------------------------------------------------------

@pytest.mark.parametrize("canal", ["courriel", "telephone", "direct", "reunion_situations_complexes"])
def test_canaux_kirikou(usine: Usine, canal: str) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(canal=canal))
    assert usine.valider() == []


def test_canal_inconnu(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(canal="pigeon_voyageur"))
    constats = usine.valider()
    attendre(constats, "dossier.canal", usine.chemin("dossier"), usine.ligne("dossier", "canal"))
    seules(constats, "dossier.canal")


def test_canal_propre_a_chaque_reseau(usine: Usine, usine_bru: Usine) -> None:
    """La permanence téléphonique est un canal bruxellois ; « telephone » est celui de Kirikou."""
    usine.ecrire("dossier", modifier=lambda d: d.update(canal="permanence_telephonique"))
    attendre(usine.valider(), "dossier.canal", usine.chemin("dossier"), usine.ligne("dossier", "canal"))
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(canal="permanence_telephonique"))
    assert usine_bru.valider() == []
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(canal="telephone"))
    attendre(usine_bru.valider(), "dossier.canal", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "canal"))


# --- dossier.territoire ---------------------------------------------------------------------------

@pytest.mark.parametrize("code_postal", [5000, 5999])
def test_territoire_kirikou_bornes_incluses(usine: Usine, code_postal: int) -> None:
    usine.changer_code(code_jeune(code_postal=code_postal))
    assert usine.valider() == []


@pytest.mark.parametrize("code_postal", [4999, 6000, 1000])
def test_hors_territoire_kirikou(usine: Usine, code_postal: int) -> None:
    usine.changer_code(code_jeune(code_postal=code_postal))
    constats = usine.valider()
    attendre(constats, "dossier.territoire", usine.chemin("dossier"), usine.ligne("dossier", "code"))
    seules(constats, "dossier.territoire")
    assert not any(c.est_erreur for c in constats)


def test_territoire_bru_stars(usine_bru: Usine) -> None:
    usine_bru.changer_code(code_jeune("bru-stars", code_postal=1299))
    assert usine_bru.valider() == []
    usine_bru.changer_code(code_jeune("bru-stars", code_postal=1300))
    attendre(usine_bru.valider(), "dossier.territoire", usine_bru.chemin("dossier"), usine_bru.ligne("dossier", "code"))


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_identifiant_egal_au_repertoire(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002")
    constats = usine.valider()
    absente(constats, "dossier.id")
    assert constats == []


def test_code_voisin_d_un_seul_chiffre_non_partage(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", code=code_jeune(code_postal=5001))
    constats = usine.valider()
    absente(constats, "dossier.code_partage")
    assert constats == []


def test_non_ouvert_motif_propre_au_reseau(usine: Usine) -> None:
    """« retrait » n'est pas un motif par défaut : il vient de la liste de reseau.yaml (Kirikou)."""
    usine.ajouter_dossier("2019-002", ouverture=None, statut="non_ouvert", modifier=_non_ouvert("retrait"))
    constats = usine.valider()
    absente(constats, "dossier.statut")
    assert constats == []


def test_ouverture_le_jour_meme_de_la_demande(usine: Usine) -> None:
    usine.ajouter_dossier("2019-002", ouverture=DATE_DEMANDE, cloture=DATE_DEMANDE)
    constats = usine.valider()
    absente(constats, "dossier.dates")
    assert constats == []


def test_jeune_de_23_ans_a_la_borne_de_la_tranche(usine: Usine) -> None:
    usine.changer_code(code_jeune(annee=1996))  # 23 ans en 2019
    constats = usine.valider()
    absente(constats, "dossier.age")
    assert constats == []


def test_demande_pas_encore_ouverte_sans_tous_les_criteres(usine: Usine) -> None:
    """Les critères ne sont exigés qu'à l'ouverture : une demande en cours peut en manquer un."""
    usine.ajouter_dossier("2019-002", ouverture=None, statut="demande",
                          modifier=lambda d: d["criteres_activation"].update(trajectoire_contrariee=False))
    constats = usine.valider()
    absente(constats, "dossier.activation")
    assert constats == []


def test_bru_stars_deux_demandeurs_d_institutions_differentes(usine_bru: Usine) -> None:
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(demandeurs=["a1", "psy"]))
    constats = usine_bru.valider()
    absente(constats, "dossier.demandeurs")
    assert constats == []


def test_bru_stars_permanence_telephonique(usine_bru: Usine) -> None:
    usine_bru.ecrire("dossier", modifier=lambda d: d.update(canal="permanence_telephonique"))
    constats = usine_bru.valider()
    absente(constats, "dossier.canal")
    assert constats == []


def test_dernier_code_postal_du_territoire(usine: Usine) -> None:
    usine.changer_code(code_jeune(code_postal=5999))
    constats = usine.valider()
    absente(constats, "dossier.territoire")
    assert constats == []


# --- Vie du dossier : périodes de suivi, ce qui reste en suspens à la clôture, âge limite du suivi ---

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
    constats = usine.valider()
    absente(constats, "dossier.episodes")
    assert constats == []


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
