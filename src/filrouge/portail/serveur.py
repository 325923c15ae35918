"""`servir` : le serveur de MkDocs, avec la CSP du site et un rechargement à chaud sans script en ligne.

MkDocs insère son rechargement à chaud comme script en ligne, différent à chaque requête :
aucune empreinte ne pourrait l'autoriser. On le remplace par un script externe servi par
le même serveur (/_filrouge/rechargement.js), qui lit ses paramètres dans ses attributs
data-. Chaque réponse porte la politique calculée après la dernière construction.

Une page web ouverte ailleurs peut faire pointer un nom de domaine à elle vers 127.0.0.1
(« DNS rebinding ») et lire ainsi le portail local : toute requête dont l'en-tête Host
n'est ni l'adresse liée ni localhost est refusée (421).
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import urlsplit
from collections.abc import Callable, Iterable
from typing import Any

from filrouge.portail import csp

CHEMIN_SCRIPT = "/_filrouge/rechargement.js"
SCRIPT = b"""(function () {
  var moi = document.currentScript, epoque = moi.dataset.epoque, requete = moi.dataset.requete, req, attente;
  function sonder() {
    req = new XMLHttpRequest();
    req.onloadend = function () {
      if (parseFloat(this.responseText) > epoque) { location.reload(); }
      else { attente = setTimeout(sonder, this.status === 200 ? 0 : 3000); }
    };
    req.open("GET", "/livereload/" + epoque + "/" + requete);
    req.send();
  }
  function arreter() { if (req) { req.abort(); } if (attente) { clearTimeout(attente); } req = attente = undefined; }
  window.addEventListener("load", function () { if (document.visibilityState === "visible") { sonder(); } });
  window.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { sonder(); } else { arreter(); }
  });
  window.addEventListener("beforeunload", arreter);
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


def entetes(racine: str) -> list[tuple[str, str]]:
    return [("Content-Security-Policy", csp.derniere(os.path.abspath(racine)) or POLITIQUE_PAR_DEFAUT), *ENTETES_FIXES]


def proteger(serveur: Any) -> Any:
    """Modifie le LiveReloadServer de MkDocs : en-têtes de sécurité, rechargement en script externe."""
    application: Callable[..., Iterable[bytes]] = serveur.serve_request

    def injecter(contenu: bytes, epoque: int) -> bytes:
        import time

        balise = (f'<script src="{CHEMIN_SCRIPT}" data-epoque="{int(epoque)}" '
                  f'data-requete="{time.monotonic_ns()}"></script>').encode()
        fin = contenu.rfind(b"</body>")
        return contenu + balise if fin < 0 else contenu[:fin] + balise + contenu[fin:]

    def application_protegee(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def repondre(statut: str, en_tetes: list[tuple[str, str]], *args: Any) -> Any:
            return start_response(statut, [*en_tetes, *entetes(serveur.root)], *args)

        if not hote_autorise(environ.get("HTTP_HOST"), serveur.server_address[:2]):
            repondre("421 Misdirected Request", [("Content-Type", "text/plain; charset=utf-8"),
                                                  ("Content-Length", str(len(REFUS_HOTE)))])
            return [REFUS_HOTE]
        if environ.get("PATH_INFO") == CHEMIN_SCRIPT:
            repondre("200 OK", [("Content-Type", "application/javascript; charset=utf-8"),
                                ("Content-Length", str(len(SCRIPT)))])
            return [SCRIPT]
        return application(environ, repondre)

    serveur._inject_js_into_html = injecter
    serveur.set_app(application_protegee)
    return serveur
