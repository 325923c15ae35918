"""Noms protégés : les vrais noms du jeune et de sa famille, hors du dépôt, en empreintes salées.

Le casemanager les enregistre une fois, sur sa propre machine (`filrouge proteger`). Le fichier
ne contient qu'un sel aléatoire et des empreintes SHA-256 des mots normalisés (minuscules, sans
accents) et de leur squelette orthographique : aucun nom en clair. La garde calcule l'empreinte
de chaque mot du texte et reconnaît ces noms quelle que soit leur casse ou leur graphie.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from filrouge.anonymat.normalisation import compacter, squelette

VARIABLE = "FILROUGE_NOMS_PROTEGES"
LONGUEUR_MIN = 2
LONGUEUR_MIN_SQUELETTE = 4
# Les particules ne sont protégées qu'au sein du nom entier (« Vandenbossche »), jamais seules.
PARTICULES = frozenset(
    "de du des la le les van von der den del della el al ben bin bint da di dos do ter ten vande vander vanden mc mac et y".split()
)
_MOTS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class ErreurNomsProteges(Exception):
    """Problème de lecture ou d'écriture du fichier des noms protégés (message en français)."""


def chemin_par_defaut() -> Path:
    """$FILROUGE_NOMS_PROTEGES, sinon ~/.config/filrouge/noms_proteges.json (ou $XDG_CONFIG_HOME)."""
    explicite = os.environ.get(VARIABLE)
    if explicite:
        return Path(explicite).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "filrouge" / "noms_proteges.json"


def _empreinte(sel: str, forme: str, espece: str) -> str:
    return hashlib.sha256(f"{sel}\x00{espece}\x00{forme}".encode()).hexdigest()


def decouper(nom: str) -> list[str]:
    """Les mots d'un nom : « Marie-Ève Van den Bossche » → marie, eve, mariee ve…, van, den, bossche."""
    mots = [m for m in _MOTS.findall(nom)]
    formes = {compacter(m) for m in mots}
    # Les suites de mots aussi, écrites d'un seul tenant : « Van den Bossche » → « Vandenbossche ».
    for i in range(len(mots)):
        for j in range(i + 2, min(len(mots), i + 4) + 1):
            formes.add(compacter("".join(mots[i:j])))
    return sorted(f for f in formes if len(f) >= LONGUEUR_MIN and f not in PARTICULES)


@dataclass
class NomsProteges:
    sel: str = ""
    empreintes: set[str] = field(default_factory=set)
    squelettes: set[str] = field(default_factory=set)
    _cache: dict[str, bool] = field(default_factory=dict, repr=False)

    def __bool__(self) -> bool:
        return bool(self.empreintes)

    def __len__(self) -> int:
        return len(self.empreintes)

    def ajouter(self, nom: str) -> int:
        """Ajoute les mots d'un nom ; renvoie le nombre de nouvelles empreintes."""
        if not self.sel:
            self.sel = secrets.token_hex(16)
        avant = len(self.empreintes)
        for forme in decouper(nom):
            self.empreintes.add(_empreinte(self.sel, forme, "mot"))
            sq = squelette(forme)
            if len(sq) >= LONGUEUR_MIN_SQUELETTE:
                self.squelettes.add(_empreinte(self.sel, sq, "squelette"))
        self._cache.clear()
        return len(self.empreintes) - avant

    def contient(self, mot: str) -> bool:
        """Vrai si `mot` (un mot du texte, casse et accents quelconques) est un nom protégé."""
        forme = compacter(mot)
        connu = self._cache.get(forme)
        if connu is not None:
            return connu
        trouve = False
        if len(forme) >= LONGUEUR_MIN:
            if _empreinte(self.sel, forme, "mot") in self.empreintes:
                trouve = True
            elif self.squelettes:
                sq = squelette(forme)
                trouve = len(sq) >= LONGUEUR_MIN_SQUELETTE and _empreinte(self.sel, sq, "squelette") in self.squelettes
        self._cache[forme] = trouve
        return trouve

    # --- stockage ---------------------------------------------------------------------------
    def en_json(self) -> dict:
        return {
            "version": 1,
            "description": "Empreintes salées (SHA-256) de noms protégés pour filrouge anonymat. Aucun nom en clair.",
            "sel": self.sel,
            "empreintes": sorted(self.empreintes),
            "squelettes": sorted(self.squelettes),
        }

    @classmethod
    def depuis_json(cls, donnees: object, chemin: Path) -> "NomsProteges":
        if not isinstance(donnees, dict) or not isinstance(donnees.get("sel"), str):
            raise ErreurNomsProteges(f"{chemin} : fichier de noms protégés illisible (format inattendu)")
        empreintes = donnees.get("empreintes") or []
        squelettes = donnees.get("squelettes") or []
        if not all(isinstance(e, str) for e in [*empreintes, *squelettes]):
            raise ErreurNomsProteges(f"{chemin} : fichier de noms protégés illisible (empreintes invalides)")
        return cls(sel=donnees["sel"], empreintes=set(empreintes), squelettes=set(squelettes))


def charger(chemin: Path | None = None) -> NomsProteges:
    """Charge le fichier d'empreintes ; un fichier absent donne une liste vide."""
    chemin = chemin or chemin_par_defaut()
    try:
        brut = chemin.read_text(encoding="utf-8")
    except FileNotFoundError:
        return NomsProteges()
    except (OSError, UnicodeDecodeError) as exc:
        raise ErreurNomsProteges(f"{chemin} : lecture impossible des noms protégés ({exc.__class__.__name__})") from None
    try:
        donnees = json.loads(brut)
    except json.JSONDecodeError:
        raise ErreurNomsProteges(f"{chemin} : fichier de noms protégés illisible (JSON invalide)") from None
    return NomsProteges.depuis_json(donnees, chemin)


def est_dans(chemin: Path, dossier: Path) -> bool:
    try:
        chemin.resolve().relative_to(dossier.resolve())
        return True
    except ValueError:
        return False


def enregistrer(noms: NomsProteges, chemin: Path | None = None) -> Path:
    """Écrit le fichier (droits 600) ; le dossier parent est créé au besoin."""
    chemin = chemin or chemin_par_defaut()
    try:
        chemin.parent.mkdir(parents=True, exist_ok=True)
        temporaire = chemin.with_name(chemin.name + ".tmp")
        descripteur = os.open(temporaire, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descripteur, "w", encoding="utf-8") as sortie:
            json.dump(noms.en_json(), sortie, indent=1)
            sortie.write("\n")
        os.replace(temporaire, chemin)
    except OSError as exc:
        raise ErreurNomsProteges(f"{chemin} : écriture impossible ({exc.strerror or exc.__class__.__name__})") from None
    return chemin
