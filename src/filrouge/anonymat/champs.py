"""Les champs où un nom n'a rien à faire : un nom de personne y est signalé sans autre indice.

Le modèle du dossier dit quels champs attendent un identifiant d'acteur (`qui`, `presents`, `referent`…) ou des
initiales : un rôle (« mere », « spj », « pedo »), jamais un nom. Les en-têtes d'un courriel collé (« De : »,
« À : », « Van: »…) nomment une personne ou un service. Dans ces champs, un mot qui n'est ni un rôle, ni un
sigle, ni un mot courant, ni un service de l'annuaire, et qui est un nom des listes ou un mot qu'aucun lexique
n'écrit, est un nom : quelle que soit sa casse, sans verbe ni déclencheur autour (`qui: [Rohan]`,
`presents: [jeune, hawrami, spj]`, `initiales: kasongo`, « De : Dirdi »). La règle tient au schéma, pas aux
tournures d'un corpus : elle vaut pour tout champ d'acteur que le modèle gagnera.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import chain

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.listes import est_mot_connu, est_mot_du_dictionnaire, listes
from filrouge.anonymat.noms import (ORGANISATIONS, REGLE, designe_un_role, est_une_langue, est_une_organisation,
                                    message_nom, prenom_homonyme_seul)
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.schema import champs_du_modele, motifs
from filrouge.anonymat.trouvaille import Trouvaille

_EN_TETES_DE_COURRIEL = ("De", "À", "A", "Pour", "Cc", "Cci", "CC", "Van", "Aan", "From", "To", "Envoyé par",
                         "Envoyée par", "Expéditeur", "Expéditrice", "Verzonden door", "Sent by")
_EN_TETES = _EN_TETES_DE_COURRIEL + (
    "Rédaction", "Rédigé par", "Rédigée par", "Relecture", "Relu par", "Auteur", "Autrice", "Secrétaire", "Présidence",
    "Animation", "Rapporteur", "Rapporteuse", "Interprète", "Traduction", "Traducteur", "Traductrice")
_OBJETS = ("Objet", "Sujet", "Onderwerp", "Subject")
"""En-têtes d'un courriel collé (français, néerlandais, anglais), écrits comme un logiciel de courriel les écrit :
une personne ou un service ; l'objet, une phrase, peut nommer le dossier suivi (« Onderwerp: opvolging
gebremedhin ») : seul un nom des listes y compte (« Activité de remobilisation » n'en a pas). Avec leur majuscule,
en littéraux : le motif reste rapide ; « de: » en minuscules est une clé du modèle. Les rubriques d'un compte rendu
qui disent qui l'écrit, l'anime ou le traduit (« Rédaction : », « **Relecture** : », « Interprète : ») nomment de même
une personne ou un rôle."""
_FONCTIONS_DE_PERSONNE = frozenset(
    "référent référente référents référentes casemanager casemanagers coordinateur coordinatrice coordinateurs "
    "coordinatrices pédopsychiatre pédopsychiatres initiateur initiatrice initiateurs initiatrices destinataire "
    "destinataires demandeur demandeuse demandeurs demandeuses appelant appelante".split())
"""Les fonctions qu'une seule personne tient dans un dossier : une clé qui en a une parmi ses morceaux nomme cette
personne (« referent_sortant: », « nouveau_referent: », « ancien_casemanager: », aveugle-54), comme la rubrique d'un
compte rendu qui l'écrit (« - nouveau référent : », « **Référente** : ») ; qui appelle, dans une note d'appel
(« - appelant : Hamse », aveugle-62)."""
_ENVOIS = ("envoy", "transmi", "remi", "adress", "confi", "communiqu", "expedi", "donn", "present", "orient", "transfer",
           "destin", "ecri", "signal", "redirig")
"""Une clé en « _a » nomme qui a reçu quand elle dit un envoi (« lettre_envoyee_a: », « dossier_transmis_a: »,
« confie_a: ») ; pas « option_a: », « projet_a: », « piste_a: » (l'attaque-47)."""
_FONCTIONS_SANS_ACCENTS = frozenset(normaliser(f) for f in _FONCTIONS_DE_PERSONNE)
_MOTS_DE_FONCTION = _FONCTIONS_DE_PERSONNE | _FONCTIONS_SANS_ACCENTS
"""Préfiltre de `_motif_des_fonctions` par les mots du texte."""
_MOT = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ENTRE_PARENTHESES = re.compile(r"\([^()\n]*\)?|\S*@\S*|<[^<>\n]*>?")
"""Un commentaire (« (excusé) ») ou une adresse : pas la personne du champ (l'adresse a son détecteur)."""
_ID_DE_SERVICE = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)+|[a-z]*\d[a-z0-9]*")
"""« ssm-capj », « spj_namur », « a1 » : un identifiant d'acteur ou de service, pas un nom."""
_ELISION = re.compile(r"^(?i:[ldjsnmc]|qu)['’]")
"""« d'aide », « l'école » : l'article élidé n'est pas une partie du mot."""
_MORCEAUX = re.compile(r"['’\-]")
_ARTICLE = re.compile(r"(?<![\w'’])(?i:le|la|les|l['’]|un|une|du|des|au|aux)(?![\w'’])")
"""Une valeur avec un article est une description (« l'hôpital de jour », « le service de garde »), pas un acteur."""
_PARTICULES = frozenset("van von de der den du des la le el al ben bin da di dos do del della ter ten d".split())
LONGUEUR_MAX_ABREVIATION = 3
"""En minuscules ASCII, la forme d'un identifiant d'acteur, trois lettres au plus : l'abréviation d'un rôle
(« edu », « psy », « ase »), même si une liste de noms la porte."""


@lru_cache(maxsize=1)
def cles_d_acteur() -> frozenset[str]:
    """Les clés du modèle dont la valeur est un identifiant d'acteur ou des initiales, énumérées depuis le modèle.

    Plus toute clé en `_par` (« recueilli_par », « signe_par ») : comme `jeune_informe_par`, elle nomme qui a agi."""
    from filrouge.modele.commun import IdActeur
    from filrouge.modele.dossier import Initiales

    attendus = motifs(IdActeur) | motifs(Initiales)
    return frozenset(nom for nom, annotation, metadonnees in champs_du_modele()
                     if (motifs(annotation) | {m.pattern for m in metadonnees if getattr(m, "pattern", None)}) & attendus)


@lru_cache(maxsize=1)
def _motif_des_champs() -> re.Pattern[str]:
    """En tête de ligne (après « - » au plus, ou dans une citation « > ») : une clé d'acteur, une clé en « _par »,
    une clé de liste de personnes hors du modèle (groupe `liste`, `_CLE_DE_LISTE_DE_PERSONNES`) ou un en-tête
    (groupe `objet` pour l'objet d'un courriel), « : », puis la valeur jusqu'à la fin de la ligne (groupe `valeur`).
    Le motif commence par le saut de ligne : le moteur saute de ligne en ligne au lieu d'essayer chaque caractère (la
    première ligne est lue avec le même motif précédé d'un saut de ligne)."""
    # la plus longue d'abord ; à longueur égale, dans l'ordre alphabétique : le même texte d'un processus à l'autre
    # (l'ordre d'un ensemble de chaînes change avec le hachage de chaque processus), donc un motif que `motifs` garde
    cles = "|".join(sorted((re.escape(c) for c in cles_d_acteur()), key=lambda c: (-len(c), c)))
    en_tetes = "|".join(_EN_TETES)
    return re.compile(r"\n([ \t]*)(?:>[ \t>]*)?(?:-[ \t]+)?(?:(?:" + cles + r"|(?:[a-z]++_)++par|(?P<liste>"
                      + _CLE_DE_LISTE_DE_PERSONNES + r"))[ \t]*:|(?P<objet>" + "|".join(_OBJETS)
                      + r")[ \t]*:|(?:\*\*|__)?(?:" + en_tetes
                      + r")(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?![/\\]))[ \t]*(?P<valeur>[^\n]*)")


@lru_cache(maxsize=1)
def _motif_des_fonctions() -> re.Pattern[str]:
    """Sur une ligne, comme `_motif_des_champs` : une clé qui a une fonction de `_FONCTIONS_DE_PERSONNE` parmi ses
    morceaux ou qui dit un envoi en « _a » (`_ENVOIS`), ou une rubrique d'un ou deux mots autour d'une fonction
    (« - nouveau référent : », « **Référente** : »), avec ou sans accents. Essayé sur les seules lignes qui ont un tel mot (`_lignes_de_fonction`) :
    à chaque ligne de chaque texte, il coûtait 5 % de la garde sur la démo."""
    # les formes les plus longues d'abord (« référente » avant « référent »), dans un ordre fixe (voir plus haut)
    ecrites = sorted(_FONCTIONS_DE_PERSONNE | _FONCTIONS_SANS_ACCENTS, key=lambda f: (-len(f), f))
    sans_accents = sorted(_FONCTIONS_SANS_ACCENTS, key=lambda f: (-len(f), f))
    cle = (r"(?:[a-z]+_)*(?:" + "|".join(sans_accents) + r")(?:_[a-z]++)*+"
           r"|(?:[a-z]+_)*(?:" + "|".join(_ENVOIS) + r")[a-z]*+_a")
    rubrique = r"(?:[^\W\d_]++[ \t]+)?(?i:" + "|".join(ecrites) + r")(?:[ \t]+[^\W\d_]++)?"
    return re.compile(r"([ \t]*)(?:>[ \t>]*)?(?:-[ \t]+)?(?:(?:" + cle + r")[ \t]*:|(?:\*\*|__)?" + rubrique
                      + r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?![/\\]))[ \t]*([^\n]*)")


def _lignes_de_fonction(texte: str, lignes: Lignes) -> list[int]:
    """Les lignes où `_motif_des_fonctions` peut aboutir : un mot de fonction ou « _a: ». Un mot qui n'apparaît que
    comme clé du modèle (« referent: spj » dans chaque note de la démo) est déjà lu par `_motif_des_champs` : ses lignes
    ne sont pas relues (le motif essayé à chacune coûtait 4 % de la garde sur la démo)."""
    bas = lignes.bas
    mots = {mot for mot in lignes.mots & _MOTS_DE_FONCTION
            if mot not in cles_d_acteur() or bas.count(mot) != bas.count(mot + ":") or "_" + mot in bas}
    return lignes.contenant([*mots, "_a:"] if "_a:" in texte else mots) if mots or "_a:" in texte else []


_LISTES_DE_PERSONNES = ("presents", "présents", "absents", "absentes", "excuses", "excusees", "excusés", "excusées",
                        "invites", "invitees", "invités", "invitées", "participants", "participantes",
                        "examinateurs", "examinatrices", "evaluateurs", "evaluatrices", "évaluateurs", "évaluatrices",
                        "observateurs", "observatrices")
"""Ce qu'une clé de liste de personnes dit, au-delà des clés du modèle (`presents`, `absents`) : les clés qu'une
casemanager écrit elle-même (« excuses: », « invités: », « presents_famille: », « liste_des_presents: », aveugle-57,
71, 81, 84, 85, 86 ; « evaluateurs: », « observateurs: » d'un bilan, garde89) ; leurs éléments sont des acteurs, jugés
comme eux. Pas « presentes » (« documents présentés »)."""
_AVANT_UNE_LISTE_DE_PERSONNES = ("liste", "des", "les", "personnes", "acteurs", "membres", "proches", "professionnels",
                                 "partenaires", "autres", "jeunes", "eleves", "parents")
"""Les seuls morceaux admis devant le mot de la liste : « liste_des_presents », « personnes_invitees » ; pas
« documents_presents », « sujets_invites », « quartiers_absents », où ce qui est présent n'est pas une personne
(l'attaque-111)."""
_CLE_DE_LISTE_DE_PERSONNES = (r"(?:(?:" + "|".join(_AVANT_UNE_LISTE_DE_PERSONNES) + r")_){0,3}(?:"
                              + "|".join(sorted(_LISTES_DE_PERSONNES, key=lambda c: (-len(c), c)))
                              + r")(?:_[a-zéè]++)*+")
_MOTS_DES_CLES = frozenset({"par", *_LISTES_DE_PERSONNES, *(e.lower() for e in _EN_TETES + _OBJETS)})


def _peut_contenir(lignes: Lignes) -> bool:
    """Préfiltre : un mot d'une clé d'acteur ou d'un en-tête dans le texte."""
    return not lignes.mots.isdisjoint(_mots_des_cles())


@lru_cache(maxsize=1)
def _mots_des_cles() -> frozenset[str]:
    return _MOTS_DES_CLES | {c.split("_")[-1] for c in cles_d_acteur()}


@lru_cache(maxsize=4096)
def est_nom_de_champ(mot: str) -> bool:
    """Le mot, dans un champ d'acteur ou un en-tête, est-il un nom de personne ?

    En minuscules (la forme d'un identifiant d'acteur, « pedopsy ») : seulement un nom des listes (elles ne gardent
    pas les mots courants) de plus de trois lettres. Avec une majuscule (aucun identifiant ne s'écrit ainsi) : aussi
    un prénom qui est un mot rare (« Romane », « Rohan ») ou un mot qu'aucun lexique n'écrit (« Dirdi »)."""
    mot = _ELISION.sub("", mot)
    n = normaliser(mot)
    l = listes()
    if (len(n) < 2 or n in _PARTICULES or n in l["courants"] or n in l["lieux"] or n in l["localites"]
            or designe_un_role(n) or est_une_langue(n) or (mot.isupper() and len(mot) <= 5)):
        return False
    if mot.isascii() and mot.islower() and len(n) <= LONGUEUR_MAX_ABREVIATION:
        return False
    if n in l["prenoms"] or n in l["noms"]:
        return True
    if mot.islower():  # la forme d'un identifiant (« pedopsy ») ou un mot rare accentué : seuls les noms des listes
        return False
    return n in l["prenoms_homonymes_rares"] or not any(est_mot_connu(m) for m in _MORCEAUX.split(mot) if m)


_CITATION_DE_COURRIEL = re.compile(
    r"^[ \t>]*(?:Le|On|Op|Am)[ \t][^\n]{4,80}?(?:,|\d[ \t]?h[ \t]?\d*|\d:\d\d)[ \t]*(?P<qui>[^\n,<>:]{2,60}?)[ \t]*(?:<[^<>\n]*>[ \t]*)?"
    r"(?:a[ \t]+écrit|wrote|schreef|schrieb)[ \t]*:?[ \t]*$",
    re.MULTILINE,
)
"""La ligne qu'un logiciel de courriel met au-dessus d'une réponse citée (« Le mercredi 15 avril 2020 à 10h, D'Angelo a
écrit : », « On Tue, 3 Mar 2020, Sara Lenz wrote: », « Op 3 mrt. 2020 schreef Jan Peeters: ») : elle nomme l'auteur,
une personne ou un service, jugé comme dans un en-tête « De : »."""


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if ":" not in texte:
        return []
    resultats: list[Trouvaille] = []
    if "écrit" in lignes.mots or "wrote" in lignes.mots or "schreef" in lignes.mots or "schrieb" in lignes.mots:
        for citation in _CITATION_DE_COURRIEL.finditer(texte):
            _juger(texte, citation.start("qui"), citation.end("qui"), contexte, resultats,
                   raison="auteur d'un courriel cité")
    champs: list[tuple[int, int, int, str]] = []
    if _peut_contenir(lignes):
        motif = _motif_des_champs()
        premiere = motif.match("\n" + texte[:texte.find("\n") if "\n" in texte else len(texte)])
        champs = ([(len(premiere.group(1)), premiere.start("valeur") - 1, premiere.end("valeur") - 1, _mode(premiere))]
                  if premiere else []) + [(len(m.group(1)), m.start("valeur"), m.end("valeur"), _mode(m))
                                          for m in motif.finditer(texte)]
    indices = _lignes_de_fonction(texte, lignes)
    if indices:  # (l'ordre des trouvailles n'importe pas : `analyse` les trie)
        lus = {debut for _, debut, _, _ in champs}
        for indice in indices:
            m = _motif_des_fonctions().match(texte, *lignes.bornes(indice))
            if m is not None and m.start(2) not in lus:  # « referent: » est déjà une clé d'acteur
                champs.append((len(m.group(1)), m.start(2), m.end(2), "fonction"))
    resultats += personnes_d_un_message(texte, lignes, contexte)
    for retrait, debut, fin, mode in champs:
        if debut == fin:  # liste en blocs sous la clé : ses éléments plus indentés (ou au même retrait, « - x »)
            position = fin + 1
            while position < len(texte):
                fin_ligne = texte.find("\n", position)
                fin_ligne = len(texte) if fin_ligne == -1 else fin_ligne
                element = _ELEMENT.match(texte, position, fin_ligne)
                if element is None or len(element.group(1)) < retrait:
                    break
                _juger(texte, element.end(), fin_ligne, contexte, resultats, "acteur" if mode == "objet" else mode)
                position = fin_ligne + 1
        else:
            _juger(texte, debut, fin, contexte, resultats, mode)
    return resultats


_ELEMENT = re.compile(r"([ \t]*)-[ \t]+")


_EN_TETES_DE_MESSAGE = tuple(e for e in _EN_TETES_DE_COURRIEL if e != "Pour") + (
    "Destinataire", "Destinataires", "Appelant", "Appelante", "Appelé", "Appelée", "Répondu par", "Message laissé par",
    "Laissé par", "Qui")
"""Les champs d'un message recopié qui nomment qui l'écrit, le reçoit ou appelle : ceux d'un courriel
(`_EN_TETES_DE_COURRIEL`, sauf « Pour », qui ouvre aussi un but ou une rubrique) et ceux d'un journal
d'appels, à majuscule, et leurs clés YAML (`_EN_TETE_DE_MESSAGE`) ; « Qui », la colonne d'un journal d'appels, qui dans
le modèle attend un acteur."""
_EN_TETE_DE_MESSAGE = re.compile(
    r"^[ \t]*(?:>[ \t>]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?(?:" + "|".join(_EN_TETES_DE_MESSAGE)
    + r"|expediteur|expeditrice|destinataires?|appelante?|appelee?|qui)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?![/\\])"
    r"[ \t]*[\"']?(?P<nom>[^\W\d_]++)[\"']?[ \t]*(?:[(,;<–—}-][^\n]*|\.)?$", re.MULTILINE)
"""Un seul mot, suivi au plus d'un rôle ou d'une adresse (« (maman) », « , éducatrice », « <…> »), dans un champ de
`_EN_TETES_DE_MESSAGE` en tête de ligne (« Cc : rose », « appelant: patience », garde90)."""
_CLE_DE_MESSAGE_EN_LIGNE = re.compile(r"[{,][ \t]*(?:expediteur|expeditrice|destinataires?|appelante?|appelee?|qui)"
                                      r"[ \t]*:[ \t]*[\"']?(?P<nom>[^\W\d_]++)[\"']?[ \t]*(?=[,}])")
"""La même clé dans un dictionnaire YAML écrit en ligne (« {heure: '14:10', appelant: espoir, duree: 1 min} »,
garde90) : la valeur s'arrête à la virgule ou à l'accolade, chaque clé est lue."""
_MOTS_DES_EN_TETES_DE_MESSAGE = frozenset(f(m.split()[0]) for m in _EN_TETES_DE_MESSAGE for f in (str.lower, normaliser))
"""Préfiltre de `personnes_d_un_message` par les mots du texte (en minuscules, avec et sans accents)."""


def personnes_d_un_message(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    """Le prénom homonyme d'un mot, seul dans un champ qui nomme qui écrit, reçoit ou appelle (`_EN_TETE_DE_MESSAGE`),
    en minuscules comme à majuscule : « Cc : rose », « Destinataire : grâce », « appelant: patience » (garde90). Le
    champ ne nomme qu'une personne ou un service : un tel prénom seul y est la personne. Les autres noms y sont lus par
    `detecter` (`_EN_TETES`, `_FONCTIONS_DE_PERSONNE`)."""
    if ":" not in texte or lignes.mots.isdisjoint(_MOTS_DES_EN_TETES_DE_MESSAGE):
        return []
    champs = chain(_EN_TETE_DE_MESSAGE.finditer(texte), _CLE_DE_MESSAGE_EN_LIGNE.finditer(texte) if "{" in texte else ())
    return [Trouvaille(*m.span("nom"), REGLE, message_nom(m.group("nom"), "qui écrit, reçoit ou appelle"))
            for m in champs if prenom_homonyme_seul(m.group("nom"), contexte)]


def _mode(champ: re.Match[str]) -> str:
    """Comment juger la valeur d'un champ trouvé par `_motif_des_champs` : l'objet d'un courriel, une liste de
    personnes hors du modèle (`_CLE_DE_LISTE_DE_PERSONNES`), ou un champ d'acteur."""
    return "objet" if champ.group("objet") else "liste" if champ.group("liste") else "acteur"


def _juger(texte: str, debut: int, fin: int, contexte: ContexteAnonymat, resultats: list[Trouvaille],
           mode: str = "acteur", raison: str = "dans un champ qui attend un rôle ou un service") -> None:
    """Les noms d'une valeur de champ d'acteur (« [jeune, hawrami, spj] », « Thys L. », « Dirdi <d@x.be> ») ; dans
    l'objet d'un courriel (`mode` « objet »), seulement les noms des listes ; sous une clé ou une rubrique de fonction
    (« fonction »), seulement une valeur faite d'un nom (`_noms_sous_une_fonction`) ; sous une clé de liste de personnes
    hors du modèle (« liste »), comme dans un champ d'acteur, hors des organismes qu'aucune liste de noms n'a."""
    valeur = texte[debut:fin]
    if _CANDIDATS.get(valeur) == []:  # le cas courant (« mere », « [cm, spj] ») : rien à juger
        return
    l = listes()
    noms = _noms_sous_une_fonction(valeur, contexte) if mode == "fonction" else _noms_de_la_valeur(valeur, contexte)
    for (a, b), mot in noms:
        n = normaliser(mot)
        if mode == "objet" and not (n in l["noms"] or n in l["prenoms"]):
            continue
        if mode == "liste" and est_une_organisation(mot) and n not in l["noms"] and n not in l["prenoms"]:
            continue  # hors du modèle, la clé peut lister des organismes (« excuses: [Solidaris, Belfius] », garde81) ;
            # pas un nom que les listes ont aussi (« Torfs », « Neuhaus », l'attaque-111)
        resultats.append(Trouvaille(debut + a, debut + b, REGLE,
                                    message_nom(mot, raison)))


_CANDIDATS: dict[str, list[tuple[tuple[int, int], str, str, str]]] = {}
"""Par valeur, les mots candidats (sans l'annuaire, jugé à chaque appel) : un dépôt répète les mêmes valeurs
d'acteur (« mere », « [cm, spj, pedo] »)."""


def _noms_de_la_valeur(valeur: str, contexte: ContexteAnonymat) -> list[tuple[tuple[int, int], str]]:
    candidats = _CANDIDATS.get(valeur)
    if candidats is None:
        candidats = []
        if not valeur.lstrip().startswith(("#", "|", ">")):
            for element, jeton in _elements(valeur):
                if _organisme(jeton):
                    continue
                for mot in _MOT.finditer(element.group(0)):
                    if est_nom_de_champ(mot.group(0)):
                        candidats.append(((element.start() + mot.start(), element.start() + mot.end()), mot.group(0),
                                          normaliser(jeton), normaliser(mot.group(0))))
        if len(_CANDIDATS) > 65536:
            _CANDIDATS.clear()
        _CANDIDATS[valeur] = candidats
    return [(bornes, mot) for bornes, mot, jeton, n in candidats
            if jeton not in contexte.expressions_autorisees and n not in contexte.mots_autorises]


_ELEMENTS = re.compile(r"[^,;\[\]/]+")


def _organisme(jeton: str) -> bool:
    """L'élément entier est-il un organisme d'`organisations.txt` dont aucun mot n'est un prénom ou un nom des listes
    (« Expéditeur : Itsme », « de: Child Focus », garde90) ? Pas « Torfs », « Neuhaus » (l'attaque-111)."""
    if normaliser(jeton) not in ORGANISATIONS:
        return False
    l = listes()
    return not any((n := normaliser(m.group(0))) in l["prenoms"] or n in l["noms"] for m in _MOT.finditer(jeton))


def _elements(valeur: str) -> Iterator[tuple[re.Match[str], str]]:
    """Les éléments d'une valeur (séparés par « , », « ; », « / », les crochets), commentaires et adresses masqués
    (`_ENTRE_PARENTHESES`), chacun avec son texte sans espaces ni guillemets autour ; jamais un élément vide, un
    identifiant de service ni une description (un article)."""
    masque = _ENTRE_PARENTHESES.sub(lambda m: " " * len(m.group(0)), valeur)
    for element in _ELEMENTS.finditer(masque):
        jeton = element.group(0).strip(" \t'\"")
        if jeton and not _ID_DE_SERVICE.fullmatch(jeton) and not _ARTICLE.search(jeton):
            yield element, jeton


def _noms_sous_une_fonction(valeur: str, contexte: ContexteAnonymat) -> list[tuple[tuple[int, int], str]]:
    """Sous une clé ou une rubrique que le modèle ne connaît pas (« Référente : », « avis_pedopsychiatre: »), la valeur
    est souvent une phrase (« petit changement d'horaire », « traitement léger maintenu », l'attaque-47) : seul un
    élément fait d'un à trois mots qui sont tous des noms (hors civilités et particules), en minuscules aucun mot du
    dictionnaire, est une personne (« wathelet », « Mme Kasongo », « van acker »)."""
    retenus: list[tuple[tuple[int, int], str]] = []
    for element, jeton in _elements(valeur):
        if normaliser(jeton) in contexte.expressions_autorisees:
            continue
        mots = [m.group(0) for m in _MOT.finditer(element.group(0))
                if normaliser(m.group(0)) not in _PARTICULES and not designe_un_role(normaliser(m.group(0)))]
        noms = [mot for mot in mots if est_nom_de_champ(mot) and normaliser(mot) not in contexte.mots_autorises
                and not est_une_organisation(mot) and not (mot.islower() and est_mot_du_dictionnaire(mot))]
        # à côté d'un nom, un mot court à majuscule en est un morceau (« Saïd Aït », « Yao Wu »), pas un sigle ; une
        # capitale seule, l'initiale du prénom (« appelant : Asmerom A », aveugle-62)
        courts = [mot for mot in mots if mot not in noms and mot[:1].isupper() and len(mot) <= 3
                  and (not mot.isupper() or len(mot) == 1)]
        if 1 <= len(mots) <= 3 and noms and len(noms) + len(courts) == len(mots):
            retenus += [((element.start() + m.start(), element.start() + m.end()), m.group(0))
                        for m in _MOT.finditer(element.group(0)) if m.group(0) in mots and len(m.group(0)) > 1]
    return retenus
