"""Analyse d'un texte : tous les détecteurs, les marqueurs, puis des constats masqués."""

from __future__ import annotations

from filrouge.anonymat import adresses, courriel, dates, identifiants, marqueurs, noms, telephone
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.trouvaille import PRIORITE, Trouvaille
from filrouge.constat import Constat

REGLE_MARQUEUR = "anonymat.marqueur"
GRAVITE = "erreur"
DETECTEURS = (identifiants, courriel, telephone, dates, adresses, noms)


def trouver(texte: str, contexte: ContexteAnonymat, lignes: Lignes | None = None) -> list[Trouvaille]:
    """Toutes les trouvailles, sans chevauchement (la règle la plus forte l'emporte), par position."""
    lignes = lignes or Lignes(texte)
    brutes: list[Trouvaille] = []
    for detecteur in DETECTEURS:
        brutes.extend(detecteur.detecter(texte, lignes, contexte))
    brutes.sort(key=lambda t: (PRIORITE[t.regle], t.debut, -(t.fin - t.debut)))
    gardees: list[Trouvaille] = []
    for t in brutes:
        if not any(g.debut < t.fin and t.debut < g.fin for g in gardees):
            gardees.append(t)
    gardees.sort(key=lambda t: (t.debut, PRIORITE[t.regle]))
    return gardees


def analyser_texte(texte: str, fichier: str, contexte: ContexteAnonymat) -> tuple[list[Constat], int]:
    """Constats (ligne et colonne à partir de 1, gravité « erreur ») et nombre de marqueurs acceptés."""
    lignes = Lignes(texte)
    trouvailles = trouver(texte, contexte, lignes)
    acceptes: set[int] = set()
    sans_raison: dict[int, int] = {}
    for marqueur in marqueurs.trouver(texte):
        indice = lignes.numero(marqueur.position)
        if marqueur.accepte:
            acceptes.add(indice)
        else:
            sans_raison[indice] = marqueur.position
    constats: list[Constat] = []
    lignes_signalees: set[int] = set()
    for t in trouvailles:
        indice = lignes.numero(t.debut)
        if indice in acceptes:
            continue
        ligne, colonne = lignes.ligne_colonne(t.debut)
        message = t.message
        if indice in sans_raison:
            message += " ; le marqueur « anonymat: ok » de cette ligne n'a pas de raison et n'accepte rien"
        lignes_signalees.add(indice)
        constats.append(Constat(fichier, ligne, t.regle, GRAVITE, message, colonne))
    for indice, position in sans_raison.items():
        if indice in lignes_signalees or indice in acceptes:
            continue
        ligne, colonne = lignes.ligne_colonne(position)
        constats.append(
            Constat(
                fichier,
                ligne,
                REGLE_MARQUEUR,
                GRAVITE,
                "marqueur « anonymat: ok » sans raison : écrire pourquoi ce n'est pas une donnée identifiante "
                "(ex. « anonymat: ok nom d'un service public »)",
                colonne,
            )
        )
    constats.sort(key=Constat.cle_tri)
    return constats, len(acceptes)
