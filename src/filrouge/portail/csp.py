"""La Content-Security-Policy du portail : rien que le site lui-même.

Le thème mkdocs-material a quelques scripts en ligne (portée, palette, configuration) :
plutôt que 'unsafe-inline', la politique porte l'empreinte sha256 de chacun, relevée dans
le site construit. Seuls ceux qui suivent un script des gabarits du thème sont retenus
(`inspection.scripts_du_theme`) : tout autre script en ligne, ou gestionnaire d'événement,
arrête la construction au lieu d'être autorisé d'office. Les attributs style (ceux des pages du guide, jamais ceux des dossiers :
l'assainissement les ôte) sont admis par empreinte avec 'unsafe-hashes'. Le rechargement
à chaud de `servir` est un script externe du même site, sans empreinte.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections.abc import Iterable
from pathlib import Path

from filrouge.portail.inspection import Inspection

_POLITIQUES: dict[str, str] = {}
"""Dernière politique calculée pour chaque répertoire de site (le serveur la relit après chaque reconstruction)."""


def empreinte(contenu: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(contenu.encode("utf-8")).digest()).decode("ascii") + "'"


def _empreintes(contenus: Iterable[str]) -> list[str]:
    return sorted({empreinte(c) for c in contenus})


def politique(inspection: Inspection) -> str:
    scripts = " ".join(["'self'", *_empreintes(inspection.scripts)])
    styles = ["'self'", *_empreintes(inspection.styles)]
    if inspection.attributs_style:
        styles += ["'unsafe-hashes'", *_empreintes(inspection.attributs_style)]
    directives = [
        "default-src 'self'", f"script-src {scripts}", f"style-src {' '.join(styles)}",
        "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "worker-src 'self'",
        "manifest-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'",
        "frame-ancestors 'none'",
    ]
    return "; ".join(directives)


def retenir(site: str, valeur: str) -> None:
    _POLITIQUES[site] = valeur


def derniere(site: str) -> str | None:
    return _POLITIQUES.get(site)


def politique_meta(valeur: str) -> str:
    """La politique pour une balise <meta> : frame-ancestors n'y est pas reconnue, on l'ôte."""
    return "; ".join(d for d in valeur.split("; ") if not d.startswith("frame-ancestors"))


def inserer_meta(site: Path, valeur: str) -> None:
    """Met la politique dans chaque page : GitLab Pages et GitHub Pages n'envoient pas d'en-tête choisi.

    La balise vient juste après <head>, avant tout script en ligne du thème, pour les couvrir.
    """
    balise = f'<meta http-equiv="Content-Security-Policy" content="{html.escape(politique_meta(valeur))}">'
    for chemin in site.rglob("*.html"):
        contenu = chemin.read_text(encoding="utf-8")
        debut = contenu.find("<head>")
        if debut >= 0 and balise not in contenu:
            fin = debut + len("<head>")
            chemin.write_text(contenu[:fin] + balise + contenu[fin:], encoding="utf-8")
