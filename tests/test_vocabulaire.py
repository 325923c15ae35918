"""Masquer ce qui pourrait être personnel, et seulement cela.

Le vocabulaire connu (clés du schéma, valeurs permises, identifiants et alias de l'annuaire,
critères de la configuration, identifiants des dossiers, chemins que filrouge propose) se cite
en clair, à la casse et aux accents près, avec « vouliez-vous écrire » ; toute autre saisie reste
masquée, et la proposition vient toujours du vocabulaire, jamais de la saisie.
"""

from __future__ import annotations

from typing import Any

import pytest

from filrouge.constat import citer, plus_proche, proposer
from tests.usine import Usine


def _messages(usine: Usine, fichier: str) -> list[str]:
    return [c.message for c in usine.valider() if c.fichier == usine.chemin(fichier)]


def _ajouter_cle(cle: str, valeur: Any = "2019-04-01") -> Any:
    def modifier(note: dict[str, Any]) -> None:
        note["actions"][0][cle] = valeur
    return modifier


@pytest.mark.parametrize(("cle", "clair"), [("échéance", True), ("Echeance", True), ("ÉCHÉANCE", True),
                                            ("echance", False), ("echeanse", False)])
def test_cle_du_schema_mal_tapee(usine: Usine, cle: str, clair: bool) -> None:
    def modifier(note: dict[str, Any]) -> None:
        note["actions"][0][cle] = note["actions"][0].pop("echeance")
    usine.ecrire("concertation", modifier=modifier)
    messages = [m for m in _messages(usine, "concertation") if "champ inconnu" in m]
    assert len(messages) == 1, _messages(usine, "concertation")
    assert messages[0].endswith("vouliez-vous écrire « echeance » ?")
    assert (f"« {cle} »" in messages[0]) is clair, messages[0]
    assert not any("champ obligatoire « actions › n°1 › echeance »" in m for m in _messages(usine, "concertation")), \
        "une faute de frappe, un seul constat"


@pytest.mark.parametrize("cle", ["Dupont", "julie_vermeulen", "Madame Lambert", "0471234567"])
def test_cle_qui_pourrait_etre_un_nom_reste_masquee(usine: Usine, cle: str) -> None:
    usine.ecrire("concertation", modifier=_ajouter_cle(cle))
    messages = " ".join(_messages(usine, "concertation"))
    assert "champ inconnu" in messages
    for morceau in cle.replace("_", " ").split():
        if morceau != "Madame":  # une civilité n'est pas personnelle : la garde la cite pour se faire comprendre
            assert morceau not in messages, messages


def test_acteur_mal_tape_propose_l_acteur_du_dossier(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(qui=["pys"]))
    message = next(m for m in _messages(usine, "concertation") if "n'est pas un acteur" in m)
    assert "« p** »" in message and message.endswith("vouliez-vous écrire « psy » ?")


def test_prenom_a_la_place_d_un_acteur_reste_masque(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda n: n["actions"][0].update(qui=["zorglubine"]))
    message = next(m for m in _messages(usine, "concertation") if "n'est pas un acteur" in m)
    assert "zorglubine" not in message.lower() and "« z********* »" in message


@pytest.mark.parametrize(("saisie", "attendu"), [("saj", "saj-namur"), ("pms", "cpms"), ("spj-namru", "spj-namur")])
def test_service_par_son_alias_ou_mal_tape(usine: Usine, saisie: str, attendu: str) -> None:
    usine.modifier_acteur("a1", service=saisie)
    message = next(m for m in _messages(usine, "dossier") if "absent de l'annuaire" in m)
    assert message.endswith(f"vouliez-vous écrire « {attendu} » ?"), message
    assert ("« " + saisie + " »" in message) is (saisie in ("saj", "pms")), "un alias connu se cite en clair"


def test_critere_accentue_cite_en_clair(usine: Usine) -> None:
    def modifier(d: dict[str, Any]) -> None:
        d["criteres_activation"]["difficulté_psychique"] = d["criteres_activation"].pop("difficulte_psychique")
    usine.ecrire("dossier", modifier=modifier)
    message = next(m for m in _messages(usine, "dossier") if "critère « difficulté_psychique »" in m)
    assert message.endswith("vouliez-vous écrire « difficulte_psychique » ?")


def test_piece_proposee_par_filrouge_citee_en_clair(usine: Usine) -> None:
    """Le chemin que `filrouge financement nouveau` écrit ne vient pas de la saisie : il se lit en clair."""
    def modifier(f: dict[str, Any]) -> None:
        f["pieces"] = [{"type": "devis", "fichier": "pieces/devis-action-1.pdf"}]
    usine.ecrire("financement", modifier=modifier)
    message = next(m for m in _messages(usine, "financement") if "pièce introuvable" in m)
    assert "« pieces/devis-action-1.pdf »" in message


def test_regle_inconnue_dans_la_configuration(usine: Usine) -> None:
    usine.ecrire("reseau", modifier=lambda r: r.update(regles={"dossier.code_partag": "desactivee"}))
    message = next(c.message for c in usine.valider() if c.regle == "configuration.regles")
    assert message.endswith("vouliez-vous écrire « dossier.code_partage » ?"), message


def test_valeurs_permises_en_francais() -> None:
    """La liste des valeurs permises se lit en français (« ou », jamais « or »)."""
    from filrouge.lecture import Document
    from filrouge.modele import Concertation
    from filrouge.schema_fr import valider_modele
    from tests.usine import concertation_minimale

    for statut in ("fini", 3, "FAITE", None):
        donnees = concertation_minimale()
        donnees["actions"][0]["statut"] = statut
        _, constats = valider_modele(Concertation, Document("note.yaml", donnees, {}))
        assert constats and all(" or " not in c.message for c in constats), constats


def test_citer_et_proposer() -> None:
    assert citer("julie-dumont") == "« j****-d***** »"
    assert citer("Échéance", ["echeance"]) == "« Échéance »"
    assert proposer("echeance", ["echeance"]) == "", "rien à proposer quand la saisie est juste"
    assert plus_proche("xyzzy", ["echeance", "statut"]) is None
