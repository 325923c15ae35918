"""Noms protégés : les vrais noms du jeune et de sa famille, hors du dépôt, en empreintes lentes.

Le casemanager les enregistre une fois, sur sa propre machine (`filrouge proteger`). Le fichier ne
contient qu'un sel aléatoire, les paramètres de dérivation et une empreinte scrypt par forme de nom
(minuscules, sans accents) : aucun nom en clair. La garde dérive l'empreinte de chaque mot distinct
des textes qu'elle lit (une fois par processus) et reconnaît ces noms quelle que soit leur graphie.

Pourquoi scrypt : une empreinte SHA-256 se calcule en une demi-microseconde, et une liste de prénoms
retrouvait les noms du fichier en une fraction de seconde. Une dérivation lente coûte autant à
l'attaquant, par nom essayé, qu'à la garde, par mot lu : ses paramètres sont les plus lourds qui
gardent la vérification du dépôt de démonstration sous le double du temps de `filrouge valider`
sans la garde (mesures et limites : docs/bench/anonymat.md, scripts/bench_proteges.py). Ils sont
écrits dans le fichier : une version future pourra les relever (en réenregistrant les noms).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from filrouge.anonymat.normalisation import compacter, squelette
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import ErreurUtilisation

VARIABLE = "FILROUGE_NOMS_PROTEGES"
VERSION = 2
LONGUEUR_MIN = 2
LONGUEUR_MIN_SQUELETTE = 4
# Les particules ne sont protégées qu'au sein du nom entier (« Vandenbossche »), jamais seules.
PARTICULES = frozenset(
    "de du des la le les van von der den del della el al ben bin bint da di dos do ter ten vande vander vanden mc mac et y".split()
)
_MOTS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HEXA = re.compile(r"[0-9a-f]+")
_APOSTROPHE = re.compile(r"['’]")
_MEMOIRE_MAX = 256 * 2**20
"""Plafond de mémoire de scrypt : les paramètres lus d'un fichier ne peuvent pas le dépasser."""


class ErreurNomsProteges(ErreurUtilisation):
    """Fichier des noms protégés illisible ou inutilisable : la garde refuse de tourner sans lui (sortie 2)."""


def chemin_par_defaut() -> Path:
    """$FILROUGE_NOMS_PROTEGES, sinon ~/.config/filrouge/noms_proteges.json (ou $XDG_CONFIG_HOME)."""
    explicite = os.environ.get(VARIABLE)
    if explicite:
        return Path(explicite).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "filrouge" / "noms_proteges.json"


@dataclass(frozen=True)
class Derivation:
    """Les paramètres de scrypt (RFC 7914) : n (coût, puissance de 2), r (taille de bloc), p, dklen (octets)."""

    n: int = 2**5
    r: int = 8
    p: int = 1
    dklen: int = 16

    def deriver(self, sel: bytes, cle: str) -> str:
        return hashlib.scrypt(
            cle.encode("utf-8"), salt=sel, n=self.n, r=self.r, p=self.p, dklen=self.dklen, maxmem=_MEMOIRE_MAX
        ).hex()

    def en_json(self) -> dict:
        return {"fonction": "scrypt", "n": self.n, "r": self.r, "p": self.p, "dklen": self.dklen}

    @classmethod
    def depuis_json(cls, donnees: object) -> "Derivation | None":
        """Les paramètres lus, ou None s'ils manquent ou sont hors bornes : un fichier forgé ne fige pas la garde."""
        if not isinstance(donnees, dict) or donnees.get("fonction") != "scrypt":
            return None
        valeurs = [donnees.get(nom) for nom in ("n", "r", "p", "dklen")]
        if not all(type(v) is int for v in valeurs):
            return None
        n, r, p, dklen = valeurs
        if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and 16 <= dklen <= 64):
            return None
        if 128 * r * (n + p + 2) > _MEMOIRE_MAX:
            return None
        return cls(n, r, p, dklen)


DERIVATION = Derivation()
"""Paramètres des nouveaux fichiers (docs/bench/anonymat.md, « Noms protégés : coût d'une attaque »)."""


def decouper(nom: str) -> list[str]:
    """Les mots d'un nom : « Marie-Ève Van den Bossche » → marie, eve, mariee ve…, van, den, bossche."""
    mots = [m for m in _MOTS.findall(nom)]
    formes = {compacter(m) for m in mots}
    # Les suites de mots aussi, écrites d'un seul tenant : « Van den Bossche » → « Vandenbossche ».
    for i in range(len(mots)):
        for j in range(i + 2, min(len(mots), i + 4) + 1):
            formes.add(compacter("".join(mots[i:j])))
    return sorted(f for f in formes if len(f) >= LONGUEUR_MIN and f not in PARTICULES)


def cle(forme: str) -> str:
    """Ce qui est dérivé pour une forme : son squelette s'il est assez long, sinon la forme elle-même.

    Le squelette couvre la graphie exacte et ses variantes (« Mohammed » / « Mohamed ») : une seule
    dérivation par mot lu, au lieu d'une pour le mot et une pour son squelette.
    """
    sq = squelette(forme)
    return f"squelette\x00{sq}" if len(sq) >= LONGUEUR_MIN_SQUELETTE else f"mot\x00{forme}"


@dataclass
class NomsProteges:
    sel: str = ""
    empreintes: set[str] = field(default_factory=set)
    derivation: Derivation = DERIVATION
    _par_mot: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)
    _par_cle: dict[str, bool] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __bool__(self) -> bool:
        return bool(self.empreintes)

    def __len__(self) -> int:
        return len(self.empreintes)

    def _deriver(self, c: str) -> str:
        return self.derivation.deriver(bytes.fromhex(self.sel), c)

    def ajouter(self, nom: str) -> int:
        """Ajoute les mots d'un nom ; renvoie le nombre de nouvelles empreintes."""
        if not self.sel:
            self.sel = secrets.token_hex(16)
        avant = len(self.empreintes)
        self.empreintes.update(self._deriver(cle(forme)) for forme in decouper(nom))
        self._par_mot.clear()
        self._par_cle.clear()
        return len(self.empreintes) - avant

    def contient(self, mot: str) -> bool:
        """Vrai si `mot` (un mot du texte, casse et accents quelconques) est un nom protégé.

        Un mot à apostrophe l'est aussi par sa fin (« d'Amico » : Amico). Une dérivation par clé
        distincte et par processus : un mot répété d'un texte à l'autre ne coûte qu'une lecture de
        dictionnaire.
        """
        connu = self._par_mot.get(mot)
        if connu is None:
            formes = [mot, *_APOSTROPHE.split(mot, maxsplit=1)[1:]]
            connu = bool(self.empreintes) and any(self._contient_forme(compacter(f)) for f in formes)
            self._par_mot[mot] = connu
        return connu

    def _contient_forme(self, forme: str) -> bool:
        if len(forme) < LONGUEUR_MIN:
            return False
        c = cle(forme)
        connu = self._par_cle.get(c)
        if connu is None:
            connu = self._par_cle[c] = self._deriver(c) in self.empreintes
        return connu

    # --- stockage ---------------------------------------------------------------------------
    def en_json(self) -> dict:
        return {
            "version": VERSION,
            "description": "Noms protégés de la garde d'anonymat de filrouge : empreintes scrypt salées, aucun nom "
            "en clair. Pour en ajouter : filrouge proteger.",
            "derivation": self.derivation.en_json(),
            "sel": self.sel,
            "empreintes": sorted(self.empreintes),
        }

    @classmethod
    def depuis_json(cls, donnees: object, chemin: Path) -> "NomsProteges":
        if not isinstance(donnees, dict):
            raise ErreurNomsProteges(_illisible(chemin, "format inattendu"))
        version = donnees.get("version")
        if version == 1:
            raise ErreurNomsProteges(_ancien_format(chemin))
        if version != VERSION:
            raise ErreurNomsProteges(_illisible(chemin, f"version {version!r} inconnue de cette version de filrouge"))
        derivation = Derivation.depuis_json(donnees.get("derivation"))
        if derivation is None:
            raise ErreurNomsProteges(_illisible(chemin, "paramètres de dérivation invalides"))
        sel, empreintes = donnees.get("sel"), donnees.get("empreintes")
        if not isinstance(sel, str) or len(sel) < 32 or not _HEXA.fullmatch(sel):
            raise ErreurNomsProteges(_illisible(chemin, "sel invalide"))
        if not isinstance(empreintes, list) or not all(
            isinstance(e, str) and len(e) == 2 * derivation.dklen and _HEXA.fullmatch(e) for e in empreintes
        ):
            raise ErreurNomsProteges(_illisible(chemin, "empreintes invalides"))
        return cls(sel=sel, empreintes=set(empreintes), derivation=derivation)


def _illisible(chemin: Path, raison: str) -> str:
    return (
        f"Noms protégés : {chemin} : fichier illisible ({raison}). La garde d'anonymat refuse de tourner sans "
        "les noms protégés de ce poste : enregistrez-les à nouveau avec « filrouge proteger --remplacer » "
        "(tous les noms, un par ligne sur l'entrée standard), ce qui remplace ce fichier."
    )


def _ancien_format(chemin: Path) -> str:
    """Pourquoi un fichier à l'ancien format est refusé, et quoi faire (il ne peut pas être converti)."""
    return (
        f"Noms protégés : {chemin} est à l'ancien format (empreintes SHA-256), qu'une simple liste de prénoms "
        "déchiffre en une fraction de seconde. La garde d'anonymat refuse de s'en servir. Enregistrez à "
        "nouveau tous les noms protégés de ce poste avec « filrouge proteger --remplacer » (un nom par ligne "
        "sur l'entrée standard) : le fichier est remplacé par des empreintes lentes. Les noms n'y étant pas "
        "écrits en clair, la conversion ne peut pas être automatique ; ne supprimez pas le fichier sans "
        "réenregistrer les noms, la garde ne les reconnaîtrait plus."
    )


def charger(chemin: Path | None = None) -> NomsProteges:
    """Charge le fichier d'empreintes ; un fichier absent donne une liste vide, un fichier inutilisable lève."""
    chemin = chemin or chemin_par_defaut()
    try:
        brut = chemin.read_text(encoding="utf-8")
    except FileNotFoundError:
        return NomsProteges()
    except (OSError, UnicodeDecodeError) as exc:
        raise ErreurNomsProteges(_illisible(chemin, f"lecture impossible, {exc.__class__.__name__}")) from None
    try:
        donnees = json.loads(brut)
    except json.JSONDecodeError:
        raise ErreurNomsProteges(_illisible(chemin, "JSON invalide")) from None
    return NomsProteges.depuis_json(donnees, chemin)


def est_dans(chemin: Path, dossier: Path) -> bool:
    try:
        chemin.resolve().relative_to(dossier.resolve())
        return True
    except ValueError:
        return False


def enregistrer(noms: NomsProteges, chemin: Path | None = None) -> Path:
    """Écrit le fichier (droits 600, remplacement atomique) ; le dossier parent est créé au besoin."""
    chemin = chemin or chemin_par_defaut()
    try:
        chemin.parent.mkdir(parents=True, exist_ok=True)
        ecrire_atomiquement(chemin, json.dumps(noms.en_json(), indent=1) + "\n", droits=0o600)
    except OSError as exc:
        raise ErreurNomsProteges(
            f"Noms protégés : {chemin} : écriture impossible ({exc.strerror or exc.__class__.__name__})"
        ) from None
    return chemin
