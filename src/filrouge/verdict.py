"""Le verdict de `valider` sur tout le dépôt, gardé tant que rien de ce qu'il lit n'a changé.

Le hook pre-commit relance un processus à chaque commit ; quand le dépôt est, au contenu près, celui que
la dernière validation a vu (rien n'a changé, ou l'atelier vient de vérifier sur une copie exactement les
fichiers qu'il écrit), ce processus rend les constats gardés sans charger ni le modèle (pydantic), ni les
règles, ni la garde. La clé couvre tout ce que lit la validation : le contexte du cache des dossiers (code
de filrouge, configuration, annuaire, noms protégés, emplacement du dépôt), le contenu de chaque répertoire
de `dossiers/` et la signature (noms, tailles, dates, comme le cache des dossiers) du reste de `dossiers/`,
de `bilan/` et de `schemas/`, la nature de chaque fichier de la racine, et le commit auquel les règles
comparent le dépôt. Ce module n'importe rien de lourd : c'est tout son intérêt. Il dit
aussi ce que le hook montre de ce verdict (`limiter_au_commit`), pour la même raison.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filrouge import cache_validation
from filrouge.anonymat import proteges
from filrouge.constat import Constat
from filrouge.disposition import FICHIER_ANNUAIRE, FICHIER_CONFIGURATION, REPERTOIRE_BILANS, REPERTOIRE_DOSSIERS
from filrouge.gitinfo import Reference, reference_des_regles

VERDICTS_GARDES = 4
"""Les derniers verdicts gardés par dépôt : le dépôt tel qu'il est, et les brouillons que l'atelier vient de
vérifier."""
_RACINE_LUE = (FICHIER_CONFIGURATION, FICHIER_ANNUAIRE, REPERTOIRE_DOSSIERS, REPERTOIRE_BILANS, "schemas")


def contexte(racine: Path) -> str:
    """La clé du cache des dossiers : code de filrouge, configuration, annuaire, emplacement du dépôt, noms
    protégés du poste."""
    empreinte = hashlib.blake2b(digest_size=16)
    empreinte.update(cache_validation.empreinte_du_code().encode() + b"\0")
    empreinte.update(str(racine.resolve()).encode("utf-8", "surrogateescape") + b"\0")
    for chemin in (racine / FICHIER_CONFIGURATION, racine / FICHIER_ANNUAIRE, proteges.chemin_par_defaut()):
        try:
            empreinte.update(chemin.read_bytes())
        except OSError:
            empreinte.update(b"\xff absent")
        empreinte.update(b"\0")
    return empreinte.hexdigest()


def autour(racine: Path, reference: Reference | None) -> str:
    """L'empreinte de ce que lit la validation hors de `dossiers/` (à prendre avant elle) : la `reference` des
    règles (`gitinfo.reference_des_regles`), la nature des fichiers de la racine, le contenu de `bilan/` et
    `schemas/` (jamais suivis s'ils sont des liens : la validation ne les suit pas non plus)."""
    empreinte = hashlib.blake2b(repr(reference and tuple(reference)).encode("utf-8", "surrogateescape"), digest_size=16)
    for nom in _RACINE_LUE:
        try:
            empreinte.update(f"\0{nom}:{stat.S_IFMT(os.lstat(racine / nom).st_mode)}".encode())
        except OSError:
            empreinte.update(f"\0{nom}:absent".encode())
    for nom in (REPERTOIRE_BILANS, "schemas"):
        if _repertoire_reel(racine / nom):  # par le contenu (quelques dizaines de Ko) : ni les dates ni leur marge
            empreinte.update(b"\0" + _contenu(racine / nom).encode())
    return empreinte.hexdigest()


def cle(racine: Path, contexte_: str, autour_: str, connues: dict[str, str]) -> str:
    """L'empreinte du dépôt pour la validation. `connues` donne l'empreinte du contenu de répertoires de dossiers
    déjà connus (nom → empreinte) : ceux dont la signature n'a pas bougé, ou la copie vérifiée à la place d'un
    dossier (même absent du disque). Un autre répertoire (caché compris) est lu pour calculer la sienne, sans suivre
    ses liens ; un fichier ou un lien posé dans `dossiers/` compte par sa signature, sans être lu ni suivi."""
    empreinte = hashlib.blake2b(f"{contexte_}\0{autour_}\0".encode(), digest_size=16)
    base = racine / REPERTOIRE_DOSSIERS
    valeurs = {nom: "d" + valeur for nom, valeur in connues.items()}
    for entree in _entrees(base):
        if entree.name in connues and entree.is_dir(follow_symlinks=False):
            continue
        if entree.is_dir(follow_symlinks=False):
            valeurs[entree.name] = "d" + _contenu(base / entree.name)
        else:
            valeurs[entree.name] = "s" + repr(cache_validation.signature_d_une_entree(entree))
    for nom in sorted(valeurs):
        empreinte.update(nom.encode("utf-8", "surrogateescape") + b"\0" + valeurs[nom].encode("utf-8", "surrogateescape")
                         + b"\0")
    return empreinte.hexdigest()


def _repertoire_reel(chemin: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(chemin).st_mode)
    except OSError:
        return False


def _entrees(chemin: Path) -> list[os.DirEntry[str]]:
    """Les entrées d'un répertoire réel ; rien pour un lien (la validation ne suit pas un `dossiers/` qui en est un)."""
    if not _repertoire_reel(chemin):
        return []
    try:
        with os.scandir(chemin) as entrees:
            return list(entrees)
    except OSError:
        return []


def _contenu(chemin: Path) -> str:
    return cache_validation.empreinte_du_contenu(chemin, cache_validation.signature(chemin))


def _chemin(racine: Path) -> Path:
    return cache_validation.chemin_pour(racine, "-verdicts")


def _lire(racine: Path, contexte_: str) -> dict[str, Any]:
    return cache_validation.lire_fichier(_chemin(racine), contexte_, "verdicts")


def garder(racine: Path, contexte_: str, cle_: str, constats: list[Constat]) -> None:
    """Garde le verdict d'une validation complète sous la clé du dépôt qu'elle a vu."""
    verdicts = _lire(racine, contexte_)
    verdicts.pop(cle_, None)
    verdicts[cle_] = [c.en_tuple() for c in constats]
    cache_validation.ecrire_fichier(_chemin(racine), contexte_, "verdicts",
                                    dict(list(verdicts.items())[-VERDICTS_GARDES:]))


@dataclass
class Releve:
    """Ce que l'essai du verdict gardé a lu du dépôt : le contexte, ce qui l'entoure (`autour`), le cache des
    dossiers, la signature de chaque répertoire de `dossiers/` et, si le dépôt est celui d'un verdict gardé, ses
    constats. La validation qui suit dans le même processus (`valider(..., releve=...)`) le reprend au lieu de
    tout relire une seconde fois."""

    racine: Path
    contexte: str
    reference: Reference | None
    autour: str
    entrees: dict[str, Any]
    signatures: dict[str, cache_validation.Signature]
    constats: list[Constat] | None = None


def relever(racine: Path) -> Releve:
    """Le relevé du dépôt et, quand son contenu est celui d'une validation gardée, les constats de `valider` sur
    tout le dépôt (sinon `constats` est None).

    Les dossiers dont la signature (noms, tailles, dates) n'a pas bougé depuis le cache des dossiers gardent
    leur empreinte ; les autres sont relus pour la calculer (ceux que l'atelier vient d'écrire)."""
    with cache_validation.sans_collecte():
        reference = reference_des_regles(racine)
        contexte_, autour_ = contexte(racine), autour(racine, reference)
        entrees = cache_validation.lire(racine, contexte_)
        gardee = cache_validation.signature_gardee
        signatures = {repertoire.name: cache_validation.signature(repertoire.path, gardee(entrees, repertoire.name))
                      for repertoire in _entrees(racine / REPERTOIRE_DOSSIERS) if repertoire.is_dir(follow_symlinks=False)}
        releve = Releve(racine, contexte_, reference, autour_, entrees, signatures)
        verdicts = _lire(racine, contexte_)
        if not verdicts:
            return releve
        connues: dict[str, str] = {}
        for nom, sig in signatures.items():
            entree = entrees.get(nom)
            if isinstance(entree, dict) and entree.get("signature") == sig:
                connues[nom] = entree["empreinte"]
        constats = verdicts.get(cle(racine, contexte_, autour_, connues))
        releve.constats = [Constat(*c) for c in constats] if constats is not None else None  # type: ignore[arg-type]
    return releve


def verdict_connu(racine: Path) -> list[Constat] | None:
    """Les constats de `valider` sur tout le dépôt si son contenu est celui d'une validation gardée ; sinon None."""
    return relever(racine).constats


def limiter_au_commit(constats: list[Constat], indexes: set[str]) -> tuple[list[Constat], int]:
    """Ce qu'un commit doit montrer : toutes les erreurs (le commit serait refusé de toute façon), et les
    avertissements des seuls dossiers qu'il touche ; renvoie aussi le nombre d'avertissements tus.

    Un changement de reseau.yaml ou de annuaire.yaml touche tous les dossiers : rien n'est tu.
    """
    if indexes & {FICHIER_CONFIGURATION, FICHIER_ANNUAIRE}:
        return constats, 0
    touches = {_dossier_de(f) for f in indexes} - {None}
    montres = [c for c in constats if c.est_erreur or c.fichier in indexes or _dossier_de(c.fichier) in touches]
    return montres, len(constats) - len(montres)


def _dossier_de(relatif: str) -> str | None:
    """« dossiers/2019-007/… » → « dossiers/2019-007 » ; None hors des dossiers."""
    parties = relatif.split("/")
    return "/".join(parties[:2]) if len(parties) > 2 and parties[0] == REPERTOIRE_DOSSIERS else None
