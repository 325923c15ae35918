"""Le bilan mis en sections et en tableaux, une fois pour tous les rendus.

Le texte Markdown de la commande, la page HTML du portail et les fichiers CSV
téléchargeables lisent les mêmes tableaux : un chiffre ne peut pas différer d'un rendu à
l'autre. Les cellules gardent leur valeur brute (nombre, date) ; chaque rendu la met en
forme (français pour les pages, brute pour le CSV).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from filrouge.bilan.chiffres import Bilan, Ecart
from filrouge.mise_en_forme import date_longue, decimal, mois_annee, montant, nombre, pourcentage

Genre = Literal["texte", "nombre", "montant", "pourcent", "decimal", "mois"]
Cellule = str | int | float | dt.date | None
LIBELLES_DECISION = {"accordee": "accordée", "refusee": "refusée", "retiree": "retirée", "demandee": "en attente"}


@dataclass(frozen=True)
class Colonne:
    titre: str
    genre: Genre = "nombre"

    @property
    def a_droite(self) -> bool:
        """Les nombres s'alignent à droite, les textes à gauche."""
        return self.genre not in ("texte", "mois")


@dataclass(frozen=True)
class Tableau:
    nom: str  # nom du fichier CSV, sans extension
    colonnes: tuple[Colonne, ...]
    lignes: list[tuple[Cellule, ...]]


@dataclass
class Section:
    id: str
    titre: str
    paragraphes: list[str] = field(default_factory=list)
    tableau: Tableau | None = None
    graphique: str | None = None  # nom du graphique de graphiques.py


def formater(valeur: Cellule, genre: Genre) -> str:
    """Une cellule à la française : 10 000 €, 9,1 %, 15 novembre 2019."""
    if valeur is None:
        return "—"
    if isinstance(valeur, dt.date):
        return date_longue(valeur)
    if genre == "mois" and isinstance(valeur, str):
        return mois_annee(valeur)
    if genre == "montant" and isinstance(valeur, (int, float)):
        return montant(valeur)
    if genre == "pourcent" and isinstance(valeur, (int, float)):
        return pourcentage(valeur)
    if genre == "decimal" and isinstance(valeur, (int, float)):
        return decimal(valeur)
    if isinstance(valeur, (int, float)) and not isinstance(valeur, bool):
        return nombre(valeur)
    return str(valeur)


def sections(bilan: Bilan) -> list[Section]:
    return [_demandes(bilan), _tableau(bilan), _ages(bilan), _concertations(bilan), _criseflex(bilan),
            _capacite(bilan), _secteurs(bilan), _ecarts(bilan)]


def _demandes(b: Bilan) -> Section:
    annee = b.periode.annee
    motifs = ", ".join(f"{b.motifs_non_ouverture.get(m, m.replace('_', ' '))} : {len(ids)}"
                       for m, ids in sorted(b.non_ouverts.items()))
    paragraphes = [
        f"Demandes traitées : {b.traitees} ({len(b.recues)} demandes reçues en {annee}, "
        f"{len(b.anterieurs)} dossiers ouverts avant {annee} et encore actifs au 1er janvier).",
        f"Dossiers ouverts en {annee} : {len(b.ouverts)}.",
        f"Demandes non ouvertes : {b.non_ouverts_total}" + (f" ({motifs})." if motifs else "."),
        f"Dossiers accompagnés en {annee} : {len(b.suivis)}, dont {len(b.en_cours)} actifs au "
        f"{date_longue(b.periode.au)} et {len(b.clos)} clôturés en {annee}.",
    ]
    if b.en_attente:
        paragraphes.append(f"Demandes en attente d'une décision d'ouverture : {len(b.en_attente)}.")
    return Section("demandes", "Demandes et dossiers", paragraphes)


def _tableau(b: Bilan) -> Section:
    colonnes = (Colonne("Nombre de dossiers"), Colonne("Ouverture", "texte"), Colonne("Clôture", "texte"),
                Colonne("Demandes de financement"), Colonne("Montant accordé", "montant"))
    lignes: list[tuple[Cellule, ...]] = [(len(l.dossiers), l.libelle_ouverture, l.libelle_cloture,
                                          l.demandes_financement, l.montant_accorde) for l in b.tableau]
    total = sum(len(l.dossiers) for l in b.tableau)
    return Section("tableau", "Tableau récapitulatif", [f"Total : {total} dossiers."],
                   Tableau("dossiers", colonnes, lignes))


def _ages(b: Bilan) -> Section:
    lignes: list[tuple[Cellule, ...]] = [(libelle, n) for libelle, n in b.tranches_age.items()]
    if b.hors_tranches:
        lignes.append(("hors tranches (code illisible ou âge hors limites)", b.hors_tranches))
    return Section("ages", f"Âge des jeunes (dossiers ouverts en {b.periode.annee})",
                   ["L'âge est celui atteint dans l'année : le code du jeune ne porte que l'année de naissance."],
                   Tableau("tranches-age", (Colonne("Tranche d'âge", "texte"), Colonne("Dossiers")), lignes),
                   "ages")


def _concertations(b: Bilan) -> Section:
    if not b.concertations:
        return Section("concertations", "Concertations", ["Aucune concertation dans la période."])
    return Section("concertations", "Concertations", [
        f"{b.concertations} concertations réalisées, {formater(b.presence_moyenne, 'decimal')} personnes présentes "
        f"en moyenne ({b.presences} présences).",
        f"Le jeune était présent à {b.concertations_avec_jeune} concertations, sa famille ou ses proches "
        f"à {b.concertations_avec_famille}.",
    ])


def _criseflex(b: Bilan) -> Section:
    colonnes = (Colonne("Décision", "texte"), Colonne("Demandes"), Colonne("Montant demandé", "montant"),
                Colonne("Montant accordé", "montant"), Colonne("Coût total des actions", "montant"))
    lignes: list[tuple[Cellule, ...]] = []
    for statut, libelle in LIBELLES_DECISION.items():
        demandes = b.demandes_par_decision(statut)  # type: ignore[arg-type]
        if demandes or statut != "demandee":
            lignes.append((libelle, len(demandes), sum(d.montant_demande for d in demandes),
                           sum(d.montant_accorde for d in demandes), sum(d.cout_total for d in demandes)))
    paragraphes = [f"{len(b.demandes)} demandes Criseflex introduites en {b.periode.annee}, "
                   f"{montant(b.montant_accorde)} accordés."]
    if b.enveloppe:
        paragraphes.append(f"Enveloppe {b.periode.annee} : {montant(b.enveloppe)} ; part accordée à des actions "
                           f"pour les jeunes : {formater(b.part_enveloppe, 'pourcent')}.")
    return Section("criseflex", "Demandes Criseflex", paragraphes, Tableau("criseflex", colonnes, lignes))


def _capacite(b: Bilan) -> Section:
    colonnes = (Colonne("Mois", "mois"), Colonne("Dossiers actifs (maximum)"), Colonne("Fin du mois"),
                Colonne("Capacité"), Colonne("Au-dessus de la capacité", "texte"))
    lignes: list[tuple[Cellule, ...]] = [(m.cle, m.maximum, m.fin_de_mois, b.capacite,
                                          "oui" if m.maximum > b.capacite else "non") for m in b.mois]
    paragraphes = [f"Capacité : {b.capacite} dossiers actifs."]
    for s in b.saturations:
        fin = f"au {date_longue(s.fin)}" if s.fin else f"toujours en cours au {date_longue(b.periode.au)}"
        paragraphes.append(f"Saturation du {date_longue(s.debut)} {fin} : jusqu'à {s.maximum} dossiers actifs.")
    if not b.saturations:
        paragraphes.append("Aucune saturation dans l'année.")
    for f in b.fermetures:
        paragraphes.append(f"Accueil fermé du {date_longue(f.du)} au {date_longue(f.au)} ({f.raison}) : les demandes "
                           "reçues alors n'ont pas été ouvertes.")
    return Section("capacite", "Dossiers actifs et capacité", paragraphes,
                   Tableau("dossiers-actifs", colonnes, lignes), "capacite")


def _secteurs(b: Bilan) -> Section:
    colonnes = (Colonne("Secteur", "texte"), Colonne("Dossiers"), Colonne("Présences"), Colonne("Peu mobilisé", "texte"))
    lignes: list[tuple[Cellule, ...]] = [(s.libelle, s.dossiers, s.presences, "oui" if s.peu_mobilise else "non")
                                         for s in b.secteurs]
    peu = [s.libelle for s in b.secteurs if s.peu_mobilise]
    paragraphes = ["Secteurs des professionnels présents aux concertations de l'année (annuaire des partenaires)."]
    if peu:
        paragraphes.append("Secteurs peu mobilisés, à qui présenter le dispositif : " + ", ".join(peu) + ".")
    return Section("secteurs", "Secteurs des partenaires mobilisés", paragraphes,
                   Tableau("secteurs", colonnes, lignes), "secteurs")


def _ecarts(b: Bilan) -> Section:
    titre = "Comparaison avec le bilan arrêté"
    if not b.ecarts:
        return Section("ecarts", titre, [f"Aucun bilan arrêté pour {b.periode.annee} (filrouge bilan "
                                         f"{b.periode.annee} --arreter fige les chiffres d'une année terminée)."])
    premier: Ecart = b.ecarts[0]
    paragraphes = [f"Chiffres du document « {premier.document} », arrêtés au {date_longue(premier.arrete_au)}."]
    if premier.arrete_au and premier.arrete_au != b.periode.au:
        paragraphes.append(f"Attention : ce calcul est arrêté au {date_longue(b.periode.au)} ; pour reproduire le "
                           f"rapport, relancez-le avec --au {premier.arrete_au.isoformat()}.")
    divergents = [e for e in b.ecarts if e.concorde is False]
    paragraphes.append(f"{len(divergents)} chiffre(s) arrêté(s) diffèrent du calcul." if divergents
                       else "Tous les chiffres calculables concordent.")
    colonnes = (Colonne("Chiffre", "texte"), Colonne("Arrêté"),
                Colonne("Calculé"), Colonne("Accord", "texte"), Colonne("Remarque", "texte"))
    lignes: list[tuple[Cellule, ...]] = [
        (e.libelle, e.publie, e.calcule, {True: "oui", False: "non", None: "non calculable"}[e.concorde], _remarque(e))
        for e in b.ecarts]
    return Section("ecarts", titre, paragraphes, Tableau("ecarts", colonnes, lignes))


def _remarque(e: Ecart) -> str | None:
    """La note du chiffre, puis les dossiers qui causent la différence."""
    parties = [e.note] if e.note else []
    if e.dossiers_en_plus:
        parties.append("comptés en plus : " + ", ".join(e.dossiers_en_plus))
    if e.dossiers_en_moins:
        parties.append("plus comptés : " + ", ".join(e.dossiers_en_moins))
    return " ; ".join(parties) or None
