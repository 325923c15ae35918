"""Normalisation des mots pour les comparer sans tenir compte de la casse ni des accents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})
_SANS_DECOMPOSITION = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ð": "d", "ø": "o", "ħ": "h", "ŧ": "t", "ŀ": "l"})
"""Lettres qu'Unicode ne décompose pas en lettre et accent : « Łódź », « Şanlıurfa », « Đỗ », « Søren » se comparent
à « lodz », « sanliurfa », « do », « soren », comme un nom tapé sans ses accents."""
_NON_LETTRE = re.compile(r"[^a-z0-9]+")
HORS_FRANCAIS = re.compile(r"[^\x00-\x7fàâäçéèêëîïôöùûüÿœæ]")
"""Une lettre qu'aucun mot français n'écrit (ğ, ş, ı, ł, ń, ř, ũ, ỗ…) : un mot qui en a une n'est pas « marié » pour
« Marie », ni « Vũ » le mot « vu » ; une faute d'accent française (« Infirmiére », « Nöel ») n'en a pas."""


@lru_cache(maxsize=65536)
def normaliser(mot: str) -> str:
    """Minuscules (casefold), sans accents ; « Hélène » et « HELENE » donnent « helene », « Łukasz » « lukasz »."""
    if mot.isascii():  # neuf mots sur dix : rien à décomposer (le calcul des listes en normalise 760 000)
        return mot.translate(_APOSTROPHES).lower()
    decompose = unicodedata.normalize("NFKD", mot.translate(_APOSTROPHES).casefold().translate(_SANS_DECOMPOSITION))
    return "".join(c for c in decompose if not unicodedata.combining(c))


def compacter(mot: str) -> str:
    """Normalise et retire tout ce qui n'est pas lettre ou chiffre : « D'Hondt » → « dhondt »."""
    return _NON_LETTRE.sub("", normaliser(mot))


def _homoglyphes() -> dict[str, str]:
    """Les caractères qu'un lecteur prend pour un caractère ASCII, et ce caractère (leur forme NFKC) : formes
    pleine chasse d'un clavier asiatique ou d'un téléphone (« karim＠gmail．com », « ０４７５ »), petites
    variantes (« ﹫ »), points de conduite et traits d'union typographiques ; lettres et chiffres stylisés d'un
    message recopié (gras, italique, double barre, monospace mathématiques : « 𝐉𝐮𝐥𝐢𝐞 », « 𝟎𝟒𝟕𝟏 » ; les lettres du
    bloc des symboles de lettres, dont celles qui comblent leurs trous, « ℙ », « ℍ », « ℓ » ; lettres et chiffres
    entourés : « Ⓙⓤⓛⓘⓔ », « ⓪④⑦① »). Une échelle écrite en chiffres entourés collés (« ⓪①②…⑨ ») se lit alors comme un
    numéro (l'attaque-90) : signalée, elle s'accepte d'un « anonymat: ok » ; un numéro ainsi déguisé ne passerait pas.
    Un pour un : les positions ne changent pas. Ni « º » ni « ª » (« 3.º B », « nº 7 » sont lus tels quels)."""
    candidats = [*range(0xFF01, 0xFF5F), *range(0xFE50, 0xFE6C), 0x2024, 0x2010, 0x2011, 0x2012, 0x2212, 0x2044,
                 *range(0x1D400, 0x1D800), *range(0x2100, 0x2150), *range(0x24B6, 0x24EB), *range(0x2460, 0x2469)]
    table = {}
    for code in candidats:
        lu = unicodedata.normalize("NFKC", chr(code))
        if code in (0x2010, 0x2011, 0x2012, 0x2212):
            lu = "-"
        if len(lu) == 1 and lu.isascii() and lu.isprintable():
            table[chr(code)] = lu
    return table


HOMOGLYPHES = _homoglyphes()
"""Caractère → son équivalent ASCII, pour que les détecteurs lisent ce que le lecteur voit."""
CHIFFRES_D_AILLEURS = {chr(debut + i): str(i) for debut in (0x0660, 0x06F0) for i in range(10)}
"""Chiffres arabes orientaux et persans (« ٠٤٧٧ ٩٥ ٧٥ ٢٩ », « ۱۳۸۸/۰۹/۲۰ ») → chiffres ASCII, un pour un : un numéro
ou une date recopiés d'un document d'origine restent un numéro ou une date."""

ESPACES = str.maketrans({c: " " for c in "\t\u00a0\u2007\u2009\u202f\u2002\u2003\u2004\u2005\u2006\u2008\u200a\u3000"}
                        | HOMOGLYPHES | CHIFFRES_D_AILLEURS)
"""Tabulation et espaces insécables ou fines : un lecteur y voit une espace (« BE29 7320 9053 1464 ») ; formes
pleine chasse et autres homoglyphes : il y voit le caractère ASCII (« karim＠gmail.com ») ; chiffres arabes
orientaux et persans : des chiffres (« ٠٥/١٠/٢٠١٨ »)."""


SOSIES_LATINS = dict(zip(
    "аеорсухіјѕԁһԛԝӏАВЕКМНОРСТХІЈЅУԌαοριυνκΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhqwlABEKMHOPCTXIJSYGaopiuvkABEZHIKMNOPTYX"))
"""Lettres cyrilliques et grecques qu'un lecteur prend pour une lettre latine (« sеkou » avec un « е » cyrillique)."""
_VERS_LATIN = str.maketrans(SOSIES_LATINS)
_SOSIE = re.compile("[" + "".join(SOSIES_LATINS) + "]")
_MOT = re.compile(r"[^\W\d_]+")
_LATINE = re.compile(r"[A-Za-zÀ-ɏ]")
"""Une lettre latine : seul un mot qui en a une mêle des sosies à l'alphabet latin."""


def latin_lu(texte: str) -> str:
    """Le texte où chaque mot latin qui glisse une lettre cyrillique ou grecque sosie (« sеkou », « Рierre ») l'a
    remplacée par la lettre latine qu'on y lit, un caractère pour un (les positions ne changent pas) ; un mot écrit
    tout en cyrillique ou en grec (« Олена ») reste tel quel. Le même objet s'il n'y a rien à remplacer."""
    if _SOSIE.search(texte) is None:
        return texte
    morceaux, fin = [], 0
    for mot in _MOT.finditer(texte):
        if _SOSIE.search(mot.group(0)) and _LATINE.search(mot.group(0)):
            morceaux += [texte[fin:mot.start()], mot.group(0).translate(_VERS_LATIN)]
            fin = mot.end()
    return "".join(morceaux) + texte[fin:] if morceaux else texte


_SQUELETTE_REGLES = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"th"), "t"),
    (re.compile(r"(?<=[a-z])h"), ""),
    (re.compile(r"^h"), ""),
    (re.compile(r"ck|q|c(?=[aou])|k"), "k"),
    (re.compile(r"y"), "i"),
    (re.compile(r"ou"), "u"),
    (re.compile(r"w"), "v"),
    (re.compile(r"z"), "s"),
    (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=.{3})[estdx]+$"), ""),
)


@lru_cache(maxsize=65536)
def squelette(mot: str) -> str:
    """Forme approchée d'un nom pour rattraper les variantes d'orthographe courantes.

    « Dupont », « Dupond », « DUPOND » ; « Mohamed », « Mohammed » ; « Kevin », « Kévin » ;
    « Philippe », « Filipe » ont le même squelette. Utilisé seulement pour les noms protégés.
    """
    s = compacter(mot)
    for motif, remplacement in _SQUELETTE_REGLES:
        s = motif.sub(remplacement, s)
    return s


def _classe_de_lettres(majuscules: bool) -> str:
    """Les lettres latines d'une casse, pour une classe de caractères : ASCII, Latin-1 et aussi les
    latins étendus (« Łukasz », « Şahin », « İbrahim », « Đỗ Văn Lộc », « oğuzhan ») ; un nom polonais,
    turc ou vietnamien commence par une lettre hors de Latin-1."""
    base = "A-ZÀ-ÖØ-Þ" if majuscules else "a-zß-öø-ÿ"
    etendues = (chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00)))
    return base + "".join(c for c in etendues if (c.isupper() if majuscules else c.islower()))


MAJUSCULES = _classe_de_lettres(True)
"""Contenu d'une classe `[...]` : une majuscule latine."""
MINUSCULES = _classe_de_lettres(False)
"""Contenu d'une classe `[...]` : une minuscule latine."""
