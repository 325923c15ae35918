"""La commande `filrouge` : analyse les arguments et appelle la bibliothèque, rien de plus.

Codes de sortie : 0 sans erreur, 1 s'il y a au moins une erreur, 2 pour une erreur
d'utilisation ou de configuration. Jamais de trace Python : toute exception imprévue
devient un message français.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from filrouge import francais
from filrouge.anonymat import commande as anonymat
from filrouge.commandes import bilan, financement, imprimer, init, portail, rappels
from filrouge.depot import ErreurConfiguration, exiger_racine
from filrouge.rapport import en_json, en_texte, resume

francais.installer()


def _valider(args: argparse.Namespace) -> int:
    from filrouge.validation import valider

    racine = exiger_racine(Path.cwd())
    for chemin in args.chemins:
        if not chemin.exists() and not chemin.is_symlink():
            print(f"{chemin}: chemin introuvable.", file=sys.stderr)
            return 2
    constats = valider(racine, args.chemins)
    if args.format == "json":
        print(en_json(constats))
    else:
        if constats:
            print(en_texte(constats))
        print(resume(constats), file=sys.stderr)
    return 1 if any(c.est_erreur for c in constats) else 0


def _nouveau_dossier(args: argparse.Namespace) -> int:
    from filrouge.nouveau import creer_dossier

    chemins = creer_dossier(exiger_racine(Path.cwd()), code=args.code, id_dossier=args.id, date_demande=args.date,
                            canal=args.canal, service_initiateur=args.service)
    for chemin in chemins:
        print(f"Créé : {chemin}")
    return 0


def _nouvelle_concertation(args: argparse.Namespace) -> int:
    from filrouge.nouveau import creer_concertation

    for chemin in creer_concertation(exiger_racine(Path.cwd()), args.dossier, args.date):
        print(f"Créé : {chemin}")
    return 0


def _schemas(args: argparse.Namespace) -> int:
    from filrouge.schemas import ecrire_schemas

    for chemin in ecrire_schemas(args.sortie):
        print(f"Écrit : {chemin}")
    return 0


def _regles(args: argparse.Namespace) -> int:
    from filrouge.regles import REGLES

    for regle in REGLES.values():
        print(f"{regle.id:40} {regle.gravite:14} {regle.resume}")
    return 0


def construire_parseur() -> argparse.ArgumentParser:
    parseur = argparse.ArgumentParser(prog="filrouge", description="Dossiers de casemanagement tenus dans Git.")
    sous = parseur.add_subparsers(dest="commande", metavar="COMMANDE", required=True)

    valider = sous.add_parser("valider", help="vérifie les dossiers (schéma, règles métier, anonymat)",
                              description="Vérifie le dépôt depuis sa racine. Sortie 0 : aucune erreur ; "
                                          "1 : au moins une erreur ; 2 : erreur d'utilisation ou de configuration.")
    valider.add_argument("--format", choices=("texte", "json"), default="texte", help="format de sortie (texte par défaut)")
    valider.add_argument("chemins", nargs="*", type=Path, metavar="CHEMIN",
                         help="fichiers ou dossiers à vérifier (par défaut : tout le dépôt)")
    valider.set_defaults(executer=_valider)

    nouveau = sous.add_parser("nouveau", help="crée un dossier ou une note de synthèse à partir des modèles")
    quoi = nouveau.add_subparsers(dest="quoi", metavar="QUOI", required=True)
    dossier = quoi.add_parser("dossier", help="crée un nouveau dossier (statut demande)")
    dossier.add_argument("--code", required=True, help="code du jeune, ex. LMG20101000")
    dossier.add_argument("--id", help="identifiant du dossier (par défaut : année et numéro suivant)")
    dossier.add_argument("--date", type=francais.date_iso, help="date de la demande AAAA-MM-JJ (par défaut : aujourd'hui)")
    dossier.add_argument("--canal", help="canal de la demande (par défaut : le premier du réseau)")
    dossier.add_argument("--service", help="service de l'annuaire qui initie la demande")
    dossier.set_defaults(executer=_nouveau_dossier)
    concertation = quoi.add_parser("concertation", help="crée la note de synthèse d'une concertation")
    concertation.add_argument("dossier", metavar="DOSSIER", help="identifiant du dossier, ex. 2019-007")
    concertation.add_argument("--date", type=francais.date_iso, help="date de la rencontre AAAA-MM-JJ (par défaut : aujourd'hui)")
    concertation.set_defaults(executer=_nouvelle_concertation)

    schemas = sous.add_parser("schemas", help="régénère les schémas JSON (complétion dans l'éditeur)")
    schemas.add_argument("--sortie", type=Path, default=Path("schemas"), help="répertoire de sortie (schemas/ par défaut)")
    schemas.set_defaults(executer=_schemas)

    regles = sous.add_parser("regles", help="liste les règles et leur identifiant")
    regles.set_defaults(executer=_regles)

    anonymat.ajouter_sous_commandes(sous)
    for commande in (portail, financement, rappels, init, bilan, imprimer):
        commande.ajouter(sous)
    return parseur


def main(argv: Sequence[str] | None = None) -> int:
    for flux in (sys.stdout, sys.stderr):
        if hasattr(flux, "reconfigure"):
            flux.reconfigure(errors="replace")  # une console non UTF-8 ne fait jamais échouer un rapport
    parseur = construire_parseur()
    args = parseur.parse_args(argv)
    try:
        return int(args.executer(args))
    except ErreurConfiguration as exc:
        print(en_texte(exc.constats), file=sys.stderr)
        print("La configuration doit être corrigée avant toute vérification.", file=sys.stderr)
        return 2
    except FileExistsError as exc:
        print(f"{exc.filename}: ce fichier existe déjà ; rien n'a été écrit.", file=sys.stderr)
        return 2
    except francais.ErreurUtilisation as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 2
    except Exception as exc:  # dernier filet : jamais de trace Python pour l'utilisateur
        if os.environ.get("FILROUGE_DEBUG"):
            raise
        print(f"erreur interne inattendue ({type(exc).__name__}) : merci de la signaler avec la commande lancée.",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
