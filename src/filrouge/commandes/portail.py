"""`filrouge portail construire|servir` : passe les choix à MkDocs par l'environnement et dit l'issue en français.

Codes de sortie : 0 construit ; 1 la construction échoue à cause des données (contenu
interne, lien cassé, page invalide) ; 2 mauvaise utilisation (service inconnu, pas de
mkdocs.yml, adresse invalide). Jamais de trace Python.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from filrouge.disposition import ErreurConfiguration, trouver_racine
from filrouge.portail.reglages import VAR_POUR

FICHIER_MKDOCS = "mkdocs.yml"


class _Echec(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


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


def _preparer(pour: str | None) -> tuple[Path, str | None]:
    """Trouve la racine et mkdocs.yml, et le service de --pour (identifiant ou alias), avant de lancer MkDocs
    (sortie 2) ; renvoie mkdocs.yml et l'identifiant du service."""
    racine = trouver_racine(Path.cwd())
    if racine is None:
        raise _Echec("aucun reseau.yaml dans ce répertoire ni au-dessus : lancez la commande depuis la racine "
                     "du dépôt de dossiers.", 2)
    fichier = racine / FICHIER_MKDOCS
    if not fichier.is_file():
        raise _Echec(f"{FICHIER_MKDOCS} introuvable à la racine du dépôt ({racine}).", 2)
    if pour is None:
        return fichier, None
    from filrouge.constat import citer
    from filrouge.depot import charger_annuaire

    try:
        partenaires = charger_annuaire(racine)
    except ErreurConfiguration as exc:
        raise _Echec(f"configuration inutilisable : {exc}", 2)
    service = partenaires.trouver(pour)
    if service is None:
        raise _Echec(f"service inconnu {citer(pour, partenaires.noms_connus)} : indiquez un identifiant ou un alias "
                     f"de annuaire.yaml{partenaires.suggestion(pour) or '.'}", 2)
    return fichier, service.id


MARQUE_PORTAIL = ("assets", "filrouge", "portail.css")
"""Un fichier que seul un portail Filrouge construit contient : la sortie est une construction précédente."""


def _verifier_sortie(sortie: Path, racine: Path) -> bool:
    """Vérifie que MkDocs peut vider `sortie` sans perdre un fichier ; vrai si la commande doit la créer.

    MkDocs vide le répertoire de sortie avant de construire : on n'accepte qu'un répertoire
    absent, vide, ou qui contient un portail construit par Filrouge.
    """
    if not sortie.exists() and not sortie.is_symlink():
        return True
    if not sortie.is_dir() or sortie.is_symlink():
        raise _Echec(f"la sortie {sortie} existe et n'est pas un répertoire : choisissez un autre --sortie.", 2)
    absolue = sortie.resolve()
    if absolue == racine.resolve() or racine.resolve().is_relative_to(absolue):
        raise _Echec(f"la sortie {sortie} contient le dépôt lui-même : choisissez un répertoire à part "
                     "(site/ par défaut).", 2)
    contenu = [e for e in absolue.iterdir() if not e.name.startswith(".")]
    if contenu and not absolue.joinpath(*MARQUE_PORTAIL).is_file():
        raise _Echec(f"la sortie {sortie} existe et ne contient pas un portail construit par Filrouge : MkDocs en "
                     "effacerait le contenu avant de construire. Choisissez un répertoire vide ou nouveau.", 2)
    return False


def _nettoyer(sortie: Path, creee: bool) -> None:
    """Après un échec : aucun site incomplet ou refusé ne reste sur le disque.

    Un répertoire que la commande a créé est supprimé ; un répertoire qui existait (vide, ou
    une construction précédente de Filrouge) est vidé comme MkDocs le vide avant de
    construire, fichiers cachés (.git…) compris gardés.
    """
    from mkdocs.utils import clean_directory

    if not sortie.is_dir() or sortie.is_symlink():
        return
    if creee:
        shutil.rmtree(sortie, ignore_errors=True)
    else:
        clean_directory(str(sortie))


def construire(fichier: Path, sortie: Path, pour: str | None = None) -> str:
    """Construit le site en mode strict ; renvoie la CSP. Lève _Echec (code 1) si la construction échoue.

    Après un échec, le répertoire de sortie ne garde rien de la construction (`_nettoyer`).
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    from filrouge.portail import csp
    from filrouge.portail.journal import en_francais, traduire

    creee = _verifier_sortie(sortie, fichier.parent)
    with _environnement(pour), en_francais():
        try:
            config = load_config(str(fichier), site_dir=str(sortie.resolve()), strict=True)
        except (ConfigurationError, Abort) as exc:
            raise _Echec(f"{FICHIER_MKDOCS} invalide : {exc}", 2)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        except Abort as exc:
            _nettoyer(sortie, creee)
            raison = traduire(str(exc)) or "voir les messages ci-dessus"
            raise _Echec(f"construction interrompue ({raison}) : rien n'est publié, le répertoire {sortie} ne "
                         "garde rien de cette construction.", 1)
        except BaseException:
            _nettoyer(sortie, creee)
            raise
        finally:
            config.plugins.on_shutdown()
    return csp.derniere(os.path.abspath(config.site_dir)) or ""


def _construire(args: argparse.Namespace) -> int:
    try:
        fichier, pour = _preparer(args.pour)
        debut = time.monotonic()
        politique = construire(fichier, args.sortie, pour)
    except _Echec as exc:
        print(f"filrouge portail : {exc}", file=sys.stderr)
        return exc.code
    portee = f"restreint au service {pour}" if pour else "complet"
    print(f"Portail {portee} construit dans {args.sortie} en {time.monotonic() - debut:.1f} s.")
    print(f"Content-Security-Policy: {politique}")
    return 0


def _adresse(texte: str) -> str:
    hote, _, port = texte.rpartition(":")
    if not hote or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"adresse invalide « {texte} » (format HÔTE:PORT, ex. 127.0.0.1:8000)")
    return texte


def _servir(args: argparse.Namespace) -> int:
    from filrouge.portail.serveur import Portail, servir

    try:
        fichier, pour = _preparer(args.pour)
    except _Echec as exc:
        print(f"filrouge portail : {exc}", file=sys.stderr)
        return exc.code
    hote, _, port = args.adresse.rpartition(":")
    portail = Portail(fichier.parent, lambda sortie: construire(fichier, sortie, pour))

    def annoncer(url: str) -> None:
        print(f"Portail servi sur {url} (Ctrl+C pour arrêter) ; il se reconstruit quand un dossier change.",
              flush=True)

    try:
        servir(portail, (hote.strip("[]"), int(port)), annoncer)
    except RuntimeError:
        print("filrouge portail : le portail n'a pas pu être construit (voir les messages ci-dessus).",
              file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"filrouge portail : adresse {args.adresse} indisponible ({exc.strerror}).", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        pass
    return 0


def ajouter(sous_parseurs: Any) -> None:
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
