"""La garde lit tout ce que dossiers/ contient, pas seulement les formulaires.

Un fichier inattendu, caché, une pièce en texte, un fichier posé à la racine de dossiers/ : ni
vérifiés ni publiés, ils entrent pourtant dans le dépôt. `filrouge valider` (le hook de commit)
doit y refuser une donnée identifiante, avec ou sans cache, et ne rien inventer dans un binaire.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.constat import Constat
from filrouge.validation import valider
from tests.outils import copier_demo

TELEPHONE = "La mère est joignable au 0471 23 45 67 le matin.\n"
COURRIEL = "Écrire à jeanne.vermeulen@courriel.test pour la suite.\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copier_demo(tmp_path_factory.mktemp("annexes") / "reseau")


ANNEXES = [
    ("dossiers/2026-002/notes-perso.md", TELEPHONE, "anonymat.telephone"),
    ("dossiers/2026-002/.brouillon.txt", COURRIEL, "anonymat.email"),
    ("dossiers/2026-002/pieces/compte-rendu.txt", TELEPHONE, "anonymat.telephone"),
    ("dossiers/2026-002/pieces/sous/dossier/liste.csv", "nom;telephone\nmere;0471 23 45 67\n", "anonymat.telephone"),
    ("dossiers/2026-002/concertations/brouillon.txt", COURRIEL, "anonymat.email"),
    ("dossiers/a-trier.txt", TELEPHONE, "anonymat.telephone"),
    ("dossiers/.cache/reste.md", COURRIEL, "anonymat.email"),
    ("dossiers/2026-002/ancien.txt", "Joignable au 0471 23 45 67, né à Liège.".encode("cp1252"), "anonymat.telephone"),
]
"""Un fichier hors des formulaires, ce qu'il contient, la règle qui doit le refuser."""


def _poser(demo: Path, relatif: str, contenu: str | bytes) -> None:
    fichier = demo / relatif
    fichier.parent.mkdir(parents=True, exist_ok=True)
    fichier.write_bytes(contenu if isinstance(contenu, bytes) else contenu.encode("utf-8"))


def _refuse(constats: list[Constat], relatif: str, regle: str) -> None:
    trouves = [c for c in constats if c.fichier == relatif and c.regle == regle]
    assert trouves and all(c.est_erreur for c in trouves), [c for c in constats if c.fichier == relatif]
    assert all("0471" not in c.message and "vermeulen" not in c.message for c in trouves)


@pytest.mark.parametrize(("relatif", "contenu", "regle"), ANNEXES)
def test_donnee_identifiante_hors_formulaire_refusee(demo: Path, relatif: str, contenu: str | bytes, regle: str) -> None:
    """Avec le cache (le hook après l'atelier) : le fichier ajouté est lu, puis sa suppression est vue."""
    _poser(demo, relatif, contenu)
    try:
        _refuse(valider(demo, cache=True), relatif, regle)
    finally:
        (demo / relatif).unlink()
    assert not [c for c in valider(demo, cache=True) if c.fichier == relatif], "corrigé, plus rien n'est signalé"


def test_donnees_identifiantes_hors_formulaire_refusees_sans_cache(demo: Path) -> None:
    """Sans cache, chaque fichier est refusé par sa règle ; une validation complète pour tous (chacun est lu
    seul, par son propre chemin), au lieu de deux par fichier."""
    for relatif, contenu, _ in ANNEXES:
        _poser(demo, relatif, contenu)
    try:
        constats = valider(demo, cache=False)
        for relatif, _, regle in ANNEXES:
            _refuse(constats, relatif, regle)
    finally:
        for relatif, _, _ in ANNEXES:
            (demo / relatif).unlink()
    restants = {c.fichier for c in valider(demo, cache=False)} & {relatif for relatif, _, _ in ANNEXES}
    assert not restants, "corrigés, plus rien n'est signalé"


def test_binaire_et_pdf_ne_sont_pas_lus_comme_du_texte(demo: Path) -> None:
    """Une pièce PDF ou une image n'est pas du texte : aucune alerte inventée dans des octets."""
    pieces = demo / "dossiers/2026-002/pieces"
    pieces.mkdir(parents=True, exist_ok=True)
    (pieces / "devis.pdf").write_bytes(b"%PDF-1.7\n0471 23 45 67 jeanne.vermeulen@courriel.test\n%%EOF\n")
    (pieces / "photo.bin").write_bytes(b"\x00\x01" + TELEPHONE.encode())
    try:
        constats = valider(demo, cache=False)
        assert not [c for c in constats if c.fichier.startswith("dossiers/2026-002/pieces/") and c.regle.startswith("anonymat.")]
    finally:
        (pieces / "devis.pdf").unlink()
        (pieces / "photo.bin").unlink()


def test_nom_de_l_annexe_lui_meme_garde(demo: Path) -> None:
    fichier = demo / "dossiers/2026-002/pieces/attestation-Madame-Vermeulen.txt"
    fichier.parent.mkdir(parents=True, exist_ok=True)
    fichier.write_text("Attestation de présence.\n", encoding="utf-8")
    try:
        constats = valider(demo, cache=True)
        assert any(c.fichier.endswith("attestation-Madame-Vermeulen.txt") and c.regle == "anonymat.nom"
                   and "dans le nom du fichier" in c.message for c in constats)
    finally:
        fichier.unlink()
