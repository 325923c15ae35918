"""`filrouge fusionner GARDE ABSORBE` : deux dossiers reconnus comme le même jeune n'en font plus qu'un."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge.disposition import exiger_racine


def executer(args: argparse.Namespace) -> int:
    from filrouge.fusion import fusionner

    fusion = fusionner(exiger_racine(Path.cwd()), args.garde, args.absorbe)
    print(f"Dossier {fusion.absorbe} fusionné dans {fusion.garde} : {len(fusion.fichiers) - 1} fichier(s) reçu(s)"
          + (f", acteur(s) ajouté(s) : {', '.join(fusion.acteurs_ajoutes)}" if fusion.acteurs_ajoutes else "") + ".")
    for fichier in fusion.fichiers:
        print(f"Écrit : {fichier}")
    print(f"L'identifiant {fusion.absorbe} est gardé dans fusionne_avec de {fusion.garde} et ne sera pas redonné. "
          "Suite : « filrouge valider », puis committez (git add -A).")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    commande = sous_parseurs.add_parser(
        "fusionner", help="fusionne deux dossiers reconnus comme le même jeune",
        description="Fusionne le dossier ABSORBE dans le dossier GARDE : acteurs, notes, demandes, pièces et phase "
                    "préparatoire passent dans GARDE, dont l'identifiant, les dates et le statut restent ; ABSORBE est "
                    "noté dans fusionne_avec. Refusé, sans rien écrire, en cas de conflit.")
    commande.add_argument("garde", metavar="GARDE", help="identifiant du dossier gardé, ex. 2019-008")
    commande.add_argument("absorbe", metavar="ABSORBE", help="identifiant du dossier absorbé, ex. 2019-011")
    commande.set_defaults(executer=executer)
