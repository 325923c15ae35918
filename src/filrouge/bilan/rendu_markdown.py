"""Le bilan en Markdown : la sortie par défaut de `filrouge bilan`, à coller dans un rapport."""

from __future__ import annotations

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.tableaux import Tableau, formater, sections
from filrouge.mise_en_forme import date_longue


def _cellule(texte: str) -> str:
    return texte.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def tableau_markdown(tableau: Tableau) -> list[str]:
    entete = "| " + " | ".join(c.titre for c in tableau.colonnes) + " |"
    alignement = "|" + "|".join("---:" if c.a_droite else "---" for c in tableau.colonnes) + "|"
    lignes = ["| " + " | ".join(_cellule(formater(v, c.genre)) for v, c in zip(ligne, tableau.colonnes)) + " |"
              for ligne in tableau.lignes]
    return [entete, alignement, *lignes]


def en_markdown(bilan: Bilan) -> str:
    lignes = [f"# Bilan {bilan.periode.annee} du dispositif casemanagement – {bilan.reseau}", "",
              f"Chiffres calculés depuis les dossiers, arrêtés au {date_longue(bilan.periode.au)}.", ""]
    for section in sections(bilan):
        lignes += [f"## {section.titre}", ""]
        for paragraphe in section.paragraphes:
            lignes += [paragraphe, ""]
        if section.tableau is not None and section.tableau.lignes:
            lignes += [*tableau_markdown(section.tableau), ""]
    return "\n".join(lignes)
