"""Ce qui ne doit jamais être publié : la phase préparatoire et tout contenu marqué interne.

Trois barrières, pour qu'une erreur n'en franchisse pas deux :
1. avant la construction, `verifier_sources` refuse un docs/ qui pourrait embarquer un
   fichier de dossier (fichier nommé preparation*, lien symbolique, inclusion, page marquée
   interne) ;
2. les pages générées ne lisent jamais preparation.yaml et `retirer_interne` ôte d'un récit
   comme de chaque champ de texte d'un formulaire (leviers, motif, description d'une
   action…) ce qui est entre `<!-- interne -->` (ou `<!-- interne : une remarque -->`) et
   `<!-- /interne -->` ; une marque de fin sans ouverture arrête la construction ;
3. après la construction, `fuites` cherche dans chaque fichier construit (HTML, index de
   recherche, plan du site, calendriers, versions imprimables) le texte de chaque champ de
   phase préparatoire et de chaque passage interne, d'un récit ou d'un champ.
"""

from __future__ import annotations

import dataclasses
import html
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, DossierCharge

MARQUE_DEBUT = "<!-- interne -->"
MARQUE_FIN = "<!-- /interne -->"
_OUVRE = r"<!--\s*interne\b[^>]*-->"
"""`<!-- interne -->`, `<!--interne-->`, `<!-- INTERNE : à ne pas diffuser -->`…"""
_FERME = r"<!--\s*/\s*interne\s*-->"
_INTERNE = re.compile(_OUVRE + r".*?(?:" + _FERME + r"|\Z)", re.DOTALL | re.IGNORECASE)
_MARQUE = re.compile(r"<!--\s*/?\s*interne\b[^>]*-->", re.IGNORECASE)
_FERMANTE = re.compile(_FERME, re.IGNORECASE)
_INDICE = re.compile(r"<!--\s*/?\s*interne", re.IGNORECASE)
"""Test rapide : un texte sans ce début de marque n'a rien d'interne."""
_ENTETE_INTERNE = re.compile(r"\A---\n(?:.*\n)*?interne:\s*(?:true|oui|yes)\s*\n(?:.*\n)*?---", re.IGNORECASE)
_CODE = re.compile(r"^```.*?^```|`[^`\n]*`", re.DOTALL | re.MULTILINE)
_INCLUSION = re.compile(r"--8<--|\{%\s*include|\{!|!include|\{\{\s*include", re.IGNORECASE)
_SUFFIXES_TEXTE = {".html", ".htm", ".json", ".xml", ".txt", ".js", ".css", ".md", ".yaml", ".yml", ".svg", ".csv",
                   ".ics"}
_PLI_ICS = re.compile(r"\r?\n[ \t]")
_ECHAPPEMENT_ICS = re.compile(r"\\([,;\\nN])")
LONGUEUR_MIN = 10
"""Un champ plus court (« a1 », « oui », une date) n'est pas un texte qu'on puisse reconnaître."""


class ErreurConfidentialite(Exception):
    """Du contenu interne atteindrait le site : la construction s'arrête."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("\n".join(messages))
        self.messages = messages


def retirer_interne(recit: str) -> str:
    """Ôte les passages internes d'un texte (récit ou champ d'un formulaire).

    Une marque ouverte et jamais fermée ôte tout le reste ; une marque de fin sans marque
    d'ouverture ôte tout ce qui la précède (la construction la refuse d'ailleurs :
    `marques_orphelines`), pour qu'une marque mal écrite ne publie jamais rien.
    """
    if not _INDICE.search(recit):
        return recit
    sans = _INTERNE.sub("", recit)
    orpheline = None
    for orpheline in _FERMANTE.finditer(sans):
        pass
    return sans[orpheline.end():] if orpheline is not None else sans


def passages_internes(recit: str) -> list[str]:
    if not _INDICE.search(recit):
        return []
    passages = [_MARQUE.sub("", m[0]) for m in _INTERNE.finditer(recit)]
    sans = _INTERNE.sub("", recit)
    orphelines = list(_FERMANTE.finditer(sans))
    if orphelines:
        passages.append(_MARQUE.sub("", sans[:orphelines[-1].start()]))
    return passages


def marques_orphelines(texte: str) -> bool:
    """Vrai si une marque de fin `<!-- /interne -->` n'a pas de marque d'ouverture avant elle."""
    return bool(_INDICE.search(texte)) and bool(_FERMANTE.search(_INTERNE.sub("", texte)))


def verifier_marques(depot: Depot) -> list[str]:
    """Les fichiers de dossiers (hors phase préparatoire, jamais publiée) dont une marque de fin est orpheline."""
    messages = []
    for doc in depot.documents:
        if not doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/") or doc.relatif.endswith("/preparation.yaml"):
            continue
        if not _INDICE.search(doc.texte or "") and not (doc.corps and _INDICE.search(doc.corps)):
            continue
        champs = [chemin.lstrip(" ›") or "récit" for chemin, valeur in _chaines(doc.donnees, "")
                  if marques_orphelines(valeur)]
        if doc.corps and marques_orphelines(doc.corps):
            champs.append("récit")
        if champs:
            messages.append(f"{doc.relatif} ({', '.join(champs)}) : marque de fin « {MARQUE_FIN} » sans marque "
                            f"d'ouverture « {MARQUE_DEBUT} » avant elle. Ajoutez la marque d'ouverture au début du "
                            "passage interne (ou retirez la marque de fin).")
    return messages


def sans_interne(valeur: Any) -> Any:
    """La même valeur (modèle, liste, texte) dont chaque texte a perdu ses passages internes.

    Rien n'est copié quand il n'y a aucune marque : le même objet est rendu.
    """
    if isinstance(valeur, str):
        return retirer_interne(valeur) if _INDICE.search(valeur) else valeur
    if isinstance(valeur, BaseModel):
        changements = {}
        for nom in type(valeur).model_fields:
            ancien = getattr(valeur, nom)
            nouveau = sans_interne(ancien)
            if nouveau is not ancien:
                changements[nom] = nouveau
        return valeur.model_copy(update=changements) if changements else valeur
    if isinstance(valeur, (list, tuple)):
        copie = [sans_interne(v) for v in valeur]
        if any(a is not b for a, b in zip(copie, valeur)):
            return type(valeur)(copie)
        return valeur
    if isinstance(valeur, dict):
        copie_d = {k: sans_interne(v) for k, v in valeur.items()}
        return copie_d if any(copie_d[k] is not v for k, v in valeur.items()) else valeur
    return valeur


def charge_publiable(charge: DossierCharge) -> DossierCharge:
    """Le dossier tel que le portail le publie : sans phase préparatoire, sans passage interne d'aucun champ."""

    def fichier(f: Any) -> Any:
        if f is None or f.modele is None or not _INDICE.search(f.doc.texte or ""):
            return f
        return dataclasses.replace(f, modele=sans_interne(f.modele))

    return dataclasses.replace(charge, dossier=fichier(charge.dossier), preparation=None,
                               concertations=[fichier(f) for f in charge.concertations],
                               financements=[fichier(f) for f in charge.financements])


def verifier_sources(docs: Path, racine: Path) -> None:
    """Refuse un docs/ qui publierait un fichier de dossier ou une page interne."""
    messages: list[str] = []
    docs, dossiers = docs.resolve(), (racine / REPERTOIRE_DOSSIERS).resolve()
    if docs == dossiers or dossiers.is_relative_to(docs) or docs.is_relative_to(dossiers):
        messages.append(f"docs_dir ({docs}) contient ou se trouve dans {REPERTOIRE_DOSSIERS}/ : les fichiers "
                        "des dossiers, dont les phases préparatoires, seraient copiés tels quels dans le site.")
    for dossier, sous, fichiers in os.walk(docs, followlinks=False):
        for nom in sous + fichiers:
            chemin = Path(dossier) / nom
            relatif = chemin.relative_to(docs).as_posix()
            if chemin.is_symlink():
                messages.append(f"docs/{relatif} est un lien symbolique : il pourrait publier un fichier d'un dossier. "
                                "Remplacez-le par le fichier lui-même.")
            elif nom.lower().startswith(("preparation", "préparation")):
                messages.append(f"docs/{relatif} : une phase préparatoire est un document interne, jamais publié. "
                                "Retirez ce fichier de docs/ (les modèles vierges sont générés par le portail).")
            elif nom.endswith(".md") and chemin.is_file():
                messages.extend(_verifier_page(chemin, relatif))
    if messages:
        raise ErreurConfidentialite(messages)


def _verifier_page(chemin: Path, relatif: str) -> list[str]:
    contenu = chemin.read_text(encoding="utf-8", errors="replace")
    messages = []
    hors_code = _CODE.sub("", contenu)  # une marque citée entre accents graves est une explication
    if _ENTETE_INTERNE.search(contenu) or _MARQUE.search(hors_code):
        messages.append(f"docs/{relatif} est marqué interne (interne: true ou <!-- interne -->) : "
                        "une page de docs/ est publiée en entier. Retirez-la de docs/ ou retirez le passage interne.")
    for numero, ligne in enumerate(contenu.split("\n"), 1):
        if _INCLUSION.search(ligne):
            messages.append(f"docs/{relatif}, ligne {numero} : inclusion de fichier refusée ; les pages des dossiers "
                            "sont générées par le portail, qui seul sait ce qui peut être publié.")
    return messages


def _normaliser(valeur: str) -> str:
    return " ".join(valeur.casefold().split())


def _chaines(valeur: Any, chemin: str) -> Iterator[tuple[str, str]]:
    if isinstance(valeur, str):
        yield chemin, valeur
    elif isinstance(valeur, dict):
        for cle, sous in valeur.items():
            yield from _chaines(sous, f"{chemin} › {cle}")
    elif isinstance(valeur, list):
        for i, sous in enumerate(valeur):
            yield from _chaines(sous, f"{chemin} › {i + 1}")


def aiguilles(depot: Depot, publies: Iterable[str] = ()) -> dict[str, str]:
    """Le texte à ne jamais trouver dans le site, normalisé, et son origine.

    Chaque champ de chaque phase préparatoire (même invalide) et chaque passage interne
    d'un récit. Un texte qui figure aussi dans un fichier publiable (le code du jeune, le
    nom d'un service, une action reprise telle quelle dans la note) n'est pas un secret :
    il est écarté.
    """
    secret: dict[str, str] = {}
    publiable: set[str] = set()
    for doc in depot.documents:
        if doc.relatif.endswith("/preparation.yaml"):
            for chemin, valeur in _chaines(doc.donnees, doc.relatif):
                secret.setdefault(_normaliser(valeur), chemin)
            continue
        # Chaque champ (leviers, motif, description d'une action…) et le récit : le passage
        # interne est un secret, le reste du texte est publiable.
        for chemin, valeur in _chaines(doc.donnees, ""):
            for passage in passages_internes(valeur):
                for ligne in passage.split("\n\n"):
                    secret.setdefault(_normaliser(ligne.strip(" #*-\n")),
                                      f"{doc.relatif}{chemin} (passage interne)")
            publiable.add(_normaliser(retirer_interne(valeur)))
        if doc.corps:
            for passage in passages_internes(doc.corps):
                for ligne in passage.split("\n\n"):
                    secret.setdefault(_normaliser(ligne.strip(" #*-\n")), f"{doc.relatif} (passage interne)")
            publiable.add(_normaliser(retirer_interne(doc.corps)))
    publiable.update(_normaliser(t) for t in publies)
    candidats = {a: origine for a, origine in secret.items() if len(a) >= LONGUEUR_MIN and a not in publiable}
    if not candidats:
        return {}
    # Un secret contenu dans un texte publié (« service demandeur » dans « au service demandeur »)
    # n'en est pas un : une seule passe de l'arbre des aiguilles sur tout le texte publiable.
    corpus = " \x00 ".join(publiable)
    motif = re.compile(motif_trie(candidats))
    trouves = {m[0] for m in motif.finditer(corpus)}
    return {a: origine for a, origine in candidats.items() if a not in trouves}


_BALISE = re.compile(r"<[^>]*>")


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
            brut = "\n".join(v for _, v in _chaines(json.loads(brut), ""))
        except ValueError:
            pass
    # Le texte tel quel (attributs compris) et sans balises (un mot mis en gras reste trouvable).
    # Les blancs ne sont pas regroupés ici (c'était la moitié du temps de la vérification sur mille
    # dossiers) : le motif de `fuites` accepte n'importe quelle suite de blancs entre deux mots.
    return (html.unescape(brut) + " \x00 " + html.unescape(_BALISE.sub("", brut))).casefold()


def fuites(site: Path, recherche: dict[str, str]) -> list[str]:
    """Les fichiers construits qui contiennent un texte interne, avec son origine."""
    if not recherche:
        return []
    motif = re.compile(motif_trie(recherche, espaces_souples=True))
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
            messages.append(f"{chemin.relative_to(site).as_posix()} contient du texte interne "
                            f"(venu de {origine}).")
    return messages


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
