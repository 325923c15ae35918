"""Règles sur les demandes Criseflex : mandat, action, attestations, pièces, plafond, décision."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePosixPath

from filrouge.constat import citer
from filrouge.depot import Depot, DossierCharge
from filrouge.lecture import Document
from filrouge.mise_en_forme import montant
from filrouge.modele import Dossier, Financement
from filrouge.modele.financement import LIBELLES_ATTESTATIONS
from filrouge.regles.registre import Signal, dossiers_valides, regle

TOLERANCE = 0.005  # euros : les montants sont des nombres à virgule


def demandes(depot: Depot) -> Iterator[tuple[DossierCharge, Dossier, Financement, Document]]:
    for charge, dossier, _ in dossiers_valides(depot):
        for fichier in charge.financements:
            if fichier.modele is not None:
                yield charge, dossier, fichier.modele, fichier.doc


@regle("financement.dossier", "erreur", "La demande vise le dossier qui la contient, par un coordinateur du dossier.")
def dossier_vise(depot: Depot) -> Iterator[Signal]:
    for charge, dossier, f, doc in demandes(depot):
        if f.dossier != dossier.id:
            yield Signal(doc, ("dossier",), f"la demande vise le dossier {f.dossier} mais se trouve dans le dossier {dossier.id}.")
        if f.coordinateur not in charge.acteurs():
            yield Signal(doc, ("coordinateur",), f"{citer(f.coordinateur)} n'est pas un acteur du dossier.")


@regle("financement.mandat", "erreur", "La demande renvoie à une concertation qui a mandaté le coordinateur.")
def mandat(depot: Depot) -> Iterator[Signal]:
    for charge, _, f, doc in demandes(depot):
        note = charge.note_du(f.concertation)
        if note is None:
            yield Signal(doc, ("concertation",), f"aucune note de synthèse valide du {f.concertation} dans ce dossier.")
        elif not note.mandat_financement:
            yield Signal(doc, ("concertation",), f"la concertation du {f.concertation} n'a pas mandaté de demande de financement "
                                                 "(mandat_financement: true dans la note).")
        elif f.date_demande < f.concertation:
            yield Signal(doc, ("date_demande",), "la demande est datée avant la concertation qui la mandate.")


@regle("financement.action", "erreur", "L'action financée existe dans la note de synthèse.")
def action(depot: Depot) -> Iterator[Signal]:
    for charge, _, f, doc in demandes(depot):
        note = charge.note_du(f.concertation)
        if note is not None and all(a.numero != f.action for a in note.actions):
            yield Signal(doc, ("action",), f"la note du {f.concertation} n'a pas d'action n°{f.action}.")


@regle("financement.attestations", "erreur", "Les six attestations, les objectifs NPSM et « certifié sincère et conforme » sont confirmés.")
def attestations(depot: Depot) -> Iterator[Signal]:
    for _, _, f, doc in demandes(depot):
        for cle, libelle in LIBELLES_ATTESTATIONS.items():
            if not getattr(f.attestations, cle):
                yield Signal(doc, ("attestations", cle), f"attestation non confirmée : l'action est {libelle}.")
        if not f.objectifs_npsm:
            yield Signal(doc, ("objectifs_npsm",), "l'intervention doit servir les objectifs de la nouvelle politique en santé mentale.")
        if not f.certifie_sincere:
            yield Signal(doc, ("certifie_sincere",), "la demande est « certifiée sincère et conforme » par le coordinateur.")


def _dans_le_dossier(fichier: str) -> bool:
    chemin = PurePosixPath(fichier.replace("\\", "/"))
    return not chemin.is_absolute() and ".." not in chemin.parts and bool(chemin.parts)


@regle("financement.piece", "erreur", "Un devis ou une estimation est joint, et chaque pièce existe dans le dossier.")
def piece(depot: Depot) -> Iterator[Signal]:
    for charge, _, f, doc in demandes(depot):
        if not any(p.type in ("devis", "estimation") for p in f.pieces):
            yield Signal(doc, ("pieces",), "joignez un devis ou une estimation de la dépense (pieces: type devis ou estimation).")
        for i, p in enumerate(f.pieces):
            if not _dans_le_dossier(p.fichier):
                yield Signal(doc, ("pieces", i, "fichier"), "le chemin d'une pièce est relatif au dossier et y reste (pas de « .. » ni de chemin absolu).")
            elif p.fichier.replace("\\", "/") not in charge.pieces:
                yield Signal(doc, ("pieces", i, "fichier"), f"pièce introuvable dans le dossier : {citer(p.fichier)} (rangez-la dans pieces/).")


@regle("financement.plafond", "erreur", "Le montant demandé est positif et ne dépasse pas le plafond par demande.")
def plafond(depot: Depot) -> Iterator[Signal]:
    maximum = depot.config.plafond_demande
    for _, _, f, doc in demandes(depot):
        if f.montant_demande <= 0:
            yield Signal(doc, ("montant_demande",), "le montant demandé doit être supérieur à zéro.")
        elif f.montant_demande > maximum + TOLERANCE:
            yield Signal(doc, ("montant_demande",), f"{montant(f.montant_demande)} demandés : le plafond par demande est de {montant(maximum)}.")


@regle("financement.cofinancement", "erreur", "Si le coût dépasse le montant demandé, le reste est couvert par des cofinancements consignés.")
def cofinancement(depot: Depot) -> Iterator[Signal]:
    for _, _, f, doc in demandes(depot):
        if f.montant_demande > f.cout_total + TOLERANCE:
            yield Signal(doc, ("montant_demande",), "le montant demandé dépasse le coût total de l'action.")
            continue
        reste = f.cout_total - f.montant_demande
        couvert = sum(c.montant for c in f.cofinancements)
        if reste > TOLERANCE and couvert + TOLERANCE < reste:
            yield Signal(doc, ("cofinancements",), f"coût total {montant(f.cout_total)}, demandé {montant(f.montant_demande)} : "
                                                   f"indiquez qui finance les {montant(reste - couvert)} restants (cofinancements:).")


@regle("financement.decision", "erreur", "La décision est complète et cohérente avec la demande.")
def decision(depot: Depot) -> Iterator[Signal]:
    for _, _, f, doc in demandes(depot):
        d = f.decision
        if d.statut == "demandee":
            if d.montant_accorde is not None or d.date is not None:
                yield Signal(doc, ("decision",), "une demande sans décision n'a ni montant accordé ni date de décision.")
            continue
        if d.date is None:
            yield Signal(doc, ("decision", "statut"), "une décision est datée (decision › date).")
        elif d.date < f.date_demande:
            yield Signal(doc, ("decision", "date"), "la décision est datée avant la demande.")
        if d.statut == "accordee":
            if d.montant_accorde is None or d.montant_accorde <= 0:
                yield Signal(doc, ("decision", "statut"), "une demande accordée indique le montant accordé (decision › montant_accorde).")
            elif d.montant_accorde > f.montant_demande + TOLERANCE:
                yield Signal(doc, ("decision", "montant_accorde"), "le montant accordé dépasse le montant demandé.")
        else:
            if d.montant_accorde:
                yield Signal(doc, ("decision", "montant_accorde"), f"une demande {d.statut} n'a pas de montant accordé.")
            if not d.motif:
                yield Signal(doc, ("decision", "statut"), f"une demande {d.statut} indique son motif (decision › motif).")


@regle("financement.remboursement", "erreur", "Le remboursement suit une demande accordée, sur facture, sans dépasser le montant accordé.")
def remboursement(depot: Depot) -> Iterator[Signal]:
    for _, _, f, doc in demandes(depot):
        r = f.remboursement
        if r is None:
            continue
        if f.decision.statut != "accordee":
            yield Signal(doc, ("remboursement",), "seule une demande accordée est remboursée.")
            continue
        if r.montant_facture is not None and r.montant_facture > (f.decision.montant_accorde or 0) + TOLERANCE:
            yield Signal(doc, ("remboursement", "montant_facture"), "le montant facturé dépasse le montant accordé.")
        if r.date_remboursement is not None and (r.facture_recue is None or r.date_remboursement < r.facture_recue):
            yield Signal(doc, ("remboursement", "date_remboursement"), "le remboursement suit la réception de la facture.")
        if r.facture_recue is not None and f.decision.date is not None and r.facture_recue < f.decision.date:
            yield Signal(doc, ("remboursement", "facture_recue"), "la facture est reçue après la décision.")


@regle("financement.creation_indecise", "erreur", "Une demande entre dans le dépôt sans décision : seul le coordinateur décide ensuite.")
def creation_indecise(depot: Depot) -> Iterator[Signal]:
    decidees = [(f, doc) for _, _, f, doc in demandes(depot) if f.decidee]
    if not decidees:
        return
    suivis = depot.fichiers_commites
    if suivis is None:  # pas de Git ou pas encore de commit : rien à comparer
        return
    for f, doc in decidees:
        if doc.relatif not in suivis:
            yield Signal(doc, ("decision", "statut"), "une nouvelle demande entre sans décision (statut: demandee) : "
                                                      "le coordinateur décide dans un second temps.")

