"""Le bilan annuel calculé depuis le dépôt chargé : les chiffres que le rapport écrivait à la main.

Les chiffres faits à la main dérivent (le bilan 2019 compte 5 dossiers de 2018 encore
actifs quand son propre tableau en a 7) : ici chaque chiffre est compté depuis les
dossiers, vus tels qu'ils étaient à la date d'arrêt (`periode.dossier_au`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from filrouge.bilan.capacite import mois_par_mois, saturations
from filrouge.bilan.chiffres import Bilan, DemandeFinancement, LigneTableau
from filrouge.bilan.comparaison import arrete_de, comparer
from filrouge.bilan.partenaires import secteurs_mobilises
from filrouge.bilan.periode import Periode, date_arret, decision_au, dossier_au, suivi_dans
from filrouge.bilan.donnees import donnees
from filrouge.code_jeune import lire_code
from filrouge.modele import Concertation, Configuration, Dossier
from filrouge.modele.configuration import cles_de
from filrouge.publication import DossierPublie, Publication

EN_COURS = "en-cours"
NON_OUVERTES = "non-ouvertes"
EN_ATTENTE = "en-attente"


def calculer(pub: Publication, annee: int, au: dt.date | None = None, aujourdhui: dt.date | None = None) -> Bilan:
    """Le bilan de `annee`, arrêté à `au` (par défaut le 31 décembre, ou aujourd'hui si l'année est en cours)."""
    periode = Periode(annee, date_arret(annee, au, aujourdhui))
    config = pub.config
    charges = list(pub.dossiers)
    vues: dict[str, Dossier] = {}
    for charge in charges:
        vue = dossier_au(charge.dossier, periode.au)
        if vue is not None:
            vues[charge.id] = vue
    trie = sorted(vues.items())
    recues = tuple(i for i, d in trie if periode.contient(d.dates.demande))
    suivis = {i: s for i, d in trie if d.statut in ("ouvert", "clos") and (s := suivi_dans(d, periode)) is not None}
    anterieurs = tuple(i for i, (ouverture, _) in suivis.items() if ouverture < periode.debut)
    ouverts = tuple(i for i, (ouverture, _) in suivis.items() if periode.contient(ouverture))
    clos = tuple(i for i, (_, cloture) in suivis.items() if periode.contient(cloture))
    en_cours = tuple(i for i in anterieurs + ouverts if suivis[i][1] is None)
    en_attente = tuple(i for i, d in trie if d.statut == "demande")
    non_ouverts: dict[str, list[str]] = defaultdict(list)
    for i in recues:
        if vues[i].statut == "non_ouvert":
            motif = vues[i].motif_non_ouverture
            # Seuls les motifs de la configuration sont publiés : un texte libre compte comme « autre ».
            non_ouverts[motif if motif in cles_de(config.motifs_non_ouverture) else "autre"].append(i)
    demandes = _demandes(charges, periode)
    notes = [(c, n.note) for c in charges if c.id in vues for n in c.notes if periode.contient(n.note.date)]
    tranches, hors, ids_tranches = _tranches_age(config, [vues[i] for i in ouverts], annee)
    actifs = list(vues.values())
    capacite = config.capacite_dossiers_actifs
    bilan = Bilan(
        periode=periode, reseau=config.reseau, recues=recues, anterieurs=anterieurs, ouverts=ouverts,
        clos=clos, en_cours=en_cours, en_attente=en_attente,
        non_ouverts={motif: tuple(ids) for motif, ids in non_ouverts.items()},
        tableau=_tableau(suivis, non_ouverts, en_attente, demandes, periode),
        tranches_age=tranches, hors_tranches=hors,
        concertations=len(notes), presences=sum(len(n.presents) for _, n in notes),
        concertations_avec_jeune=sum(1 for c, n in notes if _present(c, n, ("jeune",))),
        concertations_avec_famille=sum(1 for c, n in notes if _present(c, n, ("famille", "aidant_proche"))),
        demandes=demandes, enveloppe=config.enveloppe(annee), capacite=capacite,
        mois=mois_par_mois(actifs, periode), saturations=saturations(actifs, capacite, periode),
        secteurs=secteurs_mobilises(pub, notes), ids_tranches=ids_tranches,
        ids_concertations=tuple(sorted(c.id for c, _ in notes)),
        fermetures=[f for f in config.fermetures_accueil if f.du <= periode.au and f.au >= periode.debut],
        motifs_non_ouverture={m.id: m.libelle for m in config.motifs_non_ouverture},
    )
    bilan.ecarts = comparer(bilan, donnees(bilan), arrete_de(pub.bilans_arretes, annee))
    return bilan


def _present(charge: DossierPublie, note: Concertation, roles: tuple[str, ...]) -> bool:
    acteurs = charge.acteurs
    return any(acteurs[i].role in roles for i in note.presents if i in acteurs)


def _demandes(charges: list[DossierPublie], periode: Periode) -> list[DemandeFinancement]:
    """Les demandes Criseflex introduites pendant la période (l'enveloppe d'une demande est celle de son année)."""
    resultat: list[DemandeFinancement] = []
    for charge in charges:
        for fichier in charge.demandes:
            f = fichier.demande
            if not periode.contient(f.date_demande):
                continue
            decision = decision_au(f, periode.au)
            accorde = (f.decision.montant_accorde or 0.0) if decision == "accordee" else 0.0
            resultat.append(DemandeFinancement(charge.id, fichier.relatif, f.date_demande, decision,
                                               f.montant_demande, accorde, f.cout_total))
    return sorted(resultat, key=lambda d: (d.date, d.fichier))


def _tranches_age(config: Configuration, dossiers: list[Dossier],
                  annee: int) -> tuple[dict[str, int], int, dict[str, tuple[str, ...]]]:
    """Âge atteint dans l'année (seule l'année de naissance est connue), par tranche configurée."""
    ids: dict[str, list[str]] = {t.libelle: [] for t in config.tranches_age}
    hors = 0
    for d in dossiers:
        code = lire_code(d.code)
        age = code.age_atteint(annee) if code else None
        tranche = next((t for t in config.tranches_age if age is not None and t.min <= age <= t.max), None)
        if tranche is None:
            hors += 1
        else:
            ids[tranche.libelle].append(d.id)
    return {t: len(i) for t, i in ids.items()}, hors, {t: tuple(i) for t, i in ids.items()}


def _tableau(suivis: dict[str, tuple[dt.date, dt.date | None]], non_ouverts: dict[str, list[str]],
             en_attente: tuple[str, ...], demandes: list[DemandeFinancement], periode: Periode) -> list[LigneTableau]:
    """Le tableau du bilan 2019 : dossiers par année d'ouverture × clôture dans l'année ou en cours."""
    groupes: dict[tuple[int, int], list[str]] = {(periode.annee, 0): [], (periode.annee, 1): []}
    for i, (ouverture, cloture) in sorted(suivis.items()):
        groupes.setdefault((ouverture.year, 0 if cloture is not None else 1), []).append(i)
    lignes = [_ligne(f"{ouv}-{periode.annee if rang == 0 else EN_COURS}", str(ouv),
                     str(periode.annee) if rang == 0 else "en cours", ids, demandes)
              for (ouv, rang), ids in sorted(groupes.items())]
    lignes.append(_ligne(NON_OUVERTES, "demandes non ouvertes", None,
                         [i for ids in non_ouverts.values() for i in ids], demandes))
    if en_attente:
        lignes.append(_ligne(EN_ATTENTE, "demandes en attente", None, list(en_attente), demandes))
    return lignes


def _ligne(cle: str, ouverture: str, cloture: str | None, ids: list[str], demandes: list[DemandeFinancement]) -> LigneTableau:
    siennes = [d for d in demandes if d.dossier in set(ids)]
    return LigneTableau(cle, ouverture, cloture, tuple(sorted(ids)), len(siennes), sum(d.montant_accorde for d in siennes))
