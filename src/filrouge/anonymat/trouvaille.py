"""Ce qu'un détecteur renvoie : un intervalle du texte, une règle et un message déjà masqué."""

from __future__ import annotations

from dataclasses import dataclass

REGLES = (
    "anonymat.niss",
    "anonymat.iban",
    "anonymat.email",
    "anonymat.telephone",
    "anonymat.date_naissance",
    "anonymat.adresse",
    "anonymat.plaque",
    "anonymat.nom",
)
# En cas de chevauchement, la règle la plus haute dans REGLES l'emporte.
PRIORITE = {regle: rang for rang, regle in enumerate(REGLES)}


@dataclass(frozen=True, slots=True)
class Trouvaille:
    debut: int
    fin: int
    regle: str
    message: str
