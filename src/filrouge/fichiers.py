"""Écrire un fichier d'un coup : une coupure ou une erreur ne laisse jamais un fichier à moitié écrit.

Toutes les écritures de filrouge (dossiers, notes, schémas, brouillons, noms protégés, cache) passent
par ici, pour qu'une seule fonction porte les précautions : fichier temporaire voisin (même système
de fichiers, donc `os.replace` atomique), données poussées sur le disque avant le remplacement,
droits choisis avant que le contenu ne soit visible, temporaire retiré si quoi que ce soit échoue.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path


def _umask() -> int:
    """Le masque de création du processus, lu sans le changer quand le système le permet (fils d'exécution)."""
    try:
        with open("/proc/self/status", encoding="ascii") as flux:
            for ligne in flux:
                if ligne.startswith("Umask:"):
                    return int(ligne.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    masque = os.umask(0o022)
    os.umask(masque)
    return masque


def _droits_par_defaut(chemin: Path) -> int:
    """Les droits du fichier ordinaire remplacé ; sinon (absent, lien, tube…) ceux d'un fichier neuf."""
    try:
        etat = os.lstat(chemin)
    except FileNotFoundError:
        etat = None
    if etat is not None and stat.S_ISREG(etat.st_mode):
        return stat.S_IMODE(etat.st_mode)
    return 0o666 & ~_umask()


def ecrire_atomiquement(chemin: Path, contenu: str | bytes, droits: int | None = None, durable: bool = True) -> None:
    """Remplace `chemin` par `contenu` d'un coup (texte : UTF-8, fins de ligne écrites telles quelles).

    `droits` impose les droits du fichier (0o600 pour ce que seul l'utilisateur doit lire) ; sans eux,
    ceux du fichier remplacé sont gardés. Un lien symbolique à la place du fichier est remplacé, jamais
    suivi : on n'écrit pas au travers d'un lien vers un autre fichier. Sans `durable`, les données ne sont
    pas poussées sur le disque avant le remplacement (un cache, qu'une panne peut laisser vide, tronqué ou
    ancien : rejeté à la lecture ou recalculé) : 1,8 Mo de cache par commit n'attendent pas le disque.
    """
    mode = droits if droits is not None else _droits_par_defaut(chemin)
    descripteur, temporaire = tempfile.mkstemp(dir=chemin.parent, prefix=f".{chemin.name}.", suffix=".tmp")
    try:
        with os.fdopen(descripteur, "wb") as flux:
            flux.write(contenu.encode("utf-8") if isinstance(contenu, str) else contenu)
            flux.flush()
            if durable:
                os.fsync(flux.fileno())
        os.chmod(temporaire, mode)
        os.replace(temporaire, chemin)
    except BaseException:
        Path(temporaire).unlink(missing_ok=True)
        raise
