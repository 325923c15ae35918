"""Demande d'intervention financière Criseflex, décision du coordinateur et remboursement."""

import datetime as dt

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import Field

from filrouge.modele.commun import (CodeJeune, FichierDuDossier, IdActeur, IdDossier, Jour, Modele, Montant, Texte,
                                    TexteLong, Valeurs)

StatutDecision = Literal["demandee", "accordee", "refusee", "retiree"]
SENS_STATUT_DECISION = Valeurs(
    libelles={"demandee": "en attente de décision", "accordee": "accordée", "refusee": "refusée",
              "retiree": "retirée"},
    demandee="En attente de la décision du coordinateur du réseau : une nouvelle demande entre toujours ainsi.",
    accordee="Accordée par le coordinateur du réseau : indiquer le montant accordé et la date.",
    refusee="Refusée par le coordinateur du réseau : indiquer le motif et la date.",
    retiree="Retirée (une autre solution a été trouvée) : indiquer le motif et la date.",
)
TypePiece = Literal["note_de_synthese", "devis", "estimation", "facture", "autre"]
SENS_TYPE_PIECE = Valeurs(
    libelles={"note_de_synthese": "note de synthèse", "estimation": "estimation de la dépense",
              "autre": "autre pièce"},
    note_de_synthese="La note de synthèse de la concertation qui mandate la demande.",
    devis="Le devis du prestataire : il justifie le montant demandé.",
    estimation="Une estimation de la dépense, à défaut de devis.",
    facture="La facture du prestataire, après la décision, pour le remboursement.",
    autre="Une autre pièce utile à la décision.",
)


LIBELLES_ATTESTATIONS = {  # ce que la concertation atteste : « l'action … » (messages, impression, éditeur)
    "necessaire": "est nécessaire pour débloquer le trajet de soin",
    "plus_efficiente": "est la solution la plus efficiente",
    "solution_perenne": "ouvre une solution pérenne et adaptée",
    "non_financee": "n'est pas prise en charge par les partenaires",
    "pas_double_subside": "ne fait pas l'objet d'un double subventionnement",
    "urgente": "est à mettre en œuvre rapidement",
}


def _attestation(cle: str, description: str) -> Any:
    return Field(title=f"Attestation : l'action {LIBELLES_ATTESTATIONS[cle]}", description=description)


class Attestations(Modele, title="Attestations de la concertation"):
    """Les six constats de la concertation sur l'action à financer : true pour chacun, sinon la demande n'est pas
    recevable."""

    necessaire: Annotated[bool, _attestation(
        "necessaire", "L'action est nécessaire pour débloquer le trajet de soin du jeune.")]
    plus_efficiente: Annotated[bool, _attestation(
        "plus_efficiente", "L'action est la solution la plus efficiente pour obtenir les effets attendus.")]
    solution_perenne: Annotated[bool, _attestation(
        "solution_perenne", "L'action ouvre une solution pérenne et adaptée pour le jeune.")]
    non_financee: Annotated[bool, _attestation(
        "non_financee", "L'action n'est prise en charge, ni en partie ni en totalité, par les partenaires "
                        "présents ou mobilisables.")]
    pas_double_subside: Annotated[bool, _attestation(
        "pas_double_subside", "L'action ne fait pas l'objet d'un double subventionnement.")]
    urgente: Annotated[bool, _attestation("urgente", "L'action doit être mise en œuvre rapidement.")]


class Cofinancement(Modele, title="Cofinancement de l'action"):
    """Une autre source qui couvre une partie du coût de l'action."""

    source: Annotated[Texte, Field(title="Source du cofinancement",
                                   description="Qui finance cette part (service, CPAS, mutuelle, famille…).")]
    montant: Annotated[Montant, Field(title="Montant du cofinancement", description="Part couverte, en euros.")]


class PieceJointe(Modele, title="Pièce jointe"):
    """Une pièce du dossier de demande, rangée dans le dossier."""

    type: Annotated[TypePiece, SENS_TYPE_PIECE, Field(title="Type de pièce", description="Nature de la pièce.")]
    fichier: Annotated[Texte, FichierDuDossier(), Field(title="Fichier de la pièce",
                                    description="Chemin du fichier, relatif au dossier (ex. pieces/devis.pdf).")]


class Decision(Modele, title="Décision du coordinateur"):
    """La décision du coordinateur du réseau, ajoutée par la coordination après l'entrée de la demande."""

    statut: Annotated[StatutDecision, SENS_STATUT_DECISION, Field(
        title="Statut de la décision", description="Où en est la décision du coordinateur du réseau.")] = "demandee"
    montant_accorde: Annotated[Montant | None, Field(
        title="Montant accordé par le coordinateur", description="Si accordée : le montant accordé en euros, au plus le montant "
                                             "demandé.")] = None
    date: Annotated[Jour | None, Field(title="Date de la décision",
                                       description="Jour de la décision (AAAA-MM-JJ), pas avant la demande.")] = None
    motif: Annotated[TexteLong | None, Field(
        title="Motif de la décision",
        description="Si refusée ou retirée : pourquoi (ex. non éligible, pris en charge par le CPAS).")] = None


def noms_des_pieces(concertation: dt.date, action: int) -> dict[str, str]:
    """Type de pièce → chemin proposé, relatif au dossier."""
    return {"note_de_synthese": f"pieces/note-de-synthese-{concertation.isoformat()}.pdf",
            "devis": f"pieces/devis-action-{action}.pdf"}


class Remboursement(Modele, title="Remboursement du prestataire"):
    """Le remboursement du prestataire, sur facture, par le gestionnaire financier."""

    facture_recue: Annotated[Jour | None, Field(title="Facture reçue le",
                                                description="Jour de réception de la facture, après la "
                                                            "décision.")] = None
    montant_facture: Annotated[Montant | None, Field(title="Montant de la facture",
                                                     description="Montant facturé, en euros.")] = None
    date_remboursement: Annotated[Jour | None, Field(
        title="Date du remboursement",
        description="Jour du remboursement au prestataire, après la facture ; jamais au-delà du montant "
                    "accordé.")] = None


class Financement(Modele, title="Demande d'intervention financière Criseflex"):
    """Demande d'intervention financière Criseflex (financements/*.yaml), décision du coordinateur et
    remboursement."""

    dossier: Annotated[IdDossier, Field(title="Dossier concerné",
                                        description="Identifiant du dossier qui contient la demande (ex. "
                                                    "2019-007).")]
    code: Annotated[CodeJeune | None, Field(
        title="Code du jeune", description="Le code du jeune, le même que sur la fiche du dossier (ex. LMG20101000).")] = None
    concertation: Annotated[Jour, Field(title="Concertation qui mandate",
                                        description="Date de la concertation dont la note mandate la demande.")]
    action: Annotated[int, Field(ge=1, title="Action financée",
                                 description="Numéro de l'action dans la note de synthèse.")]
    attestations: Annotated[Attestations, Field(title="Attestations de la concertation",
                                                description="Les six constats de la concertation sur l'action à "
                                                            "financer.")]
    objectifs_npsm: Annotated[bool, Field(
        title="Objectifs de la NPSM",
        description="L'intervention sert les objectifs de la nouvelle politique de santé mentale pour "
                    "enfants et adolescents (NPSM).")]
    montant_demande: Annotated[Montant, Field(title="Montant demandé à Criseflex",
                                              description="Montant demandé en euros, au plus le plafond du réseau.")]
    cout_total: Annotated[Montant, Field(title="Coût total de l'action",
                                         description="Coût total en euros ; au-delà du montant demandé, le reste vient "
                                                     "des cofinancements.")]
    cofinancements: Annotated[list[Cofinancement], Field(
        title="Cofinancements de l'action", description="Les autres sources qui couvrent le reste du coût.")] = []
    pieces: Annotated[list[PieceJointe], Field(
        title="Pièces jointes",
        description="Note de synthèse, devis ou estimation, puis facture : rangées dans le dossier.")] = []
    coordinateur: Annotated[IdActeur, Field(title="Coordinateur qui introduit la demande",
                                            description="Acteur du dossier, coordinateur du soin mandaté par la "
                                                        "concertation.")]
    certifie_sincere: Annotated[bool, Field(
        title="Certifié sincère et conforme",
        description="Le coordinateur certifie la demande « sincère et conforme ».")]
    date_demande: Annotated[Jour, Field(
        title="Date de la demande",
        description="Jour où la demande est introduite (AAAA-MM-JJ) : elle compte sur l'enveloppe de cette "
                    "année-là.")]
    decision: Annotated[Decision, Field(
        title="Décision du coordinateur", description="Ajoutée par la coordination du réseau : une nouvelle demande "
                                      "entre en attente de décision.")] = Decision()
    remboursement: Annotated[Remboursement | None, Field(
        title="Remboursement du prestataire", description="Facture et remboursement, après une demande accordée.")] = None

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


