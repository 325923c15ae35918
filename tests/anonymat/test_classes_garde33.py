"""Trente-troisième passage (aveugle-57, l'aide à la jeunesse, la justice et la vie de famille). Variantes écrites ici
(jamais les phrases du corpus) ; à côté de chaque positif, le négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"
FICHE = "dossiers/2019-003/concertations/2019-05-14.yaml"


def _regles(texte: str, fichier: str = NOTE) -> set[str]:
    return {c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]}


@pytest.mark.parametrize(
    "texte",
    [
        "Demande de K Mertens : garder les enfants pendant les vacances.",
        "Lettre de J Wathelet reçue ce matin.",
        "Courriel de A-M Kowalczyk : la visite est maintenue.",
        "Appel de B Ouedraogo au sujet de la garde.",
        "Demande de J.-P. Vermeulen : un report de l'audience.",
    ],
)
def test_de_qui_vient_la_chose_meme_derriere_l_initiale_du_prenom(texte: str) -> None:
    """« Demande de K Mertens » : un mot courant en tête de phrase, « de », une initiale sans point, puis le nom."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Demande de la commune : un logement de transit.",
        "Centre de K Unit : nouvelle adresse à venir.",
        "Demande de CPAS Andenne : une aide au loyer.",
    ],
)
def test_une_chose_qui_vient_d_un_service_reste_muette(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le soutien de Wanthida, qui peut accueillir la fratrie, est acquis.",
        "On compte sur l'aide de Ngozika pour les trajets.",
        "le soutien de kowalczyk est précieux pour la maman",
    ],
)
def test_le_soutien_ou_l_aide_de_quelqu_un_nomme_une_personne(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le soutien de la commune est acquis.",
        "Avec l'aide de Fedasil, le logement est trouvé.",
        "Le soutien de Bruxelles-Capitale au projet.",
        "une aide de transition est demandée au CPAS",
        "Il a rédigé sa lettre à l'aide de Wordaroo, une application de l'école.",
        "Avec l'aide de Famiris, les allocations sont rétablies.",
        "Le soutien de Iriscare pour l'hébergement est confirmé.",
        "Avec l'aide de DeepL, la traduction est prête.",
    ],
)
def test_le_soutien_d_un_service_ou_d_un_lieu_reste_muet(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Après l'audience, wathelet serait d'accord pour un droit de visite.",
        "- kowalczyk pourrait accueillir les enfants un week-end sur deux",
        "Selon le SAJ, ouedraogo devrait rappeler lundi.",
        "Vu l'urgence, mukendi aurait accepté la mesure.",
    ],
)
def test_un_nom_en_minuscules_sujet_d_un_verbe_au_conditionnel(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Après l'audience, demain serait mieux pour la visite.",
        "- logement pourrait se libérer en mars",
        "Selon le SAJ, cela devrait suffire.",
    ],
)
def test_un_mot_de_la_langue_sujet_d_un_conditionnel_reste_muet(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "acteurs:\n- id: gm-mat\n  role: famille\n",
        "acteurs:\n- id: gp-pat\n  role: famille\n",
        "qui: [gmm, gpp-pat, mere]\n",
        "avec_qui:\n- tante-pat\n- gm-pat\n",
    ],
)
def test_un_identifiant_fait_d_un_lien_et_de_sa_lignee_reste_muet(texte: str) -> None:
    """« gm-mat » : la grand-mère maternelle ; « mat » et « pat » sont aussi des prénoms des listes."""
    assert "anonymat.nom" not in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "acteurs:\n- id: gm-dumont\n  role: famille\n",
        "acteurs:\n- id: pat-wathelet\n  role: famille\n",
        "qui: [mat-kowalczyk, mere]\n",
        "referent: pat-mat\n",
        "presents:\n- mat-gm\n- mere\n",
    ],
)
def test_un_identifiant_qui_porte_un_nom_a_cote_d_un_lien_est_signale(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "La situation chez QUYNH NGUYEN est suivie par le SPJ.",
        "Rencontre avec uyen et sa tante.",
        "- thinh est passé au service",
        "Appel de Mme Oanh, la grand-mère.",
    ],
)
def test_des_prenoms_vietnamiens_courants_sont_des_prenoms(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Mbalikiye a trouvé un studio près de la gare.",
        "note: >\n  Faadumo a gardé les petits tout le week-end,\n  le SAJ est prévenu.\n",
        "- Nsengiyumva a hébergé son neveu pendant la fugue",
    ],
)
def test_un_mot_que_personne_n_ecrit_sujet_de_ce_qu_une_personne_a_trouve_ou_garde(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE if texte.startswith("note") else NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "Le CPAS a trouvé une solution de logement.",
        "Maman a gardé les petits.",
        "Airbnb a hébergé la famille deux nuits.",
        "Tout a fini par s'arranger.",
    ],
)
def test_un_service_un_lien_ou_une_marque_sujet_des_memes_verbes_reste_muet(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'oncle F. Juste, qui vit à Dinant, accueille le jeune.",
        "chez l’oncle B. Fort, le week-end",
        "Son arrière-grand-oncle T. Sage, qui viendra en mai.",
        "Présente : l'ex-belle-mère R. Courant",
    ],
)
def test_un_nom_du_lexique_apres_l_initiale_d_un_proche_est_un_nom(texte: str) -> None:
    """Après un lien, même élidé (« l'oncle ») ou composé (« arrière-grand-oncle »), puis une initiale, le mot suivant est
    le nom du proche même s'il est un mot de la langue : le lien se lit par son dernier morceau."""
    assert "anonymat.nom" in _regles(texte)


# --- aveugle-58 (les soins au quotidien), mesuré à l'aveugle sur 03cc394 avant ces corrections ----------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Antécédents :\n- maladie de Crohn (suivie)\n- syndrome de Marfan écarté",
        "Le neuropédiatre évoque un syndrome de Gilles de la Tourette.",
        "antecedents:\n- syndrome d'Angelman\n- maladie de Perthes\n",
        "Une tétralogie de Fallot opérée à la naissance, suivi en cardiologie.",
    ],
)
def test_une_maladie_qui_porte_le_nom_de_qui_l_a_decrite_reste_muette(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte, FICHE if texte.startswith("antecedents") else NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "La maladie de Wathelet inquiète sa mère.",
        "le syndrome de Mme Turner est connu du médecin",
        "la maladie de Gilbert Kowalczyk, son grand-père, pèse sur la famille",
    ],
)
def test_la_maladie_d_une_personne_nomme_cette_personne(texte: str) -> None:
    """Derrière « maladie de », seul un nom de la liste des éponymes est une maladie ; tout autre nom, ou un éponyme
    suivi d'un autre nom ou précédé d'une civilité, reste une personne."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "famille:\n  adresse: 'avenue des Lilas 14B'\n",
        "adresse: 'rue Haute 7c'\n",
    ],
)
def test_une_adresse_au_numero_suivi_d_une_lettre_entre_apostrophes(texte: str) -> None:
    assert "anonymat.adresse" in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "contact: N'Guessan\n",
        "transport:\n  retour: M'Bala\n",
        "qui: n'diaye\n",
    ],
)
def test_un_nom_a_apostrophe_d_afrique_de_l_ouest_est_lu_comme_sans_elle(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["N'Importe quel service convient.", "M'Enfin, le rendez-vous tient.",
                                   "qui: n'importe\n"])
def test_une_tournure_elidee_reste_muette(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte, FICHE if texte.startswith("qui") else NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "« on est en retard, prévenez kowalczyk svp »",
        "> appelez wathelet avant midi",
        "Bram repasse chercher l'ordonnance demain.",
        "Faadumo dépose le certificat au secrétariat.",
    ],
)
def test_le_complement_d_un_imperatif_ou_le_sujet_d_un_verbe_de_passage(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Prévenez le secrétariat svp.", "Appelez lundi matin.", "Le bus passe à 8 h.", "Le facteur dépose le colis."],
)
def test_un_imperatif_devant_un_service_ou_un_verbe_de_passage_apres_une_chose(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("prénom: Papy\n", FICHE),
        ("contact: Tata\n", FICHE),
        ("Brugel a rappelé le service.", NOTE),
        ("Grâce à l'aide de Wanthida, le dossier avance.", NOTE),
    ],
)
def test_ce_que_l_attaque_52_a_vu_perdre_reste_signale(texte: str, fichier: str) -> None:
    """« Papy », « Tata » : des prénoms, seuls sous une clé de nom (pas un identifiant de proche, qui a deux morceaux) ;
    « Brugel » : un nom de famille avant d'être un organisme ; « grâce à l'aide de » : une personne, pas un outil."""
    assert "anonymat.nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Pas le moindre signe de Williams depuis l'audience.",
        "La maladie de Wilson, le beau-père, inquiète la famille.",
        "La tumeur de Williams (le parrain) est en rémission.",
        "Depuis la maladie de Gilbert, le jeune dort chez sa tante.",
        "Depuis la maladie de Raynaud, Sofia garde seule les petits.",
    ],
)
def test_ce_que_l_attaque_53_a_vu_perdre_reste_signale(texte: str) -> None:
    """« signe de » attend des nouvelles de quelqu'un ; un lien apposé fait de l'éponyme une personne ; Gilbert, Raynaud
    sont d'abord un prénom et un nom de famille courants."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "- Syndrome de Marfan (2021)",
        "Maladie de Crohn connue, suivi en gastro.",
        "une dystrophie de Duchenne est suivie en neurologie",
        "Il N'AIME PAS la cantine, dit-il.",
        "titre: 'Ce Qu''Il N''Ose Pas Dire'\n",
        "Le sommeil passe mieux depuis mars.",
        "Nounou repasse en fin de journée.",
    ],
)
def test_ce_que_l_attaque_53_a_vu_signaler_a_tort_reste_muet(texte: str) -> None:
    fichier = FICHE if texte.startswith("titre") else NOTE
    assert not {"anonymat.nom", "anonymat.adresse"} & _regles(texte, fichier)


def test_une_adresse_a_l_apostrophe_doublee_n_est_signalee_qu_une_fois() -> None:
    constats = analyser_texte("adresse: 'rue de l''Abbaye 12'\n", FICHE, ContexteAnonymat())[0]
    assert [c.regle for c in constats] == ["anonymat.adresse"]


@pytest.mark.parametrize(
    "texte",
    [
        "Depuis la maladie de Wilson, une voisine de la famille, la mère sort peu.",
        "La maladie de Williams (79 ans) pèse sur la famille.",
        "La paralysie de Bell, leur grand-père, inquiète les enfants.",
        "Rencontre avec Rose M'Bemba et sa fille.",
        "- Mère : avenue des Arts 41m",
    ],
)
def test_ce_que_l_attaque_54_a_vu_perdre_reste_signale(texte: str) -> None:
    """Une apposition (une virgule, un âge) fait de l'éponyme une personne ; le prénom homonyme d'un mot collé à un nom à
    apostrophe en fait partie ; toute lettre collée au numéro d'une adresse."""
    constats = analyser_texte(texte, NOTE, ContexteAnonymat())[0]
    assert {"anonymat.nom", "anonymat.adresse"} & {c.regle for c in constats}
    if "Rose" in texte:
        assert any(c.message.startswith("nom de personne « R*** M'") for c in constats)


@pytest.mark.parametrize(
    "texte",
    [
        "L'arrêt maladie de Williams court jusqu'au 30 juin.",
        "La tumeur de Wilson a été opérée, le frère est inquiet.",
        "le syndrome de Williams : grand-père maternel, 82 ans",
        "Le syndrome de Williams (veuf) pèse sur le foyer.",
    ],
)
def test_ce_que_l_attaque_55_a_vu_perdre_reste_signale(texte: str) -> None:
    """« maladie », « tumeur » : celles d'une personne ; derrière « syndrome de », un deux-points ou un mot entre
    parenthèses qui n'est pas un état du diagnostic ouvrent une apposition."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Son dessin animé préféré : Roi Simba.", NOTE),
        ("Elle joue à la Princesse Peach sur la Switch.", NOTE),
        ("rdv: 'place Flagey 18h'\n", FICHE),
        ("Un syndrome de Marfan est évoqué par le généticien.", NOTE),
    ],
)
def test_ce_que_l_attaque_55_a_vu_signaler_a_tort_reste_muet(texte: str, fichier: str) -> None:
    assert not {"anonymat.nom", "anonymat.adresse"} & _regles(texte, fichier)
