"""La garde lit ce qu'un lecteur verra : coupures douces rejointes, valeurs YAML décodées, clés comprises.

Variantes écrites pour ce test (pas reprises des corpus) : chaque identifiant coupé ou échappé d'une
façon que le portail, un PDF ou un éditeur rejoindraient, et la ligne où le constat doit pointer.
"""

from __future__ import annotations

import pytest

from filrouge.anonymat import analyser_texte
from filrouge.anonymat.contexte import ContexteAnonymat

CONTEXTE = ContexteAnonymat(racine=None)


def _constats(texte: str, fichier: str) -> list[tuple[str, int]]:
    return [(c.regle, c.ligne) for c in analyser_texte(texte, fichier, CONTEXTE)[0]]


@pytest.mark.parametrize(("texte", "fichier", "regle", "ligne"), [
    # récit Markdown : coupure douce au milieu d'un numéro, d'une adresse électronique, d'un IBAN
    ("Le papa préfère les SMS au 0479 31\n22 84 en soirée.\n", "note.md", "anonymat.telephone", 1),
    ("Rappeler la tante :\n\nau +32 485\n   60 17 93 demain.\n", "note.md", "anonymat.telephone", 3),
    ("Écrire au frère, bruno.delvaux@\nmail.be, avant lundi.\n", "note.md", "anonymat.email", 1),
    ("Écrire au frère, bruno.delvaux\n@mail.be, avant lundi.\n", "note.md", "anonymat.email", 1),
    ("- virement attendu sur BE62 5100\n  0754 7061 pour le stage\n", "note.md", "anonymat.iban", 1),
    # YAML : valeur pliée, littérale, entre guillemets sur deux lignes, échappements
    ("leviers: >\n  Le grand-père reste joignable au 0498 72\n  15 33 le soir.\n", "note.yaml", "anonymat.telephone", 2),
    ("obstacles: |\n  Numéro de la voisine : 0468 20\n  51 97\n", "note.yaml", "anonymat.telephone", 2),
    ('quoi: "Envoyer la note à anne.pirotte@\n  proximus.be"\n', "note.yaml", "anonymat.email", 1),
    ('contact: "0472\\x2011\\x2044\\x2077"\n', "note.yaml", "anonymat.telephone", 1),
    ('remarques: "compte BE62\\u00a05100\\u00a00754\\u00a07061"\n', "note.yaml", "anonymat.iban", 1),
    ('courriel: "marc.dewinter\\u0040skynet.be"\n', "note.yaml", "anonymat.email", 1),
    ("actions:\n  - quoi: >-\n      joindre la mère au 0487\n      63 21 09\n", "note.yaml", "anonymat.telephone", 3),
    # en-tête YAML d'un récit Markdown
    ('---\nremarque: "GSM \\x30\\x34\\x37\\x35 12 34 56"\n---\nRécit.\n', "note.md", "anonymat.telephone", 2),
    # espaces insécables et tabulations dans le texte brut
    ("Compte : BE62\u00a05100\u00a00754\u00a07061.\n", "note.md", "anonymat.iban", 1),
    ("GSM\t0475\t12\t34\t56\n", "note.md", "anonymat.telephone", 1),
])
def test_identifiant_coupe_ou_echappe(texte: str, fichier: str, regle: str, ligne: int) -> None:
    trouves = _constats(texte, fichier)
    assert (regle, ligne) in trouves, trouves


def test_cle_yaml_lue_comme_le_reste() -> None:
    assert ("anonymat.telephone", 2) in _constats("contacts:\n  Tante Rosa 0471123456: joignable\n", "note.yaml")


@pytest.mark.parametrize(("texte", "fichier"), [
    ("Montant : 1 250\n€ pour le stage.\n", "note.md"),
    ("# Rencontre du 12 mars\n\nDossier 2019-007\n2019-008 aussi.\n", "note.md"),
    ("attentes:\n  jeune: Retrouver un rythme\n  famille: Être entendue\n", "note.md"),
    ("leviers: >\n  La réunion a lieu à 14 h ;\n  le SAJ de Namur y sera.\n", "note.yaml"),
    ("Le stage coûte 1 200\n€, payé par la mutuelle.\n", "note.md"),
])
def test_rien_d_invente_aux_coupures(texte: str, fichier: str) -> None:
    assert _constats(texte, fichier) == []


def test_un_identifiant_entier_n_est_dit_qu_une_fois() -> None:
    """Entier sur une ligne d'une valeur pliée : vu dans le texte brut, pas redit par la valeur décodée."""
    texte = "leviers: >-\n  Appeler le 0471 99 88 77\n  le matin.\n"
    assert _constats(texte, "note.yaml") == [("anonymat.telephone", 2)]


@pytest.mark.parametrize(("texte", "regle"), [
    ("GSM de la tante : 0476 18\\\n93 25, le soir.\n", "anonymat.telephone"),  # saut de ligne dur
    ("Compte : BE71 0961\\\n2345 6769\n", "anonymat.iban"),
    ("La voiture (1-GTR-\n482) est garée rue du Pont.\n", "anonymat.plaque"),  # « 482) » n'ouvre pas de liste
])
def test_saut_dur_et_nombre_en_debut_de_ligne(texte: str, regle: str) -> None:
    assert regle in [r for r, _ in _constats(texte, "note.md")]


def test_element_suivant_d_une_liste_numerotee_n_est_pas_rejoint() -> None:
    from filrouge.anonymat.vues import jointures

    assert list(jointures("1. appeler le 0476\n2. 18 93 25 places\n")) == []
    assert len(list(jointures("appeler le 0476\n18 93 25 demain\n"))) == 1
