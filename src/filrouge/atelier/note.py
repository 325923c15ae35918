"""La note de synthèse dans l'atelier : un document du moteur (`document`), avec son récit et la reprise des
actions ouvertes de la note précédente (`filrouge nouveau concertation`) pour une nouvelle note."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from filrouge.atelier import document
from filrouge.atelier.brouillon import Brouillon
from filrouge.atelier.document import CHAMP_RECIT, Document, Lignes, verifier_id
from filrouge.atelier.formulaire import Champ, Saisie, rangs
from filrouge.francais import ErreurUtilisation
from filrouge.modele import Concertation
from filrouge.nouveau import contenus_concertation

__all__ = ["CHAMP_RECIT", "NOTE", "chemins", "formulaire", "ouvrir", "verifier_id"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _chemin(date: str) -> str:
    try:
        valide = bool(_DATE.fullmatch(date)) and dt.date.fromisoformat(date).isoformat() == date
    except ValueError:
        valide = False
    if not valide:
        raise ErreurUtilisation("date de note invalide : format AAAA-MM-JJ attendu.")
    return f"concertations/{date}.yaml"


def _action_suivante(liste: str, saisie: Saisie) -> Saisie:
    """Une action ajoutée prend le numéro suivant et commence « à faire »."""
    return {"numero": [str(len(rangs(saisie, liste)) + 1)], "statut": ["a_faire"]} if liste == "actions" else {}


NOTE = Document(
    "note", "Note", Concertation, _chemin,
    lambda dossier, date, nouvelle: (f"Note de synthèse du {date} (dossier {dossier}) : "
                                     f"{'créée' if nouvelle else 'mise à jour'} dans l'atelier"),
    depart=lambda racine, dossier, date: contenus_concertation(racine, dossier, dt.date.fromisoformat(date)),
    recit=lambda date: f"concertations/{date}.md",
    lignes={"actions": Lignes("Action", "une action", "l'action")},
    ligne_par_defaut=_action_suivante,
)


def formulaire() -> list[Champ]:
    """Les contrôles de la note de synthèse, tirés du modèle `Concertation`."""
    return NOTE.controles


def chemins(racine: Path, dossier: str, date: str) -> tuple[Path, Path]:
    """Le YAML et le récit de la note ; l'identifiant et la date sont vérifiés avant d'en faire un chemin."""
    rel_yaml, rel_md = NOTE.relatifs(dossier, date)
    return racine / rel_yaml, racine / str(rel_md)


def ouvrir(racine: Path, dossier: str, date: str, depuis_le_disque: bool = False) -> Brouillon:
    """Le brouillon de la note, sinon la note du disque, sinon une nouvelle note (actions ouvertes reprises)."""
    return document.ouvrir(racine, NOTE, dossier, date, depuis_le_disque)
