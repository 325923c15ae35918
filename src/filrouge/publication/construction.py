"""Fabrique la vue publiable depuis le dépôt chargé, une fois, avant toute sortie.

Chaque texte de chaque formulaire publié passe par `interne.publier_texte` : passages
internes et commentaires ôtés, caractères invisibles retirés. Un formulaire dont une
marque interne est douteuse, qui n'a pas passé le schéma, ou que la garde d'anonymat
signale, est retenu entier : il n'apparaît dans aucune sortie, et `retenus` dit pourquoi
(fichier, ligne, règle ; jamais le contenu).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from filrouge.constat import Constat
from filrouge.depot import Depot, DossierCharge, Fichier
from filrouge.interne import publier_texte
from filrouge.lecture import Document
from filrouge.modele import Annuaire, Dossier
from filrouge.publication.vue import DemandePubliee, DossierPublie, NotePubliee, Publication, Retenu

M = TypeVar("M", bound=BaseModel)
ID_SUR = re.compile(r"[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}")
"""Un identifiant de dossier (le motif du modèle) qui peut devenir un nom de page et d'URL tel quel."""
_RETENU = object()
TEXTE_RETENU = "(texte retenu : marque interne à corriger)"


def assainir(valeur: Any, remplacement: str | None = None) -> Any:
    """La même valeur (modèle, liste, dictionnaire, texte) dont chaque texte est publiable.

    Un texte à retenir (marque interne douteuse) devient `remplacement` ; sans remplacement,
    la valeur entière est retenue : la fonction rend alors `_RETENU`. Rien n'est copié quand
    rien ne change : le même objet est rendu.
    """
    if isinstance(valeur, str):
        public = publier_texte(valeur)
        return (_RETENU if remplacement is None else remplacement) if public is None else public
    if isinstance(valeur, BaseModel):
        changements = {}
        for nom in type(valeur).model_fields:
            ancien = getattr(valeur, nom)
            nouveau = assainir(ancien, remplacement)
            if nouveau is _RETENU:
                return _RETENU
            if nouveau is not ancien:
                changements[nom] = nouveau
        if not changements:
            return valeur
        # Une instance neuve plutôt qu'une copie : une copie garderait les propriétés en cache
        # (l'index de l'annuaire) calculées sur les textes bruts.
        return type(valeur).model_construct(**{**{nom: getattr(valeur, nom) for nom in type(valeur).model_fields},
                                               **changements})
    if isinstance(valeur, (list, tuple)):
        copie = [assainir(v, remplacement) for v in valeur]
        if any(v is _RETENU for v in copie):
            return _RETENU
        return type(valeur)(copie) if any(a is not b for a, b in zip(copie, valeur)) else valeur
    if isinstance(valeur, dict):
        copie_d = {k: assainir(v, remplacement) for k, v in valeur.items()}
        if any(v is _RETENU for v in copie_d.values()):
            return _RETENU
        return copie_d if any(copie_d[k] is not v for k, v in valeur.items()) else valeur
    return valeur


def modele_publiable(modele: M) -> M | None:
    """Le formulaire assaini, ou None s'il doit être retenu."""
    resultat = assainir(modele)
    return None if resultat is _RETENU else resultat


class _Tri:
    """Ce qui est retenu, et pourquoi ; les constats de la garde d'anonymat par fichier."""

    def __init__(self, anonymat: Iterable[Constat]) -> None:
        self.retenus: list[Retenu] = []
        self.anonymat: dict[str, Constat] = {}
        self.noms: dict[str, Constat] = {}
        for c in sorted(anonymat, key=Constat.cle_tri):
            (self.noms if c.message.startswith("dans le nom du fichier") else self.anonymat).setdefault(c.fichier, c)

    def retenir(self, relatif: str, raison: str, regle: str, ligne: int | None = None) -> None:
        self.retenus.append(Retenu(relatif, raison, regle, ligne))

    def signale_nom(self, relatif: str) -> bool:
        """Vrai (et le fichier est retenu) si son nom même porte une donnée identifiante."""
        constat = self.noms.get(relatif)
        if constat is None:
            return False
        self.retenir(relatif, "donnée identifiante dans le nom du fichier", constat.regle)
        return True

    def signale(self, relatif: str) -> bool:
        """Vrai (et le fichier est retenu) si la garde d'anonymat y a trouvé une erreur."""
        constat = self.anonymat.get(relatif)
        if constat is None:
            return False
        self.retenir(relatif, "données identifiantes signalées par la garde d'anonymat", constat.regle, constat.ligne)
        return True

    def formulaire(self, fichier: Fichier[M] | None) -> M | None:
        if fichier is None:
            return None
        if self.signale_nom(fichier.relatif):
            return None
        if fichier.modele is None:
            self.retenir(fichier.relatif, "formulaire invalide (voir « filrouge valider »)", "schema")
            return None
        if self.signale(fichier.relatif):
            return None
        modele = modele_publiable(fichier.modele)
        if modele is None:
            self.retenir(fichier.relatif, "marque de passage interne douteuse (voir « filrouge valider »)",
                         "interne.marque")
        return modele

    def recit(self, recit: Document | None) -> str | None:
        if recit is None or not recit.corps or self.signale_nom(recit.relatif) or self.signale(recit.relatif):
            return None
        public = publier_texte(recit.corps)
        if public is None:
            self.retenir(recit.relatif, "marque de passage interne douteuse (voir « filrouge valider »)",
                         "interne.marque")
        return public


def _services_actuels(dossier: Dossier, partenaires: Annuaire) -> Dossier:
    """Le dossier dont chaque acteur cite son service par l'identifiant actuel : un service renommé (anciens_ids)
    garde ses dossiers passés, sur le portail de ce service comme dans ses actions et calendriers."""
    if all(a.service is None or partenaires.id_actuel(a.service) == a.service for a in dossier.acteurs):
        return dossier
    acteurs = [a if a.service is None else a.model_copy(update={"service": partenaires.id_actuel(a.service)})
               for a in dossier.acteurs]
    return dossier.model_copy(update={"acteurs": acteurs})


def _dossier(charge: DossierCharge, tri: _Tri, partenaires: Annuaire) -> DossierPublie | None:
    if not ID_SUR.fullmatch(charge.id) or tri.signale_nom(charge.relatif):
        tri.retenir(charge.relatif, "nom de répertoire impropre à une adresse de page", "depot.nom_fichier")
        return None
    dossier = tri.formulaire(charge.dossier)
    if dossier is None:
        return None
    dossier = _services_actuels(dossier, partenaires)
    if dossier.id != charge.id:  # le nom du répertoire devient l'adresse de la page : il doit être l'identifiant
        tri.retenir(charge.relatif, "le nom du répertoire n'est pas l'identifiant du dossier", "dossier.id")
        return None
    notes = []
    for fichier in charge.concertations:
        note = tri.formulaire(fichier)
        if note is None:
            continue
        recit = fichier.recit
        texte = tri.recit(recit) if recit is not None else None
        retenu = recit is not None and any(r.relatif == recit.relatif for r in tri.retenus)
        notes.append(NotePubliee(fichier.relatif, note, texte, recit.relatif if recit is not None and not retenu else None))
    notes.sort(key=lambda n: (n.note.date, n.relatif))
    demandes = [DemandePubliee(f.relatif, d) for f in charge.financements if (d := tri.formulaire(f)) is not None]
    demandes.sort(key=lambda d: (d.demande.date_demande, d.relatif))
    return DossierPublie(charge.id, charge.relatif, dossier, tuple(notes), tuple(demandes), frozenset(charge.pieces))


def publier(depot: Depot, garde: bool = False) -> Publication:
    """La vue publiable du dépôt ; avec `garde`, la garde d'anonymat retient les fichiers qu'elle signale.

    Sans la garde (bilan : des chiffres, pas de texte), un dossier compte même si l'un de
    ses textes est à corriger : les chiffres d'une année ne dépendent pas d'une faute de frappe.
    Seul le nom de son répertoire, qui devient son identifiant dans chaque sortie, est lu par la garde.
    """
    from filrouge.validation import garde_anonymat, garde_des_noms

    anonymat = [c for c in (garde_anonymat(depot) if garde else garde_des_noms(depot, [d.relatif for d in depot.dossiers]))
                if c.est_erreur]
    tri = _Tri(anonymat)
    # La configuration et l'annuaire sont publiés quoi qu'il arrive (le guide en lit les valeurs) :
    # un de leurs textes à la marque douteuse est remplacé, jamais publié tel quel.
    config = assainir(depot.config, TEXTE_RETENU)
    partenaires = assainir(depot.partenaires, TEXTE_RETENU)
    dossiers = tuple(d for charge in depot.dossiers if (d := _dossier(charge, tri, depot.partenaires)) is not None)
    bilans = tuple(b for f in depot.bilans_arretes if (b := tri.formulaire(f)) is not None)
    erreurs = sum(1 for c in depot.constats if c.est_erreur)
    return Publication(depot.racine, config, partenaires, dossiers, tuple(tri.retenus), erreurs,
                       bilans_arretes=bilans)
