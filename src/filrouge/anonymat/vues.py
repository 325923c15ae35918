"""Ce qu'un lecteur verra d'un fichier, au-delà de son texte brut : la garde le lit aussi.

Le texte brut cache des identifiants qu'un portail, un PDF ou un éditeur montrent entiers :
- une coupure douce (une ligne de récit Markdown qui continue la précédente, une valeur YAML pliée
  sur plusieurs lignes) : « au 0472⏎84 39 51 », « sandrine.lejeune@⏎skynet.be » ;
- un échappement YAML entre guillemets doubles : « 0471\\x2038\\x2052\\x2096 », « jolien.maes\\x40gmail.com ».

`jointures` donne, pour chaque coupure douce, une courte fenêtre où les deux lignes sont rejointes
(sans espace autour d'un « @ ») ; `valeurs_decodees` donne les valeurs et les clés YAML telles que le
chargeur les lit, quand elles diffèrent du texte brut. Chaque fenêtre et chaque valeur est bornée :
l'analyse reste linéaire dans la taille du fichier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from filrouge.anonymat.courriel import AROBASE
from filrouge.lecture import Document, ErreurLecture, analyser_yaml, separer_entete

LARGEUR = 90
"""Caractères gardés de part et d'autre d'une coupure : assez pour un identifiant et son contexte."""
_DEBUT_DE_BLOC = re.compile(r"[ \t]*(?:$|#{1,6}[ \t]|>|[-*+][ \t]|1[.)][ \t]|\||```|~~~|<!--|---|(?=[\w'’ -]{1,40}:(?:[ \t]|$))[\d_'’ -]{0,39}[^\W\d_])")
"""Une ligne qui ouvre un bloc (titre, liste, citation, tableau, code, commentaire) ou une rubrique « clé: ».
Une liste numérotée ne coupe un paragraphe qu'à partir de 1 (CommonMark) : « (1-LWP-⏎257) » se lit d'un tenant. Une
rubrique a une lettre avant ses deux points : « 0645 91⏎34 16 : la famille… » est un numéro coupé, pas une rubrique."""
_NUMERO_DE_LISTE = re.compile(r"[ \t]*\d{1,3}[.)][ \t]")
_CITATION = re.compile(r"[ \t]*>[ \t]?")


def _continue_une_liste(texte: str, fin_ligne: int) -> bool:
    """« 2. … » après une ligne de liste numérotée en est l'élément suivant, pas la suite de la phrase."""
    return _NUMERO_DE_LISTE.match(texte, texte.rfind("\n", 0, fin_ligne) + 1) is not None


@dataclass(frozen=True, slots=True)
class Fenetre:
    """Un extrait rejoint : `texte`, et la position dans le texte d'origine de chacun de ses caractères."""

    texte: str
    origine: tuple[int, ...]
    coupure: int
    """Position, dans `texte`, du premier caractère de la seconde ligne."""


def jointures(texte: str, debut: int = 0) -> Iterator[Fenetre]:
    """Une fenêtre par coupure douce d'un récit (à partir de `debut`, après un en-tête YAML) : la ligne
    suivante n'est ni vide ni un début de bloc (titre, liste, citation, tableau, code), ou elle continue la
    citation de la ligne coupée (lue sans son chevron)."""
    position = texte.find("\n", debut)
    while position != -1:
        suite = position + 1
        fin = texte.find("\n", suite)
        ligne_suivante = texte[suite:fin if fin != -1 else len(texte)]
        chevron = _CITATION.match(ligne_suivante)
        if chevron and _CITATION.match(texte, texte.rfind("\n", 0, position) + 1):
            # « > tél. 03 20 67⏎> 97 03 » : la citation continue, le lecteur voit une ligne
            reprise, ligne_suivante = suite + chevron.end(), ligne_suivante[chevron.end():]
        else:
            reprise = suite
        if _coupure_douce(texte, position, ligne_suivante):
            yield _fenetre(texte, position, reprise)
        position = fin


def _coupure_douce(texte: str, position: int, ligne_suivante: str) -> bool:
    """Le saut de ligne à `position` est doux : la ligne suivante continue le paragraphe ; elle ne commence pas par une
    rubrique en gras (« … Georgi Oliynyk⏎**Lien :** frère »), la ligne coupée n'est pas tout entière en gras
    (« **Domicile**⏎Stationsstraat 189 ») : le rendu les met à part ; sans leurs marques, lues comme rien, le nom ou
    l'adresse s'y prolongerait. Un numéro en gras coupé (« **0471**⏎12 34 56 ») reste rejoint (revue59)."""
    return position > 0 and texte[position - 1] not in "\n:" and not _DEBUT_DE_BLOC.match(ligne_suivante) and not (
        _NUMERO_DE_LISTE.match(ligne_suivante) and _continue_une_liste(texte, position)) and not (
        _RUBRIQUE_EN_GRAS.match(ligne_suivante)
        or _LIGNE_EN_GRAS.fullmatch(texte, texte.rfind("\n", 0, position) + 1, position))


_RUBRIQUE_EN_GRAS = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n:]{1,60}(?::[ \t]*(?:\*\*|__)|(?:\*\*|__)[ \t]*:)")
"""Une rubrique en gras, deux-points dedans ou juste après (« **Lien :** », « **Lien** : »)."""
_LIGNE_EN_GRAS = re.compile(r"[ \t]*(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)[ \t:]*")
"""Une ligne tout entière en gras (« **Domicile** », « **Adresse du papa** ») : un intitulé."""


def _fenetre(texte: str, coupure: int, suite: int) -> Fenetre:
    """Les derniers mots de la ligne et les premiers de la suivante, entiers (jamais un mot coupé)."""
    debut_gauche = max(0, texte.rfind("\n", 0, coupure) + 1)
    if coupure - debut_gauche > LARGEUR:
        espace = texte.find(" ", coupure - LARGEUR, coupure)
        debut_gauche = espace + 1 if espace != -1 else coupure
    gauche = texte[debut_gauche:coupure].rstrip(" \t")
    if gauche.endswith("\\"):  # saut de ligne dur (« 0465 31\⏎42 78 ») : le lecteur voit le numéro sur deux lignes
        gauche = gauche[:-1].rstrip(" \t")
    origine_gauche: tuple[int, ...] = tuple(range(debut_gauche, debut_gauche + len(gauche)))
    avant = _ligne_qui_precede(texte, debut_gauche) if len(gauche) <= COURTE else None
    if avant is not None:  # « plaque :⏎VAG-⏎326 » : la ligne courte se lit après sa rubrique
        gauche = texte[avant[0]:avant[1]] + " " + gauche
        origine_gauche = (*range(avant[0], avant[1]), avant[1], *origine_gauche)
    reprise = suite
    while reprise < len(texte) and texte[reprise] in " \t":
        reprise += 1
    fin_droite = texte.find("\n", reprise)
    fin_droite = len(texte) if fin_droite == -1 else fin_droite
    if fin_droite - reprise > LARGEUR:
        espace = texte.rfind(" ", reprise, reprise + LARGEUR)
        fin_droite = espace if espace != -1 else reprise
    droite = texte[reprise:fin_droite]
    lien = "" if _soude(gauche, droite) else " "
    origine = (*origine_gauche, *([coupure] if lien else ()), *range(reprise, fin_droite))
    debut_courte, fin_courte = reprise, fin_droite
    for _ in range(LIGNES_COURTES):  # « immatriculée⏎EL⏎482 LY » : une ligne courte est lue avec la suivante
        suite = _ligne_courte_suivie(texte, debut_courte, fin_courte)
        if suite is None:
            break
        droite += " " + texte[suite[0]:suite[1]]
        origine = (*origine, fin_courte, *range(*suite))
        debut_courte, fin_courte = suite
    return Fenetre(gauche + lien + droite, origine, len(gauche) + len(lien))


COURTE = 16
"""Une ligne d'au plus autant de caractères peut n'être qu'un morceau d'identifiant (« XH 096 », « 22 ») : un lecteur
la voit entre la précédente et la suivante, toutes trois sur une ligne."""
LIGNES_COURTES = 3
"""Lignes courtes lues à la suite (« née le⏎22⏎octobre⏎1999 ») : la fenêtre reste bornée."""


def _ligne_qui_precede(texte: str, debut: int) -> tuple[int, int] | None:
    """Les bornes (au plus `LARGEUR` caractères, mots entiers) de la ligne écrite juste avant la ligne qui commence à
    `debut`, si elle n'est pas vide ; une rubrique qui finit par deux-points compte (« plaque : »)."""
    if debut == 0:
        return None
    fin = debut - 1
    ligne = texte.rfind("\n", 0, fin) + 1
    if not texte[ligne:fin].strip() or _DEBUT_DE_BLOC.match(texte, debut):
        return None  # une ligne vide avant, ou la ligne courte ouvre un bloc (« - VAG- ») : rien ne la précède
    if fin - ligne > LARGEUR:
        espace = texte.find(" ", fin - LARGEUR, fin)
        ligne = espace + 1 if espace != -1 else fin
    return ligne, fin


def _ligne_courte_suivie(texte: str, debut: int, fin: int) -> tuple[int, int] | None:
    """Les bornes (au plus `LARGEUR` caractères) de la ligne qui continue doucement la ligne courte `[debut, fin)`."""
    if fin - debut > COURTE or fin >= len(texte) or debut == fin:
        return None
    fin_suite = texte.find("\n", fin + 1)
    fin_suite = len(texte) if fin_suite == -1 else fin_suite
    if not _coupure_douce(texte, fin, texte[fin + 1:fin_suite]):
        return None
    if fin_suite - fin - 1 > LARGEUR:
        espace = texte.rfind(" ", fin + 1, fin + 1 + LARGEUR)
        fin_suite = espace if espace != -1 else fin + 1
    return fin + 1, fin_suite


@dataclass(frozen=True, slots=True)
class Valeur:
    """Une valeur (ou une clé) YAML décodée, avec la ligne de sa clé dans le fichier."""

    texte: str
    ligne: int
    cle: str = ""
    """La clé de la valeur (pour une valeur de liste, celle de la liste) : « date_naissance » annonce une naissance."""


def valeurs_decodees(texte: str, fichier: str, document: Document | None = None) -> list[Valeur]:
    """Les chaînes YAML (valeurs et clés) du fichier ou de son en-tête Markdown que le texte brut peut ne pas
    montrer telles quelles : sur plusieurs lignes, pliées, ou sur une ligne qui contient un échappement.
    Rien si le YAML est illisible (la validation le signale)."""
    if document is None:
        document = _lire(texte, fichier)
        if document is None:
            return []
    echappees = {i + 1 for i, ligne in enumerate(texte.split("\n")) if "\\" in ligne} if "\\" in texte else set()
    valeurs: list[Valeur] = []

    def retenir(chemin: tuple[Any, ...], chaine: str) -> None:
        ligne = document.ligne(*chemin) or 1
        cle = next((c for c in reversed(chemin[:-1] if chemin and chemin[-1] == chaine else chemin)
                    if isinstance(c, str)), "")
        valeurs.append(Valeur(_comme_on_le_lit(chaine), ligne, cle))

    # Chaque chaîne des données, clés comprises, avec le chemin de sa clé : parcours sans récursion, les tests
    # écrits en ligne (≈ 40 chaînes par fichier, presque toutes lues telles quelles dans le texte). La ligne
    # n'est cherchée que si elle sert. L'ordre est celui d'une pile : les clés d'un dictionnaire dans l'ordre,
    # puis ses valeurs de la dernière à la première.
    trois_chiffres = _TROIS_CHIFFRES.search
    pile: list[tuple[Any, tuple[Any, ...]]] = [(document.donnees, ())]
    while pile:
        courant, ici = pile.pop()
        if isinstance(courant, str):
            if ("\n" in courant or courant not in texte or (echappees and (document.ligne(*ici) or 1) in echappees)
                    or ici and (isinstance(ici[-1], int) or ici[-1] == courant) and trois_chiffres(courant)):
                retenir(ici, courant)
        elif isinstance(courant, dict):
            for cle, sous in courant.items():
                if isinstance(cle, str) and ("\n" in cle or _trois_chiffres_dans_la_cle(cle) or cle not in texte
                                             or (echappees and (document.ligne(*ici, cle) or 1) in echappees)):
                    retenir((*ici, cle), cle)
                if isinstance(sous, _A_LIRE):  # une date, un nombre, un booléen : rien à retenir ni à parcourir
                    pile.append((sous, (*ici, cle)))
        elif isinstance(courant, list):
            pile.extend((sous, (*ici, i)) for i, sous in enumerate(courant) if isinstance(sous, _A_LIRE))
    # la valeur qu'une clé répétée fait sauter : un lecteur YAML peut montrer celle-là (aveugle-80)
    valeurs.extend(Valeur(_comme_on_le_lit(chaine), ligne, cle) for ligne, cle, chaine in document.cachees
                   if "\n" in chaine or chaine not in texte or ligne in echappees)
    return valeurs


_A_LIRE = (str, dict, list)
"""Ce que le parcours de `valeurs_decodees` lit : le reste (dates, nombres, booléens, null) n'y entre pas."""
_TROIS_CHIFFRES = re.compile(r"\d[^\d\n]{0,3}\d[^\d\n]{0,3}\d")
"""Un élément de liste ou une clé qui porte trois chiffres rapprochés (« ddn:⏎  - 1388/09/20 »,
« naissances:⏎  "09/28/2008": oncle », « plaque:⏎  - 130-BNB ») : sa clé, qui dit ce qu'il est, est sur une
autre ligne ; il est relu après elle. Un identifiant en a toujours trois : les listes de rôles ou d'acteurs
(« a1 ») ne sont pas relues. Une valeur égale à sa clé se lit comme une clé."""


_CLES_A_TROIS_CHIFFRES: dict[str, bool] = {}


def _trois_chiffres_dans_la_cle(cle: str) -> bool:
    """`_TROIS_CHIFFRES` sur une clé, verdict gardé : les mêmes clés (« role », « charte_signee ») reviennent dans
    chaque fichier, deux cent mille fois sur mille dossiers ; le dictionnaire répond cinq fois plus vite que le moteur."""
    verdict = _CLES_A_TROIS_CHIFFRES.get(cle)
    if verdict is None:
        if len(_CLES_A_TROIS_CHIFFRES) >= 4096:
            _CLES_A_TROIS_CHIFFRES.clear()
        verdict = _CLES_A_TROIS_CHIFFRES[cle] = _TROIS_CHIFFRES.search(cle) is not None
    return verdict


_ADRESSE_MASQUEE = re.compile(AROBASE, re.IGNORECASE)
"""Ce qui fait d'un mot une adresse de courriel, écrite ou masquée (« tournesol[at]skynet. ») : le « @ » de
`courriel`, en clair, épelé ou entre crochets."""
_TRAIT_PUIS_ESPACE = re.compile(r"(?<=[^\W_])- (?=[^\W_])")
_DOMAINE = re.compile(r"[a-z]{2,6}(?![^\W_])")
"""Un domaine de premier niveau (« be », « com »), seul devant la suite."""
_POINT_PUIS_DOMAINE = re.compile(r"(?<=[^\W_])\. (?=" + _DOMAINE.pattern + r")")


def _soude(gauche: str, droite: str) -> bool:
    """Les deux morceaux d'une coupure se lisent-ils sans espace : autour d'un « @ » (« sandrine.lejeune@⏎skynet.be »),
    après un trait d'union collé (« VAG-⏎326 », « 2001-01-⏎11 »), ou après le point d'une adresse de courriel devant
    son domaine (« cerise[at]skynet.⏎be »)."""
    if gauche.endswith("@") or droite.startswith("@"):
        return True
    if gauche[-2:-1].isalnum() and droite[:1].isalnum():
        if gauche.endswith("-"):
            return True
        return (gauche.endswith(".") and _ADRESSE_MASQUEE.search(_mots_avant(gauche, len(gauche) - 1)) is not None
                and _DOMAINE.match(droite) is not None)
    return False


def _comme_on_le_lit(chaine: str) -> str:
    """Une valeur pliée telle qu'on la lit : sans coupure autour d'un « @ » (« renee.vercruysse@ telenet.be »),
    après un trait d'union collé (« TAT- 213 », « 1993-10- 18 ») ni, dans une adresse de courriel, entre le point et
    le domaine (« rubis.mc[at]gmail. com »)."""
    if "@" in chaine:
        chaine = re.sub(r"[ \t\n]*@[ \t\n]*", "@", chaine)
    if "- " in chaine:
        chaine = _TRAIT_PUIS_ESPACE.sub("-", chaine)
    if ". " in chaine and _ADRESSE_MASQUEE.search(chaine):
        chaine = _POINT_PUIS_DOMAINE.sub(
            lambda m: "." if _ADRESSE_MASQUEE.search(_mots_avant(chaine, m.start())) else m.group(0), chaine)
    return chaine


def _mots_avant(texte: str, position: int) -> str:
    """Les deux mots qui finissent à `position` (« rubis.mc[at]gmail », « pdr arobase gmail ») : l'adresse dont le
    point suit, et pas une initiale plus loin dans la valeur (« tutrice L. le Grand »)."""
    debut = texte.rfind(" ", 0, max(texte.rfind(" ", 0, position), 0))
    return texte[debut + 1:position]


def debut_du_recit(texte: str) -> int:
    """Où commence le corps d'un Markdown : après la ligne qui ferme son en-tête YAML (sinon 0)."""
    if not texte.startswith("---\n"):
        return 0
    fin = re.search(r"^(?:---|\.\.\.)[ \t]*(?:\n|$)", texte[4:], re.MULTILINE)
    return 4 + fin.end() if fin else len(texte)


def _lire(texte: str, fichier: str) -> Document | None:
    if fichier.endswith((".yaml", ".yml")):
        entete, decalage = texte, 0
    elif fichier.endswith(".md"):
        try:
            entete = separer_entete(texte, fichier)[0]
        except ErreurLecture:
            return None
        if entete is None:
            return None
        decalage = 1
    else:
        return None
    try:
        return analyser_yaml(entete, fichier, decalage)
    except ErreurLecture:
        return None
