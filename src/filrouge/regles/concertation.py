"""Règles sur les notes de synthèse : qui était là, qui valide, quelles actions."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.constat import citer
from filrouge.depot import Depot, DossierCharge
from filrouge.lecture import Document
from filrouge.modele import Concertation, Dossier
from filrouge.regles.registre import Signal, dossiers_valides, regle


def _notes(depot: Depot) -> Iterator[tuple[DossierCharge, Dossier, Concertation, Document]]:
    for charge, dossier, _ in dossiers_valides(depot):
        for fichier, note in charge.notes_valides():
            yield charge, dossier, note, fichier.doc


def _references(note: Concertation) -> Iterator[tuple[tuple[str | int, ...], str]]:
    for i, ident in enumerate(note.presents):
        yield ("presents", i), ident
    for i, ident in enumerate(note.absents):
        yield ("absents", i), ident
    for champ in ("referent", "coordinateur_soin", "pedopsychiatre", "jeune_informe_par"):
        valeur = getattr(note, champ)
        if valeur is not None:
            yield (champ,), valeur


@regle("concertation.acteur_inconnu", "erreur", "Toute personne citée dans la note est un acteur du dossier.")
def acteur_inconnu(depot: Depot) -> Iterator[Signal]:
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        for chemin, ident in _references(note):
            if ident not in acteurs:
                yield Signal(doc, chemin, f"{citer(ident)} n'est pas un acteur du dossier (dossier.yaml › acteurs).")
        for ident in sorted(set(note.presents) & set(note.absents)):
            yield Signal(doc, ("absents",), f"« {ident} » est à la fois présent et absent.")


@regle("concertation.acteurs_min", "erreur", "Au moins le nombre minimum d'acteurs présents (hors casemanager).")
def acteurs_min(depot: Depot) -> Iterator[Signal]:
    minimum = depot.config.concertation.acteurs_min
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        nombre = sum(1 for i in set(note.presents) if i in acteurs and acteurs[i].role != "casemanager")
        if nombre < minimum:
            yield Signal(doc, ("presents",), f"{nombre} acteur(s) présent(s) hors casemanager : une concertation en réunit au moins {minimum}.")


@regle("concertation.axe1", "erreur", "Au moins un acteur de santé mentale (axe 1) est présent.")
def axe1(depot: Depot) -> Iterator[Signal]:
    minimum = depot.config.concertation.axe1_min
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        nombre = sum(1 for i in set(note.presents) if i in acteurs and depot.est_axe1(acteurs[i]))
        if nombre < minimum:
            yield Signal(doc, ("presents",), f"{nombre} acteur(s) de santé mentale (axe 1) présent(s) : il en faut au moins {minimum} "
                                             "(pédopsychiatre ou professionnel sous sa responsabilité).")


@regle("concertation.referent", "erreur", "Un référent est désigné (par défaut l'initiateur) et présent.")
def referent(depot: Depot) -> Iterator[Signal]:
    for _, dossier, note, doc in _notes(depot):
        ident = dossier.referent(note)
        if ident not in note.presents:
            origine = "le référent" if note.referent else "le référent (par défaut : l'initiateur)"
            yield Signal(doc, ("referent",) if note.referent else ("presents",),
                         f"{origine} « {ident} » n'est pas parmi les présents : désignez un référent présent (referent:).")


@regle("concertation.validation", "erreur", "La note est validée par un pédopsychiatre (axe 1) et par le référent, après la rencontre.")
def validation(depot: Depot) -> Iterator[Signal]:
    for charge, _, note, doc in _notes(depot):
        pedo = charge.acteurs().get(note.pedopsychiatre)
        if pedo is not None and not depot.est_axe1(pedo):
            yield Signal(doc, ("pedopsychiatre",), f"« {note.pedopsychiatre} » ne relève pas de la santé mentale (axe 1) : "
                                                   "le plan est validé par un pédopsychiatre.")
        for champ in ("pedopsychiatre", "referent"):
            jour = getattr(note.validation, champ)
            if jour is not None and jour < note.date:
                yield Signal(doc, ("validation", champ), "la validation est datée avant la concertation.")


@regle("concertation.validation_attendue", "avertissement", "Une note pas encore validée par le pédopsychiatre et le référent.")
def validation_attendue(depot: Depot) -> Iterator[Signal]:
    for _, _, note, doc in _notes(depot):
        manquants = [nom for nom, jour in (("le pédopsychiatre", note.validation.pedopsychiatre),
                                           ("le référent", note.validation.referent)) if jour is None]
        if manquants:
            yield Signal(doc, ("validation",), f"note pas encore validée par {' et '.join(manquants)}.")


@regle("concertation.jeune_absent", "erreur", "Si le jeune est absent, on sait qui l'a informé et si sa parole a été portée.")
def jeune_absent(depot: Depot) -> Iterator[Signal]:
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        if any(acteurs[i].role == "jeune" for i in note.presents if i in acteurs):
            continue
        if note.jeune_informe_par is None:
            yield Signal(doc, ("presents",), "le jeune est absent : indiquez qui l'a informé et a obtenu son accord (jeune_informe_par:).")
        if note.voix_du_jeune is None:
            yield Signal(doc, ("presents",), "le jeune est absent : indiquez si sa parole a été portée (voix_du_jeune: true ou false).")


@regle("concertation.charte", "erreur", "Tous les présents ont adhéré à la charte, signée au plus tard le jour de la rencontre.")
def charte(depot: Depot) -> Iterator[Signal]:
    for charge, _, note, doc in _notes(depot):
        if not note.adhesion_charte:
            yield Signal(doc, ("adhesion_charte",), "tous les présents doivent adhérer au dispositif et à la charte de concertation.")
        acteurs = charge.acteurs()
        sans = [i for i in note.presents if i in acteurs and (acteurs[i].charte_signee is None or acteurs[i].charte_signee > note.date)]
        if sans:
            yield Signal(doc, ("presents",), f"charte non signée à la date de la rencontre par : {', '.join(sans)} "
                                             "(dossier.yaml › acteurs › charte_signee).")


@regle("concertation.fiche_presence", "erreur", "La fiche de présence est signée à chaque rencontre.")
def fiche_presence(depot: Depot) -> Iterator[Signal]:
    for _, _, note, doc in _notes(depot):
        if not note.fiche_presence:
            yield Signal(doc, ("fiche_presence",), "la fiche de présence est signée à chaque rencontre.")


@regle("concertation.dates", "erreur", "La rencontre a lieu pendant que le dossier est ouvert ; la suivante vient après.")
def dates(depot: Depot) -> Iterator[Signal]:
    for _, d, note, doc in _notes(depot):
        if d.statut not in ("ouvert", "clos"):
            yield Signal(doc, ("date",), f"concertation dans un dossier au statut « {d.statut} » : ouvrez d'abord le dossier.")
        elif d.dates.ouverture and note.date < d.dates.ouverture:
            yield Signal(doc, ("date",), f"concertation avant l'ouverture du dossier ({d.dates.ouverture}).")
        elif d.dates.cloture and note.date > d.dates.cloture:
            yield Signal(doc, ("date",), f"concertation après la clôture du dossier ({d.dates.cloture}).")
        prochaine = note.prochaine_rencontre
        if prochaine and prochaine.date and prochaine.date <= note.date:
            yield Signal(doc, ("prochaine_rencontre", "date"), "la prochaine rencontre est datée avant celle-ci.")


@regle("concertation.actions_numeros", "erreur", "Les numéros des actions sont uniques dans la note.")
def actions_numeros(depot: Depot) -> Iterator[Signal]:
    for _, _, note, doc in _notes(depot):
        vus: set[int] = set()
        for i, action in enumerate(note.actions):
            if action.numero in vus:
                yield Signal(doc, ("actions", i, "numero"), f"le numéro d'action {action.numero} est utilisé deux fois.")
            vus.add(action.numero)


@regle("concertation.action_qui", "erreur", "Chaque action est portée par des acteurs connus du dossier.")
def action_qui(depot: Depot) -> Iterator[Signal]:
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        for i, action in enumerate(note.actions):
            for champ in ("qui", "avec_qui"):
                for j, ident in enumerate(getattr(action, champ)):
                    if ident not in acteurs:
                        yield Signal(doc, ("actions", i, champ, j), f"action {action.numero} : {citer(ident)} n'est pas un acteur du dossier.")


@regle("concertation.action_echeance", "erreur", "L'échéance d'une action vient après la rencontre.")
def action_echeance(depot: Depot) -> Iterator[Signal]:
    for _, _, note, doc in _notes(depot):
        for i, action in enumerate(note.actions):
            if action.echeance <= note.date:
                yield Signal(doc, ("actions", i, "echeance"), f"action {action.numero} : l'échéance doit suivre la date de la rencontre ({note.date}).")

