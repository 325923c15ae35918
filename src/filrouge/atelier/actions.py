"""Les actions de la bibliothèque (clore, rouvrir, transférer, nouveau dossier) dans l'atelier, sans rien risquer.

Les fonctions de bibliothèque écrivent dans le dépôt qu'on leur donne. L'atelier leur donne d'abord une
copie réduite, hors du dépôt (reseau.yaml, annuaire.yaml et le seul dossier concerné) : ce qu'elles y
écrivent est validé par la validation de `valider` sur le vrai dépôt (`valider_brouillon`), et n'est écrit
dans le dépôt que sans erreur, fichier par fichier et atomiquement, si rien n'a changé sur le disque depuis
l'ouverture de la page ; puis commité à travers les hooks. Aucune règle de la bibliothèque n'est refaite ici.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filrouge.atelier.ecriture import FichierChange, ecrire_atomiquement, empreinte, lire_si_present
from filrouge.atelier.document import commiter
from filrouge.atelier.libelles import en_clair
from filrouge.constat import Constat
from filrouge.depot import REPERTOIRE_DOSSIERS
from filrouge.disposition import FICHIER_ANNUAIRE, FICHIER_CONFIGURATION, nom_du_document
from filrouge.francais import ErreurChamp, ErreurUtilisation
from filrouge.validation import valider_brouillon

GENERAL = "general"
"""Le champ des messages qu'aucun contrôle du formulaire ne porte : dits en tête du formulaire."""


@dataclass
class Issue:
    """Ce que l'action a donné : messages par champ (les erreurs bloquent), écrit ou non, commité ou non."""

    erreurs: dict[str, list[str]] = field(default_factory=dict)
    avertissements: dict[str, list[str]] = field(default_factory=dict)
    message: str = ""
    commit: str | None = None
    sortie_hook: str = ""
    conflit: bool = False

    def refuser(self, champ: str, message: str) -> Issue:
        self.erreurs.setdefault(champ, []).append(message)
        return self


@dataclass
class Jeu:
    """Ce que l'action a écrit dans la copie : chemin sous le dossier → texte, et l'empreinte de départ."""

    textes: dict[str, str]
    empreintes: dict[str, str | None]


def _textes(repertoire: Path) -> dict[str, str]:
    if not repertoire.is_dir():
        return {}
    return {p.relative_to(repertoire).as_posix(): p.read_bytes().decode("utf-8", "surrogateescape")
            for p in sorted(repertoire.rglob("*")) if p.suffix in (".yaml", ".md") and p.is_file()}


def jouer(racine: Path, ident: str, action: Callable[[Path], Any], nouveau: bool = False) -> Jeu:
    """Joue `action(copie)` sur une copie réduite du dépôt ; rend ce qu'elle a écrit dans le dossier `ident`.

    Lève ErreurUtilisation (le refus de la bibliothèque, en français) : rien n'est alors écrit nulle part.
    """
    with tempfile.TemporaryDirectory(prefix="filrouge-atelier-") as temporaire:
        copie = Path(temporaire)
        for nom in (FICHIER_CONFIGURATION, FICHIER_ANNUAIRE):
            shutil.copy2(racine / nom, copie / nom)
        (copie / REPERTOIRE_DOSSIERS).mkdir()
        dossier = copie / REPERTOIRE_DOSSIERS / ident
        if not nouveau:
            shutil.copytree(racine / REPERTOIRE_DOSSIERS / ident, dossier, symlinks=True)
        avant = _textes(dossier)
        empreintes = {rel: empreinte(lire_si_present(dossier / rel)) for rel in avant}  # lues comme à l'écriture
        action(copie)
        apres = _textes(dossier)
    changes = {rel: texte for rel, texte in apres.items() if avant.get(rel) != texte}
    return Jeu(changes, {rel: empreintes.get(rel) for rel in changes})


def verifier(racine: Path, ident: str, jeu: Jeu, nouveau: bool = False) -> list[Constat]:
    """Les constats de `valider` sur le dépôt où le dossier serait celui que l'action a écrit."""
    dossier = f"{REPERTOIRE_DOSSIERS}/{ident}/"
    return [c for c in valider_brouillon(racine, ident, jeu.textes, nouveau=nouveau) if c.fichier.startswith(dossier)]


def champ_du_refus(message: str, champs: list[tuple[str, str]]) -> str:
    """Le contrôle que désigne un refus de la bibliothèque (premier motif trouvé dans son message), sinon GENERAL."""
    return next((champ for champ, motif in champs if re.search(motif, message)), GENERAL)


def executer(racine: Path, ident: str, action: Callable[[Path], Any], message: str, refus: list[tuple[str, str]],
             place: Callable[[Constat, Jeu], str] = lambda c, j: GENERAL, nouveau: bool = False,
             ecrire: bool = True, ouvert_avec: str | None = None,
             noms: dict[str, tuple[str, str]] | None = None) -> Issue:
    """Joue l'action hors du dépôt, la valide, puis (si `ecrire` et sans erreur) l'écrit et la commite.

    `noms` : champ d'une `ErreurChamp` de la bibliothèque → (contrôle où la dire, façon de nommer ce champ dans
    le message) ; `refus` : (champ, motif) pour placer un autre refus à côté de son contrôle ; `place` : le
    contrôle d'un constat de la validation ; `ouvert_avec` : l'empreinte de dossier.yaml quand la page a
    été ouverte (un changement sur le disque depuis est dit, et rien n'est écrit).
    """
    issue = Issue()
    relatif_dossier = f"{REPERTOIRE_DOSSIERS}/{ident}/dossier.yaml"
    if ouvert_avec is not None and empreinte(lire_si_present(racine / relatif_dossier)) != ouvert_avec:
        return _conflit(issue, relatif_dossier)
    try:
        jeu = jouer(racine, ident, action, nouveau)
    except ErreurChamp as exc:
        controle, nom = (noms or {}).get(exc.champ, (GENERAL, "le champ concerné"))
        return issue.refuser(controle, en_clair(exc.formuler(nom)))
    except ErreurUtilisation as exc:
        return issue.refuser(champ_du_refus(str(exc), refus), en_clair(str(exc)))
    if not jeu.textes:
        return issue
    for constat in verifier(racine, ident, jeu, nouveau):
        cible = issue.erreurs if constat.est_erreur else issue.avertissements
        controle = place(constat, jeu)
        # le document se nomme quand le constat n'est pas celui de la fiche que le contrôle remplit
        autre = controle == GENERAL or not constat.fichier.endswith("/dossier.yaml")
        texte = en_clair(constat.message, constat.fichier) + (f" ({nom_du_document(constat.fichier)})" if autre else "")
        cible.setdefault(controle, []).append(texte)
    if issue.erreurs:
        issue.message = "Rien n'est écrit : la validation du dossier trouve une erreur, dite ci-dessous ou à côté de son champ."
        return issue
    if not ecrire:
        return issue
    base = racine / REPERTOIRE_DOSSIERS / ident
    relatifs = [f"{REPERTOIRE_DOSSIERS}/{ident}/{rel}" for rel in jeu.textes]
    try:
        for rel, relatif in zip(jeu.textes, relatifs):
            if empreinte(lire_si_present(base / rel)) != jeu.empreintes[rel]:
                raise FichierChange(relatif)
        for rel, relatif in zip(jeu.textes, relatifs):
            ecrire_atomiquement(base / rel, jeu.textes[rel], jeu.empreintes[rel], relatif)
    except FichierChange as exc:
        return _conflit(issue, exc.relatif)
    commit, sortie = commiter(racine, relatifs, message)
    if commit is None:
        issue.message = ("C'est écrit dans le dossier, mais le commit a été refusé par les vérifications du dépôt "
                         "(hook pre-commit) ; rien n'est perdu : corrigez ce qui est dit ci-dessous, puis commitez les "
                         "fichiers modifiés (l'accueil les liste).")
        issue.sortie_hook = sortie
        return issue
    issue.commit = commit
    issue.message = f"Enregistré et commité ({commit[:10]}) : « {message} »."
    return issue


def _conflit(issue: Issue, relatif: str) -> Issue:
    issue.conflit = True
    return issue.refuser(GENERAL, f"« {nom_du_document(relatif)} » a changé sur le disque depuis que vous avez "
                                  "ouvert cette page (par un autre programme ou une synchronisation) : rien n'est écrit, "
                                  "pour ne pas écraser ce changement. Rechargez la page pour repartir de sa version actuelle.")
