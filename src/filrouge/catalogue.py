"""Le catalogue de tout identifiant que l'outil peut émettre : règles métier, lecture, schéma, dépôt, anonymat, examen.

Une fiche par identifiant : sa gravité, son résumé, pourquoi il existe (la raison tirée de la
procédure ou des formulaires), un exemple fautif, la correction, et les clés de reseau.yaml qu'il
lit. Les règles du registre portent leur fiche dans la docstring de leur fonction ; les autres
identifiants (lecture, schéma, dépôt, anonymat, examen, configuration) dans `catalogue.yaml`.
`filrouge regles [ID]` et la page « Règles » du portail ne lisent que ce module.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from filrouge.constat import Gravite
from filrouge.regles import REGLES

FAMILLES = {
    "lecture": "Lecture des fichiers", "schema": "Formulaires (schéma)", "depot": "Organisation du dépôt",
    "configuration": "Configuration du réseau", "code": "Code du jeune", "dossier": "Dossier",
    "acteur": "Acteurs", "consentement": "Consentement", "preparation": "Phase préparatoire",
    "concertation": "Concertation et note de synthèse", "financement": "Demandes Criseflex",
    "enveloppe": "Enveloppe annuelle", "capacite": "Capacité", "casemanager": "Casemanagers", "interne": "Passages internes",
    "anonymat": "Garde d'anonymat", "examen": "Examen d'une demande de fusion",
}
"""Les familles, dans l'ordre du catalogue : de la lecture d'un fichier à l'examen d'une branche."""
_SECTIONS = re.compile(r"^(Pourquoi|Exemple fautif|Correction)[ \t]*:[ \t]*\n?", re.MULTILINE)


@dataclass(frozen=True)
class Fiche:
    id: str
    gravite: Gravite
    resume: str
    pourquoi: str
    exemple: str
    correction: str
    configuration: tuple[str, ...] = ()
    reglable: bool = False
    """Un avertissement du registre : un réseau peut le désactiver ou en faire une erreur."""

    @property
    def famille(self) -> str:
        return self.id.split(".", 1)[0]

    def en_dict(self) -> dict[str, Any]:
        donnees = asdict(self)
        donnees["configuration"] = list(self.configuration)
        return donnees


def sections(documentation: str) -> dict[str, str]:
    """« Pourquoi : … Exemple fautif : … Correction : … » → {section: texte}."""
    morceaux = _SECTIONS.split(documentation)
    return {morceaux[i]: " ".join(morceaux[i + 1].split()) if morceaux[i] != "Exemple fautif"
            else textwrap.dedent(morceaux[i + 1]).strip("\n").rstrip() for i in range(1, len(morceaux) - 1, 2)}


@cache
def fiches() -> dict[str, Fiche]:
    """Toutes les fiches, par famille puis par identifiant."""
    resultat: dict[str, Fiche] = {}
    for regle in REGLES.values():
        texte = sections(regle.documentation)
        resultat[regle.id] = Fiche(regle.id, regle.gravite, regle.resume, texte.get("Pourquoi", ""),
                                   texte.get("Exemple fautif", ""), texte.get("Correction", ""),
                                   regle.configuration, regle.gravite == "avertissement")
    source = resources.files("filrouge").joinpath("catalogue.yaml").read_text(encoding="utf-8")
    for id_regle, entree in (yaml.safe_load(source) or {}).items():
        resultat[id_regle] = Fiche(id_regle, entree["gravite"], entree["resume"], " ".join(entree["pourquoi"].split()),
                                   entree["exemple"].strip("\n").rstrip(), " ".join(entree["correction"].split()),
                                   tuple(entree.get("configuration", ())))
    ordre = list(FAMILLES)
    return dict(sorted(resultat.items(), key=lambda e: (ordre.index(e[1].famille) if e[1].famille in ordre
                                                        else len(ordre), e[0])))


def fiche(id_regle: str) -> Fiche | None:
    return fiches().get(id_regle)
