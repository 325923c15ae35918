"""`filrouge nouveau dossier|concertation` : un dossier ou une note de synthèse créés depuis les modèles.

Rien n'est jamais écrasé : un fichier qui existe déjà arrête la commande (sortie 2).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from filrouge import francais
from filrouge.disposition import exiger_racine


def _dossier(args: argparse.Namespace) -> int:
    from filrouge.nouveau import creer_dossier

    chemins = creer_dossier(exiger_racine(Path.cwd()), code=args.code, id_dossier=args.id, date_demande=args.date,
                            canal=args.canal, service_initiateur=args.service)
    for chemin in chemins:
        print(f"Créé : {chemin}")
    print(f"Suite : complétez {chemins[0].name} (acteurs et leur service ou lien, critères d'activation, consentement) "
          f"et la phase préparatoire ({chemins[1].name}) ; à l'ouverture, « filrouge ouvrir {chemins[0].parent.name} "
          f"--criteres … » (ou « filrouge ne-pas-ouvrir ») ; puis « filrouge valider » et, le jour de la rencontre, "
          f"« filrouge nouveau concertation {chemins[0].parent.name} ».")
    return 0


def _concertation(args: argparse.Namespace) -> int:
    from filrouge.nouveau import creer_concertation
    from filrouge.rapport import en_texte
    from filrouge.validation import valider

    racine = exiger_racine(Path.cwd())
    chemins = creer_concertation(racine, args.dossier, args.date)
    for chemin in chemins:
        print(f"Créé : {chemin}")
    erreurs = [c for c in valider(racine, [chemins[0].parent.parent]) if c.est_erreur]
    if erreurs:
        print("La note est créée, mais le dossier n'est pas encore prêt pour une concertation ; à corriger :")
        print(en_texte(erreurs))
        print("Puis relancez « filrouge valider ».")
    else:
        print(f"Suite : complétez la note ({chemins[0].name} : lieu, heure, actions, qui fait quoi et pour quand) et son "
              f"récit ({chemins[1].name}), faites-la valider par le pédopsychiatre et le référent (validation:), "
              "puis « filrouge valider ».")
    return 0


def ajouter(sous_parseurs: Any) -> None:
    nouveau = sous_parseurs.add_parser("nouveau", help="crée un dossier ou une note de synthèse à partir des modèles")
    quoi = nouveau.add_subparsers(dest="quoi", metavar="QUOI", required=True)
    dossier = quoi.add_parser("dossier", help="crée un nouveau dossier (statut demande)")
    dossier.add_argument("--code", required=True, help="code du jeune, ex. LMG20101000")
    dossier.add_argument("--id", help="identifiant du dossier (par défaut : année et numéro suivant)")
    dossier.add_argument("--date", type=francais.date_iso, help="date de la demande AAAA-MM-JJ (par défaut : aujourd'hui)")
    dossier.add_argument("--canal", help="canal de la demande (par défaut : le premier du réseau)")
    dossier.add_argument("--service", help="service de l'annuaire qui initie la demande")
    dossier.set_defaults(executer=_dossier)
    concertation = quoi.add_parser("concertation", help="crée la note de synthèse d'une concertation")
    concertation.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2019-007")
    concertation.add_argument("--date", type=francais.date_iso, help="date de la rencontre AAAA-MM-JJ (par défaut : aujourd'hui)")
    concertation.set_defaults(executer=_concertation)
