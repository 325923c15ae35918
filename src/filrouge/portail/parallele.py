"""Un calcul pur confié à un processus fils (fork) pendant que la construction continue.

Le fils voit la mémoire du parent telle qu'elle est au fork (dépôt chargé, site écrit) :
rien à recopier ni à sérialiser à l'aller ; au retour, le résultat passe par un tube
(pickle, entre nos deux processus seulement). Sans fork (Windows, macOS), avec un seul
processeur, ou si le fils échoue, `resultat()` fait le calcul ici : même résultat, seul
le temps change. Le fils sort par `os._exit` : ni tampon, ni atexit du parent rejoués.
"""

from __future__ import annotations

import os
import pickle
import sys
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


def fork_utile() -> bool:
    """Fork seulement sous Linux, à plusieurs processeurs, et sans autre fil d'exécution.

    Un fork pris pendant qu'un autre fil tient un verrou (serveur de `servir`, rechargement
    à chaud) pourrait bloquer le fils : `servir` calcule donc sur place.
    """
    return (hasattr(os, "fork") and sys.platform.startswith("linux") and (os.cpu_count() or 1) > 1
            and threading.active_count() == 1)


class EnArrierePlan(Generic[T]):
    def __init__(self, calcul: Callable[[], T], fils: bool | None = None) -> None:
        self._calcul = calcul
        self._pid: int | None = None
        self._flux = None
        self._fait = False
        self._valeur: T | None = None
        if fils if fils is not None else fork_utile():
            self._lancer()

    def _lancer(self) -> None:
        lecture, ecriture = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(lecture)
                with os.fdopen(ecriture, "wb") as flux:
                    flux.write(pickle.dumps(self._calcul(), protocol=pickle.HIGHEST_PROTOCOL))
                code = 0
            finally:
                os._exit(code)
        os.close(ecriture)
        self._pid, self._flux = pid, os.fdopen(lecture, "rb")

    def _recevoir(self) -> tuple[bool, T | None]:
        if self._flux is None or self._pid is None:
            return False, None
        try:
            donnees = self._flux.read()
            _, statut = os.waitpid(self._pid, 0)
            self._pid = None
            if statut != 0:
                return False, None
            return True, pickle.loads(donnees)  # noqa: S301 (notre propre fils, par un tube anonyme)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            return False, None
        finally:
            self.fermer()

    def resultat(self) -> T:
        if not self._fait:
            recu, valeur = self._recevoir()
            self._valeur = valeur if recu else self._calcul()
            self._fait = True
        return self._valeur  # type: ignore[return-value]

    def fermer(self) -> None:
        """Libère le tube et le fils (aussi quand la construction s'interrompt avant d'attendre)."""
        if self._flux is not None:
            try:
                self._flux.close()
            except OSError:
                pass
            self._flux = None
        if self._pid is not None:
            try:
                os.waitpid(self._pid, 0)  # un fils qui écrit encore reçoit EPIPE et sort
            except ChildProcessError:
                pass
            self._pid = None
