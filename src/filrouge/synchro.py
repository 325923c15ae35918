"""Git sans Git : l'état du clone face au dépôt partagé, « Synchroniser » et « Envoyer au coordinateur ».

Le casemanager ne voit ni terminal ni anglais : chaque sortie de Git est capturée (Git parle anglais, LC_ALL=C,
pour qu'on la reconnaisse) et dite en français ; la sortie brute n'est jointe qu'en détail technique, sans
identifiants. Jamais d'invite (GIT_TERMINAL_PROMPT=0, ssh en BatchMode), toujours un délai, jamais
`--no-verify`, `--force` ni `git add .`. L'état affiché à l'accueil ne fait aucune requête réseau : il lit ce
que Git sait depuis la dernière récupération ; seul un clic récupère (fetch).

Synchroniser : récupérer, puis intégrer les changements du dépôt partagé en rejouant les enregistrements
locaux par-dessus (rebase) plutôt qu'en fusionnant. Les enregistrements locaux ne sont encore nulle part
ailleurs : les rejouer ne touche à rien de partagé, l'historique reste une ligne lisible, sans commit de
fusion au message anglais. Le rebase ne part que sur un arbre propre (aucune modification suivie non
enregistrée) ; un conflit l'arrête aussitôt (`rebase --abort`) : le clone revient exactement où il était.
Sans enregistrement local, une avance rapide suffit (`merge --ff-only`). Puis l'envoi, jamais forcé.

Envoyer au coordinateur : les enregistrements locaux d'un dossier sont rejoués sur la pointe du dépôt
partagé dans une branche à son nom, sans toucher l'arbre de travail (index temporaire, `git apply --cached`,
`commit-tree` : l'auteur et le message de chaque commit, déjà passé par les hooks, sont gardés) ; la
branche est poussée, puis la branche principale du poste est reconstruite sans ces enregistrements
(`reset --keep`, qui garde toute modification en cours) : ils vivent sur la branche, en attente de la
fusion par le coordinateur, et reviennent avec la synchronisation suivante. Rien n'est jamais détruit :
la branche locale garde les enregistrements même si l'envoi échoue.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from filrouge.depot import REPERTOIRE_DOSSIERS, charger_references
from filrouge.disposition import ErreurConfiguration, documents_par_dossier
from filrouge.gitinfo import fichiers_modifies
from filrouge.modele.configuration import DepotPartage

DELAI_LOCAL = 60
DELAI_RESEAU = 120
"""Secondes : au-delà, Git est arrêté et l'atelier le dit (hôte muet, disque bloqué)."""

PREFIXES_ENVOI = ("financement", "dossier")
"""Les branches que « Envoyer au coordinateur » crée : financement/2019-003-transport, dossier/2019-003."""


# --- Git, capturé et sans invite -------------------------------------------------------------------------

@dataclass
class Sortie:
    code: int
    texte: str
    """stdout et stderr mêlés, identifiants masqués."""
    stdout: str = ""

    @property
    def ok(self) -> bool:
        return self.code == 0


def _environnement() -> dict[str, str]:
    env = dict(os.environ)
    env.update({"GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C", "LANGUAGE": "C", "GIT_EDITOR": "true",
                "GIT_MERGE_AUTOEDIT": "no", "GIT_PAGER": "cat"})
    if "GIT_SSH_COMMAND" not in env:
        env["GIT_SSH_COMMAND"] = "ssh -o BatchMode=yes -o ConnectTimeout=20"
    return env


class _Git:
    """Les appels à Git d'une opération, qui masquent les identifiants de l'adresse distante dans toute sortie."""

    def __init__(self, racine: Path) -> None:
        self.racine = racine
        self.secrets: list[str] = []
        self.journal: list[str] = []

    def __call__(self, *arguments: str, delai: int = DELAI_LOCAL, env: dict[str, str] | None = None,
                 journal: bool = True) -> Sortie:
        try:
            resultat = subprocess.run(["git", *arguments], cwd=self.racine, capture_output=True, text=True,
                                      errors="replace", timeout=delai, check=False, stdin=subprocess.DEVNULL,
                                      env={**_environnement(), **(env or {})})
            sortie = Sortie(resultat.returncode, self.masquer((resultat.stdout + resultat.stderr).strip()),
                            resultat.stdout.strip())
        except subprocess.TimeoutExpired:
            sortie = Sortie(-1, f"(délai de {delai} s dépassé : git {arguments[0]} arrêté)")
        except OSError as exc:
            sortie = Sortie(-2, f"(git introuvable : {exc.strerror})")
        if journal and sortie.texte:
            self.journal.append(f"$ git {' '.join(self.masquer(a) for a in arguments)}\n{sortie.texte}")
        return sortie

    def valeur(self, *arguments: str) -> str | None:
        """La sortie d'une lecture, ou None si Git refuse ; rien au journal."""
        sortie = self(*arguments, journal=False)
        return sortie.stdout if sortie.ok else None

    def masquer(self, texte: str) -> str:
        for secret in self.secrets:
            texte = texte.replace(secret, "***")
        return _IDENTIFIANTS.sub(r"\1", texte)

    @property
    def technique(self) -> str:
        return "\n\n".join(self.journal)


_IDENTIFIANTS = re.compile(r"([a-z][a-z0-9+.-]*://)[^/@\s]+@", re.I)


def masquer_url(url: str) -> str:
    """L'adresse sans identifiants : https://jeton@hote/… devient https://hote/…."""
    return _IDENTIFIANTS.sub(r"\1", url)


# --- Le dépôt partagé ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Distant:
    nom: str
    url: str
    """Adresse Git configurée, sans identifiants."""
    web: str | None
    """Adresse du projet dans le navigateur, s'il y en a une."""
    hebergeur: str
    """gitlab, github, forgejo ou autre."""


def adresse_web(url: str) -> str | None:
    """https://hote/chemin d'après l'adresse Git (https, ssh://, ou git@hote:chemin) ; None pour un chemin local."""
    url = masquer_url(url.strip())
    scp = re.fullmatch(r"[^@/\s]+@([^:/\s]+):(?!/)(.+)", url)
    if scp:
        hote, chemin = scp[1], scp[2]
    else:
        morceaux = urlsplit(url)
        if morceaux.scheme not in ("https", "http", "ssh", "git") or not morceaux.hostname:
            return None
        hote = morceaux.hostname
        if morceaux.scheme in ("https", "http") and morceaux.port:
            hote = f"{hote}:{morceaux.port}"
        chemin = morceaux.path
    chemin = chemin.strip("/").removesuffix(".git").strip("/")
    return f"https://{hote}/{chemin}" if chemin else None


def nom_court(url: str) -> str | None:
    """Le nom du dépôt partagé tel qu'on le dit (« dossiers » pour …/reseau/dossiers.git) : jamais l'adresse, qui peut
    porter un hôte, un chemin ou des identifiants ; None si le dernier morceau n'est pas un nom simple."""
    brute = masquer_url(url.strip())
    chemin = re.sub(r"^[^@/\s]+@[^:/\s]+:(?!/)", "", brute) if "://" not in brute else urlsplit(brute).path
    nom = chemin.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git")
    return nom if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}", nom) else None


def hebergeur_de(web: str | None, reglage: str | None) -> str:
    """Le réglage du réseau s'il y en a un, sinon l'hôte : gitlab.…, github.com, codeberg.org."""
    if reglage:
        return reglage
    hote = (urlsplit(web).hostname or "") if web else ""
    if hote == "github.com":
        return "github"
    if hote.startswith("gitlab.") or ".gitlab." in hote or hote == "gitlab.com":
        return "gitlab"
    if hote == "codeberg.org":
        return "forgejo"
    return "autre"


def lien_de_demande(distant: Distant, branche: str, principale: str) -> str | None:
    """Le lien exact qui ouvre la demande de fusion de `branche` vers `principale`, si l'hébergeur le permet."""
    if distant.web is None:
        return None
    if distant.hebergeur == "github":
        return f"{distant.web}/compare/{quote(principale)}...{quote(branche)}?expand=1"
    if distant.hebergeur == "forgejo":
        return f"{distant.web}/compare/{quote(principale)}...{quote(branche)}"
    if distant.hebergeur == "gitlab":
        return (f"{distant.web}/-/merge_requests/new?merge_request[source_branch]={quote(branche, safe='')}"
                f"&merge_request[target_branch]={quote(principale, safe='')}")
    return None


def _reglage(racine: Path) -> DepotPartage:
    try:
        return charger_references(racine).config.depot_partage
    except ErreurConfiguration:
        return DepotPartage()


def _distant(git: _Git, racine: Path, branche: str | None) -> Distant | None:
    """Le dépôt distant que suit la branche, sinon « origin », sinon le seul configuré."""
    distants = (git.valeur("remote") or "").split()
    nom = git.valeur("config", "--get", f"branch.{branche}.remote") if branche else None
    if nom not in distants:
        nom = "origin" if "origin" in distants else (distants[0] if len(distants) == 1 else None)
    if nom is None:
        return None
    brute = git.valeur("config", "--get", f"remote.{nom}.url") or ""
    morceaux = urlsplit(brute)
    # Un jeton peut tenir lieu de mot de passe ou de nom (https://ghp_…@github.com) : caché partout où Git le cite.
    git.secrets += [s for s in (morceaux.password, morceaux.username) if s and (s == morceaux.password or len(s) >= 20)]
    reglage = _reglage(racine)
    web = reglage.adresse_web or adresse_web(brute)
    return Distant(nom, masquer_url(brute), web, hebergeur_de(web, reglage.hebergeur))


# --- L'état du clone, sans réseau ------------------------------------------------------------------------

@dataclass
class Etat:
    """Ce que Git sait du clone sans rien demander au réseau : la branche, le dépôt partagé, l'écart connu."""

    git: bool
    branche: str | None = None
    distant: Distant | None = None
    suivie: str | None = None
    """La branche du dépôt partagé que suit la branche locale (ex. origin/main), si elle existe."""
    en_avance: int = 0
    en_retard: int = 0
    derniere_synchro: dt.datetime | None = None
    en_cours: str | None = None
    """Une opération Git restée à moitié (rebase, fusion…), en français."""
    envois: list[str] = field(default_factory=list)
    """Branches envoyées au coordinateur, pas encore dans le dépôt partagé."""

    @property
    def principale(self) -> str:
        """Le nom de la branche principale dans le dépôt partagé (main si rien ne le dit)."""
        if self.suivie and self.distant and self.suivie.startswith(self.distant.nom + "/"):
            return self.suivie[len(self.distant.nom) + 1:]
        return self.branche or "main"

    def phrases(self) -> list[str]:
        """L'état dit en français, pour l'accueil."""
        if not self.git:
            return ["Ce dossier n'est pas un clone Git : rien ne peut être enregistré ni synchronisé."]
        if self.en_cours:
            return [f"Une opération Git est restée à moitié ({self.en_cours}) : l'atelier ne synchronise pas tant "
                    "qu'elle n'est pas terminée ou annulée. Demandez de l'aide à la coordination."]
        if self.branche is None:
            return ["Le clone n'est sur aucune branche (une ancienne version est affichée) : demandez de l'aide "
                    "à la coordination avant d'enregistrer."]
        if self.distant is None:
            return ["Ce clone n'est relié à aucun dépôt partagé : vos enregistrements restent sur cet ordinateur. "
                    "Demandez à la coordination l'adresse du dépôt du réseau pour pouvoir synchroniser."]
        nom = nom_court(self.distant.url)
        phrases = [f"Dépôt partagé : « {nom} » (branche {self.principale})." if nom
                   else f"Dépôt partagé du réseau (branche {self.principale})."]
        if self.suivie is None:
            phrases.append("Votre branche n'existe pas encore dans le dépôt partagé : « Synchroniser » l'y enverra.")
        elif self.en_avance == self.en_retard == 0:
            phrases.append("À jour à la dernière synchronisation : rien à envoyer ni à recevoir.")
        else:
            if self.en_avance:
                phrases.append(f"{_n(self.en_avance, 'enregistrement')} de ce poste pas encore "
                               f"envoyé{'s' if self.en_avance > 1 else ''} au dépôt partagé.")
            if self.en_retard:
                phrases.append(f"{_n(self.en_retard, 'enregistrement')} du dépôt partagé pas encore "
                               f"reçu{'s' if self.en_retard > 1 else ''} sur ce poste.")
        phrases.append("Dernière synchronisation : " + (_quand(self.derniere_synchro) if self.derniere_synchro
                                                          else "aucune encore sur ce poste."))
        return phrases


def _n(nombre: int, nom: str) -> str:
    return f"{nombre} {nom}{'s' if nombre > 1 else ''}"


def _quand(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"le {local:%d/%m/%Y} à {local:%H:%M}."


_EN_COURS = {"rebase-merge": "intégration par rebase", "rebase-apply": "intégration par rebase",
             "MERGE_HEAD": "fusion", "CHERRY_PICK_HEAD": "report d'un commit", "REVERT_HEAD": "annulation d'un commit"}


def _en_cours(repertoire_git: Path) -> str | None:
    return next((sens for nom, sens in _EN_COURS.items() if (repertoire_git / nom).exists()), None)


def etat(racine: Path) -> Etat:
    """L'état du clone pour l'accueil : aucune requête réseau, seulement ce que Git sait déjà."""
    return _etat(_Git(racine), racine)


def _etat(git: _Git, racine: Path) -> Etat:
    repertoire_git = git.valeur("rev-parse", "--absolute-git-dir")
    if repertoire_git is None:
        return Etat(False)
    branche = git.valeur("symbolic-ref", "--quiet", "--short", "HEAD")
    resultat = Etat(True, branche, _distant(git, racine, branche))
    resultat.en_cours = _en_cours(Path(repertoire_git))
    if resultat.distant is None or branche is None:
        return resultat
    resultat.suivie = _suivie(git, branche, resultat.distant.nom)
    if resultat.suivie is not None:
        compte = git.valeur("rev-list", "--left-right", "--count", f"HEAD...{resultat.suivie}")
        if compte:
            resultat.en_avance, resultat.en_retard = (int(x) for x in compte.split())
        resultat.envois = (git.valeur("for-each-ref", "--format=%(refname:short)", f"--no-merged={resultat.suivie}",
                                      *(f"refs/heads/{p}/" for p in PREFIXES_ENVOI)) or "").split()
    fetch_head = racine / (git.valeur("rev-parse", "--git-path", "FETCH_HEAD") or "FETCH_HEAD")  # commun aux worktrees
    if fetch_head.is_file():
        resultat.derniere_synchro = dt.datetime.fromtimestamp(fetch_head.stat().st_mtime, dt.timezone.utc)
    return resultat


def _suivie(git: _Git, branche: str, distant: str) -> str | None:
    """origin/main : la branche suivie si elle est configurée et connue, sinon celle du même nom chez le distant."""
    suivie = git.valeur("rev-parse", "--abbrev-ref", "--symbolic-full-name", f"{branche}@{{upstream}}")
    if suivie:
        return suivie
    candidate = f"{distant}/{branche}"
    return candidate if git.valeur("rev-parse", "--verify", "--quiet", f"refs/remotes/{candidate}") else None


# --- Résultat d'une opération ----------------------------------------------------------------------------

@dataclass
class Resultat:
    """Ce qu'une opération a donné, en français ; la sortie brute de Git à part (détail technique)."""

    reussi: bool
    message: str
    details: list[str] = field(default_factory=list)
    technique: str = ""
    lien: str | None = None
    branche: str | None = None


def _echec(git: _Git, message: str, *details: str) -> Resultat:
    return Resultat(False, message, [d for d in details if d], git.technique)


def _preparer(git: _Git, racine: Path) -> tuple[Etat, Resultat | None]:
    """L'état, ou le refus qui dit pourquoi rien ne peut partir (pas de Git, pas de distant, opération à moitié)."""
    courant = _etat(git, racine)
    if not courant.git or courant.en_cours or courant.branche is None or courant.distant is None:
        raison = courant.phrases()[0]
        return courant, _echec(git, "Rien n'est fait : " + raison[0].lower() + raison[1:])
    return courant, None


_INATTENDU = "Git a signalé une erreur inattendue (voir le détail technique)."


def _recuperer(git: _Git, distant: Distant) -> Resultat | None:
    sortie = git("fetch", "--quiet", distant.nom, delai=DELAI_RESEAU)
    if sortie.ok:
        return None
    return _echec(git, "Rien n'est fait : le dépôt partagé n'a pas pu être consulté. " + (_cause_reseau(sortie) or _INATTENDU),
                  "Vos enregistrements et vos brouillons restent intacts sur ce poste ; réessayez plus tard.")


def _cause_reseau(sortie: Sortie) -> str | None:
    """Pourquoi le dépôt partagé n'a pas répondu, d'après la sortie (anglaise) de Git."""
    texte = sortie.texte.lower()
    if sortie.code == -1:
        return "Il n'a pas répondu à temps (réseau lent ou coupé)."
    if any(m in texte for m in ("could not resolve host", "name or service not known", "temporary failure in name",
                                "connection refused", "connection timed out", "network is unreachable",
                                "no route to host", "failed to connect")):
        return "Il est injoignable : vérifiez la connexion internet de ce poste."
    # les codes HTTP dans la phrase de Git (« The requested URL returned error: 403 »), jamais seuls : un chemin ou une
    # adresse peut contenir 401 (« /tmp/pytest-401/absent.git » ne mène à aucun dépôt, l'accès n'y est pas refusé)
    if any(m in texte for m in ("authentication failed", "permission denied", "terminal prompts disabled",
                                "could not read username", "could not read password", "returned error: 403",
                                "returned error: 401", "access denied", "not authorized",
                                "host key verification failed")):
        return ("L'accès est refusé : vos identifiants pour le dépôt partagé manquent, ont expiré ou ne donnent pas "
                "ce droit. Demandez à la coordination de vérifier votre accès.")
    if any(m in texte for m in ("does not appear to be a git repository", "repository not found", "not found",
                                "no such file or directory")):
        return "Son adresse ne mène à aucun dépôt : demandez à la coordination l'adresse exacte."
    return None


# --- Synchroniser ----------------------------------------------------------------------------------------

def synchroniser(racine: Path) -> Resultat:
    """Récupère le dépôt partagé, y rejoue les enregistrements locaux (ou avance), puis envoie les siens."""
    git = _Git(racine)
    courant, refus = _preparer(git, racine)
    if refus is not None:
        return refus
    assert courant.distant is not None and courant.branche is not None
    if (echec := _recuperer(git, courant.distant)) is not None:
        return echec
    suivie = _suivie(git, courant.branche, courant.distant.nom)
    recus = 0
    if suivie is not None:
        avance, retard = (int(x) for x in (git.valeur("rev-list", "--left-right", "--count", f"HEAD...{suivie}")
                                           or "0 0").split())
        if retard:
            if (echec := _integrer(git, suivie, avance)) is not None:
                return echec
            recus = retard
    envoyes = int(git.valeur("rev-list", "--count", f"{suivie}..HEAD") or 0) if suivie else \
        int(git.valeur("rev-list", "--count", "HEAD") or 0)
    if envoyes:
        cible = suivie[len(courant.distant.nom) + 1:] if suivie else courant.branche
        arguments = ["push", "--porcelain"] + ([] if suivie else ["--set-upstream"])
        sortie = git(*arguments, courant.distant.nom, f"HEAD:refs/heads/{cible}", delai=DELAI_RESEAU)
        if not sortie.ok:
            avant = (f"{_n(recus, 'enregistrement')} du dépôt partagé "
                     f"{'sont bien intégrés' if recus > 1 else 'est bien intégré'} sur ce poste, mais l" if recus else "L")
            return _echec(git, avant + "'envoi de vos enregistrements a été refusé. " + _cause_envoi(sortie),
                          "Rien n'est perdu : vos enregistrements restent sur ce poste et partiront à la prochaine "
                          "synchronisation réussie.")
    if not recus and not envoyes:
        return Resultat(True, "Déjà à jour : rien à recevoir du dépôt partagé, rien à lui envoyer.", technique=git.technique)
    morceaux = ([f"{_n(recus, 'enregistrement')} reçu{'s' if recus > 1 else ''} du dépôt partagé"] if recus else []) + \
               ([f"{_n(envoyes, 'enregistrement')} envoyé{'s' if envoyes > 1 else ''}"] if envoyes else [])
    return Resultat(True, "Synchronisé : " + " ; ".join(morceaux) + ".", technique=git.technique)


def _integrer(git: _Git, suivie: str, avance: int) -> Resultat | None:
    """Intègre `suivie` : avance rapide sans enregistrement local, sinon rebase sur un arbre propre."""
    if not avance:
        sortie = git("merge", "--ff-only", "--quiet", suivie)
        if sortie.ok:
            return None
        fichiers = _fichiers_cites(sortie.texte)
        return _echec(git, "Rien n'est intégré : des fichiers modifiés sur ce poste et pas encore enregistrés seraient "
                           "remplacés par la version du dépôt partagé.", _liste(fichiers),
                      "Enregistrez-les (ou abandonnez ces modifications), puis synchronisez de nouveau.")
    modifies = fichiers_modifies(git.racine, non_suivis=False) or []
    if modifies:
        return _echec(git, "Rien n'est fait : des fichiers suivis sont modifiés sur ce poste et pas encore "
                           "enregistrés ; l'atelier n'intègre les changements du dépôt partagé que sur un clone "
                           "où tout est enregistré, pour que rien ne se mélange.", _liste(modifies),
                      "Enregistrez-les depuis leur formulaire (ou abandonnez ces modifications), puis synchronisez "
                      "de nouveau.")
    sortie = git("rebase", suivie, delai=DELAI_LOCAL * 5)
    if sortie.ok:
        return None
    conflits = (git.valeur("diff", "--name-only", "--diff-filter=U") or "").splitlines()
    if _en_cours(Path(git.valeur("rev-parse", "--absolute-git-dir") or "/")):
        git("rebase", "--abort")
    if conflits:
        dossiers = sorted({d for d in map(_dossier_de, conflits) if d})
        return _echec(git, "Rien n'est intégré : le dépôt partagé et ce poste ont changé les mêmes fichiers "
                           "(conflit). La synchronisation est annulée : votre clone est exactement comme avant, "
                           "rien n'est perdu.",
                      ("Dossiers en conflit : " + ", ".join(dossiers) + ".") if dossiers else "",
                      _liste(conflits, "Documents en conflit"),
                      "Que faire : ne modifiez plus ces dossiers et demandez à la coordination (ou au collègue qui "
                      "les a changés) de réunir les deux versions ; vos enregistrements restent sur ce poste.")
    fichiers = _fichiers_cites(sortie.texte)
    return _echec(git, "Rien n'est intégré : Git a refusé de rejouer vos enregistrements sur ceux du dépôt partagé ; "
                       "la synchronisation est annulée, votre clone est comme avant.",
                  _liste(fichiers, "En cause (des fichiers non suivis, ils seraient remplacés)"),
                  "Voir le détail technique, ou demandez de l'aide à la coordination.")


def _dossier_de(chemin: str) -> str | None:
    trouve = re.match(rf"{REPERTOIRE_DOSSIERS}/([^/]+)/", chemin)
    return trouve[1] if trouve else None


def _fichiers_cites(texte: str) -> list[str]:
    """Les fichiers que Git énumère (lignes indentées par une tabulation) dans un refus."""
    return [ligne.strip() for ligne in texte.splitlines() if ligne.startswith("\t") and ligne.strip()]


def _liste(fichiers: list[str], titre: str = "Documents en cause") -> str:
    """Les fichiers dits comme l'accueil les dit, par dossier et par document, jamais par leur chemin."""
    groupes = [f"{'dossier ' + dossier if dossier else 'hors des dossiers'} ({', '.join(noms)})"
               for dossier, noms in documents_par_dossier(fichiers)]
    reste = f" (et {len(groupes) - 10} autres dossiers)" if len(groupes) > 10 else ""
    return f"{titre} : {' ; '.join(groupes[:10])}{reste}." if groupes else ""


def _cause_envoi(sortie: Sortie) -> str:
    """Pourquoi l'envoi (push) a été refusé, d'après la sortie porcelaine de Git."""
    texte = sortie.texte.lower()
    if "non-fast-forward" in texte or "fetch first" in texte or "[rejected]" in texte:
        return ("Quelqu'un a envoyé d'autres enregistrements entre-temps : cliquez de nouveau sur « Synchroniser » "
                "pour les intégrer d'abord.")
    if "protected branch" in texte or "gh006" in texte or "not allowed to push" in texte:
        return ("Le dépôt partagé n'accepte pas d'envoi direct sur cette branche (branche protégée) : passez par "
                "« Envoyer au coordinateur », qui ouvre une demande de fusion.")
    if "hook declined" in texte or "remote rejected" in texte:
        return ("Le dépôt partagé a refusé l'envoi (une vérification ou une règle du serveur) ; son explication est "
                "dans le détail technique. Demandez à la coordination si elle n'est pas claire.")
    cause = _cause_reseau(sortie)
    if cause is None and "failed to push" in texte:
        return "Une vérification de ce poste (hook pre-push) a refusé l'envoi : voir le détail technique."
    return cause or _INATTENDU


# --- Envoyer au coordinateur -----------------------------------------------------------------------------

@dataclass(frozen=True)
class Envoi:
    """Ce qui peut être envoyé au coordinateur : un dossier, ou une demande de financement d'un dossier."""

    dossier: str
    financement: str | None
    """Nom du fichier de la demande (sans .yaml), ou None : tous les enregistrements du dossier."""
    commits: int

    @property
    def valeur(self) -> str:
        return self.dossier + (f"/financements/{self.financement}" if self.financement else "")

    @property
    def libelle(self) -> str:
        quoi = f"demande de financement {self.financement}" if self.financement else "ses enregistrements"
        return f"Dossier {self.dossier} : {quoi} ({_n(self.commits, 'enregistrement')} pas encore partagé{'s' if self.commits > 1 else ''})"


def envois_possibles(racine: Path, courant: Etat | None = None) -> list[Envoi]:
    """Les dossiers (et leurs demandes de financement) qui ont des enregistrements locaux pas encore partagés ;
    lu sans réseau, d'après la dernière récupération."""
    git = _Git(racine)
    courant = courant or _etat(git, racine)
    if courant.suivie is None:
        return []
    journal = git.valeur("log", "--no-merges", "--format=%x00%H", "--name-only", f"{courant.suivie}..HEAD",
                         "--", REPERTOIRE_DOSSIERS) or ""
    par_dossier: dict[str, set[str]] = {}
    demandes: dict[str, set[str]] = {}
    for bloc in journal.split("\0"):
        lignes = [ligne for ligne in bloc.splitlines() if ligne.strip()]
        if not lignes:
            continue
        for chemin in lignes[1:]:
            dossier = _dossier_de(chemin)
            if dossier is None:
                continue
            par_dossier.setdefault(dossier, set()).add(lignes[0])
            demande = re.fullmatch(rf"{REPERTOIRE_DOSSIERS}/[^/]+/financements/([^/]+)\.yaml", chemin)
            if demande:
                demandes.setdefault(dossier, set()).add(demande[1])
    resultat = []
    for dossier in sorted(par_dossier):
        nombre = len(par_dossier[dossier])
        resultat += [Envoi(dossier, d, nombre) for d in sorted(demandes.get(dossier, ()))]
        resultat.append(Envoi(dossier, None, nombre))
    return resultat


def nom_de_branche(dossier: str, financement: str | None) -> str:
    """financement/2019-003-transport (date de tête du nom de la demande ôtée), ou dossier/2019-003 : des
    caractères sûrs seulement (minuscules sans accents, chiffres, tirets)."""
    if financement is None:
        return f"dossier/{_sur(dossier)}"
    objet = re.sub(r"^[0-9]{4}(-[0-9]{2}){0,2}-", "", financement)
    return f"financement/{_sur(dossier)}-{_sur(objet)}"[:80].rstrip("-")


def _sur(texte: str) -> str:
    plie = unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode().lower()
    return re.sub(r"-{2,}", "-", re.sub(r"[^a-z0-9-]+", "-", plie)).strip("-") or "sans-nom"


def envoyer_au_coordinateur(racine: Path, dossier: str, financement: str | None = None) -> Resultat:
    """Met les enregistrements locaux du dossier sur une branche à son nom, l'envoie et ouvre (ou montre)
    la demande de fusion ; la branche principale du poste garde tout le reste."""
    git = _Git(racine)
    courant, refus = _preparer(git, racine)
    if refus is not None:
        return refus
    assert courant.distant is not None and courant.branche is not None
    repertoire = f"{REPERTOIRE_DOSSIERS}/{dossier}"
    if "/" in dossier or dossier.startswith(".") or not (racine / repertoire / "dossier.yaml").is_file():
        return _echec(git, f"Rien n'est envoyé : le dossier « {dossier[:30]} » est introuvable.")
    if financement is not None and not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,80}", financement):
        return _echec(git, "Rien n'est envoyé : nom de demande de financement invalide.")
    en_attente = fichiers_modifies(racine, repertoire) or []
    if en_attente:
        return _echec(git, "Rien n'est envoyé : des fichiers de ce dossier sont modifiés et pas encore enregistrés ; "
                           "ils manqueraient au coordinateur.", _liste(en_attente),
                      "Enregistrez-les d'abord depuis leur formulaire, puis envoyez de nouveau.")
    if (echec := _recuperer(git, courant.distant)) is not None:
        return echec
    suivie = _suivie(git, courant.branche, courant.distant.nom)
    if suivie is None:
        return _echec(git, "Rien n'est envoyé : votre branche n'existe pas encore dans le dépôt partagé. "
                           "Cliquez d'abord sur « Synchroniser ».")
    principale = suivie[len(courant.distant.nom) + 1:]
    tete = git.valeur("rev-parse", "HEAD") or ""
    base = git.valeur("merge-base", "HEAD", suivie)
    if not base:
        return _echec(git, "Rien n'est envoyé : ce clone et le dépôt partagé n'ont aucun historique commun ; "
                           "demandez de l'aide à la coordination.")
    if git.valeur("rev-list", "--merges", f"{base}..HEAD"):
        return _echec(git, "Rien n'est envoyé : l'historique de ce poste contient une fusion faite hors de l'atelier ; "
                           "demandez de l'aide à la coordination.")
    locaux = (git.valeur("rev-list", "--reverse", f"{base}..HEAD") or "").split()
    concernes = set((git.valeur("rev-list", f"{base}..HEAD", "--", repertoire) or "").split())
    if financement is not None and not (git.valeur("rev-list", f"{base}..HEAD", "--",
                                                    f"{repertoire}/financements/{financement}.yaml") or ""):
        return _echec(git, f"Rien n'est envoyé : la demande {financement} n'a aucun enregistrement qui ne soit déjà "
                           "dans le dépôt partagé.")
    if not concernes:
        return _echec(git, f"Rien à envoyer : tous les enregistrements du dossier {dossier} sont déjà dans le dépôt "
                           "partagé.")
    envoyes = [c for c in locaux if c in concernes]
    gardes = [c for c in locaux if c not in concernes]
    pointe = _rejouer(git, envoyes, suivie)
    if pointe is None:
        return _echec(git, f"Rien n'est envoyé : le dossier {dossier} a changé dans le dépôt partagé depuis vos "
                           "enregistrements.", "Cliquez d'abord sur « Synchroniser » pour les réunir, puis envoyez "
                           "de nouveau.")
    nouvelle_tete = _rejouer(git, gardes, base)
    if nouvelle_tete is None:
        return _echec(git, "Rien n'est envoyé : d'autres enregistrements de ce poste dépendent de ceux du dossier "
                           f"{dossier} ; ils ne peuvent pas en être séparés.",
                      "Cliquez sur « Synchroniser » pour tout envoyer ensemble, ou demandez de l'aide à la coordination.")
    branche = _nom_libre(git, nom_de_branche(dossier, financement), courant.distant.nom)
    if not git("branch", branche, pointe).ok:
        return _echec(git, f"Rien n'est envoyé : la branche « {branche} » n'a pas pu être créée.")
    titre = (f"Demande de financement {financement} (dossier {dossier})" if financement
             else f"Enregistrements du dossier {dossier}")
    sortie, options = _pousser(git, courant.distant, branche, principale, titre)
    if not sortie.ok:
        git("update-ref", "-d", f"refs/heads/{branche}", pointe)
        return _echec(git, "Rien n'est envoyé : le dépôt partagé a refusé la branche. " + _cause_envoi(sortie),
                      "Rien n'est perdu : vos enregistrements restent sur votre branche principale, sur ce poste.")
    resultat = Resultat(True, f"Envoyé au coordinateur : la branche « {branche} » ({_n(len(envoyes), 'enregistrement')}) "
                              "est dans le dépôt partagé.", branche=branche)
    cree = re.search(r"https?://\S+/-/merge_requests/\d+", sortie.texte)
    if options:
        resultat.details.append("La demande de fusion est créée dans GitLab, vers la branche " + principale + ".")
        resultat.lien = masquer_url(cree[0]) if cree else lien_de_demande(courant.distant, branche, principale)
    else:
        resultat.lien = lien_de_demande(courant.distant, branche, principale)
        resultat.details.append("Ouvrez la demande de fusion par le lien ci-dessous." if resultat.lien else
                                f"Prévenez le coordinateur : la branche à examiner s'appelle « {branche} ».")
    if git.valeur("rev-parse", "HEAD") == tete and git("reset", "--keep", nouvelle_tete).ok:
        resultat.details.append("Ces enregistrements quittent votre branche principale le temps de l'examen ; ils y "
                                "reviendront par « Synchroniser » une fois la demande fusionnée.")
    else:
        resultat.details.append("Ces enregistrements restent aussi sur votre branche principale : « Synchroniser » les "
                                "enverrait directement ; attendez la fusion par le coordinateur.")
    resultat.technique = git.technique
    return resultat


def _nom_libre(git: _Git, nom: str, distant: str) -> str:
    """Le nom, suivi de -2, -3… s'il existe déjà sur ce poste ou dans le dépôt partagé."""
    candidat, rang = nom, 1
    while (git.valeur("rev-parse", "--verify", "--quiet", f"refs/heads/{candidat}") is not None
           or git.valeur("rev-parse", "--verify", "--quiet", f"refs/remotes/{distant}/{candidat}") is not None):
        rang += 1
        candidat = f"{nom}-{rang}"
    return candidat


def _pousser(git: _Git, distant: Distant, branche: str, principale: str, titre: str) -> tuple[Sortie, bool]:
    """Pousse la branche ; vers GitLab avec les options qui créent la demande de fusion (sans elles si le
    serveur ne les accepte pas : le lien sera montré)."""
    envoi = [distant.nom, f"refs/heads/{branche}:refs/heads/{branche}"]
    if distant.hebergeur == "gitlab":
        options = ["-o", "merge_request.create", "-o", f"merge_request.target={principale}",
                   "-o", f"merge_request.title={titre}", "-o", "merge_request.remove_source_branch"]
        sortie = git("push", "--porcelain", *options, *envoi, delai=DELAI_RESEAU)
        if sortie.ok or "does not support push options" not in sortie.texte:
            return sortie, sortie.ok
    return git("push", "--porcelain", *envoi, delai=DELAI_RESEAU), False


def _rejouer(git: _Git, commits: list[str], sur: str) -> str | None:
    """Rejoue chaque commit sur `sur`, dans un index temporaire (l'arbre de travail n'est jamais touché) ;
    auteur, date et message gardés. None si un commit ne s'applique pas tel quel."""
    pointe = git.valeur("rev-parse", f"{sur}^{{commit}}")
    if pointe is None:
        return None
    with tempfile.TemporaryDirectory(prefix="filrouge-envoi-") as temporaire:
        index = {"GIT_INDEX_FILE": str(Path(temporaire) / "index")}
        for commit in commits:
            if not git("read-tree", pointe, env=index).ok:
                return None
            # En octets : une pièce (devis.pdf) passe telle quelle.
            difference = subprocess.run(
                ["git", "diff-tree", "-p", "--binary", "--full-index", "--no-renames", f"{commit}^", commit],
                cwd=git.racine, capture_output=True, timeout=DELAI_LOCAL, check=False, env=_environnement(),
                stdin=subprocess.DEVNULL)
            if difference.returncode != 0:
                return None
            application = subprocess.run(["git", "apply", "--cached", "--whitespace=nowarn"], cwd=git.racine,
                                         input=difference.stdout, capture_output=True, timeout=DELAI_LOCAL,
                                         check=False, env={**_environnement(), **index})
            if application.returncode != 0:
                git.journal.append(f"$ git apply --cached ({commit[:10]})\n"
                                   + git.masquer(application.stderr.decode("utf-8", "replace")))
                return None
            arbre = _ecrire_arbre(git, index)
            auteur = (git.valeur("log", "-1", "--format=%an%x00%ae%x00%ad", "--date=raw", commit) or "").split("\0")
            message = git.valeur("log", "-1", "--format=%B", commit) or commit
            if arbre is None or len(auteur) != 3:
                return None
            nouveau = git("commit-tree", arbre, "-p", pointe, "-m", message, journal=False,
                          env={"GIT_AUTHOR_NAME": auteur[0], "GIT_AUTHOR_EMAIL": auteur[1], "GIT_AUTHOR_DATE": auteur[2]})
            if not nouveau.ok:
                return None
            pointe = nouveau.stdout
    return pointe


def _ecrire_arbre(git: _Git, index: dict[str, str]) -> str | None:
    sortie = git("write-tree", env=index, journal=False)
    return sortie.texte.strip() if sortie.ok else None
