"""Seconde ligne de défense : chercher dans un site construit le texte qui ne devait pas y être.

La vue publiable (première ligne) ne contient ni phase préparatoire ni passage interne.
Si une erreur de programmation en laissait passer un, cette vérification le trouve : elle
lit le dépôt brut, relève chaque champ de chaque phase préparatoire et chaque passage
interne (de toute longueur : un seul mot suffit), et cherche ces aiguilles dans chaque
fichier texte construit (HTML, index de recherche, plan du site, calendriers, CSV, SVG,
versions imprimables). Ce module ne produit aucune sortie : il ne fait que contrôler.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from filrouge.depot import Depot
from filrouge.interne import decouper
from filrouge.publication.vue import Publication

LONGUEUR_MIN = 3
"""En dessous (« a1 », « 12 »), un texte ne se reconnaît pas : toute page en contiendrait."""
LONGUEUR_SOUPLE = 10
"""Au-dessus, une aiguille se cherche n'importe où ; en dessous, seulement comme mot entier."""
_SUFFIXES_TEXTE = {".html", ".htm", ".json", ".xml", ".txt", ".js", ".css", ".md", ".markdown", ".yaml", ".yml",
                   ".svg", ".csv", ".ics"}
_PLI_ICS = re.compile(r"\r?\n[ \t]")
_ECHAPPEMENT_ICS = re.compile(r"\\([,;\\nN])")
_COMMENTAIRE = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_BALISE = re.compile(r"<[^>]*>")
_LETTRE = re.compile(r"[^\W\d_]")


def _normaliser(valeur: str) -> str:
    return " ".join(valeur.casefold().split())


def chaines(valeur: Any, chemin: str = "") -> Iterator[tuple[str, str]]:
    """Chaque texte d'une structure (dictionnaires, listes, modèles), avec son chemin lisible."""
    if isinstance(valeur, str):
        yield chemin, valeur
    elif isinstance(valeur, dict):
        for cle, sous in valeur.items():
            yield from chaines(sous, f"{chemin} › {cle}")
    elif isinstance(valeur, (list, tuple)):
        for i, sous in enumerate(valeur):
            yield from chaines(sous, f"{chemin} › {i + 1}")
    elif isinstance(valeur, BaseModel):
        for nom in type(valeur).model_fields:
            yield from chaines(getattr(valeur, nom), f"{chemin} › {nom}")


def _morceaux(passage: str, minimum: int = LONGUEUR_MIN) -> Iterator[str]:
    """Les lignes d'un passage, sans marques ni commentaires : ce qu'un lecteur lirait."""
    for ligne in _COMMENTAIRE.sub("\n", passage).split("\n"):
        morceau = _normaliser(ligne.strip(" #*->\t"))
        if len(morceau) >= minimum and _LETTRE.search(morceau):
            yield morceau


def textes_publies(publication: Publication) -> Iterator[str]:
    """Chaque texte de la vue publiable : ce qu'il est normal de trouver dans le site."""
    yield from (t for _, t in chaines(publication.config))
    yield from (t for _, t in chaines(publication.partenaires))
    for d in publication.dossiers:
        yield from (t for _, t in chaines(d.dossier))
        for n in d.notes:
            yield from (t for _, t in chaines(n.note))
            if n.recit:
                yield n.recit
        for demande in d.demandes:
            yield from (t for _, t in chaines(demande.demande))


def _secrets(depot: Depot) -> dict[str, str]:
    """Chaque morceau de texte interne du dépôt brut, normalisé, et son origine."""
    secret: dict[str, str] = {}
    for doc in depot.documents:
        if doc.relatif.endswith("/preparation.yaml"):
            # Un champ court de la phase préparatoire (« oui », « mère », « Namur ») se retrouve
            # partout sans être un secret : seuls les textes longs y sont cherchés. Un passage
            # marqué interne, lui, est un secret voulu, quelle que soit sa longueur.
            for chemin, valeur in chaines(doc.donnees, doc.relatif):
                for morceau in _morceaux(valeur, LONGUEUR_SOUPLE):
                    secret.setdefault(morceau, chemin)
            continue
        for chemin, valeur in chaines(doc.donnees, ""):
            for passage in decouper(valeur).passages:
                for morceau in _morceaux(passage):
                    secret.setdefault(morceau, f"{doc.relatif}{chemin} (passage interne)")
        if doc.corps:
            for passage in decouper(doc.corps).passages:
                for morceau in _morceaux(passage):
                    secret.setdefault(morceau, f"{doc.relatif} (passage interne)")
    return secret


class Controle:
    """Les aiguilles d'un dépôt, prêtes à être cherchées dans un site construit."""

    def __init__(self, depot: Depot, publication: Publication) -> None:
        self._secrets = _secrets(depot)
        self._publies = [_normaliser(t) for t in textes_publies(publication)]

    def aiguilles(self, publies: Iterable[str] = ()) -> dict[str, str]:
        """Les textes internes à ne jamais trouver, moins ceux qui sont aussi publiés ailleurs.

        Un passage interne qui figure aussi hors de tout passage interne (le nom d'un service,
        « le jeune ») n'est pas un secret : il est écarté. Un court passage ne l'est que s'il
        figure comme mot entier dans un texte publié.
        """
        corpus = " \x00 ".join([*self._publies, *(_normaliser(t) for t in publies)])
        restants = dict(self._secrets)
        while restants:
            # Recherche à chaque position (anticipation) : une aiguille contenue dans une autre
            # (« service demandeur » dans « au service demandeur ») se trouve au tour suivant.
            motif = re.compile("(?=(" + _motif(restants).pattern + "))")
            trouves = {m[1] for m in motif.finditer(corpus)}
            if not trouves:
                break
            for aiguille in trouves:
                restants.pop(aiguille, None)
        return restants


def fuites(site: Path, recherche: dict[str, str]) -> list[str]:
    """Les fichiers construits qui contiennent une aiguille de `Controle.aiguilles`, avec son origine."""
    if not recherche:
        return []
    motif = _motif(recherche, espaces_souples=True)
    messages = []
    for chemin in sorted(site.rglob("*")):
        if not chemin.is_file():
            continue
        contenu = _texte_fichier(chemin)
        if contenu is None:
            continue
        trouve = motif.search(contenu)
        if trouve:
            origine = recherche.get(_normaliser(trouve[0]), "une phase préparatoire ou un passage interne")
            messages.append(f"{chemin.relative_to(site).as_posix()} contient du texte interne (venu de {origine}).")
    return messages


def _texte_fichier(chemin: Path) -> str | None:
    if chemin.suffix.lower() not in _SUFFIXES_TEXTE:
        return None
    try:
        brut = chemin.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return None
    if chemin.suffix.lower() == ".ics":
        # iCalendar plie les lignes à 75 octets et échappe , ; \\ : un texte coupé par un pli reste trouvable.
        brut = _ECHAPPEMENT_ICS.sub(lambda m: " " if m[1] in "nN" else m[1], _PLI_ICS.sub("", brut))
    if chemin.suffix.lower() == ".json":
        try:
            brut = "\n".join(v for _, v in chaines(json.loads(brut)))
        except ValueError:
            pass
    # Le texte tel quel (attributs compris) et sans balises (un mot mis en gras reste trouvable).
    return (html.unescape(brut) + " \x00 " + html.unescape(_BALISE.sub("", brut))).casefold()


def _motif(mots: dict[str, str] | Iterable[str], espaces_souples: bool = False) -> re.Pattern[str]:
    """Longues aiguilles n'importe où, courtes aiguilles comme mots entiers, en une expression."""
    longues = [m for m in mots if len(m) >= LONGUEUR_SOUPLE]
    courtes = [m for m in mots if len(m) < LONGUEUR_SOUPLE]
    parties = []
    if longues:
        parties.append(motif_trie(longues, espaces_souples))
    if courtes:
        parties.append(r"(?<!\w)(?:" + motif_trie(courtes, espaces_souples) + r")(?!\w)")
    return re.compile("|".join(parties))


def motif_trie(mots: Iterable[str], espaces_souples: bool = False) -> str:
    """Une expression régulière en arbre : chaque position du texte ne teste qu'une branche.

    Une alternance plate de dix mille aiguilles testerait les dix mille à chaque caractère ;
    l'arbre garde la recherche linéaire pour le portail de mille dossiers. Avec
    `espaces_souples`, l'espace d'une aiguille (normalisée : une espace entre deux mots)
    trouve toute suite de blancs du texte, comme si le texte avait été normalisé.
    """
    espace = r"\s+" if espaces_souples else re.escape(" ")
    arbre: dict[str, Any] = {}
    for mot in mots:
        noeud = arbre
        for car in mot:
            noeud = noeud.setdefault(car, {})
        noeud[""] = {}

    def motif(noeud: dict[str, Any]) -> str:
        prefixe = []
        while len(noeud) == 1 and "" not in noeud:  # une chaîne sans embranchement : sans récursion
            car, noeud = next(iter(noeud.items()))
            prefixe.append(espace if car == " " else re.escape(car))
        fin = "" in noeud
        branches = [(espace if car == " " else re.escape(car)) + motif(sous) for car, sous in sorted(noeud.items()) if car]
        if not branches:
            return "".join(prefixe)
        corps = "(?:" + "|".join(branches) + ")"
        return "".join(prefixe) + (corps + "?" if fin else corps)

    return motif(arbre)
