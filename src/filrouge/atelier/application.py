"""L'application web de l'atelier (Starlette, gabarits Jinja2 à échappement automatique).

Sécurité d'un serveur local : seul un en-tête Host de la boucle locale, au port servi, est accepté (une page
étrangère qui ferait pointer son nom vers 127.0.0.1 — rebinding DNS — est refusée) ; chaque formulaire porte
un jeton tiré au démarrage, sans lequel un POST est refusé ; la même CSP stricte que le portail
(rien que le serveur lui-même : ni CDN, ni script en ligne).
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import ASGIApp, Receive, Scope, Send

from filrouge import synchro
from filrouge.atelier import accueil as page_accueil
from filrouge.atelier import brouillon as brouillons
from filrouge.atelier import cycle_de_vie, documents, nouveau_dossier, pages, pieces
from filrouge.atelier.actions import Issue
from filrouge.atelier.libelles import STATUTS_DOSSIER
from filrouge.atelier.document import verifier_id
from filrouge.depot import REPERTOIRE_DOSSIERS
from filrouge.disposition import nom_du_document
from filrouge.francais import ErreurUtilisation
from filrouge.lecture import ErreurLecture, lire_yaml
from filrouge.mise_en_forme import date_longue
from filrouge.portail.csp import politique
from filrouge.portail.inspection import Inspection
from filrouge.reference import aujourdhui

CSP = politique(Inspection())
"""Celle du portail, sans aucune empreinte : l'atelier n'a ni script ni style en ligne."""
ENTETES = {"content-security-policy": CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
           "cache-control": "no-store", "x-frame-options": "DENY"}


class Garde:
    """Refuse tout Host étranger, ajoute la CSP et les en-têtes de sûreté à chaque réponse."""

    def __init__(self, app: ASGIApp, hotes: set[str]) -> None:
        self.app, self.hotes = app, hotes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        hote = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
        if hote not in self.hotes:
            reponse = PlainTextResponse("Hôte refusé : l'atelier ne répond qu'à son adresse locale.", status_code=400)
            await reponse(scope, receive, send)
            return

        async def envoyer(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                entetes = [(k, v) for k, v in message.get("headers", []) if k.decode().lower() not in ENTETES]
                entetes += [(k.encode(), v.encode()) for k, v in ENTETES.items()]
                message = {**message, "headers": entetes}
            await send(message)

        await self.app(scope, receive, envoyer)


def hotes_permis(port: int) -> set[str]:
    return {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}


def _environnement() -> Environment:
    env = Environment(loader=PackageLoader("filrouge", "atelier/gabarits"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["date_longue"] = date_longue
    env.filters["document"] = nom_du_document
    env.filters["jour_en_lettres"] = jour_en_lettres
    env.filters["piece"] = lambda chemin: pieces.libelle(chemin.rsplit("/", 1)[-1])
    return env


def jour_en_lettres(iso: str) -> str:
    """« 2026-11-17 » (un nom de note, une date d'adresse) dit « 17 novembre 2026 » ; autre chose reste tel quel."""
    try:
        return date_longue(dt.date.fromisoformat(iso))
    except ValueError:
        return iso


def creer_application(racine: Path, port: int, jeton: str | None = None) -> ASGIApp:
    """L'atelier sur le dépôt `racine`, pour un serveur sur 127.0.0.1:`port`."""
    jeton = jeton or secrets.token_urlsafe(32)
    gabarits = _environnement()

    def rendre(nom: str, statut: int = 200, **contexte: Any) -> HTMLResponse:
        return HTMLResponse(gabarits.get_template(nom).render(jeton=jeton, **contexte), status_code=statut)

    async def formulaire_et_fichier(requete: Request) -> tuple[dict[str, list[str]], UploadFile | None]:
        """Le formulaire envoyé, refusé sans le jeton de ce serveur ; le fichier joint (multipart), s'il y en a un."""
        if requete.headers.get("content-type", "").startswith("multipart/"):
            longueur = requete.headers.get("content-length", "")
            if not longueur.isdigit() or int(longueur) > pieces.TAILLE_MAX + 2 * 1024 * 1024:
                raise _TropGros()
        donnees = await requete.form(max_files=1)
        recu = donnees.get("jeton", "")
        if not isinstance(recu, str) or not hmac.compare_digest(recu.encode(), jeton.encode()):
            raise _Refus()
        fichier = next((v for v in donnees.values() if isinstance(v, UploadFile)), None)
        return {cle: [v for v in donnees.getlist(cle) if isinstance(v, str)] for cle in donnees.keys()
                if cle != "jeton" and not isinstance(donnees.get(cle), UploadFile)}, fichier

    async def formulaire_verifie(requete: Request) -> dict[str, list[str]]:
        return (await formulaire_et_fichier(requete))[0]

    def page_d_accueil(resultat: synchro.Resultat | None = None) -> HTMLResponse:
        """L'accueil, avec ce qu'a donné Synchroniser ou Envoyer au coordinateur ; l'état du clone sans réseau."""
        jour = aujourdhui()
        clone = synchro.etat(racine)
        return rendre("accueil.html", 409 if resultat is not None and not resultat.reussi else 200,
                      page=page_accueil.accueil(racine, jour), jour=jour, brouillons=pages.en_cours(racine),
                      statuts=STATUTS_DOSSIER,
                      clone=clone, envois=synchro.envois_possibles(racine, clone), resultat=resultat)

    async def accueil(requete: Request) -> Response:
        return page_d_accueil()

    async def synchroniser(requete: Request) -> Response:
        await formulaire_verifie(requete)
        return page_d_accueil(synchro.synchroniser(racine))

    async def envoyer_au_coordinateur(requete: Request) -> Response:
        saisie = await formulaire_verifie(requete)
        dossier, _, demande = next(iter(saisie.get("envoi", [])), "").partition("/financements/")
        verifier_id(dossier)
        return page_d_accueil(synchro.envoyer_au_coordinateur(racine, dossier, demande or None))

    def valeurs(action: str | None, saisie: dict[str, list[str]],
                gardees: dict[str, dict[str, list[str]]] | None = None) -> tuple[Any, Any]:
        """Ce que chaque formulaire de la page affichera : pour celui de `action`, la saisie renvoyée ; pour les
        autres, leur saisie gardée (un arrêt du serveur la retrouve) ; sinon la valeur par défaut.
        Rend `val` (un champ) et `vals` (un groupe de cases ; None : rien de saisi ni de gardé)."""
        def source(nom_action: str) -> dict[str, list[str]]:
            return saisie if nom_action == action else (gardees or {}).get(nom_action, {})

        def val(nom_action: str, nom: str, defaut: str = "") -> str:
            return next(iter(source(nom_action).get(nom, [])), defaut)

        def vals(nom_action: str, nom: str) -> list[str] | None:
            trouvee = source(nom_action)
            return trouvee.get(nom) if trouvee else None
        return val, vals

    def page_dossier(ident: str, action: str | None = None, issue: Issue | None = None,
                     saisie: dict[str, list[str]] | None = None) -> HTMLResponse:
        jour = aujourdhui()
        existantes = _notes_du_dossier(racine, ident)
        saisie = saisie or {}
        try:  # les actions et la rencontre en suspens au jour choisi pour la clôture
            jour_suspens = dt.date.fromisoformat(saisie["date"][0]) if action == "clore" else jour
        except (KeyError, IndexError, ValueError):
            jour_suspens = jour
        statut = 409 if issue is not None and issue.conflit else 200
        val, vals = valeurs(action, saisie, {nom: brouillons.saisie_gardee(racine, ident, nom)
                                             for nom in cycle_de_vie.FORMULAIRES})

        return rendre("dossier.html", statut, dossier=ident, notes=existantes, jour=jour,
                      documents=documents.page(racine, ident),
                      vie=cycle_de_vie.page(racine, ident, jour_suspens), titres=cycle_de_vie.TITRES,
                      nom_du_suspens=cycle_de_vie.nom_du_suspens, dire_suspens=cycle_de_vie.dire_suspens,
                      document=nom_du_document, portees=cycle_de_vie.PORTEES, action=action, issue=issue, val=val, vals=vals)

    async def dossier(requete: Request) -> Response:
        return page_dossier(requete.path_params["dossier"])

    def action_du_dossier(nom: str, fonction: Any) -> Any:
        async def point(requete: Request) -> Response:
            saisie = await formulaire_verifie(requete)
            ident = requete.path_params["dossier"]
            _notes_du_dossier(racine, ident)  # vérifie l'identifiant avant d'en faire un chemin
            brouillons.garder_saisie(racine, ident, nom, _sans_empreinte(saisie))
            issue = fonction(racine, ident, saisie)
            if issue.commit:
                brouillons.effacer_saisie(racine, ident, nom)
            return page_dossier(ident, nom, issue, saisie)
        return point

    async def garder_saisie(requete: Request) -> Response:
        """Sauvegarde automatique d'un petit formulaire de la page d'un dossier pendant la frappe."""
        ident, nom = requete.path_params["dossier"], requete.path_params["formulaire"]
        saisie = await formulaire_verifie(requete)
        _notes_du_dossier(racine, ident)
        if nom not in cycle_de_vie.FORMULAIRES:
            raise ErreurUtilisation(f"formulaire inconnu « {nom[:30]} ».")
        brouillons.garder_saisie(racine, ident, nom, _sans_empreinte(saisie))
        return Response(status_code=204)

    async def nouveau(requete: Request) -> Response:
        jour = aujourdhui()
        ident, issue, saisie, action = None, None, {}, None
        if requete.method == "POST":
            saisie = await formulaire_verifie(requete)
            operation = (saisie.pop("operation", None) or ["verifier"])[0]
            ident, issue = nouveau_dossier.creer(racine, saisie, ecrire=operation == "creer")
            action = "nouveau"
        code = nouveau_dossier.code_de(saisie) if saisie else ""
        return rendre("nouveau_dossier.html", 409 if issue is not None and issue.conflit else 200, jour=jour,
                      ident=ident, code=code, issue=issue, action=action, choix=nouveau_dossier.choix(racine),
                      titres=nouveau_dossier.TITRES, val=valeurs(action, saisie)[0])

    async def refus(requete: Request, exc: Exception) -> Response:
        return rendre("erreur.html", 403, message="Formulaire refusé : jeton de sécurité absent ou périmé. "
                      "Rechargez la page (votre brouillon est gardé) puis renvoyez-le.")

    async def erreur_utilisation(requete: Request, exc: Exception) -> Response:
        return rendre("erreur.html", 400, message=str(exc))

    async def trop_gros(requete: Request, exc: Exception) -> Response:
        return rendre("erreur.html", 413, message="Envoi refusé : le fichier joint dépasse "
                      f"{pieces.TAILLE_MAX // 1024 // 1024} Mo. Rien n'est écrit ; revenez à la page précédente "
                      "(votre brouillon est gardé) et joignez un fichier plus petit.")

    statique = StaticFiles(directory=str(resources.files("filrouge") / "atelier" / "statique"))
    application = Starlette(routes=[
        Route("/", accueil),
        Route("/nouveau-dossier", nouveau, methods=["GET", "POST"]),
        Route("/synchroniser", synchroniser, methods=["POST"]),
        Route("/envoyer-au-coordinateur", envoyer_au_coordinateur, methods=["POST"]),
        Route("/dossiers/{dossier}", dossier),
        Route("/dossiers/{dossier}/clore", action_du_dossier("clore", cycle_de_vie.clore), methods=["POST"]),
        Route("/dossiers/{dossier}/rouvrir", action_du_dossier("rouvrir", cycle_de_vie.rouvrir), methods=["POST"]),
        Route("/dossiers/{dossier}/transferer", action_du_dossier("transferer", cycle_de_vie.transferer),
              methods=["POST"]),
        Route("/dossiers/{dossier}/ouvrir", action_du_dossier("ouvrir", cycle_de_vie.ouvrir), methods=["POST"]),
        Route("/dossiers/{dossier}/ne-pas-ouvrir", action_du_dossier("ne_pas_ouvrir", cycle_de_vie.ne_pas_ouvrir),
              methods=["POST"]),
        Route("/dossiers/{dossier}/consentement/retirer", action_du_dossier("retirer", cycle_de_vie.retirer),
              methods=["POST"]),
        Route("/dossiers/{dossier}/consentement/consigner", action_du_dossier("consigner", cycle_de_vie.consigner),
              methods=["POST"]),
        Route("/dossiers/{dossier}/brouillon/{formulaire}", garder_saisie, methods=["POST"]),
        *pages.routes(racine, rendre, formulaire_et_fichier, _acteurs, _services),
        Mount("/statique", statique),
    ], exception_handlers={_Refus: refus, ErreurUtilisation: erreur_utilisation, _TropGros: trop_gros})
    return Garde(application, hotes_permis(port))


class _Refus(Exception):
    """Un POST sans le jeton de ce serveur."""


class _TropGros(Exception):
    """Un envoi multipart sans longueur annoncée, ou plus gros que la plus grosse pièce permise."""


def _sans_empreinte(saisie: dict[str, list[str]]) -> dict[str, list[str]]:
    """La saisie à garder : l'empreinte du dossier à l'ouverture de la page vient toujours de la page affichée."""
    return {nom: valeurs for nom, valeurs in saisie.items() if nom != "empreinte"}


def _services(racine: Path) -> list[tuple[str, str]]:
    """(identifiant, nom) des services de l'annuaire, pour les listes de choix."""
    return nouveau_dossier.choix(racine).services


def _acteurs(racine: Path, dossier: str) -> list[tuple[str, str]]:
    """(identifiant, libellé) des acteurs du dossier, pour les listes de choix : rôle et fonction ou lien, jamais un nom."""
    relatif = f"{REPERTOIRE_DOSSIERS}/{dossier}/dossier.yaml"
    try:
        donnees = lire_yaml(racine / relatif, relatif).donnees
    except ErreurLecture:
        return []
    acteurs = donnees.get("acteurs", []) if isinstance(donnees, dict) else []
    resultat = []
    for acteur in acteurs if isinstance(acteurs, list) else []:
        if isinstance(acteur, dict) and isinstance(acteur.get("id"), str):
            precision = acteur.get("fonction") or acteur.get("lien") or acteur.get("role") or ""
            resultat.append((acteur["id"], f"{acteur['id']} ({precision})" if precision else acteur["id"]))
    return resultat


def _notes_du_dossier(racine: Path, dossier: str) -> list[str]:
    verifier_id(dossier)
    repertoire = racine / REPERTOIRE_DOSSIERS / dossier
    if not (repertoire / "dossier.yaml").is_file():
        raise ErreurUtilisation(f"dossier « {dossier} » introuvable dans {REPERTOIRE_DOSSIERS}/.")
    return sorted({p.stem for p in (repertoire / "concertations").glob("*.yaml")}, reverse=True)

