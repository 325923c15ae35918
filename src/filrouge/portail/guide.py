"""Le guide de procédure fourni avec filrouge, et ses chiffres lus dans la configuration.

Les pages du guide (`guide/*.md`, `financement.md`) sont des données du paquet
(`filrouge/portail/pages_guide/`) : le portail de chaque réseau, y compris un dépôt créé
par `filrouge init`, les publie sans les copier. Un réseau remplace une page en écrivant
la sienne au même chemin dans docs/ (docs/guide/phases.md…).

Un réseau ne publie pas les pages propres à un autre réseau (`guide_omis` de reseau.yaml : la
procédure Criseflex n'est pas celle de Bru-Stars) ; un lien d'une autre page vers une page omise
devient son simple texte.

Les chiffres du guide viennent de la configuration, jamais du texte :
`{{ reseau.plafond_demande }}`… Seules les pages du guide et celles écrites dans docs/
passent ici ; le texte d'un dossier n'est jamais lu comme un gabarit. Ce n'est pas Jinja : un simple remplacement de marques connues,
et une marque inconnue arrête la construction (une faute de frappe ne doit pas se
publier telle quelle).
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from collections.abc import Callable
from importlib import resources
from importlib.resources.abc import Traversable

from filrouge.modele import Configuration
from filrouge.mise_en_forme import montant, pluriel

MARQUE = re.compile(r"\{\{\s*reseau\.([^}\s]*)\s*\}\}")


REPERTOIRE_PAGES = "pages_guide"


LIEN = re.compile(r"\[([^\]]*)\]\(([^)\s#]+\.md)(#[^)\s]*)?\)")


def pages_publiees(config: Configuration) -> dict[str, str]:
    """Les pages du guide du paquet que ce réseau publie : toutes sauf celles de `guide_omis`."""
    omises = set(config.guide_omis)
    return {uri: contenu for uri, contenu in pages_fournies().items() if uri not in omises}


def delier(markdown: str, page: str, omises: list[str]) -> str:
    """Un lien vers une page omise par ce réseau devient son texte (un lien mort ferait échouer la construction)."""
    if not omises:
        return markdown

    def remplacement(m: re.Match[str]) -> str:
        cible = posixpath.normpath(posixpath.join(posixpath.dirname(page), m[2]))
        return m[1] if cible in omises else m[0]

    return LIEN.sub(remplacement, markdown)


def pages_fournies() -> dict[str, str]:
    """{chemin de la page dans le portail (guide/phases.md…) : Markdown} des pages du guide du paquet."""
    pages: dict[str, str] = {}

    def parcourir(dossier: Traversable, prefixe: str) -> None:
        for entree in sorted(dossier.iterdir(), key=lambda e: e.name):
            if entree.is_dir():
                parcourir(entree, f"{prefixe}{entree.name}/")
            elif entree.name.endswith(".md"):
                pages[f"{prefixe}{entree.name}"] = entree.read_text(encoding="utf-8")

    parcourir(resources.files("filrouge") / "portail" / REPERTOIRE_PAGES, "")
    return pages


class MarqueInconnue(ValueError):
    """Une marque `{{ reseau.… }}` que la configuration ne connaît pas."""


def valeurs(config: Configuration, aujourdhui: dt.date) -> dict[str, Callable[[], str]]:
    def enveloppe() -> str:
        valeur = config.enveloppe(aujourdhui.year)
        return montant(valeur) if valeur is not None else "non encore fixée"

    return {
        "nom": lambda: config.reseau,
        "territoire": lambda: config.territoire or "",
        "plafond_demande": lambda: montant(config.plafond_demande),
        "enveloppe_annuelle": enveloppe,
        "capacite": lambda: str(config.capacite_dossiers_actifs),
        "age_min": lambda: str(config.age_min),
        "age_max": lambda: str(config.age_max),
        "acteurs_min": lambda: str(config.concertation.acteurs_min),
        "axe1_min": lambda: str(config.concertation.axe1_min),
        "demandeurs_min": lambda: str(config.demandeurs.minimum),
        "delai_sans_concertation": lambda: str(config.delai_sans_concertation_jours),
        "horizon_echeance": lambda: pluriel(config.horizon_echeance_jours, "jour", "jours"),
        "criteres_activation": lambda: "\n".join(f"- {c.libelle}" for c in config.criteres_activation),
    }


def remplacer(markdown: str, config: Configuration, aujourdhui: dt.date, page: str) -> str:
    """Remplace les marques ; la valeur est échappée (la configuration n'apporte pas de HTML)."""
    table = valeurs(config, aujourdhui)

    def remplacement(m: re.Match[str]) -> str:
        cle = m[1]
        if cle not in table:
            raise MarqueInconnue(f"{page} : marque inconnue « {m[0]} » (connues : "
                                 f"{', '.join('reseau.' + k for k in table)}).")
        return html.escape(table[cle](), quote=False)

    return MARQUE.sub(remplacement, markdown)
