"""Les messages de MkDocs en français : le portail parle la langue de ceux qui le construisent.

MkDocs n'offre que des lignes de journal en anglais, sans données structurées ; seuls ses
messages sur le contenu de docs/ (liens, ancres, navigation, mode strict) arrivent jusqu'à
l'utilisateur, nos propres erreurs étant déjà en français. La table ci-dessous est une donnée :
un motif, et le texte français où `{nom}` reprend le groupe du même nom. Un message inconnu est
montré tel quel, précédé de « message de MkDocs ».
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager

_VOULIEZ = r"(?: Did you mean '(?P<suggestion>[^']*)'\?)?"
TRADUCTIONS: list[tuple[str, str]] = [
    (r"Doc file '(?P<page>[^']*)' contains a link '(?P<lien>[^']*)', but the target(?: '(?P<cible>[^']*)')? "
     r"is not found among documentation files\." + _VOULIEZ,
     "page {page} : le lien « {lien} » mène à un fichier introuvable parmi les pages du portail{cible?}.{suggestion?}"),
    (r"Doc file '(?P<page>[^']*)' contains a link '(?P<lien>[^']*)', but the doc '(?P<cible>[^']*)' "
     r"does not contain an anchor '#(?P<ancre>[^']*)'\.",
     "page {page} : le lien « {lien} » mène à l'ancre « #{ancre} », absente de la page {cible}."),
    (r"Doc file '(?P<page>[^']*)' contains a link '(?P<lien>[^']*)', but there is no such anchor on this page\.",
     "page {page} : le lien « {lien} » mène à une ancre absente de la page elle-même."),
    (r"Doc file '(?P<page>[^']*)' contains an unrecognized relative link '(?P<lien>[^']*)', it was left as is\."
     + _VOULIEZ,
     "page {page} : lien relatif « {lien} » non reconnu (ni page ni fichier du portail), laissé tel quel.{suggestion?}"),
    (r"Doc file '(?P<page>[^']*)' contains a link to '(?P<cible>[^']*)' which is excluded from the built site\.",
     "page {page} : le lien vers « {cible} » mène à une page exclue du portail."),
    (r"The following pages exist in the docs directory, but are not included in the \"nav\" configuration:\n"
     r"(?P<pages>.*)",
     "ces pages de docs/ ne figurent pas dans la navigation (nav de mkdocs.yml) :\n{pages}"),
    (r"A reference to '(?P<cible>[^']*)' is included in the 'nav' configuration, which is not found in the "
     r"documentation files\.",
     "la navigation (nav de mkdocs.yml) mène à « {cible} », introuvable parmi les pages."),
    (r"A reference to '(?P<cible>[^']*)' is included in the 'nav' configuration, but this file is excluded "
     r"from the built site\.",
     "la navigation (nav de mkdocs.yml) mène à « {cible} », une page exclue du portail."),
    (r"Aborted with (?P<avertissements>\d+) warnings? in strict mode!",
     "construction arrêtée en mode strict, {avertissements} avertissement(s) : le portail n'est publié que sans "
     "aucun avertissement, corrigez les points ci-dessus"),
    (r"Error reading page '(?P<page>[^']*)':(?P<suite>.*)", "la page {page} n'a pas pu être construite : {suite}"),
    (r"File not found: (?P<page>.*)", "fichier introuvable : {page}"),
    (r"Encoding error reading file: (?P<page>.*)", "{page} : ce fichier n'est pas en UTF-8."),
    (r"Config value '(?P<option>[^']*)': (?P<suite>.*)",
     "mkdocs.yml, option « {option} » (message de MkDocs) : {suite}"),
]
_COMPILEES = [(re.compile(motif, re.DOTALL), texte) for motif, texte in TRADUCTIONS]
_FACULTATIF = re.compile(r"\{(\w+)\?\}")
_FACULTATIFS = {"cible": " ({})", "suggestion": " Vouliez-vous dire « {} » ?"}


def traduire(message: str) -> str | None:
    """Le message de MkDocs en français ; None s'il ne dit rien de plus que ce que la commande dira."""
    if message == "Aborted with a BuildError!":
        return None
    for motif, texte in _COMPILEES:
        m = motif.fullmatch(message.strip())
        if m:
            groupes = {k: (v or "").strip() for k, v in m.groupdict().items()}
            texte = _FACULTATIF.sub(lambda f: _FACULTATIFS[f[1]].format(groupes[f[1]]) if groupes.get(f[1]) else "",
                                    texte)
            return texte.format(**groupes)
    return f"message de MkDocs : {message}"


class _Journal(logging.Handler):
    """Affiche avertissements et erreurs de MkDocs en français sur la sortie d'erreur."""

    NIVEAUX = {logging.WARNING: "avertissement", logging.ERROR: "erreur", logging.CRITICAL: "erreur"}

    def emit(self, record: logging.LogRecord) -> None:
        niveau = self.NIVEAUX.get(record.levelno)
        if not niveau:
            return
        message = record.getMessage()
        traduit = message if record.name.startswith("mkdocs.plugins.filrouge") else traduire(message)
        if traduit is not None:
            print(f"{niveau} : {traduit}", file=sys.stderr)


@contextmanager
def en_francais() -> Iterator[None]:
    """Pendant le bloc, les messages de MkDocs passent par `_Journal` et seulement par lui."""
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
