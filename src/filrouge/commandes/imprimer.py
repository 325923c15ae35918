"""`filrouge imprimer FICHIER [--sortie X.pdf]` : une note de synthèse ou une demande Criseflex en PDF à signer."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import trouver_racine
from filrouge.francais import ErreurUtilisation


def executer(args: argparse.Namespace) -> int:
    from filrouge import publication
    from filrouge.impression.document import imprimer

    fichier: Path = args.fichier
    if not fichier.is_file():
        raise ErreurUtilisation(f"{fichier}: fichier introuvable.")
    racine = trouver_racine(fichier.resolve().parent)
    if racine is None:
        raise ErreurUtilisation(f"{fichier}: ce fichier n'est pas dans un dépôt de dossiers (aucun reseau.yaml au-dessus).")
    # Le document est signé et emporté par chaque participant : la garde d'anonymat passe d'abord.
    ecrit = imprimer(publication.charger(racine, garde=True), fichier.resolve(), args.sortie)
    print(f"Écrit : {ecrit}")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    imprimer = sous_parseurs.add_parser(
        "imprimer", help="met en page une note de synthèse ou une demande de financement en PDF à signer",
        description="Produit un PDF prêt à imprimer et à signer depuis une note de synthèse "
                    "(concertations/AAAA-MM-JJ.yaml) ou une demande d'intervention financière (financements/*.yaml).")
    imprimer.add_argument("fichier", type=Path, metavar="FICHIER", help="note de synthèse ou demande de financement (.yaml)")
    imprimer.add_argument("--sortie", type=Path, metavar="X.pdf",
                          help="fichier PDF à écrire (par défaut, dans le répertoire courant : "
                               "note-de-synthèse-<dossier>-<date>.pdf ou demande-d-intervention-financière-<dossier>-<date>.pdf)")
    imprimer.set_defaults(executer=executer)
