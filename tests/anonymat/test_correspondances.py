"""`Lignes.correspondances` (les indices de contexte cherchés à leurs seuls débuts littéraux) donne exactement
`motif.finditer(texte)` : un détecteur qui lit les lignes d'un indice (`Lignes.avec`) n'y gagne que du temps. De même
`par_caracteres_fixes`, un motif par caractère fixe, donne `finditer` de leur alternative."""

from __future__ import annotations

import random
import re
import sys

import pytest

from filrouge.anonymat import lignes as module_lignes
from filrouge.anonymat import adresses, dates, noms, numeros_etrangers, plaques
from filrouge.anonymat.lignes import Lignes, amorces

MOTIFS = [numeros_etrangers._CONTEXTE, numeros_etrangers._CONTEXTE_NUMERO, numeros_etrangers._PIECE,
          numeros_etrangers._CONTEXTE_COMPTE, plaques._VEHICULE]
"""Les indices que les détecteurs cherchent par `Lignes.avec`."""

_MORCEAUX = [
    "numéro", "NUMERO", "Numéro national", "n°", "N° nat", "n°\nnat", "registre\nnational", "Registre_National",
    "sécurité sociale", "SÉCURITÉ\tsociale", "securite\n sociale", "ID card", "id\nnumber", "carte d'identité",
    "carte\nvitale", "rn", "RN", "nn", "NIF", "nif", "bsn", "BSN:", "kimlik", "身份证", "ЕГН", "егн", "авто", "аᲀто",
    "ſécurité sociale", "regıstre national", "İdentifiant", "NıR", "ΣΣ", "compte", "COMPTE", "iban", "voiture",
    "véhicule", "VÉHICULE", "4x4", "passeport", "pièce d'identité", "piece\nd'identite", "Kimlik", "mutuelle",
    "affilié", "documento", "identidad", "numéronuméro", "n°n°", "idid", "rnrn", "_", "-", " ", "  ", "\n", "\n\n",
    ":", "- ", "x", "Jean", "dossier", "2026-01-04", "0471 23 45 67", "123456789", "’", "é",
]


def _textes(graine: int, nombre: int) -> list[str]:
    hasard = random.Random(graine)
    return ["".join(hasard.choice(_MORCEAUX) for _ in range(hasard.randint(0, 25))) for _ in range(nombre)]


@pytest.mark.parametrize("motif", MOTIFS, ids=lambda m: m.pattern[:20])
def test_correspondances_comme_finditer(motif):
    vides = 0
    for texte in _textes(MOTIFS.index(motif), 3000):
        attendues = [m.span() for m in motif.finditer(texte)]
        assert [m.span() for m in Lignes(texte).correspondances(motif)] == attendues, texte
        vides += not attendues
    assert 100 < vides < 2900  # des textes sans indice et d'autres avec


@pytest.mark.parametrize("motif", MOTIFS, ids=lambda m: m.pattern[:20])
def test_les_indices_sont_cherches_a_leurs_debuts(motif):
    """Chaque indice a ses débuts littéraux (sinon il serait lu entier, sans rien gagner)."""
    assert amorces(motif) is not None


def test_debuts_litteraux_de_chaque_alternative():
    assert amorces(re.compile(r"\bnum[ée]ro|N°|(?:carte|pass)[\s_]+x", re.IGNORECASE))[0] == (
        "cart", "nume", "numé", "n°", "pass")
    assert amorces(re.compile(r"numéro|\d+")) is None  # une alternative commence par une classe
    assert amorces(re.compile(r"(?:ab)?c")) is None  # … ou par une répétition
    assert amorces(re.compile(r"a*")) is None  # une correspondance vide n'a pas de début


def test_caracteres_douteux_lus_par_le_moteur():
    """Tout caractère que la casse ignorée du moteur lit comme une lettre d'un début littéral s'écrit, en minuscules,
    comme cette lettre, ou fait lire le texte entier (parcours de tous les caractères d'Unicode)."""
    tous = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for motif in MOTIFS:
        debuts, douteux = amorces(motif)
        for lettre in set("".join(debuts)):
            lus = re.findall(re.escape(lettre), tous, motif.flags & re.IGNORECASE)
            assert all(c.lower() == lettre or douteux.search(c) for c in lus), (motif.pattern[:20], lettre)


def test_un_caractere_douteux_fait_lire_le_texte_entier(monkeypatch):
    """Sans la lecture entière d'un texte qui a « ſ », l'indice « ſécurité sociale » serait manqué : l'essai au hasard
    le verrait."""
    texte = "ſécurité sociale"
    assert [m.span() for m in Lignes(texte).correspondances(numeros_etrangers._CONTEXTE)] == [(0, 16)]
    monkeypatch.setitem(module_lignes._AMORCES, numeros_etrangers._CONTEXTE,
                        (amorces(numeros_etrangers._CONTEXTE)[0], re.compile("[İΣ]")))
    assert list(Lignes(texte).correspondances(numeros_etrangers._CONTEXTE)) == []


FIXES = {"sujet après une virgule": (noms._SUJET_APRES_VIRGULE, [
             ", ", ",", "; ", ":", " : ", "—", " – ", "que ", "qu'", "qu’", "Que ", "presque ", "lorsque ", "mertens",
             "zoë", "kouyaté", " dort mal", " a rappelé", " est passé", " signe", " soit associé", " ", "\t", "\n", "x",
             "de la maman", "gebre-egziabher", "rendez-vous", " a été déplacé"]),
         "ancien compte": (numeros_etrangers._ANCIEN_COMPTE, [
             "063-0441872-72", "850.3003464.51", "340-7286982/89", "063", "0441872", "72", "-", ".", "/", " ", "1",
             "x", "\n", "BE", "123", "4567890"]),
         "année isolée": (dates._ANNEE_ISOLEE, [
             " 1999", "\n2012", "\t1950", "1988", "2020", " 2020.", " 2020.5", " 19", "20", "19", "5", " ", "\n", "x", "-"]),
         "chiffre après un mot": (adresses._ESPACE_CHIFFRE, [
             "straat ", "laan\t", "weg, ", "kerkstraat  ", "\t ", " \t", ", ", ",\t", "14", "3", " ", "x", "é", "_", "\n"])}
"""Les motifs que les détecteurs lisent par `par_caracteres_fixes`, et des morceaux de textes qui les font réussir,
se suivre et presque réussir."""


@pytest.mark.parametrize("nom", FIXES)
def test_par_caracteres_fixes_comme_finditer_de_l_alternative(nom):
    motifs, morceaux = FIXES[nom]
    alternative = re.compile("|".join(motif.pattern for motif in motifs))
    hasard = random.Random(nom)
    trouvees = 0
    for _ in range(3000):
        texte = "".join(hasard.choice(morceaux) for _ in range(hasard.randint(0, 20)))
        attendues = [m.span() for m in alternative.finditer(texte)]
        assert [m.span() for m in module_lignes.par_caracteres_fixes(motifs, texte)] == attendues, texte
        trouvees += len(attendues)
    assert trouvees > 300


def test_par_caracteres_fixes_reprend_apres_chaque_correspondance():
    """Comme `finditer`, une correspondance qui commence dans la précédente n'est pas rendue, même celle d'un autre
    motif ; celle qui commence à sa fin l'est."""
    motifs = (re.compile("ab+"), re.compile("bc"), re.compile("c"))
    assert [m.group() for m in module_lignes.par_caracteres_fixes(motifs, "abbc bc abbcc")] == [
        "abb", "c", "bc", "abb", "c", "c"]
