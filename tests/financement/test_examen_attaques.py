"""L'examen des demandes Criseflex ne se laisse pas tromper : chaque classe d'attaque, en plusieurs variantes.

- une décision enregistrée ou changée hors de la coordination n'est jamais « ✅ Recevable » ;
- une demande qu'aucune règle n'a pu vérifier est « non examinable » (sortie 1) ;
- tout fichier hors des données des dossiers est un changement de gouvernance, listé en tête ;
- la base ne se laisse pas aveugler (export-ignore, liens symboliques) ;
- aucun nom de fichier ni texte saisi ne peut écrire dans le commentaire ; rien d'un fichier
  invalide, signalé par la garde ou marqué interne n'y est recopié.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import pytest

from filrouge.cli import main
from tests.financement.conftest import DATE_DECISION, Git, accordee, chemin_demande, ecrire_demande
from tests.usine import Usine

Depot = tuple[Usine, Git]
COORDINATION = "coordination-kirikou"


def examen(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[str]]:
    code = main(["financement", "examen", *options])
    sortie = capsys.readouterr()
    return code, (sortie.out or sortie.err).splitlines()


def _verdict(lignes: list[str]) -> str:
    return next(ligne for ligne in lignes if ligne.startswith("**"))


def _demande_en_attente(depot: Depot) -> str:
    """Une demande sans décision fusionnée sur main, puis une branche pour la décider."""
    usine, git = depot
    relatif = ecrire_demande(usine, "2019-04-01-logopedie", 5_000)
    git.commit("demande sans décision")
    git("checkout", "-q", "-b", "branche")
    return relatif


# --- Décisions --------------------------------------------------------------------------------

DECISIONS: dict[str, dict[str, Any]] = {
    "accordee": {"decision": accordee(5_000)},
    "refusee": {"decision": {"statut": "refusee", "date": DATE_DECISION, "motif": "non éligible"}},
    "retiree": {"decision": {"statut": "retiree", "date": DATE_DECISION, "motif": "financé par le CPAS"}},
    "date_seule": {"decision": {"statut": "demandee", "date": DATE_DECISION}},
}


@pytest.mark.parametrize("variante", DECISIONS)
def test_une_decision_hors_coordination_n_est_jamais_recevable(depot: Depot, capsys: pytest.CaptureFixture[str],
                                                              variante: str) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, **DECISIONS[variante])
    git.commit(f"décision {variante}")
    for options in ((), ("--auteur", "un-referent")):
        code, lignes = examen(capsys, *options)
        assert code == 1, lignes
        assert "✅ Recevable" not in "\n".join(lignes)
        assert any(ligne.startswith("- ❌ Décision enregistrée par la coordination du réseau") for ligne in lignes)


def test_decisions_accordee_puis_remboursement_de_la_coordination(depot: Depot,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, decision=accordee(5_000))
    git.commit("décision")
    code, lignes = examen(capsys, "--auteur", COORDINATION)
    assert code == 0 and _verdict(lignes).startswith("**⚖️ Décision de la coordination à approuver")
    git("checkout", "-q", "main")
    git("merge", "-q", "--no-ff", "--no-edit", "branche")
    git("checkout", "-q", "-b", "remboursement")
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, decision=accordee(5_000),
                   remboursement={"facture_recue": dt.date(2019, 4, 10), "montant_facture": 4_800.0,
                                  "date_remboursement": dt.date(2019, 4, 20)})
    git.commit("remboursement")
    assert examen(capsys)[0] == 1, "un remboursement enregistré par un autre compte n'est pas recevable"
    assert examen(capsys, "--auteur", COORDINATION)[0] == 0


def test_se_declarer_coordinateur_dans_sa_propre_branche_ne_sert_a_rien(depot: Depot,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    reseau = usine.absolu("reseau")
    reseau.write_text(reseau.read_text(encoding="utf-8") + "  - pirate\n", encoding="utf-8")
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, decision=accordee(5_000))
    git.commit("je me déclare coordinateur et je décide")
    code, lignes = examen(capsys, "--auteur", "pirate")
    assert code == 1
    assert "## ⚠️ Changements de gouvernance (`examen.gouvernance`)" in lignes and "- `reseau.yaml` (modifié)" in lignes


# --- Demandes non examinables -----------------------------------------------------------------

CASSES = {
    "cle_inconnue": lambda d: d.update(champ_pirate="x"),
    "type_faux": lambda d: d.update(acteurs="personne"),
    "id_manquant": lambda d: d.pop("id"),
}


@pytest.mark.parametrize("casse", CASSES)
def test_dossier_invalide_rend_la_demande_non_examinable(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                                          casse: str) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "pirate")
    usine.ecrire("dossier", modifier=CASSES[casse])
    ecrire_demande(usine, "2019-04-01-enorme", 99_000, cout_total=99_000)
    git.commit("dossier cassé, demande énorme")
    code, lignes = examen(capsys)
    assert code == 1
    assert _verdict(lignes).startswith("**⚪ Non examinable")
    assert not [ligne for ligne in lignes if ligne.startswith("- ✅")], "rien n'est coché"


def test_dossier_yaml_illisible_ou_supprime(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "pirate")
    usine.absolu("dossier").write_text("id: [2019-001\n", encoding="utf-8")
    ecrire_demande(usine, "2019-04-01-enorme", 99_000, cout_total=99_000)
    git.commit("syntaxe cassée")
    assert _verdict(examen(capsys)[1]).startswith("**⚪ Non examinable")
    usine.absolu("dossier").unlink()
    git.commit("dossier supprimé")
    code, lignes = examen(capsys)
    assert code == 1 and _verdict(lignes).startswith("**⚪ Non examinable")


def test_casser_un_autre_dossier_pour_vider_l_enveloppe(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """Les demandes d'un dossier invalide sortiraient du calcul de l'enveloppe : l'examen refuse d'examiner."""
    usine, git = depot
    git("checkout", "-q", "-b", "pirate")
    usine.ecrire("dossier", modifier=lambda d: d.update(statut="inconnu"))
    usine.ajouter_dossier("2019-002")
    ecrire_demande(usine, "2019-04-01-ailleurs", 9_000)
    git.commit("le dossier aux demandes accordées est rendu invalide")
    code, lignes = examen(capsys)
    assert code == 1 and _verdict(lignes).startswith("**⚪ Non examinable")
    assert any("dossiers/2019-001/dossier.yaml" in ligne for ligne in lignes)


def test_configuration_de_la_branche_inutilisable(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "pirate")
    usine.absolu("reseau").write_text("reseau: [\n", encoding="utf-8")
    ecrire_demande(usine, "2019-04-01-enorme", 99_000, cout_total=99_000)
    git.commit("configuration cassée")
    code, lignes = examen(capsys)
    assert code == 1 and _verdict(lignes).startswith("**⚪ Non examinable")
    assert "- `reseau.yaml` (modifié)" in lignes


# --- Gouvernance ------------------------------------------------------------------------------

GOUVERNANCE = ["reseau.yaml", "annuaire.yaml", "CODEOWNERS", ".github/CODEOWNERS", "docs/CODEOWNERS", ".gitattributes",
               "dossiers/2019-001/.gitattributes", ".github/workflows/verifier.yml", ".gitlab-ci.yml", "mkdocs.yml",
               "hooks/portail.py", "docs/index.md", ".pre-commit-config.yaml", "schemas/dossier.schema.json",
               "pyproject.toml", "dossiers/README.md", "dossiers/2019-001/CODEOWNERS", ".gitignore"]


@pytest.mark.parametrize("fichier", GOUVERNANCE)
def test_changement_de_gouvernance_liste_en_tete(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                                  fichier: str) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "gouvernance")
    chemin = usine.racine / fichier
    chemin.parent.mkdir(parents=True, exist_ok=True)
    if chemin.exists():
        chemin.write_text(chemin.read_text(encoding="utf-8") + "\n# modifié\n", encoding="utf-8")
    else:
        chemin.write_text("* @pirate\n", encoding="utf-8")
    git.commit("changement")
    code, lignes = examen(capsys)
    assert code == 1
    assert lignes[5] == "## ⚠️ Changements de gouvernance (`examen.gouvernance`)", lignes[:8]
    assert any(ligne.startswith(f"- `{fichier}` (") for ligne in lignes)
    assert _verdict(lignes).startswith("**❌ Non recevable : changement de gouvernance hors de la coordination")
    code, lignes = examen(capsys, "--auteur", COORDINATION)
    assert code == 0, "la coordination change elle-même la gouvernance"
    assert _verdict(lignes).startswith("**⚖️ Changement de gouvernance de la coordination")


def test_donnees_ordinaires_sans_gouvernance(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "notes")
    usine.ecrire("recit", usine.donnees["recit"] + "\nUn paragraphe de plus.\n")
    (usine.racine / "dossiers/2019-001/pieces/facture.pdf").write_bytes(b"%PDF-1.4\n")
    (usine.racine / "dossiers/2019-001/notes.txt").write_text("fichier égaré\n", encoding="utf-8")
    git.commit("récit et pièce")
    code, lignes = examen(capsys)
    assert code == 0 and "Changements de gouvernance" not in "\n".join(lignes)


# --- Base aveuglée --------------------------------------------------------------------------

@pytest.mark.parametrize("attributs", ["dossiers/** export-ignore\n", "*.yaml export-ignore\n",
                                       "* export-subst\ndossiers/**/financements/* export-ignore\n"])
def test_gitattributes_n_aveugle_pas_la_base(depot: Depot, capsys: pytest.CaptureFixture[str], attributs: str) -> None:
    usine, git = depot
    (usine.racine / ".gitattributes").write_text(attributs, encoding="utf-8")
    git.commit("attributs commités plus tôt")
    git("checkout", "-q", "-b", "menage")
    (usine.racine / chemin_demande("2019-03-05-accordee-01")).unlink()
    git.commit("suppression d'une demande accordée")
    code, lignes = examen(capsys)
    assert code == 1
    assert any(ligne.startswith("- ❌ Aucune demande décidée n'est supprimée") for ligne in lignes)


@pytest.mark.parametrize("cible", ["/etc/passwd", "../../../../etc/hosts", "dossiers/2019-001/dossier.yaml"])
def test_lien_symbolique_commite_ne_fait_pas_planter(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                                     cible: str) -> None:
    usine, git = depot_leger
    os.symlink(cible, usine.racine / "lien")
    os.symlink(cible, usine.racine / "dossiers/2019-001/pieces/lien.pdf")
    git.commit("liens")
    git("checkout", "-q", "-b", "demande")
    ecrire_demande(usine, "2019-04-01-nouvelle", 1_000)
    git.commit("demande")
    code, lignes = examen(capsys)
    assert code == 0, lignes
    assert _verdict(lignes).startswith("**✅ Recevable")


# --- Injection dans le commentaire -------------------------------------------------------------

NOMS = ["x`\n**✅ Recevable** @coordination", "``` \n# Verdict\n```", "a|b|c <img src=x onerror=alert(1)>",
        "[cliquez](javascript:alert) @ici", "\u202eelif\u202c"]


@pytest.mark.parametrize("piege", NOMS)
def test_nom_de_fichier_piege_reste_litteral(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                             piege: str) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "piege")
    chemin = usine.racine / chemin_demande(f"2019-04-01-{piege}")
    chemin.parent.mkdir(parents=True, exist_ok=True)
    ecrire_demande(usine, "tmp", 1_000)
    (usine.racine / chemin_demande("tmp")).rename(chemin)
    git.commit("nom piégé")
    _, lignes = examen(capsys)
    verdicts = [ligne for ligne in lignes if ligne.startswith("**")]
    assert len(verdicts) == 1
    for ligne in lignes:
        for morceau in ("@coordination", "@ici", "<img", "# Verdict", "[cliquez]"):
            if morceau in ligne:
                avant = ligne[:ligne.index(morceau)]
                assert avant.count("`") % 2 == 1 or "``" in avant, f"{morceau} hors du code : {ligne!r}"
    assert not any(ligne.startswith(("# Verdict", "**✅ Recevable** @")) for ligne in lignes)


def test_fichier_invalide_jamais_recopie(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "invalide")
    chemin = usine.racine / chemin_demande("2019-04-01-invalide")
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text("dossier: 2019-001\nremarque_libre: Julie Vandeputte 0471 12 34 56\nmontant_demande: beaucoup\n",
                      encoding="utf-8")
    git.commit("demande invalide")
    code, lignes = examen(capsys)
    texte = "\n".join(lignes)
    assert code == 1
    assert "Vandeputte" not in texte and "0471" not in texte and "beaucoup" not in texte


def test_valeurs_signalees_par_la_garde_non_montrees(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000,
                   decision={"statut": "refusee", "date": DATE_DECISION,
                             "motif": "appeler la mère au 0471 12 34 56"})
    git.commit("motif avec un téléphone")
    _, lignes = examen(capsys, "--auteur", COORDINATION)
    texte = "\n".join(lignes)
    assert "0471" not in texte and "12 34 56" not in texte
    assert "Valeurs non montrées" in texte


@pytest.mark.parametrize("marque", ["<!-- interne -->", "<!-- interne : vu avec le SAJ -> confidentiel -->"])
def test_passage_interne_du_motif_absent_du_commentaire(depot: Depot, capsys: pytest.CaptureFixture[str],
                                                       marque: str) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000,
                   decision={"statut": "refusee", "date": DATE_DECISION,
                             "motif": f"non éligible {marque}père incarcéré à Lantin<!-- /interne -->"})
    git.commit("motif avec un passage interne")
    _, lignes = examen(capsys, "--auteur", COORDINATION)
    texte = "\n".join(lignes)
    assert "Lantin" not in texte and "incarcéré" not in texte
    assert "non éligible" in texte


def test_nom_accentue_sans_fausse_creation_decidee(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """`git ls-tree -z` : un nom accentué n'est ni cité ni échappé, la demande est bien reconnue comme existante."""
    usine, git = depot
    relatif = ecrire_demande(usine, "2026-séjour-été", 5_000)
    git.commit("demande au nom accentué")
    git("checkout", "-q", "-b", "decision")
    ecrire_demande(usine, "2026-séjour-été", 5_000, decision=accordee(5_000))
    git.commit("décision")
    assert main(["valider", relatif]) == 0, capsys.readouterr().out
    capsys.readouterr()
    code, lignes = examen(capsys, "--auteur", COORDINATION)
    assert code == 0, lignes
    assert not any("creation_indecise" in ligne and "❌" in ligne for ligne in lignes)


def _proprietaire(codeowners: str, chemin: str) -> str | None:
    """Le propriétaire d'un chemin selon CODEOWNERS (motifs à la gitignore, la dernière ligne l'emporte)."""
    import re

    proprietaire = None
    for ligne in codeowners.splitlines():
        if not ligne.strip() or ligne.startswith("#"):
            continue
        motif, *equipes = ligne.split()
        ancre = motif.startswith("/")
        corps = re.escape(motif.strip("/")).replace(r"\*\*", "§").replace(r"\*", "[^/]*").replace("§", ".*")
        fin = r"/.+$" if motif.endswith("/") else r"(/.*)?$"  # « x/ » : un répertoire et son contenu
        expression = ("^" if ancre or "/" in motif.strip("/") else r"(^|.*/)") + corps + fin
        if motif == "*" or re.match(expression, chemin):
            proprietaire = equipes[0]
    return proprietaire


@pytest.mark.parametrize("codeowners", ["src/filrouge/modeles_depot/CODEOWNERS", "CODEOWNERS"])
def test_codeowners_couvre_toute_la_gouvernance(codeowners: str) -> None:
    from tests.outils import RACINE_PROJET

    texte = (RACINE_PROJET / codeowners).read_text(encoding="utf-8")
    for fichier in GOUVERNANCE + [chemin_demande("2019-04-01-x")]:
        assert _proprietaire(texte, fichier) == "@coordination-du-reseau", fichier
    for fichier in ("dossiers/2019-001/dossier.yaml", "dossiers/2019-001/concertations/2019-03-01.md"):
        assert _proprietaire(texte, fichier) == "@casemanagers", fichier


# --- Revue extérieure : la base a bougé, chemins exotiques, sous-répertoire -----------------------

def test_decision_prise_sur_la_base_apres_le_depart_de_la_branche(depot: Depot,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """La branche retouche une demande pendante ; entre-temps la coordination l'a accordée sur main."""
    usine, git = depot
    relatif = ecrire_demande(usine, "2019-04-01-logopedie", 5_000)
    git.commit("demande pendante")
    git("checkout", "-q", "-b", "retouche")
    ecrire_demande(usine, "2019-04-01-logopedie", 9_000, cout_total=9_000, action=1)
    git.commit("montant relevé")
    git("checkout", "-q", "main")
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, decision=accordee(4_000))
    git.commit("décision")
    git("checkout", "-q", "retouche")
    code, lignes = examen(capsys, "--base", "main")
    assert code == 1 and _verdict(lignes).startswith("**⚪ Non examinable")
    assert any("mettez la branche à jour avec la base" in ligne for ligne in lignes)
    assert "✅ Recevable" not in "\n".join(lignes)
    assert relatif in "\n".join(lignes)


def test_coordination_lue_dans_l_etat_actuel_de_la_base(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    _demande_en_attente(depot)
    ecrire_demande(usine, "2019-04-01-logopedie", 5_000, decision=accordee(5_000))
    git.commit("décision")
    git("checkout", "-q", "main")
    usine.ecrire("reseau", modifier=lambda r: r.update(coordination=["nouvelle-coordination"]))
    git.commit("la coordination change de compte")
    git("checkout", "-q", "branche")
    assert examen(capsys, "--base", "main", "--auteur", COORDINATION)[0] == 1, "l'ancien compte ne décide plus"
    assert examen(capsys, "--base", "main", "--auteur", "nouvelle-coordination")[0] == 0


def test_nom_avec_barre_oblique_inverse_lu_dans_la_base(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    ecrire_demande(usine, "criseflex\\2", 3_600, decision=accordee(3_600))
    git.commit("demande accordée au nom exotique")
    git("checkout", "-q", "-b", "menage")
    (usine.racine / chemin_demande("criseflex\\2")).unlink()
    git.commit("suppression")
    code, lignes = examen(capsys)
    assert code == 1
    assert any(ligne.startswith("- ❌ Aucune demande décidée n'est supprimée") for ligne in lignes)


def test_nom_de_fichier_qui_n_est_pas_de_l_utf8(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "latin1")
    (usine.racine / "dossiers" / "2019-001" / "pieces").joinpath(os.fsdecode(b"devis-\xe9t\xe9.pdf")).write_bytes(b"%PDF\n")
    git.commit("nom latin-1")
    code, lignes = examen(capsys)
    assert code in (0, 1) and "erreur interne" not in "\n".join(lignes)
    assert main(["valider"]) in (0, 1)
    assert "erreur interne" not in capsys.readouterr().err


def test_lien_symbolique_a_octet_nul_dans_la_base(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    import subprocess

    usine, git = depot_leger
    objet = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=usine.racine, input=b"abc\0def",
                           capture_output=True, check=True).stdout.decode().strip()
    git("update-index", "--add", "--cacheinfo", f"120000,{objet},dossiers/2019-001/pieces/lien")
    git("commit", "-q", "-m", "lien à octet nul")
    git("checkout", "-q", "-b", "demande")
    ecrire_demande(usine, "2019-04-01-nouvelle", 1_000)
    git.commit("demande")
    code, lignes = examen(capsys)
    assert code in (0, 1) and "erreur interne" not in "\n".join(lignes)


def test_depot_de_dossiers_dans_un_sous_repertoire(tmp_path: Path, git_env: None, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """Les fichiers de gouvernance à la racine Git (CI, CODEOWNERS) comptent, même hors du sous-répertoire."""
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    usine = Usine(tmp_path / "racine-git" / "reseau").construire()
    git = Git(tmp_path / "racine-git")
    git("init", "-q", "-b", "main")
    git.commit("base")
    git("checkout", "-q", "-b", "gouvernance")
    (tmp_path / "racine-git" / "CODEOWNERS").write_text("* @pirate\n", encoding="utf-8")
    git.commit("propriétaires changés à la racine Git")
    monkeypatch.chdir(usine.racine)
    code, lignes = examen(capsys)
    assert code == 1 and "- `(racine Git)/CODEOWNERS` (ajouté)" in lignes


def test_fichiers_bloquants_et_messages_sans_effet_markdown(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """Les chemins en erreur et les messages (qui citent des saisies masquées) n'écrivent rien dans le commentaire."""
    usine, git = depot_leger
    git("checkout", "-q", "-b", "piege")
    ecrire_demande(usine, "2019-04-01-valide", 1_000)
    piege = usine.racine / chemin_demande("x\n\n**✅ Recevable : 2 demande(s).** @coordination ![i](https:\\\\e\\p.png)\n\n")
    piege.write_text("dossier: [\n", encoding="utf-8")
    cle = usine.racine / chemin_demande("2019-04-01-cle")
    cle.write_text('dossier: 2019-001\n"**✅ R** @a\\n\\n# T": 1\n', encoding="utf-8")
    git.commit("pièges")
    code, lignes = examen(capsys)
    assert code == 1
    verdicts = [ligne for ligne in lignes if ligne.startswith("**")]
    assert len(verdicts) == 1 and verdicts[0].startswith("**⚪ Non examinable")
    assert not any(ligne.startswith(("# T", "**✅", "@")) for ligne in lignes)
    import re

    for ligne in lignes:
        hors_code = re.sub(r"(`+)(?:(?!\1).)+\1", "", ligne)  # le texte d'un code en ligne n'agit pas
        assert not re.search(r"@\w", hors_code) and "![" not in hors_code.replace("!\\[", ""), ligne


def test_les_regles_de_la_base_s_appliquent(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """Relever le plafond dans sa propre branche ne fait pas passer une demande au-dessus du plafond en vigueur."""
    usine, git = depot_leger
    git("checkout", "-q", "-b", "plafond")
    usine.ecrire("reseau", modifier=lambda r: r.update(plafond_demande=15_000))
    ecrire_demande(usine, "2019-04-01-grosse", 11_000, cout_total=11_000)
    git.commit("plafond relevé et demande au-dessus de l'ancien")
    code, lignes = examen(capsys, "--auteur", COORDINATION)
    assert code == 1
    assert any(ligne.startswith("- ❌ Plafond par demande (10") for ligne in lignes)


@pytest.mark.parametrize(("ou", "nom"), [
    ("demande", "2019-04-01-kevin-lambert"),            # le nom d'une demande
    ("demande", "2019-04-01-logopedie-mme-vandenberghe"),
    ("gouvernance", "compte-rendu-kevin-lambert.md"),   # un fichier égaré à la racine : gouvernance
    ("gouvernance", "notes/mme-vandenberghe.txt"),
])
def test_nom_de_fichier_signale_par_la_garde_jamais_recopie(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                                            ou: str, nom: str) -> None:
    """Le commentaire d'examen part par courriel : un nom de personne dans un nom de fichier n'y est jamais recopié
    (chemin masqué, valeurs non montrées), comme un texte que la garde signale."""
    usine, git = depot_leger
    git("checkout", "-q", "-b", "nom")
    if ou == "demande":
        ecrire_demande(usine, nom, 1_000)
    else:
        chemin = usine.racine / nom
        chemin.parent.mkdir(parents=True, exist_ok=True)
        chemin.write_text("notes\n", encoding="utf-8")
    git.commit("fichier nommé d'après une personne")
    _, lignes = examen(capsys)
    texte = "\n".join(lignes).casefold()
    for morceau in ("kevin", "lambert", "vandenberghe"):
        assert morceau not in texte, lignes
    assert "recevable" in texte


def test_demande_masquee_pour_son_contenu_garde_son_chemin(depot_leger: Depot,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Deux demandes dans la même branche : l'une a un nom de personne dans son nom de fichier, l'autre un téléphone
    dans son contenu. Seul le premier chemin est masqué ; le second reste lisible pour que la coordination sache quelle
    demande corriger, ses valeurs seules étant tues."""
    usine, git = depot_leger
    git("checkout", "-q", "-b", "croise")
    ecrire_demande(usine, "2019-04-01-kevin-lambert", 1_000)
    ecrire_demande(usine, "2019-04-02-logopedie", 1_000,
                   decision={"statut": "refusee", "date": DATE_DECISION, "motif": "appeler la mère au 0471 12 34 56"})
    git.commit("deux demandes, deux raisons de masquer")
    _, lignes = examen(capsys)
    texte = "\n".join(lignes)
    assert "kevin" not in texte.casefold() and "lambert" not in texte.casefold()
    assert "0471" not in texte
    demandes = [ligne for ligne in lignes if ligne.startswith("## `")]
    assert demandes[1] == "## `dossiers/2019-001/financements/2019-04-02-logopedie.yaml` (ajoutée)"
    assert demandes[0].startswith("## `« d*******/") and texte.count("Valeurs non montrées") == 2


def test_noms_de_fichiers_ordinaires_montres_en_clair(depot_leger: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot_leger
    git("checkout", "-q", "-b", "ordinaire")
    ecrire_demande(usine, "2019-04-01-stage-remobilisation", 1_000)
    (usine.racine / "CODEOWNERS").write_text("* @coordination\n", encoding="utf-8")
    git.commit("demande et gouvernance")
    _, lignes = examen(capsys)
    assert "## `dossiers/2019-001/financements/2019-04-01-stage-remobilisation.yaml` (ajoutée)" in lignes
    assert any(ligne.startswith("- `CODEOWNERS` (") for ligne in lignes)
    assert any(ligne.startswith("- Montant demandé : ") for ligne in lignes)
