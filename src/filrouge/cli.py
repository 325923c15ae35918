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
from importlib import import_module
from typing import NoReturn

from filrouge import francais
from filrouge.disposition import ErreurConfiguration
from filrouge.rapport import en_texte

francais.installer()
EXTRAS = {"mkdocs": "portail", "material": "portail", "markdown": "portail", "nh3": "portail",
          "matplotlib": "portail", "icalendar": "portail", "jinja2": "portail", "markupsafe": "portail",
          "weasyprint": "impression", "starlette": "atelier", "uvicorn": "atelier", "ruamel": "atelier",
          "multipart": "atelier"}
"""Module optionnel → extra qui l'installe : le cœur (hooks, CI) n'embarque ni portail ni PDF."""
COMMANDES = {nom: module for module, noms in (
    ("valider", "valider"), ("nouveau", "nouveau"), ("atelier", "atelier"), ("schemas", "schemas"), ("regles", "regles"),
    ("anonymat", "anonymat"), ("proteger", "proteger"), ("portail", "portail"), ("financement", "financement"),
    ("rappels", "rappels"), ("init", "init"), ("bilan", "bilan"), ("imprimer", "imprimer"),
    ("cycle", "ouvrir ne-pas-ouvrir clore rouvrir"), ("consentement", "consentement"), ("transferer", "transferer"),
    ("archiver", "archiver"), ("changer_code", "changer-code"), ("fusionner", "fusionner")) for nom in noms.split()}
"""Chaque sous-commande → son module de `filrouge.commandes`, dans l'ordre de l'aide de `filrouge -h` (un test
vérifie la table)."""


def construire_parseur(commande: str | None = None) -> argparse.ArgumentParser:
    """Le parseur de toutes les sous-commandes ; pour une `commande` connue, celui de son seul module : le hook de
    chaque commit (`filrouge valider`) n'importe pas les dix-huit autres (≈ 15 ms)."""
    parseur = argparse.ArgumentParser(prog="filrouge", description="Dossiers de casemanagement tenus dans Git.")
    sous = parseur.add_subparsers(dest="commande", metavar="COMMANDE", required=True)
    modules = [COMMANDES[commande]] if commande in COMMANDES else list(dict.fromkeys(COMMANDES.values()))
    for module in modules:
        import_module(f"filrouge.commandes.{module}").ajouter(sous)
    return parseur


def main(argv: Sequence[str] | None = None) -> int:
    for flux in (sys.stdout, sys.stderr):
        if hasattr(flux, "reconfigure"):
            flux.reconfigure(errors="replace")  # une console non UTF-8 ne fait jamais échouer un rapport
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = construire_parseur(arguments[0] if arguments else None).parse_args(arguments)
    code = _executer(args)
    if argv is None and args.commande == "valider":
        _sortir_sans_attendre(code)
    return code


def _sortir_sans_attendre(code: int) -> NoReturn:
    """Le hook pre-commit lance `filrouge valider` à chaque commit. Sa sortie vidée, rien ne reste à écrire ni à
    attendre (le cache est écrit et fermé, aucun fil ni processus fils ne tourne) : le processus s'arrête sans
    défaire un à un les objets du cache et les modules chargés, ≈ 30 ms de moins par commit."""
    for flux in (sys.stdout, sys.stderr):
        try:
            flux.flush()
        except (OSError, ValueError):  # lecteur parti (« | head ») : il a eu ce qu'il voulait
            pass
    os._exit(code)


def _executer(args: argparse.Namespace) -> int:
    """La sous-commande, chaque erreur prévue dite en français avec son code de sortie."""
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
