"""Les pièces jointes téléversées dans l'atelier : un nom sûr, une taille bornée, jamais par-dessus un fichier.

Le nom vient du navigateur, donc de n'importe où : un chemin (« ../ », « /etc/… », « C:\\… ») est refusé, pas
deviné ; le reste est ramené à des minuscules ASCII, chiffres et tirets, sous `pieces/` du dossier (là où la
règle financement.piece les cherche). Seuls les formats qu'un coordinateur ouvre sans risque passent.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from filrouge.atelier.ecriture import FichierChange

REPERTOIRE = "pieces"
TAILLE_MAX = 10 * 1024 * 1024
"""10 Mo : un devis scanné ou une facture ; au-delà, c'est rarement une pièce."""
EXTENSIONS = (".pdf", ".png", ".jpg", ".jpeg", ".odt", ".ods", ".docx", ".xlsx", ".md", ".txt")
"""Documents, images et texte ; ni exécutable, ni page web, ni macro."""


_FORMATS = {".pdf": "PDF", ".png": "image", ".jpg": "image", ".jpeg": "image", ".odt": "document", ".docx": "document",
            ".ods": "tableur", ".xlsx": "tableur", ".md": "texte", ".txt": "texte"}


def libelle(nom: str) -> str:
    """Une pièce telle que la liste des fichiers la montre : son nom et son format en mots (« devis (PDF) »), sans
    extension de fichier à déchiffrer."""
    base, point, extension = nom.rpartition(".")
    format_ = _FORMATS.get(f".{extension.lower()}") if point else None
    return f"{base} ({format_})" if format_ else nom


class PieceRefusee(Exception):
    """Un fichier joint refusé ; le message dit pourquoi, en français, sans recopier le nom reçu."""


def nom_sur(recu: str) -> str:
    """Le nom sous lequel ranger la pièce (« Devis été 2026.PDF » → « devis-ete-2026.pdf ») ; lève PieceRefusee."""
    if not recu.strip():
        raise PieceRefusee("aucun fichier choisi.")
    if "/" in recu or "\\" in recu or recu.startswith(".") or ":" in recu or "\x00" in recu:
        raise PieceRefusee("le nom du fichier contient un chemin (dossier, « .. » ou lecteur) : choisissez le fichier "
                           "lui-même, sous un nom simple.")
    base, point, extension = recu.strip().rpartition(".")
    extension = f".{extension.lower()}" if point else ""
    if extension not in EXTENSIONS:
        raise PieceRefusee(f"format de fichier non permis : joignez un fichier {', '.join(e[1:] for e in EXTENSIONS)}.")
    sans_accents = "".join(c for c in unicodedata.normalize("NFKD", base) if not unicodedata.combining(c)).lower()
    propre = re.sub(r"[^a-z0-9]+", "-", sans_accents).strip("-")[:60].strip("-")
    if not propre:
        raise PieceRefusee("le nom du fichier ne garde aucune lettre ni aucun chiffre : renommez-le (ex. devis.pdf).")
    return f"{propre}{extension}"


def verifier_taille(taille: int) -> None:
    if taille == 0:
        raise PieceRefusee("le fichier joint est vide.")
    if taille > TAILLE_MAX:
        raise PieceRefusee(f"fichier trop volumineux ({taille / 1024 / 1024:.1f} Mo, au plus "
                           f"{TAILLE_MAX // 1024 // 1024} Mo).")


def ecrire_sans_ecraser(chemin: Path, contenu: bytes, relatif: str) -> None:
    """Écrit la pièce d'un coup, seulement si aucun fichier de ce nom n'existe (même apparu entre-temps)."""
    descripteur, temporaire = tempfile.mkstemp(dir=chemin.parent, prefix=f".{chemin.name}.", suffix=".tmp")
    try:
        with os.fdopen(descripteur, "wb") as flux:
            flux.write(contenu)
            flux.flush()
            os.fsync(flux.fileno())
        os.chmod(temporaire, 0o644)
        try:
            os.link(temporaire, chemin)  # échoue si le fichier existe : jamais d'écrasement
        except FileExistsError:
            raise FichierChange(relatif) from None
    finally:
        Path(temporaire).unlink(missing_ok=True)
