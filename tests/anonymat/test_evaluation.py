"""Les corpus écrits à l'aveugle (tests/anonymat/evaluation/) ne reculent pas.

Chaque corpus a été mesuré une fois avant d'entrer ici (docs/bench/anonymat.md) ; les planchers sont
les dernières mesures arrondies vers le bas : une modification de la garde qui fait rater plus de noms
ou d'identifiants, ou qui signale plus de négatifs, échoue ici au lieu de passer inaperçue. Les corpus
aveugle-2 à 5 sont désormais des données de développement (leurs ratés ont été lus et corrigés par
classes) ; aveugle-6 a été mesuré à l'aveugle après ces corrections (noms 97,2 %, identifiants
structurés 96,7 %, faux positifs 1,7 %), puis il a servi à son tour au quatrième passage : ses planchers sont
désormais ceux de données de réglage. De même aveugle-7, mesuré à l'aveugle après le quatrième passage, puis
lu et corrigé par classes au cinquième ; aveugle-8, mesuré à l'aveugle après le cinquième passage, puis lu et
corrigé par classes au sixième ; aveugle-9, mesuré à l'aveugle après le sixième passage, puis lu et corrigé par
classes au septième ; aveugle-13 et aveugle-14, mesurés à l'aveugle après le neuvième passage, puis lus et corrigés par
classes au dixième. On relève un plancher quand une mesure le dépasse, jamais l'inverse, sauf décision écrite ici de
protéger un nom porté au prix d'un faux positif (trente-sixième session : aveugle-35, « Simba »).
"""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path

import pytest

RACINE = Path(__file__).resolve().parents[2]
EVALUATION = RACINE / "tests" / "anonymat" / "evaluation"
_SPEC = importlib.util.spec_from_file_location("bench_aveugle", RACINE / "scripts" / "bench_aveugle.py")
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

PLANCHERS = {
    # corpus : (rappel des noms, rappel des identifiants structurés, faux positifs au plus), en %
    # mesures du 2026-12-03, quatrième passage (branche i15-a6 ; plaques comptées dans les identifiants) :
    # 97,8/100/0,6 ; 100/100/0,8 ; 99,7/100/1,0 ; 99,5/100/0,3 ; 100/100/0,0 — données de réglage, aveugle-6 compris
    # cinquième passage (branche garde-5, 2026-12-03) : 97,8/100/0,3 ; 100/100/0,6 ; 99,7/100/1,0 ; 99,8/100/0,3 ;
    # 100/100/0,0 ; aveugle-7 99,3/100/1,6 — données de réglage, aveugle-7 compris
    "aveugle-2": (98.0, 99.5, 0.5),  # vingt et unième passage (« message de soufiane ») : noms 98,1 → 98,3
    "aveugle-3": (99.5, 99.5, 1.0),
    "aveugle-4": (99.5, 99.5, 1.0),
    "aveugle-5": (99.5, 99.5, 0.5),
    "aveugle-6": (99.5, 99.5, 0.5),
    # aveugle-7, mesure à l'aveugle du 2026-12-03 après le quatrième passage : 97,0/90,3 (plaques comprises)/3,2 ;
    # après le cinquième passage, qui l'a pris pour données de réglage : 99,3/100/1,6
    "aveugle-7": (99.0, 99.5, 1.5),  # dixième passage : faux positifs 1,6 → 1,4
    # aveugle-8, mesure à l'aveugle du 2026-12-03 après le cinquième passage (scripts/bench_aveugle.py) :
    # noms 98,7 (chaque origine ≥ 95,0), identifiants 90,4 (plaques comprises), faux positifs 1,8 ; après le
    # sixième passage (branche garde-6), qui l'a pris pour données de réglage : 99,7/100/1,4
    "aveugle-8": (99.5, 99.5, 1.0),  # dixième passage : faux positifs 1,2 → 0,7
    # aveugle-9, mesure à l'aveugle du 2026-12-03 après le sixième passage (scripts/bench_aveugle.py) :
    # noms 98,3, identifiants 80,0 (625, formes étrangères et déguisées en nombre), faux positifs 4,5 ; après le
    # septième passage (branche garde-7), qui l'a pris pour données de réglage : 98,3/94,1/0,0
    "aveugle-9": (98.0, 95.5, 0.5),  # quatorzième passage (dates d'une année de naissance) : 94,7 → 95,2 ; seizième : 95,8
    # aveugle-10, mesure à l'aveugle du 2026-12-03 : avant le septième passage 96,1/96,6/6,4 ; après 96,2/97,3/1,2 ;
    # après le huitième passage (branche garde-8), qui l'a pris pour données de réglage : 100/100/0,0
    "aveugle-10": (99.5, 99.5, 0.5),
    # aveugle-11, mesure à l'aveugle du 2026-12-03 : avant le septième passage 97,1/95,1/3,0 ; après le septième
    # 97,1/95,8/1,8 ; après le huitième (réglé sur aveugle-10, jamais ouvert par l'aide qui réglait) 97,3/96,8/1,8
    # après le neuvième passage (branche garde-9) : 98,9/96,8/1,5 réglé sur aveugle-12 seul (chiffre « retenu »),
    # puis 99,8/97,7/0,0 une fois ses ratés lus
    "aveugle-11": (99.5, 98.0, 0.5),  # quatorzième passage : identifiants 97,7 → 98,2
    # aveugle-12, mesure à l'aveugle du 2026-12-03 après les septième et huitième passages (faa5b48) : 96,0/98,5/0,6 ;
    # ses ratés ont été lus : il devient donnée de réglage du neuvième passage
    # après le neuvième passage (branche garde-9), qui l'a pris pour données de réglage : 98,8/99,5/0,0
    "aveugle-12": (98.5, 99.5, 0.5),  # quatorzième passage : identifiants 99,5 → 99,8
    # aveugle-13 et aveugle-14, mesures à l'aveugle du 2026-12-03 : avant le neuvième passage 97,3/98,7/4,2 et
    # 96,7/98,5/5,8 ; après (réglé sur aveugle-11 et 12, sans les ouvrir) 97,9/98,9/3,9 et 97,5/98,5/5,8 ; leurs
    # ratés sont lus : données de réglage du dixième passage
    # après le dixième passage (branche garde-10), qui les a pris pour données de réglage : 99,4/100/0,0 et
    # 98,4/100/0,0 ; aveugle-7 et aveugle-8 y gagnent aussi des faux positifs (1,6 → 1,4 et 1,2 → 0,7)
    "aveugle-13": (99.0, 99.5, 0.5),
    "aveugle-14": (98.0, 99.5, 0.5),
    # aveugle-15 et aveugle-16, mesures à l'aveugle du 2026-12-03 : après le neuvième passage 97,2/95,8/1,5 et
    # 96,4/96,2/1,8 ; après le dixième (réglé sur aveugle-13 et 14, sans les ouvrir) 97,4/96,3/0,0 et 96,4/96,8/0,6 ;
    # leurs ratés deviennent données de réglage du passage suivant ; après le onzième (branche garde-11, réglé sur
    # eux, identifiants structurés seulement) 97,4/99,8/0,0 et 96,4/99,5/0,6
    # après le douzième (branche garde-12, réglé par fonction sur aveugle-15 à 17) : 97,5/99,8/0,0 et 96,7/99,7/0,6
    "aveugle-15": (98.0, 99.5, 0.5),  # treizième passage (structurel) : noms 97,5 → 97,8 ; dix-neuvième : 98,1
    "aveugle-16": (98.0, 99.5, 1.0),  # quatorzième passage : noms 96,9 → 97,6 ; dix-neuvième : 98,1
    # aveugle-17, mesure à l'aveugle du 2026-12-03 : après le dixième passage 97,3/97,8/0,9 ; après le onzième (réglé
    # sur aveugle-15 et 16, sans l'ouvrir) 97,3/98,0/0,9 ; ses ratés sont lus : données du passage suivant ; après le
    # douzième (branche garde-12, qui l'a pris pour données de réglage) : 98,4/99,7/0,9
    "aveugle-17": (98.5, 99.5, 1.0),  # dix-septième passage : noms 98,5 → 98,7, faux positifs 0,9 → 0,6
    # aveugle-18 et aveugle-19, mesures à l'aveugle du 2026-12-03 : après le onzième passage 97,1/98,6/2,9 et
    # 96,3/96,9/0,9 ; après le douzième (réglé par fonction sur aveugle-15 à 17, sans les ouvrir) 97,2/98,6/2,9 et
    # 96,3/96,9/0,9 ; leurs ratés sont lus : données du passage suivant ; après le treizième (changements
    # structurels seulement, réglés sur eux) 98,7/98,6/1,6 et 97,2/97,9/0,9
    "aveugle-18": (98.5, 99.5, 0.5),  # quatorzième passage (réglé sur lui) : 99,0/98,9/1,6 ; quinzième : 0,3 ; seizième : 99,3
    # ; quatre-vingt-dix-huitième (le « bis » collé d'un numéro de maison, aveugle-95) : identifiants 99,8
    # aveugle-19 : quatorzième passage (réglé sur lui) 97,2/97,9 → 98,7/98,9 ; quinzième : 99,2 ; dates de naissance
    # restreintes aux places d'une naissance (aveugle-25) : 98,9 ; seizième passage : 99,0
    "aveugle-19": (98.5, 99.0, 1.0),
    # aveugle-20, mesure à l'aveugle du 2026-12-03 : après le douzième passage 98,5/99,0/4,2 ; après le treizième
    # (réglé sur aveugle-18 et 19, sans l'ouvrir) 99,0/99,0/4,2 ; ses ratés sont lus : données du passage suivant ;
    # graphie « Hanoukka » ajoutée aux fêtes : 99,0/99,0/2,1
    "aveugle-20": (99.5, 99.5, 2.0),  # quatorzième passage (réglé sur lui) : 99,0/99,0 → 99,6/100 ; quinzième : 1,5
    # aveugle-21 et aveugle-22, mesures à l'aveugle du 2026-12-03 (écrits sans forme privilégiée, au moins 60 noms par
    # origine ; 22 en extraits longs) : avant le quatorzième passage 99,2/98,5/3,3 et 97,9/98,1/6,7 (chaque origine
    # ≥ 97,2 et ≥ 96,9) ; après (réglé sur aveugle-18 à 20, sans les ouvrir) 99,3/99,0/3,3 et 98,6/98,4/6,7 ; leurs
    # ratés sont lus : données du passage suivant ; quinzième passage (réglé sur eux) 99,3/99,7/0,9 et 98,6/98,7/1,2
    # seizième passage (identifiants structurés, réglé sur eux et sur aveugle-23 et 24) : 99,3/100/0,9 et 98,6/99,8/1,2
    "aveugle-21": (99.0, 99.5, 1.5),
    "aveugle-22": (98.5, 99.5, 1.0),  # dix-septième passage : faux positifs 1,2 → 0,6
    # aveugle-25 (dates seulement, aucun nom : la naissance contre l'histoire datée du jeune, chaque extrait avec le
    # chemin de son fichier), mesure à l'aveugle du 2026-12-03 : avant le quatorzième passage 38,4/7,0 (dates / faux
    # positifs) ; quatorzième passage tel que réglé 87,2/75,0 ; restreint aux places d'une naissance 69,2/23,2 ; puis
    # réglé sur lui (clé YAML d'un proche, parenthèse derrière une personne, « c'est le … que ») 63,4/7,4 ; seizième
    # passage (âge puis date entre parenthèses, entre autres) : 66,9/7,4 ; dix-septième : faux positifs 7,4 → 7,0
    "aveugle-25": (None, 66.5, 7.5),
    # aveugle-23 et aveugle-24, mesures à l'aveugle du 2026-12-03 : avant le quatorzième passage 98,5/97,2/9,0 et
    # 98,9/97,4/5,1 ; après le quatorzième 98,5/97,6/9,0 et 98,9/97,7/5,1 ; après le quinzième (réglé sur aveugle-21 et
    # 22, sans les ouvrir) 98,5/97,6/8,5 et 98,9/98,0/3,8 ; avec les dates restreintes : 98,5/97,4/8,5 et
    # 98,9/97,7/3,8 ; leurs ratés deviennent données du passage suivant ; seizième passage (réglé sur eux, identifiants
    # structurés) : 98,5/99,5/8,5 et 98,9/99,9/3,8 ; dix-septième (réglé sur leurs faux positifs et leurs noms ratés) :
    # 99,4/97,4/0,0 et 98,9/97,7/0,0
    "aveugle-23": (99.5, 99.0, 0.5),  # vingtième passage (particule en tête de ligne) : noms 99,4 → 99,5
    "aveugle-24": (99.0, 99.5, 0.5),  # dix-neuvième passage : noms 98,9 → 99,2
    # aveugle-26 (beaucoup de négatifs difficiles : auteurs, personnages, saints, lieux ; identifiants étrangers) et
    # aveugle-27 (fichiers entiers ou longs morceaux), mesures à l'aveugle du 2026-12-03 (noms / identifiants
    # structurés / faux positifs) : avant les seizième et dix-septième passages 98,7/98,4/8,6 et 96,1/97,9/4,4 ;
    # après (réglés sur aveugle-21 à 24, sans les ouvrir) 98,7/98,8/8,6 et 96,1/98,3/3,3 ; leurs ratés deviennent
    # données du passage suivant ; dix-huitième passage (réglé sur eux, identifiants structurés) : 98,7/100,0/8,6 et
    # 96,1/99,2/3,3 ; dix-neuvième (réglé sur eux, noms ratés et faux positifs) : 98,7/100,0/1,2 et 97,9/99,2/0,7
    "aveugle-26": (98.5, 99.5, 1.5),
    "aveugle-27": (98.0, 99.0, 1.0),  # vingt et unième passage (« Nom I. » en fin de valeur) : noms 97,9 → 98,1
    # aveugle-28 (négatifs difficiles : célébrités, personnages, folklore, numéros de service ; 42 % de fichiers
    # longs), mesures à l'aveugle du 2026-12-03 : avant les dix-huitième et dix-neuvième passages 98,2/99,7/6,6 ;
    # après (réglés sur aveugle-26 et 27, sans l'ouvrir) 98,4/99,7/3,9 ; ses ratés deviennent données du passage suivant ;
    # vingtième passage (branche garde-20, réglé sur lui par classes) : 99,6/100/0,0
    # exemptions de garde-20 retirées après l'attaque du 2026-12-04 (noms d'enfants tus) : faux positifs 0,0 → 2,3
    "aveugle-28": (99.5, 99.5, 2.5),
    # aveugle-29 (négatifs difficiles : sportifs, chanteurs, jeux, doudous, animaux ; 42 % de fichiers longs) et
    # aveugle-30 (messages recopiés, notes prises vite, tableaux d'actions), mesures à l'aveugle du 2026-12-03 : avant
    # et après le vingtième passage (réglé sur aveugle-28, sans les ouvrir) 98,0/98,8/7,9 et 98,0/99,6/11,3, à
    # l'extrait près ; vingt et unième passage (réglé sur eux) : 98,3/98,8/4,4 et 98,2/99,6/1,3
    # exemptions retirées le 2026-12-04 : faux positifs 4,4 → 9,2
    "aveugle-29": (98.0, 98.5, 9.5),
    # exemptions retirées le 2026-12-04 : faux positifs 1,3 → 4,3
    "aveugle-30": (98.0, 99.5, 4.5),
    # aveugle-31 (supports mêlés : courriels, messages, tableaux, listes ; 34 % de fichiers longs), mesure à l'aveugle
    # du 2026-12-03, avant et après les vingtième et vingt et unième passages (sans l'ouvrir) : 98,6/97,2/1,1 à
    # l'extrait près ; ses ratés deviennent données du passage suivant ; IBAN à clé nationale fausse (réglé sur lui) :
    # identifiants 97,2 → 97,8 ; date dite puis annoncée comme naissance (« 27/3/18 : c'est sa date de naissance ») :
    # 97,8 → 98,2 ; noms du Japon et de Corée (names-dataset JP et KR) : noms 98,6 → 98,9, asie 92,3 → 96,2 ;
    # vingt-deuxième passage (« en » puis prénom et nom, composés d'Asie, plusieurs mots apposés) : noms 98,9 → 99,4
    "aveugle-31": (99.0, 98.0, 1.5),  # après attaque-11 (« Min-jun (éducateur SAS) ») : noms 99,4 → 99,5
    # aveugle-32 (72 noms d'Asie, 60 % de supports autres qu'une phrase : courriels, messages, tableaux, YAML plié) et
    # aveugle-33 (identifiants étrangers, coupés, échappés, masqués ; négatifs difficiles), mesures à l'aveugle du
    # 2026-12-04 avant tout réglage sur eux : 99,4/99,5/1,1 (asie 97,2) et 100/99,8/2,8 (chaque origine 100) ;
    # vingt-deuxième passage (réglé sur aveugle-31 et les quatre dates d'aveugle-32 sous « naissance: ») :
    # 99,4/100/1,1 et 100/99,8/2,8
    "aveugle-32": (99.0, 99.5, 1.5),
    "aveugle-33": (99.5, 99.5, 3.0),
    # aveugle-34 (minuscules, noms mal saisis, prénoms composés, noms apposés, blocs YAML imbriqués ; dates et
    # identifiants coupés), mesure à l'aveugle du 2026-12-04 : avant le vingt-deuxième passage 96,0/97,7/1,5 ; après
    # (sans l'ouvrir) 96,4/98,0/1,5 ; ses ratés deviennent données : coupures après un trait d'union ou le point d'un
    # domaine 98,0 → 99,9 ; noms seuls sous un lien, après deux-points, en signature 96,4 → 97,3
    "aveugle-34": (97.0, 99.5, 2.0),
    # aveugle-35 (tous supports mêlés, 490 négatifs), mesure à l'aveugle du 2026-12-04, au début de la session
    # (e4ce782) et après le vingt-deuxième passage et les attaques 11 et 12 (a1f2f36), sans l'ouvrir : 98,6/97,4/2,9 à
    # l'identique ; ses ratés deviennent données : clé sœur qui nomme le champ (« champ: date de naissance ») 97,4 → 98,1
    # aveugle-35 : 3,0 → 3,1 % à la trente-sixième session, décidé : « Simba », prénom et nom portés en Belgique, n'est
    # plus une personne publique (`test_personnalites.py`) ; « Il parle beaucoup de Simba » est signalé comme « … de Milou »
    "aveugle-35": (98.5, 98.0, 3.5),
    # aveugle-36 (ordinaire, tous supports mêlés, 660 noms, 440 négatifs), mesure à l'aveugle du 2026-12-04 avant tout
    # réglage sur lui (903d5b5) : 97,9/99,5/1,1 (afrique_centrale et afrique_ouest 94,5) ; après le nom collé à un
    # proche, écrit avant de l'ouvrir : 98,0 ; ses ratés deviennent données (locuteur d'un message, case à cocher,
    # signature sous « -- », colonne « Fratrie », NISS en groupes quelconques) : 98,8/99,6/1,1 (pire origine 96,4)
    "aveugle-36": (98.5, 99.5, 1.5),
    # aveugle-37 (dates : 342 naissances dont 224 sans le mot, 330 négatifs datés), mesure à l'aveugle du 2026-12-04 :
    # 99,1/80,9/1,6 (naissances 65,8) ; réglé sur lui (naissances dites sans le mot, vingt-troisième passage) :
    # 99,1/93,9/1,6 (naissances 89,2 ; le banc date les extraits de 2019 : les indices d'identité et de proche, qui
    # demandent deux ans de recul, n'y prennent pas les dates de 2018 à 2021)
    "aveugle-37": (99.0, 93.5, 2.0),
    # aveugle-38 (ordinaire, 1 950 extraits, 150 naissances dont 128 sans le mot, 470 négatifs), mesure du 2026-12-04 :
    # 98,5/97,1/0,6 au début de la session (903d5b5) ; à l'aveugle après les changements réglés sur aveugle-36 et 37
    # (2322241) : 98,6/98,2/0,6 (pire origine 96,4) ; tête après attaque-14 : 98,6/98,5/0,6
    "aveugle-38": (98.5, 98.0, 1.0),
    # aveugle-39 (ordinaire, 1 810 extraits, 66 % de plusieurs lignes), mesure à l'aveugle du 2026-12-04 en fin de
    # session (4125aba) : 97,4/97,6/2,8 (asie 92,3 ; 96,6/97,4/2,8 au début de la session) ; ses téléphones
    # internationaux mal recopiés lus ensuite : identifiants 97,6 → 99,1 ; un nom entre « c'est » et « qui » : noms 97,4 → 97,8
    "aveugle-39": (97.0, 98.5, 3.0),
    # aveugle-40 (ordinaire, 1 870 extraits, 75 % de plusieurs lignes, l'élément noyé dans des comptes rendus longs),
    # mesure à l'aveugle du 2026-12-04 avant tout réglage sur lui (2faadee, début de session) et après les changements
    # réglés ailleurs (874362a) : 97,6/98,7/1,8 (asie 92,7, flandre 94,5) ; ses ratés lus : « accompagnant: Clément » :
    # 97,9/98,7/1,8 (asie et flandre 94,5) ; après l'attaque-24 (le jour d'une date ISO n'est plus un numéro de
    # maison, les tableaux de chronologie) : 97,9/98,7/0,5
    "aveugle-40": (97.5, 98.5, 1.0),
    # aveugle-41 (même angle, 1 870 extraits, 76 % de plusieurs lignes), mesure à l'aveugle du 2026-12-04 (2faadee, et
    # 874362a : mêmes verdicts) : 98,6/98,7/4,5 (pire origine wallonie 96,4) ; ses faux positifs lus (« l’oncle » dans
    # un tableau, l'apostrophe doublée d'une chaîne YAML) : 98,6/98,7/2,5 — les 11 qui restent sont 10 « la famille a
    # déménagé rue de Fer » (une rue de domicile sans numéro, que la garde signale exprès) et une date ISO lue comme
    # numéro de maison, que l'attaque-24 a fait corriger : 98,6/98,7/2,3
    "aveugle-41": (98.5, 98.5, 2.5),
    # aveugle-42 (2 075 extraits, 66 % de plusieurs lignes ; adresses du Maroc, du Sénégal, de Roumanie, naissances dites
    # dans un récit, négatifs « l'idée est née le … »), mesure à l'aveugle du 2026-12-04 (977cc14, avant tout réglage
    # sur lui) : 98,9/96,9/4,0 (pire origine france et wallonie 96,7 ; adresses 84,3) ; vingt-cinquième passage (adresses
    # d'ailleurs par leurs parties et leur code postal, « arrivé au monde », numéro coupé avant « 34 16 : ») :
    # 98,9/100/4,0 ; « l'idée … est née le » : 98,9/100/3,1 ; les villes du monde annoncées comme des lieux : 98,9/100/1,6
    # avec « vient de », « depuis » et les villes qui sont aussi des noms (cent noms perdus sur l'attaque-27), 98,9/100/2,9
    # sans eux
    "aveugle-42": (98.5, 99.5, 3.0),
    # aveugle-43 (2 001 extraits, 71 % de plusieurs lignes ; vie ordinaire d'un dossier, adresses d'Afrique de l'Ouest et
    # centrale, négatifs de parcours migratoires), mesure à l'aveugle du 2026-12-04 sur dc15d7c (après le vingt-cinquième
    # passage, avant tout réglage sur lui) : 97,9/97,2/6,0 (pire origine asie, afrique_ouest et france 94,6 ; sur 977cc14,
    # début de session : 97,9/96,8/6,0) ; ses ratés lus (rue et porte de Bamako ou Douala, lot et îlot d'Abidjan ; villes
    # d'un parcours « transité par », « en passant par », clés origine, transit, étapes) : 97,9/99,1/3,7 ; après
    # l'attaque-28 (69 noms de personne perdus : « le courrier a transité par Kamal », « origine: Sana » sous un appel),
    # jamais un prénom ou un nom des listes, et la rue et la porte suivies d'un lieu ou annoncées par un domicile :
    # 97,9/99,1/5,4 ; un nom en minuscules apposé à une fonction du réseau (« La logopède, ouattara coumba, ») : 98,4/99,1/5,4
    # (pire origine asie 94,6)
    "aveugle-43": (98.0, 98.5, 6.0),
    # aveugle-44 (1 935 extraits, 63 % de plusieurs lignes ; documents ordinaires écrits par des personnes différentes,
    # abréviations, fautes de frappe, SMS recopiés), mesure à l'aveugle du 2026-12-04 sur 85bdfa8 (fin de session, avant
    # tout réglage sur lui) : 98,5/99,3/0,4 (pire origine asie 94,5) ; mêmes verdicts sur 977cc14 (début de session) ;
    # ses ratés lus (la date qui suit le sexe d'une identité recopiée) : 98,5/100/0,4
    "aveugle-44": (98.0, 99.5, 1.0),
    # aveugle-45 (1 876 extraits, 62 % de plusieurs lignes ; lettres propres au vietnamien, au polonais, au turc, au
    # roumain, noms d'Asie derrière un rôle, négatifs du quotidien des familles migrantes : villes, fêtes, mots d'autres
    # langues), mesure à l'aveugle du 2026-12-04 sur dbdad32 (début de la sixième session, avant tout réglage sur lui) :
    # 98,8/99,1/13,4 (pire origine france 94,5 ; asie 96,4) ; ses ratés et ses faux positifs lus, par classes (forme
    # négative, accents qu'aucun mot courant n'a, rubriques en gras, séjour « à », mots cités, fêtes, naissances
    # d'autres langues, annexe 26) : 98,9/99,9/7,4 (pire origine 96,4) ; après l'attaque-31 (28 pertes : « le carnet est
    # resté à Ngozi », « le mot laissé par fatima (éducatrice) », « Dashain Gurung » ; 9 dates d'une annexe 26 prises
    # pour des naissances), la date d'une annexe 26 n'est plus une naissance : 98,9/99,5/7,4
    "aveugle-45": (98.5, 99.0, 8.0),
    # aveugle-46 (1 824 extraits, 71 % de plusieurs lignes ; documents entiers écrits vite : courriels recopiés, SMS,
    # tours de table, noms courts, tournures négatives ; angle choisi par la session pendant qu'elle travaillait à ces
    # formes, contenu écrit sans rien lire de la garde), mesure à l'aveugle du 2026-12-04 : sur dbdad32 (début de
    # session) 95,9/100/3,5 (pire origine asie 88,7) ; sur 0a4308b (le passage, avant de lire ce corpus) 96,5/100/3,2
    # (asie 92,5) ; ses ratés lus (lien élidé « L'oncle, Saïd Aït, », prénom composé « Pierre-Louis ») : 96,9/100/3,2
    "aveugle-46": (96.5, 99.5, 4.0),
    # aveugle-47 (2 115 extraits, 72 % de plusieurs lignes ; notes de synthèse et comptes rendus complets de plusieurs
    # casemanagers, noms là où la vie d'un dossier les met), mesure à l'aveugle du 2026-12-04 sur 164f103 (fin du
    # vingt-huitième passage, sans réglage sur lui) : 97,6/99,8/0,0, pire origine 95,0 (wallonie, asie,
    # afrique_centrale) ; mêmes verdicts sur dbdad32 (début de session) ; ses ratés lus (un nom entre parenthèses après
    # un rôle, vingt-neuvième passage, après l'attaque-33) : 97,9/99,8/0,0
    "aveugle-47": (97.0, 99.5, 1.0),
    # aveugle-48 (1 955 extraits, 73 % de plusieurs lignes ; ce que les partenaires envoient et que le casemanager
    # recopie : courriels, rapports, SMS, fiches YAML), mesure à l'aveugle du 2026-12-04 sur 4847ede (fin de session,
    # aucun réglage sur lui) : 97,9/97,3/1,9 (pire origine france 93,3 ; naissances 80,9 % : l'âge puis la date, « (17
    # ans, 2001-07-27) », « age: 12 ans⏎  date: '26/3/2008' » sous une fratrie) ; mêmes verdicts sur dbdad32 ; ses
    # ratés lus (trentième passage, après l'attaque-34) : 99,4/100/0,7
    "aveugle-48": (99.0, 99.5, 1.5),
    # aveugle-49 (1 824 extraits, 73 % de plusieurs lignes ; les fichiers d'un dossier remplis à la main : fiches YAML,
    # tableaux d'actions, lignes de budget, commentaires), mesure à l'aveugle du 2026-12-04 sur 748fbe2 (fin de session,
    # aucun réglage sur lui) : 99,0/99,6/2,3, pire origine afrique_ouest 96,2 ; mêmes verdicts sur dbdad32
    "aveugle-49": (98.5, 99.0, 3.0),
    # aveugle-50 (1 900 extraits, 70 % de plusieurs lignes ; le suivi après la concertation : journal des actions,
    # comptes rendus d'appels, prolongations, clôtures, réponses du coordinateur), mesure à l'aveugle du 2026-12-04 sur
    # f9ed0a2 (début de session) : 98,6/99,5/0,0, pire origine flandre 94,5 ; sur 30fecb4+ (trentième passage, écrit
    # avant lui, aucun réglage sur lui) : 98,9/99,5/0,0, pire origine 96,4 (flandre, moyen_orient)
    "aveugle-50": (98.5, 99.0, 1.0),
    # aveugle-51 (1 908 extraits, 75 % de plusieurs lignes ; avant la concertation : demandes, fiches de premier contact,
    # phase préparatoire, invitations), mesure à l'aveugle du 2026-12-04 sur f9ed0a2 (début de session) : 99,3/99,9/0,9,
    # pire origine 98,2 ; sur 10fb3e1 (fin du trentième passage, écrit avant lui) : 99,4/99,9/0,9 ; ses faux positifs
    # lus (« presents_famille: maman, beau-père » : une clé du modèle prise pour un nom) : 99,4/99,9/0,2
    "aveugle-51": (99.0, 99.5, 1.0),
    # aveugle-52 (1 825 extraits, 78 % de plusieurs lignes ; le financement : demandes Criseflex, budgets, devis,
    # prestataires, relecture de la coordination, factures), mesure à l'aveugle du 2026-12-04 sur ad15323 (début de
    # session, avant tout réglage) : 98,6/98,9/3,4, pire origine 96,2 (plaques 92,9 : contrôle technique, dépanneuse ;
    # faux positifs : « prestataire:⏎  nom: Librairie Papyrus ») ; après le trente et unième passage (attaques 40 à 45
    # comprises ; les plaques laissées) : 98,9/98,9/1,0
    "aveugle-52": (98.5, 98.5, 1.5),
    # aveugle-53 (1 828 extraits, 72 % de plusieurs lignes ; les moments de crise : urgences, hospitalisations, fugues,
    # mesures du juge, concertation d'urgence), mesure à l'aveugle du 2026-12-04 sur ad15323 (début de session) et sur
    # fcd4be3+ (trente et unième passage, écrit pendant que le corpus s'écrivait, sans le lire) : 99,7/99,9/0,2 les deux
    # fois, pire origine 98,1 (asie, afrique_ouest)
    "aveugle-53": (99.0, 99.5, 1.0),
    # aveugle-54 (1 789 extraits, 76 % de plusieurs lignes ; la fin d'un accompagnement : clôture, passage de relais,
    # lettre de fin, bilan annuel), mesure à l'aveugle du 2026-12-04 sur 924a208 (fin de session, aucun réglage sur lui)
    # et sur ad15323, mêmes verdicts : 98,4/100/0,0, pire origine 92,3 (afrique_ouest : noms en minuscules sous
    # « referent_sortant: », « lettre_envoyee_a: », après « avec »)
    "aveugle-54": (98.0, 99.5, 1.0),
    # aveugle-55 (1 900 extraits, 68 % de plusieurs lignes ; la demande et la première rencontre : appels du demandeur,
    # formulaire de demande, invités, invitations, entretien préparatoire), mesure à l'aveugle du 2026-12-04 sur 897ec47
    # (début de session) et sur le trente-deuxième passage (écrit pendant que le corpus s'écrivait, sans le lire),
    # mêmes verdicts : 99,2/100/0,4, pire origine 96,4 (afrique_ouest)
    "aveugle-55": (99.0, 99.5, 1.0),
    # aveugle-56 (1 828 extraits, 70 % de plusieurs lignes ; l'école, la formation et les loisirs), mesure à l'aveugle
    # du 2026-12-04 sur 897ec47 et sur cfd49b8 (passage 32 presque fini), mêmes verdicts : 99,4/99,7/5,5, pire origine
    # 96,2 (asie) ; faux positifs : sigles scolaires (« le CESS »), « Patro de Bouge », écoles et salles au nom d'une
    # figure (« Institut Félicien Rops »), « - le patron » dans une liste de présences, « le passage du CE1D » lu comme une
    # adresse, « Mr Bricolage » ; après réglage sur eux puis les attaques 49 et 50, qui ont fait rendre tout réglage
    # qui perdait des personnes (« Patro », « CESS » hors d'un article, les figures qui nomment des écoles) :
    # 99,5/99,7/4,3
    "aveugle-56": (99.0, 99.5, 5.0),
    # aveugle-57 (1 856 extraits, l'aide à la jeunesse, la justice et la vie de famille : SAJ, SPJ, tribunal, avocat,
    # placement familial, CPAS, logement, droits de visite), mesure à l'aveugle du 2026-12-05 sur 23553f8 (début de
    # session, aucun réglage sur lui) : 98,6/100/2,0, pire origine 94,5 (asie) ; après le trente-troisième passage,
    # réglé sur lui puis corrigé après l'attaque-51 (« Todo » rendu aux noms : « # TODO vérifier » reste signalé) :
    # 99,4/100/1,1
    "aveugle-57": (99.0, 99.5, 2.0),
    # aveugle-58 (2 026 extraits, les soins au quotidien : médecin, pédopsychiatre, logopède, hôpital de jour,
    # mutualité, traitements, rendez-vous), mesure à l'aveugle du 2026-12-05 sur 03cc394 et sur 23553f8, mêmes
    # verdicts : 98,9/99,9/3,1, pire origine 96,7 (afrique_centrale) ; faux positifs manqués de peu (des maladies
    # éponymes : « syndrome d'Ehlers-Danlos ») ; après réglage sur lui : 99,3/100/1,1 ; après l'attaque-53 (Raynaud,
    # Becker, Gilbert rendus aux noms) : 99,3/100/1,3 ; après l'attaque-54 (une apposition après un éponyme en refait
    # une personne) : 99,3/100/1,6 ; après l'attaque-55 (« maladie de » et « tumeur de » rendus aux personnes) :
    # 99,3/100/2,5
    "aveugle-58": (99.0, 99.5, 3.0),
    # aveugle-59 (2 000 extraits, le passage à l'âge adulte : mise en autonomie, CPAS, Forem, kot, formation en
    # alternance, relais vers les services pour adultes), mesure à l'aveugle du 2026-12-05 sur b6dc0f1 et sur 8c380a2,
    # mêmes verdicts : 98,5/100/0,6, pire origine 94,6 (corne) ; après réglage sur lui et l'attaque-56 : 99,6/100/0,0
    "aveugle-59": (99.0, 99.5, 1.5),
    # aveugle-60 (1 978 extraits, la vie en institution : foyer, internat, IPPJ, unité pédopsychiatrique, retours en
    # famille, fugues, incidents), mesure à l'aveugle du 2026-12-05 sur la fin du trente-quatrième passage (0529284)
    # et sur b6dc0f1, mêmes verdicts : 99,3/99,7/1,5, pire origine 96,7 (europe_sud) ; après un seul réglage
    # (« dépose inês à l'internat ») : 99,4/99,7/1,5
    "aveugle-60": (99.0, 99.5, 2.0),
    # aveugle-61 (1 950 extraits, les échanges entre partenaires : courriels transférés, invitations, messages vocaux,
    # SMS recopiés, accusés de lecture), mesure à l'aveugle du 2026-12-05 sur 6c646d5 : 97,4/99,1/26,5, pire origine
    # 91,7 (asie) ; 101 des 122 négatifs signalés le sont pour l'adresse d'un service absente de l'annuaire (la garde
    # signale toute adresse hors de l'annuaire ; vingt corpus plus anciens en font des positifs) ; après réglage
    # sur lui et les attaques 59 à 61 : 98,3/100/22,6, pire origine 95,0 (asie) ; 0,7 hors de ces adresses
    "aveugle-61": (98.0, 99.5, 23.0),
    # aveugle-62 (2 064 extraits, l'exil et l'arrivée : interprète, DASPA, tuteur, procédure de séjour, noms
    # translittérés), commandé après le réglage sur aveugle-61, mesuré à l'aveugle le 2026-12-05 sur 966a3c6 :
    # 98,3/100/0,4, pire origine 93,3 (corne : « appelant : Hamse », « appelant : Asmerom A ») ; sur 6c646d5 :
    # 98,2/100/0,4, corne 93,3 ; après réglage sur lui et l'attaque-61 : 98,6/100/0,4, pire origine 95,0 (france)
    "aveugle-62": (98.5, 99.5, 1.0),
    # aveugle-63 (1 950 extraits, la famille élargie : grands-parents, fratrie, familles recomposées, garde alternée),
    # commandé à la fin du trente-cinquième passage, mesuré à l'aveugle le 2026-12-05 sur l'état final (62e006e), sans
    # réglage sur lui : 99,2/100/1,1, pire origine 96,7 (afrique_ouest, asie) ; sur 6c646d5 : 98,9/100/1,1, 95,0
    "aveugle-63": (99.0, 99.5, 1.5),
    # aveugle-64 (1 910 extraits, le logement et l'argent : bail, propriétaire, huissier, CPAS, budget d'une demande),
    # mesuré à l'aveugle sur cc27d5b : 97,9 (corne 94,5)/99,1/3,3 ; après le trente-sixième passage, réglé sur lui :
    # 98,2 (corne, asie, wallonie 96,4)/99,7/0,6
    "aveugle-64": (98.0, 99.5, 1.0),
    # aveugle-65 (1 868 extraits, le handicap et le développement : bilans, enseignement spécialisé, AVIQ, répit),
    # commandé après le trente-sixième passage, mesuré à l'aveugle le 2026-12-05 sur l'état final (931e3cf), sans
    # réglage sur lui : 98,6/99,6/1,3, pire origine 94,2 (france, asie) ; sur cc27d5b : les mêmes lignes
    "aveugle-65": (98.5, 99.5, 1.5),
    # aveugle-66 (1 932 extraits, les assuétudes et les écrans : consommations, jeux, réduction des risques), commandé à
    # la fin de la session, mesuré à l'aveugle le 2026-12-05 sur l'état final (53b9695), sans réglage sur lui :
    # 98,8/100/0,0, pire origine 96,7 (corne, asie, europe_sud) ; sur cc27d5b : les mêmes lignes
    "aveugle-66": (98.5, 99.5, 0.5),
    # aveugle-67 (2 005 extraits, la petite enfance et la naissance : consultation ONE, TMS, maternité, crèche, aide
    # précoce, post-partum), commandé au début de la quatorzième session, mesuré à l'aveugle le 2026-12-05 sur 04d2e85
    # (garde inchangée depuis), sans réglage sur lui : 98,8/100/2,9, pire origine 96,7 (wallonie, france,
    # afrique_centrale) ; le plafond des faux positifs est l'objectif même
    "aveugle-67": (98.5, 99.5, 3.0),
    # aveugle-68 (2 036 extraits, les loisirs, le sport, les mouvements de jeunesse et les vacances), commandé au début
    # de la quinzième session, mesuré à l'aveugle le 2026-12-05 sur fc519ae, sans réglage : 98,6/99,9/4,4, pire origine
    # 93,3 (afrique_ouest) ; puis réglé sur lui (trente-huitième passage, après l'attaque-68) : 99,0/99,9/0,8, pire
    # origine 96,7
    "aveugle-68": (98.5, 99.5, 1.0),
    # aveugle-69 (2 040 extraits, le corps, l'alimentation, le sommeil et la santé au quotidien), commandé à la fin de
    # la quinzième session, mesuré à l'aveugle le 2026-12-05 sur l'état final (85367ab), sans réglage sur lui :
    # 99,0/100/4,2, pire origine 98,3 ; les vingt faux positifs sont des noms de médicaments (Seretide, Movicol…) ;
    # réglé sur lui à la seizième session (trente-neuvième passage : médicaments, produits, particules) : 99,2/100/0,0
    "aveugle-69": (98.5, 99.5, 0.5),
    # aveugle-70 (2 040 extraits, la formation, le travail et la mobilité), commandé au début de la seizième session,
    # mesuré à l'aveugle le 2026-12-05 sur dc0a3fd puis sur 767aa87, sans réglage sur lui : 99,2/100/0,4 les deux fois,
    # pire origine 95,0 (afrique_ouest)
    "aveugle-70": (98.5, 99.5, 1.0),
    # aveugle-71 (2 066 extraits, les vacances, les voyages, les fêtes et la vie culturelle), commandé au début de la
    # dix-septième session, mesuré à l'aveugle le 2026-12-05 sur 3106c78 puis sur l'état final du quarantième passage,
    # sans réglage sur lui : 98,6/99,9/0,2, pire origine 96,7 (wallonie, afrique_centrale, asie), les deux fois
    "aveugle-71": (98.5, 99.5, 0.5),
    # aveugle-72 (2 050 extraits, les fratries, les familles recomposées et la vie de quartier), commandé au début de la
    # dix-huitième session, mesuré à l'aveugle le 2026-12-05 sur 6d15714 puis sur l'état du quarante et unième passage,
    # sans réglage sur lui : 99,4/100/0,4, pire origine 96,7 (asie), les deux fois
    "aveugle-72": (99.0, 99.5, 1.0),
    # aveugle-73 (2 003 extraits, la parole du jeune et les écrits pris au vol : SMS, dictées, messages recopiés),
    # commandé au début de la dix-neuvième session, mesuré à l'aveugle le 2026-12-06 sur 3c9e945 (la garde de la fin de
    # la session précédente) : 98,8/98,9/1,5, pire origine 91,7 (asie) ; réglé sur lui (adresses en minuscules suivies
    # d'une localité, sujet après un guillemet, « jrentre ») : 99,2/99,8/0,9, pire origine 93,3 (asie, non tenu)
    "aveugle-73": (99.0, 99.5, 1.5),
    # aveugle-74 (2 040 extraits, les écrits officiels et les échanges entre professionnels : mandats, jugements,
    # rapports, lettres de sortie, courriels signés), commandé au début de la vingtième session, mesuré à l'aveugle le
    # 2026-12-06 sur eee13f4 puis sur l'état du quarante-troisième passage, sans réglage sur lui : 99,4/100/0,6, pire
    # origine 95,0 (asie), les deux fois : les quatre objectifs tenus
    "aveugle-74": (99.0, 99.5, 1.0),
    # aveugle-75 (2 050 extraits, la vie du jeune hors des services : quartier, loisirs, job, religion, famille élargie,
    # réseaux sociaux), commandé au début de la vingt et unième session, mesuré à l'aveugle le 2026-12-06 sur 33df955
    # (sorties identiques à 84c62ee) puis sur l'état du quarante-quatrième passage, sans réglage sur lui : 99,3/100/1,6,
    # pire origine 93,3 (asie : « wei liu » en minuscules, « Mei » seule dans une cellule de tableau), les deux fois
    "aveugle-75": (99.0, 99.5, 2.0),
    # aveugle-76 (2 025 extraits, les moments de crise et de passage : urgences, fugues, ruptures de placement, 18 ans),
    # commandé au début de la vingt-deuxième session, mesuré à l'aveugle le 2026-12-06 sur 417bc54 (sorties identiques à
    # d9e2a1e) puis sur le quarante-sixième passage, sans réglage sur lui : 99,0/99,9/1,0, pire origine 95,0 (maghreb :
    # « la majorité approche et Siham ne veut pas », un nom après « approche » lu comme une méthode), les deux fois ; après
    # la conjonction qui arrête la lecture d'une méthode (réglé sur lui) : 99,9/99,9/1,0, pire origine 98,3
    "aveugle-76": (99.5, 99.5, 1.5),
    # aveugle-77 (les démarches de tous les jours), commandé et mesuré pendant la vingt-troisième session, sans réglage
    # sur lui, sur f1bd20f puis sur le quarante-neuvième passage : 98,2/99,8/0,0, pire origine 96,7 (cinq origines), les
    # deux fois ; ses ratés (« patron: Bram », « plan de paiement proposé à LEMAIRE », « courriel de la directrice,
    # aimée : ») ont été vus (`bench_aveugle.py --details`), rien n'a été réglé sur eux
    "aveugle-77": (98.0, 99.5, 0.5),
    # aveugle-78 (2 040 extraits, les soins et la santé), commandé et mesuré pendant la vingt-quatrième session, sans
    # réglage sur lui, sur 81283d6 puis sur 3404654 (après les passages 50 à 52) : 99,3/99,6/0,0, pire origine 96,7
    # (europe_sud, asie), sorties identiques les deux fois ; ses ratés (« Le bilan de HADDOUCHI », « sofía
    # (psychomotricienne) », « dolma liu » en minuscules, trois GSM lus comme des NISS) ont été vus, rien n'a été réglé
    # sur eux
    "aveugle-78": (99.0, 99.5, 0.5),
    # aveugle-79 (2 064 extraits, l'exil, le séjour et les langues), commandé et mesuré pendant la vingt-cinquième
    # session, sans réglage sur lui, sur ad93f36 puis après le cinquante-sixième passage : 99,3/99,6/0,6, pire origine
    # 96,7 (afrique_ouest, asie), sorties identiques les deux fois ; ses ratés (« à Trang, sa tante à Haïphong », « LUO,
    # conseiller Forem, », « désigne oumar comme père », trois IBAN pliés lus comme des NISS) et ses faux positifs
    # (« par Ria », « les Lions de la Teranga », « par Imo ») ont été vus, rien n'a été réglé sur eux
    "aveugle-79": (99.0, 99.5, 1.0),
    # aveugle-80 (2 070 extraits, la protection de la jeunesse, la justice et le placement), commandé et mesuré pendant
    # la vingt-sixième session, sans réglage sur lui, sur e25ad64 puis après le cinquante-neuvième passage :
    # 99,7/99,8/0,4, pire origine 98,3 (europe_sud, asie), sorties identiques les deux fois ; ses ratés (« attentif à
    # Rui », « Ji-won investit » en tête d'une valeur, deux NISS pliés dans une valeur YAML dont la clé est en double)
    # et ses faux positifs (« Berger malinois » en tête de phrase) ont été vus
    "aveugle-80": (99.0, 99.5, 1.0),
    # aveugle-81 (2 082 extraits, l'école et la scolarité), commandé et mesuré pendant la vingt-septième session, sans
    # réglage sur lui, sur 91a9b8e (début de la session) puis après ses soixante-troisième et soixante-quatrième passages :
    # 98,8/99,9/0,4, pire origine 96,7 (afrique_ouest, asie), sorties identiques les deux fois ; ses ratés (des noms en
    # minuscules en apposition, « Vy », « XU », « Touré » dans une valeur entre apostrophes en NFD, une plaque coupée par
    # un saut de ligne) et ses faux positifs (« l'usine Materne », « le maître de stage, couvreur, ») ont été vus, rien
    # n'a été réglé sur eux
    "aveugle-81": (98.5, 99.5, 1.0),
    # aveugle-82 (le numérique et les réseaux sociaux), mesure à l'aveugle du 2026-12-07 sur 5882b24, puis après les
    # soixante-sixième et soixante-septième passages (sorties identiques) : 99,6/100/1,9, pire origine asie 95,0 ; ses
    # faux positifs (des applications et des plateformes : « Qustodio », « Yubo », « Wizz », « Paysafecard ») ont été lus
    # et les applications des jeunes ajoutées aux mots courants : 99,6/100/0,4 ; « Yubo », un prénom des listes, en est
    # retiré (la relecture revue62 : un nom d'abord) : 99,6/100/1,0 ; restent « Red Flames », « Belgian Cats », « Yubo »
    "aveugle-82": (99.5, 99.5, 1.5),
    # aveugle-83 (la parentalité, les séparations et les familles recomposées), mesure à l'aveugle du 2026-12-07 sur
    # 5882b24 et sur 0a961d4 (fin de session, sorties identiques) : 100/100/0,0, chaque origine 100 ; rien à lire
    "aveugle-83": (99.5, 99.5, 0.5),
    # aveugle-84 (2 057 extraits, les notes écrites vite, en capitales ou à la hâte : présences, mentions, rubriques),
    # mesure à l'aveugle du 2026-12-07 sur 6641ef8 (la garde du début de la vingt-neuvième session) : 99,2/100/2,9, pire
    # origine 98,3 ; après ses soixante-dixième et soixante et onzième passages et la relecture revue63 : 99,2/100/0,8
    # (dix mentions en capitales après un proche, « le père (INJOIGNABLE) », plus signalées) ; restent « le Doudou à
    # Mons », « Spirou Charleroi » et six noms en minuscules devant un rôle entre parenthèses (« greco (conseillère Forem) »)
    "aveugle-84": (99.0, 99.5, 1.0),
    # aveugle-85 (2 031 extraits, le logement, l'argent et les aides sociales : loyers, CPAS, dettes, factures,
    # compteurs), mesure à l'aveugle du 2026-12-07 sur 98a16e8 (la garde du début de la trentième session) et sur 6f4ec1d
    # (après le soixante-douzième passage, sorties identiques) : 97,9/99,5/2,0, pire origine **93,3 (flandre : « compte
    # de Bram, le père », « Suivi par : goossens », « que geerts, sa meilleure amie, », « beneficiaire: michiels »),
    # objectif de 95 non tenu** ; six noms après « éducateur de rue » (« L'éducateur de rue Pirotte Kevin ») ; faux
    # positifs : « CESS », des numéros de facture, de client et d'EAN lus comme des téléphones ; réglé sur lui aux
    # soixante-quatorzième et soixante-quinzième passages (« éducateur de rue », les ratés flamands) : 99,2/99,5/2,0,
    # pire origine 96,7 (asie) ; faux positifs 0,8 après le soixante-seizième (numéros de facture et de client)
    "aveugle-85": (99.0, 99.5, 1.0),
    # aveugle-86 (2 016 extraits, la concertation, la note de synthèse et le suivi des actions), mesure à l'aveugle du
    # 2026-12-07 sur f29c5f6 (la garde du début de la trente et unième session) et sur fb0891a (après le soixante-dix-septième
    # passage, sorties identiques) : 99,6/**99,0**/0,0, pire origine 98,3 ; **identifiants sous l'objectif de 99,5** : huit
    # dates de naissance derrière « Date de naissance du jeune à indiquer sur la demande d'intervention : … » ; 99,6/100/0,0
    # après le soixante-dix-huitième passage, réglé sur lui
    "aveugle-86": (99.5, 99.5, 0.5),
    # aveugle-87 (2 063 extraits, la demande de financement Criseflex : devis, prestataires, décisions, paiements),
    # mesure à l'aveugle du 2026-12-07 sur 16fb3d8 (la garde de la fin de la trente et unième session) et avec le
    # quatre-vingtième passage (sorties identiques) : 98,9/99,5/1,6, pire origine 96,7 : **les quatre objectifs tenus** ;
    # ratés : des noms en minuscules après un paiement ou un devis (« versés à boubacar », « devis de goossens »),
    # « contact: VÕ », quatre adresses luxembourgeoises (« L-9050 Ettelbruck ») ; faux positifs : « via Doccle »,
    # « site de Godinne » ; 99,6/99,5/1,6 après le quatre-vingt-unième passage, réglé sur lui (les minuscules après un
    # paiement ou un devis) ; 99,6/100/1,6 après le quatre-vingt-deuxième (les adresses luxembourgeoises)
    "aveugle-87": (99.5, 99.5, 2.0),
    # aveugle-88 (2 109 extraits, les messages recopiés : courriels, SMS, répondeur, agenda, appels), mesure à
    # l'aveugle du 2026-12-07 sur 4b90c75 (la garde de la fin de la trente et unième session) et avec les
    # quatre-vingt-troisième et quatre-vingt-quatrième passages (sorties identiques) : 99,3/100/0,2, pire origine 95,0
    # (afrique_ouest) : **les quatre objectifs tenus** ; ratés : « Appel manqué de Cheikh », « Message de Cheikh : »,
    # des noms en minuscules après un message (« SMS reçu de léa », « un message à bah moussa », « destiné à bùi dũng
    # ») ; faux positif : « les Red Lions et les Red Flames » ; 100/100/0,2 après le quatre-vingt-cinquième passage,
    # réglé sur lui (qui envoie ou reçoit un message)
    "aveugle-88": (99.5, 99.5, 0.5),
    # aveugle-89 (2 032 extraits, les bilans et rapports des professionnels de soin : tests, échelles, scores, dates
    # d'examen), mesure à l'aveugle du 2026-12-07 sur 8f18488 (après les passages 83 à 85 et la relecture revue66) :
    # 99,6/100/**3,4**, pire origine 98,3 : **l'objectif des faux positifs manqué** (des tests éponymes : « la figure
    # de Rey », « le CDI de Kovacs », « l'ADI-R ») ; 99,3/100/0,2 après le quatre-vingt-sixième passage, réglé sur lui
    # (deux noms ne comptaient trouvés que par le faux positif du test voisin)
    "aveugle-89": (99.0, 99.5, 0.5),
    # aveugle-90 (les agendas, les plannings et les tableaux de suivi : semaine type, planning d'internat, calendrier des
    # visites, rendez-vous, tableau d'actions), mesure à l'aveugle du 2026-12-07 sur 4067846 : 99,3/100/**10,6**, pire
    # origine 96,7 (corne) : **l'objectif des faux positifs manqué** (des jours abrégés lus comme des prénoms : « Sam.
    # 09/12 », « Dim. 7h », « | Lun. 07/10 | ») ; 99,3/100/0,2 après le quatre-vingt-neuvième passage, réglé sur lui
    "aveugle-90": (99.0, 99.5, 0.5),
    # aveugle-91 (les notes bilingues et multilingues : allemand, anglais, espagnol, néerlandais), mesure à l'aveugle du
    # 2026-12-07 sur d284c30 : 98,5/98,5/**25,0**, pire origine **93,3** (corne) : **trois objectifs manqués** (des mots
    # allemands, anglais, espagnols à majuscule lus comme des noms ; des rues allemandes en deux mots, « Herbesthaler
    # Straße 22 ») ; 98,5/99,5/21,7 après le quatre-vingt-onzième passage, réglé sur lui ; 98,5/99,5/22,1 après la
    # relecture revue67 (« El », « Nur », « Domingo » en tête d'une phrase espagnole ou allemande restent lus) ;
    # 97,9/99,5/9,6 après le quatre-vingt-douzième passage, réglé sur lui (les noms communs allemands, la langue d'une
    # parenthèse ou d'une citation) : quatre extraits ne comptaient trouvés que par un faux positif voisin (« Grüßen »,
    # « ÖSHZ », « young person ») ; leurs noms (« emery », « barakzai » en minuscules, « ekinci », « Guled » en tête
    # d'une phrase allemande) n'étaient pas lus avant lui non plus
    "aveugle-91": (97.5, 99.5, 10.0),
    # aveugle-92 (la petite enfance : crèche, ONE, consultations, produits et doudous), mesure à l'aveugle du 2026-12-07
    # sur ce10a73 et sur le quatre-vingt-douzième passage (non réglé sur lui) : 99,6/100/**8,1**, pire origine 98,3 :
    # **l'objectif des faux positifs manqué** (des marques de lait, de langes, de poussettes : « lait Nidal », « langes
    # Moltex » ; des noms de doudous et d'animaux : « son éléphant Babou ») ; 99,6/100/6,3 après le
    # quatre-vingt-treizième passage, réglé sur lui (les marques d'un produit de tout-petit, les noms de doudous, hors
    # des prénoms des listes : « lait Nidal », « son éléphant Babou » restent signalés, la relecture revue68)
    "aveugle-92": (99.0, 99.5, 6.5),
    # aveugle-93 (le deuil, la religion, les rites et les communautés), mesure à l'aveugle du 2026-12-07 sur 7bfb97f et
    # sur le quatre-vingt-quatorzième passage (sorties identiques) : 99,3/100/**6,0**, pire origine 96,7 (corne) :
    # **l'objectif des faux positifs manqué** (des personnages religieux qui sont aussi des prénoms, « le récit de
    # Moïse », « Je parle à Noé le soir » ; des textes et des prières, « le Guru Granth Sahib » ; des lieux de culte,
    # « la mosquée Assalam ») ; 99,3/100/3,8 après le quatre-vingt-quinzième passage et la relecture revue69, réglés sur
    # lui (les textes religieux qu'aucune personne ne porte, des fêtes, « Robermont », « Banneux » ; les prénoms qui sont
    # aussi des figures religieuses et les noms après un lieu de culte restent signalés, décidé)
    "aveugle-93": (99.0, 99.5, 4.0),
    # aveugle-94 (2 031 extraits, les amis, les amours, les surnoms et la vie de bande), mesure à l'aveugle du 2026-12-07
    # sur 59d834e et sur le quatre-vingt-seizième passage (sorties identiques) : 99,0/100/**3,8**, pire origine 96,7
    # (asie, corne) : **l'objectif des faux positifs manqué** (des animaux nommés comme des personnes, « son furet,
    # Nala, », « Cookie, le chien de la famille » ; des personnages, des jeux, des clubs) ; 99,2/100/2,5 après le
    # quatre-vingt-dix-septième passage et l'attaque-129, réglés sur lui (un prénom des listes qui nomme un animal reste
    # signalé, décidé : « Oscar, le chien de la famille » s'écrit comme « chez Lucas, le chien de la voisine était là »)
    "aveugle-94": (99.0, 99.5, 3.0),
    # aveugle-95 (2 074 extraits, la formation, le travail et l'autonomie des jeunes majeurs), mesure à l'aveugle du
    # 2026-12-07 sur c5b4553 (la garde du début de la trente-septième session) et sur le quatre-vingt-dix-huitième passage
    # (réglé sur garde100 et l'attaque-130, sans l'ouvrir ; sorties identiques) : 99,2/**98,7**/2,0, pire origine 96,7
    # (flandre, afrique_centrale) : **l'objectif des identifiants manqué** (des numéros de maison « bis » collés, « rue
    # Spintay 110bis, 4800 Verviers », jamais lus comme une adresse) ; 99,2/99,8/2,0 après le « bis » collé, réglé sur lui
    # (le même trou fermé dans aveugle-18, 40 et 41)
    "aveugle-95": (99.0, 99.5, 2.0),
    # aveugle-96 (2 139 extraits, le handicap, les troubles du développement et l'accompagnement spécialisé), mesure à
    # l'aveugle du 2026-12-08 sur e45bdd6 (la garde du début de la trente-huitième session) : 99,3/100/**4,4**, pire
    # origine 98,3 : **l'objectif des faux positifs manqué** (des identifiants d'acteurs de services, « kine-crf »,
    # « eta-bocq » ; des maladies, tests et médicaments éponymes, « Myopathie de Duchenne, confirmé… », « test de
    # Bruininks-Oseretsky », « Sabril » ; des marques d'aides techniques, « le fauteuil Ottobock ») ; 99,3/100/3,3 après
    # le quatre-vingt-dix-neuvième passage et l'attaque-131, réglés sur lui (l'objectif reste manqué) ; 100/100/3,3 après
    # le centième (les noms en minuscules : « signale que lore descend », « La psychomotricienne mei zhang note »)
    "aveugle-96": (99.5, 99.5, 3.5),
}


def _taux(resultats: list[tuple[dict, set[str]]]) -> tuple[float, float, float]:
    def rappel(categories: tuple[str, ...]) -> float:
        cas = [(e, r) for e, r in resultats if e["categorie"] in categories]
        return 100 * sum(e["categorie"] in r for e, r in cas) / len(cas) if cas else math.nan

    negatifs = [r for e, r in resultats if e["categorie"] == "aucune"]
    return rappel(("nom",)), rappel(bench.STRUCTURES), 100 * sum(bool(r) for r in negatifs) / len(negatifs)


@pytest.mark.parametrize("corpus", sorted(PLANCHERS))
def test_le_corpus_aveugle_ne_recule_pas(corpus: str) -> None:
    lignes = [json.loads(l) for l in (EVALUATION / f"{corpus}.jsonl").read_text(encoding="utf-8").splitlines() if l]
    noms, structures, faux = _taux(bench.evaluer(lignes))
    plancher_noms, plancher_structures, plafond_faux = PLANCHERS[corpus]
    if plancher_noms is not None:  # None : un corpus sans nom (aveugle-25, les dates)
        assert noms >= plancher_noms, f"{corpus} : noms {noms:.1f} % < {plancher_noms} %"
    assert structures >= plancher_structures, f"{corpus} : identifiants {structures:.1f} % < {plancher_structures} %"
    assert faux <= plafond_faux, f"{corpus} : faux positifs {faux:.1f} % > {plafond_faux} %"


def test_chaque_corpus_a_son_plancher() -> None:
    """Un corpus ajouté sans plancher ne serait mesuré par rien."""
    assert {p.stem for p in EVALUATION.glob("*.jsonl")} == set(PLANCHERS)
