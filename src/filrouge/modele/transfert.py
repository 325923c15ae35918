"""Le passage de relais d'un dossier d'un casemanager à un autre (historique de dossier.yaml)."""

from typing import Annotated

from pydantic import Field, StringConstraints

from filrouge.modele.commun import Jour, Modele, Texte

IdCasemanager = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$"), Field(
    description="Identifiant d'un poste de casemanager de reseau.yaml (casemanagers), jamais un nom.")]


class Transfert(Modele, title="Passage de relais"):
    """Un passage de relais : qui suivait le dossier, qui le reprend, quand et pourquoi."""

    date: Annotated[Jour, Field(title="Date du relais", description="Jour où le nouveau casemanager reprend le "
                                                                     "dossier (AAAA-MM-JJ).")]
    de: Annotated[IdCasemanager | None, Field(
        title="Casemanager précédent",
        description="Le casemanager qui suivait le dossier jusque-là (absent : celui par défaut du réseau).")] = None
    vers: Annotated[IdCasemanager, Field(title="Nouveau casemanager",
                                         description="Le casemanager qui reprend le dossier.")]
    motif: Annotated[Texte | None, Field(
        title="Motif du relais",
        description="Pourquoi le dossier change de mains (congé, répartition de la charge…), sans donnée "
                    "identifiante.")] = None
