"""`filrouge nouveau` crée des fichiers valides et n'écrase jamais rien."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.outils import RACINE_PROJET, filrouge, filrouge_ici, photographier


@pytest.fixture
def depot_vide(tmp_path: Path) -> Path:
    for nom in ("reseau.yaml", "annuaire.yaml"):
        shutil.copy2(RACINE_PROJET / nom, tmp_path / nom)
    return tmp_path


def test_nouveau_dossier_valide(depot_vide: Path) -> None:
    """De bout en bout, par la commande lancée (les autres essais l'appellent dans leur processus)."""
    resultat = filrouge("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
                        cwd=depot_vide)
    assert resultat.returncode == 0, resultat.stderr
    assert (depot_vide / "dossiers/2026-001/dossier.yaml").is_file()
    assert (depot_vide / "dossiers/2026-001/preparation.yaml").is_file()
    assert "« filrouge ouvrir 2026-001 --criteres … »" in resultat.stdout, "la suite dit la commande, pas le YAML"
    validation = filrouge("valider", "--format", "json", cwd=depot_vide)
    assert validation.returncode == 0, validation.stdout
    assert '"erreur"' not in validation.stdout
    assert "Traceback" not in resultat.stderr + validation.stderr


def test_numero_suivant(depot_vide: Path) -> None:
    for _ in range(2):
        assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
                            cwd=depot_vide).returncode == 0
    assert sorted(p.name for p in (depot_vide / "dossiers").iterdir()) == ["2026-001", "2026-002"]


def test_nouveau_dossier_n_ecrase_jamais(depot_vide: Path) -> None:
    assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--id", "2026-007",
                        cwd=depot_vide).returncode == 0
    fichier = depot_vide / "dossiers/2026-007/dossier.yaml"
    fichier.write_text(fichier.read_text(encoding="utf-8") + "# modifié à la main\n", encoding="utf-8")
    avant = photographier(depot_vide)
    resultat = filrouge_ici("nouveau", "dossier", "--code", "ABF20101000", "--service", "spj-namur", "--id", "2026-007",
                            cwd=depot_vide)
    assert resultat.returncode == 2
    assert "existe déjà" in resultat.stderr
    assert photographier(depot_vide) == avant


@pytest.mark.parametrize(("arguments", "attendu"), [
    (["--code", "LMX20101000", "--service", "spj-namur"], "lettre du sexe"),
    (["--code", "Lucas", "--service", "spj-namur"], "format attendu"),
    (["--code", "LMG20101000", "--service", "inconnu"], "annuaire.yaml"),
    (["--code", "LMG20101000", "--service", "spj-namur", "--canal", "pigeon"], "canal inconnu"),
    (["--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-02-30"], "date invalide"),
])
def test_nouveau_dossier_refuse_en_francais(depot_vide: Path, arguments: list[str], attendu: str) -> None:
    resultat = filrouge_ici("nouveau", "dossier", *arguments, cwd=depot_vide)
    assert resultat.returncode == 2
    assert attendu in resultat.stderr
    assert "Traceback" not in resultat.stderr
    assert not (depot_vide / "dossiers").exists()


def _ouvrir(depot: Path) -> None:
    """Ouvre le dossier créé et consigne ce qu'une concertation exige (acteurs, charte, consentement)."""
    fichier = depot / "dossiers/2026-001/dossier.yaml"
    texte = fichier.read_text(encoding="utf-8")
    texte = texte.replace("statut: demande", "statut: ouvert").replace("  # ouverture: AAAA-MM-JJ", "  ouverture: 2026-03-05")
    texte = texte.replace(": false  #", ": true  #")
    texte = texte.replace("    # charte_signee: AAAA-MM-JJ\n", "    charte_signee: 2026-03-05\n")
    texte = texte.replace("  - id: jeune\n    role: jeune\n", "  - id: jeune\n    role: jeune\n    charte_signee: 2026-03-05\n"
                          "  - id: psy\n    role: professionnel\n    service: ssm-capj\n    fonction: pédopsychiatre\n"
                          "    charte_signee: 2026-03-05\n")
    texte = texte.replace("    service: kirikou-casemanagement\n", "    service: kirikou-casemanagement\n    charte_signee: 2026-03-05\n")
    texte += ("consentement:\n  date: 2026-03-06\n  jeune_informe: true\n  parents_informes: true\n  accord: true\n"
              "  informations: les actions et leur suivi\n  finalite: coordonner le trajet de soin\n"
              "  destinataires: les participants de la concertation\n")
    fichier.write_text(texte, encoding="utf-8")


def test_nouvelle_concertation_valide_et_jamais_ecrasee(depot_vide: Path) -> None:
    assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
                        cwd=depot_vide).returncode == 0
    _ouvrir(depot_vide)
    resultat = filrouge("nouveau", "concertation", "2026-001", "--date", "2026-03-12", cwd=depot_vide)
    assert resultat.returncode == 0, resultat.stderr
    notes = depot_vide / "dossiers/2026-001/concertations"
    assert sorted(p.name for p in notes.iterdir()) == ["2026-03-12.md", "2026-03-12.yaml"]
    validation = filrouge_ici("valider", cwd=depot_vide)
    assert validation.returncode == 0, validation.stdout
    avant = photographier(depot_vide)
    again = filrouge_ici("nouveau", "concertation", "2026-001", "--date", "2026-03-12", cwd=depot_vide)
    assert again.returncode == 2 and "existe déjà" in again.stderr
    assert photographier(depot_vide) == avant


def test_nouvelle_concertation_dossier_inconnu(depot_vide: Path) -> None:
    resultat = filrouge_ici("nouveau", "concertation", "2026-404", cwd=depot_vide)
    assert resultat.returncode == 2
    assert "introuvable" in resultat.stderr


def test_la_note_suivante_reprend_les_actions_ouvertes(depot_vide: Path) -> None:
    """Les actions ouvertes passent d'une note à la suivante avec leur échéance (même dépassée) et leur statut ;
    les actions faites restent dans l'ancienne note ; la note créée est valide."""
    assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "spj-namur", "--date", "2026-03-02",
                        cwd=depot_vide).returncode == 0
    _ouvrir(depot_vide)
    assert filrouge_ici("nouveau", "concertation", "2026-001", "--date", "2026-03-12", cwd=depot_vide).returncode == 0
    premiere = depot_vide / "dossiers/2026-001/concertations/2026-03-12.yaml"
    texte = premiere.read_text(encoding="utf-8")
    action = texte[texte.index("  - numero: 1"):texte.index("leviers:")]
    faite = action.replace("numero: 1", "numero: 2").replace("description: à préciser", "description: bilan logopédique") \
                  .replace("statut: a_faire", "statut: faite")
    texte = texte.replace("leviers:", faite + "leviers:").replace("  pedopsychiatre:  #", "  pedopsychiatre: 2026-03-13  #") \
                 .replace("  referent:  #", "  referent: 2026-03-13  #")
    premiere.write_text(texte, encoding="utf-8")
    resultat = filrouge_ici("nouveau", "concertation", "2026-001", "--date", "2026-05-20", cwd=depot_vide)
    assert resultat.returncode == 0, resultat.stderr
    assert "Suite : complétez la note" in resultat.stdout
    seconde = (depot_vide / "dossiers/2026-001/concertations/2026-05-20.yaml").read_text(encoding="utf-8")
    assert "reprise de la note du 2026-03-12 (action n°1)" in seconde
    assert "echeance: 2026-04-11" in seconde, "l'échéance d'origine, même dépassée"
    assert "bilan logopédique" not in seconde, "une action faite n'est pas reprise"
    validation = filrouge_ici("valider", "dossiers/2026-001/concertations/2026-05-20.yaml", cwd=depot_vide)
    assert "[concertation.action_echeance]" not in validation.stdout
    assert " erreur" not in validation.stderr.split(",")[0] or validation.stderr.startswith("0 erreur"), validation.stdout


def test_nouvelle_concertation_dans_un_dossier_pas_pret_dit_ce_qui_manque(depot_vide: Path) -> None:
    assert filrouge_ici("nouveau", "dossier", "--code", "LMG20101000", "--service", "saj", "--date", "2026-03-02",
                        cwd=depot_vide).returncode == 0, "le service par son alias"
    dossier = filrouge_ici("nouveau", "concertation", "2026-001", "--date", "2026-03-12", cwd=depot_vide)
    assert dossier.returncode == 0
    assert "le dossier n'est pas encore prêt pour une concertation" in dossier.stdout
    assert "[concertation.dates]" in dossier.stdout and "ouvrez d'abord le dossier" in dossier.stdout
