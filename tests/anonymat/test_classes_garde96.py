"""Quatre-vingt-quatorzième passage, tiré des ratés d'aveugle-91 et des attaques 123 et 124 (« Guled hat beim ÖSHZ
angerufen », « Young will attend… », « Stone said that… ») : dans une ligne écrite en allemand, en anglais, en espagnol
ou en néerlandais, un mot à majuscule qui peut être un nom juste devant un verbe de personne de cette langue en est le
sujet ; pas un pronom, un jour, un mois ni une ville que les listes ne comptent pas parmi les noms (l'attaque-126 :
« London was the first city… » reste signalé, les listes le tiennent pour un nom porté, comme « Young »). Une règle de
titres (« the School Nurse ») a été essayée puis retirée : l'attaque-126 lui a fait perdre des personnes dont le prénom
et le nom sont deux mots courants (« Dawn Parker », « Caridad Prado »). garde96, écrit à l'aveugle avant lui, en trouvait
134 sur 150, autant après (la classe y était déjà lue ; ses 16 ratés sont des faux positifs d'institutions et de
matières espagnoles ou anglaises). Variantes écrites ici (jamais les phrases des cas). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Okbazghi called the school yesterday about the bus.\n", "Okbazghi"),
        ("Mensaje de la madre: Wendimu llamó ayer para cambiar la cita.\n", "Wendimu"),
        ("Stone will pick him up after school on Friday.\n", "Stone"),
        ("- Comfort is his aunt and she has the keys\n", "Comfort"),
    ],
)
def test_le_sujet_d_un_verbe_de_personne_d_une_autre_langue_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "She doesn't want to go to the club anymore, the father wrote.\n",
        "Am 3. August ist das Büro geschlossen, die Mutter kommt später.\n",
        "Heute hat die Schule zweimal angerufen.\n",
        "Tomorrow is fine for the meeting at the centre.\n",
        "Barcelona es muy cara para la familia, dice la madre.\n",
    ],
)
def test_un_pronom_une_date_une_ville_ou_un_mot_devant_un_verbe_etranger_ne_sont_pas_des_noms(texte: str) -> None:
    assert noms_trouves(texte) == []
