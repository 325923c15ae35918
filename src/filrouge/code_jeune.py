"""Le code du jeune : initiales, sexe, année de naissance, code postal.

C'est un pseudonyme, pas un anonymat : d'où un dépôt et un portail privés. Deux jeunes
peuvent avoir le même code ; l'identifiant du dossier, lui, reste unique.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MOTIF = re.compile(r"(?P<initiales>[A-Z]{2})(?P<sexe>[FG]?)(?P<annee>[0-9]{4})(?P<cp>[0-9]{4})")
_MOTIF_LARGE = re.compile(r"(?P<initiales>[A-Za-z]{2})(?P<sexe>[A-Za-z]?)(?P<annee>[0-9]{4})(?P<cp>[0-9]{4})")


@dataclass(frozen=True)
class Code:
    initiales: str
    sexe: str | None
    annee_naissance: int
    code_postal: int

    def sans_sexe(self) -> str:
        return f"{self.initiales}{self.annee_naissance:04d}{self.code_postal:04d}"

    def age_atteint(self, annee: int) -> int:
        """Âge atteint au cours de `annee` : seule l'année de naissance est connue."""
        return annee - self.annee_naissance


def lire_code(texte: str) -> Code | None:
    """Décompose un code valide (avec ou sans la lettre du sexe), sinon None."""
    m = _MOTIF.fullmatch(texte)
    if m is None:
        return None
    return Code(m["initiales"], m["sexe"] or None, int(m["annee"]), int(m["cp"]))


def composer(initiales: str, sexe: str, annee: str, code_postal: str) -> str:
    """Le code tel qu'il s'écrit, à partir de ses morceaux (l'aide au code de l'atelier) ; `diagnostiquer`
    dit ensuite s'il est bien formé."""
    return "".join(morceau.strip() for morceau in (initiales.upper(), sexe.upper(), annee, code_postal))


def diagnostiquer(texte: str) -> str | None:
    """Explique en français pourquoi un code est mal formé (None s'il est correct)."""
    if _MOTIF.fullmatch(texte):
        return None
    m = _MOTIF_LARGE.fullmatch(texte)
    if m is None:
        return ("format attendu : 2 initiales, F ou G, année de naissance sur 4 chiffres, "
                "code postal sur 4 chiffres (ex. LMG20101000)")
    if m["initiales"] != m["initiales"].upper() or m["sexe"] != m["sexe"].upper():
        return "les lettres du code s'écrivent en majuscules"
    return f"la lettre du sexe « {m['sexe']} » n'existe pas : F (fille) ou G (garçon), ou rien"


def meme_jeune(code_a: str, code_b: str) -> bool:
    """Vrai si deux codes désignent le même jeune, l'un pouvant omettre la lettre du sexe."""
    a, b = lire_code(code_a), lire_code(code_b)
    if a is None or b is None:
        return False
    if a.sans_sexe() != b.sans_sexe():
        return False
    return a.sexe is None or b.sexe is None or a.sexe == b.sexe
