"""Changements d'identité sans casser l'historique : un service renommé garde son ancien identifiant, un jeune
qui déménage change de code en gardant l'ancien (filrouge changer-code)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import yaml

from filrouge import publication
from filrouge.cli import main
from filrouge.disposition import ErreurConfiguration
from filrouge.modele import Annuaire
from tests.outils import photographier
from tests.usine import ID_DOSSIER, RACINE_PROJET, Usine, absente, code_jeune

NOUVEL_ID = "ssm-capj-jambes"


def _renommer(annuaire: dict[str, Any], ancien: str = "ssm-capj", nouveau: str = NOUVEL_ID) -> None:
    service = next(s for s in annuaire["services"] if s["id"] == ancien)
    service.update(id=nouveau, anciens_ids=[ancien])


@pytest.fixture
def renomme(usine: Usine) -> Usine:
    """Le SSM CAP J a changé d'identifiant dans l'annuaire ; les dossiers passés citent toujours « ssm-capj »."""
    annuaire = yaml.safe_load((RACINE_PROJET / "annuaire.yaml").read_text(encoding="utf-8"))
    _renommer(annuaire)
    usine.ecrire("annuaire", annuaire)
    return usine


def test_un_dossier_passe_cite_l_ancien_identifiant(renomme: Usine) -> None:
    constats = renomme.valider()
    absente(constats, "acteur.service")
    assert constats == []


def test_l_ancien_identifiant_garde_ce_que_le_service_dit_de_l_acteur(renomme: Usine) -> None:
    """Santé mentale (axe 1) : sans la résolution, le pédopsychiatre du SSM ne compterait plus (concertation.axe1)."""
    annuaire = Annuaire.model_validate(yaml.safe_load(renomme.absolu("annuaire").read_text(encoding="utf-8")),
                                       strict=False)
    assert annuaire.service("ssm-capj") is annuaire.service(NOUVEL_ID)
    assert annuaire.id_actuel("ssm-capj") == NOUVEL_ID
    assert annuaire.id_actuel("inconnu") == "inconnu"
    assert annuaire.trouver("ssm-capj") is annuaire.service(NOUVEL_ID)


def test_portail_du_service_renomme_garde_ses_dossiers_passes(renomme: Usine) -> None:
    pub = publication.charger(renomme.racine)
    (dossier,) = pub.dossiers
    assert NOUVEL_ID in dossier.services and "ssm-capj" not in dossier.services
    assert [d.id for d in pub.restreinte(NOUVEL_ID).dossiers] == [dossier.id]
    assert [d.id for d in pub.restreinte("ssm-capj").dossiers] == [dossier.id]  # l'ancien identifiant aussi
    assert pub.restreinte("ssm-capj").pour == NOUVEL_ID


def test_ancien_identifiant_deja_pris_par_un_autre_service(usine: Usine) -> None:
    """Un ancien identifiant repris par un autre service rendrait les documents passés ambigus : refusé."""
    annuaire = yaml.safe_load((RACINE_PROJET / "annuaire.yaml").read_text(encoding="utf-8"))
    _renommer(annuaire, nouveau="ssm-capj-jambes")
    annuaire["services"].append({"id": "ssm-capj", "nom": "Un autre service", "secteur": "sante_mentale"})
    usine.ecrire("annuaire", annuaire)
    with pytest.raises(ErreurConfiguration) as erreur:
        usine.valider()
    assert any("« ssm-capj » est déclaré deux fois" in c.message for c in erreur.value.constats)


@pytest.mark.parametrize("secteur", ["dupont_marie", "astrologie"])
def test_secteur_inconnu_de_l_annuaire_cite_masque(usine: Usine, secteur: str) -> None:
    """Un identifiant inconnu peut être un nom tapé au mauvais endroit : le message le cite masqué."""
    annuaire = yaml.safe_load((RACINE_PROJET / "annuaire.yaml").read_text(encoding="utf-8"))
    annuaire["services"][0]["secteur"] = secteur
    usine.ecrire("annuaire", annuaire)
    with pytest.raises(ErreurConfiguration) as erreur:
        usine.valider()
    messages = " ".join(c.message for c in erreur.value.constats)
    assert "n'est pas dans la liste des secteurs" in messages and secteur not in messages


# --- filrouge changer-code : le jeune déménage -------------------------------------------------------

def test_changer_code_garde_l_ancien_et_les_demandes_decidees(usine: Usine, capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """La demande du 2019-03-05, accordée, cite l'ancien code : elle reste valide sans être réécrite."""
    usine.ecrire("financement", modifier=lambda f: f.update(
        decision={"statut": "accordee", "montant_accorde": 2500, "date": dt.date(2019, 3, 20)}))
    demande_avant = usine.absolu("financement").read_bytes()
    chemin = usine.absolu("dossier")
    chemin.write_text("# Dossier fictif : ce commentaire reste.\n" + chemin.read_text(encoding="utf-8"), encoding="utf-8")
    ancien, nouveau = code_jeune(), code_jeune(code_postal=5500)
    monkeypatch.chdir(usine.racine)
    assert main(["changer-code", ID_DOSSIER, nouveau, "--date", "2019-06-01", "--motif", "déménagement"]) == 0
    assert "Écrit : dossiers/2019-001/dossier.yaml" in capsys.readouterr().out
    texte = chemin.read_text(encoding="utf-8")
    assert texte.startswith("# Dossier fictif : ce commentaire reste.\n")
    assert f"code: {nouveau}\n" in texte and texte.index("code:") < texte.index("statut:")  # ordre gardé
    assert (f"codes_precedents:\n- code: {ancien}\n  jusqu_au: 2019-05-31\n  motif: déménagement\n") in texte
    assert usine.absolu("financement").read_bytes() == demande_avant
    assert usine.valider() == []


@pytest.mark.parametrize(("arguments", "message"), [
    (["LMG-2010", "--date", "2019-06-01"], "nouveau code invalide"),
    ([code_jeune(), "--date", "2019-06-01"], "est déjà le code du dossier"),
    ([code_jeune(code_postal=5500), "--date", "2019-01-01"], "le code change après la demande"),
])
def test_changer_code_refuse(usine: Usine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                             arguments: list[str], message: str) -> None:
    avant = photographier(usine.racine)
    monkeypatch.chdir(usine.racine)
    assert main(["changer-code", ID_DOSSIER, *arguments]) == 2
    assert message in capsys.readouterr().err
    assert photographier(usine.racine) == avant
