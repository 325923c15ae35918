"""Règles sur le dossier : identifiant, statut et son cycle de vie, dates, âge, activation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from filrouge.code_jeune import lire_code
from filrouge.constat import citer
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("dossier.id", "erreur", "L'identifiant du dossier est le nom de son répertoire, unique dans le dépôt.")
def identifiant(depot: Depot) -> Iterator[Signal]:
    for charge, dossier, doc in dossiers_valides(depot):
        if dossier.id != charge.id:
            yield Signal(doc, ("id",), f"l'identifiant {citer(dossier.id)} diffère du nom du répertoire {citer(charge.id)}.")


@regle("dossier.code_partage", "avertissement", "Deux dossiers au même code : vérifier qu'il s'agit de deux jeunes.")
def code_partage(depot: Depot) -> Iterator[Signal]:
    par_code: dict[str, list[str]] = defaultdict(list)
    for _, dossier, _ in dossiers_valides(depot):
        code = lire_code(dossier.code)
        if code:
            par_code[code.sans_sexe()].append(dossier.id)
    for _, dossier, doc in dossiers_valides(depot):
        code = lire_code(dossier.code)
        autres = [i for i in par_code.get(code.sans_sexe(), []) if i != dossier.id] if code else []
        if autres:
            yield Signal(doc, ("code",), f"le dossier {', '.join(autres)} a le même code : s'il s'agit du même jeune, "
                                         "poursuivez l'ancien dossier ; sinon, rien à faire (deux jeunes peuvent partager un code).")


@regle("dossier.statut", "erreur", "Le statut suit demande → ouvert → clos, ou non_ouvert avec un motif.")
def statut(depot: Depot) -> Iterator[Signal]:
    motifs = depot.config.motifs_non_ouverture
    for _, d, doc in dossiers_valides(depot):
        ouverture, cloture = d.dates.ouverture, d.dates.cloture
        if d.statut == "non_ouvert":
            if not d.motif_non_ouverture:
                yield Signal(doc, ("statut",), f"un dossier non ouvert indique son motif (motif_non_ouverture : {', '.join(motifs)}).")
            elif d.motif_non_ouverture not in motifs:
                yield Signal(doc, ("motif_non_ouverture",), f"motif inconnu : choisir parmi {', '.join(motifs)}.")
            if ouverture or cloture:
                yield Signal(doc, ("dates",), "un dossier non ouvert n'a ni date d'ouverture ni date de clôture.")
        elif d.motif_non_ouverture:
            yield Signal(doc, ("motif_non_ouverture",), "seul un dossier non ouvert a un motif de non-ouverture.")
        if d.statut == "demande" and (ouverture or cloture):
            yield Signal(doc, ("statut",), "le dossier a une date d'ouverture : son statut devrait être « ouvert ».")
        if d.statut in ("ouvert", "clos") and ouverture is None:
            yield Signal(doc, ("dates",), f"un dossier au statut « {d.statut} » a une date d'ouverture (dates › ouverture).")
        if d.statut == "ouvert" and cloture is not None:
            yield Signal(doc, ("statut",), "le dossier a une date de clôture : son statut devrait être « clos ».")
        if d.statut == "clos" and cloture is None:
            yield Signal(doc, ("dates",), "un dossier clos a une date de clôture (dates › cloture).")


@regle("dossier.dates", "erreur", "Ouverture après la demande, clôture après l'ouverture.")
def dates(depot: Depot) -> Iterator[Signal]:
    for _, d, doc in dossiers_valides(depot):
        if d.dates.ouverture and d.dates.ouverture < d.dates.demande:
            yield Signal(doc, ("dates", "ouverture"), "la date d'ouverture précède la date de la demande.")
        if d.dates.cloture and d.dates.ouverture and d.dates.cloture < d.dates.ouverture:
            yield Signal(doc, ("dates", "cloture"), "la date de clôture précède la date d'ouverture.")


@regle("dossier.age", "erreur", "Le jeune a l'âge du dispositif à la date de la demande (tranche de reseau.yaml).")
def age(depot: Depot) -> Iterator[Signal]:
    cfg = depot.config
    for _, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        if code is None or d.statut == "non_ouvert":
            continue
        age_demande = code.age_atteint(d.dates.demande.year)
        if 0 <= age_demande and not cfg.age_min <= age_demande <= cfg.age_max:
            yield Signal(doc, ("code",), f"le jeune a {age_demande} ans l'année de la demande : le dispositif "
                                         f"s'adresse aux {cfg.age_min}-{cfg.age_max} ans.")


@regle("dossier.activation", "erreur", "Un dossier ouvert remplit tous les critères d'activation du réseau.")
def activation(depot: Depot) -> Iterator[Signal]:
    criteres = {c.id: c.libelle for c in depot.config.criteres_activation}
    for _, d, doc in dossiers_valides(depot):
        for inconnu in sorted(set(d.criteres_activation) - set(criteres)):
            yield Signal(doc, ("criteres_activation", inconnu), f"critère {citer(inconnu)} inconnu du réseau "
                                                                f"(critères : {', '.join(criteres)}).")
        if d.statut not in ("ouvert", "clos"):
            continue
        manquants = [i for i in criteres if d.criteres_activation.get(i) is not True]
        if manquants:
            yield Signal(doc, ("criteres_activation",),
                         "dossier ouvert sans que tous les critères d'activation soient remplis : "
                         + "; ".join(criteres[i] for i in manquants) + ".")


@regle("dossier.demandeurs", "erreur", "Assez de demandeurs, professionnels connus, d'institutions différentes si le réseau l'exige.")
def demandeurs(depot: Depot) -> Iterator[Signal]:
    regles_demandeurs = depot.config.demandeurs
    for charge, d, doc in dossiers_valides(depot):
        acteurs = charge.acteurs()
        ids = d.ids_demandeurs
        for i, ident in enumerate(ids):
            if ident not in acteurs:
                chemin = ("demandeurs", i) if d.demandeurs else ("initiateur",)
                yield Signal(doc, chemin, f"{citer(ident)} n'est pas un acteur du dossier.")
        if d.initiateur in acteurs and d.demandeurs and d.initiateur not in d.demandeurs:
            yield Signal(doc, ("demandeurs",), "l'initiateur fait partie des demandeurs.")
        if d.statut not in ("ouvert", "clos"):
            continue
        chemin_demandeurs = ("demandeurs",) if d.demandeurs else ("initiateur",)
        if len(set(ids)) < regles_demandeurs.minimum:
            yield Signal(doc, chemin_demandeurs, f"le réseau demande au moins {regles_demandeurs.minimum} demandeurs "
                                               f"pour ouvrir un dossier ({len(set(ids))} indiqué).")
        elif regles_demandeurs.institutions_differentes:
            institutions = set()
            for ident in ids:
                service = depot.partenaires.service(acteurs[ident].service) if ident in acteurs else None
                institutions.add(service.id_institution if service else ident)
            if len(institutions) < regles_demandeurs.minimum:
                yield Signal(doc, chemin_demandeurs, f"les demandeurs viennent de {len(institutions)} institution(s) : "
                                                   f"le réseau en demande au moins {regles_demandeurs.minimum} différentes.")


@regle("dossier.canal", "erreur", "Le canal de la demande est l'un de ceux du réseau.")
def canal(depot: Depot) -> Iterator[Signal]:
    canaux = depot.config.canaux
    for _, d, doc in dossiers_valides(depot):
        if d.canal not in canaux:
            yield Signal(doc, ("canal",), f"canal inconnu : choisir parmi {', '.join(canaux)}.")


@regle("dossier.territoire", "avertissement", "Le code postal du jeune est dans le territoire du réseau.")
def territoire(depot: Depot) -> Iterator[Signal]:
    plages = depot.config.codes_postaux
    if not plages:
        return
    for _, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        if code and not any(p.de <= code.code_postal <= p.a for p in plages):
            yield Signal(doc, ("code",), f"le code postal {code.code_postal} est hors du territoire du réseau "
                                         f"({depot.config.territoire or 'voir reseau.yaml'}).")
