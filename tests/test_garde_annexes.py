"""La garde lit tout ce que dossiers/ contient, pas seulement les formulaires.

Un fichier inattendu, caché, une pièce en texte, un fichier posé à la racine de dossiers/ : ni
vérifiés ni publiés, ils entrent pourtant dans le dépôt. `filrouge valider` (le hook de commit)
doit y refuser une donnée identifiante, avec ou sans cache, et ne rien inventer dans un binaire.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from filrouge.validation import valider
from tests.outils import copier_demo

TELEPHONE = "La mère est joignable au 0471 23 45 67 le matin.\n"
COURRIEL = "Écrire à jeanne.vermeulen@courriel.test pour la suite.\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copier_demo(tmp_path_factory.mktemp("annexes") / "reseau")


@pytest.mark.parametrize("cache", [False, True])
@pytest.mark.parametrize(("relatif", "contenu", "regle"), [
    ("dossiers/2026-002/notes-perso.md", TELEPHONE, "anonymat.telephone"),
    ("dossiers/2026-002/.brouillon.txt", COURRIEL, "anonymat.email"),
    ("dossiers/2026-002/pieces/compte-rendu.txt", TELEPHONE, "anonymat.telephone"),
    ("dossiers/2026-002/pieces/sous/dossier/liste.csv", "nom;telephone\nmere;0471 23 45 67\n", "anonymat.telephone"),
    ("dossiers/2026-002/concertations/brouillon.txt", COURRIEL, "anonymat.email"),
    ("dossiers/a-trier.txt", TELEPHONE, "anonymat.telephone"),
    ("dossiers/.cache/reste.md", COURRIEL, "anonymat.email"),
    ("dossiers/2026-002/ancien.txt", "Joignable au 0471 23 45 67, né à Liège.".encode("cp1252"), "anonymat.telephone"),
])
def test_donnee_identifiante_hors_formulaire_refusee(demo: Path, relatif: str, contenu: str | bytes, regle: str,
                                                     cache: bool) -> None:
    fichier = demo / relatif
    fichier.parent.mkdir(parents=True, exist_ok=True)
    fichier.write_bytes(contenu if isinstance(contenu, bytes) else contenu.encode("utf-8"))
    try:
        constats = valider(demo, cache=cache)
        trouves = [c for c in constats if c.fichier == relatif and c.regle == regle]
        assert trouves and all(c.est_erreur for c in trouves), [c for c in constats if c.fichier == relatif]
        assert all("0471" not in c.message and "vermeulen" not in c.message for c in trouves)
    finally:
        fichier.unlink()
    assert not [c for c in valider(demo, cache=cache) if c.fichier == relatif], "corrigé, plus rien n'est signalé"


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
