"""Ce que les essais de classes de la garde relisent de ses trouvailles : une seule écriture pour tous."""

from __future__ import annotations

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte, trouver

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"
FICHE = "dossiers/2019-003/concertations/2019-05-14.yaml"


def masques_des_noms(texte: str, fichier: str = NOTE) -> list[str]:
    """Ce que la garde montre de chaque nom trouvé, en entrée de `filrouge valider` (le message masque tout sauf les
    initiales)."""
    return [c.message for c in analyser_texte(texte, fichier, ContexteAnonymat())[0] if c.regle == "anonymat.nom"]


def seul_masque(texte: str, fichier: str = NOTE) -> str:
    """Le message du seul nom que la garde trouve dans le texte : aucun, ou un de plus (un morceau du nom lu à part),
    font échouer l'essai."""
    noms = masques_des_noms(texte, fichier)
    assert len(noms) == 1, noms
    return noms[0]


def noms_trouves(texte: str) -> list[str]:
    """Les noms trouvés dans le texte brut, relus à leur place (le message les masque)."""
    return [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat()) if t.regle == "anonymat.nom"]


def regles_trouvees(texte: str, fichier: str = NOTE) -> list[str]:
    """Les règles des constats de la garde sur le texte, dans l'ordre, lu comme `fichier` (un dossier de 2019 : l'année
    de la demande compte pour les dates de naissance)."""
    return [c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]]
