"""Le formulaire générique dit tout en clair : les valeurs d'une liste par leur libellé du modèle (« à faire »,
jamais « a_faire » ni « a faire »), des aides sans valeur brute du YAML, une zone de texte pour ce qui s'écrit en
phrases (le modèle le marque), écrite en bloc lisible dans le fichier."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge.atelier import cycle_de_vie
from filrouge.atelier.formulaire import Champ, champs
from filrouge.atelier.pages import GENRES
from filrouge.lecture import lire_yaml
from filrouge.modele import Concertation
from filrouge.modele.commun import Valeurs
from tests.atelier.conftest import git
from tests.atelier.test_atelier import ADRESSE, DOSSIER, NOTE, saisie_de
from tests.atelier.test_vie_du_dossier import demande  # noqa: F401 (la fixture : une demande qui arrive)

DEMANDE = f"/dossiers/{DOSSIER}/financements/2026-stage-remobilisation"
BRUT = re.compile(r"\btrue\b|\bfalse\b|\bnull\b|\.yaml\b|\.md\b|›|filrouge|--[a-z]|\b[a-z]+_[a-z_]+\b|[a-z]+: "
                  r"|\b(?:demandee|accordee|refusee|retiree|abandonnee|desactivee)\b")
"""Ce qu'un casemanager ne doit pas lire : une valeur ou une clé du YAML (un statut sans ses accents), un fichier, une
commande."""


def options(page: str, identifiant: str) -> list[tuple[str, str]]:
    """(valeur, texte) des options de la liste `identifiant`."""
    liste = re.search(rf'<select id="{identifiant}"[^>]*>(.*?)</select>', page, re.S)
    assert liste, identifiant
    return [(v, html.unescape(t).strip()) for v, t in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', liste[1])]


def test_une_liste_de_choix_dit_chaque_valeur_par_son_libelle(client: TestClient) -> None:
    statuts = options(client.get(ADRESSE).text, "c-actions-0-statut")
    assert ("a_faire", "à faire") in statuts and ("abandonnee", "abandonnée") in statuts and ("en_cours", "en cours") in statuts
    page = client.get(DEMANDE).text
    assert ("accordee", "accordée") in options(page, "c-decision-statut")
    assert ("demandee", "en attente de décision") in options(page, "c-decision-statut")
    assert ("note_de_synthese", "note de synthèse") in options(page, "c-televersement-type")


def test_un_libelle_sans_valeur_est_refuse() -> None:
    assert Valeurs(a_faire="x", faite="y").libelles == {"a_faire": "a faire", "faite": "faite"}, "par défaut : sans soulignés"
    assert Valeurs(libelles={"a_faire": "à faire"}, a_faire="x", faite="y").libelles["a_faire"] == "à faire"
    with pytest.raises(ValueError, match="libellés sans valeur"):
        Valeurs(libelles={"afaire": "à faire"}, a_faire="x", faite="y")


def test_le_portail_et_l_atelier_disent_un_statut_de_la_meme_facon() -> None:
    from filrouge.atelier import libelles
    from filrouge.portail import vues

    assert libelles.STATUTS_ACTION == vues.STATUTS_ACTION and libelles.STATUTS_ACTION["a_faire"] == "à faire"
    assert cycle_de_vie.PORTEES["tout"] == "tout le partage"


def _tous(liste: list[Champ]) -> list[Champ]:
    return [c for champ in liste for c in (champ, *_tous(champ.enfants))]


@pytest.mark.parametrize("genre", sorted(GENRES))
def test_titres_aides_et_choix_de_chaque_formulaire_sont_en_clair(genre: str) -> None:
    fautifs = [f"{c.nom} : {texte}" for c in _tous(GENRES[genre].doc.controles)
               for texte in (c.titre, c.aide, *(x.libelle for x in c.choix), *(x.sens for x in c.choix))
               if BRUT.search(texte)]
    assert not fautifs


def test_titres_et_aides_de_la_page_du_dossier_sont_en_clair() -> None:
    fautifs = [f"{cle} : {texte}" for cle, libelle in cycle_de_vie.TITRES.items()
               for texte in (libelle.title, libelle.description) if BRUT.search(texte)]
    assert not fautifs


def test_le_jargon_des_aides_serait_vu() -> None:
    for fautif in ("true si la fiche est signée", "le même que dans dossier.yaml", "(statut demandee)", "dates › ouverture",
                   "true : l'action est nécessaire"):
        assert BRUT.search(fautif), fautif
    for correct in ("La fiche de présence a été signée.", "Jour du retrait (AAAA-MM-JJ).", "Quoi : ce qui sera fait"):
        assert not BRUT.search(correct), correct


def test_ce_qui_s_ecrit_en_phrases_a_une_zone_de_texte(client: TestClient) -> None:
    genres = {c.nom: c.genre for c in _tous(champs(Concertation))}
    assert genres["description"] == genres["leviers"] == genres["effets_attendus"] == "paragraphe"
    assert genres["lieu"] == genres["quand"] == genres["heure"] == "texte"
    page = client.get(ADRESSE).text
    assert re.search(r'<textarea id="c-actions-0-description" name="actions.0.description"', page)
    assert re.search(r'<textarea id="c-obstacles" name="obstacles"', page)
    assert re.search(r'<input id="c-lieu" type="text" name="lieu"', page)
    preparation = client.get(f"/dossiers/{DOSSIER}/preparation").text
    assert '<textarea id="c-attentes-jeune"' in preparation and '<input id="c-rencontre-lieu" type="text"' in preparation
    assert '<textarea id="c-decision-motif"' in client.get(DEMANDE).text


def test_un_texte_sur_plusieurs_lignes_s_enregistre_en_bloc_lisible(client: TestClient, clone: Path) -> None:
    hook = clone / ".git" / "hooks" / "pre-commit"
    hook.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    hook.chmod(0o755)
    texte = "Trois rencontres au service.\r\nPuis un bilan avec la famille."
    page = client.post(ADRESSE, data=saisie_de(clone, actions__0__description=texte, operation="enregistrer")).text
    assert "Note enregistrée et commitée" in html.unescape(page)
    relatif = f"dossiers/{DOSSIER}/concertations/{NOTE}.yaml"
    fichier = (clone / relatif).read_text(encoding="utf-8")
    assert "description: |-\n    Trois rencontres au service.\n    Puis un bilan avec la famille.\n" in fichier
    assert lire_yaml(clone / relatif, relatif).donnees["actions"][0]["description"] == \
        "Trois rencontres au service.\nPuis un bilan avec la famille."
    assert git(clone, "status", "--porcelain").stdout == ""


def test_les_motifs_du_reseau_sont_dits_par_leur_libelle(client: TestClient, demande: str) -> None:  # noqa: F811
    cloture = options(client.get(f"/dossiers/{DOSSIER}").text, "clore-motif")
    assert ("demenagement", "déménagement") in cloture and ("objectifs_atteints", "objectifs atteints") in cloture
    assert ("non_eligible", "non éligible") in options(client.get(f"/dossiers/{demande}").text, "ne-pas-ouvrir-motif")
    assert ("telephone", "téléphone") in options(client.get("/nouveau-dossier").text, "nouveau-canal")
