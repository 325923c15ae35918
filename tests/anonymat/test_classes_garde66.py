"""Soixante-quatrième passage : un nom de famille inconnu en capitales, juste après « de » et ce qui concerne une
personne (« la situation de », « le suivi de », « la demande de », « l'orientation de », « la prise en charge de »), est
un nom, comme après ce qu'elle vit (garde57) : garde66, écrit à l'aveugle avant lui, n'en trouvait que 26 sur 90. Un
organisme en capitales hors des listes y est lu comme un nom (« la situation de CEMOMIX » : un partenaire s'inscrit à
l'annuaire) ; pas un organisme des listes, ni devant son apposition, ni un sigle ou un mot. Variantes écrites ici
(jamais les phrases de `cas/garde66.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La situation de MBWAKILANGA s'est dégradée depuis mars.", "MBWAKILANGA"),
        ("Le suivi de TAZERKOUTI reprend après les vacances.", "TAZERKOUTI"),
        ("La demande de WABELAKATA est claire : rester au foyer.", "WABELAKATA"),
        ("L'orientation de NGALAMULUME vers le CEFA est discutée.", "NGALAMULUME"),
        ("La prise en charge de KALUNDAYI à l'hôpital de jour continue.", "KALUNDAYI"),
        ("L'avis de ÇETINKAYALIOĞLU sur le lieu de vie est attendu.", "ÇETINKAYALIOĞLU"),
        ("remarque: le placement de MBUYAMVWA est prolongé\n", "MBUYAMVWA"),
        ("| 03/04 | cm | point sur l'hébergement de OSTROWIECKA |", "OSTROWIECKA"),
        # un organisme inventé, hors des listes : lu comme un nom, accepté (l'attaque-87 l'avait écarté)
        ("La situation de CEMOMIX reste tendue pour les lits.", "CEMOMIX"),
        ("Les prises en charge de MUKENDIWA sont suspendues.", "MUKENDIWA"),
        # l'apposition d'un outil ne retire rien à un nom en minuscules (l'attaque-96)
        ("Les devoirs de Ngalulwa (programme de remédiation) avancent.", "Ngalulwa"),
    ],
)
def test_le_nom_en_capitales_apres_ce_qui_concerne_une_personne(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La demande de VIVALIA pour le transfert est arrivée.",
        "Le suivi de FEDASIL reprend en juin.",
        "L'avis de CRIPEL est demandé pour la traduction.",
        "Le suivi de PASSERELLIX, asbl de soutien scolaire, s'arrête en juin.",
        "L'évolution de MEDIWEBIX, le logiciel de dossier patient, facilite les exports.",
        "La demande de RDV est partie hier.",
        "Le dossier de CANDIDATURE est complet.",
        "La situation de MOLENBEEK est décrite dans le rapport.",
        # l'attaque-96 : un mot savant, une langue, une ville du monde
        "Le suivi de DYSPRAXIE se fait en ergothérapie.",
        "La prise en charge de TRICHOTILLOMANIE est délicate.",
        "La version de TIGRINYA a été relue par l'interprète.",
        "L'arrivée de HARGEISA à Bruxelles a pris deux ans.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
