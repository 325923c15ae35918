"""Règles concertation.* : présents, santé mentale, référent, validation, charte, dates et actions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.usine import (DATE_CONCERTATION, ID_DOSSIER, Usine, absente, action_minimale, attendre, concertation_minimale, dumper,
                         ligne_de, seules)

UN_JOUR = dt.timedelta(days=1)
NOTE = "concertation"


def _sans_jeune(presents: list[str]) -> Any:
    """Le jeune absent mais informé par sa mère, qui a porté sa parole."""
    def modifier(n: dict[str, Any]) -> None:
        n.update(presents=presents, jeune_informe_par="mere", voix_du_jeune=True)
    return modifier


# --- concertation.acteur_inconnu --------------------------------------------------------------

def test_present_inconnu(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["presents"].append("x9"))
    constats = usine.valider()
    attendre(constats, "concertation.acteur_inconnu", usine.chemin(NOTE), usine.ligne(NOTE, "presents", 5))
    seules(constats, "concertation.acteur_inconnu")


@pytest.mark.parametrize("champ", ["referent", "coordinateur_soin", "pedopsychiatre", "jeune_informe_par"])
def test_reference_inconnue(usine: Usine, champ: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update({champ: "x9"}))
    constats = [c for c in usine.valider() if c.regle == "concertation.acteur_inconnu"]
    attendre(constats, "concertation.acteur_inconnu", usine.chemin(NOTE), usine.ligne(NOTE, champ))


def test_absent_inconnu_et_absent_connu(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(absents=["x9"]))
    attendre(usine.valider(), "concertation.acteur_inconnu", usine.chemin(NOTE), usine.ligne(NOTE, "absents", 0))
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append({"id": "oncle", "role": "famille", "lien": "oncle"}))
    usine.ecrire(NOTE, modifier=lambda n: n.update(absents=["oncle"]))
    assert usine.valider() == []


def test_present_et_absent_a_la_fois(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(absents=["mere"]))
    constats = usine.valider()
    attendre(constats, "concertation.acteur_inconnu", usine.chemin(NOTE), usine.ligne(NOTE, "absents"))
    seules(constats, "concertation.acteur_inconnu")


# --- concertation.acteurs_min -------------------------------------------------------------------

def test_trois_acteurs_hors_casemanager(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=_sans_jeune(["a1", "mere", "psy", "cm"]))
    assert usine.valider() == []


def test_deux_acteurs_hors_casemanager(usine: Usine) -> None:
    """Le casemanager ne compte pas : a1 + psy + cm = 2 acteurs."""
    usine.ecrire(NOTE, modifier=_sans_jeune(["a1", "psy", "cm"]))
    constats = usine.valider()
    attendre(constats, "concertation.acteurs_min", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    seules(constats, "concertation.acteurs_min")


def test_present_cite_deux_fois_ne_compte_qu_une(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=_sans_jeune(["a1", "psy", "psy", "cm"]))
    attendre(usine.valider(), "concertation.acteurs_min", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))


# --- concertation.axe1 --------------------------------------------------------------------------

def test_aucun_acteur_de_sante_mentale(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "jeune", "mere", "cm"], absents=["psy"]))
    constats = usine.valider()
    attendre(constats, "concertation.axe1", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    seules(constats, "concertation.axe1")


def test_axe1_par_surcharge_de_l_acteur(usine: Usine) -> None:
    """Un éducateur du SPJ travaillant sous la responsabilité d'un pédopsychiatre (axe1: true)."""
    usine.modifier_acteur("a1", axe1=True)
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "jeune", "mere", "cm"], absents=["psy"]))
    assert usine.valider() == []


def test_surcharge_axe1_false_l_emporte_sur_l_annuaire(usine: Usine) -> None:
    usine.modifier_acteur("psy", axe1=False)
    constats = usine.valider()
    attendre(constats, "concertation.axe1", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    seules(constats, "concertation.axe1", "concertation.validation")


# --- concertation.referent ----------------------------------------------------------------------

def test_referent_absent(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(referent="psy", presents=["a1", "jeune", "mere", "cm"],
                                                   absents=["psy"]))
    usine.modifier_acteur("a1", axe1=True)
    constats = usine.valider()
    attendre(constats, "concertation.referent", usine.chemin(NOTE), usine.ligne(NOTE, "referent"))
    seules(constats, "concertation.referent")


@pytest.mark.parametrize("referent", ["dupont-marie", "vandenberghe", "x9"])
def test_referent_inconnu_cite_masque(usine: Usine, referent: str) -> None:
    """Un identifiant inconnu peut être un nom tapé au mauvais endroit : aucun message ne le recopie en clair."""
    usine.ecrire(NOTE, modifier=lambda n: n.update(referent=referent))
    constats = usine.valider()
    attendre(constats, "concertation.referent", usine.chemin(NOTE), usine.ligne(NOTE, "referent"))
    assert all(referent not in c.message for c in constats), constats


@pytest.mark.parametrize("ident", ["dupont-marie", "x9"])
def test_inconnu_present_et_absent_cite_masque(usine: Usine, ident: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: (n["presents"].append(ident), n.update(absents=[ident])))
    constats = usine.valider()
    assert any(c.regle == "concertation.acteur_inconnu" for c in constats)
    assert all(ident not in c.message for c in constats), constats


def test_referent_connu_cite_en_clair(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(referent="psy", presents=["a1", "jeune", "mere", "cm"],
                                                   absents=["psy"]))
    usine.modifier_acteur("a1", axe1=True)
    assert "« psy »" in attendre(usine.valider(), "concertation.referent", usine.chemin(NOTE),
                                 usine.ligne(NOTE, "referent")).message


def test_referent_par_defaut_initiateur_absent(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: (n.pop("referent"), n.update(presents=["jeune", "mere", "psy", "cm"],
                                                                         absents=["a1"])))
    constats = usine.valider()
    attendre(constats, "concertation.referent", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    seules(constats, "concertation.referent")


def test_referent_par_defaut_initiateur_present(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.pop("referent"))
    assert usine.valider() == []


# --- concertation.validation --------------------------------------------------------------------

def test_pedopsychiatre_hors_axe1(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(pedopsychiatre="a1"))
    constats = usine.valider()
    attendre(constats, "concertation.validation", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))
    seules(constats, "concertation.validation")


# --- concertation.pedopsychiatre ----------------------------------------------------------------

def _logopede_valide(usine: Usine, fonction: str | None = "logopède") -> None:
    """Une logopède du service de santé mentale (axe 1), désignée pour valider le plan."""
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append(
        {"id": "logo", "role": "professionnel", "service": "ssm-capj", "charte_signee": DATE_CONCERTATION,
         **({"fonction": fonction} if fonction else {})}))
    usine.ecrire(NOTE, modifier=lambda n: n.update(pedopsychiatre="logo"))


def test_logopede_du_service_de_sante_mentale_ne_valide_pas(usine: Usine) -> None:
    """Le service (axe 1) ne suffit plus : c'est la fonction de l'acteur qui fait le pédopsychiatre."""
    _logopede_valide(usine)
    constats = usine.valider()
    constat = attendre(constats, "concertation.pedopsychiatre", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))
    assert "« l******* »" in constat.message and "validation_clinique" in constat.message
    seules(constats, "concertation.pedopsychiatre")


@pytest.mark.parametrize(("fonction", "secret"), [
    ("logopède <!-- interne -->en conflit avec la mère<!-- /interne -->", "en conflit avec la mère"),
    ("logopède, Mme Vandenberghe", "Vandenberghe"),
    ("logopède (l.dubois@ssm.be)", "l.dubois@ssm.be"),
    ("<!-- interne : à revoir -->logopède<!-- /interne --> stagiaire", "à revoir"),
])
def test_fonction_jamais_recopiee_dans_le_message(usine: Usine, fonction: str, secret: str) -> None:
    """La fonction est un texte libre : un nom, une adresse ou un passage interne y seraient recopiés dans le journal
    de la CI. Le message la cite masquée, comme toute saisie."""
    _logopede_valide(usine, fonction)
    constat = attendre(usine.valider(), "concertation.pedopsychiatre", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))
    assert secret not in constat.message and "interne" not in constat.message


def test_fonction_absente_ne_valide_pas(usine: Usine) -> None:
    _logopede_valide(usine, fonction=None)
    constats = usine.valider()
    attendre(constats, "concertation.pedopsychiatre", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))
    seules(constats, "concertation.pedopsychiatre")


@pytest.mark.parametrize("fonction", ["Pédopsychiatre", "pedopsychiatre", "pédopsychiatre, responsable clinique"])
def test_pedopsychiatre_a_la_casse_et_aux_accents_pres(usine: Usine, fonction: str) -> None:
    usine.modifier_acteur("psy", fonction=fonction)
    constats = usine.valider()
    absente(constats, "concertation.pedopsychiatre")
    assert constats == []


def test_secretaire_du_pedopsychiatre_ne_valide_pas(usine: Usine) -> None:
    _logopede_valide(usine, fonction="secrétaire du pédopsychiatre")
    attendre(usine.valider(), "concertation.pedopsychiatre", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))


def _reseau_admet(fonctions: list[str]) -> Any:
    return lambda r: r.update(validation_clinique={"fonctions": ["pédopsychiatre"], "sous_responsabilite": fonctions})


def test_fonction_sous_responsabilite_admise_par_le_reseau(usine: Usine) -> None:
    """Le réseau peut admettre une fonction qui travaille sous un pédopsychiatre, dans un service axe 1."""
    usine.ecrire("reseau", modifier=_reseau_admet(["assistante en pédopsychiatrie"]))
    _logopede_valide(usine, fonction="assistante en pédopsychiatrie")
    constats = usine.valider()
    absente(constats, "concertation.pedopsychiatre")
    assert constats == []


def test_fonction_sous_responsabilite_hors_axe1(usine: Usine) -> None:
    """Hors santé mentale, même une fonction admise ne valide pas (signalé par concertation.validation)."""
    usine.ecrire("reseau", modifier=_reseau_admet(["assistante en pédopsychiatrie"]))
    usine.modifier_acteur("a1", fonction="assistante en pédopsychiatrie")
    usine.ecrire(NOTE, modifier=lambda n: n.update(pedopsychiatre="a1"))
    constats = usine.valider()
    attendre(constats, "concertation.validation", usine.chemin(NOTE), usine.ligne(NOTE, "pedopsychiatre"))
    seules(constats, "concertation.validation")


@pytest.mark.parametrize("champ", ["pedopsychiatre", "referent"])
def test_validation_avant_la_rencontre(usine: Usine, champ: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["validation"].update({champ: DATE_CONCERTATION - UN_JOUR}))
    constats = usine.valider()
    attendre(constats, "concertation.validation", usine.chemin(NOTE), usine.ligne(NOTE, "validation", champ))
    seules(constats, "concertation.validation")


def test_validation_le_jour_de_la_rencontre(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(validation={"pedopsychiatre": DATE_CONCERTATION,
                                                               "referent": DATE_CONCERTATION}))
    assert usine.valider() == []


# --- concertation.validation_attendue -----------------------------------------------------------

@pytest.mark.parametrize("champ", ["pedopsychiatre", "referent"])
def test_validation_attendue(usine: Usine, champ: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["validation"].pop(champ))
    constats = usine.valider()
    attendre(constats, "concertation.validation_attendue", usine.chemin(NOTE), usine.ligne(NOTE, "validation"))
    seules(constats, "concertation.validation_attendue")
    assert not any(c.est_erreur for c in constats)


# --- concertation.jeune_absent ------------------------------------------------------------------

def test_jeune_absent_sans_rien_dire(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "mere", "psy", "cm"], absents=["jeune"]))
    constats = usine.valider()
    signales = [c for c in constats if c.regle == "concertation.jeune_absent"]
    assert [(c.fichier, c.ligne, c.gravite) for c in signales] == [(usine.chemin(NOTE), usine.ligne(NOTE, "presents"),
                                                                    "erreur")] * 2
    assert {"jeune_informe_par" in c.message for c in signales} == {True, False}
    seules(constats, "concertation.jeune_absent")


def test_jeune_absent_parole_non_renseignee(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "mere", "psy", "cm"], jeune_informe_par="mere"))
    constats = usine.valider()
    attendre(constats, "concertation.jeune_absent", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    seules(constats, "concertation.jeune_absent")


@pytest.mark.parametrize("voix", [True, False])
def test_jeune_absent_informe(usine: Usine, voix: bool) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "mere", "psy", "cm"], jeune_informe_par="mere",
                                                   voix_du_jeune=voix))
    assert usine.valider() == []


# --- concertation.charte ------------------------------------------------------------------------

def test_adhesion_a_la_charte_non_confirmee(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(adhesion_charte=False))
    constats = usine.valider()
    attendre(constats, "concertation.charte", usine.chemin(NOTE), usine.ligne(NOTE, "adhesion_charte"))
    seules(constats, "concertation.charte")


def test_charte_signee_apres_la_rencontre(usine: Usine) -> None:
    usine.modifier_acteur("mere", charte_signee=DATE_CONCERTATION + UN_JOUR)
    constats = usine.valider()
    c = attendre(constats, "concertation.charte", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))
    assert "mere" in c.message
    seules(constats, "concertation.charte")


def test_charte_jamais_signee(usine: Usine) -> None:
    usine.modifier_acteur("cm", charte_signee=None)
    attendre(usine.valider(), "concertation.charte", usine.chemin(NOTE), usine.ligne(NOTE, "presents"))


def test_charte_signee_le_jour_de_la_rencontre(usine: Usine) -> None:
    usine.modifier_acteur("mere", charte_signee=DATE_CONCERTATION)
    assert usine.valider() == []


def test_charte_des_absents_non_exigee(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append({"id": "oncle", "role": "famille", "lien": "oncle"}))
    usine.ecrire(NOTE, modifier=lambda n: n.update(absents=["oncle"]))
    assert usine.valider() == []


# --- concertation.fiche_presence ----------------------------------------------------------------

def test_fiche_de_presence_non_signee(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(fiche_presence=False))
    constats = usine.valider()
    attendre(constats, "concertation.fiche_presence", usine.chemin(NOTE), usine.ligne(NOTE, "fiche_presence"))
    seules(constats, "concertation.fiche_presence")


# --- concertation.dates -------------------------------------------------------------------------

def test_rencontre_avant_l_ouverture(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["dates"].update(ouverture=DATE_CONCERTATION + UN_JOUR))
    constats = usine.valider()
    attendre(constats, "concertation.dates", usine.chemin(NOTE), usine.ligne(NOTE, "date"))
    seules(constats, "concertation.dates")


def test_rencontre_le_jour_de_l_ouverture(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["dates"].update(ouverture=DATE_CONCERTATION))
    assert usine.valider() == []


def test_rencontre_apres_la_cloture(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"),
                                                d["dates"].update(cloture=DATE_CONCERTATION - UN_JOUR)))
    constats = [c for c in usine.valider() if c.regle == "concertation.dates"]
    attendre(constats, "concertation.dates", usine.chemin(NOTE), usine.ligne(NOTE, "date"))


def test_rencontre_le_jour_de_la_cloture(usine: Usine) -> None:
    # Clore, c'est aussi régler l'action et la rencontre prévue (sinon : dossier.cloture_en_suspens).
    usine.ecrire(NOTE, modifier=lambda n: (n["actions"][0].update(statut="faite"),
                                           n["prochaine_rencontre"].update(engagement=False)))
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"), d["dates"].update(cloture=DATE_CONCERTATION)))
    assert usine.valider() == []


def test_rencontre_dans_un_dossier_non_ouvert(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="demande"), d["dates"].pop("ouverture")))
    constats = usine.valider()
    attendre(constats, "concertation.dates", usine.chemin(NOTE), usine.ligne(NOTE, "date"))
    seules(constats, "concertation.dates")


def test_prochaine_rencontre_le_meme_jour(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["prochaine_rencontre"].update(date=DATE_CONCERTATION))
    constats = usine.valider()
    attendre(constats, "concertation.dates", usine.chemin(NOTE), usine.ligne(NOTE, "prochaine_rencontre", "date"))
    seules(constats, "concertation.dates")


def test_prochaine_rencontre_le_lendemain(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["prochaine_rencontre"].update(date=DATE_CONCERTATION + UN_JOUR))
    assert usine.valider() == []


# --- concertation.actions_numeros ---------------------------------------------------------------

def test_numero_d_action_en_double(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"].append(action_minimale(1)))
    constats = usine.valider()
    attendre(constats, "concertation.actions_numeros", usine.chemin(NOTE), usine.ligne(NOTE, "actions", 1, "numero"))
    seules(constats, "concertation.actions_numeros")


def test_numeros_d_actions_distincts(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"].append(action_minimale(2)))
    assert usine.valider() == []


# --- concertation.action_qui --------------------------------------------------------------------

@pytest.mark.parametrize("champ", ["qui", "avec_qui"])
def test_action_portee_par_un_inconnu(usine: Usine, champ: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0][champ].append("x9"))
    constats = usine.valider()
    attendre(constats, "concertation.action_qui", usine.chemin(NOTE), usine.ligne(NOTE, "actions", 0, champ, 1))
    seules(constats, "concertation.action_qui")


def test_action_portee_par_la_famille(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(qui=["mere", "a1"], avec_qui=["jeune"]))
    assert usine.valider() == []


# --- concertation.action_echeance ---------------------------------------------------------------

def test_echeance_le_jour_de_la_rencontre(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(echeance=DATE_CONCERTATION))
    constats = usine.valider()
    attendre(constats, "concertation.action_echeance", usine.chemin(NOTE), usine.ligne(NOTE, "actions", 0, "echeance"))
    seules(constats, "concertation.action_echeance")


def test_echeance_le_lendemain_de_la_rencontre(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(echeance=DATE_CONCERTATION + UN_JOUR))
    assert usine.valider() == []


@pytest.mark.parametrize("statut", ["faite", "abandonnee"])
def test_action_terminee_garde_sa_vraie_echeance_passee(usine: Usine, statut: str) -> None:
    """Faite avant la rencontre : son échéance réelle est passée, ce n'est pas une faute de frappe."""
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(echeance=DATE_CONCERTATION - 10 * UN_JOUR, statut=statut))
    absente(usine.valider(), "concertation.action_echeance")


@pytest.mark.parametrize(("meme_description", "attendue"), [(True, False), (False, True)])
def test_action_reprise_d_une_note_precedente(usine: Usine, meme_description: bool, attendue: bool) -> None:
    """Reprise d'une note précédente avec son échéance (en retard) : permise ; une nouvelle action datée
    d'avant la rencontre reste une faute de frappe."""
    premiere = DATE_CONCERTATION - 30 * UN_JOUR
    echeance = DATE_CONCERTATION - 5 * UN_JOUR

    def ancienne(n: dict) -> None:
        n.update(date=premiere, prochaine_rencontre={"engagement": True, "date": DATE_CONCERTATION})
        n["validation"] = {"pedopsychiatre": premiere, "referent": premiere}
        n["actions"][0].update(echeance=echeance)
    usine.ecrire(f"dossiers/{ID_DOSSIER}/concertations/{premiere}.yaml", modifier=None,
                 donnees=_modifiee(concertation_minimale(), ancienne))
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(
        echeance=echeance, statut="en_cours",
        description=n["actions"][0]["description"] if meme_description else "une autre action"))
    constats = usine.valider()
    assert any(c.regle == "concertation.action_echeance" for c in constats) is attendue, constats


def _modifiee(donnees: dict, modifier) -> dict:  # type: ignore[no-untyped-def]
    modifier(donnees)
    return donnees


# --- une note d'un seul fichier Markdown (en-tête YAML) -------------------------------------------

def test_note_en_un_seul_fichier_markdown(usine: Usine) -> None:
    """Les lignes d'un en-tête YAML sont celles du fichier .md (décalées du « --- » d'ouverture)."""
    usine.supprimer("concertation")
    donnees = concertation_minimale()
    donnees["actions"][0]["echeance"] = DATE_CONCERTATION
    entete = dumper(donnees)
    usine.ecrire("recit", "---\n" + entete + "---\n" + usine.donnees["recit"])
    usine.ecrire("financement", modifier=lambda f: f["pieces"][1].update(fichier=f"concertations/{DATE_CONCERTATION}.md"))
    constats = usine.valider()
    attendre(constats, "concertation.action_echeance", usine.chemin("recit"),
             ligne_de(entete, "actions", 0, "echeance", decalage=1))
    seules(constats, "concertation.action_echeance")


# --- les cas voisins qui passent : la règle ne dit rien ----------------------------------------

def test_absent_declare_dans_le_dossier(usine: Usine) -> None:
    """Comme « x9 », mais l'oncle est un acteur du dossier ; il n'est qu'absent."""
    usine.ecrire("dossier", modifier=lambda d: d["acteurs"].append({"id": "oncle", "role": "famille", "lien": "oncle"}))
    usine.ecrire(NOTE, modifier=lambda n: n.update(absents=["oncle"]))
    constats = usine.valider()
    absente(constats, "concertation.acteur_inconnu")
    assert constats == []


def test_exactement_trois_acteurs_hors_casemanager(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=_sans_jeune(["a1", "mere", "psy", "cm"]))
    constats = usine.valider()
    absente(constats, "concertation.acteurs_min")
    assert constats == []


def test_un_seul_acteur_axe1_present(usine: Usine) -> None:
    """Le pédopsychiatre absent, mais un professionnel sous sa responsabilité (axe1: true) est là."""
    usine.modifier_acteur("a1", axe1=True)
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "jeune", "mere", "cm"], absents=["psy"]))
    constats = usine.valider()
    absente(constats, "concertation.axe1")
    assert constats == []


def test_referent_designe_present(usine: Usine) -> None:
    """L'initiateur absent n'est pas en cause quand la note désigne un autre référent, présent."""
    usine.ecrire(NOTE, modifier=lambda n: n.update(referent="psy", presents=["jeune", "mere", "psy", "cm"],
                                                   absents=["a1"]))
    constats = usine.valider()
    absente(constats, "concertation.referent")
    assert constats == []


def test_validee_le_jour_meme_par_un_pedopsychiatre(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(validation={"pedopsychiatre": DATE_CONCERTATION,
                                                               "referent": DATE_CONCERTATION}))
    constats = usine.valider()
    absente(constats, "concertation.validation")
    assert constats == []


def test_validation_complete_le_jour_meme(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(validation={"pedopsychiatre": DATE_CONCERTATION,
                                                               "referent": DATE_CONCERTATION}))
    constats = usine.valider()
    absente(constats, "concertation.validation_attendue")
    assert constats == []


def test_jeune_absent_informe_parole_non_portee(usine: Usine) -> None:
    """voix_du_jeune: false est une réponse : la note dit que sa parole n'a pas été portée."""
    usine.ecrire(NOTE, modifier=lambda n: n.update(presents=["a1", "mere", "psy", "cm"], absents=["jeune"],
                                                   jeune_informe_par="mere", voix_du_jeune=False))
    constats = usine.valider()
    absente(constats, "concertation.jeune_absent")
    assert constats == []


def test_charte_signee_sur_place_le_jour_de_la_rencontre(usine: Usine) -> None:
    for ident in ("a1", "jeune", "mere", "psy", "cm"):
        usine.modifier_acteur(ident, charte_signee=DATE_CONCERTATION)
    constats = usine.valider()
    absente(constats, "concertation.charte")
    assert constats == []


def test_fiche_de_presence_signee(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n.update(fiche_presence=True))
    constats = usine.valider()
    absente(constats, "concertation.fiche_presence")
    assert constats == []


def test_prochaine_rencontre_le_lendemain_dans_un_dossier_ouvert_le_jour_meme(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d["dates"].update(ouverture=DATE_CONCERTATION))
    usine.ecrire(NOTE, modifier=lambda n: n["prochaine_rencontre"].update(date=DATE_CONCERTATION + UN_JOUR))
    constats = usine.valider()
    absente(constats, "concertation.dates")
    assert constats == []


def test_actions_numerotees_un_et_deux(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"].append(action_minimale(2)))
    constats = usine.valider()
    absente(constats, "concertation.actions_numeros")
    assert constats == []


@pytest.mark.parametrize("champ", ["qui", "avec_qui"])
def test_action_portee_par_un_acteur_connu(usine: Usine, champ: str) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0][champ].append("mere"))
    constats = usine.valider()
    absente(constats, "concertation.action_qui")
    assert constats == []


def test_echeance_le_lendemain(usine: Usine) -> None:
    usine.ecrire(NOTE, modifier=lambda n: n["actions"][0].update(echeance=DATE_CONCERTATION + UN_JOUR))
    constats = usine.valider()
    absente(constats, "concertation.action_echeance")
    assert constats == []


# --- concertation.prochaine_sans_note -------------------------------------------------------------

def _note_suivante(usine: Usine, jour: dt.date) -> str:
    """Une seconde note, tenue le `jour` donné ; renvoie son chemin relatif."""
    chemin = f"dossiers/{ID_DOSSIER}/concertations/{jour}.yaml"
    donnees = concertation_minimale()
    donnees.update(date=jour, validation={"pedopsychiatre": jour, "referent": jour}, mandat_financement=False,
                   actions=[{**action_minimale(), "echeance": jour + dt.timedelta(days=30)}],
                   prochaine_rencontre={"engagement": True, "date": jour + dt.timedelta(days=45)})
    usine.ecrire(chemin, donnees)
    return chemin


def test_prochaine_concertation_passee_sans_note(usine: Usine) -> None:
    """La note du 1er mars annonce le 15 avril ; la note suivante est du 20 mai : le 15 avril n'a pas de note."""
    annoncee = usine.donnees[NOTE]["prochaine_rencontre"]["date"]
    _note_suivante(usine, annoncee + dt.timedelta(days=35))
    constats = usine.valider()
    constat = attendre(constats, "concertation.prochaine_sans_note", usine.chemin(NOTE),
                       usine.ligne(NOTE, "prochaine_rencontre", "date"))
    assert constat.gravite == "avertissement" and str(annoncee) in constat.message
    seules(constats, "concertation.prochaine_sans_note")


def test_prochaine_concertation_tenue_le_jour_annonce(usine: Usine) -> None:
    _note_suivante(usine, usine.donnees[NOTE]["prochaine_rencontre"]["date"])
    constats = usine.valider()
    absente(constats, "concertation.prochaine_sans_note")
    assert constats == []


def test_prochaine_concertation_encore_a_venir(usine: Usine) -> None:
    """La dernière note annonce une rencontre après elle : rien à signaler, même si elle n'a pas de note."""
    _note_suivante(usine, usine.donnees[NOTE]["prochaine_rencontre"]["date"] - dt.timedelta(days=10))
    constats = usine.valider()
    absente(constats, "concertation.prochaine_sans_note")
