"""Types partagés par tout le modèle : base stricte, identifiants, montants."""

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, StringConstraints
from pydantic_core import CoreSchema


class Modele(BaseModel):
    """Base de tous les formulaires.

    `extra="forbid"` : une faute de frappe dans une clé (`echance:`) est une erreur, pas
    une donnée ignorée. `strict=True` : le YAML est déjà converti en types Python par
    `lecture`, rien ne doit être deviné une seconde fois (« oui » n'est pas un booléen).
    """

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, defer_build=True)


class Valeurs:
    """Le sens de chaque valeur d'une liste de choix, écrit juste sous la liste.

    `Statut = Literal[…]` reste le type que lit le code ; `SENS_STATUT = Valeurs(…)` le suit, et le
    champ s'annote `Annotated[Statut, SENS_STATUT, Field(…)]`. L'éditeur montre ce sens à la
    complétion et au survol de la valeur (`enumDescriptions`, lu par le serveur de langage YAML).
    Sans effet sur la validation. Une valeur sans sens, ou un sens sans valeur, fait échouer la
    génération des schémas.

    Le libellé d'une valeur est ce qu'une personne lit (portail, atelier, impression) : « à faire » pour
    `a_faire`. Par défaut, la valeur sans ses soulignés ; `libelles` donne ceux qui diffèrent (accents,
    mots en plus). C'est leur seule maison : aucun autre module ne dit une valeur autrement.
    """

    def __init__(self, *, libelles: dict[str, str] | None = None, **sens: str) -> None:
        inconnus = set(libelles or {}) - set(sens)
        if inconnus:
            raise ValueError(f"Valeurs : libellés sans valeur {sorted(inconnus)}")
        self.sens = sens
        self.libelles = {v: (libelles or {}).get(v, v.replace("_", " ")) for v in sens}

    def __get_pydantic_json_schema__(self, schema: CoreSchema, handler: GetJsonSchemaHandler) -> dict[str, Any]:
        json_schema = handler(schema)
        valeurs = json_schema.get("enum", [])
        if set(valeurs) != set(self.sens) or len(valeurs) < 2:
            raise ValueError(f"Valeurs : les sens décrits {sorted(self.sens)} ne sont pas les valeurs permises {valeurs}")
        json_schema["enumDescriptions"] = [self.sens[v] for v in valeurs]
        return json_schema


IdActeur = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$"),
    Field(description="Identifiant court d'un acteur du dossier (ex. a1, mere, spj)."),
]
IdService = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{0,79}$"),
    Field(description="Identifiant d'un service de l'annuaire des partenaires (annuaire.yaml)."),
]
IdDossier = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}$"),
    Field(description="Identifiant du dossier : année de la demande et numéro d'ordre (ex. 2019-007)."),
]
MOTIF_CODE = r"^[A-Z]{2}[FG]?[0-9]{8}$"
CodeJeune = Annotated[
    str,
    Field(
        description="Code du jeune : initiale du prénom, initiale du nom, F ou G, année de naissance, code postal (ex. LMG20101000).",
        json_schema_extra={"pattern": MOTIF_CODE},
    ),
]
"""Le motif n'est imposé qu'à l'éditeur : la règle `code.format` explique l'erreur en français."""
Texte = Annotated[str, StringConstraints(min_length=1, max_length=20_000)]


class EnPhrases:
    """Marque un texte qui s'écrit en phrases, sur plusieurs lignes s'il le faut (description d'une action,
    attentes, motif) plutôt qu'en quelques mots (lieu, heure, service) : l'atelier lui donne une zone de texte.
    Sans effet sur la validation ni sur le schéma."""


TexteLong = Annotated[Texte, EnPhrases()]


class FichierDuDossier:
    """Marque un chemin de fichier relatif au dossier (une pièce jointe) : l'atelier le fait choisir parmi les fichiers
    du dossier plutôt que taper. Sans effet sur la validation ni sur le schéma."""
Montant = Annotated[float, Field(ge=0, le=1_000_000_000, allow_inf_nan=False, description="Montant en euros.")]
"""Un montant fini : « 1.0e400 » (l'infini) ou « .nan » ne passent pas."""
Jour = Annotated[dt.date, Field(ge=dt.date(1900, 1, 1), le=dt.date(2199, 12, 31))]
"""Une date plausible : « 9999-12-31 » ou « 1026-08-24 » sont des fautes de frappe, refusées par le schéma."""
