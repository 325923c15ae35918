"""Passer le relais d'un dossier à un autre casemanager : `filrouge transferer`.

Le dossier garde l'historique des relais (transferts:) et nomme son nouveau casemanager
(casemanager:) ; dossier.yaml n'est modifié qu'à ces deux endroits, commentaires et ordre des
clés intacts, et remplacé d'un coup. Le fichier modifié est relu et validé avant d'être écrit :
une commande ne laisse jamais un dossier invalide.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from filrouge.constat import citer
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_depot
from filrouge.edition_yaml import Edition
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import CHAMP, ErreurChamp, ErreurUtilisation
from filrouge.lecture import ErreurLecture, analyser_yaml
from filrouge.modele import Dossier
from filrouge.schema_fr import valider_modele


def transferer(racine: Path, id_dossier: str, vers: str, date: dt.date, motif: str | None = None) -> Path:
    """Confie le dossier au casemanager `vers` à partir de `date` ; renvoie le dossier.yaml modifié."""
    depot = charger_depot(racine)
    config = depot.config
    charge = next((c for c in depot.dossiers if c.id == id_dossier), None)
    if charge is None or charge.dossier is None:
        raise ErreurUtilisation(f"dossier introuvable {citer(id_dossier, [c.id for c in depot.dossiers])} dans "
                                f"{REPERTOIRE_DOSSIERS}/.")
    dossier = charge.dossier.modele
    relatif = charge.dossier.relatif
    if dossier is None:
        raise ErreurUtilisation(f"{relatif} n'est pas valide : à corriger d'abord (filrouge valider).")
    postes = [c.id for c in config.casemanagers]
    if vers not in postes:
        connus = ", ".join(postes) if postes else "aucun : ajoutez les postes dans casemanagers de reseau.yaml"
        raise ErreurChamp("vers", f"casemanager inconnu {citer(vers, postes)} : {CHAMP}.", cli=f"postes de reseau.yaml : {connus}")
    if dossier.statut in ("clos", "non_ouvert"):
        raise ErreurUtilisation(f"le dossier {id_dossier} est {dossier.statut.replace('_', ' ')} : il n'a plus de "
                                "casemanager à changer.")
    depuis = max([dossier.dates.demande] + [t.date for t in dossier.transferts])
    if date < depuis:
        raise ErreurChamp("date", f"{CHAMP} {date} : le relais suit la demande et le dernier relais ({depuis}).")
    actuel = dossier.casemanager or config.casemanager_implicite()
    if actuel == vers:
        raise ErreurChamp("vers", f"le dossier {id_dossier} est déjà suivi par {vers}.")
    chemin = racine / relatif
    try:
        edition = Edition.du_fichier(chemin, relatif)
    except ErreurLecture as exc:
        raise ErreurUtilisation(f"{relatif} : modification impossible ({exc}) ; rien n'a été écrit.")
    edition.fixer("casemanager", vers)
    edition.ajouter_element(("transferts",), {"date": date, "de": actuel, "vers": vers, "motif": motif})
    nouveau = edition.verifier()
    modele, constats = valider_modele(Dossier, analyser_yaml(nouveau, relatif))
    if modele is None:
        raise ErreurUtilisation(f"{relatif} : le relais rendrait le dossier invalide ({constats[0].message}) ; "
                                "rien n'a été écrit.")
    ecrire_atomiquement(chemin, nouveau)
    return chemin
