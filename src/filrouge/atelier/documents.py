"""Les documents de l'atelier après la note : phase préparatoire, fiche du dossier, demande Criseflex, décision
du coordinateur et remboursement. Chacun est un `Document` du moteur ; rien de leur validation n'est refait ici.

La phase préparatoire est un document interne : l'atelier est le seul endroit où elle se montre. La fiche du
dossier ne montre que ce que le casemanager tient à jour (initiateur, demandeurs, acteurs, motif) : statut,
dates, périodes et relais restent à clore, rouvrir et transférer, et leurs clés ne sont jamais réécrites.
La demande et la décision sont deux formulaires sur le même fichier : la demande entre sans décision.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier import document
from filrouge.atelier.brouillon import Brouillon
from filrouge.atelier.document import Document, Lignes
from filrouge.atelier.formulaire import Choix, rangs
from filrouge.atelier.pieces import REPERTOIRE, PieceRefusee, libelle
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_dossier
from filrouge.disposition import nom_du_document
from filrouge.financement.nouveau import contenu_demande
from filrouge.francais import ErreurUtilisation
from filrouge.lecture import ErreurLecture, lire_yaml
from filrouge.mise_en_forme import date_longue
from filrouge.modele import Dossier
from filrouge.modele.financement import SENS_STATUT_DECISION, SENS_TYPE_PIECE, Financement, TypePiece
from filrouge.modele.preparation import Preparation
from filrouge.nouveau import gabarit
from filrouge.reference import aujourdhui

_NOM_DEMANDE = re.compile(r"[0-9a-z][0-9a-z-]{0,79}")


def _depart_preparation(racine: Path, dossier: str, nom: str) -> tuple[str, str]:
    """Le gabarit de `filrouge nouveau dossier`, rempli depuis la fiche du dossier."""
    relatif = f"{REPERTOIRE_DOSSIERS}/{dossier}/dossier.yaml"
    try:
        fiche = lire_yaml(racine / relatif, relatif).donnees
    except ErreurLecture:
        fiche = {}
    fiche = fiche if isinstance(fiche, dict) else {}
    jour = aujourdhui()
    valeurs = {"id": dossier, "code": fiche.get("code", ""), "date": jour.isoformat(), "service": "à préciser",
               "rencontre": (jour + dt.timedelta(days=14)).isoformat()}
    return gabarit("preparation.yaml").substitute(valeurs), ""


def _nom_unique(attendu: str) -> str:
    def chemin(nom: str) -> str:
        if nom != attendu:
            raise ErreurUtilisation("adresse inconnue : ce document n'a qu'une page par dossier.")
        return f"{attendu}.yaml"
    return chemin  # type: ignore[return-value]


def _chemin_demande(nom: str) -> str:
    if not _NOM_DEMANDE.fullmatch(nom):
        raise ErreurUtilisation("nom de demande invalide : lettres minuscules, chiffres et tirets.")
    return f"financements/{nom}.yaml"


PREPARATION = Document(
    "preparation", "Phase préparatoire", Preparation, _nom_unique("preparation"),
    lambda dossier, nom, nouvelle: f"Phase préparatoire du dossier {dossier} : {'créée' if nouvelle else 'mise à jour'} "
                                   "dans l'atelier",
    depart=_depart_preparation,
    lignes={"personnes": Lignes("Personne", "une personne", "la personne"),
            "actions_envisagees": Lignes("Piste", "une piste d'action", "la piste")},
)

FICHE = Document(
    "fiche", "Fiche du dossier", Dossier, _nom_unique("dossier"),
    lambda dossier, nom, nouvelle: f"Fiche du dossier {dossier} (acteurs) : mise à jour dans l'atelier",
    cles=("initiateur", "demandeurs", "acteurs", "motif_demande"),
    garde_le_dossier=True,
    lignes={"acteurs": Lignes("Acteur", "un acteur", "l'acteur")},
)

DEMANDE = Document(
    "demande", "Demande", Financement, _chemin_demande,
    lambda dossier, nom, nouvelle: f"Demande Criseflex {nom} (dossier {dossier}) : "
                                   f"{'créée' if nouvelle else 'mise à jour'} dans l'atelier",
    sauf=("decision", "remboursement"),
    lignes={"cofinancements": Lignes("Cofinancement", "un cofinancement", "le cofinancement"),
            "pieces": Lignes("Pièce", "une pièce", "la pièce")},
)

DECISION = Document(
    "decision", "Décision", Financement, _chemin_demande,
    lambda dossier, nom, nouvelle: f"Décision et remboursement de la demande {nom} (dossier {dossier}) : "
                                   "mis à jour dans l'atelier",
    cles=("decision", "remboursement"),
)

TYPES_DE_PIECE = Choix.de(SENS_TYPE_PIECE, get_args(TypePiece))
LIBELLES = {
    "preparation": str(Preparation.model_config.get("title")),
    "acteurs": str(Dossier.model_fields["acteurs"].title),
    "demandes": "Demandes d'intervention financière Criseflex",
    "statuts": SENS_STATUT_DECISION.libelles,
}
"""Ce que la page du dossier dit des documents : les titres du modèle, jamais un nom de fichier ni une clé."""


FERME = {
    "clos": "Le dossier est clos : une nouvelle note de synthèse ou une demande de financement attend sa réouverture "
            "(« Rouvrir le dossier », sur la page du dossier).",
    "demande": "Le dossier n'est pas encore ouvert : une note de synthèse ou une demande de financement attend son "
               "ouverture (« Ouvrir le dossier », sur la page du dossier).",
    "non_ouvert": "La demande n'a pas été ouverte : elle ne reçoit ni note de synthèse ni demande de financement.",
}
"""Pourquoi un dossier qui n'est pas ouvert ne propose ni nouvelle note ni nouvelle demande."""
ILLISIBLE = "La fiche du dossier est à corriger d'abord : aucune nouvelle note ni demande ne s'y ajoute avant."


def pourquoi_ferme(racine: Path, dossier: str) -> str | None:
    """None pour un dossier ouvert ; sinon la phrase qui dit pourquoi rien de nouveau ne s'y écrit."""
    relatif = f"{REPERTOIRE_DOSSIERS}/{dossier}/dossier.yaml"
    try:
        fiche = lire_yaml(racine / relatif, relatif).donnees
    except ErreurLecture:
        return ILLISIBLE
    statut = fiche.get("statut") if isinstance(fiche, dict) else None
    return None if statut == "ouvert" else FERME.get(str(statut), ILLISIBLE)


def exiger_ouvert(racine: Path, dossier: str) -> None:
    """Refuse d'ouvrir une nouvelle note ou une nouvelle demande sur un dossier qui n'est pas ouvert, même si la page
    ne le propose pas (une adresse tapée, une page restée ouverte pendant la clôture)."""
    raison = pourquoi_ferme(racine, dossier)
    if raison is not None:
        raise ErreurUtilisation(f"Rien n'est ouvert. {raison}")


def nouvelle_demande(racine: Path, dossier: str, note: str, action: str) -> str:
    """Le brouillon d'une demande préparée depuis l'action `action` de la note du `note` (comme `filrouge
    financement nouveau`) ; rend son nom. Rien n'est écrit dans le dépôt ; une demande déjà commencée est rouverte."""
    document.verifier_id(dossier)
    exiger_ouvert(racine, dossier)
    try:
        date, numero = dt.date.fromisoformat(note), int(action)
    except ValueError:
        raise ErreurUtilisation("choisissez une note et une de ses actions.") from None
    nom, texte, _ = contenu_demande(racine, dossier, numero, date, aujourdhui())
    rel_yaml, _ = DEMANDE.relatifs(dossier, nom)
    if (racine / rel_yaml).exists() or brouillons.lire(racine, dossier, nom, DEMANDE.genre) is not None:
        return nom
    garde = document.ouvrir(racine, DEMANDE, dossier, nom, depart=(texte, ""))
    for cle in ("montant_demande", "cout_total"):  # « 0 » du gabarit : à chiffrer, pas une valeur
        if garde.saisie.get(cle) == ["0"]:
            garde.saisie[cle] = [""]
    _pieces_du_dossier(racine, garde, note)
    brouillons.ecrire(racine, garde)
    return nom


def _pieces_du_dossier(racine: Path, garde: Brouillon, note: str) -> None:
    """Les pièces du gabarit sont des fichiers que la ligne de commande demande de ranger soi-même (le PDF de la
    note, le devis) : absents, ils ne feraient qu'ouvrir le formulaire sur deux erreurs. Ici, la note de synthèse
    est jointe telle qu'elle est dans le dossier, et le devis se téléverse ; seule une pièce présente reste citée."""
    base = racine / REPERTOIRE_DOSSIERS / garde.dossier
    presentes: list[tuple[str, str]] = []
    for rang in rangs(garde.saisie, "pieces"):
        type_ = garde.saisie.get(f"pieces.{rang}.type", [""])[0]
        fichier = garde.saisie.get(f"pieces.{rang}.fichier", [""])[0]
        if type_ == "note_de_synthese" and not (base / fichier).is_file():
            fichier = f"concertations/{note}.yaml"
        if fichier and (base / fichier).is_file():
            presentes.append((type_, fichier))
    garde.saisie = {k: v for k, v in garde.saisie.items() if not k.startswith("pieces.")}
    for rang, (type_, fichier) in enumerate(presentes):
        garde.saisie[f"pieces.{rang}.type"] = [type_]
        garde.saisie[f"pieces.{rang}.fichier"] = [fichier]


def joindre(racine: Path, garde: Brouillon, nom: str, contenu: bytes, type_: str) -> None:
    """Garde la pièce avec le brouillon et l'ajoute aux pièces de la demande ; lève PieceRefusee sans rien garder."""
    if type_ not in {c.valeur for c in TYPES_DE_PIECE}:
        raise PieceRefusee("choisissez le type de la pièce dans la liste.")
    relatif = f"{REPERTOIRE}/{nom}"
    sur_le_disque = racine / REPERTOIRE_DOSSIERS / garde.dossier / relatif
    if relatif in garde.pieces or sur_le_disque.exists() or sur_le_disque.is_symlink():
        raise PieceRefusee(f"une pièce s'appelle déjà « {nom} » dans ce dossier : elle n'est jamais remplacée ; "
                           "renommez votre fichier.")
    garde.pieces[relatif] = brouillons.garder_piece(racine, contenu)
    rang = max(rangs(garde.saisie, "pieces"), default=-1) + 1
    garde.saisie[f"pieces.{rang}.type"] = [type_]
    garde.saisie[f"pieces.{rang}.fichier"] = [relatif]


def fichiers_du_dossier(racine: Path, dossier: str, garde: Brouillon) -> list[tuple[str, str]]:
    """(chemin sous le dossier, libellé) de chaque fichier qu'une pièce de la demande peut citer : les notes de synthèse,
    les pièces rangées dans `pieces/` et celles jointes au brouillon, pas encore écrites. Aucun lien symbolique."""
    base = racine / REPERTOIRE_DOSSIERS / dossier
    notes = {p.stem: p for p in sorted((base / "concertations").glob("*.md"))} | \
        {p.stem: p for p in sorted((base / "concertations").glob("*.yaml"))}  # une note : son YAML, sinon son .md
    rangees = sorted(p for p in (base / REPERTOIRE).glob("*") if p.is_file() and not p.name.startswith("."))
    fichiers = [(f"concertations/{p.name}", nom_du_document(f"concertations/{p.name}"))
                for _, p in sorted(notes.items()) if not p.is_symlink()]
    fichiers += [(f"{REPERTOIRE}/{p.name}", libelle(p.name)) for p in rangees if not p.is_symlink()]
    fichiers += [(rel, f"{libelle(rel.rsplit('/', 1)[-1])}, jointe : rangée à l'enregistrement")
                 for rel in sorted(garde.pieces)]
    return fichiers


@dataclass
class Demande:
    nom: str
    libelle: str
    statut: str


@dataclass
class Documents:
    """Ce que la page du dossier propose : préparation présente ou non, demandes, actions à financer."""

    preparation: bool
    demandes: list[Demande] = field(default_factory=list)
    actions: list[tuple[str, int, str]] = field(default_factory=list)
    """(date de la note, numéro, description) de chaque action des notes valides, la plus récente d'abord."""
    libelles: dict[str, Any] = field(default_factory=lambda: LIBELLES)


def page(racine: Path, ident: str) -> Documents:
    relatif = f"{REPERTOIRE_DOSSIERS}/{ident}"
    charge = charger_dossier(racine / relatif, ident, relatif)[0]
    demandes = []
    for fichier in charge.financements:
        nom = fichier.relatif.rsplit("/", 1)[-1].removesuffix(".yaml")
        f = fichier.modele
        libelle = (f"Demande du {date_longue(f.date_demande)}, action {f.action} de la note du {date_longue(f.concertation)}"
                   if f is not None else f"Demande {nom} (à corriger)")
        demandes.append(Demande(nom, libelle, f.decision.statut if f is not None else ""))
    actions = [(note.date.isoformat(), a.numero, a.description) for _, note in reversed(charge.notes_valides())
               for a in note.actions]
    return Documents(charge.preparation is not None, demandes, actions)
