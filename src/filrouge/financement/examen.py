"""L'examen d'une branche : chaque demande Criseflex ajoutée ou modifiée, règle par règle.

Les critères sont les règles du registre (`filrouge.regles`), appliquées au dépôt de la
branche et filtrées par fichier : l'examen ne réimplémente aucune règle. Il ajoute ce
qu'une comparaison avec la base peut voir, et refuse d'être trompé :
- une demande qui entre déjà décidée, un montant accordé qui change, une demande décidée
  qui disparaît ;
- une décision enregistrée ou modifiée (statut, montant accordé, remboursement) est une
  décision à approuver par la coordination, jamais une demande « recevable » ordinaire ;
- une demande qui n'a pas pu être vérifiée (formulaire, dossier, configuration illisible
  ou invalide) est « non examinable », jamais cochée ;
- tout fichier changé hors des données des dossiers (configuration, CODEOWNERS, CI,
  portail, schémas…) est un changement de gouvernance, listé en tête.
Les deux derniers ne passent que si la demande de fusion est celle de la coordination :
son auteur (`--auteur`, donné par la CI) figure dans `coordination` du reseau.yaml de la
BASE, que la branche ne peut pas modifier pour elle-même.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from filrouge.constat import Constat, citer
from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, Fichier, charger_depot
from filrouge.disposition import ErreurConfiguration
from filrouge.financement.base import Comparaison, charger_base, comparer
from filrouge.modele import Engagement, Financement, engagement
from filrouge.publication import TEXTE_RETENU, assainir
from filrouge.regles import REGLES
from filrouge.mise_en_forme import montant
from filrouge.regles.financement import TOLERANCE, demandes
from filrouge.regles.registre import Signal
from filrouge.validation import garde_des_noms

Etat = Literal["ajoutee", "modifiee", "supprimee"]
MOTIF_DEMANDE = re.compile(r"dossiers/[^/]+/financements/[^/]+\.yaml")
_DONNEES_DOSSIER = re.compile(r"dossiers/[^/]+/.+")
"""Les fichiers d'un dossier, que les casemanagers tiennent (CODEOWNERS) ; tout le reste est gouvernance."""

# Critères affichés, dans l'ordre du formulaire : (règle du registre, libellé, chemin du champ visé ou None).
CRITERES: tuple[tuple[str, str, tuple[str, ...] | None], ...] = (
    ("financement.mandat", "Mandat de la concertation", None),
    ("financement.action", "L'action existe dans la note de synthèse", None),
    ("financement.attestations", "Six attestations, objectifs NPSM, « certifié sincère et conforme »", None),
    ("financement.attestations", "Pas de double subventionnement déclaré", ("attestations", "pas_double_subside")),
    ("financement.piece", "Pièces justificatives : devis ou estimation, présentes dans le dossier", None),
    ("financement.piece_note", "Note de synthèse de l'action jointe (ou son PDF imprimé)", None),
    ("financement.plafond", "Plafond par demande", None),
    ("financement.cofinancement", "Reste du coût couvert par des cofinancements", None),
    ("financement.dossier", "Demande du dossier, par un acteur du dossier", None),
    ("financement.coordinateur", "Coordinateur : un professionnel du dossier", None),
    ("financement.decision", "Décision complète et cohérente", None),
    ("financement.remboursement", "Remboursement sur facture, dans le montant accordé", None),
    ("financement.facture", "Facture datée et chiffrée avant le remboursement", None),
)
ENVELOPPE = "enveloppe.annee"
CREATION = "financement.creation_indecise"
MONTANT_FIGE = "examen.montant_fige"
SUPPRESSION = "examen.suppression"
DECISION = "examen.decision"
GOUVERNANCE = "examen.gouvernance"
ANONYMAT = "examen.anonymat"
LISIBLE = "examen.lisible"
CHAMPS_FIGES = ("montant_demande", "decision.montant_accorde")
CHAMPS_DECISION = ("decision", "remboursement")


@dataclass(frozen=True)
class Critere:
    regle: str
    libelle: str
    motifs: tuple[str, ...] = ()
    verifie: bool = True
    """Faux quand la demande n'a pas pu être vérifiée : la règle ne s'est pas appliquée, rien n'est coché."""

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
    """Les formulaires tels qu'ils peuvent être montrés (passages internes ôtés), ou None."""
    criteres: list[Critere] = field(default_factory=list)
    changements: list[Changement] = field(default_factory=list)
    decision: bool = False
    """La branche enregistre ou modifie une décision (ou un remboursement) : c'est à la coordination."""
    obstacles: tuple[str, ...] = ()
    """Pourquoi la demande n'a pas pu être vérifiée ; vide si elle l'a été."""
    bloquants: tuple[str, ...] = ()
    """Les fichiers en erreur qui empêchent l'examen (montrés en littéral)."""
    masquee: bool = False
    """La garde d'anonymat signale le fichier : aucune de ses valeurs n'est montrée."""
    nom_masque: bool = False
    """La garde signale le nom même du fichier : son chemin est cité masqué."""

    @property
    def examinable(self) -> bool:
        return not self.obstacles

    @property
    def recevable(self) -> bool:
        return self.examinable and all(c.satisfait for c in self.criteres)

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


@dataclass(frozen=True)
class ChangementGouvernance:
    """Un fichier changé hors des données des dossiers : configuration, règles d'approbation, CI, portail…"""

    relatif: str
    code: str
    """A (ajouté), M (modifié) ou D (supprimé)."""


@dataclass
class Examen:
    comparaison: Comparaison
    demandes: list[DemandeExaminee]
    enveloppes: list[Enveloppe]
    gouvernance: list[ChangementGouvernance] = field(default_factory=list)
    auteur: str | None = None
    coordination: bool = False
    """L'auteur de la demande de fusion est un compte de la coordination (d'après la base)."""
    obstacles: tuple[str, ...] = ()
    """Ce qui empêche tout examen (configuration de la branche inutilisable…)."""

    @property
    def decisions(self) -> list[DemandeExaminee]:
        return [d for d in self.demandes if d.decision]

    @property
    def non_examinables(self) -> list[DemandeExaminee]:
        return [d for d in self.demandes if not d.examinable]

    @property
    def gouvernance_acceptee(self) -> bool:
        return not self.gouvernance or self.coordination

    @property
    def recevable(self) -> bool:
        """Sortie 0 : tout est vérifié et recevable, et ce qui revient à la coordination vient d'elle."""
        return not self.obstacles and self.gouvernance_acceptee and all(d.recevable for d in self.demandes)


def est_gouvernance(relatif: str) -> bool:
    """Vrai pour tout fichier qui n'est pas une donnée de dossier : il change les règles du jeu.

    Un fichier caché ou de contrôle (.gitattributes, .gitignore, CODEOWNERS) compte toujours,
    même rangé dans un dossier.
    """
    nom = PurePosixPath(relatif).name
    if nom.startswith(".") or nom.upper() == "CODEOWNERS":
        return True
    return not _DONNEES_DOSSIER.fullmatch(relatif)


def examiner(racine: Path, base: str | None = None, auteur: str | None = None) -> Examen:
    """Compare l'arbre de travail avec le point de départ de la branche et examine chaque demande changée."""
    comparaison = comparer(racine, base)
    ancien = charger_base(racine, comparaison.pointe)  # l'état actuel de la base, décisions récentes comprises
    comptes = set(ancien.config.coordination) if ancien is not None else set()
    coordination = auteur is not None and auteur in comptes
    gouvernance = [ChangementGouvernance(relatif, code) for relatif, code in sorted(comparaison.changes.items())
                   if est_gouvernance(relatif)]
    gouvernance += [ChangementGouvernance(f"(racine Git)/{relatif}", code)
                    for relatif, code in sorted(comparaison.hors_racine.items())]
    changees = sorted(r for r in comparaison.changes if MOTIF_DEMANDE.fullmatch(r))
    try:
        tete = charger_depot(racine)
    except ErreurConfiguration as exc:
        obstacle = ("la configuration de la branche est inutilisable (" + "; ".join(
            f"{c.fichier}" + (f", ligne {c.ligne}" if c.ligne else "") + f" [{c.regle}]" for c in exc.constats)
            + ") : aucune règle n'a pu s'appliquer.")
        examinees = [DemandeExaminee(r, _etat(comparaison.changes[r], False), None, None, obstacles=(obstacle,))
                     for r in changees]
        return _noms_masques(Examen(comparaison, examinees, [], gouvernance, auteur, coordination, (obstacle,)), ancien)
    avant, apres = _fichiers_demandes(ancien), _fichiers_demandes(tete)
    if ancien is not None:
        # Les règles en vigueur sont celles de la base : une branche qui relève le plafond dans son
        # reseau.yaml ne fait pas passer sa propre demande (le changement lui-même est de la gouvernance).
        tete = dataclasses.replace(tete, configuration=ancien.configuration, annuaire=ancien.annuaire)
    signaux = _signaux(tete)
    erreurs = _erreurs(tete)
    bloquants = _bloquants(tete, erreurs)
    signales = _signales_par_la_garde(tete, changees)
    deplacees = _deplacees_par_une_fusion(comparaison.changes, avant, apres, tete)
    examinees = []
    for relatif in changees:
        f_avant, f_apres = avant.get(relatif), apres.get(relatif)
        etat = _etat(comparaison.changes[relatif], f_avant is not None)
        demande = DemandeExaminee(relatif, etat, _montrable(f_avant), _montrable(f_apres),
                                  masquee=relatif in signales)
        if etat == "modifiee":
            demande.changements = _changements(f_avant, f_apres)
            demande.decision = _touche_une_decision(f_avant, f_apres, demande.changements)
        if etat != "supprimee":
            demande.obstacles, demande.bloquants = _obstacles(relatif, f_apres, erreurs, bloquants)
        if relatif in comparaison.en_retard:
            demande.obstacles += ("la base a changé ce fichier depuis le départ de la branche (une décision, peut-être) : "
                                  "mettez la branche à jour avec la base, puis relancez l'examen.",)
        demande.criteres = _criteres(demande, f_avant, f_apres, signaux, erreurs.get(relatif, []), tete, coordination,
                                     deplacees)
        examinees.append(demande)
    annees = sorted({d.annee for d in examinees if d.annee is not None})
    enveloppes = [_enveloppe(annee, ancien, tete) for annee in annees]
    _juger_enveloppe(examinees, signaux[ENVELOPPE], tete)
    return _noms_masques(Examen(comparaison, examinees, enveloppes, gouvernance, auteur, coordination), tete)


def _noms_masques(examen: Examen, depot: Depot | None) -> Examen:
    """Le commentaire part par courriel : un chemin dont le nom porte une donnée identifiante (selon la garde) y est
    cité masqué, et rien de sa demande n'est montré. Sans dépôt lisible pour la garde, tout chemin est masqué."""
    chemins = ({g.relatif for g in examen.gouvernance} | {d.relatif for d in examen.demandes}
               | {b for d in examen.demandes for b in d.bloquants})
    signales = {c.fichier for c in garde_des_noms(depot, chemins) if c.est_erreur} if depot is not None else chemins
    if not signales:
        return examen
    montrer = lambda relatif: citer(relatif) if relatif in signales else relatif  # noqa: E731
    for d in examen.demandes:
        d.nom_masque = d.relatif in signales
        d.masquee = d.masquee or d.nom_masque
        d.bloquants = tuple(map(montrer, d.bloquants))
    examen.gouvernance = [dataclasses.replace(g, relatif=montrer(g.relatif)) for g in examen.gouvernance]
    return examen


def _etat(code: str, dans_la_base: bool) -> Etat:
    if code == "D":
        return "supprimee"
    return "modifiee" if code != "A" and dans_la_base else "ajoutee"


def _fichiers_demandes(depot: Depot | None) -> dict[str, Fichier[Financement]]:
    if depot is None:
        return {}
    return {f.relatif: f for charge in depot.dossiers for f in charge.financements}


def _montrable(fichier: Fichier[Financement] | None) -> Financement | None:
    """Le formulaire tel qu'il peut paraître dans un commentaire : passages internes ôtés."""
    if fichier is None or fichier.modele is None:
        return None
    return assainir(fichier.modele, TEXTE_RETENU)


def _signaux(depot: Depot) -> dict[str, list[Signal]]:
    """Les signaux des règles utilisées, par règle : chaque règle du registre tourne une fois."""
    ids = {regle for regle, _, _ in CRITERES} | {ENVELOPPE}
    return {regle: list(REGLES[regle].verifier(depot)) for regle in ids}


def _erreurs(depot: Depot) -> dict[str, list[Constat]]:
    """Erreurs de lecture et de schéma, par fichier."""
    erreurs: dict[str, list[Constat]] = defaultdict(list)
    for c in depot.constats:
        if c.est_erreur:
            erreurs[c.fichier].append(c)
    return erreurs


def _bloquants(depot: Depot, erreurs: dict[str, list[Constat]]) -> list[str]:
    """Les fichiers illisibles ou invalides qui faussent l'examen de toute demande.

    Les règles ne voient que les dossiers valides : une demande d'un dossier invalide
    échapperait à toutes, et celles d'un dossier rendu invalide sortiraient du calcul de
    l'enveloppe. Tout dossier.yaml ou formulaire de demande en erreur empêche donc l'examen.
    """
    return sorted(f for f in erreurs if f.startswith(f"{REPERTOIRE_DOSSIERS}/")
                  and (f.endswith("/dossier.yaml") or MOTIF_DEMANDE.fullmatch(f) or f.count("/") == 1))


def _obstacles(relatif: str, apres: Fichier[Financement] | None, erreurs: dict[str, list[Constat]],
               bloquants: list[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(raisons, fichiers en cause) : ce qui empêche d'examiner la demande."""
    obstacles = []
    if apres is None or apres.modele is None or relatif in erreurs:
        obstacles.append("le formulaire de la demande ne peut pas être lu ou ne passe pas le schéma.")
    autres = tuple(f for f in bloquants if f != relatif)
    if autres:
        obstacles.append("des fichiers en erreur faussent les règles (dossier ou demande invalide) : lancez "
                         "« filrouge valider » et corrigez-les d'abord.")
    return tuple(obstacles), autres


def _signales_par_la_garde(depot: Depot, relatifs: list[str]) -> set[str]:
    """Les demandes changées où la garde d'anonymat trouve une donnée identifiante : rien n'en est montré."""
    from filrouge.anonymat import analyser_texte, contexte_du_depot

    documents = {doc.relatif: doc for doc in depot.documents if doc.relatif in set(relatifs)}
    if not documents:
        return set()
    contexte = contexte_du_depot(depot.racine, annuaire=depot.partenaires)
    return {relatif for relatif, doc in documents.items()
            if any(c.est_erreur for c in analyser_texte(doc.texte, relatif, contexte)[0])}


def _touche_une_decision(avant: Fichier[Financement] | None, apres: Fichier[Financement] | None,
                         changements: list[Changement]) -> bool:
    """Vrai si la branche enregistre ou change une décision, un remboursement, ou retouche une demande décidée."""
    if any(c.champ.split(".")[0].split("[")[0] in CHAMPS_DECISION for c in changements):
        return True
    decidee = avant is not None and avant.modele is not None and avant.modele.decidee
    return decidee and bool(changements)


def _deplacees_par_une_fusion(changes: dict[str, str], avant: dict[str, Fichier[Financement]],
                              apres: dict[str, Fichier[Financement]], tete: Depot) -> set[str]:
    """Les demandes (ajoutée et supprimée) qu'une fusion de dossiers (`filrouge fusionner`) a seulement déplacées :
    même nom de fichier, même contenu, du dossier absorbé vers le dossier qui le note dans fusionne_avec."""
    absorbes = {charge.id: set(charge.modele.fusionne_avec) for charge in tete.dossiers if charge.modele is not None}
    deplacees: set[str] = set()
    for ajoutee in (r for r, code in changes.items() if code == "A" and r in apres):
        dossier, nom = ajoutee.split("/")[1], PurePosixPath(ajoutee).name
        for origine in absorbes.get(dossier, ()):
            supprimee = f"{REPERTOIRE_DOSSIERS}/{origine}/financements/{nom}"
            if (changes.get(supprimee) == "D" and supprimee in avant and avant[supprimee].modele is not None
                    and avant[supprimee].modele == apres[ajoutee].modele):
                deplacees |= {ajoutee, supprimee}
    return deplacees


def _criteres(demande: DemandeExaminee, f_avant: Fichier[Financement] | None, f_apres: Fichier[Financement] | None,
              signaux: dict[str, list[Signal]], lecture: list[Constat], tete: Depot,
              coordination: bool, deplacees: set[str]) -> list[Critere]:
    brut_avant = f_avant.modele if f_avant else None
    brut_apres = f_apres.modele if f_apres else None
    deplacee = demande.relatif in deplacees
    if demande.etat == "supprimee":
        decidee = brut_avant is not None and brut_avant.decidee and not deplacee
        motif = ("une demande décidée reste dans le dépôt : l'enveloppe et le bilan en gardent la trace "
                 f"(statut {brut_avant.decision.statut})." if decidee and brut_avant else None)
        return [Critere(SUPPRESSION, "Aucune demande décidée n'est supprimée", (motif,) if motif else ())]
    criteres = []
    if lecture or brut_apres is None:
        criteres.append(Critere(LISIBLE, "Fichier lisible et conforme au formulaire",
                                tuple(_motif(c.ligne, f"{c.message} ({c.regle})") for c in lecture)
                                or ("la demande n'a pas pu être lue.",)))
    if not demande.examinable:
        return criteres + [Critere(regle, libelle, verifie=False) for regle, libelle, _ in CRITERES]
    assert brut_apres is not None
    for regle, libelle, chemin in CRITERES:
        if regle == "financement.plafond":
            libelle = f"{libelle} ({montant(tete.config.plafond_demande)})"
        motifs = tuple(_motif(s.position(), s.message) for s in signaux[regle]
                       if s.doc.relatif == demande.relatif and (chemin is None or s.chemin[:len(chemin)] == chemin))
        criteres.append(Critere(regle, libelle, motifs))
    if demande.etat == "ajoutee" and brut_apres.decidee and not deplacee:
        criteres.append(Critere(CREATION, "La demande entre sans décision", (
            f"elle entre avec le statut « {brut_apres.decision.statut} » : déposez-la en « demandee » ; "
            "le coordinateur du réseau décide ensuite, dans une demande de fusion séparée.",)))
    elif demande.etat == "ajoutee":
        criteres.append(Critere(CREATION, "La demande entre sans décision"))
    if demande.etat == "modifiee" and brut_avant is not None and brut_avant.decision.statut == "accordee":
        figes = [c for c in demande.changements if c.champ in CHAMPS_FIGES]
        criteres.append(Critere(MONTANT_FIGE, "Le montant d'une demande accordée ne change pas", tuple(
            f"{c.champ} passe de {valeur_lisible(c.champ, c.avant)} à {valeur_lisible(c.champ, c.apres)} après l'accord : "
            "une nouvelle demande est nécessaire." for c in figes)))
    if demande.masquee:
        criteres.append(Critere(ANONYMAT, "Aucune donnée identifiante (garde d'anonymat)", (
            "la garde d'anonymat signale ce fichier : « filrouge valider » situe la donnée.",)))
    if demande.decision:
        criteres.append(Critere(DECISION, "Décision enregistrée par la coordination du réseau", () if coordination else (
            "cette branche enregistre ou modifie une décision (ou un remboursement) ; seule la coordination du "
            "réseau décide : sa propre demande de fusion, approuvée par elle (CODEOWNERS).",)))
    return criteres


def _motif(ligne: int | None, message: str) -> str:
    return f"ligne {ligne} : {message}" if ligne else message


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
        if demande.etat == "supprimee" or demande.apres is None or not demande.examinable:
            continue
        annee = demande.apres.date_demande.year
        engage_avant = demande.avant.engage if demande.avant else 0.0
        plus = demande.apres.engage > engage_avant + TOLERANCE
        motif = par_annee.get(annee) if plus else None
        demande.criteres.append(Critere(ENVELOPPE, f"Enveloppe {annee} : accordé + en attente dans l'enveloppe",
                                        (motif,) if motif else ()))


def _enveloppe(annee: int, ancien: Depot | None, tete: Depot) -> Enveloppe:
    avant = engagement((f for _, _, f, _ in demandes(ancien)), annee) if ancien is not None else Engagement()
    apres = engagement((f for _, _, f, _ in demandes(tete)), annee)
    return Enveloppe(annee, tete.config.enveloppe(annee), avant.accorde, avant.en_attente, apres.accorde,
                     apres.en_attente)


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


def _donnees(modele: Financement | None) -> dict[str, Any]:
    """Les champs d'un formulaire valide ; un formulaire invalide n'est jamais recopié (rien n'est montré)."""
    return _a_plat(modele.model_dump(mode="json", exclude_none=True)) if modele is not None else {}


def _changements(avant: Fichier[Financement] | None, apres: Fichier[Financement] | None) -> list[Changement]:
    """Les champs qui changent, comparés sur les formulaires bruts, montrés passages internes ôtés."""
    brut_a, brut_b = _donnees(avant.modele if avant else None), _donnees(apres.modele if apres else None)
    montre_a, montre_b = _donnees(_montrable(avant)), _donnees(_montrable(apres))
    ordre = list(brut_a) + [cle for cle in brut_b if cle not in brut_a]
    return [Changement(cle, montre_a.get(cle), montre_b.get(cle)) for cle in ordre if brut_a.get(cle) != brut_b.get(cle)]


def valeur_lisible(champ: str, valeur: Any) -> str:
    """Une valeur lisible : montants en euros, oui/non, tiret pour l'absence."""
    if valeur is None:
        return "—"
    if isinstance(valeur, bool):
        return "oui" if valeur else "non"
    if isinstance(valeur, (int, float)) and re.search(r"montant|cout", champ):
        return montant(float(valeur))
    return str(valeur)
