"""`servir` : le portail construit, servi en local, reconstruit dès qu'un fichier du dépôt change.

Un petit serveur de la bibliothèque standard plutôt que `mkdocs serve` : celui-ci insère son
rechargement à chaud comme script en ligne (qu'aucune CSP stricte n'autorise) et ne surveille
pas dossiers/, si bien qu'un dossier créé après le lancement n'apparaissait pas. Ici :
- chaque réponse porte la Content-Security-Policy calculée à la construction, et les en-têtes fixes ;
- une requête dont l'en-tête Host n'est ni l'adresse liée ni localhost est refusée (421) : une
  page web ouverte ailleurs ne peut pas lire le portail en faisant pointer un nom à elle vers
  127.0.0.1 (« DNS rebinding ») ;
- dossiers/, docs/, hooks/, reseau.yaml, annuaire.yaml et mkdocs.yml sont surveillés (chaque chemin,
  sa date et sa taille : un dossier ajouté, renommé ou copié avec ses dates se voit) ; à chaque
  changement, le site est reconstruit à part puis remplacé d'un coup ; une construction qui
  échoue laisse le site précédent en ligne et dit pourquoi ;
- les pages se rechargent seules : un script externe du même site interroge /_filrouge/version.
"""

from __future__ import annotations

import ipaddress
import mimetypes
import posixpath
import shutil
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHEMIN_SCRIPT = "/_filrouge/rechargement.js"
CHEMIN_VERSION = "/_filrouge/version"
SCRIPT = b"""(function () {
  var moi = document.currentScript, version = moi.dataset.version;
  function sonder() {
    if (document.visibilityState !== "visible") { return; }
    var req = new XMLHttpRequest();
    req.onload = function () { if (this.status === 200 && this.responseText !== version) { location.reload(); } };
    req.open("GET", "/_filrouge/version");
    req.send();
  }
  setInterval(sonder, 1500);
})();
"""
ENTETES_FIXES = [
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
]
POLITIQUE_PAR_DEFAUT = "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
REFUS_HOTE = ("Requête refusée : ce serveur local ne répond qu'à l'adresse où il écoute (ou à localhost). "
              "Ouvrez le portail par l'adresse affichée au lancement.\n").encode()
SURVEILLES = ("dossiers", "docs", "hooks", "reseau.yaml", "annuaire.yaml", "mkdocs.yml")


def hote_autorise(entete: str | None, lie: tuple[str, int]) -> bool:
    """Vrai si l'en-tête Host désigne l'adresse liée ou localhost, au bon port.

    Liée à toutes les interfaces (0.0.0.0, ::), le serveur accepte aussi toute adresse IP
    écrite en chiffres : un nom de domaine, lui, peut être détourné vers la machine.
    """
    if not entete or any(c in entete for c in "/?#@\\ "):
        return False
    try:
        morceaux = urlsplit("//" + entete)
        nom, port = (morceaux.hostname or "").lower(), morceaux.port or 80
    except ValueError:
        return False
    hote_lie = lie[0].lower().strip("[]")
    if port != lie[1]:
        return False
    if nom in {"localhost", "127.0.0.1", "::1", hote_lie}:
        return True
    if hote_lie in ("0.0.0.0", "::", ""):
        try:
            ipaddress.ip_address(nom)
        except ValueError:
            return False
        return True
    return False


Signature = frozenset[tuple[str, int, int]]


def signature(racine: Path, noms: Iterable[str] = SURVEILLES) -> Signature:
    """Chaque fichier et répertoire surveillé : (chemin relatif, date de modification, taille).

    Un dossier ajouté, renommé ou retiré change l'ensemble des chemins, même quand ses
    fichiers gardent leurs anciennes dates (copie qui conserve les dates, `mv`, archive
    extraite) : le nombre de fichiers et la date la plus récente n'y suffisaient pas. Le bytecode que
    Python écrit en chargeant les hooks (`hooks/__pycache__/`) n'en fait pas partie, ni la date d'un
    répertoire (elle change quand ce bytecode apparaît ; ses chemins disent déjà ce qui s'y ajoute) :
    sinon la première construction en déclencherait une seconde.
    """
    releve: set[tuple[str, int, int]] = set()
    for nom in noms:
        chemin = racine / nom
        entrees = [chemin] if chemin.is_file() else [chemin, *chemin.rglob("*")] if chemin.is_dir() else []
        for entree in entrees:
            relatif = entree.relative_to(racine)
            if "__pycache__" in relatif.parts:
                continue
            try:
                info = entree.stat()
            except OSError:  # effacé entre la liste et la lecture : la prochaine signature le dira
                continue
            releve.add((relatif.as_posix(), info.st_mtime_ns, info.st_size) if entree.is_file()
                       else (relatif.as_posix(), 0, -1))
    return frozenset(releve)


@dataclass
class Site:
    """Un site construit : son répertoire, sa politique, son numéro de version."""

    repertoire: Path
    politique: str
    version: int


class Portail:
    """Le site en ligne, et sa reconstruction quand le dépôt change.

    `construire(sortie) -> politique` construit le site dans un répertoire neuf (fourni par la
    commande : MkDocs et la vue publiable) ; il lève une exception si la construction échoue.
    """

    def __init__(self, racine: Path, construire: Callable[[Path], str]) -> None:
        self.racine = racine
        self._construire = construire
        self._verrou = threading.Lock()
        self.site: Site | None = None
        self._signature = signature(racine)

    def reconstruire(self) -> bool:
        """Construit un site neuf et le met en ligne ; faux (site précédent gardé) si la construction échoue."""
        repertoire = Path(tempfile.mkdtemp(prefix="filrouge-portail-")) / "site"
        try:
            politique = self._construire(repertoire)
        except Exception as exc:  # une erreur de données ou de MkDocs : le site précédent reste en ligne
            shutil.rmtree(repertoire.parent, ignore_errors=True)
            print(f"filrouge portail : reconstruction refusée ({exc}) ; le site précédent reste servi.",
                  file=sys.stderr, flush=True)
            return False
        with self._verrou:
            ancien = self.site
            self.site = Site(repertoire, politique, (ancien.version + 1) if ancien else 1)
        if ancien is not None:
            shutil.rmtree(ancien.repertoire.parent, ignore_errors=True)
        return True

    def verifier(self) -> bool:
        """Reconstruit si un fichier surveillé a changé depuis la dernière vérification ; vrai si c'est fait.

        La signature est relevée avant de construire : ce qui change pendant la construction
        sera vu à la vérification suivante.
        """
        nouvelle = signature(self.racine)
        if nouvelle == self._signature:
            return False
        self._signature = nouvelle
        return self.reconstruire()

    def surveiller(self, arret: threading.Event, intervalle: float = 1.0) -> None:
        """Vérifie à chaque intervalle (jusqu'à `arret`) et reconstruit quand le dépôt a changé."""
        while not arret.wait(intervalle):
            if self.verifier():
                print("Portail reconstruit : les pages ouvertes se rechargent.", flush=True)

    def fermer(self) -> None:
        if self.site is not None:
            shutil.rmtree(self.site.repertoire.parent, ignore_errors=True)


def _gestionnaire(portail: Portail) -> type[BaseHTTPRequestHandler]:
    class Gestionnaire(BaseHTTPRequestHandler):
        server_version = "filrouge"
        sys_version = ""

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (nom imposé)
            return  # pas de journal par requête : la console reste lisible

        def _envoyer(self, statut: int, contenu: bytes, type_contenu: str, corps: bool = True) -> None:
            site = portail.site
            self.send_response(statut)
            self.send_header("Content-Type", type_contenu)
            self.send_header("Content-Length", str(len(contenu)))
            self.send_header("Content-Security-Policy", site.politique if site else POLITIQUE_PAR_DEFAUT)
            for nom, valeur in ENTETES_FIXES:
                self.send_header(nom, valeur)
            self.end_headers()
            if corps:
                self.wfile.write(contenu)

        def do_HEAD(self) -> None:  # noqa: N802 (nom imposé)
            self._repondre(corps=False)

        def do_GET(self) -> None:  # noqa: N802 (nom imposé)
            self._repondre(corps=True)

        def _repondre(self, corps: bool) -> None:
            if not hote_autorise(self.headers.get("Host"), self.server.server_address[:2]):
                self._envoyer(421, REFUS_HOTE, "text/plain; charset=utf-8", corps)
                return
            chemin = unquote(urlsplit(self.path).path)
            site = portail.site
            if chemin == CHEMIN_SCRIPT:
                self._envoyer(200, SCRIPT, "application/javascript; charset=utf-8", corps)
            elif chemin == CHEMIN_VERSION:
                self._envoyer(200, str(site.version if site else 0).encode(), "text/plain; charset=utf-8", corps)
            elif site is None:
                self._envoyer(503, "Portail en construction : rechargez dans un instant.\n".encode(),
                              "text/plain; charset=utf-8", corps)
            else:
                self._fichier(site, chemin, corps)

        def _fichier(self, site: Site, chemin: str, corps: bool) -> None:
            relatif = posixpath.normpath("/" + chemin).lstrip("/")
            cible = (site.repertoire / relatif) if relatif not in ("", ".") else site.repertoire
            if cible.is_dir():
                cible = cible / "index.html"
            if not cible.is_file() or not cible.resolve().is_relative_to(site.repertoire.resolve()):
                page = site.repertoire / "404.html"
                contenu = page.read_bytes() if page.is_file() else "Page introuvable.\n".encode()
                self._envoyer(404, contenu, "text/html; charset=utf-8" if page.is_file() else "text/plain; charset=utf-8",
                              corps)
                return
            contenu = cible.read_bytes()
            type_contenu = mimetypes.guess_type(cible.name)[0] or "application/octet-stream"
            if type_contenu == "text/html":
                balise = f'<script src="{CHEMIN_SCRIPT}" data-version="{site.version}"></script>'.encode()
                fin = contenu.rfind(b"</body>")
                contenu = contenu + balise if fin < 0 else contenu[:fin] + balise + contenu[fin:]
            if type_contenu.startswith("text/") or type_contenu in ("application/javascript", "application/json"):
                type_contenu += "; charset=utf-8"
            self._envoyer(200, contenu, type_contenu, corps)

    return Gestionnaire


def serveur_http(portail: Portail, adresse: tuple[str, int]) -> ThreadingHTTPServer:
    """Le serveur HTTP du portail en ligne (port 0 : un port libre) ; `servir` le fait tourner."""
    serveur = ThreadingHTTPServer(adresse, _gestionnaire(portail))
    serveur.daemon_threads = True
    return serveur


def servir(portail: Portail, adresse: tuple[str, int], annoncer: Callable[[str], None]) -> None:
    """Construit une première fois, puis sert et reconstruit jusqu'à Ctrl+C."""
    if not portail.reconstruire():
        raise RuntimeError("la première construction a échoué")
    serveur = serveur_http(portail, adresse)
    arret = threading.Event()
    surveillance = threading.Thread(target=portail.surveiller, args=(arret,), daemon=True)
    surveillance.start()
    hote = adresse[0] if ":" not in adresse[0] else f"[{adresse[0]}]"
    annoncer(f"http://{hote}:{serveur.server_address[1]}/")
    try:
        serveur.serve_forever()
    finally:
        arret.set()
        serveur.server_close()
        portail.fermer()


def type_mime_des_pages() -> None:
    """Les types des fichiers du portail, indépendants de la machine (mimetypes lit /etc/mime.types)."""
    for extension, type_contenu in ((".ics", "text/calendar"), (".csv", "text/csv"), (".svg", "image/svg+xml"),
                                    (".js", "application/javascript"), (".json", "application/json"),
                                    (".webmanifest", "application/manifest+json")):
        mimetypes.add_type(type_contenu, extension)


type_mime_des_pages()
