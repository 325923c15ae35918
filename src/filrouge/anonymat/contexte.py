"""Le contexte de la garde : ce que le dépôt autorise (annuaire) et les noms protégés du poste."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
import yaml

from filrouge.anonymat import proteges
from filrouge.anonymat.normalisation import normaliser

FICHIER_RACINE = "reseau.yaml"
FICHIER_ANNUAIRE = "annuaire.yaml"
_MOT = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def trouver_racine(depart: Path | None = None) -> Path | None:
    """Remonte depuis `depart` (par défaut le dossier courant) jusqu'au dossier qui contient reseau.yaml."""
    courant = (depart or Path.cwd()).resolve()
    for dossier in (courant, *courant.parents):
        if (dossier / FICHIER_RACINE).is_file():
            return dossier
    return None


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
    - `mots_autorises` : mots isolés de ces noms qui ne sont pas des prénoms (« Kirikou », « Jolimont ») ;
    - `telephones_autorises` (E.164) et `courriels_autorises` : contacts professionnels de l'annuaire ;
    - `noms_proteges` : empreintes salées des vrais noms, tenues hors du dépôt ;
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
        from filrouge.anonymat.noms import est_prenom_connu  # import tardif : noms importe contexte

        for mot in _MOT.findall(texte):
            if len(mot) >= 2 and not est_prenom_connu(mot):
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
            morceaux = sorted(self.expressions_autorisees, key=len, reverse=True)
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


def _lire_annuaire(chemin: Path, contexte: ContexteAnonymat) -> None:
    try:
        donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        contexte.avertissements.append(f"{chemin.name} : annuaire illisible, aucun contact autorisé ({exc.__class__.__name__})")
        return
    if not isinstance(donnees, dict):
        return
    for service in donnees.get("services") or []:
        if not isinstance(service, dict):
            continue
        for cle in ("nom", "localite"):
            if isinstance(service.get(cle), str):
                contexte.autoriser_expression(service[cle])
        for alias in service.get("alias") or []:
            if isinstance(alias, str):
                contexte.autoriser_expression(alias)
        contact = service.get("contact")
        if isinstance(contact, dict):
            if isinstance(contact.get("telephone"), (str, int)):
                contexte.autoriser_telephone(str(contact["telephone"]))
            if isinstance(contact.get("email"), str):
                contexte.autoriser_courriel(contact["email"])


def contexte_du_depot(racine: Path | None) -> ContexteAnonymat:
    """Lit <racine>/annuaire.yaml s'il existe et le fichier des noms protégés du poste.

    Ne lève jamais : les problèmes sont notés dans `contexte.avertissements`.
    """
    contexte = ContexteAnonymat(racine=racine)
    if racine is not None:
        _lire_annuaire(Path(racine) / FICHIER_ANNUAIRE, contexte)
    try:
        contexte.noms_proteges = proteges.charger()
    except proteges.ErreurNomsProteges as exc:
        contexte.avertissements.append(str(exc))
    return contexte
