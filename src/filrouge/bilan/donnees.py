"""Le bilan en données : la forme de la sortie JSON, et la base des chemins des bilans arrêtés (bilan/AAAA.yaml).

Clés de premier niveau (chaque nombre de dossiers a sa liste d'identifiants sous `ids`) :

- `annee`, `debut`, `arrete_au` (date d'arrêt), `reseau` ;
- `demandes` : `recues` (demandes arrivées dans la période), `traitees` (toutes celles dont le
  dispositif s'est occupé : reçues, ouvertes avant et encore actives, en attente),
  `non_ouvertes`, `non_ouvertes_par_motif` {motif: nombre}, `en_attente` ;
- `dossiers` : `anterieurs_actifs` (ouverts avant l'année, encore actifs au 1er janvier), `ouverts`,
  `suivis` (antérieurs + ouverts), `clos` (clôturés dans la période), `actifs` (en cours à la date
  d'arrêt), `total` (suivis + non ouverts + en attente : le total du tableau), `ids` ;
- `tableau` : {clé de ligne: {`ouverture`, `cloture`, `dossiers`, `demandes_financement`,
  `montant_accorde`, `ids`}} ; clés `AAAA-AAAA` (ouverture-clôture), `AAAA-en-cours`,
  `non-ouvertes`, `en-attente` ;
- `tranches_age` {libellé configuré: nombre de dossiers ouverts}, `hors_tranches` ;
- `concertations` : `nombre`, `presences`, `presence_moyenne`, `avec_jeune`, `avec_famille` ;
- `financement` : `demandes`, `montant_demande`, `montant_accorde`, puis `accordees`, `refusees`,
  `retirees`, `en_attente` ({`nombre`, `montant_demande`, `montant_accorde`, `cout_total`}), `liste` ;
- `enveloppe` : `montant`, `accorde`, `part_accordee_pourcent` ;
- `capacite` : `capacite`, `mois` {AAAA-MM: {`maximum`, `fin_de_mois`}}, `pic` {`mois`, `actifs`},
  `mois_au_dessus`, `saturations` [{`debut`, `fin`, `maximum`}], `fermetures` [{`du`, `au`, `raison`}]
  (fermetures de l'accueil de reseau.yaml qui touchent la période) ;
- `secteurs` : [{`id`, `libelle`, `dossiers`, `presences`, `peu_mobilise`}] ;
- `ecarts` : chaque chiffre du bilan arrêté de l'année (bilan/AAAA.yaml) face au calcul : [{`document`,
  `arrete_au`, `libelle`, `cle`, `publie` (le chiffre arrêté), `calcule`, `concorde`, `note`,
  `dossiers_en_plus`, `dossiers_en_moins` (dossiers comptés en plus ou en moins que le bilan arrêté)}].
"""

from __future__ import annotations

from typing import Any

from filrouge.bilan.chiffres import Bilan, DemandeFinancement
from filrouge.modele.financement import StatutDecision

DECISIONS: dict[StatutDecision, str] = {"accordee": "accordees", "refusee": "refusees", "retiree": "retirees",
                                         "demandee": "en_attente"}


def donnees(bilan: Bilan) -> dict[str, Any]:
    """Le bilan en dictionnaire JSON (dates en AAAA-MM-JJ), écarts compris."""
    b = bilan
    moyenne = b.presence_moyenne
    pic = b.pic
    return {
        "annee": b.periode.annee, "debut": b.periode.debut.isoformat(), "arrete_au": b.periode.au.isoformat(),
        "reseau": b.reseau,
        "demandes": {
            "recues": len(b.recues), "traitees": b.traitees, "non_ouvertes": b.non_ouverts_total,
            "non_ouvertes_par_motif": {m: len(ids) for m, ids in sorted(b.non_ouverts.items())},
            "en_attente": len(b.en_attente),
        },
        "dossiers": {
            "anterieurs_actifs": len(b.anterieurs), "ouverts": len(b.ouverts), "suivis": len(b.suivis),
            "clos": len(b.clos), "actifs": len(b.en_cours), "total": sum(len(l.dossiers) for l in b.tableau),
            "ids": {"recues": list(b.recues), "anterieurs_actifs": list(b.anterieurs), "ouverts": list(b.ouverts),
                    "clos": list(b.clos), "actifs": list(b.en_cours), "en_attente": list(b.en_attente),
                    "non_ouverts": {m: list(ids) for m, ids in sorted(b.non_ouverts.items())}},
        },
        "tableau": {l.cle: {"ouverture": l.libelle_ouverture, "cloture": l.libelle_cloture, "dossiers": len(l.dossiers),
                            "demandes_financement": l.demandes_financement, "montant_accorde": l.montant_accorde,
                            "ids": list(l.dossiers)} for l in b.tableau},
        "tranches_age": dict(b.tranches_age), "hors_tranches": b.hors_tranches,
        "concertations": {"nombre": b.concertations, "presences": b.presences,
                          "presence_moyenne": round(moyenne, 2) if moyenne is not None else None,
                          "avec_jeune": b.concertations_avec_jeune, "avec_famille": b.concertations_avec_famille},
        "financement": {
            "demandes": len(b.demandes), "montant_demande": sum(d.montant_demande for d in b.demandes),
            "montant_accorde": b.montant_accorde,
            **{cle: _somme(b.demandes_par_decision(statut)) for statut, cle in DECISIONS.items()},
            "liste": [{"dossier": d.dossier, "fichier": d.fichier, "date": d.date.isoformat(), "decision": d.decision,
                       "montant_demande": d.montant_demande, "montant_accorde": d.montant_accorde,
                       "cout_total": d.cout_total} for d in b.demandes],
        },
        "enveloppe": {"montant": b.enveloppe, "accorde": b.montant_accorde,
                      "part_accordee_pourcent": round(b.part_enveloppe, 2) if b.part_enveloppe is not None else None},
        "capacite": {
            "capacite": b.capacite,
            "mois": {m.cle: {"maximum": m.maximum, "fin_de_mois": m.fin_de_mois} for m in b.mois},
            "pic": {"mois": pic.cle, "actifs": pic.maximum} if pic else None,
            "mois_au_dessus": [m.cle for m in b.mois if m.maximum > b.capacite],
            "saturations": [{"debut": s.debut.isoformat(), "fin": s.fin.isoformat() if s.fin else None,
                             "maximum": s.maximum} for s in b.saturations],
            "fermetures": [{"du": f.du.isoformat(), "au": f.au.isoformat(), "raison": f.raison} for f in b.fermetures],
        },
        "secteurs": [{"id": s.id, "libelle": s.libelle, "dossiers": s.dossiers, "presences": s.presences,
                      "peu_mobilise": s.peu_mobilise} for s in b.secteurs],
        "ecarts": [e.en_dict() for e in b.ecarts],
    }


def _somme(demandes: list[DemandeFinancement]) -> dict[str, float | int]:
    return {"nombre": len(demandes), "montant_demande": sum(d.montant_demande for d in demandes),
            "montant_accorde": sum(d.montant_accorde for d in demandes),
            "cout_total": sum(d.cout_total for d in demandes)}
