"""Le nouveau dossier dans l'atelier : l'aide au code du jeune, puis `filrouge nouveau dossier` hors du dépôt.

Le code se compose de ses morceaux (initiales, sexe, année de naissance, code postal) ; sa forme est jugée
par `code_jeune.diagnostiquer` (dans `nouveau.creer_dossier`), et un code déjà porté par un autre dossier est
signalé par la règle dossier.code_partage de la validation, à côté du code, avant que rien ne soit écrit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from filrouge.atelier.aides import aide
from filrouge.atelier.actions import GENERAL, Issue, Jeu, executer
from filrouge.atelier.cycle_de_vie import Libelle
from filrouge.code_jeune import composer
from filrouge.constat import Constat
from filrouge.depot import charger_depot, charger_references
from filrouge.lecture import ErreurLecture, analyser_yaml
from filrouge.modele import Dossier
from filrouge.modele.configuration import Valeur
from filrouge.modele.dossier import Dates
from filrouge.nouveau import creer_dossier, prochain_id

Saisie = dict[str, list[str]]

TITRES = {"code": Dossier.model_fields["code"],
          "canal": Libelle(str(Dossier.model_fields["canal"].title), "Comment la demande est arrivée : un des canaux "
                                                                     "prévus par le réseau."),
          "date": Libelle(str(Dates.model_fields["demande"].title),
                          aide(str(Dates.model_fields["demande"].description), "date")), "service": Dossier.model_fields["initiateur"]}
"""Titres et aides des champs, ceux du modèle du dossier."""

_PLACES = {"code": "code", "canal": "canal", "dates": "date", "initiateur": "service", "acteurs": "service"}
"""Clé de dossier.yaml → contrôle du formulaire qui la remplit."""


@dataclass
class Choix:
    """Les listes du formulaire : services de l'annuaire (identifiant, nom) et canaux du réseau."""

    services: list[tuple[str, str]]
    canaux: list[Valeur]
    """Clé et libellé de chaque canal de demande du réseau."""


def choix(racine: Path) -> Choix:
    references = charger_references(racine)
    return Choix([(s.id, s.nom) for s in references.partenaires.services], list(references.config.canaux))


def valeur(saisie: Saisie, nom: str) -> str:
    return next((v.strip() for v in saisie.get(nom, []) if v.strip()), "")


def code_de(saisie: Saisie) -> str:
    return composer(*(valeur(saisie, n) for n in ("initiales", "sexe", "annee", "code_postal")))


def _place(constat: Constat, jeu: Jeu) -> str:
    """Le contrôle d'un constat de dossier.yaml : celui de la clé de premier niveau à sa ligne."""
    if not constat.fichier.endswith("/dossier.yaml") or constat.ligne is None or "dossier.yaml" not in jeu.textes:
        return GENERAL
    try:
        lignes = analyser_yaml(jeu.textes["dossier.yaml"], constat.fichier).lignes
    except ErreurLecture:
        return GENERAL
    cles = sorted((c for c, n in lignes.items() if n == constat.ligne and c), key=len)
    return next((_PLACES[c[0]] for c in cles if isinstance(c[0], str) and c[0] in _PLACES), GENERAL)


def creer(racine: Path, saisie: Saisie, ecrire: bool) -> tuple[str | None, Issue]:
    """Vérifie (et si `ecrire`, crée et commite) le dossier ; rend son identifiant et l'issue."""
    issue = Issue()
    texte_date = valeur(saisie, "date")
    try:
        date = dt.date.fromisoformat(texte_date)
    except ValueError:
        return None, issue.refuser("date", "date illisible : choisissez-la dans le calendrier." if texte_date
                                   else "« Date de la demande » est obligatoire : à remplir.")
    ident = prochain_id(charger_depot(racine), date.year)
    code, service, canal = code_de(saisie), valeur(saisie, "service") or None, valeur(saisie, "canal") or None
    issue = executer(racine, ident, lambda copie: creer_dossier(copie, code, service, ident, date, canal),
                     f"Nouveau dossier {ident} (demande du {date.isoformat()}) créé dans l'atelier",
                     [("code", "code du jeune"), ("service", "service"), ("canal", "canal")],
                     place=_place, nouveau=True, ecrire=ecrire,
                     noms={"service": ("service", f"dans la liste « {TITRES['service'].title} »")})
    if not ecrire and not issue.erreurs:
        issue.message = f"Aucune erreur : le dossier {ident} peut être créé" + (
            " (lisez l'avertissement à côté du code)." if issue.avertissements else ".")
    return ident, issue
