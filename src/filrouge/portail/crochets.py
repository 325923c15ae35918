"""Les événements MkDocs du portail ; `hooks/portail.py` ne fait que les réexporter.

L'état d'une construction (dépôt chargé, blocs HTML des pages) vit dans `_etat` entre
on_config et on_post_build : MkDocs appelle les crochets d'une construction dans cet
ordre, une construction à la fois.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory

from filrouge.francais import ErreurUtilisation
from filrouge.html_sur import insecables
from filrouge.portail import annexes, csp, finitions, guide, modeles, pages
from filrouge.portail.confidentialite import ErreurConfidentialite, pages_de_docs, verifier_sources
from filrouge.portail.inspection import inspecter, scripts_du_theme
from filrouge.portail.parallele import EnArrierePlan
from filrouge.portail.reglages import Reglages, lire_reglages
from filrouge.portail.tableaux import libelles_publies
from filrouge.publication import Controle, ErreurConfiguration, Publication, Retenu, charger_avec_controle, fuites

log = logging.getLogger("mkdocs.plugins.filrouge")
CSS = "assets/filrouge/portail.css"
EXTENSIONS_REFUSEES = {"pymdownx.snippets", "markdown_include.include", "mdx_include"}


class ErreurPortail(PluginError):
    """Erreur de construction expliquée en français (MkDocs l'affiche et arrête)."""


class Telechargement(File):
    """Un fichier à télécharger tel quel, même nommé .md (un formulaire, pas une page)."""

    def is_documentation_page(self) -> bool:
        return False


class PageGuide(File):
    """Une page du guide fourni avec filrouge (pages_guide/), publiée quand docs/ n'en a pas sa propre version."""


class Annexe(File):
    """Un fichier publié tel quel dont le contenu n'est demandé qu'à la copie (après le rendu des pages)."""

    fournir: Callable[[str], str | bytes] | None = None

    def copy_file(self, dirty: bool = False) -> None:
        if self.fournir is not None:
            self._content = self.fournir(self.src_uri)
        super().copy_file(dirty)


@dataclass
class _Etat:
    racine: Path
    reglages: Reglages
    complete: Publication
    """La vue publiable de tout le dépôt (le bilan compte tout le réseau)."""
    publiee: Publication
    """Ce que ce portail publie : la vue complète, ou restreinte au service `--pour`."""
    controle: Controle
    blocs: dict[str, dict[str, str]] = field(default_factory=dict)
    formulaires: dict[str, str] = field(default_factory=dict)
    guide: dict[str, str] = field(default_factory=dict)
    """Les pages du guide du paquet publiées par cette construction (chemin : Markdown)."""
    atelier: annexes.Atelier | None = None
    """Le processus fils qui dessine les bilans et produit calendriers et versions imprimables."""


_etat: _Etat | None = None


def _racine(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Charge le dépôt et refuse tout de suite ce qui pourrait publier du contenu interne."""
    global _etat
    if _etat is not None and _etat.atelier is not None:
        _etat.atelier.fermer()  # une construction précédente interrompue (servir) : pas de fils orphelin
    racine = _racine(config)
    try:
        reglages = lire_reglages()
    except ErreurUtilisation as exc:
        raise ErreurPortail(str(exc))
    refusees = EXTENSIONS_REFUSEES & set(config.markdown_extensions)
    if refusees:
        raise ErreurPortail(f"Confidentialité : extension d'inclusion refusée ({', '.join(sorted(refusees))}) : "
                            "elle pourrait insérer un fichier de dossier dans une page.")
    try:
        verifier_sources(Path(config.docs_dir), racine)
    except ErreurConfidentialite as exc:
        raise ErreurPortail("Confidentialité : construction refusée.\n  " + "\n  ".join(exc.messages))
    try:
        complete, controle = charger_avec_controle(racine)
    except ErreurConfiguration as exc:
        raise ErreurPortail("configuration du réseau inutilisable : " + str(exc))
    if reglages.pour and complete.partenaires.service(reglages.pour) is None:
        raise ErreurPortail(f"service inconnu « {reglages.pour} » : choisissez un identifiant de annuaire.yaml.")
    publiee = complete.restreinte(reglages.pour, reglages.aujourdhui)
    _refuser_les_retenus(publiee)
    if publiee.erreurs:
        log.info(f"{publiee.erreurs} erreur(s) dans les dossiers : les fichiers invalides ne sont pas publiés "
                 "(« filrouge valider » les détaille).")
    _etat = _Etat(racine, reglages, complete, publiee, controle)
    # Les graphiques du bilan (portail complet seulement : ils donnent les chiffres de tout le
    # réseau) se dessinent dans un processus fils dès maintenant, pendant le reste de la construction.
    _etat.atelier = annexes.Atelier(complete, reglages.aujourdhui, pages.prefixe_csv_bilan(config.use_directory_urls),
                                    bilan=reglages.pour is None)
    if CSS not in config.extra_css:
        config.extra_css.append(CSS)
    return config


def _etat_courant() -> _Etat:
    if _etat is None:
        raise ErreurPortail("les crochets du portail sont appelés hors d'une construction (on_config manquant).")
    return _etat


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Ajoute les pages des dossiers, la feuille de style et les formulaires : en mémoire, jamais dans docs/."""
    etat = _etat_courant()
    publiee = etat.publiee
    # Le bilan donne les chiffres de tout le réseau : jamais dans un portail restreint (comme la coordination).
    bilans = None if etat.reglages.pour else annexes.bilans(etat.complete, etat.reglages.aujourdhui)
    # Calendriers et versions imprimables : produits à la demande, pendant que le fils dessine le bilan.
    atelier = etat.atelier
    assert atelier is not None
    atelier.annexes_de(publiee)
    for page in pages.generer(publiee, etat.reglages, config.use_directory_urls, bilans=bilans,
                              dessin=atelier.html):
        _ajouter(files, File.generated(config, page.src_uri, content=page.markdown))
        etat.blocs[page.src_uri] = page.blocs
    for uri, contenu in annexes.csv_bilans(bilans or []).items():
        _ajouter(files, File.generated(config, uri, content=contenu))
    for uri in annexes.uris_annexes(publiee):
        fichier = Annexe.generated(config, uri, content=b"")
        fichier.fournir = atelier.annexe
        _ajouter(files, fichier)
    # Le guide de procédure vient du paquet : une page que le réseau a écrite au même chemin dans docs/ l'emporte.
    etat.guide = {uri: contenu for uri, contenu in guide.pages_publiees(etat.complete.config).items()
                  if files.get_file_from_path(uri) is None}
    for uri, contenu in etat.guide.items():
        files.append(PageGuide.generated(config, uri, content=contenu))
    css = (resources.files("filrouge") / "portail" / "ressources" / "portail.css").read_text(encoding="utf-8")
    _ajouter(files, File.generated(config, CSS, content=css))
    # La recherche ignore les accents : le module français de lunr (un fichier du thème, chargé
    # par le processus de recherche) est publié suivi du repli, un fichier local que la CSP admet.
    lunr_fr = files.get_file_from_path(finitions.LUNR_FR)
    if lunr_fr is not None:
        lunr_fr.content_string = finitions.lunr_fr_sans_accents(lunr_fr.content_string)
    else:
        log.info(f"{finitions.LUNR_FR} absent du thème : la recherche distinguera les accents.")
    etat.formulaires = modeles.formulaires(publiee, etat.reglages.aujourdhui)
    for nom, contenu in etat.formulaires.items():
        _ajouter(files, Telechargement.generated(config, f"{modeles.REPERTOIRE}/{nom}", content=contenu))
    return files


def _refuser_les_retenus(publiee: Publication) -> None:
    """Refuse la construction si un fichier du portail est retenu pour anonymat ou marque interne douteuse.

    La vue publiable ne contient déjà pas ces fichiers ; les publier sans eux montrerait aux
    partenaires un dossier incomplet sans que personne le sache. Le message donne le
    fichier, la ligne et la règle, jamais la valeur trouvée (le journal de construction d'une
    CI n'est pas plus privé que le portail). Les dossiers hors du portail restreint ne comptent pas.
    """
    ids = {d.id for d in publiee.dossiers} if publiee.pour else None
    retenus = [r for r in publiee.retenus if r.regle.startswith(("anonymat.", "interne."))
               and (ids is None or r.relatif.split("/")[1] in ids)]
    anonymat = [r for r in retenus if r.regle.startswith("anonymat.")]
    internes = [r for r in retenus if r.regle.startswith("interne.")]
    messages = []
    if anonymat:
        messages.append("Anonymat : construction refusée, des données identifiantes seraient publiées.\n  "
                        + "\n  ".join(map(_position, anonymat))
                        + "\n  Remplacez-les par le code du jeune, un rôle ou des initiales (« filrouge valider » "
                        "détaille chaque cas), ou, si ce n'est pas une donnée identifiante, ajoutez sur la ligne "
                        "« anonymat: ok <raison> ».")
    if internes:
        messages.append("Confidentialité : construction refusée, une marque de passage interne est douteuse.\n  "
                        + "\n  ".join(map(_position, internes))
                        + "\n  Écrivez « <!-- interne --> » … « <!-- /interne --> » (« filrouge valider » situe "
                        "chaque marque).")
    if messages:
        raise ErreurPortail("\n".join(messages))


def _position(r: Retenu) -> str:
    return f"{r.relatif}" + (f", ligne {r.ligne}" if r.ligne else "") + f" : [{r.regle}]"


def _ajouter(files: Files, fichier: File) -> None:
    if files.get_file_from_path(fichier.src_uri) is not None:
        raise ErreurPortail(f"docs/{fichier.src_uri} existe déjà alors que le portail génère cette page : "
                            "retirez-le de docs/ (rien de généré ne s'écrit dans docs/).")
    files.append(fichier)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Remplace les marques `{{ reseau.… }}` des pages du guide et de celles écrites dans docs/, jamais des dossiers."""
    fournie = isinstance(page.file, PageGuide)
    if page.file.generated_by is not None and not fournie:
        return markdown
    nom = f"{page.file.src_uri} (guide fourni par filrouge)" if fournie else f"docs/{page.file.src_uri}"
    config_reseau = _etat_courant().complete.config
    markdown = guide.delier(markdown, page.file.src_uri, config_reseau.guide_omis)
    try:
        return guide.remplacer(markdown, config_reseau, _etat_courant().reglages.aujourdhui, nom)
    except guide.MarqueInconnue as exc:
        raise ErreurPortail(str(exc))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Insère les blocs des pages générées, puis rend insécables les montants de toute page (index compris)."""
    blocs = _etat_courant().blocs.get(page.file.src_uri)
    if blocs and page.file.generated_by is not None:
        html = pages.inserer_blocs(html, blocs)
    return insecables(html)



def on_post_build(config: MkDocsConfig) -> None:
    """Dernière barrière : texte interne ou ressource externe dans le site = site effacé, construction en échec."""
    etat = _etat_courant()
    if etat.atelier is not None:
        etat.atelier.fermer()
    site = Path(config.site_dir)
    # Ici plutôt que dans un crochet par page : les dépôts déjà créés gardent leur hooks/portail.py.
    finitions.nommer_recherche_du_site(site)
    publies = pages_de_docs(Path(config.docs_dir))
    publies += list(etat.formulaires.values()) + list(etat.guide.values()) + libelles_publies(etat.publiee)
    recherche = etat.controle.aiguilles(publies)
    # Les deux lectures du site (texte interne ; scripts, styles et ressources externes) en
    # parallèle : un processus fils cherche les fuites pendant que celui-ci inspecte le HTML.
    # Le site n'est plus modifié avant la fin des deux (la balise CSP vient après).
    recherche_fuites = EnArrierePlan(lambda: fuites(site, recherche), fils=None if recherche else False)
    inspection = inspecter(site, scripts_du_theme(config.theme.dirs))
    problemes = recherche_fuites.resultat()
    problemes += [f"ressource externe (une requête sortirait de la machine du lecteur) : {e}"
                  for e in inspection.externes]
    if problemes:
        clean_directory(str(site))
        raise ErreurPortail("Confidentialité : le site construit a été effacé.\n  " + "\n  ".join(problemes))
    if inspection.interdits:
        clean_directory(str(site))
        raise ErreurPortail(
            "Sécurité : le site construit a été effacé. Ces scripts ne viennent pas du thème ; la "
            "Content-Security-Policy ne les autorise pas d'office (retirez-les de la page en cause).\n  "
            + "\n  ".join(inspection.interdits[:50])
            + (f"\n  … et {len(inspection.interdits) - 50} autre(s)." if len(inspection.interdits) > 50 else ""))
    politique = csp.politique(inspection)
    csp.inserer_meta(site, politique)
    csp.retenir(os.path.abspath(config.site_dir), politique)
    log.info(f"Content-Security-Policy : {politique}")


def on_build_error(error: Exception) -> None:
    """Une construction qui échoue ne laisse pas de processus fils (dessin des bilans) derrière elle."""
    if _etat is not None and _etat.atelier is not None:
        _etat.atelier.fermer()
