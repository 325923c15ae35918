"""Les pages générées : un squelette Markdown sans donnée de dossier, et des blocs HTML sûrs.

Le squelette ne porte que des titres fixes (pour la table des matières et les sections
de la recherche) et des jetons ; après le rendu Markdown, `inserer_blocs` remplace chaque
jeton par son bloc HTML déjà assaini. Aucune valeur d'un dossier ne passe donc par
Markdown au niveau de la page, ni par un gabarit.
"""

from __future__ import annotations

import posixpath
import re
import secrets
from dataclasses import dataclass, field

from mkdocs.utils import get_relative_url

from filrouge.depot import Depot
from filrouge.portail import tableaux
from filrouge.portail.assainir import texte, titre_sur
from filrouge.portail.confidentialite import retirer_interne
from filrouge.portail.reglages import Reglages
from filrouge.portail.vues import DossierVu, actions_par_service, coordination, date_fr


def url_de(src_uri: str, repertoires: bool) -> str:
    """L'URL qu'aura une page, selon use_directory_urls (même règle que MkDocs)."""
    base, _ = posixpath.splitext(src_uri)
    nom = posixpath.basename(base)
    if nom == "index":
        return posixpath.dirname(base) + "/" if posixpath.dirname(base) else "./"
    return base + "/" if repertoires else base + ".html"


@dataclass
class PageGeneree:
    src_uri: str
    markdown: str
    blocs: dict[str, str] = field(default_factory=dict)


class Fabrique:
    """Assemble une page : des lignes Markdown fixes et des jetons vers des blocs HTML."""

    def __init__(self, src_uri: str, nonce: str, repertoires: bool) -> None:
        self.page = PageGeneree(src_uri, "")
        self._lignes: list[str] = []
        self._nonce = nonce
        self._repertoires = repertoires
        self._entete = ""

    def lien(self, vers: str) -> str:
        return get_relative_url(url_de(vers, self._repertoires), url_de(self.page.src_uri, self._repertoires))

    def pleine_largeur(self, sans_toc: bool = False) -> Fabrique:
        """Masque la navigation de gauche : les tableaux d'actions ont besoin de la largeur."""
        self._entete = "---\nhide:\n  - navigation\n  - toc\n---\n\n" if sans_toc else "---\nhide:\n  - navigation\n---\n\n"
        return self

    def md(self, ligne: str) -> Fabrique:
        self._lignes.append(ligne)
        return self

    def bloc(self, contenu: str) -> Fabrique:
        jeton = f"FILROUGE{self._nonce}BLOC{len(self.page.blocs)}"
        self.page.blocs[jeton] = contenu
        self._lignes.append(jeton)
        return self

    def fin(self) -> PageGeneree:
        self.page.markdown = self._entete + "\n\n".join(self._lignes) + "\n"
        return self.page


def inserer_blocs(contenu_html: str, blocs: dict[str, str]) -> str:
    """Remplace chaque `<p>jeton</p>` par son bloc, en une passe : un bloc n'est jamais relu."""
    if not blocs:
        return contenu_html
    motif = re.compile(r"<p>(" + "|".join(map(re.escape, blocs)) + r")</p>")
    return motif.sub(lambda m: blocs[m[1]], contenu_html)


def generer(depot: Depot, vus: list[DossierVu], reglages: Reglages, repertoires: bool,
            nonce: str | None = None) -> list[PageGeneree]:
    nonce = nonce or secrets.token_hex(8)
    jour = reglages.aujourdhui

    def fabrique(src_uri: str) -> Fabrique:
        return Fabrique(src_uri, nonce, repertoires)

    pages = [page_index_dossiers(fabrique("dossiers/index.md"), depot, vus, reglages)]
    pages += [page_dossier(fabrique(f"dossiers/{vu.id}.md"), depot, vu, reglages) for vu in vus]
    par_service = actions_par_service(vus)
    f = fabrique("actions/index.md").md("# Mes actions")
    f.md("Pour chaque service de l'annuaire, les actions qu'il porte (il figure parmi les *qui* de l'action) "
         "dans la note de synthèse la plus récente de chaque dossier en cours, triées par échéance. "
         f"État calculé au {date_fr(jour)}.")
    pages.append(f.bloc(tableaux.index_services(depot, par_service, jour, f.lien)).fin())
    for service in depot.partenaires.services:
        if service.id in par_service:
            g = fabrique(f"actions/{service.id}.md").pleine_largeur().md(f"# Actions – {titre_sur(service.nom)}")
            g.bloc(f"<p>Service : <strong>{texte(service.nom)}</strong> — état au {date_fr(jour)}. "
                   "Les actions en retard et celles dont l'échéance tombe dans les 7 jours sont signalées.</p>")
            pages.append(g.md("## Actions par échéance").bloc(
                tableaux.tableau_mes_actions(depot, par_service[service.id], jour, g.lien)).fin())
    pages.append(page_coordination(fabrique("coordination.md"), depot, vus, reglages))
    return pages


def page_index_dossiers(f: Fabrique, depot: Depot, vus: list[DossierVu], reglages: Reglages) -> PageGeneree:
    f.pleine_largeur(sans_toc=True).md("# Dossiers")
    if reglages.pour:
        service = depot.partenaires.service(reglages.pour)
        f.bloc(f'<p class="filrouge-restreint">Portail restreint au service <strong>'
               f"{texte(service.nom if service else reglages.pour)}</strong> : seuls les dossiers auxquels il "
               "participe y figurent.</p>")
    f.md(f"Les dossiers suivis, désignés par leur identifiant et le code du jeune. Actions comptées dans la "
         f"note de synthèse la plus récente ; état au {date_fr(reglages.aujourdhui)}.")
    return f.bloc(tableaux.index_dossiers(depot, vus, reglages.aujourdhui, f.lien)).fin()


def page_dossier(f: Fabrique, depot: Depot, vu: DossierVu, reglages: Reglages) -> PageGeneree:
    jour = reglages.aujourdhui
    f.pleine_largeur().md(f"# Dossier {vu.id}").bloc(tableaux.fiche_dossier(depot, vu))
    f.md("## Tableau des actions")
    courante = vu.courante
    if courante is None:
        f.bloc('<p class="filrouge-vide" id="tableau-actions">Aucune note de synthèse pour l\'instant.</p>')
    else:
        f.md(f"Actions de la note de synthèse du {date_fr(courante.date)} (la plus récente), état au {date_fr(jour)}.")
        f.bloc(tableaux.tableau_actions(depot, vu, courante, jour, "tableau-actions"))
    f.md("## Historique des rencontres")
    if not vu.notes:
        f.bloc('<p class="filrouge-vide">Aucune rencontre consignée.</p>')
    for rang, (fichier, note) in enumerate(reversed(vu.notes), 1):
        recit = retirer_interne(fichier.recit.corps) if fichier.recit and fichier.recit.corps else None
        f.md(f"### Rencontre du {date_fr(note.date)}")
        f.bloc(tableaux.note(depot, vu, note, recit, jour, rang))
    f.md("## Demandes d'intervention financière")
    return f.bloc(tableaux.tableau_financements(vu)).fin()


def page_coordination(f: Fabrique, depot: Depot, vus: list[DossierVu], reglages: Reglages) -> PageGeneree:
    f.md("# Coordination")
    if reglages.pour:
        return f.md("Cette vue d'ensemble est réservée au portail complet (casemanager et coordination du "
                    "réseau) : un portail restreint à un service ne montre pas les chiffres des autres dossiers.").fin()
    c = coordination(depot, vus, reglages.aujourdhui)
    f.md(f"Situation au {date_fr(reglages.aujourdhui)}.")
    f.md(f"## Enveloppe {c.annee}").bloc(tableaux.chiffres_coordination(c))
    f.md("Accordé et en attente : demandes introduites cette année ; le reste disponible déduit les deux.")
    f.md("## Demandes en attente de décision").bloc(tableaux.tableau_attente(c, f.lien))
    f.md(f"## Dossiers sans rencontre depuis plus de {c.delai} jours")
    return f.bloc(tableaux.tableau_sans_rencontre(depot, c, f.lien)).fin()
