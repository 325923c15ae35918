"""Règles sur le consentement : secret professionnel partagé, avant la première rencontre."""

from __future__ import annotations

from collections.abc import Iterator

from filrouge.code_jeune import lire_code
from filrouge.depot import Depot
from filrouge.modele import Dossier
from filrouge.modele.dossier import Consentement
from filrouge.regles.cycle import fin_connue
from filrouge.regles.registre import Signal, dossiers_valides, regle

MAJORITE = 18


def _chaque_consentement(d: Dossier) -> Iterator[tuple[tuple[str | int, ...], Consentement]]:
    """Chaque consentement recueilli, avec sa place dans dossier.yaml : le premier (consentement:), puis les suivants
    (consentements:), que l'atelier et `filrouge consentement` ajoutent après un retrait ou à la majorité."""
    if d.consentement is not None:
        yield ("consentement",), d.consentement
    for rang, suivant in enumerate(d.consentements):
        yield ("consentements", rang), suivant


@regle("consentement.avant_concertation", "erreur", "Le consentement est recueilli avant la première concertation.")
def avant_concertation(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le secret professionnel partagé repose sur l'accord du jeune : il sait quelles
    informations seront échangées, pourquoi et avec qui, et il est d'accord, avant que les
    professionnels ne partagent quoi que ce soit en concertation. Un consentement absent, ou daté
    après la première rencontre, veut dire que des informations ont circulé sans cet accord.

    Exemple fautif :
        # dossier.yaml ; première concertation le 2019-03-12
        consentement:
          date: 2019-03-15
          jeune_informe: true
          accord: true

    Correction : Recueillez le consentement avant la première concertation et consignez-le dans
    dossier.yaml (consentement: avec la date, ce qui est partagé, pourquoi et avec qui). S'il a bien
    été recueilli avant, corrigez la date.
    """
    for charge, d, doc in dossiers_valides(depot):
        notes = charge.notes_valides()
        if not notes:
            continue
        premiere = min(n.date for _, n in notes)
        if d.consentement is None:
            yield Signal(doc, (), "le consentement du jeune (secret professionnel partagé) n'est pas consigné (consentement:), "
                                  "alors qu'une concertation a eu lieu.")
        elif d.consentement.date > premiere:
            yield Signal(doc, ("consentement", "date"), f"le consentement est daté après la première concertation ({premiere}).")


@regle("consentement.accord", "erreur", "Le jeune est informé de ce qui est partagé et d'accord, ou la dérogation est motivée.")
def accord(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Selon les principes du secret professionnel partagé rappelés par la charte, le jeune
    est informé de ce qui est échangé, dans quel but et avec qui, et il donne son accord. On ne passe
    outre que si son intérêt l'exige (un danger grave, par exemple), et cette dérogation se motive
    par écrit.

    Exemple fautif :
        consentement:
          date: 2019-03-01
          jeune_informe: true
          accord: false

    Chaque consentement est jugé : le premier (consentement:) comme les suivants (consentements:).

    Correction : Recueillez l'accord du jeune et indiquez accord: true. Si les informations doivent
    être partagées sans son accord, expliquez dans derogation: en quoi son intérêt le demande.
    """
    for _, d, doc in dossiers_valides(depot):
        for chemin, c in _chaque_consentement(d):
            if c.derogation:
                continue
            if not c.jeune_informe:
                yield Signal(doc, (*chemin, "jeune_informe"), "le jeune n'est pas informé : motivez en quoi son intérêt "
                                                              "prime (derogation:).")
            elif not c.accord:
                yield Signal(doc, (*chemin, "accord"), "sans l'accord du jeune, motivez en quoi son intérêt prime "
                                                       "(derogation:).")


@regle("consentement.mineur", "erreur", "Pour un mineur, les parents sont informés, ou la dérogation est motivée.")
def mineur(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Pour un jeune mineur, les parents sont informés du partage d'informations, en plus du
    jeune lui-même : le dispositif associe directement la famille à la concertation. Le jeune est
    compté mineur s'il n'atteint pas 18 ans dans l'année du consentement (seule l'année de
    naissance est connue).

    Exemple fautif :
        code: LMG20105000
        consentement:
          date: 2019-03-01
          jeune_informe: true
          parents_informes: false
          accord: true

    Chaque consentement recueilli pendant la minorité est jugé : le premier (consentement:) comme les
    suivants (consentements:).

    Correction : Informez les parents et indiquez parents_informes: true. Si les informer irait contre
    l'intérêt du jeune, motivez-le dans derogation:.
    """
    for _, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        if code is None:
            continue
        for chemin, c in _chaque_consentement(d):
            if not c.derogation and code.age_atteint(c.date.year) < MAJORITE and c.parents_informes is not True:
                yield Signal(doc, chemin, "le jeune est mineur : indiquez que ses parents sont informés "
                                          "(parents_informes: true) ou motivez la dérogation.")


@regle("consentement.retrait", "erreur", "Après un retrait du consentement, rien de nouveau ne s'enregistre, sauf la clôture.")
def retrait(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le partage d'informations repose sur l'accord du jeune. Quand il retire tout son
    consentement (retraits_consentement, portee: tout), plus rien ne circule : aucune nouvelle
    concertation, aucune demande de financement, aucune réouverture ne s'enregistre ; seule la
    clôture du dossier reste possible. Un nouveau consentement (consentements:) lève le retrait.

    Exemple fautif :
        retraits_consentement:
        - date: 2019-05-02
          portee: tout
        # concertations/2019-06-11.yaml : une concertation après le retrait

    Correction : Si le jeune a redonné son accord, consignez ce consentement (consentements: avec sa
    date). Sinon, la concertation ou la demande ne peut pas être enregistrée : retirez-la et clôturez
    le dossier (filrouge clore --motif retrait_consentement).
    """
    for charge, d, doc in dossiers_valides(depot):
        for rang, r in enumerate(d.retraits_consentement):
            if r.portee == "partiel" and not r.informations:
                yield Signal(doc, ("retraits_consentement", rang), "un retrait partiel dit quelles informations ne sont "
                                                                   "plus partagées (informations:).")
        if not any(r.portee == "tout" for r in d.retraits_consentement):
            continue
        for fichier, note in charge.notes_valides():
            r = d.retrait_en_vigueur(note.date)
            if r is not None:
                yield Signal(fichier.doc, ("date",), f"concertation après le retrait du consentement ({r.date}).")
        for fichier in charge.financements:
            f = fichier.modele
            r = d.retrait_en_vigueur(f.date_demande) if f is not None and f.date_demande is not None else None
            if r is not None:
                yield Signal(fichier.doc, ("date_demande",), f"demande de financement après le retrait du consentement ({r.date}).")
        for rang, periode in enumerate(d.periodes):
            r = d.retrait_en_vigueur(periode.ouverture)
            if r is not None:
                yield Signal(doc, ("episodes", rang, "ouverture"), f"réouverture après le retrait du consentement ({r.date}).")


@regle("consentement.majorite", "avertissement", "Le jeune devenu majeur pendant le suivi donne son propre consentement.")
def majorite(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le consentement d'un mineur a été recueilli avec ses parents. À 18 ans, le jeune décide
    seul de ce qui est partagé à son sujet : s'il est encore suivi, son propre consentement se
    recueille à nouveau. L'âge vient de l'année de naissance du code : le jeune est compté majeur
    dès l'année de ses 18 ans ; un dossier ouvert est suivi jusqu'à sa dernière concertation.

    Exemple fautif :
        code: LMG20015000            # 18 ans en 2019
        consentement:
          date: 2018-03-01           # recueilli à 17 ans
        # concertation en 2019, sans consentement recueilli depuis

    Correction : Recueillez le consentement du jeune majeur et ajoutez-le à consentements: (date,
    informations, finalité, destinataires, accord).
    """
    for charge, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        fin = fin_connue(charge, d)
        if code is None or fin is None or not d.dates_consentement:
            continue
        annee = code.annee_naissance + MAJORITE
        if d.dates_consentement[0].year >= annee or fin.year < annee:
            continue
        if not any(c.year >= annee for c in d.dates_consentement):
            yield Signal(doc, ("consentement",), f"le jeune a 18 ans en {annee} et le suivi continue : recueillez son "
                                                 "propre consentement (consentements:).")
