"""Les pages des documents de l'atelier : une route par document, la même mécanique pour tous.

GET montre le formulaire (brouillon, sinon fichier, sinon départ) et sa vérification ; POST garde la saisie
comme brouillon, applique l'opération (ajouter ou retirer une ligne, joindre une pièce, recharger depuis le
disque), vérifie, et sur « enregistrer » écrit et commite. Un conflit disque répond 409.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier import document, documents, pieces
from filrouge.atelier.brouillon import Brouillon
from filrouge.atelier.document import CHAMP_TELEVERSEMENT, Document, Enregistrement, Verification
from filrouge.atelier.formulaire import Saisie, rangs
from filrouge.atelier.note import NOTE
from filrouge.depot import REPERTOIRE_DOSSIERS
from filrouge.disposition import nom_du_document
from filrouge.francais import ErreurUtilisation

Lire = Callable[[Request], Awaitable[tuple[Saisie, UploadFile | None]]]
Rendre = Callable[..., HTMLResponse]


@dataclass
class Vue:
    """Un formulaire de document sur une page : ce qu'il montre, où il s'envoie, ses mots."""

    doc: Document
    garde: Brouillon
    verification: Verification
    resultat: Enregistrement | None
    adresse: str
    suffixe: str = ""
    """Ajouté aux identifiants de la page (verdict, resultat) quand elle porte deux formulaires."""
    verifier: str = "Vérifier"
    enregistrer: str = "Enregistrer"
    joindre: bool = False
    recit: tuple[str, str] | None = None
    """Titre et aide de la zone du récit, pour un document qui en a un."""

    @property
    def nouveau(self) -> bool:
        return self.garde.empreintes.get("yaml") is None

    @property
    def envoi(self) -> str:
        """Où le formulaire s'envoie : le second formulaire d'une page y revient à son titre, pour que son résultat
        (la décision enregistrée, sous toute la demande) se lise sans chercher."""
        return self.adresse + (f"#titre{self.suffixe}" if self.suffixe else "")


ABSENT = "absent"
"""L'empreinte envoyée pour un document que la page montrait sans fichier sur le disque."""

RECIT_NOTE = ("Récit de la concertation (analyses, évaluations, pistes)",
              "La teneur des analyses et des pistes, jamais la totalité des échanges, jamais un nom : la famille est "
              "désignée par ses initiales ou son lien de parenté.")


@dataclass(frozen=True)
class EnCours:
    """Un document en brouillon, tel que l'accueil le montre : son dossier, son nom en clair, sa page."""

    dossier: str
    libelle: str
    adresse: str


@dataclass(frozen=True)
class Genre:
    """Un document et ses adresses : `motif` sous /dossiers/{dossier}, le nom tiré de l'adresse (ou fixe)."""

    doc: Document
    motif: str
    nom_fixe: str | None = None

    def nom(self, requete: Request) -> str:
        return self.nom_fixe if self.nom_fixe is not None else requete.path_params["nom"]

    def adresse(self, dossier: str, nom: str) -> str:
        return f"/dossiers/{dossier}/" + self.motif.replace("{nom}", nom)


GENRES = {
    "note": Genre(NOTE, "notes/{nom}"),
    "preparation": Genre(documents.PREPARATION, "preparation", "preparation"),
    "fiche": Genre(documents.FICHE, "fiche", "dossier"),
    "demande": Genre(documents.DEMANDE, "financements/{nom}"),
    "decision": Genre(documents.DECISION, "financements/{nom}/decision"),
}


def en_cours(racine: Path) -> list[EnCours]:
    """Les documents en brouillon (note, phase préparatoire, fiche, demande, décision), dits comme le casemanager
    les connaît (« note de synthèse du 12 mars 2019 »), chacun avec l'adresse de sa page ; un brouillon dont le
    dossier n'existe plus n'est pas montré."""
    resultat = []
    for dossier, nom_genre, nom in brouillons.en_cours(racine):
        genre = GENRES.get(nom_genre)
        try:
            relatif = genre.doc.relatifs(dossier, nom)[0] if genre is not None else ""
        except ErreurUtilisation:
            continue
        if not relatif or not (racine / REPERTOIRE_DOSSIERS / dossier / "dossier.yaml").is_file():
            continue
        libelle = nom_du_document(relatif)
        if genre is GENRES["decision"]:  # la décision se remplit sur la page de sa demande
            libelle, genre = f"décision et remboursement de la {libelle}", GENRES["demande"]
        resultat.append(EnCours(dossier, libelle, genre.adresse(dossier, nom)))
    return resultat


def routes(racine: Path, rendre: Rendre, lire: Lire, acteurs: Callable[[Path, str], list[tuple[str, str]]],
           services: Callable[[Path], list[tuple[str, str]]]) -> list[Route]:
    """Les routes de tous les documents : page, envoi, sauvegarde pendant la frappe ; la nouvelle note et la
    nouvelle demande (qui ouvrent un brouillon puis y mènent)."""

    def vue(genre: Genre, dossier: str, nom: str, garde: Brouillon | None = None, refus: Saisie | None = None,
            resultat: Enregistrement | None = None) -> Vue:
        garde = garde or document.ouvrir(racine, genre.doc, dossier, nom)
        verification = document.verifier(racine, genre.doc, garde, refus)
        adresse = genre.adresse(dossier, nom)
        if genre.doc is documents.DECISION:
            return Vue(genre.doc, garde, verification, resultat, adresse, "-decision", "Vérifier la décision",
                       "Enregistrer la décision")
        return Vue(genre.doc, garde, verification, resultat, adresse, joindre=genre.doc is documents.DEMANDE,
                   recit=RECIT_NOTE if genre.doc is NOTE else None)

    def page(genre: Genre, dossier: str, nom: str, principale: Vue) -> HTMLResponse:
        vues = [principale]
        if genre.doc is documents.DEMANDE and not principale.nouveau:
            vues.append(vue(GENRES["decision"], dossier, nom))
        elif genre.doc is documents.DECISION:
            vues.insert(0, vue(GENRES["demande"], dossier, nom))
        statut = 409 if principale.resultat is not None and principale.resultat.conflit else 200
        return rendre("document.html", statut, dossier=dossier, nom_document=nom, genre=genre.doc.genre, vues=vues,
                      rangs=rangs, acteurs=acteurs(racine, dossier), services=services(racine),
                      fichiers=documents.fichiers_du_dossier(racine, dossier, vues[0].garde)
                      if genre.doc in (documents.DEMANDE, documents.DECISION) else [],
                      types_de_piece=documents.TYPES_DE_PIECE, absent=ABSENT)

    def montrer(genre: Genre) -> Callable[[Request], Awaitable[Response]]:
        async def point(requete: Request) -> Response:
            dossier, nom = requete.path_params["dossier"], genre.nom(requete)
            return page(genre, dossier, nom, vue(genre, dossier, nom, permis(genre, document.ouvrir(
                racine, genre.doc, dossier, nom))))
        return point

    def permis(genre: Genre, garde: Brouillon) -> Brouillon:
        """Une note ou une demande pas encore écrite ne s'ouvre que sur un dossier ouvert ; un document déjà écrit
        reste lisible et se corrige."""
        if genre.doc in (NOTE, documents.DEMANDE) and garde.empreintes.get("yaml") is None:
            documents.exiger_ouvert(racine, garde.dossier)
        return garde

    def envoyer(genre: Genre) -> Callable[[Request], Awaitable[Response]]:
        async def point(requete: Request) -> Response:
            dossier, nom = requete.path_params["dossier"], genre.nom(requete)
            genre.doc.relatifs(dossier, nom)  # vérifie les noms avant toute lecture
            saisie, fichier = await lire(requete)
            operation = (saisie.pop("operation", None) or ["verifier"])[0]
            type_piece = (saisie.pop(f"{CHAMP_TELEVERSEMENT}.type", None) or [""])[0]
            garde = permis(genre, ouvrir_tel_que_vu(genre, dossier, nom, saisie,
                                                    depuis_le_disque=operation == "recharger"))
            refus: Saisie = {}
            if operation != "recharger":
                jointes = dict(garde.pieces)
                document.appliquer(genre.doc, garde, saisie, operation)
                for copie in set(jointes.values()) - set(garde.pieces.values()):
                    brouillons.effacer_piece(racine, copie)  # sa ligne retirée : la pièce n'est plus à joindre
                if fichier is not None and fichier.filename:
                    refus = await _joindre(garde, fichier, type_piece)
            brouillons.ecrire(racine, garde)
            principale = vue(genre, dossier, nom, garde, refus)
            if operation == "enregistrer":
                principale.resultat = document.enregistrer(racine, genre.doc, garde, principale.verification)
            return page(genre, dossier, nom, principale)
        return point

    def ouvrir_tel_que_vu(genre: Genre, dossier: str, nom: str, saisie: Saisie, depuis_le_disque: bool = False) -> Brouillon:
        """Le brouillon ; s'il n'y en avait pas encore, le fichier est jugé sur la version que la page montrait
        (son empreinte, envoyée avec le formulaire) : un changement sur le disque depuis n'est pas écrasé."""
        vue = (saisie.pop("empreinte", None) or [""])[0]
        deja = brouillons.lire(racine, dossier, nom, genre.doc.genre) is not None
        garde = document.ouvrir(racine, genre.doc, dossier, nom, depuis_le_disque)
        if vue and not deja and not depuis_le_disque:
            garde.empreintes["yaml"] = None if vue == ABSENT else vue
        return garde

    async def _joindre(garde: Brouillon, fichier: UploadFile, type_piece: str) -> Saisie:
        try:
            nom = pieces.nom_sur(fichier.filename or "")
            pieces.verifier_taille(fichier.size or 0)
            contenu = await fichier.read(pieces.TAILLE_MAX + 1)
            pieces.verifier_taille(len(contenu))
            documents.joindre(racine, garde, nom, contenu, type_piece)
        except pieces.PieceRefusee as exc:
            return {CHAMP_TELEVERSEMENT: [f"pièce refusée, rien n'est joint : {exc}"]}
        return {}

    def garder(genre: Genre) -> Callable[[Request], Awaitable[Response]]:
        """Sauvegarde pendant la frappe (petit script du site) : le brouillon seul, sans vérifier."""
        async def point(requete: Request) -> Response:
            dossier, nom = requete.path_params["dossier"], genre.nom(requete)
            genre.doc.relatifs(dossier, nom)
            saisie, _ = await lire(requete)
            saisie.pop("operation", None)
            saisie.pop(f"{CHAMP_TELEVERSEMENT}.type", None)
            garde = permis(genre, ouvrir_tel_que_vu(genre, dossier, nom, saisie))
            document.appliquer(genre.doc, garde, saisie, "")
            brouillons.ecrire(racine, garde)
            return Response(status_code=204)
        return point

    async def nouvelle_note(requete: Request) -> Response:
        saisie, _ = await lire(requete)
        ident = requete.path_params["dossier"]
        date = (saisie.get("date") or [""])[0]
        NOTE.relatifs(ident, date)  # vérifie les noms avant d'en faire une adresse
        if not (racine / NOTE.relatifs(ident, date)[0]).exists():
            documents.exiger_ouvert(racine, ident)
        return RedirectResponse(GENRES["note"].adresse(ident, date), status_code=303)

    async def nouvelle_demande(requete: Request) -> Response:
        saisie, _ = await lire(requete)
        ident = requete.path_params["dossier"]
        note, _, action = (saisie.get("action") or [""])[0].partition("#")
        nom = documents.nouvelle_demande(racine, ident, note, action)
        return RedirectResponse(GENRES["demande"].adresse(ident, nom), status_code=303)

    resultat: list[Route] = [
        Route("/dossiers/{dossier}/notes", nouvelle_note, methods=["POST"]),
        Route("/dossiers/{dossier}/financements", nouvelle_demande, methods=["POST"]),
    ]
    for genre in GENRES.values():
        chemin = "/dossiers/{dossier}/" + genre.motif
        if genre.doc is not documents.DECISION:
            resultat.append(Route(chemin, montrer(genre), methods=["GET"]))
        resultat += [Route(chemin, envoyer(genre), methods=["POST"]),
                     Route(chemin + "/brouillon", garder(genre), methods=["POST"])]
    return resultat

