"""La garde lit un fichier en temps linéaire, quelle que soit sa forme.

Chaque forme pathologique (« rue rue rue … », « Madame Madame … », « 1/ 1/ … », des milliers de
numéros sur une ligne…) est lue à deux tailles, dix fois plus grande la seconde : le temps doit
grandir environ dix fois (linéaire), pas cent (quadratique). On compare des rapports, jamais des
secondes. « Madame … » passe de 100 Ko à 1 Mo, la taille maximale d'un fichier ; les autres formes partent
de 300 caractères, doublés jusqu'à 2,5 ms de lecture au moins :
un rapport de dix contre cent s'y lit aussi bien, pour une fraction du temps de la suite (un essai le
vérifie sur une lecture quadratique). Toutes les formes sont lues à 100 Ko et à 1 Mo par
scripts/bench_lineaire.py (chiffres dans docs/bench/anonymat.md).
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import re
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

import pytest

from filrouge.anonymat import analyser_texte
from filrouge.anonymat import cache as cache_des_listes
from filrouge.anonymat import relecture
from filrouge.anonymat.contexte import ContexteAnonymat

CONTEXTE = ContexteAnonymat(racine=None)


@pytest.fixture(autouse=True)
def _listes_en_memoire(monkeypatch: pytest.MonkeyPatch) -> None:
    """Les listes de mots construites en mémoire d'emblée, comme pour une validation de tout le dépôt : relues du disque,
    chacune se construit à sa énième question, un coût d'une fois qui tombait dans la grande lecture de certaines formes
    (« Kerkstraat 1 A-A-A-… » : 30 fois plus long pour dix fois plus de texte, puis linéaire au-delà). Le réglage du
    processus est rendu après l'essai (les essais du cache lisent le disque)."""
    monkeypatch.setattr(cache_des_listes, "_en_memoire", cache_des_listes._en_memoire)
    cache_des_listes.tout_en_memoire()
KO = 1000
DEPART = 300
"""La petite taille de départ (doublée jusqu'à REFERENCE_MIN) : partir de 3 Ko mesurait la plupart des formes à 20 ou
30 ms, et les plus lentes (« au 22/05/⏎2012 », 2 ms par coupure douce) à 460 ms, puis dix fois plus pour la grande
lecture : 80 s de processeur pour ce seul fichier, 51 s en partant de 300 caractères (`pytest -n 2` sur ce fichier,
48 → 32 s écoulées). Les rapports restent entre 9,3 et 13,7 sous une charge de 3 sur 2 cœurs."""
RAPPORT_MAX = 25
"""Dix fois plus de texte : dix fois plus de temps si la lecture est linéaire, cent si elle est quadratique."""
REFERENCE_MIN = 0.0025
"""En deçà de 2,5 ms, le bruit (ramasse-miettes, ordonnanceur) pèse autant que la mesure : la petite taille
double alors jusqu'à l'atteindre, sans dépasser 100 Ko (1 Mo pour la grande, la taille maximale d'un fichier).
Temps processeur du seul processus, ramasse-miettes suspendu, meilleure de trois lectures. À 10 ms, les rapports
restaient entre 6,2 et 14,2 ; à 5 ms, entre 6,0 et 15,6 (les 203 formes, machine occupée par une aide, septième
session), loin de 25 ; une lecture quadratique donne 100. À 2,5 ms (vingt-troisième session, 243 formes, trois
lectures de toutes les formes en même temps sur 2 cœurs) : entre 9,0 et 19,0, comme à 5 ms dans la même charge (9,5 à
18,6 ; le pire, `numeros_d_entreprise`, le même) ; le fichier passe de 44,5 à 32,7 s écoulées sous cette charge."""

FORMES = {
    # forme : (motif répété, petite taille, fichier)
    "madame": ("Madame ", 100 * KO, "note.md"),
    # quarante-troisième passage : un prénom-mot après une fonction, fondu à la couche 2 (revue44)
    "fonction_prenom_mot": ("L'éducateur Désiré Santos, ", DEPART, "note.md"),
    "titre_prenom_mot": ("Madame la Juge Grâce Magritte ", DEPART, "note.md"),
    "fonction_prenom_mot_en_chaine": ("la juge Grâce Kabeya Magritte ", DEPART, "note.md"),
    # quarante-quatrième passage : un prénom, des particules et le nom (revue45 : la remontée des particules)
    "prenom_particule_nom": ("Claire De Smet. ", DEPART, "note.md"),
    "particule_nom": ("De Greef, ", DEPART, "note.md"),
    # quarante-cinquième passage : une tournure de personne et deux mots en minuscules
    "paire_en_minuscules": ("avec wei liu ", DEPART, "note.md"),
    "dates_sans_indice_dans_un_dossier": ("x 12/10/2016 ", DEPART, "dossiers/2019-003/concertations/note.md"),
    "dates_entre_parentheses": ("Sarah (12/10/2016) ", DEPART, "dossiers/2019-003/concertations/note.md"),
    "civilite_minuscule": ("mme ", DEPART, "note.md"),
    "majuscules": ("Dupont ", DEPART, "note.md"),
    "prenom_nom": ("Kevin Dupont ", DEPART, "note.md"),
    "tirets": ("a-", DEPART, "note.md"),
    "initiales": ("A. ", DEPART, "note.md"),
    "arobases": ("a@", DEPART, "note.md"),
    "apostrophes": ("d'", DEPART, "note.md"),
    "cles_yaml": ("a: b\n", DEPART, "note.yaml"),
    "parentheses": ("( ", DEPART, "note.md"),
    "tiret_espace": ("- ", DEPART, "note.md"),
    "roles_accroches": ("kiné (dufour) ", DEPART, "note.md"),
    "roles_et_qualificatifs": ("psy de la ville / ", DEPART, "note.md"),
    "roles_sans_nom": ("kiné (", DEPART, "note.md"),
    # soixante-douzième passage : un nom en minuscules devant sa fonction entre parenthèses
    "noms_devant_un_role": ("greco (conseillère) ", DEPART, "note.md"),
    "mots_devant_un_role": ("de van greco [CM ", DEPART, "note.md"),
    "inconnus_devant_un_role": ("par zorblakian (AS) ", DEPART, "note.md"),
    # soixante-treizième passage : un nom seul en tête de ligne ou d'élément de liste, devant sa fonction
    "tetes_devant_un_role": ("- Zorblakian : AS\n", DEPART, "note.md"),
    "elements_sous_une_cle": ("qui:\n" + "- zorblakian, AS\n" * 40, DEPART, "note.yaml"),
    # soixante-quatorzième et soixante-quinzième passages
    "metiers_de_rue": ("L'éducateur de rue Pirotte ", DEPART, "note.md"),
    "rubriques_de_personne": ("Suivi par : goossens ", DEPART, "note.md"),
    "appositions_qualifiees": ("geerts, sa meilleure amie, ", DEPART, "note.md"),
    # soixante-seizième passage : une pièce de l'argent annoncée devant ses chiffres
    "pieces_avant_un_numero": ("Facture de régularisation n° 423607800 ", DEPART, "note.md"),
    "courriels": ("a.b@c.be ", DEPART, "note.md"),
    "dates_naissance": ("née le 12/03/2008 ", DEPART, "note.md"),
    "marqueurs": ("<!-- interne --> ", DEPART, "note.md"),
    "rue": ("rue ", DEPART, "note.md"),
    "adresses": ("rue de la Station 12, ", DEPART, "note.md"),
    "lignes_courtes": ("x\n", DEPART, "note.md"),
    "valeurs_pliees": ("a: >\n  x 0471\n  12\n", DEPART, "note.yaml"),
    "iban": ("BE12 ", DEPART, "note.md"),
    "chiffres": ("1 ", DEPART, "note.md"),
    "un_slash": ("1/ ", DEPART, "note.md"),
    "numeros_par_ligne": ("0471\n", DEPART, "note.md"),
    "telephones": ("0471 12 34 56, ", DEPART, "note.md"),
    "niss": ("85.07.30-033.28 ", DEPART, "note.md"),
    "plaques": ("1-ABC-234 ", DEPART, "note.md"),
    "numero_dicte": ("zéro douze ", DEPART, "note.md"),
    "nombres_lies": ("vingt et un, ", DEPART, "note.md"),
    "nombres_lies_tirets": ("trente-et-un, ", DEPART, "note.md"),
    "zeros_dictes": ("zéro, quatre, ", DEPART, "note.md"),
    "centaines_dictees": ("deux-cent-douze, ", DEPART, "note.md"),
    "numeros_nationaux": ("NIR 1 84 03 ", DEPART, "note.md"),
    "anciens_comptes": ("063-0441872-72 ", DEPART, "note.md"),
    "courriels_neerlandais": ("a punt b apenstaartje ", DEPART, "note.md"),
    "adresses_turques": ("Ali Veli Mah. Gül Sok. ", DEPART, "note.md"),
    "rues_numerotees": ("rue 14, n° ", DEPART, "note.md"),
    "sujets_en_minuscules": ("ilyas a dit\n", DEPART, "note.md"),
    "avec_en_minuscules": ("avec karim ", DEPART, "note.md"),
    "methodes_eponymes": ("la méthode de la méthode Ab ", DEPART, "note.md"),
    "audition_de": ("l'audition d'Ifrah ", DEPART, "note.md"),
    "paires_sujets": ("Nancy Sprimont a dit. ", DEPART, "note.md"),
    "plaques_nommees": ("plaque GHK 552 06 ABR 412 ", DEPART, "note.md"),
    "listes_numerotees": ("12. a\n", DEPART, "note.md"),
    "sauts_durs": ("0471 \\\n", DEPART, "note.md"),
    "courriels_espaces": ("a . b @ c . ", DEPART, "note.md"),
    "voies_etrangeres": ("via Roma 12, ", DEPART, "note.md"),
    "plaques_en_contexte": ("voiture AB 123 CD ", DEPART, "note.md"),
    "tirets_en_contexte": ("voiture A-1-B-2-", DEPART, "note.md"),
    "mois_de_toutes_les_langues": ("née le 3 de julio 2010 mars 14th, 2011 ", DEPART, "note.md"),
    "mois_et_annee": ("né en avril 2011 ", DEPART, "note.md"),
    "mots_et_annees": ("née abc 2010 ", DEPART, "note.md"),
    "plaques_d_ailleurs": ("Auto CA 4821 KP 06-AB 4471 ", DEPART, "note.md"),
    "plaques_sures": ("BX-41-TQ AC-KR 1452 IS 07 KLP 38214-ب-40 ", DEPART, "note.md"),
    "groupes_majuscules": ("voiture A B C D E F 1 2 ", DEPART, "note.md"),
    "numeros_a_lettre": ("DNI X-1234567-L 12345678Z ", DEPART, "note.md"),
    "anciens_comptes_libres": ("compte 063 0441872 72 ", DEPART, "note.md"),
    "pleine_chasse": ("ｓａ＠ｇ．ｃｏｍ ０４ ", DEPART, "note.md"),
    "complements_etrangers": ("ul. Polna 8 m. 4 bl. A ap. 2 sc. B ", DEPART, "note.md"),
    "voies_allemandes": ("Hauptstraße 5 Bahnhofstr. ", DEPART, "note.md"),
    "proches_voisins": ("- kpo (mère) | tante | wemba | père |\n", DEPART, "note.md"),
    "cles_de_proches": ("  kpo wemba: voisine, tante\n", DEPART, "note.yaml"),
    "nr_etrangers": ("str. Florilor nr. 7, Iasi nr. ", DEPART, "note.md"),
    "lignes_de_tableau": ("| 12 | BE15 | 7513 |\n", DEPART, "note.md"),
    "tableau_large": ("| 0475 ", DEPART, "note.md"),
    "barres_seules": ("|\n", DEPART, "note.md"),
    "homonymes_repetes": ("Roman lit un roman. ", DEPART, "note.md"),
    "homonymes_une_ligne": ("Rose a vu la rose ; ", DEPART, "note.md"),
    "apres_qu": ("dit qu'Ahmed ", DEPART, "note.md"),
    "chiffres_romains": ("DDN 6-IV-2010 15 06 2013 ", DEPART, "note.md"),
    # septième passage : ce que le lecteur voit (relecture), citations coupées, listes sous une clé, lieux-dits
    "lettres_o_et_tirets": ("O496 – 61 31O6 ", DEPART, "note.md"),
    "echappements_markdown": ("a\\.b\\-c<br>1  2 ", DEPART, "note.md"),
    "citations_coupees": ("> tél. 03 20\n", DEPART, "note.md"),
    "listes_sous_une_cle": ("plaque:\n  - 130-BNB\n", DEPART, "note.md"),
    "lieux_dits": ("Fond des Vaux 189, 5570 Beauraing, ", DEPART, "note.md"),
    "virgules_apres_numero": ("A 1, 1000 B, ", DEPART, "note.md"),
    "lignes_sous_en_tete_bce": ("| BCE |\n| 0434384707 |\n", DEPART, "note.md"),
    "personnages": ("regarde Elsa en boucle ", DEPART, "note.md"),
    # huitième passage (aveugle-10)
    "initiales_collees": ("A.Bouzid E.Güneş ", DEPART, "note.md"),
    "sujets_apres_virgule": (", mertens dort que kouyaté soit ", DEPART, "note.md"),
    "selon_voir_en_minuscules": ("selon amrani voir gebre-egziabher ", DEPART, "note.md"),
    "de_en_minuscules": ("le retour de boughaba d'ahmed ", DEPART, "note.md"),
    "cles_de_nom": ("nom_complet: 'mehret'\n", DEPART, "note.yaml"),
    "tableau_de_noms": ("| Acteur | Lien |\n| greco | jeune |\n", DEPART, "note.md"),
    "prenom_et_particule": ("situation de Sylvain de Villeneuve ", DEPART, "note.md"),
    "plaques_apres_vehicule": ("voiture BW 8474 (XYG 373) ", DEPART, "note.md"),
    "anniversaire_date_entiere": ("aura 18 ans le 25.2.2020 ", DEPART, "note.md"),
    "courriels_crochets": ("a@b[.]be c[@]d(.)fr ", DEPART, "note.md"),
    "numeros_chinois": ("RIC 11010519491231002X 510107201001244105 ", DEPART, "note.md"),
    "personnages_album": ("un album de Mulan, ne parle que de Luffy ", DEPART, "note.md"),
    "lettre_o_d_un_code": ("F205O 1O2 ", DEPART, "note.md"),
    "familles_sujets": ("Les Meas ont déménagé. Les ", DEPART, "note.md"),
    # neuvième passage (aveugle-12, puis aveugle-11)
    "complements_de_verbes": ("appeler vasseur, a reçu yao ; relance ", DEPART, "note.md"),
    "destinataires_apres_a": ("envoyer la charte à ramos à à ", DEPART, "note.md"),
    "sujets_apres_tiret": ("— koné présent ; bah se ", DEPART, "note.md"),
    "signatures": ("Cordialement,\nMoussa\n", DEPART, "note.md"),
    "capitales_courtes": ("AKISSI YAO SOW Cheikh Madame YAO ", DEPART, "note.md"),
    "noms_a_apostrophe": ("N'Diaye L. O. N'Guessan confirme ", DEPART, "note.md"),
    "numero_seul": ("numéro 2 87 11 75 108 042 12 ", DEPART, "note.md"),
    "courriels_accolades": ("a{at}b{dot}be { at } ", DEPART, "note.md"),
    "personnages_composes": ("Peppa Pig et Lucky Luke, ", DEPART, "note.md"),
    "cles_contact": ("contact: Hussein\n", DEPART, "note.yaml"),
    # dixième passage (aveugle-13 et aveugle-14)
    "references_a_forme_propre": ("notice n° 219931-2022 CH.40.01608/22 792/0743/67629 ", DEPART, "note.md"),
    "cle_bce": ("prestataire_bce: '0214123045'\n", DEPART, "note.yaml"),
    "personnages_sans_homonyme": ("adore Elsa, de La Reine des neiges, voir Mario au cinéma, Shrek ", DEPART, "note.md"),
    "voie_qui_situe": ("habite près de la rue Haute ", DEPART, "note.md"),
    "plaques_designees": ("le 023-LCG le NCF 221 (HJD 599) ", DEPART, "note.md"),
    "plaques_seules_sous_un_vehicule": ("Véhicule\n`TXF-837`\n", DEPART, "note.md"),
    "date_declaree": ("selon la date déclarée du 7/7/2018 le jeune est mineur ; ", DEPART, "note.md"),
    "numeros_fiscaux": ("RNOKPP 2432677035 ІПН ", DEPART, "note.md"),
    "initiale_et_particules": ("R. de La Roche B.N. Đỗ I. De ", DEPART, "note.md"),
    "particule_apres_preposition": ("avec du Ry auprès de D'Amico de de La ", DEPART, "note.md"),
    "liste_de_presences": ("presences:\n  Đỗ: true\n", DEPART, "note.yaml"),
    "tableau_d_actions": ("| Action | Cheikh | Action |\n", DEPART, "note.md"),
    "vers_et_ainsi_que": ("vers lefebvre ainsi que diarra vers ", DEPART, "note.md"),
    # onzième passage
    "dates_chinoises": ("née le 2012年2月14日 2012年 ", DEPART, "note.md"),
    "rubriques_de_naissance": ("Naissance :\n03-04-2006\n", DEPART, "note.md"),
    "plaques_tirets_espaces": ("voiture 1 - ABC - 234 1 - ", DEPART, "note.md"),
    "conducteur": ("conduit la AZG 734 conduit la ", DEPART, "note.md"),
    "voies_nl_virgule_etage": ("Stationsstraat, 194, 3de verdieping – Grote Markt 12C, ", DEPART, "note.md"),
    "voies_numerotees": ("vul. Khreshchatyk Derb Sultan ul. Długa 54 Rua ", DEPART, "note.md"),
    "voies_turques": ("Atatürk Caddesi 42, 06420 Atatürk Caddesi ", DEPART, "note.md"),
    "etage_avant_la_voie": ("45, 3e étage, 12, 2e étage, avenue ", DEPART, "note.md"),
    # douzième passage
    "lignes_courtes_recousues": ("immatriculée\nEL\n48\n", DEPART, "note.md"),
    "pieces_d_identite": ("carte d'identité\nnuméro 4731.15.773\n", DEPART, "note.md"),
    "plaques_a_index": ("2 MPJ 048 2-awv-494 ", DEPART, "note.md"),
    "appositions": ("La tante, wang, la mère, ", DEPART, "note.md"),
    "et_un_proche": ("Pelletier et son compagnon. ", DEPART, "note.md"),
    "pour_envers_entre": ("pour tesfamariam envers entre auprès de uçar ", DEPART, "note.md"),
    # treizième passage
    "champs_d_acteur": ("presents: [jeune, hawrami, spj]\nqui:\n- Rohan\n- cm\n", DEPART, "note.yaml"),
    "listes_d_acteur_vides": ("absents:\n- - - qui:\n", DEPART, "note.yaml"),
    "en_tetes_de_courriel": ("De : Dirdi\nÀ : gashumba ; SPJ\nOnderwerp: opvolging x\n", DEPART, "note.md"),
    "familles": ("chez les cuypers les les moretti ", DEPART, "note.md"),
    "tete_de_ligne_apres_declencheur": ("Retard du papa\nTravaux sur l'A4 ", DEPART, "note.md"),
    "courriels_tolerants": ("a.b.@@voo.b\ne x@y\nz.be a@@b.", DEPART, "note.md"),
    "dates_d_annee_de_naissance": ("03/11/1979 loi du 8 avril 1965 : 2008-06-21 + 18 ans du 5.3.99 au ", DEPART,
                                   "dossiers/2021-004/note.md"),
    "dates_de_champs_du_modele": ("charte_signee: 2018-05-02\nremarque: 17-09-2007\n- date: '1999-01-01'\n", DEPART,
                                  "dossiers/2021-004/dossier.yaml"),
    "date_puis_c_est_sa_naissance": ("12/03/2009 : c'est c'était la est sa 3 mai 2009 – c’est ", DEPART,
                                     "dossiers/2021-004/note.md"),
    "dates_coupees_dans_un_dossier": ("au 22/05/\n2012 ", DEPART, "dossiers/2021-004/note.md"),
    "rubrique_de_qui": ("Demande de Julie Dubois Note de ", DEPART, "note.md"),
    "civilite_mot_inconnu": ("Monsieur okbamichael Mme al-ahmad ", DEPART, "note.md"),
    "fonction_apposee": ("de abdirizak duale, son ancien titulaire, ", DEPART, "note.md"),
    "apres_par": ("signée par kuznetsov par ", DEPART, "note.md"),
    "rubriques_d_auteur": ("Rédaction : giordano\nRelecture : ", DEPART, "note.md"),
    "destinataires": ("Merci à Ferreira transmets à ", DEPART, "note.md"),
    "citations_de_courriel": ("Le 3 mars 2020 à 14:02, Sara Lenz a écrit :\nLe 3, ", DEPART, "note.md"),
    "tableaux_sans_bord": ("a|ddn\n--|--\nx |19-01-2008\n", DEPART, "note.md"),
    "separations_sans_en_tete": ("--|--\n", DEPART, "note.md"),
    # quinzième passage
    "deplacements_puis_plaques": ("venu avec 04-174-GX monté dans la RA 7583 au volant de ", DEPART, "note.md"),
    "modeles_de_voiture": ("clio XVE-471 Golf PB 2091 JW ", DEPART, "note.md"),
    "formes_a_tirets_sous_un_vehicule": ("Quel véhicule ?\nCelui de l'oncle, 437-YSA, 12-AB-3\n", DEPART, "note.md"),
    "organismes_et_enseignes": ("Caritas chez Colruyt Mme Delhaize canettes de Fanta ", DEPART, "note.md"),
    "personnages_modeles": ("se compare à Elsa Doudou Stitch lecture : Mario ", DEPART, "note.md"),
    # dix-septième passage
    "rubriques_citees": ("> >> SMS maman : Courses - Papa : Code ", DEPART, "note.md"),
    "elisions_et_sources": ("C'est L'équipe D'après Prince, selon Modeste Échelle de Beck ", DEPART, "note.md"),
    "petits_noms": ("Mamy et Papy Tonton Ngalula Père Noël ", DEPART, "note.md"),
    "actions_flechees": ("1) mertens → contacter\n2) x -> ", DEPART, "note.md"),
    "cellules_de_personnes": ("| Excusés | Acteur |\n|---|---|\n| Romane | Sofía |\n", DEPART, "note.md"),
    "complements_d_etablissement": ("maison de jeunes Le Gué centre de jour d'accueil ", DEPART, "note.md"),
    "rubriques_de_naissance": ("du 08/09/2020, date de naissance : DDN : ", DEPART, "dossiers/2021-004/note.md"),
    # seizième passage
    "conduite_taxi_parking": ("roule avec la 16 ZX 2298 taxi (MF 2720) qui a conduit. parking la HEV 323 ", DEPART, "note.md"),
    "plaques_collees_ou_a_points": ("2DPC643 1.DRT.771 1.2.3 2AB ", DEPART, "note.md"),
    "cles_de_vehicule_indentees": ("parking:\n  reserve_pour: 62-YMP-5\n  a:\n", DEPART, "note.yaml"),
    "questions_de_naissance": ("Date de naissance ?\n\nLe 16/12/2014\n° le 6 mai 2007 osseux date ", DEPART,
                               "dossiers/2019-003/concertations/note.md"),
    "dates_a_espaces": ("ddn 09 09 1986 0475 12 10 20 ", DEPART, "note.md"),
    "plaques_a_barres": ("voiture 30020 | أ | 56 | A | 1 3479TP/05 ", DEPART, "note.md"),
    "ages_et_lieux_dits_a_boite": ("la sœur, 13 ans (2005-08-12) Kouter 16 bus 7, 2800 Mechelen ", DEPART, "note.md"),
    "rues_turques_et_albanaises": ("Mah. 3. Sokak No: 60, Emirdağ / Afyon Rr. e Agim 49, 10000 Prishtinë ", DEPART, "note.md"),
    # dix-huitième passage
    "cles_detachees_par_un_tiret": ("NIR 1 84 03 59 350 112 - 20 - 2 – 1 -", DEPART, "note.md"),
    "sigles_et_vehicules_en_tete_de_cle": ("nn_pere: 1 84 - 03\ntaxi_social: WA 1\nne_e_le: 1.1.2011\n", DEPART, "note.yaml"),
    # vingtième passage
    "particules_sujets_et_sources": (", de Villiers a dit. Selon Florence, de ", DEPART, "note.md"),
    "valeurs_de_personnes": ("famille: 'mehdi jebbari'\npersonne_contact: de Villiers\ngrand_pere: ", DEPART, "note.yaml"),
    "listes_de_presences": ("Excusés : arjun watanabe, zoë et \n1. arjun watanabe (\n", DEPART, "note.md"),
    "personnes_publiques_et_figures": ("Nafissatou, athlète olympique vue à la télé dessine la sorcière Karaba ", DEPART,
                                       "note.md"),
    "rues_turques_sans_code_postal": ("Atatürk Caddesi 114, Ankara Caddesi ", DEPART, "note.md"),
    # vingt et unième passage
    "messages_horodates": ("[07:16] Père : Rendez-vous 18h02 - Maman : Hij [9:05] ", DEPART, "note.md"),
    "initiales_ponctuees": ("Okbazghi I., (Sy B.) 'Wu C.' Ba D.\n", DEPART, "note.md"),
    "animaux_nommes": ("le chien Rex la chienne « Luna poisson rouge Bubulle chat ", DEPART, "note.md"),
    "voies_nommees": ("Place Albert, rue albert la rue Karim de rue ", DEPART, "note.md"),
    "doudous_nommes": ("doudou, « Pompon » Zaza la souris, sa peluche, Gribouille, le doudou ", DEPART, "note.md"),
    # vingt-quatrième passage : candidats IBAN refusés d'où la recherche reprend, O d'un compte italien, mots devant un
    # lien entre parenthèses, initiale annoncée par un lien, titre de liste de présences, date ISO devant une voie
    "ibans_refuses": ("le 16 BE 12 AB12 CD34 be27 ", DEPART, "note.md"),
    "o_apres_it": ("IT12 O471 23 45 67 it 97 o5 ", DEPART, "note.md"),
    "noms_devant_un_lien": ("boudaoud (frère aîné) l'aînée (tante) ( ", DEPART, "note.md"),
    "initiales_apres_un_lien": ("son cousin F. Egal, la mère A. Finalement ", DEPART, "note.md"),
    "listes_de_presences_titrees": ("Liste des présents (23/2) :\n- mamie\n- ionescu\n", DEPART, "note.md"),
    "dates_iso_puis_voie": ("2024-08-02 Passage aux urgences\n", DEPART, "note.md"),
    # vingt-cinquième passage : parties d'une adresse d'ailleurs devant un code postal, avec ou sans logement, codes
    # postaux seuls ; numéro coupé dont la suite commence par « 34 16 : »
    "adresses_a_code_postal": ("Bloc C n° 2, Hay Sa, 20570 Casa, ", DEPART, "note.md"),
    "parties_sans_logement": ("Hay Sa Ab Cd Ef Gh, Ij Kl, 20570 Casa ", DEPART, "note.md"),
    "codes_postaux_seuls": (", 12345 Ab", DEPART, "note.md"),
    "numeros_coupes_avant_deux_points": ("du 0645 91\n34 16 : ", DEPART, "note.md"),
    "villes_annoncees": ("vient de Hérat Al Hoceïma, passé par Hué, vacances à Thiès ", DEPART, "note.md"),
    "transits": ("transité par Bari puis par Malaga et par ", DEPART, "note.md"),
    "cles_de_lieu_et_listes": ("transit:\n- Bari\n\n- Konya\n", DEPART, "note.yaml"),
    "rues_et_portes": ("rue 3.765, porte 41, lot 2, îlot 3, ", DEPART, "note.md"),
    "sexe_puis_date": ("Jeune : F, 24/11/2020, G, ", DEPART, "dossiers/2021-004/note.md"),
    "sexe_seul_puis_date": ("- sexe : M\n- 14/09/2021\n", DEPART, "dossiers/2021-004/note.md"),
    # vingt-huitième passage : mots cités et leur énumération, fêtes en fin de suite, séjour « à », lien élidé,
    # prénoms composés, forme négative
    "mots_cites": ("les mots fatima (joie), amina (paix) et ", DEPART, "note.md"),
    "fetes_et_sejours": ("Pendant Pchum Ben Dashain, a vécu à Hérat, ", DEPART, "note.md"),
    "liens_elides_et_composes": ("L'oncle Jean-Marc, l'aînée Pierre-Louis ne pourra ", DEPART, "note.md"),
    "parentheses_apres_un_role": ("le tuteur (Olivier A.) (Namur) (", DEPART, "note.md"),
    # trente-cinquième passage : arobase déguisée, Maître en minuscules, voie et titre, sujet de deux mots après une
    # virgule, identifiant de visioconférence, numéro d'entreprise, chaussée néerlandaise
    "arobases_deguisees": ("Xy(a)b.pdf x(a)y.be ", DEPART, "note.md"),
    "maitres_en_minuscules": ("me kamińska me ", DEPART, "note.md"),
    "voies_et_titres": ("rue Docteur Haibe à la rue Dr ", DEPART, "note.md"),
    "sujets_apres_virgule": (", hao võ a dit, ", DEPART, "note.md"),
    "identifiants_de_visio": ("visio ID 222 755 510 25 code kR4s9T ", DEPART, "note.md"),
    "numeros_d_entreprise": ("entreprise : 0535.695.504 ", DEPART, "note.md"),
    "steenwegs": ("Steenweg op Gent 85B ", DEPART, "note.md"),
    # trente-sixième passage : rues néerlandaises à « n° » ou à numéro devant, en toutes casses ; rubrique d'un proche
    "rues_nl_a_numero_note": ("kerkstraat n°12, 9000 gent straat nr. ", DEPART, "note.md"),
    "rues_nl_numero_devant": ("102, Stationsstraat, 9000 Gent 4 kerkstraat ", DEPART, "note.md"),
    "rues_nl_collees": ("kerkstraatkerkstraat 1 ", DEPART, "note.md"),
    "rubriques_de_proches": ("- mère : Fardowsa\n- proprio : ", DEPART, "note.md"),
    # trente-septième passage : particules après « chez », « par » ; éponymes composés ; nom de lieu à article
    "particules_apres_chez": ("chez de Hemptinne par ter Haar avec Della ", DEPART, "note.md"),
    "eponymes_composes": ("maladie de Lesch-Nyhan ; syndrome de Williams (forme ", DEPART, "note.md"),
    "lieux_a_article": ("le SRJ Le Chardon l'école Les ", DEPART, "note.md"),
    "logements_proposes": ("logement proposé rue Haute ", DEPART, "note.md"),
    # le trente-neuvième passage : particules après une civilité, têtes de médicament et de produit, doses
    "particules_apres_civilite": ("Mme van de la Torre mme de la velde ", DEPART, "note.md"),
    "medicaments_et_doses": ("Prise du Kalitron 20 mg sous Xolair crème Lipikar ", DEPART, "note.md"),
    # le quatre-vingt-troisième passage : des noms vietnamiens seuls et leurs voisins, une longue suite de capitales
    # (l'attaque-115 : la suite « JUN ĐỖ » répétée était quadratique avant lui, par `_capitales_courtes`)
    "noms_vietnamiens_en_capitales": ("JUN ĐỖ ", DEPART, "note.md"),
    "noms_courts_en_capitales": ("SY Mamadou ", DEPART, "note.md"),
    "civilite_puis_noms_vietnamiens": ("Vu Mme DUPONT ĐỖ ĐỖ VÕ Lê ", DEPART, "note.md"),
    "nom_vietnamien_apres_une_cle": ("contact: VÕ\n", DEPART, "note.yaml"),
    "lien_puis_age": ("le petit frère (8 ans) ", DEPART, "note.md"),
    # le quatre-vingt-cinquième passage : qui envoie un message, à qui il va, qui parle après une heure
    "qui_envoie_un_message": ("Message de Grâce appel manqué reçu de ", DEPART, "note.md"),
    "a_qui_va_un_message": ("SMS à destin répondu à ", DEPART, "note.md"),
    "locuteurs_a_majuscule": ("[10:42] Cheikh : ok\n", DEPART, "note.md"),
    "locuteurs_dans_une_liste_yaml": ('- "[10:42] Rose : ok"\n', DEPART, "note.yaml"),
    # la relecture revue66 : un nom vietnamien dont le voisin est déjà lu, une ligne d'agenda après une heure
    "noms_vietnamiens_et_voisins_lus": ("Lê Minh Né à Hà Nam ", DEPART, "note.md"),
    "lignes_d_agenda": ("[07:00] Lever : douche\n", DEPART, "note.md"),
    # le quatre-vingt-sixième passage : des tests éponymes, leurs sigles, une énumération d'épreuves
    "tests_eponymes": ("la figure complexe de Rey, le CDI de Kovacs, Stroop, ", DEPART, "note.md"),
    "sigles_de_tests_et_eponymes": ("Le K-ABC-II de Kaufman et l'ADI-R ; ", DEPART, "note.md"),
    "enumeration_d_epreuves": ("epreuves: [NEPSY-II, Raven, Corsi, Bender]\n", DEPART, "note.yaml"),
    # le quatre-vingt-septième passage : qui évalue dans un bilan, et un test à sa place
    "roles_d_un_bilan": ("- examinateur : mbuyamba testeur (stroop) évaluatrice / ", DEPART, "note.md"),
    # le quatre-vingt-huitième passage : qui écrit, reçoit ou appelle dans un message recopié
    "en_tetes_de_message": ("Cc : rose\nappelant: grâce (maman)\n", DEPART, "note.md"),
    "cles_de_message_en_ligne": ("{appelant: rose, qui: espoir, ", DEPART, "note.yaml"),
    "exports_de_messagerie": ("12/03/2024, 10:42 - Espoir: la\n[03/01/2024 07:55:10] grâce: ok\n", DEPART, "note.md"),
    "journal_d_appels": ("- 10:42 appel de patience (2 min) appel manqué : Grâce ", DEPART, "note.md"),
    # le quatre-vingt-neuvième passage : les jours de la semaine abrégés d'un agenda
    "jours_abreges": ("| Sam. 09/12 | Lun : école | Dim 7h | Mar. au Ven. ", DEPART, "note.md"),
    # le quatre-vingt-dixième passage : un nom devant sa fonction, entre parenthèses ou entre virgules
    "noms_devant_leur_fonction": ("Guled (formateur IFAPME) confirme, Cheikh, formateur, ", DEPART, "note.md"),
    "parentheses_ouvertes_devant_une_fonction": ("Guled (formateur ", DEPART, "note.md"),
    # le quatre-vingt-onzième passage : les lignes d'une autre langue, les rues allemandes en deux mots
    "lignes_etrangeres": ("Der Jugendliche beim Montag, the young person, el joven ", DEPART, "note.md"),
    "rues_allemandes_en_deux_mots": ("Aachener Straße 218/3 ", DEPART, "note.md"),
    # la relecture revue67 : un jour sans point devant sa date, relu depuis le début de la ligne à chaque fois
    "jours_abreges_avec_date_sur_une_ligne": ("Ven 29/11, ", DEPART, "note.md"),
    "noms_devant_leur_fonction_sur_une_ligne": ("| Guled (formateur) ", DEPART, "note.md"),
    # le quatre-vingt-douzième passage : la langue d'un passage (parenthèse, citation), les noms communs allemands ;
    # l'attaque-124 : une ligne de parenthèses relues à chaque trouvaille
    "parentheses_etrangeres_sur_une_ligne": ("(Vogelberg ist beim Wolf) « Madam Chair » ", DEPART, "note.md"),
    "noms_communs_allemands": ("Die nächste Konzertierung beim Bäcker, einen Jugendhilfedienst, ", DEPART, "note.md"),
    # le quatre-vingt-treizième passage : les marques d'un produit de tout-petit, les noms de doudous
    "marques_et_doudous": ("lait Nidal, son petit chien en peluche Pilou et les langes Moltex Premium ", DEPART, "note.md"),
    # le quatre-vingt-quatorzième passage : les sujets d'un verbe d'une autre langue, les titres de mots courants
    "sujets_etrangers_sur_une_ligne": ("Okbazghi called and the School Nurse will come, ", DEPART, "note.md"),
    "sujets_etrangers_par_ligne": ("Stone will call the Social Worker.\n", DEPART, "note.md"),
    # le quatre-vingt-quinzième passage : les lieux de culte suivis de leur nom, les textes religieux
    "lieux_de_culte_sur_une_ligne": ("au cimetière Karim, la mosquée Errahma, le Japji Sahib, ", DEPART, "note.md"),
    # le quatre-vingt-seizième passage : possessifs, génitifs et têtes de liste d'une autre langue, mots courants sans
    # porteur
    "possessifs_et_genitifs_sur_une_ligne": ("Tsegaye's mother, von Mihaelas Schwester, El Ayuntamiento y ", DEPART,
                                             "note.md"),
    "tetes_de_liste_etrangeres": ("- Guled: sie kommt morgen nicht\n- Schulamt: hat angerufen\n", DEPART, "note.md"),
    # le quatre-vingt-dix-septième passage : les animaux nommés en apposition, « chez » devant un prénom, les clés de proche
    "animaux_apposes_sur_une_ligne": ("avec Cookie, le chien de la famille qui dort, son furet, Nala (chatte, ", DEPART,
                                      "note.md"),
    "cles_de_proches": ("- copine : Mina, chez Sofia, Aurore, une copine\n", DEPART, "note.md"),
    # le quatre-vingt-dix-huitième passage : le lien qui dit un proche du jeune, attribut, reprise ou apposition, et les
    # rubriques de plusieurs mots qui commencent par un lien
    "liens_au_jeune_sur_une_ligne": ("Zelda est sa meilleure amie, Rocky, c'est mon grand frère, Aurore, une copine, ",
                                     DEPART, "note.md"),
    "rubriques_de_proches": ("- Copain du foot : Moussa (U17)\npetit_copain: Espoir\n", DEPART, "note.md"),
    "citations_d_une_autre_langue": ("Sms : \"Noor slaapt bij ons\", 'Guled hat angerufen', « Milan ist ", DEPART, "note.md"),
}


def _mot_long(n: int) -> str:
    """Un seul mot de `n` lettres, sans lettre triplée, avec des voyelles : ce qu'un nom pourrait être, en plus long."""
    return ("zorblakian" * (n // 10 + 1))[:n]


def _blancs_puis(tete: str, blanc: str, motif: str) -> Callable[[int], str]:
    """Un texte d'environ `n` caractères : `tete`, une seule suite de `blanc` (la moitié), puis `motif` répété."""
    return lambda n: tete + blanc * (n // 2) + motif * (n // (2 * len(motif)))


FORMES_CONSTRUITES = {
    # forme : (texte d'une taille donnée, petite taille, fichier) ; une seule longue suite de blancs, puis un motif
    # répété : un motif qui relit les blancs depuis le début de la ligne pour chaque occurrence devient quadratique
    # (attaque-11, vingt-deuxième passage)
    "retrait_puis_dates": (_blancs_puis("naissance:\n", " ", "17/01/2012 "), DEPART,
                           "dossiers/2019-003/concertations/note.md"),
    "tabulations_puis_dates": (_blancs_puis("naissance:\n", "\t", "17/01/2012 "), DEPART, "note.yaml"),
    # soixante-dix-huitième passage : une rubrique de naissance lue du début de la ligne (ou de la ligne d'avant) pour
    # chaque date
    "rubrique_de_naissance_puis_dates": (_blancs_puis("Date de naissance à reporter :", " ", "17/01/2012 "), DEPART,
                                         "dossiers/2019-003/concertations/note.md"),
    "rubrique_coupee_puis_dates": (_blancs_puis("Date de naissance à reporter sur\n", "x", " : 17/01/2012"), DEPART,
                                   "dossiers/2019-003/concertations/note.md"),
    "virgule_blancs_puis_apposes": (_blancs_puis("La mère, ", " ", "min-ah, "), DEPART, "note.md"),
    "retrait_puis_initiales": (_blancs_puis("famille:\n", " ", "A. Pâquet "), DEPART, "note.yaml"),
    # la relecture des passages 36 et 37 : une rue néerlandaise à numéro, puis des blancs ou des tirets sur sa ligne
    "rue_nl_puis_blancs": (_blancs_puis("kerkstraat 1", " ", "x "), DEPART, "note.md"),
    "rue_nl_majuscule_puis_blancs": (_blancs_puis("Kerkstraat 1", " ", "x "), DEPART, "note.md"),
    "rue_nl_puis_tirets": (_blancs_puis("kerkstraat 1 ", "a-", "x "), DEPART, "note.md"),
    "rue_nl_puis_tirets_majuscules": (_blancs_puis("Kerkstraat 1 ", "A-", "x "), DEPART, "note.md"),
    "numero_puis_blancs_et_rue_nl": (_blancs_puis("1", " ", "x "), DEPART, "note.md"),
    # le trente-huitième passage : un rôle, puis des blancs avant le signe qui y accroche un nom
    "role_puis_blancs": (_blancs_puis("le kiné", " ", "(dufour) "), DEPART, "note.md"),
    "role_puis_tabulations": (_blancs_puis("psy", "\t", "- lemaire "), DEPART, "note.md"),
    # revue64 : un seul mot très long à la place d'un nom (la recherche d'une faute de frappe, le découpage en mots
    # collés en lisaient chaque coupure)
    "mot_long_accroche": (lambda n: "le kiné (" + _mot_long(n) + ")\n", DEPART, "note.md"),
    "mot_long_devant_un_role": (lambda n: _mot_long(n) + " (AS)\n", DEPART, "note.md"),
    "mot_long_en_tete": (lambda n: "- " + _mot_long(n) + " : AS\n", DEPART, "note.md"),
    "mot_long_apres_une_rubrique": (lambda n: "par : " + _mot_long(n) + "\n", DEPART, "note.md"),
    # le trente-neuvième passage : une civilité et des particules, ou un chiffre, puis des blancs
    "civilite_particules_puis_blancs": (_blancs_puis("Mme de la", " ", "Torre "), DEPART, "note.md"),
    "chiffres_puis_blancs_et_dose": (_blancs_puis("Kalitron 2", " ", "0 mg "), DEPART, "note.md"),
    # revue45 : une seule suite de particules à majuscule entre un prénom et un nom (152 s pour 100 Ko, quadratique)
    "prenom_puis_particules": (lambda n: "Vu Rose " + "Van " * (n // 4) + "Damme hier.", DEPART, "note.md"),
    # revue58 : autant de mots de deux lettres différents que de place (une capitale et un idéogramme) ; une recherche
    # par mot différent relisait tout le texte pour chacun (24,8 s pour 300 Ko)
    # l'attaque-130 : une rubrique de proche dont les mots se suivent par « _ » (le motif de la rubrique pouvait couper
    # chaque mot de plusieurs façons : 59,6 s pour une ligne de 815 caractères)
    "rubrique_de_proche_a_tirets_bas": (lambda n: "- copain x" + "_b" * (n // 2) + " : Moussa\n", DEPART, "note.md"),
    # le centième passage : un sujet en minuscules apposé, une fonction sans civilité devant un nom, « que » puis un sujet
    "sujet_appose_en_minuscules": (lambda n: ", paulina, signale " * (n // 19), DEPART, "note.md"),
    "fonction_puis_nom_en_minuscules": (lambda n: "le kiné dufour voit " * (n // 20), DEPART, "note.md"),
    "que_puis_sujet_en_minuscules": (lambda n: "que lore descend " * (n // 17), DEPART, "note.md"),
    "deux_lettres_distinctes": (lambda n: "".join(f"la juge {chr(65 + i % 26)}{chr(0x4E00 + (i // 26) % 20000)} "
                                                  for i in range(n // 11)), 30 * KO, "note.md"),
}


Lecture = Callable[[str, str], object]


def _lire(texte: str, fichier: str) -> None:
    analyser_texte(texte, fichier, CONTEXTE)


def _temps(lire: Lecture, texte: str, fichier: str) -> float:
    # ramasse-miettes suspendu, pas lancé : une collecte complète parcourt les listes de noms en mémoire
    # (≈ 0,1 s chaque fois, plus que la lecture mesurée)
    gc.disable()
    try:
        debut = time.process_time()
        lire(texte, fichier)
        return max(time.process_time() - debut, 1e-3)
    finally:
        gc.enable()


def _repete(motif: str, taille: int) -> str:
    """Des motifs entiers : un motif coupé change la forme lue (« <!-- int » finit en mot candidat)."""
    return motif * max(1, taille // len(motif))


def forme_a_construire(forme: str) -> tuple[Callable[[int], str], int, str]:
    """(texte d'une taille donnée, petite taille, fichier) d'une forme de `FORMES` (motif répété en entier) ou de
    `FORMES_CONSTRUITES` : ce que lisent ces essais et `scripts/bench_lineaire.py`."""
    if forme in FORMES_CONSTRUITES:
        return FORMES_CONSTRUITES[forme]
    if forme in FORMES_DE_RELECTURE:
        motif, taille, fichier = FORMES_DE_RELECTURE[forme], 100 * KO, "note.md"
    else:
        motif, taille, fichier = FORMES[forme]
    return (lambda n: _repete(motif, n)), taille, fichier


def _rapport(lecture: str, forme: str) -> float:
    """Combien de fois plus long est la lecture `lecture` (de `LECTURES`) sur dix fois plus de texte de la forme `forme`
    (l'infini si la lecture a été arrêtée).

    La petite taille double, lue une fois à chaque pas, jusqu'à durer REFERENCE_MIN ; la référence est la meilleure
    de trois lectures à cette taille (une seule ne suffit pas : une lecture ralentie par l'ordonnanceur rendrait le
    rapport trop petit, et cacherait une lecture quadratique)."""
    lire = LECTURES[lecture]
    construire, taille, fichier = forme_a_construire(forme)
    lire(construire(KO), fichier)  # listes de noms chargées avant de mesurer
    premiere = _temps(lire, construire(taille), fichier)
    while premiere < REFERENCE_MIN and taille < 100 * KO:
        taille = min(2 * taille, 100 * KO)
        premiere = _temps(lire, construire(taille), fichier)
    reference = min(premiere, *(_temps(lire, construire(taille), fichier) for _ in range(2)))
    limite = reference * RAPPORT_MAX * 3 + 5
    rapport = _GRANDES_LECTURES.lire(lecture, forme, 10 * taille, limite) / reference
    for _ in range(2):
        if not math.isfinite(rapport) or rapport < RAPPORT_MAX:
            break
        # une grande lecture ralentie par le reste de la suite (le navigateur, l'autre processus de pytest, une autre
        # session sur la machine) passe pour une lecture quadratique : elle est refaite, jusqu'à trois lectures comme
        # la référence, la meilleure compte ; une lecture vraiment quadratique reste lente chaque fois (27 fois, deux
        # fois de suite, sur une forme qui lit 13 fois au calme, la machine chargée à 2,3 pour 2 cœurs)
        rapport = min(rapport, _GRANDES_LECTURES.lire(lecture, forme, 10 * taille, limite) / reference)
    return rapport


def _servir(canal: Connection) -> None:
    """La boucle du processus fils : pour chaque demande (lecture, forme, taille), une lecture de chauffe de la forme
    (comme la petite lecture du parent, les listes et expressions propres à la forme prêtes), puis le temps mesuré."""
    while True:
        try:
            lecture, forme, taille = canal.recv()
        except EOFError:
            return
        lire = LECTURES[lecture]
        construire, _, fichier = forme_a_construire(forme)
        lire(construire(KO), fichier)
        canal.send(_temps(lire, construire(taille), fichier))


class _GrandesLectures:
    """Les grandes lectures, dans un processus fils arrêté au-delà du rapport permis (l'infini alors) : une régression
    quadratique échoue vite au lieu de bloquer la suite des heures durant. Le fils, fourché une fois (listes de noms en
    mémoire), sert toutes les formes et n'est refait qu'après un arrêt ; un fils par lecture recopiait à chaque fois la
    mémoire du parent qu'il touchait (ce fichier seul, `-n 2` : 34,3 s de processeur dont 7,9 s de système, contre 32,2 s
    dont 4,4 s ; mêmes rapports, médiane 10,3 et 9,9, pire 18,9 les deux fois)."""

    def __init__(self) -> None:
        self._fils: multiprocessing.process.BaseProcess | None = None
        self._canal: Connection | None = None

    def lire(self, lecture: str, forme: str, taille: int, limite: float) -> float:
        if self._fils is None:
            contexte = multiprocessing.get_context("fork")
            self._canal, canal_du_fils = contexte.Pipe()
            self._fils = contexte.Process(target=_servir, args=(canal_du_fils,), daemon=True)
            self._fils.start()
            canal_du_fils.close()
        assert self._canal is not None
        self._canal.send((lecture, forme, taille))
        if not self._canal.poll(limite):
            self.arreter()
            return math.inf
        return float(self._canal.recv())

    def arreter(self) -> None:
        if self._fils is not None:
            self._fils.terminate()
            self._fils.join()
            self._fils = self._canal = None


_GRANDES_LECTURES = _GrandesLectures()


@pytest.fixture(autouse=True, scope="module")
def _fils_arrete_a_la_fin() -> Iterator[None]:
    yield
    _GRANDES_LECTURES.arreter()


@pytest.mark.parametrize("forme", sorted(FORMES) + sorted(FORMES_CONSTRUITES))
def test_temps_lineaire(forme: str) -> None:
    rapport = _rapport("garde", forme)
    assert rapport != math.inf, f"{forme} : plus de {RAPPORT_MAX} fois plus long pour dix fois plus de texte (arrêté)"
    assert rapport < RAPPORT_MAX, f"{forme} : {rapport:.0f} fois plus long pour dix fois plus de texte"


FORMES_DE_RELECTURE = {"emphase_sur_une_ligne": "le **suivi** ", "tirets_bas_sur_une_ligne": "a_ "}
"""Une seule longue ligne de marques que la relecture efface : chaque marque y relisait sa ligne (revue59 : 5,7 s pour
une ligne d'un mégaoctet). Mesurées sur `relecture.relire` seule, de 100 Ko à 1 Mo : le reste de la garde, plus lent,
cacherait une relecture quadratique aux petites tailles."""


@pytest.mark.parametrize("forme", sorted(FORMES_DE_RELECTURE))
def test_relecture_lineaire(forme: str) -> None:
    rapport = _rapport("relecture", forme)
    assert rapport < RAPPORT_MAX, f"{forme} : {rapport:.0f} fois plus long pour dix fois plus de texte"


RELIRE_LA_LIGNE = re.compile(r"[^\n]*\x00")
"""Relit la fin de la ligne depuis chaque position (sans jamais trouver l'octet nul) : quadratique en la longueur
d'une ligne, comme une passe de la garde qui relirait sa ligne à chaque candidat."""
LECTURES: dict[str, Lecture] = {
    "garde": _lire,
    "relecture": lambda texte, _fichier: relecture.relire(texte),
    "quadratique": lambda texte, _fichier: RELIRE_LA_LIGNE.search(texte),
}
"""Les lectures mesurées, par nom : le processus fils des grandes lectures les retrouve chez lui."""


def test_une_lecture_quadratique_echoue() -> None:
    """La mesure elle-même (tailles, répétitions, seuil) condamne une lecture quadratique : sans cela, les essais
    ci-dessus pourraient passer quoi que fasse la garde."""
    assert _rapport("quadratique", "rue") >= RAPPORT_MAX


def test_le_banc_aux_tailles_de_l_issue_lit_les_formes_des_essais() -> None:
    """`scripts/bench_lineaire.py` relit ces formes à 100 Ko et 1 Mo (les chiffres de docs/bench/anonymat.md) :
    il suit la mesure de ces essais, et un changement de celle-ci ne doit pas le casser en silence."""
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "bench_lineaire.py"
    sortie = subprocess.run([sys.executable, str(script), "--forme", "zeros_dictes"],
                            capture_output=True, text=True, timeout=120)
    assert sortie.returncode == 0, sortie.stderr
    assert sortie.stdout.splitlines()[1].startswith("zeros_dictes")
    assert "pire rapport" in sortie.stdout
