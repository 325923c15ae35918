"""Le cache de la validation incrémentale : ce qu'un dossier a donné, tant que ni lui ni le contexte ne changent.

Une entrée par dossier : la signature de ses fichiers (nom, taille, date), l'empreinte de leur
contenu, ses constats (lecture, schéma, règles propres au dossier, garde d'anonymat) et le résumé
que lisent les règles qui comparent les dossiers entre eux (enveloppe, capacité, codes partagés).
La clé du cache change avec tout ce dont dépend un verdict : le code de filrouge lui-même, la
configuration et l'annuaire, les noms protégés du poste. Le fichier vit dans le répertoire de cache
de l'utilisateur, jamais dans le dépôt, au format `marshal` (le plus rapide à relire) ; illisible ou
impossible à écrire, il est ignoré : on recalcule. À côté, `selon_le_code` garde ce qui ne dépend que
du code de filrouge (les empreintes des schémas qu'il génère), une fois par version, et `brouillons` les
entrées des derniers dossiers vérifiés sur une copie (l'atelier) : l'entrée ne dépend que du contenu, donc
le hook qui suit l'écriture de ces mêmes fichiers la reprend au lieu de revérifier le dossier.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import stat
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from filrouge.fichiers import ecrire_atomiquement

VERSION_FORMAT = 6
BROUILLONS_GARDES = 16
"""Les entrées de brouillons gardées par dépôt (les plus récentes) : de quoi couvrir quelques onglets."""
VERSIONS_GARDEES = 4
"""Les versions de filrouge dont `selon_le_code` garde la valeur sur un poste (les plus récemment calculées)."""
MARGE_DES_DATES_NS = 2_000_000_000
"""Une date de fichier ou de répertoire de moins de 2 s au moment où on la relève ne dit pas qu'il n'a pas changé :
l'horloge des fichiers avance par pas (quelques ms, une seconde sur certains systèmes de fichiers), et une écriture
dans le même pas la laisserait inchangée (le problème du « racy git »). Un tel répertoire est relisté, un tel
fichier comparé par son contenu, et l'empreinte du code n'est pas gardée."""
T = TypeVar("T")


@contextmanager
def sans_collecte() -> Iterator[None]:
    """Le ramasse-miettes de Python suspendu le temps d'une validation (ou du calcul des listes de noms).

    Le cache relu compte des centaines de milliers de petits objets (constats, résumés, signatures) qui vivent
    jusqu'à la fin : chaque collecte les parcourait tous, pour rien (0,13 s d'un `filrouge valider` de 0,7 s
    après un changement, 0,2 s à froid). Le comptage de références libère toujours ce qui ne sert plus ; seuls
    d'éventuels cycles attendent la fin de la validation (même mémoire mesurée sur 1 000 dossiers).
    """
    actif = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if actif:
            gc.enable()


def repertoire() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "filrouge" / "validation"


@cache
def empreinte_du_code() -> str:
    """L'empreinte des sources et des données de filrouge : une autre version, un autre verdict.

    Le contenu compte, pas la date : une copie qui garde les dates (`rsync -a`, `tar x`, une image construite à date
    fixe) ne fait pas passer une autre version pour la même. Chaque fichier compte par son chemin dans le paquet, sa
    taille et son contenu (3,8 ms à relire). L'empreinte est gardée sous l'état des fichiers (taille, dates de
    modification et d'état, inode) : la date d'état change à toute écriture et aucune copie ne la garde, donc un
    état inchangé depuis plus de `MARGE_DES_DATES_NS` est un contenu inchangé (0,7 ms).
    """
    paquet = os.path.dirname(os.path.abspath(__file__))
    fichiers: list[tuple[str, str, os.stat_result]] = []
    a_voir = [paquet]
    while a_voir:
        dossier = a_voir.pop()
        with os.scandir(dossier) as entrees:
            triees = sorted(entrees, key=lambda e: e.name)
        for entree in triees:
            if entree.is_dir():
                if entree.name != "__pycache__":
                    a_voir.append(entree.path)
            elif entree.name.endswith((".py", ".yaml", ".txt")):
                fichiers.append((entree.path[len(paquet) + 1:], entree.path, entree.stat()))
    etat = hashlib.blake2b(f"format {VERSION_FORMAT} {paquet}".encode("utf-8", "surrogateescape"), digest_size=16)
    for relatif, _, info in fichiers:
        etat.update(f"{relatif}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}\0{info.st_ino}\0".encode(
            "utf-8", "surrogateescape"))
    memoire, cle = repertoire() / "empreinte-du-code.marshal", etat.hexdigest()
    gardee = lire_fichier(memoire, cle, "code").get("empreinte")
    if isinstance(gardee, str):
        return gardee
    empreinte = hashlib.blake2b(f"format {VERSION_FORMAT}".encode(), digest_size=16)
    for relatif, chemin, _ in fichiers:
        with open(chemin, "rb") as flux:
            contenu = flux.read()
        empreinte.update(b"%s\0%d\0%s" % (relatif.encode("utf-8", "surrogateescape"), len(contenu), contenu))
    resultat = empreinte.hexdigest()
    limite = time.time_ns() - MARGE_DES_DATES_NS
    if all(info.st_ctime_ns < limite and info.st_mtime_ns < limite for _, _, info in fichiers):
        ecrire_fichier(memoire, cle, "code", {"empreinte": resultat})
    return resultat


def chemin_pour(racine: Path, suite: str = "") -> Path:
    """Le fichier du cache de ce dépôt (`suite` : un fichier voisin du même dépôt, « -brouillons »…)."""
    cle = hashlib.blake2b(str(racine.resolve()).encode(), digest_size=12).hexdigest()
    return repertoire() / f"{cle}{suite}.marshal"


def lire(racine: Path, contexte: str) -> dict[str, Any]:
    """Les entrées par dossier, si le cache existe pour ce contexte ; sinon un cache vide."""
    return lire_fichier(chemin_pour(racine), contexte, "dossiers")


def ecrire(racine: Path, contexte: str, entrees: dict[str, Any]) -> None:
    """Écrit le cache de façon atomique (deux validations simultanées ne se gênent pas)."""
    ecrire_fichier(chemin_pour(racine), contexte, "dossiers", entrees)


def fichiers_de_l_arbre(racine: Path, cle: str, lister: Callable[[], set[str] | None]) -> set[str] | None:
    """Les fichiers suivis sous `racine` dans l'arbre que désigne `cle` (préfixe et arbre Git) : `lister()` une
    fois par arbre, puis relus du cache (un arbre ne change jamais ; relire coûte un processus `git` de moins à
    chaque validation). Un échec de `lister()` (None) n'est pas gardé."""
    chemin = chemin_pour(racine, "-commit")
    gardes = lire_fichier(chemin, cle, "fichiers").get("noms")
    if isinstance(gardes, list):
        return set(gardes)
    fichiers = lister()
    if fichiers is not None:
        ecrire_fichier(chemin, cle, "fichiers", {"noms": sorted(fichiers)})
    return fichiers


def _chemin_des_brouillons(racine: Path) -> Path:
    return chemin_pour(racine, "-brouillons")


def brouillons(racine: Path, contexte: str) -> dict[str, Any]:
    """Les entrées des dossiers vérifiés sur une copie, par empreinte de leur contenu (pour ce contexte)."""
    return lire_fichier(_chemin_des_brouillons(racine), contexte, "dossiers")


def garder_brouillon(racine: Path, contexte: str, entree: dict[str, Any]) -> None:
    """Ajoute l'entrée d'un dossier vérifié sur une copie, sous l'empreinte de son contenu ; les plus anciennes
    s'effacent. Un fichier écrit avec exactement ce contenu la retrouve (`valider` après l'atelier)."""
    gardees = brouillons(racine, contexte)
    gardees.pop(entree["empreinte"], None)
    gardees[entree["empreinte"]] = entree
    ecrire_fichier(_chemin_des_brouillons(racine), contexte, "dossiers",
                   dict(list(gardees.items())[-BROUILLONS_GARDES:]))


def lire_fichier(chemin: Path, contexte: str, cle: str) -> dict[str, Any]:
    """Le dictionnaire `cle` d'un fichier du cache écrit pour ce contexte ; vide s'il est absent, illisible ou
    d'un autre contexte."""
    try:
        donnees = marshal.loads(chemin.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(donnees, dict) or donnees.get("contexte") != contexte:
        return {}
    valeur = donnees.get(cle)
    return valeur if isinstance(valeur, dict) else {}


def ecrire_fichier(chemin: Path, contexte: str, cle: str, valeur: dict[str, Any]) -> None:
    """Écrit `valeur` sous `cle` dans un fichier du cache, pour ce contexte (relu par `lire_fichier`)."""
    _ecrire_atomiquement(chemin, marshal.dumps({"contexte": contexte, cle: valeur}))


def _ecrire_atomiquement(chemin: Path, contenu: bytes) -> None:
    """Un cache qu'on ne peut pas écrire n'est pas une erreur : il sera recalculé la prochaine fois. Écrit sans
    fsync : une panne peut le laisser vide, tronqué ou ancien ; `lire_fichier` rejette les deux premiers, et un
    cache ancien ne sert que pour des signatures, empreintes et arbres qui n'ont pas changé."""
    try:
        chemin.parent.mkdir(parents=True, exist_ok=True)
        ecrire_atomiquement(chemin, contenu, durable=False)
    except (OSError, ValueError):
        pass


def selon_le_code(nom: str, calculer: Callable[[], T]) -> T:
    """Une valeur qui ne dépend que du code de filrouge (par exemple les schémas qu'il génère) : calculée
    une fois par version de filrouge, puis relue du cache ; illisible ou d'une autre version, elle est
    recalculée. `calculer` rend des types de `marshal`.

    Un fichier par version (les `VERSIONS_GARDEES` plus récentes) : deux versions de filrouge sur un même poste
    (deux clones, une branche et main) ne recalculent plus chacune la valeur que l'autre vient d'écraser."""
    code = empreinte_du_code()
    chemin = repertoire() / f"code-{nom}-{code[:16]}.marshal"
    try:
        donnees = marshal.loads(chemin.read_bytes())
        if isinstance(donnees, dict) and donnees.get("code") == code:
            return donnees["valeur"]  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        pass
    valeur = calculer()
    _ecrire_atomiquement(chemin, marshal.dumps({"code": code, "valeur": valeur}))
    _oublier_les_anciennes(nom, chemin)
    return valeur



def _oublier_les_anciennes(nom: str, garde: Path) -> None:
    """Les fichiers `selon_le_code` des versions les moins récemment calculées, au-delà de `VERSIONS_GARDEES`
    (`garde`, qui vient d'être écrit, compris)."""
    try:
        autres = [f for f in repertoire().glob(f"code-{nom}-*.marshal") if f != garde]
        for ancien in sorted(autres, key=lambda f: f.stat().st_mtime_ns)[:max(0, len(autres) - VERSIONS_GARDEES + 1)]:
            ancien.unlink()
    except OSError:
        pass


Signature = tuple[tuple[str, int, int], ...]
"""(chemin relatif, taille, date) par fichier ; (« sous/ », inode, date d'état) par répertoire, « » pour la racine."""

SYSTEMES_DE_FICHIERS_SURS = frozenset({"ext2", "ext3", "ext4", "xfs", "tmpfs", "overlay", "zfs", "f2fs", "jfs",
                                       "reiserfs", "bcachefs", "nilfs2"})
"""Les systèmes de fichiers locaux de Linux qui changent la date d'état d'un répertoire à chaque entrée ajoutée,
retirée ou renommée, comme POSIX le veut, et que /proc/self/mountinfo décrit sous le `st_dev` de leurs fichiers.
Ailleurs (partages réseau, FUSE, FAT, Windows où `st_ctime` est la date de création, sous-volumes btrfs dont le
`st_dev` n'est pas celui de leur montage), chaque répertoire est listé à chaque fois."""


def signature(chemin: Path | str, precedente: Signature | None = None) -> Signature:
    """(chemin relatif, taille, date de modification) de chaque fichier sous `chemin`, sans suivre les liens, et
    l'inode et la date d'état (ctime) de chaque répertoire.

    Avec la `precedente` signature du même répertoire, sur un système de fichiers sûr : si aucun de ses
    répertoires n'a changé d'état (rien n'y a été ajouté, retiré, renommé, ni ses droits changés) ni d'inode, ses
    noms sont les mêmes et chaque fichier est seulement relu par `lstat`, sans lister les répertoires (23 ms au
    lieu de 51 sur mille dossiers). Un répertoire qui n'a pas pu être lu entièrement, ou changé depuis moins de
    `MARGE_DES_DATES_NS`, a la date -1 : il sera listé la fois suivante. Un fichier modifié depuis moins que
    cette marge a une date négative tirée au hasard, différente à chaque relevé : réécrit à la même taille dans le
    même pas d'horloge, il ne garderait pas sa signature, et c'est son contenu qui dira s'il a changé.
    """
    base = os.fspath(chemin)
    limite = time.time_ns() - MARGE_DES_DATES_NS
    if precedente:
        reprise = _reprise(base, precedente, limite)
        if reprise is not None:
            return reprise
    try:
        info = os.lstat(base)
    except OSError:
        return ()
    resultat: list[tuple[str, int, int]] = [("", info.st_ino, _date_sure(info.st_ctime_ns, limite))]
    a_voir = [(base, "", 0)]
    while a_voir:
        repertoire_courant, prefixe, rang = a_voir.pop()
        try:
            with os.scandir(repertoire_courant) as entrees:
                for entree in entrees:
                    nom = prefixe + entree.name
                    try:
                        info = entree.stat(follow_symlinks=False)
                    except OSError:
                        resultat[rang] = (prefixe, resultat[rang][1], -1)  # une entrée manque au relevé
                        continue
                    if stat.S_ISDIR(info.st_mode):
                        a_voir.append((entree.path, nom + "/", len(resultat)))
                        resultat.append((nom + "/", info.st_ino, _date_sure(info.st_ctime_ns, limite)))
                    else:
                        resultat.append((nom, info.st_size, _date_de_fichier(info.st_mtime_ns, limite)))
        except OSError:
            # illisible (droits, plus de descripteur libre…) : son contenu manque au relevé, qui ne sera pas repris tel
            # quel ; un autre processus, ou le même plus tard, peut le lire
            resultat[rang] = (prefixe, resultat[rang][1], -1)
    resultat.sort()
    return tuple(resultat)


def _date_sure(date: int, limite: int) -> int:
    """La date d'état d'un répertoire si elle est assez ancienne pour qu'un changement ultérieur la change ; -1 sinon
    (ou si le système de fichiers n'en donne pas)."""
    return date if 0 < date < limite else -1


def _date_de_fichier(date: int, limite: int) -> int:
    """La date de modification d'un fichier, ou, trop récente pour être sûre, un nombre négatif jamais vu : deux
    relevés ne peuvent alors pas se ressembler, l'appelant compare le contenu (`empreinte_du_contenu`)."""
    return date if date < limite else -1 - int.from_bytes(os.urandom(8), "little")


def _reprise(base: str, precedente: Signature, limite: int) -> Signature | None:
    """La signature sans lister : None dès qu'un répertoire a changé d'état ou d'inode (ou n'a pas de date sûre),
    est sur un autre système de fichiers que la racine, qu'un fichier a disparu ou n'en est plus un, ou que le
    système de fichiers n'est pas sûr."""
    nom_racine, inode_racine, date_racine = precedente[0]
    if nom_racine != "":
        return None  # la racine d'abord, toujours : sans elle, rien ne dirait qu'un fichier y a été ajouté
    prefixe = base + os.sep
    lstat, est_un_repertoire = os.lstat, stat.S_ISDIR
    try:
        info = lstat(base)
        peripherique = info.st_dev
        if (info.st_ctime_ns != date_racine or info.st_ino != inode_racine or date_racine < 0
                or not est_un_repertoire(info.st_mode) or not _systeme_sur(peripherique)):
            return None
        resultat: list[tuple[str, int, int]] = [precedente[0]]
        for nom, taille_ou_inode, date in precedente[1:]:
            if nom[-1] == "/":
                info = lstat(prefixe + nom[:-1])
                if (info.st_ctime_ns != date or info.st_ino != taille_ou_inode or date < 0
                        or info.st_dev != peripherique or not est_un_repertoire(info.st_mode)):
                    return None
                resultat.append((nom, taille_ou_inode, date))
            else:
                info = lstat(prefixe + nom)
                if est_un_repertoire(info.st_mode):
                    return None
                resultat.append((nom, info.st_size, _date_de_fichier(info.st_mtime_ns, limite)))
    except OSError:
        return None
    return tuple(resultat)


@cache
def _systeme_sur(peripherique: int) -> bool:
    """Le système de fichiers du périphérique `peripherique` (st_dev) est-il de `SYSTEMES_DE_FICHIERS_SURS` ? Lu
    une fois par processus dans /proc/self/mountinfo (Linux) ; ailleurs, ou introuvable : non."""
    numero = f"{os.major(peripherique)}:{os.minor(peripherique)}"
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as flux:
            for ligne in flux:
                champs = ligne.split(" - ", 1)
                if len(champs) == 2 and champs[0].split()[2:3] == [numero]:
                    return champs[1].split()[0] in SYSTEMES_DE_FICHIERS_SURS
    except OSError:
        pass
    return False


def signature_gardee(entrees: dict[str, Any], nom: str) -> Signature | None:
    """La signature que le cache garde pour le dossier `nom`, s'il en garde une de forme lisible."""
    entree = entrees.get(nom)
    sig = entree.get("signature") if isinstance(entree, dict) else None
    return sig if isinstance(sig, tuple) and sig and isinstance(sig[0], tuple) else None


def signature_d_une_entree(entree: os.DirEntry[str]) -> tuple[str, int, int, int]:
    """(nom, nature, taille, date) d'une entrée, sans la suivre si c'est un lien ni la lire."""
    try:
        info = entree.stat(follow_symlinks=False)
    except OSError:
        return (entree.name, -1, -1, -1)
    return (entree.name, stat.S_IFMT(info.st_mode), info.st_size, info.st_mtime_ns)


def empreinte_du_contenu(chemin: Path, sig: Signature) -> str:
    """L'empreinte du contenu des fichiers de `sig` : la même après un simple changement de date.

    Chemins en chaînes, fichiers ouverts par `open` : pas de `Path` par fichier (un tiers du coût)."""
    empreinte = hashlib.blake2b(digest_size=16)
    base = os.fspath(chemin) + os.sep
    for relatif, _, _ in sig:
        empreinte.update(relatif.encode("utf-8", "surrogateescape") + b"\0")
        if not relatif or relatif.endswith("/"):  # un répertoire : son nom seul
            continue
        fichier = base + relatif
        try:
            mode = os.lstat(fichier).st_mode
            if stat.S_ISREG(mode):
                with open(fichier, "rb") as flux:
                    empreinte.update(flux.read())
            elif stat.S_ISLNK(mode):
                empreinte.update(b"lien\0" + os.readlink(fichier).encode("utf-8", "surrogateescape"))
            else:  # tube nommé, périphérique : jamais ouvert (la lecture bloquerait)
                empreinte.update(b"special\0" + str(stat.S_IFMT(mode)).encode())
        except OSError:
            empreinte.update(b"\xff illisible")
    return empreinte.hexdigest()
