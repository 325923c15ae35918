"""Soixante-dixième passage : un nom tout en capitales qui porte une lettre accentuée ou hors de l'ASCII, ou qui commence
par « DU », est lu comme un nom en capitales ASCII l'était déjà : une particule en tête (« DU », « DE », « DE LA » ; pas
« LE », « LA »), et, pour un nom accentué, les places d'une personne (`_capitales_d_une_personne` : après ce qui la
concerne et « de », après un rôle et un signe), aussi au bout d'une suite qui commence une ligne (« Situation de DE LA
HÉRONNIÈRE : »). Pas « DES » en tête, article d'un organisme autant que particule, ni « LE », « LA » (l'attaque-102).
garde72, écrit à l'aveugle avant lui, en trouvait 79 positifs sur 90.
Variantes écrites ici (jamais les phrases de `cas/garde72.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La fatigue de DU MESNILÈRE inquiète l'éducatrice.", "DU MESNILÈRE"),
        ("Le retrait de DE LA HÉRONNIÈRE est annoncé.", "DE LA HÉRONNIÈRE"),
        ("La situation de DU VERGNOLLE reste fragile.", "DU VERGNOLLE"),
        ("Psy du SSM : KÉRIDANOU (absente ce jour).", "KÉRIDANOU"),
        ("Situation de DE LA HÉRONNIÈRE : stable.", "DE LA HÉRONNIÈRE"),
        ("L'audition de DU VERGNOLLE est fixée au 3 mai.", "DU VERGNOLLE"),
    ],
)
def test_le_nom_en_capitales_accentuees_ou_a_particule_du_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_dans_une_valeur_yaml() -> None:
    constats = analyser_texte("remarque: le soutien de DU MESNILÈRE compte\n",
                              "dossiers/2019-003/concertations/note.yaml", ContexteAnonymat())[0]
    assert [c.regle for c in constats] == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Le suivi du SERVICE DE SANTÉ MENTALE continue.",
        "La demande DU CPAS DE NAMUR est arrivée.",
        "Le projet DU QUÉBEC avance.",
        "La fête DU PRINTEMPS aura lieu à l'école.",
        "Référente : ÉCOLE DES DEVOIRS",
        "Le rapport de la MAISON MÉDICALE est arrivé.",
        "Voir la rubrique ÉVALUATION FINALE ci-dessous.",
        "La situation de DU SOLEIL LEVANT est connue.",
        "Le suivi de DES ÉTOILES FILANTES continue.",
        "Le courrier de LA KOKÉRELLE est arrivé.",
        "La réponse de DES MARCHETTES est attendue pour le stage.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
