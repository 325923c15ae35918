"""Les chiffres d'un bilan annuel, calculés une fois : les rendus (Markdown, CSV, JSON, SVG) ne calculent rien.

Chaque ensemble garde les identifiants des dossiers comptés : un chiffre du bilan se
vérifie en ouvrant les dossiers qu'il compte.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from filrouge.bilan.periode import Periode
from filrouge.modele.configuration import FermetureAccueil
from filrouge.modele.financement import StatutDecision


@dataclass(frozen=True)
class Ecart:
    """Un chiffre arrêté (ou publié) et le chiffre calculé ; concorde None : pas calculable depuis les dossiers.

    `dossiers_en_plus` et `dossiers_en_moins` : les dossiers que le calcul compte en plus ou en
    moins que le bilan arrêté (quand celui-ci nomme les dossiers qu'il comptait).
    """

    document: str
    arrete_au: dt.date | None
    libelle: str
    cle: str | None
    publie: float
    calcule: float | None
    concorde: bool | None
    note: str | None
    dossiers_en_plus: tuple[str, ...] = ()
    dossiers_en_moins: tuple[str, ...] = ()

    def en_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["arrete_au"] = self.arrete_au.isoformat() if self.arrete_au else None
        return d


@dataclass(frozen=True)
class LigneTableau:
    """Une ligne du tableau du bilan 2019 : année d'ouverture × année de clôture (ou en cours)."""

    cle: str
    libelle_ouverture: str
    libelle_cloture: str | None  # None : sans objet (demandes non ouvertes ou en attente)
    dossiers: tuple[str, ...]
    demandes_financement: int = 0
    montant_accorde: float = 0.0


@dataclass(frozen=True)
class DemandeFinancement:
    """Une demande Criseflex introduite pendant la période, avec sa décision à la date d'arrêt."""

    dossier: str
    fichier: str
    date: dt.date
    decision: StatutDecision
    montant_demande: float
    montant_accorde: float
    cout_total: float


@dataclass(frozen=True)
class Mois:
    """Les dossiers actifs d'un mois : le plus haut atteint et le nombre au dernier jour compté."""

    cle: str
    maximum: int
    fin_de_mois: int


@dataclass(frozen=True)
class Saturation:
    """Une période où les dossiers actifs dépassent la capacité ; fin None : encore en cours à la date d'arrêt."""

    debut: dt.date
    fin: dt.date | None
    maximum: int


@dataclass(frozen=True)
class Secteur:
    """Un secteur de l'annuaire : dossiers où il a été présent en concertation, et présences."""

    id: str
    libelle: str
    dossiers: int
    presences: int
    peu_mobilise: bool


@dataclass
class Bilan:
    periode: Periode
    reseau: str
    recues: tuple[str, ...]
    anterieurs: tuple[str, ...]
    ouverts: tuple[str, ...]
    clos: tuple[str, ...]
    en_cours: tuple[str, ...]
    en_attente: tuple[str, ...]
    non_ouverts: dict[str, tuple[str, ...]]
    tableau: list[LigneTableau]
    tranches_age: dict[str, int]
    hors_tranches: int
    concertations: int
    presences: int
    concertations_avec_jeune: int
    concertations_avec_famille: int
    demandes: list[DemandeFinancement]
    enveloppe: float | None
    capacite: int
    mois: list[Mois]
    saturations: list[Saturation]
    secteurs: list[Secteur]
    ecarts: list[Ecart] = field(default_factory=list)
    ids_tranches: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Les dossiers ouverts de chaque tranche d'âge : une différence avec le bilan arrêté les nomme."""
    ids_concertations: tuple[str, ...] = ()
    """Le dossier de chaque concertation de la période (un dossier revient une fois par concertation)."""
    fermetures: list[FermetureAccueil] = field(default_factory=list)
    """Les fermetures de l'accueil (reseau.yaml) qui touchent la période."""
    motifs_non_ouverture: dict[str, str] = field(default_factory=dict)
    """Clé → libellé de chaque motif de non-ouverture du réseau (reseau.yaml), pour dire les demandes non ouvertes."""

    @property
    def suivis(self) -> tuple[str, ...]:
        """Les dossiers accompagnés pendant l'année : ouverts avant et encore actifs, ou ouverts dans l'année."""
        return self.anterieurs + self.ouverts

    @property
    def non_ouverts_total(self) -> int:
        return sum(len(ids) for ids in self.non_ouverts.values())

    @property
    def traitees(self) -> int:
        """Toutes les demandes dont le dispositif s'est occupé : le « total des dossiers » du tableau."""
        return len(set(self.recues) | set(self.suivis) | set(self.en_attente))

    @property
    def presence_moyenne(self) -> float | None:
        return self.presences / self.concertations if self.concertations else None

    def demandes_par_decision(self, decision: StatutDecision) -> list[DemandeFinancement]:
        return [d for d in self.demandes if d.decision == decision]

    @property
    def montant_accorde(self) -> float:
        return sum(d.montant_accorde for d in self.demandes)

    @property
    def part_enveloppe(self) -> float | None:
        """Part de l'enveloppe de l'année accordée à des actions pour les jeunes, en pour cent."""
        return 100 * self.montant_accorde / self.enveloppe if self.enveloppe else None

    @property
    def pic(self) -> Mois | None:
        return max(self.mois, key=lambda m: m.maximum, default=None)
