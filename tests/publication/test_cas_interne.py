"""Les marques internes à l'épreuve d'un corpus écrit à l'aveugle (cas_interne.jsonl, voir README).

Chaque cas est planté dans un dossier d'un même dépôt : dans le récit d'une note, ou dans
le champ `leviers` de ses champs YAML, tel qu'il serait écrit dans le fichier (échappements,
blocs pliés…). On vérifie alors, pour chaque cas :
- `filrouge valider` signale une erreur `interne.marque` quand le cas l'attend, et aucune
  quand la marque est bien formée ;
- aucun texte secret n'atteint aucune sortie : pages du portail (blocs HTML), versions
  imprimables, calendriers, bilan (Markdown, CSV, JSON, page), rappels ;
- le texte public d'un cas bien formé est publié.
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pytest

from filrouge.bilan.calcul import calculer
from filrouge.bilan.page import page_bilan
from filrouge.bilan.rendu_csv import en_csv
from filrouge.bilan.rendu_json import en_json
from filrouge.bilan.rendu_markdown import en_markdown
from filrouge.constat import Constat
from filrouge.depot import charger_depot
from filrouge.portail import annexes, pages
from filrouge.portail.reglages import Reglages
from filrouge.publication import Publication, publier
from filrouge.rappels import en_markdown as rappels_markdown
from filrouge.rappels import rappels
from filrouge.validation import valider
from tests.outils import une_fois
from tests.usine import (DATE_CONCERTATION, Usine, concertation_minimale, dossier_minimal, dumper,
                         preparation_minimale)

CAS = [json.loads(ligne) for ligne in Path(__file__).with_name("cas_interne.jsonl").read_text(encoding="utf-8").splitlines()
       if ligne.strip()]
JOUR = DATE_CONCERTATION


def _id(rang: int) -> str:
    return f"2019-{100 + rang:03d}"


def _planter(racine: Path, rang: int, cas: dict[str, Any]) -> None:
    base = racine / "dossiers" / _id(rang)
    dossier = dossier_minimal()
    dossier["id"] = _id(rang)
    (base / "concertations").mkdir(parents=True)
    (base / "dossier.yaml").write_text(dumper(dossier), encoding="utf-8")
    (base / "preparation.yaml").write_text(dumper(preparation_minimale()), encoding="utf-8")
    champs = dumper(concertation_minimale())
    recit = "# Concertation\n\nRécit ordinaire.\n"
    if cas["support"] == "champ_yaml":
        champs += "leviers: " + cas["source"] + ("" if cas["source"].endswith("\n") else "\n")
    else:
        recit = cas["source"]
    (base / "concertations" / f"{JOUR}.yaml").write_text(champs, encoding="utf-8")
    (base / "concertations" / f"{JOUR}.md").write_bytes(recit.encode("utf-8"))


def _fabriquer(repertoire: Path) -> dict[str, Any]:
    usine = Usine(repertoire / "depot")
    usine.construire()
    for rang, cas in enumerate(CAS):
        _planter(usine.racine, rang, cas)
    valider(usine.racine)
    return {}


@pytest.fixture(scope="module")
def depot(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Constat], Publication]:
    """Le dépôt des 438 cas, écrit et validé une fois pour les deux processus d'essai (`une_fois`) : le second
    relit les constats que la validation a gardés dans le cache des essais (même dépôt, même contenu), au lieu de
    réécrire et revérifier les 438 dossiers (≈ 2 s de processeur)."""
    racine = une_fois(tmp_path_factory, "cas-interne", _fabriquer)[0] / "depot"
    return racine, valider(racine), publier(charger_depot(racine))


@pytest.fixture(scope="module")
def sorties(depot: tuple[Path, list[Constat], Publication]) -> dict[str, str]:
    """Chaque sortie, par dossier quand elle lui est propre (clé : identifiant), et le reste sous « * »."""
    _, _, pub = depot
    par_dossier: dict[str, list[str]] = {}
    commun: list[str] = []
    reglages = Reglages(JOUR, None)
    for page in pages.generer(pub, reglages, repertoires=True, bilans=[]):
        contenu = page.markdown + "".join(pages.contenu_bloc(b) for b in page.blocs.values())
        cle = page.src_uri.removeprefix("dossiers/").removesuffix(".md")
        par_dossier.setdefault(cle, []).append(contenu) if pub.dossier(cle) else commun.append(contenu)
    for uri, contenu in {**annexes.impressions(pub), **annexes.calendriers(pub, JOUR)}.items():
        texte = contenu.decode("utf-8") if isinstance(contenu, bytes) else contenu
        cle = uri.split("/")[1].removesuffix(".ics") if uri.startswith("dossiers/") else "*"
        (par_dossier.setdefault(cle, []) if cle != "*" else commun).append(texte.replace("\r\n ", ""))
    bilan = calculer(pub, JOUR.year)
    commun += [en_markdown(bilan), en_csv(bilan), en_json(bilan), page_bilan(bilan, graphiques=False),
               rappels_markdown(rappels(pub, JOUR), JOUR, pub.config.horizon_echeance_jours)]
    resultat = {cle: "\n".join(textes) for cle, textes in par_dossier.items()}
    resultat["*"] = "\n".join(commun)
    return {cle: texte + "\n" + html.unescape(texte) for cle, texte in resultat.items()}


@pytest.mark.parametrize("rang", range(len(CAS)), ids=[c["id"] for c in CAS])
def test_validation_du_cas(depot: tuple[Path, list[Constat], Publication], rang: int) -> None:
    cas = CAS[rang]
    _, constats, _ = depot
    dossier = f"dossiers/{_id(rang)}/"
    marques = [c for c in constats if c.fichier.startswith(dossier) and c.regle == "interne.marque"]
    if cas["attendu"] == "erreur":
        assert marques, f"{cas['id']} ({cas['note']}) : aucune erreur interne.marque"
        assert all(c.ligne is not None and c.est_erreur for c in marques)
    elif cas["attendu"] == "accepte":
        assert not marques, f"{cas['id']} ({cas['note']}) : {marques}"


@pytest.mark.parametrize("rang", range(len(CAS)), ids=[c["id"] for c in CAS])
def test_aucun_secret_publie(depot: tuple[Path, list[Constat], Publication], sorties: dict[str, str],
                            rang: int) -> None:
    cas = CAS[rang]
    propre = sorties.get(_id(rang), "").casefold()
    for secret in cas["secrets"]:
        assert secret.casefold() not in propre, f"{cas['id']} ({cas['note']}) : « {secret} » publié"
        assert secret.casefold() not in sorties["*"].casefold(), f"{cas['id']} : « {secret} » dans une sortie commune"
    _, constats, _ = depot
    illisible = any(c.fichier.startswith(f"dossiers/{_id(rang)}/") and c.regle.startswith("lecture.") for c in constats)
    if cas["attendu"] == "accepte" and not illisible:  # un fichier refusé à la lecture (ancre YAML…) n'est pas publié
        for public in cas["publics"]:
            assert " ".join(public.split()) in " ".join(sorties.get(_id(rang), "").split()), \
                f"{cas['id']} ({cas['note']}) : « {public} » n'est pas publié"
