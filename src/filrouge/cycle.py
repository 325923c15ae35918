"""Clore et rouvrir un dossier : une période de suivi de plus, jamais une date effacée.

Rouvrir un dossier en effaçant sa date de clôture réécrivait les bilans déjà publiés. Ici,
chaque ouverture et chaque clôture est une période (`episodes:` de dossier.yaml) : le bilan
d'une année passée les relit telles qu'elles étaient. Un ancien dossier (dates › ouverture et
dates › cloture) devient, au premier changement, sa première période, sans rien perdre.

Clore avec des actions encore ouvertes ou une prochaine rencontre prévue : chacune est
signalée, et rien n'est écrit tant que la commande ne dit pas quoi en faire (faites,
abandonnées, ou gardées telles quelles : `filrouge valider` les rappellera).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from filrouge.constat import Constat, citer
from filrouge.depot import Depot, DossierCharge, Fichier, charger_depot
from filrouge.edition_yaml import Edition
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import CHAMP, ErreurChamp, ErreurUtilisation
from filrouge.lecture import analyser_yaml
from filrouge.modele import Concertation, Dossier
from filrouge.modele.configuration import cles_de
from filrouge.rapport import en_texte
from filrouge.schema_fr import valider_modele
from filrouge.validation import valider_brouillon

Sort = Literal["faite", "abandonnee"]


@dataclass(frozen=True)
class EnSuspens:
    """Une action encore ouverte, ou la prochaine rencontre prévue, de la dernière note d'un dossier à clore."""

    note: str
    message: str
    action: int | None = None
    statut: str | None = None
    """Le statut de l'action (a_faire, en_cours) ; None pour la rencontre."""
    jour: dt.date | None = None
    """L'échéance de l'action, ou le jour de la rencontre : le message les dit pour la ligne de commande, une autre
    interface les formule à sa façon."""


@dataclass
class Resultat:
    """Ce que la commande a fait (fichiers écrits) ou ce qui l'en empêche (en suspens, sans écrire)."""

    ecrits: list[str] = field(default_factory=list)
    en_suspens: list[EnSuspens] = field(default_factory=list)
    gardes: list[EnSuspens] = field(default_factory=list)


def trouver(depot: Depot, designation: str) -> DossierCharge:
    """Le dossier désigné par son identifiant (2019-007) ou son chemin (dossiers/2019-007)."""
    ident = Path(designation.rstrip("/")).name
    charge = next((c for c in depot.dossiers if c.id == ident), None)
    if charge is None:
        raise ErreurUtilisation(f"dossier inconnu {citer(ident, {c.id for c in depot.dossiers})} : indiquez "
                                "l'identifiant d'un répertoire de dossiers/ (ex. 2019-007).")
    if charge.dossier is None or charge.modele is None:
        raise ErreurUtilisation(f"{charge.relatif}/dossier.yaml n'est pas valide : à corriger d'abord "
                                "(filrouge valider).")
    return charge


def edition_du_dossier(charge: DossierCharge) -> tuple[Edition, Path]:
    assert charge.dossier is not None
    chemin = charge.chemin / "dossier.yaml"
    return Edition.du_fichier(chemin, charge.dossier.relatif), chemin


def _ecrire_periodes(edition: Edition, dossier: Dossier, nouvelle: dict[str, object] | None,
                     fermer: dict[str, object] | None) -> None:
    """Écrit `episodes:` : ferme la dernière période (`fermer`) ou en ajoute une (`nouvelle`).

    Un ancien dossier : ses dates › ouverture et › cloture deviennent d'abord sa première
    période, leurs commentaires de fin de ligne gardés sur la ligne de la période.
    """
    for cle in ("ouverture", "cloture"):  # les dates vont dans les périodes : leurs exemples du gabarit s'en vont
        edition.retirer_exemple("dates", cle)
        if dossier.episodes:  # ceux qu'une version précédente y avait laissés
            edition.retirer_exemple("episodes", cle)
    if dossier.episodes:
        if fermer is not None:
            edition.ajouter_cles(("episodes", len(dossier.episodes) - 1), fermer)
        if nouvelle is not None:
            edition.ajouter_element(("episodes",), nouvelle)
        return
    commentaires = [edition.supprimer(("dates", cle)) for cle in ("ouverture", "cloture")
                    if getattr(dossier.dates, cle) is not None]
    premiere: dict[str, object] = {"ouverture": dossier.dates.ouverture}
    if dossier.dates.cloture is not None:
        premiere["cloture"] = dossier.dates.cloture
    premiere.update(fermer or {})
    elements = [premiere] + ([nouvelle] if nouvelle is not None else [])
    edition.ajouter_liste_apres("dates", "episodes", elements,
                                [" ".join(c for c in commentaires if c)] + [""] * (len(elements) - 1))


def valider_schema(edition: Edition, texte: str) -> None:
    """Le dossier modifié doit encore passer le schéma : sinon rien n'est écrit."""
    _, erreurs = valider_modele(Dossier, analyser_yaml(texte, edition.relatif))
    if erreurs:
        raise ErreurUtilisation(f"{edition.relatif} : le dossier modifié ne serait plus valide ; rien n'a été écrit.")


def rouvrir(racine: Path, designation: str, date: dt.date, motif: str) -> Resultat:
    """Ajoute une période de suivi qui commence à `date`, avec son motif ; les périodes passées ne changent pas."""
    depot = charger_depot(racine)
    charge = trouver(depot, designation)
    dossier = charge.modele
    assert dossier is not None
    if dossier.statut != "clos" or not dossier.periodes or dossier.periodes[-1].cloture is None:
        raise ErreurUtilisation(f"le dossier {charge.id} n'est pas clos (statut « {dossier.statut} ») : seul un dossier "
                                "clos se rouvre.")
    derniere = dossier.periodes[-1].cloture
    if date < derniere:
        raise ErreurChamp("date", f"la réouverture ({date.isoformat()}) précède la dernière clôture "
                                  f"({derniere.isoformat()}).")
    if not motif.strip():
        raise ErreurChamp("motif", f"indiquez le motif de la réouverture ({CHAMP}).")
    retrait = dossier.retrait_en_vigueur(date)
    if retrait is not None:
        raise ErreurChamp("consentements", f"le consentement a été retiré le {retrait.date.isoformat()} : rien de "
                                           f"nouveau ne s'enregistre sans un nouveau consentement ({CHAMP}).",
                          cli="consentements:")
    edition, chemin = edition_du_dossier(charge)
    _ecrire_periodes(edition, dossier, {"ouverture": date, "motif_reouverture": motif.strip()}, None)
    edition.remplacer(("statut",), "ouvert")
    texte = edition.verifier()
    valider_schema(edition, texte)
    ecrire_atomiquement(chemin, texte)
    return Resultat(ecrits=[edition.relatif])


def en_suspens(charge: DossierCharge, date: dt.date) -> list[EnSuspens]:
    """Les actions encore ouvertes et la prochaine rencontre prévue de la dernière note, au jour de la clôture."""
    notes = charge.notes_valides()
    if not notes:
        return []
    fichier, note = notes[-1]
    resultat = [EnSuspens(fichier.relatif, f"action {a.numero} encore ouverte (statut « {a.statut} », échéance "
                                           f"{a.echeance.isoformat()})", a.numero, a.statut, a.echeance)
                for a in sorted(note.actions, key=lambda a: a.numero) if a.ouverte]
    prochaine = note.prochaine_rencontre
    if prochaine is not None and prochaine.engagement and prochaine.date is not None and prochaine.date >= date:
        resultat.append(EnSuspens(fichier.relatif, f"prochaine rencontre prévue le {prochaine.date.isoformat()}",
                                  jour=prochaine.date))
    return resultat


def _fermer_actions(fichier: Fichier[Concertation], note: Concertation, sorts: dict[int, Sort]) -> Edition:
    """La note dont les actions désignées passent à « faite » ou « abandonnee » (une note .yaml seulement)."""
    if not fichier.doc.relatif.endswith(".yaml"):
        raise ErreurChamp("garder", f"{fichier.doc.relatif} : une note en un seul fichier .md ne se modifie pas ici ; "
                                    f"mettez à jour le statut des actions à la main, ou gardez-les ({CHAMP}).")
    edition = Edition(fichier.doc.texte, fichier.doc.relatif)
    for rang, action in enumerate(note.actions):
        sort = sorts.get(action.numero)
        if sort is None:
            continue
        if "statut" in edition.attendu["actions"][rang]:
            edition.remplacer(("actions", rang, "statut"), sort)
        else:
            edition.ajouter_cles(("actions", rang), {"statut": sort})
    return edition


def clore(racine: Path, designation: str, date: dt.date, motif: str, faites: frozenset[int] = frozenset(),
          abandonnees: frozenset[int] = frozenset(), garder: bool = False, annuler_rencontre: bool = False) -> Resultat:
    """Clôt la période en cours à `date` avec un motif de la liste du réseau.

    Les actions encore ouvertes de la dernière note et la prochaine rencontre prévue sont
    chacune réglées par les options (faites, abandonnées, rencontre annulée) ou gardées
    (`garder`) ; s'il en reste une sans réponse, rien n'est écrit et `Resultat.en_suspens` les dit.
    """
    depot = charger_depot(racine)
    charge = trouver(depot, designation)
    dossier = charge.modele
    assert dossier is not None
    motifs = cles_de(depot.config.motifs_cloture)
    if motif not in motifs:
        raise ErreurChamp("motif", f"motif de clôture inconnu {citer(motif, set(motifs))} : choisir parmi {CHAMP}.",
                          cli=f"{', '.join(motifs)} (motifs_cloture de reseau.yaml)")
    if dossier.statut != "ouvert" or not dossier.periodes or dossier.periodes[-1].cloture is not None:
        raise ErreurUtilisation(f"le dossier {charge.id} n'est pas ouvert (statut « {dossier.statut} ») : seul un "
                                "dossier ouvert se clôt.")
    ouverture = dossier.periodes[-1].ouverture
    if date < ouverture:
        raise ErreurChamp("date", f"la clôture ({date.isoformat()}) précède l'ouverture de la période "
                                  f"({ouverture.isoformat()}).")
    if faites & abandonnees:
        raise ErreurUtilisation(f"action {', '.join(map(str, sorted(faites & abandonnees)))} à la fois faite et abandonnée.")
    suspens = en_suspens(charge, date)
    numeros = {s.action for s in suspens if s.action is not None}
    inconnues = (faites | abandonnees) - numeros
    if inconnues:
        raise ErreurUtilisation(f"action {', '.join(map(str, sorted(inconnues)))} : pas une action ouverte de la "
                                "dernière note" + (f" (ouvertes : {', '.join(map(str, sorted(numeros)))})." if numeros else "."))
    reglees = faites | abandonnees
    restants = [s for s in suspens if not (s.action in reglees or (s.action is None and annuler_rencontre))]
    resultat = Resultat()
    if restants and not garder:
        resultat.en_suspens = restants
        return resultat
    resultat.gardes = restants
    editions: list[tuple[Edition, Path]] = []
    notes = charge.notes_valides()
    if reglees or annuler_rencontre:
        fichier, note = notes[-1]
        sorts: dict[int, Sort] = {n: "faite" for n in faites} | {n: "abandonnee" for n in abandonnees}
        edition_note = _fermer_actions(fichier, note, sorts)
        if annuler_rencontre and any(s.action is None for s in suspens):
            edition_note.remplacer(("prochaine_rencontre", "engagement"), False)
        editions.append((edition_note, racine / fichier.doc.relatif))
    edition, chemin = edition_du_dossier(charge)
    _ecrire_periodes(edition, dossier, None, {"cloture": date, "motif_cloture": motif})
    edition.remplacer(("statut",), "clos")
    editions.append((edition, chemin))
    textes: list[tuple[Edition, Path, str]] = [(e, c, e.verifier()) for e, c in editions]
    valider_schema(edition, textes[-1][2])
    for e, c, texte in textes:
        ecrire_atomiquement(c, texte)
        resultat.ecrits.append(e.relatif)
    return resultat


def refuser_nouvelles_erreurs(racine: Path, charge: DossierCharge, contenus: dict[str, str]) -> None:
    """Les règles de `valider` jugent le dossier modifié (chemin sous le dossier → texte) avant toute écriture.

    Une erreur qu'il n'avait pas déjà est refusée, rattachée à la clé de premier niveau de sa ligne (un champ
    pour l'interface) ; celles qu'il avait déjà n'empêchent pas d'avancer.
    """
    prefixe = f"{charge.relatif}/"

    def erreurs(contenu: dict[str, str]) -> list[Constat]:
        return [c for c in valider_brouillon(racine, charge.id, contenu) if c.est_erreur and c.fichier.startswith(prefixe)]

    deja = {(c.fichier, c.regle, c.message) for c in erreurs({})}
    nouvelles = [c for c in erreurs(contenus) if (c.fichier, c.regle, c.message) not in deja]
    if not nouvelles:
        return
    premiere = nouvelles[0]
    champ = ""
    texte = contenus.get(premiere.fichier[len(prefixe):])
    if texte is not None and premiere.ligne is not None:
        lignes = analyser_yaml(texte, premiere.fichier).lignes
        champ = next((str(c[0]) for c, n in sorted(lignes.items(), key=lambda e: len(e[0]))
                      if c and n == premiere.ligne), "")
    raise RefusDesRegles(champ, nouvelles)


class RefusDesRegles(ErreurChamp):
    """Des erreurs des règles de `valider` que le changement ferait naître. La ligne de commande les dit comme
    `valider` (fichier et [règle], sans ligne : celle du texte modifié, jamais écrit, égarerait) ; une autre
    interface, qui nomme le champ à sa façon, par leurs seuls messages (`formuler`)."""

    def __init__(self, champ: str, constats: list[Constat]) -> None:
        super().__init__(champ, " ; ".join(dict.fromkeys(c.message for c in constats)) + " Rien n'a été écrit.")
        self.constats = constats
        self.args = (f"{en_texte(replace(c, ligne=None) for c in constats)}\nRien n'a été écrit.",)


def _demande(racine: Path, designation: str, geste: str) -> tuple[Depot, DossierCharge, Edition, Path]:
    """Le dépôt, le dossier désigné et son édition, refusés si le dossier n'est plus une demande."""
    depot = charger_depot(racine)
    charge = trouver(depot, designation)
    dossier = charge.modele
    assert dossier is not None
    if dossier.statut != "demande":
        raise ErreurUtilisation(f"le dossier {charge.id} n'est pas une demande (statut « {dossier.statut} ») : seule "
                                f"une demande {geste}.")
    edition, chemin = edition_du_dossier(charge)
    return depot, charge, edition, chemin


def ouvrir(racine: Path, designation: str, date: dt.date, criteres: frozenset[str] | None = None) -> Resultat:
    """Ouvre une demande à `date` : statut ouvert et date d'ouverture (la première période de suivi).

    `criteres` : les critères d'activation du réseau vérifiés avec le demandeur (les autres passent à false) ;
    None les laisse tels que le dossier les dit. Les règles de `valider` (critères tous remplis, ouverture
    après la demande, consentement…) jugent le dossier ouvert avant qu'il ne soit écrit.
    """
    depot, charge, edition, chemin = _demande(racine, designation, "s'ouvre")
    if criteres is not None:
        connus = [c.id for c in depot.config.criteres_activation]
        inconnus = sorted(criteres - set(connus))
        if inconnus:
            raise ErreurChamp("criteres", f"critère d'activation inconnu {citer(inconnus[0], connus)} : choisir "
                                          f"parmi {CHAMP}.", cli=f"{', '.join(connus)} (criteres_activation de reseau.yaml)")
        for ident in connus:
            if ident in edition.attendu.get("criteres_activation", {}):
                edition.remplacer(("criteres_activation", ident), ident in criteres)
            else:
                edition.ajouter_cles(("criteres_activation",), {ident: ident in criteres})
    edition.ajouter_cles(("dates",), {"ouverture": date})
    edition.retirer_exemple("dates", "ouverture")
    edition.remplacer(("statut",), "ouvert")
    texte = edition.verifier()
    valider_schema(edition, texte)
    refuser_nouvelles_erreurs(racine, charge, {"dossier.yaml": texte})
    ecrire_atomiquement(chemin, texte)
    return Resultat(ecrits=[edition.relatif])


def ne_pas_ouvrir(racine: Path, designation: str, motif: str) -> Resultat:
    """La demande n'est pas ouverte : statut non_ouvert, avec un motif des motifs_non_ouverture du réseau (la règle
    `dossier.statut` en juge, comme dans `valider`)."""
    _, charge, edition, chemin = _demande(racine, designation, "reste non ouverte")
    edition.remplacer(("statut",), "non_ouvert")
    edition.fixer("motif_non_ouverture", motif.strip())
    texte = edition.verifier()
    valider_schema(edition, texte)
    refuser_nouvelles_erreurs(racine, charge, {"dossier.yaml": texte})
    ecrire_atomiquement(chemin, texte)
    return Resultat(ecrits=[edition.relatif])
