"""Un petit réseau dont chaque chiffre du bilan 2019 se compte à la main (voir le détail ci-dessous)."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.publication import Publication, charger
from tests.bilan.fabrique import Fabrique


@pytest.fixture
def fabrique(tmp_path: Path) -> Fabrique:
    return Fabrique(tmp_path / "reseau", capacite=2)


@pytest.fixture
def petit_reseau(fabrique: Fabrique) -> Publication:
    """Capacité 2.

    - 2018-001 : ouvert en 2018, clos le 1er février 2019 (antérieur, clos en 2019) ;
    - 2018-002 : ouvert en 2018, clos en 2020 (antérieur, en cours) ;
    - 2018-003 : ouvert et clos en 2018 (hors bilan 2019) ;
    - 2019-001 : né en 2005, ouvert le 10 janvier 2019, clos le 20 novembre 2019 ; deux concertations
      (1er février : 4 présents, 1er décembre : 3 présents) ; une demande Criseflex de 4 000 € sur un
      coût de 6 000 €, accordée le 20 novembre 2019 ;
    - 2019-002 : né en 2016, ouvert le 1er mars 2019, en cours ; une demande refusée ;
    - 2019-003 : non ouvert pour saturation (demande du 1er juin 2019) ;
    - 2019-004 : demande du 20 décembre 2019, ouvert en 2020 (en attente fin 2019).
    """
    f = fabrique
    f.dossier("2018-001", demande="2018-03-01", ouverture="2018-03-05", cloture="2019-02-01")
    f.dossier("2018-002", demande="2018-04-01", ouverture="2018-05-01", cloture="2020-01-10")
    f.dossier("2018-003", demande="2018-02-01", ouverture="2018-02-05", cloture="2018-06-01")
    f.dossier("2019-001", code="CDF20055000", demande="2019-01-05", ouverture="2019-01-10", cloture="2019-11-20")
    f.note("2019-001", "2019-02-01", ["a1", "psy", "jeune", "cm"], prochaine="2019-12-01", echeances=["2019-03-01"])
    f.note("2019-001", "2019-12-01", ["a1", "psy", "mere"])
    f.financement("2019-001", "transition", "2019-02-05", "2019-02-01", 4000, "accordee", accorde=4000,
                  decide_le="2019-11-20", cout=6000)
    f.dossier("2019-002", code="EFG20165000", statut="ouvert", demande="2019-02-20", ouverture="2019-03-01")
    f.note("2019-002", "2019-03-15", ["a1", "psy", "cm"])
    f.financement("2019-002", "materiel", "2019-03-20", "2019-03-15", 900, "refusee", decide_le="2019-04-01")
    f.dossier("2019-003", statut="non_ouvert", demande="2019-06-01", motif="saturation")
    f.dossier("2019-004", statut="ouvert", demande="2019-12-20", ouverture="2020-01-05")
    return charger(f.racine)
