"""`filrouge financement examen` sur de vrais dépôts Git : la branche contre sa base, ligne par ligne."""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.financement.base import base_par_defaut
from tests.financement.conftest import Git, accordee, chemin_demande, ecrire_demande
from filrouge.cli import main
from tests.outils import photographier
from tests.usine import Usine

Depot = tuple[Usine, Git]
COORDINATION = "coordination-kirikou"
"""Le compte de la coordination dans le reseau.yaml du projet (celui de l'usine)."""
CRITERES_OK = [
    "- ✅ Mandat de la concertation (`financement.mandat`)",
    "- ✅ L'action existe dans la note de synthèse (`financement.action`)",
    "- ✅ Six attestations, objectifs NPSM, « certifié sincère et conforme » (`financement.attestations`)",
    "- ✅ Pas de double subventionnement déclaré (`financement.attestations`)",
    "- ✅ Pièces justificatives : devis ou estimation, présentes dans le dossier (`financement.piece`)",
    "- ✅ Note de synthèse de l'action jointe (ou son PDF imprimé) (`financement.piece_note`)",
    "- ✅ Plafond par demande (10 000 €) (`financement.plafond`)",
    "- ✅ Reste du coût couvert par des cofinancements (`financement.cofinancement`)",
    "- ✅ Demande du dossier, par un acteur du dossier (`financement.dossier`)",
    "- ✅ Coordinateur : un professionnel du dossier (`financement.coordinateur`)",
    "- ✅ Décision complète et cohérente (`financement.decision`)",
    "- ✅ Remboursement sur facture, dans le montant accordé (`financement.remboursement`)",
    "- ✅ Facture datée et chiffrée avant le remboursement (`financement.facture`)",
    "- ✅ La demande entre sans décision (`financement.creation_indecise`)",
    "- ✅ Enveloppe 2019 : accordé + en attente dans l'enveloppe (`enveloppe.annee`)",
]


def examen(capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, list[str]]:
    code = main(["financement", "examen", *options])
    sortie = capsys.readouterr()
    return code, (sortie.out or sortie.err).splitlines()


def test_branche_qui_ajoute_une_demande_ligne_par_ligne(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    commun = git("rev-parse", "HEAD").strip()
    git("checkout", "-q", "-b", "demande-2019-001")
    relatif = ecrire_demande(usine, "2019-04-01-logopedie", 9_000)
    git.commit("demande Criseflex")
    code, lignes = examen(capsys)
    assert code == 0
    assert lignes == [
        "<!-- filrouge-examen -->",
        "# Examen des demandes Criseflex",
        "",
        f"Base : `main` (point de départ `{commun[:12]}`).",
        "",
        "**✅ Recevable : 1 demande(s) examinée(s).** La décision revient au coordinateur du réseau.",
        "",
        f"## `{relatif}` (ajoutée)",
        "",
        "- Dossier 2019-001 : action n°1 de la note du 2019-03-01, demande du 2019-03-05.",
        "- Montant demandé : 9 000 € ; coût total : 9 000 € ; cofinancements : 0 €.",
        "- Décision : en attente du coordinateur du réseau.",
        "",
        "### Recevabilité",
        "",
        *CRITERES_OK,
        "",
        "### Modifications depuis la base",
        "",
        "Nouvelle demande : elle n'existe pas dans la base.",
        "",
        "## Enveloppe 2019",
        "",
        "| | Avant la branche | Après la branche |",
        "|---|---:|---:|",
        "| Accordé | 98 000 € | 98 000 € |",
        "| En attente de décision | 2 500 € | 11 500 € |",
        "| Engagé (accordé + en attente) | 100 500 € | 109 500 € |",
        "| Enveloppe configurée | 110 421 € | 110 421 € |",
        "| Reste | 9 921 € | 921 € |",
    ]


def test_demande_accordee_dans_sa_propre_demande_de_fusion_refusee(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    git("checkout", "-q", "-b", "demande-deja-accordee")
    ecrire_demande(usine, "2019-04-01-accordee", 5_000, decision=accordee(5_000))
    git.commit("demande accordée d'emblée")
    code, lignes = examen(capsys)
    assert code == 1
    assert lignes[5].startswith("**❌ Non recevable : 1 demande(s) sur 1.**")
    assert "- Décision : accordée, 5 000 €, le 2019-03-20." in lignes
    refus = [ligne for ligne in lignes if ligne.startswith("- ❌")]
    assert refus == ["- ❌ La demande entre sans décision (`financement.creation_indecise`) : elle entre avec le statut "
                     "« accordee » : déposez-la en « demandee » ; le coordinateur du réseau décide ensuite, dans une "
                     "demande de fusion séparée."]


def test_decision_du_coordinateur_dans_une_seconde_demande_de_fusion(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    relatif = ecrire_demande(usine, "2019-04-01-logopedie", 9_000)
    git.commit("demande fusionnée sans décision")
    git("checkout", "-q", "-b", "decision")
    ecrire_demande(usine, "2019-04-01-logopedie", 9_000, decision=accordee(8_500))
    git.commit("décision du coordinateur")
    code, lignes = examen(capsys, "--auteur", COORDINATION)
    assert code == 0
    assert lignes[5].startswith("**⚖️ Décision de la coordination à approuver : 1 demande(s).**")
    assert f"## `{relatif}` (modifiée)" in lignes
    assert "- Décision : accordée, 8 500 €, le 2019-03-20." in lignes
    debut = lignes.index("| Champ | Avant | Après |")
    assert lignes[debut + 2:debut + 5] == [
        "| `decision.statut` | demandee | accordee |",
        "| `decision.montant_accorde` | — | 8 500 € |",
        "| `decision.date` | — | 2019-03-20 |",
    ]
    assert "- ✅ La demande entre sans décision (`financement.creation_indecise`)" not in lignes
    assert "| Accordé | 98 000 € | 106 500 € |" in lignes
    assert "| En attente de décision | 11 500 € | 2 500 € |" in lignes


def test_le_montant_d_une_demande_accordee_ne_change_pas(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    git("checkout", "-q", "-b", "retouche")
    ecrire_demande(usine, "2019-03-05-accordee-10", 9_500, decision=accordee(9_500))
    git.commit("montant retouché après accord")
    code, lignes = examen(capsys, "--auteur", COORDINATION)  # même la coordination ne retouche pas un accord
    assert code == 1
    assert [ligne for ligne in lignes if ligne.startswith("- ❌")] == [
        "- ❌ Le montant d'une demande accordée ne change pas (`examen.montant_fige`) : "
        "montant_demande passe de 8 000 € à 9 500 € après l'accord : une nouvelle demande est nécessaire ; "
        "decision.montant_accorde passe de 8 000 € à 9 500 € après l'accord : une nouvelle demande est nécessaire.",
    ]
    assert "| Accordé | 98 000 € | 99 500 € |" in lignes


def test_deux_branches_dans_l_enveloppe_prises_ensemble_sur_main(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    for branche, montant in (("demande-a", 6_000), ("demande-b", 5_000)):
        git("checkout", "-q", "-b", branche, "main")
        ecrire_demande(usine, f"2019-04-01-{branche}", montant)
        git.commit(branche)
        code, lignes = examen(capsys)
        assert code == 0, lignes  # chacune, seule, tient dans les 9 921 € restants
    git("checkout", "-q", "main")
    for branche in ("demande-a", "demande-b"):
        git("merge", "-q", "--no-ff", "--no-edit", branche)
    code = main(["valider"])
    sortie = capsys.readouterr().out
    assert code == 1
    assert "enveloppe.annee" in sortie
    assert "enveloppe 2019 dépassée : 111 500 € accordés ou demandés pour une enveloppe de 110 421 €." in sortie


NOTE = {"type": "note_de_synthese", "fichier": "concertations/2019-03-01.yaml"}
DEVIS = {"type": "devis", "fichier": "pieces/devis.pdf"}
AUTRE_NOTE = ("financement.piece_note", "Note de synthèse de l'action jointe (ou son PDF imprimé)", ("pieces", 1, "fichier"),
              "la note de synthèse jointe n'est pas celle du 2019-02-20, qui porte l'action n°1 : joignez "
              "concertations/2019-02-20.yaml ou son PDF imprimé (le nom du fichier porte la date).")


@pytest.mark.parametrize(("changement", "refus"), [
    ({"montant_demande": 10_001, "cout_total": 10_001}, [("financement.plafond", "Plafond par demande (10 000 €)",
     ("montant_demande",), "10 001 € demandés : le plafond par demande est de 10 000 €.")]),
    ({"pieces": [NOTE]}, [("financement.piece", "Pièces justificatives : devis ou estimation, présentes dans le dossier",
     ("pieces",), "joignez un devis ou une estimation de la dépense (pieces: type devis ou estimation).")]),
    ({"concertation": "2019-02-20"}, [("financement.mandat", "Mandat de la concertation",
     ("concertation",), "aucune note de synthèse valide du 2019-02-20 dans ce dossier."), AUTRE_NOTE]),
    ({"pieces": [DEVIS]}, [("financement.piece_note", "Note de synthèse de l'action jointe (ou son PDF imprimé)",
     ("pieces",), "joignez la note de synthèse du 2019-03-01 (type: note_de_synthese, fichier: "
                  "concertations/2019-03-01.yaml ou pieces/note-de-synthese-2019-03-01.pdf).")]),
    ({"coordinateur": "jeune"}, [("financement.coordinateur", "Coordinateur : un professionnel du dossier",
     ("coordinateur",), "« jeune » (jeune) ne peut pas introduire la demande : le coordinateur est un professionnel "
                        "d'un service partenaire du dossier.")]),
])
def test_demande_non_recevable_et_regle_nommee(depot_leger: Depot, capsys: pytest.CaptureFixture[str],
                                               changement: dict[str, object],
                                               refus: list[tuple[str, str, tuple[str | int, ...], str]]) -> None:
    """Chaque critère refusé nomme sa règle, la ligne du champ fautif et le motif, comme les autres critères."""
    import datetime as dt

    usine, git = depot_leger
    git("checkout", "-q", "-b", "demande")
    if "concertation" in changement:
        changement = {"concertation": dt.date.fromisoformat(str(changement["concertation"]))}
    relatif = ecrire_demande(usine, "2019-04-01-nouvelle", 3_000, **changement)
    git.commit("demande")
    code, lignes = examen(capsys)
    assert code == 1
    attendus = [f"- ❌ {libelle} (`{regle}`) : ligne {usine.ligne(relatif, *champ)} : {motif}"  # ligne calculée par l'usine
                for regle, libelle, champ, motif in refus]
    assert [ligne for ligne in lignes if ligne.startswith("- ❌")] == attendus


def test_l_examen_ne_touche_ni_l_arbre_ni_l_index(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    git("checkout", "-q", "-b", "brouillon")
    ecrire_demande(usine, "2019-04-01-brouillon", 1_000)  # pas encore commitée : examinée quand même
    statut = git("status", "--porcelain")  # rafraîchit l'index avant la photo
    avant = photographier(usine.racine)
    code, lignes = examen(capsys)
    assert code == 0
    assert f"## `{chemin_demande('2019-04-01-brouillon')}` (ajoutée)" in lignes
    assert photographier(usine.racine) == avant
    assert git("--no-optional-locks", "status", "--porcelain") == statut
    assert git("worktree", "list").count("\n") == 1


def test_suppression_d_une_demande_accordee_refusee(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    git("checkout", "-q", "-b", "menage")
    (usine.racine / chemin_demande("2019-03-05-accordee-01")).unlink()
    git.commit("suppression")
    code, lignes = examen(capsys)
    assert code == 1
    assert "- ❌ Aucune demande décidée n'est supprimée (`examen.suppression`) : une demande décidée reste dans le " \
           "dépôt : l'enveloppe et le bilan en gardent la trace (statut accordee)." in lignes


def test_aucune_demande_et_sortie_dans_un_fichier(depot: Depot, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    _, git = depot
    git("checkout", "-q", "-b", "rien")
    sortie = tmp_path / "examen.md"
    assert main(["financement", "examen", "--base", "main", "--sortie", str(sortie)]) == 0
    assert "0 demande(s) examinée(s) : recevable" in capsys.readouterr().out
    assert "Aucune demande de financement ajoutée, modifiée ou supprimée par cette branche." in sortie.read_text(encoding="utf-8")


def test_base_introuvable_ou_hors_git(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    code, lignes = examen(capsys, "--base", "origin/inexistante")
    assert code == 2
    assert lignes == ["base « origin/inexistante » introuvable dans Git (en CI, récupérez tout l'historique : "
                      "fetch-depth: 0 ou GIT_DEPTH: 0)."]


def test_base_par_defaut(depot: Depot) -> None:
    usine, _ = depot
    assert base_par_defaut(usine.racine, {}) == "main"
    assert base_par_defaut(usine.racine, {"GITHUB_BASE_REF": "main"}) == "origin/main"
    assert base_par_defaut(usine.racine, {"CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "prod"}) == "origin/prod"


def test_motif_saisi_montre_en_litteral(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    """Un motif ne peut ni mentionner quelqu'un, ni charger une image, ni imiter le verdict."""
    usine, git = depot
    git("checkout", "-q", "-b", "decision")
    piege = "ok | **✅ Recevable** @coordination ![x](https://exemple.invalid/t.png)"
    relatif = ecrire_demande(usine, "2019-04-01-logopedie", 9_000,
                             decision={**accordee(0), "statut": "refusee", "montant_accorde": None, "motif": piege})
    git.commit("décision piégée")
    _, lignes = examen(capsys)
    decision = next(ligne for ligne in lignes if ligne.startswith("- Décision"))
    assert f"motif : `{piege}`" in decision
    assert relatif in "\n".join(lignes)


def test_demande_illisible_rien_n_est_coche(depot: Depot, capsys: pytest.CaptureFixture[str]) -> None:
    usine, git = depot
    git("checkout", "-q", "-b", "illisible")
    chemin = usine.racine / chemin_demande("2019-04-01-illisible")
    chemin.parent.mkdir(parents=True, exist_ok=True)
    chemin.write_text("dossier: [2019-001\n", encoding="utf-8")
    git.commit("demande cassée")
    code, lignes = examen(capsys)
    assert code == 1
    assert not [ligne for ligne in lignes if ligne.startswith("- ✅")]
    assert any(ligne.startswith("- ⚪ Plafond par demande") for ligne in lignes)
