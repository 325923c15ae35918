"""Le modèle du domaine, en un seul endroit : un module par formulaire.

Ses modules n'ont pas `from __future__ import annotations` : pydantic y trouve des annotations déjà évaluées
au lieu d'en évaluer le texte, ≈ 5 ms de moins pour chaque processus qui charge le modèle (le hook de chaque
commit). Une classe citée avant sa définition s'écrit entre guillemets.
"""

from filrouge.modele.annuaire import Annuaire, Service
from filrouge.modele.bilan_arrete import BilanArrete, ChiffreArrete
from filrouge.modele.concertation import Action, Concertation
from filrouge.modele.configuration import Configuration
from filrouge.modele.dossier import Acteur, Consentement, Dossier
from filrouge.modele.transfert import Transfert
from filrouge.modele.financement import Engagement, Financement, engagement
from filrouge.modele.preparation import Preparation

__all__ = [
    "Acteur", "Action", "Annuaire", "BilanArrete", "ChiffreArrete", "Concertation", "Configuration", "Consentement",
    "Dossier", "Engagement", "Financement", "Preparation", "Service", "Transfert", "engagement",
]
