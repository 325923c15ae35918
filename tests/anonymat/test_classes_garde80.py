"""Soixante-dix-huitième passage, tiré des ratés d'aveugle-85 et d'aveugle-86 : une date de naissance derrière une
rubrique qui dit où la reporter (« Date de naissance du jeune à indiquer sur la demande d'intervention : … ») ; la
rubrique dépassait la fenêtre de l'indice, et sa démarche (« demande ») faisait de la date un moment. Et la date d'un
envoi, d'une échéance, d'un rendez-vous pour un acte de naissance n'est plus une naissance. garde80, écrit à l'aveugle
avant lui, en trouvait 36 positifs sur 108 et 49 négatifs sur 72. Variantes écrites ici (jamais les phrases de
`cas/garde80.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import regles_trouvees as _regles


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Date de naissance de la petite sœur à recopier sur la demande d'allocations familiales : 02/11/2017\n", NOTE),
        ("- **Naissance de l'aîné, à noter dans la fiche de liaison de l'internat** : 14 mai 2003\n", NOTE),
        ("| Date de naissance du jeune (à reporter sur la demande d'intervention) | 2008-10-23 |\n", NOTE),
        ("Date de naissance du cadet à transmettre au service de la mutuelle\npour la demande de remboursement : 30.09.2015\n",
         NOTE),
        ('remarque: "Date de naissance de la jeune à reporter sur le dossier du CPAS : 19/01/2005"\n', FICHE),
        ("2. Naiss. du cadet à recopier sur la fiche de la crèche : 03/04/2018\n", NOTE),
    ],
)
def test_la_date_apres_une_rubrique_de_naissance_est_signalee(texte: str, fichier: str) -> None:
    assert _regles(texte, fichier) == ["anonymat.date_naissance"]


@pytest.mark.parametrize(
    "texte",
    [
        "Date d'envoi du formulaire avec l'extrait d'acte de naissance : 18/03/2019\n",
        "Date limite pour remettre la copie de la déclaration de naissance au CPAS : 2 mai 2019\n",
        "Rendez-vous à la maison communale pour l'acte de naissance du bébé : 2019-06-11\n",
        "Date de naissance de la nouvelle antenne du service, selon la presse locale : 01/02/2019\n",
        "Date de naissance du jeune à noter sur la fiche, date de la prochaine réunion : 12/03/2019\n",
        "La date de naissance de la petite sœur du jeune a été transmise à la direction de l'école : 21/05/2019\n",
        "Date de naissance du bébé à donner à la crèche, congé parental jusqu'au : 30/06/2019\n",
    ],
)
def test_la_date_d_un_acte_ou_d_une_autre_chose_reste_permise(texte: str) -> None:
    assert _regles(texte) == []


def test_une_cle_de_verification_n_est_pas_une_rubrique() -> None:
    assert _regles("ddn_verifiee_le: 2019-03-02\n", FICHE) == []
