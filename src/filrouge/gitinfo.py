"""Ce que Git sait du dépôt, lu sans rien y écrire (lecture seule, `git` réel)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import NamedTuple


def _git(racine: Path, *arguments: str) -> str | None:
    """La sortie de Git en texte ; un nom de fichier qui n'est pas de l'UTF-8 garde ses octets (surrogateescape)."""
    sortie = _git_octets(racine, *arguments)
    return sortie.decode("utf-8", "surrogateescape") if sortie is not None else None


def fichiers_de_reference(racine: Path, reference: str = "HEAD") -> set[str] | None:
    """Fichiers suivis dans `reference`, relatifs à `racine` ; None hors d'un dépôt Git ou sans commit.

    Sans `--full-tree`, `ls-tree` ne liste que ce qui est sous le répertoire courant (`-C racine`), en chemins
    relatifs à lui : un seul processus `git`. `-z` : sans lui, Git cite entre guillemets et échappe un nom accentué
    (« séjour-été.yaml »).
    """
    sortie = _git(racine, "ls-tree", "-r", "-z", "--name-only", reference)
    return None if sortie is None else {nom for nom in sortie.split("\0") if nom}


class Reference(NamedTuple):
    """Ce dont dépendent les fichiers de référence d'une racine : son préfixe dans le dépôt, le commit de HEAD et
    l'arbre de ce commit (celui que Git lit vraiment, remplacements `git replace` compris)."""

    prefixe: str
    commit: str
    arbre: str


def reference_des_regles(racine: Path) -> Reference | None:
    """La référence de `racine` (None hors d'un dépôt Git ou sans commit), d'un seul processus `git` : la même
    référence donne la même liste `fichiers_de_reference(racine, reference.arbre)`."""
    sortie = _git(racine, "rev-parse", "--show-prefix", "HEAD", "HEAD^{tree}")
    if sortie is None or sortie.count("\n") < 3:
        return None
    prefixe, commit, arbre = sortie.removesuffix("\n").rsplit("\n", 2)  # un préfixe peut contenir un saut de ligne
    return Reference(prefixe, commit, arbre)


_VARIABLES_DE_DEPOT = ("GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR")


def _hors_de_tout_depot(racine: Path) -> bool:
    """Ni `.git` (répertoire, ou fichier d'un arbre de travail) ni dépôt nu dans `racine` ou au-dessus, et aucune
    variable qui désigne un dépôt : Git n'y trouverait rien. Chaque validation demande à Git ses fichiers de
    référence ; hors d'un dépôt (un répertoire de dossiers pas encore commité), on ne lance pas `git` pour qu'il
    le dise (≈ 3 ms de processus chaque fois)."""
    if any(os.environ.get(variable) for variable in _VARIABLES_DE_DEPOT):
        return False
    try:
        chemin = racine.resolve()
        return not any((repertoire / ".git").exists() or ((repertoire / "HEAD").is_file()
                                                           and (repertoire / "objects").is_dir())
                       for repertoire in (chemin, *chemin.parents))
    except (OSError, RuntimeError):  # un répertoire illisible au-dessus : Git dira lui-même ce qu'il en est
        return False


def _git_octets(racine: Path, *arguments: str, entree: bytes | None = None) -> bytes | None:
    if _hors_de_tout_depot(racine):
        return None
    try:
        resultat = subprocess.run(["git", "-C", str(racine), *arguments], capture_output=True, timeout=120, check=False,
                                  input=entree)
    except (OSError, subprocess.SubprocessError):
        return None
    return resultat.stdout if resultat.returncode == 0 else None


def commit_de(racine: Path, reference: str) -> str | None:
    """Le commit désigné par `reference` (branche, étiquette, empreinte), ou None s'il n'existe pas."""
    sortie = _git(racine, "rev-parse", "--verify", "--quiet", f"{reference}^{{commit}}")
    return sortie.strip() if sortie else None


def ancetre_commun(racine: Path, reference: str, tete: str = "HEAD") -> str | None:
    """Le point de départ de la branche : merge-base de `reference` et `tete`."""
    sortie = _git(racine, "merge-base", reference, tete)
    return sortie.strip() if sortie else None


def fichiers_changes_entre(racine: Path, avant: str, apres: str) -> set[str] | None:
    """Les fichiers (relatifs à `racine`) qui diffèrent entre deux commits."""
    sortie = _git(racine, "--no-optional-locks", "diff", "--name-only", "--no-renames", "--no-ext-diff",
                  "--no-textconv", "--relative", "-z", avant, apres, "--", ".")
    return None if sortie is None else {nom for nom in sortie.split("\0") if nom}


def fichiers_changes_hors(racine: Path, reference: str) -> dict[str, str] | None:
    """Les fichiers changés depuis `reference` ailleurs dans le dépôt Git que sous `racine` (chemins depuis la
    racine Git) : quand le dépôt de dossiers est un sous-répertoire, la CI et CODEOWNERS sont au-dessus."""
    prefixe = _git(racine, "rev-parse", "--show-prefix")
    sortie = _git(racine, "--no-optional-locks", "diff", "--name-status", "--no-renames", "--no-ext-diff",
                  "--no-textconv", "-z", reference, "--", ":/")
    if prefixe is None or sortie is None:
        return None
    elements = sortie.split("\0")
    changes = {elements[i + 1]: elements[i][0] for i in range(0, len(elements) - 1, 2) if elements[i]}
    return {chemin: code for chemin, code in changes.items() if not chemin.startswith(prefixe.strip())}


def fichiers_modifies(racine: Path, *chemins: str, non_suivis: bool = True) -> list[str] | None:
    """Les fichiers modifiés et pas encore commités (`git status`) sous `chemins` (tout `racine` sans eux),
    relatifs à `racine`, les non suivis compris si `non_suivis` ; None hors d'un dépôt Git.

    `-z` : les noms tels quels, accents compris, jamais entre guillemets ni amputés de leur première lettre (la
    ligne « ` M chemin` » perdait son espace de tête à la découpe) ; un renommage donne le nouveau nom.
    """
    sortie = _git(racine, "--no-optional-locks", "status", "--porcelain", "-z",
                  f"--untracked-files={'all' if non_suivis else 'no'}", "--", *(chemins or (".",)))
    prefixe = _git(racine, "rev-parse", "--show-prefix")
    if sortie is None or prefixe is None:
        return None
    fichiers, entrees = [], iter(sortie.split("\0"))
    for entree in entrees:
        if len(entree) > 3:
            fichiers.append(entree[3:].removeprefix(prefixe.strip()))
            if "R" in entree[:2] or "C" in entree[:2]:
                next(entrees, None)  # l'ancien nom du fichier renommé ou copié
    return fichiers


def fichiers_indexes(racine: Path) -> set[str] | None:
    """Les fichiers que le prochain commit ajoute, modifie ou supprime (index comparé à HEAD), relatifs à
    `racine` ; sans commit encore, tout ce qui est indexé. None hors d'un dépôt Git."""
    sortie = _git(racine, "--no-optional-locks", "diff", "--cached", "--name-only", "--no-renames", "--no-ext-diff",
                  "--no-textconv", "--relative", "-z", "--", ".")
    return None if sortie is None else {nom for nom in sortie.split("\0") if nom}


def fichiers_changes(racine: Path, reference: str) -> dict[str, str] | None:
    """Fichiers changés entre `reference` et l'arbre de travail, relatifs à `racine` : chemin -> A, M ou D.

    Les fichiers pas encore suivis (ni ignorés) comptent comme ajoutés : on peut examiner
    une demande avant de la committer.
    """
    sortie = _git(racine, "--no-optional-locks", "diff", "--name-status", "--no-renames", "--no-ext-diff",
                  "--no-textconv", "--relative", "-z", reference, "--", ".")
    nouveaux = _git(racine, "--no-optional-locks", "ls-files", "--others", "--exclude-standard", "-z")
    if sortie is None or nouveaux is None:
        return None
    elements = sortie.split("\0")
    changes = {elements[i + 1]: elements[i][0] for i in range(0, len(elements) - 1, 2) if elements[i]}
    changes.update({chemin: "A" for chemin in nouveaux.split("\0") if chemin})
    return changes


def extraire(racine: Path, reference: str, destination: Path) -> bool:
    """Copie le contenu de `racine` tel qu'il était dans `reference` vers `destination`.

    Lu par la plomberie de Git (`ls-tree -z`, `cat-file --batch`) plutôt que `git archive` :
    un `.gitattributes` commité (`export-ignore`, `export-subst`) ne peut ni cacher un fichier
    de la base ni en changer le contenu. Un lien symbolique est recréé comme lien, jamais
    suivi (le chargeur refuse les liens) ; un chemin qui sortirait de `destination` est
    ignoré. Rien n'est écrit dans le dépôt ni dans l'arbre de travail de l'utilisateur.
    """
    prefixe = _git(racine, "rev-parse", "--show-prefix")
    arbre = _git_octets(racine, "ls-tree", "-r", "-z", "--full-tree", reference)
    if prefixe is None or arbre is None:
        return False
    prefixe_b = prefixe.strip().encode()
    entrees: list[tuple[bytes, bytes, bytes]] = []  # (mode, objet, chemin relatif)
    for ligne in arbre.split(b"\0"):
        if not ligne:
            continue
        entete, _, chemin = ligne.partition(b"\t")
        mode, genre, objet = entete.split(b" ")
        if genre == b"blob" and chemin.startswith(prefixe_b):
            entrees.append((mode, objet, chemin[len(prefixe_b):]))
    contenus = _lire_objets(racine, [objet for _, objet, _ in entrees])
    if contenus is None:
        return False
    destination.mkdir(parents=True, exist_ok=True)
    for mode, objet, chemin_b in entrees:
        cible = _chemin_sur(destination, chemin_b)
        if cible is None:
            continue
        cible.parent.mkdir(parents=True, exist_ok=True)
        if mode == b"120000":
            try:  # une cible avec un octet nul, ou trop longue : un lien quand même, que le chargeur refusera
                os.symlink(os.fsdecode(contenus[objet]), cible)
            except (ValueError, OSError):
                os.symlink("lien-illisible", cible)
        else:
            with open(cible, "xb") as flux:
                flux.write(contenus[objet])
    return True


def _chemin_sur(destination: Path, chemin: bytes) -> Path | None:
    """Le chemin sous `destination`, ou None s'il pourrait en sortir (`..`, absolu, `.git`)."""
    parties = os.fsdecode(chemin).split("/")
    if any(p in ("", ".", "..") or p.lower() == ".git" for p in parties):
        return None
    return destination.joinpath(*parties)


def _lire_objets(racine: Path, objets: list[bytes]) -> dict[bytes, bytes] | None:
    """Le contenu de chaque objet, en un seul `git cat-file --batch`."""
    if not objets:
        return {}
    uniques = list(dict.fromkeys(objets))
    brut = _git_octets(racine, "cat-file", "--batch", entree=b"\n".join(uniques) + b"\n")
    if brut is None:
        return None
    contenus: dict[bytes, bytes] = {}
    position = 0
    for objet in uniques:
        fin_entete = brut.index(b"\n", position)
        entete = brut[position:fin_entete].split(b" ")
        if len(entete) != 3:
            return None
        taille = int(entete[2])
        debut = fin_entete + 1
        contenus[objet] = brut[debut:debut + taille]
        position = debut + taille + 1
    return contenus
