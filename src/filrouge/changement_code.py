"""Le code du jeune change (déménagement : autre code postal) sans casser l'historique.

`filrouge changer-code DOSSIER NOUVEAU --date D` met le nouveau code dans dossier.yaml et garde
l'ancien dans `codes_precedents`, porté jusqu'à la veille de D : la phase préparatoire et les
demandes de financement déjà décidées qui citent l'ancien code restent valides, sans être réécrites
(règle code.coherence) ; un document daté de D ou après reprend le nouveau code.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from filrouge.code_jeune import diagnostiquer, meme_jeune
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_depot
from filrouge.edition_yaml import Edition
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import ErreurUtilisation


def changer_code(racine: Path, id_dossier: str, nouveau: str, jour: dt.date, motif: str | None = None) -> Path:
    """Écrit le nouveau code du jeune et garde l'ancien (commentaires et ordre des clés gardés) ; renvoie le fichier."""
    probleme = diagnostiquer(nouveau)
    if probleme:
        raise ErreurUtilisation(f"changer-code : nouveau code invalide « {nouveau} » : {probleme}.")
    charge = next((c for c in charger_depot(racine).dossiers if c.id == id_dossier), None)
    if charge is None or charge.modele is None:
        raise ErreurUtilisation(f"changer-code : aucun dossier {id_dossier} valide dans {REPERTOIRE_DOSSIERS}/ "
                                "(« filrouge valider » dit pourquoi).")
    dossier = charge.modele
    if meme_jeune(nouveau, dossier.code):
        raise ErreurUtilisation(f"changer-code : {nouveau} est déjà le code du dossier {id_dossier} ({dossier.code}).")
    if jour <= dossier.dates.demande:
        raise ErreurUtilisation(f"changer-code : le code change après la demande ({dossier.dates.demande}), pas le {jour}.")
    if any(jour <= p.jusqu_au for p in dossier.codes_precedents):
        raise ErreurUtilisation(f"changer-code : un code précédent était encore porté le {jour} : le changement suit le dernier.")
    precedent: dict[str, object] = {"code": dossier.code, "jusqu_au": jour - dt.timedelta(days=1)}
    if motif:
        precedent["motif"] = motif

    chemin = charge.chemin / "dossier.yaml"
    edition = Edition.du_fichier(chemin, f"{charge.relatif}/dossier.yaml")
    edition.fixer("code", nouveau)
    edition.ajouter_element(("codes_precedents",), precedent)
    ecrire_atomiquement(chemin, edition.verifier())
    return chemin
