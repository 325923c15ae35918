"""Dates de naissance exactes, en chiffres ou en lettres, quand le contexte parle de naissance.

Une date seule n'est pas signalée (les réunions ont des dates) : il faut un indice de naissance
juste avant (« née le », « date de naissance : », « DDN », « naissance : », clé YAML
`date_naissance:`…) ou juste après (« 03/03/2008 (naissance) »). L'année seule (« née en 2008 »)
ou le mois et l'année (« né en mars 2008 ») ne sont pas une date exacte : le code du jeune
contient déjà l'année.
"""

from __future__ import annotations

import re

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.masque import masquer_tout
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.date_naissance"

_MOIS = (
    r"janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|"
    r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_JOUR_LETTRES = r"(?:premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt(?:-et-un|-deux|-trois|-quatre|-cinq|-six|-sept|-huit|-neuf| et un)?|trente(?:-et-un| et un)?)"
_DATE = re.compile(
    r"(?<![\w./\-])(?:"
    r"[0-3]?\d\s?[./\-]\s?[01]?\d\s?[./\-]\s?(?:19|20)?\d\d"  # 03/03/2008, 3.3.08, 03-03-2008
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d"  # 2008-03-03
    r"|(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:1er|[0-3]?\d|" + _JOUR_LETTRES + r")\s+(?:" + _MOIS + r")\s+(?:de\s+l'an\s+)?(?:19|20)\d\d"
    r")(?![\w]|[./\-]\d)",
    re.IGNORECASE,
)
# Jour et mois sans l'année (« le 12 mai », « 12/05 ») : signalés seulement après un indice
# d'anniversaire (« son anniversaire est le 12 mai », « fêtera ses 16 ans le 3 juin ») : le code du
# jeune porte l'année, jour et mois suffisent à reconstituer la date exacte.
_JOUR_MOIS = re.compile(
    r"(?<![\w./\-])(?:(?:1er|[0-3]?\d|" + _JOUR_LETTRES + r")\s+(?:" + _MOIS + r")|[0-3]?\d\s?[./]\s?[01]?\d)(?![\w]|\s?[./\-]\s?\d)",
    re.IGNORECASE,
)
_ANNIVERSAIRE = re.compile(
    r"(?:anniv(?:ersaire)?s?\b|\bf[êe]t(?:e|era|ait|é|er)\s+(?:ses|son|leurs?)\s+\d{1,2}\s+ans|\baura\s+\d{1,2}\s+ans"
    r"|\bverjaardag|\bjarig)(?P<entre>[^.;\n]{0,30})$",
    re.IGNORECASE,
)
_AVANT = re.compile(
    r"(?:"
    r"\bn[ée]e?s?\b|\bn[ée]\s?\(e\)|\bn[ée]\.e\b|\bnee?s?\s+(?:le|en)\b|(?:\b|_)naissance|\bnaissant|\bnaqu|\bna[iî]t\b|\bDDN\b|\bDN\b|\bd\.d\.n\b|\bd\.\s?n\.|\bnaiss\.|(?<![nN])°\s?$"
    r"|venue?s?\s+au\s+monde|voit\s+le\s+jour|vu\s+le\s+jour|accouch|birth|geboren|geboortedatum|\bborn\b"
    r")(?P<entre>[^.;\n]{0,40})$",
    re.IGNORECASE,
)
_APRES = re.compile(r"^[\s,)]{0,3}(?:\(?\s*(?:date\s+de\s+)?naissance|\(?\s*DDN|\(?\s*n[ée]e?\b)", re.IGNORECASE)
_INDICE_ANNIVERSAIRE = re.compile(r"anniv|f[êe]t\w*\s+(?:ses|son|leurs?)\s+\d|aura\s+\d|verjaardag|jarig", re.IGNORECASE)
_AUTRE_DATE = re.compile(r"(?:19|20)\d\d|\d\s?[./]\s?\d")
_INDICE = re.compile(r"°|anniv|f[êe]t\w*\s+(?:ses|son|leurs?)\s+\d|aura\s+\d|verjaardag|jarig|d\.\s?n\.|naiss|n[ée]e?s?\b|ddn|\bdn\b|monde|jour|accouch|birth|geboren|geboorte|born|naqu|na[iî]t", re.IGNORECASE)


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if not _INDICE.search(texte):
        return []
    resultats = []
    for m in _DATE.finditer(texte):
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(m.start()))
        avant = texte[max(debut_ligne, m.start() - 60) : m.start()]
        apres = texte[m.end() : min(fin_ligne, m.end() + 30)]
        indice = _AVANT.search(avant)
        if indice and _AUTRE_DATE.search(indice.group("entre")):
            indice = None  # « née en 1980, vue le 12/03/2019 » : la date est celle d'autre chose
        if not (indice or _APRES.match(apres)):
            continue
        resultats.append(
            Trouvaille(
                m.start(),
                m.end(),
                REGLE,
                f"date de naissance « {masquer_tout(m.group(0))} » : l'année du code du jeune suffit, jamais la date exacte",
            )
        )
    for m in _JOUR_MOIS.finditer(texte) if _INDICE_ANNIVERSAIRE.search(texte) else ():
        if any(t.debut <= m.start() < t.fin for t in resultats):
            continue
        debut_ligne, _ = lignes.bornes(lignes.numero(m.start()))
        indice = _ANNIVERSAIRE.search(texte, max(debut_ligne, m.start() - 50), m.start())
        if not indice or _AUTRE_DATE.search(indice.group("entre")):
            continue
        resultats.append(
            Trouvaille(
                m.start(),
                m.end(),
                REGLE,
                f"date d'anniversaire « {masquer_tout(m.group(0))} » : avec l'année du code, c'est la date de naissance",
            )
        )
    return resultats
