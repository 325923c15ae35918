"""Vingt-troisième passage : un nom en minuscules collé à un lien de parenté, sans virgule (« son cousin nguyen »,
« le voisin (dubois) »). Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le négatif
voisin qui doit rester muet (un adjectif, un verbe, un gentilé, un prénom que le lexique connaît comme un mot).
Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import trouver
from tests.anonymat.outils_garde import noms_trouves as _noms


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Son cousin nguyen passe le prendre le mercredi.", "nguyen"),
        ("Le voisin (lemaire) a prévenu la police.", "lemaire"),
        ("La mère (kowalczyk) arrive en retard.", "kowalczyk"),
        ("Sa demi-sœur wouters vit à Gembloux.", "wouters"),
        ("La grand-mère maternelle haddouchi garde les petits.", "haddouchi"),
        ("Leur oncle paternel diakité a proposé de l'héberger.", "diakité"),
        ("Le parrain van damme vient le dimanche.", "van damme"),
        ("Chez la tante mbuyi kalala, le jeune dort bien.", "mbuyi kalala"),
        ("Le beau-père ozturk refuse la rencontre.", "ozturk"),
        ("Une rencontre avec le frère ainé ? Non : le frère tshimanga viendra seul.", "tshimanga"),
        ("Appel du père hakimi ce matin.", "hakimi"),
        ("La petite amie vermeersch l'accompagne.", "vermeersch"),
        # mal saisi : un mot que personne n'écrit, là où la phrase attend le nom
        ("La cousine marrianne lejeunne l'accueille.", "marrianne lejeunne"),
    ],
)
def test_nom_colle_a_un_proche(texte: str, nom: str) -> None:
    assert any(nom in trouve for trouve in _noms(texte))  # « tante mbuyi kalala » : un prénom « Tante » élargit la prise


@pytest.mark.parametrize(
    "texte",
    [
        "La mère seule ne peut pas assurer les trajets.",
        "Le père absent depuis deux ans a écrit une lettre.",
        "La grand-mère maternelle est venue à la concertation.",
        "Le frère aîné vit désormais à Liège.",
        "Le jeune homme refuse de parler.",
        "La demi-sœur vit chez son père à Namur.",
        "La famille part chez les grands-parents à Ciney.",
        "Le jeune sera chez son père pour la Toussaint.",
        "La mère est marocaine, le père congolais, le beau-père capverdien.",
        "Le cousin ouzbek parle russe à la maison.",
        "L'enfant désiré par le couple a été confié tôt.",
        "La tante biologique reste joignable.",
        "Le père van de la famille est en panne.",
        "La mère ne souhaite pas que l'école soit informée.",
        "Le voisin (retraité) a prévenu le service.",
    ],
)
def test_adjectifs_verbes_et_gentiles_apres_un_proche(texte: str) -> None:
    assert _noms(texte) == []


def _dates(texte: str) -> list[str]:
    return [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat(), annee=2026) if t.regle == "anonymat.date_naissance"]


@pytest.mark.parametrize(
    ("texte", "date"),
    [
        # l'âge, et la date pour parenthèse ou pour apposition
        ("Le jeune aura bientôt 16 ans : il est du 2009-03-11, selon la maman.", "2009-03-11"),
        ("Adolescente de 14 ans (03/07/2011), suivie par le SAJ.", "03/07/2011"),
        ("âge: \"9 ans (du 4 mars 2016)\"", "4 mars 2016"),
        ("Le petit, âgé de 7 ans (il est de 14.10.2017), dort mal.", "14.10.2017"),
        ("Fille, 12 juin 2011, 13 ans, vit chez sa mère.", "12 juin 2011"),
        ("- frère : 6 janvier 2014 (10 ans)", "6 janvier 2014"),
        ("Âge confirmé : 23/09/2008, soit 16 ans.", "23/09/2008"),
        # être d'une date, l'arrivée d'un bébé
        ("La sœur cadette, elle aussi du 12.05.2013, reste à la maison.", "12.05.2013"),
        ("Le bébé est arrivé le 02/02/2024, tout va bien.", "02/02/2024"),
        ("Depuis l'arrivée d'un bébé chez la tante le 4 juin 2024, il dort là-bas.", "4 juin 2024"),
        # une identité recopiée
        ("Carte d'identité : 14.09.2012 (copie au dossier).", "14.09.2012"),
        ("identite: \"F., 3 mars 2010, Ciney\"", "3 mars 2010"),
        ("Pour l'inscription, l'identité complète : R. T., 2011-01-30.", "2011-01-30"),
        ("La mère donne 12/01/2012 pour la fiche.", "12/01/2012"),
        # la date apposée à un proche qui ouvre sa ligne
        ("Fratrie :\n\n- sœur, 2000-05-02, en kot à Louvain-la-Neuve", "2000-05-02"),
        ("Deux frères : l'aîné, du 27-01-2018, travaille.", "27-01-2018"),
        ("Jeune : garçon, 30/06/2005, 5e secondaire.", "30/06/2005"),
        ("- le demi-frère, 02-03-2014, en internat", "02-03-2014"),
        ("- la petite sœur, 12 mars 2015, chez la grand-mère", "12 mars 2015"),
        # attaque-13 : ce qu'une version trop large perdait ou aurait perdu
        ("Né le 03/02/2011 au 7e mois de grossesse.", "03/02/2011"),
        ("Âge à la demande : 11 ans (jeune du 1er septembre 2013).", "1er septembre 2013"),
        ("La maman donne le 15/6/2015 pour la fiche, à vérifier.", "15/6/2015"),
        ("Âge vérifié sur la carte : 28-06-2003, soit 21 ans.", "28-06-2003"),
        ("- demi-sœur paternelle, 04/11/2009, chez sa mère", "04/11/2009"),
    ],
)
def test_naissance_dite_sans_le_mot(texte: str, date: str) -> None:
    assert date in _dates(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Appel de la mère, 12/03/2024, pour annuler la séance.",
        "Courriel du père, 03/05/2024 : il ne viendra pas.",
        "SMS de la maman, 2 mars 2024 à 18 h.",
        "Visite chez la grand-mère, 14/02/2024, avec le jeune.",
        "Rencontre avec le jeune, 12/03/2024, au SSM.",
        "- frère, 12/03/2024 : appel au service",
        "Le jeune, 15 ans, hospitalisé le 12/03/2024.",
        "Historique : placé en 2016, retour chez la mère, 12/03/2018, puis rechute.",
        "Vérification d'identité faite le 12/03/2024.",
        "La carte d'identité expire le 12/03/2030.",
        "Carte d'identité renouvelée : 12/03/2024.",
        "identite_verifiee: 12/03/2024",
        "Elle aussi du 12/03/2024 au 20/03/2024 en stage.",
        "Il est du 12/03/2024 au 15/03/2024 en stage.",
        "Le jeune a 15 ans (depuis le 12/03/2024).",
        "Suivi depuis 3 ans (12/03/2021).",
        "Placé le 12/03/2016, 3 ans après sa première demande.",
        "Réunion le 12/03/2024 : 15 ans de suivi pour la famille.",
        "Le 12/03/2016, 2 ans de placement ont pris fin.",
        "Action prévue pour la fiche du 12/03/2024.",
        # attaque-13 : l'âge au moment d'un événement, un document, une pièce d'identité faite récemment, un journal
        "Admis aux urgences pédiatriques le 17/11/2021 (12 ans).",
        "Audience au tribunal de la jeunesse : 2020-06-04 (9 ans).",
        "Retour chez la mère le 2 mai 2022, 14 ans.",
        "Le bilan logopédique ? Il est du 8 janvier 2025.",
        "L'attestation du CPMS, elle aussi du 03/02/2025, est jointe.",
        "Photo d'identité : 09/01/2025 (pour le dossier SAJ)",
        "- papa, 03/03/2025 (tél.)",
        "Expéditeur : la grand-mère, 12/01/2025 09:14",
        "- frère, 2019-09-01, entrée en IPPJ",
        "La tante, 22/10/2024, a appelé le service.",
        "Arrivée d'un bébé prévue pour le 12/06/2026.",
        "identite_verifiee: 12/03/2021",
        "Le mandat du juge, lui aussi du 14/02/2025, est prolongé.",
    ],
)
def test_dates_de_moments_pres_d_un_age_d_un_proche_ou_d_une_identite(texte: str) -> None:
    assert _dates(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["à recopier : 72060 356724 à vérifier", "numéro noté 7206 035 6724 par la mère", "NN 720 603 56 724",
     "copie : 72 06035 6724 ?"],
)
def test_niss_en_groupes_quelconques(texte: str) -> None:
    assert [t.regle for t in trouver(texte, ContexteAnonymat())] == ["anonymat.niss"]


@pytest.mark.parametrize(
    "texte",
    ["Montant total : 12 345 678 90 € à verser.", "référence 72060 356725 du courrier", "appel au +72060356724",
     "dossier 2024 0356 7241 clos"],
)
def test_onze_chiffres_sans_date_ni_cle_de_niss(texte: str) -> None:
    assert "anonymat.niss" not in [t.regle for t in trouver(texte, ContexteAnonymat())]


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("[09:12] kabeya : on arrive dans dix minutes", "kabeya"),
        ("[03/02 18:40] wojcik : le petit dort enfin", "wojcik"),
        ("> 21h05 – el idrissi : merci pour tout", "el idrissi"),
        ("ferhat (08:30) : pas d'école aujourd'hui", "ferhat"),
        ("- [x] vandenbroucke — autorisation signée", "vandenbroucke"),
        ("* [ ] nkurunziza : rappeler pour la charte", "nkurunziza"),
        ("Merci pour la réunion.\n\n--\nsandrine moreau\nAMO Passage", "sandrine moreau"),
        ("--\nDelvaux, éducatrice", "Delvaux"),
        ("| Fratrie | Âge |\n| --- | --- |\n| mbombo | 9 ans |", "mbombo"),
        ("| Enfants | École |\n| --- | --- |\n| kaya | 3e primaire |", "kaya"),
        ("| Frères et sœurs | Où |\n|---|---|\n| rakotomalala | internat |", "rakotomalala"),
    ],
)
def test_nom_en_minuscules_dans_un_message_une_case_une_signature_ou_une_colonne_de_proches(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "[15:38] casemanager : je confirme la réunion",
        "[15:40] la pédopsychiatre : bien reçu",
        "15:41 - maman : merci",
        "- [ ] école : rappeler le titulaire",
        "- [x] charte — signée par tous",
        "--\nL'équipe du service\nRéseau Kirikou",
        "| Fratrie | Âge |\n| --- | --- |\n| aînée | 14 ans |",
        "| Enfants | École |\n| --- | --- |\n| scolarisé | oui |",
        "Ordre du jour :\n\n--\nrien de neuf",
    ],
)
def test_roles_et_mots_dans_un_message_une_case_une_signature_ou_une_colonne(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le papa de nzeyimana est passé au service.", "nzeyimana"),
        ("La grand-mère de wisniewska garde les petits le mercredi.", "wisniewska"),
        ("Les parents d'ouedraogo sont séparés depuis l'été.", "ouedraogo"),
        ("On a revu le tonton de kaboré hier.", "kaboré"),
    ],
)
def test_nom_apres_le_proche_dont_il_est_parent(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Le papa de la classe est venu chercher les enfants.", "Le père de famille nombreuse refuse l'aide.",
     "La mère de substitution est hospitalisée.", "Le frère de lait vit au Congo.", "La mère de Namur a rappelé."],
)
def test_apres_le_proche_un_mot_qui_n_est_pas_un_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La fratrie : habimana (12 ans), uwase (8 ans).", "habimana"),
        ("Bonjour lemaire,\nmerci pour le retour.", "lemaire"),
        ("Merci bouchama pour l'accueil de vendredi.", "bouchama"),
        ("D'après ionescu, la situation s'apaise.", "ionescu"),
        ("mbarga et sa tante sont venues ensemble.", "mbarga"),
        ("Signé : wuyts", "wuyts"),
        ("Signé : Abdikarim", "Abdikarim"),
    ],
)
def test_nom_la_ou_la_phrase_ne_met_qu_une_personne(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Bonjour à tous,\nvoici le compte rendu.", "Merci beaucoup pour votre retour.", "Bonjour madame,\nje confirme.",
     "D'après moi, la situation s'apaise.", "D'après l'école, il progresse.", "Les enfants (12 ans) sont en classe.",
     "Les jumeaux (3 ans) dorment mal.", "Signé : le directeur", "Signé : illisible", "Signé : casemanager",
     "école et ses enseignants : réunion lundi", "la maman et son compagnon sont venus", "Cher collègue,\nmerci."],
)
def test_salutations_sources_ages_et_signatures_sans_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        # attaque-14 : le contexte d'un nom lu devant lui depuis le début de sa ligne, pas seulement depuis la première
        ("## Situation\n\nSon oncle mbala l'accueille le week-end.", "mbala"),
        ("Compte rendu\nLa marraine, szymanska, a proposé de l'aide.", "szymanska"),
        ("Notes :\nLe voisin (vercruysse) a prévenu la police.", "vercruysse"),
        ("Titre\nLa sœur aînée (cardoso) vient le samedi.", "cardoso"),
        ("Échanges :\n(09h12) mertens : je confirme\n21/03/2026 18:05 - oukili : merci", "oukili"),
    ],
)
def test_nom_sur_une_ligne_qui_n_est_pas_la_premiere(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Agenda :\n14:30 rendez-vous : école\n16:00 réunion : SSM", "[10:15] spj : audition reportée",
     "Titre\nLa sœur aînée (bientôt majeure) vient le samedi."],
)
def test_agenda_sigle_ou_adjectif_sans_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "date"),
    [
        ("DDN : 03/03/2010 au 04/03/2010 selon l'acte.", "03/03/2010"),
        ("Date de naissance présumée : 01/01/2008 au 31/12/2008 (test osseux)", "01/01/2008"),
        ("> Élève : 16 ans (30/08/2009)", "30/08/2009"),
        ("14 septembre 2012 (13 ans) : date donnée par la mère.", "14 septembre 2012"),
        ("Les jumelles ont 9 ans (12/12/2016).", "12/12/2016"),
        ("Le cadet, 1 an (14/02/2025), reste à la maison.", "14/02/2025"),
    ],
)
def test_naissance_malgre_une_periode_ou_sans_proche_devant(texte: str, date: str) -> None:
    assert date in _dates(texte)


@pytest.mark.parametrize(
    "texte",
    ["- 03/02/2026, 2 ans sans nouvelles du père", "Bail : 01/09/2025 (3 ans)", "Garantie locative : 01/02/2026, 3 ans",
     "Durée de la mesure : 2 ans (01/01/2026 - 31/12/2027)", "Délai : 3 ans (12/05/2026)",
     "La facture ? Elle est du 14/01/2026.", "Le devis, lui aussi du 02/02/2026, est joint."],
)
def test_durees_et_documents_pres_d_une_date(texte: str) -> None:
    assert _dates(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [("Le jeune et kowalczyk se disputent à la récréation.", "kowalczyk"),
     ("Titre\nSa mère et mukendi sont venues ensemble.", "mukendi")],
)
def test_nom_coordonne_a_un_proche(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Le jeune et les autres se disputent.", "La mère et moi avons parlé.", "Le père et son avocat sont venus.",
     "La mère et elle sont proches.", "Le jeune et plusieurs copains jouent."],
)
def test_proche_et_un_mot_qui_n_est_pas_un_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [  # attaque-15 : une valeur YAML entre apostrophes, un lien sans article en tête de valeur ou de liste
        ("motif_demande: 'La mère benali ne sait plus quoi faire.'", "benali"),
        ("service_ou_lien: oncle paternel mbemba", "mbemba"),
        ("Entourage :\n- grand-mère szewczyk\n- voisine", "szewczyk"),
    ],
)
def test_nom_colle_en_tete_de_valeur_ou_apres_une_apostrophe_yaml(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["3. La grand-mère maternelle (aidante proche)", "La tante (aidante) aide le week-end.", "(14:30) rendez-vous : école",
     "[10:00] après-midi : libre", "- [x] rendez-vous — fixé", "[16:00] porte-parole : la mère", "- oncle paternel",
     "- mère seule", "service_ou_lien: tante maternelle", "- Fratrie : une sœur aînée (19 ans), un frère cadet (9 ans)."],
)
def test_roles_et_mots_composes_sans_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["Une contravention pour 1-XKL-772 a été reçue chez le père.", "L'amende pour HTR-418 est au nom de la tante.",
     "Le minibus 34 KPL 207 du foyer vient le chercher."],
)
def test_plaque_d_une_amende_ou_d_un_minibus(texte: str) -> None:
    assert "anonymat.plaque" in [t.regle for t in trouver(texte, ContexteAnonymat())]


@pytest.mark.parametrize(
    "texte",
    ["L'amende de 50 € pour le dossier 2023-118 est payée.", "Le minibus de la ligne 71 est en retard.",
     "Amende SNCB : 75 € (ticket 4471)."],
)
def test_amende_ou_minibus_sans_plaque(texte: str) -> None:
    assert "anonymat.plaque" not in [t.regle for t in trouver(texte, ContexteAnonymat())]


@pytest.mark.parametrize(
    ("texte", "nom"),
    [("Présents :\n- vasilescu\n- la pédopsychiatre\n- le CM", "vasilescu"),
     ("Excusés : nshimirimana, l'école.", "nshimirimana"),
     ("**Présents** : la CM, Berhane (oncle), le SSM.", "Berhane")],
)
def test_nom_seul_dans_une_liste_de_presences(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Présents :\n\n- l'interprète\n- la maman\n- le CM", "Excusés :\n- aviq\n- cpms\n- ssm",
     "Présents :\n- titulaire\n- logopède\n- école", "Présents :\n- pedo\n- cm\n- spj\n- amo",
     "**Présents** : la jeune, sa mère, le SSM, l'AMO, le CPAS."],
)
def test_liste_de_presences_sans_nom(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["Nouveau numéro de l'oncle : +40 72 415 903 26.", "joindre la tante au +250 78 120 334 90 le soir",
     "contact: +93 70 555 218 63"],
)
def test_numero_international_mal_recopie(texte: str) -> None:
    assert "anonymat.telephone" in [t.regle for t in trouver(texte, ContexteAnonymat())]


@pytest.mark.parametrize(
    "texte",
    ["Hausse de +1 200 000 € du budget.", "Montant : +40 % par rapport à 2024.", "Version 2.0+ 12 34 56 78.",
     "Le total passe de 1 200 à +3 500 (budget)."],
)
def test_plus_et_chiffres_sans_numero(texte: str) -> None:
    assert "anonymat.telephone" not in [t.regle for t in trouver(texte, ContexteAnonymat())]


@pytest.mark.parametrize(("texte", "nom"), [("Dorénavant, c'est nakamura qui fera le lien avec l'école.", "nakamura"),
                                           ("C'est benhaddou qui a prévenu le service.", "benhaddou")])
def test_nom_mis_en_relief_par_c_est_qui(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize("texte", ["C'est elle qui reprend la coordination.", "C'est lundi qui convient le mieux.",
                                   "C'est toujours moi qui appelle.", "C'est donc pedo qui valide."])
def test_c_est_qui_sans_nom(texte: str) -> None:
    assert _noms(texte) == []
