"""Les rappels de la semaine, par casemanager puis par référent : un portail statique ne peut rien envoyer.

Un workflow planifié lance `filrouge rappels` chaque semaine et publie le résumé là où
l'hébergeur Git le montre (un ticket, la page du job). Pour chaque dossier ouvert de la vue
publiable, on lit la note de synthèse la plus récente : ses actions non terminées échues ou
à échéance dans les 7 jours, et l'absence de prochaine rencontre datée. Le référent est
désigné par sa fonction et son service, jamais par son nom. Dans un réseau de plusieurs
casemanagers, les rappels sont d'abord regroupés par le poste qui suit le dossier (son
identifiant de reseau.yaml) : chacun voit les siens.

Un ticket part par courriel chez chaque abonné : le rappel ne recopie aucun texte libre
des notes (ni description d'action, ni récit), seulement le dossier, le numéro d'action,
la date de la note et l'échéance ; le détail est sur le portail. Le peu de texte saisi qui
reste (la fonction du référent) est montré en littéral : ni mention @, ni image, ni lien.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from filrouge.mise_en_forme import litteral
from filrouge.publication import DossierPublie, Publication



@dataclass(frozen=True)
class Rappel:
    referent: str
    dossier: str
    message: str
    urgent: bool
    casemanager: str | None = None


def _referent(pub: Publication, d: DossierPublie) -> str:
    """Le référent de la dernière note (ou l'initiateur), désigné comme partout : fonction – service."""
    return pub.designer(d, d.referent) or f"acteur « {d.referent} » (dossier {d.id})"


def rappels(pub: Publication, aujourdhui: dt.date) -> list[Rappel]:
    """Les rappels des dossiers ouverts, triés par référent puis dossier, les retards d'abord."""
    horizon = pub.config.horizon_echeance_jours
    implicite = pub.config.casemanager_implicite()
    resultat: list[Rappel] = []
    for d in pub.dossiers:
        if d.dossier.statut != "ouvert":
            continue
        note = d.courante
        referent = _referent(pub, d)
        cm = d.dossier.casemanager or implicite
        if note is None:
            resultat.append(Rappel(referent, d.id, "Aucune concertation encore tenue ni note de synthèse.", True, cm))
            continue
        for action in sorted(note.actions, key=lambda a: (a.echeance, a.numero)):
            etat = action.etat(aujourdhui, horizon)
            if etat not in ("en_retard", "bientot"):
                continue
            retard = etat == "en_retard"
            quand = f"en retard depuis le {action.echeance}" if retard else f"échéance le {action.echeance}"
            resultat.append(Rappel(referent, d.id, f"Action n°{action.numero} de la note du {note.date} : {quand}.",
                                   retard, cm))
        prochaine = note.prochaine_rencontre
        if prochaine is None or prochaine.date is None or prochaine.date < aujourdhui:
            resultat.append(Rappel(referent, d.id, f"Aucune prochaine rencontre prévue (dernière concertation le {note.date}).",
                                   True, cm))
    return sorted(resultat, key=lambda r: (r.casemanager or "", r.referent, r.dossier, not r.urgent))


def _par_casemanager(liste: list[Rappel], grouper: bool) -> dict[str | None, list[Rappel]]:
    """Un seul groupe sans titre quand le réseau n'a qu'un casemanager."""
    if not grouper:
        return {None: liste} if liste else {}
    groupes: dict[str | None, list[Rappel]] = defaultdict(list)
    for r in liste:
        groupes[r.casemanager or "sans casemanager"].append(r)
    return groupes


def _par_referent(liste: list[Rappel]) -> dict[str, dict[str, list[Rappel]]]:
    groupes: dict[str, dict[str, list[Rappel]]] = defaultdict(lambda: defaultdict(list))
    for r in liste:
        groupes[r.referent][r.dossier].append(r)
    return groupes


AUCUN = "Aucun rappel : ni action échue ou proche, et chaque dossier ouvert a une prochaine rencontre prévue."


def en_markdown(liste: list[Rappel], aujourdhui: dt.date, horizon: int, par_casemanager: bool = False) -> str:
    """`par_casemanager` : un titre par casemanager au-dessus des référents (réseau de plusieurs casemanagers)."""
    lignes = [f"# Rappels du {aujourdhui}", "",
              f"Actions échues ou à échéance dans les {horizon} jours, dossiers sans rencontre prévue."]
    if not liste:
        lignes += ["", AUCUN]
    niveau = "#" if par_casemanager else ""
    for cm, groupe in _par_casemanager(liste, par_casemanager).items():
        if cm is not None:
            lignes += ["", f"## Casemanager : {litteral(cm)}"]
        for referent, dossiers in _par_referent(groupe).items():
            lignes += ["", f"{niveau}## Référent : {litteral(referent)}"]
            for dossier, rappels_dossier in dossiers.items():
                lignes += ["", f"{niveau}### Dossier {dossier}", ""]
                lignes += [f"- {'⚠️' if r.urgent else '🗓️'} {r.message}" for r in rappels_dossier]
    return "\n".join(lignes) + "\n"


def en_texte(liste: list[Rappel], aujourdhui: dt.date, horizon: int, par_casemanager: bool = False) -> str:
    lignes = [f"Rappels du {aujourdhui}"]
    if not liste:
        lignes.append(AUCUN)
    marge = "  " if par_casemanager else ""
    for cm, groupe in _par_casemanager(liste, par_casemanager).items():
        if cm is not None:
            lignes.append(f"Casemanager : {cm}")
        for referent, dossiers in _par_referent(groupe).items():
            lignes.append(f"{marge}Référent : {referent}")
            for dossier, rappels_dossier in dossiers.items():
                lignes += [f"{marge}  {dossier} : {'[!] ' if r.urgent else ''}{r.message}" for r in rappels_dossier]
    return "\n".join(lignes) + "\n"
