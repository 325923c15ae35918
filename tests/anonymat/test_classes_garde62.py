"""Soixantième passage : dans un fichier YAML où une clé apparaît deux fois, la valeur que la lecture fait sauter (elle
garde la première) est lue aussi, décodée, comme un lecteur YAML qui montrerait celle-là (garde62, écrit à l'aveugle
avant lui ; aveugle-80 : deux NISS pliés ainsi passaient). Variantes écrites ici (jamais les phrases de
`cas/garde62.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import FICHE


def _regles(texte: str) -> list[tuple[int | None, str]]:
    return [(c.ligne, c.regle) for c in analyser_texte(texte, FICHE, ContexteAnonymat())[0]]


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("remarque: ras\nremarque: >-\n  la mutuelle demande le NISS 07 11 23\n  418 18 du jeune\n", "anonymat.niss"),
        ("remarque: ras\nremarque: |\n  joindre le père au\n  0485 61\n  27 94\n", "anonymat.telephone"),
        ('remarque: ras\nremarque: "écrire à kabeya.l\\u0040proximus.be"\n', "anonymat.email"),
        ("contact:\n  role: tante\ncontact:\n  role: tante\n  note: >-\n    son numéro : 0485 61\n    27 94\n",
         "anonymat.telephone"),
        ("- numero: 1\n  quoi: >-\n    virement sur BE68 5390\n    0754 7034\n  quoi: ras\n", "anonymat.iban"),
    ],
)
def test_la_valeur_d_une_cle_repetee_est_lue(texte: str, regle: str) -> None:
    assert regle in [r for _, r in _regles(texte)]


@pytest.mark.parametrize(
    "texte",
    [
        "statut: a_faire\nstatut: faite\n",
        "echeance: 2019-05-14\nremarque: >-\n  relancer l'école\n  avant juin\nremarque: |\n  dossier 2019-003\n  suivi en cours\n",
        "montant: 1200\nmontant: >-\n  1 250 EUR pour\n  le séjour\n",
        # l'attaque-92 : une chaîne cachée est lue après sa propre clé, pas après la clé répétée de dehors
        'naissance: 2011\nnaissance:\n  lieu: hôpital\n  suivi: "2024\\x2D03\\x2D12"\n',
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []


@pytest.mark.parametrize(
    ("texte", "ligne"),
    [
        ("remarque: >-\n  suivi par la grand-mère, joignable\n  au 0485 61 27 94 le soir\n", 3),
        ("remarque: |\n  rien à signaler\n  le père : 0485 61\n  27 94\n", 3),
        ('remarque: "la tante,\n  kabeya.l\\u0040proximus.be, accepte"\n', 2),
        ("remarque: ras\nremarque: >-\n  la mutuelle demande\n  le NISS 07 11 23\n  418 18 du jeune\n", 4),
        # l'attaque-92 : le même mot plus haut dans la valeur, un premier mot échappé, un mot collé à un trait d'union
        ("remarque: >-\n  0485 est le préfixe ;\n  le père au 0485 61\n  27 94\n", 3),
        ('remarque: "tél. \\x30\\x34\\x38\\x35 61 27 94 ;\n  0485 est un préfixe"\n', 1),
        ("vehicule: >-\n  1 voiture, la\n  1-ABC-\n  234\n", 3),
    ],
)
def test_signale_sur_la_ligne_ou_il_est_ecrit(texte: str, ligne: int) -> None:
    """Dans une valeur sur plusieurs lignes, la trouvaille est sur la ligne où son premier mot est écrit, pas sur celle
    de la clé (l'atelier montre l'erreur à côté de la ligne)."""
    assert [l for l, _ in _regles(texte)] == [ligne]


def test_la_cle_interieure_d_une_valeur_cachee_dit_ce_qu_elle_est() -> None:
    """« enfant:⏎  date_naissance: … » sous une clé répétée : lu après « date_naissance », une naissance (l'attaque-92)."""
    assert ("anonymat.date_naissance" in
            [r for _, r in _regles('enfant: x\nenfant:\n  date_naissance: "2011\\x2D03\\x2D27"\n')])
