"""Traduit les erreurs de pydantic en constats français, avec la ligne du champ fautif.

Les valeurs saisies ne sont jamais recopiées dans le message : un nom tapé par erreur
dans un champ ne doit pas se retrouver dans les journaux de la CI.
"""

from __future__ import annotations

from functools import cache
from typing import Any, Literal, TypeVar, get_args, get_origin

from pydantic import BaseModel, ValidationError

from filrouge.constat import Constat, citer, plus_proche, proposer
from filrouge.lecture import Document
from filrouge.modele.concertation import FORMAT_HEURE

M = TypeVar("M", bound=BaseModel)

_TYPES = {
    "bool_type": "doit valoir true ou false",
    "int_type": "doit être un nombre entier",
    "int_from_float": "doit être un nombre entier",
    "float_type": "doit être un nombre",
    "string_type": "doit être un texte",
    "date_type": "doit être une date au format AAAA-MM-JJ",
    "list_type": "doit être une liste (lignes commençant par « - »)",
    "dict_type": "doit être un ensemble de champs « clé: valeur »",
    "model_type": "doit être un ensemble de champs « clé: valeur »",
    "model_attributes_type": "doit être un ensemble de champs « clé: valeur »",
    "literal_error": None,
    "finite_number": "doit être un nombre fini",
}


@cache
def vocabulaire() -> frozenset[str]:
    """Les noms de champs et les valeurs permises de tous les formulaires : ce qu'on peut citer en clair."""
    from filrouge.modele.commun import Modele

    noms: set[str] = set()
    a_voir = list(Modele.__subclasses__())
    while a_voir:
        cls = a_voir.pop()
        for nom, champ in cls.model_fields.items():
            noms.add(nom)
            noms.update(_valeurs_permises(champ.annotation))
        a_voir += cls.__subclasses__()
    return frozenset(noms)


def _valeurs_permises(annotation: Any) -> set[str]:
    """Les valeurs d'un `Literal`, où qu'il soit dans l'annotation (liste, optionnel, annoté)."""
    if get_origin(annotation) is Literal:
        return {str(v) for v in get_args(annotation)}
    return {v for argument in get_args(annotation) for v in _valeurs_permises(argument)}


def _lisible(chemin: tuple[Any, ...]) -> str:
    """Le chemin du champ ; une clé qui n'est pas un nom de champ (clé libre d'un dictionnaire) est masquée."""
    morceaux: list[str] = []
    for element in chemin:
        if isinstance(element, int):
            morceaux.append(f"n°{element + 1}")
        else:
            morceaux.append(citer(element, vocabulaire()).strip("« »"))
    return " › ".join(morceaux) or "(racine)"


def valider_modele(cls: type[M], doc: Document) -> tuple[M | None, list[Constat]]:
    """Valide les données d'un document ; renvoie le modèle (ou None) et les constats."""
    if not isinstance(doc.donnees, dict):
        message = ("le fichier est vide : il doit contenir des champs « clé: valeur »" if doc.donnees is None
                   else "le fichier doit contenir des champs « clé: valeur », pas une liste ni un texte seul")
        return None, [Constat(doc.relatif, doc.ligne(), "schema.structure", "erreur", message + ".")]
    try:
        return cls.model_validate(doc.donnees), []
    except ValidationError as exc:
        erreurs = exc.errors(include_url=False, include_input=False)
    # « canall » inconnu et « canal » manquant : une seule faute de frappe, un seul constat.
    corriges = {tuple(e["loc"][:-1]) + (p,) for e in erreurs if e["type"] == "extra_forbidden"
                if (p := plus_proche(e["loc"][-1], _champs_possibles(cls, tuple(e["loc"])))) is not None}
    return None, [_constat(cls, doc, e) for e in erreurs if not (e["type"] == "missing" and tuple(e["loc"]) in corriges)]


def _champs_possibles(cls: type[BaseModel], chemin: tuple[Any, ...]) -> list[str]:
    """Les champs du sous-modèle qui contient `chemin`, pour suggérer une correction."""
    courant: Any = cls
    for element in chemin[:-1]:
        if isinstance(element, int):
            continue
        champ = getattr(courant, "model_fields", {}).get(element)
        if champ is None:
            return []
        courant = _modele_interne(champ.annotation)
        if courant is None:
            return []
    return list(getattr(courant, "model_fields", {}))


def _modele_interne(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in getattr(annotation, "__args__", ()):
        trouve = _modele_interne(argument)
        if trouve is not None:
            return trouve
    return None


def _constat(cls: type[BaseModel], doc: Document, err: dict[str, Any]) -> Constat:
    chemin = tuple(err["loc"])
    type_ = err["type"]
    champ = _lisible(chemin)
    ctx = err.get("ctx", {})
    regle = "schema.valeur"
    if type_ == "missing":
        regle, message = "schema.champ_manquant", f"champ obligatoire « {champ} » manquant"
    elif type_ == "extra_forbidden":
        regle = "schema.champ_inconnu"
        parent = f" dans « {_lisible(chemin[:-1])} »" if len(chemin) > 1 else ""
        message = f"champ inconnu {citer(chemin[-1], vocabulaire())}{parent}"
        message += proposer(chemin[-1], _champs_possibles(cls, chemin))
    elif type_ == "literal_error":
        attendus = str(ctx.get("expected", "")).replace("'", "").replace(" or ", " ou ")
        message = f"valeur non permise pour « {champ} » : choisir parmi {attendus}"
    elif type_ in _TYPES:
        regle, message = "schema.type", f"« {champ} » {_TYPES[type_]}"
    elif type_ == "string_pattern_mismatch":
        regle, message = "schema.format", f"« {champ} » n'a pas le format attendu{_format_attendu(chemin)}"
    elif type_ in ("string_too_short",):
        message = f"« {champ} » ne peut pas être vide"
    elif type_ in ("string_too_long",):
        message = f"« {champ} » est trop long (maximum {ctx.get('max_length')} caractères)"
    elif type_ in ("too_short",):
        message = f"« {champ} » doit contenir au moins {ctx.get('min_length')} élément(s)"
    elif type_ in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        signe = {"greater_than_equal": "≥", "greater_than": ">", "less_than_equal": "≤", "less_than": "<"}[type_]
        borne = next(iter(ctx.values()), "")
        message = f"« {champ} » doit être {signe} {borne}"
    elif type_ == "value_error":
        message = str(ctx.get("error", err.get("msg", "")))
    else:
        message = f"« {champ} » est invalide ({type_})"
    return Constat(doc.relatif, doc.ligne(*chemin), regle, "erreur", message if message.endswith(("?", ".")) else message + ".")


_FORMATS = {
    "code": " (2 initiales, F ou G, année de naissance, code postal : ex. LMG20101000)",
    "id": " (identifiant court en minuscules, chiffres, - ou _)",
    "dossier": " (année et numéro, ex. 2019-007)",
    "initiales": " (initiales seulement, ex. « M. D. »)",
    "service": " (identifiant d'un service de l'annuaire, ex. spj-namur)",
    "heure": f" ({FORMAT_HEURE})",
}


def _format_attendu(chemin: tuple[Any, ...]) -> str:
    dernier = next((e for e in reversed(chemin) if isinstance(e, str)), "")
    if dernier == "id" and chemin and chemin[0] == "id":
        return _FORMATS["dossier"]
    return _FORMATS.get(dernier, "")
