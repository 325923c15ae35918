"""Les graphiques du bilan en SVG, dessinés à la construction du portail par matplotlib.

Aucun JavaScript, aucune ressource externe : du SVG en ligne. Le texte reste du texte
(famille générique sans-serif, pas de police à charger). Le SVG de matplotlib est ensuite
rendu compatible avec la politique de sécurité (CSP) du portail : ses attributs `style`
et son élément `<style>` deviennent des attributs de présentation SVG, que la CSP ne
bloque pas, et ses identifiants sont préfixés pour que deux graphiques d'une même page
ne partagent pas leurs chemins de découpe.
"""

from __future__ import annotations

import html
import io
import textwrap
import re

import matplotlib
from matplotlib.axis import Axis
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from filrouge.bilan.chiffres import Bilan
from filrouge.mise_en_forme import nombre

BLEU, ROUGE, GRIS, ORANGE = "#1f5f8b", "#b23a48", "#6b6b6b", "#d9822b"
MOIS_COURTS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
REGLAGES = {"svg.fonttype": "none", "font.family": "sans-serif", "font.size": 10, "svg.hashsalt": "filrouge",
            "axes.spines.top": False, "axes.spines.right": False, "text.parse_math": False,
            "text.usetex": False}
"""`text.parse_math` désactivé : un libellé (« $\\foo$ ») est du texte, jamais une formule mathtext."""
_STYLE = re.compile(r'\sstyle="([^"]*)"')
_ID = re.compile(r'\bid="([^"]+)"')
_REFERENCE = re.compile(r'(id="|#)([^"\)#\s]+)(["\)])')


def _svg(figure: Figure, nom: str, titre: str) -> str:
    """Marges fixées par chaque graphique : `bbox_inches="tight"` dessinerait tout deux fois."""
    tampon = io.StringIO()
    figure.savefig(tampon, format="svg", metadata={"Date": None, "Creator": None})
    return nettoyer(tampon.getvalue(), nom, titre)


def _attributs(match: re.Match[str]) -> str:
    """`style="fill: #fff; stroke-width: 0.8"` → `fill="#fff" stroke-width="0.8"`."""
    paires = []
    for declaration in match[1].split(";"):
        propriete, _, valeur = declaration.partition(":")
        propriete, valeur = propriete.strip(), valeur.strip()
        if propriete == "font":  # « font: 10px 'DejaVu Sans' » : taille seule, famille générique
            taille = valeur.split()[0] if valeur else "10px"
            paires += [f'font-size="{taille}"', 'font-family="sans-serif"']
        elif propriete and re.fullmatch(r"[a-z-]+", propriete):
            paires.append(f'{propriete}="{html.escape(valeur, quote=True)}"')
    return " " + " ".join(paires) if paires else ""


def nettoyer(svg: str, nom: str, titre: str) -> str:
    """Un SVG de matplotlib prêt à être mis en ligne dans une page HTML sous CSP stricte."""
    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    svg = re.sub(r"<style[^>]*>.*?</style>", "", svg, flags=re.S)
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)
    svg = _STYLE.sub(_attributs, svg)
    idents = set(_ID.findall(svg))
    svg = _REFERENCE.sub(lambda m: f"{m[1]}{nom}-{m[2]}{m[3]}" if m[2] in idents else m[0], svg)
    titre_sur = html.escape(titre, quote=True)
    svg = svg.replace("<svg ", f'<svg role="img" aria-labelledby="{nom}-titre" stroke-linejoin="round" '
                               f'stroke-linecap="butt" ', 1)
    fin_ouverture = svg.index(">") + 1
    return svg[:fin_ouverture] + f'<title id="{nom}-titre">{titre_sur}</title>' + svg[fin_ouverture:]


def _graduer_en_dossiers(axe: Axis, maximum: float) -> None:
    """Un axe de nombres de dossiers : de 0, graduations entières écrites à la française (« 1 200 »).

    Sans valeur (une année sans dossier), matplotlib graduait de −0.04 à 0.04, à l'anglaise.
    """
    axe.get_major_locator().set_params(integer=True)
    axe.set_major_formatter(FuncFormatter(lambda valeur, _: nombre(valeur)))
    if axe.axis_name == "x":
        axe.axes.set_xlim(0, max(maximum, 1))
    else:
        axe.axes.set_ylim(0, max(maximum, 1))


def capacite(bilan: Bilan) -> str:
    """Dossiers actifs (maximum du mois) face à la capacité ; les mois au-dessus en rouge."""
    with matplotlib.rc_context(REGLAGES):
        figure = Figure(figsize=(7.5, 3.2))
        axes = figure.add_subplot()
        etiquettes = [MOIS_COURTS[int(m.cle[5:]) - 1] for m in bilan.mois]
        valeurs = [m.maximum for m in bilan.mois]
        couleurs = [ROUGE if v > bilan.capacite else BLEU for v in valeurs]
        axes.bar(range(len(valeurs)), valeurs, color=couleurs)
        axes.axhline(bilan.capacite, color=ORANGE, linewidth=1.5, linestyle="--",
                     label=f"capacité : {bilan.capacite} dossiers actifs")
        axes.set_xticks(range(len(valeurs)), etiquettes)
        axes.set_ylabel("dossiers actifs (maximum du mois)")
        axes.legend(loc="upper left", frameon=False)
        _graduer_en_dossiers(axes.yaxis, max([bilan.capacite, *valeurs]) * 1.25)
        figure.subplots_adjust(left=0.09, right=0.99, top=0.97, bottom=0.1)
        return _svg(figure, "graphique-capacite",
                    f"Dossiers actifs par mois en {bilan.periode.annee}, face à la capacité de {bilan.capacite}")


def ages(bilan: Bilan) -> str:
    """Dossiers ouverts par tranche d'âge configurée."""
    with matplotlib.rc_context(REGLAGES):
        figure = Figure(figsize=(6, 2.4))
        axes = figure.add_subplot()
        libelles = list(bilan.tranches_age)
        valeurs = [bilan.tranches_age[l] for l in libelles]
        axes.barh(range(len(valeurs)), valeurs, color=BLEU)
        axes.set_yticks(range(len(valeurs)), libelles)
        axes.invert_yaxis()
        for rang, valeur in enumerate(valeurs):
            axes.text(valeur, rang, f" {nombre(valeur)}", va="center")
        axes.set_xlabel("dossiers ouverts")
        _graduer_en_dossiers(axes.xaxis, max(valeurs, default=0) * 1.1)
        figure.subplots_adjust(left=0.16, right=0.95, top=0.97, bottom=0.2)
        return _svg(figure, "graphique-ages", f"Dossiers ouverts en {bilan.periode.annee} par tranche d'âge")


def secteurs(bilan: Bilan) -> str:
    """Dossiers où chaque secteur a été présent ; les secteurs peu mobilisés en gris."""
    with matplotlib.rc_context(REGLAGES):
        figure = Figure(figsize=(7.5, 0.35 * max(len(bilan.secteurs), 3) + 0.8))
        axes = figure.add_subplot()
        valeurs = [s.dossiers for s in bilan.secteurs]
        axes.barh(range(len(valeurs)), valeurs, color=[GRIS if s.peu_mobilise else BLEU for s in bilan.secteurs])
        libelles = [textwrap.fill(s.libelle, 30) for s in bilan.secteurs]
        axes.set_yticks(range(len(valeurs)), libelles)
        axes.invert_yaxis()
        for rang, valeur in enumerate(valeurs):
            axes.text(valeur, rang, f" {nombre(valeur)}", va="center")
        axes.set_xlabel("dossiers où le secteur était en concertation (gris : peu mobilisé)")
        _graduer_en_dossiers(axes.xaxis, max(valeurs, default=0) * 1.1)
        largeur_libelles = max((len(ligne) for l in libelles for ligne in l.split("\n")), default=10)
        hauteur = figure.get_figheight()
        figure.subplots_adjust(left=(0.075 * largeur_libelles + 0.3) / 7.5, right=0.93,
                               top=1 - 0.1 / hauteur, bottom=0.55 / hauteur)
        return _svg(figure, "graphique-secteurs", f"Secteurs des partenaires mobilisés en {bilan.periode.annee}")


GRAPHIQUES = {"capacite": capacite, "ages": ages, "secteurs": secteurs}
