"""`servir` : le serveur de MkDocs, avec la CSP du site et un rechargement à chaud sans script en ligne.

MkDocs insère son rechargement à chaud comme script en ligne, différent à chaque requête :
aucune empreinte ne pourrait l'autoriser. On le remplace par un script externe servi par
le même serveur (/_filrouge/rechargement.js), qui lit ses paramètres dans ses attributs
data-. Chaque réponse porte la politique calculée après la dernière construction.
"""

from __future__ import annotations

import os
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

        if environ.get("PATH_INFO") == CHEMIN_SCRIPT:
            repondre("200 OK", [("Content-Type", "application/javascript; charset=utf-8"),
                                ("Content-Length", str(len(SCRIPT)))])
            return [SCRIPT]
        return application(environ, repondre)

    serveur._inject_js_into_html = injecter
    serveur.set_app(application_protegee)
    return serveur
