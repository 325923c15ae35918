"""Quatre-vingt-dix-neuvième passage, tiré d'aveugle-96 (le handicap et l'accompagnement spécialisé), mesuré à l'aveugle
avant lui (faux positifs 4,4 %) : dans un identifiant d'acteur, une fonction ou un sigle de service n'est pas un morceau
de nom (« kine-crf »), et un rôle ou un lien n'écarte plus un identifiant qui porte un nom (« educ-dupont »,
« tante-fatou » passaient) ; des maladies, tests et médicaments de la neuropédiatrie. Variantes écrites ici (jamais les
phrases du corpus), et ce que l'attaque-131 a fait rendre. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, masques_des_noms, noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "referent: educ-vandamme\n",
        "initiateur: kine-mukendi\n",
        "presents:\n  - jeune\n  - tante-aicha\n",
        "absents: [juge-lambert, cm]\n",
        "initiateur: eta-kabongo\n",
        "referent: eta-m\n",  # Eta est un prénom (l'attaque-131)
        "qui: dr-vlk\n",
    ],
)
def test_un_identifiant_d_acteur_fait_d_une_fonction_et_d_un_nom_est_signale(texte: str) -> None:
    assert len(masques_des_noms(texte, FICHE)) == 1


@pytest.mark.parametrize(
    "texte",
    [
        "initiateur: kine-srj\n",
        "presents:\n  - jeune\n  - logo-crf\n  - ergo-crf\n",
        "referent: eta-wavre\n",
        "presents:\n  - educ-amo\n  - psy-ssm\n",
        "presents:\n  - educ-mikado\n  - maman-solo\n",  # un mot du dictionnaire à côté d'un rôle (l'attaque-131)
        "avec_qui:\n  - educ_kot\n",  # le kot d'étudiants, que les listes tiennent aussi pour un nom (aveugle-59)
    ],
)
def test_un_identifiant_de_fonction_et_de_service_n_est_pas_signale(texte: str) -> None:
    assert masques_des_noms(texte, FICHE) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Dystrophie de Duchenne, diagnostiquée en 2021 au CHU.\n",
        "Une sclérose tubéreuse de Bourneville est suivie en neuropédiatrie.\n",
        "Antécédents : scléroses tubéreuses de Bourneville.\n",
        "Le psychomotricien a fait passer le Bruininks-Oseretsky.\n",
        "Traitement : Tegretol le matin, Lioresal le soir.\n",
    ],
)
def test_maladies_tests_et_medicaments_de_la_neuropediatrie_ne_sont_pas_signales(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le syndrome de Turner, connue du SAJ, Mme Ndaye l'a dit.\n", "Ndaye"),
        ("Il parle du syndrome de Wilson, écarté de l'équipe de football.\n", "Wilson"),
        ("Myopathie de Duchenne, Amadou le sait depuis l'été.\n", "Amadou"),
    ],
)
def test_une_personne_apres_une_maladie_et_une_virgule_reste_signalee(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La technique de Nadia pour le coucher fonctionne.\n", "Nadia"),
        ("Le modèle de Samir reste son oncle.\n", "Samir"),
        ("Selon l'approche de Léa Martin, il faut attendre.\n", "Léa Martin"),
    ],
)
def test_un_prenom_apres_methode_de_reste_signale(texte: str, nom: str) -> None:
    """« la méthode de », « le modèle de » suivis d'un prénom des listes : la personne du dossier, pas un auteur (lu en
    relisant `_EPONYME_AVANT` pendant la trente-huitième session) ; « l'échelle de Beck » reste un test."""
    assert any(nom in trouve for trouve in noms_trouves(texte))
    assert noms_trouves("L'échelle de Beck est remplie en séance.\n") == []
