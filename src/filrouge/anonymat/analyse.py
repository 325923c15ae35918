"""Analyse d'un texte : tous les détecteurs, les marqueurs, puis des constats masqués."""

from __future__ import annotations

import re
from bisect import bisect_left

from filrouge.anonymat import (adresses, champs, courriel, dates, familles, identifiants, marqueurs, noms, plaques,
                               relecture, tableaux, telephone, vues)
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes, positions_du_mot
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


_AVANT_LE_TELEPHONE = {PRIORITE[r] for r in ("anonymat.niss", "anonymat.iban", "anonymat.email")}


def _sans_les_plus_forts(texte: str, lignes: Lignes, brutes: list[Trouvaille]) -> tuple[str, Lignes]:
    """Le texte où les NISS, IBAN et adresses déjà trouvés sont blanchis (sauts de ligne gardés, positions inchangées) :
    un numéro de téléphone qui les chevaucherait serait écarté (ils l'emportent), et phonenumbers n'a plus à y chercher
    un numéro chiffre par chiffre (le quart du temps de la garde sur un texte plein d'identifiants)."""
    fortes = [t for t in brutes if PRIORITE[t.regle] in _AVANT_LE_TELEPHONE]
    if not fortes:
        return texte, lignes
    morceaux, reprise = [], 0
    for t in sorted(fortes, key=lambda t: t.debut):
        debut = max(t.debut, reprise)
        morceaux.append(texte[reprise:debut])
        morceaux.append(_BLANCHIR.sub(" ", texte[debut:t.fin]))
        reprise = max(reprise, t.fin)
    morceaux.append(texte[reprise:])
    blanchi = "".join(morceaux)
    return blanchi, Lignes(blanchi)


_BLANCHIR = re.compile(r"[^\n]")


def _trouver(texte: str, contexte: ContexteAnonymat, lignes: Lignes | None, annee: int | None) -> list[Trouvaille]:
    """Les trouvailles de tous les détecteurs sur un texte déjà relu, la plus forte gardée là où elles se chevauchent."""
    lignes = lignes or Lignes(texte)
    brutes = dates.detecter(texte, lignes, contexte, annee)
    for detecteur in DETECTEURS:
        if detecteur is telephone and brutes:
            brutes.extend(telephone.detecter(*_sans_les_plus_forts(texte, lignes, brutes), contexte))
        else:
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
        for morceau, origine in [(valeur.texte, None), *((f.texte, f.origine) for f in vues.jointures(valeur.texte))]:
            lu_entier = prefixe + morceau
            for t in trouver(lu_entier, contexte, annee=annee):
                if t.debut < len(prefixe):
                    continue  # la clé elle-même : le texte brut l'a jugée
                lu = (t.regle, " ".join(lu_entier[t.debut:t.fin].split()))
                if lu not in signales:  # sinon le texte brut le montrait tel quel : déjà signalé à sa place
                    signales.add(lu)
                    decale = t.debut - len(prefixe)
                    if origine is not None:
                        decale = origine[decale]
                    reperes.append((_ligne_dans_la_valeur(texte, lignes, valeur, decale, lu_entier[t.debut:t.fin]),
                                    None, t))
    return reperes, remplacees


_FENETRE_DE_VALEUR = 4096
"""La plus longue valeur, et le plus long texte brut sous sa clé, où une trouvaille est replacée sur sa ligne (temps
linéaire : une fenêtre bornée par trouvaille) ; au-delà, elle reste sur la ligne de la clé."""


def _ligne_dans_la_valeur(texte: str, lignes: Lignes, valeur: vues.Valeur, decale: int, trouve: str) -> int:
    """L'indice de la ligne du texte brut où est écrit ce que la valeur décodée montre à `decale` : sous la clé, la
    ligne du même mot (lettres et chiffres, mot entier) au même rang, quand le texte brut de la valeur a ce mot autant
    de fois que la valeur décodée (« remarque: >-⏎  … au 0499 54⏎  45 80 » : la deuxième ligne, garde62) ; sinon, un
    mot échappé ou une valeur trop longue, la ligne de la clé (attaque-92 : « "tél. \\x30\\x34\\x39\\x39 54 45 80 ;⏎
    0499 est un préfixe" » reste sur la ligne de la clé)."""
    indice = valeur.ligne - 1
    mot = _PREMIER_MOT.search(trouve)
    if mot is None or not 0 <= indice < len(lignes.debuts) or len(valeur.texte) > _FENETRE_DE_VALEUR:
        return indice
    brutes = positions_du_mot(texte, mot.group(), lignes.debuts[indice], _fin_de_la_valeur(texte, lignes, indice), "", "")
    decodees = positions_du_mot(valeur.texte, mot.group(), 0, len(valeur.texte), "", "")
    if len(brutes) != len(decodees):
        return indice
    rang = sum(1 for position in decodees if position < decale)
    return lignes.numero(brutes[rang]) if rang < len(brutes) else indice


_PREMIER_MOT = re.compile(r"\w+")
"""Le premier mot d'une trouvaille, lettres et chiffres seulement : ce qui suit peut être écrit échappé dans le texte
brut (« fatoumata.barry\\u0040gmail.com »)."""


def _fin_de_la_valeur(texte: str, lignes: Lignes, indice: int) -> int:
    """La fin du texte brut d'une valeur dont la clé est sur la ligne `indice` : avant la première ligne non vide qui
    n'est pas plus en retrait que la clé (après un tiret de liste), au plus `_FENETRE_DE_VALEUR` caractères plus loin."""
    debut, fin = lignes.bornes(indice)
    ligne = texte[debut:fin]
    retrait = len(ligne) - len(ligne.lstrip(" -"))
    limite = min(len(texte), debut + _FENETRE_DE_VALEUR)
    suivante = indice + 1
    while suivante < len(lignes.debuts) and lignes.debuts[suivante] < limite:
        debut, fin = lignes.bornes(suivante)
        contenu = texte[debut:fin]
        if contenu.strip() and len(contenu) - len(contenu.lstrip(" ")) <= retrait:
            return debut
        suivante += 1
    return limite

