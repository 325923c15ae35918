"""Les passages internes des champs de texte des formulaires (leviers, motif, actions…), jusque dans le site construit.

Le corpus écrit à l'aveugle (tests/publication) éprouve les marques une à une sans construire ;
ici, une seule construction réelle vérifie que chaque fichier du site (HTML, index de recherche,
plan du site, calendriers, versions imprimables, CSV) suit la vue publiable.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from filrouge.depot import charger_depot
from filrouge.portail.assainir import markdown_sur, texte
from filrouge.publication import Controle, publier
from tests.portail.fixtures import depot_exemple
from tests.portail.outils_portail import construire_ici

CANARI = "CANARIYAML passage réservé au réseau pélican-5521"
COURT = "Pélican"
"""Un passage interne d'un seul mot : la vérification finale le cherche aussi."""


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


OUVERTURES = ["<!-- interne -->", "<!-- interne : vu avec le SAJ -> confidentiel -->", "<!--INTERNE-->",
              "<!-- interne : priorité > tout -->"]


def _planter(racine: Path) -> None:
    """Chaque champ de texte reçoit un passage interne, chacun ouvert par une forme différente."""
    d1 = racine / "dossiers" / "2019-001"
    formes = iter(OUVERTURES * 10)

    def passage() -> str:
        return f"Avant. {next(formes)}{CANARI}<!-- /interne --> Après."

    def note(n: dict) -> None:  # type: ignore[type-arg]
        n["leviers"] = passage()
        n["obstacles"] = f"Avant. <!-- interne -->{COURT}<!-- /interne --> Après."
        for a in n["actions"]:
            for champ in ("description", "effets_attendus", "quoi", "ressources", "quand", "ou"):
                a[champ] = passage()

    _modifier(d1 / "concertations" / "2019-05-20.yaml", note)
    _modifier(d1 / "dossier.yaml", lambda d: d.update(motif_demande=passage()))
    _modifier(d1 / "financements" / "2019-01-30-transport.yaml", lambda f: f["decision"].update(motif=passage()))
    # Une marque écrite avec des échappements YAML : invisible dans le texte brut du fichier.
    chemin = d1 / "concertations" / "2019-01-25.yaml"
    chemin.write_text(chemin.read_text(encoding="utf-8")
                      + f'leviers: "Public \\u003C!-- interne --\\u003E{CANARI}\\u003C!-- /interne --\\u003E fin"\n',
                      encoding="utf-8")


def test_passage_interne_d_un_champ_yaml_jamais_publie(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine)
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 0, resultat.stderr
    fichiers = _tous_les_fichiers(tmp_path / "site")
    assert any(n.endswith(".ics") for n in fichiers) and any("/impression/" in n for n in fichiers)
    assert not [n for n, t in fichiers.items() if "canariyaml" in t.casefold()]
    assert not [n for n, t in fichiers.items() if COURT.casefold() in t.casefold()]
    page = fichiers["dossiers/2019-001.html"]
    assert "Avant." in page and "Après." in page and "Public" in page, "le reste du champ est publié"


def test_aiguilles_des_champs_yaml(tmp_path: Path) -> None:
    """La vérification finale cherche aussi les passages internes des champs, même courts ou échappés."""
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine)
    depot = charger_depot(racine)
    recherche = Controle(depot, publier(depot)).aiguilles()
    trouves = [origine for aiguille, origine in recherche.items() if "canariyaml" in aiguille]
    assert trouves and any("leviers" in o or "motif" in o or "description" in o for o in trouves)
    assert any(aiguille == COURT.casefold() for aiguille in recherche)
    assert any("2019-01-25.yaml" in o for o in trouves), "la marque échappée en YAML est lue après décodage"


def test_fuite_d_un_champ_yaml_arretee_par_la_verification_finale(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _planter(racine)
    (racine / "docs" / "recopie.txt").write_text(f"Recopié : {CANARI}\n", encoding="utf-8")
    (racine / "docs" / "court.txt").write_text(f"Un seul mot : {COURT.upper()}.\n", encoding="utf-8")
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1
    assert "recopie.txt contient du texte interne" in resultat.stderr
    assert "court.txt contient du texte interne" in resultat.stderr, "un passage d'un seul mot est cherché aussi"
    assert CANARI not in resultat.stderr


def test_rendus_html_retirent_encore_les_marques() -> None:
    """Seconde barrière dans le rendu même : un texte qui aurait échappé à la vue perd ses passages."""
    for ouverture in OUVERTURES:
        source = f"Début. {ouverture}{CANARI}<!-- /interne --> Fin."
        assert CANARI not in markdown_sur(source) and CANARI not in texte(source)
        assert "Début." in markdown_sur(source)
    douteux = f"{CANARI}\n<!-- /interne -->\nLa suite."
    assert CANARI not in markdown_sur(douteux) and CANARI not in texte(douteux)


def test_marque_de_fin_orpheline_refusee(tmp_path: Path) -> None:
    racine = depot_exemple(tmp_path / "depot")
    _modifier(racine / "dossiers" / "2019-002" / "concertations" / "2019-02-01.yaml",
              lambda n: n.update(leviers=f"{CANARI} <!-- /interne --> publié"))
    resultat = construire_ici(racine, tmp_path / "site")
    assert resultat.returncode == 1, resultat.stdout
    assert "dossiers/2019-002/concertations/2019-02-01.yaml" in resultat.stderr
    assert "[interne.marque]" in resultat.stderr
    assert CANARI not in resultat.stderr and "Traceback" not in resultat.stderr
    assert not (tmp_path / "site").exists() or not any((tmp_path / "site").rglob("*.html"))
