"""Les caractères qu'un rendu n'affiche pas : une seule liste pour ce que la garde lit et ce que les messages citent.

Trait d'union conditionnel, graphème de liaison, séparateur de voyelles mongol, espaces sans chasse, antiliant, liant,
marques et enchâssements de sens d'écriture, gluon, opérateurs invisibles, isolats, indicateur d'ordre des octets.
"""

from __future__ import annotations

import re

INVISIBLES = "\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
"""Le contenu d'une classe de caractères d'expression régulière (« [" + INVISIBLES + "] »)."""
A_BLANCHIR = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029" + INVISIBLES + "]+")
"""Ce qu'un message ou une cellule cite d'une saisie remplace par une espace : caractères de contrôle, séparateurs de
ligne et de paragraphe, invisibles (`constat.citer`, `mise_en_forme`)."""
