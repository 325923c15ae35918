"""Les tableaux du bilan en CSV : téléchargeables depuis le portail, ouverts dans un tableur.

Valeurs brutes (nombres avec un point décimal, dates AAAA-MM-JJ), séparateur virgule,
UTF-8 : le format le plus largement relu par les tableurs et les scripts. Un texte qui
commencerait par `=`, `+`, `-` ou `@` est neutralisé : un tableur ne l'exécute pas.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.tableaux import Cellule, Tableau, sections


_FORMULE = ("=", "+", "-", "@", "|")
_CONTROLES = re.compile(r"[\x00-\x1f\x7f]")
"""Débuts de cellule qu'un tableur prend pour une formule (injection CSV, OWASP)."""


def _brut(valeur: Cellule) -> str:
    if valeur is None:
        return ""
    if isinstance(valeur, dt.date):
        return valeur.isoformat()
    if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
        # Un texte (libellé, secteur, motif) tient sur une ligne ; s'il commence comme une formule, même
        # après des blancs, une apostrophe le fait lire comme du texte. Les nombres restent des nombres.
        texte = _CONTROLES.sub(" ", str(valeur))
        return "'" + texte if texte.lstrip().startswith(_FORMULE) else texte
    if isinstance(valeur, float) and valeur.is_integer():
        return str(int(valeur))
    return str(valeur)


def tableau_csv(tableau: Tableau) -> str:
    tampon = io.StringIO()
    ecrivain = csv.writer(tampon, lineterminator="\n")
    ecrivain.writerow([c.titre for c in tableau.colonnes])
    ecrivain.writerows([[_brut(v) for v in ligne] for ligne in tableau.lignes])
    return tampon.getvalue()


def nom_csv(bilan: Bilan, tableau: Tableau) -> str:
    return f"bilan-{bilan.periode.annee}-{tableau.nom}.csv"


def tableaux_csv(bilan: Bilan) -> dict[str, str]:
    """{nom de fichier: contenu} : bilan-2019-dossiers.csv, bilan-2019-criseflex.csv…"""
    return {nom_csv(bilan, s.tableau): tableau_csv(s.tableau) for s in sections(bilan) if s.tableau is not None}


def en_csv(bilan: Bilan) -> str:
    """Tous les tableaux à la suite, chacun précédé de son nom : la sortie `--format csv` de la commande."""
    blocs = [f"# {nom}\n{contenu}" for nom, contenu in tableaux_csv(bilan).items()]
    return "\n".join(blocs)
