"""Saisir sans surprise, ce que le parcours complet dans le navigateur a fait voir : la touche Entrée vérifie (elle ne
retire pas la première ligne), une case décochée se décoche, l'aide d'un champ parle du formulaire (pas du YAML),
une demande préparée depuis une action ne cite pas de pièce absente, la décision envoyée revient à son titre, une
première note ne se préremplit pas de « à préciser », la date de clôture refusée porte son constat, et les lignes
de commentaire d'un bloc du YAML restent à sa fin quand il grandit."""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from filrouge.atelier import document, documents
from filrouge.atelier.aides import aide
from filrouge.atelier.ecriture import yaml_aller_retour
from filrouge.cycle import ouvrir
from filrouge.lecture import analyser_yaml, lire_yaml
from tests.atelier.test_cycle_de_vie import NOUVEAU, REGLEES, envoyer
from tests.atelier.test_cycle_de_vie import messages as messages_du_dossier
from tests.atelier.test_vie_du_dossier import CRITERES
from tests.atelier.test_documents import (ADRESSE_DEMANDE, DEMANDE, DOSSIER, FICHE, PREPARATION, _joint,
                                          _ouvrir_la_demande, dernier_commit, messages, saisie)

PAGES = {"note": f"/dossiers/{DOSSIER}/notes/2026-11-17", "préparation": PREPARATION, "fiche": FICHE,
         "demande": ADRESSE_DEMANDE}


def _formulaire(page: str) -> str:
    return re.search(r'<form method="post" action="[^"]+" class="document".*?</form>', page, re.S)[0]


def test_la_touche_entree_verifie_au_lieu_de_retirer_la_premiere_ligne(client: TestClient) -> None:
    """Entrée dans un champ envoie le formulaire par son premier bouton : il doit vérifier. C'était « Retirer
    l'acteur 1 » (ou l'action 1) : l'initiateur disparaissait de la fiche à la première touche Entrée."""
    _ouvrir_la_demande(client)
    for nom, adresse in PAGES.items():
        premier = re.search(r"<button[^>]*>", _formulaire(client.get(adresse).text))[0]
        assert 'name="operation" value="verifier"' in premier and " hidden" in premier, (nom, premier)


def test_une_case_a_cocher_n_a_qu_un_controle_et_se_decoche(client: TestClient, clone: Path) -> None:
    """La case était doublée d'une zone de texte du même nom et du même identifiant, qui renvoyait « oui » : une case
    enregistrée cochée ne se décochait plus."""
    page = client.get(PREPARATION).text
    assert page.count('id="c-analyse_holistique"') == 1 and page.count('name="analyse_holistique"') == 1
    cochee = saisie(clone, documents.PREPARATION, "preparation", analyse_holistique="oui", operation="enregistrer")
    assert "enregistrée et commitée" in html.unescape(client.post(PREPARATION, data=cochee).text)
    page = client.get(PREPARATION).text
    assert re.search(r'<input id="c-analyse_holistique" type="checkbox" name="analyse_holistique" value="oui" checked',
                     page)
    decochee = {k: v for k, v in saisie(clone, documents.PREPARATION, "preparation", operation="enregistrer").items()
                if k != "analyse_holistique"}  # une case décochée n'est pas envoyée
    assert "enregistrée et commitée" in html.unescape(client.post(PREPARATION, data=decochee).text)
    donnees = lire_yaml(clone / f"dossiers/{DOSSIER}/preparation.yaml", "preparation.yaml").donnees
    assert donnees["analyse_holistique"] is False


JARGON_DES_AIDES = re.compile(r"\btrue\b|\bfalse\b|\.yaml\b|AAAA-MM-JJ|nom du fichier|souligné sur le formulaire")


def test_l_aide_d_un_champ_parle_du_formulaire(client: TestClient) -> None:
    """Les descriptions du modèle sont écrites pour l'éditeur YAML (« true si … », « dans dossier.yaml ») ; sous
    une case, un choix oui/non ou un calendrier, l'atelier dit la même chose avec ses mots."""
    _ouvrir_la_demande(client)
    trouves = {}
    for nom, adresse in PAGES.items():
        aides = [html.unescape(a) for a in re.findall(r'<p class="aide" id="c-[^"]*-aide">(.*?)</p>',
                                                        client.get(adresse).text, re.S)]
        assert aides, nom
        trouves[nom] = [a for a in aides if JARGON_DES_AIDES.search(a)]
    assert not any(trouves.values()), trouves


def test_une_aide_est_dite_pour_son_controle() -> None:
    assert aide("true si la fiche de présence a été signée.", "case") == "Cochez si la fiche de présence a été signée."
    assert aide("true : l'action doit être mise en œuvre rapidement.", "case") == \
        "Cochez si l'action doit être mise en œuvre rapidement."
    assert aide("Si le jeune est absent : true si cette personne a porté sa parole.", "oui_non") == \
        "Si le jeune est absent : oui si cette personne a porté sa parole."
    assert aide("true ou false si différent du service.", "oui_non") == "Oui ou non si différent du service."
    assert aide("Date (AAAA-MM-JJ) de signature de la charte.", "date") == "Date de signature de la charte."
    assert aide("Identifiant de l'acteur dans dossier.yaml.", "acteur") == "Identifiant de l'acteur dans la fiche du dossier."
    assert aide("Ce que l'on attend de l'action.", "texte") == "Ce que l'on attend de l'action."


def _enregistrer_la_demande_avec_son_devis(client: TestClient, clone: Path) -> str:
    """La demande préparée depuis l'action 2, remplie et enregistrée avec un devis téléversé, sans taper de chemin."""
    cases = {f"attestations__{cle}": "oui" for cle in ("necessaire", "plus_efficiente", "solution_perenne",
                                                       "non_financee", "pas_double_subside", "urgente")}
    donnees = saisie(clone, documents.DEMANDE, DEMANDE, **cases, objectifs_npsm="oui", certifie_sincere="oui",
                     montant_demande="900", cout_total="900", operation="enregistrer")
    reponse = client.post(ADRESSE_DEMANDE, data=donnees | {"televersement.type": ["devis"]}, files=_joint())
    return reponse.text


def test_une_demande_preparee_ne_cite_que_des_pieces_du_dossier(client: TestClient, clone: Path) -> None:
    """Le gabarit de la ligne de commande cite le PDF de la note et un devis, deux fichiers à ranger soi-même : la
    demande s'ouvrait sur deux erreurs « pièce introuvable ». La note se joint telle qu'elle est, le devis se
    téléverse, et la demande s'enregistre sans qu'aucun chemin ne soit tapé."""
    _ouvrir_la_demande(client)
    garde = document.ouvrir(clone, documents.DEMANDE, DOSSIER, DEMANDE)
    assert {k: v for k, v in garde.saisie.items() if k.startswith("pieces.")} == {
        "pieces.0.type": ["note_de_synthese"], "pieces.0.fichier": ["concertations/2026-11-17.yaml"]}
    assert "introuvable" not in html.unescape(client.get(ADRESSE_DEMANDE).text)
    page = _enregistrer_la_demande_avec_son_devis(client, clone)
    assert "Demande enregistrée et commitée" in html.unescape(page), messages(page, "c-pieces")
    assert dernier_commit(clone)[1] == {f"dossiers/{DOSSIER}/financements/{DEMANDE}.yaml",
                                        f"dossiers/{DOSSIER}/pieces/devis-mediation.pdf"}


def test_la_decision_envoyee_revient_a_son_titre(client: TestClient, clone: Path) -> None:
    """La décision et le remboursement se remplissent sous toute la demande : la page y mène d'un lien, et leur envoi
    revient à leur titre (le résultat, enregistré ou refusé, se lisait en haut de la demande, hors de l'écran)."""
    _ouvrir_la_demande(client)
    _enregistrer_la_demande_avec_son_devis(client, clone)
    page = client.get(ADRESSE_DEMANDE).text
    assert '<a href="#titre-decision">' in page and '<h2 id="titre-decision">' in page
    assert f'<form method="post" action="{ADRESSE_DEMANDE}/decision#titre-decision" class="document"' in page
    assert f'<form method="post" action="{ADRESSE_DEMANDE}" class="document"' in page, "la demande revient en haut"


def test_une_cloture_avant_une_concertation_le_dit_a_cote_de_sa_date(client: TestClient) -> None:
    _, page = envoyer(client, f"/dossiers/{DOSSIER}/clore", date="2026-09-01", motif="objectifs_atteints", **REGLEES)
    pres_de_la_date = messages_du_dossier(page, "clore-date")
    assert "concertation après la clôture du dossier" in pres_de_la_date
    assert "note de synthèse du 17 novembre 2026" in pres_de_la_date, "la note en cause est nommée"
    assert re.search(r'id="clore-date"[^>]*aria-invalid="true"', page)


def test_la_premiere_note_ne_preremplit_pas_a_preciser(client: TestClient, clone: Path) -> None:
    """Le gabarit de la ligne de commande remplit la première action de « à préciser » : dans un formulaire, ces
    valeurs passaient pour des réponses (une description « à préciser » s'enregistrait, et partait au portail)."""
    envoyer(client, "/nouveau-dossier", operation="creer", **NOUVEAU)
    ouvrir(clone, "2026-007", dt.date(2026, 11, 24), frozenset(CRITERES))  # une note ne s'ouvre que sur un dossier ouvert
    page = html.unescape(client.get("/dossiers/2026-007/notes/2026-12-01").text)
    assert "à préciser" not in page
    assert re.search(r'<textarea id="c-actions-0-description" name="actions.0.description"[^>]*></textarea>', page)
    assert "« Description de l'action » est obligatoire" in messages(page, "c-actions-0-description")


@pytest.mark.parametrize("ajout", ["acteur", "cle"])
def test_les_commentaires_qui_suivent_un_bloc_restent_a_sa_fin(ajout: str) -> None:
    """Un acteur ajouté (ou une clé ajoutée au dernier acteur) ne passe plus sous les lignes de commentaire qui
    suivaient la liste : elles coupaient le dernier acteur en deux (« # consentement: … » au milieu de ses clés)."""
    origine = ("acteurs:\n  - id: a1\n    role: professionnel\n    service: spj  # le service\n"
               "# consentement:  # à consigner\n#   date: AAAA-MM-JJ\nmotif: m\n")
    donnees = analyser_yaml(origine, "d.yaml").donnees
    if ajout == "acteur":
        donnees["acteurs"].append({"id": "mere", "role": "famille"})
    else:
        donnees["acteurs"][0]["fonction"] = "déléguée"
    texte = yaml_aller_retour(origine, donnees)
    assert analyser_yaml(texte, "d.yaml").donnees == donnees
    lignes = texte.splitlines()
    assert any(re.fullmatch(r"  service: spj +# le service", ligne) for ligne in lignes), "fin de ligne gardée"
    commentaire = lignes.index("# consentement:  # à consigner")
    dernier = "- id: mere" if ajout == "acteur" else "  fonction: déléguée"
    assert lignes.index(dernier) < commentaire < lignes.index("motif: m"), texte
    assert lignes[commentaire + 1] == "#   date: AAAA-MM-JJ"
