"""La vue publiable : ce qu'elle retient, ce qu'elle assainit, et qu'aucune copie ne garde un texte brut."""

from __future__ import annotations

import yaml

from filrouge.depot import charger_depot
from filrouge.portail.modeles import formulaires
from filrouge.publication import TEXTE_RETENU, publier
from tests.usine import RACINE_PROJET, Usine

SECRET = "Zorbalune-passage-interne"


def _annuaire(usine: Usine, nom: str) -> None:
    donnees = yaml.safe_load((RACINE_PROJET / "annuaire.yaml").read_text(encoding="utf-8"))
    next(s for s in donnees["services"] if s["id"] == "spj-namur")["nom"] = nom
    usine.ecrire("annuaire", donnees)


def test_l_index_de_l_annuaire_suit_les_textes_assainis(usine: Usine) -> None:
    """L'index (propriété en cache) calculé sur l'annuaire brut ne survit pas dans la vue publiable."""
    _annuaire(usine, f"SPJ de Namur <!-- interne -->{SECRET}<!-- /interne -->")
    depot = charger_depot(usine.racine)
    assert SECRET in depot.partenaires.service("spj-namur").nom  # index calculé sur le brut
    pub = publier(depot)
    assert SECRET not in pub.partenaires.service("spj-namur").nom
    assert pub.partenaires.service("spj-namur").nom.startswith("SPJ de Namur")


def test_marque_douteuse_de_l_annuaire_remplacee(usine: Usine) -> None:
    _annuaire(usine, f"SPJ de Namur <!-- interne -->{SECRET}")
    pub = publier(charger_depot(usine.racine))
    assert pub.partenaires.service("spj-namur").nom == TEXTE_RETENU


def test_modeles_a_telecharger_sans_passage_interne_de_la_configuration(usine: Usine) -> None:
    import datetime as dt

    usine.ecrire("reseau", modifier=lambda r: r["criteres_activation"][0].update(
        libelle=f"Difficulté psychique <!-- interne -->{SECRET}<!-- /interne -->"))
    fichiers = formulaires(publier(charger_depot(usine.racine)), dt.date(2019, 6, 15))
    assert fichiers and not [nom for nom, texte in fichiers.items() if SECRET in texte]
    assert "Difficulté psychique" in fichiers["dossier.yaml"]


def test_phase_preparatoire_et_fichiers_invalides_retenus(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda c: c.update(champ_inconnu="x"))
    pub = publier(charger_depot(usine.racine))
    (dossier,) = pub.dossiers
    assert not dossier.notes
    assert [r.relatif for r in pub.retenus] == [usine.chemin("concertation")]
    assert not hasattr(dossier, "preparation")


def test_nom_de_fichier_identifiant_signale_et_retenu(usine: Usine) -> None:
    """Un nom de fichier devient une adresse de page ou un titre d'examen : la garde le lit aussi."""
    from filrouge.validation import valider

    ancien = usine.absolu("financement")
    nouveau = ancien.with_name("2019-Dupont-Marie.yaml")
    ancien.rename(nouveau)
    relatif = nouveau.relative_to(usine.racine).as_posix()
    constats = [c for c in valider(usine.racine) if c.regle.startswith("anonymat.")]
    assert [(c.fichier, c.ligne) for c in constats] == [(relatif, None)]
    assert constats[0].message.startswith("dans le nom du fichier") and "Dupont" not in constats[0].message
    pub = publier(charger_depot(usine.racine), garde=True)
    assert not pub.dossiers[0].demandes and [r.relatif for r in pub.retenus] == [relatif]


def test_repertoire_qui_n_est_pas_l_identifiant_jamais_publie(usine: Usine) -> None:
    (usine.racine / "dossiers" / "2019-001").rename(usine.racine / "dossiers" / "2019-Dupont-Zzsecret")
    pub = publier(charger_depot(usine.racine), garde=True)
    assert not pub.dossiers and pub.retenus


def test_repertoire_nomme_d_apres_une_personne_hors_de_la_vue_sans_garde(usine: Usine) -> None:
    """Sans la garde (le bilan : des chiffres), un répertoire dont le nom porte une donnée identifiante n'est pas plus
    publiable qu'un nom impropre à une adresse : son identifiant irait dans les listes du bilan (JSON, bilan arrêté)."""
    import json

    from filrouge.bilan.calcul import calculer
    from filrouge.bilan.rendu_json import en_json

    ancien = usine.racine / "dossiers" / "2019-001"
    dossier = yaml.safe_load((ancien / "dossier.yaml").read_text(encoding="utf-8"))
    ancien.rename(usine.racine / "dossiers" / "2019-001-kevin-lambert")
    usine.ecrire("dossiers/2019-001-kevin-lambert/dossier.yaml", {**dossier, "id": "2019-001-kevin-lambert"})
    pub = publier(charger_depot(usine.racine))
    assert not pub.dossiers and {r.relatif for r in pub.retenus} == {"dossiers/2019-001-kevin-lambert"}
    assert "kevin" not in json.dumps(json.loads(en_json(calculer(pub, 2019, None)))).casefold()


def test_repertoire_ordinaire_compte_sans_garde(usine: Usine) -> None:
    pub = publier(charger_depot(usine.racine))
    assert [d.id for d in pub.dossiers] == ["2019-001"] and not pub.retenus
