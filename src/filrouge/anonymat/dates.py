"""Dates de naissance exactes, en chiffres ou en lettres, quand le contexte parle de naissance.

Une date seule n'est pas signalée (les réunions ont des dates) : il faut un indice de naissance
juste avant (« née le », « date de naissance : », « DDN », « naissance : », clé YAML
`date_naissance:`…) ou juste après (« 03/03/2008 (naissance) »), ou ce qui dit une naissance sans le mot : l'âge
qu'elle donne (« 14 ans (03/07/2011) », « 12 juin 2011, 13 ans »), « il est du … », une identité recopiée (« carte
d'identité : … »), l'arrivée d'un bébé, la date apposée à un proche qui ouvre sa ligne (« - sœur, 2000-05-02, en
kot »). L'année seule (« née en 2008 »)
n'est pas une date exacte : le code du jeune contient déjà l'année ; le mois et l'année juste après
l'indice (« né en avril 2011 », « born in March 2011 ») le sont presque (un mois sur douze).

Les actes d'état civil d'ailleurs sont recopiés dans leur langue : les noms et abréviations des mois
viennent de Babel pour toutes les langues des familles suivies (« 19 Ağustos 2009 », « 21 de julio de
2010 », « March 14th, 2011 », « juin 17, 2010 », « °14 okt. 2010 »), le mois peut être en chiffres
romains (« 6-IV-2010 ») et le jour et le mois inversés (« 08/23/2010 », formulaire américain).

Dans un dossier, une date exacte d'au moins deux ans avant la demande (l'année de l'identifiant, dossiers/2019-003/)
peut être une naissance même sans indice : les événements du dossier (rencontres, échéances, charte) suivent la
demande. Mais l'histoire du jeune se raconte aussi par dates (« hospitalisé le 12/10/2016 », « 12/10/2016 :
placement ») : une telle date n'est signalée qu'à la place d'une naissance dans une fiche (entre parenthèses derrière
un prénom, sous la rubrique d'un proche, seule sur une ligne courte, réponse « c'est le … », colonne de tableau qui
n'est pas une chronologie), ou quand elle précède la naissance de tout jeune suivi (une naissance d'adulte). Restent
permises les dates que le texte rattache à un événement : un texte normatif (« loi du 8 avril 1965 »), un jugement,
une réunion, un mariage, une arrivée, une période (« du … au … », « depuis le … »), un moment raconté (« le … »), et
la valeur d'un champ de date du modèle (`charte_signee`, `echeance`…).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Set
from functools import lru_cache

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes, par_caracteres_fixes
from filrouge.anonymat.listes import DEBUTS_DE_LIEN, QUALIFICATIFS_DE_LIEN, liens_de_parente, listes
from filrouge.anonymat.masque import masquer_tout
from filrouge.anonymat.nombres import alternance, mots_de
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.schema import cles_de_date
from filrouge.anonymat.trouvaille import Trouvaille
from filrouge.reference import aujourdhui

REGLE = "anonymat.date_naissance"

_MOIS = (
    r"janv(?:ier|\.)?|f[ée]v(?:rier|\.)?|mars|avr(?:il|\.)?|mai|juin|juil(?:let|\.)?|ao[uû]t|"
    r"sept(?:embre|\.)?|oct(?:obre|\.)?|nov(?:embre|\.)?|d[ée]c(?:embre|\.)?|"
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
)
_JOUR_LETTRES = (r"(?:premier|dix-(?:sept|huit|neuf)|" + alternance(mots_de(2, 16)) + r"|vingt(?:[- ]et[- ]un|-(?:"
                 + alternance(mots_de(2, 9)) + r"))?|trente(?:[- ]et[- ]un)?)")
_NOMBRE_LETTRES = r"(?:" + alternance(mot for mot in mots_de(1, 100) if mot not in ("zéro", "zero")) + r"|et)"
_ANNEE_LETTRES = (r"(?:(?:mille|mil|dix-neuf)[ -]neuf[ -]cents?|(?:mille|mil)[ -]neuf[ -]cents?|deux[ -]mille)"
                  r"(?:[ -]" + _NOMBRE_LETTRES + r"){0,4}")
"""L'année en toutes lettres (« deux mille huit », « mille neuf cent soixante-neuf ») : mots bornés, temps linéaire."""
_DATE = re.compile(
    r"(?<![\w./\-])(?:"
    r"[0-3]?\d\s?[./\-]\s?[0-3]?\d\s?[./\-]\s?(?:19|20)?\d\d"  # 03/03/2008, 3.3.08, 03-03-2008, 08/23/2010
    r"|(?:19|20)\d\d(?P<sep>[./\-])[01]\d(?P=sep)[0-3]\d"  # 2008-03-03, 2008.03.03, 2008/03/03
    r"|(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?(?:1er|[0-3]?\d|" + _JOUR_LETTRES + r")\s+(?:" + _MOIS + r")\s+(?:de\s+l'an\s+)?(?:(?:19|20)\d\d|" + _ANNEE_LETTRES + r")"
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
    r"(?<![^\W_])(?:n(?:ée?s?|ees?)|ne(?=[\s_]*(?:le|en|à|a|:|\()(?![^\W_])))(?![^\W_])|\bn[ée]\s?\(e\)|(?<![^\W_])n[ée][._·\-]e(?![^\W_])|\bnee?s?\s+(?:le|en)\b|(?:\b|_|(?<=[a-z])(?-i:N))(?:(?<=N)|n)aissance|\bnaissant|\bnaqu|\bna[iî]t\b|(?<![^\W_])DDN(?:_[^\W\d_]+)?(?!\w)|\bDN\b|\bd\.d\.n\b|\bd\.\s?n\.|\bnaiss\.|(?<![nN])°\s?(?:le\s?)?$"
    r"|\bdates?\s+(?:d[ée]clar|all[ée]gu|invoqu)\w*"  # MENA : « la date déclarée du 7/7/2018 » (celle de naissance)
    # l'âge mis en doute ou établi : « le test osseux contredit la date du … », « l'état civil mentionne le … »
    r"|osseu(?:x|se)[^.;\n]{0,40}?\bdates?\b"
    # l'âge d'une personne, puis sa date entre parenthèses : « la petite sœur, 13 ans (2005-08-12) »
    r"|(?:,|\b[âa]g[ée]e?s?\s+de)\s*\d{1,2}\s?ans\s*\(\s*$"
    r"|[ée]tat[\s-]civil[^.;\n]{0,30}?\b(?:mentionn|indiqu|renseign|port|donn|atteste|certifi)\w*"
    r"|(?<![^\W_])(?:venue?|arriv[ée]e?|mise?)(?:\(e\)|[·.]e)?s?\s+au\s+monde(?!\s+(?:du|de|des|d['’]|associati|scolaire|m[ée]dical|judiciaire|professionnel|adulte|hospitalier|politique|sporti))|voit\s+le\s+jour|vu\s+le\s+jour|accouch|birth|\bDOB\b|\bd\.o\.b\b\.?|geboren|\bgeb\.|geboorte|\bborn\b"
    # d'autres langues, recopiées d'un document d'état civil : turc, espagnol, italien, portugais, polonais,
    # roumain, allemand
    r"|do[gğ]um|nacimiento|\bnacid[oa]|nascita|\bnat[oa]\b|nascid[oa]|nascimento|urodz|na[sș]terii|n[aă]scut|geburt"
    # scandinave, finnois, slaves, hongrois, grec, albanais, arabe translittéré
    r"|f[øo]dsel|\bf[öo]dd|syntyn|рожд|ражд|роден|rođen|rodjen|narozen|narodil|sz[üu]let|γενν|\blindur|\bmawlid|\bmiled|\bwilad"
    # vietnamien, tagalog, indonésien, népalais, dari et persan, somali, swahili, kinyarwanda et kirundi, chinois
    r"|\bsinh[ \t]+(?:ng[àa]y|năm)|\bng[àa]y[ \t]+sinh|\bnăm[ \t]+sinh\b|ipinanganak|kapanganakan|\blahir\b|\bjanma\b"
    r"|\bta(?:wa|va)ll?[ou]d|\bdhalash|\bkuzaliwa|amavuko|\byavutse|\bchush[eē]ng|出生"
    r")(?P<entre>[^.;\n]{0,40})$",
    re.IGNORECASE,
)
# Un mois écrit en lettres, dans n'importe quelle langue (vérifié ensuite par `_est_mois`) : jour, mois, année
# (« 19 Ağustos 2009 », « 21 de julio de 2010 », « 14th of March 2011 ») ; mois, jour, année (« March 14th,
# 2011 », « juin 17, 2010 ») ; mois et année (« avril 2011 », seulement juste après un indice de naissance).
_LETTRE = r"[^\W\d_]"
_MOIS_MOT = r"(?P<mois>" + _LETTRE + r"{3,12}\.?)"
_ANNEE_FIN = r"(?:19|20)\d\d(?![\w]|[./\-]\d)"
_JOUR_MOIS_ANNEE = re.compile(
    r"(?<![\w./\-])(?P<jour>[0-3]?\d)(?:er|st|nd|rd|th|e|\.|º|°)?[ ]?(?:[ ](?:de|of)[ ]|[ ]|[./\-])" + _MOIS_MOT
    + r"(?:[ ]?,?[ ](?:de[l]?[ ])?|[./\-])" + _ANNEE_FIN
)
_MOIS_JOUR_ANNEE = re.compile(
    r"(?<![\w])" + _MOIS_MOT + r"[ ](?:the[ ])?(?P<jour>[0-3]?\d)(?:er|st|nd|rd|th)?[ ]?,?[ ]" + _ANNEE_FIN
)
_MOIS_ANNEE = re.compile(r"(?<![\w])" + _MOIS_MOT + r"[ ](?:(?:de|of)[ ])?" + _ANNEE_FIN)
_LANGUES_ETAT_CIVIL = (
    "fr nl de en es pt it pl ro tr sq bs hr sr_Latn sl cs sk hu lt lv et fi sv da nb is el bg ru uk mk ar fa ku so "
    "ti am sw ln rw wo ha yo ig ff vi id ms tl ca gl eu ga cy mt az uz kk ky hy ka"
).split()
"""Les langues des actes d'état civil que les familles suivies apportent (Babel les connaît toutes)."""


@lru_cache(maxsize=1)
def _noms_des_mois() -> Set[str]:
    """Noms et abréviations des mois (formes de format et autonomes) de toutes les langues, en minuscules sans
    point ; relus du cache disque : les tirer de Babel lit les données de 61 langues (0,2 s de processeur), à chaque
    commande dont un texte a une date en lettres (« le 12 mars 2019 »), le hook d'un commit compris."""
    return en_cache("mois", " ".join(_LANGUES_ETAT_CIVIL), _calculer_noms_des_mois)


def _calculer_noms_des_mois() -> frozenset[str]:
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    noms: set[str] = set()
    for langue in _LANGUES_ETAT_CIVIL:
        try:
            Locale.parse(langue)
        except (UnknownLocaleError, ValueError):
            continue
        for largeur in ("wide", "abbreviated"):
            for forme in ("format", "stand-alone"):
                for nom in get_month_names(largeur, forme, locale=langue).values():
                    noms.add(nom.casefold().rstrip("."))
    # translittérations courantes et abréviations sans point des actes recopiés à la main
    noms.update("sept sep okt mrt maa kwi maj cze lip sie wrz paz paź lis gru".split())
    return frozenset(n for n in noms if len(n) >= 3 and not n.isdigit())


@lru_cache(maxsize=1)
def _abreviations_libres() -> frozenset[str]:
    """Les débuts (trois lettres au moins) des noms de mois français, néerlandais et anglais : une abréviation
    maison suivie d'un point (« 22 nove. 2017 », « 3 sept. 2010 ») reste un mois."""
    from babel.dates import get_month_names

    return frozenset(nom[:n].casefold() for langue in ("fr", "nl", "en")
                     for nom in get_month_names("wide", locale=langue).values() for n in range(3, len(nom) + 1))


def _est_mois(mot: str) -> bool:
    forme = mot.casefold().rstrip(".")
    return forme in _noms_des_mois() or mot.endswith(".") and forme in _abreviations_libres()


_APRES = re.compile(r"^[\s,)»”\"]{0,3}(?:\(?\s*(?:date\s+de\s+)?naissance(?!\s*:)|\(?\s*DDN(?!\s*:)|\(?\s*n[ée]e?\b"
                    r"|\+\s?(?:1\d|2[0-5])(?:\s?ans)?\b"
                    r"|(?:comme|pour|en\s+tant\s+que|as|als)\s+(?:(?:sa|la|leur|une|his|her|the|zijn|haar)\s+)?"
                    r"(?:date\s+de\s+naissance|DDN|date\s+of\s+birth|DOB|birth\s?date|geboortedatum)"
                    r"|[:–-]?\s*(?:c['’]\s?(?:est|[ée]tait)|est|[ée]tait)\s+(?:(?:sa|la|le|leur|ma|ta|votre)\s+)?"
                    r"(?:date\s+de\s+naissance|DDN|geboortedatum))",
                    re.IGNORECASE)
"""Juste après la date : « (naissance) », « DDN », « née », « comme date de naissance », « : c'est sa date de
naissance » (la date dite d'abord, ce qu'elle est ensuite), ou un âge ajouté (« 4 mai 2004 + 18 ans » : la majorité
se calcule depuis la naissance ; « 26.02.2003 + 18 »). Pas une rubrique qui annonce ce qui la suit (« réunion du
08/09/2020, date de naissance : à demander »)."""
_INDICE_ANNIVERSAIRE = re.compile(r"anniv|f[êe]t\w*\s+(?:ses|son|leurs?)\s+\d|aura\s+\d|verjaardag|jarig", re.IGNORECASE)
_AUTRE_DATE = re.compile(r"(?:19|20)\d\d|\d\s?[./]\s?\d")
_SUJET_QUI_N_EST_PAS_UNE_PERSONNE = re.compile(
    r"(?<![\w])(?i:l['’]id[ée]e|le\s+projet|l['’]envie|le\s+d[ée]sir|le\s+besoin|l['’]initiative|le\s+partenariat|"
    r"la\s+collaboration|le\s+dispositif|l['’]association|l['’]asbl|le\s+r[ée]seau|le\s+groupe|la\s+d[ée]marche|"
    r"le\s+concept|le\s+plan|la\s+piste|la\s+proposition)"
    r"(?:\s+(?:de|d['’]|du|des|avec|entre|pour|autour\s+d['’e])\s*[^,.;:()\n]{0,40}?)?\s+(?i:est|était|etait|serait|sont|étaient|etaient)\s+$"
)
"""« L'idée d'un accueil de jour est née le … », « le projet de kot est né le … » : ce qui naît n'est pas une personne
(une virgule entre les deux, « le projet de Lina, née le … », laisse la naissance)."""
_SEXES = r"(?:(?i:garçon|garcon|fille|masculin|féminin|feminin|masc\.|fém\.|fem\.)|(?-i:[FMGH]))"
_SEXE_PUIS_DATE = re.compile(
    r"(?<![\w])(?i:identit[ée]s?|jeunes?|enfants?|mineure?s?|b[ée]b[ée]s?|fiche)(?![\w])[^:(\n,;]{0,50}?[ \t]*[:(\-–—][ \t]*"
    + _SEXES + r"[ \t]*[,;/][ \t]*$")
"""« Identité recopiée : garçon, 23.12.2004, nationalité belge », « Jeune : F, 24 novembre 2020, 5e primaire » : le sexe
puis la date, dans une identité (un mot d'identité avant les deux points, la parenthèse ou le tiret) ; pas « Taille : M,
12/03 », « Entretien : fille, 12/03/2021 », « Réf. 2021-M, … » (attaque-30)."""
_SEXE_SEUL = re.compile(r"[ \t>]*(?:[-*][ \t]+)?(?i:sexe|genre)[ \t]*:[ \t]*" + _SEXES + r"[ \t.]*")
_DATE_SEULE = re.compile(r"(?:\d{1,4}[ \t./\-]*){1,3}(?:[^\W\d_]{3,9}\.?[ \t]*\d{4})?[ \t.,;]*")
"""« - sexe : M⏎- 14 sept. 2021 » : une date seule sur sa ligne (`_DATE_SEULE`), en tête de la ligne qui suit le sexe
d'une fiche d'identité ; pas « 12/03/2021 : réunion », « 14/09/2021 – entrée au foyer » (attaque-30)."""


_ROMAIN = r"(?:XI{0,2}|IX|IV|VI{0,3}|I{1,3})"
"""Le mois en chiffres romains (« 6-IV-2010 »), en majuscules."""
# Recherche rapide (le moteur saute d'un chiffre à l'autre) : les dates tout en chiffres ; l'assertion
# arrière placée après le premier chiffre équivaut à celle de `_DATE` placée avant.
_DATE_CHIFFRES = re.compile(
    r"\d(?<![\w./\-]\d)(?:"
    r"(?:(?<=[0-3])\d)?\s?[./\-]\s?[0-3]?\d\s?[./\-]\s?(?:19|20)?\d\d"  # 08/23/2010 aussi (mois d'abord)
    r"|(?:(?<=[0-3])\d)?[ ][01]?\d[ ](?:19|20)\d\d"  # 15 06 2013 : espaces seules, année entière
    r"|(?:(?<=[0-3])\d)?[ ]?[./\-][ ]?" + _ROMAIN + r"[ ]?[./\-][ ]?(?:19|20)\d\d"  # 6-IV-2010
    r"|(?:(?<=[0-3])\d)?[ ]" + _ROMAIN + r"[ ](?:19|20)\d\d"  # 6 IV 2010
    r"|(?:(?<=1)9|(?<=2)0)\d\d(?P<sep>[./\-])[01]\d(?P=sep)[0-3]\d"
    r"|(?:(?<=1)9|(?<=2)0)\d\d[01]\d[0-3]\d"  # 20100514, d'un logiciel ou d'un formulaire
    r"|(?:(?<=1)3\d\d|(?<=1)4[0-2]\d)[./\-][01]?\d[./\-][0-3]?\d"  # 1388/09/20 : calendrier persan (hégire solaire)
    r"|(?<=[0-3])\d[01]\d(?:19|20)\d\d"  # 14052010
    r")(?![\w]|[./\-]\d)"
    r"|\d(?<![\w./\-]\d)(?:(?<=1)9|(?<=2)0)\d\d年[01]?\d月[0-3]?\d日"  # 2012年2月14日 : acte chinois, jamais ambiguë
)
# Une date en lettres finit toujours par une année précédée d'une espace : ses lignes seules sont
# relues avec `_DATE` entier. Un motif par siècle lu par `par_caracteres_fixes`, l'espace d'avant par une assertion
# arrière : le moteur saute de « 19 » en « 20 » (l'espace en tête le faisait s'arrêter à chaque mot, cinq fois plus
# lent sur la démo). Chaque correspondance commence à l'année.
_ANNEE_ISOLEE = tuple(re.compile(siecle + r"(?<=\s" + siecle + r")\d\d(?![\w]|[./\-]\d)") for siecle in ("19", "20"))
# Une année en lettres commence par « mille », « mil » ou « deux mille » : ses lignes sont relues avec `_DATE`.
_ANNEE_EN_LETTRES = re.compile(r"\smil(?:le)?[ -]")
# Préfiltre de `_INDICE_ANNIVERSAIRE` sur le texte en minuscules, à préfixes littéraux (rapides).
_ANNIV_AURA = re.compile(r"aura\s+\d")
_ANNIV_FETE = re.compile(r"f[êe]t\w*\s+(?:ses|son|leurs?)\s+\d")


def _parle_anniversaire(bas: str) -> bool:
    return bool(
        "anniv" in bas or "verjaardag" in bas or "jarig" in bas or _ANNIV_AURA.search(bas) or _ANNIV_FETE.search(bas)
    )
# Les fenêtres avant et après une date se répètent (clés YAML « demande: », fins de ligne) : leur
# verdict est gardé.
_CACHE_AVANT: dict[str, bool] = {}
_CACHE_APRES: dict[str, bool] = {}


def _indice_avant(avant: str) -> bool:
    verdict = _CACHE_AVANT.get(avant)
    if verdict is None:
        indice = _AVANT.search(avant)
        # « née en 1980, vue le 12/03/2019 » : la date est celle d'autre chose
        verdict = (bool(indice) and not _AUTRE_DATE.search(indice.group("entre"))
                   and not _SUJET_QUI_N_EST_PAS_UNE_PERSONNE.search(avant, 0, indice.start())
                   or bool(_SEXE_PUIS_DATE.search(avant)))
        if len(_CACHE_AVANT) > 4096:
            _CACHE_AVANT.clear()
        _CACHE_AVANT[avant] = verdict
    return verdict


def _indice_apres(apres: str) -> bool:
    verdict = _CACHE_APRES.get(apres)
    if verdict is None:
        verdict = bool(_APRES.match(apres))
        if len(_CACHE_APRES) > 4096:
            _CACHE_APRES.clear()
        _CACHE_APRES[apres] = verdict
    return verdict


def _dates(texte: str, lignes: Lignes) -> list[tuple[int, int]]:
    """Les dates exactes du texte (intervalles), comme `_DATE.finditer`, sans parcourir la prose."""
    trouvees = {m.span() for m in _DATE_CHIFFRES.finditer(texte)}
    vues: set[int] = set()
    annees = [a.start() for a in par_caracteres_fixes(_ANNEE_ISOLEE, texte)]
    if "mil" in lignes.mots or "mille" in lignes.mots:  # pas « famille », « milieu » : le mot entier
        annees += [a.start() + 1 for a in _ANNEE_EN_LETTRES.finditer(lignes.bas)]
    for annee in annees:
        indice = lignes.numero(annee)
        if indice in vues:
            continue
        vues.add(indice)
        debut_ligne, fin_ligne = lignes.bornes(indice)
        for m in _DATE.finditer(texte, debut_ligne, fin_ligne):
            trouvees.add(m.span())
        trouvees.update(dates_a_mois_en_lettres(texte, debut_ligne, fin_ligne))
    return sorted(trouvees)


def dates_a_mois_en_lettres(texte: str, debut: int, fin: int) -> Iterator[tuple[int, int]]:
    """Les dates entières de texte[debut:fin] dont le mois est écrit en lettres, dans n'importe quelle langue
    (« 19 Ağustos 2009 », « March 14th, 2011 ») : aussi lues par la garde des noms (« July » y est un mois)."""
    for motif in (_JOUR_MOIS_ANNEE, _MOIS_JOUR_ANNEE):
        for m in motif.finditer(texte, debut, fin):
            if 1 <= int(m.group("jour")) <= 31 and _est_mois(m.group("mois")):
                yield m.span()


_PROCHE = re.compile(r"\W{0,3}(?:(?:en|in|im|em|w|în|au|a|à|le|on|el|il|of)[ ]){0,2}(?:mois[ ]d['’e][ ]?)?\W{0,3}")
"""Entre l'indice et « avril 2011 » : une préposition au plus (« né en », « born in », « geboren im »)."""


def _mois_annee(texte: str, lignes: Lignes, prises: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mois et année juste après un indice de naissance (« né en avril 2011 », « Geburtsdatum: März 2011 »)."""
    trouvees = []
    occupees = Intervalles()
    for debut, fin in prises:
        occupees.ajouter(debut, fin)
    for a in par_caracteres_fixes(_ANNEE_ISOLEE, texte):
        debut_ligne = lignes.debuts[lignes.numero(a.start())]
        m = _MOIS_ANNEE.search(texte, max(debut_ligne, a.start() - 15), a.end())
        if m is None or m.end() != a.end() or occupees.contient(m.start()) or not _est_mois(m.group("mois")):
            continue
        indice = _AVANT.search(texte[max(debut_ligne, m.start() - 60) : m.start()])
        if indice is not None and _PROCHE.fullmatch(indice.group("entre")):
            trouvees.append(m.span())
    return trouvees


_MOTS_NAISSANCE = frozenset(
    "né née nés nées nee nees naissance naissances naiss naît nait naquit ddn geboren born birth doğum dogum nacido "
    "nacida dob geburtsdatum geb geboortedatum nacimiento nascimento nascita nato nata nascido nascida urodzony "
    "urodzona "
    "urodzenia născut născută nascut nascuta nașterii nasterii раждане рождения роден родена".split()
)
"""Préfiltre du jour de naissance sans l'année (« né un 25 décembre ») : les mots qui annoncent une naissance."""
_ENTETE_NAISSANCE = re.compile(r"naiss|(?<!\w)n[ée]e?s?(?!\w)|ddn|d\.d\.n|birth|geboorte|geboren|(?<!\w)dob(?!\w)", re.IGNORECASE)


def _anniversaire_avant(texte: str, debut_ligne: int, position: int) -> bool:
    """Un indice d'anniversaire juste avant `position`, sans autre date entre les deux (« fêtera ses 16 ans le »,
    « aura 18 ans le », « son anniversaire est le »)."""
    indice = _ANNIVERSAIRE.search(texte, max(debut_ligne, position - 50), position)
    return indice is not None and not _AUTRE_DATE.search(indice.group("entre"))


_REPONSE = re.compile(r"[ \t>*+|'\"-]*(?:(?i:le)[ \t]+)?")
"""Ce qui peut précéder une date en tête de sa ligne de réponse : puces, citation, gras, « Le »."""
LIGNES_VIDES = 2
"""Lignes vides sautées entre une question (ou une rubrique) et la ligne de sa réponse."""


_DEBUT_DE_RUBRIQUE = (
    r"[ \t>*+|#_•–—-]{0,24}(?:(?:\d{1,3}|[a-zA-Z])[.)][ \t]{1,8})?(?:\[[ xX]\][ \t]{1,8})?"
    r"(?:[^\W\d][\w-]{0,40}:[ \t]{0,8}['\"]?[ \t]{0,8})?(?:\*\*|__)?")
"""Ce qui peut ouvrir la ligne d'une rubrique avant son premier mot : puce, titre, citation, bord de tableau,
énumération (« 1. », « a) »), case à cocher, clé YAML et guillemet, gras ; bornés (le motif est essayé pour chaque
date de la ligne)."""
_RUBRIQUE_DE_NAISSANCE = re.compile(
    _DEBUT_DE_RUBRIQUE +
    r"(?i:dates?[ \t]+de[ \t]+naissance|naissances?|naiss\.|ddn|n[ée]e?s?[ \t]+le)(?!\w)"
    r"(?P<entre>[^.;:!?|=\n\d_]{0,110})(?::|\||=|[–—])[ \t]*(?:\*\*|__)?[ \t]*")
"""Une rubrique qui ouvre sa ligne (après une puce, du gras, une clé YAML, le bord d'un tableau) par la naissance, puis
dit où la reporter (sans trait de soulignement : pas une clé YAML, « ddn_verifiee_le: »), puis deux-points, un signe
égal, un tiret ou la cellule suivante, et la date (« Date de naissance du jeune à indiquer sur la demande
d'intervention : 15/07/2009 ») : la rubrique peut être plus longue que la fenêtre de `_AVANT`, et nommer une démarche
(« demande », « rendez-vous ») qui ferait de la date un moment (aveugle-85, aveugle-86, garde80)."""
_DATE_DE_NAISSANCE_PUIS = re.compile(
    r"(?<![^\W_])(?i:dates?[ \t]+de[ \t]+naissance)(?P<entre>[^.;:!?\n\d]{0,110})"
    r"(?::|(?i:(?:est|était|etait|sera)[ \t]+le|c['’]est-à-dire[ \t]+le|soit[ \t]+le))[ \t]*$")
"""Au milieu d'une phrase, « date de naissance », ce qu'il faut en faire, puis « : », « est le », « c'est-à-dire le »,
« soit le » juste avant la date (« la date de naissance qu'il faut inscrire sur le formulaire du CPAS est le 9 juillet
2011 ») ; pas « est du » (« la modification est du … », l'attaque-110)."""
FENETRE_D_UNE_PHRASE = 160
"""Caractères avant la date où chercher « date de naissance » dans une phrase (l'indice, 110 entre, « c'est-à-dire
le »)."""
_ADJECTIFS_DE_CE_QUI_NAIT = (r"(?:nouvel|nouvelle|nouveau|futur|future|premier|première|petit|petite|grand|grande|"
                             r"officiel|officielle|vrai|vraie|réel|réelle|exacte?)")
_CE_QUI_NAIT_SANS_ETRE_UNE_PERSONNE = re.compile(
    r"[ \t]*(?:" + _ADJECTIFS_DE_CE_QUI_NAIT + r"[ \t]+)?(?:de|du|des|d['’])[ \t]*"
    r"(?:(?:l['’]|la|le|les|son|sa|ses|leur|notre|ce|cet|cette)[ \t]*)?(?:" + _ADJECTIFS_DE_CE_QUI_NAIT + r"[ \t]+)?"
    r"(?:projet|cellule|plateforme|structure|centre|antenne|permanence|dispositif|service|asbl|association|r[ée]seau|"
    r"groupe|plan|partenariat|collaboration|d[ée]marche|concept|initiative|id[ée]e|atelier|activit[ée]|club|section|"
    r"[ée]quipe|entreprise|soci[ée]t[ée]|[ée]cole|maison|cours|stage|programme|journal|site|page|blog)(?![^\W_])",
    re.IGNORECASE)
"""Juste après la naissance, ce qui naît sans être une personne, un adjectif permis devant (« Date de naissance du
projet », « … officielle du partenariat », « … de la nouvelle cellule », garde51) ; pas « de la jeune du centre
d'accueil » (l'attaque-110)."""
_AUTRE_MOMENT_DANS_LA_RUBRIQUE = re.compile(
    r"(?<![^\W_])(?:date|pr[ée]vue?s?|attendue?s?|jusqu|retour|sortie|relance|audition|audience|cong[ée])"
    r"(?![^\W_])", re.IGNORECASE)
"""Dans une rubrique qui s'ouvre par la naissance, une autre date (« date de la réunion »), une naissance à venir («
prévue »), un autre moment que la date termine (« congé jusqu'au : », « sortie de la maternité le : », « relance envoyée
: », l'attaque-110) ; pas « visite », « entretien » (« Date de naissance du bébé, confirmée par la sage-femme lors de sa
visite : », garde51 ; « Naissance de la petite sœur, visite à domicile de l'ONE : » reste signalée, revue65) ; pas «
réunion », « rendez-vous », « demande », où la date est à reporter (« à indiquer lors du rendez-vous à la consultation
ONE : », garde80)."""
_MOMENT_DANS_LA_PHRASE = re.compile(
    r"(?<![^\W_])(?:r[ée]union|rendez-vous|rdv|concertation|[ée]ch[ée]ance|d[ée]lai|entretien|visite|relance|"
    r"modification|communiqu[ée]e?s?|transmise?s?|envoy(?:é|ée|és|ées)|demand(?:é|ée|és|ées)|n['’]|ne|pas|manque\w*|"
    r"inconnue?)"
    r"(?![^\W_])", re.IGNORECASE)
"""Entre « date de naissance » et la date, dans une phrase ou sur deux lignes : un moment (« la date de naissance sera
confirmée après l'entretien, qui est le … »), ce qu'on en a fait (« a été communiquée à la crèche : », revue65) ou une
négation (« n'est pas encore encodée, c'est-à-dire le … ») : la date est celle du moment (l'attaque-110)."""
_LIGNE_QUI_COMMENCE = re.compile(r"[ \t]{0,40}(?:[-*+>#|]|\d+[.)]|[^\W\d][\w-]{0,30}:(?:[ \t]|$))")
"""Le début d'une ligne qui ne continue pas la précédente : une puce, un titre, une citation, une cellule, une clé YAML
(d'un seul mot : « de la mutuelle : » continue la rubrique d'avant)."""
LONGUEUR_D_UNE_RUBRIQUE = 250
"""Caractères au plus d'une rubrique coupée par un saut de ligne (la ligne d'avant et le début de celle de la date)."""


def _rubrique_coupee(texte: str, lignes: Lignes, debut_ligne: int, debut: int) -> re.Match[str] | None:
    """« Date de naissance … à reporter sur le formulaire⏎de la mutuelle : … » : la rubrique commencée sur la ligne
    d'avant, que celle de la date continue (ni puce, ni titre, ni clé ; la ligne d'avant ne finit ni par un point ni par
    du gras) ; sans moment entre les deux (« Date de naissance vérifiée⏎Réunion : … », l'attaque-110)."""
    if not debut_ligne or _LIGNE_QUI_COMMENCE.match(texte, debut_ligne, debut):
        return None
    precedente = lignes.bornes(lignes.numero(debut_ligne - 1))[0]
    if not 0 < debut - precedente <= LONGUEUR_D_UNE_RUBRIQUE:
        return None
    fin_precedente = texte[precedente:debut_ligne - 1].rstrip()
    if (not fin_precedente or fin_precedente.endswith((".", ":", ";", "!", "?", "*", "_"))
            or fin_precedente.lstrip().startswith("#")):
        return None
    rubrique = _RUBRIQUE_DE_NAISSANCE.fullmatch(texte[precedente:debut].replace("\n", " ", 1))
    return None if rubrique is None or _MOMENT_DANS_LA_PHRASE.search(rubrique.group("entre")) else rubrique


def _rubrique_de_naissance(texte: str, lignes: Lignes, debut_ligne: int, debut: int) -> bool:
    """La date suit-elle une rubrique de naissance qui ouvre sa ligne (`_RUBRIQUE_DE_NAISSANCE`) ou la ligne d'avant
    (`_rubrique_coupee`), ou « date de naissance … : » dans une phrase (`_DATE_DE_NAISSANCE_PUIS`), sans rien entre les
    deux qui date autre chose ?"""
    # loin du début de sa ligne, aucune rubrique ne l'annonce (et la ligne n'est pas relue pour chaque date)
    rubrique = (_RUBRIQUE_DE_NAISSANCE.fullmatch(texte, debut_ligne, debut)
                or _rubrique_coupee(texte, lignes, debut_ligne, debut)
                if debut - debut_ligne <= LONGUEUR_D_UNE_RUBRIQUE else None)
    if rubrique is None:
        rubrique = _DATE_DE_NAISSANCE_PUIS.search(texte, max(debut_ligne, debut - FENETRE_D_UNE_PHRASE), debut)
        if rubrique is not None and _MOMENT_DANS_LA_PHRASE.search(rubrique.group("entre")):
            return False
    return (rubrique is not None and _CE_QUI_NAIT_SANS_ETRE_UNE_PERSONNE.match(rubrique.group("entre")) is None
            and _AUTRE_MOMENT_DANS_LA_RUBRIQUE.search(rubrique.group("entre")) is None)


_DOCUMENT_DE_NAISSANCE = re.compile(
    r"(?<![^\W_])(?i:actes?|extraits?|d[ée]clarations?|copies?|certificats?|bulletins?|attestations?)"
    r"(?:[ \t'’]+[^\W\d_]+){0,5}?[ \t'’]+(?i:naissance)(?![^\W_])")
"""Un document de naissance (« l'acte de naissance », « la copie conforme de l'acte de naissance »)."""
_MOMENTS_D_UN_DOCUMENT = (r"envoi|d[ée]p[ôo]t|r[ée]ception|transmission|exp[ée]dition|remise|relance|demande|"
                          r"d[ée]livrance|l[ée]galisation|signature|traduction|rectification|r[ée]union|s[ée]ance|"
                          r"courriel|courrier|appel|rendez-vous|rdv|visite|permanence")
_RUBRIQUE_D_UN_AUTRE_MOMENT = re.compile(
    _DEBUT_DE_RUBRIQUE +
    r"(?i:dates?[ \t]+(?:limite|(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*(?:" + _MOMENTS_D_UN_DOCUMENT + r"))"
    r"|[ée]ch[ée]ance|rendez-vous|rdv)(?![^\W_])[^\n\d]{0,140}:[ \t]*(?:\*\*|__)?[ \t]*")
"""Une rubrique qui ouvre sa ligne par la date d'un moment qu'on fait d'un document (« Date d'envoi … », « Date de
dépôt … », « Date limite … », « Échéance … », « Rendez-vous … »), puis deux-points ; une liste fermée : « Date d'après
l'acte de naissance : », « Date d'accouchement (cf. acte de naissance) : » disent la naissance (l'attaque-110)."""
_AUTRE_INDICE_DE_NAISSANCE = re.compile(_ENTETE_NAISSANCE.pattern + r"|(?<!\w)dn(?!\w)|accouch|anniv", re.IGNORECASE)
"""Ce qui reste d'une naissance dans la rubrique, son document ôté (« DN : », « accouchement »)."""


def _date_d_un_document_de_naissance(texte: str, debut_ligne: int, debut: int) -> bool:
    """« Date d'envoi de la demande avec l'acte de naissance : 12/03/2019 », « Échéance pour fournir la copie de l'acte
    de naissance : … » : la rubrique date un moment qu'on fait d'un document (`_RUBRIQUE_D_UN_AUTRE_MOMENT`) et ne parle
    de naissance que par lui (`_DOCUMENT_DE_NAISSANCE`) : la date est celle de l'envoi, du rendez-vous (garde80)."""
    if (debut - debut_ligne > LONGUEUR_D_UNE_RUBRIQUE
            or _RUBRIQUE_D_UN_AUTRE_MOMENT.fullmatch(texte, debut_ligne, debut) is None):
        return False
    return _AUTRE_INDICE_DE_NAISSANCE.search(_DOCUMENT_DE_NAISSANCE.sub(" ", texte[debut_ligne:debut])) is None


def _naissance_annoncee_avant(texte: str, debut_ligne: int, debut: int, naissance: bool) -> bool:
    """Un indice de naissance juste avant la date (`_indice_avant`, 60 caractères), sauf dans une rubrique qui date un
    moment qu'on fait d'un document de naissance (`_date_d_un_document_de_naissance`, lue seulement si le texte parle
    de naissance : `naissance`)."""
    return (_indice_avant(texte[max(debut_ligne, debut - 60) : debut])
            and not (naissance and _date_d_un_document_de_naissance(texte, debut_ligne, debut)))


def _indice_ligne_precedente(texte: str, lignes: Lignes, debut_ligne: int, debut: int) -> bool:
    """« Naissance :⏎03-04-2006 », « > Quelle est sa date de naissance ?⏎⏎Le 16/12/2014, d'après… » : la date en tête
    de sa ligne, sous une rubrique ou une question de naissance (la dernière ligne écrite avant finit par deux-points
    ou par un point d'interrogation, gras et citation ôtés) ; ou seule sur sa ligne, sous le sexe d'une fiche d'identité
    (« - sexe : M⏎- 14 sept. 2021 »)."""
    if debut_ligne == 0 or debut - debut_ligne > DEBUT_DE_VALEUR or not _REPONSE.fullmatch(texte, debut_ligne, debut):
        return False  # (une date loin du début de sa ligne n'est pas en tête : la ligne n'est pas relue pour chacune)
    precedente = indice = lignes.numero(debut_ligne - 1)
    avant_debut, avant_fin = lignes.bornes(indice)
    while not texte[avant_debut:avant_fin].strip() and indice > 0 and precedente - indice < LIGNES_VIDES:
        indice -= 1
        avant_debut, avant_fin = lignes.bornes(indice)
    rubrique = texte[max(avant_debut, avant_fin - 60):avant_fin].rstrip(" \t*_")
    if (rubrique.endswith((":", "?")) and _indice_avant(rubrique)
            and not _date_d_un_document_de_naissance(texte, avant_debut, avant_fin)):
        return True
    return bool(_SEXE_SEUL.fullmatch(texte, avant_debut, avant_fin)
                and _DATE_SEULE.fullmatch(texte, debut, lignes.bornes(lignes.numero(debut))[1]))


_VALEUR_YAML = re.compile(r"(?P<retrait>[ \t]*+)(?P<tiret>-[ \t]+)?(?:(?P<cle>[^\W\d][\w -]{0,30}?)[ \t]*:[ \t]*)?['\"]?")
"""Le début d'une ligne YAML jusqu'à sa valeur : retrait, tiret d'un élément de liste, clé, guillemet ouvrant."""
_CLE_PARENTE = re.compile(r"(?P<cle>[^\W\d][\w -]{0,30}?)[ \t]*:[ \t]*(?:#[^\n]*)?\r?")
"""Une clé YAML sans valeur sur sa ligne (« naissance: », « date de naissance : »), qui ouvre un bloc."""
_RETRAIT = re.compile(r"[ \t]*+(?:-[ \t]+)?")
"""Le retrait d'une ligne, tiret d'un élément de liste compris : « - lieu: » ouvre un élément dont les clés sont sœurs."""
_SANS_RETRAIT = re.compile(r"[ \t]*(?:#[^\n]*)?\r?")
"""Une ligne vide ou un commentaire : sautés en remontant vers la clé qui ouvre un bloc."""
_CLES_D_EVENEMENT = frozenset(
    "consultation consultations entree admission rdv rendez suivi controle hospitalisation vaccin vaccination sortie "
    "visite reunion audience seance bilan examen rappel echeance concertation placement accueil".split())
"""Les morceaux d'une sous-clé qui datent un événement suivi d'une naissance (« premiere_consultation: ») : toute
autre sous-clé d'un bloc de naissance en porte la date (« date: », « quand: », « jj_mm_aaaa: »)."""
LIGNES_DU_BLOC = 6
"""Lignes remontées, au plus, pour trouver la clé qui ouvre le bloc d'une valeur."""
DEBUT_DE_VALEUR = 80
"""Caractères au plus entre le début de la ligne et une valeur YAML (retrait, tiret, clé) : au-delà, ce n'est pas
une valeur de clé, et la ligne n'est pas relue depuis son début pour chaque date (temps linéaire)."""


_CLE_ET_LIBELLE = re.compile(r"[^\W\d][\w -]{0,30}?[ \t]*:[ \t]+['\"]?(?P<libelle>[^\W\d][^\n'\"#]{0,30}?)['\"]?[ \t]*\r?")
"""Une clé sœur et sa courte valeur, un libellé (« champ: date de naissance », « type: 'DDN' »)."""


def _nomme_une_naissance(texte: str, debut: int, fin: int) -> bool:
    """La ligne `[debut, fin)` (retrait ôté) est-elle une clé dont la valeur nomme la naissance (« champ: date de
    naissance », « libelle: DDN ») ?"""
    soeur = _CLE_ET_LIBELLE.fullmatch(texte, debut, fin)
    return soeur is not None and _indice_avant(soeur.group("libelle") + " :")


_MORCEAUX_DE_CLES_DE_NAISSANCE = ("naissance", "geboort", "accouch", "birth")
"""Des morceaux de mots qu'une clé ou un libellé de naissance peut coller à un autre (« dateNaissance »,
« geboortedatum ») ; les mots entiers sont ceux de `_MOTS_NAISSANCE`, et « ne » (« ne: »)."""


def _naissance_dans_une_cle(lignes: Lignes, naissance: bool) -> bool:
    """Le texte a-t-il un mot qui peut dire la naissance dans une clé ou un libellé (`naissance` : un mot de
    `_MOTS_NAISSANCE`, déjà cherché) : sans lui, aucune date n'est remontée jusqu'à une clé parente (préfiltre de
    `_indice_cle_parente`, une fois par texte)."""
    return naissance or "ne" in lignes.mots or any(morceau in lignes.bas for morceau in _MORCEAUX_DE_CLES_DE_NAISSANCE)


def _indice_cle_parente(texte: str, lignes: Lignes, debut_ligne: int, debut: int) -> bool:
    """« naissance:⏎  date: "17-01-2012" », « identite:⏎  ddn:⏎    - 2012-01-17 » : la date est la valeur d'une
    sous-clé (ou un élément de liste) d'un bloc ouvert par une clé de naissance : la première ligne au-dessus, moins en
    retrait (un « - » d'élément compte dans le retrait), commentaires et lignes vides sautés, est cette clé sans
    valeur. Une sous-clé d'événement (« premiere_consultation: ») n'est pas la naissance ; un bloc littéral
    (« notes: | ») ou une autre ligne arrête la remontée."""
    if debut - debut_ligne > DEBUT_DE_VALEUR:
        return False
    valeur = _VALEUR_YAML.fullmatch(texte, debut_ligne, debut)
    if valeur is None or not (valeur.group("tiret") or valeur.group("cle")):
        return False
    if valeur.group("cle") and not _CLES_D_EVENEMENT.isdisjoint(
            morceau.removesuffix("s") for morceau in re.split(r"[\W_]+", normaliser(valeur.group("cle")))):
        return False  # (au pluriel aussi : « hospitalisations: »)
    retrait = len(valeur.group("retrait").expandtabs()) + (1 if valeur.group("tiret") else 0)
    if retrait == 0:
        return False  # une clé de tête (« date: », « echeance: ») n'a ni bloc parent ni élément à libellé : rien à remonter
    indice = lignes.numero(debut_ligne)
    meme_element = not valeur.group("tiret")
    for precedente in range(indice - 1, max(-1, indice - 1 - LIGNES_DU_BLOC), -1):
        debut_prec, fin_prec = lignes.bornes(precedente)
        if _SANS_RETRAIT.fullmatch(texte, debut_prec, fin_prec):
            continue
        retrait_prec = _RETRAIT.match(texte, debut_prec, fin_prec)
        largeur = len(retrait_prec.group(0).expandtabs())
        if largeur >= retrait:
            # une sœur de la ligne de la date, dans le même bloc (ou la première clé de son élément) ; si elle nomme
            # le champ (« - champ: date de naissance⏎  valeur: "03/05/02" »), la date est celle qu'elle nomme ; au-delà
            # du tiret qui ouvre l'élément de la date, les sœurs sont celles d'un autre élément
            if meme_element and largeur == retrait and _nomme_une_naissance(texte, retrait_prec.end(), fin_prec):
                return True
            meme_element = meme_element and "-" not in retrait_prec.group(0)
            continue
        cle = _CLE_PARENTE.fullmatch(texte, retrait_prec.end(), fin_prec)
        return cle is not None and _indice_avant(cle.group("cle") + ":")
    return False


_CLES_DE_DATE_SEULE = frozenset({"date", "le", "quand", "jour"})
"""Les clés qui donnent une date sans dire de quoi : à côté d'un âge, celle de la naissance ; toute autre clé dit un
moment (« date_jugement », « scolarise_le », « depuis », l'attaque-35)."""
_CLE_DE_DATE_SEULE_AVANT = re.compile(r"[ \t](?i:" + "|".join(sorted(_CLES_DE_DATE_SEULE)) + r")[ \t]*:[ \t]*['\"]?$")
"""Une clé de `_CLES_DE_DATE_SEULE` en retrait juste avant la date (préfiltre de `_age_d_un_element`)."""
_CLE_DE_MOMENT = re.compile(r"(?i:[ée]v[ée]nements?|faits?|motifs?|objet|actions?|quoi|types?|raisons?|natures?|"
                            r"intitul[ée]s?|d[ée]cisions?)[ \t]*:")
"""Une clé sœur qui dit ce qui s'est passé : l'élément est un moment, sa date n'est pas une naissance."""
_BLOC_DE_MOMENTS = re.compile(r"(?:historiques?|chronologies?|evenements?|actions?|hospitalisations?|placements?|"
                              r"suivis?|journal|rendez|rdv|reunions?|appels?|etapes?|incidents?|visites?|sejours?|"
                              r"decisions?|mesures?)")
"""Un morceau de clé de bloc (normalisé) qui dit des moments (« historique_familial », « visites », « mesures_fratrie ») :
les dates de ses éléments n'y sont pas des naissances."""
_CLE_DE_LIEN = re.compile(r"liens?(?:_(?:familial|de_parente))?|parente|relation|role|qualite|statut|type|nature")
"""Les clés sœurs (normalisées) qui disent le lien (« lien: frère », « parenté: sœur », « type: sœur ») : elles seules
font de l'élément celui d'un proche (pas « avec: sœur » ni « patient: frère », l'attaque-36 ; ni « qui: le jeune », la clé
d'acteur d'une action ou d'une scolarité, l'attaque-38)."""
_MOTS_D_UN_ELEMENT = frozenset("age âge lien liens parente parenté relation role rôle qualite qualité statut type "
                               "nature".split())
"""Préfiltre de `_age_d_un_element` : un mot de la clé d'âge ou d'une clé de lien dans le texte."""
_CLE_ET_VALEUR = re.compile(
    r"(?P<cle>[^\W\d][\w -]{0,30}?)[ \t]*:[ \t]+['\"]?(?P<valeur>[^\n'\"#]{1,40}?)['\"]?[ \t]*(?:#[^\n]*)?\r?")
"""Une clé sœur et sa courte valeur."""
_AGE_D_UN_ELEMENT = re.compile(
    r"(?i:[âa]ge)[ \t]*:[ \t]*(?P<q>['\"]?)(?P<age>\d{1,2}(?:[ \t]*ans?)?)(?P=q)[ \t]*(?:#[^\n]*)?\r?")
"""La clé sœur qui donne l'âge de la personne de l'élément (« age: 12 ans », « âge: '9' »)."""


def _age_d_un_element(texte: str, lignes: Lignes, debut_ligne: int, debut: int, fin: int, annee: int | None) -> bool:
    """« fratrie:⏎- lien: frère⏎  age: 12 ans⏎  date: '26/3/2008' » : la date, valeur d'une clé qui ne dit pas de
    quoi elle est la date (`_CLES_DE_DATE_SEULE`), est celle de la naissance d'un proche dont une clé sœur du même
    élément donne l'âge, si les deux s'accordent (`_age_plausible` : « age: 15 ans⏎date: 2024-03-12 » est un
    rendez-vous). Le proche est dit par la clé du bloc (« fratrie: », « enfants: ») ou par une sœur (« lien: frère ») :
    un âge seul date aussi une classe ou un placement (l'attaque-34). Sans âge, une date d'au moins `RECUL` ans avant la
    demande, dans un élément qui dit le lien et pas un moment, sous une clé qui ne nomme que des proches (« fratrie: »,
    pas « visites_pere: », l'attaque-37). Les sœurs sont cherchées dans les `LIGNES_DU_BLOC` lignes au-dessus (jusqu'au
    tiret qui ouvre l'élément, puis la clé du bloc) et au-dessous (jusqu'à l'élément suivant)."""
    if debut - debut_ligne > DEBUT_DE_VALEUR or not _CLE_DE_DATE_SEULE_AVANT.search(
            texte, max(debut_ligne, debut - 40), debut):
        return False  # (préfiltre : la plupart des dates d'un dossier sont sous « echeance: », « date: » en tête)
    valeur = _VALEUR_YAML.fullmatch(texte, debut_ligne, debut)
    if valeur is None or not valeur.group("cle") or normaliser(valeur.group("cle")).strip() not in _CLES_DE_DATE_SEULE:
        return False
    colonne = len(texte[debut_ligne:valeur.start("cle")].expandtabs())
    if colonne == 0:
        return False  # une clé de tête (« date: » d'une concertation) n'est dans l'élément d'aucun proche
    indice = lignes.numero(debut_ligne)
    age, proche, bloc_de_proches, moment = None, False, False, False
    for pas, ouvre in ((-1, bool(valeur.group("tiret"))), (1, False)):
        for voisine in range(indice + pas, indice + pas * (LIGNES_DU_BLOC + 1), pas):
            if not 0 <= voisine < len(lignes.debuts):
                break
            debut_v, fin_v = lignes.bornes(voisine)
            if _SANS_RETRAIT.fullmatch(texte, debut_v, fin_v):
                continue
            retrait = _RETRAIT.match(texte, debut_v, fin_v)
            largeur = len(retrait.group(0).expandtabs())
            if largeur < colonne:  # le bloc parent : sa clé désigne-t-elle des proches (« fratrie: », « enfants: ») ?
                cle = _CLE_PARENTE.fullmatch(texte, retrait.end(), fin_v) if pas == -1 else None
                if cle is not None and any(_BLOC_DE_MOMENTS.fullmatch(morceau)
                                           for morceau in normaliser(cle.group("cle")).replace(" ", "_").split("_")):
                    return False  # « historique: », « hospitalisations: » : une liste de moments
                bloc_de_proches = cle is not None and _ne_dit_que_des_proches(cle.group("cle"))
                break
            if largeur == colonne and pas == 1 and "-" in retrait.group(0):
                break  # l'élément suivant
            if largeur == colonne and not ouvre:  # au-dessus du tiret qui ouvre l'élément : d'autres éléments
                age = age or _AGE_D_UN_ELEMENT.fullmatch(texte, retrait.end(), fin_v)
                soeur = _CLE_ET_VALEUR.fullmatch(texte, retrait.end(), fin_v)
                if soeur is not None and _CLE_DE_LIEN.fullmatch(normaliser(soeur.group("cle")).replace(" ", "_")) and (
                        _n_est_qu_un_proche(soeur.group("valeur"))):
                    proche = True  # « lien: frère », « parenté: sœur », « type: grande sœur »
                elif _CLE_DE_MOMENT.match(texte, retrait.end(), fin_v):
                    return False  # « evenement: premier signalement » : l'élément est un moment de l'histoire
                elif soeur is not None and _MOMENT.search(soeur.group("valeur")):
                    moment = True  # « statut: placé en IPPJ » : sans âge, l'élément dit un moment
                ouvre = "-" in retrait.group(0)
    if age is None:  # « fratrie:⏎- lien: petit frère⏎  le: '15/01/2007' » : la date ancienne de la fiche d'un proche
        reference = annee if annee is not None else aujourdhui().year
        an = _annee(texte[debut:fin], reference)
        return proche and bloc_de_proches and not moment and an is not None and an <= reference - RECUL
    return (proche or bloc_de_proches) and _age_plausible(texte[debut:fin], age.group("age"), annee)


def _ne_dit_que_des_proches(cle: str) -> bool:
    """« fratrie », « enfants_de_la_mere », « fratrie_paternelle » : la clé ne dit que des proches, avec leurs
    qualificatifs (pas « visites_pere », « suivi_mere » : des moments avec un proche, l'attaque-37)."""
    return _n_est_qu_un_proche(cle.replace("_", " "))


_MOTS_AUTOUR_D_UN_PROCHE = frozenset("et de du des la le les l un une sa son ses autre autres paternel paternelle "
                                     "maternel maternelle paternels paternelles maternels maternelles".split())


def _n_est_qu_un_proche(valeur: str) -> bool:
    """« frère », « la grande sœur », « enfants de la mère » : un proche et ses qualificatifs, rien d'autre (pas
    « placement chez la grand-mère », un moment, l'attaque-38)."""
    mots = _MOTS.findall(valeur)
    return any(_designe_un_proche(mot) for mot in mots) and all(
        _designe_un_proche(mot) or normaliser(mot) in _QUALIFICATIFS_DEVANT or normaliser(mot) in _MOTS_AUTOUR_D_UN_PROCHE
        for mot in mots)


_BARRE = re.compile(r"\|")

_DOSSIER = re.compile(r"(?:^|/)dossiers/((?:19|20)\d\d)-\d{3}")
RECUL = 2
"""Années entre une date et la demande du dossier au-delà desquelles la date est celle d'une naissance : assez pour
qu'une demande arrivée en décembre et ses premiers échanges de l'année d'avant restent des événements."""
AGE_MAX = 100
"""Une année plus ancienne que la demande d'autant n'est plus une naissance à protéger (une loi, une fondation)."""
_EVENEMENT = re.compile(
    r"(?:\b(?:du(?:\s[^.;\n]{0,25}\sau)?|depuis(?:\s+le)?|d[èe]s(?:\s+le)?|jusqu['’]\s?(?:au|à|a)|à\s+partir\s+du)\s*"
    r"|(?<![^\W_])(?:lois?|d[ée]crets?|arr[êe]t[ée]s?|ordonnances?|circulaires?|codes?|jugements?|d[ée]cisions?|audiences?"
    r"|concertations?|r[ée]unions?|rencontres?|rendez-vous|rdv|entretiens?|mariages?|mari[ée]e?s|arriv[ée]e?s?"
    r"|d[ée]c[èe]s|d[ée]c[ée]d[ée]e?s?)(?![^\W_])(?P<entre>[^.;\n]{0,40}))$",
    re.IGNORECASE,
)
"""Ce qui rattache une date à un événement, juste avant elle : une période (« du », « depuis le », « jusqu'au »), ou
le nom de l'événement (texte normatif, décision de justice, réunion, histoire de la famille) sans autre date entre
les deux."""
_CLE_DE_LIGNE = re.compile(r"[ \t]*(?:-[ \t]+)?([a-z_]+)[ \t]*:[ \t]*['\"]?$")
_GROUPES = re.compile(r"\d+")


def annee_du_dossier(fichier: str) -> int | None:
    """L'année de la demande d'un fichier de dossier (dossiers/2019-003/… : 2019), ou None hors d'un dossier."""
    m = _DOSSIER.search(fichier.replace("\\", "/"))
    return int(m.group(1)) if m else None


@lru_cache(maxsize=4096)
def _annee(ecrite: str, reference: int) -> int | None:
    """L'année d'une date écrite en chiffres ou avec le mois en lettres (None si le jour ou le mois n'en est pas un :
    « 31 - 20 - 58 » est un bout de numéro) ; sur deux chiffres, le siècle qui ne la met pas dans plus de dix ans."""
    groupes = _GROUPES.findall(ecrite)
    if len(groupes) == 1 and len(groupes[0]) == 8:  # 20100514 ou 14052010
        g = groupes[0]
        groupes = [g[:4], g[4:6], g[6:]] if g[:2] in ("19", "20") and 1 <= int(g[4:6]) <= 12 else [g[:2], g[2:4], g[4:]]
    if len(groupes) not in (2, 3):
        return None
    annee_en_tete = len(groupes[0]) == 4
    annee = groupes[0] if annee_en_tete else groupes[-1]
    autres = [int(g) for g in (groupes[1:] if annee_en_tete else groupes[:-1])]
    if len(autres) == 2 and not (autres[0] <= 31 and autres[1] <= 12 or autres[0] <= 12 and autres[1] <= 31):
        return None
    if 0 in autres or any(a > 31 for a in autres):
        return None
    if len(annee) == 2:
        return 2000 + int(annee) if 2000 + int(annee) <= reference + 10 else 1900 + int(annee)
    return int(annee) if len(annee) == 4 else None


def _annee_de_naissance(texte: str, debut_ligne: int, fin_ligne: int, debut: int, fin: int, reference: int) -> bool:
    """La date `[debut, fin)` est-elle d'une année de naissance (au moins `RECUL` ans avant la demande), sans rien qui
    la rattache à un événement, à la place d'une naissance (valeur d'un champ qui n'est pas une date du modèle,
    `_place_de_fiche`) ?"""
    annee = _annee(texte[debut:fin], reference)
    if annee is None or not reference - AGE_MAX <= annee <= reference - RECUL:
        return False
    avant = texte[max(debut_ligne, debut - 60):debut]
    evenement = _EVENEMENT.search(avant)
    if evenement is not None and not (evenement.group("entre") and _AUTRE_DATE.search(evenement.group("entre"))):
        return False
    cle = _CLE_DE_LIGNE.fullmatch(avant) if debut - debut_ligne <= 60 else None  # une clé YAML ouvre sa ligne
    if cle is not None:  # la clé dit ce qu'est la date : un proche (« soeur_ainee »), ou un événement (« installation »)
        return cle.group(1) not in cles_de_date() and (annee <= reference - AVANT_LE_JEUNE or _designe_un_proche(cle.group(1)))
    return annee <= reference - AVANT_LE_JEUNE or _place_de_fiche(texte, debut_ligne, fin_ligne, debut, fin)


_MOTS = re.compile(r"[^\W\d_]{2,}")
AVANT_LE_JEUNE = 24
"""Années avant la demande au-delà desquelles une date précède la naissance de tout jeune suivi (0 à 23 ans) : ce
n'est pas un moment de son histoire, mais la naissance d'un adulte de sa famille (si aucun événement n'est nommé)."""
LIGNE_DE_FICHE = 120
"""Caractères au plus d'une ligne de fiche (« Enfant : 09/01/2008 », « | Sarah | 03/05/2010 | »)."""
_PREPOSITION_D_EVENEMENT = re.compile(
    r"(?<![^\W_])(?:le|du|au|en|vers|avant|apr[èe]s|entre|et|depuis|d[èe]s|jusqu['’]\s?au|op|sinds|tot|vanaf)[ \t]*$",
    re.IGNORECASE)
"""« hospitalisé le 12/10/2016 », « placé en octobre 2016 », « entre le … et le … » : la date d'un moment raconté."""
_COPULE = re.compile(r"(?<![^\W_])(?:c['’][ \t]?)?(?:est|[ée]tait)[ \t]+le[ \t]*$", re.IGNORECASE)
"""« Et pour le cadet ? C'est le 22/05/2012 », « pour le petit frère, c'est le 17-09-2011 » : une date donnée en
réponse ou en correction d'une fiche, pas un moment raconté."""
_PARENTHESE_APRES_UN_MOT = re.compile(r"([^\W\d_][\w'’-]*)[ \t]*\([ \t]*$")
_QUE_APRES = re.compile(r"[ \t]*qu(?:e\b|['’])", re.IGNORECASE)
_TETE_DE_LIGNE = re.compile(r"[ \t>*+|'\"-]*(?:\*\*)?[ \t]*$")
_RUBRIQUE = re.compile(r"([^\W\d_][^\n:]{0,40}?)[ \t]*:[ \t]*$")
_ENTETE_D_EVENEMENT = re.compile(r"date|quand|p[ée]riode|[ée]v[ée]nement|[ée]ch[ée]ance|jour|datum|wanneer", re.IGNORECASE)


@lru_cache(maxsize=1)
def _proches() -> frozenset[str]:
    """Les mots qui désignent un proche ou le jeune (`donnees/parente.txt`, `petits_noms.txt`), normalisés."""
    return frozenset(normaliser(m) for m in liens_de_parente())


def _designe_un_proche(mots: str) -> bool:
    """« Frère aîné », « soeur_ainee », « la grand-mère », « les jumelles » : un des mots désigne un proche ou le jeune."""
    return any(n in _proches() or n[-1:] in "sx" and n[:-1] in _proches()  # « les jumelles », « ses neveux »
               for n in map(normaliser, _MOTS.findall(mots.replace("_", " "))))


def _personne_devant(mot: str) -> bool:
    """Le mot devant une parenthèse est-il une personne : un proche (« la grand-mère (…) ») ou un prénom écrit avec sa
    majuscule qui n'est pas un lieu (« Sarah (…) », pas « Charleroi (…) », ni un sigle « CGRA (…) ») ?"""
    if _designe_un_proche(mot):
        return True
    return mot[0].isupper() and any(c.islower() for c in mot[1:]) and normaliser(mot) not in listes()["lieux"]


def _place_de_fiche(texte: str, debut_ligne: int, fin_ligne: int, debut: int, fin: int) -> bool:
    """La date sans indice est-elle à la place d'une naissance dans une fiche, plutôt que dans l'histoire du jeune ?

    L'histoire se raconte par phrases (« hospitalisé le 12/10/2016 à Beau Vallon », « le 12/10/2016, la maman a
    quitté le domicile ») et par chronologies, la date en tête de ligne (« 12/10/2016 : hospitalisation ») : ces
    dates d'événements ne sont pas signalées. Une naissance s'écrit à côté de la personne : entre parenthèses derrière
    son prénom ou son rôle (« Sarah (03/05/2010) »), sous la rubrique d'un proche (« Frère aîné : 05/10/98 »), donnée
    en réponse (« c'est le 17-09-2011 »), ou sur une ligne courte qui ne raconte rien (« Enfant : 09/01/08 », seule sur
    sa ligne : la réponse à un courriel)."""
    avant = texte[max(debut_ligne, debut - 40):debut]
    if _COPULE.search(avant):
        return not _QUE_APRES.match(texte, fin)  # « C'est le 2004-06-22 que la famille est arrivée » : un moment raconté
    if _PREPOSITION_D_EVENEMENT.search(avant):
        return False
    parenthese = _PARENTHESE_APRES_UN_MOT.search(avant)
    if parenthese:
        return _personne_devant(parenthese.group(1))
    rubrique = _RUBRIQUE.search(avant)
    if rubrique and _designe_un_proche(rubrique.group(1)):
        return True
    if fin_ligne - debut_ligne > LIGNE_DE_FICHE:
        return False  # une longue ligne raconte (et la relire à chaque date serait quadratique)
    apres = _MOTS.findall(texte, fin, fin_ligne)
    if apres and _TETE_DE_LIGNE.fullmatch(texte, debut_ligne, debut):
        return False  # chronologie : la date ouvre sa ligne, l'événement suit
    return len(_MOTS.findall(texte, debut_ligne, debut)) + len(apres) <= 2


def _titre_de_colonne(texte: str, lignes: Lignes, debut_ligne: int, debut: int, barres: list[int]) -> str | None:
    """Le titre de la colonne de la date à `debut`, si elle est dans une cellule de données d'un tableau Markdown, après
    une barre de sa ligne (« | Naissance | … » au-dessus de « | 19/04/2008 | ») ; None sinon."""
    derniere = bisect_left(barres, debut) - 1  # la barre avant la date : recopier le début de la ligne à
    if derniere < 0 or barres[derniere] < debut_ligne:  # chaque date était quadratique sur une longue ligne
        return None
    indice = lignes.numero(debut)
    entete = lignes.entete(indice)
    if entete is None:
        return None
    colonne = texte.count("|", debut_ligne, debut)
    cellules = texte[slice(*lignes.bornes(entete))].split("|")
    return cellules[colonne] if colonne < len(cellules) else None


_AGE = r"\d{1,2}[ \t]?ans?"
_AGE_PUIS_DATE = re.compile(
    # l'âge, puis la date entre parenthèses : « adolescent de 3 ans (24-03-2021) », « 13 ans (du 2 novembre 2011) »,
    # « âgé de 13 ans (il est de 21/02/2012) », « 11 ans (jeune du 1er septembre 2013) » ; ou après une virgule
    # (« l'aîné (17 ans, 2001-07-27) », « Bénéficiaire à charge, 9 ans, 18/10/13 »), si l'âge et la date s'accordent
    r"(?:(?:^|[,:(—–'\"]|(?<![^\W_])(?:de|a|ont|aura|auront|ses))[ \t]*" + _AGE
    + r"[ \t]*(?:\(|(?P<virgule>,))[ \t]*(?P<qui>(?:(?:il|elle|iel)[ \t]+est|jeune)[ \t]+d[eu][ \t]+)?(?:d[eu][ \t]+)?"
    # être d'une date, c'est y être né : « il est du 2002-02-17 », « le jumeau, lui aussi du 13/12/06 »
    r"|(?P<il>(?<![^\W_])(?:il|elle|iel|lui[ \t]+aussi|elle[ \t]+aussi)[ \t]+(?:est[ \t]+)?d[eu][ \t]*))$",
    re.IGNORECASE)
_DATE_PUIS_AGE = re.compile(
    r"[ \t]*(?:,|—|–|-|\(|:)[ \t]*(?:soit[ \t]+)?" + _AGE
    + r"(?![^\W_]|[ \t]*(?:apr[èe]s|avant|plus|de\b|d['’]|d[ée]j[àa]|pass|ont|sont|[àa]\b))",
    re.IGNORECASE)
"""Juste après la date, l'âge qu'elle donne (« 30 août 2007, 17 ans », « 11 août 2005, soit 19 ans », « 14 septembre
2019 (5 ans) ») ; pas une durée (« 3 ans après »)."""
_PARTICIPE_APRES = re.compile(
    r"[ \t]*,?[ \t]*(?:(?!n[ée]e?s?(?![^\W_])|scolaris|domicili|h[ée]berg|log[ée]|install|diagnostiqu|handicap|mari[ée]|"
    r"employ|dipl[ôo]m)[^\W\d_]+(?:é|ée|és|ées)(?![^\W_])"
    r"|entre[ \t]+en)", re.IGNORECASE)
"""Après la date, ce qui lui est arrivé ce jour-là (« , confié à la grand-mère », « , entre en 6e ») : un moment ; pas
« , né à Namur », ni un état (« , scolarisée en 3e », « , domicilié chez sa tante »)."""
_FERMANTE = re.compile(r"[ \t]*\)")
"""La parenthèse qui ferme juste après la date : « (08-03-2005) », rien d'autre dedans."""
_DATE_PUIS_AGE_ENTRE_PARENTHESES = re.compile(r"[ \t]*\([ \t]*" + _AGE + r"[ \t]*\)")
_POUR_LA_FICHE = re.compile(r"[ \t]+pour[ \t]+(?:compl[ée]ter[ \t]+)?(?:la|sa)[ \t]+fiche", re.IGNORECASE)
"""« donne 9.12.2007 pour la fiche » : la date donnée pour une fiche d'identité."""
_SUITE_IMMEDIATE = re.compile(r"[\s,;:()—–-]*([^,;.()\n]{0,30})")
"""Ce qui suit la date jusqu'à la ponctuation suivante : « , a appelé », « (tél.) », « , date de la demande »."""
_BEBE = re.compile(r"(?:arriv[ée]e?s?[ \t]+d['’]une?[ \t]+b[ée]b[ée][^.;\n\d]{0,30}"
                   r"|b[ée]b[ée]s?[ \t]+(?:est|sont|[ée]tait)[ \t]+arriv[ée]e?s?[ \t]+(?:le[ \t]+)?)$", re.IGNORECASE)
"""L'arrivée d'un bébé : « Arrivée d'un bébé dans la famille le … », « le bébé est arrivé le … »."""
_A_VENIR = re.compile(r"pr[ée]vu|attendu|pour[ \t]+le|vers[ \t]+le", re.IGNORECASE)
"""« Arrivée d'un bébé prévue pour le 12/06/2026 » : une naissance attendue n'a pas encore de date de naissance."""
_IDENTITE = re.compile(r"identit[ée]s?(?![^\W_])(?:\b[A-Z]\.|[^.;\n]){0,40}$", re.IGNORECASE)
"""« Sur la carte d'identité : 1/9/2014 », « identite: "garçon, 2021-10-10, Namur" », « l'identité complète : J.,
6 août 2015 » : la date d'une identité recopiée (des initiales peuvent la précéder)."""
_VERIFICATION = re.compile(r"v[ée]rifi", re.IGNORECASE)
"""Une identité vérifiée tel jour : la date du contrôle (un âge vérifié, lui, reste donné par sa date)."""
_PROCHE_PUIS_VIRGULE = re.compile(
    r"(?:^|[:;(])[ \t>*+'\"-]*(?:(?i:le|la|l['’]|les|un|une|sa|son|ses|leur|leurs|mon|ma|notre|votre)[ \t]*)?"
    r"([^\W\d_]+(?:[ \t-][^\W\d_]+){0,2})[ \t]*,[ \t]*(?:d[eu][ \t]+)?$")
"""« - sœur, 2000-05-02, en kot », « Deux frères : l'aîné, du 27-01-2018, travaille », « Jeune : garçon, 30/06/2005 » :
la date apposée à un proche qui ouvre sa ligne ou sa rubrique ; pas celle d'un proche complément (« Appel de la mère,
12/03/2024 »)."""
_MOTS_DU_PROCHE = DEBUTS_DE_LIEN | QUALIFICATIFS_DE_LIEN | {"ex"}
"""Ce qui peut entourer le lien dans le nom d'un proche (« la petite sœur », « la demi-sœur paternelle »)."""
_SUITE_DE_CHRONOLOGIE = re.compile(r"[ \t]*(?::|[–-][ \t]|à[ \t]+\d)")
"""« - frère, 12/03/2024 : appel au service », « SMS de la maman, 2 mars 2024 à 18 h » : la date d'un moment."""
_MOMENT = re.compile(
    r"(?<![^\W_])(?:demande|signal\w*|hospitalis\w*|placement|plac[ée]e?s?|fugue\w*|rencontre|entretien|r[ée]union|"
    r"concertation|audience|arriv[ée]e?s?|d[ée]part|d[ée]c[èe]s|rentr[ée]e|admission|admise?|entr[ée]e|sortie|"
    r"jugement|d[ée]cision|ordonnance|visite|consultation|rendez-vous|rdv|appel\w*|courriel|mail|sms|message|bilan|"
    r"rapport|pv|certificat|courrier|convocation|attestation|photos?|contr[ôo]l\w*|exp[ée]diteur|objet|"
    r"contacts?|pr[ée]sents?|excus[ée]e?s?|absente?s?|journal|historique|chronologie|t[ée]l|t[ée]l[ée]phone|"
    r"accord|envoy\w*|re[çc]ue?s?|d[ée]livr\w*|renouvel\w*|expir\w*|valable|valide|perdue?|vol[ée]e?|retour|r[ée]ponse|"
    r"r[ée]ception|urgences?|commune|documents?|mandat|contrat|avis|projet|note|synth[èe]se|juge|tribunal|police|"
    r"factures?|lettres?|devis|tickets?|quittances?|bail|garantie|d[ée]lai|dur[ée]e)(?![^\W_])",
    re.IGNORECASE)
"""Ce qui fait d'une date un moment plutôt qu'une naissance, sur sa ligne : un événement (demande, placement, fugue,
arrivée), un échange (appel, courriel, réponse), un document (PV, rapport, certificat, photo d'identité), une rubrique
de journal (objet, contact, présents). Les indices indirects de naissance (`_indice_indirect`) se taisent devant lui."""


_AGE_ECRIT = re.compile(r"ans(?:(?<=\dans)|(?<=\d ans))")
"""Un âge (« 13 ans »), cherché par son « ans » (un caractère fixe d'abord : le moteur saute de l'un à l'autre)."""
_ETRE_D_UNE_DATE = ("est du ", "est de ", "aussi du ", "aussi de ")
"""Préfiltre de « il est du … », « lui aussi du … »."""


def _indice_indirect(texte: str, debut_ligne: int, fin_ligne: int, debut: int, fin: int, annee: int | None) -> bool:
    """Une naissance dite sans le mot : l'âge que donne la date (« 14 ans (03/07/2011) », « 12 juin 2011, 13 ans »),
    « il est du … », l'arrivée d'un bébé, une identité recopiée (« carte d'identité : … »), la date apposée à un proche
    qui ouvre sa ligne (« - sœur, 2000-05-02, en kot »). Jamais sur une ligne qui nomme un moment (`_MOMENT`), ni après
    « le », « du », « depuis » (un moment raconté) ; l'identité et le proche, indices plus faibles, seulement pour une
    date d'au moins `RECUL` ans avant la demande du dossier (pas la carte faite ce mois-ci, ni l'appel de la mère)."""
    d0, f0 = max(debut_ligne, debut - 60), min(fin_ligne, fin + 40)
    if not (_AGE_ECRIT.search(texte, d0, f0) or texte.find(",", d0, debut) >= 0 or texte.find("fiche", fin, f0) >= 0
            or texte.find("dentit", d0, debut) >= 0 or texte.find("ébé", d0, debut) >= 0
            or texte.find("ebe", d0, debut) >= 0 or texte.endswith(_ETRE_D_UNE_DATE, d0, debut)):
        return False  # aucun indice indirect possible : la plupart des dates (« date: 2019-03-06 ») s'arrêtent là
    # la fenêtre coupée au milieu d'une ligne ne commence pas une ligne : « ^ » n'y vaut rien (« \x00 » devant)
    avant, apres = texte[d0:debut] if d0 == debut_ligne else "\x00" + texte[d0:debut], texte[fin:f0]
    if _BEBE.search(avant):
        return not _A_VENIR.search(avant)
    age_avant = _AGE_PUIS_DATE.search(avant)
    plausible = age_avant is not None and _age_plausible(texte[debut:fin], age_avant.group(0), annee)
    if age_avant is not None and age_avant.group("virgule") and not age_avant.group("qui") and not (
            plausible and _personne_avant_l_age(avant, age_avant.start())
            and not _SUITE_DE_CHRONOLOGIE.match(texte, fin) and not _PARTICIPE_APRES.match(texte, fin)):
        # « Le jeune, 15 ans, 12/03/2024 : appel » (né en 2024, il aurait 15 ans en 2039), « Accueil du jeune en
        # famille, 2 ans, 01/09/2016 » (une durée), « Sa sœur, 8 ans, 10/09/2015 à 9 h : visite » (un moment) : l'âge
        # ne dit rien de la date ; les autres indices restent (« Identité : garçon, 15 ans, 12/03/2004, adopté… »)
        age_avant = None
    if plausible and age_avant is not None and not age_avant.group("virgule") and _FERMANTE.match(texte, fin) and (
            _personne_juste_avant(avant, age_avant.start())):
        return True  # « L'école signale un élève de 13 ans (08-03-2005) absent » : son âge, même absent ou signalé
    suite = _SUITE_IMMEDIATE.match(apres)
    if suite is not None and _MOMENT.search(suite.group(1)):
        return False  # « - sœur, 03/03/2025, a appelé », « (du 03/07/2025, date de la demande) »
    if age_avant is not None and age_avant.group("qui"):
        return True  # « Âge à la demande : 11 ans (jeune du 1er septembre 2013) » : la parenthèse dit de qui
    if _POUR_LA_FICHE.match(apres):
        return True  # « La maman donne le 15/6/2015 pour la fiche »
    if _MOMENT.search(texte, max(debut_ligne, debut - LIGNE_DE_FICHE), debut):
        return False
    # l'âge ne dit une naissance qu'à côté de la personne : « Jeune fille de 15 ans (…) », « Fille, 12 juin 2011,
    # 13 ans » ; pas « Délai : 3 ans (12/05/2026) », « Bail : 01/09/2025 (3 ans) », une durée
    personne = _personne_avant(texte, d0, debut)
    if age_avant is not None and (personne or age_avant.group("il")):
        return True
    ancienne = annee is not None and (_annee(texte[debut:fin], annee) or annee) <= annee - RECUL
    if ancienne and _apposee_a_un_proche(avant, texte, fin):  # « l'aîné, du 27-01-2018 » : « du » y dit la naissance
        return True
    if _PREPOSITION_D_EVENEMENT.search(avant):
        return False
    en_tete = not _MOTS.search(texte, d0, debut)  # « 14 septembre 2012 (13 ans) : date donnée par la mère »
    return bool((personne or en_tete and _DATE_PUIS_AGE_ENTRE_PARENTHESES.match(apres)) and _DATE_PUIS_AGE.match(apres)
                or ancienne and _IDENTITE.search(avant) and not _VERIFICATION.search(avant))  # « identite_verifiee: »


_MOTS_D_UNE_PERSONNE = frozenset("age ages agee agees identite carte fiche ne nee nes nees eleve eleves patient patiente "
                                  "patients patientes beneficiaire beneficiaires".split())
"""Avec les liens de parenté (`_designe_un_proche` : jeune, fille, garçon, adolescent, sœur…), ce qui, devant une date
suivie d'un âge, dit que la date est celle d'une personne."""


def _personne_avant(texte: str, debut: int, fin: int) -> bool:
    """Un mot de `texte[debut:fin]` désigne-t-il une personne, son âge ou son identité ?"""
    return any(_mot_d_une_personne(mot) for mot in _MOTS.findall(texte, debut, fin))


MARGE_D_AGE = 5
"""Années au plus entre la demande du dossier (ou l'année en cours hors d'un dossier) et celle où la date et l'âge qui
la suit s'accordent : un dossier reste ouvert des années, et sa note de 2024 écrit « 13 ans (2011) » sous une demande
de 2019."""
RECUL_D_AGE = 1
"""Années au plus entre l'âge noté (l'année de la date plus l'âge) et la demande du dossier, quand on l'écrit avant :
à trois ans, l'âge d'un moment ancien (« Le jeune, 8 ans, 03/02/2009 rejoint sa mère ») passait pour une naissance
(l'attaque-38) ; à un an, un âge noté deux ans plus tôt est perdu (l'attaque-37)."""
_CHIFFRES = re.compile(r"\d+")


def _age_plausible(ecrite: str, age: str, annee: int | None) -> bool:
    """La date `ecrite` peut-elle être la naissance de quelqu'un qui a l'âge `age` (« 13 ans ») au moment où l'on écrit :
    née en 2024, une personne de 15 ans serait décrite en 2039. Et la date est d'au moins `RECUL` ans avant la demande :
    « Le jeune, 3 ans, 12/03/2019 : appel de la crèche » dans un dossier de 2019 est un moment du dossier, quel que soit
    l'âge. Une date qui n'en est pas une (« 31-20-58 ») ne l'est pas."""
    reference = annee if annee is not None else aujourdhui().year
    an, ans = _annee(ecrite, reference), _CHIFFRES.search(age)
    if an is None or ans is None or an > reference - RECUL:
        return False
    # un âge noté au plus l'année avant la demande : « Le frère, 4 ans, 12/03/2001 » n'a plus 4 ans en 2019
    age_ecrit = an + int(ans.group(0))
    return (annee is None or annee - RECUL_D_AGE <= age_ecrit) and age_ecrit <= reference + MARGE_D_AGE


def _personne_juste_avant(avant: str, position: int) -> bool:
    """Le mot juste avant l'âge (« un élève de 13 ans », « l'aîné (17 ans, ») désigne-t-il une personne ?"""
    mots = _MOTS.findall(avant, max(0, position - 30), position)
    return bool(mots) and _mot_d_une_personne(mots[-1])


def _mot_d_une_personne(mot: str) -> bool:
    """Un mot de `_MOTS_D_UNE_PERSONNE` ou un lien (« élève », « frère »)."""
    return normaliser(mot) in _MOTS_D_UNE_PERSONNE or _designe_un_proche(mot)


_DETERMINANTS = frozenset("le la les un une sa son ses leur leurs mon ma mes notre votre ce cet cette".split())
_QUALIFICATIFS_DEVANT = frozenset(normaliser(m) for m in _MOTS_DU_PROCHE) | frozenset(
    "plus tres toute tout second seconde deuxieme troisieme dernier derniere premier premiere demi jeune".split())
"""Ce qui peut précéder la personne dans son groupe (« Le plus jeune », « la toute petite demi-sœur ») ; tout autre mot
fait d'elle le complément d'autre chose (« Accompagnement jeune », « Congé parental père »)."""
MOTS_DEVANT_LA_PERSONNE = 3
"""Mots au plus (hors déterminants) devant la personne qui ouvre le groupe : « la toute petite demi-sœur »."""
_DEBUT_DE_SEGMENT = re.compile(r"(?:[,;:(\n|]|[ \t][-–—][ \t])[^,;:(\n|]*$")


def _prenom_ou_nom(mot: str) -> bool:
    """Un mot à majuscule qui est un prénom ou un nom des listes et pas un mot courant (« Adam », « Haddou »)."""
    n = normaliser(mot)
    l = listes()
    return mot[:1].isupper() and (n in l["prenoms"] or n in l["noms"]) and n not in l["courants"]


def _personne_avant_l_age(avant: str, position: int) -> bool:
    """La personne dont l'âge suit : après une ponctuation (« Le frère, 4 ans, », « l'aîné (17 ans, »), le nom qui
    ouvre le groupe devant elle, et non un mot plus loin (« Accueil du jeune en famille, 2 ans, », « Peine du frère :
    5 ans, », « Mise en autonomie du jeune (2 ans, » : des durées) ; après « de » (« Jeune fille de 14 ans, »), le mot
    juste avant."""
    if avant[position:position + 1].isalpha():
        return _personne_juste_avant(avant, position)
    debut = _DEBUT_DE_SEGMENT.search(avant, max(0, position - 60), position)
    mots = [m for m in _MOTS.findall(avant, debut.start() + 1 if debut else max(0, position - 60), position)
            if m.lower() not in _DETERMINANTS]
    for mot in mots[:MOTS_DEVANT_LA_PERSONNE + 1]:
        if _mot_d_une_personne(mot) or _prenom_ou_nom(mot):
            return True  # « Le plus jeune, », « La toute petite demi-sœur, », « Fratrie : Adam, »
        if normaliser(mot) not in _QUALIFICATIFS_DEVANT:
            return False  # « Accompagnement jeune, 3 ans, », « Accueil du jeune en famille, » : une durée
    return False


def _apposee_a_un_proche(avant: str, texte: str, fin: int) -> bool:
    """La date apposée à un proche qui ouvre sa ligne ou sa rubrique (`_PROCHE_PUIS_VIRGULE`) : les mots devant la
    virgule nomment le lien (« la sœur aînée », « le demi-frère », « garçon »), et rien après ne fait de la date un moment
    d'une chronologie."""
    proche = _PROCHE_PUIS_VIRGULE.search(avant) if "," in avant else None
    if proche is None or _SUITE_DE_CHRONOLOGIE.match(texte, fin):
        return False
    mots = _MOTS.findall(proche.group(1))
    return bool(mots) and _designe_un_proche(proche.group(1)) and all(
        normaliser(mot) in _MOTS_DU_PROCHE or _designe_un_proche(mot) for mot in mots)


_DEBUT_DE_PERIODE = re.compile(r"[ \t]+(?:au|jusqu['’]au)[ \t]+", re.IGNORECASE)
"""« du 12/03/2024 au 15/03/2024 » : une date suivie de « au » puis d'une autre date ouvre une période."""


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat, annee: int | None = None) -> list[Trouvaille]:
    """Les dates de naissance du texte ; `annee` : l'année de la demande du dossier du fichier (`annee_du_dossier`),
    qui fait signaler aussi les dates d'une année de naissance sans indice."""
    resultats = []
    barres: list[int] | None = None
    trouvees = _dates(texte, lignes)
    debuts_de_dates = {debut for debut, _ in trouvees}
    anniversaire = _parle_anniversaire(lignes.bas) and _INDICE_ANNIVERSAIRE.search(texte) is not None
    naissance = not lignes.mots.isdisjoint(_MOTS_NAISSANCE)
    cle_de_naissance = bool(trouvees) and _naissance_dans_une_cle(lignes, naissance)
    element_yaml = bool(trouvees) and not lignes.mots.isdisjoint(_MOTS_D_UN_ELEMENT)
    if naissance or "°" in texte or "dob" in lignes.mots:
        for debut, fin in _mois_annee(texte, lignes, trouvees):
            resultats.append(Trouvaille(debut, fin, REGLE, f"mois de naissance « {masquer_tout(texte[debut:fin])} » : "
                                        "l'année du code du jeune suffit, jamais le mois"))
    for debut, fin in trouvees:
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(debut))
        sans_indice = False
        periode = _DEBUT_DE_PERIODE.match(texte, fin)
        if not (
            _naissance_annoncee_avant(texte, debut_ligne, debut, naissance)
            or _indice_apres(texte[fin : min(fin_ligne, fin + 40)])
            or _indice_ligne_precedente(texte, lignes, debut_ligne, debut)
            or naissance and _rubrique_de_naissance(texte, lignes, debut_ligne, debut)
            or cle_de_naissance and _indice_cle_parente(texte, lignes, debut_ligne, debut)
            or element_yaml and _age_d_un_element(texte, lignes, debut_ligne, debut, fin, annee)
            # « aura 18 ans le 25.2.2020 », « fêtera son anniversaire le 25/08/09 » : la date entière d'un anniversaire
            or anniversaire and _anniversaire_avant(texte, debut_ligne, debut)
            # un indice indirect ne vaut pas pour le début d'une période (« il est du 12/03/2024 au 15/03/2024 en
            # stage ») ; un indice direct, si (« DDN : 01/01/2008 au 31/12/2008 », un âge estimé)
            or (periode is None or periode.end() not in debuts_de_dates)
            and _indice_indirect(texte, debut_ligne, fin_ligne, debut, fin, annee)
        ):
            barres = barres if barres is not None else [m.start() for m in _BARRE.finditer(texte)]
            titre = _titre_de_colonne(texte, lignes, debut_ligne, debut, barres)
            if titre is None or not _ENTETE_NAISSANCE.search(titre):  # pas une colonne « Naissance »
                if annee is None or not _annee_de_naissance(texte, debut_ligne, fin_ligne, debut, fin, annee):
                    continue
                if titre is not None and _ENTETE_D_EVENEMENT.search(titre):
                    continue  # « | Date | Événement | » : la chronologie de l'histoire du jeune
                sans_indice = True
        masque = masquer_tout(texte[debut:fin])
        message = (f"date « {masque} » d'au moins {RECUL} ans avant la demande du dossier, sans événement nommé : celle "
                   "d'une naissance ; l'année du code du jeune suffit, jamais la date exacte (la date d'un moment de son "
                   "histoire se raconte : « hospitalisé le … », « réunion du … »)" if sans_indice else
                   f"date de naissance « {masque} » : l'année du code du jeune suffit, jamais la date exacte")
        resultats.append(Trouvaille(debut, fin, REGLE, message))
    if not anniversaire and not naissance:
        return resultats
    couvertes = Intervalles()  # chercher la position dans la liste à chaque jour-mois était quadratique
    for t in resultats:
        couvertes.ajouter(t.debut, t.fin)
    for m in _JOUR_MOIS.finditer(texte):
        if couvertes.contient(m.start()):
            continue
        debut_ligne, _ = lignes.bornes(lignes.numero(m.start()))
        if anniversaire and _anniversaire_avant(texte, debut_ligne, m.start()):
            message = f"date d'anniversaire « {masquer_tout(m.group(0))} » : avec l'année du code, c'est la date de naissance"
        elif naissance and _naissance_annoncee_avant(texte, debut_ligne, m.start(), naissance):
            # « né un 25 décembre » : le jour et le mois de la naissance, l'année est dans le code
            message = f"jour de naissance « {masquer_tout(m.group(0))} » : avec l'année du code, c'est la date de naissance"
        else:
            continue
        resultats.append(Trouvaille(m.start(), m.end(), REGLE, message))
    return resultats
