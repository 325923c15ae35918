"""Trente-sixième passage, réglé sur les ratés d'aveugle-64 (le logement et l'argent). Les cas de
`cas/garde36.jsonl` ont été écrits par une aide qui n'a lu ni la garde ni ses essais, avant le changement, à partir
des seules classes à couvrir : rues néerlandaises à « n° », à boîte ou à numéro devant ; un proche ou un rôle du
logement sous une rubrique ou devant une parenthèse ; et leurs négatifs voisins (voie d'un logement proposé, rue sans
numéro, rôle suivi d'un service). Mesure avant/après : docs/bench/anonymat.md. Données fictives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

CAS = [json.loads(ligne) for ligne in (Path(__file__).parent / "cas" / "garde36.jsonl").read_text(encoding="utf-8")
       .splitlines()]
RATES_CONNUS = {
    "cas36-026": "rue en minuscules sans localité (« zuidstraat no 15. »)",
    "cas36-087": "nom en minuscules sous la rubrique d'un rôle du logement (« bailleur: dewulf »)",
    "cas36-091": "nom en minuscules sous une rubrique (« - propriétaire : mertens »)",
    "cas36-113": "« maître » en minuscules sous une rubrique (« - huissier : maître nuyts »)",
    "cas36-115": "nom en minuscules entre parenthèses après un rôle du logement (« Le concierge (vermeulen) »)",
    "cas36-124": "prénom homonyme d'un mot anglais entre parenthèses (« (Joke) »)",
    "cas36-126": "nom en minuscules hors des listes entre parenthèses (« (claessens) »)",
    "cas36-184": "« rue de la Senne » : « Senne » lu comme un nom",
    "cas36-187": "« rue de Linthout » : « Linthout » lu comme un nom",
    "cas36-231": "« proprietaire: Woonhaven Antwerpen » : une société de logement inconnue des listes",
}
"""Les cas encore ratés, chacun avec sa raison (laissés, voir docs/bench/anonymat.md)."""


def _signale(cas: dict[str, str | None]) -> bool:
    """Un constat de nom ou d'adresse sur une ligne de l'attendu (ou n'importe où pour un négatif)."""
    texte = str(cas["texte"])
    fichier = "dossiers/2019-003/concertations/note." + ("yaml" if cas["support"] == "yaml" else "md")
    constats = analyser_texte(texte, fichier, ContexteAnonymat())[0]
    if cas["attendu"] is None:
        return bool(constats)
    debut = texte.index(str(cas["attendu"]))
    premiere, derniere = texte.count("\n", 0, debut) + 1, texte.count("\n", 0, debut + len(str(cas["attendu"]))) + 1
    return any(premiere <= c.ligne <= derniere and c.regle in ("anonymat.nom", "anonymat.adresse") for c in constats)


@pytest.mark.parametrize("cas", [c for c in CAS if c["attendu"] is not None and c["id"] not in RATES_CONNUS],
                         ids=lambda c: f"{c['id']}-{c['classe']}")
def test_le_nom_ou_l_adresse_est_signale(cas: dict[str, str | None]) -> None:
    assert _signale(cas), cas["texte"]


@pytest.mark.parametrize("cas", [c for c in CAS if c["attendu"] is None and c["id"] not in RATES_CONNUS],
                         ids=lambda c: f"{c['id']}-{c['classe']}")
def test_le_negatif_voisin_reste_muet(cas: dict[str, str | None]) -> None:
    assert not _signale(cas), cas["texte"]


def test_les_rates_connus_sont_des_cas_du_fichier() -> None:
    """Une raison par cas raté, et aucun identifiant qui ne désigne plus rien."""
    assert set(RATES_CONNUS) <= {c["id"] for c in CAS}
