"""Les formulaires à télécharger, produits à la construction par le même code que `filrouge nouveau`.

Le dossier, la phase préparatoire, la note de synthèse et la demande de financement
sortent de `creer_dossier`, `creer_concertation` et `creer_demande` appliqués à un dépôt
temporaire fait de la configuration du réseau : le modèle du portail est exactement celui
de la ligne de commande. La charte et la fiche de présence viennent des gabarits ; l'exemple complet (un dossier mené à son terme,
valide pour ce réseau) vient de `filrouge.exemple`.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from importlib import resources
from pathlib import Path
from string import Template

import yaml

from filrouge.disposition import FICHIER_ANNUAIRE, FICHIER_CONFIGURATION
from filrouge.exemple import exemple_complet
from filrouge.financement.nouveau import creer_demande
from filrouge.nouveau import creer_concertation, creer_dossier
from filrouge.publication import Publication

REPERTOIRE = "modeles/fichiers"


def _gabarit(nom: str) -> Template:
    return Template((resources.files("filrouge") / "gabarits" / nom).read_text(encoding="utf-8"))


def _code_exemple(pub: Publication, annee: int) -> str:
    """Un code visiblement fictif (initiales XY) mais valide pour ce réseau : âge médian, premier code postal."""
    config = pub.config
    naissance = annee - (config.age_min + config.age_max) // 2
    postal = config.codes_postaux[0].de if config.codes_postaux else 1000
    return f"XYF{naissance}{postal}"


def _nom_publie(chemin: str) -> str:
    """Un nom stable à télécharger : « concertations/2026-05-29.yaml » devient « note-de-synthese.yaml »."""
    if chemin.startswith("concertations/"):
        return "note-de-synthese" + Path(chemin).suffix
    if chemin.startswith("financements/"):
        return "demande-financement.yaml"
    return {"preparation.yaml": "phase-preparatoire.yaml"}.get(chemin, chemin)


def formulaires(pub: Publication, aujourdhui: dt.date) -> dict[str, str]:
    """Nom du fichier à télécharger -> contenu."""
    annee = aujourdhui.year
    id_dossier, code = f"{annee}-000", _code_exemple(pub, annee)  # 000 : aucun vrai dossier ne porte ce numéro
    services = [s.id for s in pub.partenaires.services if s.id != pub.config.service_casemanagement]
    service = services[0] if services else pub.partenaires.services[0].id
    with tempfile.TemporaryDirectory(prefix="filrouge-modeles-") as tmp:
        racine = Path(tmp)
        # La configuration et l'annuaire de la vue publiable, pas les fichiers bruts : un passage interne
        # de reseau.yaml (le libellé d'un critère…) ne passe pas dans un modèle à télécharger.
        for nom, modele in ((FICHIER_CONFIGURATION, pub.config), (FICHIER_ANNUAIRE, pub.partenaires)):
            (racine / nom).write_text(yaml.safe_dump(modele.model_dump(exclude_none=True),  # dates gardées en dates
                                                     allow_unicode=True, sort_keys=False), encoding="utf-8")
        dossier, preparation = creer_dossier(racine, code=code, service_initiateur=service, id_dossier=id_dossier,
                                             date_demande=aujourdhui)
        note_yaml, note_md = creer_concertation(racine, id_dossier, aujourdhui + dt.timedelta(days=14))
        demande, _ = creer_demande(racine, id_dossier, action=1, aujourdhui=aujourdhui + dt.timedelta(days=15))
        fichiers = {
            "dossier.yaml": dossier.read_text(encoding="utf-8"),
            "phase-preparatoire.yaml": preparation.read_text(encoding="utf-8"),
            "note-de-synthese.yaml": note_yaml.read_text(encoding="utf-8"),
            "note-de-synthese.md": note_md.read_text(encoding="utf-8"),
            "demande-financement.yaml": demande.read_text(encoding="utf-8"),
        }
    for chemin, contenu in exemple_complet(pub.config, pub.partenaires, aujourdhui).items():
        fichiers[f"exemple/{_nom_publie(chemin)}"] = contenu
    valeurs = {"reseau": pub.config.reseau}
    fichiers["charte.md"] = _gabarit("charte.md").substitute(valeurs)
    fichiers["fiche-presence.md"] = _gabarit("fiche-presence.md").substitute(valeurs)
    return fichiers
