"""Analyse d'un texte : tous les détecteurs, les marqueurs, puis des constats masqués."""

from __future__ import annotations

import re
from bisect import bisect_left

from filrouge.anonymat import (adresses, champs, courriel, dates, familles, identifiants, marqueurs, noms, plaques,
                               relecture, tableaux, telephone, vues)
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.normalisation import ESPACES, latin_lu
from filrouge.anonymat.trouvaille import PRIORITE, REGLES, Trouvaille
from filrouge.constat import Constat
from filrouge.lecture import Document

REGLE_MARQUEUR = "anonymat.marqueur"
GRAVITE = "erreur"
DETECTEURS = (identifiants, courriel, telephone, adresses, plaques, tableaux, noms, champs, familles)
"""Avec `dates`, appelé à part : il lit aussi l'année du dossier du fichier."""


_ASTRALES = [c for c in ESPACES if c > 0xFFFF]
_AUTRES_ESPACES = re.compile("[" + "".join(re.escape(chr(c)) for c in ESPACES if c <= 0xFFFF)
                             + (re.escape(chr(min(_ASTRALES))) + "-" + re.escape(chr(max(_ASTRALES))) if _ASTRALES else "")
                             + "]")
"""Cherchées avant de traduire : `translate` coûte 40 ns par caractère, la recherche vingt fois moins. Les caractères
hors du plan de base (les lettres et chiffres mathématiques) en un seul intervalle qui les couvre tous, tiré de la table
(la vingtaine d'intervalles exacts, troués, rendait la recherche dix fois plus lente)."""


def trouver(texte: str, contexte: ContexteAnonymat, lignes: Lignes | None = None,
            annee: int | None = None) -> list[Trouvaille]:
    """Toutes les trouvailles, sans chevauchement (la règle la plus forte l'emporte), par position.

    Les détecteurs lisent le texte comme un lecteur : des espaces ordinaires à la place des espaces insécables et
    des tabulations, des chiffres à la place d'un « O » collé à un chiffre (un caractère pour un, les positions ne
    changent pas), puis le texte relu par `relecture` (composé, références de caractères décodées, sans marques
    Markdown ni balises ni caractères invisibles au rendu) ; quand ce qui y est lu comme rien colle deux mots ou cachait
    du texte, le texte écrit est lu aussi (`Reecrit.efface`).
    """
    if _AUTRES_ESPACES.search(texte):
        texte, lignes = texte.translate(ESPACES), None
    for lire in (relecture.chiffres_lus, latin_lu):
        lu = lire(texte)
        if lu is not texte:
            texte, lignes = lu, None
    relu = relecture.relire(texte)
    if relu is None:
        return _trouver(texte, contexte, lignes, annee)
    # « Nu\u0303nez » lu « Nuñez », « 02/416\\.99 » lu « 02/416.99 » : ramenés au texte écrit
    lues = [Trouvaille(*relu.ramener(t.debut, t.fin), t.regle, t.message) for t in _trouver(relu.texte, contexte, None, annee)]
    if not relu.efface:
        return lues
    # des marques lues comme rien peuvent coller deux mots (« **Nadia**Oubelkhir ») ou cacher ce qu'elles portent (« <span
    # title="…"> », un commentaire) : le texte écrit est lu aussi, ce qu'il montre ailleurs qu'aux trouvailles lues s'ajoute
    prises = Intervalles()
    for t in lues:
        prises.ajouter(t.debut, t.fin)
    ecrites = [t for t in _trouver(texte, contexte, lignes, annee) if not prises.chevauche(t.debut, t.fin)]
    return sorted(lues + ecrites, key=lambda t: (t.debut, PRIORITE[t.regle])) if ecrites else lues


def _trouver(texte: str, contexte: ContexteAnonymat, lignes: Lignes | None, annee: int | None) -> list[Trouvaille]:
    """Les trouvailles de tous les détecteurs sur un texte déjà relu, la plus forte gardée là où elles se chevauchent."""
    lignes = lignes or Lignes(texte)
    brutes = dates.detecter(texte, lignes, contexte, annee)
    for detecteur in DETECTEURS:
        brutes.extend(detecteur.detecter(texte, lignes, contexte))
    brutes.sort(key=lambda t: (PRIORITE[t.regle], t.debut, -(t.fin - t.debut)))
    gardees: list[Trouvaille] = []
    prises = Intervalles()
    for t in brutes:
        if not prises.chevauche(t.debut, t.fin):
            prises.ajouter(t.debut, t.fin)
            gardees.append(t)
    gardees.sort(key=lambda t: (t.debut, PRIORITE[t.regle]))
    return gardees


def analyser_texte(texte: str, fichier: str, contexte: ContexteAnonymat,
                   document: Document | None = None) -> tuple[list[Constat], int]:
    """Constats (ligne et colonne à partir de 1, gravité « erreur ») et nombre de marqueurs acceptés.

    Le texte est lu tel qu'il est écrit, puis tel qu'un lecteur le verra (`vues`) : coupures douces d'un
    récit rejointes, valeurs et clés YAML décodées. `document` : le fichier déjà lu par la validation
    (son YAML n'est pas relu).
    """
    lignes = Lignes(texte)
    annee = dates.annee_du_dossier(fichier)
    brutes = trouver(texte, contexte, lignes, annee)
    lisibles, remplacees = _lisibles(texte, fichier, contexte, document, lignes, brutes, annee)
    reperes = [(lignes.numero(t.debut), lignes.ligne_colonne(t.debut)[1], t)
               for i, t in enumerate(brutes) if i not in remplacees]
    reperes += lisibles
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
    for indice, colonne, t in sorted(reperes, key=lambda r: (r[0], r[1] or 0)):
        if indice in acceptes:
            continue
        ligne = indice + 1
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


def _lisibles(texte: str, fichier: str, contexte: ContexteAnonymat, document: Document | None, lignes: Lignes,
              deja: list[Trouvaille], annee: int | None) -> tuple[list[tuple[int, int | None, Trouvaille]], set[int]]:
    """Ce que le texte brut cachait : (indice de ligne, colonne, trouvaille en positions du texte brut), et les indices
    des trouvailles brutes (`deja`, dans l'ordre du texte, disjointes) qu'une trouvaille rejointe de même règle contient :
    « Julie » sous « Julie⏎Kwabenaz » ; le constat montre le nom entier, une fois."""
    reperes: list[tuple[int, int | None, Trouvaille]] = []
    remplacees: set[int] = set()
    if not fichier.endswith((".yaml", ".yml")):
        occupe = {regle: Intervalles() for regle in PRIORITE}
        """Par règle : une trouvaille rejointe n'est écartée que par une plus forte qui la chevauche (« rue
        Émile⏎Vandervelde 42 » est une adresse, même si le texte brut y a déjà vu un nom), ou par une de la même règle
        qui la couvre (revue58)."""
        for t in deja:
            occupe[t.regle].ajouter(t.debut, t.fin)
        debuts = [t.debut for t in deja]
        for fenetre in vues.jointures(texte, vues.debut_du_recit(texte)):
            for t in trouver(fenetre.texte, contexte, annee=annee):
                if not t.debut <= fenetre.coupure < t.fin:
                    continue  # tout entier sur une ligne : le texte brut l'a déjà jugé
                if t.debut == fenetre.coupure and noms.mot_de_tete_de_phrase(fenetre.texte[t.debut:t.fin]):
                    continue  # « Retard du papa⏎Travaux sur l'A4 » : la ligne commence une phrase, rien d'avant n'en fait un nom
                debut, fin = fenetre.origine[t.debut], fenetre.origine[t.fin - 1] + 1
                if (any(occupe[regle].chevauche(debut, fin) for regle in REGLES[:PRIORITE[t.regle]])
                        or occupe[t.regle].couvre(debut, fin)):
                    continue  # une plus forte l'a vue, ou la même, entière ; la même en partie (« l'éducatrice
                    # Julie⏎Kwabenaz » : « Julie » sur sa ligne) ne la cache pas, la suite du nom est sur l'autre ligne
                occupe[t.regle].ajouter(debut, fin)
                reperes.append((lignes.numero(debut), lignes.ligne_colonne(debut)[1], Trouvaille(debut, fin, t.regle, t.message)))
                i = bisect_left(debuts, debut)
                while i < len(deja) and deja[i].fin <= fin:
                    if deja[i].regle == t.regle:
                        remplacees.add(i)
                    i += 1
    # comparés espaces et sauts de ligne réduits : « x@hotmail⏎  .com » brut et « x@hotmail .com » décodé sont une
    # adresse ; l'apostrophe doublée d'une chaîne YAML entre apostrophes aussi (« 'rue de l''Église 12' » : une seule)
    signales = {(t.regle, " ".join(texte[t.debut:t.fin].replace("''", "'").split())) for t in deja}
    for valeur in vues.valeurs_decodees(texte, fichier, document):
        # lue après sa clé, comme dans le fichier : « date_naissance: "09\x2F12\x2F2012" » est une naissance
        prefixe = f"{valeur.cle}: " if valeur.cle else ""
        for morceau in [valeur.texte, *(f.texte for f in vues.jointures(valeur.texte))]:
            lu_entier = prefixe + morceau
            for t in trouver(lu_entier, contexte, annee=annee):
                if t.debut < len(prefixe):
                    continue  # la clé elle-même : le texte brut l'a jugée
                lu = (t.regle, " ".join(lu_entier[t.debut:t.fin].split()))
                if lu not in signales:  # sinon le texte brut le montrait tel quel : déjà signalé à sa place
                    signales.add(lu)
                    reperes.append((valeur.ligne - 1, None, t))
    return reperes, remplacees
