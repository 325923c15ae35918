"""Règles sur les demandes Criseflex : mandat, action, attestations, pièces, plafond, décision."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import PurePosixPath

from filrouge.constat import citer, proposer
from filrouge.depot import Depot, DossierCharge
from filrouge.lecture import Document
from filrouge.mise_en_forme import montant
from filrouge.modele import Dossier, Financement
from filrouge.modele.financement import LIBELLES_ATTESTATIONS
from filrouge.regles.registre import Signal, dossiers_valides, regle

TOLERANCE = 0.005  # euros : les montants sont des nombres à virgule
_DEMANDE_SUIVIE = re.compile(r"dossiers/(?P<dossier>[^/]+)/financements/(?P<nom>[^/]+\.yaml)")


def demandes(depot: Depot) -> Iterator[tuple[DossierCharge, Dossier, Financement, Document]]:
    for charge, dossier, _ in dossiers_valides(depot):
        for fichier in charge.financements:
            if fichier.modele is not None:
                yield charge, dossier, fichier.modele, fichier.doc


@regle("financement.dossier", "erreur", "La demande vise le dossier qui la contient, par un coordinateur du dossier.")
def dossier_vise(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le formulaire de demande d'intervention financière nomme le dossier, et il est signé
    par le coordinateur mandaté par la concertation. Une demande rangée dans un dossier vise ce
    dossier-là, et son coordinateur est un acteur de ce dossier.

    Exemple fautif :
        # dossiers/2019-007/financements/2019-04-02-stage.yaml
        dossier: 2019-008
        coordinateur: a1

    Correction : Indiquez dans dossier: l'identifiant du dossier où la demande est rangée, et dans
    coordinateur: l'identifiant d'un acteur de dossier.yaml. Si la demande concerne un autre jeune,
    déplacez le fichier dans le bon dossier. Une demande d'un dossier fusionné dans celui-ci (filrouge
    fusionner, fusionne_avec:) garde l'identifiant de son dossier d'origine.
    """
    for charge, dossier, f, doc in demandes(depot):
        if f.dossier != dossier.id and f.dossier not in dossier.fusionne_avec:
            yield Signal(doc, ("dossier",), f"la demande vise le dossier {f.dossier} mais se trouve dans le dossier {dossier.id}.")
        if f.coordinateur not in charge.acteurs():
            yield Signal(doc, ("coordinateur",), f"{citer(f.coordinateur)} n'est pas un acteur du dossier"
                                                 f"{proposer(f.coordinateur, charge.acteurs()) or '.'}")


@regle("financement.coordinateur", "erreur", "Le coordinateur qui introduit la demande est un professionnel du dossier.")
def coordinateur(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La demande est introduite par le coordinateur du trajet de soin que la concertation
    mandate : un professionnel d'un service partenaire, qui signe « certifié sincère et conforme » et
    répond de la dépense. Ni le jeune, ni sa famille, ni un proche ne portent cette responsabilité, et
    le casemanager, tiers neutre, apporte la méthode sans introduire de demande.

    Exemple fautif :
        # dossier.yaml : jeune a le rôle jeune
        coordinateur: jeune

    Correction : Indiquez dans coordinateur: l'identifiant du professionnel mandaté par la concertation
    (souvent le coordinateur du soin de la note, coordinateur_soin:).
    """
    for charge, _, f, doc in demandes(depot):
        acteur = charge.acteurs().get(f.coordinateur)
        if acteur is not None and acteur.role != "professionnel":
            yield Signal(doc, ("coordinateur",), f"« {f.coordinateur} » ({acteur.role}) ne peut pas introduire la demande : "
                                                 "le coordinateur est un professionnel d'un service partenaire du dossier.")


@regle("financement.mandat", "erreur", "La demande renvoie à une concertation qui a mandaté le coordinateur.")
def mandat(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Une demande Criseflex part d'une concertation qui a constaté qu'une action essentielle
    n'est portée par personne et qui a chargé le coordinateur de demander un financement (question de
    la note de synthèse). Sans note à cette date, sans ce mandat, ou datée avant la concertation, la
    demande n'a pas de base.

    Exemple fautif :
        # financements/2019-04-02-stage.yaml
        concertation: 2019-03-12
        # concertations/2019-03-12.yaml
        mandat_financement: false

    Correction : Dans concertation:, donnez la date exacte de la note qui mandate la demande. Si la
    concertation a bien donné ce mandat, indiquez mandat_financement: true dans la note ; sinon,
    attendez qu'une concertation le décide.
    """
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
    """Pourquoi : La demande finance « l'action numéro … de la note de synthèse » : ce numéro existe
    dans la note citée, pour que le coordinateur du réseau voie ce qui est financé, qui le porte et
    les effets attendus.

    Exemple fautif :
        # la note du 2019-03-12 n'a que les actions 1 et 2
        concertation: 2019-03-12
        action: 3

    Correction : Indiquez le numéro de l'action dans la note citée, ou ajoutez l'action à cette note
    si la concertation l'a bien décidée.
    """
    for charge, _, f, doc in demandes(depot):
        note = charge.note_du(f.concertation)
        if note is not None and all(a.numero != f.action for a in note.actions):
            yield Signal(doc, ("action",), f"la note du {f.concertation} n'a pas d'action n°{f.action}.")


@regle("financement.attestations", "erreur", "Les six attestations, les objectifs NPSM et « certifié sincère et conforme » sont confirmés.")
def attestations(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le formulaire Criseflex fait constater par la concertation que l'action est nécessaire
    pour débloquer le trajet de soin, la solution la plus efficiente, une solution pérenne et adaptée,
    non prise en charge par les partenaires, sans double subventionnement et urgente ; il atteste
    aussi qu'elle sert les objectifs de la nouvelle politique de santé mentale, et le coordinateur la
    certifie « sincère et conforme ». Sans l'un de ces engagements, la demande n'est pas recevable.

    Exemple fautif :
        attestations:
          necessaire: true
          plus_efficiente: true
          solution_perenne: true
          non_financee: true
          pas_double_subside: false
          urgente: true

    Correction : Ne confirmez (true) que ce que la concertation a réellement constaté. Si un
    partenaire finance déjà l'action, une demande Criseflex n'est pas la bonne voie ; s'il n'en paie
    qu'une partie, déclarez sa part dans cofinancements:.
    """
    for _, _, f, doc in demandes(depot):
        for cle, libelle in LIBELLES_ATTESTATIONS.items():
            if not getattr(f.attestations, cle):
                yield Signal(doc, ("attestations", cle), f"attestation non confirmée : l'action {libelle}.")
        if not f.objectifs_npsm:
            yield Signal(doc, ("objectifs_npsm",), "l'intervention doit servir les objectifs de la nouvelle politique en santé mentale.")
        if not f.certifie_sincere:
            yield Signal(doc, ("certifie_sincere",), "la demande est « certifiée sincère et conforme » par le coordinateur.")


def _dans_le_dossier(fichier: str) -> bool:
    chemin = PurePosixPath(fichier.replace("\\", "/"))
    return not chemin.is_absolute() and ".." not in chemin.parts and bool(chemin.parts)


@regle("financement.piece", "erreur", "Un devis ou une estimation est joint, et chaque pièce existe dans le dossier.")
def piece(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le dossier de demande comprend le devis du prestataire, ou une estimation de la
    dépense, pour justifier le montant demandé. Chaque pièce citée est rangée dans le dossier
    (pieces/), pour que le coordinateur du réseau puisse la lire.

    Exemple fautif :
        pieces:
          - type: facture
            fichier: pieces/facture-stage.pdf

    Correction : Joignez un devis ou une estimation (type: devis ou estimation), rangez chaque fichier
    dans le répertoire pieces/ du dossier et citez-le par son chemin (pieces/devis.pdf).
    """
    for charge, _, f, doc in demandes(depot):
        if not any(p.type in ("devis", "estimation") for p in f.pieces):
            yield Signal(doc, ("pieces",), "joignez un devis ou une estimation de la dépense (pieces: type devis ou estimation).")
        for i, p in enumerate(f.pieces):
            if not _dans_le_dossier(p.fichier):
                yield Signal(doc, ("pieces", i, "fichier"), "le chemin d'une pièce est relatif au dossier et y reste (pas de « .. » ni de chemin absolu).")
            elif p.fichier.replace("\\", "/") not in charge.pieces | notes_du_dossier(charge):
                connus = [*f.pieces_proposees.values(), *charge.pieces]
                suite = proposer(p.fichier, charge.pieces) or " (rangez-la dans pieces/)."
                yield Signal(doc, ("pieces", i, "fichier"), f"pièce introuvable dans le dossier : {citer(p.fichier, connus)}{suite}")


def notes_du_dossier(charge: DossierCharge) -> set[str]:
    """Les fichiers des notes de synthèse, relatifs au dossier (concertations/2019-03-12.yaml, .md) :
    une demande peut citer la note elle-même comme pièce."""
    prefixe = f"{charge.relatif}/"
    return {doc.relatif.removeprefix(prefixe) for f in charge.concertations
            for doc in (f.doc, f.recit) if doc is not None}


def porte_la_note(fichier: str, concertation: dt.date) -> bool:
    """La pièce est la note de cette concertation, ou son impression : le nom du fichier porte sa date
    (concertations/2019-03-12.yaml, pieces/note-de-synthese-2019-03-12.pdf, le PDF de filrouge imprimer)."""
    return concertation.isoformat() in PurePosixPath(fichier.replace("\\", "/")).name


@regle("financement.piece_note", "erreur", "Les pièces comprennent la note de synthèse qui porte l'action financée (ou son PDF imprimé).")
def piece_note(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le dossier de demande d'intervention financière joint la note de synthèse de la
    concertation qui décide l'action et mandate la demande : c'est elle que le coordinateur du réseau
    lit pour juger l'action (qui la porte, ses effets attendus, ce qu'elle débloque). La pièce est la
    note elle-même (concertations/AAAA-MM-JJ.yaml) ou son impression signée (le PDF de filrouge
    imprimer), dont le nom porte la date de la concertation.

    Exemple fautif :
        concertation: 2019-03-12
        pieces:
          - type: devis
            fichier: pieces/devis-action-1.pdf

    Correction : Ajoutez aux pièces la note de la concertation citée : type: note_de_synthese, fichier:
    concertations/2019-03-12.yaml, ou le PDF imprimé et signé rangé dans pieces/
    (pieces/note-de-synthese-2019-03-12.pdf).
    """
    for _, _, f, doc in demandes(depot):
        notes = [p for p in f.pieces if p.type == "note_de_synthese"]
        if any(porte_la_note(p.fichier, f.concertation) for p in notes):
            continue
        if notes:
            i = f.pieces.index(notes[0])
            yield Signal(doc, ("pieces", i, "fichier"), f"la note de synthèse jointe n'est pas celle du {f.concertation}, qui porte "
                                                       f"l'action n°{f.action} : joignez concertations/{f.concertation}.yaml ou "
                                                       "son PDF imprimé (le nom du fichier porte la date).")
        else:
            yield Signal(doc, ("pieces",), f"joignez la note de synthèse du {f.concertation} (type: note_de_synthese, "
                                           f"fichier: concertations/{f.concertation}.yaml ou {f.pieces_proposees['note_de_synthese']}).")


@regle("financement.plafond", "erreur", "Le montant demandé est positif et ne dépasse pas le plafond par demande.",
       configuration=("plafond_demande",))
def plafond(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Une demande d'intervention financière Criseflex ne dépasse pas le plafond du réseau (10 000 € dans les réseaux livrés,
    plafond_demande dans reseau.yaml). Au-delà, le reste du coût vient d'autres financeurs : en 2019,
    une action de 15 000 € a reçu 10 000 €, le réseau de soins finançant le reste. Un montant nul
    n'est pas une demande.

    Exemple fautif :
        montant_demande: 12000
        cout_total: 12000

    Correction : Demandez au plus le plafond du réseau (plafond_demande) et indiquez dans
    cofinancements: qui paie le reste du coût total.
    """
    maximum = depot.config.plafond_demande
    for _, _, f, doc in demandes(depot):
        if f.montant_demande <= 0:
            yield Signal(doc, ("montant_demande",), "le montant demandé doit être supérieur à zéro.")
        elif f.montant_demande > maximum + TOLERANCE:
            yield Signal(doc, ("montant_demande",), f"{montant(f.montant_demande)} demandés : le plafond par demande est de {montant(maximum)}.")


@regle("financement.cofinancement", "erreur", "Si le coût dépasse le montant demandé, le reste est couvert par des cofinancements consignés.")
def cofinancement(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : L'intervention Criseflex est supplétive : elle ne paie que ce que personne d'autre ne
    porte, et la concertation doit montrer qu'il n'y a pas de double subventionnement. Si le coût
    total dépasse le montant demandé, la demande dit qui finance le reste ; et on ne demande jamais
    plus que le coût de l'action.

    Exemple fautif :
        montant_demande: 10000
        cout_total: 15000
        cofinancements: []

    Correction : Listez dans cofinancements: chaque autre financeur et son montant (source:, montant:)
    jusqu'à couvrir le reste, ou corrigez le coût total d'après le devis.
    """
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
    """Pourquoi : C'est le coordinateur du réseau qui décide. Sa décision est datée, ne précède pas la
    demande, et donne soit le montant accordé (jamais plus que le montant demandé), soit, pour un
    refus ou un retrait, son motif, comme en 2019 : matériel informatique non éligible, transport que
    le CPAS pouvait financer. L'enveloppe annuelle et le bilan reposent sur ces champs.

    Exemple fautif :
        decision:
          statut: refusee
          date: 2019-05-06

    Correction : Complétez la décision : montant_accorde et date pour une demande accordée ; date et
    motif pour une demande refusée ou retirée. Tant que rien n'est décidé, laissez statut: demandee,
    sans montant ni date.
    """
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
                yield Signal(doc, ("decision", "montant_accorde"), f"une demande « {d.statut} » n'a pas de montant accordé.")
            if not d.motif:
                yield Signal(doc, ("decision", "statut"), f"une demande « {d.statut} » indique son motif (decision › motif).")


@regle("financement.remboursement", "erreur", "Le remboursement suit une demande accordée, sur facture, sans dépasser le montant accordé.")
def remboursement(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La dépense autorisée est remboursée plus tard au prestataire, sur facture, par le
    gestionnaire financier : seule une demande accordée est remboursée, la facture arrive après la
    décision, le remboursement après la facture, et jamais au-delà du montant accordé.

    Exemple fautif :
        decision:
          statut: accordee
          montant_accorde: 2500
          date: 2019-04-10
        remboursement:
          facture_recue: 2019-05-02
          montant_facture: 2800

    Correction : Reportez les dates et les montants tels qu'ils sont sur la facture et le
    remboursement. Si la facture dépasse le montant accordé, la différence n'est pas couverte par
    cette demande : voyez avec la coordination du réseau.
    """
    for _, _, f, doc in demandes(depot):
        r = f.remboursement
        if r is None:
            continue
        if f.decision.statut != "accordee":
            yield Signal(doc, ("remboursement",), "seule une demande accordée est remboursée.")
            continue
        if r.montant_facture is not None and r.montant_facture > (f.decision.montant_accorde or 0) + TOLERANCE:
            yield Signal(doc, ("remboursement", "montant_facture"), "le montant facturé dépasse le montant accordé.")
        if r.date_remboursement is not None and r.facture_recue is not None and r.date_remboursement < r.facture_recue:
            yield Signal(doc, ("remboursement", "date_remboursement"), "le remboursement suit la réception de la facture.")
        if r.facture_recue is not None and f.decision.date is not None and r.facture_recue < f.decision.date:
            yield Signal(doc, ("remboursement", "facture_recue"), "la facture est reçue après la décision.")


@regle("financement.facture", "erreur", "Un montant facturé a sa date de facture ; un remboursement a sa facture (date et montant).")
def facture(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le gestionnaire financier rembourse le prestataire sur facture : c'est la facture,
    datée, qui justifie la dépense, et c'est sa date qui montre qu'elle suit la décision et précède le
    remboursement. Un montant facturé sans date de facture, ou un remboursement sans facture (date et
    montant), ne se vérifie pas.

    Exemple fautif :
        remboursement:
          montant_facture: 2400
          date_remboursement: 2019-06-10

    Correction : Reportez la date de la facture (facture_recue:) et son montant (montant_facture:), tels
    qu'ils figurent sur la facture reçue, avant d'indiquer la date du remboursement.
    """
    for _, _, f, doc in demandes(depot):
        r = f.remboursement
        if r is None or f.decision.statut != "accordee":
            continue
        if r.montant_facture is not None and r.facture_recue is None:
            yield Signal(doc, ("remboursement", "montant_facture"), "un montant facturé indique la date de la facture (facture_recue:).")
        if r.date_remboursement is not None and (r.facture_recue is None or r.montant_facture is None):
            manque = " et ".join(m for m, v in (("la date de la facture (facture_recue:)", r.facture_recue),
                                               ("son montant (montant_facture:)", r.montant_facture)) if v is None)
            yield Signal(doc, ("remboursement", "date_remboursement"), f"un remboursement se fait sur facture : indiquez {manque}.")


@regle("financement.creation_indecise", "erreur", "Une demande entre dans le dépôt sans décision : seul le coordinateur décide ensuite.", portee="depot")
def creation_indecise(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Seul le coordinateur du réseau décide d'une demande Criseflex. Une demande entre donc
    dans le dépôt avec le statut demandee, et la décision s'ajoute dans un second temps, par la
    coordination. Une demande qui arrive déjà accordée contournerait ce contrôle. La règle compare
    avec le dernier enregistrement (commit) Git.

    Exemple fautif :
        # nouvelle demande, jamais enregistrée dans le dépôt
        decision:
          statut: accordee
          montant_accorde: 2500
          date: 2019-04-10

    Correction : Déposez la demande avec decision: statut: demandee ; le coordinateur ajoute sa
    décision ensuite. Pour importer un historique déjà décidé, enregistrez d'abord les demandes sans
    décision, puis les décisions dans un second commit. Une demande déplacée par filrouge fusionner
    (son dossier d'origine a disparu, elle y était enregistrée sous le même nom) n'est pas nouvelle.
    """
    decidees = [(f, doc) for _, _, f, doc in demandes(depot) if f.decidee]
    if not decidees:
        return
    suivis = depot.fichiers_commites
    if suivis is None:  # pas de Git ou pas encore de commit : rien à comparer
        return
    presents = {charge.id for charge in depot.dossiers}
    # Une demande d'un dossier absorbé par « filrouge fusionner » change de répertoire, pas de contenu : son
    # dossier d'origine a disparu de l'arbre et elle était suivie sous le même nom.
    deplacees = {m["nom"] for suivi in suivis if (m := _DEMANDE_SUIVIE.fullmatch(suivi)) and m["dossier"] not in presents}
    for f, doc in decidees:
        if doc.relatif not in suivis and PurePosixPath(doc.relatif).name not in deplacees:
            yield Signal(doc, ("decision", "statut"), "une nouvelle demande entre sans décision (statut: demandee) : "
                                                      "le coordinateur décide dans un second temps.")

