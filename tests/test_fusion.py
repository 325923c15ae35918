"""`filrouge fusionner` : deux dossiers du même jeune n'en font plus qu'un, sans rien perdre ni écraser."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from filrouge.cli import main
from filrouge.fusion import RefusFusion, fusionner
from filrouge.nouveau import creer_dossier
from tests.outils import photographier
from tests.usine import (DATE_CONCERTATION, ID_DOSSIER, RECIT_MINIMAL, Usine, absente, action_minimale, attendre,
                         concertation_minimale, dossier_minimal, financement_minimal, preparation_minimale)

ABSORBE = "2019-002"
JOUR_B = DATE_CONCERTATION + dt.timedelta(days=20)
COMMENTAIRE = "# Dossier gardé : ce commentaire survit à la fusion.\n"


def _chemin(ident: str, fichier: str) -> str:
    return f"dossiers/{ident}/{fichier}"


@pytest.fixture
def deux(usine: Usine) -> Usine:
    """Le dossier de l'usine (2019-001) et un doublon 2019-002 du même jeune, ouvert par erreur : une note à une
    autre date, une éducatrice en plus, sa phase préparatoire, une pièce et une demande décidée qui cite 2019-002."""
    texte = usine.absolu("dossier").read_text(encoding="utf-8")
    usine.absolu("dossier").write_text(COMMENTAIRE + texte, encoding="utf-8")
    dossier = dossier_minimal()
    dossier["id"] = ABSORBE
    dossier["acteurs"].append({"id": "educ", "role": "professionnel", "service": "spj-namur", "fonction": "éducatrice",
                               "charte_signee": JOUR_B})
    usine.ecrire(_chemin(ABSORBE, "dossier.yaml"), dossier)
    usine.ecrire(_chemin(ABSORBE, "preparation.yaml"), preparation_minimale())
    note = concertation_minimale()
    note.update(date=JOUR_B, presents=[*note["presents"], "educ"], validation={"pedopsychiatre": JOUR_B, "referent": JOUR_B},
                actions=[{**action_minimale(), "echeance": JOUR_B + dt.timedelta(days=20)}])
    usine.ecrire(_chemin(ABSORBE, f"concertations/{JOUR_B}.yaml"), note)
    usine.ecrire(_chemin(ABSORBE, f"concertations/{JOUR_B}.md"), RECIT_MINIMAL.replace(str(DATE_CONCERTATION), str(JOUR_B)))
    usine.ecrire(_chemin(ABSORBE, "pieces/devis-b.pdf"), b"%PDF-1.4\n% devis fictif B\n")
    demande = financement_minimal(montant=1000)
    demande.update(dossier=ABSORBE, concertation=JOUR_B, date_demande=JOUR_B,
                   pieces=[{"type": "devis", "fichier": "pieces/devis-b.pdf"},
                           {"type": "note_de_synthese", "fichier": f"concertations/{JOUR_B}.yaml"}],
                   decision={"statut": "accordee", "montant_accorde": 1000, "date": JOUR_B})
    usine.ecrire(_chemin(ABSORBE, "financements/b-accordee.yaml"), demande)
    constats = usine.valider()  # valide ; l'avertissement « même code » est ce qui fait découvrir le doublon
    assert {(c.regle, c.gravite) for c in constats} == {("dossier.code_partage", "avertissement")}
    return usine


def test_fusion_garde_tout_et_note_l_identifiant_absorbe(deux: Usine) -> None:
    racine = deux.racine
    preparation_b = (racine / _chemin(ABSORBE, "preparation.yaml")).read_bytes()
    dossier_b = (racine / _chemin(ABSORBE, "dossier.yaml")).read_bytes()
    fusion = fusionner(racine, ID_DOSSIER, ABSORBE)
    assert not (racine / "dossiers" / ABSORBE).exists()
    assert fusion.acteurs_ajoutes == ("educ",)
    garde = racine / "dossiers" / ID_DOSSIER
    for fichier in (f"concertations/{JOUR_B}.yaml", f"concertations/{JOUR_B}.md", "pieces/devis-b.pdf",
                    "financements/b-accordee.yaml"):
        assert (garde / fichier).is_file(), fichier
    # la phase préparatoire de l'absorbé (document interne) est gardée telle quelle, à côté de celle du gardé
    assert (garde / f"pieces/preparation-{ABSORBE}.yaml").read_bytes() == preparation_b
    assert (garde / f"pieces/dossier-{ABSORBE}.yaml").read_bytes() == dossier_b  # dates et consentement de l'absorbé
    texte = (garde / "dossier.yaml").read_text(encoding="utf-8")
    assert texte.startswith(COMMENTAIRE)  # commentaires et ordre des clés gardés
    assert texte.index("id: 2019-001") < texte.index("acteurs:") < texte.index("- id: educ") < texte.index("fusionne_avec:")
    assert f"fusionne_avec:\n- {ABSORBE}\n" in texte
    # la demande décidée qui cite 2019-002 reste valide sans être réécrite ; tout le dépôt passe
    assert "dossier: 2019-002" in (garde / "financements/b-accordee.yaml").read_text(encoding="utf-8")
    assert deux.valider() == []  # plus de doublon : l'avertissement « même code » a disparu


def test_l_identifiant_absorbe_n_est_jamais_redonne(deux: Usine) -> None:
    fusionner(deux.racine, ID_DOSSIER, ABSORBE)
    crees = creer_dossier(deux.racine, "ABG20105000", "spj-namur", date_demande=dt.date(2019, 6, 1))
    assert crees[0].parent.name == "2019-003"
    with pytest.raises(Exception, match="fusionné dans le dossier 2019-001"):
        creer_dossier(deux.racine, "ABG20105000", "spj-namur", id_dossier=ABSORBE)


def _refusee(usine: Usine, attendu: str) -> None:
    avant = photographier(usine.racine)
    with pytest.raises(RefusFusion, match=attendu):
        fusionner(usine.racine, ID_DOSSIER, ABSORBE)
    assert photographier(usine.racine) == avant  # rien n'a été écrit


def test_conflit_d_identifiants_d_acteurs(deux: Usine) -> None:
    """« psy » n'est pas la même personne dans les deux dossiers : refus, rien d'écrit."""
    def autre_psy(d: dict[str, Any]) -> None:
        next(a for a in d["acteurs"] if a["id"] == "psy")["service"] = "pedopsychiatre-prive"
    deux.ecrire(_chemin(ABSORBE, "dossier.yaml"), modifier=autre_psy)
    _refusee(deux, "conflit d'identifiants d'acteurs entre 2019-001 et 2019-002 : psy")


def test_conflit_de_dates_de_notes(deux: Usine) -> None:
    jour_a = concertation_minimale()  # une note du même jour que celle du gardé, valide dans l'absorbé
    deux.ecrire(_chemin(ABSORBE, f"concertations/{DATE_CONCERTATION}.yaml"), jour_a)
    _refusee(deux, f"chacun une note de synthèse du {DATE_CONCERTATION}")


def test_codes_de_deux_jeunes_differents(deux: Usine) -> None:
    for fichier in ("dossier.yaml", "preparation.yaml", "financements/b-accordee.yaml"):
        deux.ecrire(_chemin(ABSORBE, fichier), modifier=lambda d: d.update(code="ZZF20115000"))
    _refusee(deux, "n'ont pas le même code de jeune")


def test_dossier_fusionne_invalide(deux: Usine) -> None:
    """La note de l'absorbé tomberait après la clôture du gardé : le dossier fusionné ne passerait pas valider."""
    deux.ecrire("dossier", modifier=lambda d: (d.update(statut="clos"),
                                               d["dates"].update(cloture=DATE_CONCERTATION + dt.timedelta(days=5))))
    deux.ecrire("concertation", modifier=lambda n: n.update(prochaine_rencontre={"engagement": False}))
    assert [c for c in deux.valider() if c.est_erreur] == []
    _refusee(deux, "concertation.dates")


def test_meme_fichier_deux_contenus(deux: Usine) -> None:
    deux.ecrire(_chemin(ABSORBE, "pieces/devis.pdf"), b"%PDF-1.4\n% un autre devis\n")
    _refusee(deux, "pieces/devis.pdf")


def test_commande_fusionner(deux: Usine, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(deux.racine)
    assert main(["fusionner", ID_DOSSIER, "2019-099"]) == 2
    assert "aucun dossier 2019-099" in capsys.readouterr().err
    assert main(["fusionner", ID_DOSSIER, ABSORBE]) == 0
    sortie = capsys.readouterr().out
    assert f"Dossier {ABSORBE} fusionné dans {ID_DOSSIER}" in sortie and "acteur(s) ajouté(s) : educ" in sortie
    assert f"Écrit : dossiers/{ID_DOSSIER}/dossier.yaml" in sortie


def _git(racine: Path, *arguments: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    subprocess.run(["git", "-C", str(racine), "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main",
                    *arguments], check=True, capture_output=True, env=env, timeout=60)


@pytest.fixture
def deux_dans_git(deux: Usine) -> Usine:
    if shutil.which("git") is None:
        pytest.skip("git absent")
    _git(deux.racine, "init", "-q")
    _git(deux.racine, "add", "-A")
    _git(deux.racine, "commit", "-q", "-m", "deux dossiers du même jeune")
    return deux


def test_la_fusion_se_committe_avec_ses_demandes_decidees(deux_dans_git: Usine) -> None:
    """La demande accordée de l'absorbé change de répertoire, pas de contenu : ce n'est pas une demande qui entre
    déjà décidée, et le hook de commit (filrouge valider) laisse passer la fusion."""
    fusionner(deux_dans_git.racine, ID_DOSSIER, ABSORBE)
    constats = deux_dans_git.valider()
    absente(constats, "financement.creation_indecise")
    assert constats == []


def test_demande_decidee_recopiee_d_un_dossier_toujours_la(deux_dans_git: Usine) -> None:
    """Recopier une demande décidée dans un autre dossier, l'original restant en place, est bien une nouvelle
    demande qui entre décidée."""
    source = deux_dans_git.absolu(_chemin(ABSORBE, "financements/b-accordee.yaml"))
    cible = _chemin(ID_DOSSIER, "financements/b-accordee.yaml")
    deux_dans_git.absolu(cible).write_bytes(source.read_bytes())
    attendre(deux_dans_git.valider(), "financement.creation_indecise", cible,
             deux_dans_git.ligne(cible, "decision", "statut"))


def test_l_examen_voit_un_deplacement_pas_une_demande_nouvelle(deux_dans_git: Usine, capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Dans la demande de fusion qui réunit les deux dossiers, la demande accordée de l'absorbé change de répertoire :
    l'examen ne la compte ni comme une demande décidée supprimée, ni comme une demande qui entre déjà décidée."""
    monkeypatch.chdir(deux_dans_git.racine)
    _git(deux_dans_git.racine, "checkout", "-q", "-b", "fusion")
    fusionner(deux_dans_git.racine, ID_DOSSIER, ABSORBE)
    _git(deux_dans_git.racine, "add", "-A")
    _git(deux_dans_git.racine, "commit", "-q", "-m", "fusion de 2019-002 dans 2019-001")
    code = main(["financement", "examen"])
    sortie = capsys.readouterr().out
    assert "(`examen.suppression`)" in sortie and "(`financement.creation_indecise`)" in sortie
    assert "❌" not in sortie and code == 0, sortie


def test_l_examen_refuse_une_demande_decidee_supprimee_sans_fusion(deux_dans_git: Usine,
                                                                   capsys: pytest.CaptureFixture[str],
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(deux_dans_git.racine)
    _git(deux_dans_git.racine, "checkout", "-q", "-b", "menage")
    deux_dans_git.absolu(_chemin(ABSORBE, "financements/b-accordee.yaml")).unlink()
    _git(deux_dans_git.racine, "commit", "-q", "-am", "suppression")
    assert main(["financement", "examen"]) == 1
    assert "❌ Aucune demande décidée n'est supprimée (`examen.suppression`)" in capsys.readouterr().out
