"""Les règles métier, une famille par module ; chacune a un identifiant stable."""

from filrouge.regles import (acteurs, budget, casemanager, code, concertation, consentement, cycle, dossier, financement,
                             interne, preparation)
from filrouge.regles.registre import REGLES, Regle, appliquer

__all__ = ["REGLES", "Regle", "appliquer", "acteurs", "budget", "casemanager", "code", "concertation", "consentement",
           "cycle", "dossier", "financement", "interne", "preparation"]
