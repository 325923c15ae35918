"""Corrections de la revue : identifiants formés de noms, contexte lu par le lecteur sûr et partagé."""

from pathlib import Path

import pytest

from filrouge.anonymat import analyser_texte, contexte_du_depot
from filrouge.depot import charger_depot

RACINE = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "texte,colonne",
    [
        ("qui: [julie-dumont, mere]\n", 7),
        ("presents: [a1, kevin_lambert, psy]\n", 16),
        ("- id: julie-dumont\n", 7),
        ("id: kevin_lambert\n", 5),
        ("presents:\n  - mere\n  - julie-dumont\n", 5),
    ],
)
def test_identifiant_forme_d_un_nom(contexte, texte, colonne):
    constats, _ = analyser_texte(texte, "d.yaml", contexte)
    assert [c.regle for c in constats] == ["anonymat.nom"]
    assert constats[0].colonne == colonne
    assert "julie" not in constats[0].message and "kevin" not in constats[0].message


@pytest.mark.parametrize(
    "texte",
    [
        "qui: [mere, pere, psy, a1, cm, edu, srg, spj, jeune, parrain]\n",
        "id: grand-mere\n",
        "service: cpas-namur\n",
        "- id: beau-pere\n",
        "Le lien julie-dumont n'est pas un identifiant d'acteur.\n",
    ],
)
def test_identifiants_ordinaires_non_signales(regles, texte):
    assert regles(texte) == []


def test_contexte_accepte_l_annuaire_deja_charge():
    depot = charger_depot(RACINE)
    contexte = contexte_du_depot(depot.racine, annuaire=depot.partenaires)
    assert contexte.expressions_autorisees
    assert contexte_du_depot(depot.racine) is contexte_du_depot(depot.racine)  # construit une fois


def test_annuaire_lu_par_le_lecteur_sur(tmp_path):
    (tmp_path / "annuaire.yaml").write_text(
        "secteurs: {sante: Santé}\nservices:\n  - id: a\n    nom: SSM A\n    secteur: sante\n"
        "    contact: {telephone: 081 72 14 02}\n    contact: {telephone: 081 72 14 03}\n",
        encoding="utf-8",
    )
    contexte = contexte_du_depot(tmp_path)
    assert not contexte.telephones_autorises  # clé en double : annuaire refusé, rien n'est permis
    assert contexte.avertissements and "annuaire" in contexte.avertissements[0]


def test_depot_de_demonstration_propre():
    depot = charger_depot(RACINE)
    contexte = contexte_du_depot(depot.racine, annuaire=depot.partenaires)
    for doc in depot.documents:
        if doc.relatif.startswith("dossiers/"):
            assert analyser_texte(doc.texte, doc.relatif, contexte)[0] == [], doc.relatif
