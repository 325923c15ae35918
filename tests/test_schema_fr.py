"""Erreurs de schéma en français (filrouge.schema_fr) : champ, ligne, suggestion, jamais la valeur saisie."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.usine import Usine, attendre, seules

NOM = "Zorglubette Wxyzabcd"
"""Un faux nom de personne, planté dans des champs au mauvais type : il ne doit jamais ressortir."""


def test_champ_inconnu_avec_suggestion(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(echance=n["actions"][0].pop("echeance")))
    constats = usine.valider()
    c = attendre([x for x in constats if x.regle == "schema.champ_inconnu"], "schema.champ_inconnu",
                 usine.chemin("concertation"), usine.ligne("concertation", "actions", 0, "echance"))
    assert "vouliez-vous écrire « echeance »" in c.message
    # la note devient invalide : la demande qui s'y réfère ne la trouve plus
    seules(constats, "schema.champ_inconnu", "financement.mandat")
    assert not [x for x in constats if x.regle == "schema.champ_manquant"], "la faute de frappe ne compte qu'une fois"


def test_champ_inconnu_a_la_racine(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(statuts="ouvert"))
    constats = usine.valider()
    c = attendre(constats, "schema.champ_inconnu", usine.chemin("dossier"), usine.ligne("dossier", "statuts"))
    assert "« statut »" in c.message


def test_champ_inconnu_sans_suggestion(usine: Usine) -> None:
    usine.ecrire("dossier", modifier=lambda d: d.update(qwxzk=1))
    c = attendre(usine.valider(), "schema.champ_inconnu", usine.chemin("dossier"), usine.ligne("dossier", "qwxzk"))
    assert "vouliez-vous" not in c.message


def test_champ_manquant(usine: Usine) -> None:
    usine.ecrire("financement", modifier=lambda f: f.pop("certifie_sincere"))
    constats = usine.valider()
    c = attendre(constats, "schema.champ_manquant", usine.chemin("financement"), 1)
    assert "certifie_sincere" in c.message


def test_champ_manquant_imbrique_a_la_ligne_du_parent(usine: Usine) -> None:
    usine.ecrire("financement", modifier=lambda f: f["attestations"].pop("urgente"))
    c = attendre(usine.valider(), "schema.champ_manquant", usine.chemin("financement"),
                 usine.ligne("financement", "attestations"))
    assert "attestations › urgente" in c.message


@pytest.mark.parametrize(("nom", "chemin", "valeur", "regle"), [
    ("concertation", ("fiche_presence",), "oui", "schema.type"),
    ("concertation", ("actions", 0, "numero"), "1", "schema.type"),
    ("financement", ("montant_demande",), "2500 €", "schema.type"),
    ("dossier", ("dates", "demande"), "01/02/2019", "schema.type"),
    ("dossier", ("statut",), "ferme", "schema.valeur"),
    ("dossier", ("id",), "dossier 1", "schema.format"),
    ("dossier", ("acteurs", 2, "initiales"), "Marie D.", "schema.format"),
    ("concertation", ("presents",), [], "schema.valeur"),
    ("dossier", ("acteurs", 0, "service"), "SPJ Namur", "schema.format"),
])
def test_erreur_de_type_ou_de_valeur_a_la_ligne_du_champ(usine: Usine, nom: str, chemin: tuple[str | int, ...],
                                                         valeur: Any, regle: str) -> None:
    def poser(d: Any) -> None:
        for cle in chemin[:-1]:
            d = d[cle]
        d[chemin[-1]] = valeur
    usine.ecrire(nom, modifier=poser)
    constats = usine.valider()
    attendre([c for c in constats if c.regle == regle], regle, usine.chemin(nom), usine.ligne(nom, *chemin))
    assert all(c.fichier != usine.chemin(nom) or c.regle.startswith(("schema.", "anonymat.")) for c in constats)


def test_fichier_qui_n_est_pas_un_dictionnaire(usine: Usine) -> None:
    usine.ecrire("preparation", ["une", "liste"])
    c = attendre(usine.valider(), "schema.structure", usine.chemin("preparation"), 1)
    assert "liste" in c.message


def test_fichier_vide(usine: Usine) -> None:
    usine.ecrire("preparation", "# rien\n")
    c = attendre(usine.valider(), "schema.structure", usine.chemin("preparation"), 1)
    assert "vide" in c.message


# --- la valeur saisie n'est jamais recopiée -------------------------------------------------------

def _chemins(donnees: Any, prefixe: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Tous les chemins (clés et indices) d'une structure, feuilles et nœuds."""
    resultat: list[tuple[Any, ...]] = []
    if isinstance(donnees, dict):
        for cle, valeur in donnees.items():
            resultat.append(prefixe + (cle,))
            resultat.extend(_chemins(valeur, prefixe + (cle,)))
    elif isinstance(donnees, list):
        for i, valeur in enumerate(donnees):
            resultat.append(prefixe + (i,))
            resultat.extend(_chemins(valeur, prefixe + (i,)))
    return resultat


FICHIERS = ["dossier", "preparation", "concertation", "financement"]
MAUVAIS_TYPES: list[Callable[[str], Any]] = [
    lambda nom: {"nom": nom}, lambda nom: [nom], lambda nom: [{"x": nom}], lambda nom: {"a": [nom]},
]


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(donnees=st.data())
def test_le_nom_plante_n_apparait_dans_aucun_message(usine: Usine, donnees: st.DataObject) -> None:
    """Un nom glissé dans un champ au mauvais type : le message nomme le champ, jamais la valeur."""
    nom_fichier = donnees.draw(st.sampled_from(FICHIERS))
    originales = usine.donnees[nom_fichier]
    chemin = donnees.draw(st.sampled_from(_chemins(originales)))
    fabrique = donnees.draw(st.sampled_from(MAUVAIS_TYPES))

    def poser(d: Any) -> None:
        for cle in chemin[:-1]:
            d = d[cle]
        d[chemin[-1]] = fabrique(NOM)
    sauvegarde = copy.deepcopy(originales)
    try:
        usine.ecrire(nom_fichier, modifier=poser)
        constats = usine.valider()
        schema = [c for c in constats if c.regle.startswith(("schema.", "lecture."))]
        assert schema, f"aucune erreur de schéma pour {chemin} = {fabrique(NOM)!r}"
        for c in constats:
            assert "Zorglub" not in c.message and "Wxyzabcd" not in c.message, c
            assert c.ligne is not None and c.ligne >= 1
    finally:
        usine.ecrire(nom_fichier, sauvegarde)


@pytest.mark.parametrize(("nom", "chemin"), [
    ("dossier", ("motif_demande",)), ("dossier", ("acteurs", 2, "lien")), ("concertation", ("lieu",)),
    ("concertation", ("heure",)), ("preparation", ("attentes", "jeune")), ("financement", ("montant_demande",)),
    ("concertation", ("presents", 0)), ("dossier", ("consentement", "date")), ("dossier", ("statut",)),
])
def test_nom_dans_un_champ_texte_au_mauvais_type(usine: Usine, nom: str, chemin: tuple[str | int, ...]) -> None:
    """Nombre ou liste à la place d'un texte, et inversement : le message ne cite que le champ."""
    def poser(d: Any) -> None:
        for cle in chemin[:-1]:
            d = d[cle]
        d[chemin[-1]] = NOM if not isinstance(d[chemin[-1]], str) else [NOM]
    usine.ecrire(nom, modifier=poser)
    constats = usine.valider()
    assert any(c.regle.startswith("schema.") and c.fichier == usine.chemin(nom) for c in constats)
    assert all(NOM not in c.message and "Zorglub" not in c.message for c in constats), constats
