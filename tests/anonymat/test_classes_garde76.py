"""Soixante-quatorzième passage : un nom juste après un métier « de rue » (« L'éducateur de rue Pirotte Kevin »,
« la travailleuse de rue Sokhna Ba ») : « rue » y faisait lire une voie (`_INSTITUTIONS` : « rue Émile Vandervelde »),
et le nom n'était signalé par aucune couche ; après un métier de `_METIERS_DE_RUE` (éducateur, éduc, travailleur,
animateur, médiateur, intervenant, au féminin et au pluriel) suivi de « de », « rue » n'est plus une voie ; après un
autre métier, si (« le réparateur de rue Malibran », l'attaque-106). Six noms d'aveugle-85 manqués ainsi ; garde76,
écrit à l'aveugle avant lui, en trouvait 40 positifs sur 90. Variantes écrites ici (jamais les phrases de
`cas/garde76.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("L'éducateur de rue Mbayakulu Joël passe le mardi.", "Mbayakulu Joël"),
        ("Rencontre avec la travailleuse de rue Sokhna Ndiayene.", "Sokhna Ndiayene"),
        ("L'animatrice de rue Zeynep Karaosmanoğlu connaît la famille.", "Zeynep Karaosmanoğlu"),
        ("ressources: éducateur de rue Vandersmissen Luc", "Vandersmissen Luc"),
        ("Le médiateur de rue Bertrand Lhoestiaux a pris le relais.", "Bertrand Lhoestiaux"),
    ],
)
def test_le_nom_apres_un_metier_de_rue_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le coin de rue Saint-Nicolas est dangereux.",
        "L'éducateur de rue du CPAS passe le jeudi.",
        "L'éducatrice de rue Absente ce jour.",
        "Le travailleur de rue Namur centre appelle.",
        "Il habite au coin de la rue Saint-Gilles.",
        "Le réparateur de rue Vanderkindere a gardé le vélo.",
        "Stage chez le restaurateur de rue Dansaert en juin.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
