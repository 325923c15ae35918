"""Les pages générées : un squelette Markdown sans donnée de dossier, et des blocs HTML sûrs.

Le squelette ne porte que des titres fixes (pour la table des matières et les sections
de la recherche) et des jetons ; après le rendu Markdown, `inserer_blocs` remplace chaque
jeton par son bloc HTML déjà assaini. Aucune valeur d'un dossier ne passe donc par
Markdown au niveau de la page, ni par un gabarit.
"""

from __future__ import annotations

import html
import posixpath
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from mkdocs.utils import get_relative_url

from filrouge.disposition import ADRESSE_ATELIER
from filrouge.portail import annexes, tableaux
from filrouge.portail.assainir import texte, titre_sur
from filrouge.portail.reglages import Reglages
from filrouge.mise_en_forme import date_longue, pluriel
from filrouge.portail.vues import actions_par_service, coordination
from filrouge.publication import DossierPublie, Publication


def url_de(src_uri: str, repertoires: bool) -> str:
    """L'URL qu'aura une page, selon use_directory_urls (même règle que MkDocs)."""
    base, _ = posixpath.splitext(src_uri)
    nom = posixpath.basename(base)
    if not repertoires:
        return base + ".html"
    if nom == "index":
        return posixpath.dirname(base) + "/" if posixpath.dirname(base) else "./"
    return base + "/"


Bloc = str | Callable[[], str]
"""Un bloc HTML sûr, ou la fonction qui le donnera au moment de l'insérer (bilan dessiné à part)."""


@dataclass
class PageGeneree:
    src_uri: str
    markdown: str
    blocs: dict[str, Bloc] = field(default_factory=dict)


def contenu_bloc(bloc: Bloc) -> str:
    return bloc if isinstance(bloc, str) else bloc()


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

    def lien_fichier(self, vers: str) -> str:
        """L'URL relative d'un fichier publié tel quel (.ics, .csv, .html autonome), depuis cette page."""
        return get_relative_url(vers, url_de(self.page.src_uri, self._repertoires))

    def pleine_largeur(self, sans_toc: bool = False) -> Fabrique:
        """Masque la navigation de gauche : les cartes d'actions et l'index des dossiers gagnent la largeur."""
        self._entete = "---\nhide:\n  - navigation\n  - toc\n---\n\n" if sans_toc else "---\nhide:\n  - navigation\n---\n\n"
        return self

    def md(self, ligne: str) -> Fabrique:
        self._lignes.append(ligne)
        return self

    def bloc(self, contenu: Bloc) -> Fabrique:
        jeton = f"FILROUGE{self._nonce}BLOC{len(self.page.blocs)}"
        self.page.blocs[jeton] = contenu
        self._lignes.append(jeton)
        return self

    def fin(self) -> PageGeneree:
        self.page.markdown = self._entete + "\n\n".join(self._lignes) + "\n"
        return self.page


def inserer_blocs(contenu_html: str, blocs: dict[str, Bloc]) -> str:
    """Remplace chaque `<p>jeton</p>` par son bloc, en une passe : un bloc n'est jamais relu."""
    if not blocs:
        return contenu_html
    motif = re.compile(r"<p>(" + "|".join(map(re.escape, blocs)) + r")</p>")
    return motif.sub(lambda m: contenu_bloc(blocs[m[1]]), contenu_html)


AIDE_ABONNEMENT = (
    "<p>Un calendrier par abonnement se met à jour tout seul : les rencontres et les échéances changent "
    "dans votre agenda à chaque reconstruction du portail. Copiez l'adresse du lien (clic droit, "
    "« Copier l'adresse du lien »), puis abonnez-vous <strong>une seule fois</strong> :</p>"
    "<ul>"
    "<li><strong>Outlook</strong> : <em>Ajouter un calendrier</em> › <em>S'abonner à partir du web</em> "
    "(ou <em>À partir d'Internet</em>), collez l'adresse ;</li>"
    "<li><strong>Thunderbird</strong> : <em>Nouvel agenda</em> › <em>Sur le réseau</em>, collez l'adresse "
    "(format iCalendar) ;</li>"
    "<li><strong>Calendrier d'Apple, GNOME Agenda, Evolution, ICSx⁵ (Android)</strong> : "
    "<em>Nouvel abonnement</em> avec la même adresse.</li>"
    "</ul>"
    "<p>L'adresse est celle du portail privé : votre agenda s'y identifie avec les mêmes identifiants que "
    "vous. Ne la confiez pas à un agenda en ligne d'un fournisseur tiers, qui irait la lire depuis ses "
    "serveurs. Le calendrier ne porte que l'identifiant du dossier, le numéro de l'action et la date, "
    "jamais le texte des notes.</p>"
)


ANCRE_AIDE = "abonnement-calendrier"


def lien_calendrier(href: str, quoi: str, aide: str) -> str:
    """Le lien d'abonnement d'un dossier ou d'un service ; `aide` mène à l'explication (page Mes actions)."""
    return (f'<p class="filrouge-calendrier"><a href="{texte(href)}" type="text/calendar">'
            f"S'abonner au calendrier {texte(quoi)}</a> (iCalendar : rencontres et échéances des actions ; "
            f'<a href="{texte(aide)}#{ANCRE_AIDE}">comment s\'abonner une fois pour toutes</a>).</p>')


def prefixe_csv_bilan(repertoires: bool) -> str:
    """Le chemin de la page d'un bilan (bilan/2019.md) vers le répertoire de ses CSV (bilan/)."""
    return "../" if repertoires else ""


def generer(pub: Publication, reglages: Reglages, repertoires: bool,
            nonce: str | None = None, bilans: list[annexes.BilanPublie] | None = None,
            dessin: Callable[[annexes.BilanPublie], str] | None = None) -> list[PageGeneree]:
    """Les pages générées depuis la vue publiable `pub` (déjà restreinte au service du portail) ;
    `bilans` (portail complet seulement) ajoute la section Bilan.

    `dessin` donne le fragment HTML d'un bilan (graphiques compris) ; il n'est appelé qu'à
    l'insertion des blocs, ce qui laisse le temps de dessiner ailleurs (annexes.DessinBilans).
    """
    if dessin is None:
        prefixe = prefixe_csv_bilan(repertoires)
        dessin = lambda b: annexes.html_bilan(b, prefixe)  # noqa: E731
    nonce = nonce or secrets.token_hex(8)
    jour = reglages.aujourdhui

    def fabrique(src_uri: str) -> Fabrique:
        return Fabrique(src_uri, nonce, repertoires)

    pages = [page_index_dossiers(fabrique("dossiers/index.md"), pub, reglages)]
    pages += [page_dossier(fabrique(f"dossiers/{vu.id}.md"), pub, vu, reglages) for vu in pub.dossiers]
    par_service = actions_par_service(pub.dossiers)
    f = fabrique("actions/index.md").md("# Mes actions")
    f.md("Pour chaque service de l'annuaire, les actions qu'il porte (il figure parmi les *qui* de l'action) "
         "dans la note de synthèse la plus récente de chaque dossier en cours : en retard d'abord, puis par "
         "échéance. "
         f"État calculé au {date_longue(jour)}.")
    f.bloc(tableaux.index_services(pub, par_service, jour, f.lien))
    avec_calendrier = annexes.services_calendrier(pub)
    if avec_calendrier:
        f.md("## S'abonner au calendrier d'un service")
        noms = {s.id: s.nom for s in pub.partenaires.services}
        f.bloc('<ul class="filrouge-calendriers">' + "".join(
            f'<li><a href="{texte(f.lien_fichier(annexes.uri_ics_service(s)))}" type="text/calendar">'
            f"{texte(noms.get(s, s))}</a></li>" for s in avec_calendrier) + "</ul>"
            + f'<div id="{ANCRE_AIDE}">{AIDE_ABONNEMENT}</div>')
    pages.append(f.fin())
    for service in pub.partenaires.services:
        if service.id in par_service:
            g = fabrique(f"actions/{service.id}.md").pleine_largeur().md(f"# Actions – {titre_sur(service.nom)}")
            g.bloc(f"<p>Service : <strong>{texte(service.nom)}</strong> — état au {date_longue(jour)}. "
                   "Les actions en retard viennent d'abord, puis celles dont l'échéance tombe dans les "
                   f"{pluriel(pub.config.horizon_echeance_jours, 'jour', 'jours')}.</p>")
            g.md("## Actions à porter").bloc(
                tableaux.tableau_mes_actions(pub, par_service[service.id], jour, g.lien))
            if service.id in avec_calendrier:
                g.md("## S'abonner au calendrier").bloc(lien_calendrier(
                    g.lien_fichier(annexes.uri_ics_service(service.id)), "du service", g.lien("actions/index.md")))
            pages.append(g.fin())
    pages.append(page_coordination(fabrique("coordination.md"), pub, reglages))
    pages.append(page_regles(fabrique("regles.md"), pub))
    pages.append(page_index_bilan(fabrique(f"{annexes.REPERTOIRE_BILAN}/index.md"), bilans, reglages))
    for b in bilans or []:
        pages.append(page_bilan(fabrique(b.src_uri), b, dessin))
    return pages


def page_index_dossiers(f: Fabrique, pub: Publication, reglages: Reglages) -> PageGeneree:
    f.pleine_largeur(sans_toc=True).md("# Dossiers")
    if reglages.pour:
        service = pub.partenaires.service(reglages.pour)
        f.bloc(f'<p class="filrouge-restreint">Portail restreint au service <strong>'
               f"{texte(service.nom if service else reglages.pour)}</strong> : seuls les dossiers auxquels il "
               "participe y figurent.</p>")
    f.md(f"Les dossiers suivis, désignés par leur identifiant et le code du jeune, dans l'ordre où ils demandent "
         "l'attention : d'abord ceux qui ont une action en retard, puis les dossiers en cours par prochaine "
         "échéance, enfin les dossiers clos ou non ouverts. Actions comptées dans la note de synthèse la plus "
         f"récente ; état au {date_longue(reglages.aujourdhui)}.")
    return f.bloc(tableaux.index_dossiers(pub, pub.dossiers, reglages.aujourdhui, f.lien)).fin()


def page_dossier(f: Fabrique, pub: Publication, vu: DossierPublie, reglages: Reglages) -> PageGeneree:
    jour = reglages.aujourdhui
    f.pleine_largeur().md(f"# Dossier {vu.id}").bloc(
        tableaux.fiche_dossier(pub, vu)
        + lien_calendrier(f.lien_fichier(annexes.uri_ics_dossier(vu.id)), "du dossier", f.lien("actions/index.md"))
        + ("" if reglages.pour else lien_atelier(vu.id)))
    imprimables_notes, imprimables_demandes = annexes.impressions_du_dossier(vu)
    f.md("## Tableau des actions")
    courante = vu.courante
    if courante is None:
        f.bloc('<p class="filrouge-vide" id="tableau-actions">Aucune note de synthèse pour l\'instant.</p>')
    else:
        f.md(f"Actions de la note de synthèse du {date_longue(courante.date)} (la plus récente), état au "
             f"{date_longue(jour)} : les actions en retard d'abord, puis celles dont l'échéance approche.")
        f.bloc(tableaux.tableau_actions(pub, vu, courante, jour, "tableau-actions"))
    f.md("## Historique des rencontres")
    if not vu.notes:
        f.bloc('<p class="filrouge-vide">Aucune rencontre consignée.</p>')
    for rang, publiee in enumerate(reversed(vu.notes), 1):
        note = publiee.note
        f.md(f"### Rencontre du {date_longue(note.date)}")
        imprimable = f.lien_fichier(imprimables_notes[publiee.relatif])
        f.bloc(f'<p class="filrouge-impression"><a href="{texte(imprimable)}">Version imprimable</a> de la note '
               "de synthèse, avec les blocs de signature (à imprimer depuis le navigateur).</p>"
               + tableaux.note(pub, vu, note, publiee.recit, jour, rang))
    f.md("## Demandes d'intervention financière")
    liens = {cle: f.lien_fichier(uri) for cle, uri in imprimables_demandes.items()}
    return f.bloc(tableaux.tableau_financements(vu, liens)).fin()


def lien_atelier(ident: str) -> str:
    """Le formulaire du dossier dans l'atelier du casemanager (son adresse par défaut, sur son ordinateur) :
    seulement dans le portail complet, jamais dans un portail construit pour un partenaire (`--pour`)."""
    adresse = f"http://{ADRESSE_ATELIER}/dossiers/{ident}"
    return (f'<p class="filrouge-atelier"><a href="{texte(adresse)}">Ouvrir ce dossier dans l\'atelier</a> '
            "(notes, clôture, relais : sur l'ordinateur du casemanager, avec « filrouge atelier » lancé).</p>")


def page_coordination(f: Fabrique, pub: Publication, reglages: Reglages) -> PageGeneree:
    f.md("# Coordination")
    if reglages.pour:
        return f.md("Cette vue d'ensemble est réservée au portail complet (casemanager et coordination du "
                    "réseau) : un portail restreint à un service ne montre pas les chiffres des autres dossiers.").fin()
    c = coordination(pub, reglages.aujourdhui)
    f.md(f"Situation au {date_longue(reglages.aujourdhui)}.")
    f.md(f"## Enveloppe {c.annee}").bloc(tableaux.chiffres_coordination(c))
    f.md("Accordé et en attente : demandes introduites cette année ; le reste disponible déduit les deux.")
    f.md("## Demandes en attente de décision").bloc(tableaux.tableau_attente(c, f.lien))
    f.md("## Casemanagers").bloc(tableaux.tableau_casemanagers(c))
    f.md(f"## Dossiers sans rencontre depuis plus de {c.delai} jours")
    return f.bloc(tableaux.tableau_sans_rencontre(pub, c, f.lien)).fin()


def page_regles(f: Fabrique, pub: Publication) -> PageGeneree:
    """Le catalogue des règles, tel que ce réseau les applique (réglages de reseau.yaml compris)."""
    from filrouge.catalogue import FAMILLES, fiches

    f.md("# Règles de vérification")
    f.md("Chaque vérification que l'outil fait avant d'enregistrer un dossier : pourquoi elle existe, ce qui la "
         "déclenche et comment corriger. Un *avertissement* n'empêche pas d'enregistrer ; une *erreur* oui. Le "
         "même texte s'obtient avec `filrouge regles IDENTIFIANT`.")
    par_famille: dict[str, list[object]] = {}
    for fiche in fiches().values():
        par_famille.setdefault(fiche.famille, []).append(fiche)
    for famille, liste in par_famille.items():
        f.md(f"## {FAMILLES.get(famille, famille)}")
        f.bloc("".join(_fiche_html(pub, fiche) for fiche in liste))
    return f.fin()


def _fiche_html(pub: Publication, fiche: object) -> str:
    from filrouge.catalogue import Fiche

    assert isinstance(fiche, Fiche)
    reglage = pub.config.regles.get(fiche.id) if fiche.reglable else None
    gravite = {"desactivee": "désactivée dans ce réseau", "erreur": "erreur (réglage du réseau)"}.get(
        reglage or "", fiche.gravite)
    config = (f"<p><em>Réglages lus dans reseau.yaml :</em> {html.escape(', '.join(fiche.configuration))}</p>"
              if fiche.configuration else "")
    e = html.escape  # le catalogue est le texte de l'outil, pas celui d'un dossier : échappé, jamais filtré
    return (f'<div class="filrouge-regle" id="regle-{e(fiche.id)}"><h3><code>{e(fiche.id)}</code> '
            f"<small>({e(gravite)})</small></h3><p><strong>{e(fiche.resume)}</strong></p>"
            f"<p><em>Pourquoi :</em> {e(fiche.pourquoi)}</p><p><em>Exemple fautif :</em></p>"
            f"<pre><code>{e(fiche.exemple)}</code></pre><p><em>Correction :</em> {e(fiche.correction)}</p>"
            f"{config}</div>")


def page_index_bilan(f: Fabrique, bilans: list[annexes.BilanPublie] | None, reglages: Reglages) -> PageGeneree:
    f.md("# Bilan annuel")
    if reglages.pour:
        return f.md("Le bilan annuel est réservé au portail complet (casemanager et coordination du réseau) : "
                    "il donne les chiffres de tout le réseau, pas seulement ceux des dossiers de ce service.").fin()
    f.md("Le rapport annuel du dispositif, calculé à chaque construction du portail depuis les dossiers : "
         "demandes, dossiers ouverts et clôturés, âges, concertations, demandes Criseflex, capacité et "
         "secteurs mobilisés. Chaque tableau se télécharge en CSV.")
    if not bilans:
        return f.bloc('<p class="filrouge-vide">Aucun dossier : aucun bilan à calculer.</p>').fin()
    lignes = []
    for b in reversed(bilans):
        bilan = b.bilan
        au = bilan.periode.au  # type: ignore[attr-defined]
        lignes.append(("", [
            f'<a href="{f.lien(b.src_uri)}">Bilan {b.annee}</a>',
            date_longue(au) + (" (date du rapport publié)" if b.arret_publie else ""),
            str(len(bilan.suivis)), str(len(bilan.ouverts)), str(bilan.concertations),  # type: ignore[attr-defined]
            str(len(bilan.demandes)),  # type: ignore[attr-defined]
        ]))
    return f.bloc(tableaux.tableau("index-bilans", ["Année", "Chiffres arrêtés au", "Dossiers accompagnés",
                                                    "Dossiers ouverts", "Concertations", "Demandes Criseflex"],
                                   lignes, "Aucun bilan.", "Bilans annuels")).fin()


def page_bilan(f: Fabrique, b: annexes.BilanPublie, dessin: Callable[[annexes.BilanPublie], str]) -> PageGeneree:
    f.md(f"# Bilan {b.annee}")
    if b.arret_publie:
        au = b.bilan.periode.au  # type: ignore[attr-defined]
        f.md(f"Chiffres arrêtés au {date_longue(au)}, la date à laquelle le rapport publié pour {b.annee} arrêtait "
             "les siens : la page reproduit ainsi les chiffres publiés. Un dossier clôturé ou une demande "
             "décidée après cette date y est compté comme encore en cours.")
    # Les liens CSV du fragment mènent au répertoire bilan/, où les CSV sont publiés à côté de la page.
    return f.bloc(lambda: dessin(b)).fin()
