"""Cinquante-deuxième passage : un nom de famille inconnu, seul, en capitales (six lettres au moins) n'est plus tenu pour
un sigle là où seule une personne va (garde54, écrit à l'aveugle avant lui) : devant un lien de famille entre
parenthèses ou apposé, devant un âge apposé, après un verbe de conseil et « à » ; pas là où un organisme va aussi
(« avec », « chez », « a rappelé » : l'attaque-84). Variantes écrites ici (jamais les phrases de `cas/garde54.jsonl`) ; à côté, les négatifs
voisins qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms as _noms, seul_masque


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("NGANDUWE (grand-mère) garde le petit le mercredi.", "« N******* »"),
        ("Présente : MBUYAMBELE (la tante maternelle).", "« M********* »"),
        ("Le jeune parle souvent de MUKENDAYI, la tante, qui l'héberge.", "« M******** »"),
        ("KOTSCHENKO, le beau-père, refuse la guidance.", "« K********* »"),
        ("TSHIMPAKA, 16 ans, demande à être entendu seul.", "« T******** »"),
        ("Il faut rappeler à KABONGELE que le rdv est jeudi.", "« K******** »"),
        ("Rappeler à M'BAYE de venir signer le PIA.", "« M'B*** »"),  # six caractères, apostrophe comprise (revue54)
    ],
)
def test_le_nom_est_masque(texte: str, masque: str) -> None:
    assert masque in seul_masque(texte)


def test_en_yaml_aussi() -> None:
    assert "« O******* »" in seul_masque("remarque: OKONKWOA (oncle) accompagne le jeune au tribunal\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Rencontre avec le CRIPEL pour le cours de français.",  # un organisme prend son article
        "Orienté vers VIVALIA pour le bilan.",  # « vers » : un lieu, un organisme
        "URGENT : rappeler la mère avant vendredi.",  # un mot ordinaire en capitales
        "CONFIDENTIEL (mère) : ne pas diffuser.",  # un mot du lexique, pas un mot inconnu
        "Rendez-vous chez FEDASIL jeudi.",  # un organisme des listes
        "Le SAJ (mandant) a rappelé.",  # un sigle court
        "Courrier envoyé à BRUXELLES hier.",  # un lieu
        # un organisme absent des listes, là où une personne pourrait aussi être (l'attaque-84) : muet
        "Rendez-vous pris avec HELORIXA pour le bilan.",
        "Le jeune dort chez TREMPLAXO (asbl) deux nuits.",
        "KALEIDOSO (coordinatrice) demande un rapport.",
        "MEDIPRIXA a accepté la prise en charge.",
        "J'ai contacté HOSPITALOX pour le lit.",
        # après une préposition de lieu, un lieu même devant un âge ou un lien (la relecture revue54)
        "Hospitalisation à KAPELLEKE, 3 ans après le premier séjour.",
        "Suivi au KAPELLEKE (mère et jeune) tous les mardis.",
        "Du lait NUTRIBEN (bébé) pour le petit.",  # « bébé » dit l'usage, pas un lien
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _noms(texte) == []
