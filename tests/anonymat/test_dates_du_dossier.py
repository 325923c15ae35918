"""Quatorzième passage : dans un dossier, une date exacte d'au moins deux ans avant la demande, à la place d'une naissance.

Les événements d'un dossier (rencontres, échéances, charte) suivent la demande ; une naissance (un jeune de 0 à 23 ans,
un parent) la précède presque toujours de plus de deux ans. Mais l'histoire du jeune se raconte aussi par dates : seule
la date à la place d'une naissance (fiche, réponse sous la question d'un courriel, correction, colonne de tableau,
« majorité au ») ou antérieure à tout jeune suivi est signalée. Variantes écrites ici (jamais les phrases d'un corpus),
avec leurs négatifs proches. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte
from filrouge.anonymat.dates import annee_du_dossier
from filrouge.anonymat.schema import cles_de_date

DOSSIER = "dossiers/2021-004/concertations/2021-05-12.md"
"""Demande en 2021 : une date de 2019 ou avant, sans événement nommé, est celle d'une naissance."""


def _dates(texte: str, fichier: str = DOSSIER) -> list[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.message for c in constats if c.regle == "anonymat.date_naissance"]


@pytest.mark.parametrize(
    ("fichier", "annee"),
    [
        ("dossiers/2019-003/concertations/2019-03-06.md", 2019),
        ("dossiers/2026-012/dossier.yaml", 2026),
        ("/home/cm/reseau/dossiers/2024-101/notes/suivi.md", 2024),
        ("dossiers\\2022-007\\preparation.yaml", 2022),
        ("docs/guide/anonymat.md", None),
        ("note.md", None),
        ("dossiers/brouillon.md", None),
    ],
)
def test_l_annee_du_dossier_vient_de_son_identifiant(fichier: str, annee: int | None) -> None:
    assert annee_du_dossier(fichier) == annee


@pytest.mark.parametrize(
    "texte",
    [
        "> Pouvez-vous compléter la fiche de la maman ?\n\n2 février 1984\n\nBien à vous,\n",
        "Le papa a enfin donné l'information : 03/11/1979.",
        "Mise à jour de la fiche : pour le petit frère, c'est le 17-09-2011 et non le 17-09-2012.",
        "Majeure à partir du 4 mai 2004 + 18 ans : préparer le relais.",
        "Majorité : 26.02.2003 + 18, passage au réseau adulte.",
        "Vraag van de school beantwoord : 3 maart 1988.",
        "Sarah (03/05/2010) et Kevin (12/08/2012) vivent chez la maman.",
        "Demi-sœur : 14 okt. 2007, vit en Flandre.",
        "la maman, 14.02.1985, est présente",
        "| Prénom | Âge |\n| --- | --- |\n| Sarah | 03/05/2010 |\n",
        "Enfant : 09/01/2008",
        "Frère aîné : 05/10/98, il vit chez l'oncle.",
        "| Prénom | Remarque |\n|---|---|\n| frère | 12.04.2009 |\n",
        "Enfants :\n- l'aînée, 2008-06-21\n- le cadet, suivi ONE\n",
        "La grand-mère (13 janvier 1951) garde les enfants le mercredi.",
    ],
)
def test_une_date_d_annee_de_naissance_est_signalee_sans_indice(texte: str) -> None:
    assert _dates(texte), texte


@pytest.mark.parametrize("fichier", [DOSSIER, "docs/guide/exemples.md"])
def test_une_date_plus_un_age_est_une_naissance(fichier: str) -> None:
    """« … + 18 ans » : la majorité se calcule depuis la naissance, même hors d'un dossier et après « à partir du »."""
    assert _dates("Majeure à partir du 4 mai 2004 + 18 ans : préparer le relais.", fichier)
    assert _dates("Majorité au 12/09/2006 +18 ans.", fichier)
    assert not _dates("Relais prévu le 12/09/2021 + 2 semaines.", fichier)


def test_une_cle_yaml_dit_ce_qu_est_la_date() -> None:
    """Hors des champs de date du modèle, la clé nomme la date : un proche, c'est sa naissance ; un événement de
    l'histoire (`installation`, `incarceration`), non ; une date d'avant tout jeune suivi est une naissance d'adulte."""
    fichier = "dossiers/2021-004/dossier.yaml"
    assert _dates("soeur_ainee: 17-09-2007\n", fichier)
    assert _dates("personnes:\n- lien: frère\n  cadet: '03.05.2012'\n", fichier)
    assert _dates("remarque: 17-09-1979\n", fichier)
    assert not _dates("personnes:\n- lien: beau-père\n  installation: '26.10.2016'\n", fichier)
    assert not _dates("historique:\n  - '15/05/2014 : sortie d''IPPJ'\n  - \"01/04/15 : mise en autonomie\"\n", fichier)


@pytest.mark.parametrize(
    "texte",
    [
        # textes normatifs
        "Le cadre reste la loi du 8 avril 1965 relative à la protection de la jeunesse.",
        "Le décret du 18 janvier 2018 portant le code de la prévention s'applique.",
        "L'arrêté royal du 8 octobre 1981 est cité.",
        # justice, réunions, histoire de la famille : l'événement est nommé
        "Jugement rendu le 3 mars 2015 par le tribunal de la jeunesse.",
        "La famille est arrivée en Belgique le 2 juin 2012.",
        "Les parents se sont mariés le 30 août 2003 à Liège.",
        "Décès du grand-père le 11/11/2018, deuil difficile.",
        "Première rencontre le 14/02/2017 à l'AMO, sans suite.",
        "| Réunion | Date |\n|---|---|\n| 1re concertation | 12/03/2016 |\n",
        # périodes
        "Placement en IPPJ du 01/09/2016 au 30/06/2017.",
        "Suivi au SSM depuis le 5 septembre 2016.",
        "Scolarisé à l'internat jusqu'au 30.06.2018.",
        # dates du dossier : récentes, ou dans un champ de date du modèle
        "Prochaine concertation le 12/05/2021 à 14 h.",
        "Échéance : 30/06/2021.",
        "Le jeune a été vu le 03/12/2020, juste avant la demande.",
        # l'histoire du jeune : des moments racontés, même sans le nom de l'événement juste avant la date
        "Hospitalisé le 12/10/2016 à Beau Vallon pendant trois semaines.",
        "Première hospitalisation le 3 mars 2017.",
        "Placement en IPPJ le 04/05/2016, retour en famille le 20/11/2016.",
        "Décrochage scolaire ; exclu de l'école le 14/02/2017.",
        "Le 12/10/2016, la maman a quitté le domicile.",
        "Suivi au SSM entre le 03/09/2015 et le 30/06/2016.",
        "Le SAJ a été saisi le 5 janvier 2016.",
        "Dernière consultation pédopsychiatrique : 18/11/2016.",
        "Tentative de suicide le 22/08/2016, urgences de Namur.",
        "Rapport du PMS du 14/02/2017 transmis à l'école.",
        "Fugue en octobre 2016, retrouvée deux jours plus tard.",
        "- 12/10/2016 : hospitalisation\n- 03/01/2017 : retour à domicile\n",
        "12/10/2016 hospit. Beau Vallon",
        "| Date | Événement |\n| --- | --- |\n| 12/10/2016 | hospitalisation |\n",
        "| Événement | Date |\n| --- | --- |\n| hospitalisation | 12/10/2016 |\n",
        "Op 12 oktober 2016 opgenomen in het ziekenhuis.",
        "C'était le 3 mai 2015 qu'il a quitté l'internat.",
        "Retour du papa au domicile (19/04/2014), sans suivi ensuite.",
        "Refus du CGRA (06/12/15) puis recours.",
        "Retrouvé à Charleroi (14/6/16) après trois jours.",
        # des chiffres qui ne sont pas une date
        "Numéro noté : 0497 - 31 - 20 - 58.",
    ],
)
def test_une_date_rattachee_a_un_evenement_ou_recente_ne_l_est_pas(texte: str) -> None:
    assert not _dates(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "acteurs:\n- id: mere\n  role: famille\n  charte_signee: 2018-05-02\n",
        "dates:\n  demande: 2019-01-05\n  ouverture: 2019-02-04\n",
        "actions:\n- numero: 1\n  echeance: '2019-06-30'\n",
    ],
)
def test_un_champ_de_date_du_modele_porte_un_evenement(texte: str) -> None:
    assert not _dates(texte, "dossiers/2021-004/dossier.yaml"), texte


def test_les_cles_de_date_viennent_du_modele() -> None:
    """Énumérées depuis les annotations `date` du modèle : un champ de date ajouté au modèle est connu de la garde."""
    assert {"charte_signee", "demande", "ouverture", "cloture", "echeance", "date"} <= cles_de_date()
    assert not cles_de_date() & {"remarque", "note", "lieu", "qui", "date_naissance"}


def test_hors_d_un_dossier_il_faut_un_indice() -> None:
    """Un guide, un modèle de document : pas de dossier, pas d'année de référence ; seul l'indice compte."""
    assert not _dates("Le papa a enfin donné l'information : 03/11/1979.", "docs/guide/exemples.md")
    assert _dates("Le papa, né le 03/11/1979, est présent.", "docs/guide/exemples.md")


def test_une_date_coupee_sur_deux_lignes_est_lue_rejointe() -> None:
    """« 22/05/⏎2012 » : le lecteur du portail voit une date entière."""
    assert _dates("> Et pour le cadet ?\n\nC'est le 22/05/\n2012 d'après l'école.\n")
