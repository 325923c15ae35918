"""Classes de ratés relevées sur aveugle-10 (huitième passage), attaquées par des variantes écrites ici (autres
noms, autres supports) : initiale collée au nom, noms en minuscules là où la phrase attend une personne, noms de
famille au pluriel, numéros nationaux étrangers, plaques anciennes, dates d'anniversaire, personnages."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le PMS a reçu M.Lambert et sa fille mardi.", "essai.md"),
        ("La psychologue a revu D.Van Damme-Peeters hier.", "essai.md"),
        ("presents:\n- referent\n- Z.Öztürk\n", "essai.yaml"),
        ("| Qui | Rôle |\n|---|---|\n| H.Nguyen | jeune |\n", "essai.md"),
        ("On attend la réponse de J.-M.Kabongo pour jeudi.", "essai.md"),
    ],
)
def test_initiale_collee_au_nom(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "La S.A.R.L. a fermé ; N.B.Attention au délai.",
        "Prendre la vitamine D.Ensuite, revoir le plan B.Sainte-Marie.",
        "Le jeune.Il part demain, P.S.Merci.",
    ],
)
def test_initiale_collee_a_un_mot_n_est_pas_un_nom(texte: str) -> None:
    assert _regles(texte) == set()
