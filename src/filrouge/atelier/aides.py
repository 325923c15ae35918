"""L'aide d'un champ de formulaire, tirée de la description du modèle.

La description est écrite pour qui tape le YAML dans son éditeur (infobulle du schéma) ou remplit le formulaire
papier : « true si … », « Identifiant de l'acteur dans dossier.yaml », « (AAAA-MM-JJ) », « (souligné sur le
formulaire) ». Sous une case à cocher, un choix oui/non ou un calendrier, ces mots ne veulent rien dire : l'atelier
dit la même chose avec les mots du formulaire.
"""

from __future__ import annotations

import re

_FORMAT_DATE = re.compile(r"\s*\(AAAA-MM-JJ\)|,\s*AAAA-MM-JJ(?=\.)")
_MOTS = {"dossier.yaml": "la fiche du dossier", "reseau.yaml": "la configuration du réseau",
         "le même que dans le nom du fichier": "le même que celui de la note ouverte",
         " (souligné sur le formulaire)": ""}
"""Ce que dit la description pour qui écrit le YAML (ou remplit le formulaire papier) → ce que lit l'atelier."""
AIDE_FICHIER = ("Un fichier déjà rangé dans le dossier : une note de synthèse ou une pièce ; un nouveau fichier se "
                "joint par « Joindre une pièce », plus bas.")
_VRAI_FAUX = re.compile(r"\btrue ou false\b|\btrue(?: :| si)|\btrue\b|\bfalse\b")


def aide(description: str, genre: str) -> str:
    """La description dite pour le contrôle `genre` (case, oui_non, date…) : ni valeur du YAML ni nom de fichier."""
    if genre == "fichier":  # un choix dans une liste : ni chemin ni exemple à taper
        return AIDE_FICHIER
    texte = description
    if genre == "date":
        texte = _FORMAT_DATE.sub("", texte)
    for mots_du_yaml, mots in _MOTS.items():
        texte = texte.replace(mots_du_yaml, mots)

    def dire(trouve: re.Match[str]) -> str:
        mot = trouve[0]
        if mot == "true ou false":
            return "oui ou non"
        if mot == "false":
            return "non"
        if genre == "case":
            return "cochez si"
        return "oui si" if mot != "true" else "oui"

    texte = _VRAI_FAUX.sub(dire, texte)
    return texte[:1].upper() + texte[1:]
