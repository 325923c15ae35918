"""Trente-quatrième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import masques_des_noms as _masques


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Céleste Kaninda rentre ce soir.", NOTE, "« C****** K****** »"),
        ("Prudence Lwambazi sort de l'hôpital demain.", NOTE, "« P******* L******* »"),
        ("- Victoire Kasongwe part en stage lundi", NOTE, "« V******* K******* »"),
        ("note: Désiré Ilungaba rentre le 12.", FICHE, "« D***** I******* »"),
        ("Ange Kaninda Tshibola part vendredi.", NOTE, "« A*** K****** T******* »"),
        ("Hier Ange Kaninda Tshibola est venu seul.", NOTE, "« A*** K****** T******* »"),
    ],
)
def test_un_prenom_qui_est_aussi_un_mot_devant_un_nom_que_personne_n_ecrit(texte: str, fichier: str,
                                                                         masque: str) -> None:
    """En tête de phrase, un prénom homonyme d'un mot (Céleste, Prudence, Ange) était un mot ambigu : la suite entière
    était écartée, le nom inconnu qui le suit avec elle."""
    assert any(masque in message for message in _masques(texte, fichier))


@pytest.mark.parametrize(
    "texte",
    [
        "Prudence : rien ne presse avant la rentrée.",
        "La Victoire Kaninda est un bar du quartier.",
        "Sa Mercedes tombe en panne.",
        "Céleste et lumineuse, la salle plaît au jeune.",
        "Espérance de vie : une question de la maman.",
    ],
)
def test_le_mot_seul_ou_derriere_un_article_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Chen M en voiture avec la maman.", "« C*** »"),
        ("- jeudi : Wang L en voiture", "« W*** »"),
        ("Chen M, en voiture jusqu'au centre", "« C*** »"),
        ("Chen M", "« C*** »"),
    ],
)
def test_un_nom_qui_est_aussi_un_mot_suivi_de_l_initiale_du_prenom(texte: str, masque: str) -> None:
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["Plan B en cours avec l'école.", "Vitamine D en cure pour l'hiver.", "Chen 3 en voiture", "Annexe A, page 2"],
)
def test_un_mot_suivi_d_une_lettre_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Demande de Mme K Mertens pour la réunion.", "« K M****** »"),
        ("Demande de M. K Mertens : un report.", "« K M****** »"),
        ("Courrier de Monsieur A Dubois reçu ce matin.", "« A D***** »"),
    ],
)
def test_une_civilite_puis_l_initiale_sans_point_puis_le_nom(texte: str, masque: str) -> None:
    """Après une civilité, l'initiale sans point fait partie du nom (la couche des civilités, avant « de qui »)."""
    assert any(masque in message for message in _masques(texte))


def test_de_qui_vient_la_chose_quand_c_est_une_fonction_reste_muet() -> None:
    assert _masques("Demande de Mme la Directrice reçue hier.") == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("céleste kaninda a appelé ce matin", "« c****** k****** »"),
        ("prudence lwambazi a signé la charte", "« p******* l******* »"),
        ("- victoire kasongwe → appeler l'école", "« v******* k******* »"),
        ("hier kaninda est rentré tard", "« k****** »"),
        ("marie kaninda est rentrée ce soir.", "« k****** »"),
    ],
)
def test_en_minuscules_un_prenom_qui_est_aussi_un_mot_devant_un_nom_que_personne_n_ecrit(texte: str,
                                                                                       masque: str) -> None:
    """En tête de ligne, sujet d'un verbe : un prénom ambigu (céleste, prudence) en était exclu même devant un mot que
    personne n'écrit ; après « hier », seul un nom des listes était un sujet, jamais un mot inconnu."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["ange gardien a veillé toute la nuit", "rose bonbon est la couleur choisie", "hier soir est passé vite",
     "hier maman a appelé", "lundi psy a annulé"],
)
def test_en_minuscules_un_prenom_devant_un_mot_de_la_langue_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Beta Lactamase 500 mg le matin.",
        "Villa Kakelbont : la maison de vacances du foyer.",
        "Kit Adminstratif à remettre au CPAS.",
        "Villa B en travaux jusqu'en mars.",
        "Kit A en rupture à la pharmacie.",
        "kit adminstratif est arrivé par la poste",
    ],
)
def test_un_mot_des_listes_qui_n_est_qu_un_mot_devant_un_mot_rare_ou_une_lettre_reste_muet(texte: str) -> None:
    """L'attaque-56 : Alpha, Kit, Villa sont des prénoms pour les listes ; seuls les prénoms portés qui sont des mots
    (`prenoms_mots_portes.txt`) et les noms qu'aucun dictionnaire n'a nomment une personne devant un mot rare."""
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Hussein Kalombwe rentre ce soir au foyer.", "« H****** K******* »"),
        ("Mme K Verhaeghem est passée au service.", "« K V********* »"),
        ("Note de Mlle K Verhaeghem sur le comportement.", "« K V********* »"),
        ("- relancer Woldegiorgis G pour la composition de ménage", "« W*********** »"),
        ("suivi repris par T Woldegiorgis en janvier", "« W*********** »"),
        ("Suivi de Gebrezgabiher repris par l'équipe mobile.", "« G************ »"),
        ("Note de Habteslasie sur le comportement.", "« H********** »"),
        ("Espoir K en retard ce matin.", "« E***** K »"),
        ("Le contrat au CEFA de SECK A. est signé.", "« S*** A. »"),  # l'initiale avec le nom (quarante-sixième passage)
        ("La tutrice MENA de Lore Vandewalle accompagne la demande.", "« L*** V********* »"),
    ],
)
def test_une_initiale_sans_point_ou_un_mot_devant_de_ne_cache_plus_le_nom(texte: str, masque: str) -> None:
    """Une capitale seule (« T Gebremeskel », « Tesfalem G ») rendait la suite illisible comme nom ; « au CEFA de »
    (l'article contracté allait au sigle) et « MENA de Lore … » (Lore, un mot) écartaient le nom qui suit « de »."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["au CPAS de Jambes pour le RIS", "au Centre de Kinepolis", "Plan B de Kinepolis", "du Beau Vallon",
     "Demande de Fedasil pour un logement", "Il a vécu A Kipushi avec sa tante."],
)
def test_un_lieu_ou_un_service_apres_de_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["presents:\n- ecole\n- med_traitant\n- mutuelle\nreferent: psy", "presents:\n- med-generaliste\n- inf_scolaire",
     "qui: [med_traitant, cefa]"],
)
def test_un_identifiant_de_fonction_qui_commence_par_med_reste_muet(texte: str) -> None:
    """« med » est aussi un prénom (Med) : l'identifiant d'une fonction (« med_traitant ») n'est pas un nom."""
    assert _masques(texte, FICHE) == []


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Rencontre avec Arben Cefa et son fils.", NOTE, "« A**** C*** »"),
        ("Rencontre avec Tiit Piis à l'école.", NOTE, "« T*** P*** »"),
        ("presents:\n- med_dupont\n- psy", FICHE, "« m**_d***** »"),
        ("presents:\n- traitant_julie\n- psy", FICHE, "« t*******_j**** »"),
        ("- Milan Okbazghi : absent", NOTE, "« M**** O******* »"),
        ("Ambre Kasongwe, 16 ans, rentre au foyer.", NOTE, "« A**** K******* »"),
        ("Marine K en retard ce matin.", NOTE, "« M***** »"),
    ],
)
def test_ce_que_l_attaque_57_a_vu_perdre_reste_signale(texte: str, fichier: str, masque: str) -> None:
    """Des sigles ajoutés aux mots courants sortaient Cefa, Piis des noms ; des prénoms portés que wordfreq compte
    pour des mots (Milan, Ambre, Marine) manquaient à la liste ; « med » ôté ne vaut que pour lui."""
    assert any(masque in message for message in _masques(texte, fichier))


@pytest.mark.parametrize(
    "texte",
    ["hier réunnion a été annulée par l'école", "lundi messsage a été envoyé au SAJ", "juste rapel a été fait hier",
     "paix intériere est revenue depuis mars"],
)
def test_une_faute_de_frappe_devant_un_verbe_de_chose_reste_muette(texte: str) -> None:
    """En minuscules, un mot que personne n'écrit n'est un sujet qu'avec ce que fait une personne (l'attaque-57)."""
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [("referent: med-b", "« m**-b »"), ("referent: med-kaninda", "« m**-k****** »"),
     ("referent: med_amine", "« m**_a**** »"), ("absents: [med_amine]", "« m**_a**** »"),
     ("presents:\n- med-mo", "« m**-m* »")],
)
def test_med_devant_une_initiale_un_nom_ou_un_prenom_homonyme_reste_un_prenom(texte: str, masque: str) -> None:
    """L'attaque-58 : ôter « med » ne vaut que devant des mots de la langue qui ne sont pas des noms (« med_traitant »)."""
    assert any(masque in message for message in _masques(texte, FICHE))


@pytest.mark.parametrize(
    ("texte", "verbe"),
    [
        ("Le taxi social dépose kasongo à l'école à 8h.", "dépose"),
        ("L'éducatrice ramène kasongo au foyer dimanche.", "ramène"),
        ("On emmène inês chez le dentiste jeudi.", "emmène"),
        ("Il dépose le dossier au SAJ lundi.", None),
        ("On emmène le groupe au parc après l'école.", None),
    ],
)
def test_qui_un_chauffeur_ou_un_educateur_depose_ou_ramene(texte: str, verbe: str | None) -> None:
    """aveugle-60 : « dépose », « ramène », « emmène » un jeune, comme « accompagne » ou « récupère »."""
    masques = _masques(texte)
    if verbe is None:
        assert masques == []
    else:
        assert any(f"complément de « {verbe} »" in message for message in masques), masques
