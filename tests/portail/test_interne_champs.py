"""Les passages internes des champs de texte des formulaires (leviers, motif, actions…) et les marques à remarque."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from filrouge.depot import charger_depot
from filrouge.portail.assainir import markdown_sur, texte
from filrouge.portail.confidentialite import aiguilles, marques_orphelines, passages_internes, retirer_interne
from tests.portail.fixtures import depot_exemple
from tests.portail.outils_portail import construire

CANARI = "CANARIYAML passage réservé au réseau pélican-5521"
CANARI_MARQUE = "CANARIMARQUE remarque réservée au réseau tatou-9034"


def _tous_les_fichiers(site: Path) -> dict[str, str]:
    """Chaque fichier construit, quel qu'il soit (HTML, index, plan du site, .ics, imprimables, CSV)."""
    resultat = {}
    for chemin in site.rglob("*"):
        if chemin.is_file():
            brut = chemin.read_bytes().decode("utf-8", errors="replace")
            # .ics : lignes pliées à 75 octets et virgules échappées
            resultat[chemin.relative_to(site).as_posix()] = brut.replace("\r\n ", "").replace("\\,", ",")
    return resultat


def _modifier(chemin: Path, modification) -> None:  # type: ignore[no-untyped-def]
    donnees = yaml.safe_load(chemin.read_text(encoding="utf-8"))
    modification(donnees)
    chemin.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _planter(racine: Path, ouverture: str) -> None:
    passage = f"Avant. {ouverture}{CANARI}<!-- /interne --> Après."
    d1 = racine / "dossiers" / "2019-001"

    def note(n: dict) -> None:  # type: ignore[type-arg]
        n["leviers"] = passage
        n["obstacles"] = passage
        for a in n["actions"]:
            for champ in ("description", "effets_attendus", "quoi", "ressources", "quand", "ou"):
                a[champ] = passage

    _modifier(d1 / "concertations" / "2019-05-20.yaml", note)
    _modifier(d1 / "dossier.yaml", lambda d: d.update(motif_demande=passage))
    _modifier(d1 / "financements" / "2019-01-30-transport.yaml", lambda f: f["decision"].update(motif=passage))


@pytest.mark.parametrize("ouverture", ["<!-- interne -->", "<!-- interne : à ne pas diffuser -->",
                                       "<!--INTERNE-->"])
def test_passage_interne_d_un_champ_yaml_jamais_publie(tmp_path: Path, ouverture: str) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine, ouverture)
    resultat = construire(racine, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    fichiers = _tous_les_fichiers(tmp_path / "site")
    assert any(n.endswith(".ics") for n in fichiers) and any("/impression/" in n for n in fichiers)
    fuites = [n for n, t in fichiers.items() if "canariyaml" in t.casefold()]
    assert not fuites
    page = fichiers["dossiers/2019-001.html"]
    assert "Avant." in page and "Après." in page, "le reste du champ est publié"


def test_aiguilles_des_champs_yaml(tmp_path: Path) -> None:
    """La vérification finale cherche aussi les passages internes des champs."""
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine, "<!-- interne: remarque -->")
    recherche = aiguilles(charger_depot(racine))
    trouves = [origine for aiguille, origine in recherche.items() if "canariyaml" in aiguille]
    assert trouves and any("leviers" in o or "motif" in o or "description" in o for o in trouves)


def test_fuite_d_un_champ_yaml_arretee_par_la_verification_finale(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine, "<!-- interne -->")
    (racine / "docs" / "recopie.txt").write_text(f"Recopié : {CANARI}\n", encoding="utf-8")
    resultat = construire(racine, tmp_path / "site")
    assert resultat.returncode == 1
    assert "recopie.txt contient du texte interne" in resultat.stderr
    assert CANARI not in resultat.stderr


def test_marques_avec_remarque_et_casse() -> None:
    for ouverture in ("<!-- interne -->", "<!--interne-->", "<!-- interne: à ne pas diffuser -->",
                      "<!-- INTERNE – pour le casemanager -->"):
        for fermeture in ("<!-- /interne -->", "<!--/interne-->", "<!-- / INTERNE -->"):
            source = f"Début. {ouverture}{CANARI_MARQUE}{fermeture} Fin."
            assert CANARI_MARQUE not in retirer_interne(source)
            assert "Début." in retirer_interne(source) and "Fin." in retirer_interne(source)
            assert CANARI_MARQUE not in markdown_sur(source) and CANARI_MARQUE not in texte(source)
            assert any(CANARI_MARQUE in p for p in passages_internes(source))
    # « internes » n'est pas une marque
    assert retirer_interne("<!-- internes -->garde") == "<!-- internes -->garde"


def test_marque_de_fin_orpheline_n_expose_rien() -> None:
    source = f"{CANARI_MARQUE}\n<!-- /interne -->\nLa suite publiée."
    assert marques_orphelines(source)
    assert CANARI_MARQUE not in retirer_interne(source) and "La suite publiée." in retirer_interne(source)
    assert CANARI_MARQUE not in markdown_sur(source)
    assert not marques_orphelines("<!-- interne -->a<!-- /interne --> b")


def test_marque_de_fin_orpheline_refusee(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _modifier(racine / "dossiers" / "2019-002" / "concertations" / "2019-02-01.yaml",
              lambda n: n.update(leviers=f"{CANARI_MARQUE} <!-- /interne --> publié"))
    resultat = construire(racine, tmp_path / "site")
    assert resultat.returncode == 1, resultat.stdout
    assert "dossiers/2019-002/concertations/2019-02-01.yaml" in resultat.stderr
    assert "leviers" in resultat.stderr and "marque de fin" in resultat.stderr
    assert CANARI_MARQUE not in resultat.stderr and "Traceback" not in resultat.stderr
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").rglob("*.html"))
