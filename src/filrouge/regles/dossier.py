"""Règles sur le dossier : identifiant, statut et son cycle de vie, dates, âge, activation."""

from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Iterator

from filrouge.code_jeune import lire_code
from filrouge.constat import citer, proposer
from filrouge.depot import Depot
from filrouge.modele.configuration import cles_de
from filrouge.regles.registre import Signal, dossiers_valides, regle


@regle("dossier.id", "erreur", "L'identifiant du dossier est le nom de son répertoire, unique dans le dépôt.")
def identifiant(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : L'identifiant du dossier (année de la demande et numéro d'ordre, par exemple 2019-007)
    est le nom de son répertoire. C'est lui que citent les demandes de financement et qui donne
    l'adresse de la page du dossier sur le portail : s'il diffère du répertoire, il désigne un autre
    dossier.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml
        id: 2019-008

    Correction : Recopiez dans id: le nom exact du répertoire (ici 2019-007). Si c'est le répertoire
    qui porte le mauvais numéro, renommez le répertoire.
    """
    connus = {d.id for d in depot.dossiers}  # les noms de répertoires du dépôt, déjà gardés
    for charge, dossier, doc in dossiers_valides(depot):
        if dossier.id != charge.id:
            connus |= {dossier.id} if re.fullmatch(r"\d{4}-\d{3}", dossier.id) else set()  # année-numéro : rien de personnel
            yield Signal(doc, ("id",), f"l'identifiant {citer(dossier.id, connus)} diffère du nom du répertoire "
                                      f"{citer(charge.id, connus)}.")


@regle("dossier.code_partage", "avertissement", "Deux dossiers au même code : vérifier qu'il s'agit de deux jeunes.", portee="depot")
def code_partage(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le code du jeune n'est pas un identifiant : deux jeunes peuvent avoir les mêmes
    initiales, la même année de naissance et le même code postal. Mais un même code peut aussi
    signaler qu'un jeune déjà suivi revient par une nouvelle demande : il ne faut alors pas ouvrir un
    second dossier. La lettre du sexe n'est pas comparée.

    Exemple fautif :
        # dossiers/2019-007/dossier.yaml
        code: LMG20105000
        # dossiers/2019-012/dossier.yaml
        code: LMF20105000

    Correction : Vérifiez avec le demandeur. S'il s'agit du même jeune, poursuivez l'ancien dossier ;
    s'il s'agit de deux jeunes, il n'y a rien à corriger : l'avertissement restera affiché.
    """
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


@regle("dossier.statut", "erreur", "Le statut suit demande → ouvert → clos, ou non_ouvert avec un motif.",
       configuration=("motifs_non_ouverture",))
def statut(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le statut dit où en est le dossier (demande, ouvert, clos ou non ouvert), et les dates
    doivent le confirmer : la capacité du dispositif, la coordination et le bilan annuel comptent les
    dossiers actifs et les demandes non ouvertes à partir de ces deux champs. Une demande non ouverte
    donne son motif, pris dans la liste du réseau (saturation, non éligible…), comme le bilan 2019
    pour ses 3 demandes non ouvertes.

    Exemple fautif :
        # dossiers/2019-015/dossier.yaml
        statut: non_ouvert
        dates:
          demande: 2019-06-10

    Correction : Pour une demande non ouverte, ajoutez motif_non_ouverture: avec un motif de
    reseau.yaml (saturation, non_eligible, hors_territoire…) et aucune date d'ouverture ; un dossier
    ouvert a une date d'ouverture, un dossier clos a aussi une date de clôture.
    """
    motifs = cles_de(depot.config.motifs_non_ouverture)
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
    """Pourquoi : Un dossier s'ouvre après la demande et se clôt après son ouverture. Ces dates servent
    à compter les dossiers actifs (capacité du dispositif) et à établir le bilan annuel : une date
    dans le mauvais ordre fausse ces chiffres.

    Exemple fautif :
        dates:
          demande: 2019-03-04
          ouverture: 2019-02-25

    Correction : Retrouvez les vraies dates (courriel de demande, agenda) et corrigez celle qui est
    fausse. L'ouverture peut tomber le jour de la demande, et la clôture le jour de l'ouverture.
    """
    for _, d, doc in dossiers_valides(depot):
        if d.dates.ouverture and d.dates.ouverture < d.dates.demande:
            yield Signal(doc, ("dates", "ouverture"), "la date d'ouverture précède la date de la demande.")
        if d.dates.cloture and d.dates.ouverture and d.dates.cloture < d.dates.ouverture:
            yield Signal(doc, ("dates", "cloture"), "la date de clôture précède la date d'ouverture.")


@regle("dossier.age", "erreur", "Le jeune a l'âge du dispositif à la date de la demande (tranche de reseau.yaml).",
       configuration=("age_min", "age_max"))
def age(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le dispositif s'adresse aux jeunes de 0 à 23 ans dans les réseaux livrés (age_min et age_max de
    reseau.yaml). L'âge se calcule sur l'année de naissance du code et l'année de la demande : un
    jeune hors de cette tranche relève d'un autre dispositif (le réseau adulte, par exemple), ou le
    code contient une faute.

    Exemple fautif :
        # un jeune né en 1995 a 24 ans en 2019
        code: LMG19955000
        dates:
          demande: 2019-02-04

    Correction : Vérifiez l'année de naissance dans le code. Si elle est juste, n'ouvrez pas le
    dossier : donnez-lui le statut non_ouvert avec le motif non_eligible et orientez la demande.
    """
    cfg = depot.config
    for _, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        if code is None or d.statut == "non_ouvert":
            continue
        age_demande = code.age_atteint(d.dates.demande.year)
        if 0 <= age_demande and not cfg.age_min <= age_demande <= cfg.age_max:
            yield Signal(doc, ("code",), f"le jeune a {age_demande} ans l'année de la demande : le dispositif "
                                         f"s'adresse aux {cfg.age_min}-{cfg.age_max} ans.")


@regle("dossier.activation", "erreur", "Un dossier ouvert remplit tous les critères d'activation du réseau.",
       configuration=("criteres_activation",))
def activation(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Un dossier ne s'ouvre que si toutes les conditions d'activation du réseau sont
    réunies, par exemple : difficulté psychique avérée, plusieurs partenaires dont un de la santé mentale,
    trajectoire de soin bloquée, un partenaire prêt à porter la concertation, jeune et famille
    associés, actions communes possibles. Chaque réseau fixe sa liste dans reseau.yaml.

    Exemple fautif :
        statut: ouvert
        criteres_activation:
          difficulte_psychique: true
          partenaires_dont_sante_mentale: true
          trajectoire_contrariee: false
          partenaire_organisateur: true
          jeune_et_famille_associes: true
          actions_possibles: true

    Correction : N'ouvrez le dossier qu'une fois chaque critère rempli (true). En attendant, laissez
    le statut demande ; si la situation ne répond pas aux critères, mettez non_ouvert avec le motif
    non_eligible. Un critère que le réseau ne connaît pas se retire.
    """
    criteres = {c.id: c.libelle for c in depot.config.criteres_activation}
    for _, d, doc in dossiers_valides(depot):
        for inconnu in sorted(set(d.criteres_activation) - set(criteres)):
            yield Signal(doc, ("criteres_activation", inconnu), f"critère {citer(inconnu, criteres)} inconnu du réseau"
                                                                + (proposer(inconnu, criteres)
                                                                   or f" (critères : {', '.join(criteres)})."))
        if d.statut not in ("ouvert", "clos"):
            continue
        manquants = [i for i in criteres if d.criteres_activation.get(i) is not True]
        if manquants:
            yield Signal(doc, ("criteres_activation",),
                         "dossier ouvert sans que tous les critères d'activation soient remplis : "
                         + "; ".join(criteres[i] for i in manquants) + ".")


@regle("dossier.demandeurs", "erreur", "Assez de demandeurs, professionnels connus, d'institutions différentes si le réseau l'exige.",
       configuration=("demandeurs",))
def demandeurs(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Les demandeurs sont les partenaires qui portent la demande : chacun est un acteur du
    dossier, et l'initiateur en fait partie. Un réseau peut se contenter d'un demandeur ; Bru-Stars en exige
    au moins deux, d'institutions différentes (de préférence de secteurs différents, dont la santé
    mentale). Le minimum et l'exigence d'institutions différentes viennent de reseau.yaml.

    Exemple fautif :
        # réseau Bru-Stars : au moins 2 demandeurs d'institutions différentes
        initiateur: a1
        demandeurs:
          - a1

    Correction : Ajoutez à demandeurs: l'identifiant d'un second professionnel du dossier, d'une autre
    institution (son service dans annuaire.yaml le dit), en gardant l'initiateur dans la liste.
    """
    regles_demandeurs = depot.config.demandeurs
    for charge, d, doc in dossiers_valides(depot):
        acteurs = charge.acteurs()
        ids = d.ids_demandeurs
        for i, ident in enumerate(ids):
            if ident not in acteurs:
                chemin = ("demandeurs", i) if d.demandeurs else ("initiateur",)
                yield Signal(doc, chemin, f"{citer(ident)} n'est pas un acteur du dossier{proposer(ident, acteurs) or '.'}")
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


@regle("dossier.canal", "erreur", "Le canal de la demande est l'un de ceux du réseau.",
       configuration=("canaux",))
def canal(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le canal par lequel la demande est arrivée (courriel, téléphone, contact direct, réunion
    de situations complexes…) sert au bilan, pour voir par où passent les demandes et quels secteurs
    connaissent le dispositif. Chaque réseau a sa liste dans reseau.yaml : Bru-Stars a une permanence
    téléphonique, par exemple.

    Exemple fautif :
        canal: sms

    Correction : Choisissez un canal de la liste canaux: de reseau.yaml (par exemple : courriel,
    telephone, direct, reunion_situations_complexes).
    """
    canaux = cles_de(depot.config.canaux)
    for _, d, doc in dossiers_valides(depot):
        if d.canal not in canaux:
            yield Signal(doc, ("canal",), f"canal inconnu : choisir parmi {', '.join(canaux)}.")


@regle("dossier.territoire", "avertissement", "Le code postal du jeune est dans le territoire du réseau.",
       configuration=("codes_postaux", "territoire"))
def territoire(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Chaque réseau couvre un territoire (par exemple la Région de
    Bruxelles-Capitale pour Bru-Stars) et le code postal du code du jeune le situe. Un code postal
    hors territoire est une faute de frappe, ou une demande à orienter vers le réseau du lieu de vie :
    c'est un avertissement, car un réseau peut suivre un jeune qui a son réseau de soin sur son
    territoire sans y habiter (Bru-Stars le prévoit).

    Exemple fautif :
        # réseau dont le territoire va des codes postaux 5000 à 5999
        code: LMG20104000

    Correction : Vérifiez le code postal du lieu de vie du jeune. S'il est juste, décidez avec la
    coordination : suivre le jeune malgré tout, ou ne pas ouvrir le dossier (statut non_ouvert, motif
    hors_territoire).
    """
    plages = depot.config.codes_postaux
    if not plages:
        return
    for _, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        if code and not any(p.de <= code.code_postal <= p.a for p in plages):
            yield Signal(doc, ("code",), f"le code postal {code.code_postal} est hors du territoire du réseau "
                                         f"({depot.config.territoire or 'voir reseau.yaml'}).")
