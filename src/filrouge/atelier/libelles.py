"""Les messages de la bibliothèque et des règles dits dans l'atelier : un statut s'écrit « en cours », jamais
« en_cours », et ni clé, ni chemin, ni fichier, ni commande ne s'y lisent.

Les règles et la bibliothèque citent une valeur telle qu'elle s'écrit dans le fichier, entre guillemets français,
la clé à écrire ou son chemin entre parenthèses (« (derogation:) », « (decision › motif) »), le fichier par son
chemin et la commande qui aide (« (filrouge valider) ») : c'est ce que lit l'utilisateur de `valider` devant son
éditeur. L'atelier montre le même message avec le libellé de la valeur, le document par son nom (« fiche du
dossier »), sans clé ni commande : son utilisateur remplit un formulaire, le message est à côté du champ. Un chemin de clés qui
dit où corriger (« (dossier.yaml › acteurs › charte_signee) ») se dit par le document et les libellés du formulaire
(« (fiche du dossier : « Acteurs du dossier › Charte signée le ») »), une pièce par son nom, une date en lettres.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from filrouge.atelier.formulaire import Champ, champs
from filrouge.disposition import nom_du_document
from filrouge.mise_en_forme import date_longue
from filrouge.modele import Annuaire, Concertation, Configuration, Dossier, Financement, Preparation
from filrouge.modele.concertation import SENS_STATUT_ACTION
from filrouge.modele.dossier import SENS_STATUT_DOSSIER
from filrouge.modele.financement import SENS_STATUT_DECISION

STATUTS_ACTION = SENS_STATUT_ACTION.libelles
STATUTS_DOSSIER = SENS_STATUT_DOSSIER.libelles
_LIBELLES = STATUTS_ACTION | STATUTS_DOSSIER | SENS_STATUT_DECISION.libelles
_CITEE = re.compile(r"« (" + "|".join(sorted(_LIBELLES, key=len, reverse=True)) + r") »")
_CLE = re.compile(r" \((?:[a-z_]+(?: › [a-z_]+)*:(?: [^()]*)?|(?:[a-z_]+\.yaml|[a-z_]+)(?: › [a-z_]+)+|filrouge [^()]*)\)")
"""Entre parenthèses : une clé YAML, seule ou avec sa valeur (« (informations:) », « (parents_informes: true) »), un
chemin de clés (« (decision › motif) », « (dossier.yaml › acteurs) ») ou une commande (« (filrouge valider) »)."""
_FICHIER = re.compile(r"\b(?:[\w.-]+/)*[\w.-]+\.(?:yaml|md)\b")
_CHEMIN = re.compile(r" \(((?:[\w.-]+/)*[\w.-]+\.yaml|[a-z_]+)((?: › [a-z_]+)+)\)")
"""Un chemin de clés entre parenthèses, avec son fichier (« (dossier.yaml › acteurs) ») ou dans le document du constat
(« (decision › motif) »)."""
_PIECE = re.compile(r"(?:« )?\b(?:[\w.-]+/)*pieces/([\w.-]+)(?: »)?")
_CHEMIN_MASQUE = re.compile(r" : « [^«»]*\*[^«»]*/[^«»]* »")
"""Un chemin tapé, cité masqué (`citer` : « p*****/d**** ») : à côté du champ qui le montre, il n'apprend rien."""
_RANGER = re.compile(r"\(rangez-la dans pieces/\)")
_ECRIRE = re.compile(r" : vouliez-vous écrire « ")
"""La suggestion de `valider` à qui tape une valeur ; dans l'atelier, la valeur se choisit souvent dans une liste."""
_DATE = re.compile(r"(?<![\w/.-])([0-9]{4}-[0-9]{2}-[0-9]{2})(?![\w/-]|\.\w)")
_MODELES: tuple[tuple[re.Pattern[str], type[BaseModel]], ...] = (
    (re.compile(r"(?:^|/)dossier\.yaml$"), Dossier), (re.compile(r"(?:^|/)preparation\.yaml$"), Preparation),
    (re.compile(r"(?:^|/)concertations/"), Concertation), (re.compile(r"(?:^|/)financements/"), Financement),
    (re.compile(r"^reseau\.yaml$"), Configuration), (re.compile(r"^annuaire\.yaml$"), Annuaire))
"""Le modèle d'un fichier du dépôt : ses champs donnent les libellés du formulaire (une seule source)."""


def _modele(fichier: str) -> type[BaseModel] | None:
    return next((modele for motif, modele in _MODELES if motif.search(fichier)), None)


def _libelles(modele: type[BaseModel], cles: list[str]) -> str | None:
    """« Acteurs du dossier › Charte signée le » : les titres du formulaire le long des clés ; None si une clé n'y est pas."""
    titres, liste = [], champs(modele)
    for cle in cles:
        champ: Champ | None = next((c for c in liste if c.nom == cle), None)
        if champ is None:
            return None
        titres.append(champ.titre)
        liste = champ.enfants
    return " › ".join(titres)


def _dire_chemin(trouve: re.Match[str], fichier: str | None) -> str:
    """Le chemin de clés par ses libellés (et son document, s'il en nomme un) ; sinon rien, comme une clé seule."""
    debut, cles = trouve[1], trouve[2].split(" › ")[1:]
    cite = debut.endswith(".yaml")
    modele = _modele(debut) if cite else _modele(fichier or "")
    libelles = _libelles(modele, cles if cite else [debut, *cles]) if modele is not None else None
    if libelles is None:
        return ""
    return f" ({nom_du_document(debut)} : « {libelles} »)" if cite else f" (« {libelles} »)"


def _en_lettres(trouve: re.Match[str]) -> str:
    try:
        return date_longue(dt.date.fromisoformat(trouve[1]))
    except ValueError:
        return trouve[0]


def en_clair(message: str, fichier: str | None = None) -> str:
    """Le message où chaque statut cité entre guillemets est dit par son libellé, chaque fichier par son document,
    chaque chemin de clés par les libellés du formulaire (`fichier` : celui du constat, où se lit un chemin sans
    fichier), chaque pièce par son nom et chaque date en lettres ; sans clé seule ni commande entre parenthèses."""
    message = _CITEE.sub(lambda m: f"« {_LIBELLES[m[1]]} »", message)
    message = _CLE.sub("", _CHEMIN.sub(lambda m: _dire_chemin(m, fichier), message))
    message = _CHEMIN_MASQUE.sub("", message)
    message = _RANGER.sub("(joignez-la par « Joindre une pièce »)", message)
    message = _ECRIRE.sub(" : vouliez-vous dire « ", message)
    message = _PIECE.sub(lambda m: f"« {m[1]} »", message)
    return _DATE.sub(_en_lettres, _FICHIER.sub(lambda m: f"« {nom_du_document(m[0])} »", message))
