"""Soixante-septième passage : un nom juste après « de » et ce qu'une personne écrit, reçoit ou suit (« le rapport de
Mbwakilanga », « le courrier de NDJOLI », « le traitement de kalombo ») ou projette (« le projet de Tshimanga », « le
planning de HADDOUCHI ») est un nom : garde69, écrit à l'aveugle avant lui, n'en trouvait que 84 sur 120 (« rapport »,
« courrier », « attestation » étaient lus comme les écrits d'un organisme, « projet » comme une institution). En
minuscules, seulement un nom des listes (« le projet de kot », « la note de réu », « le traitement de méthylphénidate » :
l'attaque-99). Variantes écrites ici (jamais les phrases de `cas/garde69.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le rapport de Kabwelulu est arrivé hier.", "Kabwelulu"),
        ("L'attestation de NYAMWASA manque au dossier.", "NYAMWASA"),
        ("Le courrier de Tshiombela demande un rendez-vous.", "Tshiombela"),
        ("La convocation de Mbuyikila est pour jeudi.", "Mbuyikila"),
        ("Le projet de Oukhellou : devenir cuisinier.", "Oukhellou"),
        ("Le planning de BWALYAMBA prévoit deux visites.", "BWALYAMBA"),
        ("Le projet de vie de Vanderghinste est validé.", "Vanderghinste"),
        ("quoi: revoir l'horaire de Kabwelulu avec l'école\n", "Kabwelulu"),
        ("Le traitement de lukusa est adapté par le pédopsychiatre.", "lukusa"),
    ],
)
def test_le_nom_apres_ce_qu_une_personne_ecrit_ou_projette_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le rapport de l'ONE est arrivé.",
        "Le courrier de Fedasil demande un rendez-vous.",
        "Le projet de Namur avance.",
        "Le traitement de fond est maintenu.",
        "Le bilan de logopédie montre des progrès.",
        "Le projet de kot autonome avance.",
        "Le projet de remobilisation scolaire démarre.",
        "Le planning de Noël est affiché.",
        "La note de synthèse est jointe.",
        "Le rapport de juin est prêt.",
        # l'attaque-99 : un institut, une abréviation du métier, un médicament, une matière, un examen
        "Le rapport de Sciensano sur la santé mentale des jeunes est discuté.",
        "La note de réu est dans le drive.",
        "Le traitement de méthylphénidate est suspendu l'été.",
        "Les notes de Math sont faibles.",
        "Le bilan d'audiométrie est normal.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
