"""La page « Premier jour du casemanager » du guide : dans la navigation du portail, sans mot de Git ni du YAML, et
chaque bouton, lien ou titre qu'elle nomme en gras existe vraiment dans l'atelier (le guide ne dérive pas de lui)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from starlette.testclient import TestClient

from filrouge.portail.guide import pages_fournies
from tests.atelier.conftest import JETON
from tests.atelier.test_synchro import DEMANDE, collegue, enregistrer, nu  # noqa: F401 (fixtures : dépôt partagé)
from tests.atelier.test_vie_du_dossier import demande, visible  # noqa: F401 (fixture : une demande qui arrive)
from tests.outils import RACINE_PROJET

PAGE = "guide/premier-jour-casemanager.md"
JARGON_GIT = re.compile(r"\b(?:git|commit\w*|branches?|push|pull|merge|rebase|yaml|hooks?|pre-commit)\b", re.I)


def _texte() -> str:
    return pages_fournies()[PAGE]


def test_la_page_est_dans_la_navigation_du_portail_et_des_depots_crees() -> None:
    for mkdocs in (RACINE_PROJET / "mkdocs.yml", RACINE_PROJET / "src/filrouge/modeles_depot/mkdocs.yml"):
        nav = yaml.safe_load(mkdocs.read_text(encoding="utf-8"))["nav"]
        guide = next(entree["Guide de procédure"] for entree in nav if isinstance(entree, dict)
                     and "Guide de procédure" in entree)
        assert guide.index(PAGE) == guide.index("guide/premier-jour.md") + 1, mkdocs
    assert "(premier-jour-casemanager.md)" in pages_fournies()["guide/premier-jour.md"]


def test_la_page_part_des_commandes_d_installation_puis_ne_passe_que_par_l_atelier() -> None:
    texte = _texte()
    commandes = re.findall(r"^    (\.\S*(?: \S+)*)$", texte, re.M)
    assert commandes == ["./scripts/portail.sh", "./scripts/tests.sh", ".venv/bin/filrouge atelier"]
    for commande in commandes[:2]:
        assert commande in (RACINE_PROJET / "README.md").read_text(encoding="utf-8"), "celles du README"
    assert not JARGON_GIT.search(texte), JARGON_GIT.findall(texte)
    etapes = re.findall(r"^## \d+\. (.*)$", texte, re.M)
    assert [e.split()[0].rstrip(",") for e in etapes] == ["Installer", "Ouvrir", "Créer", "Compléter", "La", "La", "Les",
                                              "Enregistrer", "Synchroniser", "Préparer", "Clore"]


def test_chaque_libelle_en_gras_existe_dans_l_atelier(client: TestClient, clone: Path, demande: str,  # noqa: F811
                                                      nu: Path) -> None:  # noqa: F811
    enregistrer(clone, DEMANDE, "# devis joint\n", "demande complétée")  # un envoi possible au coordinateur
    dossier = "/dossiers/2026-001"
    pages = [client.get(adresse).text for adresse in (
        "/", "/nouveau-dossier", dossier, f"/dossiers/{demande}", f"{dossier}/preparation", f"{dossier}/notes/2026-12-01",
        f"{dossier}/financements/2026-stage-remobilisation")]
    atelier = " ".join(" ".join(visible(page).split()) for page in pages)
    libelles = [" ".join(l.split()) for l in re.findall(r"\*\*([^*]+)\*\*", _texte()) if l[0].isupper()]
    assert len(libelles) >= 20
    absents = [l for l in libelles if l not in atelier]
    assert not absents, absents
    assert client.post("/synchroniser", data={"jeton": JETON}).status_code == 200, "Synchroniser existe et répond"
