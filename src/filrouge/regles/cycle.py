"""Règles sur la vie du dossier : ses périodes de suivi, ce qui reste en suspens à la clôture, l'âge limite."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from filrouge.code_jeune import lire_code
from filrouge.depot import Depot, DossierCharge
from filrouge.modele import Dossier
from filrouge.modele.configuration import cles_de
from filrouge.regles.registre import Signal, dossiers_valides, regle


def fin_connue(charge: DossierCharge, dossier: Dossier) -> dt.date | None:
    """Le dernier jour connu du suivi : la clôture, ou pour un dossier ouvert sa dernière trace (ouverture,
    concertation). Jamais le jour de la validation : un verdict ne change pas avec le calendrier."""
    periodes = dossier.periodes
    if not periodes:
        return None
    if periodes[-1].cloture is not None:
        return periodes[-1].cloture
    return max([periodes[-1].ouverture] + [n.date for _, n in charge.notes_valides()])


@regle("dossier.episodes", "erreur", "Les périodes de suivi se suivent, chacune close (motif du réseau) avant la suivante.",
       configuration=("motifs_cloture",))
def episodes(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le bilan de chaque année compte les dossiers depuis leurs périodes de suivi
    (episodes:) : une période qui commence avant la fin de la précédente, ou une clôture avant
    l'ouverture, compterait deux fois un dossier ou le ferait disparaître d'une année. Une
    réouverture dit pourquoi, une clôture donne un motif de la liste du réseau (motifs_cloture),
    que le bilan peut compter. Avec des périodes, dates › ouverture et dates › cloture ne
    s'écrivent plus : ce serait la même information à deux endroits.

    Exemple fautif :
        dates:
          demande: 2018-05-03
          ouverture: 2018-05-20
        episodes:
        - ouverture: 2018-05-20
          cloture: 2018-12-10
          motif_cloture: fini
        - ouverture: 2018-11-02

    Correction : Clôturez et rouvrez avec filrouge clore et filrouge rouvrir, qui écrivent les
    périodes dans l'ordre. À la main : retirez dates › ouverture et dates › cloture, mettez les
    périodes dans l'ordre, un motif de clôture de reseau.yaml et un motif_reouverture à chaque
    période après la première.
    """
    motifs = cles_de(depot.config.motifs_cloture)
    for _, d, doc in dossiers_valides(depot):
        if not d.episodes:
            continue
        ecrites = doc.donnees.get("dates", {}) if isinstance(doc.donnees, dict) else {}
        for cle in ("ouverture", "cloture"):
            if isinstance(ecrites, dict) and cle in ecrites:
                yield Signal(doc, ("dates", cle), f"dates › {cle} et episodes: à la fois : avec des périodes de suivi, "
                                                  f"retirez dates › {cle} (la période la porte).")
        if d.episodes[0].ouverture < d.dates.demande:
            yield Signal(doc, ("episodes", 0, "ouverture"), "la première période s'ouvre avant la demande.")
        precedente: dt.date | None = None
        for rang, p in enumerate(d.episodes):
            if rang > 0 and precedente is None:
                yield Signal(doc, ("episodes", rang, "ouverture"), f"la période {rang} n'est pas close : une nouvelle "
                                                                    "période commence après une clôture.")
            elif precedente is not None and p.ouverture < precedente:
                yield Signal(doc, ("episodes", rang, "ouverture"), f"la réouverture ({p.ouverture}) précède la clôture "
                                                                    f"de la période précédente ({precedente}).")
            if rang > 0 and not p.motif_reouverture:
                yield Signal(doc, ("episodes", rang), "une réouverture dit pourquoi (motif_reouverture).")
            if p.cloture is not None and p.cloture < p.ouverture:
                yield Signal(doc, ("episodes", rang, "cloture"), "la clôture précède l'ouverture de la période.")
            if p.motif_cloture is not None and p.motif_cloture not in motifs:
                yield Signal(doc, ("episodes", rang, "motif_cloture"),
                             f"motif de clôture inconnu : choisir parmi {', '.join(motifs)}.")
            if p.motif_cloture is not None and p.cloture is None:
                yield Signal(doc, ("episodes", rang, "motif_cloture"), "un motif de clôture sans date de clôture.")
            precedente = p.cloture


@regle("dossier.cloture_en_suspens", "avertissement",
       "Un dossier clos n'a plus d'action ouverte ni de rencontre prévue après sa clôture.")
def cloture_en_suspens(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Clore un dossier, c'est dire aux partenaires que le suivi s'arrête : une action encore
    « à faire » dans la dernière note resterait dans leurs tableaux et leurs rappels, et une
    rencontre prévue après la clôture dans leurs calendriers.

    Exemple fautif :
        # dossier.yaml : statut: clos, clôture le 2019-10-04
        # dernière note : action 2 au statut a_faire ; prochaine_rencontre › date: 2019-11-12

    Correction : Pour chaque action, indiquez ce qu'elle est devenue (statut: faite ou abandonnee)
    et, si la rencontre n'aura pas lieu, engagement: false. filrouge clore le demande au moment de
    la clôture (--faites, --abandonnees, --annuler-rencontre).
    """
    for charge, d, _ in dossiers_valides(depot):
        periodes = d.periodes
        if d.statut != "clos" or not periodes or periodes[-1].cloture is None:
            continue
        cloture = periodes[-1].cloture
        notes = charge.notes_valides()
        if not notes:
            continue
        fichier, note = notes[-1]
        for rang, action in enumerate(note.actions):
            if action.ouverte:
                yield Signal(fichier.doc, ("actions", rang, "statut"),
                             f"action {action.numero} encore « {action.statut} » alors que le dossier est clos "
                             f"({cloture}) : faite ou abandonnée ?")
        prochaine = note.prochaine_rencontre
        if prochaine is not None and prochaine.engagement and prochaine.date is not None and prochaine.date >= cloture:
            yield Signal(fichier.doc, ("prochaine_rencontre", "date"),
                         f"rencontre prévue le {prochaine.date} après la clôture du dossier ({cloture}).")


@regle("dossier.limite_age", "avertissement", "Le jeune encore suivi dépasse l'âge limite du réseau.",
       configuration=("age_max", "age_limite_suivi"))
def limite_age(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Le dispositif s'adresse aux jeunes jusqu'à l'âge limite du réseau (age_limite_suivi,
    sinon age_max de reseau.yaml). Un jeune dont le suivi continue au-delà relève
    d'un autre dispositif (le réseau adulte) : le passage de relais se prépare. L'âge vient de
    l'année de naissance du code (l'âge atteint dans l'année).

    Exemple fautif :
        code: LMG20015000     # 24 ans en 2025
        episodes:
        - ouverture: 2023-02-01     # toujours en cours : concertation le 2025-03-10

    Correction : Préparez le relais vers le réseau adulte, puis clôturez le dossier (filrouge clore
    --motif limite_age). Si le réseau suit plus longtemps, fixez age_limite_suivi dans reseau.yaml.
    Pour un dossier ouvert, le suivi court jusqu'à sa dernière concertation.
    """
    limite = depot.config.limite_age_suivi
    for charge, d, doc in dossiers_valides(depot):
        code = lire_code(d.code)
        fin = fin_connue(charge, d)
        if code is None or fin is None or code.age_atteint(d.dates.demande.year) > limite:
            continue  # déjà trop âgé à la demande : c'est dossier.age
        annee = code.annee_naissance + limite + 1
        if fin.year >= annee:
            yield Signal(doc, ("code",), f"le jeune a {fin.year - code.annee_naissance} ans en {fin.year}, encore suivi : au-delà "
                                         f"de l'âge limite du réseau ({limite} ans), préparez le relais.")
