"""Identifiants répartis sur les cellules d'un tableau Markdown.

Un tableau coupe un identifiant en colonnes (« | BE15 7513 | 3561 9030 | », « | +32 | 487 36 50 21 | »,
« | Jour | Mois | Année | » puis « | 07 | 03 | 2012 | ») : le lecteur le lit d'un tenant, cellules
recollées, et chaque cellule sous l'en-tête de sa colonne (« | Compte | » au-dessus de « 001 5738210 57 »).
Chaque ligne de tableau est relue ainsi par les détecteurs d'identifiants structurés (et, pour les noms, seulement
la cellule sous un titre de nom, « | Acteur | » au-dessus de « greco » : une cellule suivie d'une autre n'est pas
un nom composé ; dans un tableau d'actions, chaque titre de colonne après le premier, « | Action | Cheikh | SPJ | »),
la légende qui précède le tableau (« Naissance du jeune : ») devant, comme dans une phrase. Seules les lignes de tableau sont relues : temps linéaire.
"""

from __future__ import annotations

from filrouge.anonymat import adresses, champs, courriel, dates, identifiants, noms, plaques, telephone
from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.trouvaille import Trouvaille

DETECTEURS = (identifiants.detecter, courriel.detecter, telephone.detecter, dates.detecter, adresses.detecter,
              plaques.detecter, noms.valeurs_de_noms, champs.personnes_d_un_message)
LIGNES_LEGENDE = 2
"""Lignes lues au-dessus d'un tableau pour sa légende (une ligne vide entre les deux est courante)."""
LONGUEUR_LEGENDE = 80
"""La fin de la légende seulement : les indices de contexte (« naissance », « compte ») y sont."""


_TITRES_PAR_ACTEUR = frozenset({"action", "tâche", "tache", "engagement", "démarche", "demarche", "étape", "etape"})
"""Premier titre d'un tableau dont les autres colonnes sont des acteurs (« | Action | Cheikh | SPJ | SSM | »)."""


def _cellules(texte: str, debut: int, fin: int) -> list[tuple[int, int]]:
    """Les cellules (intervalles sans les espaces autour) d'une ligne de tableau ; « \\| » n'en sépare pas."""
    barres = [i for i in range(debut, fin) if texte[i] == "|" and (i == debut or texte[i - 1] != "\\")]
    if barres and texte[debut:barres[0]].strip(" \t>"):
        barres.insert(0, debut - 1)  # sans barre de bord (« lina |2012 ») : la première cellule part du début de ligne
    cellules = []
    for a, b in zip(barres, barres[1:] + ([fin] if texte[barres[-1] + 1 : fin].strip() else [])):
        g, d = a + 1, b
        while g < d and texte[g] in " \t":
            g += 1
        while d > g and texte[d - 1] in " \t":
            d -= 1
        cellules.append((g, d))
    return cellules


def _separateur(texte: str, cellules: list[tuple[int, int]]) -> bool:
    return all(texte[g:d] and set(texte[g:d]) <= set("-: ") for g, d in cellules)


class _Lecture:
    """Un texte relu, et pour chacun de ses caractères sa position dans le texte écrit (-1 : ajouté)."""

    def __init__(self) -> None:
        self.morceaux: list[str] = []
        self.origine: list[int] = []

    def ajouter(self, texte: str, debut: int = -1, fin: int = -1) -> None:
        """Le texte écrit `texte[debut:fin]` si `debut` est donné, sinon `texte` tel quel (sans origine)."""
        if debut < 0:
            self.morceaux.append(texte)
            self.origine.extend([-1] * len(texte))
        else:
            self.morceaux.append(texte[debut:fin])
            self.origine.extend(range(debut, fin))


def _legende(texte: str, lignes: Lignes, premiere: int) -> str:
    """Le texte non vide juste au-dessus du tableau (au plus `LIGNES_LEGENDE` lignes plus haut)."""
    for indice in range(premiere - 1, max(-1, premiere - 1 - LIGNES_LEGENDE), -1):
        debut, fin = lignes.bornes(indice)
        ligne = texte[debut:fin].strip()
        if ligne:
            return "" if ligne.startswith("|") else ligne[-LONGUEUR_LEGENDE:]
    return ""


def _a_cote_d_un_proche(texte: str, cellules: list[tuple[int, int]], contexte: ContexteAnonymat) -> list[Trouvaille]:
    """Les cellules d'une ligne voisines d'une cellule qui dit un lien de parenté, si elles forment un nom. À majuscule,
    un prénom porté que le dictionnaire n'a pas y est un prénom (« | Mei | cousine | », garde46 et 47) ; pas un autre
    mot qu'un tableau met aussi à côté d'un proche (« | Mère | Soleil | » sous « Mot choisi », « | Mère | Grâce | »,
    « | Mère | Islam | » sous « Religion » : l'attaque-77, revue47)."""
    trouves = []
    for rang, (g, d) in enumerate(cellules):
        voisines = [texte[a:b] for a, b in cellules[max(0, rang - 1):rang] + cellules[rang + 1:rang + 2]]
        if not (g < d and any(noms.est_un_proche(v) for v in voisines)):
            continue
        homonymes = ("tous admis" if texte[g].isupper() and noms.prenom_porte_hors_du_dictionnaire(texte[g:d])
                     else "tous refusés")
        if noms.nom_d_un_proche(texte[g:d], contexte, homonymes):
            trouves.append(Trouvaille(g, d, noms.REGLE, noms.message_nom(texte[g:d], "nom à côté d'un lien de parenté")))
    return trouves


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if "|" not in texte:
        return []
    lecture = _Lecture()
    titres_de_noms: list[Trouvaille] = []
    proches = bool(noms.proches_possibles(lignes))
    for tableau in lignes.tableaux():
        if len(tableau) < 2:
            continue
        entete = _cellules(texte, *lignes.bornes(tableau[0]))
        titres = [texte[g:d] for g, d in entete]
        legende = _legende(texte, lignes, tableau[0])
        colonnes_de_proches = [noms.titre_de_proches(titre) for titre in titres]
        if titres and titres[0].casefold().rstrip("s") in _TITRES_PAR_ACTEUR:
            # « | Action | Cheikh | SPJ | » : une colonne par acteur, son titre est un nom ou un rôle
            titres_de_noms += filter(None, (noms.titre_de_colonne(texte, g, d, contexte) for g, d in entete[1:]))
        for indice in tableau[1:]:
            cellules = _cellules(texte, *lignes.bornes(indice))
            if not cellules or _separateur(texte, cellules):
                continue
            # « | Tante maternelle | tewolde | », « | warnier | père | » : la cellule à côté d'un proche le nomme ;
            # « | Fratrie | Âge | » au-dessus de « | diop | 11 ans | » : la cellule sous un titre de proches aussi
            if proches:
                titres_de_noms += _a_cote_d_un_proche(texte, cellules, contexte)
            if any(colonnes_de_proches):
                titres_de_noms += [
                    Trouvaille(g, d, noms.REGLE, noms.message_nom(texte[g:d], "nom sous un titre de proches"))
                    for (g, d), proche in zip(cellules, colonnes_de_proches)
                    if proche and g < d and noms.nom_d_un_proche(texte[g:d], contexte)]
            # la ligne d'un tenant, après la légende et les titres : « Naissance : Jour Mois Année : 07 03 2012 »
            lecture.ajouter(f"{legende} : {' '.join(titres)} : ")
            for rang, (g, d) in enumerate(cellules):
                if rang:
                    lecture.ajouter(" ")
                lecture.ajouter(texte, g, d)
            lecture.ajouter("\n")
            # chaque cellule sous son titre : « Compte : 001 5738210 57 »
            for rang, (g, d) in enumerate(cellules):
                if rang < len(titres) and titres[rang] and g < d:
                    lecture.ajouter(f"{titres[rang]} : ")
                    lecture.ajouter(texte, g, d)
                    lecture.ajouter("\n")
    resultats = titres_de_noms
    if not lecture.morceaux:
        return resultats
    relu = "".join(lecture.morceaux)
    origine = lecture.origine
    lignes_relues = Lignes(relu)
    for detecteur in DETECTEURS:
        for t in detecteur(relu, lignes_relues, contexte):
            debut, dernier = origine[t.debut], origine[t.fin - 1]
            if debut >= 0 and dernier >= 0:
                resultats.append(Trouvaille(debut, dernier + 1, t.regle, t.message))
    return resultats
