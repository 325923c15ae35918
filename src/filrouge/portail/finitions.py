"""Les finitions du HTML rendu : montants insécables, dialogue de recherche nommé, recherche sans accents.

Elles ne touchent que la forme (espaces, un attribut, un script local ajouté au thème) :
aucune ne fait entrer une donnée de dossier dans le balisage.
"""

from __future__ import annotations

import html
from importlib import resources
from pathlib import Path

from filrouge.html_sur import insecables

LUNR_FR = "assets/javascripts/lunr/min/lunr.fr.min.js"
"""Le module de langue française que le script de recherche du thème charge dans son processus."""
DIALOGUE_RECHERCHE = '<div class="md-search" data-md-component="search" role="dialog">'
NOM_RECHERCHE = "Recherche dans le portail"
def nommer_recherche(page: str) -> str:
    """Donne un nom accessible au dialogue de recherche du thème (role="dialog" sans nom)."""
    return page.replace(DIALOGUE_RECHERCHE,
                        DIALOGUE_RECHERCHE[:-1] + f' aria-label="{html.escape(NOM_RECHERCHE)}">', 1)


def nommer_recherche_du_site(site: Path) -> None:
    """`nommer_recherche` sur chaque page construite, la page 404 du thème comprise."""
    for chemin in site.rglob("*.html"):
        contenu = chemin.read_text(encoding="utf-8")
        nomme = nommer_recherche(contenu)
        if nomme != contenu:
            chemin.write_text(nomme, encoding="utf-8")


def script_sans_accents() -> str:
    return (resources.files("filrouge") / "portail" / "ressources" / "recherche-sans-accents.js").read_text(
        encoding="utf-8")


def lunr_fr_sans_accents(original: str) -> str:
    """Le module français de lunr suivi du repli des accents (index et requêtes, dans le processus de recherche)."""
    return original.rstrip("\n") + "\n" + script_sans_accents()
