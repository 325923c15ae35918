"""Les messages d'argparse en français : la ligne de commande parle la langue des utilisateurs.

argparse passe tous ses messages par `gettext` ; on remplace la fonction de traduction
qu'il a importée plutôt que de réécrire un analyseur d'arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt

_MESSAGES = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "affiche cette aide et quitte",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "choix invalide : %(value)r (choisir parmi %(choices)s)",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "expected one argument": "une valeur est attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "ambiguous option: %(option)s could match %(matches)s": "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "argument explicite ignoré : %r",
    "expected at least one argument": "au moins une valeur est attendue",
    "expected at most one argument": "au plus une valeur est attendue",
    "show program's version number and exit": "affiche la version et quitte",
    "unexpected option string: %s": "option inattendue : %s",
}


class ErreurUtilisation(Exception):
    """Une demande impossible (dossier inconnu, date manquante…) : message pour l'utilisateur, sortie 2."""


CHAMP = "{champ}"
"""La place du champ dans le message d'une `ErreurChamp`."""


class ErreurChamp(ErreurUtilisation):
    """Une valeur refusée, rattachée au champ qui la porte (`champ`, un identifiant stable).

    Le message est écrit une fois, avec la place du champ (`CHAMP`) ; chaque interface y met sa façon de le
    nommer : la ligne de commande son option (`cli`, par défaut « --champ » : c'est le message par défaut),
    l'atelier le libellé du contrôle du formulaire (`formuler`).
    """

    def __init__(self, champ: str, modele: str, cli: str | None = None) -> None:
        self.champ, self.modele = champ, modele
        super().__init__(self.formuler(cli if cli is not None else f"--{champ.replace('_', '-')}"))

    def formuler(self, nom_du_champ: str) -> str:
        return self.modele.replace(CHAMP, nom_du_champ)


def date_iso(texte: str) -> dt.date:
    """Type d'argument : une date AAAA-MM-JJ, refusée en français sinon."""
    try:
        return dt.date.fromisoformat(texte)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date invalide « {texte} » (format AAAA-MM-JJ)")


def _traduire(message: str) -> str:
    return _MESSAGES.get(message, message)


def _traduire_pluriel(singulier: str, pluriel: str, nombre: int) -> str:
    if singulier == "expected %s argument":
        return "%s valeur attendue" if nombre == 1 else "%s valeurs attendues"
    return _traduire(singulier if nombre == 1 else pluriel)


def installer() -> None:
    argparse._ = _traduire  # type: ignore[attr-defined]
    argparse.ngettext = _traduire_pluriel  # type: ignore[attr-defined]
