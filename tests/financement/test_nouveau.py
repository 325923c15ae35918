"""`filrouge financement nouveau` : la demande naît de la note de synthèse, sans décision, sans rien écraser."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from filrouge.depot import charger_depot
from tests.financement.conftest import Git
from filrouge.cli import main
from tests.usine import DATE_CONCERTATION, ID_DOSSIER, Usine, action_minimale

Depot = tuple[Usine, Git]


def nouveau(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    code = main(["financement", "nouveau", *options])
    sortie = capsys.readouterr()
    return code, sortie.out, sortie.err


def _deux_actions(usine: Usine) -> None:
    seconde = action_minimale(2) | {"description": "séjour de répit en milieu adapté",
                                    "effets_attendus": "souffler\ndeux semaines", "quoi": "réserver le séjour"}
    usine.ecrire("concertation", modifier=lambda c: c["actions"].append(seconde))


def test_prepare_la_demande_depuis_la_note(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, _ = depot_leger
    _deux_actions(usine)
    code, sortie, erreurs = nouveau(capsys, ID_DOSSIER, "--action", "2")
    aujourdhui = dt.date.today().isoformat()
    relatif = f"dossiers/{ID_DOSSIER}/financements/{aujourdhui}-action-2.yaml"
    assert (code, erreurs) == (0, "")
    assert sortie.splitlines()[0] == f"Créé : {usine.racine / relatif}"
    texte = (usine.racine / relatif).read_text(encoding="utf-8")
    assert "# Action n°2 telle que la note de synthèse la décrit :" in texte
    assert "#   séjour de répit en milieu adapté\n#   Effets attendus : souffler\n#   deux semaines\n" in texte
    donnees = yaml.safe_load(texte)
    assert (donnees["action"], donnees["concertation"], donnees["coordinateur"]) == (2, DATE_CONCERTATION, "a1")
    assert donnees["code"] == usine.donnees["dossier"]["code"]
    assert donnees["decision"] == {"statut": "demandee"}
    assert not any(donnees["attestations"].values())
    modele = next(f.modele for c in charger_depot(usine.racine).dossiers for f in c.financements if f.relatif == relatif)
    assert modele is not None and modele.engage == 0  # conforme au formulaire, à compléter (0 €)


def test_ne_jamais_ecraser(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, _ = depot_leger
    assert nouveau(capsys, ID_DOSSIER, "--action", "1")[0] == 0
    chemin = next((usine.racine / f"dossiers/{ID_DOSSIER}/financements").glob("*-action-1.yaml"))
    chemin.write_text(chemin.read_text(encoding="utf-8") + "# complété par le référent\n", encoding="utf-8")
    avant = chemin.read_bytes()
    code, _, erreurs = nouveau(capsys, ID_DOSSIER, "--action", "1")
    assert code == 2
    assert erreurs.strip() == f"{chemin.relative_to(usine.racine)} existe déjà : rien n'a été écrit."
    assert chemin.read_bytes() == avant


@pytest.mark.parametrize(("options", "message"), [
    (["2019-999", "--action", "1"], "dossier « 2019-999 » introuvable ou invalide dans dossiers/ (lancez « filrouge valider »)."),
    ([ID_DOSSIER, "--action", "7"], f"aucune note de synthèse du dossier {ID_DOSSIER} n'a d'action n°7."),
    ([ID_DOSSIER, "--action", "1", "--concertation", "2019-01-01"],
     f"aucune note de synthèse valide du 2019-01-01 dans le dossier {ID_DOSSIER}."),
])
def test_demandes_impossibles(depot_leger: Depot, capsys: pytest.CaptureFixture[str], options: list[str], message: str) -> None:
    usine, _ = depot_leger
    avant = sorted(p for p in usine.racine.rglob("*") if ".git" not in p.parts)
    code, _, erreurs = nouveau(capsys, *options)
    assert (code, erreurs.strip()) == (2, message)
    assert sorted(p for p in usine.racine.rglob("*") if ".git" not in p.parts) == avant


def test_note_sans_mandat_signalee(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, _ = depot_leger
    usine.ecrire("concertation", modifier=lambda c: c.update(mandat_financement=False))
    code, _, erreurs = nouveau(capsys, ID_DOSSIER, "--action", "1")
    assert code == 0
    assert "ne mandate pas de demande de financement" in erreurs


def test_completee_elle_passe_l_examen(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """Le parcours du référent : préparer, compléter, annexer, examiner."""
    usine, git = depot_leger
    git("checkout", "-q", "-b", "demande")
    assert nouveau(capsys, ID_DOSSIER, "--action", "1")[0] == 0
    chemin = next((usine.racine / f"dossiers/{ID_DOSSIER}/financements").glob("*-action-1.yaml"))
    code, lignes = main(["financement", "examen"]), capsys.readouterr().out.splitlines()
    assert code == 1 and "- ❌ Plafond par demande (10 000 €) (`financement.plafond`)" in " ".join(lignes)
    texte = chemin.read_text(encoding="utf-8").replace(": false", ": true")
    texte = texte.replace("montant_demande: 0", "montant_demande: 1200").replace("cout_total: 0", "cout_total: 1200")
    chemin.write_text(texte, encoding="utf-8")
    donnees = yaml.safe_load(texte)
    for piece in donnees["pieces"]:
        (chemin.parent.parent / piece["fichier"]).write_bytes(b"%PDF-1.4\n% piece fictive\n")
    git.commit("demande complétée")
    code = main(["financement", "examen"])
    assert code == 0, capsys.readouterr().out
