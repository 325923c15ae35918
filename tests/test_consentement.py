"""`filrouge consentement retirer|consigner` et l'ouverture d'une demande (`cycle.ouvrir`, `cycle.ne_pas_ouvrir`) :
la bibliothèque écrit dossier.yaml ligne à ligne après les règles de `valider` ; un refus nomme son champ."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from filrouge.cli import main
from filrouge.francais import CHAMP, ErreurChamp, ErreurUtilisation
from tests.outils import copier_demo, reprendre_la_validation

OUVERT, CLOS = "2026-001", "2018-001"
TOUS = frozenset({"difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee",
                  "partenaire_organisateur", "jeune_et_famille_associes", "actions_possibles"})


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, demo_validee: Path) -> Path:
    racine = copier_demo(tmp_path / "reseau")
    reprendre_la_validation(demo_validee, racine)
    monkeypatch.chdir(racine)
    monkeypatch.setenv("FILROUGE_AUJOURDHUI", "2026-11-24")
    return racine


def lire(racine: Path, ident: str) -> dict:
    return yaml.safe_load((racine / f"dossiers/{ident}/dossier.yaml").read_text(encoding="utf-8"))


def test_retirer_le_consentement_en_partie(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chemin = demo / f"dossiers/{OUVERT}/dossier.yaml"
    avant = chemin.read_bytes()
    assert main(["consentement", "retirer", OUVERT, "--date", "2026-11-20", "--portee", "partiel"]) == 2
    assert capsys.readouterr().err == (f"dossiers/{OUVERT}/dossier.yaml: [consentement.retrait] un retrait partiel dit "
                                       "quelles informations ne sont plus partagées (informations:).\nRien n'a été "
                                       "écrit.\n"), "la règle consentement.retrait refuse"
    assert chemin.read_bytes() == avant
    assert main(["consentement", "retirer", OUVERT, "--date", "2026-11-20", "--portee", "partiel",
                 "--informations", "le suivi scolaire"]) == 0
    assert capsys.readouterr().out == f"Écrit : dossiers/{OUVERT}/dossier.yaml\n"
    texte = chemin.read_text(encoding="utf-8")
    assert texte.startswith(avant.decode("utf-8")), "le reste du fichier, commentaires compris, est gardé"
    assert lire(demo, OUVERT)["retraits_consentement"] == [
        {"date": dt.date(2026, 11, 20), "portee": "partiel", "informations": "le suivi scolaire"}]


def test_un_retrait_total_bloque_la_reouverture_jusqu_a_un_nouvel_accord(demo: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["consentement", "retirer", CLOS, "--date", "2026-11-02", "--portee", "tout"]) == 0
    capsys.readouterr()
    assert main(["rouvrir", CLOS, "--date", "2026-11-24", "--motif", "reprise"]) == 2
    assert capsys.readouterr().err == ("le consentement a été retiré le 2026-11-02 : rien de nouveau ne s'enregistre "
                                       "sans un nouveau consentement (consentements:).\n"), "le message de la CLI reste"
    assert main(["consentement", "consigner", CLOS, "--date", "2026-11-20", "--informations", "la scolarité",
                 "--finalite", "coordonner", "--destinataires", "les participants"]) == 0
    assert lire(demo, CLOS)["consentements"] == [
        {"date": dt.date(2026, 11, 20), "jeune_informe": True, "accord": True, "informations": "la scolarité",
         "finalite": "coordonner", "destinataires": "les participants"}]
    assert main(["rouvrir", CLOS, "--date", "2026-11-24", "--motif", "reprise"]) == 0


def test_le_premier_consentement_s_ecrit_sous_consentement(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from filrouge.consentement import Accord, consigner
    from filrouge.nouveau import creer_dossier

    creer_dossier(demo, "ZQF20125000", "spj-namur", "2026-007", dt.date(2026, 11, 24))
    avant = (demo / "dossiers/2026-007/dossier.yaml").read_bytes()
    assert main(["consentement", "consigner", "2026-007", "--informations", "la scolarité", "--finalite", "coordonner",
                 "--destinataires", "les participants", "--parents-informes", "oui", "--sans-accord"]) == 2
    assert capsys.readouterr().err == ("dossiers/2026-007/dossier.yaml: [consentement.accord] sans l'accord du jeune, "
                                       "motivez en quoi son intérêt prime (derogation:).\nRien n'a été écrit.\n"), \
        "la règle consentement.accord refuse"
    assert (demo / "dossiers/2026-007/dossier.yaml").read_bytes() == avant
    accord = Accord(dt.date(2026, 11, 24), "la scolarité", "coordonner", "les participants", parents_informes=True)
    consigner(demo, "2026-007", accord)
    d = lire(demo, "2026-007")
    assert d["consentement"]["parents_informes"] is True and "consentements" not in d
    with pytest.raises(ErreurUtilisation, match="le jeune est mineur"):  # le suivant est jugé comme le premier
        consigner(demo, "2026-007", Accord(dt.date(2026, 11, 25), "la santé", "soigner", "le service"))
    consigner(demo, "2026-007", Accord(dt.date(2026, 11, 25), "la santé", "soigner", "le service", parents_informes=True))
    assert [c["date"] for c in lire(demo, "2026-007")["consentements"]] == [dt.date(2026, 11, 25)]


def test_ouvrir_une_demande(demo: Path) -> None:
    from filrouge.cycle import ne_pas_ouvrir, ouvrir
    from filrouge.nouveau import creer_dossier

    creer_dossier(demo, "ZQF20125000", "spj-namur", "2026-007", dt.date(2026, 11, 10))
    chemin = demo / "dossiers/2026-007/dossier.yaml"
    avant = chemin.read_bytes()
    with pytest.raises(ErreurChamp) as refus:
        ouvrir(demo, "2026-007", dt.date(2026, 11, 24), TOUS - {"actions_possibles"})
    assert refus.value.champ == "criteres_activation" and "critères d'activation" in str(refus.value)
    assert "dossier.yaml" not in refus.value.formuler("« Critères »"), "une autre interface : le message seul"
    with pytest.raises(ErreurChamp) as refus:
        ouvrir(demo, "2026-007", dt.date(2026, 11, 24), TOUS | {"inconnu"})
    assert refus.value.champ == "criteres" and "(criteres_activation de reseau.yaml)" in str(refus.value)
    assert chemin.read_bytes() == avant
    ouvrir(demo, "2026-007", dt.date(2026, 11, 24), TOUS)
    d = lire(demo, "2026-007")
    assert d["statut"] == "ouvert" and d["dates"]["ouverture"] == dt.date(2026, 11, 24)
    assert d["criteres_activation"] == dict.fromkeys(TOUS, True)
    assert "  difficulte_psychique: true  # le jeune souffre" in chemin.read_text(encoding="utf-8"), "commentaires gardés"
    with pytest.raises(Exception, match="seule une demande"):
        ne_pas_ouvrir(demo, "2026-007", "saturation")


def test_ouvrir_clore_rouvrir_laissent_un_yaml_propre(demo: Path) -> None:
    """Les exemples commentés du gabarit (« # ouverture: AAAA-MM-JJ ») s'en vont quand la vraie valeur s'écrit ou
    passe dans une période : ni doublon sous dates:, ni commentaire égaré dans episodes:."""
    from filrouge.cycle import clore, ouvrir, rouvrir
    from filrouge.nouveau import creer_dossier

    creer_dossier(demo, "ZQF20125000", "spj-namur", "2026-007", dt.date(2026, 11, 10))
    chemin = demo / "dossiers/2026-007/dossier.yaml"
    assert "  # ouverture: AAAA-MM-JJ\n  # cloture: AAAA-MM-JJ\n" in chemin.read_text(encoding="utf-8")
    ouvrir(demo, "2026-007", dt.date(2026, 11, 12), TOUS)
    texte = chemin.read_text(encoding="utf-8")
    assert "dates:\n  demande: 2026-11-10\n  ouverture: 2026-11-12\n  # cloture: AAAA-MM-JJ\ncanal:" in texte
    clore(demo, "2026-007", dt.date(2026, 11, 20), "objectifs_atteints")
    rouvrir(demo, "2026-007", dt.date(2026, 11, 24), "reprise")
    texte = chemin.read_text(encoding="utf-8")
    assert "AAAA-MM-JJ" not in texte.split("acteurs:")[0], texte
    assert ("dates:\n  demande: 2026-11-10\nepisodes:\n- ouverture: 2026-11-12\n  cloture: 2026-11-20\n"
            "  motif_cloture: objectifs_atteints\n- ouverture: 2026-11-24\n  motif_reouverture: reprise\ncanal:") in texte
    assert "# fonction: éducatrice" in texte, "les autres exemples du gabarit restent"


def test_une_demande_non_ouverte_a_un_motif_du_reseau(demo: Path) -> None:
    from filrouge.cycle import ne_pas_ouvrir
    from filrouge.nouveau import creer_dossier

    creer_dossier(demo, "ZQF20125000", "spj-namur", "2026-007", dt.date(2026, 11, 10))
    with pytest.raises(ErreurChamp, match="motif inconnu") as refus:
        ne_pas_ouvrir(demo, "2026-007", "lassitude")
    assert refus.value.champ == "motif_non_ouverture"
    ne_pas_ouvrir(demo, "2026-007", "hors_territoire")
    d = lire(demo, "2026-007")
    assert d["statut"] == "non_ouvert" and d["motif_non_ouverture"] == "hors_territoire"


def test_une_erreur_de_champ_se_formule_par_interface() -> None:
    erreur = ErreurChamp("annuler_rencontre", f"dites-le avec {CHAMP}.")
    assert str(erreur) == "dites-le avec --annuler-rencontre.", "la ligne de commande : l'option"
    assert erreur.formuler("« Rencontre »") == "dites-le avec « Rencontre »."
    assert str(ErreurChamp("vers", f"inconnu : {CHAMP}.", cli="postes : a, b")) == "inconnu : postes : a, b."


def test_ouvrir_et_ne_pas_ouvrir_en_ligne_de_commande(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from filrouge.nouveau import creer_dossier

    for ident in ("2026-007", "2026-008"):
        creer_dossier(demo, "ZQF20125000", "spj-namur", ident, dt.date(2026, 11, 10))
    assert main(["ouvrir", "2026-007", "--date", "2026-11-24"]) == 2
    erreur = capsys.readouterr().err
    assert erreur.startswith("dossiers/2026-007/dossier.yaml: [dossier.activation] dossier ouvert sans que tous les "
                             "critères d'activation soient remplis"), "le refus nomme le fichier et la règle"
    assert "[dossier.activation] dossier ouvert sans que tous les critères d'activation soient remplis" in erreur
    assert erreur.endswith("\nRien n'a été écrit.\n")
    assert main(["ouvrir", "2026-007", "--date", "2026-11-24", "--criteres", ",".join(sorted(TOUS))]) == 0
    assert capsys.readouterr().out == "Écrit : dossiers/2026-007/dossier.yaml\n"
    assert lire(demo, "2026-007")["statut"] == "ouvert"
    assert main(["ne-pas-ouvrir", "2026-008", "--motif", "saturation"]) == 0
    assert lire(demo, "2026-008")["motif_non_ouverture"] == "saturation"
    assert main(["ne-pas-ouvrir", "2026-007", "--motif", "saturation"]) == 2
    assert "seule une demande reste non ouverte" in capsys.readouterr().err
