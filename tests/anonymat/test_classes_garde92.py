"""Quatre-vingt-dixième passage, tiré des ratés d'aveugle-90 (« Guled (formateur IFAPME) », « Diệp (déléguée SPJ) »,
« Cheikh, formateur IFAPME, ») et d'aveugle-89 (« * Javier (pédopsychiatre, … ») : un ou deux mots à majuscule juste
devant leur fonction entre parenthèses, ou apposée entre virgules en tête de phrase, d'élément ou de cellule, sont un
nom quand chaque mot peut en être un (listes, prénom porté qui est un mot, mot que personne n'écrit). Un mot de la
langue, un sigle, un lieu, un organisme, un terme dans une rubrique « X (fonction) : » restent muets. garde92, écrit à
l'aveugle avant lui, en trouvait 143 sur 150. Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Abdirahman (formateur au CEFA) rappellera lundi.\n", "Abdirahman"),
        ("* Rodrigo (pédopsychiatre, SSM) assure le relais.\n", "Rodrigo"),
        ("| Envoyer le calendrier | Thạch (déléguée SPJ) | 12/12 |\n", "Thạch"),
        ("- Merveille (stagiaire AS) : absente\n", "Merveille"),
        ("Cheikh, formateur au CEFA, rappellera.\n", "Cheikh"),
        ("Le point a été fait avec Abdirahman (formateur au CEFA).\n", "Abdirahman"),
    ],
)
def test_le_nom_devant_sa_fonction_est_signale(texte: str, nom: str) -> None:
    assert noms_trouves(texte) == [nom]


@pytest.mark.parametrize(
    "texte",
    [
        "Hikikomori (pédopsychiatre) : hypothèse à explorer.\n",
        "Dyspraxie (ergothérapeute) : aménagements demandés.\n",
        "Piscine (moniteur) le jeudi.\n",
        "IFAPME (formateur à désigner)\n",
        "Namur, assistante sociale du CPAS.\n",
        "Le Forem, conseillère à l'emploi.\n",
    ],
)
def test_un_terme_un_lieu_ou_un_service_devant_une_fonction_reste_muet(texte: str) -> None:
    assert noms_trouves(texte) == []
