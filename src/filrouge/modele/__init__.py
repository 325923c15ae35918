"""Le modèle du domaine, en un seul endroit : un module par formulaire."""

from filrouge.modele.annuaire import Annuaire, Service
from filrouge.modele.concertation import Action, Concertation
from filrouge.modele.configuration import Configuration
from filrouge.modele.dossier import Acteur, Consentement, Dossier
from filrouge.modele.financement import Financement
from filrouge.modele.preparation import Preparation

__all__ = [
    "Acteur", "Action", "Annuaire", "Concertation", "Configuration", "Consentement",
    "Dossier", "Financement", "Preparation", "Service",
]
