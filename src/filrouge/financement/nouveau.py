"""Prépare une demande Criseflex depuis la note de synthèse qui la mandate, sans rien écraser.

L'action, son texte et le coordinateur viennent de la note : le référent ne recopie rien,
il confirme les attestations, chiffre et annexe les pièces.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from filrouge.depot import REPERTOIRE_DOSSIERS, DossierCharge, charger_dossier, charger_references
from filrouge.francais import ErreurUtilisation
from filrouge.modele import Concertation
from filrouge.modele.financement import noms_des_pieces
from filrouge.nouveau import ecrire_nouveau, gabarit
from filrouge.mise_en_forme import montant
from filrouge.reference import aujourdhui as date_de_reference


def _note(charge: DossierCharge, concertation: dt.date | None, action: int) -> Concertation:
    """La note visée, ou la plus récente qui contient l'action `action`."""
    notes = [c for _, c in charge.notes_valides()]
    if concertation is not None:
        note = charge.note_du(concertation)
        if note is None:
            raise ErreurUtilisation(f"aucune note de synthèse valide du {concertation} dans le dossier {charge.id}.")
        return note
    candidates = [c for c in notes if any(a.numero == action for a in c.actions)]
    if not candidates:
        raise ErreurUtilisation(f"aucune note de synthèse du dossier {charge.id} n'a d'action n°{action}.")
    return candidates[-1]


def _commentaire(texte: str) -> str:
    """Un texte libre en lignes de commentaire YAML : il ne peut rien casser dans le fichier."""
    return "\n".join(f"#   {ligne}".rstrip() for ligne in texte.splitlines() or [""])


def contenu_demande(racine: Path, id_dossier: str, action: int, concertation: dt.date | None = None,
                    aujourdhui: dt.date | None = None) -> tuple[str, str, list[str]]:
    """La demande préparée depuis la note, sans rien écrire : son nom (<date>-action-<n>), son texte et les
    points d'attention."""
    config = charger_references(racine).config
    relatif = f"{REPERTOIRE_DOSSIERS}/{id_dossier}"
    chemin = racine / relatif
    charge = None  # le seul dossier lu, pas tout le dépôt : l'atelier prépare une demande sur un grand réseau
    if re.fullmatch(r"[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}", id_dossier) and chemin.is_dir() and not chemin.is_symlink():
        charge = charger_dossier(chemin, id_dossier, relatif)[0]
    if charge is None or charge.modele is None:
        raise ErreurUtilisation(f"dossier « {id_dossier} » introuvable ou invalide dans {REPERTOIRE_DOSSIERS}/ "
                                "(lancez « filrouge valider »).")
    note = _note(charge, concertation, action)
    detail = next((a for a in note.actions if a.numero == action), None)
    if detail is None:
        raise ErreurUtilisation(f"la note du {note.date} n'a pas d'action n°{action}.")
    attention = []
    if not note.mandat_financement:
        attention.append(f"la note du {note.date} ne mandate pas de demande de financement (mandat_financement: false) : "
                         "la demande sera refusée tant que la concertation ne l'a pas mandatée.")
    aujourdhui = aujourdhui or date_de_reference()
    texte = f"{detail.description}\nEffets attendus : {detail.effets_attendus}\nQui fait quoi : {detail.quoi}"
    valeurs = {
        "id": charge.id, "code": charge.modele.code, "concertation": note.date.isoformat(), "action": action,
        "texte_action": _commentaire(texte), "plafond": montant(config.plafond_demande),
        "coordinateur": note.coordinateur_soin, "date": aujourdhui.isoformat(),
        **{f"piece_{type_}": chemin for type_, chemin in noms_des_pieces(note.date, action).items()},
    }
    return f"{aujourdhui.isoformat()}-action-{action}", gabarit("demande-financement.yaml").substitute(valeurs), attention


def creer_demande(racine: Path, id_dossier: str, action: int, concertation: dt.date | None = None,
                  aujourdhui: dt.date | None = None) -> tuple[Path, list[str]]:
    """Écrit financements/<date>-action-<n>.yaml ; renvoie le chemin et les points d'attention."""
    nom, contenu, attention = contenu_demande(racine, id_dossier, action, concertation, aujourdhui)
    chemin = racine / REPERTOIRE_DOSSIERS / id_dossier / "financements" / f"{nom}.yaml"
    if chemin.exists():
        raise ErreurUtilisation(f"{chemin.relative_to(racine)} existe déjà : rien n'a été écrit.")
    return ecrire_nouveau(chemin, contenu), attention
