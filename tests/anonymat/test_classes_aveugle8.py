"""Classes de ratés des noms relevées sur aveugle-8 (sixième passage), attaquées par des variantes écrites ici
(autres prénoms, autres verbes) : un prénom homonyme d'un mot que la phrase écrit aussi en minuscules, un
prénom après « qu' »."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.regle for c in constats]


@pytest.mark.parametrize(
    "texte",
    [
        "Rose dessine une rose sur la fiche d'accueil.",
        "Olive refuse l'olive dans la salade, dit l'éducatrice.",
        "Roman écrit lui-même un roman policier.",
        "Ange rêve d'être un ange gardien pour sa sœur.",
        "On pense qu'Espoir garde l'espoir de rentrer. Espoir garde le contact.",
        "La mère dit qu'Ornella dort mal.",
        "Il ajoute qu'Ahmed refuse de venir.",
        "Je crois qu'Inès a raison.",
    ],
)
def test_prenom_homonyme_repete_ou_apres_qu(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Pierre après pierre, la confiance revient.",
        "Espoir et confiance : l'espoir revient doucement.",
        "The boy said the meeting was fine.",
        "Het gesprek verliep goed, het team is tevreden.",
        "Elle dit qu'elle viendra ; elle a promis.",
        "Il pense qu'Internet est dangereux.",
        "Rose est la couleur préférée ; la rose aussi.",
    ],
)
def test_mot_repete_qui_n_est_pas_un_prenom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


def test_homonyme_suivi_d_un_adjectif_n_est_pas_un_sujet() -> None:
    assert "anonymat.nom" not in _regles("Code postal du domicile : voir le code du jeune.")


@pytest.mark.parametrize(
    "texte",
    ["Chanthou Dara, 16 ans, a rejoint le groupe.", "Vuthy Keo est arrivé en retard.", "Pisey Dara dort chez sa tante."],
)
def test_nom_d_ailleurs_a_cote_d_un_mot_inconnu(texte: str) -> None:
    """Un mot que personne n'écrit à côté d'un mot à majuscule hors des listes (« Keo », « Dara », connus de
    wordfreq par une autre langue) : un prénom et un nom, même en tête de phrase."""
    assert "anonymat.nom" in _regles(texte)


def test_article_elide_et_particule_ne_font_pas_un_nom() -> None:
    assert "anonymat.nom" not in _regles("L'équipe de Diapason a été informée.")
