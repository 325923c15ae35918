"""Soixante et onzième passage : un nom tout en capitales juste après un lien de famille ou un rôle, avec au plus un mot
qui le précise (« l'oncle maternel »), et un signe ou rien (`_capitales_apres_un_proche` : « la marraine VAN HOUTVELDE »,
« Le grand-père [KARAMUSTAFA] ») ; une particule en capitales en tête du nom après un lien ; et après un lien ou un
rôle, une mention en capitales (`mentions.txt`) qu'aucune liste de noms n'a n'est plus un nom (« Le père IMPORTANT : »,
« La tante (ABSENTE) »). Un organisme inventé écrit en capitales à ces places est lu comme un nom, comme il l'était
déjà écrit avec une majuscule (« Le coach Basicfit », l'attaque-103). garde73, écrit à l'aveugle avant lui, en trouvait 80 positifs sur 90 et
signalait 10 négatifs sur 90. Variantes écrites ici (jamais les phrases de `cas/garde73.jsonl`). Données fictives."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.anonymat import ContexteAnonymat, contexte_du_depot
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import NOTE, noms_trouves


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La marraine VAN HOUTVELDE viendra mardi.", "VAN HOUTVELDE"),
        ("Le grand-père [KARAMUSTAFA] ne viendra pas.", "KARAMUSTAFA"),
        ("La grand-tante – MBUYAMBALA – garde les petits.", "MBUYAMBALA"),
        ("Rendez-vous avec l'éducatrice VANDERBORGHTEN le mardi.", "VANDERBORGHTEN"),
        ("L'oncle maternel NSENGIYUMVA appelle chaque soir.", "NSENGIYUMVA"),
        ("L'éducatrice KANYINDAMBA a repris le suivi.", "KANYINDAMBA"),
        ("Appel de l'assistante sociale VERSCHUERENS ce matin.", "VERSCHUERENS"),
    ],
)
def test_le_nom_en_capitales_juste_apres_un_proche_est_signale(texte: str, nom: str) -> None:
    assert nom in noms_trouves(texte)


def test_un_prenom_qui_est_un_mot_devant_le_nom_reste_signale() -> None:
    """Une mention est faite de mentions seulement : un prénom-mot devant un nom n'en est pas une."""
    assert "AIMÉE KABASELE-TSHIBOLA" in noms_trouves("La tante (AIMÉE KABASELE-TSHIBOLA) vient le lundi.")


def test_un_prenom_entre_le_role_et_le_nom_n_est_pas_une_precision() -> None:
    """« Germain » précise « cousin » en minuscules seulement : écrit avec sa majuscule, c'est le prénom (revue63)."""
    assert "Germain NDOKWELA" in noms_trouves("Le kiné Germain NDOKWELA passe le lundi.")


def test_un_prenom_qui_est_un_mot_n_est_pas_autorise_par_l_annuaire() -> None:
    """« Jean » (l'école Jean Bosco de l'annuaire de démonstration) ou un autre prénom homonyme d'un mot n'autorise pas
    le nom qu'il ouvre : « Jean Kabaselemba » n'était pas signalé du tout avec le contexte du dépôt (revue63)."""
    contexte = contexte_du_depot(Path(__file__).resolve().parents[2])
    assert "jean" not in contexte.mots_autorises
    for texte in ("Jean Kabaselemba est passé.", "Le père, Jean Kabaselemba, refuse."):
        constats = analyser_texte(texte, NOTE, contexte)[0]
        assert [c.regle for c in constats] == ["anonymat.nom"] and "J*** K**********" in constats[0].message, texte


@pytest.mark.parametrize(("texte", "nom"), [("Le grand-oncle (BIENVENU) accepte l'hébergement.", "BIENVENU"),
                                            ("La belle-mère MOUETTE ne veut plus qu'il rentre.", "MOUETTE")])
def test_un_nom_qui_est_un_mot_du_dictionnaire_reste_signale(texte: str, nom: str) -> None:
    """Seules les mentions de `mentions.txt` sont écartées, pas tout mot du dictionnaire (l'attaque-103)."""
    assert nom in noms_trouves(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le père IMPORTANT : ne rien transmettre.",
        "La tante (ABSENTE) a envoyé un message.",
        "Le parrain (DISPONIBLE) viendra en juin.",
        "La tante – EN CONGÉ – jusqu'au 12 mai.",
        "Le père [ANONYMISÉ] a appelé.",
        "La mère [PSEUDONYMISÉE] refuse le rendez-vous.",
        "La mère (CPAS) a rappelé.",
        "La tante habite BRUXELLES depuis mai.",
        "Le père travaille CHEZMOBILIA depuis mai.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert analyser_texte(texte, NOTE, ContexteAnonymat())[0] == []
