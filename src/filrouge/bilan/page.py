"""Le bilan comme page du portail : HTML sûr, graphiques SVG en ligne, tableaux téléchargeables en CSV.

Le portail appelle `page_bilan` à la construction, et publie à côté les CSV de
`rendu_csv.tableaux_csv` calculés sur le même `Bilan` ; tout ce qui vient des dossiers ou de
la configuration est échappé.
"""

from __future__ import annotations

import html

from filrouge.bilan.chiffres import Bilan
from filrouge.bilan.graphiques import GRAPHIQUES
from filrouge.bilan.rendu_csv import nom_csv
from filrouge.bilan.tableaux import Tableau, formater, sections
from filrouge.mise_en_forme import date_longue


def _e(texte: object) -> str:
    return html.escape(str(texte), quote=True)


def tableau_html(tableau: Tableau, nom: str) -> str:
    """Un tableau comme ceux du portail (`portail.tableaux.tableau`) : zone défilante nommée et prise au
    clavier, intitulé de colonne sur chaque cellule (lignes empilées sur un écran étroit).

    Avec sa classe, le tableau n'est pas enveloppé une seconde fois par le script du thème
    (qui ne prend que les tableaux sans classe, dans une zone défilante qu'on n'atteint pas au clavier).
    """
    def classe(droite: bool) -> str:
        return ' class="nombre"' if droite else ""

    entete = "".join(f"<th{classe(c.a_droite)} scope=\"col\">{_e(c.titre)}</th>" for c in tableau.colonnes)
    corps = "".join("<tr>" + "".join(f'<td{classe(c.a_droite)} data-label="{_e(c.titre)}">{_e(formater(v, c.genre))}</td>'
                                     for v, c in zip(ligne, tableau.colonnes)) + "</tr>" for ligne in tableau.lignes)
    return (f'<div class="md-typeset__scrollwrap" tabindex="0" role="region" aria-label="{_e(nom)}">'
            f'<div class="md-typeset__table"><table class="filrouge-table"><thead><tr>{entete}</tr></thead>'
            f"<tbody>{corps}</tbody></table></div></div>")


def page_bilan(b: Bilan, prefixe_csv: str = "", graphiques: bool = True) -> str:
    """Le fragment HTML de la page « Bilan ANNEE » ; les liens CSV pointent vers `prefixe_csv` + nom du fichier."""
    morceaux = ['<div class="filrouge-bilan">',
                f"<p>{_e(b.reseau)} – chiffres calculés depuis les dossiers, arrêtés au {_e(date_longue(b.periode.au))}.</p>"]
    for section in sections(b):
        morceaux.append(f'<h2 id="bilan-{_e(section.id)}">{_e(section.titre)}</h2>')
        morceaux += [f"<p>{_e(p)}</p>" for p in section.paragraphes]
        if graphiques and section.graphique:
            morceaux.append(f'<figure class="bilan-graphique">{GRAPHIQUES[section.graphique](b)}</figure>')
        if section.tableau is not None and section.tableau.lignes:
            nom = nom_csv(b, section.tableau)
            morceaux.append(tableau_html(section.tableau, section.titre))
            morceaux.append(f'<p class="bilan-csv"><a href="{_e(prefixe_csv + nom)}" download="{_e(nom)}">'
                            f"Télécharger ce tableau (CSV)</a></p>")
    morceaux.append("</div>")
    return "\n".join(morceaux)
