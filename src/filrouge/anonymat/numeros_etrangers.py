"""Numéros nationaux d'autres pays et anciens numéros de compte belges, validés par leur somme de contrôle.

Beaucoup de familles suivies en Belgique ont un numéro d'identification d'un autre pays (NIR français,
BSN néerlandais, T.C. Kimlik turc, PESEL polonais, CNP roumain, EGN bulgare, codice fiscale italien…),
recopié d'un courrier ou d'un document d'état civil : il identifie la personne autant qu'un NISS.
Une suite de chiffres est un tel numéro quand python-stdnum en reconnaît la somme de contrôle **et** que
la ligne parle d'identifiant (« NIR », « BSN », « Kimlik », « sécurité sociale », « numéro national »…) :
sans contexte, une suite de neuf chiffres passe un contrôle sur dix.

L'ancien numéro de compte belge (« 063-0441872-72 », avant l'IBAN) a une forme qui n'appartient qu'à lui
et un contrôle mod 97 : signalé seul.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from filrouge.anonymat.lignes import Lignes, par_caracteres_fixes
from filrouge.anonymat.masque import masquer_niss, masquer_tout
from filrouge.anonymat.trouvaille import Trouvaille

REGLE_NISS = "anonymat.niss"
REGLE_IBAN = "anonymat.iban"

# Neuf à dix-huit chiffres, groupés par une espace, un point, un tiret ou une barre (« 2 84 03 59 350 112 20 »,
# « 805416/1522 »), la clé de deux chiffres parfois détachée par un tiret espacé (« 2 06 08 69 697 459 - 73 »,
# « … 459 – 73 ») : une seule répétition bornée, une clé qui ne lit jamais le texte de la répétition (un tiret seul y
# est, un tiret espacé non) ; le premier caractère est un chiffre (le moteur saute de chiffre en chiffre).
_SUITE = re.compile(r"\d(?<![\w.\-/]\d)(?:[ .\-/]?\d){8,17}(?:(?: [\-–] ?|[\-–] )\d\d)?(?![\w]|[.\-/]\d)")
# Codice fiscale italien : seize caractères à la place fixe des lettres et des chiffres.
_CODICE = re.compile(r"(?<![\w])[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z](?![\w])", re.IGNORECASE)
# DNI « 53917240L », « 12.924.037-S », NIE « Y-4061873-H », PPS « 1234567T », HETU « 131052-308T », RIC chinois
# « …1231002X » : lettre de contrôle.
_ALPHANUM = re.compile(
    r"(?<![\w\-.])(?:[XYZxyz][ \-]?\d{7}|\d{7,8}|\d{1,2}\.\d{3}\.\d{3}|\d{6}[\-+A]\d{3}|\d{17})[ \-]?[A-Za-z]{1,2}(?![\w])"
)
_CONTEXTE = re.compile(
    # les sigles, seuls ou en tête d'une clé YAML (« niss_mere », « nn_pere », « bsn_moeder ») : « _ » les sépare aussi
    r"(?<![^\W_])(?:NIF|AHV|AVS|CPR|OIB|AMKA|PPS|HETU|NIR|BSN|TCKN|PESEL|CNP|EGN|ЕГН|DNI|NIE|niss|INSZ|RRN|RN|RIC|NN)(?![^\W_])|"
    r"documento|identidad|personalausweis|steuer|personnummer|f[øo]dselsnummer|"
    r"EM[ŠS]O|rodn[ée]|isikukood|asmens|kennitala|henkilötunnus|"
    r"\bID[\s_]+(?:number|no|card)|national[\s_]+(?:ID|insurance|number)|"
    r"s[ée]curit[ée][\s_]+sociale|burgerservice|sofi|kimlik|"
    r"codice[\s_]+fiscale|identifi|num[ée]ro[\s_]+(?:national|personnel|d['’]identit)|n°[\s_]+(?:national|d['’]identit)|"
    r"carte[\s_]+d['’]identit|identiteit|rijksregister|registre[\s_]+national|n°\s*nat\b|"
    r"\bcarte[\s_]+vitale|身份证|mutuelle|mutualit|affili|ziekenfonds",
    re.IGNORECASE,
)
"""Ce qui annonce un numéro d'identification dans la ligne, en français, en néerlandais ou dans la langue du pays
(mots séparés par des espaces ou, dans une clé YAML, par « _ » : « registre_national ») ; la mutuelle aussi
(« affiliation sous le numéro 34338248F ») : elle inscrit la personne sous son numéro national."""
_MOTS_CONTEXTE = frozenset(
    "nir sécurité securite bsn burgerservicenummer sofinummer kimlik tckn pesel cnp egn егн codice dni nie identifiant "
    "identifiants identification national nationale personnel identité identite identiteit identiteitskaart "
    "rijksregister rijksregisternummer niss insz rrn vitale nif documento identidad personalausweis steuer "
    "steueridentifikationsnummer ahv avs personnummer cpr fødselsnummer fodselsnummer oib amka emšo emso rodné "
    "isikukood asmens kennitala pps henkilötunnus hetu number rn nat ric 身份证 nn mutuelle mutualité mutualite affiliation "
    "affilié affiliée affilie affiliee ziekenfonds".split()
)
"""Préfiltre de `_CONTEXTE` par les mots du texte (un ensemble) : la plupart des fichiers n'en ont aucun."""
_INDICES_RARES = {"rnokpp": "rnokpp", "рнокпп": "рнокпп", "іпн": "іпн", "інн": "інн", "инн": "инн", "fiscal": "fiscal",
                  "身份证号": "身份证", "registre": "registre:"}
"""D'autres indices, rares, cherchés par `str.find` dans les seuls textes qui ont leur mot (une alternative de plus dans
`_CONTEXTE` coûterait à chaque caractère des textes qui ont un indice courant) : numéro fiscal ukrainien (« RNOKPP »,
« ІПН »), « 身份证号 » collé à ses voisins, une clé YAML `registre:`."""


def _lignes_d_indices_rares(lignes: Lignes) -> set[tuple[int, int]]:
    """Les bornes des lignes où se trouve un indice de `_INDICES_RARES`."""
    return {lignes.bornes(indice)
            for indice in lignes.contenant(_INDICES_RARES[mot] for mot in lignes.mots.intersection(_INDICES_RARES))}
# Lu à partir du premier séparateur, un motif par séparateur (`par_caracteres_fixes` : le moteur saute de l'un à
# l'autre, ce que la classe « [-./] » en tête l'empêchait de faire) ; les trois chiffres d'avant sont vérifiés par une
# assertion arrière. Tirets, points ou barre, mêlés : « 063-0441872-72 », « 850.3003464.51 », « 340-7286982/89 ».
_ANCIEN_COMPTE = tuple(re.compile(re.escape(separateur) + r"(?<=(?<![\w.\-/])\d{3}[\-./])\d{7}[\-./]\d\d(?![\w]|[.\-/]\d)")
                       for separateur in "-./")
# Sans tirets (« 001 5738210 57 », « 979305214444 ») : la forme est celle d'un téléphone ou d'une référence,
# seulement quand la ligne parle de compte ; premier caractère chiffre (le moteur saute de chiffre en chiffre).
_ANCIEN_COMPTE_LIBRE = re.compile(r"\d(?<![\w.\-/+]\d)\d\d[ ]?\d{7}[ ]?\d\d(?![\w]|[.\-/]\d)")
_CONTEXTE_COMPTE = re.compile(r"compte|iban|rekening|virement|overschrijving|bancaire|banque|\bbank|account|konto|cuenta|conto|hesap", re.IGNORECASE)
_MOTS_COMPTE = frozenset(
    "compte comptes iban rekening rekeningnummer virement virements overschrijving bancaire banque bank account konto "
    "kontonummer cuenta conto hesap".split()
)


@lru_cache(maxsize=1)
def _validateurs() -> tuple[tuple[str, tuple[int, ...], Callable[[str], bool]], ...]:
    """(pays, contrôle) des numéros nationaux tout en chiffres ; importés au premier candidat. Des numéros à date de
    naissance ou à double contrôle, sauf le RNOKPP ukrainien (un contrôle seul passe une suite sur dix), essayé en
    dernier et seulement de dix chiffres."""
    from stdnum import is_
    from stdnum.at import vnr
    from stdnum.bg import egn
    from stdnum.cn import ric
    from stdnum.ch import ssn
    from stdnum.cz import rc
    from stdnum.de import idnr
    from stdnum.dk import cpr
    from stdnum.ee import ik
    from stdnum.fr import nir
    from stdnum.gr import amka
    from stdnum.hr import oib
    from stdnum.lt import asmens
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.pl import pesel
    from stdnum.ro import cnp
    from stdnum.se import personnummer
    from stdnum.si import emso
    from stdnum.tr import tckimlik
    from stdnum.ua import rntrc

    # (pays, longueurs en chiffres, contrôle) : la longueur écarte d'abord la plupart des contrôles
    return (
        ("français (NIR)", (13, 15), nir.is_valid),
        ("néerlandais (BSN)", (8, 9), bsn.is_valid),
        ("turc (T.C. Kimlik)", (11,), tckimlik.is_valid),
        ("polonais (PESEL)", (11,), pesel.is_valid),
        ("roumain (CNP)", (13,), cnp.is_valid),
        ("bulgare (EGN)", (10,), egn.is_valid),
        ("suisse (AVS)", (13,), ssn.is_valid),
        ("allemand (Steuer-ID)", (11,), idnr.is_valid),
        ("autrichien (sécurité sociale)", (10,), vnr.is_valid),
        ("danois (CPR)", (10,), cpr.is_valid),
        ("norvégien (fødselsnummer)", (11,), fodselsnummer.is_valid),
        ("suédois (personnummer)", (10, 12), personnummer.is_valid),
        ("tchèque ou slovaque (rodné číslo)", (9, 10), rc.is_valid),
        ("croate (OIB)", (11,), oib.is_valid),
        ("lituanien", (11,), asmens.is_valid),
        ("estonien", (11,), ik.is_valid),
        ("slovène (EMŠO)", (13,), emso.is_valid),
        ("grec (AMKA)", (11,), amka.is_valid),
        ("islandais (kennitala)", (10,), is_.kennitala.is_valid),
        ("chinois (carte d'identité)", (18,), ric.is_valid),
        ("ukrainien (RNOKPP)", (10,), rntrc.is_valid),  # une clé seule : jamais sans indice dans la ligne
    )


@lru_cache(maxsize=1)
def _validateurs_alphanumeriques() -> tuple[tuple[str, Callable[[str], bool]], ...]:
    """(pays, contrôle) des numéros nationaux à lettres (DNI et NIE espagnols, PPS irlandais, HETU finnois)."""
    from stdnum.cn import ric
    from stdnum.es import dni, nie
    from stdnum.fi import hetu
    from stdnum.ie import pps

    return (("espagnol (DNI)", dni.is_valid), ("espagnol (NIE)", nie.is_valid),
            ("irlandais (PPS)", pps.is_valid), ("finnois (HETU)", hetu.is_valid),
            ("chinois (carte d'identité)", ric.is_valid))


def _alphanumerique(valeur: str) -> str | None:
    """Le pays du premier numéro national à lettres dont `valeur` passe le contrôle, sinon None."""
    for pays, valide in _validateurs_alphanumeriques():
        if valide(valeur):
            return pays
    return None


def _pays(chiffres: str) -> str | None:
    """Le pays du premier numéro national dont `chiffres` passe le contrôle (et la longueur), sinon None."""
    for pays, longueurs, valide in _validateurs():
        if len(chiffres) in longueurs and valide(chiffres):
            return pays
    return None


def cle_mod97_valide(chiffres: str) -> bool:
    """Douze chiffres dont les deux derniers sont les dix premiers modulo 97 (97 pour un reste nul) : la clé des
    anciens comptes belges et des communications structurées (« 792/0743/67629 »)."""
    return (int(chiffres[:10]) % 97 or 97) == int(chiffres[10:])


def ancien_compte_valide(valeur: str) -> bool:
    """« 063-0441872-72 », « 063 0441872 72 », « 850.3003464.51 » : la clé mod 97 des douze chiffres."""
    return cle_mod97_valide(re.sub(r"\D", "", valeur))


def _ancien_compte(debut: int, fin: int, valeur: str) -> list[Trouvaille]:
    """La trouvaille d'un ancien compte belge dont le contrôle est juste (aucune sinon), avec ou sans tirets."""
    if not ancien_compte_valide(valeur):
        return []
    return [Trouvaille(debut, fin, REGLE_IBAN,
                       f"ancien numéro de compte belge « {masquer_niss(valeur)} » : pas de compte bancaire dans le dépôt")]


def _anciens_comptes_libres(texte: str, lignes: Lignes) -> list[Trouvaille]:
    """Anciens comptes belges sans tirets, dans une ligne qui parle de compte."""
    resultats = []
    for bornes in lignes.avec(_CONTEXTE_COMPTE):
        for m in _ANCIEN_COMPTE_LIBRE.finditer(texte, *bornes):
            resultats += _ancien_compte(m.start(), m.end(), m.group(0))
    return resultats


_CONTEXTE_NUMERO = re.compile(r"num[ée]ro|\bn°", re.IGNORECASE)
LONGUEUR_SANS_CONTEXTE = 13
"""Après « numéro » seul (« Le numéro 1 94 08 62 015 158 77 », « le numéro bis … est le 272026941022558 »), seuls les
numéros nationaux d'au moins treize chiffres (NIR, CNP, AVS, EMŠO, RIC) : aucun téléphone belge n'en a autant, et
leur contrôle (date de naissance et clé) ne passe presque jamais par hasard."""


_CONTEXTE_NIF = re.compile(r"\bNIF\b|contribuinte|portug|registre[\s_]+national|s[ée]curit[ée][\s_]+sociale|"
                           r"num[ée]ro[\s_]+national", re.IGNORECASE)
"""Le NIF portugais (neuf chiffres, une clé sur onze) n'est cherché qu'après un indice qui ne désigne pas un autre pays :
« BSN 123456789 » est un BSN ou rien."""


def _nif_portugais(chiffres: str) -> bool:
    from stdnum.pt import nif

    return len(chiffres) == 9 and nif.is_valid(chiffres)


def _numero_national(m: re.Match[str], longueur_min: int, nif_admis: bool = False) -> Trouvaille | None:
    chiffres = re.sub(r"\D", "", m.group(0))
    pays = _pays(chiffres) if len(chiffres) >= longueur_min else None
    if pays is None and nif_admis and _nif_portugais(chiffres):
        pays = "portugais (NIF)"
    if pays is None:
        return None
    return Trouvaille(m.start(), m.end(), REGLE_NISS,
                      f"numéro national {pays} « {masquer_niss(m.group(0))} » : jamais d'identifiant national dans le dépôt")


def detecter(texte: str, lignes: Lignes) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    if "-" in texte or "." in texte or "/" in texte:
        for m in par_caracteres_fixes(_ANCIEN_COMPTE, texte):
            resultats += _ancien_compte(m.start() - 3, m.end(), texte[m.start() - 3:m.end()])
    if not lignes.mots.isdisjoint(_MOTS_COMPTE):
        resultats += _anciens_comptes_libres(texte, lignes)
    fort = not lignes.mots.isdisjoint(_MOTS_CONTEXTE)
    lignes_fortes = set(lignes.avec(_CONTEXTE)) if fort else set()
    if not lignes.mots.isdisjoint(_INDICES_RARES):
        lignes_fortes |= _lignes_d_indices_rares(lignes)
    if "numéro" in lignes.mots or "numero" in lignes.mots or "n°" in texte:
        for bornes in lignes.avec(_CONTEXTE_NUMERO):
            if bornes not in lignes_fortes:
                resultats += filter(None, (_numero_national(m, LONGUEUR_SANS_CONTEXTE) for m in _SUITE.finditer(texte, *bornes)))
                resultats += _codici(texte, *bornes)
    if not lignes.mots.isdisjoint(_MOTS_PIECE):
        resultats += _numeros_de_pieces(texte, lignes)
    if not lignes_fortes:
        return resultats
    for debut_ligne, fin_ligne in sorted(lignes_fortes):
        nif_admis = _CONTEXTE_NIF.search(texte, debut_ligne, fin_ligne) is not None
        resultats += filter(None, (_numero_national(m, 0, nif_admis) for m in _SUITE.finditer(texte, debut_ligne, fin_ligne)))
        resultats += _alphanumeriques(texte, debut_ligne, fin_ligne)
        resultats += _codici(texte, debut_ligne, fin_ligne)
    return resultats


_PIECE = re.compile(r"pi[eè]ces?[\s_]+d['’]identit|carte[\s_]+d['’]identit|passeport|paspoort|passport|"
                    r"titre[\s_]+de[\s_]+s[ée]jour|identiteitskaart|identifiant[\s_]+[ée]tranger|num[ée]ro[\s_]+national|"
                    r"registre[\s_]+national|rijksregister", re.IGNORECASE)
"""Une pièce d'identité ou un numéro national nommé : le numéro qui suit (sur la ligne ou sous elle) est le sien, même
sans clé de contrôle connue (« Numéro repris : 4731.15.773 » sous « pièces d'identité (pays d'origine) »)."""
_MOTS_PIECE = frozenset("identité identite passeport passeports paspoort passport séjour sejour identiteitskaart "
                        "étranger etranger national rijksregister rijksregisternummer".split())
_ETIQUETTE_NUMERO = re.compile(r"num[ée]ro|nummer|number|(?<!\w)n[°º]|(?<!\w)no(?!\w)", re.IGNORECASE)
_TELEPHONE_DIT = re.compile(r"t[ée]l[ée]phon|(?<!\w)t[ée]l(?!\w)|(?<!\w)gsm|portable|joign|joindre|appel|whats ?app",
                            re.IGNORECASE)
LIGNES_SOUS_LA_PIECE = 2
"""Lignes lues sous celle de la pièce (une clé YAML `numero:` sous `type: carte d'identité`, une ligne « Numéro : »
sous un titre), tant qu'aucune ligne vide ne les sépare."""


def _numeros_de_pieces(texte: str, lignes: Lignes) -> list[Trouvaille]:
    """Les numéros de neuf à treize chiffres d'une pièce d'identité : sur sa ligne, ou sur l'une des lignes suivantes
    qui dit « numéro » ; pas dans une ligne qui parle de téléphone, ni un GSM belge (« 0471 23 45 67 »), ni une
    référence à barre (« 2023/123456 »)."""
    resultats: list[Trouvaille] = []
    lues: set[int] = set()
    for debut_piece, _ in lignes.avec(_PIECE):
        indice = lignes.numero(debut_piece)
        for suivante in range(indice, min(indice + 1 + LIGNES_SOUS_LA_PIECE, len(lignes.debuts))):
            debut_ligne, fin_ligne = lignes.bornes(suivante)
            if suivante > indice and not texte[debut_ligne:fin_ligne].strip():
                break
            if suivante in lues or _TELEPHONE_DIT.search(texte, debut_ligne, fin_ligne) or suivante > indice and \
                    _ETIQUETTE_NUMERO.search(texte, debut_ligne, fin_ligne) is None:
                continue
            lues.add(suivante)
            resultats += _numeros_d_une_piece(texte, debut_ligne, fin_ligne)
    return resultats


def _numeros_d_une_piece(texte: str, debut: int, fin: int) -> list[Trouvaille]:
    resultats = []
    for m in _SUITE.finditer(texte, debut, fin):
        chiffres = re.sub(r"\D", "", m.group(0))
        if "/" in m.group(0) or not 9 <= len(chiffres) <= 13 or chiffres.startswith("04") and len(chiffres) == 10 \
                or texte[max(0, m.start() - 1):m.start()] == "+":
            continue
        resultats.append(Trouvaille(m.start(), m.end(), REGLE_NISS, f"numéro d'une pièce d'identité « "
                                    f"{masquer_niss(m.group(0))} » : jamais d'identifiant national dans le dépôt"))
    return resultats + _alphanumeriques(texte, debut, fin)


def _alphanumeriques(texte: str, debut: int, fin: int) -> list[Trouvaille]:
    """Les numéros nationaux à lettres et chiffres d'une ligne dont le contrôle passe."""
    resultats = []
    for m in _ALPHANUM.finditer(texte, debut, fin):
        pays = _alphanumerique(re.sub(r"[ \-.]", "", m.group(0)).upper())
        if pays is not None:
            resultats.append(Trouvaille(m.start(), m.end(), REGLE_NISS, f"numéro national {pays} « "
                                        f"{masquer_tout(m.group(0))} » : jamais d'identifiant national dans le dépôt"))
    return resultats


def _codici(texte: str, debut: int, fin: int) -> list[Trouvaille]:
    """Les codici fiscali italiens d'une ligne dont le contrôle passe (seize caractères à place fixe et une clé :
    après « numéro » seul aussi)."""
    return [Trouvaille(m.start(), m.end(), REGLE_NISS, f"codice fiscale italien « {masquer_tout(m.group(0))} » : jamais "
                       "d'identifiant national dans le dépôt")
            for m in _CODICE.finditer(texte, debut, fin) if _codice_valide(m.group(0).upper())]


def _codice_valide(valeur: str) -> bool:
    from stdnum.it import codicefiscale

    return bool(codicefiscale.is_valid(valeur))
