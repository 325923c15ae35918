"""Charge un dépôt de dossiers en un seul objet, lu une fois.

Le portail, l'examen des financements et le bilan annuel lisent ce même objet : aucun
ne relit les fichiers. Organisation d'un dépôt :

    reseau.yaml                      configuration du réseau
    annuaire.yaml                    annuaire des partenaires
    dossiers/<id>/dossier.yaml       le dossier
    dossiers/<id>/preparation.yaml   phase préparatoire (interne, jamais publiée)
    dossiers/<id>/concertations/AAAA-MM-JJ.yaml + .md   note de synthèse : champs + récit
    dossiers/<id>/financements/<nom>.yaml              demandes Criseflex
    dossiers/<id>/pieces/…           devis, estimations, factures
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from filrouge.constat import Constat
from filrouge.disposition import (FICHIER_ANNUAIRE, FICHIER_CONFIGURATION, REPERTOIRE_BILANS, REPERTOIRE_DOSSIERS,
                                  ErreurConfiguration)
from filrouge.lecture import Document, ErreurLecture, lire_markdown, lire_yaml
from filrouge.modele import (Acteur, Annuaire, BilanArrete, Concertation, Configuration, Dossier, Financement,
                             Preparation)
from filrouge.schema_fr import valider_modele

M = TypeVar("M", bound=BaseModel)

_NOM_NOTE = re.compile(r"\d{4}-\d{2}-\d{2}(-[a-z0-9]+)?")



@dataclass
class Fichier(Generic[M]):
    """Un formulaire lu : le document source (pour les lignes) et son modèle s'il est valide."""

    doc: Document
    modele: M | None
    recit: Document | None = None

    @property
    def relatif(self) -> str:
        return self.doc.relatif


@dataclass
class DossierCharge:
    id: str
    relatif: str
    chemin: Path
    dossier: Fichier[Dossier] | None = None
    preparation: Fichier[Preparation] | None = None
    concertations: list[Fichier[Concertation]] = field(default_factory=list)
    financements: list[Fichier[Financement]] = field(default_factory=list)
    pieces: set[str] = field(default_factory=set)
    annexes: list[tuple[str, Path]] = field(default_factory=list)
    """Tout autre fichier du répertoire (pièces, fichiers inattendus ou cachés) : (chemin relatif, chemin).
    Ni vérifié ni publié, mais il est dans le dépôt : la garde d'anonymat le lit (`lecture.texte_pour_la_garde`)."""

    @property
    def modele(self) -> Dossier | None:
        return self.dossier.modele if self.dossier else None

    def acteurs(self) -> dict[str, Acteur]:
        modele = self.modele
        return {a.id: a for a in modele.acteurs} if modele else {}

    def notes_valides(self) -> list[tuple[Fichier[Concertation], Concertation]]:
        """Les notes qui ont passé le schéma, de la plus ancienne à la plus récente (date, puis nom de fichier).

        Le même ordre que la vue publiable (`DossierPublie.notes`) : la dernière est la note courante.
        """
        notes = [(f, f.modele) for f in self.concertations if f.modele is not None]
        return sorted(notes, key=lambda fn: (fn[1].date, fn[0].relatif))

    def note_du(self, date: object) -> Concertation | None:
        return next((c for _, c in self.notes_valides() if c.date == date), None)


@dataclass
class Depot:
    racine: Path
    configuration: Fichier[Configuration]
    annuaire: Fichier[Annuaire]
    dossiers: list[DossierCharge]
    constats: list[Constat]
    documents: list[Document]
    fichiers_commites: set[str] | None = None
    """Fichiers présents dans le dernier commit (None : hors Git ou pas encore de commit).

    Renseigné par la validation, qui seule interroge Git : les règles restent de pures
    fonctions du dépôt chargé."""
    annexes: list[tuple[str, Path]] = field(default_factory=list)
    """Les fichiers de dossiers/ hors de tout répertoire de dossier (cachés compris), pour la garde."""
    bilans_arretes: list[Fichier[BilanArrete]] = field(default_factory=list)
    """Les bilans arrêtés (bilan/AAAA.yaml), lus avec la configuration."""

    @property
    def config(self) -> Configuration:
        assert self.configuration.modele is not None
        return self.configuration.modele

    @property
    def partenaires(self) -> Annuaire:
        assert self.annuaire.modele is not None
        return self.annuaire.modele

    def est_axe1(self, acteur: Acteur) -> bool:
        if acteur.axe1 is not None:
            return acteur.axe1
        service = self.partenaires.service(acteur.service)
        return bool(service and service.axe1)

    def secteur(self, acteur: Acteur) -> str | None:
        if acteur.secteur is not None:
            return acteur.secteur
        service = self.partenaires.service(acteur.service)
        return service.secteur if service else None


def _entrees(chemin: Path, relatif: str, constats: list[Constat]) -> list[os.DirEntry[str]]:
    """Les entrées d'un répertoire, triées, sans les fichiers cachés ni les noms illisibles.

    Un nom qui n'est pas de l'UTF-8 ne peut ni s'afficher ni se publier : il est signalé
    (avec les octets fautifs remplacés) et ignoré.
    """
    entrees = []
    for entree in sorted(os.scandir(chemin), key=lambda e: e.name):
        if entree.name.startswith("."):
            continue
        try:
            entree.name.encode("utf-8")
        except UnicodeEncodeError:
            constats.append(Constat(f"{relatif}/{_lisible(entree.name)}", None, "depot.nom_fichier", "erreur",
                                    "nom de fichier illisible (pas en UTF-8) : renommez-le."))
            continue
        entrees.append(entree)
    return entrees



def charger_annuaire(racine: Path) -> Annuaire:
    """L'annuaire seul, pour qui n'a pas besoin des dossiers (vérifier un identifiant de service)."""
    modele = _lire_reference(racine, FICHIER_ANNUAIRE, Annuaire, []).modele
    assert modele is not None  # _lire_reference lève ErreurConfiguration sinon
    return modele


def _lire(chemin: Path | os.DirEntry[str], relatif: str, cls: type[M], constats: list[Constat],
          documents: list[Document]) -> Fichier[M] | None:
    try:
        doc = lire_yaml(chemin, relatif)
    except ErreurLecture as exc:
        constats.append(exc.constat)
        return None
    documents.append(doc)
    constats.extend(doc.constats)
    modele, erreurs = valider_modele(cls, doc)
    constats.extend(erreurs)
    return Fichier(doc, modele)


def charger_depot(racine: Path) -> Depot:
    """Lit tout le dépôt ; lève ErreurConfiguration si reseau.yaml ou annuaire.yaml est inutilisable."""
    depot = charger_references(racine)
    repertoires = repertoires_de_dossiers(racine, depot.constats)
    for nom, chemin, relatif in repertoires:
        depot.dossiers.append(_charger_dossier(chemin, nom, relatif, depot.constats, depot.documents))
    depot.annexes = annexes_hors_dossiers(racine, repertoires)
    return depot


def annexes_hors_dossiers(racine: Path, repertoires: list[tuple[str, Path, str]]) -> list[tuple[str, Path]]:
    """Les fichiers de dossiers/ qui ne sont dans aucun répertoire de dossier (un répertoire caché compris)."""
    dedans = {relatif for _, _, relatif in repertoires}
    base = racine / REPERTOIRE_DOSSIERS
    if not base.is_dir() or base.is_symlink():
        return []
    return [(rel, Path(chemin)) for rel, chemin in _fichiers_sous(base, REPERTOIRE_DOSSIERS, dedans)]


def _lisible(nom: str) -> str:
    """Un nom de fichier qui n'est pas de l'UTF-8, ses octets fautifs remplacés : il s'affiche sans erreur."""
    try:
        nom.encode("utf-8")
    except UnicodeEncodeError:
        return nom.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return nom


def _fichiers_sous(chemin: Path, relatif: str, exclus: Collection[str] = ()) -> list[tuple[str, str]]:
    """(chemin relatif, chemin) de chaque fichier ordinaire sous `chemin`, cachés compris, sans suivre les liens
    ni entrer dans `exclus` ; des chaînes : l'appelant ne fait un `Path` que des fichiers qu'il garde.

    Une pile plutôt qu'une récursion : un arbre très profond ne fait pas déborder la pile d'appels.
    """
    resultat: list[tuple[str, str]] = []
    a_voir = [(os.fspath(chemin), relatif)]
    while a_voir:
        repertoire, base = a_voir.pop()
        try:
            entrees = sorted(os.scandir(repertoire), key=lambda e: e.name)
        except OSError:
            continue
        for entree in entrees:
            rel = f"{base}/{_lisible(entree.name)}"
            if rel in exclus:
                continue
            if entree.is_dir(follow_symlinks=False):
                a_voir.append((entree.path, rel))
            elif entree.is_file(follow_symlinks=False):
                resultat.append((rel, entree.path))
    return sorted(resultat)


def charger_references(racine: Path) -> Depot:
    """Le dépôt sans ses dossiers : configuration et annuaire (lève ErreurConfiguration s'ils sont inutilisables)."""
    documents: list[Document] = []
    configuration = _lire_reference(racine, FICHIER_CONFIGURATION, Configuration, documents)
    annuaire = _lire_reference(racine, FICHIER_ANNUAIRE, Annuaire, documents)
    depot = Depot(racine, configuration, annuaire, [], configuration.doc.constats + annuaire.doc.constats, documents)
    depot.bilans_arretes = _charger_bilans(racine, depot.constats, documents)
    return depot


def _charger_bilans(racine: Path, constats: list[Constat], documents: list[Document]) -> list[Fichier[BilanArrete]]:
    """bilan/AAAA.yaml : un bilan arrêté par année, l'année du nom et celle du fichier concordant."""
    base = racine / REPERTOIRE_BILANS
    if not base.is_dir() or base.is_symlink():
        return []
    resultat: list[Fichier[BilanArrete]] = []
    for entree in _entrees(base, REPERTOIRE_BILANS, constats):
        rel = f"{REPERTOIRE_BILANS}/{entree.name}"
        annee = entree.name.removesuffix(".yaml")
        if not (entree.name.endswith(".yaml") and re.fullmatch(r"\d{4}", annee)) or not entree.is_file(follow_symlinks=False):
            constats.append(Constat(rel, None, "depot.fichier_inattendu", "avertissement",
                                    "seuls des bilans arrêtés AAAA.yaml sont attendus dans bilan/ : ce fichier est ignoré."))
            continue
        fichier = _lire(Path(entree.path), rel, BilanArrete, constats, documents)
        if fichier is None or fichier.modele is None:
            continue
        if fichier.modele.annee != int(annee):
            constats.append(Constat(rel, fichier.doc.ligne("annee"), "depot.nom_fichier", "erreur",
                                    f"ce bilan arrêté porte sur {fichier.modele.annee} : nommez-le {fichier.modele.annee}.yaml."))
            continue
        resultat.append(fichier)
    return resultat


def repertoires_de_dossiers(racine: Path, constats: list[Constat]) -> list[tuple[str, Path, str]]:
    """(nom, chemin, chemin relatif) de chaque répertoire de dossiers/ ; ce qui n'en est pas est signalé."""
    resultat: list[tuple[str, Path, str]] = []
    base = racine / REPERTOIRE_DOSSIERS
    if base.is_dir() and not base.is_symlink():
        for entree in _entrees(base, REPERTOIRE_DOSSIERS, constats):
            relatif = f"{REPERTOIRE_DOSSIERS}/{entree.name}"
            if entree.is_symlink() or not entree.is_dir():
                constats.append(Constat(relatif, None, "depot.fichier_inattendu", "avertissement",
                                        "seuls des répertoires de dossier sont attendus dans dossiers/ : ce fichier est ignoré."))
                continue
            resultat.append((entree.name, Path(entree.path), relatif))
    return resultat


def charger_dossier(chemin: Path, nom: str, relatif: str) -> tuple[DossierCharge, list[Constat], list[Document]]:
    """Un dossier seul : ses formulaires, les constats de leur lecture et les documents lus."""
    constats: list[Constat] = []
    documents: list[Document] = []
    return _charger_dossier(chemin, nom, relatif, constats, documents), constats, documents


def _lire_reference(racine: Path, nom: str, cls: type[M], documents: list[Document]) -> Fichier[M]:
    chemin = racine / nom
    if not chemin.exists() and not chemin.is_symlink():
        raise ErreurConfiguration([Constat(nom, None, "configuration.absente", "erreur",
                                           f"fichier {nom} introuvable à la racine du dépôt.")])
    constats: list[Constat] = []
    fichier = _lire(chemin, nom, cls, constats, documents)
    if fichier is None or fichier.modele is None or any(c.est_erreur for c in constats):
        raise ErreurConfiguration(constats)
    return fichier


def _charger_dossier(chemin: Path, nom: str, relatif: str, constats: list[Constat],
                     documents: list[Document]) -> DossierCharge:
    charge = DossierCharge(id=nom, relatif=relatif, chemin=chemin)
    deja_lus = len(documents)
    for entree in _entrees(chemin, relatif, constats):
        rel = f"{relatif}/{entree.name}"
        if entree.name == "dossier.yaml":
            charge.dossier = _lire(entree, rel, Dossier, constats, documents)
        elif entree.name == "preparation.yaml":
            charge.preparation = _lire(entree, rel, Preparation, constats, documents)
        elif entree.name == "concertations" and entree.is_dir(follow_symlinks=False):
            charge.concertations = _charger_notes(Path(entree.path), rel, constats, documents)
        elif entree.name == "financements" and entree.is_dir(follow_symlinks=False):
            charge.financements = _charger_financements(Path(entree.path), rel, constats, documents)
        elif entree.name == "pieces" and entree.is_dir(follow_symlinks=False):
            charge.pieces = _lister_pieces(Path(entree.path), "pieces")
        else:
            constats.append(Constat(rel, None, "depot.fichier_inattendu", "avertissement",
                                    "fichier inattendu dans un dossier : il n'est ni vérifié ni publié, seule la garde d'anonymat le lit "
                                    "(rangez les pièces dans pieces/)."))
    lus = {doc.relatif for doc in documents[deja_lus:]}
    charge.annexes = [(rel, Path(p)) for rel, p in _fichiers_sous(chemin, relatif) if rel not in lus]
    if charge.dossier is None and not any(c.fichier == f"{relatif}/dossier.yaml" for c in constats):
        constats.append(Constat(relatif, None, "depot.dossier_absent", "erreur",
                                "ce répertoire de dossier n'a pas de fichier dossier.yaml."))
    return charge


def _lister_pieces(chemin: Path, prefixe: str) -> set[str]:
    """Les fichiers ordinaires sous pieces/, sans suivre les liens.

    Parcours avec une pile plutôt que récursif : un arbre très profond ne fait pas
    déborder la pile d'appels (os.walk est récursif en Python 3.11).
    """
    pieces: set[str] = set()
    a_voir = [(chemin, prefixe)]
    while a_voir:
        repertoire, base = a_voir.pop()
        for entree in os.scandir(repertoire):
            rel = f"{base}/{entree.name}"
            if entree.is_dir(follow_symlinks=False):
                a_voir.append((Path(entree.path), rel))
            elif entree.is_file(follow_symlinks=False):
                pieces.add(rel)
    return pieces


def _charger_financements(chemin: Path, relatif: str, constats: list[Constat],
                          documents: list[Document]) -> list[Fichier[Financement]]:
    resultat: list[Fichier[Financement]] = []
    for entree in _entrees(chemin, relatif, constats):
        rel = f"{relatif}/{entree.name}"
        if not entree.name.endswith(".yaml"):
            constats.append(Constat(rel, None, "depot.fichier_inattendu", "avertissement",
                                    "seuls des fichiers .yaml sont attendus dans financements/ : ce fichier est ignoré."))
            continue
        fichier = _lire(entree, rel, Financement, constats, documents)
        if fichier is not None:
            resultat.append(fichier)
    return resultat


def _charger_notes(chemin: Path, relatif: str, constats: list[Constat],
                   documents: list[Document]) -> list[Fichier[Concertation]]:
    """Une note = AAAA-MM-JJ.yaml (champs, complétés par l'éditeur) + AAAA-MM-JJ.md (récit).

    Une note d'un seul fichier .md avec en-tête YAML est aussi acceptée.
    """
    noms: dict[str, dict[str, os.DirEntry[str]]] = {}
    for entree in _entrees(chemin, relatif, constats):
        racine_nom, point, extension = entree.name.rpartition(".")
        rel = f"{relatif}/{entree.name}"
        if not point or extension not in ("yaml", "md") or not _NOM_NOTE.fullmatch(racine_nom):
            constats.append(Constat(rel, None, "depot.nom_fichier", "erreur",
                                    "une note de synthèse se nomme AAAA-MM-JJ.yaml (champs) et AAAA-MM-JJ.md (récit), "
                                    "selon la date de la concertation."))
            continue
        noms.setdefault(racine_nom, {})[extension] = entree
    resultat: list[Fichier[Concertation]] = []
    for racine_nom, paire in sorted(noms.items()):
        fichier = _charger_note(racine_nom, paire, relatif, constats, documents)
        if fichier is not None:
            resultat.append(fichier)
    return resultat


def _charger_note(racine_nom: str, paire: dict[str, os.DirEntry[str]], relatif: str, constats: list[Constat],
                  documents: list[Document]) -> Fichier[Concertation] | None:
    recit: Document | None = None
    if "md" in paire:
        rel_md = f"{relatif}/{racine_nom}.md"
        try:
            recit = lire_markdown(paire["md"], rel_md)
        except ErreurLecture as exc:
            constats.append(exc.constat)
            return None
        documents.append(recit)
        constats.extend(recit.constats)
    if "yaml" in paire:
        fichier = _lire(paire["yaml"], f"{relatif}/{racine_nom}.yaml", Concertation, constats, documents)
        if fichier is None:
            return None
        if recit is not None and recit.donnees is not None:
            constats.append(Constat(recit.relatif, 1, "depot.double_source", "erreur",
                                    f"les champs de la note sont déjà dans {racine_nom}.yaml : "
                                    "retirez l'en-tête YAML du fichier .md (il ne garde que le récit)."))
        fichier.recit = recit
        return fichier
    assert recit is not None
    if recit.donnees is None:
        constats.append(Constat(recit.relatif, 1, "depot.note_incomplete", "erreur",
                                f"note sans champs structurés : créez {racine_nom}.yaml "
                                "(ou un en-tête YAML entre « --- » au début du fichier)."))
        return None
    modele, erreurs = valider_modele(Concertation, recit)
    constats.extend(erreurs)
    return Fichier(recit, modele, recit)
