"""Numéros de registre national (NISS), numéros BIS et IBAN, validés par leur chiffre de contrôle."""

from __future__ import annotations

import re
from functools import lru_cache

from filrouge.anonymat import numeros_etrangers
from filrouge.anonymat.dictee import niss_dictes
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.masque import masquer_iban, masquer_niss, masquer_tout
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.trouvaille import Trouvaille

REGLE_NISS = "anonymat.niss"
REGLE_IBAN = "anonymat.iban"

_SEP = r"[ .\-/]?[ ]?"  # « 14.11.27 », « 14. 11. 27 »
_NISS = re.compile(
    r"(?<![\w.\-/])\d\d" + _SEP + r"\d\d" + _SEP + r"\d\d" + r"\s?[ .\-/]?\s?" + r"\d\d\d" + _SEP + r"\d\d(?![\w]|[.\-/]\d)"
)
_CONTEXTE_NISS = re.compile(
    r"niss|registre\s+national|n(?:um[ée]ro|°)\s+national|\bbis\b|\bRRN\b|\bRN\b|\bN\.N\.|\bINSZ\b|rijksregister|identifiant|carte\s+d['’]identit",
    re.IGNORECASE,
)
# IBAN belge à la structure exacte (BE + 14 chiffres) : signalé même si la clé est fausse quand la
# ligne parle de compte (un IBAN mal recopié reste le compte de quelqu'un).
_IBAN_BE = re.compile(r"(?<![\w])BE[ .]?\d\d(?:[ .]?\d{4}){3}(?![\w])")
_CONTEXTE_IBAN = re.compile(
    r"iban|compte|virement|vers[ée]|bancaire|banque|payer|pay[ée]|rembours|bic|rekening|cuenta|conto|konto|hesap",
    re.IGNORECASE,
)
_IBAN = re.compile(r"(?<![\w])[A-Z]{2}[ .]?\d\d(?:[ .\-]?[A-Z0-9]){10,30}(?![\w])", re.IGNORECASE)
"""Groupes séparés par des espaces, des tirets ou des points (« BE48.8503.1024.7727 »)."""
_REPRISE_IBAN = re.compile(r"(?<![\w])(?:[A-Z]{2}[ .]?|[A-Za-z]{2})\d\d")
"""Où reprendre dans un candidat refusé : un pays et sa clé, en capitales ou collés (« be27 9984 … », comme
`_iban` les admet)."""
# Préfiltres : onze chiffres groupés comme un NISS ; deux chiffres suivis d'au moins dix caractères de compte (tout
# IBAN). Tous deux commencent par deux chiffres, classe que le moteur essaie à chaque caractère : ils sont d'abord
# cherchés ensemble, en un seul parcours (l'un ou l'autre), puis chacun seulement dans un texte qui en a un.
_SUITE_NISS = _SEP + r"\d\d" + _SEP + r"\d\d\s?[ .\-/]?\s?\d\d\d" + _SEP + r"\d\d"
_SUITE_IBAN = r"(?:[ .\-]?[A-Za-z0-9ſıK]){10}"
_INDICE_NISS = re.compile(r"\d\d" + _SUITE_NISS)
_INDICE_IBAN = re.compile(r"\d\d" + _SUITE_IBAN)
_INDICE_NISS_OU_IBAN = re.compile(r"\d\d(?:" + _SUITE_NISS + "|" + _SUITE_IBAN + ")")


def _iban_valide(compact: str) -> bool:
    """Clé ISO 7064 (mod 97) et forme du compte du pays correctes ; la clé nationale (que python-stdnum vérifie pour
    la Belgique, l'Espagne, le Monténégro et la Norvège) n'est pas demandée : la clé ISO suffit à dire qu'une suite
    est un IBAN, et un compte à clé nationale fausse reste un compte à ne pas écrire dans le dépôt."""
    from stdnum import iban  # python-stdnum, ≈ 20 ms à importer, seulement au premier candidat
    from stdnum.exceptions import InvalidComponent, ValidationError

    try:
        iban.validate(compact, check_country=False)
    except InvalidComponent:
        # clé nationale fausse, ou pays que python-stdnum ne connaît pas encore (Maroc) ; mais un pays qui
        # existe : « Op 12 maart 2024 vond… » passe la clé une fois sur 97 et n'a pas de pays
        return compact[:2] in _pays_iso()
    except ValidationError:
        return False
    return True


@lru_cache(maxsize=1)
def _pays_iso() -> frozenset[str]:
    """Les codes de pays ISO 3166 (deux lettres), d'après Babel."""
    from babel import Locale

    return frozenset(code for code in Locale("fr").territories if len(code) == 2 and code.isalpha())


def _structure_iban(compact: str) -> bool:
    """Pays, longueur et forme du compte justes, clé de contrôle seule fausse : un IBAN mal recopié."""
    from stdnum import iban

    if len(compact) < 15 or not compact[:2].isalpha():
        return False
    return iban.is_valid(compact[:2] + iban.calc_check_digits(compact) + compact[4:], check_country=False)


# Onze chiffres d'un tenant (« 12031404562 ») : un NISS recopié d'un formulaire ; une référence les groupe.
_FORME_NISS = re.compile(r"\d{11}")


_ONZE_CHIFFRES_GROUPES = re.compile(r"\d(?<![\w.\-/]\d)\d+(?:[ ]\d{2,}){1,4}(?![\w]|[.\-/]\d)")
"""Onze chiffres en groupes d'au moins deux, quels qu'ils soient (« 72060 356724 », un NISS recopié au fil d'une ligne
qu'un saut doux a coupée) : un NISS si la date et la clé sont justes (une chance sur 97 pour une suite quelconque,
moins encore avec la date). Cherchés seulement dans un texte qui a `_GROUPE_APRES_UN_CHIFFRE`."""
_GROUPE_APRES_UN_CHIFFRE = re.compile(r" (?<=\d )\d\d")
"""Préfiltre de `_ONZE_CHIFFRES_GROUPES` : une espace entre un chiffre et deux autres. L'espace d'abord, le chiffre
d'avant par une assertion arrière : le moteur saute d'espace en espace (trois fois plus rapide que le motif entier,
qui commence par un chiffre)."""


def _date_de_niss(chiffres: str) -> bool:
    """Les six premiers chiffres sont une date AAMMJJ (mois décalé de 20 ou 40 pour un numéro BIS)."""
    mois, jour = int(chiffres[2:4]) % 20, int(chiffres[4:6])
    return 1 <= mois <= 12 and int(chiffres[2:4]) <= 52 and 1 <= jour <= 31


def _valide_niss(chiffres: str) -> str | None:
    from stdnum.be import bis, nn  # importés au premier candidat : la plupart des textes n'en ont aucun

    if nn.is_valid(chiffres):
        return "numéro de registre national"
    if bis.is_valid(chiffres):
        return "numéro BIS"
    return None


def _trouvaille_niss(debut: int, fin: int, valeur: str, nature: str) -> Trouvaille:
    """Le constat d'un NISS ou d'un numéro BIS, sous quelque forme qu'il soit écrit."""
    return Trouvaille(debut, fin, REGLE_NISS, f"{nature} « {masquer_niss(valeur)} » : jamais d'identifiant national dans le dépôt")


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    faibles: list[Trouvaille] = []  # NISS à clé fausse, sans annonce : un IBAN qui les contient l'emporte
    indices = _INDICE_NISS_OU_IBAN.search(texte) is not None
    for m in _NISS.finditer(texte) if indices and _INDICE_NISS.search(texte) else ():
        valeur = m.group(0)
        chiffres = re.sub(r"\D", "", valeur)
        if len(chiffres) != 11:
            continue
        nature = _valide_niss(chiffres)
        # « +32489490004 » : un téléphone (un indicatif de pays), même quand ses chiffres tombent sur une clé juste
        indicatif = texte[m.start() - 1:m.start()] == "+"
        faible = False
        if nature is None or indicatif:
            # Chiffre de contrôle faux mais annoncé comme tel : c'est quand même un NISS mal recopié.
            # Sans contexte, seulement sous la forme d'un NISS dont la date de naissance est possible.
            debut_ligne, _ = lignes.bornes(lignes.numero(m.start()))
            annonce = _CONTEXTE_NISS.search(texte, debut_ligne, m.start()) is not None
            if not annonce and (indicatif or not (_FORME_NISS.fullmatch(valeur) and _date_de_niss(chiffres))):
                continue
            faible = not annonce
        (faibles if faible else resultats).append(
            _trouvaille_niss(m.start(), m.end(), valeur, nature or "numéro national (chiffre de contrôle invalide)"))
    pris = Intervalles()
    for t in resultats + faibles:
        pris.ajouter(t.debut, t.fin)
    for m in _ONZE_CHIFFRES_GROUPES.finditer(texte) if _GROUPE_APRES_UN_CHIFFRE.search(texte) else ():
        chiffres = m.group(0).replace(" ", "")
        if (len(chiffres) == 11 and not pris.chevauche(*m.span()) and texte[m.start() - 1:m.start()] != "+"
                and _date_de_niss(chiffres) and (nature := _valide_niss(chiffres)) is not None):
            resultats.append(_trouvaille_niss(m.start(), m.end(), m.group(0), nature))
    for debut, fin, _ in niss_dictes(texte, lignes):
        resultats.append(Trouvaille(debut, fin, REGLE_NISS, f"numéro national dicté « {masquer_tout(texte[debut:fin])} » : "
                                    "jamais d'identifiant national dans le dépôt"))
    resultats += numeros_etrangers.detecter(texte, lignes)
    if not (indices and _INDICE_IBAN.search(texte)):
        return resultats + faibles
    ibans = _ibans(texte, lignes)
    dans_un_iban = Intervalles()
    for t in ibans:
        dans_un_iban.ajouter(t.debut, t.fin)
    # « DE651825440⏎21521427614 » (un IBAN coupé par un saut de ligne) : onze chiffres de sa fin ne sont pas un NISS à
    # clé fausse, et le NISS laissait voir le début du compte (aveugle-52)
    resultats += [t for t in faibles if not dans_un_iban.chevauche(t.debut, t.fin)] + ibans
    deja = Intervalles()
    for t in resultats:
        if t.regle == REGLE_IBAN:
            deja.ajouter(t.debut, t.fin)
    for m in _IBAN_BE.finditer(texte):
        if deja.contient(m.start()):
            continue
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(m.start()))
        if _CONTEXTE_IBAN.search(texte, debut_ligne, fin_ligne):
            resultats.append(
                Trouvaille(m.start(), m.end(), REGLE_IBAN, f"IBAN « {masquer_iban(m.group(0))} » (clé de contrôle fausse) : pas de compte bancaire dans le dépôt")
            )
    return resultats


def _ibans(texte: str, lignes: Lignes) -> list[Trouvaille]:
    """Les IBAN du texte. Un candidat refusé ne mange pas l'IBAN qu'il recouvre : la recherche reprend au prochain
    pays qu'il contient (`_REPRISE_IBAN` ; « le 16 mars 2025 sur le compte IT57 Z130… » : « le 16 » n'est pas un
    pays, « IT57 » en est un) ; après un IBAN raccourci, juste après lui (deux comptes à la suite)."""
    resultats: list[Trouvaille] = []
    position = 0
    while (m := _IBAN.search(texte, position)) is not None:
        trouvaille = _iban(m, texte, lignes)
        if trouvaille is not None:
            resultats.append(trouvaille)
            position = trouvaille.fin
            continue
        reprise = _REPRISE_IBAN.search(texte, m.start() + 1, m.end())
        position = reprise.start() if reprise else m.end()
    return resultats


def _iban(m: re.Match[str], texte: str, lignes: Lignes) -> Trouvaille | None:
    """Le constat d'un candidat IBAN, raccourci s'il le faut, ou None."""
    valeur = m.group(0).rstrip(" .-")
    if valeur[:2].islower() and valeur[2] == " ":
        return None  # « au 0468 15 94 02 » : un mot suivi d'un numéro, pas un pays (un IBAN en minuscules est collé : « be68… »)
    compact = re.sub(r"[ .\-]", "", valeur).upper()
    longueurs = _cles_justes(compact)
    if not (longueurs and longueurs[0] == len(compact) and _iban_valide(compact)):
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(m.start()))
        if _structure_iban(compact) and _CONTEXTE_IBAN.search(texte, debut_ligne, fin_ligne):
            return Trouvaille(m.start(), m.start() + len(valeur), REGLE_IBAN,
                              f"IBAN « {masquer_iban(valeur)} » (clé de contrôle fausse) : pas de compte bancaire dans le dépôt")
        # l'IBAN peut être suivi d'un mot collé par la regex gourmande : on raccourcit
        for longueur in longueurs:
            if longueur < len(compact) and _iban_valide(compact[:longueur]):
                compact = compact[:longueur]
                break
        else:
            return None
        valeur = _prefixe_contenant(valeur, len(compact))
    return Trouvaille(m.start(), m.start() + len(valeur), REGLE_IBAN, f"IBAN « {masquer_iban(valeur)} » : pas de compte bancaire dans le dépôt")


def _cles_justes(compact: str) -> list[int]:
    """Les longueurs (au moins 15, de la plus longue à la plus courte) des débuts de `compact` dont la clé ISO 7064
    (mod 97) tombe juste, en un seul parcours : seules celles-là peuvent être un IBAN (python-stdnum n'est appelé
    que pour elles, une fois sur 97, au lieu d'une fois par longueur)."""
    if not compact.isascii() or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return list(range(len(compact), 14, -1))  # « ſ », « K » (Kelvin) : le chemin sûr, python-stdnum à chaque longueur
    queue = int(str(int(compact[0], 36)) + str(int(compact[1], 36)) + compact[2:4])  # pays puis clé, mis en fin
    reste, longueurs = 0, []
    for i, caractere in enumerate(compact[4:], start=5):
        valeur = int(caractere, 36)
        reste = (reste * (100 if valeur > 9 else 10) + valeur) % 97
        if i >= 15 and (reste * 1_000_000 + queue) % 97 == 1:
            longueurs.append(i)
    return longueurs[::-1]


def _prefixe_contenant(valeur: str, n: int) -> str:
    """Le plus court préfixe de `valeur` qui contient `n` caractères alphanumériques."""
    vus = 0
    for i, c in enumerate(valeur):
        if c.isalnum():
            vus += 1
            if vus == n:
                return valeur[: i + 1]
    return valeur
