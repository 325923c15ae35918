"""Noms de personnes, en couches, hors ligne.

1. Règle d'écriture de la note de synthèse : après une civilité (M., Mme, Madame…), un lien de
   parenté (la mère, son frère…) ou une appellation (prénommé, s'appelle…), seules des initiales
   peuvent suivre. Tout mot à majuscule qui n'est pas une initiale, un sigle, un lieu ou un service
   de l'annuaire est signalé.
2. Listes de prénoms et de noms de Belgique et de France (fournisseurs `fr_BE`, `nl_BE` et `fr_FR`
   de Faker, chargées à l'exécution), avec une liste de mots ambigus (Rose, Petit, Parent…) qui ne
   sont pas signalés en tête de phrase quand ils sont seuls.
3. Noms protégés : les empreintes salées des vrais noms du dossier, tenues hors du dépôt ; ces mots
   sont reconnus quelle que soit leur casse ou leur graphie (voir `proteges`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Set
from functools import lru_cache
from itertools import chain

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.contexte import ContexteAnonymat, normaliser_meme_longueur
from filrouge.anonymat.dates import dates_a_mois_en_lettres
from filrouge.anonymat.etrangeres import (CALENDRIER, MOTS_OUTILS, MOTS_OUTILS_D_AUTRES_LANGUES, MOTS_OUTILS_FRANCAIS,
                                          NOMS_COMMUNS, PRENOMS_DU_CALENDRIER,
                                          VERBES_DE_PERSONNE, langue_du_passage, mot_courant_que_personne_ne_porte,
                                          mots_courants, pas_un_nom, titre_sans_nom)
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes, par_caracteres_fixes, positions_du_mot
from filrouge.anonymat.listes import (_MOTS_OUTILS, DEBUTS_DE_LIEN, QUALIFICATIFS_DE_LIEN, est_courant_tel_qu_ecrit,
                                      est_mot_connu, est_mot_du_dictionnaire, est_un_lieu, liens_de_parente,
                                      est_prenom_connu, lire_liste, listes, mots_de_la_langue, noms_courts,
                                      noms_etendus)
from filrouge.anonymat.masque import masquer_mots
from filrouge.anonymat.nombres import UNITES_DE_DOSE
from filrouge.anonymat.normalisation import HORS_FRANCAIS, MAJUSCULES, MINUSCULES, normaliser
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.nom"
MOTS_MAX = 6
"""Mots d'un nom au plus (« Maria Do Carmo Dos Santos Silva ») : borne le temps de chaque lecture."""
_PREPOSITIONS_VERS_UNE_PERSONNE = r"avec|chez|selon|voir|vers|ainsi[ \t]+que|pour|envers|entre|auprès[ \t]+de|par"
"""Ce qui, juste avant un nom, dit avec qui, chez qui, selon qui, vers qui (« avec jawad », « chez les Ba ») : lu devant
un nom en minuscules (`_APRES_EN_MINUSCULES`) et devant un nom court (`_PREPOSITION_DEVANT_UN_NOM_COURT`)."""

_MAJ = MAJUSCULES
_MIN = MINUSCULES
# Un mot qui commence par une majuscule (« Dupont », « DUPONT », « Jean-Pierre », « d'Amico » → Amico,
# « qu'Ornella », « lorsqu'Ahmed » → Ornella, Ahmed).
# La majuscule d'abord, les assertions arrière ensuite (décalées d'un caractère) : le moteur saute d'une
# majuscule à l'autre au lieu d'essayer chaque position du texte (huit fois plus rapide sur un récit).
_MOT_CAP = re.compile(
    r"([" + _MAJ + r"](?:(?<=\b[dDlL]['’].)|(?<=[qQ]u['’].)|(?<![\w’\-.].)(?<!\w'.))[^\W\d_]*(?:['’\-][^\W\d_]+)*)(?![\w’]|'\w|-\w)"
)
_VOIE_DEVANT = re.compile(r"(?<![\w])(?<![àÀaA][ \t][lL][aA][ \t])(?<![dD]ans[ \t]la[ \t])(?i:rue|avenue|boulevard|chaussée|quai|drève|allée|square)[ \t]+"
                          r"(?:(?:du|de[ \t]+la|des|de)[ \t]+)?$")
"""Un type de voie juste devant un titre (« rue Docteur Haibe », « avenue du Général Michel ») : le nom d'une rue, pas une
personne ; pas « place », « chemin », « impasse », « av. » (avec), « à la rue », « dans la rue » (sans abri, de
passage), des mots de la phrase
(« à la place du Dr Okafor », « dans l'impasse Me Lukusa attend », les attaques 60 et 61)."""
_VOIES_EN_TETE = frozenset("rue avenue place square boulevard chaussee quai dreve allee impasse".split())
"""Les types de voie qui, à majuscule en tête d'une suite de mots, en font le nom d'une rue (« Place Lumumba »)."""
_TITRES_DE_RUE = frozenset({"docteur", "professeur", "general", "colonel", "capitaine", "lieutenant", "commandant",
                            "baron", "comte", "president", "abbe", "chanoine", "pere", "soeur", "frere", "recteur"})
"""Les titres écrits en entier qu'une rue porte (« rue Docteur Haibe », « rue du Père Damien ») ; jamais « Dr », « Me »,
« Maître », ni « Monsieur » ou « Madame » : après eux, même derrière « rue », une personne."""
_PARTICULES = r"(?:van|von|de|der|den|du|des|la|le|el|al|ben|bin|da|di|dos|do|ter|ten|vande|vander|'t)"
_LIEN_CHAINE = re.compile(r"[ \t]+(?:" + _PARTICULES + r"[ \t]+)*")
_SAINT = re.compile(r"^(?:saint|sainte|st|ste|notre|sint|sankt)-", re.IGNORECASE)
_MOTIF_D_INITIALE = r"[" + _MAJ + r"]\.?(?:-[" + _MAJ + r"]\.?)*"
_INITIALE_DE_PRENOM = re.compile(_MOTIF_D_INITIALE + r"$")
"""« K », « J.-P. » : l'initiale d'un prénom, pas un sigle."""
_INITIALES = re.compile(r"^(?:" + _MOTIF_D_INITIALE + r"|[" + _MAJ + r"]{2,3})$")
_FIN_PHRASE = re.compile(r"(?:^|[.!?:;…«»\"“”(\[{|>*#=]|(?:^|[\s:])'|^\s*(?:[-*+]|\d+[.)]|[a-z][.)])|\S:)\s*$")
_CITE_SANS_ACCENT = (
    r"(?:(?<=(?<!\w)[lsmt]a[ \t])|(?<=(?<!\w)une[ \t])|(?<=(?<!\w)[nv]otre[ \t])|(?<=(?<!\w)cette[ \t]))"
    + "".join(rf"(?<!(?<!\w){pronom}[ \t]la[ \t])"
              for pronom in ("(?:il|on|je|tu|ne)", "(?:ils|qui)", "elle", "elles"))
    + r"cite")
"""« cite » sans accent est une cité après un déterminant (« la cite Germinal », « sa cite Diongre »), pas le verbe
(« Il cite Soumah Mamadou », « elle la cite ») : aveugle-68, puis l'attaque-68 et la relecture ; jamais après « leur »,
aussi pronom (« L'éducateur leur cite Khadija Benali »)."""
_METIERS_DE_RUE = tuple(
    racine + fin for racine, fins in (("éduc", ("", "s", "ateur", "ateurs", "atrice", "atrices")),
                                      ("educ", ("", "s", "ateur", "ateurs", "atrice", "atrices")),
                                      ("travaill", ("eur", "eurs", "euse", "euses")),
                                      ("anima", ("teur", "teurs", "trice", "trices")),
                                      ("média", ("teur", "teurs", "trice", "trices")),
                                      ("media", ("teur", "teurs", "trice", "trices")),
                                      ("intervenant", ("", "e", "s", "es")))
    for fin in fins)
"""Les métiers « de rue » (« L'éducateur de rue Pirotte Kevin », « la travailleuse de rue Sokhna Ba ») : après eux,
« rue » n'est pas une voie et le nom qui suit est une personne (garde76, aveugle-85) ; une liste fermée, pas une finale :
« le réparateur de rue Malibran » travaille dans une rue (l'attaque-106). « La médiatrice de rue Wayez » est lue comme
une personne : le métier existe, un nom laissé en clair coûte plus qu'une rue signalée."""
_INSTITUTIONS = re.compile(
    r"(?<!\w)(?:école|ecole|collège|college|institut|athénée|athenee|lycée|hôpital|hopital|clinique|centre|home|maison|"
    r"foyer|internat|asbl|service|résidence|residence|équipe|equipe|projet|cabinet|crèche|creche|"
    + "".join(rf"(?<!{metier}[ \t]de[ \t])" for metier in _METIERS_DE_RUE) + r"rue|"
    r"avenue|place|chaussée|boulevard|quai|drève|clos|allée|chemin|impasse|square|sentier|route|"
    r"parc|salle|bâtiment|batiment|site|campus|pavillon|unité|unite|section|groupe|réseau|reseau|"
    r"fondation|association|mutualité|mutualite|paroisse|église|eglise|club|stade|piscine|gare|musée|"
    r"station|arrêt|arret|métro|metro|tram|quartier|cité|" + _CITE_SANS_ACCENT + r"|galerie|passage|"
    r"bibliothèque|ludothèque|académie|academie|conservatoire|prix|fonds|plan|programme|dispositif|fondation|"
    r"diplôme|diplome|label|trophée|trophee|concours|atelier|collectif|opération|operation|campagne|festival|"
    r"roi|reine|prince|princesse|saint|sainte|sint|pape|mgr|monseigneur|(?-i:Don|Dom|DON|DOM)|(?<=un[ \t])don|(?<=le[ \t])don|(?<=du[ \t])don|(?<=au[ \t])don)"
    r"(?:[ \t]+(?:royale?|communale?|provinciale?|universitaire|libre|catholique|spécialisée?|specialisee?|"
    r"des[ \t]+enfants|pour[ \t]+enfants|de[ \t]+paroles?|d['’]entraide|de[ \t]+soutien|de[ \t]+parents|"
    # un complément en minuscules : « maison de jeunes », « centre de jour », « service d'accueil »
    r"(?:(?:de|du|des)[ \t]+|d['’])[a-zàâçéèêëîïôûùüÿœ]{3,}|"
    # un ou deux adjectifs en minuscules : « centre culturel », « hôpital psychiatrique », « maison médicale »
    r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:-[a-zàâçéèêëîïôûùüÿœ]{2,})?(?:al|ale|aux|ales|el|elle|els|elles|if|ive|ifs|ives|ique|"
    r"iques|aire|aires|ier|ière|iers|ières|ien|ienne|é|ée|és|ées)(?![\w'’\-]))){0,2}[ \t]+$",
    re.IGNORECASE,
)

_CONJONCTION = r"(?i:et|ou|mais|puis|ni|car|donc|or|qui|que|quand|lorsque|si)(?![\w'’\-])"
_EPONYME_AVANT = re.compile(
    r"(?<!\w)(?P<tete>(?i:méthode|échelle|inventaire|questionnaire|modèle|théorie|approche|classification|pédagogie|"
    r"technique|protocole|courant|école[ \t]+de[ \t]+pensée))(?:[ \t]+(?!" + _CONJONCTION + r")[\w'’\-]+){0,3}?[ \t]*"
    r"(?P<de>[ \t]de[ \t]+|[ \t]d['’]|[ \t]selon[ \t]+)?$"
)
"""« la méthode Feldenkrais », « l'inventaire de dépression de Beck », « l'approche de Guy Ausloos » : le nom d'une méthode,
d'une échelle ou d'un courant, d'après son auteur ; pas une personne du dossier (jamais « la maladie de », « le test
de » : ceux-là peuvent être ceux du jeune ; seuls les éponymes d'une liste fermée, `_MALADIE_DE`). Pas au-delà d'une
conjonction, qui ouvre une autre proposition : « la majorité approche et Hakizimana Uwera refuse », « il est au courant
mais Siham ne veut pas » nomment une personne (aveugle-76). Pas « concept » : « le concept Bobath » s'écrit comme « on a
présenté le concept Julie a accroché » (l'attaque-131). Après « de » (groupe `de`), pas un prénom des listes : voir
`_eponyme_avant`."""


_AUTEURS_DE_METHODES = frozenset(normaliser(m) for m in lire_liste("auteurs_de_methodes.txt"))
_TETES_DE_MESURE = frozenset(("echelle", "inventaire", "questionnaire"))
"""Les têtes d'une mesure éponyme : après elles et « de », l'auteur même quand il porte un prénom (« Échelle de
Hamilton », garde88)."""


def _eponyme_avant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Le mot à `debut` suit-il la tête d'une méthode éponyme (`_EPONYME_AVANT`) ? Après « de », « d' » ou « selon », pas
    un prénom des listes hors des tests éponymes, sauf après une mesure (`_TETES_DE_MESURE`) : « La technique de Fatou
    pour l'endormir marche », « Le modèle de Karim est son grand frère », « La méthode de Julie Dupont » nomment une
    personne du dossier (trente-huitième session) ; pas les auteurs d'`auteurs_de_methodes.txt` (« l'approche de Nagy »,
    « la méthode de Gordon »), ni « l'échelle de Hamilton »."""
    m = _EPONYME_AVANT.search(texte, max(debut_ligne, debut - 60), debut)
    if m is None:
        return False
    if m.group("de") is None or normaliser(m.group("tete")) in _TETES_DE_MESURE:
        return True
    mot = _LETTRES.match(texte, debut)
    forme = normaliser(mot.group()) if mot else ""
    return forme in _TESTS_EPONYMES or forme in _AUTEURS_DE_METHODES or not _prenom_des_listes(forme)
_MALADIES_EPONYMES = frozenset(normaliser(m) for m in lire_liste("maladies_eponymes.txt"))
_MOTS_DE_MALADIE = ("syndrome", "tétralogie", "thyroïdite", "chorée", "sarcome", "lymphome", "ataxie", "dystrophie",
                    "myopathie", "ostéochondrose", "apophysite")
"""Pas « maladie », « tumeur », « paralysie » : « l'arrêt maladie de Wilson », « la tumeur de Wilson a été opérée » sont
ceux d'une personne (l'attaque-55) ; « la maladie de Kawasaki » reste signalée."""
_MALADIE_DE = re.compile(r"(?<!\w)(?i:" + "|".join(_MOTS_DE_MALADIE) + r"|scl[ée]roses?[ \t]+tub[ée]reuse)s?[ \t]+"
                         r"(?:de[ \t]+(?:von[ \t]+)?|d['’])$")
"""« un syndrome d'Ehlers-Danlos », « la thyroïdite de Hashimoto » (aveugle-58) : derrière, un nom de
`maladies_eponymes.txt` est celui d'une maladie ; tout autre nom reste une personne (« le syndrome de Théo ») ; « la
sclérose tubéreuse de Bourneville » (aveugle-96). Pas « signe de » : « aucun signe de Williams depuis lundi » attend des
nouvelles de quelqu'un (l'attaque-53)."""
_DECLENCHEURS_DE_MALADIE = frozenset(normaliser(m) + s for m in _MOTS_DE_MALADIE for s in ("", "s"))
"""Les mêmes mots, écrits avec leur majuscule en tête d'une suite (« - Syndrome de Marfan », l'attaque-53)."""
_DIAGNOSTIC_POSE = r"confirmée?|suspectée?|évoquée?|écartée?|diagnostiquée?"
"""Après une virgule, seulement ce qui dit le diagnostic posé, suivi de la fin de la phrase, de qui l'a posé ou de
quand (« Myopathie de Duchenne, confirmée par l'analyse génétique », aveugle-96) ; pas « connue », « traitée », ni
« écarté de l'équipe » (« Il parle du syndrome de Wilson, écarté de l'équipe de foot » : une apposition sur une
personne, l'attaque-131)."""
_ETATS_DU_DIAGNOSTIC = _DIAGNOSTIC_POSE + r"|connue?|traitée?"
_APRES_UNE_MALADIE = re.compile(
    r"[ \t]*(?:\.|$|(?:est|a[ \t]+été|était|" + _ETATS_DU_DIAGNOSTIC + r")(?![\w'’])|,[ \t]*(?:"
    + _DIAGNOSTIC_POSE + r")[ \t]*(?:$|[.;,(]|(?:par|en|depuis|dès|lors|à|au|le)[ \t])|\((?:\d{4}|"
    + _ETATS_DU_DIAGNOSTIC + r"|probable|possible|stable)\))", re.MULTILINE)
"""Ce qui peut suivre une maladie éponyme : un point, la fin de la ligne (« - syndrome de Klinefelter », un antécédent
d'une liste), un état du diagnostic (« est suivi », « confirmé », « (écartée) », « (2019) », après une virgule
`_DIAGNOSTIC_POSE`) ; rien d'autre. Une autre virgule, un âge, un deux-points, un « qui » ou un mot entre parenthèses
qui dit la personne (« (veuf) ») ouvrent ou suivent une apposition (l'attaque-54, l'attaque-55)."""


_JOURS_EN_TROIS_LETTRES = frozenset(("lun", "mar", "mer", "jeu", "ven", "sam", "dim"))
_MOIS_ABREGES = r"(?i:janv|f[ée]vr|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)"
_DATE_OU_HEURE = (r"(?:\d{1,2}/\d{1,2}|\d{1,2}:\d\d|\d{1,2}[ \t]?[hH](?:\d\d)?(?![^\W\d_])|\d{1,2}(?:er)?[ \t]+"
                  + _MOIS_ABREGES + r")")
"""Une date, une heure ou un jour du mois (« 09/12 », « 14:30 », « 7h », « 7 h », « 1er juin ») ; pas « 2 heures »,
« 2-3 fois », « 12 ans »."""
_APRES_LE_POINT_D_UN_JOUR = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:à|a|de|dès|des|vers|le)[ \t]+)?" + _DATE_OU_HEURE + r"|[ \t]+(?:matin|midi|apr[èe]s-midi|"
    r"soir|soirée|prochain|dernier|sur[ \t]+deux)(?![^\W\d_])")
"""Après « Sam. », « Dim. » : une date ou une heure (« Sam. 09/12 », « Dim. de 10h à 12h », « Mer. 5 juin ») ou un
moment (« Sam. matin », « un Ven. sur deux ») : un jour, où qu'il soit écrit ; en minuscules seulement (« Vu avec
Sam. Prochain rendez-vous le 14/03 » : la phrase suivante, revue67)."""
_APRES_UN_JOUR_SANS_POINT = re.compile(r"[ \t]+(?:\d{1,2}/\d{1,2}|\d{1,2}(?:er)?[ \t]+" + _MOIS_ABREGES + r")")
"""Sans point, seulement une date (« Ven 29/11 », « Mer 5 juin ») : « Sam 14h au parc ? » peut être le prénom
(l'attaque-121) ; une fuite coûte plus qu'une alerte de trop."""
_AVANT_UN_JOUR_D_AGENDA = re.compile(r"(?:^|\|)[ \t]*(?:>[ \t]*)?(?:[-*+•][ \t]+)?(?:\*\*|__)?(?:[\w-]+:[ \t]+)?[\"'“\[(]?"
                                     r"[ \t]*$", re.MULTILINE)
"""Le début d'une ligne, d'un élément, d'une cellule ou d'une valeur YAML : là, « Ven 29/11 » sans point, « Lun. » seul
avec son point ouvrent une ligne d'agenda (« - Ven 29/11 : stage », « | Lun. | école | », « repos: "Dim." »)."""
_FIN_D_UN_JOUR = re.compile(r"[\"']?[ \t]*(?:$|[|,;:/)\]–—-]|(?i:et|au|à|ou)[ \t]+(?i:"
                            + "|".join(sorted(_JOURS_EN_TROIS_LETTRES)) + r")(?![^\W\d_]))", re.MULTILINE)
"""La fin d'une cellule, d'un élément, d'une rubrique ou d'une énumération de jours (« | Lun. | », « Lun. / Mer. »,
« du Lun. au Ven. », « - Lun : école »)."""
_JOUR_ECRIT = re.compile(r"(?<![^\W\d_])(Lun|Mar|Mer|Jeu|Ven|Sam|Dim|LUN|MAR|MER|JEU|VEN|SAM|DIM)(?:(\.)|(?![\w'’-]))")


def _jours_du_texte(texte: str, lignes: Lignes) -> tuple[frozenset[str], frozenset[str]]:
    """Les jours abrégés que le texte écrit avec un point (« Lun. ») et ceux qu'il écrit à majuscule, en minuscules : un
    agenda en nomme plusieurs ; « la mer », « un jeu » n'y comptent pas (l'attaque-121)."""
    if _JOURS_EN_TROIS_LETTRES.isdisjoint(lignes.mots):
        return frozenset(), frozenset()
    pointes, ecrits = set(), set()
    for m in _JOUR_ECRIT.finditer(texte):
        ecrits.add(m.group(1).casefold())
        if m.group(2):
            pointes.add(m.group(1).casefold())
    return frozenset(pointes), frozenset(ecrits)


def _jour_abrege(texte: str, mot: re.Match[str], lignes: Lignes, jours: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Le mot seul est-il un jour de la semaine abrégé (« Lun », « SAM », « Dim ») ? Avec son point, devant une date,
    une heure ou un moment (`_APRES_LE_POINT_D_UN_JOUR`) ; sans point, devant une date (pas une heure) en tête de
    ligne, d'élément ou de cellule (`_AVANT_UN_JOUR_D_AGENDA`) ; en fin de cellule, d'élément ou d'énumération
    (`_FIN_D_UN_JOUR`) avec son point, en tête de ligne, de cellule ou de valeur (« | Lun. | », « repos: "Dim." ») ou
    quand le texte écrit un autre jour avec un point (« Lun. / Mer. », « Lun.-Ven. ») ; sans point, quand il en écrit
    au moins trois (« - Lun : école⏎- Mar : …⏎- Mer : … »). `jours` : `_jours_du_texte`. Pas « Sam a appelé »,
    « Sam 12 ans », « raccompagné par Sam. », « - Sam⏎- Dim », « amis: [Sam, Dim] » : le prénom (l'attaque-121)."""
    valeur, fin = mot.group(1), mot.end(1)
    forme = valeur.casefold()
    if len(valeur) != 3 or forme not in _JOURS_EN_TROIS_LETTRES:
        return False
    pointes, ecrits = jours
    if texte.startswith(".", fin):
        return (_APRES_LE_POINT_D_UN_JOUR.match(texte, fin + 1) is not None
                or _FIN_D_UN_JOUR.match(texte, fin + 1) is not None
                and (len(pointes - {forme}) >= 1 or _en_tete_d_agenda(texte, lignes, mot.start(1))))
    if _APRES_UN_JOUR_SANS_POINT.match(texte, fin):
        return _en_tete_d_agenda(texte, lignes, mot.start(1))
    return len(ecrits) >= 3 and _FIN_D_UN_JOUR.match(texte, fin) is not None


def _en_tete_d_agenda(texte: str, lignes: Lignes, debut: int) -> bool:
    """`debut` ouvre-t-il une ligne, un élément, une cellule ou une valeur YAML (`_AVANT_UN_JOUR_D_AGENDA`) ? Lu sur
    `_AVANT_UNE_TETE` caractères au plus : une longue ligne n'est pas relue à chaque jour (revue67)."""
    return _AVANT_UN_JOUR_D_AGENDA.search(texte, max(lignes.debuts[lignes.numero(debut)], debut - _AVANT_UNE_TETE),
                                          debut) is not None


_AVANT_UNE_TETE = 48
"""Caractères au plus entre le début d'une ligne (ou d'une cellule) et ce qui l'ouvre : puce, citation, clé YAML."""


def _maladie_eponyme(texte: str, chaine: list[re.Match[str]]) -> bool:
    """La suite de mots à majuscule est-elle, toute entière, une maladie éponyme après « syndrome de », « thyroïdite
    de »… (`_MALADIE_DE` ; « - Syndrome de Williams » aussi, le mot de la maladie en tête de la suite) ? Jamais devant
    une apposition (« le syndrome de Turner : la mère », l'attaque-54 et l'attaque-55), voir `_APRES_UNE_MALADIE`."""
    fin = chaine[-1].end(1)
    if len(chaine) > 1 and normaliser(chaine[0].group(1)) in _DECLENCHEURS_DE_MALADIE:
        chaine = chaine[1:]  # le mot de la maladie en tête : `_MALADIE_DE` le lit devant le nom, comme en minuscules
    elision = _ARTICLE_ELIDE.match(chaine[0].group(1))
    debut = chaine[0].start(1) + (elision.end() if elision else 0)
    return _maladie_devant(texte, debut, texte[debut:fin]) and _APRES_UNE_MALADIE.match(texte, fin) is not None


_TESTS_EPONYMES = frozenset(normaliser(m) for m in lire_liste("tests_eponymes.txt"))
_SIGLE_DE_TEST = (r"(?:[A-Z][A-Z0-9]{3,7}-[IVX]{1,4}|[A-Z][A-Z0-9]{2,7}-[IVX]{2,4}|[A-Z][A-Z0-9]{1,7}-(?:R|\d{1,2})|"
                  r"[A-Z]-[A-Z]{2,4}-(?:[IVX]{1,4}|\d{1,2}))(?![\w-])")
"""« WISC-V », « NEPSY-II », « BDI-II », « ADOS-2 », « ADI-R », « K-ABC-II », « M-ABC-2 » : un sigle de test et sa
version (un chiffre romain d'une lettre après quatre caractères au moins, de deux lettres après trois, « R » pour
révisé, un chiffre arabe) ; pas « BEN-ALI », « BEN-A », « LEE-V », « AL-QASSAB », « JEAN-PAUL » (l'attaque-118)."""
_SIGLE_DE_TEST_SEUL = re.compile(_SIGLE_DE_TEST)
_TETES_DE_TEST = (r"tests?|[ée]chelles?|figures?|signes?|[ée]preuves?|questionnaires?|batteries?|inventaires?|"
                  r"r[ée]flexes?|man[oœ]euvres?|matrices?|blocs?|imitations?")
"""Ce qui annonce un test et « de » ; pas « profil », « score », « résultats » : ceux d'une personne aussi (« le profil
de Rey au WISC-V », l'attaque-118)."""
_TEST_DE = re.compile(r"(?<!\w)(?:(?i:" + _TETES_DE_TEST + r")(?:[ \t]+[a-z0-9àâçéèêëîïôûùüÿœ-]{1,14}){0,3}|"
                      + _SIGLE_DE_TEST + r"|[A-Z]{3,6})[ \t]+(?:de[ \t]+|d['’])$")
"""Ce qui annonce le nom d'un test, trois mots en minuscules ou nombres au plus entre eux (« la figure complexe de
Rey », « les matrices progressives de Raven », « le test des 15 mots de Rey », « le CDI de Kovacs », « le K-ABC-II
de Kaufman »)."""
_MOTS_DEVANT_UN_TEST = re.compile(r"(?i:le|la|les|l['’]|de|du|d['’]|" + _TETES_DE_TEST + r")")
"""Ce qu'une suite de mots à majuscule peut porter devant le nom d'un test : « Signe de Romberg », « Le
Brunet-Lézine »."""
_ARTICLE_DEVANT_UN_TEST = re.compile(r"(?<![\w'’])(?i:le|la|l['’])[ \t]*$")
"""« le Brunet-Lézine révisé » ; pas « les Beck », « chez les Brunet » : une famille (l'attaque-118)."""
_ELEMENT_D_UNE_ENUMERATION = re.compile(r"(?:^|[\[,;]|^[ \t]*[-*+])[ \t]*$", re.MULTILINE)
"""Le début d'un élément de liste : après « [ », une virgule, un point-virgule, ou un tiret en tête de ligne."""
_FIN_D_UN_ELEMENT = re.compile(r"[ \t]*(?:[\],;.)]|$)", re.MULTILINE)
"""La fin d'un élément de liste : « ] », une virgule, un point-virgule, un point, une parenthèse, la fin de la ligne."""
_INDICE_D_EPREUVES = re.compile(_SIGLE_DE_TEST + r"|(?i:[ée]preuves?|tests?|outils?)[ \t]*:|(?i:" + _TETES_DE_TEST
                                + r")[ \t]+(?:de[ \t]+|d['’])")
"""Ce qui fait d'une ligne une liste d'épreuves : un sigle de test, « Épreuves : », « tests: », « figure de » ; pas
« bilan » seul (« Bilan : contact pris avec Corsi », l'attaque-118)."""
_VOISINAGE_D_UN_TEST = 120
"""Les caractères lus de part et d'autre du nom, sur sa ligne, pour y trouver des épreuves."""


def _test_eponyme(texte: str, debut_ligne: int, debut: int, nom: str) -> bool:
    """Le nom à `debut` (de `tests_eponymes.txt`) est-il celui d'un test : après ce qui annonce un test et « de »
    (`_TEST_DE` : « la figure de Rey », « le CDI de Kovacs »), juste après « le », « la » (« le Brunet-Lézine révisé »),
    ou élément d'une énumération sur une ligne d'épreuves (`_INDICE_D_EPREUVES` : « epreuves: [NEPSY-II, figure de Rey,
    Stroop] ») ? Ailleurs (« avec Beck », « les Brunet », une ligne de bilan), une personne (l'attaque-118)."""
    if normaliser(nom) not in _TESTS_EPONYMES:
        return False
    if (_TEST_DE.search(texte, max(debut_ligne, debut - 40), debut) is not None
            or _ARTICLE_DEVANT_UN_TEST.search(texte, max(debut_ligne, debut - 6), debut) is not None):
        return True
    if (_ELEMENT_D_UNE_ENUMERATION.search(texte, max(debut_ligne, debut - 8), debut) is None
            or _FIN_D_UN_ELEMENT.match(texte, debut + len(nom)) is None):
        return False  # « Lina a eu le COVID-19, Beck l'a ramenée » : une proposition, pas un élément (l'attaque-118)
    fin = texte.find("\n", debut, debut + _VOISINAGE_D_UN_TEST)  # sa ligne, à `_VOISINAGE_D_UN_TEST` près
    fin = fin if fin != -1 else min(len(texte), debut + _VOISINAGE_D_UN_TEST)
    return _INDICE_D_EPREUVES.search(texte, max(debut_ligne, debut - _VOISINAGE_D_UN_TEST), fin) is not None


def _sans_le_test_au_bout(texte: str, lignes: Lignes, chaine: list[re.Match[str]]) -> list[re.Match[str]]:
    """La suite de mots à majuscule sans le test qui la finit (`_test_eponyme`) ni ce qui l'annonce juste devant (un
    sigle de test, un article, « Signe », « Test » : `_MOTS_DEVANT_UN_TEST` ; un sigle et « de » : `_SIGLE_PUIS_DE`) :
    « Passation du K-ABC-II de Kaufman » garde « Passation » ; « Vu Kevin Corsi » reste entière (un prénom devant le
    nom : une personne)."""
    dernier = chaine[-1]
    if not _test_eponyme(texte, lignes.debuts[lignes.numero(dernier.start(1))], dernier.start(1), dernier.group(1)):
        return chaine
    k = len(chaine) - 1
    while k > 0 and (_SIGLE_DE_TEST_SEUL.fullmatch(chaine[k - 1].group(1))
                     or _MOTS_DEVANT_UN_TEST.fullmatch(chaine[k - 1].group(1))
                     or k == len(chaine) - 1
                     and _SIGLE_PUIS_DE.fullmatch(texte, chaine[k - 1].start(1), dernier.start(1))):
        k -= 1
    return chaine[:k] if k < len(chaine) - 1 or k == 0 else chaine


_SIGLE_PUIS_DE = re.compile(r"[A-Z]{2,6}[ \t]+(?:de[ \t]+|d['’])")
"""« CDI de », « CBCL d' » juste devant le nom d'un test ; pas « SOPHIE REY » (l'attaque-118)."""


def _nom_de_maladie(nom: str) -> bool:
    """Le nom (« Ehlers-Danlos », « Gilles de la Tourette ») est-il dans `maladies_eponymes.txt` ?"""
    return " ".join(normaliser(nom).split()) in _MALADIES_EPONYMES


def _maladie_devant(texte: str, debut: int, nom: str) -> bool:
    """Le nom à `debut` est-il un éponyme derrière « syndrome de »… (« le syndrome de von Willebrand est suivi »), ou un
    éponyme composé de la liste derrière « maladie de » (« la maladie de Lesch-Nyhan ») ?"""
    if not _nom_de_maladie(nom):
        return False
    if _MALADIE_DE.search(texte, max(0, debut - 40), debut) is not None:
        return True
    return ("-" in nom or " " in nom.strip()) and _MALADIE_COMPOSEE_DE.search(texte, max(0, debut - 16), debut) is not None


_MALADIE_COMPOSEE_DE = re.compile(r"(?<!\w)(?<!(?i:arr[êe]t) )(?i:maladies?)[ \t]+(?:de[ \t]+|d['’])$")
"""« la maladie de Lesch-Nyhan » (aveugle-65) : « maladie de » peut être celle d'une personne (« la maladie de Wilson »),
pas devant un éponyme composé de la liste ; après un simple « de » ou « arrêt maladie de », c'en est une (« Le dossier
de Martin-Bell », l'attaque-63 ; « Arrêt maladie de Martin-Bell », la relecture)."""


_FORMULE_APRES = re.compile(r"[ \t]+(?i:groeten|groet|regards|wishes)(?!\w)")
"""« Lieve groeten », « Kind regards » : une formule de fin de message, pas un prénom."""
_LIEU_DE_DEVANT = re.compile(
    r"(?<!\w)(?i:village|ville|région|region|province|environs|banlieue|capitale|près|pres|non[ \t]+loin|originaire|"
    r"quartier|camp|grottes?|abbaye|citadelle|lacs?|vallée|forêt|musée|gare|aéroport|plage)[ \t]+(?:de[ \t]+|d['’])$"
)
"""« un village près de Herat », « la région de Lourdes », « les grottes de Han », « l'abbaye de Maredsous » : un lieu
connu (wordfreq), même s'il est aussi un prénom."""
_VERS_UN_LIEU = re.compile(
    r"(?<![\w'’])(?:(?i:originaires?|natif|native|natifs|natives|rentr[ée]e?s?|revenue?s?|revien(?:t|nent)|revenant|"
    r"enfuie?s?|expulsée?s?|rapatriée?s?|départ|depart|en[ \t]+provenance)[ \t]+(?i:de[ \t]+|d['’])"
    r"|(?i:pass[ée]e?s?|passage|transit[ée]e?s?)[ \t]+(?i:par)[ \t]+|(?i:lieu)[ \t]+(?i:à|a)[ \t]+|(?i:via)[ \t]+)$"
)
"""« originaire de Thiès », « rentrée de Bouaké », « revient de Bobo-Dioulasso », « départ de Phnom Penh », « passé
par Constanța », « passage par Şanlıurfa », « via Qingtian », « aura lieu à Lourdes » : ce qui suit est un
lieu si c'est une ville du monde (`listes()["villes"]`) qu'aucune liste ne compte parmi les prénoms et les noms. Ni
« vient de », « depuis » ni « de » seul (« l'appel vient de … », « pas de nouvelles depuis … », « la famille de … »),
ni « à » seul (« demander à … ») : « à » ou « vers » seulement après un séjour, un voyage, une origine (`_A_OU_VERS`,
`_SEJOUR_AVANT`). L'attaque-27 (266 textes) a montré qu'avec « vient de », « depuis » et les villes qui sont aussi des
prénoms (Medina, Kamal, Sana), cent noms de personne passaient pour des villes."""
_A_OU_VERS = re.compile(r"(?<![\w'’])(?i:à|a|vers)[ \t]+$")
_VECU_A = re.compile(
    r"(?<![\w'’-])(?i:vécu|vi(?:t|vent|vait|vaient)|habit(?:e|ent|ait|aient|é|ée|és|ées)|grandi|travaill(?:e|ent|ait|aient|é)"
    r"|séjourn\w*|install(?:é|ée|és|ées)|née?s?|domicilié\w*|résid(?:e|ent|ait|aient|é)|scolaris(?:é|ée|és|ées))"
    r"(?:[ \t]+(?i:longtemps|encore|toujours|déjà|aussi|enfant|jeune))?[ \t]+à[ \t]+$")
"""Un verbe de séjour juste avant « à » (« a travaillé à Hérat », « a longtemps vécu à Siem Reap », « né à Thiès ») :
aucune personne ne suit, la ville du monde qui suit est un lieu même si une liste la compte parmi les noms. Jamais
« rester à » (« le carnet est resté à Ngozi », l'attaque-31), « il reste à », « faire part à », « premier-né à » : une
personne peut suivre."""
_TRANSIT = re.compile(r"(?<![\w'’])(?i:transit(?:[ée]e?s?|ait|aient|ant|er)|en[ \t]+passant)[ \t]+(?i:par)[ \t]+"
                      r"(?:.{0,40}?(?i:puis|et)[ \t]+(?i:par)[ \t]+)?$")
"""« a transité par Hérat puis par Al Hoceïma », « en passant par Kindia » : une ville qu'aucune liste ne compte parmi les
noms (`_ville_du_monde`)."""
_CLE_DE_LIEU = re.compile(
    r"[ \t]*(?:[-*][ \t]+)?(?:\*\*)?(?P<cle>[^\W\d_][\w'’ ]{0,30}?)(?:\*\*)?[ \t]*:[ \t]*(?:(?i:la|le|les)[ \t]+|(?i:l)['’])?")
_CLES_DE_LIEU = re.compile(r"(?i:(?:(?:ville|pays|lieu|r[ée]gion)s?[ _]+(?:d['’_ ]*)?)?origines?|transits?|[ée]tapes?|"
                           r"d[ée]parts?|arriv[ée]es?|provenances?|villes?|pays|parcours|trajets?|"
                           r"(?:ville|pays|lieu)s?[ _]+de[ _]+naissance)")
"""« origine: Gabès », « - étapes : Keren, puis la Belgique », « transit:⏎  - Annaba », « lieu_de_naissance: Hà Nam »
(revue66) : la valeur d'une clé de lieu (la clé entière, pas « origine de la demande ») qui s'ouvre sur une ville
qu'aucune liste ne compte parmi les noms est un lieu ; pas « lieu: chez … » : la ville doit ouvrir la valeur."""
_ITEM = re.compile(r"([ \t]*)-[ \t]+(?:(?i:la|le|les)[ \t]+|(?i:l)['’])?")


_ANIMAUX = (r"chien|chienne|chat|chatte|chaton|chiot|lapin|hamster|cheval|jument|poney|perroquet|perruche|tortue|"
            r"furet|cochon[ \t]+d['’]inde|berger[ \t]+(?:allemand|belge|australien)|labrador|caniche|husky|teckel|"
            r"bouledogue|chihuahua|carlin|beagle|rottweiler|cocker|yorkshire|épagneul|bichon|berger[ \t]+malinois|"
            r"serpent|lézard|âne|ânesse|chèvre|brebis|gerbille|cobaye|iguane")
"""Les animaux de compagnie et les races de chiens (sans « s »), que nomment `_ANIMAL_AVANT`, `_COMPAGNON_AVANT` et
`_ANIMAL_APPOSE_APRES` (« un berger allemand, Nala, », aveugle-94)."""
_ANIMAL_APPOSE_APRES = re.compile(
    r",[ \t]+(?i:le|la|l['’]|son|sa|leur|notre|mon|ma|un|une)[ \t]*(?i:(?:petite?|vieille|vieux|gros|grosse|fidèle)[ \t]+)?"
    r"(?i:" + _ANIMAUX + r")(?![\w'’-])[ \t]+(?:de|du|des|d['’]|qui|que|qu['’]|adopté|adoptée)(?![\w'’-])[^,.;:!?()\n]{0,48},"
    r"|[ \t]*\([ \t]*(?i:" + _ANIMAUX + r")[ \t]*[,)]",
)
"""« Cookie, le chien de la famille, », « Nala, la chienne de sa grand-mère, », « Nala (chatte, 4 ans) » : juste après le
mot, une apposition fermée par une virgule dit l'animal qu'il nomme, complétée par ce qui le dit (« de », « qui »,
« adopté ») ; ou une parenthèse qui s'ouvre sur un seul animal (aveugle-94). Lue seulement pour un mot qui n'est ni un
prénom ni un nom très porté des listes (`_nom_d_animal_appose`) : pas « chez Lucas, le chien de la voisine était là »,
« Mohamed (chienne gardée par la grand-mère) », « Mehdi, son chien, sa mère : tous étaient là » (les attaques 125 et
129), ni l'apposition du chien de quelqu'un (« Le chien de Karim, un berger allemand, », garde95)."""


def _prenom_ou_nom_tres_porte(forme: str) -> bool:
    """Le mot normalisé est-il un prénom ou un nom très porté des listes ? Un tel mot, après un animal, un produit ou dans
    l'apposition d'un animal, reste une personne (« Son chien Kevin le promène », l'attaque-125)."""
    tout = listes()
    return forme in tout["prenoms"] or forme in tout["tres_portes"]


def _prenom_des_listes(forme: str) -> bool:
    """Le mot normalisé est-il un prénom des listes, même homonyme d'un mot ?"""
    return forme in listes()["prenoms"] or forme in listes()["prenoms_homonymes"]


def _nom_d_animal_appose(texte: str, mot: str, fin: int) -> bool:
    """Le mot qui finit à `fin` est-il le nom d'un animal que l'apposition qui le suit dit (`_ANIMAL_APPOSE_APRES`) ?"""
    return not _prenom_ou_nom_tres_porte(normaliser(mot)) and _ANIMAL_APPOSE_APRES.match(texte, fin) is not None


_ANIMAL_AVANT = re.compile(
    r"(?<!\w)(?i:" + _ANIMAUX + r"|hond|kat|konijn|paard)s?(?!\w)[^.;:!?\n]{0,40}?"
    r"(?:,|appel(?:é|ée|le|lera|lerait|lait)|nomm(?:ée?|era|erait)|baptis(?:ée?|era|erait)|surnomm(?:ée?|era|erait)|heet)"
    r"[ \t]*[«\"“]?[ \t]*$"
)
"""« un chaton qu'elle a appelé « Caramel » », « un lapin qu'il appellerait Noisette », « le chien de la grand-mère,
Caramel, » : le nom d'un animal (le maître, lui, suit « de » sans virgule : « le chien de Kevin » reste un nom)."""


def _animal_avant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Le mot qui commence à `debut` est-il le nom d'un animal nommé juste avant (`_ANIMAL_AVANT`) ? Après une simple
    virgule, seulement s'il n'est ni un prénom ni un nom très porté des listes, ou si l'apposition se ferme aussitôt
    (« le chien de la grand-mère, Caramel, », « son furet, Nala, ») : « Avec son chien, Karim est parti » nomme une
    personne (garde99)."""
    m = _ANIMAL_AVANT.search(texte, max(debut_ligne, debut - 72), debut)
    if m is None or not m.group().rstrip(" \t«\"“").endswith(","):
        return m is not None
    mot = _LETTRES.match(texte, debut)
    if mot is None:
        return True
    return (not _prenom_ou_nom_tres_porte(normaliser(mot.group()))
            or _FERME_UNE_APPOSITION.match(texte, mot.end()) is not None)


_PRODUIT_AVANT = re.compile(
    r"(?<!\w)(?i:cartes?|abonnements?|bons?[ \t]+d['’]achat|canettes?[ \t]+de|bouteilles?[ \t]+de|chocolats|pralines|"
    r"biscuits|applis?|applications?|magasins?|supermarchés?|enseignes?|marques?|pyjamas?|peluches?|doudous?|"
    r"figurines?|t-shirts?|posters?)[ \t]+$"
)
"""« carte Mobib », « abonnement Basic-Fit », « chocolats Galler », « pyjama Dora » : un objet ou un produit suivi
aussitôt de sa marque ou du personnage à son effigie, même absents des listes (« la carte de Julie » garde son « de »)."""
_PRODUIT_DE_TOUT_PETIT_AVANT = re.compile(
    r"(?<!\w)(?i:laits?|langes?|couches?|crèmes?|pommades?|poussettes?|biberons?|tétines?|sièges?[ \t-]autos?|lingettes|"
    r"petits[ \t]+pots|céréales|bodys?|bodies|babyphones?|porte-bébés?|lits?[ \t]+parapluies?|transats?|"
    r"chaises?[ \t]+hautes?|trotteurs?|draisiennes?|tricycles?|jouets?|poupées?|poupons?|goupillons?|thermomètres?|"
    r"baignoires?|hochets?|xylophones?|tapis[ \t]+d['’]éveil|chaussettes|vêtements|"
    # et dans les langues des familles : « pañales Dodot », « leche Puleva »
    r"pañales|leche|chupetes?|luiers|melk|fopspeen|nappies|diapers)[ \t]+$"
)
"""Ce qu'on achète pour un tout-petit, suivi de sa marque (aveugle-92 : « lait Nidal », « langes Moltex », « siège auto
Lupilu ») : seulement si rien d'une phrase ne suit la marque (`_APRES_UNE_MARQUE` ; « Le lait Mamadou l'a acheté »,
« Pour le lait Mamadou Diallo a demandé… » nomment une personne, l'attaque-125)."""
_COMPAGNON_AVANT = re.compile(
    r"(?<!\w)(?i:son|sa|ses|leur|leurs|mon|ma|mes|notre|nos|le|la|les|un|une)[ \t]+"
    r"(?i:(?:petite?|grosse?|gros|vieille|vieux|nouvelle|nouveau|fidèle)[ \t]+)?"
    r"(?i:(?:" + _ANIMAUX + r"|lapine|oiseau|canari|doudou|peluche|nounours|ourson|éléphant|girafe|mouton|agneau|singe|"
    r"lion|tigre|dinosaure|dragon|licorne|canard|cochon|vache|hibou|renard|panda|koala|pingouin|poupée|poupon|"
    r"marionnette)s?|poissons?(?:[ \t]+rouges?)?|chevaux|ours|souris)"
    r"(?:[ \t]+en[ \t]+peluche)?[ \t]+$"
)
"""« son éléphant Babou », « le chat Moustache », « son mouton en peluche Frisette » (aveugle-92) : le nom d'un animal
ou d'un doudou, juste après lui (le maître, lui, suit « de » : « le chat de Mehdi ») ; seulement si rien d'une phrase ne
le suit (`_APRES_UNE_MARQUE` : « Son chien Kevin le promène », « sur le chat Yasmine a écrit », l'attaque-125)."""
_APRES_UNE_MARQUE = re.compile(
    r"[^\W\d_][\w'’-]*(?![\w'’-])(?:[ \t]*(?:$|[,.;:!?)»”\"]|\d)|[ \t]+(?:[a-zàâçéèêëîïôûùüÿœ]+(?:é|ée|és|ées)(?![\w'’])|"
    r"(?:à|au|aux|du|des|pour|chez|sur|dans)[ \t]|(?:et|ou)[ \t]+(?:(?:un|une|des|du|le|la|les)[ \t]|l['’])))"  # un seul mot…
    r"|[^\W\d_][\w'’-]*(?:[ \t]+[A-ZÀ-ÖØ-Þ][\w'’-]*)+(?![\w'’-])[ \t]*[,.;:!?)»”\"]",  # …plusieurs, devant un signe
    re.MULTILINE,
)
"""Ce qui suit une marque ou le nom d'un doudou à sa place (« lait Kendamil. », « poussette Lupilu, biberons », « siège
auto Lupilu prêté par… » (un mot en -é, -ée, -és, -ées), « lait Kendamil au lait Bébémil », « une tétine Difrax et un
biberon », « lait Kendamil 1 », « lait Nan Optipro. ») ; pas un pronom, un verbe ou « et » devant un nom (une personne sujet : « Le lait Mamadou l'a acheté »,
« Avec leur chien Mehdi et Sarah sont venus », l'attaque-125), ni deux mots seuls au bout d'une ligne (« - couches Fatou
Sow »)."""
_MEDICAMENT_AVANT = re.compile(r"(?<!\w)(?i:(?:prises?|doses?|posologie|arrêt|reprise|augmentation|diminution|"
                               r"introduction|sevrage)[ \t]+(?:du|de[ \t]+la)|ttt[ \t]*:)[ \t]*$")
"""« prise du Kalitron », « dose du Kivexa », « arrêt du Trittico », « Ttt : Movizol » : un médicament que la liste n'a
pas (garde39, aveugle-69, l'attaque-69). Pas « prise de », « dose de », « d' », « sous », « Traitement : » : une
personne peut les suivre (« la prise de Mukendi en charge », « la dose de Kamanzi a été doublée », « passé sous
Okbazghi, son tuteur », la relecture du trente-neuvième passage)."""

_DOSE_APRES = re.compile(r"[ \t]+(?:\d+(?:[.,]\d+)?[ \t]*" + UNITES_DE_DOSE + r"|LP|XL|XR|SR|chrono)(?!\w)")
"""« Tenzilor 20 mg », « Kivexa LP » : le dosage ou la forme d'un médicament suit son nom ; pas « 65 % », « retard »,
« 3200 g » (une note, un retard, un poids de naissance suivent aussi un nom : l'attaque-69)."""


def _nom_de_lieu_a_article(texte: str, debut_ligne: int, chaine: list[re.Match[str]]) -> bool:
    """Un article à majuscule en tête de la suite (« Les Aubépines ») après la tête d'une institution écrite en minuscules
    (« l'école secondaire spécialisée ») : le nom d'un lieu (aveugle-65). Un nom de famille à article (« Le Goff ») ne la
    suit pas ; une tête à majuscule est un prénom (« Prince Le Goff », « Reine Le Bihan »), un sigle peut être des
    initiales ou le service d'une personne (« MJ Le Goff », « le psychologue du SSM Le Bihan ») : l'attaque-63."""
    if len(chaine) < 2 or normaliser(chaine[0].group(1)) not in _ARTICLES:
        return False
    debut = chaine[0].start(1)
    tete = _INSTITUTIONS.search(texte, max(debut_ligne, debut - 48), debut)
    return tete is not None and texte[tete.start()].islower()


def _medicament(texte: str, debut_ligne: int, chaine: list[re.Match[str]]) -> bool:
    """Un seul mot hors des listes de noms (`_nom_inconnu` n'en reçoit pas d'autre) après la prise d'un médicament
    (« prise du Kalitron »), ou devant un dosage, après un produit de santé ou non (« Tenzilor 20 mg », « crème Dermalix
    50 ml ») : un médicament, une marque. Deux mots restent un prénom et un nom (« la dose de Jean Nkembo »,
    l'attaque-69)."""
    if len(chaine) != 1:
        return False
    debut = chaine[0].start(1)
    return (_MEDICAMENT_AVANT.search(texte, max(debut_ligne, debut - 24), debut) is not None
            or _DOSE_APRES.match(texte, chaine[0].end(1)) is not None)


def _pas_une_personne_devant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Le mot qui commence à `debut` suit-il la tête d'une institution, d'un lieu, d'une méthode éponyme, un produit
    ou le nom d'un animal ou d'un doudou (ces deux derniers : `_marque_ou_nom_d_animal`) ? Pas un lieu de culte : un nom
    que personne n'écrit s'y écrit comme une personne (« la mosquée Assalam, » et « Au cimetière Okbazghi, le grand
    frère, a lu… », la relecture revue69)."""
    return bool(_INSTITUTIONS.search(texte, max(debut_ligne, debut - 48), debut)
                or _PRODUIT_AVANT.search(texte, max(debut_ligne, debut - 28), debut)
                or _eponyme_avant(texte, debut_ligne, debut)
                or _animal_avant(texte, debut_ligne, debut)
                or (_PRODUIT_DE_TOUT_PETIT_AVANT.search(texte, max(debut_ligne, debut - 28), debut)
                    or _COMPAGNON_AVANT.search(texte, max(debut_ligne, debut - 56), debut))
                and _marque_ou_nom_d_animal(texte, debut))


def _marque_ou_nom_d_animal(texte: str, debut: int) -> bool:
    """Le mot qui commence à `debut`, après un produit de tout-petit ou un animal, est-il une marque ou un nom d'animal :
    aucune liste ne le compte parmi les prénoms ni les noms très portés (« Kendamil », « Patapouf » ; pas « biberon Noah
    150 ml », « lait Emma, couches Lina » d'une note de crèche, « sur le chat Mehdi », la relecture revue68), et rien
    d'une phrase ne le suit (`_APRES_UNE_MARQUE`)."""
    suite = _APRES_UNE_MARQUE.match(texte, debut)
    if suite is None:
        return False
    mot = _LETTRES.match(texte, debut)
    return (not _prenom_ou_nom_tres_porte(normaliser(mot.group(0)))  # type: ignore[union-attr]
            or _RELATIVE_APRES_UN_ANIMAL.match(texte, mot.end()) is not None)  # type: ignore[union-attr]


_RELATIVE_APRES_UN_ANIMAL = re.compile(r",[ \t]+(?:qu['’](?:il|elle|ils|elles|on)(?![\w'’])|que[ \t])")
"""« son chien Oscar, qu'il promène chaque soir », « la chienne Bella, qu'elle sort » : après l'animal, un prénom suivi
d'une relative dont il est l'objet est son nom (garde99) ; pas « Son chien Kevin le promène », « sur le chat Mehdi »
(l'attaque-125, revue68), ni une relative dont il est le sujet (« Son chien Lucas, qui le promène, est son cousin »,
l'attaque-129)."""


_ADVERBES = r"(?:beaucoup|bien|encore|déjà|souvent|enfin|toujours|aussi|longtemps|vite|peu|mal|finalement)"
_PARTICIPES = (r"(?:dit|appelé|téléphoné|pleuré|refusé|accepté|demandé|expliqué|raconté|signé|fugué|quitté|confié|participé|"
               r"annulé|promis|menacé|frappé|crié|avoué|répondu|écrit|fait|eu|grandi|progressé|repris|commencé|arrêté|"
               r"obtenu|réussi|raté|rencontré|rejoint|reçu|vu|dessiné|joué|parlé|manqué|oublié|choisi|décidé|voulu|"
               r"souri|ri|travaillé|dormi|mangé|perdu|pris|proposé|envoyé|montré|accompagné|rappelé|contacté|"
               r"prévenu|signalé|rendu|passé|appris|compris|payé|apporté|déposé|ramené|emmené|amené|"
               # ce qu'une personne a trouvé, gardé ou accueilli (« Ramatoulaye a trouvé un logement », aveugle-57)
               r"trouvé|retrouvé|cherché|hébergé|gardé|accueilli|terminé|fini|rompu)")
_ETAT = (r"(?:venue?|arrivée?|partie?|rentrée?|revenue?|restée?|hospitalisée?|placée?|absente?|en[ \t]+colère|"
         r"admise?|vue?|entendue?|reçue?|orientée?|convoquée?|exclue?|suspendue?|opérée?|accueillie?|scolarisée?|"
         r"suivie?|examinée?|auditionnée?|interrogée?|blessée?|agressée?|prévenue?|informée?|inscrite?|malade|fatiguée?|"
         r"passée?|sortie?|retournée?|tombée?)")
_AMIS = frozenset("ami amie copain copine pote camarade voisin voisine confident confidente amoureux amoureuse chéri "
                  "chérie correspondant correspondante colocataire coloc fiancé fiancée".split())
"""Les proches hors de la famille : sous eux, une valeur est un prénom plus souvent qu'une description (« Copine :
Victoire (même classe) » ; sous « sœur », « mère » : « - sœur : Modeste (revenus faibles) », l'attaque-129)."""
_LIENS_EN_ATTRIBUT = (frozenset(lire_liste("parente.txt")) - {"famille", "fratrie"}) | _AMIS
_LIENS_ATTRIBUTS = "(?:" + "|".join(re.escape(m).replace("\\ ", r"[ \t]+") for m in sorted(
    _LIENS_EN_ATTRIBUT | {normaliser(m) for m in _LIENS_EN_ATTRIBUT}, key=lambda m: (-len(m), m))) + ")"
"""Les liens de `parente.txt` (pas un groupe : « famille », « fratrie ») et les amis, écrits avec ou sans accents ; les
plus longs d'abord, dans un ordre qui ne dépend pas du processus (l'expression est gardée d'un processus à l'autre,
`motifs`)."""
_QUALIFIE_UN_LIEN = (r"(?:(?:meilleure?|grande?|petite?|nouvel|nouvelle|nouveau|ancien|ancienne|vieil|vieille|vieux|seule?|"
                     r"premier|première|plus|demi|jeune|tout|toute)[ \t]+){0,2}")
_LIEN_ATTRIBUT = (r"(?:(?:son|sa|mon|ma|ton|ta|leur|notre|le|la|un|une)[ \t]+|l['’])" + _QUALIFIE_UN_LIEN + _LIENS_ATTRIBUTS
                  + r"(?![\w'’-])")
"""« sa meilleure amie », « son grand frère », « la copine », « un ami » : le lien d'une personne au jeune, attribut de
qui le sujet est (« Zelda est sa meilleure amie », « Rocky, c'est son grand frère », « Espoir est le cousin avec qui »,
garde100)."""
_EST_UN_LIEN = r"(?:est|était|reste|restait|devient|(?:est|était)[ \t]+devenue?)[ \t]+" + _LIEN_ATTRIBUT
"""« est sa meilleure amie », « reste son confident » : parmi les verbes de personne (`_VERBE_DE_PERSONNE`, et par lui
ceux des couches en minuscules et des sujets et sources), et dans `_LIEN_APRES_LE_SUJET`."""
_LIEN_APRES_LE_SUJET = re.compile(r"[ \t]+" + _EST_UN_LIEN + r"|(?P<clivee>[ \t]*,[ \t]*c['’]est[ \t]+)" + _LIEN_ATTRIBUT)
"""Ce qui, dans `_SUJET_HUMAIN`, dit le lien du sujet au jeune : un mot que le lexique connaît sans qu'il soit un mot
français ni un lieu (« Zelda », « Brigid ») y est un prénom (`_inconnu_a_une_place_de_personne`), sauf devant « est devenu » (« Insta
est devenu son meilleur ami »)."""
_CLIVEE = re.compile(r"[ \t]+(?:qui|que|qu['’])(?![\w'’])")
"""« X, c'est sa tante qui l'héberge » : une phrase clivée ; X dit où ou de quoi l'on parle, pas qui est la tante. Après
un possessif seulement (`_POSSESSIF_EN_TETE`) : « Tyron, c'est le cousin qui l'héberge » dit qui est Tyron."""
_POSSESSIF_EN_TETE = re.compile(r"(?:son|sa|mon|ma|ton|ta|leur|notre)[ \t]")
_CHEZ_DEVANT = re.compile(r"(?<!\w)(?i:chez)[ \t]+$")
"""« Chez Brigid, une amie de sa mère, » : chez quelqu'un, même en tête de phrase (l'attaque-130)."""
_ADVERBE_EN_TETE = re.compile(r"[^\W\d_]+ment")
"""« Actuellement, c'est la tante qui l'héberge », « Heureusement, sa tante, infirmière, » : un adverbe en tête, que le
dictionnaire n'a souvent pas, n'est pas le sujet du lien (revue71) ; ni les mots de `_AVANT_LE_SUJET`, ni ceux de
`_CONNECTEURS_EN_TETE`."""
_CONNECTEURS_EN_TETE = frozenset("bref bon desormais pire mieux sinon ainsi or mais car parfois souvent toutefois cependant "
                                 "pourtant aussi surtout".split())
_VERBE_DE_PERSONNE = (
    r"(?:" + _EST_UN_LIEN + r"|"
    r"(?:a|avait|aura|n'a(?:[ \t]+pas|[ \t]+jamais|[ \t]+rien|[ \t]+plus)?|n’a(?:[ \t]+pas|[ \t]+jamais|[ \t]+rien|[ \t]+plus)?)"
    r"[ \t]+(?:" + _ADVERBES + r"[ \t]+)?"
    r"(?:" + _PARTICIPES + r"|été[ \t]+" + _ETAT + r")"
    r"|(?:est|était|n'est[ \t]+pas|n’est[ \t]+pas)[ \t]+(?:" + _ADVERBES + r"[ \t]+)?" + _ETAT +
    r"|(?:n'était[ \t]+pas|n’était[ \t]+pas|confirme|signale|indique|affirme|annonce|précise|répond|estime|craint|"
    r"exprime|évoque|décrit|reconnaît|insiste|ajoute|rapporte|témoigne|investit|"
    r"dit|veut|voudrait|souhaite|pleure|refuse|explique|raconte|confie|habite|dort|mange|joue|pense|rêve|"
    # « Bram passe déposer le carnet », aveugle-58 ; pas « Dodo passe mieux » (l'attaque-53)
    r"passe[ \t]+(?:déposer|chercher|prendre|voir|récupérer|signer)|repasse|dépose|apporte|revient|"
    r"fugue|"
    r"travaille|fréquente|aime|déteste|prend|propose|accepte|appelle|vient|arrive|participe|parle|écrit|"
    r"accompagne|rappelle|reprendra|viendra|passera|demande|cherche|contacte|relance|prévient|transmet|envoie|"
    # au futur, ce qu'une personne fera : « Serge rappellera le CM avant le 23/04 »
    r"rappellera|rappelera|appellera|recontactera|contactera|relancera|téléphonera|préviendra|transmettra|enverra|"
    r"accompagnera|participera|écrira|organisera|verra|recevra|rencontrera|"
    r"s'est|s’est|s'occupe|s’occupe|se[ \t]+sent|se[ \t]+propose|s'engage|s’engage|s'inquiète|s’inquiète|ne[ \t]+veut"
    # à la forme négative : « Digbeu ne pourra pas venir », « Đỗ ne parle pas le français », « Võ n'assistera pas »
    r"|(?:ne[ \t]+|n['’])(?:pourra|peut|pourrait|pouvait|sait|savait|comprend|comprenait|parle|parlait|viendra|vient|"
    r"venait|souhaite|souhaitait|répond|participe|participera|assiste|assistera|sera[ \t]+pas[ \t]+(?:présente?|là))"
    # « pouvoir », « devoir », puis ce que seule une personne fait (venir, partir, se présenter…) : « Sofia n'a pas pu
    # venir », « Florence doit passer au CPAS » (aveugle-86) ; pas tout infinitif : une ville peut accueillir, gagner,
    # recevoir (« Milan a pu gagner le match », « Lourdes devait accueillir la famille », l'attaque-112)
    r"|(?:(?:ne[ \t]+|n['’])?(?:peut|pourra|pourrait|pouvait|doit|devra|devrait|devait)"
    r"|(?:a|avait|aura|aurait|n['’]a|n['’]avait|n['’]aurait)(?:[ \t]+(?:pas|plus|jamais))?[ \t]+(?:pu|dû))"
    r"(?:[ \t]+(?:pas|plus|jamais|encore))?[ \t]+"
    r"(?:venir|partir|passer|rentrer|revenir|assister|participer|dormir|aller|quitter|déménager|accompagner|rappeler|"
    r"prévenir|(?:se[ \t]+|s['’])(?:présenter|libérer|déplacer|rendre))(?![\w'’])"
    # néerlandais : « Roos heeft de jongere gebracht », « Wout zegt dat… »
    r"|heeft|had|zegt|zei|wil|wilde|woont|komt|kwam|gaat|ging|belt|belde))\b"
)
_SUJET_HUMAIN = re.compile(
    # la majuscule d'abord, l'assertion arrière ensuite : le moteur saute d'une majuscule à l'autre
    r"([" + _MAJ + r"](?<![\w'’-].)(?:['’][" + _MAJ + r"])?[" + _MIN + "]+)(?:[ \t]+" + _VERBE_DE_PERSONNE
    + r"|[ \t]*,[ \t]*(?:c['’]est[ \t]+" + _LIEN_ATTRIBUT + r"|(?P<appose>(?i:un|une|mon|ma|son|sa|leur|notre)[ \t]+" + _QUALIFIE_UN_LIEN
    + _LIENS_ATTRIBUTS + r"(?![\w'’-]))))")
"""Un prénom homonyme d'un mot, un mot que personne n'écrit ou un nom ambigu suivi d'un verbe de personne :
« Rose est venue seule », « Désiré a appelé », « Faadumo a beaucoup pleuré », « Gloire veut… » : un sujet
humain, donc un prénom, même en tête de phrase ; de même devant le lien qui le dit proche du jeune, attribut ou apposé
(« Aurore est sa meilleure amie », « Espoir, c'est son grand frère », « Victoire, une copine de la MJ, », garde100 ;
l'apposition, ouverte par un article ou un possessif, seulement quand elle se ferme : groupe `appose`)."""
_DANS_UN_NOM_PROPRE = re.compile(r"(?:[" + _MAJ + r"][^\W\d_]*|(?<!\w)(?i:de|du|des|la|le|les|l['’]|d['’]|un|une|sa|son|ses|"
                                 r"ce|cet|cette|mon|ma|leur|notre|votre))[ \t]*$")
"""« L'école Jean Jaurès propose », « Notre-Dame de Grâce a proposé », « une Mercedes a été vue » : la fin d'un
nom de lieu ou d'institution, une chose, pas le sujet de la phrase."""
_PRONOMS = frozenset("personne chacun chacune rien aucun aucune nul nulle certains certaines plusieurs celui celle "
                     "ceci cela quelqu'un quiconque".split())
_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})
_DETERMINANTS = _ARTICLES | frozenset("un une des du sa son ses ce cet cette mon ma mes leur leurs notre votre".split())
_ARTICLE_DEVANT = re.compile(r"(?<!\w)(?i:du|au|aux|des|le|la|l['’]|un|une)[ \t]*$")
"""Devant un mot seul : un article, un déterminant ou une préposition de lieu (« à Gaziantep », « sous
Rilatine », « la Citadelle ») annonce un lieu, une marque ou une chose plutôt qu'une personne."""
_A_LOCALITE = re.compile(r"(?<![\w'’])(?i:à|a|vers|près de|pres de)(?:[ \t]+|[ \t]*\n[ \t]*)$")
"""« incarcéré à Lantin », « placé à Fraipont » : une localité belge après « à » est un lieu, pas un nom
(aussi quand une valeur YAML pliée passe à la ligne entre les deux)."""
_SEJOUR_AVANT = re.compile(
    r"(?<!\w)(?i:vacances|séjour\w*|sejour\w*|voyag\w*|vi(?:t|vent|vait|vaient)|habit\w*|née?s?|originaire\w*|parti\w*|"
    r"retour\w*|retourn\w*|rentr\w*|install\w*|réfugi\w*|arriv\w*|rest(?:é|ée|és|ées|e|ent|ait)|domicili\w*|transit\w*|"
    r"exil\w*|déménag\w*|vol|billet|passé\w*|grandi)(?!\w)")
"""Un séjour, une origine ou un voyage avant « à » : ce qui suit est un lieu (« vacances prévues à … »)."""
_CONTRACTE_DEVANT = re.compile(r"(?<!\w)(?i:du|au|aux)[ \t]+$")
_ROLES_D_UN_BILAN = frozenset("examinateur examinatrice evaluateur evaluatrice testeur testeuse observateur "
                               "observatrice superviseur superviseuse".split())
"""Qui examine, évalue, observe ou supervise dans un bilan (garde89 : « examinatrice: "psychologue scolaire" »,
« - Évaluatrice : neuropsychologue du CRF » ne sont pas des noms ; « examinateur: mbuyamba » en accroche un) : des rôles
(`_ROLES`, donc `_ROLES_A_NOM_ATTACHE`) ; à leur place, un test aussi (« testeur : stroop », « examinateur (raven) »,
« testeur: nepsy », l'attaque-119 : `_test_plutot_qu_un_nom`)."""
_ROLES = frozenset(
    "juge procureur procureure directeur directrice delegue deleguee conseiller conseillere docteur docteure maitre "
    "president presidente bourgmestre echevin echevine ministre substitut prefet prefete depute deputee professeur "
    "professeure abbe cure recteur rectrice commissaire inspecteur inspectrice agent agente premier premiere aidant "
    "aidante aidants aidantes".split()
) | _ROLES_D_UN_BILAN


def _graphies(mots: list[str]) -> frozenset[str]:
    """Les mots d'une liste, apostrophe droite et espaces simples (« l’ainé  » → « l'ainé »)."""
    return frozenset(" ".join(m.replace("’", "'").split()) for m in mots)


_CIVILITES_EXACTES = _graphies(lire_liste("civilites.txt"))
# Civilités sans ambiguïté qu'on écrit aussi en minuscules (« la belle-mère, madame X », « mme x », « le dr roussel ») :
# la seule liste des civilités en minuscules, que reprennent les appels (`_APPEL_FORMES`, `_APPEL_MOTS`).
_CIVILITES_MOTS = frozenset("madame monsieur mademoiselle mesdames messieurs mme mlle melle mr meneer mevrouw mevr dhr "
                            "dr dre docteur docteure dokter".split())
_CIVILITES_MINUSCULES = _CIVILITES_MOTS | {"mme.", "mlle.", "mr.", "mevr.", "dhr.", "dr."}
_CLE_DE_FONCTION_SEULE = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?i:dre?|docteure?|dokter)\.?")
"""Une civilité qui dit aussi une fonction, seule en clé ou en rubrique (« docteur: », « - Dr : »)."""
_REPONSE = re.compile(r"(?i:non|oui|n[ée]ant|aucune?|inconnue?|nee|neen|ja|geen|nvt|vacant|personne|idem|onbekend|"
                      r"niemand|none|sans|nul)[ \t]*\.?[ \t]*(?:[(#\n]|$)", re.MULTILINE)
"""Une réponse seule, pas un nom, sous une telle clé (« docteur: Non », « dr: Néant ») ; tout autre mot y reste un nom
après une civilité (« docteur: Sage », « docteur: Van Acker », l'attaque-41), et une réponse suivie d'autre chose reste
lue (« docteur: Oui; Bakambu », l'attaque-42)."""
# Particules de noms de famille (« VAN DEN BROECK », « El Khattabi », « Ait Ouali ») : après une
# civilité, elles font partie du nom si un autre mot suit.
_PARTICULES_NOM = frozenset("van von vanden vander den der ter ten el al ait ben bou abou di da dos del della".split())
# Appellations fortes : après elles, même un mot en minuscules hors des listes est un nom (« s'appelle kiki »).
_APPELLATIONS_FORTES = frozenset(
    normaliser(m) for m in ("prénommé", "prénommée", "surnommé", "surnommée", "dénommé", "dénommée", "nommé", "nommée",
                            "s'appelle", "s'appelait", "se fait appeler", "se faisait appeler", "alias")
)
_SALUTATIONS = frozenset(normaliser(m) for m in lire_liste("salutations.txt"))
_LIENS = frozenset(normaliser(m) for m in _graphies(liens_de_parente() + lire_liste("appellations.txt"))) | _SALUTATIONS
_PETITS_NOMS = frozenset(normaliser(m) for m in lire_liste("petits_noms.txt"))
_CIVILITES = frozenset(normaliser(c.rstrip(".")) for c in lire_liste("civilites.txt"))
_APPELLATIONS = frozenset(normaliser(m) for m in _graphies(lire_liste("appellations.txt")))
_ROLES_DU_LOGEMENT = frozenset("proprietaire proprietaires proprio bailleur bailleresse concierge".split())
"""Des rôles que la note nomme sous une rubrique (« - Propriétaire : Fardowsa ») ou devant une parenthèse (« le
concierge (Goran) ») ; pas des proches : après eux, un mot à majuscule est souvent une société ou un adjectif (« le
propriétaire Logement Namurois », « le bailleur Social », l'attaque-62)."""
_CLE_YAML = re.compile(r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?[\w'’ -]{1,40}")
"""Une clé YAML ou une rubrique en tête de ligne, même dans une citation ou une liste (« > SMS maman : », « - Papa : »)."""
_LETTRES = re.compile(r"[^\W\d_]+")


def _derniere_suite(forme: str) -> str | None:
    suites = _LETTRES.findall(forme)
    return suites[-1] if suites else None


def _derniers_mots_declencheurs() -> frozenset[str]:
    """Dernière suite de lettres (en minuscules, avec et sans accents) de chaque civilité, lien ou appellation.

    Un mot à majuscule n'est examiné par la couche 1 que s'il suit de près l'un de ces mots.
    """
    formes = (lire_liste("civilites.txt") + liens_de_parente() + lire_liste("appellations.txt")
              + lire_liste("salutations.txt"))
    formes += list(_CIVILITES_MINUSCULES) + list(_LIENS) + list(_APPELLATIONS) + ["propriétaire", "propriétaires",
                                                                                    *_ROLES_DU_LOGEMENT]
    derniers: set[str] = set()
    for forme in formes:
        for variante in (forme.lower(), normaliser(forme)):
            suite = _derniere_suite(variante)
            if suite:
                derniers.add(suite)
    return frozenset(derniers)


_DERNIERS_DECLENCHEURS = _derniers_mots_declencheurs()
# Entre le déclencheur et le nom : ponctuation, espaces, « de », « du », « d' » (« Madame de Smet »).
_SEPARATEURS = re.compile(r"\.?[ \t,:(«\"“']*")
_PARTICULES_AVANT_CAP = frozenset("de du la le lo van von vande vanden vander ver der den het ter ten el al ben bin bou "
                                  "abou ait da das do dos del della di".split())
"""Les particules qu'un nom de famille écrit en minuscules devant sa majuscule (« Mme da Silva », « Dr van der Linden »,
« Madame de la Torre », « M. el Amrani ») ; la civilité reste le déclencheur (`_declencheur_avant`)."""
_DE_CAP = re.compile(r"(?:(?i:de|du)[ \t]+|(?i:d)['’]|(?:al|el)-|(?:(?:" + "|".join(sorted(_PARTICULES_AVANT_CAP))
                     + r")[ \t]+){1,3})(?=[" + _MAJ + r"])")
_LETTRES_FRANCAISES = frozenset("abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿœæ'’-")
_MOT_CAP_SIMPLE = re.compile(r"[" + _MAJ + r"][^\W\d_]*(?:['’\-][^\W\d_]+)*")
_CACHE_LISTES: dict[str, bool] = {}


def _prenom_compose_d_homonymes(morceaux: list[str], l: dict[str, frozenset[str]]) -> bool:
    """« Jean-Marc », « Pierre-Louis » : deux prénoms qui sont aussi des mots (jean, marc, pierre : `prenoms_mots.txt`)
    ne font pas un mot ; un lien ou un rôle n'en est jamais un (« Beau-père »), ni un composé dont un morceau n'est
    pas un prénom (« Rouge-Gorge », « Bon-Pasteur », « Jean-qui-rit » : l'attaque-32)."""
    return (len(morceaux) > 1 and all((m in l["mots_prenoms"] or m in l["prenoms"]) and not designe_un_role(m)
                                      for m in morceaux)
            and not designe_un_role("-".join(morceaux)))


def _dans_les_listes(mot: str) -> bool:
    """Vrai si le mot (ou un morceau d'un mot composé) est un prénom ou un nom des listes, ou un prénom composé de
    prénoms homonymes d'un mot."""
    verdict = _CACHE_LISTES.get(mot)
    if verdict is None:
        l = listes()
        morceaux = [m for m in re.split(r"[-'’]", normaliser(mot)) if m]
        verdict = any(m in l["prenoms"] or m in l["noms"] for m in morceaux) or _prenom_compose_d_homonymes(morceaux, l)
        if len(_CACHE_LISTES) > 65536:
            _CACHE_LISTES.clear()
        _CACHE_LISTES[mot] = verdict
    return verdict


def mot_de_tete_de_phrase(valeur: str) -> bool:
    """Un seul mot, à majuscule, que le lexique connaît et qu'aucune liste de noms ne porte (« Travaux », « Pluie ») :
    en tête d'une ligne, il commence une phrase ; un déclencheur en fin de ligne précédente (« Retard du papa⏎
    Travaux ») n'en fait pas un nom quand un récit Markdown rejoint les deux lignes."""
    return bool(_MOT_CAP_SIMPLE.fullmatch(valeur)) and est_mot_connu(valeur) and not _dans_les_listes(valeur)


def _apres_declencheurs(texte: str, lignes: Lignes) -> list[int]:
    """Positions des mots à majuscule qui suivent de près un mot déclencheur (couche 1), triées."""
    bas = lignes.bas
    positions: set[int] = set()
    for mot in lignes.mots & _DERNIERS_DECLENCHEURS:
        for occurrence in _occurrences(mot).finditer(bas):
            i, fin, suite = occurrence.start(), occurrence.start() + len(mot), occurrence.end()
            if _mot_entier(bas, i, fin):
                if texte[suite : suite + 1].isupper():
                    positions.add(suite)
                de = _DE_CAP.match(texte, suite) if texte[suite : suite + 1] in _DEBUTS_DE_CAP else None
                if de is not None:
                    positions.add(de.end())
                elif texte[suite : suite + 2] in _ARTICLE_ELIDE_DEVANT and texte[suite + 2 : suite + 3].isupper():
                    positions.add(suite + 2)  # « Madame l'Institutrice Mbuyi » : la fonction, puis le nom
    proches = lignes.mots & _PROCHES_EN_CLE_ECRITS if ":" in texte else None
    if proches:
        for indice in lignes.contenant(sorted(proches)):
            m = _RUBRIQUE_DE_PLUSIEURS_MOTS.match(texte, *lignes.bornes(indice))
            if m is not None and _cle_d_un_proche(m.group("cle")) is not None:
                positions.add(m.end())  # « - Copain du foot : Moussa », « petit_copain: Espoir » (garde100)
    return sorted(positions)


_RUBRIQUE_DE_PLUSIEURS_MOTS = re.compile(
    r"[ \t]*(?:>[ \t]*)*(?:[-*+][ \t]+)?(?P<cle>[^\W\d_]+(?:[ _-][^\W_]+(?:['’][^\W_]+)*){1,4})[ \t]*:[ \t]+(?=["
    + _MAJ + r"])")
"""Une rubrique ou une clé YAML de deux à cinq mots en tête de ligne, puis un mot à majuscule : `_cle_d_un_proche` dit
si elle nomme un proche du jeune. Les mots n'ont ni espace, ni « _ », ni « - » : un seul découpage possible (temps
linéaire ; l'attaque-130 : « - copain x_b_b_b… » en prenait un nombre qui croît avec la ligne)."""


_FONCTIONS_DE_TITRE = _ROLES | frozenset(normaliser(m) for m in lire_liste("metiers.txt"))
"""Les fonctions qu'une civilité et un article placent devant le nom (« Madame la Pédiatre Dubois », « Mme la Coordinatrice
Hawa Doumbia », garde41 ; « Madame l'Institutrice Mbuyi », garde42) : les rôles, et les métiers de `metiers.txt`. Après
un métier (hors de `_ROLES`), un nom des listes, ou un mot que personne n'écrit qui n'est ni une spécialité
(`_SPECIALITE` : « Madame la Pédiatre Néonatologue ») ni un organisme (« Madame la Référente Jongerenwelzijn »,
l'attaque-71) ; un nom des listes qui est aussi un mot reste signalé (« Monsieur le Médecin Major », comme « Monsieur le
Juge Major »)."""
_SPECIALITE = re.compile(
    r"^(?:psycho|neuro|onco|diabet|endoc|rhumat|cardio|pneumo|gastro|dermat|ophtal|hemato|nephro|gyneco|pedo|perinat"
    r"|neonat|ortho|addict|respi|trauma|socio|ethno|victim|sexo|toxico)"
    r"|(?:logue|logie|iatre|iatrie|therapeute|therapie|pede|pathe|iste|graphe|ique|iques|elle|elles|al|ale|ales"
    r"|aire|aires|ante|antes|ente|entes|ive|ives|if|ifs|euse|euses|trice|trices|isme|ude|udes)$")
"""Le début ou la finale d'une spécialité, d'un adjectif ou d'une abréviation de métier (« Néonatologue », « Sophrologue »,
« Psychocorporelle », « Intersectorielle », « Onco », « Addicto », « Diabéto », l'attaque-72) : après un métier, un mot
inconnu ainsi fait précise le métier, il ne nomme personne ; un gentilé non plus, après un métier ou un rôle (`_GENTILE` :
« Madame la Kiné Etterbeekoise »)."""
_NOMS_COURTS = noms_courts()
"""« Ba », « Sy », « Ka », « Ly », « Xu », « Yu », « Lu » : des noms des listes (ambigus) seulement à côté d'un prénom,
après une civilité, devant un lien, ou à une place de personne (`_noms_de_deux_lettres` : après une fonction, devant
une apposition, après « avec », « chez »…) ; ailleurs, seuls, ce sont aussi un sigle, une syllabe, une année d'études
(« en Ba de psycho », « Ly signifie lycée », l'attaque-72)."""
_JOURS_ABREGES = frozenset("lu ma me je ve sa di".split())
"""Les jours abrégés d'un horaire (« Lu-Ma-Je ») : un composé qui n'en a pas d'autre n'est pas un nom."""
_ARTICLE_ELIDE_DEVANT = ("l'", "l’", "L'", "L’")
"""L'article élidé entre une civilité et la fonction (« Madame l'Institutrice Mbuyi », « M. l'Éducateur Collignon »)."""


def _qualificatif_a_sauter(texte: str, chaine: list[re.Match[str]], mot: re.Match[str], forme: str, classe: str,
                           contexte: ContexteAnonymat) -> bool:
    """Après une civilité, un article et une fonction, `mot` qualifie la fonction et le nom le suit : « Madame la
    Psychologue Clinicienne Mbala », « Monsieur le Conseiller PMS Delhaye », « Monsieur le Juge de la Jeunesse
    Vandenberghe » (garde43). Le dernier mot de la chaîne reste jugé (« Madame la Coordinatrice AMO », « … Clinicienne du
    Service »), comme un nom en capitales, une localité belge ou ce qu'une particule relie à lui (« … Adjoint DON PANOS » :
    la règle des capitales ; « … Consultant de Mazar-e-Charif » : un lieu ; l'attaque-73), sauf un autre qualificatif
    (« Chef de Service ») ; un sigle relié à la fonction par « du » est le service où elle s'exerce (« Madame la Pédiatre
    du CHU Brugmann », revue43)."""
    i = chaine.index(mot)
    if i == len(chaine) - 1 or not _qualifie_la_fonction(mot.group(1), forme, classe, contexte):
        return False
    precedent, suivant = chaine[i - 1], chaine[i + 1]
    if mot.group(1).isupper() and texte[precedent.end(1):mot.start(1)].strip():
        return False
    valeur_suivante = suivant.group(1)
    return (not valeur_suivante.isupper() and normaliser(valeur_suivante) not in listes()["localites"]
            and (not texte[mot.end(1):suivant.start(1)].strip()
                 or normaliser(valeur_suivante) in _QUALIFICATIFS_DE_FONCTION))


def _qualifie_la_fonction(valeur: str, forme: str, classe: str, contexte: ContexteAnonymat) -> bool:
    """Un mot qui qualifie la fonction entre elle et le nom : un sigle connu (« PMS », « SAJ »), un adjectif de fonction
    (`_QUALIFICATIFS_DE_FONCTION` : « Principale », « Adjoint ») ou une spécialité que la langue connaît (« Clinicienne »,
    « Scolaire »). Une liste fermée : un prénom qui est aussi un mot (« Prince », « Grâce », « Amanda »), une faute de
    frappe, une ville ou une préposition n'en sont pas (l'attaque-73 et revue43 : sauter tout mot de la langue laissait
    « Madame la Psychologue Scolaire GRÂCE LUMUMBA », « Amanda » de « Mme la Psychologue Amanda Dupont » en clair). Les
    listes sont relues après la classe : `_classer` range dans `AUTRE` un prénom qui est aussi un mot courant ou un lieu."""
    if classe in _CLASSES_DE_NOMS or forme in _TOUTES_PARTICULES:
        return False
    l = listes()
    if forme in l["mots_prenoms"] or forme in l["prenoms"] or forme in l["noms"] or forme in l["lieux"]:
        return False
    if valeur.isupper():
        return 2 <= len(valeur) <= 6 and classe == _Classe.AUTRE
    return _qualifie_une_fonction(forme) and not _mot_inconnu(valeur, contexte)


def _nom_apres_un_titre(texte: str, chaine: list[re.Match[str]], mot: re.Match[str], contexte: ContexteAnonymat,
                        inconnu_admis: bool) -> bool:
    """Le mot qui suit `mot` dans la chaîne est un nom des listes, un nom propre collé à lui (`_nom_propre_colle` :
    « Madame la Juge Grâce Magritte », garde44) ou, `inconnu_admis`, un mot que personne n'écrit : « Jean » y est le
    prénom de « Jean Renkin », pas un mot."""
    i = chaine.index(mot) + 1
    while i < len(chaine) - 1 and normaliser(chaine[i].group(1)) in _TOUTES_PARTICULES:
        i += 1  # « Madame la Juge Claire Van Acker » : le nom à particule suit le prénom
    suivant = chaine[i]
    classe = _classer(suivant.group(1), contexte)
    return classe in _CLASSES_DE_NOMS or classe == _Classe.INCONNU and (
        _nom_propre_colle(texte, chaine, suivant) or inconnu_admis and _mot_inconnu(suivant.group(1), contexte))


def _prenom_mot(forme: str) -> bool:
    """Un prénom que la langue écrit aussi comme un mot ou un nom des listes qui en est un (« grace », « noel »,
    « desire », « rose ») : après une fonction, devant un nom, c'est le prénom de la personne (garde44)."""
    l = listes()
    return forme in l["mots_prenoms"] or _homonyme_de_personne(forme, l)


_ARTICLES_DEVANT_UN_NOM = frozenset("le la les lo het".split())
"""Les articles qui ouvrent aussi un nom de famille (« Le Goff », « La Rocca ») et, bien plus souvent, le nom d'un lieu
(« Le Phénix », « Les Aubépines »)."""
_PARTICULES_FAIBLES = _ARTICLES_DEVANT_UN_NOM | frozenset("de du des ver do".split())
"""Des particules qui sont aussi des articles ou des prépositions : « Rose des Vents », « Fleur de Sel », « Marin du
Nord »."""
_PARTICULES_FORTES = (_PARTICULES_AVANT_CAP | _PARTICULES_NOM | frozenset("delle dalla dello degli abu ould".split())
                      ) - _PARTICULES_FAIBLES
"""Les autres particules (néerlandaises, italiennes, portugaises, arabes) : entre un prénom et un mot à majuscule, elles
ouvrent d'ordinaire un nom de famille (« Della Faille », « Van Damme », « Ter Haar », « Dos Santos ») ; seules, au fil
d'un texte français, certaines sont aussi des mots (« un van », « le dos »)."""
_PARTICULES_DE_NOM = _PARTICULES_FORTES | _PARTICULES_FAIBLES
"""Les particules que `_prenom_et_nom_a_particule` lit entre un prénom et un nom (`_TOUTES_PARTICULES`, plus large
pour les minuscules, est celle des autres lectures)."""
_PARTICULES_RARES_EN_MINUSCULES = frozenset("von bin ter ten vande vander".split())
"""Les particules en minuscules qui relient une suite de mots à majuscule (`_LIEN_CHAINE`) et qu'un texte français
n'écrit pas pour autre chose (« Fleur ter Horst ») : le préfiltre de la couche 2 s'ouvre pour elles ; pas « van »,
« dos », « ben » (« le van », « mal au dos », « ben oui » : revue45)."""


_PARTICULE_A_MAJUSCULE = re.compile(r"[^\W\d_][ \t]+(?:" + "|".join(sorted(p.capitalize() for p in _PARTICULES_DE_NOM))
                                    + r")[ \t]+[" + _MAJ + r"]")
"""Une particule à majuscule entre deux mots (« Pierre De Wit ») ; pas « Le » ou « De » en tête de phrase."""


def _prenom_mot_et_fonction_ou_particule(lignes: Lignes, majuscules: set[str]) -> bool:
    """Préfiltre de `_prenom_et_nom_apres_une_fonction` et de `_prenom_et_nom_a_particule` : le texte a un prénom-mot à
    majuscule et, où qu'elles soient, une fonction, une particule à majuscule ou une particule forte que le français
    n'écrit pas en minuscules (« L'éducateur Désiré Santos », « Pierre De Wit », « Fleur ter Horst » n'ont, sans elles,
    rien qui ouvre la couche 2)."""
    formes = {normaliser(mot) for mot in majuscules}
    return (any(_prenom_mot(forme) or forme in _PRENOMS_MOTS_PORTES for forme in formes)
            and (not lignes.mots.isdisjoint(_PARTICULES_RARES_EN_MINUSCULES)
                 or not formes.isdisjoint(_PARTICULES_DE_NOM) and _PARTICULE_A_MAJUSCULE.search(lignes.texte) is not None
                 or any(normaliser(mot) in _FONCTIONS_DE_TITRE for mot in lignes.mots)))


def _prenom_et_nom_apres_une_fonction(texte: str, debut_ligne: int, chaine: list[re.Match[str]],
                                      classes: list[str]) -> tuple[int, int] | None:
    """« L'éducateur Désiré Santos », « La Juge Noël Verhaegen », « l'éducatrice Rose Van Damme » : juste après une
    fonction (`_FONCTIONS_DE_TITRE`, écrite devant la chaîne ou en tête de celle-ci, après un article), un prénom-mot
    (`_prenom_mot`) puis, collés à lui, les noms des listes qui suivent (particules comprises) nomment la personne qui
    l'exerce : (début, fin) de ces mots. Sans la fonction, un mot courant devant un nom ouvre d'ordinaire le nom d'un
    lieu (« Institut Pierre Marie ») et la couche 2 l'écarte (garde44). Un nom hors des listes n'y suffit pas, sans
    civilité : « l'entraîneur Real Madrid », « le coach Prince Charming » (l'attaque-74). Pas devant une voie : « rue
    Docteur Grâce Witsel »."""
    if _VOIE_DEVANT.search(texte, max(debut_ligne, chaine[0].start(1) - 48), chaine[0].start(1)):
        return None
    tete = 1 if len(chaine) > 3 and normaliser(chaine[0].group(1)) in _ARTICLES else 0  # « La Juge Noël Verhaegen »
    premier = chaine[tete].group(1)
    if normaliser(premier[2:] if premier[:2] in _ARTICLE_ELIDE_DEVANT else premier) in _FONCTIONS_DE_TITRE:
        tete += 1  # « la Juge Noël Verhaegen », « L'éducateur Désiré Santos » en tête de phrase
    elif tete:
        return None
    elif not _fonction_devant(texte, debut_ligne, chaine[0].start(1)):
        return None
    if len(chaine) < tete + 2:
        return None
    if not _prenom_mot(normaliser(chaine[tete].group(1))):
        return None
    fin = tete + 1
    while fin < len(chaine):
        suite = fin
        while suite < len(chaine) - 1 and normaliser(chaine[suite].group(1)) in _TOUTES_PARTICULES:
            suite += 1  # « l'éducatrice Rose Van Der Linden »
        if not _suite_du_nom(texte, chaine, classes, suite):
            break
        fin = suite + 1  # « le logopède Mélanie Closset Piérard » : tout le nom
    return (chaine[tete].start(1), chaine[fin - 1].end(1)) if fin > tete + 1 else None


def _prenom_et_nom_a_particule(texte: str, debut_ligne: int, chaine: list[re.Match[str]], classes: list[str],
                               contexte: ContexteAnonymat) -> tuple[int, int, bool] | None:
    """« Claire Della Faille », « Marc De Smet », « Rose van Damme », « Grâce Di Rupo » : un prénom, même un prénom que
    la langue écrit comme un mot (`_prenom_devant_une_particule`), puis des particules et le nom qu'elles ouvrent :
    (début, fin, True) du nom entier (garde45 et l'attaque-75 : le prénom, parfois le nom entier, restaient en clair).
    Après une particule forte (`_PARTICULES_FORTES`), tout mot ; après une particule qui est aussi un article (« de »,
    « le »), un nom des listes, un mot que personne n'écrit, ou un nom que les listes portent soudé à ses particules
    (« Marc de Wilde », « Claire De Ridder ») — s'il est aussi un mot du dictionnaire, seulement après un prénom qui
    n'en est pas un (« Sofia Du Pont », pas « Rose Des Champs », « Reine des Prés ») ; pas « Rose des Vents », « Fleur
    De Sel », « Aurore De Namur », « Rose De Noël ». Pas devant une voie (« rue Pierre De Coubertin ») ni après la tête
    d'un lieu ou d'un service (« Institut Pierre De Smet »).

    Sans prénom, des particules à majuscule devant le même nom (« De Greef », « Chez Van den Eynde ») : (début, fin,
    False), qui n'étend qu'un nom déjà trouvé (`_fondre`) : la particule ne reste pas en clair à côté du nom masqué ;
    pas un article (« Le Phénix », « Le Patro » : le nom d'un lieu, que d'autres règles écartent sur son seul nom)."""
    formes = [normaliser(m.group(1)) for m in chaine]
    for k in range(1, len(chaine)):
        if formes[k] in _PARTICULES_DE_NOM:
            continue
        p = k - 1
        while p >= max(0, k - 3) and formes[p] in _PARTICULES_DE_NOM:
            p -= 1  # « Olivier Van Den Bosch » : les particules à majuscule sont des mots de la chaîne (trois au plus)
        if p >= 0 and formes[p] in _PARTICULES_DE_NOM:
            continue
        particules = formes[p + 1:k]
        particules += [normaliser(mot) for q in range(max(p, 0) + 1, k + 1)
                       for mot in texte[chaine[q - 1].end(1):chaine[q].start(1)].split()]  # « Rose van Damme »
        if not particules or any(mot not in _PARTICULES_DE_NOM for mot in particules):
            continue
        valeur = chaine[k].group(1)
        if not _PARTICULES_FORTES.isdisjoint(particules):
            if len(valeur) < 2 or valeur.isupper() and len(valeur) <= 3 or est_une_organisation(valeur):
                continue
        elif not (classes[k] in (_Classe.PRENOM, _Classe.NOM)
                  or classes[k] == _Classe.AMBIGU and _nom_a_particule_des_listes(particules, valeur)
                  or classes[k] == _Classe.INCONNU and (_mot_inconnu(valeur, contexte) or (
                      _nom_a_particule_des_listes(particules, valeur) and not (
                          est_mot_du_dictionnaire(valeur.casefold())
                          and (p < 0 or est_mot_du_dictionnaire(chaine[p].group(1).casefold())))))):
            continue
        fin = k + 1
        while fin < len(chaine) and _suite_du_nom(texte, chaine, classes, fin):
            fin += 1  # « Rose Van Damme Mertens »
        fin_du_nom = chaine[fin - 1].end(1)
        if p >= 0 and _prenom_devant_une_particule(chaine[p].group(1), classes[p]):
            while (p > 0 and p > k - 4 and not texte[chaine[p - 1].end(1):chaine[p].start(1)].strip()
                   and _prenom_devant_une_particule(chaine[p - 1].group(1), classes[p - 1])):
                p -= 1  # « Grâce Maria Della Piera » : les prénoms d'avant aussi (revue45)
            debut = chaine[p].start(1)
            if (p > 0 and classes[p - 1] == _Classe.AUTRE and formes[p - 1] in listes()["courants"]
                    and not chaine[p - 1].group(1).isupper() and formes[p - 1] not in _FONCTIONS_DE_TITRE
                    and not texte[chaine[p - 1].end(1):debut].strip()
                    or _VOIE_DEVANT.search(texte, max(debut_ligne, debut - 48), debut)
                    or _pas_une_personne_devant(texte, debut_ligne, debut)):
                return None  # « Institut Pierre De Smet », « rue Pierre De Coubertin », « l'école Claire Van Damme » ;
                # pas « Note de Marc De Smet », « SAJ Marc De Smet », « Éducatrice Claire Della Faille » (revue45)
            return debut, fin_du_nom, True
        if p + 1 < k and _ARTICLES_DEVANT_UN_NOM.isdisjoint(formes[p + 1:k]):
            return chaine[p + 1].start(1), fin_du_nom, False  # « De Greef a appelé », « Comme De Smet, … »
    return None


def _prenom_devant_une_particule(mot: str, classe: str) -> bool:
    """Un prénom devant des particules : un prénom des listes ou un prénom que la langue écrit comme un mot
    (« mots_prenoms », `_PRENOMS_MOTS_PORTES` : Claire, Rose, Marc, Grâce, Blanche) ; pas un sigle (« CHU du
    Sart-Tilman »), un prénom des listes qui est aussi un mot courant (« Casa Del Papel », « Villa Del Sol », « Ras El
    Hanout », l'attaque-75) ni un autre mot que les listes tiennent pour un prénom (« Avis de Cacciatore », « Comme De
    Smet », « Chez Van den Eynde »)."""
    forme, l = normaliser(mot), listes()
    return not (mot.isupper() and classe == _Classe.AUTRE) and (
        classe in (_Classe.PRENOM, _Classe.AMBIGU) and forme in l["prenoms"] and forme not in l["ambigus"]
        or forme in l["mots_prenoms"] or forme in _PRENOMS_MOTS_PORTES)


def _fonction_devant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Une fonction juste avant `debut`, suivie au plus de trois mots qui la qualifient (`_QUALIFICATIFS_DE_FONCTION`,
    `_SPECIALITE`) : « la juge Noël… », « l'assistante sociale Noël… », « le médecin traitant Noël… » (l'attaque-74)."""
    devant = _MOT_DEVANT.search(texte, max(debut_ligne, debut - 40), debut)
    if devant is None:
        return False
    mots = _LETTRES.findall(texte, max(debut_ligne, devant.start() - 48), devant.start())[-3:]
    for mot in [devant.group(1), *reversed(mots)]:
        forme = normaliser(mot)
        if forme in _FONCTIONS_DE_TITRE:
            return True
        if not _qualifie_une_fonction(forme):
            return False
    return False


def _fondre(texte: str, bornes: list[tuple[int, int, int, str, bool]], deja: Intervalles,
            resultats: list[Trouvaille]) -> None:
    """Les noms lus après une fonction (`_prenom_et_nom_apres_une_fonction`) ou devant une particule
    (`_prenom_et_nom_a_particule`) s'ajoutent à ce que la couche 2 a trouvé sur les mêmes chaînes : une trouvaille qui
    en chevauche un est étendue à leur réunion (« l'avocate Julie Martin van der Meersch », que la couche 2 lit entier,
    le reste ; « JUGE GRÂCE KABEYA ET AVOCAT NOËL JANSSENS » gagne « GRÂCE » ; « Claire De Smet » gagne « Claire De ») ;
    sinon le nom est signalé seul, s'il peut l'être (la particule de « De Greef » n'étend que le nom trouvé). Ils ne
    remplacent jamais la lecture de la couche 2 (revue44 : des morceaux de nom y étaient perdus) ; une trouvaille qui
    couvre déjà tout le nom reste telle quelle.

    `bornes` : (début, fin, indice dans `resultats` où la couche 2 a commencé d'écrire pour la chaîne, raison, signalé
    seul ou pas). Les chaînes sont lues dans l'ordre du texte : seules les trouvailles écrites depuis cet indice,
    jusqu'à la première qui commence après le nom, peuvent le chevaucher (un texte fait de mille fonctions reste lu en
    temps linéaire) ; les noms sont fondus du dernier au premier, pour que les indices des précédents restent justes."""
    for debut, fin, depuis, raison, seul in reversed(bornes):
        indices = []
        i = depuis
        while i < len(resultats) and resultats[i].debut < fin:
            if debut < resultats[i].fin:
                indices.append(i)
            i += 1
        if not indices and not seul or (
                len(indices) == 1 and resultats[indices[0]].debut <= debut and fin <= resultats[indices[0]].fin):
            continue
        for i in indices:
            debut, fin = min(debut, resultats[i].debut), max(fin, resultats[i].fin)
        for i in reversed(indices):
            del resultats[i]
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], raison)))


def _suite_du_nom(texte: str, chaine: list[re.Match[str]], classes: list[str], i: int) -> bool:
    """Le i-ième mot de la chaîne continue un nom commencé par un prénom : un nom des listes collé au mot d'avant."""
    return classes[i] in _CLASSES_DE_NOMS and not texte[chaine[i - 1].end(1):chaine[i].start(1)].strip()


def _nom_propre_colle(texte: str, chaine: list[re.Match[str]], mot: re.Match[str]) -> bool:
    """`mot`, hors des listes, suit le mot d'avant de la chaîne sans rien qu'une espace entre eux, n'est ni en capitales
    ni un mot du dictionnaire ni un lieu : un nom propre que la presse écrit (« Magritte », « Simenon », « Brel ») ;
    après une fonction ou un prénom, c'est le nom de famille d'une personne (« Madame la Juge Magritte », « Monsieur le
    Directeur Noël Simenon », garde44). Pas « le Juge de Paix » : un mot relié par une particule est un lieu ou un
    service, ni un organisme d'`organisations.txt`, ni une ville du monde (« Monsieur le Directeur Real Madrid »,
    l'attaque-74)."""
    i = chaine.index(mot)
    valeur = mot.group(1)
    return (i > 0 and len(valeur) >= 3 and not valeur.isupper() and not texte[chaine[i - 1].end(1):mot.start(1)].strip()
            and not any(est_mot_du_dictionnaire(morceau.casefold()) for morceau in valeur.split("-"))
            and not est_un_lieu(normaliser(valeur)) and not est_une_organisation(valeur))


_PARTICULE_DEVANT = re.compile(r"(?<![^\W\d_])(?:(?:" + "|".join(sorted(_PARTICULES_AVANT_CAP)) + r")[ \t]+){1,3}$")
_DEBUTS_DE_CAP = frozenset("D" + "".join(p[0] for p in _PARTICULES_AVANT_CAP))
"""Les premières lettres possibles de `_DE_CAP` (« de », « du », « d' », « al- », « el- », « van », « da »…)."""


@lru_cache(maxsize=256)
def _occurrences(mot: str) -> re.Pattern[str]:
    """`mot` dans le texte en minuscules, sans lettre ASCII collée, suivi de ses séparateurs (`_SEPARATEURS`) : le
    moteur écarte « de » dans « demande » (« de » revient des milliers de fois dans un volume) et la fin donne la
    position qui suit, sans boucle Python ; le mot commence le motif, que le moteur cherche comme une sous-chaîne."""
    return re.compile(re.escape(mot) + r"(?<![a-z]" + re.escape(mot) + r")(?![a-z])\.?+[ \t,:(«\"“']*+")


_PONCTUATION_SEP = " \t,:(«\"“"
_PONCTUATION_MOT = "([«\"“'’"


_LOCUTEUR_HORODATE = re.compile(r"[ \t]*(?:>[ \t]*)?\[?[0-9]{1,2}[:hH][0-9]{2}\]?[ \t]*[-–]?[ \t]*[\w'’ -]{1,40}")
"""Le locuteur d'un message recopié, après son heure (« [07:16] Père : », « 18h02 - Maman : »)."""


def _debut_de_message(texte: str, position: int) -> bool:
    """Après « [07:16] Père : », le premier mot du message est un mot courant ou connu qui n'est ni prénom ni nom
    (« Dossier 2019-003 », « Hij wandelt ») : le début du message, pas le nom du père. Un mot inconnu ou un nom des
    listes (« Okbazghi ne rentre pas », « Yasmine a fugué ») reste un nom."""
    m = _LETTRES.match(texte, position)
    if m is None:
        return False
    mot, l = normaliser(m.group(0)), listes()
    return mot not in l["prenoms"] and mot not in l["noms"] and (mot in l["courants"] or est_mot_connu(m.group(0)))


def _declencheur_avant(texte: str, debut_ligne: int, position: int) -> tuple[str, bool] | None:
    """Le déclencheur (civilité, lien, appellation) juste avant `position`, et s'il s'agit d'une civilité.

    « Mme Dupont », « la mère, Sophie », « s'appelle Enzo », « prénommé : Nolan », « Madame de Smet ».
    """
    avant = texte[max(debut_ligne, position - 48) : position]
    if not avant or avant[-1] not in _PONCTUATION_SEP and avant[-1] not in "'’":
        return None
    reste = avant.rstrip(" \t")
    cle_yaml = False
    if reste and reste[-1] in ",:(«\"“":
        cle_yaml = reste[-1] == ":"
        reste = reste[:-1].rstrip(" \t")
        if cle_yaml and _LOCUTEUR_HORODATE.fullmatch(reste) and _debut_de_message(texte, position):
            return None
    mots = reste.replace("’", "'").split()
    if mots and mots[-1].casefold() in ("de", "du", "d'"):
        mots = mots[:-1]
    particules = 0
    if mots and mots[-1] in _ARTICLE_ELIDE_DEVANT:
        mots, particules = mots[:-1], 1  # « Madame l'Institutrice » : l'article élidé, après la civilité seulement
    while mots and particules < 3 and mots[-1] in _PARTICULES_AVANT_CAP:
        mots, particules = mots[:-1], particules + 1  # « Bonjour Mme van der Linden » : la civilité avant la particule
    if not mots:
        return None
    if len(mots) > 1 and normaliser(mots[-1]) in _PAS_UN_NOM_APRES_CIVILITE:
        mots = mots[:-1]  # « la dre traitante mukendi », « le docteur référent Lambert » (l'attaque-43)
    mots = mots[-4:]
    mots[0] = mots[0].lstrip(_PONCTUATION_MOT) if len(mots) == 1 else mots[0]
    for k in range(1, len(mots) + 1):
        candidat = " ".join(mots[-k:]).lstrip(_PONCTUATION_MOT)
        civilite = candidat in _CIVILITES_EXACTES or candidat.casefold() in _CIVILITES_MINUSCULES
        if particules and not civilite:
            return None  # une particule ne suit qu'une civilité (« la mère de la Torre » reste à la couche 2)
        if civilite:
            if cle_yaml and _REPONSE.match(texte, position) and _CLE_DE_FONCTION_SEULE.fullmatch(reste):
                return None  # « docteur: Non », « dokter: Nee » : une réponse sous la clé d'une fonction (l'attaque-40)
            return candidat, True
        forme = normaliser(candidat)
        if forme[1:2] == "'" and forme[:1] in "ld":
            forme = forme[2:]  # « L'oncle Saïd », « l'aînée Fatou » : l'article élidé collé au lien
            if forme in _LIENS and not _nom_apres_un_lien_elide(texte, position):
                return None
        if (forme in _ROLES_DU_LOGEMENT and cle_yaml and _CLE_YAML.fullmatch(reste)
                and _inconnu_du_lexique(texte, position)):
            return candidat, False  # « - Propriétaire : Fardowsa » (aveugle-64) ; pas « le propriétaire Logement … »
        if forme in _LIENS:
            if cle_yaml and _CLE_YAML.fullmatch(reste) and forme not in _APPELLATIONS and not _inconnu_du_lexique(
                    texte, position) and not _prenom_seul_en_valeur(
                        texte, position, forme if _tete_de_cle(reste)[:1] == [forme] else None):
                # « jeune: Retrouver un rythme… » : une clé YAML ou une rubrique, pas « le jeune X » ;
                # la valeur est lue comme un début de phrase (couche 2). Un mot que le lexique n'écrit pas y est le nom
                # du proche (« - Propriétaire : Fardowsa », « - Mère : Woldemichael », aveugle-64).
                return None
            return candidat, False
    if (cle_yaml and _CLE_YAML.fullmatch(reste) and (proche := _cle_d_un_proche(reste)) is not None
            and (_inconnu_du_lexique(texte, position) or _prenom_seul_en_valeur(texte, position, proche))):
        return reste.strip(_PONCTUATION_MOT + " \t>-*+"), False  # « - Copain du foot : Moussa », « Voisine de palier : Rose »
    return None


_PROCHES_EN_CLE = frozenset(normaliser(m) for m in _LIENS_EN_ATTRIBUT if " " not in m)
_PROCHES_EN_CLE_ECRITS = _PROCHES_EN_CLE | frozenset(mot for m in _LIENS_EN_ATTRIBUT for mot in re.findall(r"[^\W\d_]+", m))
"""Leur préfiltre : les mots tels que `Lignes.mots` les écrit (« sœur », « mère ») et sans accents."""
_AMIS_EN_CLE = frozenset(normaliser(m) for m in _AMIS)
_QUALIFIE_EN_CLE = DEBUTS_DE_LIEN | frozenset("meilleur meilleure nouveau nouvelle ancien ancienne".split())


def _cle_d_un_proche(cle: str) -> str | None:
    """Le lien au jeune par lequel commence une rubrique de plusieurs mots, peut-être qualifié (« Copain du foot »,
    « Voisine de palier », « petit_copain », garde100) : sa valeur, un prénom seul, est ce proche. Les clés d'un mot
    sont lues par `_declencheur_avant` lui-même ; « prenom_nom », « jeune_nom » ne disent pas un proche."""
    mots = _mots_de_cle(cle)
    if len(mots) < 2:
        return None
    tete = _tete_de_cle(cle, mots)
    return tete[0] if tete[0] in _PROCHES_EN_CLE else None


def _mots_de_cle(cle: str) -> list[str]:
    """Les mots d'une rubrique ou d'une clé, normalisés, sans puce ni ponctuation autour, séparés par des blancs ou des
    « _ »."""
    return [normaliser(m) for m in re.split(r"[\s_]+", cle.strip(_PONCTUATION_MOT + " \t>-*+")) if m]


def _tete_de_cle(cle: str, mots: list[str] | None = None) -> list[str]:
    """Les mots de la clé (`_mots_de_cle`, ou `mots` déjà lus), à partir du premier qui n'en qualifie pas un autre
    (« petit », « meilleure », « beau ») : « - Petite copine de classe » → copine, de, classe."""
    mots = _mots_de_cle(cle) if mots is None else mots
    while len(mots) > 1 and mots[0] in _QUALIFIE_EN_CLE:
        mots = mots[1:]
    return mots


_FIN_D_UNE_VALEUR = re.compile(r"[ \t]*(?:[,;(]|$)|[ \t]+#", re.MULTILINE)


def _prenom_seul_en_valeur(texte: str, position: int, proche: str | None = None) -> bool:
    """Le mot à majuscule à `position` est-il un prénom des listes, même homonyme d'un mot, seul dans sa valeur (suivi
    d'une virgule, d'une parenthèse, d'un commentaire ou de la fin de la ligne ; pas d'un point, qui abrège : « Garde chez
    papa : Sam. et Dim. »), que le dictionnaire français n'a pas, ou, sous la rubrique qui nomme ce `proche`, seul jusqu'au
    bout de la valeur sous un ami, devant son âge sous un proche de la famille (`_SEUL_SOUS_UN_AMI`, `_SEUL_SOUS_UN_PROCHE`,
    garde100 ; pas sous « Profession du père », revue71) : « - copine :
    Mina, rencontrée au club » (aveugle-94) ; pas « jeune: Retrouver un rythme », ni un adjectif ou un nom qui est aussi
    un prénom (« - mère : Fidèle (aux rendez-vous) », « - sœur : Constance, dans ses efforts », l'attaque-129)."""
    m = _MOT_CAP.match(texte, position)
    if m is None or _FIN_D_UNE_VALEUR.match(texte, m.end()) is None:
        return False
    forme = normaliser(m.group(1))
    if forme[:2] in _JOURS_ABREGES and len(forme) == 3 or forme in ("ras", "nc", "na"):
        return False  # « - papa : Sam, Dim », « - père : Ras » : un jour abrégé, rien à signaler (la relecture revue70)
    return (_prenom_des_listes(forme)
            and (not est_mot_du_dictionnaire(m.group(1).casefold())
                 or proche is not None and (_SEUL_SOUS_UN_AMI if proche in _AMIS_EN_CLE else _SEUL_SOUS_UN_PROCHE).match(
                     texte, m.end()) is not None))


_SEUL_SOUS_UN_AMI = re.compile(r"[ \t]*(?:$|\([ \t]*(?:\d|[" + _MAJ + r"]|(?i:même)(?![\w'’])))", re.MULTILINE)
"""Sous un ami, un prénom homonyme d'un mot seul dans sa valeur, jusqu'à la fin de la ligne ou une parenthèse qui dit
qui, par un nombre, un sigle ou « même » (« Copine : Victoire (même classe) », « Copain : Espoir (U17) », garde100) ;
pas devant une virgule, un commentaire ni une parenthèse qui dit quand ou comment (« - Copain : Fidèle (toujours là) »,
« copine: Fidèle  # toujours présente », « - Amie : Constance (depuis le primaire) », l'attaque-130)."""
_SEUL_SOUS_UN_PROCHE = re.compile(r"[ \t]*\([ \t]*\d{1,2}[ \t]*ans(?![\w'’])")
"""Sous un proche de la famille, seulement devant son âge (« Demi-sœur : Aurore (19 ans) ») ; pas seul (« - Oncle :
Imam », « - Relation avec la mère : Bonne », revue71), ni « - sœur : Modeste (revenus faibles) » (l'attaque-129),
« - Grand-père : Constant (1 visite par mois) » (l'attaque-130), « SMS maman : Jeune (°2 septembre) »."""


def _inconnu_du_lexique(texte: str, position: int) -> bool:
    """Le mot à majuscule à `position` n'est ni un mot de la langue ni un lieu (« Fardowsa » ; pas « Retrouver »,
    « Absente », « Maxime », « Kinshasa »)."""
    m = _MOT_CAP.match(texte, position)
    if m is None:
        return False
    mot = _ELISION.sub("", m.group(1))  # « famille: L'école accepte … » (aveugle-47)
    # une langue, un adjectif ou un participe mal écrits (« - mère : Tigrinya », « Inconu », « Décèdé », l'attaque-62)
    if est_une_langue(normaliser(mot)) or _ADJECTIF.fullmatch(mot) or normaliser(mot).endswith("phone"):
        return False
    return not (est_courant_tel_qu_ecrit(mot) or est_un_lieu(normaliser(mot))
                or any(est_mot_connu(morceau) or est_mot_du_dictionnaire(morceau.casefold())
                       for morceau in mot.split("-") if morceau))  # « SMS papa : Rendez-vous annulé »


def _nom_apres_un_lien_elide(texte: str, position: int) -> bool:
    """Après « L'oncle », « l'aînée » : un mot connu tel qu'il est écrit n'est un nom que si une liste le compte parmi les
    prénoms, les noms ou les prénoms homonymes d'un mot (« L'oncle Pierre ») ; pas « L'oncle Maternel », « L'oncle
    Congolais », « L'oncle Internet » (l'attaque-32)."""
    m = _MOT_CAP.match(texte, position)
    if m is None or not est_mot_connu(m.group(1)):
        return True
    n, l = normaliser(m.group(1)), listes()
    return n in l["prenoms"] or n in l["noms"] or n in l["prenoms_homonymes"]


_APRES_HOMONYME = re.compile(r"[ \t]+(?!(?:et|ou|de|des|du|d|à|au|aux|en|pour|par|sur|dans|que|qui|est|sont|était|"
                             r"comme|ni|mais|donc|or|car|après|avant|contre|sans|avec|sous|entre|vers|chez|par|à|the|of|and|or)(?![^\W\d_]))[" + _MIN + r"]")
_ADJECTIF = re.compile(r"[^\W\d_]+(?:al|aux|el|elle|eux|euse|if|ive|ique|aire|able|ible|é|ée|és|ées)(?![\w'’-])")
"""Après le prénom, un mot en minuscules qui n'est ni une conjonction ni une préposition (« Espoir et
confiance ») ni un adjectif (« Code postal ») : le verbe dont il est le sujet (« Roman lit », « Can a lancé »,
« Ange se décrit »)."""


def _homonyme_de_personne(forme: str, l: dict[str, frozenset[str]]) -> bool:
    """Un prénom homonyme d'un mot (« roman », « ange », « espoir ») ; jamais un mot outil, un pronom, un lien ou
    une civilité (« Elle », « Des »), ni un article d'une autre langue (« The », « Het »)."""
    if (forme in _MOTS_OUTILS or forme in _LIENS or forme in _CIVILITES or forme in _ROLES or forme in _PRONOMS
            or forme in _MOTS_OUTILS_ETRANGERS):
        return False
    return forme in l["prenoms_homonymes"] or forme in l["ambigus"]


_MOTS_OUTILS_ETRANGERS = frozenset(
    "the a an and but for this that these those his her its our their het een de der die das den dem des ein eine "
    "el los las il lo gli le la les un una uno bu şu o ve".split()
)
"""Articles, pronoms et conjonctions d'autres langues qui ouvrent une phrase citée (« The boy seems », « Het
overleg verliep ») : jamais un prénom en tête de phrase, même homonyme."""


def _homonymes_repetes(texte: str, lignes: Lignes, majuscules: set[str], deja: Intervalles,
                       resultats: list[Trouvaille]) -> None:
    """Un prénom homonyme d'un mot, sans article en tête de phrase et suivi de son verbe, quand la même ligne
    écrit aussi le mot en minuscules : l'auteur distingue la personne du mot (« Roman lit enfin un roman »,
    « Constant a été constant », « Espoir a retrouvé un peu d'espoir »). Seuls les mots à majuscule dont la
    forme en minuscules est aussi dans le texte sont relus (`majuscules` : les mots à majuscule du texte)."""
    l = listes()
    candidats = [
        mot for mot in majuscules
        if mot.lower() in lignes.mots and _homonyme_de_personne(normaliser(mot), l)
    ]
    for mot in candidats:
        ecrit_en_minuscules: dict[int, bool] = {}  # par ligne : chaque ligne n'est relue qu'une fois par mot
        for debut in positions_du_mot(texte, mot, 0, len(texte), "'’-"):
            fin = debut + len(mot)
            indice = lignes.numero(debut)
            debut_ligne, fin_ligne = lignes.bornes(indice)
            suite = _APRES_HOMONYME.match(texte, fin)
            if deja.chevauche(debut, fin) or suite is None or _ADJECTIF.match(texte, suite.end() - 1):
                continue
            if indice not in ecrit_en_minuscules:  # « d'espoir » compte : l'apostrophe peut précéder le mot
                ecrit_en_minuscules[indice] = bool(positions_du_mot(texte, mot.lower(), debut_ligne, fin_ligne, "-"))
            if not ecrit_en_minuscules[indice] or not _debut_de_phrase(texte, debut_ligne, debut):
                continue
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(mot, "prénom homonyme d'un mot que la phrase écrit aussi")))


def _debut_de_phrase(texte: str, debut_ligne: int, position: int) -> bool:
    """Le mot ouvre-t-il une phrase ? Seuls les 120 caractères qui précèdent comptent (temps linéaire)."""
    avant = texte[max(debut_ligne, position - 120):position]
    return not avant.strip() or bool(_FIN_PHRASE.search(avant))


_COMMERCES = frozenset(normaliser(m) for m in lire_liste("commerces.txt"))
"""Les types de commerces et d'établissements qui ouvrent le nom d'un prestataire (« Librairie », « Auto-école »)."""
_DANS_UN_NOM_DE_COMMERCE = re.compile(r" (?:(?:du|de|des|la|le|les|et|&) )?")
"""Entre les deux premiers mots du nom d'un commerce (« Librairie Papyrus », « Pharmacie du Centre ») ; pas les
espaces d'un tableau aligné (« Nom      Fonction      Signature »)."""


def _mot_d_une_enseigne(mot: str, contexte: ContexteAnonymat) -> bool:
    """Après un type de commerce, un mot de la langue, un lieu ou un sigle, jamais un nom des listes, un prénom homonyme
    d'un mot ni un mot que personne n'écrit (« Boulangerie Dupont », « Taxi Mvuemba », « Taxi Prince » : le nom d'une
    personne, les attaques 43 et 45)."""
    forme = normaliser(mot)
    return _classer(mot, contexte) not in _CLASSES_DE_NOMS and forme not in listes()["prenoms_homonymes"] and (
        forme in mots_de_la_langue() or mot.isupper() or est_un_lieu(forme))


class _Classe:
    PRENOM = "P"  # prénom des listes, non ambigu
    NOM = "N"  # nom des listes, non ambigu
    AMBIGU = "A"  # nom des listes qui est aussi un mot courant
    INCONNU = "X"  # mot à majuscule hors des listes
    AUTRE = "S"  # sigle, lieu, mot courant, initiale, service de l'annuaire


_CLASSES_DE_NOMS = (_Classe.PRENOM, _Classe.NOM, _Classe.AMBIGU)
"""Les classes d'un mot qui peut être un nom de personne (pas `INCONNU` : un mot à majuscule hors des listes)."""


_SIGLES_HOMONYMES = frozenset({"CESS"})
"""Des sigles qu'une note écrit en capitales et que les listes comptent aussi pour des prénoms (« le CESS », le certificat
du secondaire, aveugle-56 ; « Cess Vermeulen », « Prénom : CESS », l'attaque-49 et l'attaque-50) : seulement écrits
en capitales juste après un article (`_sans_personnalites`)."""


def _classer(mot: str, contexte: ContexteAnonymat) -> str:
    if len(mot) == 1 or _INITIALES.match(mot) and (len(mot) <= 3 or "." in mot):
        return _Classe.AUTRE
    l = listes()
    n = normaliser(mot)
    if (est_courant_tel_qu_ecrit(mot) or n in l["lieux"] or mot.casefold() in _MOTS_OUTILS or n in contexte.mots_autorises
            or _SAINT.match(mot) or n in _PETITS_NOMS):
        return _Classe.AUTRE  # « Le CGRA », « De Opvoedingswinkel » : un article n'est pas un nom (« Sơn » en est un) ;
        # « Mamy et Papy viendront », « selon Tonton » : un proche, pas son nom
    if n.rstrip(".") in _CIVILITES:
        return _Classe.AUTRE
    if "-" in n:
        morceaux = [m for m in re.split(r"[-'’]", n) if m]
        if _JOURS_ABREGES.issuperset(morceaux):
            return _Classe.AUTRE  # « Lu-Ma-Je », « Me-Ve » : des jours d'un horaire (« Lu » est un nom court, l'attaque-79)
        classes = {_classer_simple(m, l) for m in morceaux}
        for classe in _CLASSES_DE_NOMS:
            if classe in classes:
                return classe
        if _prenom_compose_d_homonymes(morceaux, l):
            return _Classe.PRENOM
        return _Classe.INCONNU
    # « D'Amico », « D'Hondt » : la particule élidée n'est pas une partie du nom, le reste est jugé seul quand il est un nom
    # des listes (pas « L'ILA », « L'Athénée » : un article devant un service ou un lieu ; pas « D'Avril » : un mot,
    # que la particule fait nom)
    if _PARTICULE_ELIDEE.match(mot) and (sans_particule := _classer_simple(normaliser(mot[2:]), l)) != _Classe.AUTRE:
        return sans_particule
    soudee = _forme_soudee(n) if mot[2:3].isupper() else None
    if soudee and (classe := _classer_simple(soudee, l)) in _CLASSES_DE_NOMS:
        return classe  # « N'Diaye » comme « Ndiaye »
    return _classer_simple(n, l)


def _forme_soudee(n: str) -> str | None:
    """« n'diaye » → « ndiaye », « m'bala » → « mbala » : un nom d'Afrique de l'Ouest ou centrale s'écrit avec ou sans
    l'apostrophe, les listes n'en portent souvent qu'une forme (aveugle-58) ; None pour tout autre mot normalisé."""
    if n[:1] not in "nm" or n[1:2] not in "'’" or len(n) <= 3 or est_mot_du_dictionnaire(n[2:]):
        return None  # « N'Aime », « M'Aider », « N'Ose » : une négation ou un pronom devant un verbe (l'attaque-53)
    return n[0] + n[2:]


def _classer_simple(n: str, l: dict[str, frozenset[str]]) -> str:
    if n in l["courants"] or n in l["lieux"]:
        return _Classe.AUTRE
    if n in l["prenoms"] or n in l["noms"]:
        return _Classe.AMBIGU if n in l["ambigus"] else (_Classe.PRENOM if n in l["prenoms"] else _Classe.NOM)
    return _Classe.INCONNU


_CACHE_INCONNUS: dict[str, tuple[bool, str]] = {}
_ELISION = re.compile(r"^(?:[LlDdJjSsCc]|[Qq]u)['’](?=[^\W\d_])")
"""« L'Athénée », « D'Artagnan », « L'équipe », « L'école » : l'article élidé n'est pas une partie du mot (le mot qui
suit, même en minuscules, est jugé seul : « équipe » est un mot, « hondt » dans « D'hondt » n'en est pas un)."""
_ARTICLE_ELIDE = re.compile(r"[LlDd]['’]")
_PARTICULE_ELIDEE = re.compile(r"[Dd]['’](?=[^\W\d_])")
_MOT_OUTIL_ELIDE = re.compile(r"(?:[CcDdJjSsNnMm]|[Qq]u)['’](?=[" + _MIN + r"])")
"""« C'est », « D'après », « Qu'elle » en tête d'une suite de majuscules : une tournure, pas une partie du nom."""
_SIGLE_MIXTE = re.compile(r"(?<![-'’])(?<!^)[" + _MAJ + r"]")
"""Une majuscule à l'intérieur d'un mot (« SeTIS », « SAJ ») : un sigle ou une marque, pas un nom."""
_LIEU_DEVANT = re.compile(r"(?<!\w)(?i:à|a|en|vers|de|d['’]|depuis|chez|sous|dans|sur|du|au|aux|des|le|la|les|l['’]|un|une|ce|cet|cette|"
                          r"son|sa|ses|mon|ma|mes|leur|leurs|notre|votre)[ \t]*$")
_PROCHE_DE = re.compile(r"(?<![\w'’])(?i:le|la|l['’]|les|sa|son|ses|leur|leurs|du|au|aux)[ \t]*"
                        r"((?:[^\W\d_]+-)*[^\W\d_]+)[ \t]+(?:de[ \t]+|d['’])$")
"""« le papa de », « la grand-mère d' », « aux parents de », « le compte de » : un lien ou un bien et son article, juste
avant « de »."""
_LIENS_DE_FAMILLE = frozenset(normaliser(m) for m in liens_de_parente() if " " not in m) - {"famille", "jeune", "fratrie"}
"""Les liens de parenté en un mot (« papa », « grand-mère », « demi-frère », « tonton ») ; pas « famille »,
« jeune » ni « fratrie », que `_PERSONNE_DE` lit déjà ou qui se disent d'une chose (« le jeune de la classe »)."""
_VECU_D_UNE_PERSONNE = (
    "audition|inquiétude|comportement|scolarité|colère|tristesse|peur|angoisse|famille|chambre|affaires|mère|père|"
    "frère|sœur|soeur|fugue|hospitalisation|témoignage|récit|parole|attitude|progrès|consentement|anniversaire")
"""Ce qu'une personne vit, dit ou a (« l'audition de », « la colère de », « la chambre de ») et qu'un organisme n'a pas
(`_VECU_DE`) ; pas une situation, une présence, une absence, une arrivée, un placement, une santé, un hébergement, des
besoins, un souhait, un dossier, une demande, un avis, un parcours, qu'un service a aussi (le reste de `_PERSONNE_DE` :
« la situation de VIVALIX », « le placement de TEMPORIX », l'attaque-87), que seul un nom en capitales suit comme celui
d'une personne (`_capitales_de_quelqu_un`)."""
_VECU_DE = re.compile(r"(?<!\w)(?i:" + _VECU_D_UNE_PERSONNE + r")s?[ \t]+(?:de[ \t]+|d['’])$")


def _vecu_devant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Juste avant `debut`, ce qu'une personne vit ou a et « de » (`_VECU_DE` : « l'audition de », « la chambre de »)."""
    return _VECU_DE.search(texte, max(debut_ligne, debut - 32), debut) is not None


_AFFAIRES_D_UNE_PERSONNE = frozenset(
    "sommeil nuit cauchemar malaise crise larme chien chat sac cartable velo lunette lit gsm telephone console pc "
    "ordinateur tablette devoir bulletin cahier carnet copain copine ami amie retrait decrochage refus choix volonte "
    "economie argent poids repas vie corps vetement basket cheveu dent isolement question logement bilan aupres".split())
"""Ce qu'une personne a ou vit et qu'un organisme n'a pas, au-delà de `_VECU_D_UNE_PERSONNE` (« le sommeil de », « le
chien de », « les devoirs de », « la vie privée de »), et « auprès de » ; sans accents, au singulier."""


_AFFAIRES_EN_MINUSCULES = frozenset(
    "sommeil chien chat sac cartable velo lunette lit gsm tel telephone console pc ordinateur argent poids vetement "
    "basket cheveu dent refus choix volonte economie isolement retrait malaise cauchemar ami amie copain copine devoir "
    "trajet appetit aupres".split())
"""Devant un mot en minuscules, ce qu'une personne a ou vit et qu'un mot du métier, une faute de frappe ou un plat ne
suit pas souvent (« les devoirs de mbuyamba », « le tél de », garde64) ; pas « le bilan de », « le carnet de », « la
note de », « le traitement de », « une crise de », « le repas de », « la vie de », « le stage de » (« le bilan de
logopédie », « le carnet de glycémies », « le stage de graff », « le traitement de sertaline », « une crise de
spasmo » : aveugle-56, 58, 69, l'attaque-94)."""


def _de_ce_qu_a_une_personne(texte: str, debut_ligne: int, debut: int, fin: int,
                             affaires: frozenset[str] = _AFFAIRES_D_UNE_PERSONNE) -> bool:
    """Avant un nom en capitales ou en minuscules, « de » après ce qu'une personne vit ou a : `_VECU_DE` (« l'audition
    de HAJDARIU », garde57) ou un mot de `affaires` là où `_de_quelqu_un` lit une personne (« le sommeil de
    KIDANEMARIAM », « le chien de RONVEAUX », garde61 ; « les devoirs de mbuyamba », garde64, avec
    `_AFFAIRES_EN_MINUSCULES`). Pas après un autre mot : un nom en capitales y est souvent celui d'un organisme (« le
    coordinateur de HORIZONIA », l'attaque-91 ; ce qui concerne une personne, « la situation de », ce qu'elle écrit ou
    projette, « le rapport de », est lu par `_capitales_de_quelqu_un`), un mot en minuscules un terme de métier ou une
    faute (« le bilan de logopédie », l'attaque-94)."""
    if _vecu_devant(texte, debut_ligne, debut):
        return True
    tete = _de_quelqu_un(texte, debut_ligne, debut, fin)
    return tete is not None and any(_au_singulier_dans(m, affaires) for m in tete.groups() if m)


_PERSONNE_DE = re.compile(
    r"(?<!\w)(?i:" + _VECU_D_UNE_PERSONNE + "|nouvelles|référente?|dossier|suivi|accompagnement|demande|retour|avis|"
    r"parcours|évolution|sécurité|protection|situation|arrivée|absence|présence|départ|placement|santé|souhait|besoins|"
    r"droits|hébergement|orientation|trajectoire|prises?[ \t]+en[ \t]+charge|"
    r"tuteur|tutrice|éducat(?:eur|rice)|psychologue|avocate?|plainte|version|propos|accord|signature|garde|"
    r"appel|message|mail|courriel|sms|texto|lettre|visite|réponse|soutien|vocal|vocaux|relance|"
    r"(?:(?<![àa][ \t]l['’])|(?<=grâce[ \t]à[ \t]l['’])|(?<=grace[ \t]a[ \t]l['’]))aide)s?"
    r"[ \t]+(?:de[ \t]+|d['’])$"
)
"""Ce qui appartient à une personne ou la concerne, puis « de » : « l'audition d'Abdirizak », « sans nouvelles de
Capucine », « la référente de Prince », « le soutien de Siriporn », « grâce à l'aide de Noor » (mais « à l'aide de »
dit un outil) ; jamais un lieu, un modèle ou un conte (« jardin d'Éden », « modèle de Bronfenbrenner », « originaire
de Timişoara »)."""
_ECRITS_ET_PROJETS = (r"rapport|courrier|attestation|formulaire|convocation|bilan|note|certificat|traitement|"
                      r"projet(?:[ \t]+de[ \t]+vie)?|planning|horaire|objectif")
"""Ce qu'une personne écrit, reçoit, suit ou projette, et qu'un organisme ou une chose a aussi (« le rapport de
Sciensano », « la note de réu », « le projet de kot ») : devant « de », un nom à majuscule ou en capitales
(`_ECRIT_OU_PROJET_DE` : « le rapport de Mbwakilanga », « le planning de HADDOUCHI », garde69 ; un organisme hors des
listes y est lu comme un nom, comme au soixante-quatrième passage) ; en minuscules, seulement un prénom ou un nom des
listes (`_EN_MINUSCULES_DE` : « le traitement de kassongo », pas « le traitement de méthylphénidate », ni un mot de moins de
quatre lettres, « le projet de kot »)."""
_ECRIT_OU_PROJET_DE = re.compile(r"(?<!\w)(?i:" + _ECRITS_ET_PROJETS + r")s?[ \t]+(?:de[ \t]+|d['’])$")


def _personne_ou_ecrit_devant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Juste avant `debut`, « de » après ce qui concerne une personne (`_PERSONNE_DE`) ou ce qu'elle écrit ou projette
    (`_ECRIT_OU_PROJET_DE`) : la place d'un nom à majuscule ou en capitales."""
    fenetre = max(debut_ligne, debut - 32)
    return (_PERSONNE_DE.search(texte, fenetre, debut) is not None
            or _ECRIT_OU_PROJET_DE.search(texte, fenetre, debut) is not None)


_MOT_SAVANT = re.compile(r"(?:praxie|graphie|lexie|phasie|calculie|pathie|therapie|iatrie|logie|phobie|manie|ptie|metrie|"
                         r"plegie|trophie|cure|tion|sion|isme)$")
"""La finale d'un mot savant, d'un soin ou d'un trouble, qu'aucun nom de famille ne porte (« ORTHOPTIE »,
« DYSORTHOGRAPHIE », « TRICHOTILLOMANIE », « POSTCURE », « RESCOLARISATION », l'attaque-96) ; sur la forme normalisée."""


def _capitales_de_quelqu_un(texte: str, debut_ligne: int, debut: int, fin: int) -> bool:
    """Avant un nom en capitales, « de » après ce qu'une personne vit ou a (`_de_ce_qu_a_une_personne`) ou ce qui la
    concerne (`_PERSONNE_DE` : « la situation de MBWAKILANGA », « le suivi de », « la demande de », garde66 : 26 noms
    sur 90 trouvés avant), ce qu'elle écrit ou projette (`_ECRIT_OU_PROJET_DE` : « le rapport de », garde69). Un
    organisme en capitales hors des listes y est lu comme un nom (« la situation de VIVALIX », écarté à l'attaque-87,
    rendu : le nom d'un enfant d'abord ; un partenaire s'inscrit à l'annuaire). Après ce qui concerne une personne
    seulement, pas devant l'apposition d'un organisme ou d'un outil (`_OUTIL_OU_STRUCTURE_APRES`),
    ni un mot savant, une langue ou une ville du monde (« le suivi de DYSPRAXIE », « la version de TIGRINYA », « l'arrivée
    de HARGEISA », l'attaque-96)."""
    if _de_ce_qu_a_une_personne(texte, debut_ligne, debut, fin):
        return True
    forme = normaliser(texte[debut:fin])
    return (_personne_ou_ecrit_devant(texte, debut_ligne, debut)
            and not _OUTIL_OU_STRUCTURE_APRES.match(texte, fin) and not _MOT_SAVANT.search(forme)
            and not est_une_langue(forme) and forme not in listes()["villes"])


_TETE_DEVANT_DE = re.compile(
    r"(?:(?<!\w)([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+)?(?<!\w)([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]+"
    r"(?:(?:de[ \t]+|d['’])[^\W\d_][\w'’\-]*(?:[ \t]+[" + _MAJ + r"][\w'’\-]*){0,2},?[ \t]+(?:et|ou)[ \t]+)?"
    r"(?:de[ \t]+|d['’])$")
"""Le mot juste avant « de » ou « d' » (« le vélo de », « on parle d' », « l'inscription de »), et celui d'avant
(« centre hospitalier de ») ; dans une coordination, ceux de la première (« originaire de Timişoara et de », « les
copains de Jean-Marc Kabila et de »). Pour `_de_quelqu_un`."""
_SIGLES_D_UNE_PERSONNE = frozenset("gsm cv pc pv sms".split())
"""Les sigles qui disent ce qu'une personne a (« le GSM de », « le CV de ») ; les autres sont ceux d'un service ou d'un
lieu (« le CPAS de », « le PMS de »)."""
_APPOSE = r"[ \t]*[(,][ \t]*(?:(?:un|une|le|la|l['’])[ \t]*)?(?i:{})(?!\w)"
_STRUCTURES = ("service|asbl|centre|association|institution|hôpital|home|école|maison|équipe|projet|réseau|structure|"
               "dispositif|organisme")
_LIEU_APRES = re.compile(r",?[ \t]+où(?!\w)|" + _APPOSE.format(_STRUCTURES))
"""« d'Emirdağ, où la famille passe l'été » : un lieu ; « l'intervention de CLAIRLIEU (service résidentiel) » : un
service."""
_OUTIL_OU_STRUCTURE_APRES = re.compile(_APPOSE.format(_STRUCTURES + "|logiciel|plateforme|application|programme"))
"""Après un mot en capitales, son apposition dit un organisme ou un outil (« PASSERELLA, asbl de soutien scolaire »,
« MEDIWEB, le logiciel ») ; pas pour un nom en minuscules, qu'une apposition de ce genre suit aussi (« les devoirs de
Ngalulwa (programme de remédiation) », l'attaque-96)."""
_TETES_D_UN_LIEU_OU_D_UNE_CHOSE = frozenset(
    # lieux, distances et gens d'un lieu (les autres : `_LIEU_DE_DEVANT`, `_INSTITUTIONS`)
    "hameau commune district territoire canton port riviere fleuve mont montagne cote peripherie faubourg alentours "
    "abords hauteurs direction ile royaume republique wilaya prefecture gouvernorat departement arrondissement localite "
    "zone secteur pont chateau colline plaine frontiere pays terre plateau desert loin km kilometre mer gens "
    "jeune bus train police diocese habitant paysage plantation mine ferme misere pauvrete jardin autour "
    # d'où l'on vient (les autres : `_VERS_UN_LIEU`)
    "venant provenant provenance venu arrive sorti sortie exile refugie deplace evacue vient viennent venait venir revenir "
    "partir sortir arriver fuit fui fuir demenage "
    # ceux qui tiennent un lieu ou dirigent un organisme, son règlement, sa brochure (les institutions : `_INSTITUTIONS`)
    "universite prison mosquee temple synagogue commissariat tribunal parquet mairie administration bourgmestre maire "
    "echevin gouverneur prefet eveque archeveque directeur directrice coordinateur coordinatrice animateur animatrice "
    "benevole president presidente reglement brochure logo siege locaux statut convention offre permanence "
    # quantités, contenants, médicaments, œuvres en série, temps, langues, maladies à nom propre (celles des listes le
    # restent : `_MALADIE_DE`)
    "partie paquet bouteille canette verre tasse boite sachet barre pot carton caisse kilo litre marmite assiette bol "
    "morceau tranche comprime gelule cachet sirop goutte tome saison episode serie chapitre volume veille lendemain "
    "epoque langue dialecte application recette extrait album spectacle choregraphie manga skin specialite maladie "
    "syndrome".split())
"""Les mots après lesquels « de » annonce un lieu, une provenance, un organisme, une quantité ou une œuvre, pas une
personne (« la commune de Ronet », « venant de Kalehe », « le directeur de Kinéoscope », « un paquet de Pringles »,
« le tome de Naruto »), au-delà de `_LIEU_DE_DEVANT`, `_VERS_UN_LIEU` et `_INSTITUTIONS` ; sans accents, au singulier."""
_A_L_AIDE_DE = re.compile(r"(?<!\w)(?i:à|a)[ \t]+l['’]aide[ \t]+(?:de[ \t]+|d['’])$")
"""« à l'aide de » : un outil (« à l'aide de Wordaroo »), pas l'aide d'une personne (garde33)."""
_PARTICULE_APRES = frozenset("avec pour chez par sans contre entre vers envers que et ou mais de du des".split())
"""Juste avant « de », une préposition, une conjonction ou une particule : « de » y est celle d'un nom (« avec
d'Otreppe », « que de Moffarts », « le vélo de de Wergifosse »)."""


def _de_quelqu_un(texte: str, debut_ligne: int, debut: int, fin: int) -> re.Match[str] | None:
    """Juste avant `debut`, « de » après un mot en minuscules qui ne dit ni un lieu, ni une institution, ni une
    provenance, ni une quantité (`_tete_d_un_lieu_ou_d_une_chose`) : la tête lue (`_TETE_DEVANT_DE`, pour qui veut
    savoir ce qu'elle dit), ou None. Ce que la personne a, vit ou fait, ou ce qu'on fait pour elle (« le vélo de Mbuyamba », « les copains de Hadjadj », « on parle de Kanyinda »), au-delà des mots
    de `_PERSONNE_DE`. Un mot à majuscule devant « de » est celui d'un nom propre (« Notre-Dame de Lourdes », « Nathalie
    d'Otreppe ») ou un sigle (« le CPAS de »), sauf un mot du dictionnaire en tête de phrase (« Sommeil de Kourouma : »)
    et les sigles de ce qu'une personne a (« le GSM de »). Pas devant « , où » ni un service entre parenthèses
    (`_LIEU_APRES`), ni après « à l'aide de » (un outil)."""
    tete = _TETE_DEVANT_DE.search(texte, max(debut_ligne, debut - 72), debut)
    if tete is None or _LIEU_APRES.match(texte, fin) or _A_L_AIDE_DE.search(texte, max(debut_ligne, debut - 16), debut):
        return None
    mot = tete.group(2)
    if not (mot.islower() or mot.lower() in _SIGLES_D_UNE_PERSONNE
            or mot[1:].islower() and _debut_de_phrase(texte, debut_ligne, tete.start(2))
            and est_mot_du_dictionnaire(mot.casefold()) and normaliser(mot) not in listes()["prenoms"]
            ) or normaliser(mot) in _PARTICULE_APRES:
        return None
    return None if any(_tete_d_un_lieu_ou_d_une_chose(m) for m in tete.groups() if m) else tete


def _tete_d_un_lieu_ou_d_une_chose(mot: str) -> bool:
    """Après `mot`, « de » annonce-t-il un lieu, une provenance, une institution, une quantité ou une œuvre
    (`_LIEU_DE_DEVANT`, `_VERS_UN_LIEU`, `_INSTITUTIONS`, `_TETES_D_UN_LIEU_OU_D_UNE_CHOSE`) ?"""
    return (_au_singulier_dans(mot, _TETES_D_UN_LIEU_OU_D_UNE_CHOSE) or _INSTITUTIONS.match(mot + " ") is not None
            or _LIEU_DE_DEVANT.search(mot + " de ") is not None or _VERS_UN_LIEU.search(mot + " de ") is not None)


def _au_singulier_dans(mot: str, formes: frozenset[str]) -> bool:
    """Le mot, sans accents, ou sa forme sans « s » ou « x » final, est-il dans `formes` (« poids », « lunettes ») ?"""
    forme = normaliser(mot)
    return forme in formes or forme.rstrip("sx") in formes


_SOURCE_AVANT = re.compile(r"(?<!\w)(?i:selon|d['’]apr[èe]s)[ \t]+$")
"""« D'après Prince », « selon Rose » : la source d'une information, une personne (un prénom homonyme d'un mot y est un
prénom ; une institution, un document prennent un article : « d'après l'école »)."""


_RUE_NL = re.compile(r"(?!(?:ver|ter|op|van|de)[a-z]*(?:straat|steenweg)$)[a-z]{4,}(?:straat|straatje|steenweg)")
"""Un mot en « -straat » ou « -steenweg » est une rue (« vu pour la dernière fois Brugsesteenweg », « Studio proposé
Tiensestraat », aveugle-64), pas un nom que personne n'écrit ; pas après une particule de nom (« Terstraat »,
« Verstraat ») ni les suffixes que des noms portent aussi (« Verplein », « Opdekaai », « Terdreef », l'attaque-62)."""


def _mot_inconnu(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un mot à majuscule hors des listes, des lieux et des mots courants, que wordfreq ne connaît pas
    (« Digbeu », « Natnael », « Lộc », « N'Goran ») : presque aucun texte ne l'emploie, dans une note c'est
    un nom ; une particule devant un trait d'union n'en fait pas un mot connu (« Al-Qassab »). Verdict
    gardé par mot, hors des mots que l'annuaire du contexte permet (lus à chaque question : un verdict gardé pour un
    dépôt ne vaut pas pour un autre, dans l'atelier, la suite d'essais ou un processus qui en lit plusieurs)."""
    gardee = _CACHE_INCONNUS.get(mot)
    if gardee is None:
        mot_sans_elision = _ELISION.sub("", mot)
        n = normaliser(mot_sans_elision)
        l = listes()
        verdict = (len(n) >= 2 and (mot.isupper() or not _SIGLE_MIXTE.search(mot)) and not _INITIALES.match(mot)
                   and n not in l["prenoms"] and n not in l["noms"] and not est_courant_tel_qu_ecrit(mot_sans_elision)
                   and n not in l["lieux"]
                   and n not in l["localites"] and not _SAINT.match(mot)
                   and not _RUE_NL.fullmatch(n)
                   and not any(morceau and est_mot_connu(morceau) and not _trema_d_un_nom(morceau)
                               and not (i < len(morceaux) - 1 and normaliser(morceau) in _PARTICULES_NOM)
                               for morceaux in [mot_sans_elision.split("-")] for i, morceau in enumerate(morceaux)))
        if len(_CACHE_INCONNUS) > 65536:
            _CACHE_INCONNUS.clear()
        gardee = _CACHE_INCONNUS[mot] = (verdict, n)
    verdict, n = gardee
    return verdict and n not in contexte.mots_autorises


def _trema_d_un_nom(mot: str) -> bool:
    """« Saïd », « Zoë » : un tréma qu'aucun mot du dictionnaire n'a dans cette graphie, sur un prénom que les listes
    tiennent aussi pour un mot (« said », l'anglais) ; wordfreq les connaît pour les avoir lus dans la presse : un prénom
    (aveugle-58, aveugle-61). Pas Dubaï, Tolstoï, Caïn, Brontë : des lieux, des personnages (l'attaque-60)."""
    return (any(c in "ïëüÿÏËÜŸ" for c in mot) and not est_mot_du_dictionnaire(mot)
            and normaliser(mot) in listes()["prenoms_homonymes"])


def _nom_inconnu(texte: str, chaine: list[re.Match[str]], classes: list[str], debut_ligne: int,
                 contexte: ContexteAnonymat) -> tuple[int, int] | None:
    """Une suite de mots à majuscule hors des listes qui est un nom : des mots inconnus (`_mot_inconnu`) ou des
    prénoms homonymes d'un mot (« Olivier », « Modeste »), au milieu d'une phrase et sans article ni
    préposition de lieu devant, ou à deux mots au moins même en tête de phrase (« Tạ Văn Lộc est arrivé »,
    « referent: 'Yapo Digbeu' »)."""
    # l'initiale sans point d'un prénom, devant ou derrière le nom (« par T Woldemichael », « demander Dossogne M »),
    # ne dit rien de ce qu'est la suite : jugée sans elle (avec son point, `_noms_et_initiales` lit le nom et elle) ;
    # pas un « A » en tête, souvent « à » sans accent (« Il a vécu A Kipushi »)
    while len(chaine) > 1 and _initiale_sans_point(texte, chaine[0]) and chaine[0].group(1) != "A":
        chaine, classes = chaine[1:], classes[1:]
    while len(chaine) > 1 and _initiale_sans_point(texte, chaine[-1]):
        chaine, classes = chaine[:-1], classes[:-1]
    if len(chaine) > 4:
        return None  # une suite de majuscules plus longue : un titre
    if len(chaine) == 1 and _nom_d_animal_appose(texte, chaine[0].group(1), chaine[0].end(1)):
        return None  # « Cookie, la chienne de sa grand-mère, » : un animal (aveugle-94)
    # seul, un prénom homonyme rare (Modeste) ; dans une suite (« Jean-Eudes Ahoussou », « Maxime Van Belle »),
    # la forme du nom suffit
    homonymes = listes()["prenoms_homonymes_rares" if len(chaine) == 1 else "prenoms_homonymes"]
    mots = [m.group(1) for m in chaine]
    inconnus = [_mot_inconnu(m, contexte) for m in mots]
    queue = _queue_en_capitales(mots, inconnus)
    if queue and (_capitales_de_quelqu_un(texte, debut_ligne, chaine[queue].start(1), chaine[-1].end(1))
                  or _capitales_apres_un_proche(texte, mots[-1], debut_ligne, chaine[queue].start(1), chaine[-1].end(1))):
        # « L'hospitalisation de NDOKWE », « L'audition de DU PLESSIÈRE » : la chaîne passe par « de » ; « L'éducatrice
        # KAYEMBELA a repris » : elle commence par le rôle (l'attaque-103) ; le nom est au bout (pas « Tshilanda NDOKWE
        # (mère) », où le prénom est du nom, la relecture revue57)
        return chaine[queue].start(1), chaine[-1].end(1)
    # un lien ou une civilité (« Maman », « Papa ») n'est pas un prénom, même s'il en est un ailleurs
    prenoms = [c == _Classe.INCONNU and normaliser(m) not in _LIENS and normaliser(m) not in _CIVILITES
               and (any(x in homonymes for x in normaliser(m).split("-")) or normaliser(m) in _PRENOMS_MOTS_PORTES)
               for m, c in zip(mots, classes)]
    capitales = all(m.isupper() and m.isascii() for m in mots)
    # une particule au milieu du nom ; en capitales, aussi en tête, sauf un article (« DE LA MOTTERIE », garde71 ; pas
    # « LA KOKERELLE », « LE CHAMPIGNONNIER », des organismes, l'attaque-101 : le contexte en juge, `_capitales_d_une_personne`),
    # accents compris, et « DU » (« DU PLESSIÈRE », « DE BRÉVILLERS », garde71 ; pas « DES », article d'un organisme
    # autant que particule : « la réponse de DES MARCHETTES », l'attaque-102)
    majuscules = all(m.isupper() for m in mots)
    particules = _particules(mots, majuscules)
    if (len(mots) == 1 and (inconnus[0] or normaliser(mots[0]) in listes()["prenoms_homonymes"])
            and _SOURCE_AVANT.search(texte, max(debut_ligne, chaine[0].start(1) - 12), chaine[0].start(1))):
        return chaine[0].span(1)  # « D'après Prince, … », « selon Modeste » : qui le dit
    if prenoms[0] and len(mots) <= 3 and _FONCTION_APRES.match(texte, chaine[-1].end(1)):
        return chaine[0].start(1), chaine[-1].end(1)  # « Pierre-Louis de Villeneuve, le cousin »
    if len(mots) == 2 and normaliser(mots[0]) == "les" and inconnus[1]:
        return chaine[1].span(1)  # « Les Haddouchi refusent » : une famille, même en tête de phrase
    if (prenoms[0] and len(mots) == 2 and texte[chaine[0].end(1):chaine[1].start(1)].strip()
            and normaliser(mots[1]) not in listes()["courants"] and not _debut_de_phrase(texte, debut_ligne, chaine[0].start(1))):
        return chaine[0].start(1), chaine[1].end(1)  # « Sylvain de Villeneuve », « Olivier Van Acker » : prénom et nom à particule
    # « Lancelot Kerjean », « Sreymom Keo » : un mot inconnu à côté d'un mot à majuscule hors des listes et des
    # mots courants (un prénom ou un nom d'ailleurs que wordfreq connaît d'une autre langue)
    prenom_connu = len(mots) == 2 and not any(m.isupper() for m in mots) and (
        inconnus[1] and classes[0] == _Classe.INCONNU or inconnus[0] and classes[1] == _Classe.INCONNU
        and not _ARTICLE_ELIDE.match(mots[0]) and not texte[chaine[0].end(1):chaine[1].start(1)].strip())
    # (dans le second ordre, deux mots voisins, sans article élidé : « L'équipe de Diapason » n'est pas un nom)
    debut = chaine[0].start(1)
    if (majuscules and not capitales and all(i or p for i, p in zip(inconnus, particules))
            and _capitales_d_une_personne(texte, mots, inconnus, debut_ligne, debut, chaine[-1].end(1))
            and not _pas_une_personne_devant(texte, debut_ligne, debut) and not _medicament(texte, debut_ligne, chaine)):
        # accentué, aux places d'un nom en capitales ASCII, avec les mêmes particules (« Référent : WARNÉTIAU », garde72 ;
        # pas « LA KOKÉRELLE », l'attaque-102)
        return debut, chaine[-1].end(1)
    if (len(chaine) == 1 and classes[0] == _Classe.INCONNU and not capitales
            and _place_apposee(texte, debut_ligne, debut, chaine[0].end(1))
            and not _animal_avant(texte, debut_ligne, debut)):
        return debut, chaine[0].end(1)  # « le compte de Bram, le père », « Le travailleur de rue, Théodule, passe » ; pas
        # « son furet, Nala, » (aveugle-94)
    if (not prenom_connu and not all(i or p or q for i, p, q in zip(inconnus, prenoms, particules))
            or capitales and not _capitales_d_une_personne(texte, mots, inconnus, debut_ligne, debut, chaine[-1].end(1))):
        return None  # « CGRA », « SPJ » : un sigle ; « ŞÊXO », « ĐỨC » : des lettres qu'aucun sigle d'ici n'écrit
    if _pas_une_personne_devant(texte, debut_ligne, debut) or _medicament(texte, debut_ligne, chaine):
        return None
    if capitales:
        return debut, chaine[-1].end(1)  # « NDOKWE (mère) présente », « NDOKWE, la tante, » : sa place dit une personne
    if len(chaine) == 1:
        if inconnus[0] and _LES_DEVANT.search(texte, max(debut_ligne, debut - 12), debut):
            return debut, chaine[0].end(1)  # « Les Haddouchi refusent », « chez les N'Sonde » : une famille
        if ((_FONCTION_APRES.match(texte, chaine[0].end(1)) or inconnus[0] and (
                _et_un_proche(texte, chaine[0].end(1)) or _apposition_qui_dit_qui(texte, debut_ligne, debut, chaine[0].end(1))))
                and not _ARTICLE_DEVANT.search(texte, max(debut_ligne, debut - 8), debut)):
            # « - Romain, éducateur référent », « Tshilanda, la grande sœur, » : même en tête d'un élément de liste
            return debut, chaine[0].end(1)
        if _personne_ou_ecrit_devant(texte, debut_ligne, debut):
            # « l'audition d'Abdirizak », « sans nouvelles de Capucine » : de qui, pas d'où
            return (debut, chaine[0].end(1)) if inconnus[0] or prenoms[0] else None
        if _debut_de_phrase(texte, debut_ligne, debut):
            return None
        lieu = _LIEU_DEVANT.search(texte, max(debut_ligne, debut - 12), debut)
        if lieu is not None and lieu.group().rstrip().lower() == "chez" and prenoms[0]:
            return debut, chaine[0].end(1)  # « retrouvé chez Sofia », « chez Victoria » : chez quelqu'un (aveugle-94) ;
            # pas un mot que personne n'écrit, souvent une entreprise (« chez Klarna », « chez Interflora »)
        if lieu is not None and not (
                lieu.group().rstrip() in ("à", "a") and (
                    _destinataire(texte, debut_ligne, debut)
                    or inconnus[0] and _envers_quelqu_un(texte, debut_ligne, debut, chaine[0].end(1)))
                or inconnus[0] and _de_quelqu_un(texte, debut_ligne, debut, chaine[0].end(1)) is not None):
            # « passé par Vilvorde » ; pas « attestations remises à Stanescu » : à qui (aveugle-58), ni « il s'en prend
            # à Mbayamvula » : envers qui (garde63), ni « le vélo de Mbuyamba » : de qui (garde61)
            return None
        if not inconnus[0] and not _MOT_MINUSCULE_DEVANT.search(texte, max(debut_ligne, debut - 30), debut):
            return None  # un prénom homonyme seul ne suit qu'un mot de la phrase (« connaît Olivier »), pas un titre
    elif not any(inconnus) and not (prenoms[0] and any(particules)) and not _nom_en_capitales(mots, prenoms):
        return None  # deux prénoms homonymes (« Rose Marie ») : la couche 2 et ses mots ambigus en jugent
    return debut, chaine[-1].end(1)


_DE_DEVANT = re.compile(r"(?<![\w'’])(?i:de[ \t]+|d['’])$")
_FERME_UNE_APPOSITION = re.compile(r"[ \t]*(?:[,;.)]|$)", re.MULTILINE)

_MOT_A_UNE_PLACE_APPOSEE = re.compile(
    r"(?:(?<![\w'’])(?i:de[ \t]+|d['’])|,[ \t]*)([" + _MAJ + r"][" + _MIN + r"]+)(?=[ \t]*[,;.)]|$)", re.MULTILINE)
"""Le préfiltre de `_place_apposee` : un mot à majuscule après « de » ou une virgule, devant une virgule, un point, un
point-virgule, une parenthèse ou la fin de la ligne ; hors des listes (`_Classe.INCONNU`) et à cette place, il fait lire
la couche 2 (pas avant : ouverte sur tout mot hors des listes, elle lirait « avenue Prince de Liège » comme un nom)."""
_LOGIS_D_UNE_PERSONNE = frozenset(
    "compte affaire chambre studio appartement kot adresse lit velo voiture cartable jouet gsm telephone console "
    "tablette ordinateur".split())
"""Le logis et les affaires d'une personne (sans accents, au singulier), ce qui ne se dit pas d'une matière ni d'une
fête (« le collier d'ambre », « le bracelet de jade », « le repas de noël », l'attaque-109) : devant un prénom homonyme
d'un mot (« la chambre de rose, la petite sœur »)."""
_BIENS_D_UNE_PERSONNE = _LOGIS_D_UNE_PERSONNE | frozenset(
    "sac valise veste manteau vetement dette papier carte cle portefeuille moto scooter trottinette kimono "
    "collier".split())
"""Ce qu'une personne a à elle : devant « de », la place d'un nom (« le compte de Bram, le père ») ; pas un lieu, une
fête, un club, un cours, un retour (« le camp de Wéris, la mère, », « le club de padel, le père, », « Au retour
d'Ouarzazate, la mère, », l'attaque-109), ni « la maison de », souvent un lieu."""


def _bien_devant(texte: str, debut_ligne: int, debut: int, biens: frozenset[str] = _BIENS_D_UNE_PERSONNE) -> bool:
    """Juste avant `debut`, un article défini ou un possessif, ce qu'une personne a à elle (`biens`) et « de »
    (`_PROCHE_DE`)."""
    m = _PROCHE_DE.search(texte, max(debut_ligne, debut - 40), debut)
    return m is not None and _au_singulier_dans(m.group(1), biens)


def _place_apposee(texte: str, debut_ligne: int, debut: int, fin: int) -> bool:
    """Un mot à majuscule hors des listes que wordfreq connaît (« Bram », « Théodule ») à une place que seule une
    personne occupe : après ce qu'elle a et « de » (`_bien_devant`), devant un lien ou un rôle apposé qui se ferme (« le
    compte de Bram, le père, », `_apposition_qui_dit_qui`) ; ou apposé lui-même, entre une virgule et une autre (ou un
    point, un point-virgule, une parenthèse, la fin de la ligne), au proche, au rôle ou au métier qui ouvre ce qui
    précède (« Le travailleur de rue, Théodule, passe » ; pas « Le chiot du frère, Grisounet, », l'attaque-109), sauf un
    mot du dictionnaire qui n'est pas un prénom (« - La psychologue, Excusée », revue65)."""
    if _DE_DEVANT.search(texte, max(debut_ligne, debut - 4), debut):
        return _bien_devant(texte, debut_ligne, debut) and _apposition_qui_dit_qui(texte, debut_ligne, debut, fin)
    virgule = texte.rfind(",", max(debut_ligne, debut - 4), debut)
    if virgule < 0 or texte[virgule + 1:debut].strip() or _FERME_UNE_APPOSITION.match(texte, fin) is None:
        return False
    mot = texte[debut:fin]
    if est_mot_du_dictionnaire(mot.casefold()) and normaliser(mot) not in listes()["prenoms_homonymes"]:
        return False  # « - La psychologue, Excusée », « Contacter le juge, Urgent » : un statut (revue65)
    avant = max(debut_ligne, virgule - 60)
    avant = max(avant, *(texte.rfind(signe, avant, virgule) + 1 for signe in ",.;:!?(«\""))
    tete = _ARTICLE_ET_MOT.match(texte, _DEBUT_DE_SEGMENT.match(texte, avant, virgule).end(), virgule)
    return (tete is not None and normaliser(tete.group(1)) in _DEVANT_UN_APPOSE
            and _QUELQUES_MOTS.fullmatch(texte, tete.end(), virgule) is not None)


_DEBUT_DE_SEGMENT = re.compile(r"[ \t>*+-]*")
"""Les blancs et la puce qui ouvrent ce qui précède la virgule : le rôle vient juste après (pas « Rappeler la
psychologue, Urgent », revue65)."""


def _ambigu_qui_nomme(texte: str, chaine: list[re.Match[str]], classes: list[str], contexte: ContexteAnonymat) -> bool:
    """Un nom des listes qui est aussi un mot, même en tête de phrase ou dans une suite de trois mots, nomme une personne
    quand c'est un prénom porté qui est aussi un mot (`_PRENOMS_MOTS_PORTES`) ou un nom qu'aucun dictionnaire n'a
    (Hussein, Chen), devant un mot que personne n'écrit (« Céleste Kaninda rentre », « Ange Kaninda Tshibola part »,
    « Hussein Jaburi, personne de confiance ») ou devant l'initiale sans point d'un prénom, en dernier (« Chen M en
    voiture »). Sans cela, la suite était écartée comme un mot ambigu en tête de phrase, et le nom inconnu avec elle.
    Un mot des listes qui n'est qu'un mot (Alpha, Kit, Villa) n'y suffit pas : « Beta Lactamase », « Villa B »."""
    for i in range(len(chaine) - 1):
        if classes[i] not in (_Classe.AMBIGU, _Classe.INCONNU):
            continue  # le cas de presque tous les mots : rien à normaliser ni à découper
        entre = texte[chaine[i].end(1):chaine[i + 1].start(1)]
        if "\n" in entre or entre.strip():
            continue
        mot, suivant = chaine[i].group(1), chaine[i + 1].group(1)
        # un prénom porté, ambigu (Céleste) ou hors des listes (Espoir, Gloire) ; un ambigu qu'aucun dictionnaire n'a
        if not (normaliser(mot) in _PRENOMS_MOTS_PORTES or classes[i] == _Classe.AMBIGU and _nom_hors_du_dictionnaire(mot)):
            continue
        if classes[i + 1] == _Classe.INCONNU and _mot_inconnu(suivant, contexte):
            return True
        if i + 2 == len(chaine) and _lettre_seule(suivant) and _APRES_L_INITIALE.match(texte, chaine[i + 1].end(1)):
            return True
    return False


_PRENOMS_MOTS_PORTES = frozenset(normaliser(p) for p in lire_liste("prenoms_mots_portes.txt"))


@lru_cache(maxsize=1)
def _portes_hors_du_dictionnaire() -> frozenset[str]:
    """Les prénoms portés de `_PRENOMS_MOTS_PORTES` que le dictionnaire français du projet n'a pas (« Mei », mai en
    néerlandais ; Arsène, Prosper, que les listes ont déjà) : seuls, ils ouvrent la couche 2, qui en juge comme d'un
    prénom homonyme (« avec Mei jeudi », garde47 ; des vingt, seul « Mei » ne l'ouvrait pas déjà). Pas ceux que le
    dictionnaire a (« Prince », « Grâce ») : « avenue Prince de Liège », « Grâce À la cellule » n'ont rien d'autre qui
    l'ouvre, et rien qu'elle doive y lire. Calculé à la première question : le dictionnaire n'est lu qu'alors."""
    return frozenset(p for p in _PRENOMS_MOTS_PORTES if not est_mot_du_dictionnaire(p))


def prenom_porte_hors_du_dictionnaire(mot: str) -> bool:
    """Le mot est-il un prénom porté que le dictionnaire n'a pas (`_portes_hors_du_dictionnaire` : « Mei ») ?"""
    return normaliser(mot) in _portes_hors_du_dictionnaire()


_APRES_L_INITIALE = re.compile(r"(?:[ \t]+[a-zà-ÿ(–-]|[ \t]*(?:[,;:)]|…|\.\.\.|$))", re.MULTILINE)
"""Après l'initiale d'un prénom qui suit le nom : un mot en minuscules, une parenthèse, un tiret, une ponctuation ou
la fin de la ligne (« Chen M en voiture », « Wang L (tante) »)."""


def _lettre_seule(mot: str) -> bool:
    """Une capitale seule : l'initiale d'un prénom (« T Woldemichael »), ou une lettre (« Plan B »)."""
    return len(mot) == 1 and mot.isupper()


def _initiale_sans_point(texte: str, mot: re.Match[str]) -> bool:
    """Le mot de la suite est-il une capitale seule que ne suit pas un point (« T Woldemichael », pas « T. ») ?"""
    return _lettre_seule(mot.group(1)) and texte[mot.end(1):mot.end(1) + 1] != "."


_COLLE_A_LA_CIVILITE = re.compile(r"(?:[^\W\d_]{2}|\.)[ \t]+$")
"""Juste devant un nom court en capitales, la civilité elle-même (« Madame BA », « M. SY ») : pas une ponctuation
(« Madame, Monsieur, LU et approuvé », « Monsieur : SY à compléter ») ni un « M » sans point (« Sexe : M BA 2 »)."""


def _nom_court_en_capitales(mot: str) -> bool:
    """« YAO », « SOW », « BAH » : trois capitales qui sont un nom des listes, pas un sigle, à côté d'un nom ou après une
    civilité ; « BA », « SY », « XU » : deux capitales qui sont un nom court (`noms_courts.txt`), pas des initiales
    (« AB », « JD » n'en sont pas) ; pas « LU », la marque de biscuits et « LU ET APPROUVÉ » (l'attaque-80)."""
    if not (mot.isalpha() and mot.isupper()):
        return False
    return len(mot) == 3 and _dans_les_listes(mot) or len(mot) == 2 and mot != "LU" and normaliser(mot) in _NOMS_COURTS


def _capitales_courtes(chaine: list[re.Match[str]], classes: list[str], contexte: ContexteAnonymat) -> list[str]:
    """Dans une suite de mots à majuscule, un nom court en capitales (`_nom_court_en_capitales`) compte pour un nom
    quand un autre mot de la suite en est un (« AKISSI YAO », « SOW Cheikh », « SY Mamadou ») ; « SPJ AMO » reste deux
    sigles."""
    # un ensemble : une suite de capitales peut être longue (« JUN ĐỖ » répété sur une ligne), `in` doit rester en temps
    # constant (la liste rendait la lecture quadratique, l'attaque-115)
    courts = {i for i, m in enumerate(chaine) if classes[i] == _Classe.AUTRE and _nom_court_en_capitales(m.group(1))}
    if not courts:
        return classes
    autres = [i for i in range(len(chaine)) if i not in courts and (
        classes[i] in _CLASSES_DE_NOMS
        or classes[i] == _Classe.INCONNU and (normaliser(chaine[i].group(1)) in listes()["prenoms_homonymes_rares"]
                                              or len(chaine[i].group(1)) >= 6 and _mot_inconnu(chaine[i].group(1), contexte)))]
    # deux capitales (« BA », « KA ») : un sigle aussi (une année d'études, un code) ; seul un nom des listes à côté en
    # fait un nom, pas un mot inconnu (« BA Bioingénieur », « Jobcoaching KA », l'attaque-80)
    des_listes = [i for i in autres if classes[i] in _CLASSES_DE_NOMS]
    return [_Classe.NOM if i in courts and (des_listes if len(chaine[i].group(1)) == 2 else autres) else c
            for i, c in enumerate(classes)]


def _sujet_humain(mot: str, contexte: ContexteAnonymat) -> bool:
    """Le sujet d'un verbe de personne est-il un prénom ? Un prénom homonyme d'un mot (« Gloire »), un mot que
    personne n'écrit (« Faadumo ») ou un nom ambigu des listes (« Ange ») ; jamais un lien, une civilité, un
    rôle ou un pronom (« Maman a dit », « Personne ne veut »)."""
    forme = normaliser(mot)
    if forme in _MOTS_OUTILS or forme in _LIENS or forme in _CIVILITES or forme in _ROLES or forme in _PRONOMS:
        return False
    return (forme in listes()["prenoms_homonymes"] or _mot_inconnu(mot, contexte)
            or _classer(mot, contexte) == _Classe.AMBIGU)


def _inconnu_a_une_place_de_personne(mot: str, contexte: ContexteAnonymat) -> bool:
    """À une place que seule une personne occupe, devant le lien qui la dit proche du jeune (« Zelda est sa meilleure
    amie », « Brigid, une voisine, ») ou devant son âge (« Mbeki (14 ans) »), un mot à majuscule hors des listes, ni mot
    français ni lieu, est un nom, même si le lexique le connaît d'ailleurs (un personnage, un prénom anglais) ; pas un
    lien, un rôle, un pronom."""
    forme = normaliser(mot)
    return (forme not in _MOTS_OUTILS and forme not in _LIENS and forme not in _ROLES and forme not in _PRONOMS
            and _classer(mot, contexte) == _Classe.INCONNU and not est_mot_du_dictionnaire(mot.casefold())
            and not est_un_lieu(forme))


_MOT_CAP_DEVANT = re.compile(r"([" + _MAJ + r"][" + _MIN + r"]+(?:-[" + _MAJ + r"][" + _MIN + r"]+)?)[ \t]+$")


def _paire_sujet(premier: str, second: str, contexte: ContexteAnonymat) -> bool:
    """Deux mots à majuscule en tête de phrase, sujets d'un verbe de personne, sont un prénom et un nom :
    « Florence Hamoir a rejoint l'équipe » (un prénom homonyme d'une ville, puis un nom qui est aussi une
    commune), « Liban Guled est arrivé » (un pays, puis un mot que personne n'écrit). Jamais un article, un
    lien, un rôle ou un mot courant en second (« Madame Mère a dit », « Le Service a proposé »)."""
    n1, n2 = normaliser(premier), normaliser(second)
    l = listes()
    for n in (n1, n2):
        if n in _MOTS_OUTILS or n in _LIENS or n in _CIVILITES or n in _ROLES or n in _PRONOMS or n in contexte.mots_autorises:
            return False
    if n2 in l["courants"] or n1 in l["courants"]:
        return False
    prenom = n1 in l["prenoms"] or n1 in l["prenoms_homonymes"]
    return prenom and n2 not in l["lieux"] or _mot_inconnu(second, contexte)


def _nom_apres_salutation(mot: str, classe: str, contexte: ContexteAnonymat) -> bool:
    """Après « Bonjour », « Chère », « Merci » : un prénom ou un nom des listes, un prénom homonyme d'un mot
    (« Bonjour Patience, »), un prénom porté que le dictionnaire n'a pas (`_portes_hors_du_dictionnaire` : « Merci Mei
    pour la relecture », garde46, aveugle-74 ; pas « Merci Grâce à vous tous ») ou un mot que personne n'écrit ; pas un
    mot courant (« Bonjour Équipe »)."""
    forme = normaliser(mot)
    if forme in _LIENS or forme in _CIVILITES:
        return False  # « Merci Maman », « Bonjour Papa »
    return (classe in _CLASSES_DE_NOMS or _mot_inconnu(mot, contexte) or forme in _portes_hors_du_dictionnaire()
            or any(m in listes()["prenoms_homonymes_rares"] for m in forme.split("-")))


def _nom_en_capitales(mots: list[str], prenoms: list[bool]) -> bool:
    """« Cheikh FALL », « FALL Cheikh » : un prénom et un nom de famille écrit en capitales (la convention des
    listes et des dossiers), même si chacun est aussi un mot."""
    return len(mots) == 2 and all(prenoms) and sum(m.isupper() and len(m) >= 3 for m in mots) == 1


_MOTS_NEERLANDAIS = frozenset("een het zijn niet wordt heeft zegt naar ook maar haar hij zij wij ze met voor bij "
                              "thuis spreekt noemt moeder vader jongere leerkracht".split())
_LANGUE_DEVANT = re.compile(r"(?<!\w)(?i:en|parle|parlent|parlait|comprend|(?:parle|parlent)[ \t]+\w+[ \t]+et)[ \t]+$")
_LANGUES_NL = frozenset("frans engels duits arabisch turks spaans italiaans pools russisch".split())
_SPREEKT_DEVANT = re.compile(r"(?<!\w)(?i:spreekt|spreken|praat|praten|kent|leert|in|en|het)[ \t]+$")


def _est_neerlandais(ligne: str) -> bool:
    """Une ligne en néerlandais (deux mots outils néerlandais au moins) : un mot en minuscules n'y est pas un
    prénom français ou flamand écrit sans majuscule (« een lieve vrouw »)."""
    return len(_MOTS_NEERLANDAIS.intersection(_LETTRES.findall(ligne))) >= 2


_LANGUES = (r"lingala|swahili|kikongo|tshiluba|kiluba|kinyarwanda|kirundi|wolof|peul|pular|soussou|malinké|bambara|dioula|"
            r"arabe|darija|berbère|tamazight|kabyle|turc|kurde|farsi|persan|dari|pachto|pachtou|pashto|tigrinya|amharique|somali|"
            r"russe|ukrainien|polonais|roumain|albanais|bulgare|italien|espagnol|portugais|anglais|néerlandais|flamand|"
            r"allemand|vietnamien|chinois|mandarin|tagalog|hindi|ourdou|kurmandji|kurmanji|sorani|gorani|zazaki|punjabi|sindhi|"
            r"romani|nouchi|tachelhit|tarifit|fulfulde|mooré|kinande|otetela|kituba|"
            # peuples et ethnies (« d'ethnie hazara ») : des mots, pas des prénoms, en minuscules
            r"hazara|pachtoune|pashtoune|tadjik|ouzbek|baloutche|tutsi|hutu|bamiléké|yoruba|igbo|haoussa|toucouleur|"
            r"soninké|diola|sérère|amhara|oromo|tigréen|afar|yézidi|yazidi|assyrien|chaldéen|tchétchène|ingouche|rom|"
            r"afghan|afghane|azéri|azérie|touareg|targui|sahraoui|sahraouie|amazigh|amazighe|berbère|peul|rif|rifain|"
            r"rifaine|kabyle|bédouin|bédouine|tamoul|tamoule|ouïghour|rohingya|sikh|pendjabi")
_LANGUES_MOTS = frozenset(normaliser(m) for m in _LANGUES.split("|"))


def est_une_langue(n: str) -> bool:
    """Le mot normalisé est-il une langue ou un peuple (« dari », « tigrinya ») : ce qu'un « Interprète : » annonce."""
    return n in _LANGUES_MOTS


_GLOSE = re.compile(r"(?<!\w)(?:mots?|termes?|expressions?|signifie|veut[ \t]+dire|tradui\w*|en[ \t]+(?:" + _LANGUES + r"))(?!\w)",
                    re.IGNORECASE)
_GUILLEMET_OUVRANT = re.compile(r"[«\"“‘'][ \t\u00a0]?$")
_GUILLEMET_FERMANT = re.compile(r"[ \t\u00a0]?[»\"”’']")


def _mot_cite(texte: str, debut: int, fin: int, debut_ligne: int, fin_ligne: int) -> bool:
    """« matondo », merci en lingala ; le mot « nour » (lumière) : un mot seul entre guillemets, glosé dans la
    même ligne (« en lingala », « le mot », « signifie »), est cité pour son sens, ce n'est pas un prénom. Sans
    guillemets aussi, juste après « le mot », « les mots », « le terme » et suivi de sa traduction entre parenthèses,
    ou dans l'énumération qui les suit (« les mots yıldız (étoile), güneş (soleil) et demir (fer) »). L'attaque-31 :
    jamais plus loin (« le mot laissé par fatima (éducatrice) », « Sans un mot, karim (furieux) »), ni une parenthèse
    qui dit un lien, un rôle, une fonction ou une absence (« les mots amina (la cousine) »)."""
    if _GUILLEMET_OUVRANT.search(texte, max(debut_ligne, debut - 2), debut):
        return bool(_GUILLEMET_FERMANT.match(texte, fin, fin_ligne)
                    and _GLOSE.search(texte, max(debut_ligne, debut - 60), min(fin_ligne, fin + 60)))
    traduction = _TRADUCTION_APRES.match(texte, fin, fin_ligne)
    if traduction is None:
        return False
    sens = traduction.group(1)
    n = normaliser(sens)
    return bool(not (designe_un_role(n) or n in _MOTS_DE_FONCTION or n in _ETATS_D_UN_PRESENT or _ADJECTIF.fullmatch(sens)
                     or _PARTICIPE.search(sens))
                and _MOTS_CITES_AVANT.search(texte, max(debut_ligne, debut - 160), debut))


_GLOSE_ENTRE_PARENTHESES = (r"[ \t]*\([ \t]*[«\"“]?[ \t]*(?:(?:le|la|les|un|une)[ \t]+|l['’])?({})[ \t]*[»\"”]?"
                            r"[ \t]*\)")
"""Le sens d'un mot cité, entre parenthèses : un seul mot, avec son article (« (étoile) », « (la paix) ») ; pas
« (en arabe) », « (au verso) », « (sans date) » : ce qui décrit un message écrit par une personne (l'attaque-32)."""
_MOTS_DE_LA_GLOSE = r"[a-zà-ÿœæ]+"
_PARTICIPE = re.compile(r"(?:[^e]i|is|it|ite|ites|u|ue|us|ues)$")
"""La fin d'un participe que `_ADJECTIF` ne voit pas (« (manuscrit) », « (lu) », « (écrite) ») : l'état d'un message,
pas le sens d'un mot."""
_TRADUCTION_APRES = re.compile(_GLOSE_ENTRE_PARENTHESES.format(_MOTS_DE_LA_GLOSE))
_MOTS_CITES_AVANT = re.compile(
    r"(?<![\w'’])(?i:le|les|des|ce|ces|deux|trois|quelques)[ \t]+(?i:mots?|termes?|expressions?)[ \t]+"
    r"(?:[^\W\d_]+(?:['’-][^\W\d_]+)*" + _GLOSE_ENTRE_PARENTHESES.format("?:" + _MOTS_DE_LA_GLOSE)
    + r"[ \t]*(?:,|et)[ \t]*){0,3}$")
"""« les mots », « le terme » juste avant le mot, ou avant les (au plus trois) mots traduits qui le précèdent."""
_ETATS_D_UN_PRESENT = frozenset("excuse excusee excuses excusees absent absente absents absentes present presente presents "
                                "presentes malade retenu retenue".split())


_FAMILLE = frozenset({"famille", "fratrie"})
_FONCTIONS = (
    "éducateur", "éducatrice", "educateur", "educatrice", "psychologue", "assistant social", "assistante sociale",
    "assistant sociale", "assistante social", "infirmier", "infirmière", "enseignant", "enseignante", "instituteur",
    "institutrice", "directeur", "directrice", "référent", "référente", "tuteur", "tutrice", "pédopsychiatre", "médecin",
    "logopède", "avocat", "avocate", "délégué", "déléguée", "coordinateur", "coordinatrice", "titulaire", "professeur",
    "professeure", "voisin", "voisine", "ami", "amie", "cousin", "cousine", "oncle", "tante", "parrain", "marraine",
    "belle-mère", "beau-père", "grand-mère", "grand-père",
    # les proches de son âge (aveugle-94, garde99 : « Mina, sa copine de la MJ ») ; pas « frère », « sœur » : « fratrie:
    # frère cefa, sœur en primaire » (une école, pas un nom apposé) ; ni « un », « une », « mon », « ma » devant eux : « Au
    # bled, un cousin l'a hébergé », « Au karaté, un ami l'a blessé » ouvrent une autre proposition (la relecture revue70)
    "copain", "copine", "camarade", "garçon", "fille")
_MOTS_DE_FONCTION = frozenset(fonction.split()[0].split("-")[-1] for fonction in _FONCTIONS)
"""Un mot de chaque fonction, tel que `Lignes.mots` le découpe : préfiltre de `_FONCTION_APRES` sur tout le texte."""
_DEVANT_UN_APPOSE = (_LIENS | _ROLES | frozenset(normaliser(f.split()[0]) for f in _FONCTIONS)
                     | frozenset(normaliser(m) for m in lire_liste("metiers.txt")) | {"travailleur", "travailleuse"})
"""« La tante, wang, », « L'éducateur, boyer, », « la logopède, ouattara coumba, », « L'accompagnatrice, colombo, » : un
proche, un rôle, une fonction du réseau ou un métier de `metiers.txt` (garde67) devant un nom en minuscules apposé
(`_APPOSE_EN_MINUSCULES`) ; « le travailleur de rue », « la travailleuse sociale » (garde79)."""
_FONCTION_APRES = re.compile(
    r",[ \t]*+(?:l['’]|le|la|son|sa|leur|notre)?[ \t]*"
    r"(?:(?i:ancien|ancienne|nouvel|nouvelle|nouveau|actuel|actuelle)[ \t]+|"
    r"(?P<qualifie>(?i:meilleure?|vieil|vieille|vieux|grande?|petite?)[ \t]+))?"
    r"(?i:" + "|".join(sorted((re.escape(f).replace("\\ ", r"[ \t]+") for f in _FONCTIONS), key=len, reverse=True))
    + r")(?!\w)")
"""« Romain, éducateur référent », « Espoir, sa cousine », « Haile, son ancien titulaire », « geerts, sa meilleure amie »
(aveugle-85) : un mot suivi de sa fonction ou de son lien est un nom ; qualifié par un adjectif qui ne dit pas un temps
(groupe `qualifie` : « sa petite cousine »), un mot en minuscules seulement hors d'un lieu
(`_appositions_qui_disent_qui`, l'attaque-107)."""
_MOT_ENTIER = r"(?<![\w'’\-])([^\W\d_]+(?:-[^\W\d_]+)*)"
_DEUX_MOTS_AVANT = re.compile(r"(?:" + _MOT_ENTIER + r"[ \t]+)?(?<![\w\-])(?:(?<!['’])|(?<=(?<![\w'’])[dD]['’]))"
                              r"([^\W\d_]+(?:-[^\W\d_]+)*)[ \t]*$")
"""Les deux derniers mots avant une fonction apposée (« matteo sousa, son éducateur ») ; le dernier même après « d' »
(« le studio d'oumeïma, sa sœur aînée », garde79), pas après une autre élision (« l'école, la directrice »)."""
_ET_UN_PROCHE = re.compile(r"[ \t]+(?:et|ou|avec)[ \t]+(?:son|sa|ses|leur|leurs)[ \t]+([^\W\d_]+(?:-[^\W\d_]+)*)")


def _et_un_proche(texte: str, fin: int) -> bool:
    """« Pelletier et son compagnon », « Tesfaye avec sa tante » : un mot coordonné à son proche (un lien de parenté,
    une appellation) est une personne, même en tête de phrase ; « Namur et sa région », « Noël et ses cadeaux » non."""
    m = _ET_UN_PROCHE.match(texte, fin)
    return m is not None and normaliser(m.group(1)) in _LIENS


_APPOSITION = re.compile(
    r"[ \t]*,[ \t]*(?P<article>(?i:l['’]|le|la|les|son|sa|ses|leur|leurs|notre|mon|ma)[ \t]*)?"
    r"(?:(?i:grande?|petite?|jeune|nouvel|nouvelle|nouveau|ancien|ancienne|future?|actuel|actuelle|seule?|unique)[ \t]+)?"
    r"(?P<mot>[^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’])")
"""Une apposition juste après un mot, son article et un adjectif (« , la grande sœur », « , son frère aîné »,
« , l'assistante sociale ») ; le mot qu'elle dit est jugé à part (`_APPOSES_QUI_DISENT_QUI`)."""
_AGE_EN_APPOSITION = re.compile(
    r",[ \t]*(?:\d{1,2}|(?i:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
    r"dix-sept|dix-huit|dix-neuf|vingt|vingt-et-un|vingt-deux|vingt-trois))[ \t]*(?i:ans)(?!\w)")
"""Un âge apposé juste après un mot (« , 8 ans », « , quinze ans » ; pas « , 3 mois », une durée plus souvent qu'un
âge : « Hospitalisation à Kapelleke, 3 mois », la relecture revue52) ; `_AGE_APPOSE`, plus strict, veut
l'apposition fermée (« Victor Horta, 82 ans, » mais pas « Mozart, 35 ans à sa mort »)."""
_APPOSES_QUI_DISENT_QUI = (_DEVANT_UN_APPOSE - _SALUTATIONS - frozenset(
    "famille fratrie parents grands-parents beaux-parents enfants".split())) | _FONCTIONS_DE_TITRE
"""Ce qu'une apposition dit d'une personne : ce qui annonce un nom apposé (`_DEVANT_UN_APPOSE` : un lien, une
appellation, un rôle, une fonction) et les métiers ; pas une salutation ni un groupe (« , la famille », « , la fratrie »)."""


_FIN_D_APPOSITION = re.compile(
    r"(?:[ \t]+(?P<qualificatif>[^\W\d_]+))?(?:[ \t]+(?i:de|du|des|d['’]|au|aux|à)[^,;.!?\n]{0,40})?[ \t]*(?:[,;.!?]|$)",
    re.MULTILINE)
"""La fin d'une apposition après son lien ou son rôle : peut-être un qualificatif (« aîné », « maternelle ») et un
complément (« de la mère », « du CPAS »), puis la ponctuation ou la fin de la ligne. Ce qui ne se ferme pas ainsi est
presque toujours le sujet de la proposition suivante (« Kipushi, sa mère y vit », « après les repas, la mère contrôle
le soir », l'attaque-82)."""


def _apposition_fermee(texte: str, fin: int) -> bool:
    """L'apposition dont le lien ou le rôle finit à `fin` se ferme-t-elle aussitôt (`_FIN_D_APPOSITION`) ?"""
    m = _FIN_D_APPOSITION.match(texte, fin)
    return m is not None and (m.group("qualificatif") is None
                              or normaliser(m.group("qualificatif")) in _QUALIFICATIFS_DE_PROCHE)


_INITIALE_JUSTE_AVANT = re.compile(r"(?<![\w'’])[" + _MAJ + r"]\.[ \t]*$")
"""« J. Noirhomme, animatrice » : l'initiale d'un prénom juste avant ; `_noms_et_initiales` signale l'initiale et le nom."""


def _appositions_qui_disent_qui(texte: str, lignes: Lignes) -> list[tuple[int, bool, bool]]:
    """(position de la virgule, nouvelle, qualifiée) de chaque fonction apposée (`_FONCTION_APRES`, cherchée seulement
    si le texte a un mot de fonction), puis de chaque âge apposé et de chaque lien ou rôle apposé avec son article qui se ferme
    aussitôt (`_apposition_fermee`) : ces dernières, « nouvelles », ne valent après des mots en minuscules que sans
    article ni préposition devant eux (`_LIEU_DEVANT` : « au salon, sa sœur », « cours de karaté, 8 ans », l'attaque-82),
    et jamais sans article devant le lien (« presents: [edu, psy] ») ; une fonction « qualifiée » par un adjectif
    (« sa petite cousine ») ne vaut pas après une préposition de lieu ou un article, « de » admis (« au trampoparc, sa
    petite cousine », l'attaque-107 ; « parle de kowalczuk, son vieil ami »)."""
    if "," not in texte:
        return []
    apposees = (list(_FONCTION_APRES.finditer(texte))
                if ", " in texte and not lignes.mots.isdisjoint(_MOTS_DE_FONCTION) else [])
    fonctions = {m.start() for m in apposees if not m.group("qualifie")}
    qualifiees = {m.start() for m in apposees if m.group("qualifie")} - fonctions
    nouvelles = {m.start() for m in _AGE_EN_APPOSITION.finditer(texte)}
    nouvelles.update(m.start() for m in _APPOSITION.finditer(texte)
                     if m.group("article") and normaliser(m.group("mot")) in _APPOSES_QUI_DISENT_QUI
                     and _apposition_fermee(texte, m.end()))
    return sorted([(v, False, False) for v in fonctions] + [(v, False, True) for v in qualifiees]
                  + [(v, True, False) for v in nouvelles - fonctions - qualifiees])


def _est_de(preposition: str) -> bool:
    """« de », « d' » : de qui, pas où (« un courrier de Gurvinder »)."""
    return preposition.strip().lower() in ("de", "d'", "d’")


def _lieu_ou_initiale_devant(texte: str, debut_ligne: int, debut: int) -> bool:
    """Une préposition de lieu ou un article juste avant (« Hospitalisation à KAPELLEKE, 3 ans », « au Kapelleke
    (mère) » : un lieu ; pas « de », « un courrier de Gurvinder, le conseiller » : de qui), ou l'initiale d'un prénom,
    que `_noms_et_initiales` signale avec le nom (« A. Wang, sa mère »)."""
    devant = max(debut_ligne, debut - 12)
    lieu = _LIEU_DEVANT.search(texte, devant, debut)
    return (lieu is not None and not _est_de(lieu.group())
            or _INITIALE_JUSTE_AVANT.search(texte, devant, debut) is not None)


def _apposition_qui_dit_qui(texte: str, debut_ligne: int, debut: int, fin: int,
                            apposes: Set[str] = _APPOSES_QUI_DISENT_QUI) -> bool:
    """« Tshilanda, la grande sœur, », « Kwabenaz, 8 ans, », « Vuković, l'assistante sociale du CPAS, », « Kwabenaz
    (tante) » : les mots de `debut` à `fin` sont suivis d'un âge apposé, d'une apposition qui se ferme aussitôt sur un
    mot de `apposes` (un lien ou un rôle ; les seuls liens de famille pour des capitales, `_capitales_d_une_personne`),
    ou d'une parenthèse qui s'ouvre sur un lien de famille (`_lien_entre_parentheses`) ; sauf après une préposition de
    lieu, un article ou une initiale (`_lieu_ou_initiale_devant`, la relecture revue52). Ce qui suit est lu d'abord :
    chaque suite de mots à majuscule passe ici, presque toujours sans rien derrière elle."""
    if _AGE_EN_APPOSITION.match(texte, fin):
        dit_qui = True
    elif (parenthese := _PARENTHESE_DE_PERSONNE.match(texte, fin)) is not None:
        dit_qui = _lien_entre_parentheses(parenthese.group(1))
    else:
        m = _APPOSITION.match(texte, fin)
        dit_qui = m is not None and normaliser(m.group("mot")) in apposes and _apposition_fermee(texte, m.end())
    return dit_qui and not _lieu_ou_initiale_devant(texte, debut_ligne, debut)


_MOT_MINUSCULE_DEVANT = re.compile(r"[," + _MIN + r"][ \t]+$")
_FAMILLE_SUJET = re.compile(
    r"L(?<![\w'’]L)es[ \t]+([" + _MAJ + r"][" + _MIN + r"]+)[ \t]+(?:ont[ \t]+(?:d[ée]m[ée]nag[ée]|emm[ée]nag[ée]|divorc[ée])|"
    r"se[ \t]+sont[ \t]+s[ée]par[ée]s|sont[ \t]+(?:suivis|s[ée]par[ée]s))(?!\w)")
"""« Les Meas ont déménagé », « Les Haddad se sont séparés » : en tête de phrase, « Les » puis un mot à majuscule hors
des listes, des lieux et des mots courants, sujet d'un verbe qui ne dit qu'une famille (déménager, divorcer, être
suivis) : une famille. Le « L » d'abord : le moteur saute d'article en article."""
_LES_DEVANT = re.compile(r"(?<!\w)(?i:les)[ \t]+$")
_NOM_APRES_INITIALE = r"[" + _MAJ + r"](?:[^\W\d_]+|(?=['’][" + _MAJ + r"]))(?:['’\-][^\W\d_]+)*"
"""Un nom à côté d'une initiale, même à apostrophe (« N'Diaye », « N'Guessan ») ; jamais une lettre seule."""
_PARTICULE_APRES_INITIALE = r"(?:(?i:de|du|des|van|von|der|den|ten|ter|la|le|el|al|di|da|dos|del|della)[ ]|(?i:d)['’])"
_PAS_COLLE_DEVANT = r"(?<![\w.’-])(?<![^\W_dD]')(?<!\w[dD]')"
"""Rien de collé devant : ni lettre, ni point, ni trait d'union, ni apostrophe d'élision (« l'A. », « qu'A. ») sauf
celle de « d' » (« la lettre d'A. Pâquet ») ; l'apostrophe qui ouvre une valeur YAML (« tuteur: 'A. Pâquet' ») n'est
pas collée à un mot."""
_PAS_COLLE_DERRIERE = r"(?![\w’]|'\w)"
"""Rien de collé derrière, sauf l'apostrophe qui ferme une valeur YAML (« famille: 'Pâquet A.' »)."""
_INITIALE_PUIS_NOM = re.compile(
    _PAS_COLLE_DEVANT + r"[" + _MAJ + r"]\.(?:-?[" + _MAJ + r"]\.)?[ \t]*"
    r"(?P<particules>" + _PARTICULE_APRES_INITIALE + r"{0,3})(?P<nom>" + _NOM_APRES_INITIALE + r")"
    + _PAS_COLLE_DERRIERE + r"(?!-\w)")
"""« G. Defraigne », « B.N. Đỗ », « R. de La Roche », « I. De Wilde », « M.-A. d'Otreppe » : le nom après l'initiale
et ses particules."""
_INITIALE = re.compile(
    r"\.(?<=[" + _MAJ + r"]\.)"
    r"(?:(?<![\w.’][" + _MAJ + r"]\.)(?<![^\W_dD]'[" + _MAJ + r"]\.)(?<!\w[dD]'[" + _MAJ + r"]\.)"  # une initiale seule
    r"|(?<=" + _PAS_COLLE_DEVANT + r"[" + _MAJ + r"]\.[" + _MAJ + r"]\.))"  # ou deux collées (« B.N. »)
    r"(?<![^.]-[" + _MAJ + r"]\.)(?=[ \t]|[" + _MAJ + r"][" + _MIN + r"]|[,;)\"'’»”\r\n]|$)")
"""Le point d'une initiale isolée (« G. », « M.-A. », « B.N. », « A.Bouzid » collée au nom ; pas « A.S.B.L. »,
« etc. » ni « Jean-A. ») : commence par un point, le moteur saute de point en point. L'initiale qui suit le nom
finit aussi une incise, une valeur entre guillemets ou la ligne (« Selon Okbazghi I., », « "Soumaoro I." »)."""
_INITIALE_APRES_LE_NOM = r"[ \t]+(?P<lettre>[" + _MAJ + r"])\.(?![\w.’-]|'\w|[ \t]?[" + _MAJ + r"]\.)"
"""L'initiale d'un prénom juste après un nom, seule (pas « S.A. », pas deux initiales collées)."""
_NOM_PUIS_INITIALE = re.compile(_PAS_COLLE_DEVANT + r"(?P<nom>" + _NOM_APRES_INITIALE + r")" + _INITIALE_APRES_LE_NOM)
_INITIALE_DERRIERE = re.compile(_INITIALE_APRES_LE_NOM)
"""L'initiale d'un prénom juste après un nom (« Xu T. (cousin) », « Peeters J. hier »), lue comme `_NOM_PUIS_INITIALE`
la lit : la couche 2 l'ajoute au nom qu'elle retient, que `_noms_et_initiales`, venu après elle, ne relit plus ; sauf
quand `_INITIALE_PUIS_NOM` lit un nom à partir d'elle : elle est alors celle du nom qui suit (« Ramos T. Kim », « Sophie
A. le Blanc », « Martin A. d'Hoore », revue47)."""


LONGUEUR_NOM_EN_CAPITALES = 5
"""À côté d'une initiale, un mot en capitales plus court est un sigle (« SAJ », « CPAS », « AVIQ ») ; un mot de cette
longueur au moins, un nom des listes (« DIALLO A. ») s'il n'est pas un organisme (« SOLIDARIS B. »)."""
LONGUEUR_INCONNU_EN_CAPITALES = 7
"""En capitales à côté d'une initiale, un mot que personne n'écrit est un nom à partir de cette longueur (« STANESCU A. »,
aveugle-55) ; plus court, c'est d'ordinaire le sigle d'un service (« DASPA B. », « SECAL B. », « CRIPEL A. »,
l'attaque-48)."""


def _peut_suivre_une_initiale(mot: str, contexte: ContexteAnonymat, apres_particule: bool = False) -> bool:
    """« G. Defraigne », « O. Sy », « Colin E. », « Moxhet G. » : à côté d'une initiale, un mot à majuscule qui
    n'est ni un mot courant, ni un lieu, ni un sigle est un nom : un nom des listes, un prénom homonyme
    d'un mot, un mot inconnu ou un nom court (Sy, Wu, Ng : des mots pour wordfreq, pas pour une note) ; après une
    initiale et une particule (« I. De Wilde », « R. de La Roche »), tout mot qui n'est ni courant, ni lieu, ni sigle."""
    n = normaliser(mot)
    l = listes()
    if (n in _MOTS_OUTILS or n in l["courants"] or n in l["lieux"] or n in l["localites"] or n in contexte.mots_autorises
            or n in _CIVILITES or n in _ROLES or _SAINT.match(mot) or not mot.isupper() and _SIGLE_MIXTE.search(mot)):
        return False
    if mot.isupper() and not set(mot.casefold()) <= _LETTRES_FRANCAISES:
        return True  # « VŨ T. », « ĐỖ H. » : des lettres qu'aucun sigle ni aucun mot d'ici n'écrit (aveugle-55)
    if mot.isupper():
        return (len(mot) >= LONGUEUR_NOM_EN_CAPITALES and n not in _ORGANISATIONS_EN_UN_MOT
                and (_dans_les_listes(mot) or len(mot) >= LONGUEUR_INCONNU_EN_CAPITALES and _mot_inconnu(mot, contexte)))
    return (apres_particule or _dans_les_listes(mot) or n in l["prenoms_homonymes_rares"] or len(n) <= 3
            or _mot_inconnu(mot, contexte))  # « A.Peeters-Janssens » : un morceau des listes suffit


def _particule_de_nom(m: re.Match[str]) -> bool:
    """« I. De Wilde », « R. de La Roche » : une seule initiale (« S.A. De Lijn », « T.D. » sont des sigles), une
    particule de nom (pas « C. Des Rapports ») et pas une localité à article (« A. de La Hulpe »)."""
    particules = m.group("particules")
    if not particules or particules[:3].casefold() in ("des", "del") or m.group(0)[2:3] not in (" ", "\t", ""):
        return False
    l = listes()
    derniere = particules.split()[-1] if particules.endswith(" ") else particules
    return not any(normaliser(f) in l["lieux"] or normaliser(f) in l["localites"]
                   for f in (derniere + " " + m.group("nom"), m.group("nom")))


_MOT_DEVANT = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
"""Le dernier mot avant une position, sans son point (« l'oncle F. », « son arrière-grand-oncle F. », « Mme. F. ») :
d'un composé, le dernier morceau, qui dit le lien ; un composé lu en entier et un mot après « l' » refusé perdaient des
noms (l'attaque-51)."""


_OUVRE_UNE_PHRASE = frozenset("ensuite puis alors enfin depuis apres avant pourtant cependant toutefois neanmoins sinon "
                              "bref or lors quand comme si selon malgre entre-temps desormais hier demain aujourd'hui "
                              "aussi donc voila quant suite present presente presents presentes absent absente "
                              "absents absentes excuse excusee excuses excusees".split())
"""Ce qui ouvre une phrase après une initiale qui la finit (« la mère A. Ensuite, … »), ou l'état de la personne
(« Mme F. Présente. ») : jamais le nom de l'initiale."""
_FIN_DU_NOM_ANNONCE = re.compile(r"[ \t]*(?:,|\)|\.?[ \t]*$|et[ \t]|qui[ \t])", re.MULTILINE)
"""Ce qui suit le nom d'une initiale annoncée par un lien (« son cousin F. Egal, qui… », « (Mme L. Franche) ») : une
virgule, une parenthèse, la fin de la ligne (après un point au plus), « et » ou « qui » ; pas le reste d'une phrase
qui commencerait par ce mot (« la mère A. Finalement elle accepte », « Mme D. Absente : la grand-mère »)."""


def _annonce_par_un_lien(texte: str, lettre: int, m: re.Match[str]) -> bool:
    """« son cousin F. Egal, qui… », « Mme F. Egal » en fin de ligne : une initiale juste après un lien ou une civilité,
    le mot qui suit est son nom, même si le lexique le connaît, quand rien ne dit qu'il ouvre la phrase suivante (ni
    lieu, ni sigle, ni mot courant des listes du projet, ni adverbe en « -ment », ni un mot qui ouvre une phrase)."""
    nom = normaliser(m.group("nom"))
    if (nom in _OUVRE_UNE_PHRASE or nom.endswith("ment") and not _dans_les_listes(m.group("nom"))
            or not _FIN_DU_NOM_ANNONCE.match(texte, m.end("nom"))):
        return False
    devant = _MOT_DEVANT.search(texte, max(0, lettre - 30), lettre)
    return devant is not None and ((mot := normaliser(devant.group(1).rstrip("."))) in _LIENS_DE_FAMILLE
                                   or mot in _CIVILITES)


def _noms_et_initiales(texte: str, contexte: ContexteAnonymat, deja: Intervalles, resultats: list[Trouvaille]) -> None:
    """Un nom à côté d'une initiale : « G. Defraigne », « B. Wu », « A.Bouzid », « Moxhet G. », « Colin E. ».

    Le moteur saute de point en point (`_INITIALE` commence par un point) ; les deux motifs ne sont essayés
    qu'autour des initiales trouvées."""
    if "." not in texte:
        return
    for initiale in _INITIALE.finditer(texte):
        lettre = initiale.start() - 1
        if texte[lettre - 2:lettre] == ".-":
            lettre -= 3  # « M.-A. Haddouchi » : l'initiale composée entière
        elif texte[lettre - 1:lettre] == "." and texte[lettre - 2:lettre - 1].isupper():
            lettre -= 2  # « B.N. Đỗ » : deux initiales collées
        essais = [_INITIALE_PUIS_NOM.match(texte, lettre)]
        avant = _NOM_PUIS_INITIALE.search(texte, max(0, lettre - 48), initiale.end())
        if avant is not None and avant.end() == initiale.end() and not _ARTICLE_DEVANT.search(
                texte, max(0, avant.start() - 12), avant.start()):  # « la vitamine D. », « le plan B. »
            essais.append(avant)
        for m in essais:
            if m is None or deja.chevauche(m.start(), m.end()) or not _peut_suivre_une_initiale(
                    m.group("nom"), contexte, m.re is _INITIALE_PUIS_NOM and (
                        _particule_de_nom(m) or _annonce_par_un_lien(texte, lettre, m))):
                continue
            deja.ajouter(m.start(), m.end())
            resultats.append(Trouvaille(m.start(), m.end(), REGLE, message_nom(m.group(0), "nom à côté d'une initiale")))


_AVANT_PARTICULE = {"avec": "avec d", "auprès": "auprès d", "chez": "chez d", "de": " de d"}
"""Une préposition qui annonce une personne (« avec », « auprès de », « chez », « la réponse de ») suivie d'une
particule : un nom qui commence par sa particule (« avec du Ry », « auprès de D'Amico », « la réponse de de La
Roche ») ; cherchées par `str.find` dans le texte en minuscules, pour les seules prépositions du texte."""
_NOM_A_PARTICULE_EN_TETE = re.compile(
    r"(?:[dD][ue][ ](?:(?:La|Le)[ ]|[dD]['’])?|[dD]['’])(?P<nom>[" + _MAJ + r"][" + _MIN + r"]+(?:-[" + _MAJ + r"]["
    + _MIN + r"]+)?)(?![\w'’])")


def _particules_en_tete(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                        resultats: list[Trouvaille]) -> None:
    """« Le rendez-vous avec du Ry », « auprès de D'Amico », « la réponse de de La Roche » : après une préposition de
    personne, une particule et un mot à majuscule qui peut suivre une initiale (ni mot courant, ni lieu, ni sigle)."""
    bas = lignes.bas
    for preposition, indice in _AVANT_PARTICULE.items():
        if preposition not in lignes.mots:
            continue
        position = bas.find(indice)
        while position >= 0:
            m = _NOM_A_PARTICULE_EN_TETE.match(texte, position + len(indice) - 1)
            if (m is not None and not deja.chevauche(m.start(), m.end())
                    and _peut_suivre_une_initiale(m.group("nom"), contexte, preposition == "de")
                    and not any(normaliser(f) in listes()["lieux"] or normaliser(f) in listes()["localites"]
                                for f in (m.group(0), m.group("nom")))):
                deja.ajouter(m.start(), m.end())
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, message_nom(m.group(0), "nom à particule")))
            position = bas.find(indice, position + len(indice))


def designe_un_role(forme: str) -> bool:
    """La forme normalisée est-elle un lien de parenté, une appellation, une civilité ou un rôle (« mere », « madame »,
    « educatrice ») : ce qui désigne une personne sans la nommer ?"""
    return forme in _LIENS or forme in _CIVILITES or forme in _ROLES


def _mot_entier(bas: str, debut: int, fin: int) -> bool:
    """`bas[debut:fin]` est-il un mot entier du texte (pas « pourvoir » pour « voir », ni « psyché » pour « psy ») ?"""
    return not (debut and bas[debut - 1].isalpha()) and not bas[fin:fin + 1].isalpha()


def message_nom(valeur: str, raison: str) -> str:
    """Le message d'un nom trouvé, le même pour tous les détecteurs de noms : le nom masqué, la raison, quoi écrire."""
    return f"nom de personne « {masquer_mots(valeur)} » ({raison}) : seulement des initiales ou le lien (la mère, M. D.)"


def _de_qui(texte: str, chaine: list[re.Match[str]], classes: list[str], tete: int, contexte: ContexteAnonymat) -> bool:
    """« Demande de Julie Dubois », « Note de Gaëtan », « Appel d'Inge Vanhove », « au CEFA de DIOP L. » : un mot courant
    ou un sigle en tête, puis « de » et un prénom ou un nom des listes, un mot que personne n'écrit (« Suivi de
    Woldemichael ») ou un mot ambigu ou hors des listes suivi d'un nom (« MENA de Lore Vanhoutte »), dit de qui vient la
    chose ; une institution ou un lieu (« Centre Jean Bosco », « Maison de Marie », « Rue de Marie-José ») se nomme sans
    « de » ou par un mot d'institution."""
    tete_mot = chaine[tete].group(1)
    lien = texte[chaine[tete].end(1):chaine[tete + 1].start(1)]
    qui = tete + 1
    while qui < len(chaine) - 1 and _INITIALE_DE_PRENOM.match(chaine[qui].group(1)):
        qui += 1  # « Demande de K Mertens » : l'initiale du prénom, puis le nom (aveugle-57)
    nom = (classes[qui] in (_Classe.PRENOM, _Classe.NOM)
           or classes[qui] == _Classe.INCONNU and _mot_inconnu(chaine[qui].group(1), contexte)  # « Suivi de Woldemichael »
           or classes[qui] == _Classe.INCONNU and normaliser(chaine[qui].group(1)) in _PRENOMS_MOTS_PORTES  # « Appel de Héritier »
           or classes[qui] in (_Classe.AMBIGU, _Classe.INCONNU) and qui + 1 < len(chaine)  # « MENA de Lore Vanhoutte »
           and classes[qui + 1] in (_Classe.PRENOM, _Classe.NOM))
    return (nom and normaliser(lien.strip()) in ("de", "d")
            and not _INSTITUTIONS.match(tete_mot + " "))


def _nom_apres_civilite(mot: str) -> bool:
    """Après une civilité, en minuscules : un mot que personne n'écrit (« okbamichael »), ou un nom des listes ou un mot
    que personne n'écrit derrière sa particule collée (« al-ahmad », « el-khoury ») ; jamais un mot connu (« Mme est »).
    Deux lettres suffisent avec un accent qu'aucun mot connu n'a (« M. đỗ », « Mme võ »)."""
    morceaux = normaliser(mot).split("-")
    if len(morceaux) > 1 and morceaux[0] in _PARTICULES_NOM:
        reste = "-".join(morceaux[1:])
        return reste in listes()["noms"] or reste in listes()["prenoms"] or not est_mot_connu(reste)
    return ((len(mot) >= 3 or len(mot) == 2 and not mot.isascii()) and not est_mot_connu(mot)
            and morceaux[-1] not in _PAS_UN_NOM_APRES_CIVILITE  # « le docteur lui-même » ; pas « Mme petit-jean »
            and not _verbe_et_pronom(morceaux))  # « Bonjour Docteur, pourriez-vous »


_PRONOMS_INVERSES = frozenset("je tu il elle on nous vous ils elles moi toi lui leur ce".split())
_VERBE_INVERSE = re.compile(r"[a-zà-ÿ]{2,}(?:ez|ons|ais|ait|aient|iez|ent)|est|dis|dites|faites|êtes|fais|sais|sait|"
                            r"peut|peux|faut|va|vas|dit|fait|voit|vois|veut|veux|suis|sont|ont|as|a|ai|es|prends|prend|"
                            r"viens|vient")
"""Un verbe conjugué devant son sujet inversé : une terminaison de verbe ou une forme courte fréquente."""


def _verbe_et_pronom(morceaux: list[str]) -> bool:
    """« pourriez-vous », « dites-moi », « est-ce » : un verbe et son pronom inversé, pas le nom qui suit une civilité ;
    « sung-il », « sang-il », « min-je », « dong-il » restent des prénoms (pas une forme de verbe, ou un prénom des
    listes : l'attaque-69 et la relecture du trente-neuvième passage)."""
    l = listes()
    return (len(morceaux) == 2 and morceaux[1] in _PRONOMS_INVERSES and _VERBE_INVERSE.fullmatch(morceaux[0]) is not None
            and est_mot_du_dictionnaire(morceaux[0]) and morceaux[0] not in l["prenoms"] and morceaux[0] not in l["noms"])


_FONCTIONS_APRES_CIVILITE = (
    *(mot + fin for mot in ("traitant", "consultant", "suppléant", "intervenant", "soignant", "référent", "remplaçant")
      for fin in ("", "e", "s", "es")), "prescripteur", "prescripteurs", "prescriptrice", "prescriptrices")
"""Les fonctions qui suivent une civilité sans être un nom, à toutes leurs formes, que le lexique ne connaît pas toujours
(« la docteure traitante », l'attaque-40) ; le nom vient après elles (« la dre traitante mukendi », l'attaque-43)."""
_PAS_UN_NOM_APRES_CIVILITE = frozenset(normaliser(mot) for mot in _FONCTIONS_APRES_CIVILITE) | {"meme", "memes"}
"""Sans accents, ce qui suit une civilité en minuscules sans être un nom : une fonction, « lui-même »."""


_PARENTHESE_DE_PERSONNE = re.compile(r"[ \t]*\([ \t]*(?:(?i:la|le|les|sa|son|ses|leur)[ \t]+|(?i:l)['’])?"
                                     r"([^\W\d_]+(?:-[^\W\d_]+)*)")
"""Le premier mot d'une parenthèse qui s'ouvre (« (mère) », « (la grand-mère) », « (frère aîné, majeur) »,
« (éducateur du foyer) »)."""


def _lien_entre_parentheses(mot: str) -> bool:
    """Le premier mot d'une parenthèse est-il un lien de famille qui dit qui est le nom qui la précède
    (`_LIENS_ENTRE_PARENTHESES` : pas « (bébé) », « (parent) », qui disent un usage) ? Pas un rôle, un métier ni un
    âge : un médicament a son prescripteur, un service ses intervenants, une attente sa durée (« Laroxyl
    (pédopsychiatre) », « Sanatia (psychologue) », « Sanatia (2 ans de liste d'attente) », l'attaque-85). Pas « même »,
    que ses accents ôtés confondent avec « mémé » (« Voisin (même palier) », « (meme service) ») : « mémé » seulement écrit
    ainsi."""
    forme = normaliser(mot)
    return forme in _LIENS_ENTRE_PARENTHESES and (forme not in ("meme", "memes") or mot.lower() in ("mémé", "mémés"))


def _capitales_d_une_personne(texte: str, mots: list[str], inconnus: list[bool], debut_ligne: int, debut: int,
                              fin: int) -> bool:
    """Un seul mot inconnu en capitales, de six caractères au moins, apostrophe comprise (« NDOKWE », « AL-QASSAB »,
    « M'BAYE »), est un nom de famille, pas un sigle, là où seule une personne va (garde53, garde54) : juste après un
    verbe de conseil ou de parole et « à » (`_conseil_juste_avant` : « Il a été dit à NYIRAHABIMANA »), après ce
    qu'une personne vit, a ou ce qui la concerne et « de » (`_capitales_de_quelqu_un` : « l'audition de HAJDARIU »,
    garde57 ; « la situation de MBWAKILANGA », garde66), juste après un lien de famille ou un rôle
    (`_capitales_apres_un_proche` : « la marraine VAN HAMMEREN », garde73), devant un lien
    de famille entre parenthèses ou apposé (« NDOKWE (mère) », « NDOKWE, la tante, ») ou un âge (« NDOKWE, 15 ans »),
    sauf après une préposition de lieu, un article ou une initiale (`_lieu_ou_initiale_devant` : « au KAPELLEKE
    (mère) », la relecture revue54). Un organisme n'a ni mère ni âge ; il a en revanche des rôles (« HOSPITALIA
    (assistant social) »), on est « avec », « chez », « pour » lui, il « a rappelé », on l'a « contacté » : ces
    places-là ne départagent pas un nom d'un organisme absent des listes (« avec HELORA », « EPICURA a appelé »,
    l'attaque-84). Pas après un verbe de message ou de don (« Transmis à VIVALIA », la relecture revue53) ; un
    organisme des listes ou de l'annuaire n'est jamais un mot inconnu (« FEDASIL »). Aux mêmes places, un nom de deux à
    quatre mots, des particules et au plus trois mots inconnus dont le dernier, l'un d'eux de six caractères au moins
    (« DE LA MOTTERIE », « ABDIWELI ODOWAA », garde71)."""
    if not _nom_en_capitales_d_un_ou_plusieurs_mots(mots, inconnus):
        return False
    return (_conseil_juste_avant(texte[max(debut_ligne, debut - 48):debut])
            or _capitales_accrochees_a_un_role(texte, mots[-1], debut_ligne, debut, fin)
            or _capitales_apres_un_proche(texte, mots[-1], debut_ligne, debut, fin)
            or _capitales_de_quelqu_un(texte, debut_ligne, debut, fin)
            or _envers_quelqu_un(texte, debut_ligne, debut, fin)
            or _apposition_qui_dit_qui(texte, debut_ligne, debut, fin, _LIENS_ENTRE_PARENTHESES))


def _nom_en_capitales_d_un_ou_plusieurs_mots(mots: list[str], inconnus: list[bool]) -> bool:
    """Un mot inconnu de six caractères au moins (« NDOKWE »), ou deux à quatre mots : des particules (« DE », « LA »,
    « VAN ») et au plus trois mots inconnus, le dernier inconnu, l'un d'eux de six caractères au moins."""
    if len(mots) == 1:
        return len(mots[0]) >= 6 and inconnus[0]
    noms = [m for m, inconnu in zip(mots, inconnus) if inconnu]
    return (len(mots) <= 4 and inconnus[-1] and len(noms) <= 3 and max(map(len, noms)) >= 6
            and all(inconnu or normaliser(m) in _PARTICULES_EN_CAPITALES for m, inconnu in zip(mots, inconnus)))


_PARTICULES_EN_CAPITALES = _PARTICULES_NOM | {"de", "la", "le", "du", "des"}
"""Les particules d'un nom écrit en capitales (« DE LA MOTTERIE », « LE ROY », « VAN DEN BROECK »)."""
_PARTICULES_DE_CHAINE = _PARTICULES_NOM | {"de", "le", "la"}
"""Les particules qu'une suite de mots à majuscule hors des listes (`_nom_inconnu`) admet au milieu du nom."""
_PARTICULES_DE_TETE = _PARTICULES_EN_CAPITALES - {"des"}
"""Celles d'une suite tout en capitales, au milieu comme en tête (sauf « LE », « LA » en tête, `_particules`) : « DU
PLESSIÈRE », « DE LA MOTTERIE » ; pas « DES », article d'un organisme autant que particule (l'attaque-102)."""


def _queue_en_capitales(mots: list[str], inconnus: list[bool]) -> int:
    """L'indice (au moins 1) où commence la fin tout en capitales d'une suite de mots à majuscule qui ne l'est pas toute
    (« L'audition de DU PLESSIÈRE » : « DU PLESSIÈRE »), si elle peut être un nom : un mot inconnu de six caractères au
    moins, ou plusieurs mots, des particules (`_particules`) et des mots inconnus, le dernier inconnu
    (`_nom_en_capitales_d_un_ou_plusieurs_mots`) ; 0 sinon."""
    debut = len(mots)
    while debut > 0 and mots[debut - 1].isupper():
        debut -= 1
    if debut == 0 or debut == len(mots):
        return 0
    queue, inconnus_de_queue = mots[debut:], inconnus[debut:]
    if not all(i or p for i, p in zip(inconnus_de_queue, _particules(queue, True))):
        return 0
    return debut if _nom_en_capitales_d_un_ou_plusieurs_mots(queue, inconnus_de_queue) else 0


def _particules(mots: list[str], majuscules: bool) -> list[bool]:
    """Pour chaque mot d'une suite à majuscule, est-il une particule du nom : au milieu (`_PARTICULES_DE_CHAINE`) ; dans
    une suite tout en capitales (`majuscules`), celles de `_PARTICULES_DE_TETE`, « DU » compris, au milieu et en tête sauf
    un article ; jamais le dernier mot."""
    possibles = _PARTICULES_DE_TETE if majuscules else _PARTICULES_DE_CHAINE
    return [(0 < i or majuscules and normaliser(m) not in ("le", "la")) and i < len(mots) - 1 and normaliser(m) in possibles
            for i, m in enumerate(mots)]


def _capitales_accrochees_a_un_role(texte: str, mot: str, debut_ligne: int, debut: int, fin: int) -> bool:
    """« Psy PMS : BOURDICHON. », « l'éducatrice [DELCOURTOIS] » : un rôle, au plus deux mots qui le précisent, le signe
    qui y accroche un nom (`_ROLE_ET_SIGNE_DEVANT`), puis le mot en capitales, fermé comme un nom en minuscules
    (`_ferme`) ; pas un mot savant, une langue, ni la faute de frappe d'un mot (« Coach : INJOIGNABEL », l'attaque-98)."""
    avant = _ROLE_ET_SIGNE_DEVANT.search(texte, max(debut_ligne, debut - 80), debut)
    if avant is None:
        return False
    return _ferme(texte, fin, avant.group(2).strip(" \t*_")) and _peut_etre_un_nom_accroche(mot)


def _peut_etre_un_nom_accroche(mot: str) -> bool:
    """Un mot en capitales accroché à un rôle ou à un proche peut être un nom : ni un mot savant, ni une langue, ni un mot
    qui ne désigne jamais une personne, ni la faute de frappe d'un mot (« Coach : INJOIGNABEL », l'attaque-98), ni une
    mention (« Le père [ANONYMISÉ] », revue63)."""
    n = normaliser(mot)
    return (not _MOT_SAVANT.search(n) and not est_une_langue(n) and not _jamais_une_personne(n)
            and not _faute_ou_mots_colles(n) and not _mention_en_capitales(mot))


_MENTIONS = frozenset(normaliser(m) for m in lire_liste("mentions.txt"))


def _mention_en_capitales(mot: str) -> bool:
    """Une mention ou un état écrit tout en capitales (`mentions.txt` : « URGENT », « EXCUSÉE », « NOUVEAU »), qu'aucune
    liste de noms n'a ; pas tout mot du dictionnaire : « l'oncle (FORTUNÉ) », « le beau-père CORBEAU » sont des noms
    (l'attaque-103)."""
    if not mot.isupper():
        return False  # la plupart des mots lus après un lien : rien à normaliser
    forme = normaliser(mot)
    return (forme in _MENTIONS and not _dans_les_listes(mot)
            and forme not in listes()["prenoms_homonymes"])  # « VALIDE », « NOUVELLE » : des prénoms aussi (revue63)


def _proche_ou_role(mot: str) -> bool:
    """Un lien de famille ou un rôle de `_PROCHES_ET_ROLES` ; « as » seulement écrit « AS » (« Ce que tu as : KOTPLANET »)."""
    forme = normaliser(mot)
    return forme in _PROCHES_ET_ROLES and (forme != "as" or mot == "AS")


_PROCHE_PUIS_SIGNE = re.compile(r"(?<![\w-])([^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \t]+([^\W\d_]+))?"
                                r"[ \t]*([(\[–—,:]|(?<=[ \t])-(?=[ \t]))?[ \t]*$")
"""Un mot (le lien ou le rôle), au plus un mot qui le précise, un signe ou rien, juste avant un nom en capitales."""


def _capitales_apres_un_proche(texte: str, mot: str, debut_ligne: int, debut: int, fin: int) -> bool:
    """« la marraine VAN HAMMEREN », « Le grand-père [YILDIRIMHAN] », « l'éducatrice VANDERSLAECKEN », « l'oncle
    paternel HAIDARZAI » : un lien de famille ou un rôle, au plus un mot qui le précise (`_PRECISIONS_D_UN_PROCHE`),
    un signe ou rien, puis le nom en capitales, fermé si le signe s'ouvre (`_ferme`) ; pas un mot savant, une langue ni
    la faute de frappe d'un mot, comme après un rôle et un signe (garde73)."""
    avant = _PROCHE_PUIS_SIGNE.search(texte, max(debut_ligne, debut - 60), debut)
    if avant is None:
        return False
    proche, precision, signe = avant.group(1), avant.group(2), avant.group(3) or ""
    if not _proche_ou_role(proche):
        if precision is None or not _proche_ou_role(precision) or normaliser(proche) not in _DETERMINANTS_D_UN_PROCHE:
            return False
        precision = None  # « la psychologue LIEVENSOORT » : l'article, puis le rôle
    if precision is not None and not (precision.islower() and normaliser(precision) in _PRECISIONS_D_UN_PROCHE):
        return False  # « le père travaille CHEZMOBILIA » : un verbe ; « Le médecin Germain KABASELEMBA » : un prénom, pas
        # ce qui précise le rôle (revue63)
    return (signe not in _FERMETURES or _ferme(texte, fin, signe)) and _peut_etre_un_nom_accroche(mot)


_PREPOSITION_DEVANT_UN_NOM_COURT = re.compile(
    r"(?<![^\W\d_])(?i:" + _PREPOSITIONS_VERS_UNE_PERSONNE + r"|chez[ \t]+les|sur|d['’]apr[èe]s|de|d['’]|[àa])[ \t]*$")
"""Ce qui, juste avant un nom court des listes (`_NOMS_COURTS`), en fait une personne : les prépositions vers une personne
(« rdv avec Sy », « chez les Ba », « on compte sur Yu », garde58), « de », « à » (« un message de Xu », « transmis à
SY ») ; pas « en » (« en BA 2 », une année d'études), ni « les » seul (« les Ba en psycho », l'attaque-88)."""
_DEUX_LETTRES = re.compile(r"(?<![\w'’\-])[" + _MAJ + r"][^\W\d_](?![\w'’\-\u0300-\u036f])")
"""Un mot de deux lettres à majuscule, entier : ni collé à une lettre, un chiffre, une élision ou un trait d'union
(« BA2 », « l'AS », « Yu-Gi-Oh »), ni suivi d'un accent combinant (« Lê » en NFD)."""
_NOMBRE_APRES = re.compile(r"[ \t]+(?:[àa][ \t]+)?\d")
"""Un nombre juste après : une année d'études, une dose, pas un nom (« BA 2 », « Li à 800 mg », l'attaque-88)."""
_PAS_DES_NOMS_COURTS = frozenset("ok ah eh he be au go up re so fe mi fa ex ad ir ya os".split())
"""Des mots de deux lettres à majuscule, hors du dictionnaire français, qui ne sont pas des noms : interjections,
abréviations, mots anglais, notes de musique (« L'éducateur Go pour le camp », « Au, la juge, », l'attaque-88) ; le
dictionnaire écarte les autres (« En », « Si », « Vu », « Or », « Là »)."""
_INTERJECTIONS = frozenset("oh ha ho".split())
"""Des interjections qui sont aussi des noms (« Oh », nom de Corée ; « Ha », « Ho », du Viêt Nam, de Chine) : après une
fonction ou au milieu de la phrase, des noms ; en tête de phrase devant une virgule, des interjections (« Oh, le
père, n'a rien dit »)."""
_VOYELLE = re.compile(r"[aeiouy]")


def _peut_etre_un_nom_court(mot: str) -> bool:
    """Un mot de deux lettres qui peut être un nom : tout en capitales, un nom court des listes (`_nom_court_en_capitales` :
    « BA », « SY » ; d'autres capitales sont des initiales ou un sigle, « l'éducateur AS ») ; avec une majuscule seule, un
    nom court des listes, ou un mot hors du dictionnaire français qui a une voyelle (« Ng » excepté) et n'est ni une
    civilité, ni une abréviation (« Im », « Öz », « Qi » ; pas « Si », « Vu », « Cf », « Hb », « Dr », « Go ») ; pas
    « Lu » (lundi, les biscuits, « lu et approuvé »)."""
    forme = normaliser(mot)
    if mot[1].isupper():
        return _nom_court_en_capitales(mot)
    if forme in _NOMS_COURTS and forme != "lu":
        return True
    return (forme not in _CIVILITES and forme not in _PAS_DES_NOMS_COURTS and not est_mot_du_dictionnaire(mot.casefold())
            and (forme == "ng" or _VOYELLE.search(forme) is not None))


def _noms_de_deux_lettres(texte: str, lignes: Lignes, majuscules: Set[str], deja: Intervalles,
                          resultats: list[Trouvaille]) -> None:
    """Un nom de deux lettres (« la juge Ng », « Madame la Juge BA », « Ba, le père, », « rdv avec Sy », garde58) :
    trop court pour les listes, il n'est lu qu'à une place de personne, s'il peut être un nom (`_peut_etre_un_nom_court`) :
    après une fonction (`_fonction_devant` : « l'assistante sociale Ha »), sans fin de phrase entre elles, ou devant une
    apposition qui dit qui (`_apposition_qui_dit_qui` : « Ng, éducateur de nuit, »), sauf une interjection en tête de
    phrase (« Oh, le père, » ; pas « Le jeune cite Oh, son entraîneur, »). Seuls les noms courts des listes à majuscule
    et en capitales (hors « BA », le bachelier) le sont aussi après une préposition (`_PREPOSITION_DEVANT_UN_NOM_COURT`) :
    un autre mot de deux lettres y est souvent une chose (« avec IA », « le taux de Li », « avec BA en poche ») ; « Ba »
    pas après « de » (« année de Ba »). Les mots à majuscule qui suivent et peuvent être un nom en font partie (« le juge
    Ng Ka Ho », « Madame l'Avocate Lo Presti »). Passe après les autres lectures : une qui lit le nom entier (« Ba (le
    beau-père) », à côté d'un proche) garde sa raison. Un seul parcours du texte, et seulement s'il a un tel mot."""
    candidats = {mot for mot in majuscules if len(mot) == 2 and _peut_etre_un_nom_court(mot)}
    if not candidats:
        return
    for m in _DEUX_LETTRES.finditer(texte):
        mot = m.group()
        if mot not in candidats or _NOMBRE_APRES.match(texte, m.end()) or deja.chevauche(m.start(), m.end()):
            continue
        debut, fin = m.span()
        forme = normaliser(mot)
        debut_ligne = lignes.debuts[lignes.numero(debut)]
        devant = texte[max(debut_ligne, debut - 48):debut]
        raison = ("après une fonction" if not devant.rstrip(" \t").endswith(".")
                  and _fonction_devant(texte, debut_ligne, debut)
                  else "devant une apposition" if _apposition_qui_dit_qui(texte, debut_ligne, debut, fin)
                  and not (forme in _INTERJECTIONS and _debut_de_phrase(texte, debut_ligne, debut))
                  else "après une préposition" if forme in _NOMS_COURTS and mot != "BA"
                  and (preposition := _PREPOSITION_DEVANT_UN_NOM_COURT.search(devant)) is not None
                  and not (forme == "ba" and _est_de(preposition.group()))
                  else None)
        if raison is None:
            continue
        while texte[fin:fin + 1] == " " and (suivant := _MOT_CAP.match(texte, fin + 1)) is not None and (
                _dans_les_listes(suivant.group(1)) or not est_mot_du_dictionnaire(suivant.group(1).casefold())):
            fin = suivant.end(1)  # « le juge Ng Ka Ho » : la suite du nom
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], f"nom court {raison}")))


_NOMS_VIETNAMIENS_ACCENTUES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh vũ võ đặng bùi đỗ hồ ngô dương lý đinh trịnh trương lâm lương tạ hà quách "
    "đoàn".split())
"""Les noms de famille vietnamiens les plus portés, écrits avec leurs diacritiques : ainsi, aucun n'est un mot d'ici ni
un sigle (« Võ », « ĐỖ », « LÊ » ; pas « le », « do », « vo »). Ceux qui n'en ont pas (« Mai », « Cao », « Phan ») sont
seulement dans `_NOMS_DE_FAMILLE_VIETNAMIENS` : seuls, ils restent aux autres couches."""
_MOT_A_MAJUSCULE_VOISIN = re.compile(r"[" + _MAJ + r"][^\W\d_]{1,19}(?:-[" + _MAJ + r"][^\W\d_]{1,19})?")


def _noms_vietnamiens_seuls(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                            resultats: list[Trouvaille]) -> None:
    """Un nom de famille vietnamien écrit avec ses diacritiques, à majuscule ou en capitales, est un nom même seul et
    court (« contact: VÕ », « La mère de Võ a appelé », aveugle-87) ; le mot à majuscule qui le touche devant ou
    derrière en fait partie s'il est un prénom ou un nom des listes, ou porte aussi une lettre que le français
    n'écrit pas (« JUN ĐỖ n'est pas venu », aveugle-86) ; un voisin déjà lu par une autre couche laisse le nom seul
    (« Lê Minh »). Pas un lieu (« HÀ NỘI », « Hồ Chí Minh », lus avec les deux mots qui suivent), ni après une voie,
    une institution, un produit ou un animal (« rue Lê Lợi »), ni après « né à », « originaire de »
    (`_NE_OU_VENU_DE`), ni sous une clé de lieu (« lieu_de_naissance: Hà Nam »). Lu sur les seuls textes qui ont un
    tel mot, chaque occurrence une fois (`positions_du_mot`)."""
    presents = lignes.mots & _NOMS_VIETNAMIENS_ACCENTUES
    if not presents:
        return
    for forme in sorted(presents):
        for ecrit in {forme.capitalize(), forme.upper()}:
            for debut in positions_du_mot(texte, ecrit, 0, len(texte)):
                fin = debut + len(ecrit)
                if deja.chevauche(debut, fin):
                    continue
                debut_ligne, fin_ligne = lignes.bornes(lignes.numero(debut))
                suivants = _mots_a_majuscule_apres(texte, fin, fin_ligne)
                if (any(est_un_lieu(normaliser(texte[debut:m.end()])) for m in suivants)
                        or _VOIE_DEVANT.search(texte, max(debut_ligne, debut - 24), debut)
                        or _NE_OU_VENU_DE.search(texte, max(debut_ligne, debut - 32), debut)
                        or _sous_une_cle_de_lieu(texte, lignes, debut_ligne, debut)
                        or _pas_une_personne_devant(texte, debut_ligne, debut)):
                    continue
                seul = (debut, fin)
                if suivants and _voisin_d_un_nom_vietnamien(suivants[0].group()):
                    fin = suivants[0].end()
                devant = _MOT_CAP_AVANT.search(texte, max(debut_ligne, debut - 21), debut)
                if devant is not None and _voisin_d_un_nom_vietnamien(devant.group(1)):
                    debut = devant.start(1)
                if deja.chevauche(debut, fin):
                    debut, fin = seul  # « Lê Minh » : « Minh » déjà lu par une autre couche, « Lê » l'est ici
                if not deja.chevauche(debut, fin):
                    deja.ajouter(debut, fin)
                    resultats.append(Trouvaille(debut, fin, REGLE,
                                                message_nom(texte[debut:fin], "nom de famille vietnamien")))


_NE_OU_VENU_DE = re.compile(r"(?<![\w'’])(?i:n[ée]e?s?|originaires?|venue?s?|arriv[ée]e?s?|vi[tv]\w*|habit\w*|"
                            r"install[ée]e?s?)[ \t]+(?:à|a|de|d['’]|au|en)[ \t]*$")
"""« Né à Hà Nam », « originaire de Hồ Chí Minh » : un lieu de naissance, de vie ou de départ (revue66)."""


def _mots_a_majuscule_apres(texte: str, fin: int, fin_ligne: int, au_plus: int = 2) -> list[re.Match[str]]:
    """Les mots à majuscule (deux au plus) qui suivent `fin`, chacun après une espace (« Hồ | Chí | Minh »)."""
    suivants: list[re.Match[str]] = []
    while len(suivants) < au_plus and texte[fin:fin + 1] == " ":
        m = _MOT_A_MAJUSCULE_VOISIN.match(texte, fin + 1, fin_ligne)
        if m is None:
            break
        suivants.append(m)
        fin = m.end()
    return suivants


def _voisin_d_un_nom_vietnamien(mot: str) -> bool:
    """Un mot à majuscule à côté d'un nom vietnamien en fait partie s'il porte une lettre que le français n'écrit pas
    (« Thị », « LINH » non) ou s'il est un prénom ou un nom des listes, pas un mot courant, un outil, une civilité, un
    rôle, un lien ni un organisme (« JUN ĐỖ », « Đỗ Linh » ; pas « Madame Võ », « Contact VÕ »)."""
    forme = normaliser(mot)
    if (forme in _MOTS_OUTILS or forme in _CIVILITES or forme in _ROLES or forme in _LIENS
            or forme in _ORGANISATIONS_EN_UN_MOT):
        return False
    return (not set(mot.casefold()) <= _LETTRES_FRANCAISES
            or _dans_les_listes(mot) and forme not in listes()["courants"]
            and not est_mot_du_dictionnaire(mot.casefold()))


_TOURNURES_D_UN_MESSAGE = (
    "message de", "messages de", "mail de", "mails de", "courriel de", "appel de", "appels de", "sms de", "texto de",
    "textos de", "whatsapp de", "message vocal de", "appel manqué de", "message reçu de", "mail reçu de",
    "courriel reçu de", "sms reçu de", "appel reçu de", "vocal de", "rappel de", "part de",
    "écrit à", "envoyé à", "répondu à", "destiné à", "transféré à", "sms à", "message à", "mail à", "courriel à")
"""Qui envoie un message, un appel, un SMS (« de ») et à qui il va (« à ») : des tournures de personne
(`_TOURNURES_DE_PERSONNE`) que `_personnes_d_un_message` lit aussi devant un seul mot."""
_SANS_ACCENT = {"é": "[ée]", "è": "[èe]", "ê": "[êe]", "à": "[àa]", "â": "[âa]", "ç": "[çc]"}
"""Les lettres accentuées des tournures et leur classe dans l'expression : la tournure se lit aussi sans ses accents."""


def _alternative_des_tournures(tournures: Iterable[str]) -> str:
    """Les tournures, dans l'ordre donné, en une alternative d'expression : accents facultatifs (`_SANS_ACCENT`), une
    espace ou plus entre les mots."""
    return "|".join("".join(_SANS_ACCENT.get(c, re.escape(c)) for c in t).replace(r"\ ", r"[ \t]+") for t in tournures)
_MOTS_D_UN_MESSAGE = frozenset(forme for t in _TOURNURES_D_UN_MESSAGE
                                for forme in (t.split()[0], normaliser(t.split()[0])))
"""Le préfiltre de `_personnes_d_un_message` : le premier mot de chaque tournure, avec et sans accents."""


def _motif_d_un_message(fin: str) -> re.Pattern[str]:
    """Une tournure d'un message qui finit par `fin` (« de » : jamais élidé, « un message d'espoir » est un mot ;
    « à »), accents facultatifs, casse indifférente, puis un mot d'un à deux morceaux (le groupe `nom`)."""
    tournures = sorted((t for t in _TOURNURES_D_UN_MESSAGE if t.endswith(" " + fin)), key=lambda t: (-len(t), t))
    return re.compile(r"(?<![\w'’])(?i:" + _alternative_des_tournures(tournures)
                      + r")[ \t]+(?P<nom>[^\W\d_]{3,20}(?:-[^\W\d_]{2,20})?)(?![\w'’-])")


_QUI_ENVOIE = _motif_d_un_message("de")
"""Qui envoie : « Message de Cheikh sur le répondeur », « SMS reçu de léa » (garde87, aveugle-88)."""
_A_QUI = _motif_d_un_message("à")
"""À qui : « SMS à kouassi (17h) », « destiné à bùi dũng » (garde87, aveugle-88)."""
_APRES_UN_MESSAGE_SANS_PERSONNE = frozenset({"bienvenue", "bienvenu"})
"""« un SMS de bienvenue » : le genre du message, pas le prénom (les fêtes, « Noël », « Ramadan », sont des mots
courants, que `_personne_des_listes` écarte déjà)."""
_ENSEIGNES_ET_VEHICULES = frozenset(normaliser(m) for f in ("enseignes.txt", "vehicules.txt") for m in lire_liste(f))


def _personnes_d_un_message(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                            resultats: list[Trouvaille]) -> None:
    """Qui envoie un message, un appel, un SMS (`_QUI_ENVOIE`) et à qui on l'envoie ou on répond (`_A_QUI`) : à cette
    place, un prénom ou un nom des listes est un nom en minuscules comme à majuscule (« SMS reçu de léa », « SMS à
    kouassi ») ; à majuscule, un prénom homonyme d'un mot aussi (« Message de Cheikh », « Vocal de Prince »). En
    minuscules, un homonyme reste un mot (« un message de courage », « de patience », « de victoire », l'attaque-117),
    comme un mot du dictionnaire (« SMS de bonne année »). Jamais un mot outil, un lien, un rôle, une civilité, un lieu,
    un service de l'annuaire, une fête (« message de Noël »), une enseigne ou une voiture (« Rappel de Clio », « Mail de
    Zara »), un saint (« SMS de Saint-Luc »), ni la tête d'un nom propre de plusieurs mots à majuscule (« Appel de Iris
    Sud », « message de Aurore Boréale »). Un mot que personne n'écrit n'y suffit pas à majuscule (« SMS de
    Proximus »). Lu sur les seuls textes qui ont un mot d'un message."""
    if lignes.mots.isdisjoint(_MOTS_D_UN_MESSAGE):
        return
    for motif, raison in ((_QUI_ENVOIE, "qui envoie un message"), (_A_QUI, "à qui va un message"),
                          (_APPEL_PUIS_PERSONNE, "qui envoie un message")):
        for m in lignes.correspondances(motif):  # essayé à ses seuls débuts littéraux (« mess », « sms », « appe »…)
            debut, fin = m.span("nom")
            mot = m.group("nom")
            if deja.chevauche(debut, fin):
                continue
            journal = _ligne_de_journal(texte, lignes, debut, fin) and not _MESSAGE_D_UN_GENRE.match(m.group(0))
            if motif is _APPEL_PUIS_PERSONNE:
                if not (journal and (prenom_homonyme_seul(mot, contexte) or not _personne_des_listes(mot)[2]
                                     and _personne_d_un_message(texte, mot, fin, contexte))):
                    continue  # « appel manqué : Patron », « SMS reçu : code » : pas une personne (l'attaque-120)
            elif not _personne_d_un_message(texte, mot, fin, contexte, journal):
                continue
            fin = _nom_de_famille_apres(texte, fin, contexte) or fin
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], raison)))


_HEURE = r"\d{1,2}[:hH]\d{2}"
_DATE_D_EXPORT = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}[-/]\d{2}[-/]\d{2}),?[ \t]+(?:à[ \t]+)?"
"""La date complète qu'un export de messagerie met devant l'heure (« 12/03/2024, », « 2024-03-12 », « 14/02/2024 à »)."""
_DATE_COMPLETE = re.compile(_DATE_D_EXPORT)
_APPEL_PUIS_PERSONNE = re.compile(
    r"(?<![\w'’])(?i:appels?|sms|textos?|messages?(?:[ \t]+vocal)?|vocal|whatsapp)[ \t]+(?i:manqu[ée]s?|en[ \t]+absence|"
    r"entrants?|re[çc]us?|laiss[ée]s?)[ \t]*(?:[:—–][ \t]*|-[ \t]+)(?P<nom>[^\W\d_]{3,20}(?:-[^\W\d_]{2,20})?)(?![\w'’-])")
"""Dans un journal d'appels, la personne après le genre de l'appel et deux-points ou un tiret (« appel manqué : Grâce »,
« appel en absence — désirée », garde90) : lue sur une ligne de journal seulement (`_ligne_de_journal`)."""
_DEBUT_DE_JOURNAL = re.compile(r"[ \t]*(?:>[ \t]*)?(?:[-*+•—–][ \t]+)?(?:[a-z_]+:[ \t]+)?[\"'“]?[\[(]?"
                               r"(?:(?i:" + "|".join(sorted(_JOURS_EN_TROIS_LETTRES)) + r")[a-z]*\.?,?[ \t]+)?(?:"
                               + _DATE_D_EXPORT + r"|\d{1,2}/\d{1,2}[ \t]+)?" + _HEURE)
_MESSAGE_D_UN_GENRE = re.compile(r"(?i:messages?)[ \t]+de[ \t]")
"""« message de courage », « message de chance : « bonne chance demain » » : le genre du message ; même sur une ligne
de journal, un prénom homonyme en minuscules n'y est pas l'expéditeur (l'attaque-120)."""
_FIN_DE_PERSONNE_DE_JOURNAL = re.compile(r"[ \t]*(?:$|[(,;:.«—–\"'”]|-[ \t])", re.MULTILINE)


def _ligne_de_journal(texte: str, lignes: Lignes, debut: int, fin: int) -> bool:
    """La ligne commence-t-elle par une heure (et sa date), comme une ligne d'un journal d'appels ou de messages
    (« - 10:42 appel de patience (2 min) », « 17/05 18:20 SMS à rose »), le mot qui suit le message s'arrêtant sur une
    ponctuation ou la fin de la ligne ? Là, un prénom homonyme d'un mot, même en minuscules, est la personne qui
    appelle ou que l'on appelle (garde90) ; ailleurs il reste un mot (« un message de courage »)."""
    return (_FIN_DE_PERSONNE_DE_JOURNAL.match(texte, fin) is not None
            and _DEBUT_DE_JOURNAL.match(texte, lignes.debuts[lignes.numero(debut)], debut) is not None)


def _personne_d_un_message(texte: str, mot: str, fin: int, contexte: ContexteAnonymat, journal: bool = False) -> bool:
    """Le mot qui suit un message (`_personnes_d_un_message`) est-il une personne ? Sur une ligne de journal
    (`journal`), un prénom homonyme d'un mot l'est aussi en minuscules (« - 10:42 appel de patience (2 min) »)."""
    forme = normaliser(mot)
    if (forme in _MOTS_DE_LA_PHRASE or forme in _PRONOMS_INVERSES or forme in _APRES_UN_MESSAGE_SANS_PERSONNE
            or forme in _ENSEIGNES_ET_VEHICULES or forme in _COMMERCES or est_un_lieu(forme)
            or forme in contexte.mots_autorises or _dans_l_annuaire(mot, contexte) or _SAINT.match(mot)):
        return False
    prenom, nom, homonyme, _ = _personne_des_listes(mot)
    if mot.islower():
        return (prenom or journal and prenom_homonyme_seul(mot, contexte)
                or nom and not est_mot_du_dictionnaire(mot) and _nom_plutot_que_mot(mot))  # pas « rendez-vous »
    if not mot[:1].isupper():
        return False
    suivant = _mots_a_majuscule_apres(texte, fin, len(texte), 1)
    if suivant and not _dans_les_listes(suivant[0].group()):
        return False  # « Appel de Iris Sud » : un nom propre de plusieurs mots
    return prenom or homonyme or nom and not est_mot_du_dictionnaire(mot.casefold()) and _dans_les_listes(mot)


def _conseil_juste_avant(proposition: str, coupe: int = 0) -> bool:
    """La proposition finit-elle par un verbe de conseil, de proposition ou de parole et « à » (`_CONSEIL_DEVANT_A`),
    sans article devant le verbe (« le conseiller à Droixhe » : le métier) ?"""
    conseil = _CONSEIL_DEVANT_A.search(proposition, coupe)
    return conseil is not None and conseil.group("article") is None


_ADVERBES_AVANT_A = (r"(?:[ \t]+(?i:beaucoup|souvent|encore|toujours|vraiment|très|tres|trop|plus|bien|énormément|"
                     r"enormement|tellement|parfois|déjà|deja|si|aussi|de[ \t]+plus[ \t]+en[ \t]+plus|un[ \t]+peu|"
                     r"pas|jamais|moins|vite|fort|profondément|profondement|particulièrement|particulierement)){0,3}")
_ENVERS_SANS_DOUTE = (
    # ce qui ne se dit qu'envers quelqu'un, suivi de « à » (au plus quelques adverbes entre eux)
    r"en[ \t]+pren\w*|en[ \t]+(?:est|sont|était|etait|étaient|etaient)[ \t]+pris\w*|en[ \t]+veu[tx]|en[ \t]+voul\w*|"
    r"(?:tien\w*|tenir|tenu)[ \t]+tête|ressembl\w*|men(?:s|t|ti|tir)|ob[ée]i(?:t|s|r|ssent|ssait)?|d[ée]sob[ée]i\w*|"
    r"sour(?:it|i|ire)|jalou(?:x|se|ses)|reproch\w*(?:[ \t]+(?:faits?|faites?|adressée?s?))?|pardonn\w*|"
    r"promi(?:s|se|ses)|promet\w*|excuses|attenti(?:f|ve|fs|ves)|s['’]identifi\w*|manqu(?:e|es|ent|ait|aient|er)|"
    # des locutions : faire du mal, peur, confiance ; rendre visite ; prêter, offrir quelque chose
    r"fai\w*[ \t]+(?:du[ \t]+|de[ \t]+|beaucoup[ \t]+de[ \t]+)?mal|fai\w*[ \t]+peur|fai\w*[ \t]+confiance|"
    r"confiance[ \t]+(?:accordée|faite)|rend\w*[ \t]+visite|visites?[ \t]+rendues?|"
    r"(?:pr[êe]t|offer?t|donn)\w*[ \t]+(?:son|sa|ses|leur|leurs|un|une|des)[ \t]+[\w'’-]+")
"""Ce que `_ENVERS_QUELQU_UN` lit et qui ne précède guère un verbe ou une chose : seul lu devant un mot en minuscules
(« il s'en prend à mbayamvula », garde64 ; pas « il pense à arêter », « il tient à continer », l'attaque-94)."""
_ENVERS_AUSSI_D_UNE_CHOSE = (
    r"(?<!se[ \t])(?<!s['’]est[ \t])(?:tien[st]|tienne|tiennent|tenait|tenir)|pens(?:e|es|ent|ait|aient|er|é)|"
    r"fid[èe]les?|attach[ée]e?s?|s['’]attach\w*|hostiles?|indiff[ée]rente?s?|loyaut[ée]|s['’]oppos\w*|oppos[ée]e?s?|opposition|"
    r"accroch[ée]e?s?|raccroch\w*|apport[ée]e?s?|int[ée]ress\w*|d[ée]pendante?s?|d[ée]pendance(?:[ \t]+affective)?|"
    r"soumi(?:s|se|ses)")
_DON_OU_PAROLE = (
    # ce qu'on prend, donne, rend ou confie à quelqu'un ; pas ce qui se fait d'ordinaire en un lieu (acheter, laisser,
    # lancer, lire, apprendre, présenter, payer : l'attaque-95)
    r"(?:vol|piqu|chip|emprunt|redonn|donn|rembours|montr|racont|confi|envoy|envoi|expliqu|avou|r[ée]v[éèe]l|annonc|"
    r"demand|r[ée]clam|propos|apport|arrach|cach|cri|hurl|chuchot|murmur|ram[eè]n|restitu|refil|subtilis|d[ée]rob|"
    r"extorqu|soutir|vers|l[ée]gu|c[éèe]d)(?:er|é|ée|és|ées|e|es|ent|ait|aient|ais|ai|ons|ez|era|eront|erait)"
    r"|pr[êe]t(?:er|é|ée|és|ées|ait|aient|ons|ez|era|eront|erait)"  # pas « prête », « prêts » : l'adjectif, le nom
    r"|offert|offerte|offrait|offrir|offrira|rend|rends|rendent|rendu|rendue|rendait|rendre|rendra|vend|vends|vendu|"
    r"vendait|vendre|dit|dis|disait|dire|dira|transm(?:et|ets|is|ise|ettre|ettait)|promi[st]|promet|promettre|remi[st]|"
    r"remet|remettre"
    # une dette : un montant ; un écrit : un message (« il doit 50 euros à », « il a écrit une lettre à ») ; pas « il doit
    # dormir à Bomel », « il a écrit son texte de rap à Droixhe »
    r"|(?:doit|doivent|devait|devaient|dû)(?=[ \t]+(?:(?:encore|toujours|environ|presque)[ \t]+)?\d)"
    r"|(?:[ée]cri[ts]|[ée]crivait|[ée]crire)(?=[ \t]+(?:une?|des|ses|sa|son|leur|leurs|plusieurs)[ \t]+"
    r"(?:[\w'’-]+[ \t]+)?(?:lettres?|mots?|messages?|mails?|courriels?|sms|cartes?|textos?|poèmes?)(?![\w'’-]))")
_MOT_DE_LA_CHOSE = (r"[ \t]+(?!(?:au|aux|à|a|dans|chez|en|sur|sous|près|pres|devant|derrière|derriere|vers|pour|que|"
                    r"qu['’]\w*|si|comment|pourquoi|rendez-vous|rdv|cours|stages?|séances?|seances?|réunions?|reunions?|"
                    r"fêtes?|fetes?|formations?|ateliers?|concerts?|spectacles?|matchs?)(?![\w'’-]))[\w'’-]+")
_CHOSE = (r"(?!" + r"[ \t]+(?!notre|votre|encore|autres?)[\w'’-]*(?:er|ir|re|oir)(?![\w'’-]))" + _MOT_DE_LA_CHOSE
          + r"(?:" + _MOT_DE_LA_CHOSE + "){0,5}")
"""La chose entre le verbe et « à » : un à six mots, sans ponctuation ; ni un lieu dans elle (« caché la drogue dans une
cave à », « emprunté des livres à la bibliothèque à » : « à » dit alors où), ni une proposition ou un infinitif (« il
dit qu'il dort à », « il dit avoir vu sa mère à », « il dit fumer avec ses copains à »), ni un rendez-vous, un cours,
une réunion (« donné des cours de boxe à ») : l'attaque-95."""
_DON_OU_PAROLE_PUIS_CHOSE = r"(?P<don>" + _DON_OU_PAROLE + ")" + _CHOSE
"""Ce qu'on prend, donne, doit, dit ou confie à quelqu'un, puis la chose : « il a volé de l'argent à », « elle a confié
son secret à », « il doit 50 euros à », « il a envoyé des photos à » (garde65, soixante-troisième passage)."""
_NOM_HOMOGRAPHE_DEVANT = re.compile(
    r"(?:(?<![\w'’-])(?i:un|une|le|la|les|des|du|au|aux|ce|cet|cette|ces|sa|son|ses|ma|mon|mes|ta|ton|tes|notre|nos|"
    r"votre|vos|leur|leurs|se|me|te|compte)|(?<![\w'’-])(?i:[ls])['’])[ \t]*$")
"""Devant le verbe de `_DON_OU_PAROLE`, un article ou un pronom réfléchi : le nom homographe ou un autre verbe (« une
demande de logement à », « les données de fréquentation à », « le compte rendu de la réunion à », « il se rend
chaque jeudi à », « l'envoi du colis à ») ; un pronom complément se passe de chose (« il le rend à »)."""
_ENVERS_QUELQU_UN = re.compile(r"(?<![\w-])(?i:" + _ENVERS_SANS_DOUTE + "|" + _ENVERS_AUSSI_D_UNE_CHOSE + "|"
                               + _DON_OU_PAROLE_PUIS_CHOSE + ")" + _ADVERBES_AVANT_A + r"[ \t]+[àa][ \t]+$")
"""Ce qu'on ressent, fait ou doit envers une personne, juste avant « à » (« a » sans accent compris), au plus quelques
adverbes entre eux : « il s'en prend à », « elle en veut encore à », « il ressemble beaucoup à », « elle fait confiance
à », « il a fait du mal à », « attentif à », « la confiance accordée à » (garde63) ; pas « se tenir à » (« la
concertation se tient à Droixhe »), l'attaque-93. Ou ce qu'on prend, donne, doit, dit ou confie à quelqu'un, la chose
entre le verbe et « à » (`_DON_OU_PAROLE_PUIS_CHOSE`, garde65)."""
_ENVERS_EN_MINUSCULES = re.compile(r"(?<![\w-])(?i:" + _ENVERS_SANS_DOUTE + ")" + _ADVERBES_AVANT_A + r"[ \t]+[àa][ \t]+$")
_ALLER = re.compile(r"(?<!\w)(?i:aller|allée?s?|ira|iront|irai\w*|va|vont|vais|venir|vient|viens|revenir)(?!\w)")
"""Un déplacement entre le verbe et « à » (« il tient à aller à Kayseri ») ; les séjours et voyages : `_SEJOUR_AVANT`."""
_LIEU_APPOSE = re.compile(r"[ \t]*,[ \t]*(?:(?:(?i:son|sa|leur|ses|le|la)[ \t]+)?(?i:village|ville|quartier|pays|région|"
                          r"region|commune|province|île|ile|terre|hameau)(?!\w)|(?i:là)[ \t]+où(?!\w)|"
                          r"(?i:dans)[ \t]+(?i:le|la|l['’]|les|son|sa|ses|leur)|(?i:au|en)[ \t]+[" + _MAJ + r"]|"
                          r"(?i:au|aux)[ \t]+(?i:bord|pied|centre|cœur|coeur|sud|nord|est|ouest|fond|milieu)|"
                          r"(?i:en)[ \t]+(?i:ville|particulier|bordure|périphérie|peripherie|banlieue|brousse))"
                          r"|[ \t]*\([ \t]*[A-Z]{2,4}[ \t]*\)")
"""Après le nom, un lieu apposé : « Kalehe, son village », « Bomel, son quartier », « Kalehe, là où », « Kalehe, dans le
Sud-Kivu », « Kalehe, au Kivu », « Kitutu, au bord du lac », « Bagira, en ville », « Kalehe (RDC) » ; pas « Mbala, au
collège » ; « , où » et un service entre parenthèses : `_LIEU_APRES`."""


def _envers_quelqu_un(texte: str, debut_ligne: int, debut: int, fin: int,
                      motif: re.Pattern[str] = _ENVERS_QUELQU_UN) -> bool:
    """Juste avant `debut`, ce qu'on fait ou ressent envers une personne et « à » (`_ENVERS_QUELQU_UN`), sans séjour ni
    déplacement entre eux (« il tient à retourner à », « il tient à aller à », « il a envoyé des photos de vacances à » ; un
    séjour avant le verbe ne compte pas : « il reste attentif à »), pas un nom homographe du verbe de don
    (`_NOM_HOMOGRAPHE_DEVANT`), et pas devant un lieu apposé (`_LIEU_APRES`, `_LIEU_APPOSE`) ni une ville du monde."""
    proposition, coupe = _proposition_avant(texte, debut_ligne, debut, 60)
    envers = motif.search(proposition, coupe)
    if envers is None or "don" in motif.groupindex and envers.group("don") is not None and _NOM_HOMOGRAPHE_DEVANT.search(
            proposition, max(coupe, envers.start() - 12), envers.start()):
        return False
    return (_SEJOUR_AVANT.search(proposition, envers.start()) is None
            and _ALLER.search(proposition, envers.start()) is None and not _LIEU_APRES.match(texte, fin)
            and not _LIEU_APPOSE.match(texte, fin) and normaliser(texte[debut:fin]) not in listes()["villes"])


def _proposition_avant(texte: str, debut_ligne: int, debut: int, largeur: int) -> tuple[str, int]:
    """Les `largeur` caractères de la ligne avant `debut`, et où y commence la dernière proposition (après
    `_FIN_DE_PROPOSITION`) : un verbe n'est cherché que là."""
    proposition = texte[max(debut_ligne, debut - largeur):debut]
    return proposition, max((f.end() for f in _FIN_DE_PROPOSITION.finditer(proposition)), default=0)


_A_EN_TETE_DE_LIGNE = re.compile(r"[ \t>*+-]*[àa][ \t]+")
"""« à » qui ouvre la ligne (après une indentation, une citation, une puce) : la proposition commence la ligne d'avant."""


def _destinataire(texte: str, debut_ligne: int, debut: int) -> bool:
    """« Merci à Navarro », « je transmets à Verschueren la note », « proposer à Tafsut un rdv » : après « à », un verbe
    de message, de don ou de conseil dans la proposition fait du nom un destinataire, pas une ville (« envoyer la charte
    à Lantin » reste un lieu : une localité belge n'arrive pas ici)."""
    if debut_ligne and _A_EN_TETE_DE_LIGNE.fullmatch(texte, debut_ligne, debut):
        debut_ligne = texte.rfind("\n", 0, debut_ligne - 1) + 1  # « demandé par la déléguée\n  à Jayawardena »
    proposition, coupe = _proposition_avant(texte, debut_ligne, debut, 48)
    if _VERBE_DE_MESSAGE.search(proposition, coupe) is None:
        return _conseil_juste_avant(proposition, coupe)
    return _SEJOUR_AVANT.search(proposition, coupe) is None


_MESSAGE_DEVANT_A = re.compile(r"(?<!\w)(?i:demander|écrire|ecrire|expliquer|répondre|repondre|téléphoner|telephoner|"
                               r"parler|dire)[ \t]+à[ \t]+$")
"""Un verbe de message juste avant « à » : le nom qui suit est un destinataire, même après un mot de séjour plus tôt dans
la ligne (« Rentrée : demander à Kenji », aveugle-56 ; pas « Vacances. Transfert à Izmir », l'attaque-50)."""
_VERBE_DE_MESSAGE = re.compile(
    r"(?<!\w)(?i:merci|remerci|transm|envoy|expliqu|demand|signal|annonc|confi|répond|repond|adress|remet|remis|"
    r"téléphon|telephon|transf)\w*")
"""Les verbes de `_VERBE_DATIF` dont le complément après « à » n'est jamais un lieu (« passer à Namur », « faire à
Liège », « écrire à la commune » en sont)."""
_CONSEIL_DEVANT_A = re.compile(
    r"(?P<article>(?<![\w'’])(?i:le|la|les|un|une|du|des|au|aux|ce|cette|son|sa|leur)[ \t]+)?"
    r"(?<![\w'’-])(?i:proposer|propose|proposes|proposons|proposez|suggérer|suggerer|suggère|suggere|suggérons|"
    r"rappeler|rappelle|rappelons|rappelez|conseiller|conseille|conseillons|conseillez|recommander|recommande|"
    r"recommandons|montrer|indiquer|indique|préciser|preciser|précise|mentionner|dire|redire|dis|dit|dites|disons|"
    r"redit)(?:[ \t]+[a-zà-ÿ]+ment)?\s+à[ \t]+$")
"""Un verbe de conseil, de proposition ou de parole juste avant « à », peut-être suivi d'un adverbe : « proposer à
Tafsut un rdv », « rappeler gentiment à Ndokwe », « dit à Mbelenga » (garde53). Pas ses participes (« un emploi lui a été
proposé à Kipushi », « une post-cure conseillée à Trempoline » : un lieu) ni ses formes éloignées de « à » (« la tante
lui a proposé un petit boulot à Kipushi »), l'attaque-83 ; « conseiller », « montre » ne sont lus qu'à l'infinitif sans
article (« le conseiller à Droixhe » : le métier)."""


def _chaines(texte: str, debut: int, fin: int) -> list[list[re.Match[str]]]:
    """Suites de mots à majuscule voisins (« Jean Van den Bossche ») dans texte[debut:fin]."""
    chaines: list[list[re.Match[str]]] = []
    for m in _MOT_CAP.finditer(texte, debut, fin):
        if chaines and _LIEN_CHAINE.fullmatch(texte, chaines[-1][-1].end(), m.start()):
            chaines[-1].append(m)
        else:
            chaines.append([m])
    return chaines


def _dans_annuaire(contexte: ContexteAnonymat, texte: str, bornes: tuple[int, int], debut: int, fin: int,
                   cache: dict[int, list[tuple[int, int]]]) -> bool:
    """Le nom est-il couvert par un service de l'annuaire ? Une ligne n'est lue qu'une fois (cache par ligne)."""
    if not contexte.expressions_autorisees:
        return False
    debut_ligne, fin_ligne = bornes
    intervalles = cache.get(debut_ligne)
    if intervalles is None:
        intervalles = cache[debut_ligne] = [(d + debut_ligne, f + debut_ligne) for d, f in
                                            contexte.intervalles_autorises(texte[debut_ligne:fin_ligne])]
    return any(d <= debut and fin <= f for d, f in intervalles)


def _sous_une_cle_de_lieu(texte: str, lignes: Lignes, debut_ligne: int, debut: int) -> bool:
    """Le mot à `debut` ouvre la valeur d'une clé de lieu (`_CLES_DE_LIEU`), sur sa ligne ou comme élément d'une liste
    sous elle (la clé cherchée sur les dix lignes au-dessus, pas plus en retrait que l'élément, par-dessus les éléments
    voisins et les lignes vides)."""
    m = _CLE_DE_LIEU.fullmatch(texte, debut_ligne, debut)
    if m is not None:
        return bool(_CLES_DE_LIEU.fullmatch(m.group("cle").strip()))
    item = _ITEM.fullmatch(texte, debut_ligne, debut)
    if item is None:
        return False
    cle = _cle_de_la_liste(texte, lignes, debut_ligne, len(item.group(1)), 10)
    return cle is not None and bool(_CLES_DE_LIEU.fullmatch(cle))


_DEBUT_D_UNE_CLE = 120
"""Caractères lus au début de chaque ligne relue au-dessus d'un élément de liste (temps linéaire : de longues lignes ne
sont pas relues à chaque élément)."""


def _cle_de_la_liste(texte: str, lignes: Lignes, debut_ligne: int, retrait: int, au_plus: int) -> str | None:
    """La clé YAML (sans ses deux-points) qui porte l'élément de liste commençant à `debut_ligne`, sa puce après
    `retrait` blancs : la première ligne au-dessus qui n'est ni vide ni un élément voisin de la même liste, lue sur
    `au_plus` lignes, si elle n'est pas plus en retrait et finit par « : » ; sinon None."""
    indice = lignes.numero(debut_ligne)
    for precedente in range(indice - 1, max(-1, indice - 1 - au_plus), -1):
        debut, fin = lignes.bornes(precedente)
        ligne = texte[debut:min(fin, debut + _DEBUT_D_UNE_CLE)]
        contenu = ligne.strip()
        retrait_de_la_ligne = len(ligne) - len(ligne.lstrip(" \t"))
        if not contenu or contenu[:1] in "-*+" and retrait_de_la_ligne == retrait:
            continue  # ligne vide ou élément voisin de la même liste
        if retrait_de_la_ligne <= retrait and contenu.endswith(":"):
            return contenu[:-1].strip()
        return None
    return None


def _fete_en_fin(texte: str, chaine: list[re.Match[str]], classes: list[str]) -> int | None:
    """L'indice du mot de `chaine` où commence une fête de `donnees/fetes.txt` qui finit la chaîne, si les mots avant elle
    sont des mots (« Pendant Dashain », « Fête de Janmashtami », « Choul Chnam Thmey ») ; None sinon : un nom la suit
    (« Dashain Gurung ») ou la précède (« Karim Pongal »)."""
    for i in range(max(0, len(chaine) - 4), len(chaine)):
        if _forme_de_fete(texte[chaine[i].start(1):chaine[-1].end(1)]) in _FETES:
            if i == len(chaine) - 1 and _PERSONNE_AVANT.search(texte, max(0, chaine[i].start(1) - 16), chaine[i].start(1)):
                return None  # « voir Teej », « chez Tihar » : une personne (l'attaque-32)
            return i if all(c == _Classe.AUTRE or c == _Classe.INCONNU and est_mot_connu(m.group(1))
                            for m, c in zip(chaine[:i], classes[:i])) else None
    return None


_PERSONNE_AVANT = re.compile(r"(?<![\w'’])(?i:chez|voir|vu|vue|avec|appel[ée]e?|rencontr[ée]e?|contact[ée]e?)[ \t]+$")
"""Juste avant un mot, ce qui annonce une personne (« voir Teej », « chez Tihar ») : une fête d'un seul mot n'y est pas
une fête (`_fete_en_fin`)."""


def _ville_du_monde(texte: str, lignes: Lignes, chaine: list[re.Match[str]], classes: list[str],
                    debut_ligne: int) -> int | None:
    """L'indice du mot de `chaine` où commence une ville du monde ou un lieu annoncé comme tel, qui finit la chaîne en un à
    trois mots ; None sinon, ou si une fonction ou un proche la suit (« rentré de Lourdes, sa marraine » : une personne).
    Un prénom ou un nom des listes seulement après un verbe de séjour et « à » (`_VECU_A`) : ailleurs, l'attaque-27
    (« l'appel vient de Kamal ») et l'attaque-28 (« le courrier a transité par Kamal », « origine: Sana » sous un appel,
    « etapes: - Aydin rencontre le juge ») ont montré qu'une personne s'y trouve aussi souvent qu'une ville."""
    l = listes()
    for i in range(max(0, len(chaine) - 3), len(chaine)):
        debut = chaine[i].start(1)
        mots = [m.group(1) for m in chaine[i:]]
        if any(mot.isupper() and len(mot) > 1 for mot in mots):
            continue  # « le retour de TURAN » : un nom de famille en capitales
        nom = normaliser(" ".join(mots))
        if nom not in l["villes"] and nom not in l["lieux"]:
            continue
        vecu_a = _VECU_A.search(texte, max(debut_ligne, debut - 40), debut) is not None
        if not vecu_a and any(c in _CLASSES_DE_NOMS for c in classes[i:]):
            continue  # « Medina », « Kamal », « Bari » : peut-être une personne, même si c'est une ville
        if (vecu_a or _TRANSIT.search(texte, max(debut_ligne, debut - 70), debut)
                or _sous_une_cle_de_lieu(texte, lignes, debut_ligne, debut)
                or _VERS_UN_LIEU.search(texte, max(debut_ligne, debut - 24), debut)
                or _A_OU_VERS.search(texte, max(debut_ligne, debut - 6), debut)
                and _SEJOUR_AVANT.search(texte, max(debut_ligne, debut - 60), debut)):
            fin = chaine[-1].end(1)  # lu seulement pour une ville annoncée : chaque chaîne du texte passe ici
            return None if _FONCTION_APRES.match(texte, fin) or _et_un_proche(texte, fin) else i
    return None


_NOMS_DE_FAMILLE_VIETNAMIENS = frozenset(normaliser(n) for n in _NOMS_VIETNAMIENS_ACCENTUES) | {"phan", "mai", "cao"}
"""Les noms de famille vietnamiens les plus portés, sans diacritiques, qui ouvrent un nom complet (ceux de
`_NOMS_VIETNAMIENS_ACCENTUES`, et trois qui n'ont pas de diacritiques). `noms_complements.txt`
en porte une partie, mais ses noms de moins de trois lettres n'y sont pas lus (« Le », « Do », « Vu », « Ho » sont
aussi des mots) : seul le nom intercalaire qui les suit ici les départage."""
_PRENOM_VIETNAMIEN = r"[" + _MAJ + r"][^\W\d_]+(?:-[" + _MAJ + r"][^\W\d_]+)*"
_NOM_VIETNAMIEN = re.compile(
    r"(?<![\w’-])(?<!\w')(?P<nom>[" + _MAJ + r"][^\W\d_]{0,6})[ \t]+(?:V[aă]n|V[AĂ]N|Th[iị]|TH[IỊ])[ \t]+"
    r"(?P<prenoms>" + _PRENOM_VIETNAMIEN + r"(?:[ \t]+" + _PRENOM_VIETNAMIEN + r")?)(?![\w-])")
"""Un nom vietnamien complet : le nom de famille, le nom intercalaire « Văn » ou « Thị » à majuscule (avec ou sans
diacritiques, en capitales aussi ; pas « van », le véhicule), puis un ou deux mots à majuscule, à trait d'union
peut-être (« Lê Văn Nam », « DO Thi Hoa », « Tran Thi Kim-Anh »), même après l'apostrophe qui ouvre une valeur YAML
(« pere: 'Do Van An' ») ; `_noms_vietnamiens` ne garde de ces mots que les prénoms vietnamiens."""
_SYLLABE_VIETNAMIENNE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
    r"ùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?")
"""Une syllabe vietnamienne (consonne initiale, voyelles, consonne finale permises) : un prénom vietnamien en est fait
(« Nam », « Tuấn », « Hương », « Khai ») ; « Hool », « Gogh », « Bleu », « Lundi », « Mme » n'en sont pas."""
_MILIEUX_VIETNAMIENS = frozenset({"van", "văn", "thi", "thị"})
_MOT_CAP_AVANT = re.compile(r"(?<![\w'’-])([" + _MAJ + r"][^\W\d_]+(?:-[" + _MAJ + r"][^\W\d_]+)*)[ \t]+$")


def _prenom_vietnamien(mot: str, apres_un_mot: bool) -> bool:
    """Un prénom vietnamien possible, à trait d'union peut-être (« Kim-Anh ») : des syllabes vietnamiennes de deux
    lettres au moins, pas un mot outil (« DU », « ET ») ; après un nom de famille qui est aussi un mot français (« Le »,
    « Do », « Vu »), pas non plus un mot du dictionnaire que les listes ne tiennent pas pour un prénom (« LE VAN DOIT » ;
    « An », « Hoa » restent des prénoms, et « Tran Van Long » un nom)."""
    return (all(len(syllabe) >= 2 and _SYLLABE_VIETNAMIENNE.fullmatch(syllabe.lower()) is not None
                for syllabe in mot.split("-")) and normaliser(mot) not in _MOTS_OUTILS
            and not (apres_un_mot and est_mot_du_dictionnaire(mot) and not est_prenom_connu(mot)))


def _prenom_devant_un_nom_vietnamien(mot: str) -> bool:
    """Le mot à majuscule juste devant un nom vietnamien complet est-il un prénom (des listes, même homonyme d'un mot :
    « Espoir », « Olivier ») ou un mot que personne n'écrit, pas un mot outil ni un mot courant (« Hier », « Selon ») ?"""
    forme, l = normaliser(mot), listes()
    return forme not in _MOTS_OUTILS and (forme in l["prenoms"] or forme in l["prenoms_homonymes"]
                                          or not est_mot_connu(mot))


def _noms_vietnamiens(texte: str, lignes: Lignes, deja: Intervalles, resultats: list[Trouvaille]) -> None:
    """« Le Van Nam est venu seul », « rencontre avec Do Van An » : un nom de famille vietnamien courant suivi de « Văn »
    ou « Thị » et d'un ou deux prénoms vietnamiens (`_prenom_vietnamien`) est un nom, même quand son premier mot est
    aussi un article ou un mot (« Le », « Do », « Vu ») que les autres couches écartent ou laissent en clair (« Le Thi
    Hoa » ne masquait que « Thi Hoa », garde56) ; un prénom des listes ou un mot inconnu juste devant en fait partie
    (« Espoir Le Van Nam », la relecture revue56). Pas « Le van Ford », « LE VAN DU SERVICE », « Le Van Hool »,
    « Le Van Gogh » (l'attaque-86), ni une rue (« rue Nguyen Van Troi »). Lu avant les autres couches, sur les seuls
    textes qui ont l'un de ces noms intercalaires."""
    if lignes.mots.isdisjoint(_MILIEUX_VIETNAMIENS):
        return
    for m in _NOM_VIETNAMIEN.finditer(texte):
        if normaliser(m.group("nom")) not in _NOMS_DE_FAMILLE_VIETNAMIENS:
            continue
        fin = m.start("prenoms")
        nom_qui_est_un_mot = est_mot_du_dictionnaire(m.group("nom"))
        for prenom in re.finditer(r"\S+", m.group("prenoms")):
            if not _prenom_vietnamien(prenom.group(), nom_qui_est_un_mot):
                break
            fin = m.start("prenoms") + prenom.end()
        debut = m.start()
        debut_ligne = lignes.debuts[lignes.numero(debut)]
        if fin == m.start("prenoms") or _VOIE_DEVANT.search(texte, max(debut_ligne, debut - 24), debut):
            continue  # « Le Van Hool », « rue Nguyen Van Troi »
        devant = _MOT_CAP_AVANT.search(texte, max(debut_ligne, debut - 30), debut)
        if devant is not None and _prenom_devant_un_nom_vietnamien(devant.group(1)):
            debut = devant.start(1)  # « Espoir Le Van Nam » : le prénom devant le nom
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom vietnamien complet")))


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    cache_annuaire: dict[int, list[tuple[int, int]]] = {}
    deja = Intervalles()
    _noms_vietnamiens(texte, lignes, deja, resultats)

    # --- couche 1 : après une civilité, un lien de parenté ou une appellation ------------------
    fin_precedente = -1
    for position in _apres_declencheurs(texte, lignes):
        premier = _MOT_CAP.match(texte, position)
        if premier is None or premier.start() < fin_precedente:
            continue
        debut_ligne_mot = lignes.debuts[lignes.numero(premier.start())]
        trouve = _declencheur_avant(texte, debut_ligne_mot, premier.start())
        if trouve is None:
            continue
        declencheur, apres_civilite = trouve
        if _animal_avant(texte, debut_ligne_mot, premier.start()):
            continue  # « un chaton qu'elle a appelé « Caramel » » : un animal
        titre_de_rue = normaliser(declencheur) in _TITRES_DE_RUE
        position_declencheur = -1
        if titre_de_rue or not apres_civilite and declencheur[:1].isupper():
            position_declencheur = texte.rfind(declencheur, debut_ligne_mot, premier.start())
        if (titre_de_rue and position_declencheur > 0
                and _VOIE_DEVANT.search(texte, max(debut_ligne_mot, position_declencheur - 24), position_declencheur)):
            continue  # « rue Docteur Haibe », « avenue du Docteur Schweitzer » : une rue (aveugle-61)
        if not apres_civilite and declencheur[:1].isupper():
            if position_declencheur > 0 and _INSTITUTIONS.search(texte, max(debut_ligne_mot, position_declencheur - 48),
                                                                 position_declencheur):
                continue  # « le groupe de parole Parents Debout », « le diplôme Jeune Talent » : un titre
        chaine = [premier]
        while len(chaine) < MOTS_MAX:  # un nom a peu de mots : une suite de majuscules ne se relit pas sans fin
            suivant = _MOT_CAP.search(texte, chaine[-1].end(), min(len(texte), chaine[-1].end() + 40))
            if suivant is None or not _LIEN_CHAINE.fullmatch(texte, chaine[-1].end(), suivant.start()):
                break
            chaine.append(suivant)
        # On ne garde que les mots qui peuvent être des noms, en s'arrêtant au premier qui ne l'est pas.
        retenus = []
        devant = _PARTICULE_DEVANT.search(texte, max(debut_ligne_mot, premier.start() - 20), premier.start())
        particules = devant.group().split() if devant else []  # « Mme van der | Linden »
        apres_article_elide = not particules and texte[premier.start() - 2:premier.start()] in _ARTICLE_ELIDE_DEVANT
        titre = apres_un_metier = False
        en_capitales = len(chaine) > 1 and all(mot.group(1).isupper() for mot in chaine)
        particules_en_tete = 0
        for rang, mot in enumerate(chaine):
            valeur = mot.group(1)
            classe = _classer(valeur, contexte)
            forme = normaliser(valeur.rstrip("."))
            if (mot is premier and apres_civilite and (particules or apres_article_elide) and forme in _FONCTIONS_DE_TITRE
                    and len(chaine) > 1):
                titre, apres_un_metier = True, forme not in _ROLES  # « Monsieur le Juge Bou Hmad », « Madame la
                continue  # Pédiatre Dubois », « Madame l'Institutrice Mbuyi » : le nom suit la fonction
            if titre and not retenus and _qualificatif_a_sauter(texte, chaine, mot, forme, classe, contexte):
                continue  # « Madame la Psychologue Clinicienne Mbala », « Monsieur le Conseiller PMS Delhaye » (garde43)
            if forme in _CIVILITES or forme in _ROLES or mot is premier and apres_article_elide:
                break  # « Madame l'Échevine », « Madame l'Orthophoniste » seules : une fonction
            if titre and not retenus and forme not in _TOUTES_PARTICULES and classe not in _CLASSES_DE_NOMS and not (
                    classe == _Classe.INCONNU and (_mot_inconnu(valeur, contexte) or _nom_propre_colle(texte, chaine, mot))
                    and not _GENTILE.search(forme) and not (
                        apres_un_metier and (_SPECIALITE.search(forme) or forme in _FONCTIONS_DE_TITRE
                                             or est_une_organisation(valeur)))) and not (
                    mot is not chaine[-1] and _prenom_mot(forme)
                    and _nom_apres_un_titre(texte, chaine, mot, contexte, not apres_un_metier)):
                break  # « Monsieur le Directeur du CPAS », « Madame la Directrice de la Vallée » : un service, un lieu ;
                # pas « Monsieur le Directeur Jean Renkin », « Madame la Juge Grâce Kabeya », « … Noël Janssens » (un
                # prénom homonyme d'un mot, devant un nom), ni « Madame la Juge Magritte » (un nom propre, garde44)
            if mot is premier and particules and forme not in _TOUTES_PARTICULES and (
                    valeur.isupper() and (est_courant_tel_qu_ecrit(valeur) or len(particules) > 1)
                    or classe == _Classe.AUTRE and particules[-1] not in ("de", "du")
                    and est_mot_du_dictionnaire(valeur.casefold())
                    or not _nom_a_particule_des_listes(particules, valeur) and (
                        len(particules) == 1 and particules[0] in _ARTICLES_PARTICULES and classe not in _CLASSES_DE_NOMS
                        or len(particules) > 1 and not {"der", "den"} & set(particules)
                        and (classe == _Classe.AUTRE or est_mot_connu(valeur)))):
                break  # « Monsieur du CPAS », « le Dr de la Citadelle » : un service, un lieu (garde40) ; « Madame la
                # Pédiatre » (après un article, seul un nom des listes), « Monsieur de la Régie », « Meneer van de
                # School » (après deux particules, un mot connu) : une fonction, un service (l'attaque-69), sauf un nom à
                # particule des listes (« van den Berg ») ou après « der », « den », qui ne font que des noms (« Mme van
                # der Poorten ») ; pas « Mme de Theux », « M. du BOIS » (« de » seul, déjà lu)
            # « Mlle VAN DYCK », « M. El Amrani », « Mme K Verhaeghen », « Mme J-P Verhaeghen » ; pas deux ou trois
            # capitales collées, d'ordinaire un sigle ou une fonction (« Mme AS du CPAS », « Dr ORL », l'attaque-59),
            # sauf un nom court en capitales (« Mme BA », « M. SOW » : `_nom_court_en_capitales`, plus bas)
            if (apres_civilite and (forme in _PARTICULES_NOM or mot is chaine[0] and _INITIALE_DE_PRENOM.match(valeur))
                    and mot is not chaine[-1]):
                retenus.append(mot)
                continue
            if (not apres_civilite and en_capitales and forme in _PARTICULES_NOM and mot is not chaine[-1]
                    and len(retenus) == particules_en_tete):
                retenus.append(mot)  # « la marraine VAN HAMMEREN », « Le beau-père (VAN HOORDEBEKE) » : un nom à
                particules_en_tete += 1  # particule tout en capitales après un lien ou un rôle (garde71)
                continue
            commerce = (mot is chaine[0] and len(chaine) > 1 and normaliser(valeur) in _COMMERCES
                        and normaliser(declencheur) == "nom"
                        and _DANS_UN_NOM_DE_COMMERCE.fullmatch(texte, mot.end(1), chaine[1].start(1)) is not None)
            if commerce and all(_mot_d_une_enseigne(suivant.group(1), contexte) for suivant in chaine[1:]):
                break  # « prestataire:⏎  nom: Librairie Papyrus », « Auto-école … » : un type de commerce ouvre son nom
                # (aveugle-52) ; un mot de la langue n'y suffit pas (« nom: Gloire Nsimba », « nom: Amour Wetshi », les
                # attaques 41 et 42)
            if commerce and classe == _Classe.AUTRE:
                continue  # « nom: Centre Lufuluabo » : le nom qui suit le type de commerce (l'attaque-43)
            if classe == _Classe.AUTRE and not (
                apres_civilite and (not _INITIALES.match(valeur) or _nom_court_en_capitales(valeur)
                                    and _COLLE_A_LA_CIVILITE.search(texte, max(0, mot.start(1) - 8), mot.start(1)))
                and forme not in contexte.mots_autorises
            ):
                break
            if valeur.isupper() and len(valeur) <= 5 and classe == _Classe.INCONNU and not apres_civilite:
                break  # sigle après un lien de parenté : « la mère (CPAS) »
            if not apres_civilite and all(_mention_en_capitales(m.group(1)) for m in chaine[rang:]):
                break  # « la mère URGENT », « le parrain (NOUVEAU) », « le père ACCORD OK » : une mention en capitales, pas
                # un nom (garde73) ; pas « l'oncle (MARTIAL LEBOUCQUEREAU) », où le nom suit le prénom-mot
            if normaliser(declencheur) in _SALUTATIONS and not _nom_apres_salutation(valeur, classe, contexte):
                break  # « Bonjour Équipe, », « Chers Collègues » : une formule, pas un nom
            retenus.append(mot)
        if len(retenus) == particules_en_tete:
            continue  # rien, ou des particules seules
        debut, fin = retenus[0].start(1), retenus[-1].end(1)
        indice = lignes.numero(debut)
        debut_ligne, fin_ligne = lignes.bornes(indice)
        if _dans_annuaire(contexte, texte, (debut_ligne, fin_ligne), debut, fin, cache_annuaire):
            continue
        deja.ajouter(debut, fin)
        fin_precedente = fin
        raison = f"après « {declencheur} »" if len(declencheur) > 2 else "après une civilité"
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], raison)))

    # --- couche 2 : prénoms et noms des listes, puis mots que personne n'écrit ----------------------
    # Préfiltre : aucun mot à majuscule du texte n'est dans les listes ni inconnu → rien pour la couche 2.
    homonymes = listes()["prenoms_homonymes_rares"]
    majuscules = set(_MOT_CAP_SIMPLE.findall(texte))
    if "selon" in lignes.mots or "après" in lignes.mots or "apres" in lignes.mots:
        homonymes = listes()["prenoms_homonymes"]  # « D'après Prince » : un prénom homonyme d'un mot courant (`_SOURCE_AVANT`)
    couche2 = any(_dans_les_listes(mot) or (forme := normaliser(mot)) in homonymes or forme in _portes_hors_du_dictionnaire()
                  or _mot_inconnu(mot, contexte) for mot in majuscules) or _prenom_mot_et_fonction_ou_particule(
        lignes, majuscules) or ("," in texte and any(
            _classer(m.group(1), contexte) == _Classe.INCONNU
            and _place_apposee(texte, lignes.bornes(lignes.numero(m.start(1)))[0], m.start(1), m.end(1))
            for m in _MOT_A_UNE_PLACE_APPOSEE.finditer(texte)))
    lus_sur_les_chaines: list[tuple[int, int, int, str, bool]] = []
    jours = _jours_du_texte(texte, lignes) if couche2 else (frozenset(), frozenset())
    for chaine in _chaines(texte, 0, len(texte)) if couche2 else ():
        chaine = [mot for mot in chaine if not deja.chevauche(mot.start(1), mot.end(1))]
        if not chaine:
            continue
        if _maladie_eponyme(texte, chaine):
            continue  # « syndrome d'Ehlers-Danlos », « thyroïdite de Hashimoto » : une maladie
        if len(chaine) == 1 and _jour_abrege(texte, chaine[0], lignes, jours):
            continue  # « Sam. 09/12 – 15h15 : rendez-vous », « | Lun. | école | » : un jour de la semaine (aveugle-90)
        if len(chaine) == 1 and _SIGLE_DE_TEST_SEUL.fullmatch(_ARTICLE_ELIDE.sub("", chaine[0].group(1))):
            continue  # « l'ADI-R », « WISC-V » : un sigle de test et sa version
        chaine = _sans_le_test_au_bout(texte, lignes, chaine)
        if not chaine:
            continue  # « la figure de Rey », « Le CDI de Kovacs », « Signe de Romberg » : un test
        if (len(chaine) == 2 and _MEDICAMENT_AVANT.fullmatch(texte, chaine[0].start(1), chaine[1].start(1))
                and not _dans_les_listes(chaine[1].group(1))):
            continue  # « Prise du Minirin à 11:00 » : la prise d'un médicament ouvre la phrase (garde39)
        elide = _MOT_OUTIL_ELIDE.match(chaine[0].group(1))
        if len(chaine) > 1 and elide is not None and est_mot_connu(chaine[0].group(1)[elide.end():]):
            chaine = chaine[1:]  # « C'est Ségolène L'Hermitte », « D'après Prince Mavungu » : le nom suit la tournure
        classes = [_classer(mot.group(1), contexte) for mot in chaine]
        if len(chaine) > 1:
            classes = _capitales_courtes(chaine, classes, contexte)
        debut_chaine = chaine[0].start(1)
        indice = lignes.numero(debut_chaine)
        debut_ligne, fin_ligne = lignes.bornes(indice)
        apres_fonction = _prenom_et_nom_apres_une_fonction(texte, debut_ligne, chaine, classes) if len(chaine) > 1 else None
        a_particule = _prenom_et_nom_a_particule(texte, debut_ligne, chaine, classes, contexte) if len(chaine) > 1 else None
        lus = [(*apres_fonction, "après une fonction", True)] if apres_fonction is not None else []
        if a_particule is not None:
            debut_p, fin_p, seul = a_particule
            if lus and debut_p < lus[0][1] and lus[0][0] < fin_p:
                lus[0] = (min(debut_p, lus[0][0]), max(fin_p, lus[0][1]), "après une fonction", True)
            else:  # dans l'ordre du texte, comme `_fondre` les attend
                lus = sorted([*lus, (debut_p, fin_p, "prénom et nom à particule", seul)])
        for debut_l, fin_l, raison, seul in lus:  # fondus après la couche 2 (`_fondre`)
            if not _dans_annuaire(contexte, texte, (debut_ligne, fin_ligne), debut_l, fin_l, cache_annuaire):
                lus_sur_les_chaines.append((debut_l, fin_l, len(resultats), raison, seul))
        if len(chaine) > 1 and _ARTICLE_ELIDE.match(chaine[0].group(1)) and _pas_une_personne_devant(
                texte, debut_chaine, chaine[1].start(1)):
            continue  # « L'hôpital Erasme », « L'approche de Guy Ausloos » en tête de phrase : l'article élidé fait un mot avec la tête
        fete = _fete_en_fin(texte, chaine, classes)
        if fete == 0:
            continue  # « Choul Chnam Thmey », « Pchum Ben » : une fête, toute la suite de mots
        if fete is not None:  # « Pendant Dashain », « Fête de Janmashtami » : la chaîne s'arrête avant la fête
            chaine, classes = chaine[:fete], classes[:fete]
        ville = _ville_du_monde(texte, lignes, chaine, classes, debut_ligne)
        if ville == 0:
            continue  # « originaire de Kandahar », « passé par Constanța » : une ville du monde
        if ville is not None:  # « Rentré de Bouaké » : la chaîne s'arrête avant la ville
            chaine, classes = chaine[:ville], classes[:ville]
        if not any(c in _CLASSES_DE_NOMS for c in classes):
            # le cas de loin le plus fréquent : aucun mot des listes ; reste un mot que personne n'écrit
            # en tête, un mot courant, ou un mot du dictionnaire qui dit ce qui appartient à une personne (« Appel »,
            # « Relance » : aveugle-61 ; pas « Questionnaire de Woldemichael », signalé entier, l'attaque-60)
            # « Le GSM de Mbayamvula » : un sigle de ce qu'une personne a, même après l'article d'une tête de phrase
            sigle = next((i for i in (0, 1) if i < len(chaine) - 1 and chaine[i].group(1).lower() in _SIGLES_D_UNE_PERSONNE
                          and (i == 0 or normaliser(chaine[0].group(1)) in _ARTICLES)), None)
            de_qui = (len(chaine) > 1 and (
                sigle is not None
                or classes[0] == _Classe.AUTRE and normaliser(chaine[0].group(1)) in listes()["courants"]
                or classes[0] == _Classe.INCONNU and est_mot_du_dictionnaire(chaine[0].group(1).casefold())
                and _PERSONNE_DE.search(texte, max(debut_ligne, chaine[1].start(1) - 32), chaine[1].start(1)))
                and _de_qui(texte, chaine, classes, sigle or 0, contexte))
            if de_qui:
                # « Suivi de Woldemichael repris », « Note de … » : de qui
                chaine, classes = chaine[(sigle or 0) + 1:], classes[(sigle or 0) + 1:]
            if _nom_de_lieu_a_article(texte, debut_ligne, chaine):
                continue  # « l'école secondaire spécialisée Les Aubépines » (aveugle-65)
            inconnu = _nom_inconnu(texte, chaine, classes, debut_ligne, contexte)
            if (inconnu is None and (de_qui and len(chaine) == 1 or _ambigu_qui_nomme(texte, chaine, classes, contexte))
                    and not _pas_une_personne_devant(texte, debut_ligne, chaine[0].start(1))):
                # « Note de Woldemichael » (`_nom_inconnu` lit « de » devant un mot seul comme un lieu) ; « Espoir K en
                # retard » (un prénom porté hors des listes, puis l'initiale sans point)
                inconnu = chaine[0].start(1), chaine[-1].end(1)
            if inconnu is not None and not _dans_annuaire(contexte, texte, (debut_ligne, fin_ligne), *inconnu, cache_annuaire):
                deja.ajouter(*inconnu)
                resultats.append(Trouvaille(*inconnu, REGLE, message_nom(texte[inconnu[0]:inconnu[1]], "mot inconnu écrit comme un nom")))
            continue
        if (_pas_une_personne_devant(texte, debut_ligne, debut_chaine) or _FORMULE_APRES.match(texte, chaine[-1].end(1))
                or _nom_de_lieu_a_article(texte, debut_ligne, chaine)
                or len(chaine) == 1 and _nom_d_animal_appose(texte, chaine[0].group(1), chaine[0].end(1))
                or len(chaine) > 1 and normaliser(chaine[0].group(1)) in _VOIES_EN_TETE):
            continue  # « l'école Sainte-Marie », « la maison Martin » : nom d'un lieu ou d'un service ; « Cookie, le chien
            # de la famille, » : un animal ; « Place Lumumba : rdv », « Avenue Mandela » : une voie (garde44)
        tete = 1 if len(chaine) > 2 and normaliser(chaine[0].group(1)) in _ARTICLES else 0
        if (classes[tete] == _Classe.AUTRE and len(chaine) > tete + 1
                and normaliser(chaine[tete].group(1)) in listes()["courants"]
                and normaliser(chaine[tete].group(1)) not in listes()["ambigus"]
                and not any(m.group(1).isupper() and len(m.group(1)) >= 3 and c != _Classe.AUTRE
                            for m, c in zip(chaine[tete + 1:], classes[tete + 1:]))):  # « Dossier NGALULA Ruth »
            if not _de_qui(texte, chaine, classes, tete, contexte):
                continue  # « Institut Pierre Marie », « Centre Jean Bosco », « La Fondation Roi Baudouin »
            chaine, classes = chaine[tete + 1:], classes[tete + 1:]  # « Demande de Julie Dubois » : de qui
            debut_chaine = chaine[0].start(1)
        fonction_apres = (_FONCTION_APRES.match(texte, chaine[-1].end(1)) is not None  # « Prudence, éducatrice »
                          or _et_un_proche(texte, chaine[-1].end(1))
                          or _apposition_qui_dit_qui(texte, debut_ligne, debut_chaine, chaine[-1].end(1)))
        ambigu_nomme = _ambigu_qui_nomme(texte, chaine, classes, contexte) or (  # « Ba Ndiolène, 14 ans » (la relecture)
            any(normaliser(m.group(1)) in _NOMS_COURTS for m in chaine)
            and any(c == _Classe.INCONNU and _mot_inconnu(m.group(1), contexte) for m, c in zip(chaine, classes)))
        if (_debut_de_phrase(texte, debut_ligne, debut_chaine) and classes[0] in (_Classe.AMBIGU, _Classe.INCONNU)
                and not fonction_apres and not ambigu_nomme):
            if len(chaine) == 1 or not any(c in _CLASSES_DE_NOMS for c in classes[1:]):
                continue
        # Les mots retenus : le bloc qui va du premier au dernier mot susceptible d'être un nom.
        susceptibles = [i for i, c in enumerate(classes) if c in _CLASSES_DE_NOMS]
        if not susceptibles:
            continue
        if (len(chaine) == 1 and classes[0] != _Classe.PRENOM
                and (normaliser(chaine[0].group(1)) in listes()["localites"]
                     or classes[0] == _Classe.NOM and est_mot_connu(chaine[0].group(1))
                     and not _destinataire(texte, debut_ligne, debut_chaine))
                and _A_LOCALITE.search(texte, max(0, debut_chaine - 40), debut_chaine)):
            continue  # une localité belge ou une ville connue (Manille, Gaziantep) qui est aussi un nom, après « à » : un lieu
        if (len(chaine) == 1 and est_mot_connu(chaine[0].group(1))
                and _LIEU_DE_DEVANT.search(texte, max(debut_ligne, debut_chaine - 24), debut_chaine)):
            continue  # « un village près de Herat », « la région de Lourdes » : un lieu
        if (len(chaine) == 1 and classes[0] == _Classe.PRENOM
                and normaliser(chaine[0].group(1)) not in listes()["prenoms_minuscules_ascii"]
                and est_mot_connu(chaine[0].group(1))
                and _A_LOCALITE.search(texte, max(0, debut_chaine - 40), debut_chaine)
                and _SEJOUR_AVANT.search(texte, max(debut_ligne, debut_chaine - 60), debut_chaine)
                and not _MESSAGE_DEVANT_A.search(texte, max(debut_ligne, debut_chaine - 24), debut_chaine)
                and not _envers_quelqu_un(texte, debut_ligne, debut_chaine, chaine[0].end(1))):
            # « vacances prévues à Izmir », « né à Medina » : un prénom d'ailleurs qui est aussi un mot connu ; pas
            # « Rentrée : demander à Kenji » (la rentrée scolaire, puis un message à quelqu'un, aveugle-56), ni « le SPJ
            # reste attentif à Rui » (le séjour avant ce qu'on ressent envers quelqu'un, aveugle-80)
            continue
        if (len(chaine) == 1 and normaliser(chaine[0].group(1)) in _LANGUES_NL
                and _SPREEKT_DEVANT.search(texte, max(debut_ligne, debut_chaine - 10), debut_chaine)):
            continue  # « spreekt Frans thuis » : une langue, pas le prénom Frans
        if _CONTRACTE_DEVANT.search(texte, max(debut_ligne, debut_chaine - 6), debut_chaine):
            if not (len(chaine) > 1 and classes[0] not in _CLASSES_DE_NOMS and _de_qui(texte, chaine, classes, 0, contexte)):
                continue  # « du Beau Vallon », « au Petit Sablon » : jamais devant un nom de personne
            # « au CEFA de DIOP L. » : l'article va au sigle, le nom qui suit « de » dit de qui ; le sigle n'en est pas
            chaine, classes = chaine[1:], classes[1:]
            debut_chaine = chaine[0].start(1)
            susceptibles = [i - 1 for i in susceptibles]
        seulement_ambigus = all(classes[i] == _Classe.AMBIGU for i in susceptibles)
        if seulement_ambigus and (
            _ARTICLE_DEVANT.search(texte, max(debut_ligne, debut_chaine - 8), debut_chaine)
            or normaliser(chaine[0].group(1)) in _DETERMINANTS  # « Sa Mercedes », « Une Rose » en tête de phrase
            or len(chaine) >= 3 and not ambigu_nomme
            or len(chaine) == 1 and normaliser(chaine[0].group(1)) in _NOMS_COURTS
        ):
            continue  # « du Beau Vallon », « Le Relais Social Urbain » : nom d'un lieu ou d'un service ; « en Ba 2 » :
            # une année d'études (`_NOMS_COURTS`, seul)
        if (all(classes[i] == _Classe.AMBIGU for i in susceptibles) and len(susceptibles) == 1 and not fonction_apres
                and not ambigu_nomme):
            if _debut_de_phrase(texte, debut_ligne, chaine[susceptibles[0]].start(1)):
                continue
        premier, dernier = susceptibles[0], susceptibles[-1]
        # Un mot inconnu collé à un prénom fait partie du nom (« Kevin Xhaflaire »).
        # (un mot connu de wordfreq en tête, « Selon Maurice Berger », n'en fait pas partie)
        while premier > 0 and classes[premier - 1] == _Classe.INCONNU and not est_mot_connu(chaine[premier - 1].group(1)):
            premier -= 1
        while dernier + 1 < len(chaine) and classes[dernier + 1] == _Classe.INCONNU:
            dernier += 1
        if (premier == dernier > 0 and normaliser(chaine[premier - 1].group(1)) in listes()["prenoms_homonymes"]
                and not texte[chaine[premier - 1].end(1):chaine[premier].start(1)].strip()
                and normaliser(chaine[premier].group(1)) not in _PERSONNAGES):
            # « Rose Ndiaye », « Grace M'Bemba » : devant un nom seul, le prénom homonyme d'un mot en fait partie (pas
            # « Comme Harry Potter » : le nom a déjà son prénom ; pas « Princesse Fiona », un titre devant un personnage,
            # l'attaque-55)
            premier -= 1
        if premier > 0 and _eponyme_avant(texte, debut_ligne, chaine[premier].start(1)):
            continue  # « Échelle de Beck », « Méthode Feldenkrais » : la tête de la suite nomme une méthode d'après son auteur
        debut, fin = chaine[premier].start(1), chaine[dernier].end(1)
        if _dans_annuaire(contexte, texte, (debut_ligne, fin_ligne), debut, fin, cache_annuaire):
            continue
        initiale = _INITIALE_DERRIERE.match(texte, fin)
        if initiale is not None and _INITIALE_PUIS_NOM.match(texte, initiale.start("lettre")) is None:
            fin = initiale.end()  # « Xu T. », « Peeters J. » : le nom et l'initiale du prénom
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "prénom ou nom de famille courant")))
    _fondre(texte, lus_sur_les_chaines, deja, resultats)

    # --- un nom à côté d'une initiale : « G. Defraigne », « Moxhet G. » ------------------------------
    _noms_et_initiales(texte, contexte, deja, resultats)
    _particules_en_tete(texte, lignes, contexte, deja, resultats)
    _sujets_et_sources(texte, lignes, contexte, deja, resultats)
    if "(" in texte:
        _noms_entre_parentheses_apres_un_role(texte, lignes, contexte, deja, resultats)

    # --- prénom homonyme d'un mot, sujet d'un verbe de personne : « Gloire est venue seule » ----------
    for m in _SUJET_HUMAIN.finditer(texte):
        if m.group("appose") and not _apposition_fermee(texte, m.end()):
            continue  # « Au bled, un cousin l'a hébergé » : le lien ouvre une autre proposition (revue70)
        debut, fin = m.span(1)
        apres = _LIEN_APRES_LE_SUJET.match(texte, fin)
        lien = m.group("appose") is not None or apres is not None
        forme = normaliser(m.group(1))
        if lien and (_ADVERBE_EN_TETE.fullmatch(m.group(1)) or forme in _AVANT_LE_SUJET or forme in _CONNECTEURS_EN_TETE):
            continue  # « Actuellement, c'est la tante qui l'héberge », « Bref, c'est la mère qui gère » (revue71)
        debut_ligne = lignes.debuts[lignes.numero(debut)]
        devant = None if lien else _MOT_CAP_DEVANT.search(texte, max(debut_ligne, debut - 40), debut)
        if (devant is not None and not deja.chevauche(devant.start(1), fin)
                and _debut_de_phrase(texte, debut_ligne, devant.start(1))
                and _paire_sujet(devant.group(1), m.group(1), contexte)):
            deja.ajouter(devant.start(1), fin)
            resultats.append(Trouvaille(devant.start(1), fin, REGLE,
                                        message_nom(texte[devant.start(1):fin], "prénom et nom sujets d'un verbe de personne")))
            continue
        if (apres is not None and apres.group("clivee") and _CLIVEE.match(texte, apres.end())
                and _POSSESSIF_EN_TETE.match(texte, apres.end("clivee"))):
            continue  # « Fexhe, c'est sa tante qui l'héberge », « Uber, c'est son oncle qui le conduit » (l'attaque-130) ;
            # pas « Tyron, c'est le cousin qui l'héberge »
        humain = _sujet_humain(m.group(1), contexte)
        if (not deja.chevauche(debut, fin)
                and (humain or lien and not (apres and "deven" in apres.group()) and _inconnu_a_une_place_de_personne(m.group(1), contexte))
                and not (_DANS_UN_NOM_PROPRE.search(texte, max(debut_ligne, debut - 40), debut)
                         and not (lien and _CHEZ_DEVANT.search(texte, max(debut_ligne, debut - 8), debut))
                         and not (lien and _DE_DEVANT.search(texte, max(debut_ligne, debut - 4), debut) and (
                             forme in listes()["prenoms_homonymes"] or _classer(m.group(1), contexte) == _Classe.AMBIGU)))
                and not _maladie_devant(texte, debut, m.group(1))
                and not _pas_une_personne_devant(texte, debut_ligne, debut)):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group(1), "prénom sujet d'un verbe de personne")))

    # --- le sujet d'un verbe de personne d'une autre langue : « Guled hat heute angerufen » ----------------------
    _sujets_d_une_phrase_etrangere(texte, lignes, contexte, deja, resultats)
    if "'s" in texte or "’s" in texte or not lignes.mots.isdisjoint(MOTS_OUTILS_D_AUTRES_LANGUES):
        _noms_d_une_ligne_etrangere(texte, lignes, contexte, deja, resultats)

    # --- une famille sujet d'un verbe de famille : « Les Meas ont déménagé » ----------------------------------
    for m in _FAMILLE_SUJET.finditer(texte):
        if not deja.chevauche(*m.span(1)) and (_classer(m.group(1), contexte) == _Classe.INCONNU
                                               or normaliser(m.group(1)) in _NOMS_COURTS):  # « Les Sy ont divorcé »
            deja.ajouter(*m.span(1))
            resultats.append(Trouvaille(*m.span(1), REGLE, message_nom(m.group(1), "famille sujet d'un verbe de famille")))

    # --- prénom homonyme d'un mot, en tête de phrase, quand la phrase écrit aussi le mot : « Roman lit un roman » --
    _homonymes_repetes(texte, lignes, majuscules, deja, resultats)

    # --- couches 1 et 2 en minuscules : « Mme ionescu », « sa tante chantal », « théophile est venu » --
    _noms_minuscules(texte, lignes, contexte, deja, resultats)
    _minuscules_en_position_de_personne(texte, lignes, contexte, deja, resultats)
    _noms_en_minuscules_apres_une_tournure(texte, lignes, contexte, deja, resultats)
    _signatures(texte, lignes, contexte, deja, resultats)
    _locuteurs_et_cases(texte, lignes, contexte, deja, resultats)
    _places_d_un_nom(texte, lignes, contexte, deja, resultats)
    _cles_de_personnes(texte, lignes, contexte, deja, resultats)
    _valeurs_de_personnes(texte, lignes, contexte, deja, resultats)
    _listes_de_presences(texte, lignes, contexte, deja, resultats)
    _a_cote_d_un_proche(texte, lignes, contexte, deja, resultats)
    _noms_de_deux_lettres(texte, lignes, majuscules, deja, resultats)
    _noms_vietnamiens_seuls(texte, lignes, contexte, deja, resultats)
    _personnes_d_un_message(texte, lignes, contexte, deja, resultats)
    for t in valeurs_de_noms(texte, lignes, contexte):
        if not deja.chevauche(t.debut, t.fin):
            deja.ajouter(t.debut, t.fin)
            resultats.append(t)
    # après les autres : un nom qu'elles lisent en entier (« La tante : aïcha el idrissi ») n'est pas raccourci par
    # celle-ci (l'inverse reste possible : un nom qu'une couche a raccourci n'est pas allongé ici)
    _noms_en_minuscules_attaches_a_un_role(texte, lignes, contexte, deja, resultats)
    _noms_en_minuscules_devant_un_role(texte, lignes, contexte, deja, resultats)
    if "(" in texte or "," in texte:
        _noms_a_majuscule_devant_leur_fonction(texte, lignes, contexte, deja, resultats)
    _noms_seuls_en_tete(texte, lignes, contexte, deja, resultats)
    _noms_apres_une_rubrique_de_personne(texte, lignes, contexte, deja, resultats)

    # --- identifiants d'acteurs formés d'un nom : « qui: [julie-dumont] », « id: kevin_lambert » ----
    _identifiants_noms(texte, lignes, contexte, deja, resultats)

    # --- écritures non latines : un mot en arabe, cyrillique, grec, hébreu, éthiopien, chinois… -----
    for m in _NON_LATIN.finditer(texte) if _ecriture_non_latine_possible(texte) else ():
        if not deja.chevauche(m.start(), m.end()):
            deja.ajouter(m.start(), m.end())
            resultats.append(Trouvaille(m.start(), m.end(), REGLE, message_nom(m.group(0), "écriture non latine : un nom ?")))

    # --- personnes publiques citées en entier (« Boris Cyrulnik », « Harry Potter ») : pas du dossier -----
    if resultats:
        trouves = len(resultats)
        resultats[:] = _sans_les_mots_etrangers(texte, lignes, _sans_personnalites(texte, lignes, resultats))
        if len(resultats) < trouves:  # « peluche de Simba » écarté : si Simba est un nom protégé, la couche 3 le relit
            deja = Intervalles()
            for t in resultats:
                deja.ajouter(t.debut, t.fin)

    # --- couche 3 : noms protégés -------------------------------------------------------------
    proteges = contexte.noms_proteges
    if proteges and any(proteges.contient(mot) for mot in set(_MOT_PROTEGEABLE.findall(texte))):
        for m in _MOT_PROTEGEABLE.finditer(texte):
            if deja.contient(m.start()):
                continue
            mot = m.group(0)
            if _SAINT_AVANT.search(texte, max(0, m.start() - 7), m.start()):
                continue  # « Saint-Nicolas », « Sainte-Marie » : une fête, un lieu, une école
            if proteges.contient(mot):
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, message_nom(mot, "nom protégé de ce dossier")))
    return resultats


@lru_cache(maxsize=8)
def _motif_de_liste(fichier: str, composes_seulement: bool = False) -> re.Pattern[str]:
    """Les noms d'une liste de `donnees/` (personnes publiques, personnages), en minuscules sans accents (le texte
    est lu par `normaliser_meme_longueur`, positions inchangées), les plus longs d'abord ; `composes_seulement` :
    ceux de deux mots au moins (« Peppa Pig », « Lucky Luke », « Pat'Patrouille »), qu'aucune personne du dossier ne
    porte."""
    formes = sorted({normaliser(p) for p in lire_liste(fichier) if not composes_seulement or re.search(r"\w[ '’-]\w", p)},
                    key=lambda f: (-len(f), f))  # le même texte d'un processus à l'autre : gardé par `filrouge.motifs`
    motifs = (r"[ \t]+".join(map(re.escape, f.split())).replace("'", "'[ \t]?") for f in formes)  # « Pat' Patrouille »
    # une apostrophe qui ferme une valeur YAML (« 'peluche de Simba' ») n'est pas une élision : le nom finit là
    return re.compile(r"(?<!\w)(?:" + "|".join(motifs) + r")(?![\w-]|['’][^\W\d_])")



_ECRAN = re.compile(
    r"(?<!\w)(?:films?|dessins?[ \t]+animes?|series?|episodes?|jeux?[ \t]+video|jeux?[ \t]+de|joue[rs]?[ \t]+a|consoles?|"
    r"switch|playstation|nintendo|disney|pixar|personnages?|heros|heroines?|deguise\w*|costumes?|fan[ \t]+de|fans[ \t]+de|"
    r"peluches?|mangas?|bd|bande[ \t]+dessinee|albums?|livres?|contes?|coloriages?|figurines?|posters?|autocollants?|"
    r"stickers?|cartes?[ \t]+(?:pokemon|panini)|ne[ \t]+parle[ \t]+que[ \t]+de?|chansons?|dessine\w*|doudous?|"
    r"lectures?|cinema(?=[ \t]*[:(]))(?!\w)"
)
"""Ce qui annonce un personnage dans la ligne (lue en minuscules sans accents) : un écran, un jeu, un déguisement, un
album ou un objet à son effigie, une passion (« fan de », « ne parle que de »)."""
_PROCHE_DE_QUELQU_UN = re.compile(r"[ \t]*,[ \t]*(?:sa|son|ses|leur|notre|mon|ma|un|une)[ \t]")
"""« ne parle que d'Elsa, sa nouvelle amie », « Il adore les mangas. Simba, un garçon de sa classe, lui en prête » : une
apposition qui dit un lien avec quelqu'un ou une personne nomme une personne (la relecture revue70)."""
_REGARDE = re.compile(r"(?<!\w)(?:regard|ecout)\w*")
_A_L_ECRAN = re.compile(r"(?<!\w)(?:en[ \t]+boucle|a[ \t]+la[ \t]+tele|sur[ \t]+(?:sa|la|une)[ \t]+tablette|au[ \t]+cinema)(?!\w)")
"""« regarde Shrek en boucle », « écoute Angèle en boucle » : regarder ou écouter n'annonce un personnage qu'avec un écran
dans la ligne."""
_GOUT_AVANT = re.compile(r"(?<!\w)(?:voir|revoir|regarder|adore\w*|aime\w*|prefere\w*|inspire\w*[ \t]+d[e']|imite\w*)[ \t]*$")
"""« a demandé à voir Mario au cinéma », « adore Elsa » : avant l'écran, un personnage objet d'un goût."""
_VERS_L_OEUVRE = re.compile(
    r"[ \t]*(?:[,(][ \t]*(?:(?:de|du|des|dans)[ \t]+)?|(?:de|du|des|dans)[ \t]+)(?:(?:la|le|les)[ \t]+|l')?")
"""« Elsa, de La Reine des neiges », « Elsa (Reine des neiges) » : le personnage juste avant son œuvre (pas « Mario joue
à la console » : un sujet)."""


_MODELE_AVANT = re.compile(
    r"(?<!\w)(?:(?:se[ \t]+compare|s'identifie)(?:[ \t]+(?:souvent|beaucoup|toujours|parfois))?[ \t]+a|"
    r"se[ \t]+prend[ \t]+pour|se[ \t]+deguise[ \t]+en|ne[ \t]+regarde[ \t]+que|"
    r"(?:suis|es|est|etre|etait)[ \t]+comme|(?:veut|voudrait|reve[ \t]+d')[ \t]*etre|imite\w*|"
    r"regard(?:e|es|ent|er|ait|aient)|revoir|relire|lire|lit|lisait|adore\w*)[ \t]*$"
)
_INFINITIF_APRES = re.compile(r"[ \t]+[^\W\d_]+(?:er|ir|re|oir)(?!\w)")
"""« regarde Mario jouer dans la cour » : suivi d'un infinitif, le nom est celui de quelqu'un qu'on regarde faire."""
"""« se compare à Olaf », « je suis comme Hermione », « jveux regarder Coco », « adore Hermione » : un personnage
pris pour modèle ou regardé, lu, même sans écran dans la ligne (pas « comme Mario l'a dit » : le verbe d'identité
ou de lecture est juste avant)."""
_OBJET_DEVANT = re.compile(
    r"(?<!\w)(?:doudous?|peluches?|figurines?|costumes?|deguisements?|posters?|t-shirts?|pyjamas?|cartables?)[ \t]+$")
"""« Doudou Stitch » : l'objet à l'effigie du personnage, écrit avec une capitale, fait partie de ce qui n'est pas
une personne."""


_PERSONNAGES = frozenset(normaliser(p) for p in lire_liste("personnages.txt"))


def _personnages(ligne: str) -> Iterator[re.Match[str]]:
    """Les personnages de fiction cités après un mot d'écran ou de jeu de la ligne (minuscules sans accents), ou avant
    lui comme objet d'un goût (« voir Mario au cinéma ») ou comme personnage de l'œuvre (« Elsa, de La Reine des
    neiges »), et ceux que personne ne porte n'importe où (« regarde Peppa Pig », « s'inspire de Mulan »)."""
    ecran = _ECRAN.search(ligne.replace("_", " "))  # « personnage_prefere: Simba », « film_prefere: 'Mulan' »
    a_l_ecran = _A_L_ECRAN.search(ligne)
    if ecran is None and a_l_ecran:
        ecran = _REGARDE.search(ligne)
    connus = list(_motif_de_liste("personnages.txt", True).finditer(ligne))
    composes = sorted((*connus, *_motif_de_liste("personnages_sans_homonyme.txt").finditer(ligne)),
                      key=lambda m: m.start())
    if ecran is None and connus:  # « Lucky Luke et les Dalton » : un personnage cité annonce les autres
        ecran = connus[0]  # (pas un nom de `personnages_sans_homonyme.txt` : « Après l'Ommegang, Jasmine… »)
    annonce = ecran or a_l_ecran
    modeles = (m for m in _motif_de_liste("personnages.txt").finditer(ligne)
               if _MODELE_AVANT.search(ligne, max(0, m.start() - 28), m.start())
               and not _PROCHE_DE_QUELQU_UN.match(ligne, m.end()) and not _INFINITIF_APRES.match(ligne, m.end()))
    if annonce is None:
        return chain(composes, modeles)
    return chain(composes, (m for m in _motif_de_liste("personnages.txt").finditer(ligne)
                            if not _PROCHE_DE_QUELQU_UN.match(ligne, m.end())
                            and ((ecran is not None and m.start() >= ecran.start())
                                 or _GOUT_AVANT.search(ligne, max(0, m.start() - 24), m.start())
                                 or _VERS_L_OEUVRE.fullmatch(ligne, m.end(), annonce.start()))))


_COMMERCE_AVANT = re.compile(
    r"(?<!\w)(?:chez|magasins?|supermarches?|boutiques?|enseignes?|courses|achats?|achete\w*|acheter|bons?|"
    r"abonnements?|chocolats?|pralines?|biscuits?|bieres?|canettes?|bouteilles?|sacs?|tickets?|caisses?|rayons?|"
    r"soldes|vole\w*|fidelite|livraisons?|commande\w*|produits?|marques?|promotions?|jobs?[ \t]+etudiants?|"
    r"(?:rendez-vous|rdv)[ \t]+devant)"
    r"(?!\w)[^.;!?\n]{0,30}$"
)
"""Un commerce ou un produit juste avant (« chez », « bons d'achat », « chocolats ») : une enseigne tirée d'un
patronyme (`enseignes.txt`) y est le magasin ou la marque."""
_CONDUITE_AVANT = re.compile(r"(?<!\w)(?:condui\w*|roul\w*|voitures?|vehicules?|garages?|une|sa)(?!\w)[^.;!?\n]{0,20}$")
"""« conduit une vieille Mercedes », « sa Clio » : une marque ou un modèle de voiture (`vehicules.txt`), pas une
personne."""
_LIEU_COMPOSE = re.compile(r"(?<![\w'’-])[a-z]+(?:-[a-z]+)*-(?:saint|sainte|sint|st|ste|sur|sous|lez|les|aux|au|en)-[a-z]+"
                           r"(?:-[a-z]+)*(?![\w'’-])")
"""« Mont-Saint-Guibert », « Marchienne-au-Pont », « Sart-lez-Spa » : une commune composée autour de « Saint », « sur »,
« lez »… (un prénom composé ne l'est pas : « Jean-de-Dieu » garde son « de »)."""
_DE_PERSONNE = frozenset({"famille", "familles", "les", "epoux", "veuve", "nee", "ne"})
_DE_PERSONNE_ANNONCEE = frozenset({"famille", "nee", "ne"})
"""`_DE_PERSONNE` sans « les » (« Lucky Luke et les Dalton » : des personnages) pour `_personne_annoncee`."""
_MOT_OU_RUBRIQUE_DEVANT = re.compile(r"([^\W\d_]+)\.?[ \t]*[,:(–-]?[ \t]*['\"]?$")


def _designe_une_personne(mot: str, de_personne: frozenset[str]) -> bool:
    """Le mot (minuscules sans accents) est-il une civilité, un lien, une appellation ou un mot de `de_personne` ?"""
    return mot in _CIVILITES or mot in _LIENS or mot in de_personne


def _personne_devant(ligne: str, debut: int) -> bool:
    """Une civilité, un lien de parenté, une appellation ou « famille » juste avant (« Mme Colruyt », « la famille
    Delhaize », « a appelé Panos ») : la garde préfère signaler « a appelé Télé-Accueil » que taire un prénom."""
    m = _MOT_DEVANT.search(ligne, max(0, debut - 24), debut)
    return m is not None and _designe_une_personne(m.group(1), _DE_PERSONNE)


def _personne_annoncee(ligne: str, debut: int) -> bool:
    """Une civilité, un lien, une appellation ou « famille » juste avant, même derrière une virgule, deux-points ou une
    clé YAML (« le père, Alexandre Dumas », « pere: 'Paul Delvaux' ») : un nom de personne publique ou de personnage
    y est celui d'un proche (« les Dalton », lui, reste un personnage)."""
    m = _MOT_OU_RUBRIQUE_DEVANT.search(ligne, max(0, debut - 24), debut)
    return m is not None and _designe_une_personne(m.group(1), _DE_PERSONNE_ANNONCEE)


def _organisations(ligne: str) -> Iterator[re.Match[str]]:
    """Organismes et enseignes (minuscules sans accents) qui ne sont pas une personne : ceux d'`organisations.txt`
    partout, ceux d'`enseignes.txt` (tirés d'un patronyme) après un commerce ou un produit ; jamais après une civilité,
    un lien de parenté ou « famille »."""
    for m in _motif_de_liste("organisations.txt").finditer(ligne):
        if not _personne_devant(ligne, m.start()):
            yield m
    for m in _motif_de_liste("enseignes.txt").finditer(ligne):
        if _COMMERCE_AVANT.search(ligne, max(0, m.start() - 48), m.start()) and not _personne_devant(ligne, m.start()):
            yield m
    for m in _motif_de_liste("vehicules.txt").finditer(ligne):
        if _CONDUITE_AVANT.search(ligne, max(0, m.start() - 32), m.start()):
            yield m
    yield from _LIEU_COMPOSE.finditer(ligne)


_ANNEE = re.compile(r"(?:19|20)\d\d")


_AGE_APPOSE = re.compile(r"[ \t]*,[ \t]*\d{1,3}[ \t]*ans[ \t]*(?:[,;)]|$)", re.MULTILINE)
_MOT_ET_FONCTION = re.compile(r"[ \t]+[^\W\d_]+(?=[ \t]*,)")


def _personne_decrite_apres(texte: str, fin: int) -> bool:
    """Un nom de personne publique suivi de son âge entre virgules (« Victor Horta, 82 ans, ») ou d'un lien de parenté
    ou de voisinage apposé (« Paul-Henri Spaak junior, l'oncle », « …, le voisin ») : un homonyme du dossier, pas la
    figure (l'attaque-49). Pas ce qu'une biographie dit (« Mozart, 35 ans à sa mort », « Beethoven, professeur de
    piano », « Picasso et sa compagne », l'attaque-50)."""
    suite = _MOT_ET_FONCTION.match(texte, fin)  # « junior », « fils » entre le nom et la virgule
    apres = suite.end() if suite is not None else fin
    proche = _APPOSITION.match(texte, apres)
    return bool(_AGE_APPOSE.match(texte, apres) or proche is not None and (
        normaliser(proche.group("mot")) in _LIENS_DE_FAMILLE or normaliser(proche.group("mot")) in ("voisin", "voisine")))


def _sans_personnalites(texte: str, lignes: Lignes, resultats: list[Trouvaille]) -> list[Trouvaille]:
    """Les trouvailles moins celles qu'une personne publique citée en entier, un personnage cité après un mot
    d'écran ou de jeu, un organisme, une enseigne ou une date au mois en lettres d'une autre langue couvre. Seules
    les lignes des trouvailles sont relues."""
    couverts = Intervalles()
    for indice in sorted({lignes.numero(t.debut) for t in resultats}):
        debut, fin = lignes.bornes(indice)
        ligne = normaliser_meme_longueur(texte[debut:fin])
        # « | Père | Paul Delvaux | » : dans une ligne de tableau qui dit un lien, le nom est celui d'un proche
        ligne_de_proche = ligne.lstrip().startswith("|") and any(est_un_proche(c) for c in ligne.split("|"))
        for m in _motif_de_liste("personnalites.txt").finditer(ligne):
            if (not ligne_de_proche and not _personne_annoncee(ligne, m.start())  # « le père, Alexandre Dumas »
                    and not _personne_decrite_apres(texte, debut + m.end())):
                couverts.ajouter(debut + m.start(), debut + m.end())
        for m in _organisations(ligne):
            couverts.ajouter(debut + m.start(), debut + m.end())
        for m in _personnages(ligne):
            if ligne_de_proche or _personne_annoncee(ligne, m.start()):  # « son oncle Gilles de Binche », « M. Bumba »
                continue
            objet = _OBJET_DEVANT.search(ligne, max(0, m.start() - 16), m.start())
            couverts.ajouter(debut + (m.start() if objet is None else objet.start()), debut + m.end())
        if _ANNEE.search(ligne):  # « le July 20, 2019 », « le 11 Mayıs 2025 » : un mois, pas un prénom
            for a, b in dates_a_mois_en_lettres(texte, debut, fin):
                couverts.ajouter(a, b)
    return [t for t in resultats if not couverts.couvre(t.debut, t.fin)  # chacune en temps logarithmique
            and not (texte[t.debut:t.fin] in _SIGLES_HOMONYMES
                     and _ARTICLE_DEVANT.search(texte, max(0, t.debut - 8), t.debut))]


_VERBES_DE_PERSONNE_ETRANGERS = frozenset().union(*VERBES_DE_PERSONNE.values())
_AMORCES_DES_VERBES_ETRANGERS = frozenset(verbe.split("'")[0] for verbe in _VERBES_DE_PERSONNE_ETRANGERS)
"""Les verbes tels que `Lignes.mots` les découpe (« didn't » : « didn »), pour le préfiltre."""
_MOT_D_UN_SUJET_ETRANGER = (r"([" + _MAJ + r"](?<![\w’-].)(?<!\w'.)(?:['’][" + _MAJ + r"])?[" + _MIN + r"]+"
                            r"(?:-[" + _MAJ + r"][" + _MIN + r"]+)?)")
"""Un mot à majuscule, seul ou composé ; après une apostrophe qui ouvre une citation (« note: 'Guled hat angerufen' »),
pas après une élision (« l'Ahmed »)."""
_VERBES_ETRANGERS_EN_ORDRE = (r"(" + "|".join(sorted((re.escape(v) for v in _VERBES_DE_PERSONNE_ETRANGERS),
                                                      key=lambda v: (-len(v), v))) + r")(?![\w'’-])")
"""Les verbes de personne d'une autre langue (`etrangeres.VERBES_DE_PERSONNE`), les plus longs d'abord, dans un ordre fixe
(celui d'un ensemble change d'un processus à l'autre : l'expression ne serait jamais retrouvée dans le cache des
expressions, `motifs.py`)."""
_SUJET_ETRANGER = re.compile(_MOT_D_UN_SUJET_ETRANGER + r"[ \t]+" + _VERBES_ETRANGERS_EN_ORDRE)
"""Un mot à majuscule puis un verbe de personne d'une autre langue."""


def _langue_de_la_ligne(texte: str, lignes: Lignes, position: int, langues: dict[int, str | None]) -> str | None:
    """La langue (`langue_du_passage`) de la ligne entière qui contient `position`, lue une seule fois par ligne
    (`langues` la garde pour les mots suivants de la même ligne)."""
    indice = lignes.numero(position)
    if indice not in langues:
        debut_ligne, fin_ligne = lignes.bornes(indice)
        langues[indice] = langue_du_passage(frozenset(_LETTRES.findall(texte[debut_ligne:fin_ligne].lower())))
    return langues[indice]


_CITATION_D_UNE_LIGNE = re.compile(r"[\"“«]([^\"“”«»\n]+)[\"”»]|(?<![\w'’])'([^'\n]+)'(?![\w'’])")
"""Une citation entre guillemets droits, typographiques ou apostrophes, sur une ligne."""


def _langue_de_la_citation(texte: str, lignes: Lignes, position: int,
                           citations: dict[int, list[tuple[int, int, str | None]]]) -> str | None:
    """Dans une ligne française, la langue de la citation qui contient `position` (« Sms de la cousine : "Noor slaapt
    vannacht bij ons" », « La mère lit : "Milan hat mir geholfen" », garde100) ; les citations d'une ligne et leur
    langue lues une seule fois (`citations`)."""
    indice = lignes.numero(position)
    if indice not in citations:
        debut_ligne, fin_ligne = lignes.bornes(indice)
        citations[indice] = [
            (c.start(), c.end(), langue_du_passage(frozenset(_LETTRES.findall((c.group(1) or c.group(2)).lower()))))
            for c in _CITATION_D_UNE_LIGNE.finditer(texte, debut_ligne, fin_ligne)]
    return next((langue for debut, fin, langue in citations[indice] if debut < position < fin), None)


def _lieu_qui_n_est_pas_un_nom(forme: str) -> bool:
    """Le mot normalisé est-il une ville, un lieu ou une localité que les listes ne comptent ni parmi les prénoms ni
    parmi les noms (« Barcelona », « Brussels » ; pas « Young », « Florence »)."""
    l = listes()
    return ((forme in l["villes"] or forme in l["lieux"] or forme in l["localites"])
            and not (forme in l["tres_portes"] or forme in l["prenoms"] or forme in l["noms"]))


def _sujets_d_une_phrase_etrangere(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                   resultats: list[Trouvaille]) -> None:
    """« Guled hat heute angerufen », « Okbazghi called yesterday », « Wendimu llamó ayer » : dans une ligne écrite dans
    une autre langue (`langue_du_passage`), un mot à majuscule qui peut être un nom (`_sujet_humain`, ou un prénom ou un
    nom des listes) juste devant un verbe de personne de cette langue en est le sujet. Ce que la langue dit ne pas être
    un nom (« Schule hat angerufen », « Heute hat… ») est écarté ensuite par `_sans_les_mots_etrangers`. La langue de
    chaque ligne n'est lue qu'une fois, et seulement dans un texte qui a un de ces verbes et un mot outil d'une autre
    langue."""
    if lignes.mots.isdisjoint(_AMORCES_DES_VERBES_ETRANGERS) or lignes.mots.isdisjoint(MOTS_OUTILS_D_AUTRES_LANGUES):
        return
    langues: dict[int, str | None] = {}
    citations: dict[int, list[tuple[int, int, str | None]]] = {}
    for m in _SUJET_ETRANGER.finditer(texte):
        debut, fin = m.span(1)
        if deja.chevauche(debut, fin):
            continue
        langue = _langue_de_la_ligne(texte, lignes, debut, langues) or _langue_de_la_citation(texte, lignes, debut,
                                                                                               citations)
        if langue is None or m.group(2).lower() not in VERBES_DE_PERSONNE[langue]:
            continue
        mot = m.group(1)
        forme = normaliser(mot)
        if mot.lower() in MOTS_OUTILS[langue] or mot.lower() in CALENDRIER[langue] or _lieu_qui_n_est_pas_un_nom(forme):
            continue  # « She doesn't want… », « 22. August ist Rosenmontag », « Barcelona es muy cara » : un pronom, une
            # date, une ville (aveugle-91, l'attaque-126) ; pas une ville qui est aussi un nom porté : les listes ne
            # distinguent pas « Young will attend… » de « London was the first city… » (gardé, faux positif connu)
        if not (_sujet_humain(mot, contexte) or _classer(mot, contexte) in (_Classe.PRENOM, _Classe.NOM)):
            continue
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(mot, "sujet d'un verbe de personne")))


_POSSESSIF = re.compile(_MOT_D_UN_SUJET_ETRANGER + r"['’]s(?=[ \t]+[" + _MIN + r"])")
"""« Tsegaye's mother », « Marta's juf » : un mot à majuscule au possessif anglais ou néerlandais devant ce qui est à lui."""
_GENITIF = re.compile(_MOT_D_UN_SUJET_ETRANGER + r"s(?=[ \t]+[^\W\d_])")
"""« Mihaelas kleiner Schwester », « Kemals broer » : le génitif allemand ou néerlandais d'un prénom, sans apostrophe."""
_EN_TETE_DE_LISTE = re.compile(r"^[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+" + _MOT_D_UN_SUJET_ETRANGER + r"[ \t]*[:–—][ \t]*\S",
                               re.MULTILINE)
"""« - Guled: hat angerufen », « - Bram: hij komt niet », « 2. Okbazghi — called the school » : un élément de liste qui
s'ouvre par qui parle ou agit."""


def _suite_anglaise_ou_neerlandaise(texte: str, fin: int) -> bool:
    """Le mot qui suit un possessif (à `fin`) est-il un mot courant de l'anglais ou du néerlandais qui n'est pas un mot du
    français (« Bilal's teacher », « Noa's juf » ; pas « Domino's le soir », « Asperger's syndrome ») ?"""
    m = _LETTRES.search(texte, fin)
    if m is None:
        return False
    mot = m.group().lower()
    return (mot in mots_courants("en") or mot in mots_courants("nl")) and not est_mot_du_dictionnaire(mot)


def _noms_d_une_ligne_etrangere(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                resultats: list[Trouvaille]) -> None:
    """Dans une ligne écrite dans une autre langue (`langue_du_passage`), trois places qui ne se donnent qu'à une
    personne : le possessif en « 's » (« Tsegaye's mother called », « Marta's juf belt », même en tête de phrase), le
    génitif allemand ou néerlandais d'un prénom des listes (« von Mihaelas kleiner Schwester », « Kemals broer »), la
    tête d'un élément de liste suivie de deux-points (« - Okbazghi: we can host him », « - Bram: hij komt niet »). Le mot
    (sans « 's » ; au génitif, entier) est signalé s'il est un prénom ou un nom des listes, un prénom homonyme d'un mot,
    ou un mot qui n'est ni un mot courant de la langue de la ligne ni composé de tels mots
    (`mot_courant_que_personne_ne_porte`) ; jamais un lien, une civilité, un rôle, un jour, un mois, une fête (« Monday's
    session », « Mum's car », « - Status: pending », « - Jugendamt: »), ni une ville ou un lieu qui n'est pas aussi un
    nom porté (« Brussels' parks »). En tête de liste, un mot que le lexique connaît n'est un nom que s'il est un prénom
    des listes (pas « - Titularis: », « - Headteacher: »). Un possessif se lit même dans une ligne sans langue reconnue,
    devant un mot anglais ou néerlandais qui n'est pas français (« Bilal's teacher » ; pas « chez Domino's le soir »)."""
    langues: dict[int, str | None] = {}
    l = listes()
    possessifs = _POSSESSIF.finditer(texte) if "'s" in texte or "’s" in texte else ()
    for m, place in chain(((m, "possessif") for m in possessifs), ((m, "tete") for m in _EN_TETE_DE_LISTE.finditer(texte)),
                          ((m, "genitif") for m in _GENITIF.finditer(texte))):
        debut, fin = m.span(1)
        mot = m.group(1)
        forme, bas = normaliser(mot), mot.lower()
        if place == "genitif":  # d'abord ce qui ne demande pas la langue de la ligne : « Nous », « Après » s'arrêtent ici
            if forme not in l["prenoms"] or normaliser(bas + "s") in l["courants"]:
                continue
            fin += 1  # le mot entier : « Mihaelas » (et « Ennis », « Ans de Vries » : un prénom des listes suivi de « s »)
        if (deja.chevauche(debut, fin) or forme in _LIENS or forme in _ROLES or forme in _CIVILITES or forme in _PRONOMS
                or bas not in PRENOMS_DU_CALENDRIER and any(bas in CALENDRIER[autre] or bas in NOMS_COMMUNS[autre]
                                                            for autre in CALENDRIER)):
            continue  # « Monday's session », « Mum's car », « Oma's huis »
        langue = _langue_de_la_ligne(texte, lignes, debut, langues)
        if place == "possessif":
            if langue is None and not _suite_anglaise_ou_neerlandaise(texte, m.end()):
                continue  # « chez Domino's le soir », « Asperger's syndrome » dans une ligne française (la relecture revue70)
            if langue == "nl" and bas in mots_courants("nl") and forme not in l["prenoms"]:
                continue  # « Baby's en peuters », « Kano's huren » : un pluriel néerlandais
            langues_du_mot = (langue,) if langue else ("en", "nl")  # « 's » suffit à dire la langue du mot
        elif langue is None or place == "genitif" and (langue not in ("de", "nl") or bas + "s" in mots_courants(langue)):
            continue
        else:
            langues_du_mot = (langue,)
        if any(bas in MOTS_OUTILS[autre] for autre in langues_du_mot):
            continue  # « - She: … »
        porte = _prenom_des_listes(forme) or forme in l["tres_portes"]
        if place == "tete" and not porte and not _mot_inconnu(mot, contexte):
            continue  # « - Titularis: », « - Betreuerin: », « - Headteacher: » : une fonction, un service que le lexique connaît
        if not porte and _lieu_qui_n_est_pas_un_nom(forme):
            continue
        if not porte and (any(bas in mots_courants(autre) or mot_courant_que_personne_ne_porte(mot, autre)
                              for autre in langues_du_mot) or _classer(mot, contexte) == _Classe.AUTRE):
            continue  # « - Status: pending », « Today's meeting », « - Jugendamt: hat angerufen » ; un nom de famille des
            # listes qui est aussi un mot courant non plus, hors d'un possessif ou d'une liste qui le dise prénom
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom dans une ligne d'une autre langue")))


def _sans_les_mots_etrangers(texte: str, lignes: Lignes, resultats: list[Trouvaille]) -> list[Trouvaille]:
    """Les trouvailles moins celles d'un passage écrit dans une autre langue (`etrangeres.langue_du_passage` : « Frist
    für den Antrag beim ÖSHZ », « the young person wants… », « Praktikum beim Schreiner ») qui ne nomment personne
    (`etrangeres.pas_un_nom` : « beim », « Monday », « young person », « el joven », « einen Wolf », aveugle-91), sauf
    après une civilité de toute langue ou en tête d'elle (`civilites.txt`). Le passage d'une trouvaille est la
    parenthèse ou la citation de sa ligne qui la contient (« « Tot volgende keer » (à la prochaine) »), sinon sa ligne
    sans elles (« Cita en el CPAS el viernes 11 de julio (rendez-vous au CPAS) ») ; s'il n'a pas de langue, celle du
    texte entier (une clé YAML « bemerkung: », « - Dienstag, 12. März »). Seules les lignes des trouvailles sont relues,
    et seulement si le texte a un mot outil d'une autre langue."""
    if not resultats or lignes.mots.isdisjoint(MOTS_OUTILS_D_AUTRES_LANGUES):
        return resultats
    langues: dict[tuple[int, int], str | None] = {}
    citations: dict[int, list[tuple[int, int]]] = {}
    gardees = []
    for t in resultats:
        indice = lignes.numero(t.debut)
        debut_de_ligne, fin_de_ligne = lignes.bornes(indice)
        if indice not in citations:
            citations[indice] = _citations_d_une_ligne(texte, debut_de_ligne, fin_de_ligne)
        passage = _passage_d_une_trouvaille(citations[indice], debut_de_ligne, fin_de_ligne, t.debut)
        if passage not in langues:
            mots_du_passage = frozenset(_LETTRES.findall(_texte_du_passage(texte, *passage).lower()))
            langues[passage] = langue_du_passage(mots_du_passage)
            if langues[passage] is None and not MOTS_OUTILS_FRANCAIS & mots_du_passage:
                if (0, -1) not in langues:  # « bemerkung: … », « - Dienstag, 12. März » : la langue du texte entier
                    langues[(0, -1)] = langue_du_passage(lignes.mots)
                langues[passage] = langues[(0, -1)]
        langue = langues[passage]
        mots = _LETTRES.findall(texte[t.debut:t.fin]) if langue is not None else []
        if not mots:
            gardees.append(t)
            continue
        juste_devant = _MOT_DEVANT_UNE_TROUVAILLE.search(texte, max(debut_de_ligne, t.debut - 16), t.debut)
        mot_devant = juste_devant.group(1) if juste_devant else ""
        if titre_sans_nom(mots, langue, _CIVILITES, mot_devant):
            continue
        devant = _MOTS_DEVANT_UN_NOM_ETRANGER.search(texte, max(passage[0], t.debut - 40), t.debut)
        suivant = _MOT_SUIVANT.match(texte, t.fin, min(passage[1], t.fin + 40))
        en_tete = _EN_TETE_DE_PHRASE.search(texte, max(passage[0], t.debut - 40), t.debut) is not None or \
            t.debut - passage[0] <= 40 and texte[passage[0]:t.debut].strip(" \t-*>|([«“\"'") == ""
        if pas_un_nom(mots, langue, _PRENOMS_MOTS_PORTES, [m for m in devant.groups() if m] if devant else (),
                      suivant.group(1) if suivant else "", en_tete) \
                and not _apres_ou_avec_une_civilite(mot_devant, mots[0]):
            continue
        gardees.append(t)
    return gardees


_CITATION_OU_PARENTHESE = re.compile(r"\([^()\n]*\)|«[^«»\n]*»|“[^“”\n]*”")
"""Une parenthèse ou une citation d'une ligne : souvent dans une autre langue que la ligne (une traduction, une parole
rapportée). Pas entre guillemets droits : ils bornent aussi une valeur YAML entière."""
_MOTS_DEVANT_UN_NOM_ETRANGER = re.compile(r"(?:([^\W\d_]+)[ \t]+)?([^\W\d_]+)\.?[ \t]+$")
"""Les deux mots juste devant une trouvaille (« die nächste » Konzertierung, « beim » Bäcker)."""
_MOT_SUIVANT = re.compile(r"[ \t]+([^\W\d_]+)")
"""Le mot juste après une trouvaille (« El » padre)."""
_EN_TETE_DE_PHRASE = re.compile(r"[.!?:;][ \t«“\"'(]*$")
"""Une fin de phrase juste devant une trouvaille : elle ouvre la phrase suivante."""


def _citations_d_une_ligne(texte: str, debut: int, fin: int) -> list[tuple[int, int]]:
    """(début, fin) des parenthèses et des citations de la ligne texte[debut:fin], dans l'ordre (cherchées une fois par
    ligne : une ligne de mille trouvailles ne les cherche pas mille fois, l'attaque-124)."""
    ligne = texte[debut:fin]
    if "(" not in ligne and "«" not in ligne and "“" not in ligne:
        return []
    return [m.span() for m in _CITATION_OU_PARENTHESE.finditer(texte, debut, fin)]


def _passage_d_une_trouvaille(citations: list[tuple[int, int]], debut: int, fin: int, position: int) -> tuple[int, int]:
    """(début, fin) de celle des `citations` (triées, disjointes) qui contient `position`, ou (debut, fin) de la ligne si
    aucune ne la contient (`_texte_du_passage` en ôte alors les parenthèses et les citations)."""
    i = bisect_right(citations, (position, fin)) - 1
    if i >= 0 and citations[i][0] < position < citations[i][1]:
        return citations[i]
    return debut, fin


def _texte_du_passage(texte: str, debut: int, fin: int) -> str:
    """Le texte d'un passage : une parenthèse ou une citation telle quelle, une ligne sans ses parenthèses ni ses
    citations (gardée entière si elle n'a rien d'autre)."""
    passage = texte[debut:fin]
    if passage[:1] in "(«“" and passage[-1:] in ")»”":
        return passage
    reste = _CITATION_OU_PARENTHESE.sub(" ", passage)
    return reste if reste.strip() else passage


def _apres_ou_avec_une_civilite(devant: str, premier: str) -> bool:
    """Le mot juste devant la trouvaille (`_MOT_DEVANT_UNE_TROUVAILLE`, vide s'il n'y en a pas) ou son premier mot est-il
    une civilité ?"""
    return normaliser(premier) in _CIVILITES or bool(devant) and normaliser(devant) in _CIVILITES


_MOT_DEVANT_UNE_TROUVAILLE = re.compile(r"([^\W\d_]+)\.?[ \t]+$")
"""Le mot juste devant une trouvaille (son point compris) : une civilité de `civilites.txt`, de toute langue (« Frau
Schmitz », « Mr Okafor », « M. An », revue67), y annonce un nom."""


_NON_LATIN_LETTRES = (r"\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
                      r"\u0900-\u097f\u0980-\u09ff\u0e00-\u0e7f\u10a0-\u10ff\u1200-\u137f\u3040-\u30ff"
                      r"\u3400-\u9fff\uac00-\ud7af")
_NON_LATIN = re.compile(r"[" + _NON_LATIN_LETTRES + r"]{2,}(?:[ \t]+[" + _NON_LATIN_LETTRES + r"]{2,}){0,3}")
"""Deux lettres au moins d'une écriture non latine (grec, cyrillique, arménien, hébreu, arabe, devanagari,
bengali, thaï, géorgien, éthiopien, japonais, chinois, coréen) : dans une note en français, un nom."""
_HORS_LATIN = re.compile("[\u0370-\u10ff\u1200-\u137f\u3040-\ud7af]")
"""Trois intervalles qui couvrent ceux de `_NON_LATIN_LETTRES` et laissent hors d'eux la ponctuation d'un texte français
(’ “ ” — … €) : le moteur essaie trois intervalles par caractère au lieu de seize, trois fois plus vite."""


def _ecriture_non_latine_possible(texte: str) -> bool:
    """Faux quand `_NON_LATIN` ne peut rien trouver : texte ASCII ou Latin-1 (son encodage, une copie, coûte un
    cinquantième de la recherche), ou sans caractère de `_HORS_LATIN`."""
    if texte.isascii():
        return False
    try:
        texte.encode("latin-1")
    except UnicodeEncodeError:
        return _HORS_LATIN.search(texte) is not None
    return False


_SAINT_AVANT = re.compile(r"(?i:saint|sainte|st|ste|sint)-$")
# Civilité ou appellation forte juste avant un mot en minuscules (« Mme ionescu », « s'appelle kiki »).
_APPEL_FORMES = (*sorted(_CIVILITES_MOTS), "m", r"pr[ée]nomm[ée]e?s?", r"surnomm[ée]e?s?", r"d[ée]nomm[ée]e?s?",
                 r"nomm[ée]e?s?", r"appel\w*", "alias", "famille", "fratrie", "au nom de", r"vrai[ \t]+nom",
                 r"son[ \t]+nom", r"une?[ \t]+certaine?")
_APPEL = "(?:" + "|".join(_APPEL_FORMES) + ")"
_FONCTION = "(?:" + "|".join("".join({"é": "[ée]", "ç": "[çc]"}.get(c, c) for c in mot)
                              for mot in sorted(_FONCTIONS_APRES_CIVILITE, key=len, reverse=True)) + ")"
"""Une fonction de `_FONCTIONS_APRES_CIVILITE` entre la civilité et le nom, avec ou sans accents : une seule liste pour le
motif et pour `_PAS_UN_NOM_APRES_CIVILITE` (« prescripteur » manquait à l'un, l'attaque-46)."""
_FONCTION_DERRIERE = r"(?:" + _FONCTION + r"[ \t]+)?"
_APPEL_AVANT = re.compile(r"(?i:(?<!\w)" + _APPEL + r")\.?[ \t,:(«\"“]+(?i:" + _FONCTION_DERRIERE + ")$")
_FONCTION_AVANT = re.compile(r"(?i)(?<!\w)" + _FONCTION + r"[ \t]+$")


def _motif_appel_en_minuscules() -> re.Pattern[str]:
    """Une civilité ou une appellation suivie de séparateurs, lue dans le texte en minuscules. La première lettre
    d'abord, l'assertion arrière ensuite, puis le reste du mot selon cette lettre : le moteur saute de lettre
    initiale en lettre initiale au lieu d'essayer chaque position (dix fois plus rapide sur un récit)."""
    suites: dict[str, list[str]] = {}
    for forme in _APPEL_FORMES:
        suites.setdefault(forme[0], []).append(forme[1:])
    branches = "|".join(f"(?<={initiale})(?:{'|'.join(reste)})" for initiale, reste in suites.items())
    return re.compile("[" + "".join(suites) + r"](?<!\w.)(?:" + branches + r")\.?[ \t,:(«\"“]+" + _FONCTION_DERRIERE)


_APPEL_EN_MINUSCULES = _motif_appel_en_minuscules()


def _apres_un_appel(lignes: Lignes, appels: list[str]) -> Iterator[re.Match[str]]:
    """Les correspondances de `_APPEL_EN_MINUSCULES` (tenue sur une ligne) dans le texte en minuscules, cherchées dans
    les seules lignes qui contiennent un des `appels` (mots de `_APPEL_MOTS` du texte, « appel », « nomm ») : le
    motif commence par des lettres fréquentes, le moteur s'arrêtait partout ; « famille » n'est que sur une ligne ou
    deux. Le mot « m » (« m. mancini ») est partout : avec lui, tout le texte est lu."""
    bas = lignes.bas
    if "m" in appels:
        yield from _APPEL_EN_MINUSCULES.finditer(bas)
        return
    for indice in lignes.contenant(appels):
        yield from _APPEL_EN_MINUSCULES.finditer(bas, *lignes.bornes(indice))
_LETTRE_MINUSCULE = re.compile("[" + _MIN + "]")
_SON_NOM = re.compile(r"(?<!\w)(?i:(?:vrai|son)[ \t]+nom)[ \t,:(«\"“]+$")
_UN_CERTAIN = re.compile(r"(?<!\w)(?i:une?[ \t]+certaine?)[ \t,:(«\"“]+$")


def _nom_annonce(texte: str, debut_ligne: int, debut: int, mot: str, contexte: ContexteAnonymat) -> bool:
    """Un mot en minuscules juste après ce qui annonce un nom (garde70) : après « son nom », « vrai nom » (`_SON_NOM` :
    « de son nom », « de son vrai nom » ; pas « connu sous le nom de », qui nomme aussi un lieu, une drogue, un squat :
    l'attaque-100), un nom des listes qu'aucun dictionnaire n'a ou un mot que personne n'écrit
    (`_nom_que_personne_n_ecrit` : « de son vrai nom goossenaerts ») ; après « un certain », « une certaine »
    (`_UN_CERTAIN`), seulement un nom des listes qu'aucun dictionnaire n'a (« une certaine tesfamariam ») : un mot que
    personne n'écrit y est plus souvent un mot savant, d'argot ou d'une autre langue (« une certaine alexithymie », « un
    certain zbeul », « une certaine hogra », l'attaque-100)."""
    fenetre = max(debut_ligne, debut - 28)
    son_nom = _SON_NOM.search(texte, fenetre, debut) is not None
    if not son_nom and _UN_CERTAIN.search(texte, fenetre, debut) is None:
        return False
    forme = _ELISION.sub("", mot)
    return (len(forme) >= 4 and _nom_hors_du_dictionnaire(forme) and not est_courant_tel_qu_ecrit(forme)
            or son_nom and _nom_que_personne_n_ecrit(forme, contexte))
_AU_NOM_DE = re.compile(r"(?i)(?<!\w)au[ \t]+nom[ \t]+de[ \t]+$")
"""« au nom de » juste avant un mot en minuscules : le titulaire d'un compte, d'un reçu, souvent une personne ; pas « du
nom de », qui nomme aussi un chien ou une appli (« un chien du nom de nestor », l'attaque-42)."""
_M_POINT = re.compile(r"(?<![\w.])m\.[ \t]+$")
_MESURE_M = re.compile(r"\d[ \t]*m\.[ \t]+$")
_ARTICLES_ARABES = frozenset({"el", "ait"})
_CORPS_DU_MOT_MIN = r"([" + _MIN + r"][^\W\d_]*(?:-[^\W\d_]+)*)(?![\w@'’]|-\w|\.\w)"
"""Un mot en minuscules, entier (ni suivi d'une lettre, d'une apostrophe, d'un trait d'union ni d'un point collés)."""
_MOT_MIN = re.compile(r"(?:(?<![\w'’\-@./])|(?<=(?<!\w)d['’])|(?<=(?<!\w)qu['’]))" + _CORPS_DU_MOT_MIN)
"""Un mot en minuscules, aussi après une élision (« au sujet d'ambroise tessier », « qu'amina »), pas au milieu
d'un mot (« aujourd'hui »)."""
_LETTRE_MIN = re.compile(r"(?<![\w'’\-@./])[" + _MIN + "]")


def _noms_minuscules(
    texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles, resultats: list[Trouvaille]
) -> None:
    l = listes()
    formes, ascii_, exclus = l["prenoms_minuscules"], l["prenoms_minuscules_ascii"], contexte.mots_autorises
    # Préfiltre par ensembles (en C) sur les mots du texte : seuls les mots qui peuvent être des prénoms
    # ou des particules, et les mots qui suivent une civilité ou une appellation, sont examinés.
    mots = lignes.mots
    morceaux = _morceaux_minuscules()
    candidats = mots & morceaux
    # « sékou soumah », « oğuzhan tunç » : un mot accentué dont la forme sans accents est un prénom
    candidats |= {m for m in mots if not m.isascii() and normaliser(m) in morceaux}
    appels = [*(mots & _APPEL_MOTS), *(racine for racine in ("appel", "nomm") if racine in lignes.bas)]
    if not candidats and not appels:
        return
    bas = lignes.bas
    positions: set[int] = set()
    for mot in candidats:
        i = bas.find(mot)
        while i != -1:
            if not (i and bas[i - 1].isalpha()):
                positions.add(i)
            i = bas.find(mot, i + len(mot))
    # le mot en minuscules qui suit une civilité ou une appellation (« mme ionescu », « alias kiki »)
    positions.update(m.end() for m in _apres_un_appel(lignes, appels) if _LETTRE_MINUSCULE.match(texte, m.end()))
    etendus: frozenset[str] | None = None
    neerlandaises: dict[int, bool] = {}  # verdict par ligne : une longue ligne de prénoms ne se relit pas à chacun
    suite_fin = -1
    for position in sorted(positions):
        m = _MOT_MIN.match(texte, position)
        if m is None:
            continue
        debut, fin = m.span(1)
        if debut < suite_fin:
            continue
        mot = m.group(1)
        if len(mot) < 2 or not mot[0].islower():
            continue
        forme = mot.casefold()
        n = normaliser(mot)
        # « tuğba », « łucja » : une lettre que le français n'écrit pas, la forme sans accents suffit
        prenom_nu = ((forme in formes or (mot.isascii() or HORS_FRANCAIS.search(mot)) and n in ascii_)
                     and n not in exclus and n not in _LIENS and n not in _LANGUES_MOTS)
        particule = n in _PARTICULES_NOM
        particule_courte = not particule and mot in _PARTICULES_AVANT_CAP  # « mme de oliveira », « dr le roy »
        if not prenom_nu and not particule and not particule_courte and len(mot) < 3 and not HORS_FRANCAIS.search(mot):
            continue  # « m. le », « Mme de » ; pas « M. đỗ », « Mme võ »
        if deja.chevauche(debut, fin):
            continue
        debut_ligne = lignes.debuts[lignes.numero(debut)]
        declencheur = None
        if prenom_nu or particule or particule_courte or (
                n not in _MOTS_OUTILS and _APPEL_AVANT.search(texte, max(debut_ligne, debut - 28), debut)):
            # le déclencheur n'est cherché que pour les mots qui peuvent être des noms
            avant = texte[max(debut_ligne, debut - 2) : debut]
            if avant and (avant[-1] in _PONCTUATION_SEP or avant[-1] == "'"):
                declencheur = _declencheur_avant(texte, debut_ligne, debut)
                if declencheur is None and _M_POINT.search(texte, max(debut_ligne, debut - 16), debut) and not _MESURE_M.search(
                        texte, max(debut_ligne, debut - 16), debut):
                    declencheur = ("m.", True)  # « présence de m. mancini » ; pas « 1,80 m. »
        retenu = False
        fin_particules = None
        raison = "prénom courant"
        if declencheur is not None:
            nom_declencheur, apres_civilite = declencheur
            if etendus is None:
                etendus = noms_etendus()
            forte = normaliser(nom_declencheur) in _APPELLATIONS_FORTES
            au_nom_de = _AU_NOM_DE.search(texte, max(debut_ligne, debut - 12), debut) is not None
            fin_particules = (_nom_apres_des_particules(texte, debut, fin, contexte, etendus)
                              if apres_civilite and (particule or particule_courte) else None)
            if fin_particules is not None:
                retenu = True  # « mme de oliveira », « mme van de velde » : jusqu'au nom qui suit les particules
            elif particule_courte:
                retenu = False
            elif n in _MOTS_OUTILS or n in _ROLES or est_courant_tel_qu_ecrit(mot) or n in l["lieux"] or n in exclus:
                retenu = False
            elif particule and apres_civilite:
                retenu = True
            elif prenom_nu and n not in _LIENS:
                retenu = apres_civilite or n not in l["ambigus"]
            elif (apres_civilite or normaliser(nom_declencheur) in _FAMILLE) and (
                    n in etendus or n in l["noms"] or n in l["prenoms"]):
                # « Mme ionescu », « mme chen », « la famille vermeulen » : un nom de famille est attendu
                retenu = True  # « Mme ionescu », « mme chen » : après une civilité, tout nom des listes
            elif apres_civilite and _nom_apres_civilite(mot) and not (
                    len(mot) < 5 and mot.isascii() and _FONCTION_AVANT.search(texte, max(debut_ligne, debut - 16), debut)):
                retenu = True  # « Monsieur okbamichael », « Mme al-ahmad » ; après une fonction, pas un sigle
                # (« mme intervenante aemo », l'attaque-44)
            elif au_nom_de and (n in l["noms"] or n in l["prenoms"]):
                retenu = True  # « le reçu est au nom de cem », « au nom de zhou quang » (aveugle-52) ; pas un organisme
                # ni un pronom (« au nom de partena », « au nom de celle-ci », l'attaque-41)
            elif forte or _nom_annonce(texte, debut_ligne, debut, mot, contexte):
                retenu = True  # « une certaine tesfamariam », « de son vrai nom goossenaerts » (garde70)
            raison = ("après « au nom de »" if au_nom_de else f"après « {nom_declencheur} »" if len(nom_declencheur) > 2
                      else "après une civilité")
        elif prenom_nu and len(mot) >= 4:
            # « een lieve vrouw » (néerlandais), « parle peul et soussou » (une langue) : pas des prénoms
            indice_mot = lignes.numero(debut)
            debut_ligne_mot, fin_ligne_mot = lignes.bornes(indice_mot)
            if indice_mot not in neerlandaises:
                neerlandaises[indice_mot] = _est_neerlandais(lignes.bas[debut_ligne_mot:fin_ligne_mot])
            retenu = not (_LANGUE_DEVANT.search(texte, max(debut_ligne_mot, debut - 20), debut)
                          or neerlandaises[indice_mot]
                          or _mot_cite(texte, debut, fin, debut_ligne_mot, fin_ligne_mot)
                          # « la clémence du juge », « une grâce » : un prénom homonyme après un article est le mot
                          or n in l["prenoms_homonymes"] and _ARTICLE_DEVANT.search(texte, max(debut_ligne_mot, debut - 8), debut))
        else:
            retenu, particule = _prenom_suivi_d_un_nom(texte, mot, fin, formes, ascii_, exclus)
        if (declencheur is not None or prenom_nu) and not retenu and not (
                n in _MOTS_OUTILS or n in _ROLES or n in l["courants"] or n in l["lieux"] or n in exclus):
            # « appelé cheikh mbaye », « le papa (bram de backer) » : un déclencheur faible (« appelé », un lien)
            # ne suffit pas seul ; « confiance en tiago » peut être une langue, « une clémence » un mot : suivis
            # d'un nom de famille des listes (« en tiago papadaki »), ce sont des noms
            retenu, particule = _prenom_suivi_d_un_nom(texte, mot, fin, formes, ascii_, exclus)
        if not retenu:
            continue
        # le nom se prolonge sur les mots suivants qui sont des noms (« isabelle lambert », « van den broeck »)
        if etendus is None and (particule or declencheur):
            etendus = noms_etendus()
        fin_nom = fin_particules or fin
        apres_particule = particule and fin_particules is None
        while True:
            suivant = _MOT_MIN.match(texte, fin_nom + 1) if texte[fin_nom : fin_nom + 1] == " " else None
            if suivant is None:
                break
            ns = normaliser(suivant.group(1))
            compose = _nom_a_particule(texte, suivant)
            if compose is not None:  # « bram de backer » : la particule et le nom
                fin_nom = compose
                continue
            if (ns in _MOTS_OUTILS or ns in l["courants"] or ns in l["lieux"] or ns in l["mots_prenoms"] or ns in exclus
                    or ns in _MOTS_OUTILS_ETRANGERS and ns not in _TOUTES_PARTICULES
                    and not _nom_apres_un_article_etranger(texte, suivant.end(1), l)):
                break  # « meneer van het CLB » : un article néerlandais devant un sigle (garde40) ; pas « van het
                # groenewoud » (la relecture du trente-neuvième passage)
            if not (apres_particule or ns in _PARTICULES_NOM or ns in l["noms"] or ns in l["prenoms"] or (etendus is not None and ns in etendus)):
                break
            apres_particule = ns in _PARTICULES_NOM or ns in _MOTS_OUTILS_ETRANGERS  # « van het groenewoud »
            fin_nom = suivant.end(1)
        if particule and fin_nom == fin:
            continue  # « el » seul n'est pas un nom
        precedents = _MOTS_PRECEDENTS.search(texte, max(debut_ligne, debut - 16), debut)
        if precedents is not None and _fete_finissant_en(texte, precedents, fin_nom):
            continue  # « pour l'aid el kebir » : la fête écrite en minuscules
        suite_fin = fin_nom
        deja.ajouter(debut, fin_nom)
        resultats.append(Trouvaille(debut, fin_nom, REGLE, message_nom(texte[debut:fin_nom], raison)))


_NOM_EN_MINUSCULES = r"[" + _MIN + r"][" + _MIN + r"]{2,}+(?:-[" + _MIN + r"]++)*+"
"""Un mot en minuscules d'au moins trois lettres, composé ou non (« gebre-egziabher »). Possessif : chaque motif qui
l'emploie demande ensuite une espace ou la fin du mot, rendre une lettre ou un morceau ne le ferait jamais réussir ;
le moteur ne revient plus en arrière dans chaque mot qui suit une virgule ou « de »."""
_VERBE_DE_PERSONNE_EN_MINUSCULES = r"(?:" + _VERBE_DE_PERSONNE + r"|sort[ \t]+(?:du|de|d['’])|quitte|rejoint|récupère)"
"""Après un nom en minuscules, en plus : qui quitte un lieu, y revient ou reprend ses affaires (« prudence mbombokele sort
du foyer », « boubacar fall récupère son GSM », aveugle-60). À majuscule, des choses et des organismes le font aussi
(« Mercedes sort du garage », « De Lijn récupère le bus », l'attaque-59)."""
_VERBE_APRES_MINUSCULES = (r"(?:" + _VERBE_DE_PERSONNE_EN_MINUSCULES + r"|(?:a|avait|aura|aurait|est|était|sera|serait|soit|ait|va|"
                           r"peut|pourrait|doit|devrait|semble|progresse|reste|ne|n['’]a|n['’]est|n['’]était|vienne|"
                           r"viennent|puisse|fasse|aille|prenne|parte|rentre|revienne|dorme|signe|participe|se|présente?|"
                           r"absente?|excusée?|complète|finance|cofinance|facture|avance|avancera|rembourse|"
                           r"remboursera|verse|versera|paie|paye|paiera|payera|couvre|règle|assure)(?!\w)|s['’][a-zé]|"
                           r"l['’](?:a|avait|aide|aidera|aidait|accompagne|avance|"
                           r"accompagnera|appelle|appellera|attend|aime|écoute|emmène|amène|ramène|inquiète|énerve|"
                           r"encourage|héberge|invite|empêche|ennuie|embête|insulte|soutient)(?!\w))")
"""Après un nom en minuscules, un verbe suffit, même qui ne dit pas une personne (« que manalo progresse »), ce
qu'un prestataire ou un proche fait d'un financement (« dumitrescu complète le financement », aveugle-87), un
subjonctif (« pour que hao vienne »), un conditionnel (« trang serait d'accord », aveugle-57) ou un pronom élidé devant
le verbe (« que saba l'aide », aveugle-56) : le mot, lui, doit déjà être un nom des listes ou un mot que personne
n'écrit."""
_VERBE_D_ACTION_APRES_MINUSCULES = (
    r"(?:" + _VERBE_APRES_MINUSCULES + r"|(?:"
    # ce qu'un jeune ou un professionnel fait (aveugle-96 : « que lore descend maintenant sans aide », « aliou suit les
    # cours » ; garde101 : « l'école confirme que vandenbroucke assiste », « que ionescu pourra »)
    r"descend|monte|suit|note|observe|lit|marche|court|apprend|comprend|réussit|sait|montre|utilise|écoute|regarde|"
    r"attend|retourne|entre|commence|termine|continue|crie|frappe|mord|garde|vit|grandit|voit|fait|dessine|chante|"
    r"téléphone|reçoit|rencontre|connaît|assiste|redouble|range|rate|rattrape|traduit|organise|pourra|devra|voulait|"
    r"pouvait|devait|attendait)(?!\w))")
"""Les mêmes, et des verbes d'action, à la place du verbe seulement : plusieurs s'écrivent comme des noms (« sofia garde
a rappelé », « ana lit a rappelé », l'attaque-132), le second mot du sujet n'est écarté que par `_VERBE_APRES_MINUSCULES`.
Pas « aide » : « - uno aide à la concentration », « que sel aide » (un jeu, un sigle, l'attaque-132)."""
_PAS_UN_SUJET = r"(?!(?:que|qui)(?![\w'’-]))"
"""Le premier mot lu comme sujet n'est jamais « que » ni « qui » : « famille: que hansenne vienne » se lisait « que »
puis « hansenne », rejeté, et la lecture après « que » (`_SUJET_APRES_VIRGULE`) ne reprenait qu'après le verbe
(aveugle-96). Les autres mots de liaison sont lus par `_AVANT_LE_SUJET` (« , puis kabongo a pris la parole »)."""
_SUJET_EN_TETE = (r"(?:[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+|[a-z_]+:[ \t]+)?(?:[\"«“][ \t]*)?" + _PAS_UN_SUJET + r"("
                  + _NOM_EN_MINUSCULES + r")(?:[ \t]+(?!"
                  + _VERBE_APRES_MINUSCULES + r")(" + _NOM_EN_MINUSCULES + r"))?[ \t]+(?:" + _VERBE_D_ACTION_APRES_MINUSCULES
                  + r"|(?:→|->)[ \t]*[a-zé]+(?:er|ir|re)(?!\w))")
"""(Aussi en tête d'un élément numéroté, après un guillemet qui ouvre un message recopié (« texte: "aïssatou dort chez
sa copine" », aveugle-73), et devant la flèche d'une action à faire : « 2) bogaert → contacter l'école » ;
un second mot avant le verbe, qui n'en est pas un : le nom après le prénom, « hélen okbazghi a signé », ou le sujet
après un mot qui n'en est pas un, « hier chen a rappelé » ; « kasongo est absente » reste un sujet d'un mot,
l'attaque-50.)"""
_VERBE_DE_PERSONNE_APRES = re.compile(r"(?:[ \t]*,)?[ \t]+(?:(?:" + _VERBE_DE_PERSONNE_EN_MINUSCULES + r")(?!\w)|→|->)")
"""Après le sujet (et la virgule qui ferme son apposition : « La tante, seo-yeon park, vient »), ce que fait ou ce qu'est
une personne (« a appelé », « est rentré », « dit ») ou la flèche d'une action à faire ; pas un verbe que toute chose peut avoir (« a été annulée », « a été envoyé »). Un état que `_ETAT`
prête à une personne (« est arrivée », « est revenue ») peut être celui d'une chose : une faute de frappe devant lui
reste signalée (« hier réunnion est arrivée »)."""
_AVANT_LE_SUJET = frozenset("hier avant-hier aujourd'hui demain lundi mardi mercredi jeudi vendredi samedi dimanche "
                            "ensuite puis enfin finalement depuis alors donc aussi pourtant mais et car quand si "
                            "comme".split())
"""Les mots qui précèdent le sujet en tête de ligne ou après une virgule sans en être (« hier chen a rappelé », « lundi
wouters est passé », « - pourtant diop voulait rester », garde101)."""
_SUJET_EN_MINUSCULES = re.compile(r"\n" + _SUJET_EN_TETE)
_SUJET_EN_MINUSCULES_DEBUT = re.compile(_SUJET_EN_TETE)
"""En tête de ligne (d'un élément de liste, d'une valeur YAML), un mot en minuscules sujet d'un verbe de personne :
« nikos est passé », « sagal a rappelé », « kitenge dit qu'il passera ». Le saut de ligne d'abord : le moteur
saute de ligne en ligne."""
_SUJET_APRES_VIRGULE = tuple(re.compile(debut + r"[ \t]*(?:[\"«“][ \t]*)?" + _PAS_UN_SUJET + r"(" + _NOM_EN_MINUSCULES
                                         + r")(?:[ \t]+(?!"
                                         + _VERBE_APRES_MINUSCULES + r")([" + _MIN + r"]{2,}+(?:-[" + _MIN + r"]++)*+))?"
                                         r"([ \t]*,)?[ \t]+" + _VERBE_D_ACTION_APRES_MINUSCULES)
                             for debut in (",", ";", ":", "—", "–", r"q(?<![\w'’]q)u(?:e[ \t]|['’])"))
"""Le même sujet après une virgule, deux-points ou « que », apposé ou non (« - Éducatrice de nuit, paulina, signale des
réveils », garde101 ; la virgule de l'apposition : groupe 3) : « selon l'éducatrice, mertens dort mal », « msg de la
maman : radulescu sera absente », « propose que kouyaté soit associé », « il faut que zoë signe » (un prénom homonyme
rare d'un mot y est une personne) ; ou le prénom et le nom, comme en tête de ligne (« Nuit agitée, hao võ a demandé », aveugle-60 : un nom vietnamien de deux lettres y
suit le prénom). Un motif par
caractère fixe (virgule, point-virgule, deux-points, tirets, « q ») lu par `par_caracteres_fixes` : une classe en tête
faisait essayer chaque caractère du texte (deux fois plus lent sur la démo)."""
_APRES_EN_MINUSCULES = re.compile(
    r"(?<!\w)(?i:" + _PREPOSITIONS_VERS_UNE_PERSONNE + r")(?:[ \t]*:)?[ \t]+(" + _NOM_EN_MINUSCULES
    + r")(?![\w'’\-])")
"""« voir avec jawad pour la carte », « chez fatou », « selon amrani », « passer voir gebre-egziabher », « se tourne
vers lefebvre », « la logopède ainsi que diarra » : avec qui, chez qui, selon qui, voir qui, vers qui (essayé aux seuls
mots trouvés par `str.find`)."""
_MAITRE_EN_MINUSCULES = re.compile(r"[mM](?<![\w'’][mM])e[ \t]+(" + _NOM_EN_MINUSCULES + r")(?![\w'’\-])")
"""« rappeler me kamińska », « Me huỳnh rappelle » (aveugle-61) : « me », Maître, l'avocat, devant un nom en
minuscules qui a une lettre que ni le français, ni l'espagnol, ni le portugais n'écrivent, ou qu'aucun dictionnaire n'a
sans lettre de l'espagnol ni du portugais (« me llamó », « me contó » citent une phrase : l'attaque-60) ; ailleurs
« me » est un pronom (« il me semble »)."""
_C_EST_EN_MINUSCULES = re.compile(r"c(?<!\wc)['’]est[ \t]+(" + _NOM_EN_MINUSCULES + r")(?=[ \t]*(?:[,.!?;]|$))",
                                  re.MULTILINE)
"""« bjr, c'est diallo, je serai en retard » : qui se présente au début d'un message, le mot seul avant la ponctuation
ou la fin de la ligne (« c'est bon, », « c'est moi. » : des mots ou des pronoms, écartés par `_personne_en_minuscules`)."""
_EN_MINUSCULES_DE = re.compile(
    r"(?<!\w)(?i:sortie|rdv|sanction|punition|exclusion|permission|ris|reçue?|" + _ECRITS_ET_PROJETS
    + r")s?[ \t]+(?:de[ \t]+|d['’])$")
"""En plus de `_PERSONNE_DE`, devant un nom en minuscules seulement : « Objet : sortie de hao », « dem. RIS de
mahmoud » (aveugle-59), « accusé de lecture reçu de arsène » (aveugle-61), ce qu'une personne écrit ou projette
(`_ECRITS_ET_PROJETS` : « le projet de vie de kassongo », garde69). À majuscule, « la sortie de Mbandaka »,
« l'entrée de Bouge » sont des lieux."""
_DE_EN_MINUSCULES = re.compile(r"d(?<!\wd)(?:e[ \t]+|['’])(" + _NOM_EN_MINUSCULES + r")(?![\w'’\-])")
"""« le retour de boughaba », « l'accord de sophea » : de qui, après ce qui appartient à une personne (`_PERSONNE_DE`).
Le « d » d'abord, l'assertion arrière ensuite : le moteur saute de « d » en « d »."""
_PIECE_D_UN_PRESTATAIRE_DE = re.compile(
    r"(?<!\w)(?i:(?P<devis>devis|honoraires)|factures?|offres?|acomptes?)[ \t]+(?:de[ \t]+|d['’])$")
"""Ce qu'un prestataire remet, puis « de » : « devis de goossens », « la facture de trandafir », « note d'honoraires de
tighremt » (aveugle-87, garde83) ; devant, un nom des listes, ou après un devis et des honoraires un mot que personne
n'écrit (pas après une facture (« reçu de » est lu par `_EN_MINUSCULES_DE`) : « la facture de régul Engie » abrège «
régularisation », aveugle-64 ; jamais un mot du dictionnaire : « facture de gaz », « devis de menuiserie »)."""
_VERBES_VERS_PERSONNE = frozenset(
    "appeler appelle appelé appelée rappeler rappelle rappelé rappelée joindre joint jointe contacter contacte contacté "
    "contactée prévenir préviens prévient prévenu prévenue recevoir reçoit reçu reçue recevra rencontrer rencontre "
    "rencontré rencontrée revoir revu revue entendre entendu entendue auditionner auditionné auditionnée accompagner "
    "accompagne accompagné accompagnée accueillir accueille accueilli accueillie convoquer convoque convoqué convoquée "
    "informer informé informée orienter orienté orientée maintenu maintenue maintenir relancer relance relancé relancée "
    "croisé croisée croiser féliciter félicité remercier remercié récupérer récupéré récupérée raccompagner raccompagné "
    "ramener ramené emmener emmené hospitaliser hospitalisé hospitalisée interroger interrogé interrogée rassurer "
    "rassuré rassurée écouter écouté écoutée concernant visiter visité "
    # ce qu'un chauffeur ou un éducateur fait d'un jeune (« le chauffeur dépose inês à l'internat », aveugle-60)
    "dépose déposer déposé déposée ramène ramènera emmène emmènera "
    # à l'impératif, dans un message recopié (« prévenez mukamana svp », aveugle-58)
    "prévenez appelez rappelez contactez recontactez informez relancez joignez convoquez accompagnez remerciez".split())
"""Les verbes dont le complément est une personne (« appeler vasseur pour », « le juge a maintenu akgül », « a reçu
yao ») : le mot qui suit, ou qui suit « à » (« on demande à berfîn »), est attendu comme une personne."""
_OBJET_EN_MINUSCULES = re.compile(r"[^\W\d_]+[ \t]+(?:à[ \t]+)?(" + _NOM_EN_MINUSCULES + r")(?![\w'’\-])")
"""Un verbe (trouvé par `str.find`) puis son complément en minuscules, direct ou après « à »."""


@lru_cache(maxsize=256)
def _verbe_suivi_d_un_mot(verbe: str) -> re.Pattern[str]:
    """`verbe` dans le texte en minuscules, sans lettre ASCII collée devant ni derrière, suivi (après « à »
    peut-être) d'un mot d'au moins trois lettres déjà en minuscules, ce que `_OBJET_EN_MINUSCULES` demande : le moteur
    écarte « rencontrer », « appelé le » sans boucle Python. Une occurrence qui en chevauche une autre n'est pas un mot
    entier : les positions retenues sont celles de `str.find`, moins celles où le motif ne peut réussir."""
    return re.compile(re.escape(verbe) + r"(?<![a-z]" + re.escape(verbe) + r")(?![a-z])(?=[^\W\d_]*[ \t]+(?:à[ \t]+)?["
                      + _MIN + r"]{3})")


_A_EN_MINUSCULES = re.compile(r"à[ \t]+(" + _NOM_EN_MINUSCULES + r")(?![\w'’\-])")
_VERBE_DATIF = re.compile(
    r"(?<!\w)(?i:expliqu|demand|envoy|transm|dit|dire|propos|écri|ecri|téléphon|telephon|parl|répond|repond|signal|"
    r"annonc|confi|remet|remis|montr|donn|merci|présent|rappel|adress|laiss|mentionn|précis|indiqu|conseill|"
    r"recommand|rend|fai|transf|pass|expédi)\w*"
    r"|(?<!\w)(?i:paiement|paie|paye|pay[ée]e?s?|vers[ée]e?s?|verser|rembours\w*|virement|vir[ée]e?s?|factur\w*|"
    r"avanc[ée]e?s?|r[ée]gl[ée]e?s?|allou[ée]e?s?|octroy\w*)(?!\w)")
"""Un verbe d'un message, d'un don ou d'un paiement à quelqu'un : « expliquer à vannak », « envoyer la charte à ramos »,
« merci à mertens » ; « 4760 euros versés à boubacar », « paiement de 1 950 EUR à mbaye » (aveugle-87 : des mots
entiers, pas « vers 14h », « pays », « virus », l'attaque-113). Il est cherché dans la proposition qui précède « à » (48
caractères, coupés à `_FIN_DE_PROPOSITION`)."""
_FIN_DE_PROPOSITION = re.compile(r"[.;:!?()\[\]|]")
_SUIVIS_D_UN_MOT_EN_MINUSCULES = {
    mot: re.compile(mot + r"(?=(?:[ \t]*:)?[ \t]+[" + _MIN + r"]{3})")
    for mot in ("avec", "chez", "selon", "voir", "vers", "ainsi que", "pour", "envers", "entre", "auprès de", "par")}
"""Chacun de ces mots dans le texte en minuscules, suivi d'un mot d'au moins trois lettres déjà en minuscules (ce que
`_APRES_EN_MINUSCULES` demande) : le moteur écarte « avec le », « pouvoir. » sans boucle Python ; aucun ne chevauche
sa propre occurrence, les positions essayées sont celles de `str.find`, moins celles où le motif ne peut réussir."""
_PRENOMS_SEULS = frozenset({"avec", "chez", "par"})
"""Après « avec », « chez » et « par » (« signée par kuznetsov »), un prénom ou un nom des listes seulement, jamais un
mot que personne n'écrit (« avec plasir », une faute de frappe ; les enseignes, « chez colruyt », sont des mots
courants) ; après « selon », « voir »,
« pour », « envers », « entre », « auprès de » ou « l'accord de », tout nom des listes ou mot que personne n'écrit."""


_MOT_APPOSE = r"[" + _MIN + r"]{2,}+(?:-[" + _MIN + r"]++)*+"
_APPOSE_EN_MINUSCULES = re.compile(r",[ \t]*(" + _MOT_APPOSE + r"(?:[ \t]+" + _MOT_APPOSE + r"){0,2})[ \t]*"
                                   r"(?:,|(?P<fin>[.;|](?!\w)|(?=\r?\n)|$))")
"""« La tante, wang, soutient », « le grand-père, ji-hoon kim, propose » : un à trois mots entre deux virgules (un
morceau de deux lettres compris) ; ou entre une virgule et la fin de la phrase, de la cellule ou de la ligne (groupe
`fin` : « avec l'ergothérapeute, colombo. », où un nom des listes seulement est lu, `_nom_des_listes_en_fin`). La
virgule d'abord : le moteur saute de l'une à l'autre."""
_ARTICLE_ET_MOT = re.compile(r"(?<![\w'’])(?:(?i:leur|le|la|sa|son|notre|votre|mon|ma|du|au|un|une|ce|cette)[ \t]+|"
                             r"(?i:l)['’][ \t]*)([^\W\d_]+(?:-[^\W\d_]+)*)")
_QUELQUES_MOTS = re.compile(r"(?:[ \t]+(?:[^\W\d_]+['’])?[^\W\d_]+){0,5}[ \t]*")


def _proche_devant(texte: str, debut: int, fin: int) -> str:
    """Devant la première virgule (`fin`), le lien de parenté, le rôle ou le métier le plus proche après son article,
    peut-être suivi de quelques mots (« La grand-mère maternelle », « Le parrain du jeune », « Le coach du club de
    foot », « le directeur de l'école », « Appel du médecin traitant », garde67), normalisé ; sinon ""."""
    trouve = ""
    for m in _ARTICLE_ET_MOT.finditer(texte, debut, fin):
        mot = normaliser(m.group(1))
        if (mot in _DEVANT_UN_APPOSE or mot in _ROLES_A_NOM_ATTACHE) and _QUELQUES_MOTS.fullmatch(texte, m.end(), fin):
            trouve = mot
    return trouve


_PARTICULES_APPOSEES = _PARTICULES_NOM | frozenset("de du des la le lo".split())


_FINS_DE_PROCHES = frozenset(re.split(r"[ -]", lien.lower())[-1] for lien in liens_de_parente())
"""Le dernier mot de chaque lien de parenté, tel qu'il s'écrit (« mère » de « grand-mère », « ami » de « petit ami ») :
le préfiltre de `_noms_colles_a_un_proche` sur les mots du texte."""
_ARTICLE_DE_PROCHE = re.compile(
    r"(?:(?<!\w)(?<!\w['’])(?i:le|la|l['’]|les|sa|son|ses|leur|leurs|notre|votre|mon|ma|du|au|aux)[ \t]*"
    r"|^[ \t>*+-]*(?:[^\W\d_][\w ]{0,40}:[ \t]*['\"]?)?)"
    r"(?:[^\W\d_]+-)*(?:petite?[ \t]+|meilleure?[ \t]+)?$", re.MULTILINE)
"""Devant le dernier mot du lien : son article (même après l'apostrophe qui ouvre une valeur YAML, « 'La mère … »,
jamais après une élision), ou rien que le début de la ligne ou de la valeur d'une clé (« service_ou_lien: tante
maternelle zahra », « - oncle mbala ») ; puis les morceaux d'un composé (« la grand-», « son demi- »), « petit »."""
_MOT_COLLE = re.compile(r"[ \t]+\(?[ \t]*(" + _MOT_APPOSE + r")")
"""Le premier de ces mots, lu seul d'abord : après « le jeune », presque toujours un verbe, écarté sans lire la suite."""
_MOTS_COLLES = re.compile(r"[ \t]+\(?[ \t]*(" + _MOT_APPOSE + r"(?:[ \t]+\(?[ \t]*" + _MOT_APPOSE + r"){0,3})(?![\w'’\-])")
"""Jusqu'à quatre mots en minuscules juste après le lien (« la mère nguyen », « le voisin (dubois) »)."""
_QUALIFICATIFS_DE_PROCHE = QUALIFICATIFS_DE_LIEN | {"germain", "germaine", "jumeau", "jumelle"}
"""Ce qui précise le lien sans nommer la personne (« la tante maternelle bah ») : sauté avant le nom."""


def _noms_colles_a_un_proche(texte: str, lignes: Lignes) -> Iterator[tuple[int, int]]:
    """« Son cousin nguyen l'héberge », « la tante maternelle bah », « le voisin (dubois) » : un nom écrit en
    minuscules juste après un lien de parenté et son article, sans virgule ; les mots retenus (un à trois) sont ceux
    qu'une apposition prendrait pour un nom (`_nom_appose` : jamais un adjectif ni un mot courant, « la mère
    seule »)."""
    bas = lignes.bas
    for fin_de_lien in sorted(lignes.mots & _FINS_DE_PROCHES):
        i = bas.find(fin_de_lien)
        while i != -1:
            fin = i + len(fin_de_lien)
            premier = _MOT_COLLE.match(texte, fin) if not (i and bas[i - 1].isalpha()) else None
            suite = (_MOTS_COLLES.match(texte, fin) if premier is not None and (
                _colle_dit_une_personne(premier.group(1), True)
                or normaliser(premier.group(1)) in _QUALIFICATIFS_DE_PROCHE) else None)
            if suite is not None:
                mots = list(re.finditer(r"[^\s(]+", suite.group(1)))  # « la sœur aînée (ferreira) »
                if normaliser(mots[0].group()) in _QUALIFICATIFS_DE_PROCHE:
                    mots = mots[1:]
                n = 0
                while n < min(3, len(mots)) and _colle_dit_une_personne(mots[n].group(), n + 1 < len(mots)):
                    n += 1
                if (n and normaliser(mots[n - 1].group()) not in _PARTICULES_NOM  # l'article n'est lu que devant un nom
                        and _ARTICLE_DE_PROCHE.search(texte, max(lignes.debuts[lignes.numero(i)], i - 40), i)):
                    yield suite.start(1) + mots[0].start(), suite.start(1) + mots[n - 1].end()
            i = bas.find(fin_de_lien, fin)


def _fete_finissant_en(texte: str, precedents: re.Match[str], fin: int) -> bool:
    """Un ou deux mots de `precedents` (juste avant un nom en minuscules), puis le nom jusqu'à `fin`, sont-ils une fête
    (« aid el seghir », « aid kebir ») ? Le nom seul n'en est pas une : « mme tihar » est une personne."""
    debuts = [m.start() for m in _LETTRES.finditer(texte, precedents.start(1), precedents.end(1))]
    return any(_forme_de_fete(texte[debut:fin]) in _FETES for debut in debuts)


def _forme_de_fete(mots: str) -> str:
    """Les mots normalisés, traits d'union et espaces réduits à une espace (« l'aid el kebir » comme « Aïd el-Kebir »)."""
    return " ".join(normaliser(mots).replace("-", " ").split())


_FETES = frozenset(_forme_de_fete(f) for f in lire_liste("fetes.txt"))
"""Les fêtes d'autres traditions qu'un nom peut porter (`donnees/fetes.txt`) : une suite de mots qui n'est que l'une
d'elles n'est pas un nom."""
_MOTS_PRECEDENTS = re.compile(r"((?:[^\W\d_]+[ \t-]+){1,2})$")
"""Un ou deux mots juste avant un nom en minuscules : le début d'une fête (« l'aid el seghir »)."""
_ENTRE_PARENTHESES = re.compile(r"\(([^()\n]{2,40})\)")
_MOTS_NORMALISES = re.compile(r"[a-z]+(?:-[a-z]+)*")
_DEVANT_UNE_PARENTHESE = _DEVANT_UN_APPOSE | _ROLES_DU_LOGEMENT | frozenset(
    "psy prof kine interprete animateur animatrice coach generaliste".split())
"""Un proche, un rôle ou une fonction, et leurs abréviations (« la psy (Javier) ») : ce qui, sur la ligne, annonce la
personne que la parenthèse nomme."""
_INITIALE_SEULE = re.compile(r"[" + _MAJ + r"]\.")
_MOT_DE_NOM = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def _noms_entre_parentheses_apres_un_role(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                          resultats: list[Trouvaille]) -> None:
    """« le voisin du rez-de-chaussée (Javier) », « la psy (Lộc T.) », « l'éducatrice référente du SRG (zeroual) » :
    entre parenthèses, après un proche, un rôle ou une fonction sur la même ligne (`_DEVANT_UNE_PARENTHESE`), un à trois
    mots (une initiale admise) sont le nom de la personne s'ils peuvent en être un (`_nom_entre_parentheses`) ; jamais
    un sigle, un lieu, une langue, un état (« (excusée) ») ni un mot du lexique qui n'est pas un prénom."""
    for m in _ENTRE_PARENTHESES.finditer(texte):
        debut, fin = m.span(1)
        if deja.chevauche(debut, fin):
            continue
        mots = m.group(1).split()
        if not 1 <= len(mots) <= 3 or not all(_MOT_DE_NOM.fullmatch(x) or _INITIALE_SEULE.fullmatch(x) for x in mots):
            continue
        noms_ = [x for x in mots if not _INITIALE_SEULE.fullmatch(x)]
        if not noms_ or not all(_nom_entre_parentheses(x, contexte) for x in noms_):
            continue
        debut_ligne = lignes.debuts[lignes.numero(m.start())]
        avant = _MOTS_NORMALISES.findall(normaliser(texte[max(debut_ligne, m.start() - 60):m.start()]))
        if not any(mot in _DEVANT_UNE_PARENTHESE for mot in avant):
            continue
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group(1), "nom entre parenthèses après un rôle")))


_ROLES_A_NOM_ATTACHE = frozenset(
    {r for r in _DEVANT_UNE_PARENTHESE if r.isalpha() and r not in _SALUTATIONS and r not in _APPELLATIONS
     and r not in _APPELLATIONS_FORTES
     and r not in {"dite", "jeune", "enfant", "famille", "parent", "parents", "premier", "premiere", "appele", "appelee",
                   "prenommes", "prenommees", "cher", "chere", "chers", "cheres", "cure", "cadet", "cadette", "benjamin",
                   "benjamine", "maitre"}}
    | {"pediatre", "entraineur", "entraineuse", "psychomotricien", "psychomotricienne", "psychiatre", "kinesitherapeute",
       "ergotherapeute", "osteopathe", "puericultrice", "mediateur", "mediatrice", "as", "educ", "mentor", "mentore",
       "animateur", "animatrice", "chef", "cheffe"})
"""Les rôles et les proches auxquels une note accroche un nom en minuscules par une parenthèse, deux-points, un tiret ou
une barre (« le kiné (dufour) », « - logopède : vandamme », « psy – lemaire », « AS/karim ») ; « as » seulement écrit
« AS » (l'assistante sociale), jamais « tu as » ; pas « cure » (« Post-cure : »), « cadet », « benjamin » (des catégories
sportives), « maître » (« Maître de stage – »), l'attaque-68. Des mots seuls : le préfiltre lit les mots du texte, qu'un
trait d'union coupe (« grand-mère » y est « grand » et « mère »)."""
_ROLES_A_NOM_ATTACHE_ECRITS = _ROLES_A_NOM_ATTACHE | frozenset(
    "kiné logopède pédiatre pédopsychiatre entraîneur entraîneuse infirmière éducateur éducatrice médecin propriétaire "
    "délégué déléguée référent référente kinésithérapeute ergothérapeute ostéopathe puéricultrice médiateur médiatrice "
    "interprète généraliste conseillère président présidente préfet préfète député députée échevin échevine "
    "abbé mère père frère frères sœur sœurs soeur soeurs aîné aînée nièce épouse époux bébé mémé pépé mémère pépère "
    "garçon propriétaires éduc évaluateur évaluatrice".split())
"""Les mêmes, tels qu'ils s'écrivent : le préfiltre lit les mots du texte en minuscules, accents compris (chacun se
normalise en un mot de `_ROLES_A_NOM_ATTACHE`, ce qu'un essai vérifie)."""
_PROCHES_ET_ROLES = _LIENS_DE_FAMILLE | _ROLES_A_NOM_ATTACHE
"""Ce qui, juste devant un nom en capitales, dit qu'il est celui d'une personne (`_capitales_apres_un_proche`)."""
_DETERMINANTS_D_UN_PROCHE = frozenset("le la les l un une sa son ses leur ce cette mon ma notre votre".split())
"""Ce qui peut précéder le proche ou le rôle lu par `_capitales_apres_un_proche` (« avec la psychologue … »)."""
_PRECISIONS_D_UN_PROCHE = _QUALIFICATIFS_DE_PROCHE | frozenset(
    "referent referente traitant traitante social sociale generaliste scolaire".split())
"""Le seul mot admis entre le proche ou le rôle et le nom en capitales (« l'oncle paternel », « le médecin traitant »,
« l'assistante sociale », l'attaque-103)."""
_MOT_MINUSCULE_ATTACHE = r"(?:[dn]['’])?[" + _MIN + r"][^\W\d_]*+(?:-[^\W\d_]++)*+"
_SIGNE_QUI_ACCROCHE = r"[ \t]*[(\[][ \t]*|[ \t]*:[*_]*[ \t]*|[ \t]*[–—][ \t]*|[ \t]+-[ \t]+|[ \t]*/[ \t]*"
"""Ce qui accroche un nom à un rôle : une parenthèse ou un crochet, deux-points, un tiret, une barre."""
_NOM_ATTACHE_A_UN_ROLE = re.compile(
    r"((?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,4}?)(?:" + _SIGNE_QUI_ACCROCHE + ")"
    r"(" + _MOT_MINUSCULE_ATTACHE + r"(?:[ \t]+" + _MOT_MINUSCULE_ATTACHE + r"){0,3})(?![\w'’@/\-]|\.\w)")
"""Après un rôle : jusqu'à quatre mots qui le précisent (« traitant », « de français », « SPJ »), le signe qui y accroche
un nom, puis un à quatre mots en minuscules (« d'hondt », « n'diaye » compris), pas au milieu d'un mot, d'une adresse ni
d'un chemin (un point final admis : « Le kiné : dufour. »)."""
_ROLE_ET_SIGNE_DEVANT = re.compile(
    r"(?<![\w-])(?:AS|(?i:" + "|".join(sorted(_ROLES_A_NOM_ATTACHE_ECRITS - {"as"}, key=lambda r: (-len(r), r))) + r"))"
    r"((?:[ \t]+[^\W\d_]+(?:['’][^\W\d_]+)?){0,2}?)(" + _SIGNE_QUI_ACCROCHE + ")$")
"""Un rôle, ses précisions et le signe qui y accroche un nom, juste avant un nom en capitales (« Psy PMS : BOURDICHON »,
« l'éducatrice [DELCOURTOIS] », garde68) : la place d'un nom, comme pour un nom en minuscules."""
_PARTICULES_ATTACHEES = _PARTICULES_NOM | {"de"}
"""Les particules lues devant un nom accroché à un rôle (« la juge (de smet) », « aïcha el idrissi »)."""
LONGUEUR_MAX_D_UN_NOM = 40
"""Caractères d'un mot que personne n'écrit, au plus, pour qu'il soit lu comme un nom (composés compris)."""
LONGUEUR_D_UN_NOM_ACCROCHE = 4
"""Lettres d'un nom accroché à un rôle au moins : « psy : pia », « pédopsychiatre : adi » sont des sigles que les listes
tiennent aussi pour des noms (l'attaque-68)."""


def _noms_en_minuscules_attaches_a_un_role(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                          resultats: list[Trouvaille]) -> None:
    """« le kiné (dufour) », « - logopède : vandamme », « Pédiatre – kabasele – », « kiné/janssens », « la juge (de
    smet) » : un nom en minuscules accroché à un rôle ou un proche (`_ROLES_A_NOM_ATTACHE`) par une parenthèse, deux-points,
    un tiret ou une barre (garde38). Les mots retenus, après une ou deux particules, sont ceux que `_nom_attache` dit des
    personnes, jusqu'au premier qui n'en est pas une (« psy: hakim rdv mardi ») ; jamais un mot du dictionnaire (« kiné
    (absent) », « bailleur: privé »), un rôle (« prof/éducateur »), une localité ni un mot de l'annuaire."""
    bas = lignes.bas
    for role in sorted(lignes.mots & _ROLES_A_NOM_ATTACHE_ECRITS):
        i = bas.find(role)
        while i != -1:
            fin_role = i + len(role)
            if _mot_entier(bas, i, fin_role) and (role != "as" or texte[i:fin_role] == "AS"):
                m = _NOM_ATTACHE_A_UN_ROLE.match(texte, fin_role)
                if m is not None and not (normaliser(role) in _ROLES_D_UN_BILAN
                                          and _test_plutot_qu_un_nom(m.group(2))):
                    _retenir_les_mots_attaches(texte, m, contexte, deja, resultats)
            i = bas.find(role, fin_role)


def _test_plutot_qu_un_nom(attache: str) -> bool:
    """Le premier mot accroché à un rôle d'un bilan est-il un test (`tests_eponymes.txt`) ou un mot hors des listes de
    noms (« nepsy », « wppsi », « psychométricienne ») plutôt qu'un nom (« mbuyamba », « de smet ») ?"""
    mots = attache.split()
    premier = mots[0] if mots else ""
    forme = normaliser(premier)
    return forme in _TESTS_EPONYMES or forme not in _PARTICULES_ATTACHEES and not _dans_les_listes(premier)


def _retenir_les_mots_attaches(texte: str, m: re.Match[str], contexte: ContexteAnonymat, deja: Intervalles,
                               resultats: list[Trouvaille]) -> None:
    """Le nom que `_NOM_ATTACHE_A_UN_ROLE` a lu après un rôle : les mots qui sont des personnes, et les particules qui en
    précèdent une, jusqu'au premier mot qui n'en est pas une (« psy: hakim rdv mardi ») ; en tête, un prénom que le
    dictionnaire écrit aussi, devant un nom (« Le kiné : pierre dufour »), ou un mot que personne n'écrit, fermé
    (`_inconnu_entre_signes` : « Référente : ndiongue. », garde68)."""
    mots = list(_MOT_DE_NOM.finditer(texte, *m.span(2)))
    pris = 0  # mots retenus : des noms, et les particules suivies d'un nom (« de smet », « aïcha el idrissi »)
    while pris < len(mots):
        particules = 0
        while (particules < 2 and pris + particules < len(mots) - 1
               and normaliser(mots[pris + particules].group()) in _PARTICULES_ATTACHEES):
            particules += 1
        mot = mots[pris + particules].group()
        if not _nom_attache(mot, contexte):
            n = normaliser(mot)
            if not (pris == 0 == particules and len(mots) > 1
                    and _prenom_des_listes(n)
                    and _nom_attache(mots[1].group(), contexte)
                    or pris == 0 and _inconnu_entre_signes(texte, m, mots[particules], contexte)):
                break
        pris += particules + 1
    if not pris:
        return
    debut, fin = m.start(2), mots[pris - 1].end()
    if not deja.chevauche(debut, fin):
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom accroché à un rôle")))


_ROLE_APRES_LE_SIGNE = r"[ \t]*(?:(?i:l['’]|la[ \t]+|le[ \t]+|sa[ \t]+|son[ \t]+))?([^\W\d_]+)(?![\w'’-])"
"""Après le signe : un article ou un possessif au plus, puis le premier mot de la fonction (groupe 1)."""
_ROLE_APRES_UN_SIGNE = re.compile(r"(?:\(|\[|[–—]|-(?=[ \t]))" + _ROLE_APRES_LE_SIGNE)
"""Une parenthèse, un crochet ou un tiret qui ouvre sur un mot (« (conseillère Forem) », « [CM] », « – la psy du SSM »),
juste après un nom en minuscules (`_noms_en_minuscules_devant_un_role`)."""
_ROLES_APRES_UN_NOM = (_ROLES_A_NOM_ATTACHE | _ROLES | frozenset(
    "juriste responsable secretaire therapeute criminologue gestionnaire travailleur travailleuse ergo formateur "
    "formatrice".split())) - {
    "as", "premier", "premiere", "cure", "maitre", "meme", "memere"}
"""Les rôles et les proches qu'une note écrit entre parenthèses après un nom (« greco (conseillère Forem) », « kasongo
(titulaire de classe) », « haddadine (thérapeute familiale) ») ; « AS », « CM », « TMS » en capitales seulement ; « mémé »,
« mémère » avec leurs accents seulement (« même », « meme » n'en sont pas)."""
_SIGLES_APRES_UN_NOM = frozenset(("AS", "CM", "TMS"))


@lru_cache(maxsize=4096)
def _designe_un_role_apres_un_nom(mot: str) -> bool:
    """Le mot est-il un rôle de `_ROLES_APRES_UN_NOM` (ou « AS », « CM », « TMS » en capitales) ? Un mot ASCII est
    comparé en minuscules, sans `normaliser` (lu sur presque chaque ligne d'un YAML)."""
    if mot in _SIGLES_APRES_UN_NOM:
        return True
    bas = mot.lower()
    return bas in _ROLES_APRES_UN_NOM if bas.isascii() else (normaliser(bas) in _ROLES_APRES_UN_NOM
                                                             or bas in _ROLES_A_NOM_ATTACHE_ECRITS)


_MOTS_DEVANT_UN_SIGNE = re.compile(
    r"(?<![\w'’@./-])" + _MOT_MINUSCULE_ATTACHE + r"(?:[ \t]+" + _MOT_MINUSCULE_ATTACHE + r"){0,2}[ \t]*$")
"""Un à trois mots en minuscules juste devant le signe, collés à lui ou non (« greco(AS) »)."""
_SIGNES_DEVANT_UN_ROLE = ("(", "[", "–", "—", " - ")
_DETERMINANT_DEVANT = re.compile(r"(?<![\w'’])(?i:" + "|".join(
    sorted(re.escape(d) for d in _DETERMINANTS | {"au", "aux", "ces", "ton", "ta", "tes"})) + r")[ \t]*$")
"""Un article ou un possessif juste devant un mot : une chose, pas une personne (« son doudou (maman l'a lavé) »)."""


def _noms_en_minuscules_devant_un_role(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                      resultats: list[Trouvaille]) -> None:
    """« greco (conseillère Forem) », « Le référent désigné est chen (CM) », « avec ahmadzaï [déléguée SPJ] » : un nom
    en minuscules juste devant sa fonction entre parenthèses, crochets ou tirets (le pendant de « le kiné (dufour) »).
    Des particules ou un prénom des listes juste devant en font partie (`_debut_du_nom_devant_un_role`) ; le dernier mot
    est un nom s'il en est un des listes (`_nom_devant_un_role`), ou, là où la phrase met une personne
    (`_place_de_personne`), s'il est un mot que personne n'écrit (`_inconnu_devant_un_role`), sauf devant
    « (interprète) ». Jamais un mot courant (« le suivi (conseillère Forem) »), un lieu d'ici, un mot de l'annuaire."""
    signes = set()
    for signe in _SIGNES_DEVANT_UN_ROLE:
        i = texte.find(signe)
        while i != -1:
            signes.add(i + 1 if signe == " - " else i)
            i = texte.find(signe, i + 1)
    for position in sorted(signes):
        role = _ROLE_APRES_UN_SIGNE.match(texte, position)
        if role is None or not _designe_un_role_apres_un_nom(role.group(1)):
            continue  # « (as prévu) » : « as » n'est l'assistante sociale qu'écrit « AS »
        debut_ligne = lignes.debuts[lignes.numero(position)]
        devant = _MOTS_DEVANT_UN_SIGNE.search(texte, max(debut_ligne, position - 80), position)
        if devant is None:
            continue
        mots = list(_MOT_DE_NOM.finditer(texte, devant.start(), position))
        debut, fin = _debut_du_nom_devant_un_role(texte, debut_ligne, mots), mots[-1].end()
        dernier = mots[-1].group()
        if _DETERMINANT_DEVANT.search(texte, max(debut_ligne, debut - 8), debut):
            continue  # « Il dort avec son doudou (maman l'a lavé) », « Le nounours – maman » : une chose (revue64)
        if not (_nom_devant_un_role(dernier, contexte)
                or normaliser(role.group(1)) != "interprete"  # « tigrigna (interprète) » : une langue, bien plus souvent
                and _place_de_personne(texte, debut_ligne, debut) and _inconnu_devant_un_role(dernier, contexte)
                and not _sous_une_cle_d_acteurs(texte, lignes, debut_ligne)):  # « qui:⏎- intermaide (CM) » (revue64)
            continue
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom devant sa fonction")))


_NOM_A_MAJUSCULE_DEVANT = re.compile(r"(?<![\w'’@./-])([" + _MAJ + r"][^\W\d_]*(?:['’-][^\W\d_]+)*"
                                     r"(?:[ \t]+[" + _MAJ + r"][^\W\d_]*(?:['’-][^\W\d_]+)*)?)[ \t]*$")
"""Un ou deux mots à majuscule juste devant une parenthèse ou une virgule (« Guled ( », « Fatou Diallo, »)."""
_FONCTION_ENTRE_PARENTHESES_OU_APPOSEE = re.compile(r"[(,]" + _ROLE_APRES_LE_SIGNE)
"""Une parenthèse ou une virgule qui ouvre sur un mot (« Guled (formateur », « Cheikh, formateur ») : lues d'un seul
parcours du moteur, dans l'ordre du texte."""


def _noms_a_majuscule_devant_leur_fonction(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                          resultats: list[Trouvaille]) -> None:
    """« Guled (formateur IFAPME) confirme », « * Javier (pédopsychiatre, SSM) », « Cheikh, formateur IFAPME, » : un ou
    deux mots à majuscule juste devant leur fonction entre parenthèses, ou apposée entre virgules en tête de phrase,
    d'élément ou de cellule (aveugle-90). Chaque mot est un prénom ou un nom des listes, un prénom porté qui est un mot
    (« Grâce », « Ange ») ou un mot que personne n'écrit (« Guled », « Diệp ») ; jamais un mot de la langue (« Suivi
    (éducatrice AMO) », « Piscine (moniteur) »), un sigle, un lieu, un organisme, un mot de l'annuaire. Devant une
    parenthèse au milieu d'une phrase, seulement là où la phrase met une personne (`_place_de_personne`)."""
    for role in _FONCTION_ENTRE_PARENTHESES_OU_APPOSEE.finditer(texte):
        if not _designe_un_role_apres_un_nom(role.group(1)):
            continue
        position = role.start()
        debut_ligne = lignes.debuts[lignes.numero(position)]
        devant = _NOM_A_MAJUSCULE_DEVANT.search(texte, max(debut_ligne, position - 60), position)
        if devant is None:
            continue
        debut, fin = devant.span(1)
        if deja.chevauche(debut, fin):
            continue
        tete = _place_de_personne(texte, debut_ligne, debut) and (
            _debut_de_phrase(texte, debut_ligne, debut)
            or debut - debut_ligne <= _AVANT_UNE_TETE and not texte[debut_ligne:debut].strip(" \t-*+|>"))
        if not (tete or texte[position] == "(" and _place_de_personne(texte, debut_ligne, debut)):
            continue
        personne_apres = True  # entre virgules, en tête : l'apposition dit qui
        if texte[position] == "(":
            fin_parenthese = texte.find(")", position, min(position + _FENETRE_D_UNE_FONCTION,
                                                           lignes.bornes(lignes.numero(position))[1]))
            apres = _PERSONNE_APRES_SA_FONCTION.match(texte, fin_parenthese + 1) if fin_parenthese != -1 else None
            personne_apres = apres is not None and (apres.group("agit") is not None
                                                    or not _cadre_sans_personne(texte, lignes, debut))
        if not all(_mot_d_un_nom_devant_sa_fonction(mot, contexte, personne_apres, texte[position] == ",")
                   for mot in devant.group(1).split()):
            continue
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom devant sa fonction")))


_FENETRE_D_UNE_FONCTION = 80
"""Caractères au plus entre la parenthèse qui ouvre la fonction et celle qui la ferme (temps linéaire)."""
_PERSONNE_APRES_SA_FONCTION = re.compile(
    r"[ \t]*(?:$|\||(?P<agit>[:,][ \t]*(?i:présente?s?|presente?s?|absente?s?|excusée?s?|excusee?s?)(?![\w'’-])|"
    r"(?:" + _VERBE_DE_PERSONNE_EN_MINUSCULES + r"|propose|proposera|assure|assurera|rappelle|rappellera|viendra|"
    r"vient|prend|prendra|accompagne|accompagnera)(?![\w'’-])))", re.MULTILINE)
"""Après la fonction entre parenthèses, ce qui dit une personne : ce qu'elle fait (« Guled (formateur IFAPME)
confirme », « … rappellera »), sa présence (« : présente », « : excusée ») (groupe `agit`), ou rien (la fin d'une
ligne, d'une cellule, d'un élément, hors d'un cadre sans personne : `_cadre_sans_personne`) ; pas un usage
(« Snoezelen (psychomotricienne) le jeudi », « Tangram (logopède) en début de séance », « Hikikomori (pédopsychiatre) :
hypothèse » : une méthode, un jeu, un terme, l'attaque-122)."""
_FENETRE_DE_CELLULE = 2048
"""Au-delà, dans une très longue ligne de tableau, la colonne n'est pas cherchée (temps linéaire : les barres sont
comptées depuis le début de la ligne)."""
_TITRES_DE_PERSONNES = frozenset(
    "qui avec personne personnes acteur acteurs responsable responsables intervenant intervenante intervenants "
    "participant participante participants present presents presente presentes contact contacts referent referente "
    "accompagnant accompagnante accompagnants nom noms par pour membre membres professionnel professionnels".split())
"""Les mots d'un titre de colonne ou d'une clé de liste dont les éléments sont des personnes (« Qui », « Avec »,
« presents », « intervenants »)."""


def _cadre_sans_personne(texte: str, lignes: Lignes, debut: int) -> bool:
    """`debut` est-il dans une cellule dont le titre de colonne, ou dans un élément de liste dont la clé, ne dit pas des
    personnes (`_TITRES_DE_PERSONNES` : « | Activité | » au-dessus de « | Snoezelen (psychomotricienne) | »,
    « activites:⏎  - Tangram (logopède) », l'attaque-122) ?"""
    indice = lignes.numero(debut)
    debut_ligne = lignes.debuts[indice]
    entete = lignes.entete(indice)
    if entete is not None and debut - debut_ligne <= _FENETRE_DE_CELLULE:
        titres = texte[slice(*lignes.bornes(entete))].split("|")
        rang = texte.count("|", debut_ligne, debut)
        titre = titres[rang] if rang < len(titres) else ""
        return _TITRES_DE_PERSONNES.isdisjoint(normaliser(m) for m in _LETTRES.findall(titre))
    item = _ITEM_EN_TETE.match(texte, debut_ligne)
    cle = _cle_de_la_liste(texte, lignes, debut_ligne, len(item.group(1)), 30) if item is not None else None
    return cle is not None and _TITRES_DE_PERSONNES.isdisjoint(normaliser(cle).split("_"))


def _mot_d_un_nom_devant_sa_fonction(mot: str, contexte: ContexteAnonymat, personne_apres: bool, virgule: bool) -> bool:
    """Le mot à majuscule devant une fonction (`_noms_a_majuscule_devant_leur_fonction`) peut-il être un nom ? Un prénom
    ou un nom des listes que le lexique ignore, toujours ; un mot que personne n'écrit, un prénom porté qui est un mot,
    un nom ambigu ou que le lexique connaît (« Gordon », « Boulanger », « Prudence »), seulement quand ce qui suit dit
    une personne (`personne_apres`) ; devant une fonction entre virgules (`virgule`), pas ces derniers (« Clément, le
    juge l'a été » : l'adjectif, aveugle-8)."""
    forme = normaliser(mot)
    if (forme in _MOTS_DE_LA_PHRASE or designe_un_role(forme) or est_un_lieu(forme) or forme in listes()["localites"]
            or est_une_organisation(mot) or forme in contexte.mots_autorises or _dans_l_annuaire(mot, contexte)
            or mot.isupper() and len(mot) <= 6):
        return False
    classe = _classer(mot, contexte)
    if classe == _Classe.INCONNU and mot.isupper():
        return False  # « KALEIDOSO (coordinatrice) demande » : un organisme écrit en capitales (l'attaque-84)
    if classe in (_Classe.PRENOM, _Classe.NOM) and not est_mot_connu(mot):
        return True
    return personne_apres and (classe in _CLASSES_DE_NOMS and not virgule or forme in _PRENOMS_MOTS_PORTES
                               or classe == _Classe.INCONNU and _mot_inconnu(mot, contexte))


_PARTICULES_EN_TETE_D_UN_NOM = (r"(?:(?i:de(?:[ \t]+la)?|van(?:[ \t]+de[nr]?)?|vander|vanden|von|ter|da|di|del|dos|el|al|"
                                r"ben)[ \t]+)?")
"""Les particules qu'un nom lu en tête ou après une rubrique peut porter devant lui (« De la Croixmare », « van der
straeten », « al-Qassab » s'écrivant d'un seul mot)."""
_TETE_PUIS_FONCTION = re.compile(
    r"^([ \t]*)(?:>[ \t]*)*(?:((?:[-*+]|\d{1,2}[.)])[ \t]+)|\|[ \t]*|([\w-]+):[ \t]+(?:[-*+][ \t]+)?)?['\"]?"
    r"(" + _PARTICULES_EN_TETE_D_UN_NOM +
    r"([^\W\d_]+(?:['’-][^\W\d_]+)*))[ \t]*(?:(?::|,|\|)[ \t]*|(?:[–—]|-(?=[ \t])|\(|\[)[ \t]*"
    r"(?:(?i:l['’]|la[ \t]+|le[ \t]+|sa[ \t]+|son[ \t]+))?)([^\W\d_]+)(?![\w'’-])", re.MULTILINE)
"""Un mot seul (et ses particules) en tête d'une ligne, d'un élément de liste, de la première cellule d'un tableau,
d'une valeur YAML ou d'une chaîne entre apostrophes ou guillemets droits, puis un signe (« : », un tiret, une
parenthèse, un crochet, une virgule, la cellule suivante) et le mot qui le suit (`_noms_seuls_en_tete`) ; un article
seulement après une parenthèse, un crochet ou un tiret : après « : », « la mère » est le sujet d'une phrase (« Viettel :
la mère utilise une carte SIM »). Groupes : retrait, puce, clé, nom avec ses particules, dernier mot du nom, rôle."""


def _noms_seuls_en_tete(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                        resultats: list[Trouvaille]) -> None:
    """« - Tshiamalenga : AS du CPAS », « * zorbakian – logopède », « | Mukamana | psy du SSM | » : un nom seul en
    tête, juste avant sa fonction (`_ROLES_APRES_UN_NOM`) ; avec sa majuscule ou en minuscules, un nom des listes hors du
    dictionnaire ou un mot que personne n'écrit (`_inconnu_devant_un_role` : ni mots connus collés, « cmverviers ») ;
    jamais un organisme ; devant « interprète », seulement un nom des listes ; avec sa majuscule, pas devant une
    parenthèse ni un crochet (« Laroxyl (pédopsychiatre) », « Synapsia (logopède) » : un médicament, un service,
    l'attaque-85 ; décision du cinquante-troisième passage, gardée). Pas sous une clé d'identifiants d'acteur,
    sur sa ligne (« qui: cmliege (CM) ») ni au-dessus d'un élément de liste (« qui:⏎- cmliege (CM) ») ; les mots de
    l'annuaire sont écartés par les deux tests du mot."""
    mots = lignes.mots
    roles = mots & _ROLES_APRES_UN_NOM  # les rôles écrits en ASCII, puis les autres (« éducatrice »)
    roles |= {mot for mot in mots if not mot.isascii() and _designe_un_role_apres_un_nom(mot)}
    indices = set(lignes.contenant(roles)) if roles else set()
    for sigle in _SIGLES_APRES_UN_NOM:  # en capitales : cherchés dans le texte tel qu'il est écrit
        i = texte.find(sigle)
        while i != -1:
            indice = lignes.numero(i)
            indices.add(indice)
            i = texte.find(sigle, lignes.bornes(indice)[1])
    for indice in sorted(indices):  # seules les lignes qui ont un rôle sont relues (le motif coûte sur chaque ligne)
        m = _TETE_PUIS_FONCTION.match(texte, lignes.debuts[indice])
        if m is None:
            continue
        role, mot = m.group(6), m.group(5)
        if not _designe_un_role_apres_un_nom(role) or mot.isupper():
            continue
        cle = m.group(3)
        if cle is not None and normaliser(cle) in _CLES_D_ACTEURS:
            continue
        if not mot.islower() and texte[m.end(4):m.start(6)].strip(" \t")[:1] in "([":
            continue  # « Laroxyl (pédopsychiatre) », « Synapsia (logopède) » : un médicament, un service (l'attaque-85)
        forme = mot.casefold()
        if est_une_organisation(mot) or not (_nom_devant_un_role(forme, contexte) or normaliser(role) != "interprete"
                                             and _inconnu_devant_un_role(mot, contexte)):
            continue
        if m.group(2) is not None and _sous_une_cle_d_acteurs(texte, lignes, m.start()):
            continue
        debut, fin = m.span(4)
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group(4), "nom seul en tête, devant sa fonction")))


def _sous_une_cle_d_acteurs(texte: str, lignes: Lignes, debut_ligne: int) -> bool:
    """L'élément de liste qui commence à `debut_ligne` est-il porté par une clé d'identifiants d'acteur
    (`_CLES_D_ACTEURS`, « qui:⏎- cmliege (CM) », « presents:⏎  - … ») ? Trente lignes relues au plus."""
    item = _ITEM_EN_TETE.match(texte, debut_ligne)
    if item is None:
        return False
    cle = _cle_de_la_liste(texte, lignes, debut_ligne, len(item.group(1)), 30)
    return cle is not None and normaliser(cle) in _CLES_D_ACTEURS


_ITEM_EN_TETE = re.compile(r"([ \t]*)[-*+][ \t]")


_RUBRIQUE_DE_PERSONNE = re.compile(
    r"(?<!\w)(?<!\w['’])(?i:par|avec|chez|pour|aupr[èe]s[ \t]+de)[ \t]*:[ \t]*['\"]?"
    r"(" + _PARTICULES_EN_TETE_D_UN_NOM + r"([^\W\d_]+(?:['’-][^\W\d_]+)*))(?![\w-])(?!['’]\w)")
"""« Suivi par : goossens », « Accompagné par : Meulebroeck », « Hébergé chez : al-Qassab » : une rubrique prise au vol
dont la valeur est une personne (`_noms_apres_une_rubrique_de_personne`)."""


def _noms_apres_une_rubrique_de_personne(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                         resultats: list[Trouvaille]) -> None:
    """Après « par : », « avec : », « chez : », « pour : », « auprès de : », le deux-points dit qu'une personne suit :
    un nom des listes hors du dictionnaire, ou un mot que personne n'écrit, avec sa majuscule ou en minuscules (ni
    deux mots collés, ni gentilé) ; jamais un article (« Suivi par : le CPAS »), un mot du dictionnaire (« par :
    défaut »), un lieu, un organisme, un mot de l'annuaire. Sans le deux-points, « par » et « avec » ne prennent que les
    noms des listes (`_PRENOMS_SEULS`)."""
    if ":" not in texte or lignes.mots.isdisjoint(("par", "avec", "chez", "pour", "auprès", "aupres")):
        return
    for m in lignes.correspondances(_RUBRIQUE_DE_PERSONNE):
        mot = m.group(2)
        if mot.isupper() or est_une_organisation(mot) or not (
                _nom_devant_un_role(mot.casefold(), contexte) or _inconnu_devant_un_role(mot, contexte)):
            continue
        debut, fin = m.span(1)
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group(1), "nom après une rubrique de personne")))


_PREPOSITIONS_D_UNE_PERSONNE = frozenset("avec par chez pour auprès aupres selon et ou à est sont était etait sera".split())
"""Ce qui, juste devant un mot que personne n'écrit, met une personne à sa place (« avec ahmadzaï (AS) », « est chen
(CM) ») ; pas « de », « du », « dans », « sur », un article ou un nom (« Séances de snoezelen (psychomotricienne) »,
« dans medispring (secrétaire) », « l'asbl kodiko (animatrice) », l'attaque-104)."""
_CLE_EN_TETE = re.compile(r"[ \t]*(?:-[ \t]+)?([\w-]+):$")
_DERNIER_MOT = re.compile(r"[^\W\d_]+$")
_AVANT_UNE_PLACE = 100


def _place_de_personne(texte: str, debut_ligne: int, debut: int) -> bool:
    """Ce qui précède `debut` sur sa ligne y met une personne : rien (une puce, une barre de tableau), un signe (« : »,
    « ; », « , », « . », « ( », « | », un tiret long « – » ou « — » ; pas « - », souvent un trait d'union), une clé
    YAML qui n'attend pas un identifiant, ou un mot de `_PREPOSITIONS_D_UNE_PERSONNE`.
    Lu sur `_AVANT_UNE_PLACE` caractères au plus (temps linéaire : une longue ligne n'est pas relue à chaque nom)."""
    fenetre = max(debut_ligne, debut - _AVANT_UNE_PLACE)
    avant = texte[fenetre:debut].rstrip(" \t")
    if not avant.strip(" \t-*+|>"):
        return True
    cle = _CLE_EN_TETE.match(avant) if fenetre == debut_ligne else None
    if cle is not None:
        return normaliser(cle.group(1)) not in _CLES_D_ACTEURS
    if avant[-1] in ":;,.–—(|":
        return True
    mot = _DERNIER_MOT.search(avant)
    return mot is not None and mot.group().casefold() in _PREPOSITIONS_D_UNE_PERSONNE


def _debut_du_nom_devant_un_role(texte: str, debut_ligne: int, mots: list[re.Match[str]]) -> int:
    """Le début du nom qui finit par le dernier de `mots` : les particules (« van der », « de la ») et un prénom des
    listes qui n'est pas un mot juste devant ; « de » seulement en tête d'une phrase ou après ce qui met une personne à
    sa place (« par de wulfsteyn », pas « Proposition de kasongo »)."""
    debut = mots[-1].start()
    for rang in range(len(mots) - 2, -1, -1):
        mot, n = mots[rang].group(), normaliser(mots[rang].group())
        if n == "la" and rang > 0 and normaliser(mots[rang - 1].group()) == "de":
            continue  # « de la bardonnière » : « la » suit le sort de « de »
        if n == "de":
            if not (rang > 0 and normaliser(mots[rang - 1].group()) in _PARTICULES_NOM  # « van de maelbroeck »
                    or _place_de_personne(texte, debut_ligne, mots[rang].start())):
                break
        elif not (n in _PARTICULES_NOM or n in listes()["prenoms"] and not est_mot_du_dictionnaire(mot)):
            break
        debut = mots[rang].start()
    return debut


def _inconnu_devant_un_role(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un mot que personne n'écrit (`_nom_que_personne_n_ecrit`), ni gentilé ni fait de mots connus collés
    (`_mots_colles`) ; dans un composé, hormis des particules en tête, chaque morceau l'est ou est un nom des listes
    hors du dictionnaire (« delcourte-fagnart »)."""
    morceaux = _sans_particules_de_tete(mot)
    return all(_nom_que_personne_n_ecrit(_ELISION.sub("", m.casefold()), contexte) and not _GENTILE.search(normaliser(m))
               and not _mots_colles(normaliser(m), m.islower())
               or len(morceaux) > 1 and _nom_hors_du_dictionnaire(m.casefold()) for m in morceaux)


_SIGLES_COLLES = frozenset("as cm cpas cpms pms spj saj sdj amo ssm pse ippj aviq onem forem actiris asbl rdv tms "
                           "psy logo kine inf ref pedo med sos bxl".split())
"""Les sigles de services et les abréviations de rôles qu'un identifiant d'acteur colle à un autre mot (« cmverviers »,
« logocpms », « refspjnamur », l'attaque-105)."""


def _mots_colles(forme: str, en_minuscules: bool) -> bool:
    """« cmverviers », « psyssmforest », « prochainrdv », « equipemobile » : le mot se découpe tout entier en au moins
    deux morceaux connus (`_morceau_connu`), dont un sigle de `_SIGLES_COLLES`, ou, écrit `en_minuscules` comme un
    identifiant d'acteur, seulement des mots ou des lieux ; un identifiant ou une rubrique collée, pas un nom. Un nom
    écrit avec sa majuscule fait de deux mots (« Croixmare », « Boisvert ») en reste un."""
    if len(forme) > LONGUEUR_MAX_D_UN_NOM:
        return True  # trop long pour un nom (`_nom_que_personne_n_ecrit` l'écarte aussi) : le découpage serait quadratique
    etats: list[set[tuple[int, bool]]] = [set() for _ in range(len(forme) + 1)]
    etats[0].add((0, False))  # (morceaux lus, au plus 2 ; un sigle parmi eux) à chaque position atteinte
    for fin in range(2, len(forme) + 1):
        for debut in range(0, fin - 1):
            if etats[debut] and _morceau_connu(forme[debut:fin]):
                sigle = forme[debut:fin] in _SIGLES_COLLES
                etats[fin].update((min(n + 1, 2), avec or sigle) for n, avec in etats[debut])
    return any(n == 2 and (sigle or en_minuscules) for n, sigle in etats[len(forme)])


@lru_cache(maxsize=8192)
def _morceau_connu(morceau: str) -> bool:
    """Un sigle de `_SIGLES_COLLES`, un mot du dictionnaire ou un lieu d'au moins quatre lettres, une localité belge de
    trois (« huy », « ath ») : plus court, presque tout nom se découperait (« fot-sin-gue »)."""
    return (morceau in _SIGLES_COLLES or len(morceau) >= 4 and (est_mot_du_dictionnaire(morceau) or est_un_lieu(morceau))
            or len(morceau) == 3 and morceau in listes()["localites"])


def _sans_particules_de_tete(mot: str) -> list[str]:
    """Les morceaux d'un composé, sans ses particules de tête (« el-kharrouzi » : « kharrouzi »)."""
    morceaux = mot.split("-")
    while len(morceaux) > 1 and normaliser(morceaux[0]) in _PARTICULES_NOM:
        morceaux.pop(0)
    return morceaux


def _nom_devant_un_role(mot: str, contexte: ContexteAnonymat) -> bool:
    """Le mot juste devant une fonction entre parenthèses est un nom des listes : un nom accroché (`_nom_attache`,
    « greco »), un nom des listes d'au moins cinq lettres qui n'est ailleurs qu'une ville lointaine (« kasongo
    (titulaire de classe) »), ou un composé dont un morceau est l'un d'eux et les autres des particules ou des mots hors
    du dictionnaire (« el-kharrouzi ») ; ni un lieu d'ici, ni un mot du dictionnaire ou de l'annuaire."""
    if _nom_attache(mot, contexte):
        return True
    if "-" in mot:
        morceaux = _sans_particules_de_tete(mot)
        return all(len(m) >= 3 and not est_mot_du_dictionnaire(m) and not est_courant_tel_qu_ecrit(m)
                   and not _est_une_localite(m) for m in morceaux) and any(
            _nom_devant_un_role(m, contexte) for m in morceaux)
    n, l = normaliser(mot), listes()
    return (len(n) >= 5 and n in l["noms"] and n not in l["lieux"] and n not in l["localites"]
            and not est_mot_connu(mot) and not est_mot_du_dictionnaire(mot) and not est_courant_tel_qu_ecrit(mot)
            and not _jamais_une_personne(n) and not _dans_l_annuaire(mot, contexte))


_FERMETURES = {"(": ")", "[": "]", "–": "–", "—": "—", "-": "-"}
"""Le signe qui ferme un nom accroché par celui qui l'ouvre (« le parrain – bogaerdts – », « le beau-père (okonkwo) »,
« la kiné [chekroun] ») ; après deux-points ou une barre, la ponctuation de la phrase, la fin de la ligne ou d'une chaîne
entre guillemets, ou une parenthèse qui s'ouvre (« Référente : ndiongue (titulaire) »)."""
_FERME_UN_NOM = frozenset(("", ",", ";", ":", ".", "?", "!", "…", "|", ")", "]", "'", '"', "»", "”", "("))
_LETTRE_TRIPLEE = re.compile(r"(\w)\1\1")
"""Une lettre écrite trois fois de suite : un mot appuyé ou une faute (« lundiii », « ouiii »), jamais un nom."""


def _ferme(texte: str, fin: int, ouvrant: str) -> bool:
    """Le nom qui finit à `fin` est-il fermé : par le signe qui ferme `ouvrant` ou ce qui finit une phrase, une ligne, une
    chaîne (`_FERME_UN_NOM`), après des espaces ; pas par deux-points collés à autre chose (« mailto:… », une clé)."""
    suite = _SUITE_D_UN_NOM.match(texte, fin)  # correspond toujours, à vide au besoin
    signe = suite.group(1)
    if signe == ":" and texte[suite.end():suite.end() + 1] not in ("", " ", "\t", "\n"):
        return False
    return signe in _FERME_UN_NOM or signe == _FERMETURES.get(ouvrant, "")


_SUITE_D_UN_NOM = re.compile(r"[ \t]*+(.?)")


def _inconnu_entre_signes(texte: str, m: re.Match[str], mot: re.Match[str], contexte: ContexteAnonymat) -> bool:
    """Un mot que personne n'écrit, seul entre le signe qui l'accroche à un rôle et celui qui le ferme (« Référente :
    ndiongue, », « le parrain – bogaerdts – », « éduc / kaboré. », « le tuteur (vandersmissen) ») : la note nomme la
    personne du rôle, s'il est fermé (`_ferme`) et que personne ne l'écrit (`_nom_que_personne_n_ecrit`) : les fautes de
    frappe, les mots coupés ou collés, les mots connus, savants, des listes que l'attaque-68 mettait à cette place en
    sont écartés ; un mot d'argot ou d'une autre langue que wordfreq n'a pas ne l'est pas (« ghosté », revue62) (garde68)."""
    return (_ferme(texte, mot.end(), texte[m.end(1):m.start(2)].strip(" \t*_"))
            and _nom_que_personne_n_ecrit(_ELISION.sub("", mot.group()), contexte))


def _nom_que_personne_n_ecrit(forme: str, contexte: ContexteAnonymat) -> bool:
    """Un mot en minuscules qu'aucune liste, aucun dictionnaire ni wordfreq n'a, là où une note annonce un nom (accroché
    à un rôle par un signe, `_inconnu_entre_signes` ; après « un certain », « de son vrai nom ») : au moins cinq lettres
    dont une voyelle, aucune triplée, ni faute de frappe ni mots collés (`_faute_ou_mots_colles`), aucun mot connu,
    courant, savant, des listes, d'un lieu, d'une langue ni de l'annuaire ; les morceaux d'un composé qui sont des noms
    des listes comptent pour des noms (« akpovi-dossou »). Jamais plus de `LONGUEUR_MAX_D_UN_NOM` caractères : un mot
    plus long n'est pas un nom, et la recherche d'une faute de frappe y coûterait le carré de sa longueur (revue64)."""
    if len(forme) > LONGUEUR_MAX_D_UN_NOM:
        return False
    morceaux = [(morceau, normaliser(morceau)) for morceau in forme.split("-")]
    if len(morceaux) > 1:  # les morceaux qui sont des noms des listes comptent pour des noms
        morceaux = [(morceau, n) for morceau, n in morceaux if not _nom_hors_du_dictionnaire(morceau)]
    l = listes()
    return all(
        len(n) >= 5 and any(v in n for v in "aeiouy") and not _LETTRE_TRIPLEE.search(n) and not est_mot_connu(morceau)
        and not est_mot_du_dictionnaire(morceau) and not est_courant_tel_qu_ecrit(morceau)
        and n not in l["prenoms"] and n not in l["noms"] and n not in l["prenoms_homonymes"]
        and not est_un_lieu(n) and not est_une_langue(n) and not _jamais_une_personne(n) and not _MOT_SAVANT.search(n)
        and not _faute_ou_mots_colles(n) for morceau, n in morceaux) and not _dans_l_annuaire(forme, contexte)


@lru_cache(maxsize=4096)
def _nom_attache_aux_listes(mot: str) -> bool:
    """La part de `_nom_attache` qui ne dépend que des listes (gardée par mot) ; un composé n'est un nom que fait de
    prénoms, de noms des listes et de particules : les identifiants d'acteurs en sont rarement."""
    morceaux = normaliser(mot).split("-")
    if any(est_une_langue(n) for n in morceaux) or len(morceaux) > 1 and not all(
            n in listes()["prenoms"] or n in listes()["noms"] or n in _PARTICULES_NOM for n in morceaux):
        return False  # « interprète (kurmandji) » ; « tuteur (impromptu-cmi) », « pedopsychiatre: pedo-umb » : un acteur
    if len(mot) < LONGUEUR_D_UN_NOM_ACCROCHE:
        return False
    if _nom_hors_du_dictionnaire(mot):
        return True
    prenom, _, homonyme, rare = _personne_des_listes(mot)
    return prenom and not (homonyme and not rare) and not est_mot_du_dictionnaire(mot) and not _est_une_localite(mot)


def _nom_attache(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un mot en minuscules accroché à un rôle est une personne : un nom des listes qu'aucun dictionnaire n'a
    (« dufour »), un prénom des listes (« karim »), d'au moins quatre lettres ; jamais un mot du dictionnaire, un prénom
    homonyme d'un mot, une localité, un mot de l'annuaire. Pas un mot que personne n'écrit : à cette place, une faute de
    frappe, un sigle, un médicament, une langue, un mot de la famille ou de l'argot bien plus souvent qu'un nom
    (l'attaque-68 : 206 faux positifs sur 295 négatifs avec eux)."""
    return _nom_attache_aux_listes(mot) and not _dans_l_annuaire(mot, contexte)

def _nom_entre_parentheses(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un mot qui peut nommer la personne d'un rôle : avec une majuscule, un prénom des listes (même ambigu, « Javier »),
    ou un nom des listes ou un mot que personne n'écrit qu'aucun lexique n'écrit (« Lộc ») ; en minuscules, seulement un
    prénom ou un nom des listes qu'aucun lexique n'écrit (« zeroual »). Un mot du lexique n'y est jamais qu'un prénom :
    « le groupe (Soleil) », « le tuteur de stage (Boulanger) », « (Salle C.) » (l'attaque-33), au prix des prénoms
    homonymes d'un mot (« (Olivier) »)."""
    n, l = normaliser(mot), listes()
    outil = mot.casefold() in _MOTS_OUTILS or mot.isascii() and n in _MOTS_OUTILS  # « Lê » n'est pas « le »
    if (designe_un_role(n) or est_une_langue(n) or n in _ETATS_D_UN_PRESENT or outil or n in l["lieux"]
            or n in l["localites"] or n in l["villes"] or est_courant_tel_qu_ecrit(mot) or n in contexte.mots_autorises
            or n in _ORGANISATIONS_EN_UN_MOT or mot.isupper() and len(mot) <= 5):
        return False
    if est_mot_connu(mot):
        return mot[:1].isupper() and n in l["prenoms"]
    return n in l["prenoms"] or n in l["noms"] or mot[:1].isupper() and _mot_inconnu(mot, contexte)


ORGANISATIONS = frozenset(normaliser(m) for m in lire_liste("organisations.txt"))
_ORGANISATIONS_EN_UN_MOT = frozenset(m for m in ORGANISATIONS if " " not in m)


def est_une_organisation(mot: str) -> bool:
    """Le mot seul est-il un organisme d'`organisations.txt` (« Solidaris », « Mutualia », « Myria ») ?"""
    return normaliser(mot) in _ORGANISATIONS_EN_UN_MOT
_GENTILE = re.compile(r"(?:[ie](?:en|enne)s?|ai(?:se?s?|nes?|ns?)|oi(?:se?s?)|ites?)$")
"""Les finales des gentilés (« capverdien », « érythréenne », « congolaise ») : un mot inconnu qui finit ainsi, juste
après un lien, dit d'où vient la personne."""


@lru_cache(maxsize=8192)
def _colle_dit_une_personne(mot: str, suivi: bool) -> bool:
    """Un mot juste après un lien (« la mère nguyen ») est un nom s'il le serait apposé entre virgules
    (`_personne_apposee`), sauf un prénom que le lexique connaît comme un mot (« l'enfant désiré ») ou un gentilé hors
    des listes (« le père capverdien ») : sans virgule, c'est là qu'un adjectif se met. Une particule (« van ») est
    admise devant un autre mot (`suivi`)."""
    n = normaliser(mot)
    if n in _PARTICULES_NOM:
        return suivi
    l = listes()
    if not _personne_apposee(mot) or n in l["ambigus"] and est_mot_connu(mot) or n in _ORGANISATIONS_EN_UN_MOT:
        return False  # « la mère onem » : l'organisme qui la suit, pas son nom
    if (len(n) >= 5 and n[0] == "j" and est_mot_du_dictionnaire(mot[1:].casefold()) and n not in l["noms"]
            and n not in l["prenoms"]):
        return False  # « chez ma tante jrentre dimanche » : « je rentre » tapé vite dans un message (aveugle-73)
    return n in l["noms"] or n in l["prenoms"] or not _GENTILE.search(n)


def _nom_appose(valeur: str) -> bool:
    """Les mots apposés à un proche forment-ils son nom : un mot seul, même composé, qui est une personne
    (`_personne_apposee`) ; plusieurs mots dont chacun est une personne ou un prénom homonyme d'un mot (« seo-yeon
    park ») et dont un morceau au moins peut dire une personne à lui seul (`_un_morceau_dit_une_personne` : pas
    « très fatiguée »)."""
    mots = valeur.split()
    if len(mots) == 1:
        return len(valeur) > 2 and _personne_apposee(valeur)  # « La tante, wang, » : la règle du mot seul
    return (all(_personne_apposee(mot) or _personne_des_listes(mot)[2] for mot in mots)
            and _un_morceau_dit_une_personne(valeur)) or _nom_a_particules_appose(valeur)


def _nom_a_particules_appose(valeur: str) -> bool:
    """Une ou deux particules, puis un mot de quatre lettres au moins que `_personne_apposee` dit une personne : « le
    surveillant, de cocquyt, », « l'entraîneuse, lo bianco, », « la grand-mère, de la iglesia, » (garde67)."""
    *particules, nom = valeur.split()
    return (0 < len(particules) <= 2 and all(normaliser(p) in _PARTICULES_APPOSEES for p in particules)
            and len(nom) >= 4 and _personne_apposee(nom))


def _nom_des_listes_appose_a_une_fonction(valeur: str) -> bool:
    """Après une fonction (« L'éducatrice, … , »), plus que derrière un proche, la place reçoit des mots qui ne sont pas
    des noms : un sigle (« aemo », « cmpp »), un mot de la langue des familles (« mashallah », « habibi »), une ville, un
    surnom. Chaque mot doit être un prénom ou un nom des listes qui n'est ni une ville du monde ni un prénom homonyme
    d'un mot (attaque-29 : 117 faux positifs sans cette condition)."""
    villes = listes()["villes"]
    return all(_nom_ou_prenom_des_listes(n) and n not in villes for n in map(normaliser, valeur.split()))


def _nom_ou_prenom_des_listes(n: str) -> bool:
    """La forme normalisée est-elle un nom ou un prénom des listes qui n'est pas un prénom homonyme d'un mot (« rose ») :
    ce que les appositions exigent là où la place ne suffit pas à dire une personne."""
    l = listes()
    return (n in l["noms"] or n in l["prenoms"]) and n not in l["prenoms_homonymes"]


def _nom_seul_appose_a_une_fonction(valeur: str) -> bool:
    """Après une fonction, entre deux virgules, un mot seul de six lettres au moins que `_personne_apposee` dit une
    personne : un nom ou un prénom des listes (pas un prénom homonyme d'un mot), même une ville du monde que
    `_nom_des_listes_appose_a_une_fonction` écarte (« L'accompagnatrice, colombo, »), ou un mot que personne n'écrit
    (« la logopède, tazerkouti, », garde67), sauf une faute de frappe (`_faute_d_un_mot` : « Le prof, maladee, ») ou
    un mot savant (« Le psy, psychoéducation, »), l'attaque-97."""
    if " " in valeur or len(valeur) < 6 or not _personne_apposee(valeur):
        return False
    n = normaliser(valeur)
    return _nom_ou_prenom_des_listes(n) or n not in listes()["prenoms_homonymes"] and not (
        _faute_d_un_mot(n) or _MOT_SAVANT.search(n))


_LETTRES_ASCII = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=4096)
def _faute_d_un_mot(forme: str) -> bool:
    """La forme normalisée est-elle à une lettre près d'un mot du dictionnaire (une lettre de trop, de moins ou changée,
    deux voisines échangées) : une faute de frappe (« maladee », « absnet », « dispnible », « enthousiatse »,
    l'attaque-97) plutôt qu'un nom ? Quelques centaines de questions à un ensemble, pour un mot apposé seulement."""
    if len(forme) > LONGUEUR_MAX_D_UN_NOM:
        return False  # aucun mot du dictionnaire n'en est à une lettre près ; la recherche serait quadratique (revue64)
    for i in range(len(forme) + 1):
        avant, apres = forme[:i], forme[i:]
        if apres and (est_mot_du_dictionnaire(avant + apres[1:])
                      or len(apres) > 1 and est_mot_du_dictionnaire(avant + apres[1] + apres[0] + apres[2:])):
            return True
        if any(est_mot_du_dictionnaire(avant + c + apres) or apres and est_mot_du_dictionnaire(avant + c + apres[1:])
               for c in _LETTRES_ASCII):
            return True
    return False


_LETTRE_DOUBLEE = re.compile(r"([b-df-hj-np-tv-z])\1")
"""Une consonne doublée (« disponnibble », « malladde ») ; pas une voyelle, que des noms doublent (« ducaale »,
« vandaele », « maas »)."""
_FINS_COUPEES = ("e", "ue", "es", "er", "ie", "re", "rie", "ion", "ation", "isation", "alisation", "ment", "ement",
                 "agnement", "ence", "erence", "ance", "ant", "ite", "eur", "rice", "ique", "isme", "iste", "ible", "nible",
                 "able")
"""Ce qu'une saisie rapide laisse tomber à la fin d'un mot (« une certaine fatig », garde70 ; « ambival », l'attaque-100 ;
« indispo », « hospit », « psychiat », « téléconsult », « accomp », « visioconf », la relecture revue62)."""
_MOTS_QU_ON_COLLE = ("en", "pas", "non", "sans", "pour", "plus", "tres", "deja")
"""Les mots qu'une saisie rapide colle au suivant (« enattente », « pasencore », « nondefini », l'attaque-98) ; pas
« mal », « bien », qui ouvrent des noms de Wallonie (« malmendier », « malchair », la relecture revue62)."""


def _faute_ou_abreviation(mot: str) -> bool:
    """Un mot en minuscules qu'aucune liste n'a et qui est une faute de frappe, un mot coupé ou collé
    (`_faute_ou_mots_colles` : « devis de menuserie », « devis de rééduc », l'attaque-113), pas un nom."""
    return not _personne_des_listes(mot)[0] and _faute_ou_mots_colles(normaliser(mot))


def _faute_ou_mots_colles(forme: str) -> bool:
    """Une faute de frappe (`_faute_d_un_mot`), des consonnes doublées d'un mot (« disponnibble », « malladde »), un mot
    coupé (« fatig ») ou un mot collé à un mot outil (« enattente ») : ce qu'une saisie rapide laisse après un rôle ou
    « un certain », pas un nom ; sur la forme normalisée."""
    simple = _LETTRE_DOUBLEE.sub(lambda m: m.group(1), forme)  # sans gabarit « \1 », que `re` compilerait à la volée
    return (_faute_d_un_mot(forme) or simple != forme and (est_mot_du_dictionnaire(simple) or _faute_d_un_mot(simple))
            or any(est_mot_du_dictionnaire(forme + fin) for fin in _FINS_COUPEES)
            or any(forme.startswith(outil) and len(forme) - len(outil) >= 4 and est_mot_du_dictionnaire(forme[len(outil):])
                   for outil in _MOTS_QU_ON_COLLE))


def _nom_des_listes_en_fin(valeur: str) -> bool:
    """Une apposition que ferme la fin de la phrase, de la cellule ou de la ligne (« avec l'ergothérapeute, colombo. »)
    n'est un nom que si chacun de ses mots est une particule ou un nom ou un prénom des listes qui n'est pas un prénom
    homonyme d'un mot : une faute, un mot d'une langue des familles y finissent aussi la phrase (« La tante, habibi. »,
    « La tante, enervée. », l'attaque-97)."""
    return all(n in _PARTICULES_APPOSEES or _nom_ou_prenom_des_listes(n) for n in map(normaliser, valeur.split()))


def _personne_apposee(mot: str) -> bool:
    """Un mot apposé à un proche (« La tante, wang, ») est son nom s'il est un prénom ou un nom des listes, même
    très porté (Wang, Chen, que la presse emploie) sauf s'il est aussi un mot de tous les jours (« rose »), ou un mot
    que personne n'écrit ; jamais un adjectif ni un mot courant (« La mère, seule, », « Le père, absent, »)."""
    l = listes()
    n = normaliser(mot)
    for x in n.split("-"):
        if (x in _MOTS_OUTILS or x in _LIENS or x in _CIVILITES or x in _ROLES or x in _PRONOMS or x in _DETERMINANTS
                or x in l["courants"] or x in l["lieux"] or x in _LANGUES_MOTS):
            return False
    return _personne_des_listes(mot)[1] or (n in l["noms"] or n in l["prenoms"]) and (
        n not in l["prenoms_homonymes"] or n in l["prenoms_homonymes_rares"])


def _personne_en_minuscules(mot: str, inconnu_admis: bool, contexte: ContexteAnonymat,
                            homonymes: str = "tous refusés") -> bool:
    """Un mot en minuscules qui peut être une personne : un prénom des listes, ou (`inconnu_admis`) un nom des
    listes ou un mot que personne n'écrit. Jamais un mot courant, un lien, un rôle, un pronom, un déterminant, un
    lieu ni un mot de l'annuaire, ni dans un morceau d'un mot composé. `homonymes` : les prénoms homonymes d'un mot
    (« avec espoir », « avec patience ») sont « tous refusés », « rares admis » (Zoë, Espoir) ou « tous admis »
    (quand un nom de famille suit : « mei reyes »)."""
    prenom, nom, homonyme, rare = _personne_des_listes(mot)
    if homonyme and (homonymes == "tous refusés" or homonymes == "rares admis" and not rare):
        return False
    return bool(prenom or homonyme or inconnu_admis and nom) and not _dans_l_annuaire(mot, contexte)


def _dans_l_annuaire(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un morceau du mot (composé ou non) est-il un mot de l'annuaire du réseau (un service, un sigle) ?"""
    return any(n in contexte.mots_autorises for n in normaliser(mot).split("-"))


@lru_cache(maxsize=8192)
def _personne_des_listes(mot: str) -> tuple[bool, bool, bool, bool]:
    """(prénom, nom ou mot que personne n'écrit, prénom homonyme d'un mot, homonyme rare) pour
    `_personne_en_minuscules`, tous faux pour un mot qui n'est jamais une personne : le verdict ne dépend que des
    listes, il est gardé par mot (les mêmes « de », « que » reviennent devant les mêmes mots)."""
    l = listes()
    morceaux = normaliser(mot).split("-")
    # « min-jun », « mohamed-nur », « marc-antoine » : un composé que wordfreq ne connaît pas, dont un morceau est un
    # prénom, est un prénom ; un morceau ambigu (« jun ») ou homonyme d'un mot (« min », « marc ») n'en fait pas un mot
    compose_inconnu = len(morceaux) > 1 and not est_mot_connu(mot) and any(x in l["prenoms"] for x in morceaux)
    ambigus = frozenset() if compose_inconnu else l["ambigus"]
    # un nom court n'est ambigu que seul : dans un composé, une syllabe d'un nom (« Yu-Na », « Su-Yu », revue49)
    courts = _NOMS_COURTS if len(morceaux) > 1 else frozenset()
    if any(n in ambigus and n not in courts or _jamais_une_personne(n) for n in morceaux):
        return False, False, False, False
    n = normaliser(mot)
    formes = (n, soudee) if (soudee := _forme_soudee(n)) else (n,)
    homonymes = [] if compose_inconnu else [x for x in morceaux if x in l["prenoms_homonymes"]]
    prenom = any(f in l["prenoms"] for f in formes) or compose_inconnu
    return (prenom, prenom or any(f in l["noms"] for f in formes) or not est_mot_connu(mot), bool(homonymes),
            all(x in l["prenoms_homonymes_rares"] for x in homonymes))


_MOTS_DE_LA_PHRASE = _MOTS_OUTILS | _LIENS | _CIVILITES | _ROLES | _PRONOMS | _DETERMINANTS
"""Les mots outils, les liens, les civilités, les rôles, les pronoms et les déterminants : jamais un prénom ni un nom en
minuscules, même homonyme (`_jamais_une_personne`, `_prenom_meme_homonyme`)."""


def _jamais_une_personne(n: str) -> bool:
    """Un morceau normalisé qui n'est jamais une personne en minuscules : un mot de `_MOTS_DE_LA_PHRASE`, un mot
    courant, un lieu, une langue."""
    l = listes()
    return n in _MOTS_DE_LA_PHRASE or n in l["courants"] or n in l["lieux"] or n in _LANGUES_MOTS


LONGUEUR_HORS_DU_DICTIONNAIRE = 4


@lru_cache(maxsize=4096)
def _nom_hors_du_dictionnaire(mot: str) -> bool:
    """Un prénom ou un nom des listes qu'aucun dictionnaire du français n'a (`est_mot_du_dictionnaire`), même homonyme
    d'un mot que la presse écrit (« chen », « touré », « dupont », « rossi ») : `_personne_des_listes` les écarte
    partout, wordfreq les comptant pour des mots ; là où la phrase attend une personne (« relue avec touré », « chez
    dubois »), ce sont des personnes. Jamais un lieu (« vers london »), ni un mot du dictionnaire (« avec patience »),
    ni un mot de moins de `LONGUEUR_HORS_DU_DICTIONNAIRE` lettres (l'attaque-47 : « maj », « ong », « cfa », « dev »,
    des sigles en minuscules que les listes comptent aussi pour des noms)."""
    morceaux = normaliser(mot).split("-")
    l = listes()
    return (len(mot) >= LONGUEUR_HORS_DU_DICTIONNAIRE
            and not any(_jamais_une_personne(n) or est_un_lieu(n) for n in morceaux)
            and all(n in l["noms"] or n in l["prenoms"] for n in morceaux)
            and not any(est_mot_du_dictionnaire(m) for m in mot.split("-")))


def _est_une_localite(mot: str) -> bool:
    """« envoyer le dossier à charleroi » : une localité ou un lieu, pas une personne."""
    n = normaliser(mot)
    return n in listes()["localites"] or n in listes()["lieux"]


def _nom_de_famille_apres(texte: str, fin: int, contexte: ContexteAnonymat) -> int | None:
    """« avec mei reyes » : la fin du mot suivant s'il est un nom de famille des listes qui n'est pas un mot."""
    suivant = _MOT_MIN.match(texte, fin + 1) if texte[fin:fin + 1] == " " else None
    if (suivant is not None and _personne_en_minuscules(suivant.group(1), True, contexte)
            and normaliser(suivant.group(1)) in listes()["noms"]):
        return suivant.end(1)
    return None


_CIVILITE_ET_ARTICLE = re.compile(r"(?<![\w'’])(?:m\.|" + "|".join(sorted(_CIVILITES_MOTS, key=lambda c: (-len(c), c)))
                                  + r")\.?[ \t]+(?:le|la|l['’])[ \t]*")
"""Une civilité et l'article d'une fonction (« mme la », « monsieur l' »), lus dans le texte en minuscules. Les civilités
les plus longues d'abord, dans un ordre fixe : le même texte d'un processus à l'autre (l'ordre d'un ensemble change avec
le hachage), donc une expression que `motifs` garde (le hook ne la recompile pas)."""
_MOT_DE_LA_FONCTION = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_ECART_DANS_LA_FONCTION = re.compile(r"[ \t]+(?P<elision>[dl]['’])?")
_MOT_MINUSCULE_SUIVANT = re.compile(_CORPS_DU_MOT_MIN)
"""`_MOT_MIN` là où la lecture de la fonction le place, même juste après « l' » (« directeur de l'internat »)."""
_LIAISONS_DE_FONCTION = frozenset({"de", "du", "des", "la"})
"""Ce qui relie la fonction au service qui la qualifie (« directeur de l'internat ») ; « d' » et « l' » sont lus avec
l'écart qui précède le mot (`_ECART_DANS_LA_FONCTION`)."""
_QUALIFICATIFS_DE_FONCTION = frozenset(
    "adjoint adjointe chef referent traitant agree agreee consultant responsable specialise specialisee clinicien "
    "clinicienne general generale hospitalier hospitaliere independant jeunesse service".split())
"""Ce qui qualifie une fonction et que `_SPECIALITE` ne lit pas déjà à sa finale (« scolaire », « principale »,
« référente » y sont)."""


def _qualifie_une_fonction(forme: str) -> bool:
    """Une forme normalisée qui qualifie une fonction : un adjectif de `_QUALIFICATIFS_DE_FONCTION` ou une spécialité
    (`_SPECIALITE`) ; la seule définition, pour le titre à majuscules, la fonction en minuscules et celle qui précède
    un prénom-mot."""
    return forme in _QUALIFICATIFS_DE_FONCTION or _SPECIALITE.search(forme) is not None


def _noms_apres_une_fonction_en_minuscules(texte: str, lignes: Lignes,
                                          contexte: ContexteAnonymat) -> Iterator[re.Match[str]]:
    """Le nom écrit en minuscules après une civilité, l'article et une fonction, comme une note prise au vol (« madame
    la kinésithérapeute goffinet », « mme la psychologue clinicienne ndiaye », « monsieur le conseiller pms stassart »,
    « monsieur le directeur de l'internat bauwens », garde43) : après la fonction, au plus quatre mots qui la qualifient
    (une spécialité, un adjectif de `_QUALIFICATIFS_DE_FONCTION`, un sigle, « de » et le service), puis un prénom ou un
    nom des listes (`_personne_en_minuscules`, `_nom_hors_du_dictionnaire`). Le premier mot qui n'est ni l'un ni l'autre
    (un verbe, une faute de frappe : « mme la psychologue a vu … », « … recomande … ») arrête la lecture. Sans civilité,
    après l'article seul (« La psychomotricienne mei zhang note », « le kiné dufour voit le jeune », aveugle-96), le nom
    n'est retenu que devant un verbe ou une ponctuation qui ferme le groupe (`_APRES_UN_NOM_SANS_CIVILITE`)."""
    apres_une_civilite: set[int] = set()  # les fins de fonction déjà lues après une civilité, plus largement
    if not lignes.mots.isdisjoint(_CIVILITES_MOTS) or "m" in lignes.mots:
        for appel in _CIVILITE_ET_ARTICLE.finditer(lignes.bas):
            fonction = _MOT_DE_LA_FONCTION.match(texte, appel.end())
            if fonction is not None and normaliser(fonction.group()) in _FONCTIONS_DE_TITRE:
                apres_une_civilite.add(fonction.end())
                yield from _nom_apres_la_fonction(texte, fonction.end(), contexte, False)
    bas = lignes.bas
    for ecrite in sorted(lignes.mots & _FONCTIONS_DE_TITRE_ECRITES):
        i = bas.find(ecrite)
        while i != -1:
            fin = i + len(ecrite)
            if (fin not in apres_une_civilite and _mot_entier(bas, i, fin)
                    and _ARTICLE_DEVANT_LA_FONCTION.search(bas, max(0, i - 4), i)):
                yield from _nom_apres_la_fonction(texte, fin, contexte, True)
            i = bas.find(ecrite, fin)


_ARTICLE_DEVANT_LA_FONCTION = re.compile(r"(?<![\w'’])(?:le|la|l['’])[ \t]*$")
_APRES_UN_NOM_SANS_CIVILITE = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+" + _VERBE_D_ACTION_APRES_MINUSCULES, re.MULTILINE)
"""Après le nom lu derrière l'article et la fonction sans civilité : un verbe (« note », « voit », « a appelé ») ou une
ponctuation qui ferme le groupe ; pas un mot quelconque (« le kiné fait ses exercices » : « fait » est un verbe, mais
« la logopède lundi prochain » n'a pas de nom)."""


_FONCTIONS_DE_TITRE_ECRITES = frozenset(
    {m.lower() for m in lire_liste("metiers.txt")} | _FONCTIONS_DE_TITRE) - _LIENS
"""Les fonctions telles qu'elles s'écrivent en minuscules, avec ou sans accents, sans les liens de parenté : leur
intersection avec les mots du texte (en C) dit où chercher un nom derrière l'article et la fonction."""


def _nom_apres_la_fonction(texte: str, position: int, contexte: ContexteAnonymat,
                           sans_civilite: bool) -> Iterator[re.Match[str]]:
    """Le prénom et le nom en minuscules qui suivent une fonction finie à `position` (voir
    `_noms_apres_une_fonction_en_minuscules`)."""
    apres_liaison = False
    for _ in range(5):
        ecart = _ECART_DANS_LA_FONCTION.match(texte, position)
        mot = _MOT_MINUSCULE_SUIVANT.match(texte, ecart.end()) if ecart is not None else None
        if mot is None:
            return
        valeur, forme = mot.group(1), normaliser(mot.group(1))
        apres_liaison = apres_liaison or ecart.group("elision") is not None
        prenom = not apres_liaison and forme not in _LIAISONS_DE_FONCTION and _personne_en_minuscules(
            valeur, False, contexte)
        personne = prenom or not apres_liaison and forme not in _LIAISONS_DE_FONCTION and _nom_hors_du_dictionnaire(valeur)
        if personne and not (sans_civilite and "-" in valeur):  # sans civilité, pas un composé (« l'animateur ping-pong »)
            # un prénom ou un nom des listes, pas un mot que personne n'écrit (une faute de frappe, « mme la psychologue
            # reovit », l'attaque-73) ; après le prénom, un mot que personne n'écrit est son nom (« mme la psychologue
            # awa kaninda », revue43)
            nom = _MOT_MINUSCULE_SUIVANT.match(texte, mot.end(1) + 1) if texte[mot.end(1):mot.end(1) + 1] == " " else None
            nom = nom if (prenom and nom is not None and _personne_en_minuscules(nom.group(1), True, contexte)
                          and not est_mot_connu(nom.group(1))) else None
            if sans_civilite and _APRES_UN_NOM_SANS_CIVILITE.match(texte, (nom or mot).end(1)) is None:
                return
            yield mot
            if nom is not None:
                yield nom
            return
        if not (forme in _LIAISONS_DE_FONCTION or _qualifie_une_fonction(forme)
                or forme in _FONCTIONS_DE_TITRE or len(forme) <= 5 and not est_mot_du_dictionnaire(valeur)
                or apres_liaison and est_mot_connu(valeur)):
            return
        position, apres_liaison = mot.end(1), forme in _LIAISONS_DE_FONCTION


_TOURNURES_DE_PERSONNE = (
    "avec", "chez", "selon", "par", "contacter", "contacté", "contactée", "appeler", "appelé", "appelée", "rappelé",
    "rappelée", "rencontré", "rencontrée", "rencontrer", "joindre", "prévenu", "prévenue", "relancé", "relancée",
    "recontacté", "recontactée", "averti", "avertie",
    "responsabilité de", "accord de", "avis de", "demande de", "part de", "présence de", "auprès de", "d'après", "d’après",
    "visite de", "conseil de", "conseils de", "absence de",
    "lettre de", "courrier de", "réponse de", "nouvelles de", "retour de", "visites de",
    "téléphoné à", "parlé à", "expliqué à", "transmis à", "demandé à", "confié à",
    "prévenir", "relancer", "recontacter", "avertir", "téléphoner à", "écrire à", "parler à", "expliquer à",
    "transmettre à", "envoyer à", "répondre à", "demander à", "confier à") + _TOURNURES_D_UN_MESSAGE
"""Les tournures qui annoncent une personne, pour `_noms_en_minuscules_apres_une_tournure` : qui l'on contacte, à qui
l'on écrit ou parle, de qui vient un avis, un message, une visite, en présence de qui (« en présence de mei huang »,
« d'après lan chen », garde47 ; « sms de », « visite de », « téléphoné à », garde48), à l'infinitif aussi, celui des
actions à faire (« quoi: téléphoner à … ») ; pas « à », « pour », « vu », « merci » seuls, qui annoncent aussi bien un
lieu, un plat, un film (« à nha trang », « pour bo kho », « vu king kong », « merci xie xie » : l'attaque-76), ni
« venue de », « passage de », « proposition de », qui annoncent une ville d'où l'on vient ou un plat (« venue de nha
trang », « proposition de pho bo » : l'attaque-78)."""
_PREMIERS_MOTS_DES_TOURNURES = frozenset(
    forme for t in _TOURNURES_DE_PERSONNE for premier in [re.findall(r"[^\W\d_]{2,}", t)[0]]
    for forme in (premier, normaliser(premier)))
"""Son préfiltre : le premier mot d'une tournure (après une élision : « après »), tel que `Lignes.mots` l'écrit (en
minuscules, accents gardés), et sans accents (« telephone a lan wang », écrit vite : revue48)."""
_MOT_MINUSCULE_DE_NOM = r"([" + _MIN + r"]+(?:-[" + _MIN + r"]+)?)"
_NOMS_EN_MINUSCULES_APRES_UNE_TOURNURE = re.compile(
    r"(?<![\w-])(?i:" + _alternative_des_tournures(sorted(_TOURNURES_DE_PERSONNE, key=len, reverse=True))
    + r")[ \t]+(?=" + _MOT_MINUSCULE_DE_NOM + r"[ \t]+" + _MOT_MINUSCULE_DE_NOM + r"(?:[ \t]+" + _MOT_MINUSCULE_DE_NOM
    + r")?(?![\w'’-]))")
"""Une tournure, même après une élision (« l'accord de ») ou écrite sans ses accents (« prevenu »), puis (lus sans être
consommés : « à revoir avec wei liu » relit « avec ») deux ou trois mots en minuscules."""
_EXPRESSIONS_EN_NOMS = frozenset(lire_liste("expressions_en_noms.txt"))


def _noms_en_minuscules_apres_une_tournure(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                           resultats: list[Trouvaille]) -> None:
    """« avec wei liu », « chez lan chen », « sous la responsabilité de jun wang » : après une tournure qui annonce une
    personne, deux ou trois mots en minuscules qui sont tous des prénoms ou des noms des listes, au moins un prénom et
    un nom, aucun mot du dictionnaire français ni mot outil, sont le nom d'une personne. Les noms courts d'Asie
    (« wei », « liu », « chen », « lan ») sont aussi des mots d'une autre langue : seuls, les listes les tiennent pour
    ambigus et la lecture en minuscules les écarte (garde46, aveugle-73 à 75 : l'origine asie sous l'objectif) ; deux
    ensemble après « avec » nomment quelqu'un. Les mots déjà signalés arrêtent la lecture (« avec wei liu chen
    dupont » : « wei liu », « chen dupont » étant lu ailleurs). Pas une expression de `expressions_en_noms.txt`
    (« vu hong kong », « message de tik tok live »), qui ne vaut que pour cette règle."""
    if _PREMIERS_MOTS_DES_TOURNURES.isdisjoint(lignes.mots):
        return
    l = listes()
    for m in lignes.correspondances(_NOMS_EN_MINUSCULES_APRES_UNE_TOURNURE):
        groupes = []
        for i in (1, 2, 3):
            if not m.group(i) or deja.chevauche(*m.span(i)):
                break  # jusqu'au premier mot déjà signalé
            groupes.append(i)
        if len(groupes) == 3 and not _morceau_de_nom_en_minuscules(m.group(3), contexte) and not _nom_des_listes_aussi_mot(
                m.group(3), contexte):
            groupes.pop()  # « avec wei liu demain » ; pas « sms de jun wang petit (maman) » : un nom, même s'il est un mot
        mots = [normaliser(m.group(i)) for i in groupes]
        if (len(mots) < 2 or " ".join(mots) in _EXPRESSIONS_EN_NOMS or " ".join(mots[:2]) in _EXPRESSIONS_EN_NOMS
                or est_un_lieu(" ".join(mots[:2]))  # « recontacté nha trang (le restaurant) » : une ville (l'attaque-78)
                or not all(_morceau_de_nom_en_minuscules(m.group(i), contexte) for i in groupes[:2])
                or not any(mot.split("-")[0] in l["prenoms"] for mot in mots)
                or not any(mot.split("-")[0] in l["noms"] for mot in mots)):
            continue
        debut, fin = m.start(groupes[0]), m.end(groupes[-1])
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "prénom et nom en minuscules")))


def _nom_des_listes_aussi_mot(mot: str, contexte: ContexteAnonymat) -> bool:
    """Le troisième mot, après un prénom et un nom, est un nom de famille des listes, même s'il est aussi un mot du
    dictionnaire (« sms de jun wang petit (maman) », « mei wang fontaine ») : il reste avec le nom, qu'une autre couche,
    bloquée par les deux premiers, ne complète plus (revue48). Pas un mot outil, un lien, un jour, ni un mot de
    l'annuaire (« avec wei liu demain » : « demain » n'est pas un nom des listes)."""
    return not _dans_l_annuaire(mot, contexte) and all(
        n in listes()["noms"] and not _jamais_une_personne(n) for n in normaliser(mot).split("-"))


def _morceau_de_nom_en_minuscules(mot: str, contexte: ContexteAnonymat) -> bool:
    """Chaque morceau du mot est un prénom ou un nom des listes, ou un prénom porté que le dictionnaire n'a pas (« mei » :
    « en présence de mei huang », garde47 ; pas tout homonyme d'un mot anglais ou néerlandais : « avec will baker »,
    revue47), pas un mot du dictionnaire français, ni un mot outil, un lien, un rôle ou un lieu, ni un mot de
    l'annuaire."""
    l = listes()
    return not _dans_l_annuaire(mot, contexte) and all(
        (n in l["prenoms"] or n in l["noms"] or n in _portes_hors_du_dictionnaire()) and not est_mot_du_dictionnaire(n)
        and not _jamais_une_personne(n) for n in normaliser(mot).split("-"))


def _minuscules_en_position_de_personne(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                        resultats: list[Trouvaille]) -> None:
    """Un prénom ou un nom des listes écrit en minuscules, sans civilité, là où la phrase attend une personne :
    sujet d'un verbe en tête de ligne, après une virgule ou « que », ou après « avec », « chez », « selon »,
    « voir », « le retour de », « c'est » (`_personne_en_minuscules`), ou un nom que seul le dictionnaire dit ne pas être
    un mot (`_nom_hors_du_dictionnaire`)."""

    def retenir(m: re.Match[str], inconnu_admis: bool, raison: str, homonymes: str = "tous refusés",
                groupe: int = 1) -> None:
        debut, fin = m.span(groupe)
        mot = m.group(groupe)
        if deja.chevauche(debut, fin):
            return
        if (_personne_en_minuscules(mot, inconnu_admis, contexte, homonymes)
                or _nom_hors_du_dictionnaire(mot) and not _dans_l_annuaire(mot, contexte)):
            fin = _nom_de_famille_apres(texte, fin, contexte) or fin  # « chez kim-anh nguyen » : le nom entier
        else:
            # « avec mei reyes » : un prénom, même homonyme d'un mot (« mei », mai en néerlandais), suivi d'un nom
            fin = (_nom_de_famille_apres(texte, fin, contexte)
                   if _personne_en_minuscules(mot, False, contexte, "tous admis") else None) or debut
        if fin > debut and not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], raison)))

    def prenom_et_nom(m: re.Match[str]) -> None:
        """Deux mots en minuscules devant un verbe (groupes 1 et 2) : un prénom, puis son nom ; ou le sujet après un mot
        qui n'en est pas un (« hier »), en tête de ligne comme après une virgule."""
        premier, second = m.group(1), m.group(2)
        verbe_de_personne = _VERBE_DE_PERSONNE_APRES.match(texte, m.end(2)) is not None
        if normaliser(premier) in _AVANT_LE_SUJET:
            # « hier chen a rappelé » : un nom des listes ; « hier kaninda est rentré » : un mot que personne n'écrit,
            # devant ce que fait une personne (pas « hier réunnion a été annulée », l'attaque-57)
            retenir(m, verbe_de_personne or normaliser(second) in listes()["noms"], "sujet d'un verbe de personne",
                    groupe=2)
            return
        # devant un mot que personne n'écrit et ce que fait une personne, un prénom porté qui est aussi un mot, même
        # ambigu, en est le prénom (« céleste kaninda a appelé ») ; pas « kit adminstratif » (Kit n'est pas un prénom
        # porté), ni devant un verbe de chose (« juste rapel a été fait », l'attaque-57)
        prenom_d_un_inconnu = (
            verbe_de_personne and not est_mot_connu(second) and _personne_en_minuscules(second, True, contexte)
            and (normaliser(premier) in _PRENOMS_MOTS_PORTES or _personne_en_minuscules(premier, False, contexte, "tous admis")))
        if ((prenom_d_un_inconnu or _personne_en_minuscules(premier, False, contexte, "rares admis")
             or _nom_hors_du_dictionnaire(premier)) and not _dans_l_annuaire(premier, contexte)):
            # « hélen okbazghi a signé » : un prénom des listes, puis son nom, même inconnu (pas « atelier slam ») ; le
            # prénom déjà signalé par une autre couche, le nom ne reste pas en clair
            # ; après un prénom des listes, devant ce que fait une personne, un mot qu'aucun dictionnaire n'a, même que
            # les listes tiennent pour un prénom homonyme (« boubacar fall récupère », aveugle-60)
            second_nom = not deja.chevauche(*m.span(2)) and (
                _personne_en_minuscules(second, True, contexte) or _nom_hors_du_dictionnaire(second)
                or verbe_de_personne and _personne_en_minuscules(premier, False, contexte)
                and not est_mot_du_dictionnaire(second) and not _dans_l_annuaire(second, contexte)
                and not any(_jamais_une_personne(n) for n in normaliser(second).split("-")))
            debut = m.start(2) if deja.chevauche(*m.span(1)) else m.start(1)
            fin = m.end(2) if second_nom else m.end(1)
            if fin > debut:
                deja.ajouter(debut, fin)
                resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "sujet d'un verbe de personne")))

    premiere = _SUJET_EN_MINUSCULES_DEBUT.match(texte)
    for m in [*([premiere] if premiere else []), *_SUJET_EN_MINUSCULES.finditer(texte)]:
        if m.group(2) is None:
            retenir(m, True, "sujet d'un verbe de personne")
            continue
        prenom_et_nom(m)
    for m in par_caracteres_fixes(_SUJET_APRES_VIRGULE, texte):
        if m.group(2) is not None:
            prenom_et_nom(m)
            continue
        if texte[m.start()] == ":" and "-" in m.group(1) and not _personne_des_listes(m.group(1))[0]:
            continue  # « Objet : rendez-vous a été déplacé » : après une rubrique, un composé n'est sujet que prénom
        if m.group(3) is not None and not _personne_en_minuscules(m.group(1), False, contexte):
            continue  # apposé entre virgules, un prénom des listes qui n'est pas un mot (« - Atelier, slam, commence »,
            # l'attaque-132 ; « Le grand-père, ému, n'a pas pu venir », aveugle-34)
        retenir(m, True, "sujet d'un verbe de personne", "rares admis")
    for mot, suivi in _SUIVIS_D_UN_MOT_EN_MINUSCULES.items():
        if mot.split(" ", 1)[0] not in lignes.mots:
            continue  # `_APRES_EN_MINUSCULES` veut le mot entier (pas « pouvoir ») : sans lui, aucune occurrence n'aboutit
        for occurrence in suivi.finditer(lignes.bas):
            m = _APRES_EN_MINUSCULES.match(texte, occurrence.start())
            if m is not None and not (mot in ("vers", "ainsi que") and _est_une_localite(m.group(1))):
                retenir(m, mot not in _PRENOMS_SEULS or normaliser(m.group(1)) in listes()["noms"], f"nom après « {mot} »")
    for m in _noms_apres_une_fonction_en_minuscules(texte, lignes, contexte):
        retenir(m, True, "après une fonction")
    for m in _MAITRE_EN_MINUSCULES.finditer(texte) if "me" in lignes.mots else ():
        mot = m.group(1)
        lettres = set(mot)
        if ((not lettres <= _LETTRES_FRANCAISES | _LETTRES_IBERIQUES
             or lettres.isdisjoint(_LETTRES_IBERIQUES) and _nom_hors_du_dictionnaire(mot))
                and not _dans_l_annuaire(mot, contexte)):
            retenir(m, True, "après « me »")
    for m in _en_tete_de_ligne(_LOCUTEUR_EN_MINUSCULES, texte) if "«" in texte or '"' in texte or "“" in texte else ():
        retenir(m, True, "qui parle")
    for m in _C_EST_EN_MINUSCULES.finditer(texte) if "est" in lignes.mots else ():
        retenir(m, False, "qui se présente")  # pas un mot inconnu : l'argot, une faute (« c'est zarbi », « c'est parfai »)
    for verbe in lignes.mots & _VERBES_VERS_PERSONNE:
        for occurrence in _verbe_suivi_d_un_mot(verbe).finditer(lignes.bas):
            i = occurrence.start()
            fin_verbe = i + len(verbe)
            if _mot_entier(lignes.bas, i, fin_verbe):
                m = _OBJET_EN_MINUSCULES.match(texte, i)
                if m is not None and m.end() > fin_verbe and not _est_une_localite(m.group(1)):
                    retenir(m, True, f"complément de « {verbe} »", "rares admis")
    i = texte.find("à ")
    while i != -1:
        m = _A_EN_MINUSCULES.match(texte, i)
        if (m is not None and (_personne_des_listes(m.group(1))[1] or _nom_hors_du_dictionnaire(m.group(1)))
                and not _est_une_localite(m.group(1))):
            debut_ligne = lignes.debuts[lignes.numero(i)]
            proposition, coupe = _proposition_avant(texte, debut_ligne, i, 48)
            if _VERBE_DATIF.search(proposition, coupe):
                retenir(m, True, "destinataire d'un message", "rares admis")
            elif _envers_quelqu_un(texte, debut_ligne, m.start(1), m.end(1), _ENVERS_EN_MINUSCULES):
                retenir(m, True, "nom après ce qu'on fait ou ressent envers une personne", "rares admis")  # garde64
        i = texte.find("à ", i + 2)
    for m in _APPOSE_EN_MINUSCULES.finditer(texte) if ", " in texte else ():
        debut_ligne = lignes.debuts[lignes.numero(m.start())]
        devant = _proche_devant(texte, max(debut_ligne, m.start() - 60), m.start())
        fonction = devant not in _LIENS and devant not in _ROLES
        if (devant and not deja.chevauche(*m.span(1))
                and _nom_appose(m.group(1))
                and (not fonction or _nom_des_listes_appose_a_une_fonction(m.group(1))
                     or _nom_seul_appose_a_une_fonction(m.group(1)) or _nom_a_particules_appose(m.group(1)))
                and (m.group("fin") is None or _nom_des_listes_en_fin(m.group(1)))
                and not any(n in contexte.mots_autorises for n in re.split(r"[-\s]+", normaliser(m.group(1))))):
            deja.ajouter(*m.span(1))
            raison = "nom apposé à une fonction" if fonction else "nom apposé à un proche"
            resultats.append(Trouvaille(*m.span(1), REGLE, message_nom(m.group(1), raison)))
    for debut, fin in _noms_colles_a_un_proche(texte, lignes):
        if not deja.chevauche(debut, fin) and not any(
                n in contexte.mots_autorises for n in re.split(r"[-\s]+", normaliser(texte[debut:fin]))):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "nom collé à un proche")))
    for virgule, nouvelle, qualifiee in _appositions_qui_disent_qui(texte, lignes):
        # « le jeune parle de abdirizak duale, son ancien titulaire », « tshibola, la sœur, » : les mots juste avant
        debut_ligne = lignes.debuts[lignes.numero(virgule)]
        avant = _DEUX_MOTS_AVANT.search(texte, max(debut_ligne, virgule - 60), virgule)
        if avant is None or not avant.group(2).islower():
            continue
        if not (_personne_en_minuscules(avant.group(2), True, contexte, "rares admis")
                or _homonyme_d_un_proche(texte, lignes, virgule, avant, contexte)):
            continue
        premier, fin = avant.group(1), avant.end(2)
        prenom_devant = premier and premier.islower() and _personne_en_minuscules(premier, True, contexte, "tous admis")
        debut = avant.start(1) if prenom_devant else avant.start(2)
        if nouvelle and any((lieu := _LIEU_DEVANT.search(texte, max(debut_ligne, mot - 12), mot)) is not None
                            and not (_est_de(lieu.group()) and _bien_devant(texte, debut_ligne, mot)
                                     and _de_qui_en_minuscules(avant.group(2), contexte))
                            for mot in (avant.start(2), avant.start(1) if premier else avant.start(2))):
            continue  # « au salon, sa sœur », « le camp scout, son frère », « bloqué à ouargla, 3 ans » (l'attaque-82),
            # « le club de padel, le père, » ; pas « le compte de karabulut, le père » : à qui (garde79)
        if qualifiee and _lieu_ou_initiale_devant(texte, debut_ligne, debut):
            continue  # « au trampoparc, sa petite cousine » (l'attaque-107) ; pas « parle de kowalczuk, son vieil ami »
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(
                texte[debut:fin], "nom suivi de son lien, de sa fonction ou de son âge")))
    for m in _DE_EN_MINUSCULES.finditer(texte):
        if not (_personne_des_listes(m.group(1))[1] or _nom_hors_du_dictionnaire(m.group(1))):
            continue  # le plus souvent un mot courant : le contexte n'est lu que pour un nom possible
        debut_ligne = lignes.debuts[lignes.numero(m.start())]
        if (_PERSONNE_DE.search(texte, max(debut_ligne, m.start(1) - 32), m.start(1))
                or _de_ce_qu_a_une_personne(texte, debut_ligne, m.start(1), m.end(1), _AFFAIRES_EN_MINUSCULES)):
            # « l'audition de mbuyamba », « les devoirs de mbuyamba » (garde64)
            retenir(m, True, "nom après ce qui appartient à une personne")
            continue
        piece = _PIECE_D_UN_PRESTATAIRE_DE.search(texte, max(debut_ligne, m.start(1) - 32), m.start(1))
        if piece is not None and not _faute_ou_abreviation(m.group(1)):
            retenir(m, piece.group("devis") is not None, "nom après ce qu'un prestataire remet")
            continue
        if _EN_MINUSCULES_DE.search(texte, max(debut_ligne, m.start(1) - 32), m.start(1)):
            # un prénom des listes ou un nom qu'aucun dictionnaire n'a ; pas un mot que personne n'écrit (« sortie de
            # trampoparc », « rdv de stomato », l'attaque-59), ni un mot court après un écrit ou un projet (« le projet
            # de kot », « la note de réu » : « Kot » est aussi un nom de famille des listes)
            if len(m.group(1)) >= 4 or not _ECRIT_OU_PROJET_DE.search(texte, max(debut_ligne, m.start(1) - 32), m.start(1)):
                retenir(m, False, "nom après ce qui appartient à une personne")
            continue
        proche = _PROCHE_DE.search(texte, max(debut_ligne, m.start(1) - 40), m.start(1))
        if proche is not None and normaliser(proche.group(1)) in _LIENS_DE_FAMILLE:
            retenir(m, True, "nom après le proche dont il est parent")  # « le papa de nguyen », « la tante de kowalski »


def _homonyme_d_un_proche(texte: str, lignes: Lignes, virgule: int, avant: re.Match[str],
                          contexte: ContexteAnonymat) -> bool:
    """« la chambre de rose, la petite sœur, », « les affaires de jade, sa fille aînée, » : un prénom homonyme d'un mot
    courant, en minuscules, après le logis ou les affaires d'une personne (`_LOGIS_D_UNE_PERSONNE`) et « de », devant un
    lien de famille apposé qui se ferme aussitôt, nomme ce proche ; pas devant une fonction (« le cours de danse, le
    professeur. »), ni après une matière, un parfum, une fête (« le collier d'ambre, la tante, », « la veille de noël,
    la mère, », l'attaque-109). `avant` : les mots avant la virgule (`_DEUX_MOTS_AVANT`), le prénom au groupe 2."""
    debut_ligne = lignes.debuts[lignes.numero(virgule)]
    if not _bien_devant(texte, debut_ligne, avant.start(2), _LOGIS_D_UNE_PERSONNE):
        return False
    apposition = _APPOSITION.match(texte, virgule)
    return (apposition is not None and apposition.group("article") is not None
            and normaliser(apposition.group("mot")) in _LIENS_DE_FAMILLE and _apposition_fermee(texte, apposition.end())
            and _prenom_meme_homonyme(avant.group(2), contexte))


def _de_qui_en_minuscules(mot: str, contexte: ContexteAnonymat) -> bool:
    """Après un bien et « de », un mot en minuscules devant un lien apposé est une personne s'il n'est pas un mot du
    dictionnaire, ou s'il est un prénom (`_prenom_meme_homonyme`) : pas « le compte de dépôt, le père » (revue65)."""
    return not est_mot_du_dictionnaire(mot.casefold()) or _prenom_meme_homonyme(mot, contexte)


def _prenom_meme_homonyme(mot: str, contexte: ContexteAnonymat) -> bool:
    """Un prénom des listes ou porté, même homonyme d'un mot courant (« rose », « jade », « prudence »), ou un homonyme
    rare que le dictionnaire n'a pas ; pas tout homonyme (« l'adresse de référence, la mère », « le compte de dépôt, le
    père », revue65) ; jamais un mot outil, un lien, un rôle, un pronom, un déterminant, une civilité ni un mot de
    l'annuaire."""
    n = normaliser(mot)
    return ((n in listes()["prenoms"] or n in _PRENOMS_MOTS_PORTES
             or n in listes()["prenoms_homonymes_rares"] and not est_mot_du_dictionnaire(mot.casefold()))
            and n not in _MOTS_DE_LA_PHRASE and not _dans_l_annuaire(mot, contexte))


def _motifs_en_tete_de_ligne(corps: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Un motif qui commence une ligne : au début du texte, puis après un saut de ligne. Le saut d'abord : le moteur
    saute de ligne en ligne au lieu d'essayer `^` à chaque position du texte."""
    return re.compile(corps, re.MULTILINE), re.compile(r"\n" + corps, re.MULTILINE)


def _en_tete_de_ligne(motifs: tuple[re.Pattern[str], re.Pattern[str]], texte: str) -> list[re.Match[str]]:
    """Les correspondances, dans l'ordre, d'un motif de `_motifs_en_tete_de_ligne` (tenu sur une ligne)."""
    premier, suivants = motifs
    m = premier.match(texte)
    return [m, *suivants.finditer(texte)] if m is not None else list(suivants.finditer(texte))


_LOCUTEUR_EN_MINUSCULES = _motifs_en_tete_de_ligne(
    r"[ \t>]*(?:[-*+][ \t]+)?(?:\*\*|__)?(" + _NOM_EN_MINUSCULES + r")(?:\*\*|__)?[ \t]*:[ \t]*[«\"“]")
"""« > baeten : « On ne sait plus » », « **khan** : « Je veux… » » : qui parle, devant ce qu'il dit entre guillemets, en tête
de ligne (« maman : « », « éduc : « » : des rôles, écartés par `_personne_en_minuscules`)."""


_PARTICULE_SUJET = re.compile(
    r" (?<=[eun] )(?=[" + _MAJ + r"])(?:(?<=[,;:.!?] [dD][eu] )|(?<=\n[dD][eu] )|(?<=\n[-*+>] [dD][eu] )"
    r"|(?<=[,;:.!?] [vV][ao]n )|(?<=\n[vV][ao]n )|(?<=\n[-*+>] [vV][ao]n ))")
_PARTICULE_AU_DEBUT = re.compile(r"(?:[-*+>] )?(?:[dD][eu]|[vV][ao]n) (?=[" + _MAJ + r"])")
"""« D'après le père, de Villiers n'a plus vu le jeune », « de Hemricourt est arrivée » : en tête de proposition ou de
ligne (`_PARTICULE_AU_DEBUT` pour la première), une particule devant une majuscule ; le mot qui suit doit être sujet
d'un verbe de personne (`_SUJET_HUMAIN` : un lieu après « de » ne voit ni ne dit rien). L'espace qui suit la particule
d'abord, ce qui la précède ensuite : le moteur saute d'espace en espace."""
_SELON_EN_TETE = re.compile(r"Selon(?<![\w'’]Selon)[ \t]+(?P<nom>[^\W\d_]+(?:-[^\W\d_]+)?)(?=[ \t]*,)")
"""« Selon Florence, la situation s'est apaisée » : la source d'une information en tête de phrase, une personne (la
majuscule de « Selon » fait de la suite une chaîne de deux mots que la couche 2 ne lit pas comme `_SOURCE_AVANT`)."""


def _sujets_et_sources(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                       resultats: list[Trouvaille]) -> None:
    """Un nom à particule sujet en tête de proposition (`_PARTICULE_SUJET`), un prénom homonyme d'un mot ou un mot
    que personne n'écrit après « Selon » en tête de phrase (`_SELON_EN_TETE`) ; jamais un lieu ni un mot courant."""
    l = listes()
    trouves: list[tuple[int, int, str]] = []
    if not lignes.mots.isdisjoint(("de", "du", "van", "von")):
        au_debut = _PARTICULE_AU_DEBUT.match(texte)
        for espace in chain((au_debut.end() - 1,) if au_debut else (), (m.start() for m in _PARTICULE_SUJET.finditer(texte))):
            sujet = _SUJET_HUMAIN.match(texte, espace + 1)
            debut = espace - (3 if texte[espace - 1] == "n" else 2)  # « van », « von » ; « de », « du »
            if (sujet is not None and _peut_suivre_une_initiale(sujet.group(1), contexte, True)
                    and normaliser(texte[debut:sujet.end(1)]) not in l["localites"]):
                trouves.append((debut, sujet.end(1), "nom à particule sujet d'un verbe de personne"))
    if "selon" in lignes.mots:
        trouves += [(*m.span("nom"), "source d'une information") for m in _SELON_EN_TETE.finditer(texte)
                    if m.group("nom")[:1].isupper()
                    and (normaliser(m.group("nom")) in l["prenoms_homonymes"] or _mot_inconnu(m.group("nom"), contexte))
                    and normaliser(m.group("nom")) not in l["localites"] and normaliser(m.group("nom")) not in l["lieux"]]
    for debut, fin, raison in trouves:
        if not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], raison)))


_MOTS_CLES_DE_NOM = frozenset("nom noms prenom prénom prenoms prénoms naam voornaam achternaam acteur qui personne jeune "
                              "contact signataire signataires participant participants present presents présent présents "
                              "absent absents excuse excuses excusé excusés excusee excusees excusée excusées accompagnant "
                              "accompagnante accompagnants accompagnantes accompagnateur accompagnatrice accompagnateurs "
                              "accompagnatrices interlocuteur interlocutrice interlocuteurs interlocutrices titulaire "
                              "titulaires medecin medecins médecin médecins docteur docteure beneficiaire "
                              "beneficiaires bénéficiaire bénéficiaires locataire locataires administrateur "
                              "administratrice".split()) | frozenset(
    racine + fin for racine in ("delegu", "délégu") for fin in ("e", "é", "ee", "ée", "es", "és", "ees", "ées"))
"""Les mots d'une clé de nom (`_CLE_DE_NOM`, qui en est fait) ; aussi le préfiltre de ce motif par les mots du texte."""
_CLE_DE_NOM = _motifs_en_tete_de_ligne(
    r"[ \t]*(?:-[ \t]+)?(?i:(?:[a-z]+_)?(?P<cle>" + "|".join(sorted(_MOTS_CLES_DE_NOM)) + ")"
    r"(?:_(?:de_contact|a_prevenir|de_reference|de_confiance|de_biens|[a-z]+)|[ \t]+(?:en[ \t]+charge|responsable|"
    r"r[eé]f[eé]rente?|traitante?))?)"
    r"[ \t]*:[ \t]*['\"]?(?:(?i:dr|dre|docteure?|mme|mr|m|madame|monsieur)\.?[ \t]+)?"
    r"(?P<valeur>(?:(?i:de|du|van|von|le|el|ben))?[ \t]?(?:[NM]['’])?[" + _MAJ + _MIN + r"][" + _MIN + r"]{2,}(?:-[" + _MAJ
    + _MIN + r"][" + _MIN + r"]*)*(?:[ \t]+(?:[NM]['’])?[" + _MAJ + _MIN + r"][" + _MIN + r"]{2,}(?:-[" + _MAJ + _MIN + r"]["
    + _MIN + r"]*)*){0,2})['\"]?[ \t]*$")
"""La valeur d'une clé de nom (« nom_complet: 'mehret' », « prenom: sophea », « accompagnant: Clément »,
« personne_de_contact: … » — deux morceaux après le mot seulement de cette liste fermée, pas « nom_du_quartier » —,
« Acteur : greco » d'une cellule relue
sous son titre par `tableaux`, « | Absents | » au-dessus de « | Romane | ») : un à trois mots, la clé dit qu'ils nomment
une personne ; un mot peut commencer par « N' » ou « M' » (« contact: N'Diaye », aveugle-58), un morceau après un trait
d'union par une majuscule (« garant: Adjovi-Houénou », garde77)."""
_CLES_D_IDENTIFIANT = frozenset({"acteur", "qui", "jeune", "personne", "participant", "participants", "present", "presents",
                                 "présent", "présents", "absent", "absents", "excuse", "excuses", "excusé", "excusés",
                                 "excusee", "excusees", "excusée", "excusées"})
"""Clés dont la valeur est d'ordinaire un identifiant d'acteur (« acteur: poup », « qui: pedo ») : seul un prénom des
listes y est un nom (« acteur: greco »), pas un mot que personne n'écrit."""
_CLES_D_ACTEURS = _CLES_D_IDENTIFIANT | frozenset(
    "avec_qui acteurs id referent coordinateur_soin pedopsychiatre jeune_informe_par initiateur outil outils "
    "logiciel".split())
"""Les mêmes, et les clés d'un dossier dont la valeur est un identifiant d'acteur ou un outil : rien n'y est lu comme un
nom seul en tête ou devant sa fonction (« qui: cmliege (CM) », « qui:⏎- cmliege (CM) », l'attaque-105)."""


def valeurs_de_noms(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    """Les noms en valeur d'une clé de nom, même en minuscules (`_mots_d_un_nom`), jamais un rôle ou un lien
    (« acteur: jeune », « qui: pedo »)."""
    if lignes.mots.isdisjoint(_MOTS_CLES_DE_NOM):
        return []
    return [Trouvaille(*m.span("valeur"), REGLE, message_nom(m.group("valeur"), "valeur d'une clé de nom"))
            for m in _cles_de_nom(texte, lignes) if _valeur_est_un_nom(m.group("cle"), m.group("valeur"), contexte)]


def _valeur_est_un_nom(cle: str, valeur: str, contexte: ContexteAnonymat) -> bool:
    """La valeur d'une clé de nom forme-t-elle un nom ? Sous une clé de fonction, en minuscules, seulement des noms des
    listes (`_noms_des_listes`)."""
    mots = valeur.split()
    if len(mots) == 1 and _identifiant_de_proche(_formes(mots[0])):
        return False  # « qui: gmm-pat » comme « qui: [gm-pat] »
    if _CLE_DE_FONCTION.fullmatch(normaliser(cle)) and not valeur[:1].isupper():
        return _noms_des_listes(mots, contexte)
    return _mots_d_un_nom(mots, _nom_sous_la_cle(cle, valeur), contexte, _homonymes_sous_la_cle(cle, valeur))


_REPLIS_DE_CASSE = "ıİſK"
"""Les caractères que la casse ignorée du moteur lit comme une lettre ASCII (« ı » pour « i ») sans que le texte en
minuscules les écrive ainsi."""


def _cles_de_nom(texte: str, lignes: Lignes) -> list[re.Match[str]]:
    """Les correspondances de `_CLE_DE_NOM`, cherchées dans les seules lignes dont le texte en minuscules contient un
    mot de clé que le texte a (`_MOTS_CLES_DE_NOM`) : le motif s'essayait à chaque ligne, soit à chaque clé d'un
    formulaire. La clé d'une correspondance est un mot du texte (bornée par le début de la ligne, « - », « _ », une
    espace ou « : ») : une ligne sans aucun de ces mots n'en a pas. Un texte qui a un caractère de `_REPLIS_DE_CASSE`
    est lu entier."""
    bas = lignes.bas
    if len(bas) != len(texte) or not texte.isascii() and any(c in texte for c in _REPLIS_DE_CASSE):
        return _en_tete_de_ligne(_CLE_DE_NOM, texte)
    premier = _CLE_DE_NOM[0]
    return [m for m in (premier.match(texte, *lignes.bornes(indice))
                        for indice in lignes.contenant(lignes.mots & _MOTS_CLES_DE_NOM)) if m]


def _nom_sous_la_cle(cle: str, valeur: str) -> bool:
    """Une clé qui ne dit qu'un nom (« nom: », « contact: »), ou une valeur à majuscule sous un titre écrit avec la
    sienne (« | Acteur | » au-dessus de « | Sofía | », « Participant : Gloria » : pas une clé du modèle, et aucun
    identifiant d'acteur ne s'écrit avec une majuscule) : un mot que personne n'écrit y est un nom."""
    return cle.lower() not in _CLES_D_IDENTIFIANT or cle[:1].isupper() and valeur[:1].isupper()


_CLE_DE_FONCTION = re.compile(r"(?:delegue|titulaire|medecin|docteur)e?s?")
"""Les clés de nom qui disent une fonction, normalisées : en minuscules, un sigle ou un mot du métier s'y écrit aussi
(« delegue: sae », « medecin: pmsi », l'attaque-34) ; seuls les noms des listes y sont des noms."""


def _noms_des_listes(mots: list[str], contexte: ContexteAnonymat) -> bool:
    """Des mots en minuscules sous une clé de fonction (« delegue: 'chaoui' ») : des particules et des noms ou prénoms des
    listes, rien d'autre (ni un mot que personne n'écrit, ni un mot courant, ni trois lettres ASCII : « delegue: sae »,
    la forme d'un sigle)."""
    l = listes()
    noms_ = _sans_particules(mots)
    return bool(noms_) and all(_personne_en_minuscules(mot, True, contexte) and not (mot.isascii() and len(mot) <= 3)
                               and (normaliser(mot) in l["noms"] or normaliser(mot) in l["prenoms"]) for mot in noms_)


def _homonymes_sous_la_cle(cle: str, valeur: str) -> str:
    """Sous une clé de nom (`_nom_sous_la_cle`), la valeur peut être un prénom homonyme rare d'un mot, avec ou sans
    majuscule (« nom: Raïd », « contact: espoir », « signataire: gomez ») ; sous « acteur: » ou « qui: », non
    (identifiants d'acteurs)."""
    return "rares admis" if _nom_sous_la_cle(cle, valeur) else "tous refusés"


def _mots_d_un_nom(mots: list[str], inconnu_admis: bool, contexte: ContexteAnonymat,
                   homonymes: str = "tous refusés") -> bool:
    """Des mots qui forment un nom : des particules (« van den bossche ») et au moins un prénom, ou (`inconnu_admis`)
    un nom des listes ou un mot que personne n'écrit, rien d'autre."""
    noms_ = _sans_particules(mots)
    ambigus = listes()["ambigus"] if homonymes == "rares admis" else frozenset()  # « contact: Hussein », « nom: Rose »
    return bool(noms_) and all(_personne_en_minuscules(mot, inconnu_admis, contexte, homonymes)
                               or normaliser(mot) in ambigus and normaliser(mot) not in contexte.mots_autorises
                               for mot in noms_)


_LISTES_DE_PERSONNES = ("presences:", "présences:", "presents:", "présents:", "absents:", "excuses:", "excusés:",
                        "participants:", "contacts:", "personnes:", "membres:", "signataires:")
"""Clés YAML dont chaque sous-clé ou chaque élément est une personne ou un rôle (« presences: {Đỗ: true, spj: true} »,
« contacts:⏎  Silva: via l'école », « presents:⏎  - cm⏎  - moussa diop ») ; cherchées par `str.find` dans le texte en
minuscules."""
_SOUS_CLE = re.compile(r"[ \t]+(?:-[ \t]+)?(?P<cle>[^\W\d_][^:\n#]{0,60}?)[ \t]*:(?:[ \t]|$)", re.MULTILINE)
LIGNES_SOUS_LA_CLE = 12
"""Sous-clés lues sous une clé de personnes (une liste de présences tient en quelques lignes)."""


_MOT_D_ELEMENT = r"[" + _MIN + r"]++(?:['’\-][" + _MIN + r"]++)*+"
_ELEMENT_DE_PERSONNES = re.compile(r"[ \t]*-[ \t]+['\"]?(?P<valeur>" + _MOT_D_ELEMENT + r"(?:[ \t]+" + _MOT_D_ELEMENT
                                   + r"){1,2})['\"]?[ \t]*$")
"""Un élément d'une liste de personnes fait de deux ou trois mots en minuscules (« - moussa diop », « - jan van dijck ») ;
un seul mot y est un identifiant d'acteur (« - pedo », « - mere »), que `_identifiants_noms` juge."""


def _element_de_personnes(element: re.Match[str], contexte: ContexteAnonymat, deja: Intervalles,
                          resultats: list[Trouvaille]) -> None:
    """Sous une clé de personnes, chaque mot de l'élément est un prénom ou un nom des listes (`_dans_les_listes` : pas un
    prénom homonyme d'un mot, « pierre ») ou une particule (« moussa diop », « jan van dijck ») : rien d'autre qu'une
    personne n'y est écrit ainsi ; un rôle, un article, un sigle n'y sont pas (« la maman », « cm spj », « tous les
    professionnels »), ni un article devant un mot des listes (« le boulanger », « la chapelle », l'attaque-71)."""
    debut, fin = element.span("valeur")
    mots = element.group("valeur").split()
    formes = [normaliser(mot) for mot in mots]
    if (not deja.chevauche(debut, fin) and formes[0] not in _TOUTES_PARTICULES
            and all(forme in _TOUTES_PARTICULES or _dans_les_listes(mot) and not designe_un_role(forme)
                    and mot not in _MOTS_OUTILS and forme not in contexte.mots_autorises
                    for mot, forme in zip(mots, formes))):
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(element.group("valeur"), "personne d'une liste de présences")))


def _cles_de_personnes(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                       resultats: list[Trouvaille]) -> None:
    """Sous une clé de personnes (`_LISTES_DE_PERSONNES`) : une sous-clé à majuscule qui forme un nom comme la valeur
    d'une clé de nom (« Đỗ: true », « Moussa N'Guessan: true ») ; les rôles s'y écrivent en minuscules (« spj ») ; et un
    élément de liste en minuscules fait de prénoms et de noms des listes (`_element_de_personnes`)."""
    bas = lignes.bas
    for cle in _LISTES_DE_PERSONNES:
        if cle[:-1] not in lignes.mots:
            continue
        position = bas.find(cle)
        while position >= 0:
            indice = lignes.numero(position)
            debut_ligne = lignes.debuts[indice]
            retrait = len(texte[debut_ligne:position]) - len(texte[debut_ligne:position].lstrip(" "))
            if not texte[debut_ligne:position].strip(" -"):  # la clé ouvre sa ligne
                for suivante in range(indice + 1, min(indice + 1 + LIGNES_SOUS_LA_CLE, len(lignes.debuts))):
                    m = _SOUS_CLE.match(texte, *lignes.bornes(suivante))
                    element = _ELEMENT.match(texte, *lignes.bornes(suivante)) if m is None else None
                    if element is not None and element.end() - lignes.debuts[suivante] > retrait:
                        de_personne = _ELEMENT_DE_PERSONNES.match(texte, *lignes.bornes(suivante))
                        if de_personne is not None:
                            _element_de_personnes(de_personne, contexte, deja, resultats)
                        continue  # « presents:⏎  - pedo » : un identifiant, lu par `_identifiants_noms` ; « - moussa
                        # diop » : un nom en minuscules (garde41), même après « - cm »
                    if m is None or m.start("cle") - lignes.debuts[suivante] <= retrait:
                        break
                    valeur = m.group("cle")
                    if valeur[:1].isupper() and not deja.chevauche(*m.span("cle")) and nom_en_titre(valeur, contexte):
                        deja.ajouter(*m.span("cle"))
                        resultats.append(Trouvaille(*m.span("cle"), REGLE, message_nom(valeur, "personne d'une liste de présences")))
            # seule la première occurrence d'une ligne peut l'ouvrir : la suivante est cherchée à la ligne d'après (une
            # ligne de mille clés répétées ne recopie plus son début à chaque occurrence, la relecture du quarantième passage)
            position = bas.find(cle, max(position + 1, lignes.bornes(indice)[1]))



_GENERIQUES = frozenset({"jeune", "enfant", "famille", "parent", "parents"})
_PROCHES = frozenset(normaliser(m) for m in lire_liste("parente.txt")) - _GENERIQUES
"""Les liens qui disent qui est une personne pour le jeune (« tante », « voisin ») ; pas les mots de presque chaque
note (« jeune », « famille »), qui ne désignent personne en particulier."""
_AMORCES_PROCHES = frozenset(_LETTRES.match(m.lower()).group(0) for m in lire_liste("parente.txt")) - _GENERIQUES
"""Le premier mot de chaque lien (« grand » pour « grand-mère »), en minuscules : un texte sans aucun n'est pas lu."""
_CLE_PUIS_PROCHE = re.compile(
    r"^[ \t]*(?:-[ \t]+)?(?P<nom>[^\W\d_][^:\n#|]{0,40}?)[ \t]*:[ \t]+(?P<proche>[^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’-])",
    re.MULTILINE)
"""« Oukili: voisine, dépanne pour les trajets », « - Arsène: grand-père » : une clé YAML suivie d'un proche."""
_ELEMENT_PUIS_PROCHE = re.compile(
    r"^[ \t]*[-*+][ \t]+(?P<nom>[^\W\d_][^\n,(–—:|]{0,40}?)[ \t]*(?:[–—(,]|[ \t]-[ \t])[ \t]*"
    r"(?P<proche>[^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’-])", re.MULTILINE)
"""« - siddiqui – grand-père », « - bangoura (mère) », « - Touré C., tante maternelle » : un élément de liste qui
nomme un proche et dit son lien."""
_MOTS_PUIS_PROCHE = re.compile(
    r"(?<![\w'’-])(?P<nom>[^\W\d_]+(?:['’-][^\W\d_]+)*)(?:[ \t]+(?P<second>[^\W\d_]+(?:['’-][^\W\d_]+)*))?[ \t]*\("
    r"(?:(?i:la|le|les|sa|son|ses|leur)[ \t]+|(?i:l)['’])?(?:(?i:grande?|petite?)[ \t]+)?"
    r"(?P<proche>[^\W\d_]+(?:-[^\W\d_]+)*)[ \t]*\)(?![ \t]*:)")
"""Au fil d'une phrase, un ou deux mots suivis du lien entre parenthèses : « si verstraete zoë (la grande sœur) peut
venir », « avec hamid (oncle) » ; les deux mots d'abord (un prénom homonyme rare d'un mot y est admis : « cheikh fall »),
puis le dernier seul ; jamais un sigle ni l'intitulé d'un champ (« DDN (marraine) : », « E-mail (mère) : »)."""
_LIENS_APRES_UN_NOM = _PROCHES - frozenset(
    "ado adolescent adolescente mineur mineure bebe fille fillette fils gamin gamine garcon femme mari aine ainee cadet "
    "cadette benjamin benjamine jumeau jumelle fratrie camarade".split())
"""Les liens qui, entre parenthèses au fil d'une phrase, disent qui est le nom qui précède (« (oncle) », « (la grande
sœur) ») ; pas un mot qui décrit le jeune ou son état (« Chambre kot (ado) », « l'IPPI (mineure) », l'attaque-24)."""


def est_un_proche(valeur: str) -> bool:
    """« Tante maternelle », « père », « Sœur cadette » : un lien de parenté ou d'entourage, et au plus un mot après."""
    mots = valeur.split()
    return 0 < len(mots) <= 2 and normaliser(mots[0]) in _PROCHES


_MOTS_DE_LIAISON = (frozenset("et de du des la le les l d".split()) | DEBUTS_DE_LIEN
                    | frozenset("grands grandes petits petites beaux belles".split()))
"""Ce qu'un titre de proches peut porter sans être un lien (« Frères et sœurs », « Grands-parents »)."""


def titre_de_proches(titre: str) -> bool:
    """Un titre de colonne fait de liens de parenté (« Fratrie », « Enfants », « Frères et sœurs », « Mère ») : chaque
    cellule de la colonne nomme un proche."""
    mots = [normaliser(m) for m in _LETTRES.findall(titre)]
    pleins = [m for m in mots if m not in _MOTS_DE_LIAISON]
    return 0 < len(pleins) <= 3 and all(m in _LIENS or m.rstrip("sx") in _LIENS for m in pleins)


def nom_d_un_proche(valeur: str, contexte: ContexteAnonymat, homonymes: str = "tous refusés") -> bool:
    """Les quelques mots écrits à côté d'un lien de parenté (clé, élément de liste, cellule voisine) forment-ils un
    nom : un nom ou un mot que personne n'écrit, même en minuscules (« tewolde », « d'Otreppe »), ou un nom à
    majuscule des listes de présences (« Arsène », « Touré C. ») ; jamais un mot courant, un rôle, un lien, une
    clé du schéma (« lien: mère ») ni des initiales seules. `homonymes` : comme pour `_personne_en_minuscules`."""
    mots = valeur.split()
    if not 0 < len(mots) <= 3 or not valeur[:1].isalpha() or normaliser(mots[0]) in _PROCHES:
        return False
    if _ARTICLE_ELIDE.match(valeur) and ((forme := normaliser(premier := mots[0][2:])) in _PROCHES or designe_un_role(forme)
                                         or premier[:1].islower() and not _nom_plutot_que_mot(premier)):
        # « l’oncle », « L’Oncle », « l’éducatrice » : le proche ou le rôle lui-même, pas son nom ; après l'article, une
        # majuscule dit un nom même que le lexique connaît (« D'Hoore », « l'Hermite »)
        return False
    if not any(len(m) > 1 and normaliser(m) not in _CIVILITES for m in _LETTRES.findall(valeur)):
        return False  # « Mme D. », « F. K. » : des initiales, ce que la garde demande
    if not (_mots_d_un_nom(mots, True, contexte, homonymes) or valeur[:1].isupper() and nom_en_titre(valeur, contexte)):
        return False
    return normaliser(valeur) not in _cles_des_formulaires()


def proches_possibles(lignes: Lignes) -> frozenset[str]:
    """Les premiers mots de liens de parenté que le texte contient (vide : aucun nom à côté d'un proche à chercher)."""
    return _AMORCES_PROCHES & lignes.mots


def _morceau_dit_une_personne(morceau: str) -> bool:
    """Un morceau (normalisé) qui peut dire une personne à lui seul : un prénom, même homonyme d'un mot (« pierre »,
    « van »), ou un nom des listes, ou un mot que wordfreq ne connaît pas (« jun », « dupont », « mbuyi » ; pas
    « très », « fatiguée », « figue »)."""
    l = listes()
    return (morceau in l["prenoms"] or morceau in l["prenoms_homonymes"] or morceau in l["noms"]
            or not est_mot_connu(morceau))


def _un_morceau_dit_une_personne(valeur: str) -> bool:
    """Un morceau d'un des mots peut dire une personne (`_morceau_dit_une_personne`) : des mots tous connus et qui ne
    sont ni prénoms ni noms, apposés à un proche, le qualifient (« la mère, mi-figue mi-raisin, »)."""
    return any(_morceau_dit_une_personne(x) for mot in _LETTRES.findall(valeur) for x in normaliser(mot).split("-"))


def _a_cote_d_un_proche(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                        resultats: list[Trouvaille]) -> None:
    """Un nom écrit à côté du lien qui le dit proche du jeune, en clé YAML ou en élément de liste (les cellules
    d'un tableau : `tableaux.detecter`) ; seules les lignes qui contiennent un lien sont lues."""
    amorces = proches_possibles(lignes)
    for indice in lignes.contenant(amorces) if amorces else ():
        for motif in (_CLE_PUIS_PROCHE, _ELEMENT_PUIS_PROCHE):
            m = motif.match(texte, *lignes.bornes(indice))
            if m is None:
                continue
            debut, fin = m.span("nom")
            if motif is _CLE_PUIS_PROCHE and "_" in m.group("nom") and _cle_faite_de_mots(m.group("nom")):
                continue  # « presents_famille: maman », « chez_papy: grand-père » : une clé ; pas « julie_de_smet: »
            if (normaliser(m.group("proche")) in _PROCHES and not deja.chevauche(debut, fin)
                    and nom_d_un_proche(m.group("nom"), contexte)):
                deja.ajouter(debut, fin)
                resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group("nom"), "nom à côté d'un lien de parenté")))
        for m in _MOTS_PUIS_PROCHE.finditer(texte, *lignes.bornes(indice)):
            if normaliser(m.group("proche")) not in _LIENS_APRES_UN_NOM:
                continue
            fin = m.end("second") if m.group("second") else m.end("nom")
            for debut in ((m.start("nom"), m.start("second")) if m.group("second") else (m.start("nom"),)):
                valeur = texte[debut:fin]
                if (not deja.chevauche(debut, fin) and not any(_ELISION.sub("", mot).isupper() for mot in valeur.split())
                        and nom_d_un_proche(valeur, contexte, "rares admis" if " " in valeur else "tous refusés")):
                    deja.ajouter(debut, fin)
                    resultats.append(Trouvaille(debut, fin, REGLE, message_nom(valeur, "nom à côté d'un lien de parenté")))
                    break


def _cle_faite_de_mots(cle: str) -> bool:
    """Une clé à « _ » faite de lieux (« maroc_tanger »), ou dont un morceau est un mot qui n'est ni un prénom ni un nom
    des listes ni un lieu (« presents_famille », « chez_papy », « fete_saint_nicolas » ; « france_renard » reste un nom) ;
    une particule et le mot qui la suit sont un nom (« marie_du_bois »)."""
    morceaux, l = cle.split("_"), listes()
    if all(est_un_lieu(normaliser(morceau)) for morceau in morceaux):
        return True  # « maroc_tanger: grand-mère », « charleroi_marcinelle: oncle » (l'attaque-42)
    return any(len(morceau) > 1 and est_mot_connu(morceau) and normaliser(morceau) not in _TOUTES_PARTICULES
               and not est_un_lieu(normaliser(morceau))  # « france_renard: grand-mère », un prénom (l'attaque-40)
               and not (i and normaliser(morceaux[i - 1]) in _TOUTES_PARTICULES)
               and not any(normaliser(morceau) in l[liste] for liste in ("prenoms", "noms", "mots_prenoms"))
               for i, morceau in enumerate(morceaux))


_MOTS_DE_PERSONNE = frozenset("famille identite identité signature signatures signataire tuteur tutrice relais accueil "
                               "mena elargie".split())
"""Les morceaux d'une clé YAML qui désigne une personne (« famille: », « identite: », « tuteur_mena: »,
« famille_accueil: »), avec les liens de parenté (« mere: », « grand_pere: ») ; une clé qui en a un autre
(« origine_famille: », « langue_famille: ») dit autre chose qu'une personne."""
_CLE_ET_VALEUR_COURTE = re.compile(
    r"[ \t]*(?:-[ \t]+)?(?P<cle>[a-zà-ÿ]+(?:[_-][a-zà-ÿ]+)*)[ \t]*:[ \t]*['\"]?(?P<valeur>(?P<particule>(?:de|du|van|von|vanden|"
    r"vander|van[ \t]+de[nr]?|de[ \t]+la|ter|ten)[ \t]+)?[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:-[^\W\d_]+)*){0,2})"
    r"['\"]?[ \t]*$", re.MULTILINE)
"""Une clé YAML et une valeur d'un à trois mots (« famille: 'mehdi jebbari' »), éventuellement précédée d'une particule
(« personne_contact: 'de Villiers' » ; la majuscule qui suit est vérifiée à part : le motif reste court à compiler)."""


_FINS_DE_CLES_DE_PERSONNE = frozenset(
    fin for mot in (*lire_liste("parente.txt"), *_MOTS_DE_PERSONNE, *_MOTS_CLES_DE_NOM)
    for fin in {mot.lower().replace(" ", "-").split("-")[-1], normaliser(mot).replace(" ", "-").split("-")[-1]})
"""Le dernier morceau de toute clé que `_valeurs_de_personnes` retient (liens de parenté, `_MOTS_DE_PERSONNE`,
`_MOTS_CLES_DE_NOM`), écrit avec ou sans accents (« grand_pere », « famille_accueil », « personne_contact »,
« voisine ») : seules les lignes où il touche le deux-points sont lues (pas celles d'un récit qui parle de la
famille). Dérivé des mêmes listes que la décision, pour qu'aucune clé retenue ne soit sautée par le préfiltre."""


def _cle_de_lien(cle: str) -> bool:
    """La clé entière est-elle un lien de parenté (« mere », « grand_pere », « grand-pere ») ?"""
    return normaliser(cle.replace("_", "-")) in _PROCHES


@lru_cache(maxsize=4096)
def _cle_de_personne(cle: str) -> bool:
    """Chaque morceau de la clé désigne une personne (`_MOTS_DE_PERSONNE`, liens de parenté) ?"""
    return _cle_de_lien(cle) or all(m in _MOTS_DE_PERSONNE or m in _PROCHES for m in normaliser(cle).split("_"))


def _prenom_puis_noms(valeur: str, contexte: ContexteAnonymat) -> bool:
    """Là où le contexte dit une personne (clé, liste d'excusés) : un nom des listes ou des mots que personne n'écrit
    autour d'un prénom (`nom_en_titre`), ou un prénom des listes suivi d'un ou deux mots qui ne sont ni courants, ni
    des lieux, ni des rôles (« arjun watanabe » : un nom d'ailleurs que wordfreq connaît sans que les listes l'aient)."""
    if nom_en_titre(valeur, contexte):
        return True
    mots = valeur.split()
    l = listes()
    return 2 <= len(mots) <= 3 and _personne_en_minuscules(mots[0], False, contexte, "rares admis") and all(
        len(n) > 2 and not (n in _MOTS_OUTILS or n in l["courants"] or n in l["lieux"] or n in l["localites"]
                            or n in l["ambigus"] or designe_un_role(n) or n in _PRONOMS or n in _DETERMINANTS
                            or n in contexte.mots_autorises)
        for n in map(normaliser, mots[1:]))


def _valeurs_de_personnes(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                          resultats: list[Trouvaille]) -> None:
    """Un nom, même en minuscules, en valeur d'une clé qui désigne une personne (« famille: 'mehdi jebbari' »,
    « identite: 'hamza taleb' », « mere: 'zoë coppens' ») : au moins un prénom et des noms ou des mots que personne
    n'écrit (`_prenom_puis_noms`) ; et un nom à particule devant une majuscule sous une telle clé ou une clé faite de
    mots de nom (« personne_contact: 'de Villiers' » ; pas « lieu_contact: 'du Bois' »), sauf une localité ou un mot
    courant."""
    fins = lignes.mots & _FINS_DE_CLES_DE_PERSONNE if ":" in texte else ()
    for indice in lignes.contenant([fin + ":" for fin in fins]) if fins else ():
        m = _CLE_ET_VALEUR_COURTE.match(texte, *lignes.bornes(indice))
        if m is None or deja.chevauche(*m.span("valeur")):
            continue
        cle, valeur = m.group("cle"), m.group("valeur")
        if m.group("particule") and valeur[len(m.group("particule")):][:1].isupper():
            nom = valeur[len(m.group("particule")):]
            retenu = ((_cle_de_personne(cle) or _MOTS_CLES_DE_NOM.issuperset(normaliser(cle).split("_")))
                      and all(_peut_suivre_une_initiale(mot, contexte, True) for mot in nom.split())
                      and normaliser(nom) not in listes()["localites"])
        else:
            # « parrain: 'delhaise' » : sous une clé de lien de parenté, le nom seul suffit (comme « Oukili: voisine »)
            retenu = (_cle_de_personne(cle)
                      and (_prenom_puis_noms(valeur, contexte)
                           or _cle_de_lien(cle) and nom_d_un_proche(valeur, contexte))
                      and normaliser(valeur) not in _cles_des_formulaires())
        if retenu:
            deja.ajouter(*m.span("valeur"))
            resultats.append(Trouvaille(*m.span("valeur"), REGLE, message_nom(valeur, "valeur d'une clé qui désigne une personne")))


_MOTS_DE_PRESENCES = frozenset("excusés excusées excuses excusees absents absentes présents présentes presents presentes "
                                "participants participantes invités invitées invites invitees".split())
_TITRE_DE_PRESENCES = re.compile(
    r"[ \t>]*(?:[#*_]+[ \t]*)?(?:(?=[EAPIL])|(?<=[#*_])|(?<=[#*_][ \t]))(?i:liste[ \t]+des[ \t]+)?"
    r"(?i:excus[ée]e?s|absente?s|pr[ée]sente?s|participante?s|invit[ée]e?s)[ \t]*(?:\([^()\n]{1,24}\)[ \t]*)?[*_]*[ \t]*"
    r"(?::[*_]*[ \t]*(?P<suite>[^\n]*))?")
"""Le titre d'une liste de présences d'un récit, avec sa majuscule ou sa mise en forme (« Excusés : », « **présents** : »,
« ## Absents », « ### Liste des présents (23/2) ») ; pas une clé YAML en minuscules (« presents: », lue comme une liste
d'identifiants d'acteurs)."""
_ELEMENT_DE_PRESENCES = re.compile(r"[ \t>]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?P<suite>[^\n]*)")
_PERSONNE_DE_LA_LISTE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*){0,2}"
                                   r"(?=[ \t]*(?:[,;(]|[–—-][ \t]|[ \t]et[ \t]|\.?[ \t]*$))")
"""Un à trois mots d'un élément d'une liste de présences, jusqu'à une virgule, une parenthèse, un tiret, « et » ou la
fin de l'élément (« arjun watanabe », « zoë (mère) »)."""
_SEPARATEUR_DE_PRESENCES = re.compile(r"[ \t]*(?:[,;]|[ \t]et[ \t])[ \t]*")


def _listes_de_presences(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                         resultats: list[Trouvaille]) -> None:
    """Les personnes d'une liste de présences d'un récit (« Excusés : » suivi d'éléments « - » ou « 1. », ou de noms
    séparés par des virgules), même en minuscules : un prénom des listes et des noms (`_prenom_puis_noms`) ; jamais un
    rôle, un sigle (« spj ») ni une description (« le titulaire de classe »)."""
    presents = lignes.mots & _MOTS_DE_PRESENCES
    for indice in lignes.contenant(presents) if presents else ():
        titre = _TITRE_DE_PRESENCES.fullmatch(texte, *lignes.bornes(indice))
        if titre is None:
            continue
        suites = [titre.span("suite")] if (titre.group("suite") or "").strip() else []
        for suivante in range(indice + 1, min(indice + 1 + LIGNES_SOUS_LA_CLE, len(lignes.debuts))) if not suites else ():
            element = _ELEMENT_DE_PRESENCES.fullmatch(texte, *lignes.bornes(suivante))
            if element is None and suivante == indice + 1 and not texte[slice(*lignes.bornes(suivante))].strip():
                continue  # « ## Excusés », une ligne vide, puis la liste
            if element is None:
                break
            suites.append(element.span("suite"))
        for debut, fin in suites:
            position = debut
            while position < fin:
                m = _PERSONNE_DE_LA_LISTE.match(texte, position, fin)
                if m is not None and not deja.chevauche(*m.span()) and not _proche_ou_service(m.group(0)) and (
                        _prenom_puis_noms(m.group(0), contexte) or _nom_seul_d_une_liste(m.group(0), contexte)):
                    deja.ajouter(*m.span())
                    resultats.append(Trouvaille(*m.span(), REGLE, message_nom(m.group(0), "personne d'une liste de présences")))
                separateur = _SEPARATEUR_DE_PRESENCES.search(texte, m.end() if m else position, fin)
                if separateur is None:
                    break
                position = separateur.end()


_ELISION_EN_TETE = re.compile(r"(?i:[ld]|qu)['’]")


def _nom_seul_d_une_liste(valeur: str, contexte: ContexteAnonymat) -> bool:
    """Un mot seul dans une liste de présences (« - ionescu », « - mukamana ») : un nom des listes, ou un mot que
    personne n'écrit d'au moins cinq lettres (plus court, c'est d'ordinaire un sigle : « - aviq ») ; jamais un rôle, un
    lien ni un mot que le lexique connaît hors des listes."""
    # « - l'interprète », « l'AViQ » : un article élidé, un rôle ou un service
    if " " not in valeur:
        return not _ELISION_EN_TETE.match(valeur) and _nom_et_pas_un_sigle([valeur], contexte, 5)
    # « Le Floc'h », « Van Acker » : une ou deux particules puis un nom des listes ou un mot que personne n'écrit, à
    # majuscule (« Le CM », « Le SECAL », « La Famille », « La Maman » ne sont pas des noms)
    particules = _PARTICULES_EN_TETE.match(valeur)
    reste = valeur[particules.end():] if particules else ""
    return bool(reste[:1].isupper() and not reste.isupper() and " " not in reste and not _proche_ou_service(reste)
                and _peut_suivre_une_initiale(reste, contexte) and (_dans_les_listes(reste) or _mot_inconnu(reste, contexte)))


_PARTICULES_EN_TETE = re.compile(r"(?:" + _PARTICULE_APRES_INITIALE + r"){1,2}")


def _proche_ou_service(valeur: str) -> bool:
    """L'élément d'une liste de présences qui n'est pas un nom : un proche ou son petit nom, au singulier ou au pluriel
    (« mamie », « papas », « tonton »), ou ce qui commence par l'article « l' » (« l'AMO Dinamo », « l'AS du CPAS »).
    Pas un article en minuscules : « - le patron » est signalé (aveugle-56), mais « - la rocca », « - le thi hoa » sont
    des noms (l'attaque-49)."""
    if valeur[:1] in "lL" and valeur[1:2] in "'’":
        return True
    singulier = normaliser(valeur).removesuffix("s")
    return singulier in _PETITS_NOMS or singulier in _LIENS


_LETTRES_IBERIQUES = frozenset("áíóúñãõ")
"""Les lettres de l'espagnol et du portugais que le français n'écrit pas : « me llamó », « me contó todo » citent une
phrase (l'attaque-60), « me kamińska », « me huỳnh » nomment l'avocat."""


def nom_en_titre(valeur: str, contexte: ContexteAnonymat) -> bool:
    """Une sous-clé d'une liste de présences ou un titre de colonne d'un tableau d'actions, là où s'écrivent des
    personnes et des rôles (« Pédopsy », « Logo », « SPJ ») : un prénom ou un nom ambigu des listes (« Cheikh »),
    ou des mots que personne n'écrit s'ils sont à côté d'un prénom (« Moussa N'Guessan ») ou écrits avec des lettres
    qu'aucun mot français n'a (« Đỗ ») ; jamais un mot d'un rôle abrégé."""
    mots = valeur.split()
    if _mots_d_un_nom(mots, False, contexte, "rares admis"):
        return True
    if not _mots_d_un_nom(mots, True, contexte, "rares admis"):
        return False
    return (len(mots) > 1 and any(_mots_d_un_nom([mot], False, contexte, "rares admis") for mot in mots)
            or not set(valeur.casefold().replace(" ", "")) <= _LETTRES_FRANCAISES)


def titre_de_colonne(texte: str, debut: int, fin: int, contexte: ContexteAnonymat) -> Trouvaille | None:
    """Le titre de colonne texte[debut:fin] d'un tableau d'actions (une colonne par acteur), s'il est un nom."""
    if not nom_en_titre(texte[debut:fin], contexte):
        return None
    return Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "titre de colonne d'un tableau d'actions"))


_FORMULES_FIN = frozenset(normaliser(f) for f in lire_liste("formules_fin.txt"))
_LIGNE_DE_SIGNATURE = re.compile(r"[ \t]*(" + _NOM_APRES_INITIALE + r"(?:[ \t]+" + _NOM_APRES_INITIALE + r")?)[ \t]*(?:[(,].*)?")
_SEPARATEUR_DE_SIGNATURE = re.compile(r"^--[ \t]*\r?$", re.MULTILINE)
"""« -- » seul sur sa ligne : le séparateur de signature d'un courriel (pas « --- », l'en-tête d'une page)."""
_UN_OU_DEUX_MOTS = _NOM_EN_MINUSCULES + r"(?:[ \t]+" + _NOM_EN_MINUSCULES + r")?"
"""Un ou deux mots en minuscules : ce qu'une signature, un locuteur ou une place de personne (`_places_d_un_nom`) peut
contenir."""
_SIGNATURE_EN_MINUSCULES = re.compile(r"[ \t]*(" + _UN_OU_DEUX_MOTS + r")[ \t]*(?:[(,].*)?")
"""La même ligne tapée en minuscules (« Cordialement,⏎gueye ») : chaque mot doit alors être une personne."""


_DEBUT_DU_MESSAGE = 64
"""Caractères au plus entre le début de la ligne et l'heure ou la case : un locuteur, une heure, une puce."""
_REPERES_DE_MESSAGE = tuple(re.compile(motif) for motif in (r":(?<=\d:)\d\d", r"h(?<=\dh)\d\d", r"H(?<=\dH)\d\d", r"\[[ xX]\]"))
"""Préfiltres de `_LOCUTEUR_OU_CASE` : une heure (« 15:38 », « 21h05 »), une case à cocher. Chacun commence par un
caractère fixe que le moteur cherche d'un bond (une alternative qui commence par un chiffre, ou une lettre sans égard
à la casse, se lit caractère par caractère : dix fois plus lent)."""
_LOCUTEUR_OU_CASE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?:"
    r"(?:[-*+—–][ \t]+)?(?:[a-z_]+:[ \t]+)?[\"'“]?(?:\[[^\]\n]{0,16}" + _HEURE + r"[^\]\n]{0,8}\]|\(" + _HEURE
    + r"\)|(?:" + _DATE_D_EXPORT + r")?" + _HEURE + r"(?::\d\d)?[ \t]*[-–—,])[ \t]*(?:\*\*|__)?(?P<locuteur>"
    + _UN_OU_DEUX_MOTS + r")(?:\*\*|__)?[ \t]*:"
    r"|(?:[-*+][ \t]+)?(?P<avant_heure>" + _UN_OU_DEUX_MOTS + r")[ \t]*\(" + _HEURE + r"\)[ \t]*:"
    r"|[-*+][ \t]+\[[ xX]\][ \t]+(?P<case>" + _UN_OU_DEUX_MOTS + r")[ \t]*(?:[:—–]|-[ \t]))")
"""En tête de ligne, en minuscules : le locuteur d'un message recopié après son heure entre crochets ou suivie d'un tiret
(« [15:38] tshibangu : », « 12/05/2026 15:38 - kowalski : », un export de messagerie ; pas « 14:30 rendez-vous :
école », une ligne d'agenda) ou avant elle (« diallo (15:38) : »), la personne d'une case à cocher (« - [x] öztürk —
fiche signée »)."""


def _forme_un_nom(mots: list[str], contexte: ContexteAnonymat) -> bool:
    """Des mots là où s'écrit une personne forment un nom (`_mots_d_un_nom`, un nom ambigu admis : « Rose ») ; jamais un
    lien, une civilité ni un rôle, même ambigu (« un frère cadet (9 ans) »)."""
    return _mots_d_un_nom(mots, True, contexte, "rares admis") and not any(
        designe_un_role(normaliser(mot)) for mot in mots)


def _nom_plutot_que_mot(mot: str) -> bool:
    """Le mot entier est-il un prénom, un nom ou une particule des listes, ou un mot que le lexique ne connaît pas (pas
    « rendez-vous », « après-midi », dont un morceau peut être dans les listes) ?"""
    n, l = normaliser(mot), listes()
    return n in _PARTICULES_NOM or n in l["noms"] or n in l["prenoms"] or not all(
        est_mot_connu(morceau) for morceau in mot.split("-"))  # le lexique ne connaît un composé que par ses morceaux


def _nom_et_pas_un_sigle(mots: list[str], contexte: ContexteAnonymat, longueur: int) -> bool:
    """Des mots là où s'écrit une personne forment-ils un nom (`_forme_un_nom`), sans être des mots que le lexique connaît
    hors des listes (`_nom_plutot_que_mot`) ; plus courts que `longueur` caractères, seulement des noms des listes (un
    mot court que personne n'écrit est d'ordinaire un sigle : « ipj », « aviq ») ?"""
    return (_forme_un_nom(mots, contexte) and all(_nom_plutot_que_mot(mot) for mot in mots)
            and (len(" ".join(mots)) >= longueur or _mots_d_un_nom(mots, False, contexte, "rares admis")))


def _locuteurs_et_cases(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                        resultats: list[Trouvaille]) -> None:
    """Un à deux mots en minuscules là où s'écrit une personne (`_LOCUTEUR_OU_CASE`), s'ils forment un nom : des noms
    des listes ou des mots que personne n'écrit, jamais un rôle, un lien ni un mot courant (« [15:38] casemanager : »,
    « - [ ] école : rappeler »). Seules les lignes qui ont une heure ou une case près de leur début sont lues."""
    lues: set[int] = set()
    for h in chain.from_iterable(repere.finditer(texte) for repere in _REPERES_DE_MESSAGE):
        indice = lignes.numero(h.start())
        debut_ligne = lignes.debuts[indice]
        if indice in lues or h.start() - debut_ligne > _DEBUT_DU_MESSAGE:
            continue
        lues.add(indice)
        m = _LOCUTEUR_OU_CASE.match(texte, debut_ligne, lignes.bornes(indice)[1])
        if m is None:
            _locuteur_a_majuscule(texte, debut_ligne, lignes.bornes(indice)[1], contexte, deja, resultats)
            continue
        groupe = next(g for g in ("locuteur", "avant_heure", "case") if m.group(g) is not None)
        debut, fin = m.span(groupe)
        # un mot court que personne n'écrit est plutôt un sigle (« [11:00] ipj : audition ») ; un mot que le lexique
        # connaît hors des listes, une rubrique d'agenda (« (14:30) rendez-vous : école »)
        if not deja.chevauche(debut, fin) and (_nom_et_pas_un_sigle(m.group(groupe).split(), contexte, 4) or (
                groupe == "locuteur" and prenom_homonyme_seul(m.group(groupe), contexte) and (
                    _debut_d_un_message(texte, m.end(), lignes.bornes(indice)[1], True)
                    or _DATE_COMPLETE.search(texte, debut_ligne, debut)))):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(m.group(groupe), "locuteur d'un message ou "
                                                                                       "personne d'une case à cocher")))


def prenom_homonyme_seul(mot: str, contexte: ContexteAnonymat, homonymes: str = "portés") -> bool:
    """Un seul mot, prénom homonyme d'un mot, là où s'écrit qui envoie ou reçoit un message : un prénom ; jamais un
    pronom, un mot courant à majuscule (« Noël » : une fête, revue67), un rôle, un lien, un lieu, un mot admis par le
    réseau ni un service de l'annuaire. `homonymes` : « portés »,
    seulement les prénoms portés en Belgique qui sont aussi des mots (`_PRENOMS_MOTS_PORTES` : « grâce », « Espoir »,
    « rose ») ; « tous », tous ceux des listes (« Cheikh », mais aussi « Lever », « Bureau », « Club » : l'attaque-120)."""
    forme = normaliser(mot)
    liste = _PRENOMS_MOTS_PORTES if homonymes == "portés" else listes()["prenoms_homonymes"]
    return (" " not in mot and forme in liste and forme not in _MOTS_DE_LA_PHRASE and forme not in listes()["courants"]
            and forme not in _PRONOMS_INVERSES  # « 26/03/2024, 06:55 - Moi: … » : qui a exporté la conversation
            and not designe_un_role(forme) and not est_un_lieu(forme) and forme not in contexte.mots_autorises
            and not _dans_l_annuaire(mot, contexte))


_LOCUTEUR_A_MAJUSCULE = re.compile(
    r"[ \t]*(?:>[ \t]*)?(?:[-*+—–][ \t]+)?(?:[a-z_]+:[ \t]+)?[\"'“]?(?:(?P<crochets>\[(?P<crochet>" + _DATE_D_EXPORT + r")?[^\]\n]{0,16}"
    + _HEURE + r"[^\]\n]{0,8}\])|(?P<export>" + _DATE_D_EXPORT + r")?" + _HEURE + r"(?::\d\d)?,?[ \t]*[-–—]?)"
    r"[ \t]*(?:\*\*|__)?(?P<nom>[" + _MAJ + r"][" + _MIN + r"]{2,20})(?:\*\*|__)?[ \t]*:")
"""Le locuteur à majuscule d'un message recopié après son heure entre crochets (« [10:42] Cheikh : », garde87) ou non
(« 10:42 - Grâce : », « 18h03 Rose : », « 12/03/2024, 10:42 - Espoir: », l'export d'une messagerie, garde90), en tête
de ligne, d'un élément de liste, d'une chaîne YAML entre guillemets (« - "[14:02] Olivier : …" ») ou d'une valeur
YAML lue après sa clé (« ligne: '09/01/2024, 23:58 - Aurore: …' »)."""


_DEBUT_D_UN_MESSAGE = re.compile(r"[ \t]*[«\"“]?[ \t]*(?i:je|on|ok|oui|non|merci|bonjour|bonsoir|salut|coucou|"
                                 r"tu|vous|il|elle|ils|elles|nous|"
                                 r"c['’]est|ça|ca|d['’]acc\w*|désolée?|pas|moi|super|top|"
                                 r"pardon|stp|svp|bien|bon|mdr|lol)(?![\w'’-])")
"""Ce par quoi commence un message d'une messagerie (un pronom, une réponse, une formule : « je suis devant », « ok
merci », « on peut décaler ») ; pas une ligne d'agenda (« [07:00] Lever : douche », « [12:00] Repas : cantine »,
revue66)."""
_ELISION_D_UN_MESSAGE = re.compile(r"[ \t]*[«\"“]?[ \t]*(?i:[jt]['’])(?=\w)")
"""« j'arrive », « t'es où » : un message aussi, après un prénom porté qui est un mot (« [10:42] Rose : j'arrive »,
garde90) ; pas après un mot d'agenda (« [07:00] Lever : j'y vais », l'attaque-120)."""


def _debut_d_un_message(texte: str, position: int, fin: int, porte: bool) -> bool:
    """Après le locuteur, ce qui suit commence-t-il un message ? Une élision seulement après un prénom porté (`porte` :
    `prenom_homonyme_seul` du locuteur)."""
    return bool(_DEBUT_D_UN_MESSAGE.match(texte, position, fin)
                or porte and _ELISION_D_UN_MESSAGE.match(texte, position, fin))


def _locuteur_a_majuscule(texte: str, debut: int, fin: int, contexte: ContexteAnonymat, deja: Intervalles,
                          resultats: list[Trouvaille]) -> None:
    """« [10:42] Cheikh : je suis devant », « [14:02] Olivier : on peut décaler » : à la place du locuteur, devant ce
    qui commence un message (`_debut_d_un_message`), un prénom homonyme d'un mot est un prénom (les autres couches l'y
    laissent en clair) ; jamais un rôle, un lien, un service ni un lieu (« [10:43] Casemanager : »,
    « [09:00] École : »), ni le titre d'une ligne d'agenda (« [07:00] Lever : douche »). Hors des crochets (« 18h03
    Rose : elle… »), ou après la date complète d'un export sans début de message (« 12/03/2024, 10:42 - Espoir: la
    bus »), seulement un prénom porté qui est un mot (`prenom_homonyme_seul`) : « - 07h15 Lever : il traîne » est une
    ligne d'agenda (l'attaque-120)."""
    m = _LOCUTEUR_A_MAJUSCULE.match(texte, debut, fin)
    if m is None or deja.chevauche(*m.span("nom")):
        return
    mot = m.group("nom")
    porte = prenom_homonyme_seul(mot, contexte)
    message = _debut_d_un_message(texte, m.end(), fin, porte)
    if not (porte and (message or m.group("export") or m.group("crochet"))
            or m.group("crochets") and message and prenom_homonyme_seul(mot, contexte, "tous")):
        return
    deja.ajouter(*m.span("nom"))
    resultats.append(Trouvaille(*m.span("nom"), REGLE, message_nom(mot, "locuteur d'un message")))


_FIN_D_AGE = re.compile(r"ans[ \t]?\)")
_NOM_PUIS_AGE = re.compile(r"(?<![\w'’-])(" + _UN_OU_DEUX_MOTS + r")[ \t]*\([ \t]*\d{1,2}[ \t]?$")
"""« nguyen (12 ans) » : lu devant chaque « ans) » (un caractère fixe d'abord) ; jamais au milieu d'un mot (« - Coach :
Aurore (19 ans) » donnait « urore », la relecture revue71)."""
_PRENOM_PUIS_AGE = re.compile(r"(?<![\w'’-])([" + _MAJ + r"][" + _MIN + r"]+(?:-[" + _MAJ + r"][" + _MIN + r"]+)?)[ \t]*"
                              r"\([ \t]*\d{1,2}[ \t]?$")
"""« Aurore (19 ans) », « Mbeki (14 ans) », « Eskender (14 ans) » : un prénom ou un nom des listes, même homonyme d'un
mot, ou un mot que personne n'écrit, devant son âge entre parenthèses."""
_LIEN_ENTRE_PARENTHESES = re.compile(r"\([ \t]*(?:(?:son|sa|ses|leur)[ \t]+)?((?:[^\W\d_]+-)*[^\W\d_]+)"
                                     r"(?:[ \t]+([^\W\d_]+))?[ \t]*\)")
_LIENS_ENTRE_PARENTHESES = _LIENS_DE_FAMILLE - frozenset(
    "ado ados adolescent adolescente mineur mineure mineurs bebe bebes enfant enfants parent parents femme homme jeune "
    "jeunes".split())
"""Les liens de famille qui, entre parenthèses, désignent la personne nommée juste avant ; pas les mots de
`parente.txt` qui disent l'âge ou l'état plus qu'un lien (« kot (ado) », « Lait Nutrilon (bébé) », « Formulaire Myria
(parent) ») : le mot qui précède n'est pas pour autant un nom."""
_DEUX_MOTS_DEVANT = re.compile(r"(?:(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]+)?(?<![\w'’-])([^\W\d_][\w'’-]*)[ \t]*$")
"""« boudaoud (frère aîné) », « ; Okbazghi (grand-père) ; » : un ou deux mots juste devant un lien de famille entre
parenthèses (la parenthèse d'abord, un caractère fixe)."""
_APRES_SALUTATION = re.compile(r"[ \t>*_-]*(?i:bonjour|bonsoir|salut|coucou|hello|merci|ch[eè]re?s?|dag|hallo|beste)"
                               r"[ \t,]+(" + _UN_OU_DEUX_MOTS + r")[ \t]*(?:[,!.:]|$|[ \t]+(?:pour|de|d['’]))")
"""En tête de ligne, une salutation puis le nom de qui on salue (« Bonjour nguyen, », « Merci kowalski pour … »)."""
_D_APRES = re.compile(r"apr(?<=[dD]['’]apr)[èe]s[ \t]+(" + _UN_OU_DEUX_MOTS + r")[ \t]*,")
"""« D'après mukamana, tout va bien » : la source d'une information, comme « selon »."""
_C_EST_QUI = re.compile(r"est(?<=[cC]['’]est)[ \t]+(" + _UN_OU_DEUX_MOTS + r")[ \t]+qui(?![\w'’])")
"""« c'est takahashi qui reprend la coordination » : la personne mise en relief (« est » d'abord, un caractère fixe)."""
_ET_UN_NOM = re.compile(r" et (" + _UN_OU_DEUX_MOTS + r")(?![\w'’-])")
_PROCHE_PUIS_ET = re.compile(r"(?<![\w'’])(?i:le|la|l['’]|les|sa|son|ses|leur|leurs|mon|ma|notre|votre)[ \t]*"
                             r"((?:[^\W\d_]+-)*[^\W\d_]+)$")
"""« le jeune et kowalski se disputent », « sa mère et mukamana » : un proche, « et », puis un nom (« et » d'abord, un
caractère fixe ; le proche ensuite, dans les 40 caractères qui précèdent)."""
_ET_SON_PROCHE = re.compile(r" et (?:sa|son|ses|leurs?) ((?:[^\W\d_]+-)*[^\W\d_]+)")
_SUJET_DEVANT = re.compile(r"[ \t>*+-]*(" + _UN_OU_DEUX_MOTS + r")")
"""En tête de ligne, « nguyen et sa mère » : une personne et son proche (« et sa » d'abord, un caractère fixe ; la tête
de la ligne ensuite)."""
_SIGNE = re.compile(r"(?i:sign[ée]e?s?[ \t]*:[ \t]*(" + _UN_OU_DEUX_MOTS + r"))[ \t]*$")
"""« Signé : kowalski », « Signé : Mukamana » en fin de ligne (la signature, avec ou sans majuscule)."""


def _places_d_un_nom(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                     resultats: list[Trouvaille]) -> None:
    """Un à deux mots en minuscules là où la phrase ne peut mettre qu'une personne : devant son âge entre parenthèses,
    après une salutation en tête de ligne, après « d'après » et avant une virgule, entre « c'est » et « qui », après
    « le jeune et », devant « et sa mère », après « Signé : ». Ils doivent former un nom (`_mots_d_un_nom` : noms des listes ou mots que personne n'écrit, jamais un
    rôle, un lien ni un mot courant : « Bonjour à tous », « enfants (12 ans) »). Chaque motif n'est essayé que là où
    son mot fixe se trouve."""
    trouves: list[re.Match[str]] = []
    for age in _FIN_D_AGE.finditer(texte):
        i = age.start()
        m = _NOM_PUIS_AGE.search(texte, max(lignes.debuts[lignes.numero(i)], i - 48), i)
        if m is not None and not _age_d_un_lien(m.group(1).split()):
            trouves.append(m)
        elif m is None and (prenom := _PRENOM_PUIS_AGE.search(texte, max(lignes.debuts[lignes.numero(i)], i - 48), i)):
            debut, fin = prenom.span(1)
            forme = normaliser(prenom.group(1))
            if (not deja.chevauche(debut, fin) and forme not in _LIENS and forme not in _ROLES
                    and not _lieu_qui_n_est_pas_un_nom(forme)
                    and (_prenom_des_listes(forme.split("-")[0]) or forme in listes()["noms"]
                         or _mot_inconnu(prenom.group(1), contexte)
                         or _inconnu_a_une_place_de_personne(prenom.group(1), contexte))):
                deja.ajouter(debut, fin)  # « - Coach : Aurore (19 ans) », « Rose (12 ans) est venue » (revue71)
                resultats.append(Trouvaille(debut, fin, REGLE, message_nom(prenom.group(1), "nom devant son âge")))
    if not lignes.mots.isdisjoint(_SALUTATIONS):
        trouves += filter(None, (_APRES_SALUTATION.match(texte, *lignes.bornes(indice))
                                 for indice in lignes.contenant(lignes.mots & _SALUTATIONS)))
    if "après" in lignes.mots or "apres" in lignes.mots:
        trouves += _D_APRES.finditer(texte)
    if "est" in lignes.mots and "qui" in lignes.mots:
        trouves += _C_EST_QUI.finditer(texte)
    for et in _ET_UN_NOM.finditer(texte):
        proche = _PROCHE_PUIS_ET.search(texte, max(lignes.debuts[lignes.numero(et.start())], et.start() - 40), et.start())
        if proche is not None and normaliser(proche.group(1)) in _LIENS:
            trouves.append(et)
    for et in _ET_SON_PROCHE.finditer(texte):
        debut_ligne = lignes.debuts[lignes.numero(et.start())]
        sujet = _SUJET_DEVANT.fullmatch(texte, debut_ligne, et.start()) if et.start() - debut_ligne <= 48 else None
        if sujet is not None and normaliser(et.group(1)) in _LIENS_DE_FAMILLE:
            trouves.append(sujet)
    if "signé" in lignes.mots or "signée" in lignes.mots:
        trouves += (m for indice in lignes.contenant(("signé",)) if (m := _SIGNE.search(texte, *lignes.bornes(indice))))
    if "(" in texte:
        _devant_un_lien_entre_parentheses(texte, lignes, contexte, deja, resultats)
    for m in trouves:
        mots = list(re.finditer(r"\S+", m.group(1)))
        # deux mots s'ils forment un nom, sinon le premier seul (« mukamana sont venues »)
        n = next((k for k in range(len(mots), 0, -1) if _forme_un_nom([x.group() for x in mots[:k]], contexte)), 0)
        debut, fin = m.start(1), m.start(1) + (mots[n - 1].end() if n else 0)
        if n and not deja.chevauche(debut, fin):
            deja.ajouter(debut, fin)
            resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "là où s'écrit une personne")))


def _age_d_un_lien(mots: list[str]) -> bool:
    """Devant un âge, « petit frère », « grande sœur » : un début de lien (`DEBUTS_DE_LIEN`) puis un lien ou un rôle ;
    l'âge est le sien, « petit » n'est pas un nom (garde86). « nguyen père (45 ans) », « kowalski aîné (14 ans) »
    gardent leur nom : le premier mot seul est lu (l'attaque-116)."""
    return len(mots) == 2 and normaliser(mots[0]) in DEBUTS_DE_LIEN and designe_un_role(normaliser(mots[1]))


def _devant_un_lien_entre_parentheses(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                                      resultats: list[Trouvaille]) -> None:
    """Le nom que précise un lien de famille entre parenthèses (« boudaoud (frère aîné) accompagne… », « sa mère ;
    Okbazghi (grand-père) ; ») : les deux mots qui le précèdent s'ils forment un nom, sinon le dernier ; jamais un mot
    que le lexique connaît, un rôle ni un sigle court (`_nom_et_pas_un_sigle` : « la psychologue (sa tante) »)."""
    for lien in _LIEN_ENTRE_PARENTHESES.finditer(texte):
        if (normaliser(lien.group(1)) not in _LIENS_ENTRE_PARENTHESES
                or lien.group(2) is not None and normaliser(lien.group(2)) not in QUALIFICATIFS_DE_LIEN):
            continue
        i = lien.start()
        m = _DEUX_MOTS_DEVANT.search(texte, max(lignes.debuts[lignes.numero(i)], i - 48), i)
        if m is None:
            continue
        fin = m.end(2)
        for debut in (m.start(1), m.start(2)) if m.group(1) else (m.start(2),):
            # « L'éducatrice (sa tante) », « d'accueil (tante) », « l'IPPJ (mineur) » : sans l'article élidé, un mot
            # du lexique ou un sigle
            mots = [_ELISION.sub("", mot) for mot in texte[debut:fin].split()]
            if not any(mot.isupper() for mot in mots) and _nom_et_pas_un_sigle(mots, contexte, 4):
                if not deja.chevauche(debut, fin):
                    deja.ajouter(debut, fin)
                    resultats.append(Trouvaille(debut, fin, REGLE, message_nom(texte[debut:fin], "là où s'écrit une personne")))
                break


def _signatures(texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles,
                resultats: list[Trouvaille]) -> None:
    """La ligne seule sous une formule de fin (« Bien à vous,⏎⏎Moussa ») ou sous le séparateur « -- » d'un courriel
    recopié : une signature, donc un nom, même s'il
    est aussi un mot (un prénom homonyme rare, un nom ambigu) ; jamais un lien, un rôle ni un mot courant (« L'équipe »,
    « Maman »). Seules les lignes qui suivent une formule de `donnees/formules_fin.txt` sont lues."""
    if not any(mot in lignes.mots for mot in ("vous", "cordialement", "salutations", "amicalement", "merci", "groeten",
                                              "groet", "regards", "bientôt", "journée", "soirée", "remerciements")) and (
            "--" not in texte or not _SEPARATEUR_DE_SIGNATURE.search(texte)):
        return
    l = listes()
    formule = False
    for indice in range(len(lignes.debuts)):
        debut, fin = lignes.bornes(indice)
        ligne = texte[debut:fin]
        if not ligne.strip():
            continue
        apres_formule, formule = formule, (normaliser(ligne.strip(" \t,.!")) in _FORMULES_FIN
                                           or ligne.rstrip() == "--")  # le séparateur de signature d'un courriel
        if not apres_formule:
            continue
        m = _LIGNE_DE_SIGNATURE.fullmatch(ligne)
        if m is None:
            m = _SIGNATURE_EN_MINUSCULES.fullmatch(ligne)
            if m is not None and not all(_personne_en_minuscules(mot, True, contexte, "rares admis")
                                         for mot in m.group(1).split()):
                continue
        if m is None or deja.chevauche(debut + m.start(1), debut + m.end(1)):
            continue
        mots = m.group(1).split()
        formes = [normaliser(mot) for mot in mots]
        if any(f in _LIENS or f in _CIVILITES or f in _ROLES or f in _MOTS_OUTILS or f in contexte.mots_autorises
               or (f in l["courants"] and f not in l["prenoms_homonymes"]) for f in formes):
            continue
        if any(_dans_les_listes(mot) or f in l["prenoms_homonymes_rares"] or _mot_inconnu(mot, contexte)
               for mot, f in zip(mots, formes)):
            deja.ajouter(debut + m.start(1), debut + m.end(1))
            resultats.append(Trouvaille(debut + m.start(1), debut + m.end(1), REGLE, message_nom(m.group(1), "signature")))


def _prenom_suivi_d_un_nom(texte: str, mot: str, fin: int, formes: frozenset[str], ascii_: frozenset[str],
                           exclus: set[str]) -> tuple[bool, bool]:
    """(nom, article arabe) : un prénom en minuscules, même homonyme d'un mot, suivi d'un nom de famille des listes
    (« pierre menard », « joke peeters », « bram de backer »), ou un article arabe suivi d'un nom (« el khattabi »)."""
    l = listes()
    n = normaliser(mot)
    if not (n in _ARTICLES_ARABES or (len(mot) >= 3 and n in l["prenoms"]) or (len(mot) >= 4 and n in l["prenoms_homonymes_rares"])):
        return False, False
    suivant = _MOT_MIN.match(texte, fin + 1) if texte[fin : fin + 1] == " " else None
    if suivant is None:
        return False, False
    if _nom_a_particule(texte, suivant) is not None:
        return True, False
    ns = normaliser(suivant.group(1))
    if ns in _MOTS_OUTILS or ns in l["courants"] or ns in l["lieux"] or ns in l["mots_prenoms"] or ns in l["ambigus"] or ns in exclus:
        return False, False
    # un nom composé (« dubois-martin ») seulement après un prénom qui n'est pas un mot (« lien ») ; l'article
    # arabe suffit à faire un nom (« rama al-khatib »)
    morceaux_ns = ns.split("-")
    compose = "-" in ns and (mot.casefold() in formes or n in ascii_ or morceaux_ns[0] in ("al", "el")) and all(
        x in l["noms"] or x in _PARTICULES_NOM for x in morceaux_ns) and any(x in l["noms"] for x in morceaux_ns)
    return n in _ARTICLES_ARABES or ns in l["noms"] or compose, n in _ARTICLES_ARABES


_PARTICULES_MINUSCULES = frozenset("de du des le la van von vanden vander den der ter ten da dos".split())
_TOUTES_PARTICULES = _PARTICULES_MINUSCULES | _PARTICULES_NOM
"""Les particules d'un nom, en minuscules ou après une civilité : jamais le nom lui-même."""


def _sans_particules(mots: list[str]) -> list[str]:
    """Les mots d'une valeur qui ne sont pas des particules (« van den bossche » → « bossche »)."""
    return [mot for mot in mots if normaliser(mot) not in _TOUTES_PARTICULES]


_ARTICLES_PARTICULES = frozenset({"le", "la", "lo"})
"""Les particules qui sont aussi des articles : après elles, seul un nom que le dictionnaire n'écrit pas."""


def _nom_a_particule_des_listes(particules: list[str], nom: str) -> bool:
    """« van den Berg », « vandenberg » : le nom et ses particules, séparés ou soudés, dans les listes de noms."""
    noms = listes()["noms"]
    return normaliser(" ".join([*particules, nom])) in noms or normaliser("".join([*particules, nom])) in noms


def _nom_apres_un_article_etranger(texte: str, fin: int, l: dict[str, frozenset[str]]) -> bool:
    """Après un article étranger qui n'est pas une particule (« het » d'un nom néerlandais : « van het groenewoud ») : un
    mot en minuscules que ni les mots courants ni le lexique ne connaissent ; un sigle ou un mot connu (« van het CLB »,
    « van het centrum ») en fait un service."""
    suivant = _MOT_MIN.match(texte, fin + 1) if texte[fin : fin + 1] == " " else None
    return suivant is not None and normaliser(suivant.group(1)) not in l["courants"] and not est_mot_connu(suivant.group(1))


def _nom_apres_des_particules(texte: str, debut: int, fin: int, contexte: ContexteAnonymat,
                              etendus: frozenset[str]) -> int | None:
    """Après une civilité et la particule `texte[debut:fin]` en minuscules (« mme de », « dr van de », « m. el ») : deux
    autres particules au plus, puis un nom des listes ou un mot que personne n'écrit, ou un nom à particule des listes
    (« m. de wilde ») ; sa fin, ou None (« mme de la crèche », « m. du cpas de namur » : un mot courant, un lieu)."""
    l = listes()
    particules, premiere = 1, texte[debut:fin].casefold()
    for _ in range(3):
        suivant = _MOT_MIN.match(texte, fin + 1) if texte[fin : fin + 1] == " " else None
        if suivant is None:
            return None
        mot = suivant.group(1)
        n = normaliser(mot)
        if mot in _PARTICULES_AVANT_CAP:
            fin, particules = suivant.end(1), particules + 1
            continue
        if normaliser(texte[debut:suivant.end(1)]) in l["noms"]:
            return suivant.end(1)
        if (n in _MOTS_OUTILS or n in _MOTS_OUTILS_ETRANGERS or n in l["courants"] or n in l["lieux"] or n in _LIENS
                or n in _ROLES or n in _CIVILITES or n in contexte.mots_autorises):
            return None  # « meneer van het CLB » : un article néerlandais ; « Ricci M., la grand-mère » : un lien
        if premiere in _ARTICLES_PARTICULES or particules > 1:
            # « Diouf M. le bébé » : après un article, un nom des listes que le dictionnaire n'écrit pas (« dr le roy ») ;
            # après deux particules, un nom des listes (« m. van de wijkgezondheidscentrum » : un service, l'attaque-69)
            return (suivant.end(1) if (n in l["noms"] or n in etendus)
                    and (particules > 1 or not est_mot_du_dictionnaire(n)) else None)
        return suivant.end(1) if n in l["noms"] or n in etendus or _nom_apres_civilite(mot) else None
    return None


def _nom_a_particule(texte: str, particule: re.Match[str]) -> int | None:
    """Fin d'un nom de famille à particule des listes écrit en minuscules (« de backer », « van den broeck »,
    « da silva ») qui commence au mot `particule` ; None sinon."""
    if normaliser(particule.group(1)) not in _PARTICULES_MINUSCULES:
        return None
    fin = particule.end(1)
    for _ in range(2):  # « van den broeck » : deux particules au plus
        suivant = _MOT_MIN.match(texte, fin + 1) if texte[fin : fin + 1] == " " else None
        if suivant is None:
            return None
        fin = suivant.end(1)
        if normaliser(texte[particule.start(1):fin]) in listes()["noms"]:
            return fin
    return None


_MOT_PROTEGEABLE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_APPEL_MOTS = _CIVILITES_MOTS | {"m", "alias", "famille", "fratrie", "nom", "certain", "certaine"}


def _morceaux_minuscules() -> frozenset[str]:
    """Suites de lettres des mots que la passe en minuscules peut retenir d'elle-même."""
    return _derives()["minuscules"]


# Identifiant en minuscules (« julie-dumont », « kevin_lambert ») en valeur de `id:`, `qui:`, `presents:`,
# ou seul sur un élément de liste YAML (« - julie-dumont »).
_IDENTIFIANT = re.compile(r"[" + _MIN + r"](?<![\w\-.@/].)[" + _MIN + r"]*+(?:[-_][" + _MIN + r"]++)++(?![\w\-@]|\.\w)")
"""Un identifiant en morceaux (« julie-dumont », « dumont_julie », « oğuzhan-tunc ») : un mot seul n'en est pas un ;
toute minuscule latine (le schéma refuse « ğ » dans un identifiant, la garde le lit quand même). La lettre d'abord,
l'assertion arrière ensuite ; quantificateurs possessifs : rendre une lettre ne ferait jamais réussir le motif (un
séparateur ou la fin de l'identifiant doit la suivre), le moteur ne revient plus en arrière dans chaque mot."""
_CLE_IDENTIFIANT = re.compile(
    r"[ \t]*(?:-[ \t]+)?(?:id|qui|acteur|avec_qui|presents|présents|absents|excuses|referent|initiateur|demandeurs|"
    r"coordinateur\w*|pedopsychiatre|signataires?)[ \t]*:[ \t]*(?:\[[^\]\n]*)?$")
"""Les clés dont la valeur est un identifiant d'acteur (ou une liste d'identifiants)."""
_ELEMENT_SEUL = re.compile(r"[ \t]*-[ \t]+$")


def _morceaux_identifiants() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(prénoms, prénoms ou noms sans les mots courants ni ambigus, mots qui ne sont jamais un nom : rôles,
    liens, mots courants, lieux) pour les identifiants et les clés."""
    d = _derives()
    return d["prenoms_id"], d["tous_id"], d["forts_id"]


@lru_cache(maxsize=1)
def _derives() -> dict[str, frozenset[str]]:
    """Les ensembles tirés des listes pour les passes en minuscules et des identifiants : les calculer
    coûte ≈ 0,15 s, autant qu'une validation de la démo, à chaque processus (donc à chaque commit) ; ils
    sont gardés dans le cache disque, avec une clé qui suit les mots de ce module dont ils dépendent."""
    mots = sorted(_PARTICULES_NOM | _ARTICLES_ARABES | _MOTS_OUTILS | _LIENS | _ROLES)
    return en_cache("noms-derives", ",".join(mots), _calculer_derives)


def _calculer_derives() -> dict[str, frozenset[str]]:
    l = listes()
    # Prénoms en minuscules (avec ou sans accents), particules, prénoms des listes d'au moins 4 lettres
    # (« pierre menard ») ; chaque mot composé (« jean-pierre ») par ses morceaux.
    morceaux: set[str] = set()
    for ensemble in (l["prenoms_minuscules"], l["prenoms_minuscules_ascii"], _PARTICULES_NOM, _ARTICLES_ARABES):
        for forme in ensemble:
            morceaux.update(_LETTRES.findall(forme.lower()))
    for p in l["prenoms"]:
        if len(p) >= 3:  # « ana pereira », « evi claes », « rik verstraete »
            morceaux.update(_LETTRES.findall(p))
    for p in l["prenoms_homonymes_rares"]:
        if len(p) >= 4:  # « ambroise tessier » : un prénom qui est aussi un mot, suivi d'un nom
            morceaux.update(_LETTRES.findall(p))
    forts = l["courants"] | l["lieux"] | _MOTS_OUTILS | _LIENS | _ROLES
    morceaux -= _MOTS_OUTILS | l["courants"]
    exclus = forts | l["ambigus"] | l["mots_prenoms"]
    prenoms = frozenset(p for p in l["prenoms"] if len(p) >= 3 and p not in exclus)
    noms_ = frozenset(n for n in l["noms"] if len(n) >= 3 and n not in exclus)
    return {"minuscules": frozenset(morceaux), "prenoms_id": prenoms, "tous_id": prenoms | noms_,
            "forts_id": frozenset(forts)}


@lru_cache(maxsize=1)
def _cles_des_formulaires() -> frozenset[str]:
    """Les noms de champs des formulaires : une clé du schéma (« lien », « motif ») n'est jamais un nom.
    Chargés seulement quand une clé ressemble à un nom (le modèle coûte à importer)."""
    from filrouge.schema_fr import vocabulaire

    return frozenset(normaliser(m) for m in vocabulaire())


@lru_cache(maxsize=4096)
def _cle_est_un_nom(cle: str) -> bool:
    """Une clé YAML formée d'un nom (« bangoura », « katarzyna_baran ») : les mêmes clés reviennent dans
    chaque fichier (« role », « statut ») ; le verdict, qui ne dépend que des listes, est gardé."""
    _, tous, forts = _morceaux_identifiants()
    formes = _formes(cle)
    if any(f in forts for f in formes) or _ECRAN.search(" ".join(formes)):
        return False  # « doudou: », « peluche_preferee: » : l'objet ou l'écran d'un personnage, pas le prénom Doudou
    if len(formes) == 1 and (formes[0] not in tous or len(formes[0]) < 4):
        return False
    return _un_morceau_de_nom(formes) and normaliser(cle) not in _cles_des_formulaires()


def _formes(valeur: str) -> list[str]:
    """Les morceaux normalisés d'un identifiant ou d'une clé (« katarzyna_baran » → katarzyna, baran)."""
    return [normaliser(x) for x in re.split(r"[-_]", valeur)]


def _un_morceau_de_nom(formes: list[str]) -> bool:
    """Un des morceaux est-il un prénom ou un nom des listes, même ambigu ?"""
    _, tous, _ = _morceaux_identifiants()
    l = listes()
    return any(f in tous or f in l["prenoms"] or f in l["noms"] for f in formes)


_CLE_DE_LISTE = re.compile(r"([ \t]*)(?:-[ \t]+)?([\w]+)[ \t]*:[ \t]*$")
_ELEMENT = re.compile(r"([ \t]*)-[ \t]")


def _elements_de_listes_d_acteurs(texte: str, lignes: Lignes) -> set[int]:
    """Les lignes qui sont des éléments d'une liste YAML en bloc sous une clé d'identifiants d'acteurs
    (« presents: », « absents: », « qui: »…) : un seul passage sur les lignes."""
    trouvees: set[int] = set()
    retrait_cle: int | None = None
    for indice in range(len(lignes.debuts)):
        debut, fin = lignes.bornes(indice)
        ligne = texte[debut:fin]
        cle = _CLE_DE_LISTE.fullmatch(ligne)
        if cle is not None:
            retrait_cle = len(cle.group(1)) if _CLE_IDENTIFIANT.fullmatch(ligne[: cle.end(2)] + ":") else None
            continue
        element = _ELEMENT.match(ligne)
        if retrait_cle is not None and element is not None and len(element.group(1)) >= retrait_cle:
            trouvees.add(indice)
        elif ligne.strip():
            retrait_cle = None
    return trouvees


_CLE_LIGNE = _motifs_en_tete_de_ligne(r"[ \t]*(?:-[ \t]+)?([a-zà-ÿ]+(?:[-_][a-zà-ÿ]+)*)[ \t]*:(?=[ \t]|$)")


_ABREVIATIONS_DE_LIEN = frozenset("gm gp gmm gmp gpm gpp".split())
_LIGNEES = QUALIFICATIFS_DE_LIEN | frozenset({"mat", "pat"})
"""Un identifiant de proche (« gm-mat » : la grand-mère maternelle) : un lien ou son abréviation en tête, puis sa
lignée. « mat » et « pat » sont aussi des prénoms des listes : en tête (« pat-mat », « mat-gp »), ils restent des noms
(l'attaque-51)."""


def _identifiant_de_proche(formes: list[str]) -> bool:
    """« gm-mat », « gp-pat », « tante-pat » : un lien ou son abréviation en tête, puis sa lignée ; personne de nommé.
    Jamais un mot seul : « Papy », « Tata » sont aussi des prénoms (l'attaque-52)."""
    return len(formes) > 1 and (formes[0] in _LIENS or formes[0] in _ABREVIATIONS_DE_LIEN) and all(
        f in _LIENS or f in _ABREVIATIONS_DE_LIEN or f in _LIGNEES for f in formes[1:])


_FONCTIONS_EN_IDENTIFIANT = _ROLES | _LIENS | frozenset(("educ",))
"""Ce qu'un identifiant d'acteur dit de la fonction ou du lien, à côté d'un nom ou d'un service (« educ-dupont »,
« tante-fatou », « educ-amo ») : ni un morceau de nom, ni un mot qui en ferait un service. Avant le
quatre-vingt-dix-neuvième passage, un rôle ou un lien écartait l'identifiant entier : « educ-dupont » et « tante-fatou »
ne nommaient personne. À côté d'un rôle, un mot du dictionnaire n'est pas un nom (« educ-mikado », « maman-solo »,
l'attaque-131)."""
_SERVICES_EN_IDENTIFIANT = frozenset(("crf", "ime", "sae", "kot"))
"""Les sigles et les mots de services que les listes de noms portent aussi (« kine-crf », aveugle-96 ; « educ_kot », le
kot d'étudiants, aveugle-59) : jamais un morceau de nom dans un identifiant (« anna-kot » reste signalé par le prénom).
Pas « eta » (Eta est un prénom : « eta-b », l'attaque-131), ni une règle sur les voyelles (« vlk-j »)."""
_ABREVIATIONS_DE_FONCTION = frozenset({"med"})
"""Les abréviations d'une fonction qui ouvrent un identifiant d'acteur et sont aussi un prénom des listes (Med) : suivies
de mots de la langue d'au moins quatre lettres qui ne sont ni un nom ni un prénom homonyme (« med_traitant »,
« med-generaliste »), elles disent une fonction ; sinon Med est un prénom (« med_dupont », « med-b », « med-kaninda »,
« med_amine » : l'attaque-58 ; « med_psy » reste signalé, « psy » a trois lettres)."""


@lru_cache(maxsize=8192)
def _identifiant_de_nom(valeur: str) -> tuple[bool, bool]:
    """(nom à la place d'un identifiant d'acteur, nom en élément seul de liste) : le verdict ne dépend que
    des listes, il est gardé par valeur (les mêmes identifiants reviennent dans chaque fichier)."""
    prenoms, tous, forts = _morceaux_identifiants()
    formes = _formes(valeur)
    if _identifiant_de_proche(formes):
        return False, False
    if len(formes) > 1 and formes[0] in _ABREVIATIONS_DE_FONCTION and all(
            len(f) >= 4 and est_mot_connu(f) and not _un_morceau_de_nom([f]) and f not in listes()["prenoms_homonymes"]
            for f in formes[1:]):
        return False, False  # « med_traitant », « med-generaliste » : le médecin, pas le prénom Med (aveugle-59)
    # à la place d'un identifiant d'acteur : un morceau de nom suffit, si aucun autre n'est un mot ou un lieu ; un rôle ou
    # un lien n'est ni l'un ni l'autre (« educ-dupont », « tante-fatou » nomment quelqu'un) ; une initiale peut compléter
    # un nom (« yilmaz-s »)
    morceaux = [f for f in formes if len(f) > 1 and f not in _FONCTIONS_EN_IDENTIFIANT and f not in _SERVICES_EN_IDENTIFIANT]
    en_valeur = (_un_morceau_de_nom(morceaux) and not any(f in forts for f in morceaux)
                 and not (any(f in _FONCTIONS_EN_IDENTIFIANT for f in formes)
                          and any(est_mot_du_dictionnaire(f) for f in morceaux))
                 and sum(len(f) < 2 for f in formes) <= 1 and any(len(f) >= 3 for f in formes))
    # seul dans une liste : un prénom en tête (« julie-dumont ») ou en queue (« dumont_julie »)
    seul = (formes[0] in prenoms or (formes[-1] in prenoms and formes[0] in tous)) and all(f in tous for f in formes)
    return en_valeur, seul


_SEPARATEUR_D_IDENTIFIANT = re.compile(r"[-_](?<=[a-zà-ÿ][-_])(?=[a-zà-ÿ])")
"""Le trait ou le soulignement entre deux lettres qu'a tout identifiant (`_IDENTIFIANT`) : le moteur saute de l'un à
l'autre."""


def _identifiants(texte: str, lignes: Lignes, seules: list[int] | None = None) -> list[re.Match[str]]:
    """Les correspondances de `_IDENTIFIANT`, cherchées dans les seules lignes qui ont un séparateur entre deux lettres
    (un identifiant tient sur une ligne) : le motif commence par une lettre, il s'essayait à chaque mot du texte.
    `seules` : les indices des seules lignes à lire (voir `_lignes_a_morceau_de_nom`)."""
    trouvees: list[re.Match[str]] = []
    if seules is not None:
        for indice in seules:
            debut, fin = lignes.bornes(indice)
            if _SEPARATEUR_D_IDENTIFIANT.search(texte, debut, fin):
                trouvees.extend(_IDENTIFIANT.finditer(texte, debut, fin))
        return trouvees
    separateur = _SEPARATEUR_D_IDENTIFIANT.search(texte)
    while separateur is not None:
        debut, fin = lignes.bornes(lignes.numero(separateur.start()))
        trouvees.extend(_IDENTIFIANT.finditer(texte, debut, fin))
        separateur = _SEPARATEUR_D_IDENTIFIANT.search(texte, fin)
    return trouvees


_MORCEAUX_DE_NOM: dict[str, bool] = {}


def _lignes_a_morceau_de_nom(texte: str, lignes: Lignes) -> list[int] | None:
    """Les indices, dans l'ordre, des lignes qui ont un mot dont la forme normalisée est un prénom ou un nom des
    listes ; None : toutes les lignes.

    Un identifiant (`_IDENTIFIANT`) ou une clé (`_CLE_LIGNE`) n'est jugé nom (`_identifiant_de_nom`, `_cle_est_un_nom`)
    que si un de ses morceaux l'est (`_un_morceau_de_nom` ; « seul » demande un morceau de `tous`, qui en fait partie).
    Chaque morceau est une suite de lettres bornée par des non-lettres (trait, soulignement, espace, deux-points, fin
    de l'identifiant), donc un mot du texte (`lignes.mots`) : seules ces lignes peuvent porter un identifiant ou une
    clé de nom, les autres (clés de formulaire, dates, identifiants de rôles) ne sont plus lues. « ÷ » est dans
    l'intervalle à-ÿ des motifs sans être une lettre : un texte qui en a est lu entier."""
    if "÷" in texte:
        return None
    l = listes()
    prenoms, noms_ = l["prenoms"], l["noms"]
    mots: list[str] = []
    for mot in lignes.mots:
        verdict = _MORCEAUX_DE_NOM.get(mot)
        if verdict is None:
            if len(_MORCEAUX_DE_NOM) >= 65536:
                _MORCEAUX_DE_NOM.clear()
            forme = normaliser(mot)
            verdict = _MORCEAUX_DE_NOM[mot] = forme in prenoms or forme in noms_
        if verdict:
            mots.append(mot)
    if len(lignes.bas) != len(texte):
        return None
    return lignes.contenant(mots)


def _identifiants_noms(
    texte: str, lignes: Lignes, contexte: ContexteAnonymat, deja: Intervalles, resultats: list[Trouvaille]
) -> None:
    """Un identifiant d'acteur ou une clé YAML formés d'un nom : « referent: malick-niang »,
    « absents: [hanne-aerts, pedo] », « - julie-dumont », « bangoura: le mercredi ».

    Les valeurs distinctes sont jugées d'abord (verdicts gardés) ; seules celles qui peuvent être un nom
    sont ensuite situées dans le texte."""
    _, tous, _ = _morceaux_identifiants()
    if not (lignes.mots & tous or lignes.mots & listes()["ambigus"]
            or any(normaliser(mot) in tous for mot in lignes.mots if not mot.isascii())):
        return  # (« élodie-lefèvre » : un morceau accentué compte par sa forme sans accents)
    seules = _lignes_a_morceau_de_nom(texte, lignes)
    if seules is not None and not seules:
        return
    identifiants = _identifiants(texte, lignes, seules) if "-" in texte or "_" in texte else []
    valeurs = {v for v in {m.group(0) for m in identifiants} if any(_identifiant_de_nom(v))}
    listes_d_acteurs: set[int] | None = None
    for m in identifiants if valeurs else ():
        valeur = m.group(0)
        if valeur not in valeurs or deja.chevauche(m.start(), m.end()):
            continue
        if any(f in contexte.mots_autorises for f in _formes(valeur)):
            continue
        en_valeur, seul = _identifiant_de_nom(valeur)
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(m.start()))
        avant = texte[debut_ligne : m.start()]
        element = _ELEMENT_SEUL.fullmatch(avant) and not texte[m.end() : fin_ligne].strip(" \t")
        if element and en_valeur and not seul:
            if listes_d_acteurs is None:
                listes_d_acteurs = _elements_de_listes_d_acteurs(texte, lignes)
            seul = lignes.numero(m.start()) in listes_d_acteurs  # « presents:⏎  - mahbooba-sultani »
        if (en_valeur and _CLE_IDENTIFIANT.fullmatch(avant)) or (seul and element):
            deja.ajouter(m.start(), m.end())
            resultats.append(Trouvaille(m.start(), m.end(), REGLE, message_nom(valeur, "identifiant formé d'un nom")))
    if ":" not in texte:
        lignes_a_cle: list[re.Match[str]] = []
    elif seules is None:
        lignes_a_cle = _en_tete_de_ligne(_CLE_LIGNE, texte)
    else:
        lignes_a_cle = [m for m in (_CLE_LIGNE[0].match(texte, *lignes.bornes(indice)) for indice in seules) if m]
    cles = {c for c in {m.group(1) for m in lignes_a_cle} if _cle_est_un_nom(c)}
    for m in lignes_a_cle if cles else ():
        cle = m.group(1)
        debut, fin = m.span(1)
        if cle not in cles or deja.chevauche(debut, fin):
            continue
        if any(f in contexte.mots_autorises for f in _formes(cle)):
            continue
        deja.ajouter(debut, fin)
        resultats.append(Trouvaille(debut, fin, REGLE, message_nom(cle, "clé formée d'un nom")))
