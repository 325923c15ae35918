"""Le texte tel qu'un lecteur le lit, quand il diffère du texte écrit, avec l'origine de chacun de ses caractères.

Un éditeur peut enregistrer « é » en deux caractères (e + accent) ; un rendu Markdown n'affiche ni la barre
oblique d'un échappement (« lucie\\.renard@gmail\\.com ») ni la balise d'un saut de ligne dans une cellule
(« 04 359<br>09 06 ») ; deux espaces au lieu d'une entre deux groupes de chiffres (« BE73  7323  5763 ») ne
se voient pas ; il décode les références de caractères (« jean&#64;skynet.be ») et ne montre ni les marques
d'emphase ou de code (« 04**71** 12 34 56 »), ni les balises HTML, ni les caractères invisibles. Les détecteurs lisent
le texte relu ; leurs trouvailles sont ramenées au texte écrit par `Reecrit.ramener`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.normalisation import ESPACES
from filrouge.caracteres import INVISIBLES


@dataclass(frozen=True, slots=True)
class Reecrit:
    """Un texte réécrit et, pour chacun de ses caractères puis pour sa fin, la position dans le texte d'origine."""

    texte: str
    origine: Sequence[int]
    efface: bool = False
    """Des marques qui peuvent coller deux mots ou cacher du texte (balises, commentaires, emphase, caractères
    invisibles) ont été lues comme rien : le texte écrit est lu aussi (`analyse.trouver`)."""

    def ramener(self, debut: int, fin: int) -> tuple[int, int]:
        """L'intervalle du texte d'origine qui contient ce que montre [debut, fin) du texte réécrit."""
        return self.origine[debut], self.origine[fin]

    def puis(self, suite: Reecrit | None) -> Reecrit:
        """Cette réécriture suivie d'une autre (faite sur `self.texte`), ramenée au texte d'origine."""
        if suite is None:
            return self
        return Reecrit(suite.texte, [self.origine[i] for i in suite.origine], self.efface or suite.efface)


def reecrire(texte: str, remplacements: Iterable[tuple[int, int, str]], efface: bool = False) -> Reecrit:
    """`texte` où chaque intervalle (debut, fin), dans l'ordre et sans chevauchement, est remplacé par une chaîne ;
    les caractères remplaçants viennent du début de l'intervalle remplacé."""
    morceaux: list[str] = []
    origine: list[int] = []
    i = 0
    for debut, fin, par in remplacements:
        morceaux.append(texte[i:debut])
        origine.extend(range(i, debut))
        morceaux.append(par)
        origine.extend([debut] * len(par))
        i = fin
    morceaux.append(texte[i:])
    origine.extend(range(i, len(texte) + 1))
    return Reecrit("".join(morceaux), origine, efface)


def _compose(texte: str) -> Reecrit | None:
    """Le texte composé (NFC) ; None s'il l'est déjà."""
    if unicodedata.is_normalized("NFC", texte):
        return None

    def groupes() -> Iterable[tuple[int, int, str]]:
        i, n = 0, len(texte)
        while i < n:
            j = i + 1
            while j < n and unicodedata.combining(texte[j]):
                j += 1
            if j > i + 1:
                yield i, j, unicodedata.normalize("NFC", texte[i:j])
            i = j

    return reecrire(texte, groupes())


_ECHAPPEMENT = re.compile(r"\\(?=[!-/:-@\[-`{-~])")
"""Échappement Markdown d'une ponctuation : la barre oblique n'est pas affichée."""
_ESPACES_ENTRE_CHIFFRES = re.compile(r"  (?<=\d  ) ?(?=\d)")
"""Deux ou trois espaces entre deux chiffres (« BE73  7323 ») : lues comme une. Les deux espaces d'abord, le chiffre
qui les précède ensuite : le moteur saute de double espace en double espace (un chiffre en tête coûtait 4,7 fois plus
sur la démo)."""

_APOSTROPHE_DOUBLEE = re.compile(r"''(?<=[^\W\d_]'')(?=[^\W\d_])")
"""L'apostrophe doublée d'une chaîne YAML entre apostrophes (« boulevard d''Herbatte ») : lue comme une (le lecteur du
portail voit « d'Herbatte »). Les deux apostrophes d'abord, la lettre qui les précède ensuite."""


_INVISIBLES = re.compile("[" + INVISIBLES + "]")
"""Des caractères que le rendu n'affiche pas (`caracteres.INVISIBLES` : « 0471\u00ad12 34 56 », « Ju\u200blie »,
l'attaque-89) : lus comme rien."""
_ENTITE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
"""Une référence de caractère HTML que le rendu Markdown décode (« jean&#64;skynet.be », « 0471&nbsp;12 », « BE71&#32;
0961 ») : lue comme son caractère (`_caractere`)."""
_BALISE = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9]{0,15}(?:[ \t][^<>\n]{0,200})?/?|!--[^\n]{0,200}?--)>")
"""Une balise HTML ou un commentaire sur une ligne : « <br> » (dans une cellule de tableau) est lu comme une espace ;
une autre balise (« <b>0471</b> 12 34 56 », « Ju<span class="x">lie</span> », « <wbr> ») comme rien : le rendu montre
ce qu'elle entoure, collé à ce qui l'entoure, et ne montre pas ses attributs ; un commentaire aussi, seulement entre
deux lettres ou chiffres qu'il coupe (« 04<!-- x -->77 ») : ailleurs il sépare ce qu'il borne (« … à Lantin<!--
/interne --> Après. », les passages internes). Ce qu'ils portent (« <span title="…"> », un commentaire) reste lu : le
texte écrit est lu aussi (`Reecrit.efface`)."""
_BR = re.compile(r"<(?i:br)[ \t]*/?>")
_EMPHASE = re.compile(r"[*~`]{1,6}")
"""Des marques d'emphase, de barré ou de code collées à ce qu'elles marquent (`_collee`), imbriquées ou non
(« 04**71** 12 34 56 », « **Julie** **Kwabenaz** », « **Guérin C.** », « BE71 `0961` », « ~~0471~~ », « 04~86~ »,
« ***~~27~~*** ») : le rendu ne les montre pas (le texte barré reste lu) ; lues comme rien. Une puce (« * item »), une
étoile entre deux espaces (« 2 * 3 ») restent, et un accent grave seul entre deux lettres, une apostrophe (« L`enfant »,
revue59)."""
_EMPHASE_SOULIGNEE = re.compile(r"__(?:(?<=[^\W_]__)(?=[\s.,;:!?)\]'\"»]|$)|(?<![^\s(\['\"«]__)(?=[^\W_]))"
                                r"|_(?:(?<=[^\W_]_)(?=[\s.,;:!?)\]'\"»]|$)|(?<![^\s(\['\"«_]_)(?=[^\W_]))")
"""La même marque en tiret bas, seulement au bord d'un mot et comme le rendu la lit : après une lettre ou un chiffre et
devant un blanc ou une ponctuation de fin (« Julie_ »), ou après un blanc ou une ouverture et devant une lettre ou un
chiffre (« _Julie »). Entre deux lettres, il est du mot (`date_naissance`, `pse_namur`) ; devant « @ » ou une barre
oblique aussi (« julie_@… », « giulia_\u0072usso », revue59). Chaque branche commence par le tiret bas : le moteur
saute de l'un à l'autre (il y en a dans chaque clé YAML)."""


def _sans_marques(texte: str) -> Reecrit | None:
    """Sans les marques invisibles au rendu (ni l'apostrophe doublée d'une chaîne YAML), les références de caractères
    décodées ; les motifs ne se chevauchent pas, sauf dans une balise effacée en entier (`_disjoints`)."""
    remplacements = [(m.start(), m.end(), "") for m in _ECHAPPEMENT.finditer(texte)] if "\\" in texte else []
    efface: list[tuple[int, int, str]] = []  # lu comme rien, peut coller deux mots ou cacher du texte (`_colle_ou_cache`)
    if "<" in texte:
        for m in _BALISE.finditer(texte):
            if _BR.fullmatch(m.group()):
                remplacements.append((m.start(), m.end(), " "))
            elif not m.group().startswith("<!--") or _entre_deux_mots(texte, m.start(), m.end()):
                efface.append((m.start(), m.end(), ""))
    if "&" in texte:
        for m in _ENTITE.finditer(texte):
            lu = _caractere(m.group())
            if lu != m.group():  # un invisible (« &ZeroWidthSpace; ») peut coller deux mots, comme lui-même
                (efface if not lu else remplacements).append((m.start(), m.end(), lu))
    marques = [m for emphase, indices in ((_EMPHASE, ("*", "`", "~")), (_EMPHASE_SOULIGNEE, ("_",)))
               if any(indice in texte for indice in indices) for m in emphase.finditer(texte)]
    if marques:
        lignes = Lignes(texte)
        efface += [(m.start(), m.end(), "") for m in marques
                   if _collee(texte, m) and not _au_bord(lignes, m) and not _apostrophe(texte, m)]
    if _INVISIBLES.search(texte):
        efface += [(m.start(), m.end(), "") for m in _INVISIBLES.finditer(texte)]
    remplacements += efface
    remplacements += [(m.start(), m.end(), " ") for m in _ESPACES_ENTRE_CHIFFRES.finditer(texte)]
    if "''" in texte:
        remplacements += [(m.start(), m.end(), "'") for m in _APOSTROPHE_DOUBLEE.finditer(texte)]
    if not remplacements:
        return None
    return reecrire(texte, _disjoints(remplacements), _colle_ou_cache(texte, efface))


def _disjoints(remplacements: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Les remplacements dans l'ordre, sans ceux qui tombent dans un autre : une balise ou un commentaire effacé en entier
    emporte ce qu'il contient (« <span title="04  12"> », « <!-- **x** --> »)."""
    gardes: list[tuple[int, int, str]] = []
    for debut, fin, par in sorted(remplacements, key=lambda r: (r[0], -r[1])):
        if not gardes or debut >= gardes[-1][1]:
            gardes.append((debut, fin, par))
    return gardes


def _entre_deux_mots(texte: str, debut: int, fin: int) -> bool:
    """Une lettre ou un chiffre de chaque côté de `debut`–`fin` : effacé, ce qui est entre eux les colle."""
    return 0 < debut and fin < len(texte) and texte[debut - 1].isalnum() and texte[fin].isalnum()


def _colle_ou_cache(texte: str, efface: list[tuple[int, int, str]]) -> bool:
    """Ce qui est lu comme rien colle-t-il deux mots (« **Nadia**Oubelkhir », « <b>Julie</b><i>Kwabenaz</i> », les
    marques voisines comptées ensemble), cache-t-il du texte (les attributs d'une balise, un commentaire), ou est-ce du
    code (« `GHK 552` » : le détecteur de plaques lit les accents graves autour, revue59) ? Alors le texte écrit est lu
    aussi ; une marque au bord d'un mot (« **Julie** ») n'y change rien, le texte relu suffit."""
    fin_precedente, debut_suite = -1, -1
    for debut, fin, _ in sorted(efface):
        marque = texte[debut:fin]
        if (marque.startswith("<!--") and any(c.isalnum() for c in marque[4:-3])
                or marque.startswith("<") and (" " in marque or "\t" in marque) or "`" in marque):
            return True
        debut_suite = debut_suite if debut == fin_precedente else debut
        fin_precedente = fin
        if _entre_deux_mots(texte, debut_suite, fin):
            return True
    return False


def _collee(texte: str, marque: re.Match[str]) -> bool:
    """La marque touche-t-elle ce qu'elle marque, d'un côté au moins (ni un blanc ni une autre marque) ? Vérifié ici
    plutôt que dans le motif : un motif qui commence par une assertion ne saute plus d'une marque à l'autre."""
    avant = texte[marque.start() - 1] if marque.start() else " "
    apres = texte[marque.end()] if marque.end() < len(texte) else " "
    return not (avant.isspace() or avant in "*~`") or not (apres.isspace() or apres in "*~`")


def _apostrophe(texte: str, marque: re.Match[str]) -> bool:
    """Un accent grave seul entre deux lettres est une apostrophe tapée (« L`enfant », revue59), pas du code."""
    return (marque.group() == "`" and 0 < marque.start() and marque.end() < len(texte)
            and texte[marque.start() - 1].isalpha() and texte[marque.end()].isalpha())


def _au_bord(lignes: Lignes, marque: re.Match[str]) -> bool:
    """La marque ouvre-t-elle sa ligne (après un retrait, un chevron, une puce ou un numéro de liste) ou la ferme-t-elle
    (avant des blancs ou une barre oblique de fin de ligne) ? Elle n'y coupe aucun mot ; gardée, elle sépare ce que le
    rendu sépare aussi (« … Georgi Oliynyk⏎**Lien :** frère »). Le début de ligne cherché par dichotomie (`Lignes`) : une
    ligne d'un mégaoctet faite de marques reste lue en temps linéaire (revue59)."""
    debut = lignes.debuts[lignes.numero(marque.start())]
    return (_DEBUT_DE_LIGNE.fullmatch(lignes.texte, debut, marque.start()) is not None
            or _FIN_DE_LIGNE.match(lignes.texte, marque.end()) is not None)


_DEBUT_DE_LIGNE = re.compile(r"[ \t>]*(?:(?:[-+*]|\d{1,3}[.)])[ \t]+)?")
"""Ce qui peut précéder une marque qui ouvre sa ligne : un retrait, un chevron, une puce ou un numéro de liste (pas
des chiffres collés : « 04**86** 27 14 63 » coupe un numéro, l'attaque-89)."""
_FIN_DE_LIGNE = re.compile(r"[ \t\\]*(?:\n|\Z)")


def _caractere(entite: str) -> str:
    """Ce que le lecteur voit d'une référence de caractère : le caractère, lu comme un texte écrit (`ESPACES` :
    « &#8209; », le trait d'union insécable, est un trait d'union), une espace pour un blanc, rien pour un invisible ;
    la référence elle-même si elle n'en est pas une (« &foo; »), si `html.unescape` n'en décode qu'un début
    (« &ampJulie; » : CommonMark l'affiche telle quelle, revue59) ou si elle donne une esperluette (« R&amp;D » : rien
    d'identifiant ne s'écrit avec elle)."""
    lu = html.unescape(entite)
    if len(lu) > 2 or "&" in lu:
        return entite
    lu = lu.translate(ESPACES)
    if lu.isspace():
        return " "
    return "" if _INVISIBLES.fullmatch(lu) else lu


def relire(texte: str) -> Reecrit | None:
    """Le texte tel qu'un lecteur le lit (composé, sans marques invisibles au rendu) ; None s'il est lu tel quel."""
    compose = _compose(texte)
    relu = _sans_marques(compose.texte if compose else texte)
    if compose is None:
        return relu
    return compose.puis(relu)


_CHIFFRES_LUS = re.compile(r"(?<![^\W\d_])[Oo](?=\d)|(?<=\d)[Oo](?![^\W\d_])|(?:(?<=\d)|(?<=\d ))–(?= ?\d)")
"""La lettre O collée à un chiffre et hors d'un mot (« O496 61 75 73 », « 31O6 », « 18.O6.13 », « 1-LEZ-O30 ») ;
le tiret demi-cadratin entre deux nombres (« 0471 – 04 26 20 »)."""


_INDICES_CHIFFRES_LUS = (re.compile(r"O(?:(?=\d)|(?<=\dO)|(?<=\d O))"), re.compile(r"o(?:(?=\d)|(?<=\do)|(?<=\d o))"),
                         re.compile(r"–(?:(?<=\d–)|(?<=\d –))"))
"""Préfiltre : un chiffre précédé d'un O, ou suivi (après une espace au plus) d'un O ou d'un tiret demi-cadratin. Un
motif par caractère fixe, le chiffre lu autour : le moteur saute d'un O à l'autre (un motif à premier caractère chiffre
coûtait 2,6 fois plus sur la démo)."""


def chiffres_lus(texte: str) -> str:
    """Le texte où le lecteur voit des chiffres et des tirets : « O » pour zéro, « – » pour « - » (un caractère
    pour un, les positions ne changent pas). « ABO123 » garde son O (lettre d'une plaque)."""
    if not any(indice.search(texte) for indice in _INDICES_CHIFFRES_LUS) or not _CHIFFRES_LUS.search(texte):
        return texte
    return _CHIFFRES_LUS.sub(lambda m: "-" if m.group(0) == "–" else "O" if _dans_un_code(texte, m.start()) else "0", texte)


_PROCHE = 4
"""Caractères lus de chaque côté d'un O pour savoir s'il est dans un code (temps constant par O)."""


def _dans_un_code(texte: str, position: int) -> bool:
    """Le O fait-il partie d'un code à lettres et chiffres (« LLMDND00P12F205O », codice fiscale dont la lettre de
    contrôle est un O) ? Une autre lettre tout près, dans la même suite de lettres et de chiffres, le dit (le pays
    d'un IBAN compact, « BE4031O6… », est plus loin)."""
    debut, fin = position, position + 1
    while debut > max(0, position - _PROCHE) and texte[debut - 1].isalnum():
        debut -= 1
    while fin < min(len(texte), position + 1 + _PROCHE) and texte[fin].isalnum():
        fin += 1
    return (any(c.isalpha() and c not in "Oo" for c in texte[debut:fin])
            or _PAYS_ET_CLE_AVANT.search(texte, max(0, position - 7), position) is not None
            and _COMPTE_ITALIEN.match(texte, position) is not None)


_PAYS_ET_CLE_AVANT = re.compile(r"(?<![\w])(?i:it|sm)[ \t]?\d\d[ \t.\-]{0,2}$")
"""« IT83 O815 … », « it 83 o815 … » : juste après le pays et la clé d'un IBAN groupé italien ou saint-marinais, suivi
des 22 chiffres du compte (`_COMPTE_ITALIEN`), un O est la lettre de contrôle du compte (CIN) ; ailleurs (« BE74 O352
… », « IT12 O471 23 45 67 », un téléphone), un zéro mal tapé."""
_COMPTE_ITALIEN = re.compile(r"[Oo](?:[ \t.\-]?\d){22}(?!\d)")
