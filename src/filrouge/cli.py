"""La commande `filrouge` : branche les sous-commandes de `filrouge.commandes`, rien de plus.

Codes de sortie : 0 sans erreur, 1 s'il y a au moins une erreur, 2 pour une erreur
d'utilisation ou de configuration. Jamais de trace Python : toute exception imprévue
devient un message français.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from filrouge import francais
from filrouge.commandes import (anonymat, archiver, atelier, bilan, changer_code, consentement, cycle, financement,
                                fusionner, imprimer, init, nouveau, portail, proteger, rappels, regles, schemas,
                                transferer, valider)
from filrouge.disposition import ErreurConfiguration
from filrouge.rapport import en_texte

francais.installer()
EXTRAS = {"mkdocs": "portail", "material": "portail", "markdown": "portail", "nh3": "portail",
          "matplotlib": "portail", "icalendar": "portail", "jinja2": "portail", "markupsafe": "portail",
          "weasyprint": "impression", "starlette": "atelier", "uvicorn": "atelier", "ruamel": "atelier",
          "multipart": "atelier"}
"""Module optionnel → extra qui l'installe : le cœur (hooks, CI) n'embarque ni portail ni PDF."""
COMMANDES = (valider, nouveau, atelier, schemas, regles, anonymat, proteger, portail, financement, rappels, init, bilan,
             imprimer, cycle, consentement, transferer, archiver, changer_code, fusionner)
"""Dans l'ordre de l'aide de `filrouge -h`."""


def construire_parseur() -> argparse.ArgumentParser:
    parseur = argparse.ArgumentParser(prog="filrouge", description="Dossiers de casemanagement tenus dans Git.")
    sous = parseur.add_subparsers(dest="commande", metavar="COMMANDE", required=True)
    for commande in COMMANDES:
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
    except ModuleNotFoundError as exc:
        extra = EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None:
            return _erreur_interne(exc)
        print(f"filrouge {args.commande} a besoin du module « {exc.name} », qui n'est pas installé : installez "
              f"filrouge avec l'extra {extra} (pip install \"filrouge[{extra}]\", ou la même source avec [{extra}]).",
              file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrompu.", file=sys.stderr)
        return 2
    except BrokenPipeError:  # « filrouge regles | head » : le lecteur a eu ce qu'il voulait
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # dernier filet : jamais de trace Python pour l'utilisateur
        return _erreur_interne(exc)


def _erreur_interne(exc: Exception) -> int:
    if os.environ.get("FILROUGE_DEBUG"):
        raise exc
    print(f"erreur interne inattendue ({type(exc).__name__}) : merci de la signaler avec la commande lancée.",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
