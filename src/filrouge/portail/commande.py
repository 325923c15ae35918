"""`filrouge portail construire|servir` : passe les choix à MkDocs par l'environnement et traduit l'issue.

Codes de sortie : 0 construit ; 1 la construction échoue à cause des données (contenu
interne, lien cassé, page invalide) ; 2 mauvaise utilisation (service inconnu, pas de
mkdocs.yml, adresse invalide). Jamais de trace Python.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filrouge.depot import ErreurConfiguration, charger_depot, trouver_racine
from filrouge.portail.reglages import VAR_POUR

FICHIER_MKDOCS = "mkdocs.yml"


class _Echec(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


class _Journal(logging.Handler):
    """Affiche avertissements et erreurs de MkDocs en français sur la sortie d'erreur."""

    NIVEAUX = {logging.WARNING: "avertissement", logging.ERROR: "erreur", logging.CRITICAL: "erreur"}

    def emit(self, record: logging.LogRecord) -> None:
        niveau = self.NIVEAUX.get(record.levelno)
        message = record.getMessage()
        if niveau and not message.startswith("Aborted with"):
            print(f"{niveau} : {message}", file=sys.stderr)


@contextmanager
def _environnement(pour: str | None) -> Iterator[None]:
    anciens = {k: os.environ.get(k) for k in (VAR_POUR, "NO_MKDOCS_2_WARNING")}
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    if pour:
        os.environ[VAR_POUR] = pour
    else:
        os.environ.pop(VAR_POUR, None)
    try:
        yield
    finally:
        for cle, valeur in anciens.items():
            if valeur is None:
                os.environ.pop(cle, None)
            else:
                os.environ[cle] = valeur


@contextmanager
def _journal() -> Iterator[None]:
    logger = logging.getLogger("mkdocs")
    gestionnaire = _Journal(logging.WARNING)
    ancien_niveau, ancienne_propagation = logger.level, logger.propagate
    logger.addHandler(gestionnaire)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    try:
        yield
    finally:
        logger.removeHandler(gestionnaire)
        logger.setLevel(ancien_niveau)
        logger.propagate = ancienne_propagation


def _preparer(pour: str | None) -> Path:
    """Trouve la racine et mkdocs.yml, et vérifie le service avant de lancer MkDocs (sortie 2)."""
    racine = trouver_racine(Path.cwd())
    if racine is None:
        raise _Echec("aucun reseau.yaml dans ce répertoire ni au-dessus : lancez la commande depuis la racine "
                     "du dépôt de dossiers.", 2)
    fichier = racine / FICHIER_MKDOCS
    if not fichier.is_file():
        raise _Echec(f"{FICHIER_MKDOCS} introuvable à la racine du dépôt ({racine}).", 2)
    if pour is not None:
        try:
            partenaires = charger_depot(racine).partenaires
        except ErreurConfiguration as exc:
            raise _Echec(f"configuration inutilisable : {exc}", 2)
        if partenaires.service(pour) is None:
            proches = [s.id for s in partenaires.services if pour.split("-")[0] in s.id][:5]
            suggestion = f" (peut-être : {', '.join(proches)})" if proches else ""
            raise _Echec(f"service inconnu « {pour} » : indiquez un identifiant de annuaire.yaml{suggestion}.", 2)
    return fichier


def construire(fichier: Path, sortie: Path, pour: str | None = None) -> str:
    """Construit le site en mode strict ; renvoie la CSP. Lève _Echec (code 1) si la construction échoue."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from filrouge.portail import csp

    with _environnement(pour), _journal():
        try:
            config = load_config(str(fichier), site_dir=str(sortie.resolve()), strict=True)
        except (ConfigurationError, Abort) as exc:
            raise _Echec(f"{FICHIER_MKDOCS} invalide : {exc}", 2)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        except Abort:
            raise _Echec("construction interrompue (voir les messages ci-dessus) : rien n'est à publier.", 1)
        finally:
            config.plugins.on_shutdown()
    return csp.derniere(os.path.abspath(config.site_dir)) or ""


def _construire(args: argparse.Namespace) -> int:
    try:
        fichier = _preparer(args.pour)
        debut = time.monotonic()
        politique = construire(fichier, args.sortie, args.pour)
    except _Echec as exc:
        print(f"filrouge portail : {exc}", file=sys.stderr)
        return exc.code
    portee = f"restreint au service {args.pour}" if args.pour else "complet"
    print(f"Portail {portee} construit dans {args.sortie} en {time.monotonic() - debut:.1f} s.")
    print(f"Content-Security-Policy: {politique}")
    return 0


def _adresse(texte: str) -> str:
    hote, _, port = texte.rpartition(":")
    if not hote or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"adresse invalide « {texte} » (format HÔTE:PORT, ex. 127.0.0.1:8000)")
    return texte


def _servir(args: argparse.Namespace) -> int:
    from mkdocs.commands.serve import serve
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        fichier = _preparer(args.pour)
    except _Echec as exc:
        print(f"filrouge portail : {exc}", file=sys.stderr)
        return exc.code
    print(f"Portail servi sur http://{args.adresse}/ (Ctrl+C pour arrêter).", flush=True)
    with _environnement(args.pour), _journal():
        try:
            serve(config_file=str(fichier), dev_addr=args.adresse, livereload=True, strict=True)
        except (ConfigurationError, Abort) as exc:
            print(f"filrouge portail : le portail n'a pas pu être servi ({exc}).", file=sys.stderr)
            return 1
        except OSError as exc:
            print(f"filrouge portail : adresse {args.adresse} indisponible ({exc.strerror}).", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            pass
    return 0


def ajouter_sous_commandes(sous_parseurs: Any) -> None:
    """Ajoute `portail construire` et `portail servir` au parseur de `filrouge`."""
    portail = sous_parseurs.add_parser("portail", help="construit ou sert le portail privé (MkDocs)")
    actions = portail.add_subparsers(dest="action_portail", metavar="ACTION", required=True)
    construire_p = actions.add_parser("construire", help="construit le site statique du portail",
                                      description="Construit le portail en mode strict. Sortie 0 : construit ; "
                                                  "1 : données refusées ; 2 : erreur d'utilisation.")
    construire_p.add_argument("--sortie", type=Path, default=Path("site"), help="répertoire du site (site/ par défaut)")
    construire_p.add_argument("--pour", metavar="SERVICE",
                              help="portail restreint aux dossiers où ce service de l'annuaire intervient")
    construire_p.set_defaults(executer=_construire)
    servir_p = actions.add_parser("servir", help="sert le portail avec rechargement à chaud et CSP")
    servir_p.add_argument("--pour", metavar="SERVICE", help="portail restreint à ce service")
    servir_p.add_argument("--adresse", type=_adresse, default="127.0.0.1:8000", help="HÔTE:PORT (127.0.0.1:8000)")
    servir_p.set_defaults(executer=_servir)
