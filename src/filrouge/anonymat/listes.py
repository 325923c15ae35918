"""Les listes de mots de la garde : prénoms et noms par origine, lieux, mots courants.

Chargées une fois par processus et gardées en cache hors du dépôt (`cache.en_cache`). Le
contexte (noms des services de l'annuaire) et la détection des noms les lisent tous deux : elles
vivent ici, sous l'un et l'autre, pour qu'aucun des deux n'importe l'autre.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from importlib import resources

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.normalisation import normaliser

LOCALES_FAKER = ("fr_BE", "nl_BE", "fr_FR")
_MOTS_OUTILS = frozenset(
    "le la les l un une des du de d à a au aux et ou est ont sont était etait par pour sur dans avec sans qui que qu ne n "
    "se s sa son ses leur leurs ce cet cette il elle ils elles on y en lui pas plus ni mais donc car ainsi aussi tres très "
    "bien mal peu tout tous toute toutes deja déjà encore toujours jamais souvent ici".split()
)
"""Mots outils : jamais des noms, même dans les listes étendues."""


def _lire_liste(nom: str) -> list[str]:
    texte = resources.files("filrouge.anonymat").joinpath("donnees", nom).read_text(encoding="utf-8")
    return [ligne.strip() for ligne in texte.splitlines() if ligne.strip() and not ligne.lstrip().startswith("#")]


@lru_cache(maxsize=1)
def listes() -> dict[str, frozenset[str]]:
    """Les listes de mots, normalisées (minuscules, sans accents), chargées une fois (cache disque)."""
    return en_cache("listes", ",".join(LOCALES_FAKER), _calculer_listes)


def _calculer_listes() -> dict[str, frozenset[str]]:
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
    lieux = {normaliser(x) for x in _lire_liste("lieux.txt")}
    courants = {normaliser(x) for x in _lire_liste("mots_courants.txt")}
    ambigus = {normaliser(x) for x in _lire_liste("mots_ambigus.txt")}
    prenoms -= lieux | courants
    noms -= lieux | courants
    mots = {normaliser(x) for x in _lire_liste("prenoms_mots.txt")}
    exclus = lieux | courants | ambigus | mots
    # Prénoms reconnus en minuscules au fil du texte : graphie exacte (« hélène ») ou sans aucun accent
    # (« helene ») ; « marié » n'est pas « Marie », « la pierre » n'est pas Pierre.
    formes_minuscules = {f for f in formes if normaliser(f) not in exclus and len(f) >= 4}
    return {
        "prenoms_minuscules": frozenset(formes_minuscules),
        "prenoms_minuscules_ascii": frozenset(normaliser(f) for f in formes_minuscules),
        "mots_prenoms": frozenset(mots),
        "prenoms": frozenset(prenoms),
        "noms": frozenset(noms),
        "lieux": frozenset(lieux),
        "courants": frozenset(courants),
        "ambigus": frozenset(ambigus),
    }


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


def est_prenom_connu(mot: str) -> bool:
    return normaliser(mot) in listes()["prenoms"]
