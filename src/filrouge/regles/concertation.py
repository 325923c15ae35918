"""Règles sur les notes de synthèse : qui était là, qui valide, quelles actions."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.constat import citer, proposer
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
    """Pourquoi : Chaque personne citée dans la note (présents, absents, référent, coordinateur du soin,
    pédopsychiatre, personne qui a informé le jeune) est un acteur de dossier.yaml : c'est là qu'on
    trouve son service ou son lien, si elle relève de la santé mentale et si elle a signé la charte.
    Un identifiant inconnu, ou une personne à la fois présente et absente, rend la note inexacte.

    Exemple fautif :
        presents:
          - a1
          - jeune
          - psy
          - educ

    Correction : Ajoutez la personne aux acteurs de dossier.yaml (avec son service ou son lien), ou
    corrigez l'identifiant mal tapé. Une personne est soit présente, soit absente.
    """
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        for chemin, ident in _references(note):
            if ident not in acteurs:
                yield Signal(doc, chemin, f"{citer(ident)} n'est pas un acteur du dossier"
                                          f"{proposer(ident, acteurs) or ' (dossier.yaml › acteurs).'}")
        for ident in sorted(set(note.presents) & set(note.absents)):
            yield Signal(doc, ("absents",), f"{citer(ident, acteurs)} est à la fois présent et absent.")


@regle("concertation.acteurs_min", "erreur", "Au moins le nombre minimum d'acteurs présents (hors casemanager).",
       configuration=("concertation",))
def acteurs_min(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Une concertation réunit au moins 3 acteurs (par défaut ; concertation › acteurs_min
    dans reseau.yaml), sans compter le casemanager, tiers neutre qui apporte la méthode. En dessous,
    ce n'est pas une concertation intersectorielle.

    Exemple fautif :
        presents:
          - a1
          - psy
          - cm

    Correction : Vérifiez la fiche de présence et ajoutez les présents oubliés (le jeune et sa
    famille comptent). Si la rencontre n'a vraiment réuni que deux acteurs, elle ne compte pas comme
    concertation : ne l'enregistrez pas comme note de synthèse.
    """
    minimum = depot.config.concertation.acteurs_min
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        nombre = sum(1 for i in set(note.presents) if i in acteurs and acteurs[i].role != "casemanager")
        if nombre < minimum:
            yield Signal(doc, ("presents",), f"{nombre} acteur(s) présent(s) hors casemanager : une concertation en réunit au moins {minimum}.")


@regle("concertation.axe1", "erreur", "Au moins un acteur de santé mentale (axe 1) est présent.",
       configuration=("concertation",))
def axe1(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La procédure exige à chaque concertation au moins un acteur de l'axe 1 de la santé
    mentale : un pédopsychiatre, ou un professionnel qui travaille sous sa responsabilité. C'est ce
    qui fait de la concertation un travail sur le trajet de soin. Le service de l'acteur
    (annuaire.yaml, axe1: true) le dit ; le minimum vient de reseau.yaml (concertation › axe1_min).

    Exemple fautif :
        presents:
          - a1      # SPJ
          - jeune
          - mere
          - cm
        absents:
          - psy     # service de santé mentale

    Correction : Vérifiez la fiche de présence. Si un présent travaille sous la responsabilité d'un
    pédopsychiatre sans que son service soit marqué axe 1, indiquez axe1: true sur cet acteur dans
    dossier.yaml ; sinon, la rencontre ne remplit pas les conditions : parlez-en au casemanager.
    """
    minimum = depot.config.concertation.axe1_min
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        nombre = sum(1 for i in set(note.presents) if i in acteurs and depot.est_axe1(acteurs[i]))
        if nombre < minimum:
            yield Signal(doc, ("presents",), f"{nombre} acteur(s) de santé mentale (axe 1) présent(s) : il en faut au moins {minimum} "
                                             "(pédopsychiatre ou professionnel sous sa responsabilité).")


@regle("concertation.referent", "erreur", "Un référent est désigné (par défaut l'initiateur) et présent.")
def referent(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Un référent de concertation est désigné parmi les acteurs ; par défaut, c'est le
    demandeur initial. C'est lui qui valide la note de synthèse, veille aux actions et, si besoin,
    construit la demande de financement : il doit avoir participé à la rencontre.

    Exemple fautif :
        # pas de referent: ; l'initiateur du dossier, a1, est absent
        presents:
          - jeune
          - mere
          - psy
          - cm
        absents:
          - a1

    Correction : Désignez un référent parmi les présents (referent: psy, par exemple) ; si c'est bien
    l'initiateur, vérifiez qu'il figure dans presents:.
    """
    for charge, dossier, note, doc in _notes(depot):
        ident = dossier.referent(note)
        if ident not in note.presents:
            origine = "le référent" if note.referent else "le référent (par défaut : l'initiateur)"
            yield Signal(doc, ("referent",) if note.referent else ("presents",),
                         f"{origine} {citer(ident, charge.acteurs())} n'est pas parmi les présents : désignez un référent "
                         "présent (referent:).")


@regle("concertation.validation", "erreur", "La note est validée par un pédopsychiatre (axe 1) et par le référent, après la rencontre.")
def validation(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La note de synthèse est validée par le responsable clinique, un pédopsychiatre (axe 1
    de la santé mentale), et par le référent de la concertation. Une validation ne peut pas précéder
    la rencontre qu'elle valide.

    Exemple fautif :
        date: 2019-03-12
        pedopsychiatre: a1      # la déléguée du SPJ, hors santé mentale
        validation:
          pedopsychiatre: 2019-03-11
          referent: 2019-03-14

    Correction : Indiquez pour pedopsychiatre: l'acteur pédopsychiatre (axe 1) qui valide le plan de
    soin, et les vraies dates de validation, le jour de la rencontre ou après.
    """
    for charge, _, note, doc in _notes(depot):
        pedo = charge.acteurs().get(note.pedopsychiatre)
        if pedo is not None and not depot.est_axe1(pedo):
            yield Signal(doc, ("pedopsychiatre",), f"« {note.pedopsychiatre} » ne relève pas de la santé mentale (axe 1) : "
                                                   "le plan est validé par un pédopsychiatre.")
        for champ in ("pedopsychiatre", "referent"):
            jour = getattr(note.validation, champ)
            if jour is not None and jour < note.date:
                yield Signal(doc, ("validation", champ), "la validation est datée avant la concertation.")


@regle("concertation.pedopsychiatre", "erreur", "Le plan est validé par un acteur dont la fonction est pédopsychiatre "
       "(ou une fonction qui travaille sous sa responsabilité, selon le réseau).", configuration=("validation_clinique",))
def pedopsychiatre(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le responsable clinique qui valide le plan de soin est un pédopsychiatre. Le service ne
    suffit pas à le dire : dans un service de santé mentale travaillent aussi des logopèdes, des
    assistants sociaux, des psychologues. C'est la fonction de l'acteur (dossier.yaml) qui compte :
    l'une des fonctions de validation_clinique › fonctions de reseau.yaml, ou, si le réseau l'admet,
    une fonction qui travaille sous la responsabilité d'un pédopsychiatre
    (validation_clinique › sous_responsabilite). Un acteur hors santé mentale (axe 1) est signalé par
    concertation.validation.

    Exemple fautif :
        # dossier.yaml
        - id: logo
          role: professionnel
          service: ssm-capj
          fonction: logopède
        # concertations/2019-03-12.yaml
        pedopsychiatre: logo

    Correction : Indiquez pour pedopsychiatre: l'acteur pédopsychiatre qui valide le plan de soin ; s'il
    n'est pas encore parmi les acteurs, ajoutez-le avec fonction: pédopsychiatre. Si la fonction de
    l'acteur est mal écrite ou manque, corrigez-la dans dossier.yaml.
    """
    regle_clinique = depot.config.validation_clinique
    for charge, _, note, doc in _notes(depot):
        acteur = charge.acteurs().get(note.pedopsychiatre)
        # Un acteur inconnu ou hors santé mentale est déjà signalé (concertation.acteur_inconnu, .validation).
        if acteur is None or not depot.est_axe1(acteur) or regle_clinique.reconnait(acteur.fonction, True):
            continue
        fonction = f"sa fonction est {citer(acteur.fonction)}" if acteur.fonction else "sa fonction n'est pas indiquée"
        yield Signal(doc, ("pedopsychiatre",), f"« {note.pedopsychiatre} » ne peut pas valider le plan de soin : {fonction} "
                                               f"(fonctions admises : {', '.join(regle_clinique.fonctions + regle_clinique.sous_responsabilite)} ; "
                                               "reseau.yaml › validation_clinique).")


@regle("concertation.validation_attendue", "avertissement", "Une note pas encore validée par le pédopsychiatre et le référent.")
def validation_attendue(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Tant que le pédopsychiatre et le référent n'ont pas validé la note de synthèse, le plan
    de soin n'est pas arrêté. C'est un avertissement, pas une erreur : la note s'écrit souvent avant
    les validations, et il rappelle simplement de les obtenir.

    Exemple fautif :
        validation:
          referent: 2019-03-14

    Correction : Dès que la validation arrive, ajoutez sa date (validation › pedopsychiatre et
    validation › referent).
    """
    for _, _, note, doc in _notes(depot):
        manquants = [nom for nom, jour in (("le pédopsychiatre", note.validation.pedopsychiatre),
                                           ("le référent", note.validation.referent)) if jour is None]
        if manquants:
            yield Signal(doc, ("validation",), f"note pas encore validée par {' et '.join(manquants)}.")


@regle("concertation.jeune_absent", "erreur", "Si le jeune est absent, on sait qui l'a informé et si sa parole a été portée.")
def jeune_absent(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La concertation se tient en principe en présence du jeune. S'il est absent, la note de
    synthèse dit qui l'a informé de la concertation et a obtenu son accord, et si cette personne a
    porté sa parole : le jeune reste associé à son projet même quand il n'est pas là.

    Exemple fautif :
        presents:
          - a1
          - mere
          - psy
          - cm
        absents:
          - jeune

    Correction : Indiquez jeune_informe_par: (l'identifiant de l'acteur qui l'a informé, mere par
    exemple) et voix_du_jeune: true ou false.
    """
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
    """Pourquoi : Chaque participant s'engage par la charte de concertation (secret professionnel
    partagé, devoir de réserve, anonymat du jeune) avant d'échanger quoi que ce soit. La note
    confirme l'adhésion de tous, et chaque présent a signé la charte au plus tard le jour de la
    rencontre.

    Exemple fautif :
        # dossier.yaml
        - id: mere
          role: famille
          lien: mère
          charte_signee: 2019-03-13
        # concertations/2019-03-12.yaml
        presents:
          - mere

    Correction : Faites signer la charte par chaque présent et reportez la date dans dossier.yaml
    (charte_signee:), la date de la rencontre si elle a été signée sur place ; indiquez
    adhesion_charte: true dans la note.
    """
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
    """Pourquoi : La fiche de présence signée à chaque rencontre est une des balises de la procédure :
    elle atteste qui était là, donc le nombre d'acteurs, la présence d'un acteur de la santé mentale
    et les chiffres du bilan.

    Exemple fautif :
        fiche_presence: false

    Correction : Faites circuler et signer la fiche de présence à chaque rencontre, gardez-la avec les
    documents du dossier, puis indiquez fiche_presence: true.
    """
    for _, _, note, doc in _notes(depot):
        if not note.fiche_presence:
            yield Signal(doc, ("fiche_presence",), "la fiche de présence est signée à chaque rencontre.")


@regle("concertation.dates", "erreur", "La rencontre a lieu pendant que le dossier est ouvert ; la suivante vient après.")
def dates(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Une concertation a lieu dans un dossier ouvert, entre sa date d'ouverture et sa
    clôture ; la prochaine rencontre, à laquelle les présents s'engagent, vient après celle-ci. Des
    dates incohérentes faussent les calendriers des partenaires et le bilan.

    Exemple fautif :
        date: 2019-03-12
        prochaine_rencontre:
          engagement: true
          date: 2019-03-12

    Correction : Corrigez la date fautive. Si la concertation a bien eu lieu avant l'ouverture du
    dossier, ouvrez-le au plus tard ce jour-là (dossier.yaml › dates › ouverture, statut ouvert).
    """
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
    """Pourquoi : Les actions de la note sont hiérarchisées et numérotées, et la demande d'intervention
    financière renvoie à « l'action numéro … de la note de synthèse ». Deux actions au même numéro
    rendent ce renvoi ambigu.

    Exemple fautif :
        actions:
          - numero: 1
            description: accompagnement éducatif à domicile
          - numero: 1
            description: stage de remobilisation

    Correction : Numérotez les actions 1, 2, 3… sans doublon, dans l'ordre de priorité, et vérifiez
    qu'une demande de financement déjà déposée vise toujours le bon numéro.
    """
    for _, _, note, doc in _notes(depot):
        vus: set[int] = set()
        for i, action in enumerate(note.actions):
            if action.numero in vus:
                yield Signal(doc, ("actions", i, "numero"), f"le numéro d'action {action.numero} est utilisé deux fois.")
            vus.add(action.numero)


@regle("concertation.action_qui", "erreur", "Chaque action est portée par des acteurs connus du dossier.")
def action_qui(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Chaque action dit qui la porte et avec qui (« qui fait quoi, quand, où, avec qui ») :
    ce sont des acteurs du dossier, pour que chaque service retrouve ses actions sur le portail
    (« Mes actions ») et dans les rappels.

    Exemple fautif :
        actions:
          - numero: 1
            qui:
              - educatrice
            avec_qui:
              - psy

    Correction : Utilisez l'identifiant d'un acteur de dossier.yaml (ajoutez l'acteur s'il manque),
    jamais un nom de personne.
    """
    for charge, _, note, doc in _notes(depot):
        acteurs = charge.acteurs()
        for i, action in enumerate(note.actions):
            for champ in ("qui", "avec_qui"):
                for j, ident in enumerate(getattr(action, champ)):
                    if ident not in acteurs:
                        yield Signal(doc, ("actions", i, champ, j), f"action {action.numero} : {citer(ident)} n'est pas un acteur "
                                                     f"du dossier{proposer(ident, acteurs) or '.'}")


@regle("concertation.action_echeance", "erreur", "L'échéance d'une action vient après la rencontre.")
def action_echeance(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : L'échéance d'une action est la date à laquelle elle doit être faite : elle vient après
    la rencontre qui l'a décidée. Une échéance le jour même ou avant est une faute de frappe, et
    l'action paraîtrait en retard sur le portail et dans les rappels dès sa création.

    Exemple fautif :
        date: 2019-03-12
        actions:
          - numero: 1
            echeance: 2019-03-12

    Correction : Donnez une échéance postérieure à la rencontre ; à défaut d'une autre date convenue,
    celle de la prochaine concertation. Une action faite ou abandonnée, ou reprise d'une note précédente
    avec son échéance, garde sa vraie date, même passée.
    """
    for charge, _, note, doc in _notes(depot):
        anterieures = {(a.description, a.echeance) for _, n in charge.notes_valides() if n.date < note.date
                       for a in n.actions}
        for i, action in enumerate(note.actions):
            reprise = (action.description, action.echeance) in anterieures
            if action.echeance <= note.date and action.ouverte and not reprise:
                yield Signal(doc, ("actions", i, "echeance"), f"action {action.numero} : l'échéance doit suivre la date de la rencontre ({note.date}).")



@regle("concertation.prochaine_sans_note", "avertissement",
       "Une prochaine concertation annoncée avant la dernière note du dossier a sa note de synthèse.")
def prochaine_sans_note(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Chaque note dit si les présents s'engagent à se revoir, et quand. Quand cette date est
    déjà dans le passé de la dernière note du dossier, la rencontre annoncée aurait dû avoir lieu :
    sans note à cette date, soit la note manque (et avec elle les présents, les actions et les
    chiffres du bilan), soit la rencontre a été déplacée ou annulée sans que ce soit noté.

    Exemple fautif :
        # concertations/2019-03-12.yaml
        prochaine_rencontre:
          engagement: true
          date: 2019-04-15
        # la note suivante est concertations/2019-05-20.yaml : aucune note du 2019-04-15

    Correction : Ajoutez la note de synthèse de la rencontre du jour annoncé. Si la rencontre a été
    déplacée, reportez dans prochaine_rencontre › date le jour où elle s'est tenue (et le report dans
    modalites:) ; si elle a été annulée, indiquez engagement: false et pourquoi dans modalites:.
    """
    for charge, _, _ in dossiers_valides(depot):
        notes = charge.notes_valides()
        if not notes:
            continue
        derniere = notes[-1][1].date
        tenues = {n.date for _, n in notes}
        for fichier, note in notes:
            prochaine = note.prochaine_rencontre
            if (prochaine and prochaine.engagement and prochaine.date and note.date < prochaine.date < derniere
                    and prochaine.date not in tenues):
                yield Signal(fichier.doc, ("prochaine_rencontre", "date"),
                             f"la concertation annoncée pour le {prochaine.date} n'a pas de note de synthèse, alors que "
                             f"le dossier a une note plus récente ({derniere}) : ajoutez-la, ou, si elle a été déplacée, "
                             "reportez ici le jour où elle s'est tenue.")
