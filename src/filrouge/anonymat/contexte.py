"""Le contexte de la garde : ce que le dépôt autorise (annuaire) et les noms protégés du poste."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers

from filrouge import disposition
from filrouge.anonymat import proteges
from filrouge.anonymat.listes import _MOTS_OUTILS, est_prenom_possible
from filrouge.anonymat.normalisation import normaliser
from filrouge.lecture import ErreurLecture, lire_yaml
from filrouge.modele import Annuaire
from filrouge.schema_fr import valider_modele

FICHIER_ANNUAIRE = disposition.FICHIER_ANNUAIRE
_MOT = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def trouver_racine(depart: Path | None = None) -> Path | None:
    """La racine du dépôt (dossier de reseau.yaml) au-dessus de `depart` (par défaut le dossier courant)."""
    return disposition.trouver_racine((depart or Path.cwd()).resolve())


def normaliser_telephone(numero: str) -> str | None:
    try:
        analyse = phonenumbers.parse(numero, "BE")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(analyse, phonenumbers.PhoneNumberFormat.E164)


@dataclass
class ContexteAnonymat:
    """Ce qui est permis exprès, et les options de la garde.

    - `expressions_autorisees` : noms et alias des services de l'annuaire (et localités), normalisés ;
      un nom détecté entièrement couvert par l'une d'elles n'est pas signalé ;
    - `mots_autorises` : mots isolés de ces noms qui ne sont ni des prénoms ni des mots outils (« Kirikou »,
      « Jolimont ») ;
    - `telephones_autorises` (E.164) et `courriels_autorises` : contacts professionnels de l'annuaire ;
    - `noms_proteges` : empreintes lentes (scrypt) des vrais noms, tenues hors du dépôt ;
    - `avertissements` : problèmes rencontrés en construisant le contexte (en français).
    """

    expressions_autorisees: set[str] = field(default_factory=set)
    mots_autorises: set[str] = field(default_factory=set)
    telephones_autorises: set[str] = field(default_factory=set)
    courriels_autorises: set[str] = field(default_factory=set)
    noms_proteges: proteges.NomsProteges = field(default_factory=proteges.NomsProteges)
    racine: Path | None = None
    avertissements: list[str] = field(default_factory=list)
    _motif_expressions: re.Pattern[str] | None = field(default=None, repr=False)

    def autoriser_expression(self, texte: str) -> None:
        texte = " ".join(texte.split())
        if len(texte) < 2:
            return
        self.expressions_autorisees.add(normaliser(texte))
        self._motif_expressions = None
        for mot in _MOT.findall(texte):
            # un mot outil (« le », « de » de « Le Toboggan ») n'autorise rien : « M. Lê » reste un nom
            # ni un prénom qui est aussi un mot (« Jean » d'« École Jean Bosco », « Dave » la localité) : autorisé seul, il
            # cachait « Jean Kabaselemba » dans toute note (revue63)
            if len(mot) >= 2 and not est_prenom_possible(mot) and normaliser(mot) not in _MOTS_OUTILS:
                self.mots_autorises.add(normaliser(mot))

    def autoriser_telephone(self, numero: str) -> None:
        normalise = normaliser_telephone(numero)
        if normalise:
            self.telephones_autorises.add(normalise)

    def autoriser_courriel(self, courriel: str) -> None:
        self.courriels_autorises.add(courriel.strip().casefold())

    def intervalles_autorises(self, texte: str) -> list[tuple[int, int]]:
        """Intervalles du texte couverts par un nom de service de l'annuaire."""
        if not self.expressions_autorisees:
            return []
        if self._motif_expressions is None:
            # le même texte d'un processus à l'autre (un ensemble trié par longueur seule ne l'est pas) : gardé par
            # `filrouge.motifs`
            morceaux = sorted(self.expressions_autorisees, key=lambda m: (-len(m), m))
            self._motif_expressions = re.compile(
                r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, m.split())) for m in morceaux) + r")(?!\w)"
            )
        normalise = normaliser_meme_longueur(texte)
        return [(m.start(), m.end()) for m in self._motif_expressions.finditer(normalise)]


def _table_meme_longueur() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250)]:
        forme = normaliser(chr(code))
        if len(forme) == 1:
            table[code] = forme
    table.update({ord("’"): "'", ord("‘"): "'"})
    return table


_TABLE = _table_meme_longueur()


def normaliser_meme_longueur(texte: str) -> str:
    """Minuscules sans accents, caractère pour caractère : les positions ne changent pas."""
    return texte.translate(_TABLE)


def _lire_annuaire(chemin: Path, contexte: ContexteAnonymat) -> Annuaire | None:
    """L'annuaire lu par le lecteur sûr du cœur et validé par son modèle ; None s'il est absent ou invalide."""
    if not chemin.exists() and not chemin.is_symlink():
        return None
    try:
        document = lire_yaml(chemin, chemin.name)
    except ErreurLecture as exc:
        contexte.avertissements.append(f"{chemin.name} : annuaire illisible, aucun contact autorisé ({exc.constat.message})")
        return None
    annuaire, erreurs = valider_modele(Annuaire, document)
    if annuaire is None or erreurs or any(c.est_erreur for c in document.constats):
        contexte.avertissements.append(
            f"{chemin.name} : annuaire invalide, aucun contact autorisé (voir « filrouge valider »)"
        )
        return None
    return annuaire


def _autoriser_annuaire(annuaire: Annuaire, contexte: ContexteAnonymat) -> None:
    for service in annuaire.services:
        for texte in (service.nom, service.localite, *service.alias):
            if texte:
                contexte.autoriser_expression(texte)
        if service.contact is not None:
            if service.contact.telephone:
                contexte.autoriser_telephone(service.contact.telephone)
            if service.contact.email:
                contexte.autoriser_courriel(service.contact.email)


def _empreinte_fichier(chemin: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(chemin)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


# Un seul contexte construit par processus et par état des fichiers : relancer la garde dans le même
# processus (portail, tests, validation répétée) ne relit ni l'annuaire ni les noms protégés.
_CACHE: dict[tuple, tuple[ContexteAnonymat, object]] = {}


def contexte_du_depot(racine: Path | None, annuaire: Annuaire | None = None) -> ContexteAnonymat:
    """Le contexte de la garde : annuaire du dépôt (contacts et noms de services permis) et noms protégés.

    `annuaire` : l'annuaire déjà chargé et validé (`depot.partenaires`) ; sinon <racine>/annuaire.yaml est
    lu avec le lecteur sûr du cœur. Les problèmes d'annuaire sont notés dans `contexte.avertissements` ;
    un fichier de noms protégés présent mais inutilisable (illisible, ancien format) lève
    `proteges.ErreurNomsProteges` (sortie 2) : la garde ne tourne pas sans les noms qu'il protège.
    Le contexte rendu est partagé (mis en cache) : ne pas le modifier.
    """
    chemin_proteges = proteges.chemin_par_defaut()
    chemin_annuaire = Path(racine) / FICHIER_ANNUAIRE if racine is not None else None
    cle = (
        str(racine),
        id(annuaire),
        _empreinte_fichier(chemin_annuaire) if chemin_annuaire is not None and annuaire is None else None,
        str(chemin_proteges),
        _empreinte_fichier(chemin_proteges),
    )
    trouve = _CACHE.get(cle)
    if trouve is not None:
        return trouve[0]
    contexte = ContexteAnonymat(racine=racine)
    if annuaire is None and chemin_annuaire is not None:
        annuaire = _lire_annuaire(chemin_annuaire, contexte)
    if annuaire is not None:
        _autoriser_annuaire(annuaire, contexte)
    contexte.noms_proteges = proteges.charger(chemin_proteges)
    if len(_CACHE) >= 8:
        _CACHE.clear()
    _CACHE[cle] = (contexte, annuaire)  # l'annuaire reste vivant tant que son id sert de clé
    return contexte
