"""Écrire un document sans rien perdre : YAML en aller-retour, écriture atomique, jamais sur une version inconnue.

Le YAML n'est pas réécrit de zéro : ruamel.yaml relit le fichier d'origine (ou le gabarit d'une nouvelle note)
avec ses commentaires, l'ordre de ses clés et la ligne `# yaml-language-server: $schema=…`, et seules les
valeurs changées sont remplacées. Un texte que le lecteur de filrouge (YAML 1.1 prudent) lirait autrement
qu'un texte (« 14:00 », « oui », « 2026-01-01 ») est mis entre apostrophes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import LiteralScalarString, SingleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from filrouge import fichiers
from filrouge.lecture import analyser_yaml


GARDER = object()
"""Valeur d'une clé que le formulaire ne montre pas : gardée telle quelle (nœud, commentaires), jamais réécrite."""


class FichierChange(Exception):
    """Le fichier a changé sur le disque depuis son ouverture dans l'atelier : on n'écrase pas."""

    def __init__(self, relatif: str) -> None:
        super().__init__(relatif)
        self.relatif = relatif


def empreinte(texte: str | None) -> str | None:
    """L'empreinte d'un contenu (None : le fichier n'existait pas)."""
    return None if texte is None else hashlib.sha256(texte.encode("utf-8", "surrogateescape")).hexdigest()


def lire_si_present(chemin: Path) -> str | None:
    try:
        return chemin.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=2, offset=0)
    return yaml


def _lu_comme_texte(valeur: str) -> bool:
    """Vrai si le lecteur de filrouge relit `valeur`, écrite nue, comme ce même texte."""
    try:
        return analyser_yaml(f"v: {valeur}\n", "-").donnees == {"v": valeur}
    except Exception:  # noqa: BLE001 (une erreur de lecture : il faut des apostrophes)
        return False


def _scalaire(valeur: Any) -> Any:
    """Un texte sur plusieurs lignes (zone de texte) s'écrit en bloc littéral (`|`), lisible tel quel dans le
    fichier ; un texte qui serait relu autrement, entre apostrophes."""
    if isinstance(valeur, str) and "\n" in valeur:
        return LiteralScalarString(valeur)
    if isinstance(valeur, str) and not _lu_comme_texte(valeur):
        return SingleQuotedScalarString(valeur)
    return valeur


def _fusionner(ancien: Any, nouveau: Any) -> Any:
    """`nouveau` écrit dans la structure de `ancien` : mêmes nœuds (et commentaires) là où la forme se garde."""
    if isinstance(nouveau, Mapping):
        cible = ancien if isinstance(ancien, CommentedMap) else CommentedMap()
        for cle in [c for c in cible if c not in nouveau and not _vide(cible[c])]:
            del cible[cle]  # une clé vide du gabarit (« validation: » et ses commentaires) reste à remplir
        derniere = next(reversed(cible), None)
        for position, (cle, valeur) in enumerate(nouveau.items()):
            if valeur is GARDER:
                continue
            if cle in cible:
                if _egal(cible[cle], valeur):
                    continue
                cible[cle] = _fusionner(cible[cle], valeur)
            else:
                cible.insert(min(position, len(cible)), cle, _fusionner(None, valeur))
        if derniere is not None and derniere in cible:
            _garder_en_fin(cible, derniere)
        return cible
    if isinstance(nouveau, list):
        cible_liste = ancien if isinstance(ancien, CommentedSeq) else CommentedSeq()
        while len(cible_liste) > len(nouveau):
            del cible_liste[-1]
        avant = len(cible_liste)
        for rang, valeur in enumerate(nouveau):
            if rang < len(cible_liste):
                if not _egal(cible_liste[rang], valeur):
                    cible_liste[rang] = _fusionner(cible_liste[rang], valeur)
            else:
                cible_liste.append(_fusionner(None, valeur))
        if avant:
            _garder_en_fin(cible_liste, avant - 1)
        if ancien is None and all(not isinstance(v, (Mapping, list)) for v in nouveau) and len(nouveau) < 8:
            cible_liste.fa.set_flow_style()
        return cible_liste
    return _scalaire(nouveau)


def _fin(noeud: Any, cle: Any) -> tuple[Any, Any]:
    """Le dernier scalaire du bloc `noeud[cle]` (lui-même s'il n'est pas un bloc) : c'est à lui que ruamel.yaml
    attache les lignes de commentaire qui suivent le bloc."""
    while True:
        valeur = noeud[cle]
        if not isinstance(valeur, (CommentedMap, CommentedSeq)) or not len(valeur) or valeur.fa.flow_style():
            return noeud, cle
        noeud, cle = valeur, (next(reversed(valeur)) if isinstance(valeur, CommentedMap) else len(valeur) - 1)


def _commentaire(noeud: Any, cle: Any) -> tuple[list[Any] | None, int]:
    """Les commentaires du nœud qui suivent `cle`, et la place de celui d'après la valeur (carte ou liste)."""
    return noeud.ca.items.get(cle), 2 if isinstance(noeud, CommentedMap) else 0


def _garder_en_fin(bloc: CommentedMap | CommentedSeq, ancienne: Any) -> None:
    """Des lignes de commentaire qui suivaient la fin d'un bloc (« # consentement: … » après le dernier acteur)
    suivent sa nouvelle fin quand une clé ou une ligne s'y ajoute, au lieu de couper l'élément qui grandit ; le
    commentaire en fin de ligne reste à sa ligne."""
    depart = _fin(bloc, ancienne)
    arrivee = _fin(bloc, next(reversed(bloc)) if isinstance(bloc, CommentedMap) else len(bloc) - 1)
    if arrivee == depart:
        return
    commentaires, place = _commentaire(*depart)
    jeton = commentaires[place] if commentaires else None
    if jeton is None or "\n" not in jeton.value.rstrip("\n"):
        return
    ligne, _, suite = jeton.value.partition("\n")
    if ligne.strip():
        jeton.value = ligne + "\n"
    else:
        commentaires[place] = None
    noeud, cle = arrivee
    cibles, place_cible = _commentaire(noeud, cle)
    if cibles is None:
        cibles = noeud.ca.items[cle] = [None] * (4 if isinstance(noeud, CommentedMap) else 2)
    existant = cibles[place_cible]
    if existant is None:
        cibles[place_cible] = CommentToken("\n" + suite, CommentMark(0), None)
    else:
        existant.value = existant.value + suite


def _vide(valeur: Any) -> bool:
    if isinstance(valeur, Mapping):
        return all(_vide(v) for v in valeur.values())
    return valeur is None or valeur == []


def _egal(ancien: Any, nouveau: Any) -> bool:
    if isinstance(nouveau, Mapping) or isinstance(nouveau, list):
        return False
    return type(ancien) in (str, SingleQuotedScalarString, type(None), bool, int, float, dt.date) and ancien == nouveau \
        and not (isinstance(ancien, bool) != isinstance(nouveau, bool))


def yaml_aller_retour(origine: str, donnees: Mapping[str, Any]) -> str:
    """Le texte de `origine` où les valeurs sont celles de `donnees` ; commentaires et ordre des clés gardés."""
    yaml = _yaml()
    arbre = yaml.load(origine) if origine.strip() else None
    flux = io.StringIO()
    yaml.dump(_fusionner(arbre, donnees), flux)
    return flux.getvalue()


def ecrire_atomiquement(chemin: Path, texte: str, attendue: str | None, relatif: str) -> None:
    """Écrit `texte` si le fichier est encore celui qu'on a ouvert (empreinte `attendue`, None : absent).

    L'écriture elle-même (d'un coup, jamais à moitié) est celle de `filrouge.fichiers`.
    """
    if empreinte(lire_si_present(chemin)) != attendue:
        raise FichierChange(relatif)
    chemin.parent.mkdir(parents=True, exist_ok=True)
    fichiers.ecrire_atomiquement(chemin, texte)
