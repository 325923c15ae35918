"""Le consentement d'un dossier, un historique : un retrait noté, un nouvel accord consigné (dossier.yaml).

Le premier accord s'écrit sous `consentement:`, les suivants s'ajoutent à `consentements:` ; chaque retrait
s'ajoute à `retraits_consentement:`. dossier.yaml n'est modifié qu'à cet endroit (commentaires et ordre des
clés gardés), relu, passé au schéma puis aux règles de `valider` (un retrait partiel dit ce qu'il retire, un
accord sans dérogation…) : une erreur nouvelle, et rien n'est écrit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from filrouge.cycle import Resultat, edition_du_dossier, refuser_nouvelles_erreurs, trouver, valider_schema
from filrouge.depot import charger_depot
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import CHAMP, ErreurChamp
from filrouge.modele.dossier import Consentement, Retrait


@dataclass(frozen=True)
class Accord:
    """Un consentement recueilli : ce que le jeune sait, accepte, et ce qui est partagé, pourquoi, avec qui."""

    date: dt.date
    informations: str
    finalite: str
    destinataires: str
    jeune_informe: bool = True
    accord: bool = True
    parents_informes: bool | None = None
    derogation: str | None = None


def _ecrire(racine: Path, designation: str, ajout: str, valeurs: dict[str, object]) -> Resultat:
    """Ajoute `valeurs` à la liste `ajout` de dossier.yaml (ou écrit le premier consentement), après vérification."""
    charge = trouver(charger_depot(racine), designation)
    dossier = charge.modele
    assert dossier is not None
    edition, chemin = edition_du_dossier(charge)
    if ajout == "consentements" and dossier.consentement is None:
        edition.ajouter_dictionnaire("consentement", valeurs)
    else:
        edition.ajouter_element((ajout,), valeurs)
    texte = edition.verifier()
    valider_schema(edition, texte)
    refuser_nouvelles_erreurs(racine, charge, {"dossier.yaml": texte})
    ecrire_atomiquement(chemin, texte)
    return Resultat(ecrits=[edition.relatif])


def retirer(racine: Path, designation: str, date: dt.date, portee: Retrait, informations: str | None = None) -> Resultat:
    """Note le retrait du consentement à `date` : tout le partage, ou une partie (les `informations` retirées)."""
    if portee not in ("tout", "partiel"):
        raise ErreurChamp("portee", f"portée du retrait inconnue : « tout » ou « partiel » ({CHAMP}).")
    return _ecrire(racine, designation, "retraits_consentement",
                   {"date": date, "portee": portee, "informations": (informations or "").strip() or None})


def consigner(racine: Path, designation: str, accord: Accord) -> Resultat:
    """Consigne un consentement recueilli : le premier du dossier, ou un suivant (jeune devenu majeur, accord
    redonné après un retrait, qu'il lève)."""
    valeurs = {cle: (v.strip() or None) if isinstance(v, str) else v
               for cle in Consentement.model_fields for v in [getattr(accord, cle)]}
    return _ecrire(racine, designation, "consentements", valeurs)
