"""Trente-cinquième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import masques_des_noms as _masques

Regles = Callable[[str], list[str]]
"""La fixture `regles` de conftest.py : les règles trouvées dans un texte, dans l'ordre."""


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Mme J-P Verhaeghen a appelé le foyer.", NOTE, "« J-P V********* »"),
        ("Demande de Mme A-M Kabongo pour le week-end.", NOTE, "« A-M K****** »"),
        ("Dr J-L Okafor confirme le traitement.", NOTE, "« J-L O***** »"),
        ("contact: Mme M-T Nzeyimana", FICHE, "« M-T N******** »"),
    ],
)
def test_une_civilite_puis_des_initiales_composees_puis_le_nom(texte: str, fichier: str, masque: str) -> None:
    """Après une civilité, des initiales composées sans point (« J-P », « JP ») arrêtaient la suite : le nom qui les
    suit restait en clair ; une seule capitale (« Mme K Verhaeghen ») passait déjà."""
    assert any(masque in message for message in _masques(texte, fichier))


@pytest.mark.parametrize(
    "texte",
    [
        "Vu Mme J-P, elle rappelle demain.",
        "Mme J-P",
        "Signé : M. JP",
        "Rdv avec Mme AS du CPAS jeudi.",
        "Dr ORL Clinique Saint-Jean jeudi.",
        "Vu Dr CHR de Namur.",
        "Mme RH Colruyt a rappelé.",
        "Taille M XL Sport.",
    ],
)
def test_une_civilite_suivie_des_seules_initiales_ou_d_un_sigle_reste_muette(texte: str) -> None:
    """La règle d'écriture de la note permet les initiales seules après une civilité ; deux ou trois capitales collées y
    sont d'ordinaire un sigle ou une fonction (l'attaque-59)."""
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Nuit calme, minh võ a demandé un verre d'eau.", "« m*** v* »"),
        ("Retour de week-end : aïcha bensalem est rentrée à 19 h.", "« a**** b******* »"),
        ("Selon le veilleur, ibrahima fall refuse de se coucher.", "« i******* f*** »"),
        ("Après le souper; mariam dembélé a appelé sa tante.", "« m***** d****** »"),
        ("Incident clos — fatou ndiaye accepte la sanction.", "« f**** n***** »"),
    ],
)
def test_en_minuscules_prenom_et_nom_sujets_apres_une_virgule_ou_deux_points(texte: str, masque: str) -> None:
    """Un prénom et son nom en minuscules après une virgule ou deux-points, devant ce que fait une personne : seul le
    sujet d'un mot y était lu ; le nom (« fall », un mot pour le lexique ; « võ », deux lettres) restait en clair."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "Selon l'école, une voisine a appelé.",
        "Ce matin, notre stagiaire a appelé la famille.",
        "En réunion, chaque jeune a dit son avis.",
        "Objet : nouvelle date a été fixée.",
        "Bilan : grosse fatigue est revenue.",
        "Réunion annulée, salle prise a été libérée.",
        "Après la pause, leur maman a dit oui.",
    ],
)
def test_en_minuscules_deux_mots_de_la_langue_apres_une_virgule_restent_muets(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("prudence mbombokele sort du foyer vendredi.", "« p******* m********* »"),
        ("- céleste kanyinda quitte l'internat samedi", "« c****** k******* »"),
        ("Mbuyamba fugue encore ce week-end.", "« M******* »"),
        ("Kalonji récupère ses affaires au foyer.", "« K****** »"),
    ],
)
def test_qui_sort_quitte_fugue_ou_recupere_est_une_personne(texte: str, masque: str) -> None:
    """« sort du foyer », « quitte », « fugue », « récupère » : ce que fait une personne."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "Le bulletin sort demain.",
        "Le résultat sort la semaine prochaine.",
        "Le colis part demain.",
        "Le bus quitte la gare à 8 h.",
        "Mercedes sort du garage.",
        "Au dépôt, De Lijn récupère le bus.",
        "Recupel récupère les frigos.",
    ],
)
def test_une_chose_qui_sort_ou_part_reste_muette(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("> Objet : sortie de hao\n>\n> Bonjour à tous", "« h** »"),
        ("- dem. RIS de mahmoud : enquête sociale prévue", "« m****** »"),
        ("Convocation de layla au tribunal le 12.", "« l**** »"),
        ("Permission de saba pour le week-end accordée.", "« s*** »"),
    ],
)
def test_en_minuscules_un_prenom_apres_sortie_rdv_convocation_de(texte: str, masque: str) -> None:
    """La sortie, le RIS, la convocation, la permission de quelqu'un : un prénom en minuscules après « de »."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "La sortie de Mbandaka est prévue.",
        "sortie de jambes vers 16 h",
        "sortie de namur par la e411",
        "Permission de minuit accordée.",
        "Inscription de slam ouverte.",
        "Sortie de trampoparc mercredi.",
        "rdv de stomato lundi",
    ],
)
def test_un_lieu_ou_une_chose_apres_sortie_de_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Appel de Lin X pour le transport.", "« L** »"),
        ("Lin X en retard ce matin.", "« L** »"),
    ],
)
def test_lin_suivi_de_l_initiale_du_prenom(texte: str, masque: str) -> None:
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize("texte", ["Le lin est cultivé en Flandre.", "Tissu : Lin Bio."])
def test_le_lin_reste_muet(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("Relance de Saïd par courriel, sans réponse.", "S***"),
        ("Rendez-vous avec Zoë demain.", "« Z** »"),
        ("Appel de Héritier le 23 : la date lui convient.", "« H******* »"),
        ("message vocal de Mei, à rappeler après 10 h", "« M** »"),
        ("resume: message vocal de lacombe, à rappeler", "« l****** »"),
        ("Accusé de lecture reçu de arsène le 12/08.", "« a***** »"),
        ("Attestations remises à Stanescu pour la mutualité.", "« S******* »"),
        ("# rappeler me kamińska avant vendredi", "« k******* »"),
        ("me huỳnh rappelle pour la note", "« h**** »"),
    ],
)
def test_les_noms_des_echanges_entre_partenaires(texte: str, masque: str) -> None:
    """Ratés d'aveugle-61 et leurs variantes : un tréma qu'aucun mot n'a (Saïd, Zoë), un prénom porté après ce qui
    appartient à une personne, le message vocal, l'accusé de lecture reçu de quelqu'un, à qui l'on remet, Maître."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    [
        "Noël approche, la concertation est reportée.",
        "L'héritier du trône est un film.",
        "Vacances à Dubaï en juillet.",
        "Dossier envoyé à Kisangani par erreur.",
        "il me semble que non",
        "RDV devant l'arrêt de bus rue Docteur Haibe.",
        "Parking avenue du Docteur Schweitzer.",
        "Invitation envoyée via Framadate, rappel automatique.",
        "## Compte rendu – visio Webex du 03/11/2025",
        "Le lien Jitsi Meet ne marche pas, essayer Teams.",
    ],
)
def test_les_lieux_rues_et_outils_des_echanges_restent_muets(texte: str) -> None:
    assert _masques(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Adresse de l'oncle : traore.famille(a)scarlet.be.",
        "Merci d'ajouter mkabore(a)yahoo.fr en copie.",
        "note: mkabore[a]yahoo.fr",
    ],
)
def test_une_arobase_ecrite_a_entre_parentheses_est_une_adresse(texte: str, regles: Regles) -> None:
    """« (a) », « [a] » collés aux deux morceaux : une arobase déguisée (aveugle-61)."""
    assert "anonymat.email" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "N° d'entreprise de l'ASBL : 0535.695.504.",
        "Rejoindre par l'ID 222 755 510 25 (code kR4s9T).",
        "réunion Teams, ID : 345 678 901 23",
    ],
)
def test_un_numero_d_entreprise_ou_de_visio_n_est_pas_un_telephone(texte: str, regles: Regles) -> None:
    assert "anonymat.telephone" not in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "N° d'entreprise : 0475.123.456 (GSM du gérant)",
        "Joindre la maman au 081 22 33 44.",
        "Tél. : ID 0475 12 34 56",
    ],
)
def test_un_telephone_pres_d_un_mot_d_entreprise_ou_d_identifiant_reste_signale(texte: str, regles: Regles) -> None:
    assert "anonymat.telephone" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Points (a) et (b) à revoir.", "le plan (a) reste.valable", "voir point(a)suivre"],
)
def test_une_enumeration_a_entre_parentheses_n_est_pas_une_adresse(texte: str, regles: Regles) -> None:
    assert "anonymat.email" not in regles(texte)


@pytest.mark.parametrize(
    ("texte", "masque"),
    [
        ("- appelant : Tesfaldet\n- langue : tigrinya", "« T******** »"),
        ("- appelante : Mehari B\n- objet : convocation", "« M***** »"),
    ],
)
def test_qui_appelle_dans_une_note_d_appel(texte: str, masque: str) -> None:
    """La rubrique d'une note d'appel nomme qui appelle ; une capitale seule à côté est l'initiale du prénom (aveugle-62)."""
    assert any(masque in message for message in _masques(texte))


@pytest.mark.parametrize(
    "texte",
    ["- appelant : la mère\n- langue : ourdou", "- appelant : CPAS de Namur", "Inscrit au K.A.Diest en 3e.",
     "Antennes : A.Herve, B.Verviers."],
)
def test_un_role_qui_appelle_ou_un_sigle_devant_une_ville_reste_muet(texte: str) -> None:
    """Un village belge collé à une initiale est d'ordinaire un sigle d'école, de club ou d'antenne (l'attaque-61)."""
    assert _masques(texte) == []


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Oncle dans une entreprise de nettoyage ; son GSM français : 06 12 34 56 78.", "anonymat.telephone"),
        ("Stage en entreprise intérimaire, GSM : 0612345678", "anonymat.telephone"),
        ("Rejoindre la maman : 0485 66 77 889", "anonymat.telephone"),
        ("WhatsApp ID : 243812345678", "anonymat.telephone"),
        ("Sms à l'ID 0485/66.77.889", "anonymat.telephone"),
        ("cc(a)fatou.diallo@hotmail.com", "anonymat.email"),
        ("Le Dr Lemaire signe à la place du Dr Okafor.", "anonymat.nom"),
        ("En chemin Dr Ngalula a rappelé la famille.", "anonymat.nom"),
        ("Sur place Me Kalonji a demandé une copie.", "anonymat.nom"),
        ("Questionnaire de Woldemichael rempli hier.", "anonymat.nom"),
        ("Dropbox Ngalulaka : les photos du jeune.", "anonymat.nom"),
    ],
)
def test_ce_que_l_attaque_60_a_vu_perdre_reste_signale(texte: str, regle: str, regles: Regles) -> None:
    """Un téléphone près d'« entreprise », d'« ID » ou de « Rejoindre », une adresse après « cc(a) », une personne après
    « à la place du Dr », « en chemin », « sur place », après un outil ou un questionnaire."""
    assert regle in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Annexe2(a)Bilan.pdf jointe au dossier.",
        "Scan : photo[a]2019.jpg",
        "Trajet : route naar Brussel 12 km.",
        "Steenweg Kapelle 4 keer per week.",
        "Voiture de l'école :\n2. Art 123\n3. Via 150",
        "Il est reparti pour Dubaï.",
        "Il relit Brontë en classe.",
        "La maman cite : « me llamó ayer ».",
        "Le jeune raconte : « me contó todo ».",
    ],
)
def test_ce_que_l_attaque_60_a_vu_signaler_a_tort_reste_muet(texte: str, regles: Regles) -> None:
    assert regles(texte) == []


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Entretien av. Dr Nkemelu pour le certificat.", "anonymat.nom"),
        ("On est dans l'impasse Dr Tesfamariam refuse de signer.", "anonymat.nom"),
        ("Il est à la rue Docteur Mwamba l'a vu aux urgences.", "anonymat.nom"),
        ("Sur le quai Dr Vandenhove l'a rattrapée.", "anonymat.nom"),
        ("Entreprise de son oncle aux Pays-Bas : 0612 345 678.", "anonymat.telephone"),
        ("Tél. de la tante (Maroc), son entreprise de couture : 0661 234 567", "anonymat.telephone"),
        ("WhatsApp ID : 243 812 345 678 (code pays 243).", "anonymat.telephone"),
        ("Sa sœur à La Réunion, WhatsApp ID : 262 692 123 456", "anonymat.telephone"),
    ],
)
def test_ce_que_l_attaque_61_a_vu_perdre_reste_signale(texte: str, regle: str, regles: Regles) -> None:
    """« av. » pour « avec », « dans l'impasse », « à la rue » (sans abri), « sur le quai » ; un GSM d'ailleurs à la
    forme d'un numéro d'entreprise ; un numéro de messagerie groupé comme l'identifiant d'une réunion."""
    assert regle in regles(texte)


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Son entreprise en Guinée : 0622 345 678", "anonymat.telephone"),
        ("TVA : 0612 345 678", "anonymat.telephone"),
        ("Visio avec la tante, joindre ID 243 812 345 678", "anonymat.telephone"),
        ("Il dort À la rue Docteur Nkemelu l'a vu.", "anonymat.nom"),
        ("Rencontre dans la rue Professeur Kabongo qui passait.", "anonymat.nom"),
        ("Nuit agitée, hier kaninda a appelé.", "anonymat.nom"),
        ("Mail : Fatou.Diallo(a)hotmail.com", "anonymat.email"),
        ("rappeler Me huỳnh demain", "anonymat.nom"),
    ],
)
def test_ce_que_la_relecture_a_vu_perdre_ou_manquer_est_signale(texte: str, regle: str, regles: Regles) -> None:
    """Un GSM annoncé de près par « entreprise » ou « TVA » sans sa forme à points, un numéro international valide sur une
    ligne qui parle de visio, « À la rue » et « dans la rue », « hier » après une virgule, une partie locale à majuscules
    devant « (a) », « Me » à majuscule."""
    assert regle in regles(texte)
