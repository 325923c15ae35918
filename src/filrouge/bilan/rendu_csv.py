"""Les tableaux du bilan en CSV : téléchargeables depuis le portail, ouverts dans un tableur.

Valeurs brutes (nombres avec un point décimal, dates AAAA-MM-JJ), séparateur virgule,
UTF-8 : le format le plus largement relu par les tableurs et les scripts. Un texte qui
commencerait par `=`, `+`, `-` ou `@` est neutralisé : un tableur ne l'exécute pas.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.tableaux import Cellule, Tableau, sections


_FORMULE = ("=", "+", "-", "@", "\t", "\r", "\n", "|")
"""Débuts de cellule qu'un tableur prend pour une formule (injection CSV, OWASP)."""


def _brut(valeur: Cellule) -> str:
    if valeur is None:
        return ""
    if isinstance(valeur, dt.date):
        return valeur.isoformat()
    if isinstance(valeur, bool) or not isinstance(valeur, (int, float)):
        texte = str(valeur)
        # Un texte (libellé, secteur, motif) qui commence comme une formule est préfixé d'une apostrophe :
        # le tableur l'affiche comme texte au lieu de l'exécuter. Les nombres restent des nombres.
        return "'" + texte if texte.startswith(_FORMULE) else texte
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
