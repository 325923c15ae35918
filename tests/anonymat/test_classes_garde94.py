"""Quatre-vingt-douzième passage, tiré des faux positifs d'aveugle-91 et de garde93 (les notes multilingues) : la langue
d'une trouvaille se lit sur son passage (la parenthèse ou la citation qui la contient, sinon sa ligne sans elles, sinon
le texte) par ses mots outils et ses mots courants ni français ni noms ; dans un passage allemand, un déterminant, un nom
commun après un déterminant ou absent des listes de noms ne sont pas des noms ; dans toute autre langue, un pays, une
langue, une fête, un lien de parenté, un titre après une civilité d'adresse non plus. L'attaque-124 a fait garder les
noms : après un article défini allemand, un nom très porté reste lu (« der Wolf hat angerufen ») ; « Frau Richter »,
« a message from May », « Gespräch mit Silvester », « la señora Alcalde », « Santa Cruz llamó » restent lus. garde94,
écrit à l'aveugle avant lui, en trouvait 102 sur 150. Variantes écrites ici (jamais les phrases des cas). Données
fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import noms_trouves


@pytest.mark.parametrize(
    "texte",
    [
        "Seit dem Umzug hat die Tante einen kleinen Hund und eine Katze.\n",
        "Die Kinderpsychiatrie empfiehlt eine Tagesklinik nach den Osterferien.\n",
        "Praktikum bei einem Gärtner, danach vielleicht in der Kantine des Krankenhauses.\n",
        "Die Familienhilfe kommt zweimal pro Woche, bis Pfingsten.\n",
        "La mère cite le service (« Die Beratung findet am Donnerstag statt ») et accepte.\n",
    ],
)
def test_un_nom_commun_allemand_n_est_pas_un_nom(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Madam President opened the meeting with the partners of the network.\n",
        "Until Easter the family stays in Spain with the two children.\n",
        "The partners thanked Mr Mayor; the family travels to Spain in July.\n",
        "Reunión en el CPAS el jueves 14 de marzo a las 9:30 (rendez-vous au CPAS).\n",
    ],
)
def test_un_titre_un_pays_une_langue_ou_un_jour_d_une_autre_langue_n_est_pas_un_nom(texte: str) -> None:
    assert noms_trouves(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("der Wolf hat gestern angerufen, er kommt am Montag.\n", "Wolf"),
        ("Heute habe ich mit der Fischer gesprochen, sie ist einverstanden.\n", "Fischer"),
        ("Frau Richter hat angerufen, der Termin ist verschoben.\n", "Richter"),
        ("We received a message from May about the school trip.\n", "May"),
        ("Gespräch mit Silvester und seiner Mutter über die Schule.\n", "Silvester"),
        ("La señora Alcalde está con su hija en el CPAS.\n", "Alcalde"),
        ("Santa Cruz llamó al colegio porque su hijo no fue.\n", "Santa Cruz"),
        ("Ms Mayor was at the school meeting with her son.\n", "Mayor"),
    ],
)
def test_un_nom_qui_est_un_mot_d_une_autre_langue_reste_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("El abuelo, don Ramiro, lleva al niño al colegio.\n", "Ramiro"),
        ("Hablamos con don Teodoro Vidal sobre el alojamiento.\n", "Teodoro"),
    ],
)
def test_un_prenom_apres_don_en_minuscules_est_signale(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in noms_trouves(texte))


def test_un_don_apres_son_article_n_annonce_pas_un_prenom() -> None:
    """« un don Télévie » : le don d'une œuvre, pas « don Aurelio » (la relecture revue68)."""
    assert noms_trouves("Reçu un don Télévie pour la rentrée scolaire.\n") == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("The mother said that john did not want to go to school.\n", "john"),
        ("Die Mutter sagt, dass peter nicht mehr zur Schule will.\n", "peter"),
    ],
)
def test_un_prenom_tres_courant_en_minuscules_reste_signale(texte: str, nom: str) -> None:
    """Un mot très courant d'une autre langue n'est écarté en minuscules que s'il n'est pas un prénom qu'on écrit en
    minuscules (« young », pas « john », la relecture revue68)."""
    assert any(nom in trouve for trouve in noms_trouves(texte))
