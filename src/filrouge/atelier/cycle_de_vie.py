"""Clore, rouvrir, transférer depuis la page d'un dossier : le formulaire lu, la fonction de bibliothèque appelée.

Les choix proposés viennent du réseau (motifs_cloture, casemanagers de reseau.yaml) et du dossier (actions
ouvertes et prochaine rencontre de la dernière note, par `cycle.en_suspens`) ; les refus sont ceux de
`filrouge clore`, `rouvrir` et `transferer`, placés à côté de leur champ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from filrouge import cycle, transfert
from filrouge.atelier.actions import Issue, executer
from filrouge.atelier.ecriture import empreinte, lire_si_present
from filrouge.cycle import EnSuspens
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_dossier, charger_references
from filrouge.modele import Dossier
from filrouge.modele.dossier import Episode

Saisie = dict[str, list[str]]

TITRES = {
    "motif_cloture": Episode.model_fields["motif_cloture"],
    "motif_reouverture": Episode.model_fields["motif_reouverture"],
    "cloture": Episode.model_fields["cloture"],
    "ouverture": Episode.model_fields["ouverture"],
    "vers": Dossier.model_fields["transferts"].annotation.__args__[0].model_fields["vers"],  # type: ignore[union-attr]
    "date_relais": Dossier.model_fields["transferts"].annotation.__args__[0].model_fields["date"],  # type: ignore[union-attr]
    "motif_relais": Dossier.model_fields["transferts"].annotation.__args__[0].model_fields["motif"],  # type: ignore[union-attr]
}
"""Titres et aides des champs des formulaires, ceux du modèle (`FieldInfo.title`, `.description`)."""


@dataclass
class Page:
    """Ce que la page d'un dossier propose : statut, choix du réseau, ce qui reste en suspens à la clôture."""

    statut: str
    casemanager: str | None
    motifs: list[str]
    casemanagers: list[str]
    suspens: list[EnSuspens] = field(default_factory=list)
    empreinte: str | None = None
    """Celle de dossier.yaml à l'ouverture de la page : un changement sur le disque depuis est dit."""


def page(racine: Path, ident: str, jour: dt.date) -> Page:
    """Le dossier seul et la configuration (jamais tout le dépôt) : la page s'ouvre vite sur un grand réseau."""
    config = charger_references(racine).config
    relatif = f"{REPERTOIRE_DOSSIERS}/{ident}"
    charge = charger_dossier(racine / relatif, ident, relatif)[0]
    dossier = charge.modele
    statut = dossier.statut if dossier is not None else "?"
    suspens = cycle.en_suspens(charge, jour) if dossier is not None and statut == "ouvert" else []
    actuel = (dossier.casemanager if dossier is not None else None) or config.casemanager_implicite()
    return Page(statut, actuel, list(config.motifs_cloture), [c.id for c in config.casemanagers], suspens,
                empreinte(lire_si_present(racine / relatif / "dossier.yaml")))


def nom_du_suspens(suspens: EnSuspens) -> str:
    return f"suspens.action.{suspens.action}" if suspens.action is not None else "suspens.rencontre"


def _valeur(saisie: Saisie, nom: str) -> str:
    return next((v.strip() for v in saisie.get(nom, []) if v.strip()), "")


def _date(saisie: Saisie, nom: str, issue: Issue) -> dt.date | None:
    texte = _valeur(saisie, nom)
    try:
        return dt.date.fromisoformat(texte)
    except ValueError:
        issue.refuser(nom, "date à indiquer au format AAAA-MM-JJ." if texte else "date obligatoire : à remplir.")
        return None


def clore(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.clore` avec le motif choisi ; chaque action ouverte et la rencontre prévue réglées une à une."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    motif = _valeur(saisie, "motif")
    if not motif:
        issue.refuser("motif", f"« {TITRES['motif_cloture'].title} » est obligatoire : à choisir dans la liste.")
    if date is None or not motif:
        return issue
    choix = {nom: _valeur(saisie, nom) for nom in saisie if nom.startswith("suspens.")}
    faites = frozenset(int(n.rsplit(".", 1)[1]) for n, v in choix.items() if n.startswith("suspens.action.") and v == "faite")
    abandonnees = frozenset(int(n.rsplit(".", 1)[1]) for n, v in choix.items()
                            if n.startswith("suspens.action.") and v == "abandonnee")
    annuler = choix.get("suspens.rencontre") == "annuler"
    gardes = {n for n, v in choix.items() if v == "garder"}
    manquants: list[EnSuspens] = []

    def action(copie: Path) -> cycle.Resultat:
        # La bibliothèque dit ce qui reste sans réponse ; ce que l'utilisateur garde l'est explicitement.
        resultat = cycle.clore(copie, ident, date, motif, faites, abandonnees, garder=False, annuler_rencontre=annuler)
        restants = [s for s in resultat.en_suspens if nom_du_suspens(s) not in gardes]
        if resultat.en_suspens and not restants:
            resultat = cycle.clore(copie, ident, date, motif, faites, abandonnees, garder=True,
                                   annuler_rencontre=annuler)
        manquants.extend(restants)
        return resultat

    issue = executer(racine, ident, action, f"Dossier {ident} clos le {date.isoformat()} (motif : {motif}) dans l'atelier",
                     [("motif", "motif"), ("date", r"clôture \(|précède")],
                     ouvert_avec=_valeur(saisie, "empreinte") or None)
    for suspens in manquants:
        issue.refuser(nom_du_suspens(suspens), f"{suspens.message} : dites si elle est faite, abandonnée ou gardée."
                      if suspens.action is not None else f"{suspens.message} : dites si elle est annulée ou gardée.")
    if manquants:
        issue.message = "Rien n'est écrit : chaque action ouverte et la rencontre prévue attendent une réponse."
    return issue


def rouvrir(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.rouvrir` : une nouvelle période de suivi, avec son motif."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    if date is None:
        return issue
    motif = _valeur(saisie, "motif")
    return executer(racine, ident, lambda copie: cycle.rouvrir(copie, ident, date, motif),
                    f"Dossier {ident} rouvert le {date.isoformat()} dans l'atelier",
                    [("motif", "motif"), ("date", "précède")], ouvert_avec=_valeur(saisie, "empreinte") or None)


def transferer(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`transfert.transferer` : le dossier confié à un autre casemanager du réseau."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    if date is None:
        return issue
    vers, motif = _valeur(saisie, "vers"), _valeur(saisie, "motif") or None
    return executer(racine, ident, lambda copie: transfert.transferer(copie, ident, vers, date, motif),
                    f"Dossier {ident} confié à {vers} à partir du {date.isoformat()} dans l'atelier",
                    [("vers", "casemanager inconnu|déjà suivi"), ("date", "--date")],
                    ouvert_avec=_valeur(saisie, "empreinte") or None)

