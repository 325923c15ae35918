"""`filrouge archiver [--appliquer]` : les dossiers gardés au-delà de la durée de conservation du réseau.

Sans --appliquer, la commande liste et n'écrit rien. Avec, elle retire du dépôt ceux dont les
chiffres sont arrêtés et refuse les autres en le disant (sortie 1).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine


def executer(args: argparse.Namespace) -> int:
    from filrouge.archivage import a_archiver, retirer
    from filrouge.depot import charger_depot
    from filrouge.reference import aujourdhui

    racine = exiger_racine(Path.cwd())
    depot = charger_depot(racine)
    duree = depot.config.archivage.conservation_mois
    if duree is None:
        print("Aucune durée de conservation dans reseau.yaml (archivage › conservation_mois) : rien à archiver.")
        return 0
    liste = a_archiver(depot, aujourdhui())
    if not liste:
        print(f"Aucun dossier clos depuis plus de {duree} mois : rien à archiver.")
        return 0
    retires = {a.id for a in retirer(racine, liste)} if args.appliquer else set()
    refuses = 0
    for a in liste:
        etat = "retiré" if a.id in retires else "à retirer"
        if a.non_arretees:
            refuses += 1
            annees = ", ".join(str(x) for x in a.non_arretees)
            etat = (f"{'retrait refusé' if args.appliquer else 'pas encore retirable'} : chiffres de {annees} non "
                    f"arrêtés (filrouge bilan {a.non_arretees[0]} --arreter)")
        print(f"{a.id} : suivi terminé le {a.fin}, conservation jusqu'au {a.limite} : {etat}.")
    if args.appliquer:
        print(f"{len(retires)} dossier(s) retiré(s) de l'arbre de travail : committez-les ; ils restent dans "
              "l'historique Git tant qu'il n'est pas réécrit (guide : « Archiver et effacer un dossier »).")
    else:
        print("Rien n'a été modifié : relancez avec --appliquer pour retirer les dossiers retirables.")
    return 1 if args.appliquer and refuses else 0


def ajouter(sous_parseurs: Any) -> None:
    commande = sous_parseurs.add_parser("archiver", help="liste (et retire) les dossiers au-delà de la durée de conservation")
    commande.add_argument("--appliquer", action="store_true",
                          help="retire du dépôt les dossiers dont les chiffres sont arrêtés (bilan/ANNEE.yaml)")
    commande.set_defaults(executer=executer)
