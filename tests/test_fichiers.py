"""`fichiers.ecrire_atomiquement` : l'unique écriture de filrouge, d'un coup, sans rien perdre ni suivre."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from filrouge import fichiers
from filrouge.fichiers import ecrire_atomiquement


def _droits(chemin: Path) -> int:
    return stat.S_IMODE(os.lstat(chemin).st_mode)


def test_remplace_en_gardant_les_droits_et_les_fins_de_ligne(tmp_path: Path) -> None:
    chemin = tmp_path / "dossier.yaml"
    chemin.write_text("ancien\n", encoding="utf-8")
    chemin.chmod(0o640)
    ecrire_atomiquement(chemin, "id: 2019-001\r\nnote: « é »\r\n")
    assert chemin.read_bytes() == "id: 2019-001\r\nnote: « é »\r\n".encode("utf-8"), "texte UTF-8, \\r\\n gardés"
    assert _droits(chemin) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.yaml"], "aucun temporaire laissé"


def test_fichier_neuf_selon_le_masque_et_octets(tmp_path: Path) -> None:
    ancien = os.umask(0o027)
    try:
        ecrire_atomiquement(tmp_path / "cache.marshal", b"\x00\x01")
    finally:
        os.umask(ancien)
    assert (tmp_path / "cache.marshal").read_bytes() == b"\x00\x01"
    assert _droits(tmp_path / "cache.marshal") == 0o640


def test_droits_imposes(tmp_path: Path) -> None:
    chemin = tmp_path / "noms.json"
    chemin.write_text("{}", encoding="utf-8")
    chemin.chmod(0o644)
    ecrire_atomiquement(chemin, "{}\n", droits=0o600)
    assert _droits(chemin) == 0o600
    ecrire_atomiquement(tmp_path / "neuf.json", "{}\n", droits=0o600)
    assert _droits(tmp_path / "neuf.json") == 0o600


def test_un_echec_ne_laisse_ni_temporaire_ni_fichier_a_moitie_ecrit(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    chemin = tmp_path / "dossier.yaml"
    chemin.write_text("id: 2019-001\n", encoding="utf-8")

    def coupure(descripteur: int) -> None:
        raise OSError(28, "plus de place")

    monkeypatch.setattr(fichiers.os, "fsync", coupure)
    with pytest.raises(OSError, match="plus de place"):
        ecrire_atomiquement(chemin, "id: 2019-002\n" * 1000)
    assert chemin.read_text(encoding="utf-8") == "id: 2019-001\n", "l'ancien contenu est intact"
    assert [p.name for p in tmp_path.iterdir()] == ["dossier.yaml"], "aucun temporaire laissé"


def test_un_lien_symbolique_est_remplace_jamais_suivi(tmp_path: Path) -> None:
    cible = tmp_path / "ailleurs.txt"
    cible.write_text("à ne pas toucher\n", encoding="utf-8")
    cible.chmod(0o600)
    lien = tmp_path / "schema.json"
    lien.symlink_to(cible)
    ancien = os.umask(0o022)
    try:
        ecrire_atomiquement(lien, "{}\n")
    finally:
        os.umask(ancien)
    assert not lien.is_symlink() and lien.read_text(encoding="utf-8") == "{}\n"
    assert cible.read_text(encoding="utf-8") == "à ne pas toucher\n"
    assert _droits(cible) == 0o600 and _droits(lien) == 0o644, "droits d'un fichier neuf, pas ceux de la cible"
