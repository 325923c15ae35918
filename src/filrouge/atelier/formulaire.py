"""Le formulaire d'un document, tiré du modèle pydantic : titres, descriptions, types et choix viennent du modèle.

Aucune liste de champs n'est écrite ici : un champ ajouté au modèle apparaît dans le formulaire. Le type
décide du contrôle (date, case à cocher, liste de choix, acteurs du dossier, lignes répétées) ; les noms
des contrôles suivent le chemin du champ (`actions.0.echeance`), qui est aussi celui des constats.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from filrouge.atelier.aides import aide
from filrouge.modele.commun import EnPhrases, FichierDuDossier, IdActeur, IdService, Valeurs

Genre = Literal["texte", "paragraphe", "date", "nombre", "montant", "case", "oui_non", "choix", "acteur", "acteurs", "service",
                "fichier", "groupe", "lignes"]
_MOTIF_ACTEUR = next(m.pattern for m in get_args(IdActeur)[1:] if getattr(m, "pattern", None))
_MOTIF_SERVICE = next(m.pattern for m in get_args(IdService)[1:] if getattr(m, "pattern", None))


@dataclass(frozen=True)
class Choix:
    """Une valeur d'une liste de choix : ce qui s'écrit dans le fichier, ce qu'on lit (le libellé du modèle), son sens."""

    valeur: str
    libelle: str
    sens: str = ""

    @staticmethod
    def de(valeurs: Valeurs | None, permises: Sequence[Any]) -> list[Choix]:
        """Les choix d'une liste de valeurs permises, dits par leur libellé du modèle (`Valeurs`)."""
        return [Choix(str(v), valeurs.libelles[v] if valeurs else str(v).replace("_", " "),
                      valeurs.sens[v] if valeurs else "") for v in permises]


@dataclass
class Champ:
    """Un contrôle du formulaire : nom (la clé du champ), titre et aide du modèle, genre, choix permis."""

    nom: str
    titre: str
    aide: str
    genre: Genre
    requis: bool
    choix: list[Choix] = field(default_factory=list)
    """Les valeurs d'une liste de choix ; vide pour les acteurs, pris dans le dossier."""
    enfants: list[Champ] = field(default_factory=list)
    """Les champs d'un groupe, ou ceux d'une ligne type (nom relatif) pour des lignes répétées."""


def _sans_optionnel(annotation: Any) -> tuple[Any, bool]:
    if get_origin(annotation) in (Union, types.UnionType):
        autres = [a for a in get_args(annotation) if a is not type(None)]
        if len(autres) == 1:
            return autres[0], True
    return annotation, False


def _annotations(annotation: Any, metadonnees: Sequence[Any]) -> list[Any]:
    """Les annotations du champ : celles de pydantic et celles restées sur le type (un champ facultatif)."""
    return [*metadonnees, *(get_args(annotation)[1:] if get_origin(annotation) is Annotated else ())]


def _motifs(annotation: Any, metadonnees: Sequence[Any]) -> list[str | None]:
    return [getattr(m, "pattern", None) for m in _annotations(annotation, metadonnees)]


def _est_acteur(annotation: Any, metadonnees: Sequence[Any]) -> bool:
    return _MOTIF_ACTEUR in _motifs(annotation, metadonnees)


def _base(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def champs(modele: type[BaseModel]) -> list[Champ]:
    """Les contrôles de `modele`, dans l'ordre de ses champs (noms relatifs : le chemin se fait au rendu) ; l'aide
    de chacun dite avec les mots du formulaire."""
    controles = [_champ(nom, info) for nom, info in modele.model_fields.items()]
    for controle in controles:
        controle.aide = aide(controle.aide, controle.genre)
    return controles


def _champ(nom: str, info: FieldInfo) -> Champ:
    annotation, optionnel = _sans_optionnel(info.annotation)
    titre, aide = info.title or nom, info.description or ""
    requis = info.is_required()
    base = _base(annotation)
    if get_origin(base) is list:
        element = get_args(base)[0]
        if isinstance(_base(element), type) and issubclass(_base(element), BaseModel):
            return Champ(nom, titre, aide, "lignes", requis, enfants=champs(_base(element)))
        if _est_acteur(element, []):
            return Champ(nom, titre, aide, "acteurs", requis)
    if isinstance(base, type) and issubclass(base, BaseModel):
        return Champ(nom, titre, aide, "groupe", requis, enfants=champs(base))
    if get_origin(base) is Literal:
        valeurs = next((m for m in info.metadata if isinstance(m, Valeurs)), None)
        return Champ(nom, titre, aide, "choix", requis, choix=Choix.de(valeurs, get_args(base)))
    if base is bool:
        return Champ(nom, titre, aide, "oui_non" if optionnel else "case", requis)
    if base is dt.date:
        return Champ(nom, titre, aide, "date", requis)
    if base is int:
        return Champ(nom, titre, aide, "nombre", requis)
    if base is float:
        return Champ(nom, titre, aide, "montant", requis)
    if _est_acteur(annotation, info.metadata) and nom != "id":  # « id » définit l'acteur : il ne se choisit pas
        return Champ(nom, titre, aide, "acteur", requis)
    if _MOTIF_SERVICE in _motifs(annotation, info.metadata):
        return Champ(nom, titre, aide, "service", requis)
    if any(isinstance(m, FichierDuDossier) for m in _annotations(annotation, info.metadata)):
        return Champ(nom, titre, aide, "fichier", requis)
    if any(isinstance(m, EnPhrases) for m in _annotations(annotation, info.metadata)):
        return Champ(nom, titre, aide, "paragraphe", requis)
    return Champ(nom, titre, aide, "texte", requis)


Saisie = dict[str, list[str]]
"""Ce que le navigateur envoie : nom du contrôle → valeurs (plusieurs pour une case multiple)."""


def lire_saisie(liste: Sequence[Champ], saisie: Mapping[str, Sequence[str]], prefixe: str = "") -> dict[str, Any]:
    """Les données du document tirées de la saisie, dans l'ordre du modèle.

    Rien n'est deviné au-delà du type : une date mal écrite reste un texte (le modèle dira pourquoi) ; un champ
    obligatoire vide est gardé vide (None), pour que son constat tombe sur sa ligne ; un champ facultatif
    vide est omis.
    """
    donnees: dict[str, Any] = {}
    for champ in liste:
        cle = champ.nom
        nom = prefixe + cle
        if champ.genre == "groupe":
            # un groupe obligatoire est toujours lu : ses cases non cochées valent false, ses champs vides
            # obligatoires restent à leur ligne (le constat tombe à côté de chacun)
            sous = lire_saisie(champ.enfants, saisie, nom + ".") if champ.requis or _rempli(saisie, nom + ".") else {}
            if sous or champ.requis:
                donnees[cle] = sous
            continue
        if champ.genre == "lignes":
            lignes = [lire_saisie(champ.enfants, saisie, f"{nom}.{rang}.") for rang in rangs(saisie, nom)]
            if lignes or champ.requis:
                donnees[cle] = lignes
            continue
        valeurs = [v.strip() for v in saisie.get(nom, [])]
        if champ.genre == "acteurs":
            choisis = [v for v in valeurs if v]
            if choisis or champ.requis:
                donnees[cle] = choisis
            continue
        if champ.genre == "case":
            donnees[cle] = "oui" in valeurs
            continue
        brut = next((v for v in valeurs if v), "")
        if not brut:
            if champ.requis:
                donnees[cle] = None
            continue
        donnees[cle] = _convertir(champ.genre, brut)
    return donnees


def _rempli(saisie: Mapping[str, Sequence[str]], prefixe: str) -> bool:
    return any(n.startswith(prefixe) and any(v.strip() for v in vs) for n, vs in saisie.items())


def _convertir(genre: Genre, brut: str) -> Any:
    if genre == "date":
        try:
            return dt.date.fromisoformat(brut)
        except ValueError:
            return brut
    if genre == "nombre":
        return int(brut) if brut.isdigit() else brut
    if genre == "montant":
        return _montant(brut)
    if genre == "oui_non":
        return {"oui": True, "non": False}.get(brut, brut)
    if genre == "paragraphe":
        return brut.replace("\r\n", "\n").replace("\r", "\n")
    return brut


def _montant(brut: str) -> Any:
    """« 1 500,50 » → 1500.5 ; un montant entier reste entier (10000, pas 10000.0) ; sinon le texte, que le modèle refusera."""
    try:
        valeur = float(brut.replace("\u202f", "").replace("\xa0", "").replace(" ", "").replace(",", "."))
    except ValueError:
        return brut
    if valeur != valeur or valeur in (float("inf"), float("-inf")):
        return brut
    return int(valeur) if valeur.is_integer() else valeur


def en_saisie(liste: Sequence[Champ], donnees: Mapping[str, Any], prefixe: str = "") -> Saisie:
    """L'inverse de `lire_saisie` : les valeurs d'un document déjà écrit, prêtes à remplir le formulaire."""
    saisie: Saisie = {}
    for champ in liste:
        cle = champ.nom
        nom = prefixe + cle
        valeur = donnees.get(cle) if isinstance(donnees, Mapping) else None
        if valeur is None:
            continue
        if champ.genre == "groupe" and isinstance(valeur, Mapping):
            saisie |= en_saisie(champ.enfants, valeur, nom + ".")
        elif champ.genre == "lignes" and isinstance(valeur, list):
            for rang, ligne in enumerate(valeur):
                saisie |= en_saisie(champ.enfants, ligne if isinstance(ligne, Mapping) else {}, f"{nom}.{rang}.")
        elif champ.genre == "acteurs" and isinstance(valeur, list):
            saisie[nom] = [str(v) for v in valeur]
        elif champ.genre == "case":
            saisie[nom] = ["oui"] if valeur is True else []
        elif champ.genre == "oui_non" and isinstance(valeur, bool):
            saisie[nom] = ["oui" if valeur else "non"]
        elif isinstance(valeur, dt.date):
            saisie[nom] = [valeur.isoformat()]
        elif isinstance(valeur, float) and valeur.is_integer():
            saisie[nom] = [str(int(valeur))]
        else:
            saisie[nom] = [str(valeur)]
    return saisie


def rangs(saisie: Mapping[str, Sequence[str]], nom: str) -> list[int]:
    """Les rangs des lignes répétées `nom` présentes dans la saisie, dans l'ordre."""
    return sorted({int(p.split(".", 1)[0]) for n in saisie if n.startswith(nom + ".")
                   for p in [n[len(nom) + 1:]] if p.split(".", 1)[0].isdigit()})
