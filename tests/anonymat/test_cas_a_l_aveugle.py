"""Les cas écrits à l'aveugle avant un passage de la garde (`cas/gardeNN.jsonl`) : une aide qui n'a lu ni la garde ni
ses essais les écrit à partir des seules classes à couvrir, avant le changement ; la mesure avant/après est dans
docs/bench/anonymat.md. Un cas : `id`, `classe`, `support` (md ou yaml), `texte`, `attendu` (le nom ou l'adresse à
signaler, ou null pour un négatif). Données fictives.

- garde36, réglé sur les ratés d'aveugle-64 (le logement et l'argent) : rues néerlandaises à « n° », à boîte ou à
  numéro devant ; un proche ou un rôle du logement sous une rubrique ou devant une parenthèse ; leurs négatifs voisins
  (voie d'un logement proposé, rue sans numéro, rôle suivi d'un service) ;
- garde37, réglé sur les ratés d'aveugle-65 (le handicap et le développement) : maladies, tests et méthodes
  éponymes ; institutions dont le nom commence par un article ; noms à particule seuls ; noms en capitales entre
  virgules ; prénom sous la rubrique d'une fonction ; leurs négatifs voisins ;
- garde38, réglé sur les ratés d'aveugle-67 et d'aveugle-68 : un nom en minuscules accroché à un rôle ou un proche par
  une parenthèse, une apposition, deux-points, un tiret ou une barre ; leurs négatifs voisins (un état, une précision,
  une valeur ordinaire) ;
- garde39, réglé sur les faux positifs d'aveugle-69 (la santé au quotidien) : marques de médicaments et de produits de
  santé dans une phrase de traitement, en tête, écrites vite ; des noms de personne à côté ou à leur place ;
- garde40, réglé sur un raté d'aveugle-69 (« Bonjour Dr dos Santos, ») : noms de famille à particule après une
  formule, une préposition, une civilité, tout en minuscules ; leurs négatifs voisins (lieux à particule, « Monsieur du
  CPAS », formules sans nom) ;
- garde41, réglé sur les ratés d'aveugle-70 (« Fall Mame », « La candidature de Mame », afrique_ouest au plus bas) et
  sur « Madame la Pédiatre Dupont » : noms d'Afrique de l'Ouest (nom d'abord, prénom seul, noms composés, minuscules,
  nom court après une civilité), un nom après une civilité et une fonction ; leurs négatifs voisins (une fonction
  suivie d'un service, des villes, fêtes et langues d'Afrique de l'Ouest) ;
- garde42, écrit avant le quarante et unième passage : listes de présences sous toutes leurs formes, une fonction
  élidée (« Madame l'Institutrice … ») ou un métier de soin devant un nom hors des listes, des noms courts d'Afrique de
  l'Ouest (« Ba », « Sy », « Ka », « Fall ») ; leurs négatifs voisins ;
- garde43, écrit avant le quarante-deuxième passage : un nom en minuscules apposé à un rôle ou après « de », une fonction
  qualifiée (« Madame la Psychologue Clinicienne Mbala », « Monsieur le Conseiller PMS Delhaye ») ou écrite en
  minuscules (« mme la psychologue clinicienne ndiaye ») devant le nom ; leurs négatifs voisins ;
- garde44, écrit avant le quarante-troisième passage : après une fonction, avec ou sans civilité, un prénom qui est aussi
  un mot (« Madame la Juge Grâce Kabeya ») ou le nom d'une célébrité porté par un inconnu (« Madame la Directrice
  Espérance Lumumba ») ; leurs négatifs voisins (une fonction suivie d'un service, les célébrités elles-mêmes, les
  lieux et fêtes) ;
- garde45, écrit avant le quarante-quatrième passage : un prénom, souvent un prénom qui est aussi un mot (« Claire »,
  « Marc », « Grâce »), suivi d'un nom à particule (« Claire Della Faille », « Marc De Smet ») ; le nom à particule
  seul ; leurs négatifs voisins (« Rose des Vents », « Fleur de Sel », « Maison De La Jeunesse ») ;
- garde46, écrit à la fin de la vingt et unième session, avant tout passage sur eux (les ratés d'aveugle-73 à 75) :
  noms courts d'Asie en minuscules après une préposition, seuls dans une cellule de tableau, prénom court seul, nom
  puis prénom ; leurs négatifs voisins (plats, jeux, marques, lieux, mots courts) ;
- garde47, écrit au début de la vingt-deuxième session, avant le quarante-sixième passage : noms en minuscules après une
  tournure autre que « avec », « chez », « selon » (« en présence de », « d'après », « de la part de »), prénom dans
  une cellule de tableau, nom en capitales devant le prénom, prénom court seul ; leurs négatifs voisins (sigles suivis
  d'un lieu, tournures suivies d'autre chose qu'une personne, jeux, plats, marques) ;
- garde48, écrit pendant la vingt-deuxième session, avant le quarante-septième passage : noms en minuscules après un
  message (« sms de »), une visite (« sur conseil de »), un verbe de parole (« téléphoné à », « relancé »), en YAML ou
  en tableau ; leurs négatifs voisins (les mêmes tournures devant un service, un lieu, un plat) ;
- garde49, écrit pendant la vingt-troisième session, avant le quarante-huitième passage : noms d'Asie dont un morceau a
  une ou deux lettres (« Chen Yu (mère) », « CHEN Yu », « Lu Na », « Le Van Nam »), dans une phrase, en capitales
  d'abord, devant un lien, en YAML ou en tableau ; leurs négatifs voisins (symboles chimiques, jeux, villes, plats
  devant un lien entre parenthèses) ;
- garde50, écrit pendant la vingt-troisième session, avant le quarante-neuvième passage : noms de famille de deux ou
  trois lettres en capitales (« Madame BA », « SY Ousmane », « Mei XU »), après une civilité, avant ou après le prénom,
  en YAML ou en tableau ; leurs négatifs voisins (années d'études, sigles, biscuits, plaques, initiales après une
  civilité) ;
- garde51, écrit pendant la vingt-troisième session, avant une règle des rubriques longues essayée puis rendue
  (l'attaque-81) : dates de naissance après une longue rubrique (« Date de naissance de l'enfant sur le formulaire
  d'allocations familiales : 23 octobre 2018 »), en liste, en tableau, en YAML, au bout d'une longue phrase ; leurs
  négatifs voisins (démarches sur l'acte de naissance, naissance d'un projet, dates du dossier) ;
- garde52, écrit pendant la vingt-quatrième session, avant le cinquantième passage : un nom suivi d'une
  apposition entre virgules (« Tshilanda, la grande sœur, », « Kwabenaz, 8 ans, », « Vuković, l'assistante sociale »),
  en tête de phrase ou non, en minuscules, en capitales, composé, en YAML ; leurs négatifs voisins (lieux, services,
  jours, fêtes, jeux, plats, médicaments suivis d'une apposition) ;
- garde53, écrit pendant la vingt-quatrième session, avant le cinquante et unième passage : un nom après « à » et un
  verbe qui s'adresse à quelqu'un (« proposer à Tafsut », « rappeler à KOCABIYIK Emre », « dire à mbelenga »), le verbe
  loin ou sur la ligne d'avant ; leurs négatifs voisins (les mêmes verbes suivis d'un lieu, d'un service, d'une chose) ;
- garde54, écrit pendant la vingt-quatrième session, avant le cinquante-deuxième passage : un nom de famille seul en
  capitales (« NDOKWE »), après une préposition, devant un lien ou une parenthèse, sujet ou complément, en liste, en
  tableau, en YAML ; leurs négatifs voisins (sigles et organismes, mots ordinaires et lieux en capitales) ;
- garde55, écrit pendant la vingt-quatrième session, avant le cinquante-troisième passage : un nom suivi d'une
  parenthèse qui dit son rôle, son métier, son lien ou son âge (« Kwabenaz (éducateur du foyer) a appelé »), en tête
  de phrase, au milieu, en minuscules, en YAML ou en tableau ; leurs négatifs voisins (services, lieux, mots, plats,
  médicaments devant une telle parenthèse) ;
- garde56, écrit pendant la vingt-quatrième session, avant le cinquante-quatrième passage : noms vietnamiens complets
  (« Lê Văn Nam », « DO Thi Hoa »), en tête de phrase, au milieu, sans diacritiques, en capitales, en minuscules, en
  YAML ou en tableau ; leurs négatifs voisins (« le van », « Do » la note, lieux, plats, fêtes et marques du Viêt Nam) ;
- garde57, écrit pendant la vingt-quatrième session, avant le cinquante-cinquième passage : un nom de famille en
  capitales après « de » et ce qu'une personne vit, dit ou a (« l'audition de HAJDARIU », « la chambre de
  KABONGELE »), en YAML ou en tableau ; leurs négatifs voisins (organismes, lieux, mots en capitales après « de »).
- garde58, écrit pendant la vingt-cinquième session, avant le cinquante-sixième passage : un nom de famille de deux
  lettres (« la juge Ng », « Ba, le père, », « rdv avec Sy ») après une fonction, devant une apposition, après une
  préposition, avec un prénom ; leurs négatifs voisins (mots, abréviations, sigles de deux lettres aux mêmes places).
- garde59, écrit pendant la vingt-cinquième session, avant le cinquante-septième passage : des identifiants et des
  noms déguisés par ce que le rendu ne montre pas (entités HTML, emphase Markdown, caractères invisibles, balises en
  ligne) ; leurs négatifs voisins (textes et nombres ordinaires portant les mêmes marques).
- garde60, écrit pendant la vingt-cinquième session, avant le cinquante-huitième passage : des noms et des
  identifiants en lettres et chiffres stylisés (gras ou italique mathématiques, double barre, entourés) ; leurs
  négatifs voisins (titres, listes numérotées, formules, sigles stylisés).
- garde61, écrit pendant la vingt-sixième session, avant le cinquante-neuvième passage : un nom rare juste après
  « de », là où le mot d'avant dit ce que la personne a, vit ou fait (« le vélo de … », « on parle de … »), en
  minuscules, en capitales, en YAML, en tableau ; leurs négatifs voisins (petits lieux, maladies, tests, marques, jeux,
  plats, organismes, fêtes, langues après « de »).
- garde62, écrit pendant la vingt-sixième session, avant le soixantième passage : des identifiants et des noms dans la
  valeur d'une clé YAML répétée (la seconde ou la première ; pliée, échappée, imbriquée), signalés sur la ligne où ils
  sont écrits ; leurs négatifs voisins (clés répétées aux valeurs ordinaires).
- garde63, écrit pendant la vingt-sixième session, avant le soixante et unième passage : un nom rare juste après « à »,
  là où ce qui précède dit ce qu'on fait, ressent ou doit envers une personne (« il s'en prend à … », « elle fait
  confiance à … », « attentif à … ») ; leurs négatifs voisins (petits lieux et choses nommées après « à »).
- garde64, écrit pendant la vingt-sixième session, avant le soixante-deuxième passage : un nom écrit tout en minuscules
  juste après « de » (ce que la personne a) ou « à » (ce qu'on fait envers elle) ; leurs négatifs voisins (mots,
  lieux, choses et fautes de frappe en minuscules aux mêmes places).
- garde65, écrit pendant la vingt-septième session, avant le soixante-troisième passage : un nom rare juste après « à »,
  un complément entre le verbe et lui (« il a volé de l'argent à … », « elle a confié son secret à … ») ; leurs
  négatifs voisins (lieux, services et choses après les mêmes verbes et compléments).
- garde66, écrit pendant la vingt-septième session, avant le soixante-quatrième passage : un nom de famille seul en
  capitales juste après « de », après ce qui concerne une personne (la situation, le suivi, la demande, l'avis…) ; leurs
  négatifs voisins (organismes, lieux, marques, sigles et mots en capitales aux mêmes places).
- garde67, écrit pendant la vingt-septième session, avant le soixante-cinquième passage : un nom écrit en minuscules
  en apposition après un métier, un rôle ou un lien (« L'accompagnatrice, colombo, signale ») ; leurs négatifs voisins
  (adjectifs, mots du métier, lieux, fautes de frappe et mots de SMS aux mêmes places).
- garde68, écrit pendant la vingt-huitième session, avant le soixante-sixième passage : un nom isolé par une
  ponctuation juste après un rôle ou un lien (« Référente : ndiongue », « le parrain – bogaerdts – », « [éducatrice :
  vandewoestijne] ») ; leurs négatifs voisins (services, lieux, dates, adjectifs, pronoms, argot aux mêmes places).
- garde69, écrit pendant la vingt-huitième session, avant le soixante-septième passage : un nom juste après « de » et ce
  qu'une personne écrit, projette, reçoit ou suit (« le rapport de Mbwakilanga », « le projet de TSHIMANGA », « le
  traitement de kalombo ») ; leurs négatifs voisins (organismes et lieux connus, choses, dates, sigles aux mêmes places).
- garde70, écrit pendant la vingt-huitième session, avant le soixante-huitième passage : un nom en minuscules après ce
  qui annonce un nom (« un certain ouchikhou », « de son vrai nom goossenaerts », « surnommé kasongo », « connu sous le
  nom de … ») ; leurs négatifs voisins (temps, quantités, surnoms qui sont des mots, fautes, argot aux mêmes places).
- garde71, écrit pendant la vingt-huitième session, avant le soixante-neuvième passage : un nom de plusieurs mots tout
  en capitales, après « de » et ce qui concerne une personne, ou après un rôle (« le suivi d'ABDIWELI ODOWAA », « Le
  parrain — DE LA MOTTERIE — ») ; leurs négatifs voisins (organismes, titres, suites de sigles en capitales).
- garde72, écrit pendant la vingt-neuvième session, avant le soixante-dixième passage : un nom tout en capitales qui
  porte une lettre accentuée ou hors de l'ASCII, d'un ou plusieurs mots, à particule (« l'isolement de DU PLESSIÈRE »,
  « Référent de concertation : WARNÉTIAU (SRG) ») ; leurs négatifs voisins (organismes, titres, mots, villes et fêtes en
  capitales accentuées aux mêmes places).
- garde73, écrit pendant la vingt-neuvième session, avant le soixante et onzième passage : un nom tout en capitales
  juste après un lien de famille ou un rôle, apposé, entre parenthèses, crochets ou tirets (« la marraine VAN HAMMEREN »,
  « Le beau-père (VAN HOORDEBEKE) ») ; leurs négatifs voisins (services, mentions et états, codes en capitales aux
  mêmes places).
- garde74, écrit pendant la trentième session, avant le soixante-douzième passage : un nom en minuscules juste devant sa
  fonction entre parenthèses, crochets ou tirets (« greco (conseillère Forem) », « chen (CM) »), dans un récit, une
  valeur YAML, une liste de présences ; leurs négatifs voisins (mots courants, lieux et services, identifiants d'acteur
  aux mêmes places).
- garde75, écrit pendant la trentième session, avant le soixante-treizième passage : un nom seul en tête d'une ligne,
  d'un élément de liste, d'une cellule ou d'une valeur YAML, juste avant sa fonction (« - Tshiamalenga : AS du CPAS »,
  « | Zorbakian | logopède | »), avec sa majuscule ou en minuscules ; leurs négatifs voisins (rubriques, services et
  logiciels, mots rares aux mêmes places).
- garde76, écrit pendant la trentième session, avant le soixante-quatorzième passage : un nom juste après un métier
  « de rue » (« L'éducateur de rue Pirotte Kevin », « la travailleuse de rue Sokhna Ba »), après un signe, en YAML ;
  leurs négatifs voisins (vraies voies et adresses, services et horaires, mots courants à majuscule aux mêmes places).
- garde77, écrit pendant la trentième session, avant le soixante-quinzième passage, tiré des ratés flamands
  d'aveugle-85 : une apposition qualifiée (« geerts, sa meilleure amie, »), « de X, le père », une rubrique prise au
  vol (« Suivi par : goossens »), une clé YAML de personne (« beneficiaire: michiels ») ; leurs négatifs voisins
  (lieux, services et organismes, mots courants aux mêmes places).
- garde78, écrit pendant la trentième session, avant le soixante-seizième passage, tiré des faux positifs d'aveugle-85 :
  des numéros de facture, de client, de compteur, de contrat, de dossier, et de vrais téléphones à côté d'eux.
- garde79, écrit pendant la trente et unième session, avant le soixante-dix-septième passage : un nom après « de »
  devant un lien apposé (« le compte de Bram, le père », « la chambre de rose, la petite sœur »), avec sa majuscule ou
  en minuscules, et un nom apposé entre deux virgules après un rôle (« Le travailleur de rue, Théodule, ») ; leurs
  négatifs voisins (lieux, banques, fêtes, mots courants et adjectifs aux mêmes places).
- garde80, écrit pendant la trente et unième session, avant le soixante-dix-huitième passage, tiré des ratés
  d'aveugle-85 et d'aveugle-86 : une date de naissance derrière une rubrique qui dit où la reporter (« Date de naissance
  du jeune à indiquer sur la demande d'intervention : … »), en récit, en liste, en tableau, en YAML, coupée ; leurs
  négatifs voisins (la date d'envoi, de dépôt, de rendez-vous d'un acte de naissance, des échéances de suivi).
- garde81, écrit pendant la trente et unième session, avant le soixante-dix-neuvième passage, tiré d'un raté
  d'aveugle-86 : un nom dans une liste YAML de personnes qu'une casemanager écrit hors du modèle (« excuses: »,
  « presents_famille: », « invités: »), seul, avec son rôle, en minuscules ou en capitales ; leurs négatifs voisins
  (identifiants et rôles, services, lieux et marques, autres listes de choses à majuscule).
- garde82, écrit pendant la trente et unième session, avant le quatre-vingtième passage, tiré d'un raté d'aveugle-86 :
  un prénom qui est aussi une ville ou un mot, sujet de « pouvoir » ou « devoir » suivi d'un infinitif (« Sofia n'a
  pas pu venir ») ; leurs négatifs voisins (des villes et des institutions sujets des mêmes verbes, ces villes ailleurs).
- garde83, écrit pendant la trente et unième session, avant le quatre-vingt-unième passage, tiré des ratés
  d'aveugle-87 : un nom en minuscules après un paiement, un devis ou une facture, sujet d'un verbe de financement ;
  leurs négatifs voisins (organismes, magasins, mots du financement aux mêmes places).
- garde84, écrit pendant la trente et unième session, avant le quatre-vingt-deuxième passage, tiré des ratés
  d'aveugle-87 : des adresses du Luxembourg (le numéro devant la rue, le code postal à « L- ») et des pays voisins ;
  leurs négatifs voisins (lieux et services, codes et numéros qui ressemblent à un code postal).
- garde85, écrit pendant la trente-deuxième session, avant le quatre-vingt-troisième passage, tiré des ratés
  d'aveugle-86 et d'aveugle-87 (« JUN ĐỖ », « contact: VÕ ») : des noms en capitales dans une phrase, après une clé ou
  dans une liste, dans une ligne toute en capitales ; leurs négatifs voisins (sigles et services, lignes en capitales
  sans personne).
- garde86, écrit pendant la trente-deuxième session, avant le quatre-vingt-quatrième passage : des personnes sous une
  clé YAML écrite à la main (en capitales, au singulier, composée, en minuscules) ; leurs négatifs voisins (rôles et
  services sous les mêmes clés, clés voisines qui ne portent pas de personnes).
- garde87, écrit pendant la trente-deuxième session, avant le quatre-vingt-cinquième passage, tiré des ratés
  d'aveugle-88 : qui envoie un message, un appel, un SMS, à qui il va, qui parle dans un en-tête ou une ligne de
  messagerie (prénoms homonymes d'un mot, minuscules) ; leurs négatifs voisins (services, outils, mots après un
  message).
- garde88, écrit pendant la trente-deuxième session, avant le quatre-vingt-sixième passage, tiré des faux positifs
  d'aveugle-89 : des personnes dans les bilans de soin, dont celles qui portent le nom d'un auteur de test ; leurs
  négatifs voisins (tests, échelles et signes éponymes, sigles de tests, matériel et dates).
- garde89, écrit pendant la trente-deuxième session, avant le quatre-vingt-septième passage, tiré d'un raté
  d'aveugle-89 : qui examine, évalue, observe ou supervise dans un bilan, en clé, avec son rôle, en liste ; leurs
  négatifs voisins (rôles et services sous les mêmes clés, clés voisines qui ne portent pas de personnes).
- garde90, écrit pendant la trente-troisième session, avant le quatre-vingt-huitième passage, tiré des ratés connus de
  garde87 (« Cc : rose », « appelant: patience ») : qui écrit, reçoit ou appelle dans une ligne d'export de messagerie,
  un champ d'en-tête, un journal d'appels (prénoms portés qui sont des mots, minuscules) ; leurs négatifs voisins
  (services, applications, rôles aux mêmes places, lignes d'export sans personne).
- garde91, écrit pendant la trente-troisième session, avant le quatre-vingt-neuvième passage, tiré des faux positifs
  d'aveugle-90 : des jours de la semaine abrégés dans un agenda (avec une date ou une heure, seuls, en liste) ; des
  prénoms courts qui s'écrivent comme eux ou leur ressemblent, des noms dans une ligne d'agenda.
- garde92, écrit pendant la trente-troisième session, avant le quatre-vingt-dixième passage, tiré des ratés
  d'aveugle-90 (« Guled (formateur IFAPME) », « Cheikh, formateur IFAPME, ») : un nom suivi de sa fonction entre
  parenthèses ou entre virgules, en tête ou au milieu d'une phrase ; leurs négatifs voisins (mots, services, lieux et
  activités suivis d'une fonction).
- garde93, écrit pendant la trente-troisième session, avant le quatre-vingt-onzième passage, tiré des faux positifs
  d'aveugle-91 : des phrases en allemand, en anglais, en espagnol et en néerlandais sans personne, des personnes
  nommées dans ces phrases, des noms qui sont aussi des mots de ces langues.
- garde94, écrit pendant la trente-quatrième session, avant le quatre-vingt-douzième passage, par une autre aide, sur
  la même famille : surtout l'allemand (noms communs, composés, titres, rubriques) et des noms de famille qui sont des
  mots allemands, anglais, espagnols ou néerlandais.
- garde95, écrit pendant la trente-quatrième session, avant le quatre-vingt-treizième passage, tiré des faux positifs
  d'aveugle-92 : les produits et les marques d'un tout-petit, les doudous, les animaux, les personnages, les crèches ;
  des personnes nommées à côté d'eux ou qui en portent le nom.
- garde96, écrit pendant la trente-cinquième session, avant le quatre-vingt-quatorzième passage, tiré des ratés
  d'aveugle-91 : des phrases en allemand, en anglais, en espagnol et en néerlandais qu'un nom ouvre, où il se trouve,
  ou qui commencent par un mot à majuscule qui n'est pas une personne ; des noms dans des phrases françaises qui citent
  ces langues.
- garde97, écrit pendant la trente-cinquième session, avant le quatre-vingt-quinzième passage, tiré des faux positifs
  d'aveugle-93 : des personnages, textes et prières religieux, des lieux de culte et des fêtes ; des défunts, des
  proches, des ministres du culte nommés, des personnes qui portent le prénom d'une figure religieuse.
- garde98, écrit pendant la trente-sixième session, avant le quatre-vingt-seizième passage, tiré des restes des
  passages 94 et 95 : des noms au possessif ou au génitif, dans une valeur entre guillemets, en tête d'un élément de
  liste, dans des lignes en anglais, en allemand, en espagnol ou en néerlandais ; des institutions, matières, titres,
  villes, pays et langues de ces langues.
- garde99, écrit pendant la trente-sixième session, avant le quatre-vingt-dix-septième passage, tiré des faux positifs
  d'aveugle-94 : des animaux nommés, des personnages, des jeux, des séries, des clubs et des lieux de sortie ; des amis
  nommés à côté d'eux ou qui en portent le nom.
- garde100, écrit pendant la trente-septième session, avant le quatre-vingt-dix-huitième passage, tiré des ratés connus
  d'aveugle-94 et de garde99 : un prénom suivi d'une apposition ou d'une reprise qui dit un proche, sujet d'une phrase
  qui dit un lien, sous une rubrique de proche, dans une phrase d'une autre langue ; les mêmes formes sans personne.
- garde101, écrit pendant la trente-huitième session, avant le centième passage, tiré des noms en minuscules
  d'aveugle-96 : un nom tout en minuscules sujet après « que » ou après un complément, apposé à une fonction, juste
  après une fonction ; les mêmes formes sans personne.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from filrouge.anonymat.trouvaille import REGLES

Cas = dict[str, str | None]


def charger(nom: str) -> list[Cas]:
    """Les cas de `cas/NOM.jsonl`, dans l'ordre."""
    chemin = Path(__file__).parent / "cas" / f"{nom}.jsonl"
    return [json.loads(ligne) for ligne in chemin.read_text(encoding="utf-8").splitlines()]


REGLES_D_UN_POSITIF = REGLES
"""Ce qu'un cas positif attend sur sa ligne : un nom ou une adresse (garde36 à 50), une date de naissance (garde51), un
identifiant de toute sorte (garde59 : téléphones, adresses électroniques, NISS, IBAN, plaques déguisés par des marques)."""


def juste(cas: Cas) -> bool:
    """Un positif : un constat d'une règle d'anonymat sur une ligne de l'attendu (un nom, une adresse, une date de
    naissance, un identifiant : `REGLES_D_UN_POSITIF`) ; un négatif : aucun constat."""
    texte = str(cas["texte"])
    fichier = "dossiers/2019-003/concertations/note." + ("yaml" if cas["support"] == "yaml" else "md")
    constats = analyser_texte(texte, fichier, ContexteAnonymat())[0]
    if cas["attendu"] is None:
        return not constats
    debut = texte.index(str(cas["attendu"]))
    premiere, derniere = texte.count("\n", 0, debut) + 1, texte.count("\n", 0, debut + len(str(cas["attendu"]))) + 1
    return any(premiere <= c.ligne <= derniere and c.regle in REGLES_D_UN_POSITIF for c in constats)


RATES_CONNUS: dict[str, dict[str, str]] = {
    "garde36": {
        "cas36-026": "rue en minuscules sans localité (« zuidstraat no 15. »)",
        "cas36-113": "« maître » en minuscules sous une rubrique (« - huissier : maître nuyts »)",
        "cas36-124": "prénom homonyme d'un mot anglais entre parenthèses (« (Joke) »)",
        "cas36-184": "« rue de la Senne » : « Senne » lu comme un nom",
        "cas36-187": "« rue de Linthout » : « Linthout » lu comme un nom",
        "cas36-231": "« proprietaire: Woonhaven Antwerpen » : une société de logement inconnue des listes",
    },
    "garde37": {
        "cas37-001": "« myopathie de Duchenne chez un oncle » : seuls un point ou un état du diagnostic suivent la maladie",
        "cas37-012": "« sydrome de Prader-Willi » : une faute sur le mot de la maladie",
        "cas37-015": "« syndrome de Cornelia de Lange (forme légère) » : « (forme …) » ne suit pas la maladie",
        "cas37-016": "« séquence de Pierre Robin » : un prénom et un nom courants, hors de la liste des éponymes",
        "cas37-022": "« MALADIE DE STEINERT » : « maladie de » peut être celle d'une personne",
        "cas37-025": "« Maldie de Kawasaki » : une faute sur le mot de la maladie",
        "cas37-026": "« Thyroïdite de Hashimoto découverte » : « découverte » ne suit pas la maladie (l'attaque-63)",
        "cas37-027": "« mal. de », « syndr. de » : des abréviations du mot de la maladie",
        "cas37-039": "« tets de Corsi » : un test mal écrit",
        "cas37-062": "« lieu_de_vie: SRJ Le Chardon » : la valeur d'une clé YAML, lue par un autre chemin",
        "cas37-073": "« chez de Hemptinne » : une localité belge après la particule (l'attaque-63 : « chez De Pinte »)",
        "cas37-077": "« pedopsychiatre: de Limelette » : particule en minuscules et localité, en valeur de clé",
        "cas37-079": "« avec Della Vecchia » : « Vecchia » est un mot pour le lexique",
        "cas37-082": "« par ter Haar » : « Haar » est un mot pour le lexique",
        "cas37-084": "« DE LA VALLÉE » : en capitales, en valeur de clé",
        "cas37-085": "« chez van ypersele » : tout en minuscules",
        "cas37-092": "« chez Le Moine de Hautfort » : « Moine » est un mot courant",
        "cas37-099": "« par de la Croix » : « Croix » est un mot courant",
        "cas37-128": "« , KIM, » : trois capitales, lues comme un sigle",
        "cas37-165": "« , SATURÉ, » : un mot en capitales lu comme un nom entre virgules",
        "cas37-170": "« Répit : K Ng » : une initiale sans point et un nom de deux lettres",
        "cas37-178": "« Éducatrice de référence : Mei » : « mei » est aussi le mois de mai en néerlandais",
        "cas37-180": "« Suivi individuel : J Wu » : une initiale sans point et un nom de deux lettres",
        "cas37-196": "« contact: L Ho » : une initiale sans point et un nom de deux lettres",
    },
    "garde38": {
        "cas38-106": "« juge - van der elst » : « elst », quatre lettres hors des listes, n'est pas retenu",
        "cas38-165": "« Le tuteur, nommé récemment, » : « nommé » lu comme l'appellation qui annonce un nom",
    },
    "garde39": {
        # la relecture du trente-neuvième passage : un produit de santé ne suffit plus à faire une marque d'un mot hors
        # des listes (« les lunettes Kamanzi sont cassées ») ; la marque doit être listée, et en tête de phrase le produit
        # à majuscule fait avec elle une suite de deux mots lue comme un nom
        "cas39-094": "« Crème Lipikar » en tête de phrase : deux mots à majuscule",
        "cas39-097": "« Lentilles Acuvue » en tête de phrase : deux mots à majuscule",
        "cas39-101": "« Dentifrice Elmex » en tête de phrase : deux mots à majuscule",
        "cas39-105": "« chez Krys » : un prénom des listes, laissé signalé (« Elle dort chez Krys »)",
        "cas39-109": "« Compléments Pediakid » en tête de phrase : deux mots à majuscule",
        "cas39-119": "« pharmacie_habituelle: Familia » : un nom des listes, laissé signalé",
        "cas39-118": "« - Bion 3 » : une marque hors des listes, seule dans un élément de liste, devant un nombre",
        "cas39-160": "« Relais vers Vandenbroucke » : « vers » annonce un lieu",
        "cas39-178": "« reprise_du_suivi: Constantinescu » : un nom seul sous une clé qui ne dit pas une personne",
        "cas39-198": "« Les crises de Léonide » : un prénom que le lexique connaît et que les listes n'ont pas",
    },
    "garde40": {
        "cas40-137": "« l'avocat me di gregorio » : « me » (maître) en minuscules est lu comme le pronom",
        "cas40-150": "« dr mac lean » : « mac » détaché n'est pas une particule (« Mac » s'écrit collé ou en capitale)",
        "cas40-139": "« m. du bois » : « bois » est un mot courant ; seul le nom collé (« Dubois ») est listé",
        "cas40-151": "« rue de la Station 12 » : une adresse avec numéro est signalée, même celle d'un service (choix)",
        "cas40-163": "« La famille habite chaussée de Louvain » : la voie où une famille habite est signalée (choix)",
        "cas40-171": "« lieu: rue de la Station 12, 5000 Namur » : une adresse est signalée hors de l'annuaire (choix)",
        "cas40-174": "« adresse: avenue Van Volxem 210 » : une adresse est signalée hors de l'annuaire (choix)",
    },
    "garde41": {
        "cas41-001": "« Fall Mame (mère) » : « Fall » est un mot anglais, « Mame » une grand-mère (wolof) pour la garde",
        "cas41-031": "« Mame est arrivée » : « mame » désigne aussi la grand-mère (un proche, pas un nom)",
        "cas41-050": "« Ce que Kiné demande » : « kiné » est le kinésithérapeute",
        "cas41-096": "« pape malade » : « pape » est un mot courant, en minuscules en tête de ligne",
        "cas41-101": "« pr ousmane : » : « pr » (pour) n'annonce pas une personne",
        "cas41-106": "« cm + seydou au parc » : le signe « + » n'annonce pas une personne",
        "cas41-111": "« presents: - awa fall » : « fall », mot anglais, n'est pas dans les listes de noms",
        "cas41-114": "« absente: nabou » : sous une clé d'identifiant d'acteur, seul un prénom des listes est un nom",
        "cas41-120": "« cheikh plus calme » : « cheikh » est un mot du lexique, en minuscules en tête de ligne",
    },
    "garde42": {
        "cas42-050": "« Monsieur l'Agent de quartier Vanbelle » : une fonction de plusieurs mots avant le nom",
        "cas42-080": "« le Nutritionniste Bouhaddioui-Ferrat » : un nom composé dont un morceau est un mot connu",
        "cas42-092": "« ndèye sy a appelé » : un nom de deux lettres en minuscules, sujet en tête de ligne",
        "cas42-114": "« absents: - cheikh ka » : « cheikh », mot du lexique, en minuscules dans une liste",
        "cas42-118": "« avec_qui: - mame fall » : « fall », mot anglais, hors des listes de noms",
        "cas42-187": "« Voir dia 6 » : « Dia », nom des listes, en minuscules devant un nombre",
        "cas42-192": "« the fall guy » : « fall » après « the », lu comme un nom",
        "cas42-205": "« les dias de la présentation » : « dias », nom des listes, en minuscules",
    },
    "garde43": {
        "cas43-069": "« Monsieur le Substitut du Procureur du Roi Claessens » : plus de mots que `MOTS_MAX` dans la chaîne",
        "cas43-075": "« Monsieur le Logopède Agréé INAMI Rahimi » : deux qualificatifs, un mot et un sigle, avant le nom",
        "cas43-076": "« Madame la Directrice d'École Fondamentale Dewulf » : « d' » ne lie pas une suite de majuscules",
        "cas43-083": "« Monsieur le Conseiller Principal SAJ Gillard » : « SAJ » est aussi une ville du monde des listes",
        "cas43-086": "« Monsieur l'Éducateur de Rue Référent Kouyaté » : « Rue », qu'une particule relie, arrête la lecture",
        "cas43-098": "« chez le pédopsy bourguignon » : sans civilité, et « bourguignon » est un mot",
        "cas43-113": "« prévenir la juge de la jeunesse deprez » : une fonction sans civilité devant un nom en minuscules",
        "cas43-115": "« mme la psychologue scolaire tamouh » : un nom en minuscules hors des listes (une faute de frappe y "
                     "ressemble, l'attaque-73)",
    },
    "garde44": {
        "cas44-099": "« L'institutrice Claire Federer » : « federer » est « fédérer » sans accents, un mot du dictionnaire",
        "cas44-104": "« le directeur Olivier Mandela » : sans civilité, un nom hors des listes qui est une ville du monde",
        "cas44-118": "« la directrice Grâce Magritte » : sans civilité, un nom hors des listes après le prénom-mot n'est pas "
                     "lu (« l'entraîneur Real Madrid », l'attaque-74)",
        "cas44-157": "« du vélo comme Merckx » : un nom des listes après « comme », laissé signalé",
        "cas44-164": "« maison de quartier Rose des Vents » : un prénom des listes devant une particule, laissé signalé",
        "cas44-167": "« avenue Victoire, près de l'arrêt » : une rue sans numéro, que la garde signale exprès",
        "cas44-176": "« le documentaire sur Senna » : un nom des listes après « sur », laissé signalé",
        "cas44-178": "« Square Ambiorix, à deux pas du SSM » : deux mots hors des listes en tête de phrase, « Ambiorix » inconnu du lexique",
    },
    "garde45": {
        "cas45-025": "« Laurier De Bruyne, kiné » : « Laurier » n'est pas un prénom des listes et « De Bruyne » est écarté "
                     "comme le nom d'une personnalité",
        "cas45-030": "« Innocent Le Grand » : « Grand », un mot du dictionnaire, après un prénom qui en est un aussi (comme "
                     "« Rose Des Champs », l'attaque-75)",
        "cas45-071": "« DOS SANTOS Fidèle : » : le nom d'abord, en capitales, puis un prénom qui est aussi un mot",
        "cas45-074": "« Appel de DE GROOTE Marin » : le nom d'abord, en capitales, puis un prénom qui est aussi un mot",
        "cas45-079": "« arjun le blond passera » : un nom à particule tout en minuscules",
        "cas45-081": "« fleur van de kerckhove : » : un prénom-mot et un nom à particule tout en minuscules",
        "cas45-118": "« Dal Santo : » : « dal » n'est pas une particule des listes",
        "cas45-120": "« De Wit était présent » : « Wit » est un mot néerlandais, en tête de phrase après « De »",
        "cas45-125": "« à la Fleur de Sel » : un prénom-mot après un article, signalé par la couche des mots inconnus (antérieur)",
        "cas45-126": "« à l'Olivier du Liban » : un prénom-mot après un article élidé, signalé (antérieur)",
        "cas45-129": "« home Aurore de Namur » : un prénom-mot après la tête d'un lieu, signalé (antérieur)",
        "cas45-131": "« à la Joie de Vivre » : un prénom-mot après un article, signalé (antérieur)",
        "cas45-134": "« une Fleur de Lys » : un prénom-mot après un article, signalé (antérieur)",
        "cas45-137": "« un Olivier de Bohême » : un prénom-mot après un article, signalé (antérieur)",
        "cas45-143": "« une Rose de Jéricho » : un prénom-mot après un article, signalé (antérieur)",
        "cas45-146": "« gîte Aurore des⏎Bois » : un prénom-mot en fin de ligne, signalé (antérieur)",
    },
    "garde46": {
        "cas46-002": "« chez mei » : un prénom court en minuscules, homonyme d'un mot (« mei », mai en néerlandais)",
        "cas46-005": "« de tran van duc » : « van » lu comme une particule, « duc » comme un mot",
        "cas46-009": "« avec park ji-woo » : « park », un mot anglais, devant un prénom composé en minuscules",
        "cas46-022": "« à bo-ra lee » : un prénom et un nom courts d'Asie en minuscules, que les listes tiennent pour ambigus (aussi des mots d'une autre langue)",
        "cas46-032": "« | Xu Mei | cousine | » : deux mots courts seuls dans une cellule de tableau",
        "cas46-043": "« | bich ngoc | » : un prénom en minuscules seul dans une cellule de tableau",
        "cas46-054": "« | Li | cousin | » : « Li », aussi le lithium des notes de psychiatrie, n'est pas dans les listes",
        "cas46-066": "« Ravi est la personne » : en tête de phrase, un prénom qui est un mot français",
        "cas46-071": "« Tam sera présente » : en tête de phrase, un prénom court ambigu",
        "cas46-077": "« demander à Mai si » : un prénom qui est un mois",
        "cas46-094": "« mineur: li yan » : un prénom et un nom courts en minuscules après une rubrique",
        "cas46-130": "« La Kia du voisin » : une marque que les listes tiennent pour un prénom",
        "cas46-133": "« Pho le midi » : un plat en tête de phrase, un nom des listes",
        "cas46-137": "« un jean Lee » : une marque, un nom des listes",
        "cas46-143": "« Dim sum au restaurant » : un plat en tête de phrase",
        "cas46-145": "« Bao au porc » : un plat en tête de phrase, un nom des listes",
        "cas46-147": "« Mah-jong avec la grand-mère » : un jeu en tête de phrase",
        "cas46-166": "« | Kia | voiture du voisin | » : une marque seule dans une cellule de tableau",
        "cas46-176": "« | Bangkok | mariage familial | » : une ville dans un tableau sous une clé YAML",
    },
    "garde47": {
        "cas47-007": "« signée par li chen » : « li », aussi le lithium des notes de psychiatrie, n'est pas dans les listes",
        "cas47-030": "« d'après lan vu » : « vu », un mot du français, ne compte pas pour un nom en minuscules",
        "cas47-046": "« | Conducteur | » au-dessus de « Saïd » : un titre de colonne qui n'annonce pas un nom",
        "cas47-115": "« Noor, la concertation… » : un prénom homonyme d'un mot en tête de phrase, devant une virgule",
        "cas47-153": "« | Go | », « | Uno | », « | Lego | » : des jeux dans un tableau (faux positif antérieur)",
        "cas47-155": "« Tai-chi le jeudi » : une activité en tête de phrase (faux positif antérieur)",
        "cas47-156": "« Pho au dîner » : un plat en tête de phrase (faux positif antérieur)",
        "cas47-158": "« Kia en panne » : une marque en tête de phrase (faux positif antérieur)",
        "cas47-159": "« Judo », « Zumba » : des activités (faux positif antérieur)",
        "cas47-165": "« Uno et Go joués » : des jeux en tête de phrase (faux positif antérieur)",
        "cas47-176": "« Dim sum au repas » : un plat en tête de phrase (faux positif antérieur)",
        "cas47-179": "« Pho, Kebab ou Pizza » : des plats (faux positif antérieur)",
        "cas47-180": "« Tai-chi annulé, Wi-Fi rétabli ; Kia réparée » : une activité, une marque (faux positif antérieur)",
    },
    "garde48": {
        "cas48-005": "« réponse de ravi park » : « ravi », un mot du français",
        "cas48-018": "« mail de duc choi » : « duc », un mot du français",
        "cas48-034": "« sur conseil de duc chen » : « duc », un mot du français",
        "cas48-043": "« Passage de khanh⏎zhou » : « passage de » n'est plus une tournure de personne (l'attaque-78 : « passage de nha trang à hô chi minh »)",
        "cas48-055": "« la venue de anh liu » : « venue de » n'est plus une tournure de personne (l'attaque-78 : « venue de nha trang »)",
        "cas48-071": "« Recontacté hana park » : « park » n'est pas un nom des listes en minuscules",
        "cas48-080": "« envoyé à ravi⏎lam » : un mot du français, puis une coupure de ligne",
        "cas48-084": "« Averti hai wu » : « wu » hors des listes (retiré après l'attaque-77)",
        "cas48-091": "« téléphoner à lien janssens » : « lien », un mot du français",
        "cas48-103": "« transmettre à duc nguyen » : « duc », un mot du français",
        "cas48-129": "« nouvelles de hong kong » : lu comme ce qui appartient à une personne (faux positif antérieur)",
        "cas48-152": "« Retour de ping pong » : lu comme ce qui appartient à une personne (faux positif antérieur)",
        "cas48-157": "« pad thai et dim sum » : un plat en minuscules (faux positif antérieur)",
        "cas48-161": "« no pasa nada » : de l'espagnol (faux positif antérieur)",
        "cas48-173": "« retour de ping pong » en YAML (faux positif antérieur)",
    },
    "garde49": {
        "cas49-037": "« WANG Li » : « Li », le lithium, n'est pas un nom court (l'attaque-77)",
        "cas49-055": "« GO Ronaldo » : « GO » en capitales, un mot anglais",
        "cas49-036": "« LU Na présente » : « Na », le sodium, n'est pas un nom court",
        "cas49-062": "« Accord de Lu Na » : « Na », le sodium, n'est pas un nom court",
        "cas49-077": "« Ma Jun a expliqué » : « Ma », un déterminant en tête de phrase",
        "cas49-083": "« vient de Su Mei » : « Su », un mot du français",
        "cas49-119": "« Somchai Na Ranong » : « Na », le sodium, n'est pas un nom court",
        "cas49-129": "« Hô Chi Minh-Ville » : une ville au nom d'une personne (faux positif antérieur)",
        "cas49-130": "« à Hà Nội » : deux mots hors des listes après « à » (faux positif antérieur)",
        "cas49-143": "« la baie d'Hạ Long » : deux mots hors des listes (faux positif antérieur)",
        "cas49-155": "« Dim sum (tante) » : un plat devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-156": "« Tai Chi (grand-mère) » : une gymnastique devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-158": "« Mah-jong (grand-père) » : un jeu devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-162": "« du Phở (oncle) » : un plat devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-165": "« Hà Nội (grand-père) » : une ville devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-166": "« Kimchi (mère) » : un plat devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-172": "« K-pop (sœur) » : une musique devant un lien entre parenthèses (faux positif antérieur)",
        "cas49-178": "« Qi Gong (grand-mère) » : une gymnastique devant un lien entre parenthèses (faux positif antérieur)",
    },
    "garde50": {
        "cas50-009": "« Mme LI » : « Li », le lithium, n'est pas un nom court",
        "cas50-010": "« Monsieur WU Jun » : « Wu » n'est pas un nom court (l'attaque-77 : « Hu hu hu », « Wu Assassins »)",
        "cas50-017": "« Mme EID » : trois capitales hors des listes",
        "cas50-020": "« M. DO » : « Do », un mot (la note de musique), n'est pas un nom court",
        "cas50-021": "« Madame VO Linh » : « Vo » n'est pas un nom court",
        "cas50-023": "« Mme OH » : « Oh », une interjection, n'est pas un nom court",
        "cas50-025": "« Mme MA Lan » : « Ma », un déterminant, n'est pas un nom court",
        "cas50-028": "« Madame KO » : « Ko » n'est pas un nom court",
        "cas50-033": "« LU Mei » : « Mei », un mot pour le lexique (« mei », mai en néerlandais), ne compte pas pour l'autre nom de la suite",
        "cas50-053": "« EID Samira » en tête de ligne : trois capitales hors des listes, prénom homonyme",
        "cas50-058": "« MA Jun, le père » : « Ma » n'est pas un nom court",
        "cas50-059": "« OH Min-ji » : « Oh » n'est pas un nom court",
        "cas50-063": "« Mei XU, interprète » : « Mei », un mot pour le lexique, ne compte pas pour l'autre nom de la suite",
        "cas50-069": "« Lan LU » : « LU » en capitales n'est pas lu comme un nom (la marque, « LU ET APPROUVÉ », l'attaque-80)",
        "cas50-070": "« Wei WU » : « Wu » n'est pas un nom court",
        "cas50-084": "« Grace TAN » : « Grace », homonyme d'un mot, ne compte pas pour l'autre nom de la suite",
        "cas50-098": "« Appeler Wei LU (tante) » : « LU » en capitales n'est pas lu comme un nom (l'attaque-80)",
        "cas50-100": "« avec Mme LI, la voisine » : « Li » n'est pas un nom court",
        "cas50-103": "« chez Mme VO » : « Vo » n'est pas un nom court",
        "cas50-133": "« plaque 1-KAH-482 » : « KAH » lu comme un nom (faux positif antérieur)",
        "cas50-134": "« immatriculé 2-SOW-119 » : « SOW » lu comme un nom (faux positif antérieur)",
    },
    "garde51": {
        "cas51-067": "une phrase longue : plus de 40 caractères entre l'indice de naissance et la date",
        "cas51-071": "une phrase longue : plus de 40 caractères entre l'indice de naissance et la date",
        "cas51-072": "une phrase longue : plus de 40 caractères entre l'indice de naissance et la date",
        "cas51-091": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-093": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-095": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-096": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-097": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-098": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-102": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-103": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-104": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-105": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-107": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-109": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-111": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-112": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-113": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-115": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-116": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-118": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-119": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-120": "une longue incise entre « né(e) », « accouché », « DDN », « naiss. » et la date, ou une naissance à venir signalée",
        "cas51-135": "une démarche sur l'acte, la déclaration ou la prime de naissance, lue comme une naissance (faux positif antérieur)",
        "cas51-149": "une démarche sur l'acte, la déclaration ou la prime de naissance, lue comme une naissance (faux positif antérieur)",
    },
    "garde52": {
        "cas52-024": "« Aurèle » : un prénom que les listes n'ont pas et que wordfreq connaît, en tête de valeur",
        "cas52-077": "une apposition qui décrit un état (« calme mais méfiante ») : ni lien, ni rôle, ni âge",
        "cas52-111": "un nom en minuscules suivi d'un état (« enceinte de 7 mois ») : ni lien, ni rôle, ni âge",
    },
    "garde53": {
        "cas53-013": "« signale à Fraipont » : un nom qui est aussi une localité belge, lue comme un lieu après « à »",
        "cas53-042": "« Recommandé à PHOMMACHANH » : un participe de conseil, lu seulement à l'infinitif et au présent (l'attaque-83)",
        "cas53-050": "« Confié à XHONNEUX » : des capitales après un verbe de message, lues comme un sigle (« Transmis à VIVALIA », la relecture revue53)",
        "cas53-058": "« Signalé à HALLEUX » : un nom des listes en capitales après « à », lu comme un sigle",
        "cas53-085": "« demander à al-Qasimi » : un nom à particule en minuscules après « à »",
        "cas53-112": "le verbe (« Remettre ») à plus de 48 caractères avant « à » : hors de la proposition lue",
        "cas53-114": "un verbe de conseil séparé de « à » par une incise (« rappeler, au plus tard vendredi, à »)",
        "cas53-116": "un verbe de conseil séparé de « à » par une incise (« conseillé, vu la fatigue, à »)",
        "cas53-128": "« demandé à Emirdağ une copie » : une ville peu connue après un verbe de demande (faux positif antérieur)",
        "cas53-136": "« Confier le jeune à Hargeisa » : une ville peu connue après « confier » (faux positif antérieur)",
    },
    "garde54": {
        "cas54-001": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-002": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-003": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-004": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-007": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-008": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-009": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-012": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-016": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-019": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-023": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-024": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-025": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-026": "un nom en capitales après « avec », « chez », « pour »… : un organisme absent des listes y va aussi (l'attaque-84), lu comme un sigle",
        "cas54-033": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-039": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-042": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-043": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-044": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-050": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-052": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-054": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-059": "un nom en capitales devant un rôle, un métier ou une famille d'accueil (ou non ASCII, ou à particule) : un organisme a aussi des rôles (l'attaque-84), lu comme un sigle",
        "cas54-067": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-068": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-069": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-071": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-072": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-073": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-076": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-078": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-081": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-083": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-087": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-088": "un nom en capitales sujet ou complément d'un verbe : un organisme rappelle ou se contacte aussi (l'attaque-84), lu comme un sigle",
        "cas54-093": "un nom en capitales seul dans une liste, une cellule, une signature ou une action : lu comme un sigle",
        "cas54-101": "un nom en capitales seul dans une liste, une cellule, une signature ou une action : lu comme un sigle",
        "cas54-103": "un nom en capitales seul dans une liste, une cellule, une signature ou une action : lu comme un sigle",
        "cas54-109": "un nom en capitales seul dans une liste, une cellule, une signature ou une action : lu comme un sigle",
        "cas54-117": "un nom en capitales seul dans une liste, une cellule, une signature ou une action : lu comme un sigle",
    },
    "garde55": {
        "cas55-019": "un nom inconnu en tête de phrase, de valeur ou de cellule devant un rôle ou un métier entre parenthèses : un médicament, un service, un hôpital y vont aussi (l'attaque-85)",
        "cas55-020": "« Aurèle » : un prénom que les listes n'ont pas et que wordfreq connaît, en tête de phrase",
        "cas55-030": "un nom inconnu en tête de phrase, de valeur ou de cellule devant un rôle ou un métier entre parenthèses : un médicament, un service, un hôpital y vont aussi (l'attaque-85)",
        "cas55-162": "« le mafé (tante) » : un plat en minuscules devant un lien entre parenthèses (faux positif antérieur)",
        "cas55-166": "« Le vélo (beau-père) » : un mot devant un lien entre parenthèses (faux positif antérieur)",
        "cas55-171": "« du börek (voisine) » : un plat en minuscules devant un lien entre parenthèses (faux positif antérieur)",
    },
    "garde56": {
        "cas56-020": "« Mai Xuân Trường » entre astérisques : un nom intercalaire autre que « Văn » ou « Thị », en tête de ligne",
        "cas56-071": "« Binh Le Van (père) » : l'ordre occidental, le nom intercalaire en dernier",
        "cas56-077": "« ho van long » tout en minuscules : seules les majuscules sont lues",
        "cas56-087": "« ta van hung » tout en minuscules : seules les majuscules sont lues",
        "cas56-116": "« le thi sen » tout en minuscules dans une cellule : seules les majuscules sont lues",
        "cas56-132": "« Le Roeulx, Dour et Thieu » : des localités lues comme un nom (faux positif antérieur)",
        "cas56-150": "« jusqu'au centre de Thieu » : une localité lue comme un nom (faux positif antérieur)",
        "cas56-151": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-152": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-156": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-159": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-160": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-164": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-166": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-170": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-175": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-178": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
        "cas56-180": "un lieu, un plat, une fête ou une marque du Viêt Nam lu comme un nom (faux positif antérieur)",
    },
    "garde57": {
        "cas57-042": "« Selon l'avis de DOBRESCU, l'école actuelle … » : « , l'école » après le nom est lu comme une apposition qui dit un organisme (`_LIEU_APRES`)",
        "cas57-077": "« La maison de FASTRÉ » : « maison » devant « de » dit d'ordinaire un lieu ou une institution (« la maison de quartier »)",
        "cas57-122": "« SOLIDARCITÉ » : un organisme en capitales à diacritiques après « de », lu comme un nom (faux positif antérieur)",
        "cas57-124": "« Le suivi de INTERMAIDE » : un organisme en capitales hors des listes, après ce qu'une personne a aussi : lu comme un nom depuis le soixante-quatrième passage (faux positif nouveau, accepté : un partenaire s'inscrit à l'annuaire)",
        "cas57-148": "« SOLIDARCITÉ » : un organisme en capitales à diacritiques après « de », lu comme un nom (faux positif antérieur)",
    },
    "garde58": {
        "cas58-006": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-008": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-011": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-012": "« Ma », « Lu » : des mots du dictionnaire (« Ma mère », lundi, « lu et approuvé »), jamais lus seuls comme des noms",
        "cas58-013": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-019": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-021": "une fonction suivie d'un complément (« de rue », « du réseau », « de police ») ou composée (« sage-femme ») : `_fonction_devant` ne la voit pas",
        "cas58-022": "une fonction suivie d'un complément (« de rue », « du réseau », « de police ») ou composée (« sage-femme ») : `_fonction_devant` ne la voit pas",
        "cas58-024": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-027": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-029": "une fonction suivie d'un complément (« de rue », « du réseau », « de police ») ou composée (« sage-femme ») : `_fonction_devant` ne la voit pas",
        "cas58-030": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-036": "une apposition longue (« interprète mandatée par le CPAS ») qui ne se ferme pas dans la fenêtre de `_apposition_fermee`",
        "cas58-039": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-040": "« Ho », « Oh », « Ha » en tête de phrase devant une virgule : lus comme une interjection (« Oh, le père, n'a rien dit », l'attaque-88)",
        "cas58-041": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-042": "« Ma », « Lu » : des mots du dictionnaire (« Ma mère », lundi, « lu et approuvé »), jamais lus seuls comme des noms",
        "cas58-044": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-048": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-051": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-052": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-055": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-056": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-058": "une apposition longue (« interprète mandatée par le CPAS ») qui ne se ferme pas dans la fenêtre de `_apposition_fermee`",
        "cas58-060": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-063": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-066": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-067": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-069": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-070": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-071": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-072": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-073": "« Ma », « Lu » : des mots du dictionnaire (« Ma mère », lundi, « lu et approuvé »), jamais lus seuls comme des noms",
        "cas58-074": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-075": "« Ma », « Lu » : des mots du dictionnaire (« Ma mère », lundi, « lu et approuvé »), jamais lus seuls comme des noms",
        "cas58-077": "« Ba » après « de » : une année d'études (« année de Ba », revue58), jamais lu comme un nom",
        "cas58-080": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-081": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-082": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-083": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-084": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-085": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-087": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-088": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-089": "un mot de deux lettres hors des noms courts des listes après une préposition (« par Ng », « chez Ko ») : un mot, un sigle ou une chose y vont aussi (« avec IA », « le taux de Li »)",
        "cas58-090": "deux capitales hors des noms courts des listes (« WU », « OH », « VO », « LI ») : lues comme des initiales ou un sigle (« l'éducateur AS », « avec IA »)",
        "cas58-096": "un prénom hors des listes devant un nom court (« Yérim Ly »), ou un nom court devant un prénom composé hors des listes (« Oh Da-som »)",
        "cas58-105": "un prénom hors des listes devant un nom court (« Yérim Ly »), ou un nom court devant un prénom composé hors des listes (« Oh Da-som »)",
    },
    "garde59": {
        "cas59-146": "« SSM `Interm'aide` » : le texte écrit, lu aussi quand des accents graves sont effacés (une plaque entre eux, revue59), y voit un mot inconnu (faux positif antérieur)",
    },
    "garde60": {},
    "garde62": {},
    "garde64": {
        "cas64-009": "« les crises de mastrogiacomo » : devant un mot en minuscules, « crise de » annonce plus souvent un terme de métier ou une faute (« une crise de spasmo », l'attaque-94)",
        "cas64-011": "« Le traitement de habyakare » : devant un mot en minuscules, « traitement de » annonce plus souvent un médicament que le dictionnaire n'a pas (« le traitement de sertaline », l'attaque-94)",
        "cas64-013": "« les notes de ferhaoui » : devant un mot en minuscules, « note de » annonce plus souvent un terme de métier abrégé (« la note de réu », l'attaque-94)",
        "cas64-022": "« Les médicaments de tsegezab » : devant un mot en minuscules, « médicaments de » annonce plus souvent un terme de métier (« les médicaments de subsitution », l'attaque-94)",
        "cas64-055": "« Elle s'oppose à yüceer » : devant un mot en minuscules, « s'opposer à » est suivi plus souvent d'une chose (« s'oppose à réintegration », l'attaque-94)",
        "cas64-074": "« La grand-mère tient à mwambilwa » : devant un mot en minuscules, « tenir à » est suivi plus souvent d'un infinitif mal tapé (« il tient à continer », l'attaque-94)",
        "cas64-079": "« le traitement de ramalingesan » : devant un mot en minuscules, « traitement de » annonce plus souvent un médicament que le dictionnaire n'a pas (l'attaque-94)",
        "cas64-020": "« Le bulletin de rahimyar » : devant un mot en minuscules, « bulletin », « carnet », « bilan » annoncent plus souvent un terme de métier (« le carnet de glycémies », aveugle-69)",
        "cas64-023": "« Le stage de pradeilles » : après « le stage de », une activité plus souvent qu'un nom (« le stage de graff », aveugle-56)",
        "cas64-030": "« les difficultés de lecture d'ekwalanga » : le mot devant « de » (« lecture ») ne dit pas ce qu'a une personne",
        "cas64-053": "« Elle reproche à aït-boukhris » : un nom à trait d'union et tréma en minuscules, que la lecture des minuscules après « à » ne prend pas",
        "cas64-058": "« Il a prêté 50 € à kassabji » : un montant entre le verbe et « à », que ce passage ne lit pas",
        "cas64-150": "« après le retour de kayseri » : « retour de » annonce aussi une personne (`_PERSONNE_DE`) ; une ville en minuscules (faux positif antérieur)",
        "cas64-156": "« Les copains de quatier » : une faute de frappe que le dictionnaire n'a pas, après ce qu'une personne a",
    },
    "garde63": {
        "cas63-022": "« Il se raccroche à Pemba, le seul copain » : « Pemba » est une ville du monde, lue comme un lieu après « à »",
        "cas63-057": "« il a lancé une chaise à Jadinon » : « lancer » se fait aussi en un lieu (« ils ont lancé un potager collectif à Droixhe », l'attaque-95), pas lu",
        "cas63-108": "« Elle en veut à Lo Verso » : un nom en deux mots après « à », que ce passage ne lit pas (un mot seul)",
        "cas63-145": "« Il pense beaucoup à Bunia, où vivent » : « Bunia », un lieu que les listes ont aussi comme nom (faux positif antérieur)",
        "cas63-147": "« retourner à Mazar-i-Sharif » : un lieu que les listes lisent comme un nom (faux positif antérieur)",
    },
    "garde65": {
        "cas65-005": "« offert une partie de ses vêtements à » : « partie » dit aussi un départ (`_SEJOUR_AVANT`), lu comme un voyage (« vendu une partie du bétail à Kalehe », l'attaque-95)",
        "cas65-123": "« sur les kots » : le mot belge (des chambres d'étudiant) que le dictionnaire n'a pas, lu comme une famille après « les » (faux positif antérieur) ; « Kot » est aussi un nom de famille des listes, laissé nom (la relecture revue62)",
        "cas65-020": "« Elle a laissé ses clés à » : « laisser » se fait d'ordinaire en un lieu (« elle a laissé son vélo à Bomel », l'attaque-95), pas lu",
        "cas65-039": "« Elle a avoué le vol à » : « vol » dit aussi un voyage (`_SEJOUR_AVANT` ; « il a raconté son vol de nuit à Kalehe », l'attaque-95)",
        "cas65-049": "« Elle a lu son poème à » : « lire » se fait d'ordinaire en un lieu (« il lit des mangas à Outremeuse », l'attaque-95), pas lu",
        "cas65-072": "« a promis sa place au stage à » : « au » dans la chose dit d'ordinaire un lieu (« emprunté des livres à la bibliothèque à », l'attaque-95)",
        "cas65-080": "« présenter le projet de stage à » : « présenter » se fait d'ordinaire en un lieu (« on a présenté le projet à Droixhe », l'attaque-95), pas lu",
        "cas65-048": "« un courriel d'excuses à Jamagne » : Jamagne est aussi un village belge, lu comme un lieu après « à »",
        "cas65-147": "« envoyer la demande … à Interm'aide » : un organisme hors des listes après un verbe de message (faux positif antérieur)",
        "cas65-179": "« des pâtisseries à Yennayer » : une fête que les listes n'ont pas, après un don (faux positif antérieur)",
    },
    "garde66": {
        "cas66-095": "« L'absence de SOLIDAMIS à la réunion » : un organisme en capitales hors des listes après ce qu'une personne a aussi, lu comme un nom (faux positif accepté : un partenaire s'inscrit à l'annuaire)",
        "cas66-111": "« l'accompagnement de CAP'AVENIR » : un organisme en capitales à apostrophe, lu comme un nom (faux positif accepté)",
        "cas66-149": "« Le dossier de PHÉNIX, projet de … » : « Phénix » est aussi un nom des listes, signalé comme tel (faux positif antérieur)",
    },
    "garde67": {
        "cas67-037": "« Famille d'accueil : poncelette. » : un tiret, deux-points ou des parenthèses autour du nom : seule la virgule ouvre une apposition lue en minuscules",
        "cas67-060": "« la grand-mère paternelle — de la iglesia — » : un tiret, deux-points ou des parenthèses autour du nom : seule la virgule ouvre une apposition lue en minuscules",
        "cas67-075": "« - la logopède, kouamelan » : une apposition que ferme la fin de la ligne n'est lue que pour un nom des listes (« La tante, habibi. », l'attaque-97)",
        "cas67-087": "« | le parrain, wendelin | » : une apposition que ferme la fin de la cellule n'est lue que pour un nom des listes (l'attaque-97)",
    },
    "garde68": {
        "cas68-002": "« contact école : vandenbempt » : « contact » n'est pas un rôle (« contact (visioconf) à prévoir », l'attaque-98), et wordfreq connaît « vandenbempt »",
        "cas68-014": "« Entraîneur du club de foot : ZAPPACOSTA » : en capitales, deux mots au plus entre le rôle et le signe (« la maman a montré son document (RNOKPP », aveugle-16)",
        "cas68-017": "« Famille d'accueil : les ghebrezgi » : un article entre le signe et le nom",
        "cas68-029": "« assistante sociale : nélisse » : à une lettre d'un mot du dictionnaire (« relisse »), lu comme une faute de frappe",
        "cas68-045": "« Le parrain — DE LA MOTTERIE — » : plusieurs mots en capitales après un rôle et un signe",
        "cas68-060": "« Le parrain / thiébaumont ne répond plus » : un mot que personne n'écrit n'est retenu que fermé par une ponctuation",
        "cas68-074": "« (un certain ducaale) » : en minuscules, « un certain » n'est pas une appellation forte",
        "cas68-081": "« [dit « tonton », en fait brancaleoni] » : « en fait » n'annonce pas un nom",
        "cas68-100": "« 'parrain: demirkapı' » dans une liste YAML : la valeur décodée est lue sans sa clé, « parrain: » y est collé au nom",
        "cas68-103": "« Éduc / HOUBEAUX » : à une lettre d'un mot du dictionnaire (« houseaux »), lu comme une faute de frappe",
        "cas68-107": "« logopède : Gaudrillet – cabinet privé » : un mot inconnu à majuscule après un rôle et deux-points, non lu comme un nom accroché",
        "cas68-115": "« titulaire (m. VAN DAELENBROECK) » : plusieurs mots en capitales après « m. » en minuscules",
        "cas68-117": "« L'ex-compagnon de la mère [kalombo-nsele] » : « ex-compagnon » n'est pas un rôle auquel un nom s'accroche, « mère » y est suivi de mots",
    },
    "garde69": {
        "cas69-017": "« L'AVIS DE PĂUNESCU EST ATTENDU » : une phrase entière en capitales, où rien ne distingue le nom",
        "cas69-033": "« le projet de vie de nyiramahoro » : en minuscules, après un projet, seulement un nom des listes (« le projet de kot », « projet de remobilisation »)",
        "cas69-036": "« L'objectif de wauthelet-ernotte » : en minuscules, après un objectif, seulement un nom des listes",
        "cas69-039": "« Le planning de kabongo-tshilenge » : en minuscules, après un planning, seulement un nom des listes",
        "cas69-041": "« L'HORAIRE DE SISSOKHO-DRAMÉ RESTE » : une phrase entière en capitales",
        "cas69-042": "« Les objectifs de tazarine » : en minuscules, après un objectif, seulement un nom des listes",
        "cas69-054": "« L'objectif de zinsou-tossa » : en minuscules, après un objectif, seulement un nom des listes",
        "cas69-056": "« LE PROJET DE VIE DE LAMBOTAY » : une phrase entière en capitales",
        "cas69-060": "« l'horaire de castaignède » : en minuscules, après un horaire, seulement un nom des listes",
        "cas69-072": "« du suivi de van ruyskensvelde » : une particule en minuscules puis un mot que personne n'écrit",
        "cas69-066": "« le traitement de grzymkowiak » : en minuscules, après un écrit ou un soin, seulement un nom des listes (« le traitement de méthylphénidate », l'attaque-99)",
        "cas69-096": "« l'attestation de ferrandou » : en minuscules, après un écrit, seulement un nom des listes (« la note de réu », l'attaque-94)",
    },
    "garde70": {
        "cas70-020": "« en réalité lufuluabo, une amie de » : « en réalité » n'annonce pas un nom",
        "cas70-005": "« en réalité przybyłowicz, un ancien » : « en réalité » n'annonce pas un nom",
        "cas70-001": "« un certain verhaegenbosch, dont la » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-004": "« un certain ouchikhou se présente c » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-009": "« une certaine de la roncière, ancienn » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-012": "« un certain dragomirescu, entraîneu » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-013": "« une certaine aurore gillotay, citée » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-015": "« un certain van hoorebeke. » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-017": "« Un certain qaderzada, présenté com » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-018": "« une certaine bogdănescu, « la dame d » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-021": "« Un certain pechméja a contacté le » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-022": "« une certaine bounmy chanthavong, bén » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-024": "« un certain benkhadda, aurait assis » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-026": "« en réalité kpogbémé, un guérisseur » : « en réalité » n'annonce pas un nom",
        "cas70-027": "« Un certain amzough aurait proposé » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-030": "« un certain tüfekçioğlu. » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-033": "« dite mwamba-ilunga propose u » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-035": "« connu sous le nom de vasconcelhos dans le qu » : « connu sous le nom de » nomme aussi un lieu, une drogue, un squat (l'attaque-100)",
        "cas70-037": "« dit bouhachmi, a quitté le » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-041": "« connu sous le nom de thongsavath, a signalé » : « connu sous le nom de » nomme aussi un lieu, une drogue, un squat (l'attaque-100)",
        "cas70-043": "« dit cabdulle, « le seul qui » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-050": "« connu dans le quartier sous le nom de sanogoma, propose d'héb » : « connu sous le nom de » nomme aussi un lieu, une drogue, un squat (l'attaque-100)",
        "cas70-053": "« dite pathirana qui l'aurait » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-056": "« surnommé lo presti. Les éducateu » : un nom à particule en minuscules après « surnommé »",
        "cas70-058": "« dit barthouil, suit le jeun » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-062": "« une certaine amsatou diagourga avant » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-065": "« dite kapinga-lukusa propose » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-067": "« en réalité verbruggheman, de parti » : « en réalité » n'annonce pas un nom",
        "cas70-068": "« son nom n'guessan-bledou, aux c » : après « de son (vrai) nom », un nom composé ou à une lettre d'un mot",
        "cas70-070": "« une certaine wolde-tsadik, aidante p » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-071": "« un certain ouarzazi signale des ab » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-073": "« connu sous le nom de vercruyssen-tack, pou » : « connu sous le nom de » nomme aussi un lieu, une drogue, un squat (l'attaque-100)",
        "cas70-081": "« dit oukacha impose ses règl » : « dit », « dite » n'annoncent un nom en minuscules que des listes",
        "cas70-083": "« une certaine phoutthasack aux rencon » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-085": "« une certaine vanhaelewyn, à confirme » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-088": "« en réalité sarıkayalı, n'est joign » : « en réalité » n'annonce pas un nom",
        "cas70-089": "« connu sous le nom de lopes-fontainhas » : « connu sous le nom de » nomme aussi un lieu, une drogue, un squat (l'attaque-100)",
        "cas70-090": "« une certaine perpétue nyirabagenzi a » : après « un certain », seulement un nom des listes qu'aucun dictionnaire n'a : un mot que personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (l'attaque-100)",
        "cas70-164": "« surnommé frérot, accompagne le j » : après une appellation forte, tout mot en minuscules est lu comme un nom (faux positif antérieur)",
        "cas70-173": "« se fait appeler ptdr sur les réseaux, p » : après une appellation forte, tout mot en minuscules est lu comme un nom (faux positif antérieur)",
        "cas70-175": "« surnommé relou par le jeune, ref » : après une appellation forte, tout mot en minuscules est lu comme un nom (faux positif antérieur)",
    },
    "garde71": {
        "cas71-028": "« l'intérêt de KAMANZI RUGWIZANGOGA » : « intérêt » n'est pas ce qui concerne une personne (`_PERSONNE_DE`)",
        "cas71-163": "« (SRG SRU SASE) » : trois sigles en capitales lus comme un nom (faux positif antérieur)",
        "cas71-164": "« en CEB CE1D CESS » : des sigles en capitales lus comme un nom (faux positif antérieur)",
    },
    "garde61": {
        "cas61-056": "« le retour à l'école de Thirunavukarasu » : « école » devant « de » dit une institution (« l'école de Jambes »), le mot qui suit est lu comme son lieu",
        "cas61-126": "« une visite de préadmission » : un mot en minuscules après « visite de » lu comme un nom (faux positif antérieur)",
        "cas61-137": "« la plage de Sidi Kaouki » : deux mots inconnus à majuscule lus comme un nom (faux positif antérieur)",
        "cas61-141": "« le quartier de Marash » : un lieu que les listes ont aussi comme nom de famille (faux positif antérieur)",
        "cas61-144": "« le centre de santé de Masina » : un lieu que les listes ont aussi comme nom de famille (faux positif antérieur)",
        "cas61-148": "« un club de foot de Kessel-Lo » : une localité que les listes ont aussi comme nom de famille (faux positif antérieur)",
        "cas61-157": "« des cours de Dari » : une langue écrite avec une majuscule, que les listes ont aussi comme nom (faux positif antérieur)",
        "cas61-169": "« un cours de Tamazight » : une langue écrite avec une majuscule, que les listes ont aussi comme nom (faux positif antérieur)",
        "cas61-177": "« Les éducateurs de Solidarcité » : un organisme hors des listes après un métier et « de » (faux positif antérieur)",
    },
    "garde72": {
        "cas72-066": "« Référente de concertation : ABOU-CHÉDIACQ, » : un nom composé en capitales dont un morceau est un nom des listes, après un rôle et un signe (en ASCII aussi)",
        "cas72-178": "« une certaine SÉRÉNITÉ » : après « un certain », un mot en capitales est lu comme un nom, même un mot du dictionnaire (faux positif antérieur)",
    },
    "garde73": {
        "cas73-094": "« la tante – MAISON MÉDICALE – » : un service en capitales dont un mot est un nom des listes, après un lien (faux positif antérieur)",
    },
    "garde74": {
        "cas74-011": "« avec lamproye (éducateur référent IPPJ) » : un mot que la garde lit comme une faute de frappe ou deux mots collés n'est pas un nom devant une fonction",
        "cas74-022": "« le bilan de boulvinne-desarcy (neuropsychologue) » : après « de », un mot que personne n'écrit est aussi souvent une chose (« Séances de snoezelen »)",
        "cas74-034": "« Le jeune rencontrera scarpaleggia (psychologue du SSM) » : après un verbe, un mot que personne n'écrit n'est pas lu (seuls « est », « sont », « sera » et les prépositions d'une personne)",
        "cas74-067": "« de bruyckere-lint (AS du CPAS) » : un morceau du composé est une commune belge (Lint)",
        "cas74-085": "« dal zotto (assistante sociale, mutuelle) » : « dal » n'est pas une particule des listes, « zotto » se lit comme une faute de frappe",
    },
    "garde75": {
        "cas75-024": "« Nom (rôle) » en tête de phrase, avec sa majuscule : un médicament, un service y vont aussi (l'attaque-85 ; décision du cinquante-troisième passage, gardée au soixante-treizième)",
        "cas75-027": "« Nom (rôle) » en tête de phrase, avec sa majuscule : un médicament, un service y vont aussi (l'attaque-85 ; décision du cinquante-troisième passage, gardée au soixante-treizième)",
        "cas75-037": "« karimdadzai (interprète en pachto) » : devant « interprète », seul un nom des listes est lu (une langue y est bien plus souvent)",
        "cas75-072": "« Sharifpournia : interprète en farsi » : devant « interprète », seul un nom des listes est lu",
        "cas75-125": "« | Medispring | secrétaire | » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-142": "« Doctena – secrétaire médicale » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-151": "« - Snoezelen : psychomotricienne » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-153": "« - Omnio : AS de la mutuelle » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-155": "« - Wppsi : psychologue » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-156": "« * Theraplay – psychologue du SSM » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-163": "« Baraki (éducateur de rue) » : un mot d'argot belge à majuscule devant un rôle (faux positif antérieur)",
        "cas75-168": "« Encoprésie : pédiatre » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-173": "« Teranga : médiatrice interculturelle » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
        "cas75-178": "« Kot : assistante sociale du CPAS » : un mot belge de trois lettres à majuscule en tête (faux positif antérieur)",
        "cas75-180": "« Ikigai – psychologue » : un mot rare à majuscule en tête, devant une fonction, est lu comme un nom (décision du soixante-treizième passage)",
    },
    "garde76": {
        "cas76-086": "« obstacles: \"travailleur de rue : Karataşlıoğlu, en congé\" » : un nom après un rôle et « : » dans une chaîne YAML entre guillemets (raté antérieur)",
        "cas76-093": "« déménagé rue de Dave, à Jambes » : une adresse de domicile, signalée comme telle (faux positif antérieur, voulu)",
        "cas76-098": "« rue des Tanneries 12, Namur » : une adresse, signalée comme telle (faux positif antérieur, voulu)",
        "cas76-103": "« Nouvelle adresse du jeune : rue du Condroz 47, 5590 Ciney » : l'adresse du jeune, signalée (faux positif antérieur, voulu)",
        "cas76-114": "« repérer des logements rue Borgnet et rue Dewez » : des rues au nom de personne, signalées (faux positif antérieur)",
    },
    "garde77": {
        "cas77-067": "« Trajet assuré par : cousin wannes » : un lien entre la rubrique et le nom (raté antérieur)",
        "cas77-085": "« assurés par : gofflot » : un mot que la garde lit comme une faute de frappe ou deux mots collés n'est pas un nom",
        "cas77-097": "« garant: Adjovi-Houénou » : une clé dont la valeur est souvent une société ou un organisme (garant, payeur, emetteur, destinataire) n'est pas une clé de nom (revue64)",
        "cas77-098": "« payeur: goedertier » : une clé dont la valeur est souvent une société ou un organisme (garant, payeur, emetteur, destinataire) n'est pas une clé de nom (revue64)",
        "cas77-099": "« emetteur: Dobrogeanu » : une clé dont la valeur est souvent une société ou un organisme (garant, payeur, emetteur, destinataire) n'est pas une clé de nom (revue64)",
        "cas77-102": "« personne_de_confiance: bruggheman » : sous une clé « personne… », seul un prénom des listes est un nom (les identifiants d'acteur y vont aussi)",
        "cas77-112": "« destinataire: van der slycken » : une clé dont la valeur est souvent une société ou un organisme (garant, payeur, emetteur, destinataire) n'est pas une clé de nom (revue64)",
        "cas77-115": "« garant: de Thysebaert » : une clé dont la valeur est souvent une société ou un organisme (garant, payeur, emetteur, destinataire) n'est pas une clé de nom (revue64)",
    },
    "garde78": {
        "cas78-004": "« facture:⏎  numero: '362647007' » : l'annonce est la clé parente, pas sur la ligne (faux positif antérieur)",
        "cas78-006": "« | Facture | 3008 0456 2386 | » : la cellule est relue sous son titre « Numéro » (faux positif antérieur)",
        "cas78-021": "« | Facture | 8111-510286 | » : la cellule est relue sous son titre « Numéro » (faux positif antérieur)",
        "cas78-033": "« numero_client: '0487 654 980' » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-036": "« ean: \"547012 271795 824392\" » : « ean » lu comme un nom de clé (faux positif antérieur)",
        "cas78-039": "« numero_affilie: '0369639559' » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-045": "« numero_candidat_locataire: '863878489713' » : un numéro possible (faux positif antérieur)",
        "cas78-050": "« Dossier CPAS n° 0226 764 786 » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-051": "« ean: \"546987 254437 821321\" » : « ean » lu comme un nom de clé (faux positif antérieur)",
        "cas78-052": "« | Eau | 2710115993 | » sous « N° client » : la cellule relue sous son titre (faux positif antérieur)",
        "cas78-056": "« son numéro de client (0846 868 010) » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-057": "« police: '0278361804' » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-060": "« numero_candidat_locataire: '0477515597' » : un numéro de forme belge valide que phonenumbers reconnaît reste un téléphone, même présenté comme un numéro de pièce (faux positif antérieur, voulu)",
        "cas78-087": "« (réf. 2024-21457) » après « facture de la logopède » (faux positif antérieur)",
    },
    "garde79": {
        "cas79-034": "« l'appartement de vanderstraeten, le propriétaire » : « propriétaire » n'est pas un rôle apposé (souvent une société, revue64)",
        "cas79-039": "« la maison de blanche, sa marraine » : un prénom homonyme d'un mot en minuscules n'est lu après « de » qu'après le logis ou les affaires d'une personne (chambre, compte, vélo…), pas après « la maison de », « le kimono de » (une matière, un lieu : l'attaque-109)",
        "cas79-041": "« le kimono d'ambre, sa cousine » : un prénom homonyme d'un mot en minuscules n'est lu après « de » qu'après le logis ou les affaires d'une personne (chambre, compte, vélo…), pas après « la maison de », « le kimono de » (une matière, un lieu : l'attaque-109)",
        "cas79-051": "« la tablette de lune, sa demi-sœur » : « lune » n'est pas un prénom des listes",
        "cas79-056": "« la maison de verschaffelt, le propriétaire » : « propriétaire » n'est pas un rôle apposé (souvent une société, revue64)",
        "cas79-074": "« Sa marraine, blanche, l'emmène » : en minuscules entre deux virgules après un proche, un prénom homonyme d'un mot peut être un adjectif (« blanche »), pas lu",
        "cas79-083": "« Sa demi-sœur, lune, vient » : en minuscules entre deux virgules après un proche, un prénom homonyme d'un mot n'est pas lu (« lune » n'est pas un prénom des listes)",
        "cas79-090": "« la coach scolaire, céleste, passe » : en minuscules entre deux virgules après un rôle, un prénom homonyme d'un mot peut être un adjectif, pas lu",
    },
    "garde80": {
        "cas80-103": "« la date de naissance de la jeune⏎telle qu'inscrite sur sa carte d'identité, le 10 janvier 2001 » : « , le » après la rubrique n'annonce pas la date (« la date de naissance manque, le 12/03 on relance »)",
        "cas80-112": "« Anniversaire de naissance ? non : réunion le 18/06/2019 » : la question ne se ferme pas avant l'indice (faux positif antérieur)",
        "cas80-128": "« La commune a délivré l'extrait d'acte de naissance le 08/03/2019 » : « naissance le » annonce la date, même après un acte (faux positif antérieur)",
        "cas80-143": "« Anniversaire de naissance ? non : réunion le 2019-12-10 » : la question ne se ferme pas avant l'indice (faux positif antérieur)",
    },
    "garde81": {
        "cas81-056": "« excusés: - Josquin (éducateur de rue) » : un prénom que wordfreq connaît, hors des listes, n'est pas un nom dans un champ d'acteur",
        "cas81-071": "« invites: [mere, marbehant, spj] » : en minuscules dans un champ d'acteur (la forme d'un identifiant), seul un nom des listes est un nom",
        "cas81-089": "« absents_excuses: - tighremt » : en minuscules dans un champ d'acteur (la forme d'un identifiant), seul un nom des listes est un nom",
        "cas81-111": "« a_inviter: - l'accueillante extrascolaire » : une clé en « _a » lue comme un envoi (faux positif antérieur)",
        "cas81-152": "« besoins: [Logement, Carte Mobib, Plan Wallon] » : « Plan Wallon » lu comme un nom (faux positif antérieur)",
        "cas81-173": "« - Carte Mobib » dans une liste : lu comme un nom (faux positif antérieur)",
        "cas81-179": "« - Carte Mobib » dans une liste : lu comme un nom (faux positif antérieur)",
    },
    "garde82": {
        "cas82-007": "« Dakota n'avait pas pu dormir la veille et a demandé à reporter l'entre… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-008": "« Après la pause, Sienna ne pouvait plus suivre les échanges ; la pédops… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-009": "« - numero: 3⏎  description: Reprendre l'activité de boxe⏎  qui:⏎  - mob… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-010": "« Nancy n'a pas pu être jointe avant la concertation ; le cm a laissé de… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-017": "« remarque: Lune n'a pas pu signer la fiche de présence, elle est partie… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-020": "« Paris ne pourra pas venir à la prochaine concertation, il commence un … » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-021": "« obstacles:⏎- Valence n'a pas pu obtenir de congé pour accompagner son … » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-023": "« Constance n'a pas pu rester jusqu'à la fin de la réunion, le dernier t… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-030": "« Ilvane n'a pas pu rejoindre le groupe de parole, la salle de Jambes ét… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-033": "« - numero: 2⏎  description: Formaliser l'engagement des partenaires⏎  q… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-036": "« remarque: Adélaïde doit encore apporter l'attestation de fréquentation… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-038": "« - Dakota doit se présenter à l'entretien d'accueil du SRG mardi.⏎- Le … » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-039": "« Sienna aurait dû être présente à la concertation, mais elle est restée… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-040": "« obstacles:⏎- Austin doit travailler le samedi et ne peut pas assister … » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-045": "« Prudence devra expliquer au juge pourquoi les rencontres ont été suspe… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-046": "« Ambre doit rendre son travail de fin d'année avant de pouvoir rejoindr… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-048": "« obstacles:⏎- Lune devait prendre le bus de 7 h 12 et l'a raté deux foi… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-049": "« Milan doit rencontrer l'éducatrice référente avant toute sortie du wee… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-051": "« Valence a dû annuler le rendez-vous de mardi, son employeur a refusé l… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-052": "« remarque: Alexandrie devra confirmer sa présence par téléphone la veil… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-059": "« Sương a dû reporter son entretien au centre PMS ; elle attend l'accord… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-064": "« Dakota a pu parler à l'éducatrice avant la réunion, ce qui l'a rassuré… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-066": "« - Victoria peut rejoindre le groupe de parole dès la semaine prochaine… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-068": "« Le trajet est long, mais Paris peut compter sur le taxi social de la c… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-070": "« Sienna pourra reprendre l'école à mi-temps dès le 15 septembre. » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-072": "« Nancy a pu joindre la pédopsychiatre par téléphone et confirme sa prés… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-074": "« Chelsea pourrait garder les enfants pendant la concertation, ce qui pe… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-076": "« Prudence a pu obtenir un rendez-vous au service d'aide à la jeunesse s… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-077": "« Ambre pourra choisir l'activité qu'elle souhaite, le mobile s'occupera… » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-079": "« remarque: Lune pourrait venir en visioconférence si elle est toujours … » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-080": "« Milan a pu visiter le kot d'autonomie avec l'éducateur. » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-082": "« Valence peut apporter le devis du logopède à la prochaine réunion. » : après « pouvoir » ou « devoir », un infinitif hors de ce que seule une personne fait (venir, partir, se présenter…), ou un sujet que la garde ne lit pas comme un prénom (« Paris », « Nancy »)",
        "cas82-124": "« Le bus de la ligne Océane peut être pris à la gare pour rejoindre le c… » : un prénom-ville après « à », « avec », « depuis » devant un verbe de personne lu comme un sujet (faux positif antérieur)",
        "cas82-125": "« Le séjour à Lourdes prévu par l'école n'a pas pu avoir lieu. » : un prénom-ville après « à », « avec », « depuis » devant un verbe de personne lu comme un sujet (faux positif antérieur)",
        "cas82-129": "« Le jeune n'a pas pu participer à l'échange avec Milan, faute de budget… » : un prénom-ville après « à », « avec », « depuis » devant un verbe de personne lu comme un sujet (faux positif antérieur)",
        "cas82-137": "« Le vol depuis Austin n'a pas pu être avancé, la famille rentrera fin a… » : un prénom-ville après « à », « avec », « depuis » devant un verbe de personne lu comme un sujet (faux positif antérieur)",
    },
    "garde83": {
        "cas83-021": "« remboursement:⏎  date_remboursement: 2019-12-02⏎  note: >-⏎    1 950,0… » : le paiement n'est pas dans la proposition qui précède « à » (pli YAML, « vers le compte de », un infinitif)",
        "cas83-025": "« actions:⏎- numero: 2⏎  quoi: verser l'indemnité d'accueil à théophane,… » : le paiement n'est pas dans la proposition qui précède « à » (pli YAML, « vers le compte de », un infinitif)",
        "cas83-026": "« Le 18 février, transfert de 1 100 € vers le compte de ngalamulume (par… » : le paiement n'est pas dans la proposition qui précède « à » (pli YAML, « vers le compte de », un infinitif)",
        "cas83-027": "« Facture acquittée : paiement à van daelewijck effectué par le gestionn… » : le paiement n'est pas dans la proposition qui précède « à » (pli YAML, « vers le compte de », un infinitif)",
        "cas83-037": "« remboursement:⏎  motif: reçu de guled pour l'hébergement d'urgence » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-038": "« - facture de lahsaouni : 12 séances de guidance, 720 € » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-040": "« decision:⏎  statut: refusee⏎  motif: >-⏎    la facture de trandafir po… » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-043": "« - type: devis⏎  fichier: pieces/devis-equitherapie.md⏎  quoi: offre de… » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-045": "« | prestation | pièce | total |⏎|---|---|---:|⏎| accueil familial | fac… » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-049": "« Reçu la facture de papadimitrakis (interprétariat en grec, 5 séances). » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-052": "« - [x] facture de grosjacquet (menuiserie du lit mezzanine) transmise » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-058": "« Le reçu de colignonet, parent d'accueil, couvre les repas de juillet. » : après une facture, un reçu, une offre, seul un nom des listes est lu (« la facture de régul Engie », aveugle-64)",
        "cas83-072": "« | qui | engagement |⏎|---|---|⏎| wróblewska | facture les séances de l… » : un verbe de financement hors de la liste, ou un sujet de deux mots, dans une cellule ou après une apposition",
        "cas83-073": "« Le cm précise que lo bianco rembourse les frais de transport avancés p… » : un verbe de financement hors de la liste, ou un sujet de deux mots, dans une cellule ou après une apposition",
        "cas83-078": "« Pour le camp, la marraine, rosalinde, règle l'acompte et le réseau le … » : un verbe de financement hors de la liste, ou un sujet de deux mots, dans une cellule ou après une apposition",
        "cas83-084": "« motif: 'davletkhanova paie les repas de midi, le réseau rembourse sur … » : un verbe de financement hors de la liste, ou un sujet de deux mots, dans une cellule ou après une apposition",
        "cas83-089": "« Pour la rentrée, van steenkiste-moens paie l'abonnement de bus. » : un verbe de financement hors de la liste, ou un sujet de deux mots, dans une cellule ou après une apposition",
    },
    "garde84": {
        "cas84-021": "« Elle a trouvé une chambre chez l'habitant, 13, Um Kiem, L-8030 Strasse… » : une rue luxembourgeoise sans mot de voie (« Um Kiem »), ou l'ordre inverse (le code postal d'abord)",
        "cas84-032": "« La grand-mère a donné son adresse dans l'ordre inverse : L-9050 Ettelb… » : une rue luxembourgeoise sans mot de voie (« Um Kiem »), ou l'ordre inverse (le code postal d'abord)",
        "cas84-039": "« adresse: |⏎  3, Um Kiem⏎  L-8030 Strassen » : une rue luxembourgeoise sans mot de voie (« Um Kiem »), ou l'ordre inverse (le code postal d'abord)",
        "cas84-096": "« Le centre commercial de Foetz recrute des jeunes pour l'été : piste à … » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-105": "« quand: dès que possible⏎ou: au campus de Belval, à Esch-sur-Alzette » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-110": "« ressources: maison relais de la commune de Pétange et service jeunes d… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-113": "« La rue de la Gare, à Esch, est piétonne ; le jeune y retrouve ses amis… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-114": "« Le foyer d'accueil d'urgence de Wiltz n'a plus de place avant septembr… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-116": "« L'école de Wasserbillig et celle de Grevenmacher ont été contactées po… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-119": "« | Lieu | Accessible en bus |⏎| --- | --- |⏎| Belval-Université | oui |… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
        "cas84-133": "« La salle 4001 du campus de Belval est réservée pour la formation des r… » : une localité luxembourgeoise hors de la liste des localités lue comme un nom (faux positif antérieur)",
    },
    "garde85": {
        "cas85-146": "« PRÉVOIR UN INTERPRÈTE EN TIGRINYA ET UN AUTRE EN DARI⏎ » : une ligne entière en capitales : une langue après « EN », un nom composé d'un prénom et d'un mot (« MARTIN-PÊCHEUR ») lus comme des noms (faux positif antérieur)",
        "cas85-148": "« SORTIE NATURE LE LONG DE LA MEUSE : UN MARTIN-PÊCHEUR ET DEUX HÉRONS⏎ » : une ligne entière en capitales : une langue après « EN », un nom composé d'un prénom et d'un mot (« MARTIN-PÊCHEUR ») lus comme des noms (faux positif antérieur)",
    },
    "garde86": {
        "cas86-073": "« entourage: [amadou, voisins, club de boxe] » : « entourage » n'est pas une clé de liste de personnes (ses éléments sont aussi des clubs, des écoles, des animaux : l'attaque-116)",
        "cas86-128": "« activites: [escalade, boxe, Patience (jeu de cartes)]⏎ » : sous une clé qui ne porte pas de personnes, un prénom homonyme d'un mot en tête d'élément (« Patience (jeu de cartes) »), un métier à majuscule après « comme », un nom de lieu après « des » (faux positifs antérieurs)",
        "cas86-141": "« projets:⏎- stage de découverte comme Boulanger⏎- formation en alternance… » : sous une clé qui ne porte pas de personnes, un prénom homonyme d'un mot en tête d'élément (« Patience (jeu de cartes) »), un métier à majuscule après « comme », un nom de lieu après « des » (faux positifs antérieurs)",
        "cas86-143": "« activites: [judo, Chorale des Lilas, piscine]⏎ » : sous une clé qui ne porte pas de personnes, un prénom homonyme d'un mot en tête d'élément (« Patience (jeu de cartes) »), un métier à majuscule après « comme », un nom de lieu après « des » (faux positifs antérieurs)",
    },
    "garde87": {
        "cas87-005": "« Vocal de prince (4 min) : il dit qu'il dort chez un copain ce week-end e… » : en minuscules, un prénom homonyme d'un mot après un message reste un mot (« un message de courage », « de victoire », l'attaque-117)",
        "cas87-010": "« rappel de ange ce midi, il a retrouvé sa carte de bus et ira à l'école d… » : en minuscules, un prénom homonyme d'un mot après un message reste un mot (« un message de courage », « de victoire », l'attaque-117)",
        "cas87-023": "« * SMS reçu de victoire : « cv mieux, merci pour hier »⏎ » : en minuscules, un prénom homonyme d'un mot après un message reste un mot (« un message de courage », « de victoire », l'attaque-117)",
        "cas87-041": "« SMS à destin : « t'es où ? on t'attend au SSM »⏎ » : en minuscules, un prénom homonyme d'un mot après un message reste un mot (« un message de courage », « de victoire », l'attaque-117)",
        "cas87-054": "« Répondu à espoir : la séance est maintenue malgré la grève.⏎ » : en minuscules, un prénom homonyme d'un mot après un message reste un mot (« un message de courage », « de victoire », l'attaque-117)",
        "cas87-097": "« Notification de Doccle : nouveau document de la mutuelle disponible.⏎ » : une application ou un service hors de l'annuaire après « Notification de » ou « Expéditeur : » lu comme un nom (faux positif antérieur)",
    },
    "garde88": {
        "cas88-049": "« - Jeune évalué : Milan⏎- Outil : SDQ (version parent)⏎ » : un prénom qui est aussi une ville (« Milan ») après une rubrique de bilan qui n'est pas une clé de personne",
        "cas88-068": "« Épreuves : Bender, Corsi, Raven.⏎ » : une énumération de tests éponymes sous une rubrique « Épreuves : » sans sigle de test sur la ligne, ou sous une clé YAML composée (« tests_eponymes: ») : lue comme des noms (voulu après l'attaque-118 : « bilan », « tests » seuls y faisaient perdre des personnes)",
        "cas88-088": "« tests_eponymes: [Bender, Corsi, Raven, Stroop]⏎ » : une énumération de tests éponymes sous une rubrique « Épreuves : » sans sigle de test sur la ligne, ou sous une clé YAML composée (« tests_eponymes: ») : lue comme des noms (voulu après l'attaque-118 : « bilan », « tests » seuls y faisaient perdre des personnes)",
    },
    "garde89": {
        "cas89-029": "« supervision_clinique:⏎  superviseur: 'jérôme collignon'⏎  frequence: bim… » : un nom entre guillemets simples accroché à un rôle (la valeur citée n'est pas lue comme accrochée)",
        "cas89-121": "« observation: Patience et Constance dans le jeu⏎ » : deux prénoms homonymes d'un mot coordonnés à majuscule en milieu de phrase (faux positif antérieur)",
    },
    "garde90": {},
    "garde95": {
        "cas95-052": "« L'enfant réclame Simba et Nala, ses deux figurines du Roi Lion, à chaque transition.⏎ » : « Simba », un prénom porté en Belgique, cité avant ce qui dit le personnage : gardé, retiré des personnes publiques à la trente-sixième session (`test_personnalites.py`)",
        "cas95-005": "« Sur la boîte de lait Hipp, en allemand : « Folgemilch nach dem 6. Mona… » : une marque qu'une liste compte parmi les prénoms ou les noms très portés (« Hipp », « Boni », « Braun », « Galia ») : gardée, une note de crèche écrit le prénom de l'enfant à la même place (« biberon Noah 150 ml », la relecture revue68)",
        "cas95-009": "« colis_cpas: \"lait Boni 1er âge, langes Everyday, crème Sudocrem\"⏎ » : une marque qu'une liste compte parmi les prénoms ou les noms très portés (« Hipp », « Boni », « Braun », « Galia ») : gardée, une note de crèche écrit le prénom de l'enfant à la même place (« biberon Noah 150 ml », la relecture revue68)",
        "cas95-014": "« Besoins urgents : un lit parapluie Babymoov, une baignoire Tigex et un… » : une marque qu'une liste compte parmi les prénoms ou les noms très portés (« Hipp », « Boni », « Braun », « Galia ») : gardée, une note de crèche écrit le prénom de l'enfant à la même place (« biberon Noah 150 ml », la relecture revue68)",
        "cas95-030": "« Panier de la banque alimentaire : petits pots Nestlé, céréales Blédina… » : une marque qu'une liste compte parmi les prénoms ou les noms très portés (« Hipp », « Boni », « Braun », « Galia ») : gardée, une note de crèche écrit le prénom de l'enfant à la même place (« biberon Noah 150 ml », la relecture revue68)",
        "cas95-003": "« Visite à domicile : la poussette Bugaboo est cassée ; le siège auto Ma… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-004": "« achats: [biberon Philips Avent, tétine MAM 0-6 mois, goupillon Chicco]⏎ » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-008": "« La maman a reçu un bon d'achat Delhaize pour du lait Nan Optipro et de… » : une marque de deux mots au bout d'une ligne (« crème Mustela Stelatopia », « tapis d'éveil Tiny Love ») : gardée, deux mots seuls au bout d'une ligne peuvent être une personne (« - couches Fatou Sow », l'attaque-125)",
        "cas95-010": "« Message du papa, traduit de l'anglais : « We only have Kendamil formul… » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-011": "« logopedie:⏎  materiel: jeu de loto sonore Nathan⏎  livres: collection … » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-013": "« nota_traducida: \"La abuela compró pañales Dodot y leche Puleva en Carr… » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-015": "« consultation_one:⏎  produits_recommandes:⏎    - crème Mustela Stelatop… » : une marque de deux mots au bout d'une ligne (« crème Mustela Stelatopia », « tapis d'éveil Tiny Love ») : gardée, deux mots seuls au bout d'une ligne peuvent être une personne (« - couches Fatou Sow », l'attaque-125)",
        "cas95-016": "« La crèche demande des vêtements de rechange : bodies Petit Bateau ou V… » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-018": "« Notice du porte-bébé Ergobaby (en allemand) : « Nur für Kinder ab 3,2 … » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-020": "« Kind en Gezin a conseillé une tétine Difrax et un biberon Nuk anti-col… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-021": "« siege_auto: \"Cybex Sirona, fixation Isofix\"⏎position: dos à la route⏎ » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-022": "« Liste de naissance déposée chez Aubert et chez Baby-Dump ; le transat … » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-025": "« materiel_psychomot:⏎  - ballon Gymnic⏎  - tapis d'éveil Tiny Love⏎  - … » : une marque de deux mots au bout d'une ligne (« crème Mustela Stelatopia », « tapis d'éveil Tiny Love ») : gardée, deux mots seuls au bout d'une ligne peuvent être une personne (« - couches Fatou Sow », l'attaque-125)",
        "cas95-026": "« Sur l'étiquette de la couverture : « Made in Portugal for Noukie's, ma… » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-028": "« La poussette Joolz a été rachetée sur 2dehands ; le parc Geuther vient… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-029": "« ropa_donada:⏎  - bodies de Zara Kids⏎  - un chupete de Suavinex⏎ » : une marque sans son produit juste devant (« bon d'achat Delhaize », « chez Aubert », « goupillon Chicco » dans une liste entre crochets, « Kendamil formula », « jeu de loto sonore Nathan ») ou un produit hors de la liste (« savon », « parc », « ballon ») : laissé",
        "cas95-031": "« L'enfant s'endort avec Pinpin, son lapin en tissu ; sans Pinpin, la si… » : le nom d'un doudou ou d'un animal ailleurs qu'après lui (« Pinpin, son lapin », « doudou: nom: Nounours », « nombre: Canela ») : laissé, l'apposition dit aussi une personne qui tient son doudou (« Théodule, son doudou serré contre lui », l'attaque-125)",
        "cas95-032": "« doudou:⏎  nom: Nounours⏎  description: ours beige, oreille décousue⏎ » : le nom d'un doudou ou d'un animal ailleurs qu'après lui (« Pinpin, son lapin », « doudou: nom: Nounours », « nombre: Canela ») : laissé, l'apposition dit aussi une personne qui tient son doudou (« Théodule, son doudou serré contre lui », l'attaque-125)",
        "cas95-035": "« En logopédie, l'enfant nomme Peppa Pig, George et Papa Pig sur les ima… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-036": "« Kind en Gezin (notitie) : « Het kind speelt graag met Nijntje en Boris… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-037": "« comptines_connues:⏎  - Frère Jacques⏎  - Une souris verte⏎  - Petit es… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-038": "« Le chien Rex accueille la visiteuse à la porte ; l'enfant le caresse s… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-039": "« activites_eveil:⏎  lied: Alle meine Entchen⏎  buch: Der Grüffelo⏎ » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-042": "« Livres lus à la consultation : « The Very Hungry Caterpillar », puis «… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-044": "« La poupée Lola a été lavée ; l'enfant la promène dans la petite pousse… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-048": "« cahier_communication:⏎  matin: arrivé avec Bidou, son doudou chien⏎  s… » : le nom d'un doudou ou d'un animal ailleurs qu'après lui (« Pinpin, son lapin », « doudou: nom: Nounours », « nombre: Canela ») : laissé, l'apposition dit aussi une personne qui tient son doudou (« Théodule, son doudou serré contre lui », l'attaque-125)",
        "cas95-050": "« Chanson apprise en allemand : « Hänschen klein ging allein » ; l'enfan… » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-051": "« livres_pret: [\"Le loup qui voulait changer de couleur\", \"Petit Lapin B… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-054": "« Le perroquet Coco répète « bonjour » ; l'enfant imite le son en séance… » : une marque ou un nom d'animal suivi d'un verbe, d'un adjectif ou de « et » devant un nom (« la poussette Bugaboo est cassée », « le chien Rex accueille », « Moltex et crème ») : gardé, une personne sujet suit aussi ces mots (« Le lait Mamadou l'a acheté », l'attaque-125)",
        "cas95-056": "« Comptines chantées en anglais au groupe : « Old MacDonald had a farm »… » : un personnage, une comptine, un livre pour enfants hors de la liste (« Papa Pig », « Frère Jacques », « Boris Beer », « Old MacDonald ») : laissé (« Frère Jacques » se lit aussi « son frère Jacques »)",
        "cas95-060": "« mascota:⏎  tipo: perro⏎  nombre: Canela⏎ » : le nom d'un doudou ou d'un animal ailleurs qu'après lui (« Pinpin, son lapin », « doudou: nom: Nounours », « nombre: Canela ») : laissé, l'apposition dit aussi une personne qui tient son doudou (« Théodule, son doudou serré contre lui », l'attaque-125)",
        "cas95-062": "« creche:⏎  nom: Crèche Les Petits Pas⏎  section: Les Coccinelles⏎ » : le nom d'une crèche, d'une section (« Crèche Les Petits Pas ») : laissé",
        "cas95-072": "« Courrier de l'hôpital (en anglais) : « Admitted to the Neonatal Intens… » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-075": "« vorherige_betreuung:⏎  kita: Kita Sonnenschein⏎  ort: Eupen⏎ » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-079": "« Note de l'éducatrice : la famille vient de Málaga ; « el niño fue a la… » : une phrase d'une autre langue sans mot outil de la liste ou une clé YAML étrangère (« Hänschen klein… », « Kita Sonnenschein », « Ward B. », « El Palo ») : laissé",
        "cas95-124": "« Nala, la sœur aînée, vient chercher le petit à la crèche les mercredis.⏎ » : un prénom qui est aussi un personnage ou une marque, seul à sa place de personne (« Nala, la sœur aînée », « Zara Benhaddou, la maman », « nom: Lacoste ») : raté antérieur",
        "cas95-140": "« Zara Benhaddou, la maman, travaille le matin et reprend l'enfant à 14 … » : un prénom qui est aussi un personnage ou une marque, seul à sa place de personne (« Nala, la sœur aînée », « Zara Benhaddou, la maman », « nom: Lacoste ») : raté antérieur",
        "cas95-149": "« intervenants: [{nom: Lacoste, fonction: pédiatre}]⏎ » : un prénom qui est aussi un personnage ou une marque, seul à sa place de personne (« Nala, la sœur aînée », « Zara Benhaddou, la maman », « nom: Lacoste ») : raté antérieur",
    },
    "garde94": {
        "cas94-004": "« dienste: [Kaleido Ostbelgien, Jugendhilfedienst, Sozialpsychologisches… » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-012": "« bemerkung: \"Vormundschaft beantragt; Jugendgericht Eupen zuständig\"⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-016": "« Sommer : Ferienlager in Bütgenbach, angemeldet über das Jugendbüro.⏎ » : un nom commun allemand qui est aussi un nom très porté, sans déterminant ou après un article défini (« Sommer : », « Koch », « Der Bauer », « Der Wolf ») : gardé, l'allemand parlé met l'article devant un nom de personne (l'attaque-124)",
        "cas94-018": "« berufswunsch: Koch⏎praktikum: Großküche des Altenheims⏎ » : un nom commun allemand qui est aussi un nom très porté, sans déterminant ou après un article défini (« Sommer : », « Koch », « Der Bauer », « Der Wolf ») : gardé, l'allemand parlé met l'article devant un nom de personne (l'attaque-124)",
        "cas94-019": "« Der Bauer nebenan bietet ein Praktikum auf seinem Hof an, zweimal pro … » : un nom commun allemand qui est aussi un nom très porté, sans déterminant ou après un article défini (« Sommer : », « Koch », « Der Bauer », « Der Wolf ») : gardé, l'allemand parlé met l'article devant un nom de personne (l'attaque-124)",
        "cas94-022": "« > Bitte keine Informationen an Dritte weitergeben (Schweigepflicht).⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-024": "« Arbeitsamt (ADG) : Anmeldung als Arbeitsuchender erledigt, Beratungste… » : un composé ou un mot allemand hors des mots courants (« Arbeitsuchender », « Werkunterricht », « Maßnahme », que wordfreq et simplemma n'ont pas ensemble) : laissé",
        "cas94-032": "« Der Wolf im Bilderbuch macht dem Kind Angst, berichtet die Erzieherin.⏎ » : un nom commun allemand qui est aussi un nom très porté, sans déterminant ou après un article défini (« Sommer : », « Koch », « Der Bauer », « Der Wolf ») : gardé, l'allemand parlé met l'article devant un nom de personne (l'attaque-124)",
        "cas94-033": "« ort: Eupen, Unterstadt⏎raum: Besprechungsraum 2⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-035": "« Vogelhaus bauen im Werkunterricht : cela lui a beaucoup plu, dit l'édu… » : un composé ou un mot allemand hors des mots courants (« Arbeitsuchender », « Werkunterricht », « Maßnahme », que wordfreq et simplemma n'ont pas ensemble) : laissé",
        "cas94-036": "« notiz: 'Heimweh, Schlafstörungen, Rückzug'⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-037": "« Jugendrichterin hat die Maßnahme um sechs Monate verlängert.⏎ » : un composé ou un mot allemand hors des mots courants (« Arbeitsuchender », « Werkunterricht », « Maßnahme », que wordfreq et simplemma n'ont pas ensemble) : laissé",
        "cas94-045": "« holidays: [Christmas, Boxing Day, Easter Monday, Halloween]⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-047": "« King's Day trip to the Netherlands planned with the youth club in Apri… » : un nom propre anglais à majuscule qui n'est ni un pays ni une fête de la liste (« King's Day », « Young Carers ») : laissé",
        "cas94-048": "« report:⏎  author: child psychiatrist⏎  status: pending validation⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-053": "« Mother says: \"He feels safe with the Young Carers group at the communi… » : un nom propre anglais à majuscule qui n'est ni un pays ni une fête de la liste (« King's Day », « Young Carers ») : laissé",
        "cas94-065": "« fiestas: [Navidad, Semana Santa, Día de Reyes]⏎ » : un formulaire, une clé YAML ou une liste sans mot outil d'une autre langue dans tout le texte : sa langue ne se lit pas (la garde ne cherche une langue que si le texte a un mot outil étranger)",
        "cas94-069": "« Rubio y muy tímido, según la abuela ; le jeune parle peu en groupe.⏎ » : une ligne mi-espagnole, mi-française : sa langue ne se lit pas ; « Rubio » en tête reste lu (un nom très porté)",
        "cas94-150": "« Traduction du courriel (« De Wilde zal de jongere begeleiden naar de r… » : « De Wilde » dans une citation néerlandaise : « De » y est l'article, « Wilde » un mot courant : raté antérieur",
    },
    "garde93": {
        "cas93-006": "« Das Jugendgericht in Eupen hat die Maßnahme um sechs Monate verlängert… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-007": "« termine: [Montag 3. Februar, Mittwoch 12. Februar, Rosenmontag]⏎ » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-008": "« - Schule: Förderschule in Sankt Vith⏎- Klasse: Abschlussjahr⏎- Schulbu… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-013": "« Courriel du CPAS germanophone : « Die Kostenübernahme für die Fahrtkos… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-015": "« Der Junge möchte eine Lehre als Schreiner beginnen; das Zentrum für Au… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-016": "« | Datum | Ort | Thema |⏎|---|---|---|⏎| Donnerstag, 8. Mai | Eupen | N… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-017": "« jugendlicher:⏎  wohnort: Kelmis⏎  sprache: Deutsch und Französisch⏎  s… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-022": "« uebersetzung:⏎  fr: La psychologue scolaire propose un bilan.⏎  de: Di… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-023": "« Réunion reportée : « Wegen des Streiks fahren am Mittwoch keine Busse … » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-027": "« antrag:⏎  stelle: ÖSHZ Raeren⏎  betrag: 450⏎  status: in Bearbeitung⏎ … » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-033": "« cita: \"Cita en el CPAS el viernes 11 de julio a las diez.\"⏎ » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-038": "« next_meeting:⏎  date: Thursday 3 October⏎  place: network office, Brus… » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-049": "« fechas: [lunes 4 de marzo, miércoles 13 de marzo, Viernes Santo]⏎ » : une phrase allemande ou anglaise, espagnole : un nom commun ou un nom propre à majuscule y reste lu (un nom de famille allemand est souvent un mot ou un composé, « Freund », « Rosenbaum » : l'attaque-123) ; seuls les mots outils, le calendrier et les mots en minuscules y sont écartés",
        "cas93-063": "« | Présents | Anwesende | Aanwezigen |⏎|---|---|---|⏎| mère | Mutter | … » : un formulaire bilingue ou une liste sans mots outils : sa langue ne se lit pas",
        "cas93-089": "« tweetalig:⏎  - [Jeune, Jongere]⏎  - [Famille, Gezin]⏎  - [Référent, Re… » : un formulaire bilingue ou une liste sans mots outils : sa langue ne se lit pas",
        "cas93-118": "« Le père ajoute (en anglais) : « Ask Siobhan, she knows the school bett… » : un prénom rare après « don » ou « Ask » dans une phrase étrangère : raté antérieur",
        "cas93-150": "« Ms Bishop, the head of year, says the boy is doing better in maths.⏎ » : « Ms » sans point n'est plus une civilité (« Ms Teams », revue67)",
    },
    "garde92": {
        "cas92-009": "« 1. Prince (éducateur de rue, AMO) : propose une activité… » : un prénom porté qui est un mot (« Sage », « Bienaimé », « Prince », « Bienvenu ») devant sa fonction entre parenthèses, sans verbe de personne juste après, ou hors des listes des prénoms portés : laissé (une méthode, un jeu s'écrivent pareil, l'attaque-122)",
        "cas92-020": "« * Bienvenu (médiateur scolaire) relaiera la demande… » : un prénom porté qui est un mot (« Sage », « Bienaimé », « Prince », « Bienvenu ») devant sa fonction entre parenthèses, sans verbe de personne juste après, ou hors des listes des prénoms portés : laissé (une méthode, un jeu s'écrivent pareil, l'attaque-122)",
        "cas92-071": "« …accompagné par Sage (grand frère) lors de l'entretien… » : un prénom porté qui est un mot (« Sage », « Bienaimé », « Prince », « Bienvenu ») devant sa fonction entre parenthèses, sans verbe de personne juste après, ou hors des listes des prénoms portés : laissé (une méthode, un jeu s'écrivent pareil, l'attaque-122)",
        "cas92-078": "« quand: après le passage de Bienaimé (éducateur de nuit)⏎ » : un prénom porté qui est un mot (« Sage », « Bienaimé », « Prince », « Bienvenu ») devant sa fonction entre parenthèses, sans verbe de personne juste après, ou hors des listes des prénoms portés : laissé (une méthode, un jeu s'écrivent pareil, l'attaque-122)",
    },
    "garde91": {
        "cas91-003": "« Dim 7h : consultation… » : sans point, un jour abrégé devant une heure reste lu comme un prénom (« Sam 14h au parc ? » peut être le prénom : l'attaque-121)",
        "cas91-010": "« ### Sem. 41⏎- lun 7/10 : école… » : un jour abrégé devant un simple numéro (« Sam 16 : ») ou « Sem. 41 » (la semaine) : laissés, un prénom court y est aussi possible",
        "cas91-012": "« Sam 16 : sortie avec l'éducateur du SRG⏎ » : un jour abrégé devant un simple numéro (« Sam 16 : ») ou « Sem. 41 » (la semaine) : laissés, un prénom court y est aussi possible",
        "cas91-022": "« visites:⏎  - Dim 7h consultation… » : sans point, un jour abrégé devant une heure reste lu comme un prénom (« Sam 14h au parc ? » peut être le prénom : l'attaque-121)",
        "cas91-067": "« - 9h : appel de Merv, éducateur de rue⏎ » : un prénom court hors des listes à côté d'un agenda (« Merv », « Lune », « Venus », « Vendela ») : ratés antérieurs",
        "cas91-071": "« Lune viendra le 22/03 avec sa grand-mère.⏎ » : un prénom court hors des listes à côté d'un agenda (« Merv », « Lune », « Venus », « Vendela ») : ratés antérieurs",
        "cas91-072": "« visiteur: Venus⏎date: 2019-04-12… » : un prénom court hors des listes à côté d'un agenda (« Merv », « Lune », « Venus », « Vendela ») : ratés antérieurs",
        "cas91-086": "« | Sam. | Vendela | piscine |⏎ » : un prénom court hors des listes à côté d'un agenda (« Merv », « Lune », « Venus », « Vendela ») : ratés antérieurs",
    },
    "garde96": {
        "cas96-093": "« Le message de l'école de Valence dit : « tiene problemas en Lengua y en … » : une institution, une matière ou un titre à majuscules d'une phrase espagnole ou anglaise (« El Ayuntamiento », « Progress Report », « Mental Health », « Educación Física ») : gardé, au milieu d'une phrase anglaise, espagnole ou néerlandaise la majuscule fait le nom",
        "cas96-046": "« bericht_moeder: ik heb gisteren met mila gebeld, ze was verdrietig⏎ » : un prénom en minuscules dans une phrase néerlandaise (« met mila gebeld ») : laissé, comme « mit barakzai » (aveugle-91)",
        "cas96-063": "« Mensaje traducido: Mañana viene el educador a las diez.⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-073": "« elternbrief: Mathematik bleibt schwierig, aber er gibt sich Mühe.⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-083": "« colegio:⏎  - Inglés y Matemáticas son las asignaturas más difíciles.⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-087": "« Cruz Roja nos informa que la familia ya tiene alojamiento.⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-097": "« mensaje: \"El lunes tiene cita en el Centro de Salud Mental de Alcalá.\"⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-104": "« partner_notes:⏎  - The School Nurse and the Social Worker will meet on F… » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-108": "« Email from the team: she is on the waiting list of the Child and Adolesc… » : une institution, une matière ou un titre à majuscules d'une phrase espagnole ou anglaise (« El Ayuntamiento », « Progress Report », « Mental Health », « Educación Física ») : gardé, au milieu d'une phrase anglaise, espagnole ou néerlandaise la majuscule fait le nom",
        "cas96-109": "« Según la Trabajadora Social, la Fiscalía de Menores ya tiene el informe.… » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-112": "« titre_rapport: Weekly Progress Report – Behaviour and Attendance⏎ » : une institution, une matière ou un titre à majuscules d'une phrase espagnole ou anglaise (« El Ayuntamiento », « Progress Report », « Mental Health », « Educación Física ») : gardé, au milieu d'une phrase anglaise, espagnole ou néerlandaise la majuscule fait le nom",
        "cas96-113": "« horario:⏎  - Tiene clase de Inglés, Historia y Tecnología por la tarde.⏎ » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-117": "« Traducción: la madre quiere que siga en el Instituto San Isidro el próxi… » : un mot espagnol, anglais ou allemand que les listes de noms comptent parmi les prénoms ou les noms (« Mañana », « Inglés », « Mühe », « Cruz Roja », « Nurse », « Worker », « Salud », « Instituto ») : gardé ; une règle de titres qui les écartait perdait des personnes (« Dawn Parker », « Caridad Prado », l'attaque-126)",
        "cas96-119": "« schule: \"Er besucht die Bischöfliche Schule und den Fußballverein KAS Eu… » : un nom commun allemand après un adjectif que le dictionnaire n'a pas (« die Bischöfliche Schule ») : laissé",
        "cas96-120": "« plan:⏎  - Follow-up at the Royal Children's Hospital in March.⏎ » : un mois anglais dans une ligne que la lecture des langues ne reconnaît pas (« Follow-up at the Royal Children's Hospital in March ») : laissé",
    },
    "garde97": {
        "cas97-001": "« En cours de religion, il a présenté le récit d'Abraham et du sacrifice, … » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-002": "« La grand-mère lui lit chaque soir la sourate Al-Fatiha ; le jeune dit qu… » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-006": "« Au groupe de parole, la lecture portait sur le prophète Jonas et la bale… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-009": "« La famille a fait lire la Bhagavad-Gita pendant les treize jours de deui… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-010": "« Elle s'intéresse au récit de Marie-Madeleine au tombeau, découvert au co… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-014": "« note: \"Il a demandé ce que dit la Torah sur Moïse, qui n'entre pas en Te… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-015": "« > « Ganesh enlève les obstacles », m'a-t-elle écrit le matin de l'examen… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-016": "« Le professeur de religion a lu le récit de Lazare ressuscité ; la jeune … » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-018": "« Il a dessiné l'archange Gabriel soufflant dans une trompette, « pour app… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-019": "« Elle récite l'invocation à Quan Âm, la bodhisattva de la compassion, ave… » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-020": "« presents:⏎  - jeune⏎  - mere⏎objet: lecture commentée du livre de Ruth⏎ » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-021": "« Au temple, on a récité le Sutra du Cœur trois fois pour l'âme du défunt.… » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-022": "« Il s'identifie à Joseph vendu par ses frères, dit-il, « comme moi placé … » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-023": "« citation_du_jeune: \"Le prophète Mohammed a dit que la patience est une l… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-024": "« Les aînés ont invoqué Imana et les ancêtres lors de la levée de deuil.⏎ » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-025": "« La famille honore Oya, l'orisha des vents et des cimetières, et lui fait… » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-027": "« Le jeune a lu seul le récit d'Ismaël et d'Agar dans le désert et en a pa… » : une figure religieuse qui est aussi un prénom porté (« Abraham », « Moïse », « Jonas », « Ismaël », « Gabriel », « Joseph », « Ruth », « Krishna », « Ganesh », « Mohammed ») : gardée, une note écrit le même prénom pour un enfant du dossier (l'attaque-127 : « le patriarche Ahmed Belkacem »)",
        "cas97-030": "« Pendant la shiv'ah, on a lu les Psaumes et la prière El Malé Ra'hamim.⏎ » : un texte, une prière ou une divinité hors de la liste, ou qui commence par un prénom (« Al-Fatiha », « Sutra du Cœur », « El Malé Ra'hamim », « Quan Âm », « Imana », « Oya ») : laissé",
        "cas97-031": "« Les funérailles auront lieu à la mosquée Al-Rahma de Jambes, puis l'inhu… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-034": "« Le corps a été rapatrié à Kayseri par les pompes funèbres Anadolu Cenaze.⏎ » : un lieu de culte ou une entreprise de pompes funèbres suivis d'un nom que personne n'écrit : gardé, une personne s'y écrit pareil (« Au cimetière Okbazghi, le grand frère, a lu… », la relecture revue69)",
        "cas97-038": "« lieu: gurdwara Guru Nanak Darbar, Vilvorde⏎ » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-039": "« La famille a fêté Diwali au temple hindou d'Anderlecht.⏎ » : « au temple hindou » lu comme deux noms en minuscules : raté antérieur, laissé",
        "cas97-040": "« Elle voudrait aller à la pagode Linh Quang pour le Vu Lan, la fête des p… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-046": "« La mère souhaite un rituel au temple Shri Ram Mandir ; le jeune refuse d… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-049": "« Les quarante jours (arbaïn) seront marqués à la mosquée Fatih de Schaerb… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-054": "« La famille fait le pèlerinage à Lourdes chaque été, puis s'arrête au san… » : « Lourdes », une ville que les listes comptent aussi parmi les prénoms : gardé",
        "cas97-057": "« Pour le Losar, la famille se rend au temple bouddhiste Yeunten Ling, à H… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
        "cas97-060": "« Le deuil coïncide avec le Têt et l'Achoura ; la pagode Từ Quang organise… » : un lieu de culte au nom d'un prénom ou de plusieurs mots, ou hors des lieux de la liste (« mosquée Fatih », « pagode Linh Quang », « Guru Nanak Darbar », « Shri Ram Mandir », « Yeunten Ling », « cimetière de Belgrade ») : gardé, une personne s'y écrit pareil (la relecture revue69)",
    },
    "garde98": {
        "cas98-063": "« echanges:⏎- Brigid: we can host him on weekends⏎- tante: ok⏎ » : un prénom que le lexique connaît, en tête d'un élément de liste d'une ligne anglaise (« Brigid ») : laissé, une fonction s'y écrit pareil (« - Headteacher: », la relecture revue70)",
        "cas98-106": "« El Ayuntamiento pidió un informe a los Servicios Sociales antes del lune… » : « Servicios Sociales » : un mot courant après un autre mot à majuscule, que la règle des mots courants ne lit plus (« Zorgcoördinator Snel », la relecture revue70) : laissé",
        "cas98-008": "« sms recopié : \"plz tell the school its ramzi's inhaler in the bag not mi… » : un prénom en minuscules dans un message écrit dans une autre langue (« ramzi's », « anikas », « met hamza », « - dani: ») : raté antérieur, laissé",
        "cas98-015": "« message recopié : \"bin mit anikas ranzen im bus, sie hat ihn wieder verg… » : un prénom en minuscules dans un message écrit dans une autre langue (« ramzi's », « anikas », « met hamza », « - dani: ») : raté antérieur, laissé",
        "cas98-057": "« whatsapp_moeder: \"zeg tegen mevrouw dat ik morgen met hamza kom\"⏎ » : un prénom en minuscules dans un message écrit dans une autre langue (« ramzi's », « anikas », « met hamza », « - dani: ») : raté antérieur, laissé",
        "cas98-081": "« - dani: ya voy, espérame⏎ » : un prénom en minuscules dans un message écrit dans une autre langue (« ramzi's », « anikas », « met hamza », « - dani: ») : raté antérieur, laissé",
        "cas98-091": "« The School Nurse will contact the GP on Monday.⏎ » : un titre, un service ou un mot anglais que les listes comptent parmi les prénoms ou les noms (« Nurse », « Mental Health », « Born », « Polish ») : laissé, l'anglais écrit des noms qui sont des mots que les listes n'ont pas (« Dawn Walker »)",
        "cas98-092": "« partenaire_anglais: \"Child and Adolescent Mental Health Services (CAMHS)… » : un titre, un service ou un mot anglais que les listes comptent parmi les prénoms ou les noms (« Nurse », « Mental Health », « Born », « Polish ») : laissé, l'anglais écrit des noms qui sont des mots que les listes n'ont pas (« Dawn Walker »)",
        "cas98-100": "« schule: \"Förderschule, Klasse 7b – Deutsch, Mathematik und Sachkunde\"⏎ » : un mot allemand ou néerlandais composé hors des mots courants (« Sachkunde », « Schulsozialarbeiterin », « Jongerenonthaal ») : laissé",
        "cas98-101": "« La famille a reçu une lettre : « Sehr geehrte Damen und Herren, das Fami… » : « Sie », la politesse allemande au milieu d'une phrase, que les listes comptent parmi les noms : laissé",
        "cas98-102": "« zitat: \"Die Schulsozialarbeiterin und der Klassenlehrer sehen ihn im Feb… » : un mot allemand ou néerlandais composé hors des mots courants (« Sachkunde », « Schulsozialarbeiterin », « Jongerenonthaal ») : laissé",
        "cas98-107": "« asignaturas: \"Matemáticas, Lengua Castellana, Educación Física\"⏎ » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-108": "« La mère traduit le bulletin : « suspende Inglés y Ciencias Naturales en … » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-110": "« - El Tutor y la Orientadora del Instituto proponen una reunión en septie… » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-111": "« origen: \"Centro de Salud Mental Infanto-Juvenil, Unidad de Día\"⏎ » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-119": "« dienst: \"Centrum Algemeen Welzijnswerk (CAW), Team Jongerenonthaal\"⏎ » : un mot allemand ou néerlandais composé hors des mots courants (« Sachkunde », « Schulsozialarbeiterin », « Jongerenonthaal ») : laissé",
        "cas98-121": "« London was too expensive, so the family moved to Birmingham in 2017.⏎ » : une ville que les listes comptent aussi parmi les noms, sujet d'un verbe (« London was… », « Madrid es… ») : gardé (l'attaque-126)",
        "cas98-124": "« parcours: \"Born in Kinshasa, then Nairobi, then Dublin.\"⏎ » : un titre, un service ou un mot anglais que les listes comptent parmi les prénoms ou les noms (« Nurse », « Mental Health », « Born », « Polish ») : laissé, l'anglais écrit des noms qui sont des mots que les listes n'ont pas (« Dawn Walker »)",
        "cas98-128": "« - Manchester has a big Polish community, the father says.⏎ » : un titre, un service ou un mot anglais que les listes comptent parmi les prénoms ou les noms (« Nurse », « Mental Health », « Born », « Polish ») : laissé, l'anglais écrit des noms qui sont des mots que les listes n'ont pas (« Dawn Walker »)",
        "cas98-135": "« notiz: \"Paschtu ist seine Muttersprache, Dari versteht er auch.\"⏎ » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-136": "« Madrid es muy caro, por eso viven en Getafe.⏎ » : une ville que les listes comptent aussi parmi les noms, sujet d'un verbe (« London was… », « Madrid es… ») : gardé (l'attaque-126)",
        "cas98-142": "« idiomas: \"Español, Francés y un poco de Árabe marroquí\"⏎ » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
        "cas98-150": "« talen: \"Pools, Vlaams en wat Engels\"⏎ » : une matière, un service ou une langue que les listes comptent parmi les prénoms ou les noms (« Castellana », « Inglés », « Tutor », « Instituto », « Centro », « Salud », « Dari », « Francés », « Engels ») : laissé",
    },
    "garde99": {
        "cas99-052": "« loisirs: jeux de société (Uno, Dobble, Loups-Garous de Thiercelieux)⏎ » : un personnage ou un jeu qui est aussi un prénom des listes (« Uno », « Deku », « Jinx ») : gardé, retirés de `personnages.txt` (la relecture revue70 : « Uno, un copain de sa classe »)",
        "cas99-056": "« Dans le manga My Hero Academia, il s'identifie à Deku, « le gamin sans p… » : un personnage ou un jeu qui est aussi un prénom des listes (« Uno », « Deku », « Jinx ») : gardé, retirés de `personnages.txt` (la relecture revue70 : « Uno, un copain de sa classe »)",
        "cas99-057": "« Elle écoute en boucle la chanson de la série Arcane et dessine Jinx sur … » : un personnage ou un jeu qui est aussi un prénom des listes (« Uno », « Deku », « Jinx ») : gardé, retirés de `personnages.txt` (la relecture revue70 : « Uno, un copain de sa classe »)",
        "cas99-141": "« Le jeune explique qu'Aurore, une copine de la MJ, l'a convaincu de venir.⏎ » : « Aurore, une copine de la MJ » : « une » devant un proche n'annonce plus une apposition (« Au bled, un cousin l'a hébergé », la relecture revue70) : laissé",
        "cas99-003": "« animaux:⏎- espece: chien⏎  nom: Max⏎  remarque: promené par le jeune tou… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-005": "« - Luna (chatte, 4 ans) : dort avec lui, « elle sent quand je vais mal ».⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-007": "« La jeune raconte que son hamster Simba est mort pendant les vacances ; e… » : « Simba », un prénom porté en Belgique, après un animal : gardé, retiré des personnes publiques à la trente-sixième session (`test_personnalites.py`)",
        "cas99-008": "« Le furet Rocky s'est échappé de sa cage : toute la famille l'a cherché u… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-010": "« message recopié : « jpeux pas venir samedi jdois garder milo le chat de … » : un prénom en minuscules dans un message, ou sous la parenthèse qui dit l'animal (« milo le chat de ma tante », « kiara ») : laissé",
        "cas99-012": "« attentes:⏎  jeune: \"pouvoir garder sa tortue Léon au foyer\"⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-013": "« Au centre équestre, la jument Princesse lui a été confiée pour les soins… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-015": "« parole_du_jeune: 'Mon chat Félix, c''est mon meilleur pote.'⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-016": "« La famille d'accueil a deux chats, Caramel et Oréo ; le jeune s'est surt… » : un second animal nommé après « et » (« Caramel et Oréo », « l'âne Gaston et de la chèvre Margot ») : laissé",
        "cas99-017": "« Elle a appelé sa perruche Lucie « parce qu'elle parle tout le temps ».⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-018": "« - activite: soins aux animaux de la ferme pédagogique⏎  detail: s'occupe… » : un second animal nommé après « et » (« Caramel et Oréo », « l'âne Gaston et de la chèvre Margot ») : laissé",
        "cas99-019": "« Le cochon d'Inde Pablo vit dans sa chambre ; il lui parle quand il n'arr… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-021": "« animal_de_compagnie:⏎  espece: chat⏎  nom: Nina⏎  age: 7 ans⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-023": "« Il voudrait adopter un chaton au refuge et a déjà choisi son nom : Jules.⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-024": "« pistes:⏎- 'Médiation animale avec Maya, la chienne d''assistance du serv… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-025": "« sms du jeune : « kiara a fait ses petits cette nuit, 5 chiots !! » (Kiar… » : un prénom en minuscules dans un message, ou sous la parenthèse qui dit l'animal (« milo le chat de ma tante », « kiara ») : laissé",
        "cas99-027": "« remarques: Sa lapine Lola est restée chez le père pendant le placement.⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-028": "« Elle passe ses après-midis avec Nestor, le labrador de la maison d'accue… » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-030": "« animaux:⏎  - chien Rex⏎  - chatte Mimi⏎  - poisson rouge Bubulle⏎ » : un animal nommé d'un prénom des listes (« Max », « Luna », « Rocky », « Léon », « Princesse », « Félix », « Lucie », « Pablo », « Nina », « Jules », « Maya », « Lola », « Nestor », « Rex ») : gardé, décidé : « chez Lucas, le chien de la voisine était là », « Son chien Kevin le promène » s'écrivent pareil (les attaques 125 et 129)",
        "cas99-043": "« Elle parle de Bob l'éponge et de Patrick l'étoile de mer comme de « vrai… » : un personnage qui est aussi un prénom porté, loin de l'œuvre qui le dit (« Patrick l'étoile de mer », « Milou est son préféré ») : gardé",
        "cas99-053": "« Elle regarde Tintin avec son grand-père ; Milou est « son préféré ».⏎ » : un personnage qui est aussi un prénom porté, loin de l'œuvre qui le dit (« Patrick l'étoile de mer », « Milou est son préféré ») : gardé",
        "cas99-066": "« ressources:⏎- MJ La Tanière (atelier graff)⏎- patinoire Ice Arena⏎ » : le nom anglais ou inventé d'un lieu de sortie, d'une meute ou d'un groupe (« Ice Arena », « Seeonee », « Black Owls », « Bois de la Vecquée ») : laissé",
        "cas99-067": "« Il a rejoint l'unité scoute, section Louveteaux, meute Seeonee.⏎ » : le nom anglais ou inventé d'un lieu de sortie, d'une meute ou d'un groupe (« Ice Arena », « Seeonee », « Black Owls », « Bois de la Vecquée ») : laissé",
        "cas99-071": "« Le groupe de musique de la MJ s'appelle Black Owls ; il y tient la batte… » : le nom anglais ou inventé d'un lieu de sortie, d'une meute ou d'un groupe (« Ice Arena », « Seeonee », « Black Owls », « Bois de la Vecquée ») : laissé",
        "cas99-078": "« activites:⏎- equipe: Les Hiboux de Belgrade (mini-foot)⏎- lieu: plaine d… » : le nom anglais ou inventé d'un lieu de sortie, d'une meute ou d'un groupe (« Ice Arena », « Seeonee », « Black Owls », « Bois de la Vecquée ») : laissé",
        "cas99-095": "« message recopié : « grace vient avec son chat ce soir on regarde naruto »⏎ » : un prénom en minuscules dans un message recopié (« grace vient », « link vient pas ») : raté antérieur, laissé (les minuscules d'un message)",
        "cas99-130": "« message recopié : « link vient pas ce soir il est puni »⏎ » : un prénom en minuscules dans un message recopié (« grace vient », « link vient pas ») : raté antérieur, laissé (les minuscules d'un message)",
    },
    "garde100": {
        "cas100-013": "« mina, sa copine du quartier, est passée la chercher à la sortie.⏎ » : un prénom homonyme d'un mot ou hors des listes écrit en minuscules (« mina, sa copine », « ambre est sa meilleure amie », « meilleur_ami: prince », « happy birthday fenna ») : laissé",
        "cas100-019": "« Ange, le petit dernier de la fratrie, dort encore avec la mère.⏎ » : une apposition qui dit un rang dans la fratrie (« le petit dernier »), pas un lien : laissé",
        "cas100-022": "« contexte: >⏎  Brigid, une voisine irlandaise, le garde après l'école.⏎ » : « Brigid, une voisine irlandaise, » : un qualificatif hors de ceux d'un proche, l'apposition ne se ferme pas sur le lien : laissé",
        "cas100-037": "« Romane et elle sont inséparables depuis le camp scout.⏎ » : un prénom homonyme d'un mot sujet d'un verbe ou d'une tournure hors des listes (« Romane et elle sont inséparables », « Rocky partage sa chambre », « Ange l'a beaucoup soutenue », « Jade, 16 ans, est sa petite amie ») : laissé",
        "cas100-040": "« Rocky partage sa chambre à l'internat et veille sur lui.⏎ » : un prénom homonyme d'un mot sujet d'un verbe ou d'une tournure hors des listes (« Romane et elle sont inséparables », « Rocky partage sa chambre », « Ange l'a beaucoup soutenue », « Jade, 16 ans, est sa petite amie ») : laissé",
        "cas100-046": "« ambre est sa meilleure amie (elle l'écrit en minuscules dans ses message… » : un prénom homonyme d'un mot ou hors des listes écrit en minuscules (« mina, sa copine », « ambre est sa meilleure amie », « meilleur_ami: prince », « happy birthday fenna ») : laissé",
        "cas100-051": "« Ange l'a beaucoup soutenue ; c'est sa cousine préférée.⏎ » : un prénom homonyme d'un mot sujet d'un verbe ou d'une tournure hors des listes (« Romane et elle sont inséparables », « Rocky partage sa chambre », « Ange l'a beaucoup soutenue », « Jade, 16 ans, est sa petite amie ») : laissé",
        "cas100-054": "« Jade, 16 ans, est sa petite amie actuelle.⏎ » : un prénom homonyme d'un mot sujet d'un verbe ou d'une tournure hors des listes (« Romane et elle sont inséparables », « Rocky partage sa chambre », « Ange l'a beaucoup soutenue », « Jade, 16 ans, est sa petite amie ») : laissé",
        "cas100-076": "« meilleur_ami: prince⏎ » : un prénom homonyme d'un mot ou hors des listes écrit en minuscules (« mina, sa copine », « ambre est sa meilleure amie », « meilleur_ami: prince », « happy birthday fenna ») : laissé",
        "cas100-077": "« Petite amie → Zelda⏎ » : une rubrique de proche lue autrement qu'une clé (« Petite amie → Zelda », « Ami proche: Rocky. » abrège, « confidente: Ambre  # … » : un mot seul) : laissé",
        "cas100-079": "« Ami proche: Rocky.⏎ » : une rubrique de proche lue autrement qu'une clé (« Petite amie → Zelda », « Ami proche: Rocky. » abrège, « confidente: Ambre  # … » : un mot seul) : laissé",
        "cas100-082": "« confidente: Ambre  # amie de la MJ⏎ » : une rubrique de proche lue autrement qu'une clé (« Petite amie → Zelda », « Ami proche: Rocky. » abrège, « confidente: Ambre  # … » : un mot seul) : laissé",
        "cas100-092": "« messages:⏎  - 'Siobhan: we can host her this weekend'⏎ » : un prénom dans une phrase d'une autre langue citée dans une ligne française (« Siobhan: we can host her », « Noor slaapt », « Tyler is my brother », « Milan hat mir geholfen ») : laissé",
        "cas100-096": "« Sur Instagram, il a écrit : \"Tyler is my brother forever\".⏎ » : un prénom dans une phrase d'une autre langue citée dans une ligne française (« Siobhan: we can host her », « Noor slaapt », « Tyler is my brother », « Milan hat mir geholfen ») : laissé",
        "cas100-114": "« Post recopié : 'happy birthday fenna, love u'⏎ » : un prénom homonyme d'un mot ou hors des listes écrit en minuscules (« mina, sa copine », « ambre est sa meilleure amie », « meilleur_ami: prince », « happy birthday fenna ») : laissé",
    },
    "garde101": {
        "cas101-027": "une particule en minuscules devant le nom, après « que » ou une fonction (« que de smet resterait », « La déléguée SPJ de wilde passe ») : laissé",
        "cas101-031": "un mot du dictionnaire ou une forme d'un verbe, en minuscules, aussi prénom ou nom (« moussa » (il moussa), « fleur », « claire », « cornet », « samba », « marguerite ») : laissé",
        "cas101-044": "« abdi m'a montré » : un pronom élidé autre que « s' » ou « l' » entre le sujet en minuscules et le verbe : laissé",
        "cas101-055": "« liu wei rattrape » : un prénom et un nom courts d'Asie après un complément, le second mot n'est pas lu : laissé",
        "cas101-057": "« Pourtant diop voulait » : un mot de liaison à majuscule en tête de phrase devant un nom en minuscules (la tête de ligne ne lit que les minuscules) : laissé",
        "cas101-067": "un mot du dictionnaire ou une forme d'un verbe, en minuscules, aussi prénom ou nom (« moussa » (il moussa), « fleur », « claire », « cornet », « samba », « marguerite ») : laissé",
        "cas101-080": "« La psychomotricienne – xu ling – propose » : un nom apposé entre tirets : laissé",
        "cas101-081": "« maître dethier » : « maître » en minuscules, civilité et nom commun : raté antérieur, laissé",
        "cas101-094": "un mot du dictionnaire ou une forme d'un verbe, en minuscules, aussi prénom ou nom (« moussa » (il moussa), « fleur », « claire », « cornet », « samba », « marguerite ») : laissé",
        "cas101-098": "une particule en minuscules devant le nom, après « que » ou une fonction (« que de smet resterait », « La déléguée SPJ de wilde passe ») : laissé",
        "cas101-107": "un mot du dictionnaire ou une forme d'un verbe, en minuscules, aussi prénom ou nom (« moussa » (il moussa), « fleur », « claire », « cornet », « samba », « marguerite ») : laissé",
        "cas101-113": "« L'éducateur de rue samba accompagne » : après « de » et un mot du dictionnaire qui qualifie la fonction, un prénom homonyme d'un mot : laissé",
        "cas101-115": "un mot du dictionnaire ou une forme d'un verbe, en minuscules, aussi prénom ou nom (« moussa » (il moussa), « fleur », « claire », « cornet », « samba », « marguerite ») : laissé",
    },
}
"""Par fichier, les cas encore ratés, chacun avec sa raison (laissés, voir docs/bench/anonymat.md)."""


@pytest.mark.parametrize("nom", sorted(RATES_CONNUS))
def test_les_cas_du_fichier_sont_justes(nom: str) -> None:
    """Chaque positif est signalé sur sa ligne, chaque négatif voisin reste muet, hormis les ratés connus ; un raté connu
    qui devient juste fait échouer l'essai aussi : sa raison est à retirer de `RATES_CONNUS`.

    Un essai par fichier plutôt qu'un par cas : les ≈ 6 700 cas faisaient autant d'essais, dont chacun coûtait à
    pytest plus que la garde elle-même (et chaque raté connu, un essai attendu en échec, une trace relue du source) ;
    le message d'échec nomme chaque cas en cause."""
    rates = {str(c["id"]): c for c in charger(nom) if not juste(c)}
    connus = RATES_CONNUS[nom]
    nouveaux = [f"- {i} ({c['classe']}) : {c['texte']!r} (attendu : {c['attendu']!r})"
                for i, c in rates.items() if i not in connus]
    gueris = [f"- {i} : {raison}" for i, raison in connus.items() if i not in rates]
    assert not nouveaux and not gueris, "\n".join(
        ([f"{nom} : {len(nouveaux)} cas faux, hors des ratés connus :", *nouveaux] if nouveaux else [])
        + ([f"{nom} : {len(gueris)} ratés connus devenus justes (raison à retirer de RATES_CONNUS) :", *gueris]
           if gueris else []))


def test_chaque_fichier_de_cas_est_lu() -> None:
    """Un fichier de cas ajouté sans entrée dans `RATES_CONNUS` ne serait vérifié par rien ; un raté connu au nom mal
    écrit ne désignerait aucun cas."""
    assert {p.stem for p in (Path(__file__).parent / "cas").glob("*.jsonl")} == set(RATES_CONNUS)
    for nom, connus in RATES_CONNUS.items():
        assert set(connus) <= {c["id"] for c in charger(nom)}, nom
