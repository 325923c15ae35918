"""Le bilan calculé face au bilan arrêté de l'année (bilan/AAAA.yaml du dépôt) : montrer chaque différence.

Un bilan arrêté fige les chiffres d'une année, ceux que `filrouge bilan ANNEE --arreter` a
écrits ou ceux d'un rapport publié à la main (le réseau de démonstration porte les bilans
2018 et 2019 publiés par le réseau pilote). Recalculer l'année ne les change pas en silence : chaque chiffre est
comparé, et quand il diffère, les dossiers entrés ou sortis du compte sont nommés. Les bilans
arrêtés sont des données du dépôt du réseau, jamais du paquet : un réseau ne se compare
qu'à ses propres bilans.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from filrouge.bilan.chiffres import Bilan, Ecart
from filrouge.modele import BilanArrete

TOLERANCE = 0.005


def valeur(donnees: dict[str, Any], cle: str) -> Any:
    """La valeur au chemin `a.b.c` de la sortie JSON, None si le chemin n'existe pas."""
    courant: Any = donnees
    for partie in cle.split("."):
        if not isinstance(courant, dict) or partie not in courant:
            return None
        courant = courant[partie]
    return courant


def dossiers_comptes(bilan: Bilan, donnees: dict[str, Any], cle: str) -> list[str] | None:
    """Les dossiers que compte le chiffre au chemin `cle`, quand il compte des dossiers ; sinon None.

    Un dossier revient autant de fois qu'il compte (une fois par concertation, par demande de financement).
    """
    ids = donnees["dossiers"]["ids"]
    non_ouverts = sorted(i for liste in ids["non_ouverts"].values() for i in liste)
    directs: dict[str, list[str]] = {
        "demandes.recues": ids["recues"], "demandes.en_attente": ids["en_attente"],
        "demandes.non_ouvertes": non_ouverts,
        "demandes.traitees": sorted(set(ids["recues"]) | set(bilan.suivis) | set(ids["en_attente"])),
        "dossiers.anterieurs_actifs": ids["anterieurs_actifs"], "dossiers.ouverts": ids["ouverts"],
        "dossiers.suivis": list(bilan.suivis), "dossiers.clos": ids["clos"], "dossiers.actifs": ids["actifs"],
        "dossiers.total": sorted(i for ligne in bilan.tableau for i in ligne.dossiers),
        "financement" + ".demandes": [d.dossier for d in bilan.demandes],  # coupé : ce n'est pas un id de règle
        "concertations.nombre": list(bilan.ids_concertations),
    }
    if cle in directs:
        return sorted(directs[cle])
    parties = cle.split(".")
    if cle.startswith("demandes.non_ouvertes_par_motif."):
        return sorted(ids["non_ouverts"].get(parties[-1], []))
    if parties[0] == "tableau" and len(parties) == 3 and parties[2] == "dossiers":
        ligne = donnees["tableau"].get(parties[1])
        return sorted(ligne["ids"]) if ligne else []
    if parties[0] == "tranches_age" and len(parties) == 2:
        return sorted(bilan.ids_tranches.get(parties[1], ()))
    if parties[0] == "financement" and len(parties) == 3 and parties[2] == "nombre":
        return sorted(d["dossier"] for d in donnees["financement"]["liste"]
                      if _DECISIONS.get(d["decision"]) == parties[1])
    return None


_DECISIONS = {"accordee": "accordees", "refusee": "refusees", "retiree": "retirees", "demandee": "en_attente"}


def comparer(bilan: Bilan, donnees: dict[str, Any], arrete: BilanArrete | None) -> list[Ecart]:
    """Chaque chiffre arrêté de l'année, avec le chiffre calculé, leur accord et les dossiers qui diffèrent."""
    if arrete is None:
        return []
    document = arrete.document or f"bilan {arrete.annee} arrêté"
    ecarts: list[Ecart] = []
    for chiffre in arrete.chiffres:
        cle = chiffre.cle
        calcule = valeur(donnees, cle) if cle else None
        concorde: bool | None = None
        en_plus: tuple[str, ...] = ()
        en_moins: tuple[str, ...] = ()
        if cle is not None:
            arrondi = chiffre.arrondi
            compare = round(calcule, arrondi) if arrondi is not None and isinstance(calcule, (int, float)) else calcule
            concorde = (isinstance(compare, (int, float)) and not isinstance(compare, bool)
                        and abs(compare - chiffre.valeur) <= TOLERANCE)
            comptes = dossiers_comptes(bilan, donnees, cle) if chiffre.dossiers is not None else None
            if comptes is not None and chiffre.dossiers is not None:
                en_plus = tuple(sorted((Counter(comptes) - Counter(chiffre.dossiers)).elements()))
                en_moins = tuple(sorted((Counter(chiffre.dossiers) - Counter(comptes)).elements()))
        publie = int(chiffre.valeur) if float(chiffre.valeur).is_integer() else chiffre.valeur
        ecarts.append(Ecart(document, arrete.arrete_au, chiffre.libelle or cle or "", cle, publie, calcule, concorde,
                            chiffre.note, en_plus, en_moins))
    return ecarts


def arrete_de(bilans: tuple[BilanArrete, ...], annee: int) -> BilanArrete | None:
    """Le bilan arrêté de l'année dans le dépôt, s'il existe."""
    return next((b for b in bilans if b.annee == annee), None)
