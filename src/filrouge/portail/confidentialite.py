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

import markdown
from mkdocs.utils import markdown_extensions
from mkdocs.utils.meta import YAML_RE, get_data

from filrouge.disposition import REPERTOIRE_DOSSIERS
from filrouge.interne import decouper

_CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.DOTALL | re.MULTILINE)
_CODE_RENDU = re.compile(r"<code>.*?</code>", re.DOTALL)
_CLE_INTERNE = re.compile(r"^[ \t]*[\"']?interne[\"']?[ \t]*:[ \t]*(.*?)[ \t]*(?:#.*)?$", re.IGNORECASE | re.MULTILINE)
_FAUX = {"false", "faux", "non", "no", "off", "0", "n"}
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


def _marquee_interne(texte: str) -> bool:
    """Vrai si l'en-tête de la page, lu comme MkDocs le lit (YAML entre « --- », méta à la MultiMarkdown), a une clé
    « interne » qui n'est pas clairement fausse ; un en-tête YAML illisible est relu ligne à ligne."""
    corps, meta = get_data(texte)
    valeurs = [v for cle, v in meta.items() if str(cle).casefold() == "interne"]
    bloc = YAML_RE.match(texte)
    if bloc and corps == texte:  # MkDocs n'a pas su lire l'en-tête YAML
        valeurs += [m[1] for m in _CLE_INTERNE.finditer(bloc[1])]
    return any(str(v).strip().strip("\"'").casefold() not in _FAUX for v in valeurs)


def _hors_code(texte: str, relatif: str) -> str:
    """Le texte sans ce qui s'affiche comme du code : une marque citée en code est une explication.

    Une page Markdown est rendue comme MkDocs la rend (un accent grave échappé n'ouvre aucun code, un bloc HTML
    n'a pas de code) : ses commentaires restent, le code disparaît. Un autre fichier est copié tel quel.
    """
    if Path(relatif).suffix.lower() in markdown_extensions:
        return _CODE_RENDU.sub("", markdown.markdown(get_data(texte)[0]))
    return _CODE.sub("", texte)


def _verifier_page(contenu: str, relatif: str) -> list[str]:
    messages = []
    texte = contenu.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")  # comme MkDocs lit une page
    decoupage = decouper(_hors_code(texte, relatif))
    if _marquee_interne(texte) or decoupage.passages or decoupage.problemes:
        messages.append(f"docs/{relatif} est marqué interne (interne: true ou <!-- interne -->) : "
                        "un fichier de docs/ est publié en entier. Retirez-le de docs/ ou retirez le passage interne.")
    for numero, ligne in enumerate(contenu.split("\n"), 1):
        if _INCLUSION.search(ligne):
            messages.append(f"docs/{relatif}, ligne {numero} : inclusion de fichier refusée ; les pages des dossiers "
                            "sont générées par le portail, qui seul sait ce qui peut être publié.")
    return messages
