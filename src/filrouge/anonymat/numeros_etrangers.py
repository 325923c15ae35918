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

from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.masque import masquer_niss, masquer_tout
from filrouge.anonymat.trouvaille import Trouvaille

REGLE_NISS = "anonymat.niss"
REGLE_IBAN = "anonymat.iban"

# Neuf à seize chiffres, groupés par une espace, un point ou un tiret (« 2 84 03 59 350 112 20 ») :
# une seule répétition bornée ; le premier caractère est un chiffre (le moteur saute de chiffre en chiffre).
_SUITE = re.compile(r"\d(?<![\w.\-/]\d)(?:[ .\-]?\d){8,15}(?![\w]|[.\-/]\d)")
# Codice fiscale italien : seize caractères à la place fixe des lettres et des chiffres.
_CODICE = re.compile(r"(?<![\w])[A-Z]{6}\d\d[A-Z]\d\d[A-Z]\d{3}[A-Z](?![\w])", re.IGNORECASE)
_CONTEXTE = re.compile(
    r"\bNIR\b|s[ée]curit[ée]\s+sociale|\bBSN\b|burgerservice|sofi|kimlik|\bTCKN\b|\bPESEL\b|\bCNP\b|\bEGN\b|\bЕГН\b|"
    r"codice\s+fiscale|\bDNI\b|\bNIE\b|identifi|num[ée]ro\s+(?:national|personnel|d['’]identit)|n°\s+(?:national|d['’]identit)|"
    r"carte\s+d['’]identit|identiteit|rijksregister|registre\s+national|\bniss\b|\bINSZ\b|\bRRN\b|\bcarte\s+vitale",
    re.IGNORECASE,
)
"""Ce qui annonce un numéro d'identification dans la ligne, en français, en néerlandais ou dans la langue du pays."""
_MOTS_CONTEXTE = frozenset(
    "nir sécurité securite bsn burgerservicenummer sofinummer kimlik tckn pesel cnp egn егн codice dni nie identifiant "
    "identifiants identification national nationale personnel identité identite identiteit identiteitskaart "
    "rijksregister rijksregisternummer niss insz rrn vitale".split()
)
"""Préfiltre de `_CONTEXTE` par les mots du texte (un ensemble) : la plupart des fichiers n'en ont aucun."""
# Lu à partir du premier tiret (le moteur saute de tiret en tiret) ; les trois chiffres d'avant sont vérifiés
# par une assertion arrière.
_ANCIEN_COMPTE = re.compile(r"-(?<=(?<![\w.\-/])\d{3}-)\d{7}-\d\d(?![\w]|[.\-/]\d)")


def _validateurs() -> tuple[tuple[str, Callable[[str], bool]], ...]:
    """(pays, contrôle) des numéros nationaux tout en chiffres ; importés au premier candidat."""
    from stdnum.bg import egn
    from stdnum.fr import nir
    from stdnum.nl import bsn
    from stdnum.pl import pesel
    from stdnum.ro import cnp
    from stdnum.tr import tckimlik

    return (
        ("français (NIR)", nir.is_valid),
        ("néerlandais (BSN)", bsn.is_valid),
        ("turc (T.C. Kimlik)", tckimlik.is_valid),
        ("polonais (PESEL)", pesel.is_valid),
        ("roumain (CNP)", cnp.is_valid),
        ("bulgare (EGN)", egn.is_valid),
    )


def _pays(chiffres: str) -> str | None:
    """Le pays du premier numéro national dont `chiffres` passe le contrôle (et la longueur), sinon None."""
    for pays, valide in _validateurs():
        if valide(chiffres):
            return pays
    return None


def ancien_compte_valide(valeur: str) -> bool:
    """« 063-0441872-72 » : les deux derniers chiffres sont les dix premiers modulo 97 (97 pour un reste nul)."""
    chiffres = valeur.replace("-", "")
    reste = int(chiffres[:10]) % 97 or 97
    return reste == int(chiffres[10:])


def detecter(texte: str, lignes: Lignes) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    if "-" in texte:
        for m in _ANCIEN_COMPTE.finditer(texte):
            debut = m.start() - 3
            valeur = texte[debut:m.end()]
            if ancien_compte_valide(valeur):
                resultats.append(Trouvaille(debut, m.end(), REGLE_IBAN,
                                            f"ancien numéro de compte belge « {masquer_niss(valeur)} » : pas de "
                                            "compte bancaire dans le dépôt"))
    if lignes.mots.isdisjoint(_MOTS_CONTEXTE):
        return resultats
    vues: set[int] = set()
    for indice in _CONTEXTE.finditer(texte):
        numero = lignes.numero(indice.start())
        if numero in vues:
            continue
        vues.add(numero)
        debut_ligne, fin_ligne = lignes.bornes(numero)
        for m in _SUITE.finditer(texte, debut_ligne, fin_ligne):
            pays = _pays(re.sub(r"\D", "", m.group(0)))
            if pays is not None:
                resultats.append(Trouvaille(m.start(), m.end(), REGLE_NISS,
                                            f"numéro national {pays} « {masquer_niss(m.group(0))} » : jamais "
                                            "d'identifiant national dans le dépôt"))
        for m in _CODICE.finditer(texte, debut_ligne, fin_ligne):
            from stdnum.it import codicefiscale

            if codicefiscale.is_valid(m.group(0).upper()):
                resultats.append(Trouvaille(m.start(), m.end(), REGLE_NISS,
                                            f"codice fiscale italien « {masquer_tout(m.group(0))} » : jamais "
                                            "d'identifiant national dans le dépôt"))
    return resultats
