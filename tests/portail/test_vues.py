"""L'ordre d'attention (index des dossiers, tableau de bord, Mes actions) et les cartes d'actions, sans MkDocs.

On lit la vue publiable d'un petit dépôt en mémoire et on appelle la couche des vues et des
tableaux : aucun portail n'est construit ici.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from filrouge.portail import tableaux
from filrouge.portail.vues import ORDRE_ETATS, dossiers_par_attention, par_attention, suivi
from filrouge.publication import Publication, charger
from tests.portail.fixtures import SERVICE_1, SERVICE_2, _ecrire, action, depot_exemple, dossier, note
from tests.portail.outils_portail import elements

JOUR = dt.date(2019, 6, 15)


def _dates(cloture: str) -> dict[str, dt.date]:
    return {"demande": dt.date(2019, 1, 10), "ouverture": dt.date(2019, 1, 15), "cloture": dt.date.fromisoformat(cloture)}


@pytest.fixture(scope="module")
def pub(tmp_path_factory: pytest.TempPathFactory) -> Publication:
    """Le dépôt d'exemple et quatre dossiers de plus, pour chaque rang de l'ordre d'attention.

    2019-004 : retard plus ancien que celui de 2019-001 ; 2019-005 : clos, une action jamais
    cochée (pas un retard : le dossier est clos) ; 2019-006 : en cours, échéance proche ;
    2019-007 : non ouvert ; 2019-008 : clos plus récemment que 2019-005.
    """
    racine = depot_exemple(tmp_path_factory.mktemp("depot-vues"))
    base = racine / "dossiers"
    _ecrire(base / "2019-004" / "dossier.yaml", dossier("2019-004", "HIF20095000", SERVICE_2))
    _ecrire(base / "2019-004" / "concertations" / "2019-02-01.yaml",
            note("2019-02-01", [action(1, "2019-05-01"), action(2, "2019-05-20", "en_cours")]))
    _ecrire(base / "2019-005" / "dossier.yaml", dossier("2019-005", "JKG20055000", SERVICE_1, statut="clos",
                                                        dates=_dates("2019-04-01")))
    _ecrire(base / "2019-005" / "concertations" / "2019-02-01.yaml", note("2019-02-01", [action(1, "2019-03-01")]))
    _ecrire(base / "2019-006" / "dossier.yaml", dossier("2019-006", "LMF20075000", SERVICE_1))
    _ecrire(base / "2019-006" / "concertations" / "2019-06-01.yaml",
            note("2019-06-01", [action(1, "2019-06-16"), action(2, "2019-06-20")]))
    _ecrire(base / "2019-007" / "dossier.yaml", dossier("2019-007", "NPG20045000", SERVICE_1, statut="non_ouvert",
                                                        ouverture=None, motif_non_ouverture="saturation"))
    _ecrire(base / "2019-008" / "dossier.yaml", dossier("2019-008", "QRF20035000", SERVICE_1, statut="clos",
                                                        dates=_dates("2019-05-01")))
    publication = charger(racine)
    ids = {d.id for d in publication.dossiers}
    assert {"2019-004", "2019-005", "2019-006", "2019-007", "2019-008"} <= ids, "dossiers de test invalides"
    return publication


def test_les_dossiers_qui_demandent_l_attention_d_abord(pub: Publication) -> None:
    ordre = [d.id for d, _ in dossiers_par_attention(pub.dossiers, JOUR, pub.config.horizon_echeance_jours)]
    # Retards (le plus ancien d'abord), en cours par prochaine échéance (sans action ouverte à la fin),
    # puis clos et non ouverts, les plus récemment clôturés d'abord.
    assert ordre == ["2019-004", "2019-001", "2019-006", "2019-002", "2019-003", "2019-008", "2019-005", "2019-007"]


def test_un_dossier_clos_n_a_pas_de_retard(pub: Publication) -> None:
    clos = pub.dossier("2019-005")
    assert clos is not None and clos.ouvertes(), "le dossier clos garde une action non cochée"
    s = suivi(clos, JOUR, 7)
    assert (s.en_retard, s.bientot, s.ouvertes, s.en_cours) == (0, 0, 0, False)


@pytest.mark.parametrize(("horizon", "bientot"), [(0, 0), (1, 1), (5, 2), (7, 2)])
def test_l_horizon_vient_de_la_configuration(pub: Publication, horizon: int, bientot: int) -> None:
    d = pub.dossier("2019-006")
    assert d is not None
    assert suivi(d, JOUR, horizon).bientot == bientot


def test_index_dit_pourquoi(pub: Publication) -> None:
    html = tableaux.index_dossiers(pub, pub.dossiers, JOUR, lambda vers: vers)
    lignes = elements(html, None)
    rangees = [e for e in lignes if e.balise == "tr"][1:]
    premiere, deuxieme = rangees[0], rangees[1]
    assert "2019-004" in premiere.texte and "2 en retard" in premiere.texte
    assert "2019-001" in deuxieme.texte and "1 en retard" in deuxieme.texte
    assert "1 à échéance sous 7 jours" in deuxieme.texte and "1 à venir" in deuxieme.texte
    assert "1er juin 2019" in deuxieme.texte, "prochaine échéance : la plus ancienne dépassée"
    clos = next(r for r in rangees if "2019-005" in r.texte)
    assert "en retard" not in clos.texte
    classes = [r.attributs.get("class", "") for r in rangees]
    assert classes[:2] == ["dossier-en-retard", "dossier-en-retard"] and classes[2] == "dossier-bientot"
    assert classes[-3:] == ["dossier-clos"] * 3


def test_par_attention_groupe_et_trie() -> None:
    from filrouge.modele import Action

    def a(numero: int, echeance: str, statut: str = "a_faire") -> Action:
        return Action.model_validate(action(numero, echeance, statut))

    actions = [a(1, "2019-08-01"), a(2, "2019-06-10", "faite"), a(3, "2019-06-14"), a(4, "2019-06-01", "en_cours"),
               a(5, "2019-06-16"), a(6, "2019-06-15"), a(7, "2019-06-01", "abandonnee")]
    groupes = par_attention(actions, lambda x: x, JOUR, 7)
    assert [etat for etat, _ in groupes] == ["en_retard", "bientot", "a_venir", "terminee"]
    assert [[x.numero for x in liste] for _, liste in groupes] == [[4, 3], [6, 5], [1], [7, 2]]
    assert set(ORDRE_ETATS) == {"en_retard", "bientot", "a_venir", "terminee"}


def test_cartes_du_tableau_de_bord(pub: Publication) -> None:
    """Chaque carte porte l'action, qui, l'échéance et son état en toutes lettres, le statut, le financement."""
    vu = pub.dossier("2019-001")
    assert vu is not None and vu.courante is not None
    html = tableaux.tableau_actions(pub, vu, vu.courante, JOUR, "tableau-actions")
    assert elements(html, ident="tableau-actions")
    cartes = elements(html, "filrouge-action")
    assert [c.attributs["data-numero"] for c in cartes] == ["1", "2", "3", "4"]
    assert [c.classes[1] for c in cartes] == ["action-en-retard", "action-bientot", "action-a-venir", "action-terminee"]
    titres = [e.texte for e in elements(html) if e.balise == "h3"]
    assert titres == ["En retard (1)", "Échéance proche (1)", "À venir (1)", "Faites ou abandonnées (1)"]
    retard = cartes[0].texte
    for attendu in ("Action n° 1", "En retard de 14 jours", "Action numéro 1 décidée en concertation",
                    "Échéance 1er juin 2019", "Qui (porteur) déléguée – ", "Avec qui mère M. D.", "Statut à faire",
                    "Financement Demande du 25 mai 2019 : 4 000 € demandés, en attente de décision"):
        assert attendu in retard, attendu
    assert "4\u202f000\u00a0€" in cartes[0].html, "montant mis en forme par mise_en_forme.montant"
    assert 'datetime="2019-06-01"' in cartes[0].html
    assert "Financement" not in cartes[1].texte, "seule l'action 1 a une demande"
    assert "Faite" in cartes[3].texte


def test_historique_sans_etat(pub: Publication) -> None:
    """Une note passée garde l'ordre de la note et ne signale aucun retard."""
    vu = pub.dossier("2019-004")
    assert vu is not None and vu.courante is not None
    html = tableaux.tableau_actions(pub, vu, vu.courante, JOUR, "actions-rencontre-1", avec_etat=False)
    cartes = elements(html, "filrouge-action")
    assert [c.classes for c in cartes] == [["filrouge-action"]] * 2
    assert "retard" not in html.lower() and "<h3>" not in html


def test_financement_d_une_autre_note_n_est_pas_celui_de_l_action(pub: Publication) -> None:
    """La demande de 2 500 € mandatée par la note de janvier (action 1) n'est pas celle de l'action 1 de mai."""
    vu = pub.dossier("2019-001")
    assert vu is not None and vu.courante is not None
    html = tableaux.tableau_actions(pub, vu, vu.courante, JOUR, "tableau-actions")
    assert "2\u202f500" not in html and "accordée" not in html


def test_mes_actions_en_cartes(pub: Publication) -> None:
    from filrouge.portail.vues import actions_par_service

    actions = actions_par_service(pub.dossiers)[SERVICE_1]
    html = tableaux.tableau_mes_actions(pub, actions, JOUR, lambda vers: vers)
    cartes = elements(html, "filrouge-action")
    etats = [c.classes[1] for c in cartes]
    assert etats == sorted(etats, key=["action-en-retard", "action-bientot", "action-a-venir",
                                       "action-terminee"].index)
    assert all("2019-005" not in c.texte and "2019-007" not in c.texte for c in cartes), "dossiers clos exclus"
    assert [c.texte.split(" · ")[0] for c in cartes[:2]] == ["Dossier 2019-001", "Dossier 2019-006"]
    assert 'href="dossiers/2019-001.md"' in cartes[0].html
    echeances = [c.html.split('datetime="')[1][:10] for c in cartes if "action-bientot" in c.classes]
    assert echeances == sorted(echeances)


def test_pas_de_donnee_dans_un_attribut(tmp_path: Path) -> None:
    """Un numéro d'action vient du modèle (entier) : data-numero ne peut porter que des chiffres."""
    from filrouge.modele import Action

    with pytest.raises(ValueError):
        Action.model_validate(action(1, "2019-06-01") | {"numero": '1" onmouseover="x'})
