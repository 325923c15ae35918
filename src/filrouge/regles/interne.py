"""Règle sur les marques de passages internes : une marque douteuse n'est jamais publiée en silence."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from filrouge.depot import Depot
from filrouge.interne import decouper, peut_contenir_une_marque
from filrouge.lecture import Chemin
from filrouge.regles.registre import Signal, regle


def _textes(valeur: Any, chemin: Chemin) -> Iterator[tuple[Chemin, str]]:
    if isinstance(valeur, str):
        yield chemin, valeur
    elif isinstance(valeur, dict):
        for cle, sous in valeur.items():
            yield from _textes(sous, chemin + (cle,))
    elif isinstance(valeur, list):
        for rang, sous in enumerate(valeur):
            yield from _textes(sous, chemin + (rang,))


@regle("interne.marque", "erreur",
       "Chaque passage interne est ouvert par <!-- interne --> et fermé par <!-- /interne -->, sans marque douteuse.")
def marque(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La charte veut que les contenus confidentiels ne se retrouvent pas dans les comptes
    rendus partagés : un passage réservé à l'équipe s'écrit entre <!-- interne --> et
    <!-- /interne --> et n'est jamais publié. Une marque jamais fermée, une fin sans début ou une
    marque déformée (faute de frappe, entité HTML, caractère sosie) laisse un doute sur ce qui est
    interne : le texte concerné n'est alors publié nulle part, et l'erreur bloque l'enregistrement.

    Exemple fautif :
        ## Analyse de la situation

        <!-- interne -->Informations transmises par le service, à ne pas diffuser.

        ## Pistes dégagées

    Correction : Fermez chaque passage par <!-- /interne -->, et écrivez les deux marques exactement
    ainsi, au clavier. La phase préparatoire, jamais publiée, n'en a pas besoin.
    """
    for doc in depot.documents:
        if doc.relatif.endswith("/preparation.yaml") or not peut_contenir_une_marque(doc.texte):
            continue  # la phase préparatoire n'est jamais publiée ; un fichier sans « < » ni « & » n'a pas de marque
        # Dossiers, mais aussi reseau.yaml et annuaire.yaml : le guide et les pages en publient les textes.
        for chemin, texte in _textes(doc.donnees, ()):
            for probleme in decouper(texte).problemes:
                yield Signal(doc, chemin, probleme.message)
        if doc.corps:
            for probleme in decouper(doc.corps).problemes:
                ligne = doc.ligne_corps + doc.corps.count("\n", 0, probleme.position)
                yield Signal(doc, (), probleme.message, ligne=ligne)
