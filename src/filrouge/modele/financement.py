"""Demande d'intervention financière Criseflex, décision du coordinateur et remboursement."""

from __future__ import annotations

import datetime as dt

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Literal

from pydantic import Field

from filrouge.modele.commun import CodeJeune, IdActeur, IdDossier, Jour, Modele, Montant, Texte

StatutDecision = Literal["demandee", "accordee", "refusee", "retiree"]
TypePiece = Literal["note_de_synthese", "devis", "estimation", "facture", "autre"]


LIBELLES_ATTESTATIONS = {  # ce que la concertation atteste de l'action : « l'action … »
    "necessaire": "est nécessaire pour débloquer le trajet de soin",
    "plus_efficiente": "est la solution la plus efficiente",
    "solution_perenne": "ouvre une solution pérenne et adaptée",
    "non_financee": "n'est pas prise en charge par les partenaires",
    "pas_double_subside": "ne fait pas l'objet d'un double subventionnement",
    "urgente": "est à mettre en œuvre rapidement",
}
LIBELLES_PIECES = {  # ce qu'un lecteur lit d'une pièce annexée (formulaire imprimé)
    "note_de_synthese": "note de synthèse",
    "devis": "devis",
    "estimation": "estimation de la dépense",
    "facture": "facture",
    "autre": "autre pièce",
}


class Attestations(Modele):
    """Les six constats de la concertation sur l'action à financer."""

    necessaire: Annotated[bool, Field(description="Nécessaire pour débloquer le trajet de soin.")]
    plus_efficiente: Annotated[bool, Field(description="La solution la plus efficiente.")]
    solution_perenne: Annotated[bool, Field(description="Ouvre une solution pérenne et adaptée.")]
    non_financee: Annotated[bool, Field(description="Pas prise en charge par les partenaires présents ou mobilisables.")]
    pas_double_subside: Annotated[bool, Field(description="Pas de double subventionnement.")]
    urgente: Annotated[bool, Field(description="Doit être mise en œuvre rapidement.")]


class Cofinancement(Modele):
    source: Texte
    montant: Montant


class PieceJointe(Modele):
    type: TypePiece
    fichier: Annotated[Texte, Field(description="Chemin du fichier, relatif au dossier (ex. pieces/devis.pdf).")]


class Decision(Modele):
    statut: StatutDecision = "demandee"
    montant_accorde: Montant | None = None
    date: Jour | None = None
    motif: Texte | None = None


class Remboursement(Modele):
    facture_recue: Jour | None = None
    montant_facture: Montant | None = None
    date_remboursement: Jour | None = None


def noms_des_pieces(concertation: dt.date, action: int) -> dict[str, str]:
    """Type de pièce → chemin proposé, relatif au dossier."""
    return {"note_de_synthese": f"pieces/note-de-synthese-{concertation.isoformat()}.pdf",
            "devis": f"pieces/devis-action-{action}.pdf"}


class Financement(Modele):
    dossier: IdDossier
    code: CodeJeune | None = None
    concertation: Annotated[Jour, Field(description="Date de la concertation dont la note mandate la demande.")]
    action: Annotated[int, Field(ge=1, description="Numéro de l'action dans la note de synthèse.")]
    attestations: Attestations
    objectifs_npsm: Annotated[bool, Field(description="L'intervention sert les objectifs de la NPSM.")]
    montant_demande: Montant
    cout_total: Montant
    cofinancements: list[Cofinancement] = []
    pieces: list[PieceJointe] = []
    coordinateur: Annotated[IdActeur, Field(description="Coordinateur du soin qui introduit la demande.")]
    certifie_sincere: Annotated[bool, Field(description="« Certifié sincère et conforme ».")]
    date_demande: Jour
    decision: Decision = Decision()
    remboursement: Remboursement | None = None

    @property
    def pieces_proposees(self) -> dict[str, str]:
        """Les chemins que `filrouge financement nouveau` propose pour les pièces de cette demande : le même
        nom partout (gabarit, message d'une pièce manquante cité en clair, car il ne vient pas de la saisie)."""
        return noms_des_pieces(self.concertation, self.action)

    @property
    def decidee(self) -> bool:
        """Le coordinateur a statué (accordée, refusée ou retirée)."""
        return self.decision.statut != "demandee"

    @property
    def engage(self) -> float:
        """Ce que la demande pèse sur l'enveloppe : accordé, ou demandé tant qu'elle est pendante."""
        if self.decision.statut == "accordee":
            return self.decision.montant_accorde or 0.0
        if self.decision.statut == "demandee":
            return self.montant_demande
        return 0.0


@dataclass(frozen=True)
class Engagement:
    """Ce qu'une année engage sur son enveloppe : accordé, et demandé en attente de décision."""

    accorde: float = 0.0
    en_attente: float = 0.0

    @property
    def total(self) -> float:
        return self.accorde + self.en_attente


def engagement(demandes: Iterable[Financement], annee: int) -> Engagement:
    """L'enveloppe d'une demande est celle de l'année où elle est introduite (date_demande)."""
    de_l_annee = [f for f in demandes if f.date_demande.year == annee]
    return Engagement(sum(f.engage for f in de_l_annee if f.decision.statut == "accordee"),
                      sum(f.engage for f in de_l_annee if f.decision.statut == "demandee"))


