"""Trentième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le négatif
voisin qui doit rester muet. Le fichier est d'un dossier de 2019 : l'année de la demande compte pour accorder un âge et
une date. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"
FICHE = "dossiers/2019-003/dossier.yaml"


def _regles(texte: str, fichier: str = NOTE) -> set[str]:
    return {c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]}


@pytest.mark.parametrize(
    "texte",
    [
        "Deux enfants : la cadette (8 ans, 14/02/2011) et un bébé.",
        "Enfant à charge, 6 ans, 03.07.2012, inscrit à la mutuelle.",
        "Le centre PMS signale une élève de 14 ans (2005-11-30) en décrochage.",
        "Un patient de 16 ans (7 mai 2003) absent aux deux derniers rendez-vous.",
        "Le petit frère (4 ans, 22/09/2014) reste chez la grand-mère.",
    ],
)
def test_la_date_apres_l_age_d_une_personne_est_sa_naissance(texte: str) -> None:
    """L'âge puis la date, entre parenthèses ou après une virgule, à côté de la personne : sa naissance, même sur une
    ligne qui dit un signalement ou une absence."""
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune, 15 ans, 12/03/2019 : premier appel de la mère.",
        "Un élève de 14 ans (12/03/2019, date du signalement) ne vient plus.",
        "Mandat de 2 ans (01/09/2018) renouvelé par le SAJ.",
        "Le placement, 3 ans, 01/09/2018, arrive à son terme.",
        "Hospitalisé à 13 ans (12/10/2016) à Beau Vallon.",
    ],
)
def test_un_age_qui_ne_s_accorde_pas_ou_une_duree_restent_muets(texte: str) -> None:
    """Né en 2019, il n'aurait pas 15 ans dans un dossier de 2019 : la date est un moment ; « 2 ans » d'un mandat,
    « à 13 ans » d'une hospitalisation ne sont pas l'âge d'une personne devant sa date."""
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "fratrie:\n- lien: sœur\n  age: 9 ans\n  date: 14/02/2010\n",
        "fratrie:\n  - lien: frère\n    date: '2006-05-17'\n    age: '13'\n    ecole: athénée\n",
        "enfants:\n- prenom_code: A.\n  age: 7\n  le: 3 mars 2012\n",
        "membres:\n- parenté: demi-frère\n  age: 11\n  date: 2008-04-02\n",
    ],
)
def test_la_date_d_un_element_dont_une_cle_soeur_donne_l_age(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "fratrie:\n- lien: sœur\n  age: 9 ans\n  date_placement: 14/02/2010\n",
        "participants:\n  age: 15 ans\nreunion:\n  date: 2018-03-12\n",
        "groupe:\n- age: 15 ans\n  date: 2019-03-12\n",
    ],
)
def test_l_age_d_un_autre_element_une_cle_d_evenement_ou_un_age_qui_ne_s_accorde_pas(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "delegue: 'mukendi'\nmandat: aide consentie\n",
        "deleguee_saj: Lefebvre\n",
        "titulaire: 'van Hout'\n",
        "medecin_traitant: Dr kowalski\n",
        "Médecin traitant : Dre Nowicka\n",
        "Délégué en charge : ilunga\n\nLe mandat court jusqu'en juin.",
        "Titulaire : Dussart",
    ],
)
def test_valeur_d_une_cle_de_delegue_de_titulaire_ou_de_medecin(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE if ":" in texte.split("\n")[0] and "\n" in texte else NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "delegue: spj\n",
        "delegue: à désigner\n",
        "titulaire: la mère\n",
        "medecin: généraliste\n",
        "Médecin traitant : le pédiatre de la maison médicale",
        "Déléguée en charge : la conseillère du SAJ",
    ],
)
def test_role_fonction_ou_phrase_sous_ces_cles_restent_muets(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Le Dr mertens a revu le jeune jeudi.",
        "rdv chez le docteur lambotte lundi",
        "la dre nowak confirme le diagnostic",
    ],
)
def test_un_nom_en_minuscules_apres_dr_ou_docteur(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le docteur en charge a revu le jeune.",
        "Docteur en psychologie, elle anime le groupe.",
        "le dr a dit que tout allait mieux",
        "Le docteur traitant est prévenu.",
    ],
)
def test_dr_devant_un_mot_qui_n_est_pas_un_nom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize("texte", ["> De : Ronvaux\n> Envoyé : lundi 3 juin", ">> À : Dirdi"])
def test_l_en_tete_d_un_courriel_cite(texte: str) -> None:
    """Les en-têtes d'un courriel recopié en citation « > » sont lus comme les autres."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize("texte", ["Serge rappellera la mère demain.", "Rose téléphonera au SAJ avant vendredi."])
def test_prenom_homonyme_sujet_d_un_verbe_au_futur(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize("texte", ["La Poste enverra le courrier.", "Namur accompagnera le projet.",
                                   "Le SAJ transmettra le rapport."])
def test_institution_ou_lieu_sujet_d_un_verbe_au_futur(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


def test_fete_en_minuscules_et_personne_qui_en_porte_les_mots() -> None:
    assert "anonymat.nom" not in _regles("> ok pour l'aid el kebir, il dort chez nous")
    assert "anonymat.nom" in _regles("vu Mme el kebir hier")


@pytest.mark.parametrize(
    "texte",
    [
        "La sœur, 14 ans, elle est du 03/04/2010.",  # l'âge et la date ne s'accordent pas : « elle est du » suffit
        "Le cadet, 13 ans, il est du 2012-06-01.",
    ],
)
def test_il_est_du_reste_une_naissance_apres_un_age(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le petit, 2 ans, 04/02/2019 : appel de la crèche.",  # un moment de l'année du dossier, quel que soit l'âge
        "La benjamine, 4 ans, 2018-10-15, entre en 2e maternelle.",
        "historique:\n- age: 3 ans\n  date: 2016-05-03\n  evenement: premier placement\n",
        "- classe: 2e maternelle\n  age: 4 ans\n  date: 2016-09-01\n",
    ],
)
def test_un_moment_du_dossier_ou_de_l_histoire_apres_un_age_reste_muet(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE if texte.endswith("\n") else NOTE)


@pytest.mark.parametrize("texte", ["delegue: ase\n", "medecin: pmsm\n", "medecin_specialite: neurochirurgie\n",
                                   "docteure: sans objet\n"])
def test_sigle_ou_mot_du_metier_en_minuscules_sous_une_cle_de_fonction(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["Le docteur lui-même a rappelé.", "> De : coordo\n> Objet : absences",
                                   "À : educs\nObjet : réunion", "> De : donotreply\n> Objet : facture"])
def test_pronom_apres_docteur_et_mots_du_metier_ou_d_un_service_dans_un_en_tete(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


def test_une_civilite_devant_deux_lettres_qu_aucun_mot_francais_n_ecrit() -> None:
    """« đỗ » se lit « do », un mot connu d'autres langues : la garde ne s'y arrête pas (un mot simple, pas composé)."""
    assert "anonymat.nom" in _regles("- M. đỗ (logopède) : séances maintenues")


# --- après l'attaque-35 (518 cas d'une seconde aide) : ses voisins, réécrits ici -------------------------------------


@pytest.mark.parametrize("texte", ["Vu mme belle-rose ce matin.", "M. grand-jean a rappelé.", "Mme beau-lieu est venue."])
def test_nom_compose_de_mots_connus_apres_une_civilite(texte: str) -> None:
    """Chaque morceau est un mot (« belle », « rose ») : le nom composé après une civilité reste un nom."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize("texte", ["Présents : mme pongal, spj", "- mme onam excusée"])
def test_nom_qui_est_aussi_une_fete_apres_une_civilite(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


def test_sous_cle_d_un_bloc_de_naissance_qui_nomme_un_signalement() -> None:
    assert "anonymat.date_naissance" in _regles("naissance:\n  selon_signalement: 2007-05-02\n", FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune, 9 ans, 14/09/2012 : première hospitalisation.",
        "Sa sœur, 7 ans, 10/09/2014 à 14 h : visite chez la juge.",
        "Mineure de 5 ans, 14/02/2013, confiée à la tante par le juge.",
        "L'aînée, 12 ans, 01/09/2015, entre en 1re secondaire.",
    ],
)
def test_date_d_un_moment_apres_l_age_qu_il_avait(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


def test_un_etat_apres_la_date_n_en_fait_pas_un_moment() -> None:
    assert "anonymat.date_naissance" in _regles("Jeune garçon de 13 ans, 4 mai 2006, domicilié chez sa tante.")


@pytest.mark.parametrize(
    "texte",
    [
        "fratrie:\n- lien: sœur\n  age: 9\n  date_audition: 2014-02-10\n",
        "fratrie:\n- lien: sœur\n  age: 9\n  depuis: 2014-02-10\n",
        "historique:\n- lien: sœur\n  age: 9\n  date: 2014-02-10\n  evenement: audition\n",
    ],
)
def test_date_d_un_element_qui_dit_un_moment(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["Date : 12 mars\nAnimation : supervision", "Date : 12 mars\nRédaction : cmsl",
                                   "De : fgtb\nObjet : attestation", "> De : itsme\n> Envoyé : lundi"])
def test_rubriques_d_un_compte_rendu_et_services_dans_un_en_tete(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


# --- après l'attaque-36 (506 cas d'une troisième aide) : ses voisins, réécrits ici ----------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Placement de la cadette en famille, 3 ans, 01/09/2016.",  # une durée, la personne n'ouvre pas le groupe
        "Guidance de l'enfant, 2 ans, 05/01/2016, par le SSM.",
        "Le cousin, 5 ans, 12/03/2002, vit à Huy.",  # né en 2002, il n'a plus 5 ans dans un dossier de 2019
        "Le cadet, 7 ans, 04/03/2010 rejoint le père au Maroc.",  # l'âge d'un moment ancien (2017), pas de la demande
        "historique:\n- lien: frère\n  age: 9\n  date: 2013-03-12\n",
        "fratrie:\n- avec: sœur\n  age: 9\n  date: 2013-03-12\n  type: audition\n",
    ],
)
def test_duree_age_qui_ne_s_accorde_plus_ou_liste_de_moments(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE if texte.endswith("\n") else NOTE)


@pytest.mark.parametrize(
    "texte",
    [
        "Carte d'identité : fille, 14 ans, 12/02/2005, adoptée en 2011.",
        "Identité : garçon, 15 ans, 03/03/2004 - à vérifier.",
    ],
)
def test_une_identite_recopiee_reste_une_naissance_meme_suivie_d_un_moment(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


# --- après l'attaque-37 (337 cas d'une quatrième aide) : ses voisins, réécrits ici ----------------------------------


@pytest.mark.parametrize(
    "texte",
    [
        "Fratrie : Ilyes, 11 ans, 04/05/2008, en 5e primaire.",  # un prénom ouvre le groupe
        "- **Demi-sœur**, 16 ans, 02/09/2003, en internat.",
        "Le second fils, 10 ans, 03/03/2009, vit chez le père.",
    ],
)
def test_la_personne_qui_ouvre_le_groupe_meme_par_un_prenom_ou_en_gras(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "visites_pere:\n- date: 2016-03-12\n  lieu: EPN\n",
        "fratrie:\n- date: 2015-06-02\n  activite: sortie au zoo\n",
        "membres:\n- type: audition\n  age: 11\n  date: 2012-04-02\n",
    ],
)
def test_une_date_sans_age_ou_d_un_moment_sous_des_proches_reste_muette(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["amina_saidi: tante, héberge le jeune\n", "- Diallo_K: oncle\n"])
def test_un_nom_ecrit_avec_un_souligne_devant_un_lien(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE)


# --- après l'attaque-38 (419 cas d'une cinquième aide) : ses voisins, réécrits ici ----------------------------------


@pytest.mark.parametrize("texte", ["La toute petite demi-sœur, 4 ans, 12/03/2015, à la crèche.",
                                   "Membres de la famille - la sœur, 12 ans, 05/06/2007, en 6e."])
def test_qualificatifs_devant_la_personne_et_groupe_ouvert_par_un_tiret(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize("texte", ["Soutien fratrie, 3 ans, 01/09/2016, par le SSM.",
                                   "Congé parental père, 1 an, 01/01/2017."])
def test_une_activite_qui_nomme_un_proche_puis_une_duree(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "fratrie:\n- parenté: grande sœur\n  date: 12/03/2008\n",
        "fratrie_paternelle:\n- relation: demi-frère\n  le: 2009-10-02\n",
    ],
)
def test_date_sans_age_d_un_proche_dit_par_une_autre_cle_de_lien(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte, FICHE)


@pytest.mark.parametrize(
    "texte",
    [
        "membres:\n- type: placement chez la grand-mère\n  age: 8 ans\n  date: 2010-09-01\n",
        "scolarite:\n- qui: le jeune\n  age: 6 ans\n  date: 2012-09-01\n",
    ],
)
def test_une_cle_de_lien_qui_dit_un_moment_ou_la_cle_d_acteur(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["chez_mamy: grand-mère\n", "fete_saint_nicolas: grand-père\n"])
def test_une_cle_a_souligne_faite_d_un_mot_devant_un_lien(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte, FICHE)


def test_un_nom_a_souligne_dont_le_prenom_est_un_mot() -> None:
    """« jean » est aussi un mot (un jean) : « jean_lefebvre » reste un nom devant un lien."""
    assert "anonymat.nom" in _regles("jean_lefebvre: père\n", FICHE)


# --- après l'attaque-39 (455 cas d'une sixième aide) : ses voisins, réécrits ici ------------------------------------


@pytest.mark.parametrize("texte", ["louise_du_pont: marraine\n", "hugo_de_witte: parrain\n"])
def test_un_nom_a_particule_ecrit_avec_des_soulignes_devant_un_lien(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte, FICHE)


@pytest.mark.parametrize("texte", ["contact: d'urgence\n", "historique_familial:\n- lien: frère\n  age: 9\n  date: 2013-03-12\n"])
def test_valeur_elidee_et_bloc_dont_un_morceau_dit_des_moments(texte: str) -> None:
    assert not {"anonymat.nom", "anonymat.date_naissance"} & _regles(texte, FICHE)
