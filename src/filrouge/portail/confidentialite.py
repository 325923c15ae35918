"""Ce que docs/ ne doit jamais publier : un fichier de dossier, une page marquée interne, une inclusion.

Les pages des dossiers viennent de la vue publiable (`filrouge.publication`) : ni phase
préparatoire ni passage interne. Mais docs/ est copié tel quel par MkDocs : `verifier_sources`
refuse, avant la construction, un docs/ qui pourrait embarquer un fichier de dossier (fichier
nommé preparation*, lien symbolique, inclusion) ou une page marquée interne, quelle que soit
l'extension du fichier (.md, .markdown, .mdown, .html, .txt…). La vérification finale du
site construit est `publication.controle`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mkdocs.utils import markdown_extensions

from filrouge.disposition import REPERTOIRE_DOSSIERS
from filrouge.interne import decouper

_ENTETE_INTERNE = re.compile(r"\A---\n(?:.*\n)*?interne:\s*(?:true|oui|yes)\s*\n(?:.*\n)*?---", re.IGNORECASE)
_CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.DOTALL | re.MULTILINE)
_INCLUSION = re.compile(r"--8<--|\{%\s*include|\{!|!include|\{\{\s*include", re.IGNORECASE)


class ErreurConfidentialite(Exception):
    """Du contenu interne atteindrait le site : la construction s'arrête."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def verifier_sources(docs: Path, racine: Path) -> None:
    """Refuse un docs/ qui publierait un fichier de dossier ou une page interne."""
    messages: list[str] = []
    docs, dossiers = docs.resolve(), (racine / REPERTOIRE_DOSSIERS).resolve()
    if docs == dossiers or dossiers.is_relative_to(docs) or docs.is_relative_to(dossiers):
        messages.append(f"docs_dir ({docs}) contient ou se trouve dans {REPERTOIRE_DOSSIERS}/ : les fichiers "
                        "des dossiers, dont les phases préparatoires, seraient copiés tels quels dans le site.")
    for dossier, sous, fichiers in os.walk(docs, followlinks=False):
        for nom in sous + fichiers:
            chemin = Path(dossier) / nom
            relatif = chemin.relative_to(docs).as_posix()
            if chemin.is_symlink():
                messages.append(f"docs/{relatif} est un lien symbolique : il pourrait publier un fichier d'un dossier. "
                                "Remplacez-le par le fichier lui-même.")
            elif nom.lower().startswith(("preparation", "préparation")):
                messages.append(f"docs/{relatif} : une phase préparatoire est un document interne, jamais publié. "
                                "Retirez ce fichier de docs/ (les modèles vierges sont générés par le portail).")
            elif chemin.is_file():
                contenu = _texte(chemin)
                if contenu is not None:
                    messages.extend(_verifier_page(contenu, relatif))
    if messages:
        raise ErreurConfidentialite(messages)


def _texte(chemin: Path) -> str | None:
    """Le texte d'un fichier de docs/, ou None s'il est binaire (image, PDF) : MkDocs le copie tel quel."""
    try:
        brut = chemin.read_bytes()
    except OSError:
        return None
    if b"\x00" in brut[:4096]:
        return None
    return brut.decode("utf-8", errors="replace")


def pages_de_docs(docs: Path) -> list[str]:
    """Le texte des pages de docs/ (.md, .markdown…), écrites par le réseau : ce ne sont pas des secrets.

    Les autres fichiers (.txt, .html copiés tels quels) n'en sont pas exemptés : un passage
    interne recopié là est une fuite, que la vérification finale arrête.
    """
    textes = []
    for chemin in sorted(docs.rglob("*")):
        if chemin.is_file() and not chemin.is_symlink() and chemin.suffix.lower() in markdown_extensions:
            contenu = _texte(chemin)
            if contenu is not None:
                textes.append(contenu)
    return textes


def _verifier_page(contenu: str, relatif: str) -> list[str]:
    messages = []
    hors_code = _CODE.sub("", contenu)  # une marque citée entre accents graves est une explication
    decoupage = decouper(hors_code)
    if _ENTETE_INTERNE.search(contenu) or decoupage.passages or decoupage.problemes:
        messages.append(f"docs/{relatif} est marqué interne (interne: true ou <!-- interne -->) : "
                        "un fichier de docs/ est publié en entier. Retirez-le de docs/ ou retirez le passage interne.")
    for numero, ligne in enumerate(contenu.split("\n"), 1):
        if _INCLUSION.search(ligne):
            messages.append(f"docs/{relatif}, ligne {numero} : inclusion de fichier refusée ; les pages des dossiers "
                            "sont générées par le portail, qui seul sait ce qui peut être publié.")
    return messages
