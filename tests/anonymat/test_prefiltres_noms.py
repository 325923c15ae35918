"""Les préfiltres du détecteur de noms qui sautent des lignes ou des recherches : mêmes trouvailles que la lecture
entière (ils ne font que gagner du temps)."""

from __future__ import annotations

import random

import pytest

from filrouge.anonymat import noms
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes

_MORCEAUX = [
    "nom: Sophie", "prenom: mehret", "Prénom : Ana Pereira", "nom_complet: 'kevin lambert'", "contact: Espoir",
    "acteur: greco", "qui: pedo", "- qui: julie-dumont", "voornaam: Lieve", "personne_contact: jan peeters",
    "PERSONNE: Marie", "perſonne: dupont", "nom_ı: Ali", "İsim: Ayşe", "referent: malick-niang", "- julie-dumont",
    "absents: [hanne-aerts, pedo]", "bangoura: le mercredi", "katarzyna_baran: oui", "role: professionnel",
    "charte_signee: 2026-01-04", "service: aviq-namur", "jeune_informe: true", "lien: père", "presents:",
    "  - mahbooba-sultani", "  - jeune", "id: kevin_lambert", "zoé-dupont: présente", "ab÷dupont-marie: x",
    "# yaml-language-server: $schema=../schemas/dossier.schema.json", "Le jeune exprime un souhait.", "",
    "dossier_yılmaz: ok", "émile-vandervelde", "- id: a1", "qui:", "  - a1",
    "PRÉNOMS: Ana", "pre\u0301nom: ines", "Nom_Complet : jan peeters", "sous_nom: x", "acteurs: greco", "pronom: il",
    "présente: Awa", "excusée: lina", "\tNOMS:\tmarie", "Le prénom: Sophie", "quinze jeunes: oui", "2nom: x",
]


def _textes(graine: int, nombre: int) -> list[str]:
    hasard = random.Random(graine)
    return ["\n".join(hasard.choice(_MORCEAUX) for _ in range(hasard.randint(1, 12))) + hasard.choice(["", "\n"])
            for _ in range(nombre)]


def test_ecriture_non_latine_chaque_lettre_des_intervalles_est_vue():
    """Chaque caractère que `_NON_LATIN` peut lire fait lire le texte ; un texte Latin-1 ou à ponctuation française
    ne le fait pas."""
    lettres = [chr(c) for c in range(0x370, 0xD7B0) if noms._NON_LATIN.fullmatch(chr(c) * 2)]
    assert len(lettres) > 40000
    assert all(noms._ecriture_non_latine_possible("é’ " + c) for c in lettres)
    assert not noms._ecriture_non_latine_possible("Réunion « à l’école » — 12 € … “ok”")
    assert not noms._ecriture_non_latine_possible("plain ascii")


def test_cles_de_nom_comme_la_lecture_de_chaque_ligne():
    for texte in _textes(7, 3000):
        lues = [(m.span("cle"), m.span("valeur")) for m in noms._cles_de_nom(texte, Lignes(texte))]
        attendues = [(m.span("cle"), m.span("valeur")) for m in noms._en_tete_de_ligne(noms._CLE_DE_NOM, texte)]
        assert lues == attendues, texte


@pytest.fixture
def toutes_les_lignes(monkeypatch):
    """`_identifiants_noms` sans son préfiltre de lignes : la référence."""
    def lire(seules: bool, texte: str, contexte) -> list:
        with monkeypatch.context() as m:
            if not seules:
                m.setattr(noms, "_lignes_a_morceau_de_nom", lambda texte, lignes: None)
            resultats: list = []
            noms._identifiants_noms(texte, Lignes(texte), contexte, Intervalles(), resultats)
            return resultats
    return lire


def test_identifiants_et_cles_de_nom_comme_la_lecture_entiere(contexte, toutes_les_lignes):
    trouves = 0
    for texte in _textes(11, 1500):
        attendus = toutes_les_lignes(False, texte, contexte)
        assert toutes_les_lignes(True, texte, contexte) == attendus, texte
        trouves += bool(attendus)
    assert trouves > 100  # les textes au hasard ont bien des identifiants et des clés de nom


def test_lignes_a_morceau_de_nom_ne_garde_que_les_lignes_a_nom():
    texte = "role: professionnel\nreferent: malick-niang\ncharte_signee: 2026-01-04\n"
    assert noms._lignes_a_morceau_de_nom(texte, Lignes(texte)) == [1]
    assert noms._lignes_a_morceau_de_nom("ab÷cd: x\n", Lignes("ab÷cd: x\n")) is None


class _TousLesMots(Lignes):
    """Des lignes dont les mots comptent aussi ceux qui suivent une personne en minuscules (« avec », « ainsi »…) :
    le préfiltre par les mots du texte n'écarte plus rien, la référence."""

    __slots__ = ()

    @property
    def mots(self) -> frozenset[str]:
        return super().mots | {m for mot in noms._SUIVIS_D_UN_MOT_EN_MINUSCULES for m in (mot, *mot.split(" "))}


_APRES_UN_MOT = [
    "voir avec jawad pour la carte", "à pouvoir mertens", "chez fatou", "Chez sagal demain", "AVEC Fatou", "avec le papa",
    "selon amrani", "passer voir gebre-egziabher", "envers ramos", "revers kuznetsov", "signée par kuznetsov", "parfois",
    "ainsi que mertens", "ainsi quemertens", "auprès de sophea", "auprèsde sophea", "entre vannak et lina", "pourtant",
    "ramener vers charleroi", "pour ambroise tessier", "avec\tmei reyes", "(avec fatou)", "l'entrevers dupont", "_avec ana",
    "2avec ana", "avec  plasir", "chez colruyt", "Avec Sophie", "par", "avec", "",
]


def test_noms_apres_un_mot_comme_sans_le_prefiltre(contexte):
    """Un nom en minuscules après « avec », « chez », « ainsi que »… : le mot n'est cherché que si le texte l'a entier ;
    les mêmes trouvailles que sans ce préfiltre, sur des phrases tirées au hasard (le mot dans un autre, collé, en
    capitales, à la fin du texte)."""
    hasard = random.Random(5)
    trouves = 0
    for _ in range(3000):
        texte = hasard.choice([" ", "\n", ", ", ". "]).join(
            hasard.choice(_APRES_UN_MOT) for _ in range(hasard.randint(1, 5)))
        lus = []
        noms._minuscules_en_position_de_personne(texte, Lignes(texte), contexte, Intervalles(), lus)
        attendus = []
        noms._minuscules_en_position_de_personne(texte, _TousLesMots(texte), contexte, Intervalles(), attendus)
        assert lus == attendus, texte
        trouves += bool(attendus)
    assert trouves > 1000  # les phrases au hasard ont bien des noms après ces mots


def _langage(elements) -> set[str]:
    """Les chaînes (en nombre fini) que lit une suite d'éléments de l'arbre d'une expression : littéraux, classes de
    littéraux, alternatives, groupes, « ? »."""
    from re import _constants as c

    chaines = {""}
    for op, valeur in elements:
        if op is c.LITERAL:
            suites = {chr(valeur)}
        elif op is c.IN:
            assert all(o is c.LITERAL for o, _ in valeur), valeur
            suites = {chr(v) for _, v in valeur}
        elif op is c.BRANCH:
            suites = set().union(*(_langage(list(alternative)) for alternative in valeur[1]))
        elif op is c.SUBPATTERN:
            suites = _langage(list(valeur[-1]))
        elif op is c.MAX_REPEAT and valeur[:2] == (0, 1):
            suites = {""} | _langage(list(valeur[2]))
        else:
            raise AssertionError(f"élément inattendu : {op}")
        chaines = {a + b for a in chaines for b in suites}
    return chaines


def test_chaque_cle_de_nom_est_un_mot_du_prefiltre():
    """`_cles_de_nom` ne lit que les lignes qui contiennent un mot de `_MOTS_CLES_DE_NOM` : chaque clé que `_CLE_DE_NOM`
    accepte (en minuscules) doit y être, sinon sa ligne ne serait plus lue."""
    from re import _parser

    motif = noms._CLE_DE_NOM[0].pattern
    debut = motif.index("(?P<cle>")
    profondeur, fin = 0, debut
    for fin, caractere in enumerate(motif[debut:], debut):
        profondeur += {"(": 1, ")": -1}.get(caractere, 0)
        if profondeur == 0:
            break
    cles = _langage(list(_parser.parse(motif[debut + len("(?P<cle>"):fin])))
    assert len(cles) > 30
    assert {cle.lower() for cle in cles} <= noms._MOTS_CLES_DE_NOM
