"""`filrouge rappels` : par référent, les actions échues ou proches et les dossiers sans rencontre prévue."""

from __future__ import annotations

import pytest

from filrouge.cli import main
from tests.usine import Usine

REFERENT = "## Référent : `déléguée – Service de protection de la jeunesse (SPJ) de Namur`"


def rappels(capsys: pytest.CaptureFixture[str], usine: Usine, monkeypatch: pytest.MonkeyPatch, *options: str) -> list[str]:
    monkeypatch.chdir(usine.racine)
    assert main(["rappels", *options]) == 0
    return capsys.readouterr().out.splitlines()


@pytest.mark.parametrize(("jour", "attendu"), [
    ("2019-03-20", []),
    ("2019-03-28", ["- 🗓️ Action n°1 de la note du 2019-03-01 : échéance le 2019-04-01."]),
    ("2019-04-20", ["- ⚠️ Action n°1 de la note du 2019-03-01 : en retard depuis le 2019-04-01.",
                    "- ⚠️ Aucune prochaine rencontre prévue (dernière concertation le 2019-03-01)."]),
])
def test_rappels_par_referent(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                              jour: str, attendu: list[str]) -> None:
    lignes = rappels(capsys, usine, monkeypatch, "--aujourdhui", jour)
    entete = [f"# Rappels du {jour}", "", "Actions échues ou à échéance dans les 7 jours, dossiers sans rencontre prévue."]
    if not attendu:
        assert lignes == [*entete, "", "Aucun rappel : ni action échue ou proche, et chaque dossier ouvert a une "
                                        "prochaine rencontre prévue."]
    else:
        assert lignes == [*entete, "", REFERENT, "", "### Dossier 2019-001", "", *attendu]


def test_action_faite_et_dossier_clos_ignores(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    usine.ecrire("concertation", modifier=lambda c: c["actions"][0].update(statut="faite"))
    assert rappels(capsys, usine, monkeypatch, "--aujourdhui", "2019-04-02")[-1].startswith("Aucun rappel")
    usine.ajouter_dossier("2019-002")  # ouvert, jamais réuni
    lignes = rappels(capsys, usine, monkeypatch, "--aujourdhui", "2019-04-02", "--format", "texte")
    assert lignes == ["Rappels du 2019-04-02",
                      "Référent : professionnel – Service de protection de la jeunesse (SPJ) de Namur",
                      "  2019-002 : [!] Aucune concertation encore tenue ni note de synthèse."]


@pytest.mark.parametrize("piege", ["@coordination ![x](https://exemple.invalid/p.png)", "**urgent** [lien](https://x)",
                                   "<!-- interne -->père incarcéré à Lantin<!-- /interne -->déléguée"])
def test_rappels_sans_texte_libre_ni_mention_active(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str], piege: str) -> None:
    """Posté en ticket (et donc envoyé par courriel), un rappel ne recopie ni récit, ni action, ni passage interne."""
    usine.ecrire("concertation", modifier=lambda c: (c["actions"][0].update(description=f"action {piege}"),
                                                     c.update(leviers=piege)))
    usine.modifier_acteur("a1", fonction=f"déléguée {piege}")
    lignes = rappels(capsys, usine, monkeypatch, "--aujourdhui", "2019-04-20")
    texte = "\n".join(lignes)
    assert "Lantin" not in texte and "incarcéré" not in texte
    for ligne in lignes:
        for actif in ("@coordination", "![x]", "[lien]", "**urgent**"):
            if actif in ligne:
                assert ligne.startswith("## Référent : `") and ligne.endswith("`"), ligne
    assert "- ⚠️ Action n°1 de la note du 2019-03-01 : en retard depuis le 2019-04-01." in lignes


def test_horizon_du_reseau(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """L'horizon des échéances proches vient de reseau.yaml : le même pour les rappels et le portail."""
    assert any("échéance le 2019-04-01" in ligne for ligne in rappels(capsys, usine, monkeypatch, "--aujourdhui", "2019-03-28"))
    usine.ecrire("reseau", modifier=lambda r: r.update(horizon_echeance_jours=2))
    lignes = rappels(capsys, usine, monkeypatch, "--aujourdhui", "2019-03-28")
    assert lignes[2] == "Actions échues ou à échéance dans les 2 jours, dossiers sans rencontre prévue."
    assert not any("échéance le 2019-04-01" in ligne for ligne in lignes)


@pytest.mark.parametrize(("statut", "jour", "horizon", "etat"), [
    ("faite", "2019-05-01", 7, "terminee"), ("abandonnee", "2019-03-01", 7, "terminee"),
    ("a_faire", "2019-04-02", 7, "en_retard"), ("en_cours", "2019-04-01", 0, "bientot"),
    ("a_faire", "2019-03-25", 7, "bientot"), ("a_faire", "2019-03-24", 7, "a_venir"), ("a_faire", "2019-03-30", 1, "a_venir"),
])
def test_etat_d_une_action(statut: str, jour: str, horizon: int, etat: str) -> None:
    import datetime as dt

    from filrouge.modele import Action
    from tests.usine import action_minimale

    action = Action.model_validate({**action_minimale(), "statut": statut}, strict=False)
    assert action.etat(dt.date.fromisoformat(jour), horizon) == etat
