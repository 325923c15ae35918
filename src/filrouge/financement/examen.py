"""L'examen d'une branche : chaque demande Criseflex ajoutée ou modifiée, règle par règle.

Les critères sont les règles du registre (`filrouge.regles`), appliquées au dépôt de la
branche et filtrées par fichier : l'examen ne réimplémente aucune règle. Il ajoute
seulement ce qu'une comparaison avec la base peut voir : une demande qui entre déjà
décidée, un montant accordé qui change, une demande accordée qui disparaît.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from filrouge.depot import Depot, Fichier, charger_depot
from filrouge.financement.base import Comparaison, charger_base, comparer
from filrouge.modele import Financement
from filrouge.regles import REGLES
from filrouge.regles.financement import TOLERANCE, demandes, montant
from filrouge.regles.registre import Signal

Etat = Literal["ajoutee", "modifiee", "supprimee"]
MOTIF_DEMANDE = re.compile(r"dossiers/[^/]+/financements/[^/]+\.yaml")

# Critères affichés, dans l'ordre du formulaire : (règle du registre, libellé, chemin du champ visé ou None).
CRITERES: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("financement.mandat", "Mandat de la concertation", None),
    ("financement.action", "L'action existe dans la note de synthèse", None),
    ("financement.attestations", "Six attestations, objectifs NPSM, « certifié sincère et conforme »", None),
    ("financement.attestations", "Pas de double subventionnement déclaré", ("attestations", "pas_double_subside")),
    ("financement.piece", "Pièces justificatives : devis ou estimation, présentes dans le dossier", None),
    ("financement.plafond", "Plafond par demande", None),
    ("financement.cofinancement", "Reste du coût couvert par des cofinancements", None),
    ("financement.dossier", "Demande du dossier, par un acteur du dossier", None),
    ("financement.decision", "Décision complète et cohérente", None),
    ("financement.remboursement", "Remboursement sur facture, dans le montant accordé", None),
)
ENVELOPPE = "enveloppe.annee"
CREATION = "financement.creation_indecise"
MONTANT_FIGE = "examen.montant_fige"
SUPPRESSION = "examen.suppression"
CHAMPS_FIGES = ("montant_demande", "decision.montant_accorde")


@dataclass(frozen=True)
class Critere:
    regle: str
    libelle: str
    motifs: tuple[str, ...] = ()
    verifie: bool = True
    """Faux quand la demande est illisible : la règle n'a pas pu s'appliquer, rien n'est coché."""

    @property
    def satisfait(self) -> bool:
        return self.verifie and not self.motifs


@dataclass(frozen=True)
class Changement:
    champ: str
    avant: Any
    apres: Any


@dataclass
class DemandeExaminee:
    relatif: str
    etat: Etat
    avant: Financement | None
    apres: Financement | None
    criteres: list[Critere] = field(default_factory=list)
    changements: list[Changement] = field(default_factory=list)

    @property
    def recevable(self) -> bool:
        return all(c.satisfait for c in self.criteres)

    @property
    def annee(self) -> int | None:
        modele = self.apres or self.avant
        return modele.date_demande.year if modele else None


@dataclass(frozen=True)
class Enveloppe:
    """Une année : ce qui était accordé et en attente avant la branche, et après."""

    annee: int
    montant: float | None
    accorde_avant: float
    attente_avant: float
    accorde_apres: float
    attente_apres: float

    @property
    def engage_avant(self) -> float:
        return self.accorde_avant + self.attente_avant

    @property
    def engage_apres(self) -> float:
        return self.accorde_apres + self.attente_apres


@dataclass
class Examen:
    comparaison: Comparaison
    demandes: list[DemandeExaminee]
    enveloppes: list[Enveloppe]

    @property
    def recevable(self) -> bool:
        return all(d.recevable for d in self.demandes)


def examiner(racine: Path, base: str | None = None) -> Examen:
    """Compare l'arbre de travail avec le point de départ de la branche et examine chaque demande changée."""
    comparaison = comparer(racine, base)
    tete = charger_depot(racine)
    ancien = charger_base(racine, comparaison.commun)
    avant, apres = _fichiers_demandes(ancien), _fichiers_demandes(tete)
    signaux = _signaux(tete)
    lecture = _erreurs_de_lecture(tete)
    examinees = []
    for relatif, code in sorted(comparaison.changes.items()):
        if not MOTIF_DEMANDE.fullmatch(relatif):
            continue
        etat: Etat = {"A": "ajoutee", "D": "supprimee"}.get(code, "modifiee")  # type: ignore[assignment]
        f_avant, f_apres = avant.get(relatif), apres.get(relatif)
        if etat == "modifiee" and f_avant is None:
            etat = "ajoutee"  # fichier absent de la base (ou illisible alors) : il entre maintenant
        demande = DemandeExaminee(relatif, etat, f_avant.modele if f_avant else None, f_apres.modele if f_apres else None)
        demande.changements = _changements(f_avant, f_apres) if etat == "modifiee" else []
        demande.criteres = _criteres(demande, signaux, lecture.get(relatif, []), tete)
        examinees.append(demande)
    annees = sorted({d.annee for d in examinees if d.annee is not None})
    enveloppes = [_enveloppe(annee, ancien, tete) for annee in annees]
    _juger_enveloppe(examinees, signaux[ENVELOPPE], tete)
    return Examen(comparaison, examinees, enveloppes)


def _fichiers_demandes(depot: Depot | None) -> dict[str, Fichier[Financement]]:
    if depot is None:
        return {}
    return {f.relatif: f for charge in depot.dossiers for f in charge.financements}


def _signaux(depot: Depot) -> dict[str, list[Signal]]:
    """Les signaux des règles utilisées, par règle : chaque règle du registre tourne une fois."""
    ids = {regle for regle, _, _ in CRITERES} | {ENVELOPPE}
    return {regle: list(REGLES[regle].verifier(depot)) for regle in ids}


def _erreurs_de_lecture(depot: Depot) -> dict[str, list[str]]:
    """Erreurs de lecture et de schéma, par fichier : une demande illisible n'est pas recevable."""
    erreurs: dict[str, list[str]] = defaultdict(list)
    for c in depot.constats:
        if c.est_erreur:
            erreurs[c.fichier].append(_motif(c.ligne, f"{c.message} ({c.regle})"))
    return erreurs


def _motif(ligne: int | None, message: str) -> str:
    return f"ligne {ligne} : {message}" if ligne else message


def _criteres(demande: DemandeExaminee, signaux: dict[str, list[Signal]], lecture: list[str],
              tete: Depot) -> list[Critere]:
    if demande.etat == "supprimee":
        decidee = demande.avant is not None and demande.avant.decision.statut != "demandee"
        motif = ("une demande décidée reste dans le dépôt : l'enveloppe et le bilan en gardent la trace "
                 f"(statut {demande.avant.decision.statut})." if decidee and demande.avant else None)
        return [Critere(SUPPRESSION, "Aucune demande décidée n'est supprimée", (motif,) if motif else ())]
    criteres = []
    if lecture or demande.apres is None:
        criteres.append(Critere("schema", "Fichier lisible et conforme au formulaire",
                                tuple(lecture) or ("la demande n'a pas pu être lue.",)))
    if demande.apres is None:
        return criteres + [Critere(regle, libelle, verifie=False) for regle, libelle, _ in CRITERES]
    for regle, libelle, chemin in CRITERES:
        if regle == "financement.plafond":
            libelle = f"{libelle} ({montant(tete.config.plafond_demande)})"
        motifs = tuple(_motif(s.doc.ligne(*s.chemin), s.message) for s in signaux[regle]
                       if s.doc.relatif == demande.relatif and (chemin is None or s.chemin[:len(chemin)] == chemin))
        criteres.append(Critere(regle, libelle, motifs))
    if demande.etat == "ajoutee" and demande.apres is not None and demande.apres.decision.statut != "demandee":
        criteres.append(Critere(CREATION, "La demande entre sans décision", (
            f"elle entre avec le statut « {demande.apres.decision.statut} » : déposez-la en « demandee » ; "
            "le coordinateur du réseau décide ensuite, dans une demande de fusion séparée.",)))
    elif demande.etat == "ajoutee":
        criteres.append(Critere(CREATION, "La demande entre sans décision"))
    if demande.etat == "modifiee" and demande.avant is not None and demande.avant.decision.statut == "accordee":
        figes = [c for c in demande.changements if c.champ in CHAMPS_FIGES]
        criteres.append(Critere(MONTANT_FIGE, "Le montant d'une demande accordée ne change pas", tuple(
            f"{c.champ} passe de {valeur_lisible(c.champ, c.avant)} à {valeur_lisible(c.champ, c.apres)} après l'accord : "
            "une nouvelle demande est nécessaire." for c in figes)))
    return criteres


def _juger_enveloppe(examinees: list[DemandeExaminee], signaux: list[Signal], tete: Depot) -> None:
    """Une demande qui engage davantage une année dont l'enveloppe déborde (règle enveloppe.annee) n'est pas recevable."""
    annee_de = {doc.relatif: f.date_demande.year for _, _, f, doc in demandes(tete)}
    par_annee: dict[int, str] = {}
    for s in signaux:
        if s.doc.relatif in annee_de:
            par_annee.setdefault(annee_de[s.doc.relatif], s.message)
        else:  # signal sur reseau.yaml : « aucune enveloppe configurée pour AAAA »
            for annee in re.findall(r"\b(\d{4})\b", s.message):
                par_annee.setdefault(int(annee), s.message)
    for demande in examinees:
        if demande.etat == "supprimee" or demande.apres is None:
            continue
        annee = demande.apres.date_demande.year
        engage_avant = demande.avant.engage if demande.avant else 0.0
        plus = demande.apres.engage > engage_avant + TOLERANCE
        motif = par_annee.get(annee) if plus else None
        demande.criteres.append(Critere(ENVELOPPE, f"Enveloppe {annee} : accordé + en attente dans l'enveloppe",
                                        (motif,) if motif else ()))


def _enveloppe(annee: int, ancien: Depot | None, tete: Depot) -> Enveloppe:
    def sommes(depot: Depot | None) -> tuple[float, float]:
        if depot is None:
            return 0.0, 0.0
        liste = [f for _, _, f, _ in demandes(depot) if f.date_demande.year == annee]
        return (sum(f.engage for f in liste if f.decision.statut == "accordee"),
                sum(f.engage for f in liste if f.decision.statut == "demandee"))
    (acc_av, att_av), (acc_ap, att_ap) = sommes(ancien), sommes(tete)
    return Enveloppe(annee, tete.config.enveloppe(annee), acc_av, att_av, acc_ap, att_ap)


def _a_plat(valeur: Any, prefixe: str = "") -> dict[str, Any]:
    """{"decision": {"statut": …}} -> {"decision.statut": …} ; les listes par rang : pieces[0].fichier."""
    if isinstance(valeur, dict):
        resultat: dict[str, Any] = {}
        for cle, sous in valeur.items():
            resultat.update(_a_plat(sous, f"{prefixe}.{cle}" if prefixe else str(cle)))
        return resultat
    if isinstance(valeur, list) and valeur:
        resultat = {}
        for i, sous in enumerate(valeur):
            resultat.update(_a_plat(sous, f"{prefixe}[{i}]"))
        return resultat
    return {prefixe: valeur}


def _donnees(fichier: Fichier[Financement] | None) -> dict[str, Any]:
    if fichier is None:
        return {}
    if fichier.modele is not None:
        return _a_plat(fichier.modele.model_dump(mode="json", exclude_none=True))
    return _a_plat(fichier.doc.donnees if isinstance(fichier.doc.donnees, dict) else {})


def _changements(avant: Fichier[Financement] | None, apres: Fichier[Financement] | None) -> list[Changement]:
    a, b = _donnees(avant), _donnees(apres)
    ordre = list(a) + [cle for cle in b if cle not in a]
    return [Changement(cle, a.get(cle), b.get(cle)) for cle in ordre if a.get(cle) != b.get(cle)]


def valeur_lisible(champ: str, valeur: Any) -> str:
    """Une valeur lisible : montants en euros, oui/non, tiret pour l'absence."""
    if valeur is None:
        return "—"
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, (int, float)) and re.search(r"montant|cout", champ):
        return montant(float(valeur))
    return str(valeur)
