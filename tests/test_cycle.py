"""`filrouge clore` et `filrouge rouvrir` : une période de suivi de plus, commentaires et ordre des clés gardés."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from filrouge.cli import main
from tests.usine import DATE_OUVERTURE, Usine, regles_de


def lancer(usine: Usine, monkeypatch: pytest.MonkeyPatch, *arguments: str) -> int:
    monkeypatch.chdir(usine.racine)
    return main(list(arguments))


def donnees(usine: Usine, nom: str = "dossier") -> dict:
    return yaml.safe_load(usine.absolu(nom).read_text(encoding="utf-8"))


def commenter(usine: Usine) -> None:
    """Un commentaire de fin de ligne sur l'ouverture et une ligne de commentaire avant les acteurs."""
    chemin = usine.absolu("dossier")
    texte = chemin.read_text(encoding="utf-8")
    texte = texte.replace(f"  ouverture: {DATE_OUVERTURE}\n", f"  ouverture: {DATE_OUVERTURE}  # après la préparation\n")
    texte = texte.replace("acteurs:\n", "# Les acteurs, par rôle (jamais de nom).\nacteurs:\n")
    chemin.write_text(texte, encoding="utf-8")


def test_clore_un_ancien_dossier_en_fait_sa_premiere_periode(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    commenter(usine)
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-05-02", "--motif", "relais_pris",
                  "--faites", "1") == 0
    texte = usine.absolu("dossier").read_text(encoding="utf-8")
    assert "# après la préparation" in texte and "# Les acteurs, par rôle (jamais de nom).\nacteurs:" in texte
    d = yaml.safe_load(texte)
    assert d["statut"] == "clos" and d["dates"] == {"demande": dt.date(2019, 2, 1)}
    assert d["episodes"] == [{"ouverture": DATE_OUVERTURE, "cloture": dt.date(2019, 5, 2), "motif_cloture": "relais_pris"}]
    assert list(d).index("episodes") == list(d).index("dates") + 1  # l'ordre des autres clés ne bouge pas
    assert donnees(usine, "concertation")["actions"][0]["statut"] == "faite"
    assert "Écrit : dossiers/2019-001/dossier.yaml" in capsys.readouterr().out
    assert usine.valider() == []


def test_clore_avec_une_action_ouverte_ne_change_rien_sans_reponse(usine: Usine, monkeypatch: pytest.MonkeyPatch,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    avant = {nom: usine.absolu(nom).read_bytes() for nom in ("dossier", "concertation")}
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-04-01", "--motif", "relais_pris") == 1
    sortie = capsys.readouterr().out
    assert "action 1 encore ouverte" in sortie and "--faites 1, --abandonnees 1" in sortie
    assert "prochaine rencontre prévue le 2019-04-15 : --annuler-rencontre" in sortie
    assert {nom: usine.absolu(nom).read_bytes() for nom in avant} == avant


def test_clore_en_abandonnant_l_action_et_la_rencontre(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-04-01", "--motif", "autre",
                  "--abandonnees", "1", "--annuler-rencontre") == 0
    note = donnees(usine, "concertation")
    assert note["actions"][0]["statut"] == "abandonnee" and note["prochaine_rencontre"]["engagement"] is False
    assert usine.valider() == []


def test_clore_en_gardant_l_action_laisse_l_avertissement(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-04-01", "--motif", "autre", "--garder") == 0
    assert donnees(usine)["statut"] == "clos"
    assert regles_de(usine.valider()) == {"dossier.cloture_en_suspens"}


@pytest.mark.parametrize("arguments, message", [
    (("--motif", "fini"), "motif de clôture inconnu"),
    (("--motif", "autre", "--date", "2019-01-01"), "précède l'ouverture"),
    (("--motif", "autre", "--faites", "4"), "pas une action ouverte"),
    (("--motif", "autre", "--faites", "1", "--abandonnees", "1"), "à la fois faite et abandonnée"),
])
def test_clore_refuse(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                      arguments: tuple[str, ...], message: str) -> None:
    avant = usine.absolu("dossier").read_bytes()
    assert lancer(usine, monkeypatch, "clore", "2019-001", *arguments) == 2
    assert message in capsys.readouterr().err
    assert usine.absolu("dossier").read_bytes() == avant


def test_rouvrir_puis_clore_encore(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-05-02", "--motif", "objectifs_atteints",
                  "--faites", "1") == 0
    assert lancer(usine, monkeypatch, "rouvrir", "2019-001", "--date", "2026-03-02",
                  "--motif", "nouvelle rupture scolaire") == 0
    d = donnees(usine)
    assert d["statut"] == "ouvert"
    assert d["episodes"][1] == {"ouverture": dt.date(2026, 3, 2), "motif_reouverture": "nouvelle rupture scolaire"}
    assert usine.valider() == []
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2026-06-30", "--motif", "relais_pris") == 0
    d = donnees(usine)
    assert d["statut"] == "clos" and d["episodes"][0]["cloture"] == dt.date(2019, 5, 2)
    assert d["episodes"][1] == {"ouverture": dt.date(2026, 3, 2), "motif_reouverture": "nouvelle rupture scolaire",
                                "cloture": dt.date(2026, 6, 30), "motif_cloture": "relais_pris"}
    assert usine.valider() == []


def test_rouvrir_un_ancien_dossier_clos(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    usine.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"),
                                                 d["dates"].update(cloture=dt.date(2019, 6, 1))))
    assert lancer(usine, monkeypatch, "rouvrir", "2019-001", "--date", "2020-01-06", "--motif", "retour") == 0
    d = donnees(usine)
    assert d["episodes"] == [{"ouverture": DATE_OUVERTURE, "cloture": dt.date(2019, 6, 1)},
                             {"ouverture": dt.date(2020, 1, 6), "motif_reouverture": "retour"}]
    assert "cloture" not in d["dates"] and "ouverture" not in d["dates"]


@pytest.mark.parametrize("prealable, arguments, message", [
    (None, ("--date", "2026-01-01", "--motif", "retour"), "n'est pas clos"),
    ("clore", ("--date", "2019-04-01", "--motif", "retour"), "précède la dernière clôture"),
    ("clore", ("--date", "2026-01-01", "--motif", "  "), "motif de la réouverture"),
    ("retrait", ("--date", "2026-01-01", "--motif", "retour"), "consentement a été retiré"),
])
def test_rouvrir_refuse(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                        prealable: str | None, arguments: tuple[str, ...], message: str) -> None:
    if prealable == "retrait":
        usine.ecrire("dossier", modifier=lambda d: d.update(
            retraits_consentement=[{"date": dt.date(2019, 4, 20), "portee": "tout"}]))
    if prealable is not None:
        assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-05-02", "--motif", "autre",
                      "--faites", "1") == 0
    avant = usine.absolu("dossier").read_bytes()
    assert lancer(usine, monkeypatch, "rouvrir", "2019-001", *arguments) == 2
    assert message in capsys.readouterr().err
    assert usine.absolu("dossier").read_bytes() == avant


def test_dossier_inconnu(usine: Usine, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert lancer(usine, monkeypatch, "rouvrir", "2019-099", "--motif", "retour") == 2
    assert "dossier inconnu" in capsys.readouterr().err


def test_l_ecriture_garde_les_droits_et_ne_laisse_aucun_temporaire(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    usine.absolu("dossier").chmod(0o640)
    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-05-02", "--motif", "autre", "--faites", "1") == 0
    assert usine.absolu("dossier").stat().st_mode & 0o777 == 0o640
    assert not [p for p in usine.absolu("dossier").parent.iterdir() if p.name.startswith(".")]


def test_motif_de_reouverture_passe_par_la_vue_publiable(usine: Usine, monkeypatch: pytest.MonkeyPatch) -> None:
    from filrouge.publication import charger

    assert lancer(usine, monkeypatch, "clore", "2019-001", "--date", "2019-05-02", "--motif", "autre", "--faites", "1") == 0
    assert lancer(usine, monkeypatch, "rouvrir", "2019-001", "--date", "2020-02-03", "--motif",
                  "retour <!-- interne -->récit de la voisine<!-- /interne --> au service") == 0
    publie = charger(Path(usine.racine)).dossier("2019-001")
    assert publie is not None
    assert "voisine" not in publie.dossier.episodes[1].motif_reouverture
    assert publie.dossier.episodes[1].motif_reouverture.startswith("retour")
