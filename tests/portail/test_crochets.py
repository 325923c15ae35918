"""Les crochets MkDocs exportés par hooks/portail.py."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path

from tests.portail.fixtures import RACINE_PROJET


def _module_crochets(chemin: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("crochets_portail_test", chemin)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_on_build_error_exporte_et_ferme_le_fils(depot: Path) -> None:
    from filrouge.portail import annexes, crochets
    from filrouge.portail.reglages import Reglages
    from filrouge.publication import charger_avec_controle

    for chemin in (RACINE_PROJET / "hooks" / "portail.py",
                   RACINE_PROJET / "src" / "filrouge" / "modeles_depot" / "hooks" / "portail.py"):
        assert _module_crochets(chemin).on_build_error is crochets.on_build_error
    pub, controle = charger_avec_controle(depot)
    atelier = annexes.Atelier(pub, dt.date(2019, 6, 15), "", fils=True)
    pid = atelier._dessin._pid
    assert pid is not None
    ancien = crochets._etat
    crochets._etat = crochets._Etat(depot, Reglages(dt.date(2019, 6, 15), None), pub, pub, controle, atelier=atelier)
    try:
        crochets.on_build_error(error=RuntimeError("échec simulé"))
    finally:
        crochets._etat = ancien
    assert atelier._dessin._pid is None and atelier._dessin._flux is None
    try:
        os.waitpid(pid, os.WNOHANG)
        raise AssertionError("le fils n'a pas été attendu")
    except ChildProcessError:
        pass
