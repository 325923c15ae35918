"""Fusionner deux dossiers reconnus comme le même jeune : `filrouge fusionner GARDE ABSORBE`.

Le dossier gardé garde son identifiant, ses dates, son statut et son consentement ; il reçoit tout ce
que contenait l'autre : acteurs qui lui manquent, notes de synthèse, demandes de financement, pièces,
phase préparatoire (rangée dans pieces/ s'il a déjà la sienne), tout autre fichier, et le dossier.yaml
de l'absorbé tel quel (pieces/dossier-ABSORBE.yaml : ses dates, son consentement, ses commentaires). L'identifiant
absorbé est noté dans `fusionne_avec` du dossier gardé : les demandes déjà décidées qui le citent
(`dossier:`) restent valides sans être réécrites, et `filrouge nouveau dossier` ne le redonne jamais.

Rien ne se perd, rien ne s'écrase : la fusion est refusée, avant toute écriture, si les deux dossiers
ne désignent pas le même jeune, si un même identifiant d'acteur y décrit deux personnes différentes,
si les deux ont une note du même jour, si un même nom de fichier y a deux contenus, ou si le dossier
fusionné ne passerait pas `filrouge valider`. Les fichiers sont d'abord copiés (sans jamais écraser),
puis dossier.yaml est remplacé d'un coup (commentaires et ordre des clés gardés), et le répertoire
absorbé n'est retiré qu'en dernier : une interruption laisse au pire un doublon, jamais une perte.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from filrouge.code_jeune import meme_jeune
from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, DossierCharge, charger_depot, charger_dossier
from filrouge.edition_yaml import Edition
from filrouge.fichiers import ecrire_atomiquement
from filrouge.francais import ErreurUtilisation
from filrouge.modele import Dossier
from filrouge.rapport import en_texte
from filrouge.regles.registre import appliquer

FICHIER_DOSSIER = "dossier.yaml"
FICHIER_PREPARATION = "preparation.yaml"


class RefusFusion(ErreurUtilisation):
    """La fusion n'a pas eu lieu, et rien n'a été écrit : le message dit pourquoi et quoi faire."""


@dataclass(frozen=True)
class Fusion:
    garde: str
    absorbe: str
    fichiers: tuple[str, ...]
    """Les fichiers reçus par le dossier gardé (chemins relatifs à la racine), dossier.yaml compris."""
    acteurs_ajoutes: tuple[str, ...]


def fusionner(racine: Path, garde: str, absorbe: str) -> Fusion:
    """Fusionne le dossier `absorbe` dans `garde` ; lève RefusFusion (rien n'est écrit) en cas de conflit."""
    if garde == absorbe:
        raise RefusFusion(f"fusionner : {garde} et {absorbe} sont le même dossier.")
    depot = charger_depot(racine)
    a, b = _dossier(depot, garde), _dossier(depot, absorbe)
    _meme_jeune(a, b)
    _deux_dossiers_sans_erreur(depot, a, b)
    modele_a, modele_b = _modele(a), _modele(b)
    ajoutes = _acteurs_a_ajouter(modele_a, modele_b)
    _notes_sans_doublon(a, b)
    copies = _fichiers_a_copier(a, b)
    texte = _dossier_fusionne(a, modele_a, modele_b, ajoutes)
    _fusion_valide(depot, a, copies, texte)
    for source, cible in copies:
        _copier_sans_ecraser(source, cible)
    ecrire_atomiquement(a.chemin / FICHIER_DOSSIER, texte)
    shutil.rmtree(b.chemin)
    recus = sorted(f"{a.relatif}/{cible.relative_to(a.chemin).as_posix()}" for _, cible in copies)
    return Fusion(garde, absorbe, (f"{a.relatif}/{FICHIER_DOSSIER}", *recus), tuple(ajoutes))


def _dossier(depot: Depot, ident: str) -> DossierCharge:
    charge = next((c for c in depot.dossiers if c.id == ident), None)
    if charge is None:
        raise RefusFusion(f"fusionner : aucun dossier {ident} dans {REPERTOIRE_DOSSIERS}/.")
    if charge.modele is None:
        raise RefusFusion(f"fusionner : {charge.relatif}/{FICHIER_DOSSIER} est illisible ou invalide ; "
                          "lancez « filrouge valider » et corrigez-le d'abord.")
    return charge


def _modele(charge: DossierCharge) -> Dossier:
    assert charge.modele is not None  # vérifié par _dossier
    return charge.modele


def _meme_jeune(a: DossierCharge, b: DossierCharge) -> None:
    da, db = _modele(a), _modele(b)
    codes_a = [da.code, *(p.code for p in da.codes_precedents)]
    codes_b = [db.code, *(p.code for p in db.codes_precedents)]
    if not any(meme_jeune(x, y) for x in codes_a for y in codes_b):
        raise RefusFusion(f"fusionner : {a.id} ({da.code}) et {b.id} ({db.code}) n'ont pas le même code de jeune. "
                          f"Si c'est bien le même jeune et que son code a changé (déménagement), notez d'abord l'ancien "
                          f"code dans {a.relatif}/{FICHIER_DOSSIER} › codes_precedents (code, jusqu_au).")


def _deux_dossiers_sans_erreur(depot: Depot, a: DossierCharge, b: DossierCharge) -> None:
    """On ne fusionne que deux dossiers qui passent les règles : sinon on ne saurait pas qui a causé l'erreur."""
    seul = Depot(depot.racine, depot.configuration, depot.annuaire, [a, b], [], depot.documents)
    prefixes = (f"{a.relatif}/", f"{b.relatif}/")
    erreurs = [c for c in [*depot.constats, *appliquer(seul, "dossier")]
               if c.est_erreur and c.fichier.startswith(prefixes)]
    if erreurs:
        raise RefusFusion("fusionner : corrigez d'abord ces erreurs, puis relancez la fusion (rien n'a été écrit) :\n"
                          + en_texte(erreurs))


def _acteurs_a_ajouter(da: Dossier, db: Dossier) -> list[str]:
    """Les acteurs de l'absorbé qui manquent au gardé ; un même identifiant doit décrire la même personne."""
    acteurs_a = {x.id: x for x in da.acteurs}
    conflits = [x.id for x in db.acteurs if x.id in acteurs_a and x != acteurs_a[x.id]]
    if conflits:
        raise RefusFusion(
            f"fusionner : conflit d'identifiants d'acteurs entre {da.id} et {db.id} : {', '.join(conflits)} "
            "désigne(nt) une personne décrite autrement dans chaque dossier (rôle, service, fonction, lien ou charte). "
            f"Renommez l'acteur dans {db.id} (dossier.yaml et chaque note qui le cite), ou rendez les deux "
            "descriptions identiques s'il s'agit bien de la même personne, puis relancez la fusion.")
    return [x.id for x in db.acteurs if x.id not in acteurs_a]


def _notes_sans_doublon(a: DossierCharge, b: DossierCharge) -> None:
    jours_a = {n.date for _, n in a.notes_valides()}
    doublons = sorted({n.date for _, n in b.notes_valides()} & jours_a)
    if doublons:
        raise RefusFusion(f"fusionner : {a.id} et {b.id} ont chacun une note de synthèse du "
                          f"{', '.join(map(str, doublons))} ; une concertation n'a qu'une note. Rassemblez-les en une "
                          f"seule (dans {a.id}) et retirez l'autre, puis relancez la fusion.")


def _fichiers_a_copier(a: DossierCharge, b: DossierCharge) -> list[tuple[Path, Path]]:
    """(source, cible) de chaque fichier de l'absorbé ; ses dossier.yaml et preparation.yaml vont dans pieces/ (gardés
    tels quels, jamais publiés) quand le gardé a les siens ; un fichier identique déjà présent est omis."""
    copies: list[tuple[Path, Path]] = []
    conflits: list[str] = []
    for racine, repertoires, fichiers in os.walk(b.chemin, followlinks=False):
        for nom in repertoires + fichiers:
            if os.path.islink(os.path.join(racine, nom)):
                raise RefusFusion(f"fusionner : {os.path.join(racine, nom)} est un lien symbolique ; un dossier n'en "
                                  "contient pas. Retirez-le, puis relancez la fusion.")
        for nom in sorted(fichiers):
            source = Path(racine, nom)
            relatif = source.relative_to(b.chemin).as_posix()
            if relatif == FICHIER_DOSSIER:  # tel quel : dates, consentement, motif, commentaires de l'absorbé
                relatif = f"pieces/dossier-{b.id}.yaml"
            if relatif == FICHIER_PREPARATION and a.preparation is not None:
                relatif = f"pieces/preparation-{b.id}.yaml"  # document interne : jamais publié, gardé tel quel
            cible = a.chemin / relatif
            if cible.exists() or cible.is_symlink():
                if cible.is_file() and not cible.is_symlink() and cible.read_bytes() == source.read_bytes():
                    continue
                conflits.append(relatif)
                continue
            copies.append((source, cible))
    if conflits:
        raise RefusFusion(f"fusionner : ces fichiers existent dans {a.id} et dans {b.id} avec des contenus différents : "
                          f"{', '.join(conflits)}. Renommez-les dans {b.id}, puis relancez la fusion.")
    return copies


def _dossier_fusionne(a: DossierCharge, da: Dossier, db: Dossier, ajoutes: list[str]) -> str:
    """Le dossier.yaml du gardé enrichi de l'absorbé : acteurs, codes précédents et fusionne_avec s'ajoutent au bout
    de leurs listes, le reste du fichier (commentaires, ordre des clés, textes) est recopié tel quel."""
    edition = Edition.du_fichier(a.chemin / FICHIER_DOSSIER, f"{a.relatif}/{FICHIER_DOSSIER}")
    for acteur in db.acteurs:
        if acteur.id in ajoutes:
            edition.ajouter_element(("acteurs",), acteur.model_dump(exclude_defaults=True))
    connus = {p.code for p in da.codes_precedents}
    for precedent in db.codes_precedents:
        if precedent.code not in connus:
            edition.ajouter_element(("codes_precedents",), precedent.model_dump(exclude_none=True))
    for ident in dict.fromkeys((db.id, *db.fusionne_avec)):
        if ident not in da.fusionne_avec:
            edition.ajouter_element(("fusionne_avec",), ident)
    return edition.verifier()


def _fusion_valide(depot: Depot, a: DossierCharge, copies: list[tuple[Path, Path]], texte: str) -> None:
    """Le dossier fusionné, monté à part dans un répertoire temporaire, passe les règles propres au dossier."""
    with tempfile.TemporaryDirectory(prefix="filrouge-fusion-") as temporaire:
        essai = Path(temporaire) / a.id
        shutil.copytree(a.chemin, essai, symlinks=True)
        for source, cible in copies:
            destination = essai / cible.relative_to(a.chemin)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
        (essai / FICHIER_DOSSIER).write_text(texte, encoding="utf-8")
        charge, constats, documents = charger_dossier(essai, a.id, a.relatif)
        seul = Depot(depot.racine, depot.configuration, depot.annuaire, [charge], [], documents)
        erreurs = [c for c in [*constats, *appliquer(seul, "dossier")] if c.est_erreur]
    if erreurs:
        raise RefusFusion(f"fusionner : le dossier fusionné ne passerait pas « filrouge valider » (rien n'a été écrit) ; "
                          f"par exemple, une note de l'absorbé hors des dates du dossier gardé :\n{en_texte(erreurs)}")


def _copier_sans_ecraser(source: Path, cible: Path) -> None:
    cible.parent.mkdir(parents=True, exist_ok=True)
    with open(source, "rb") as lu, open(cible, "xb") as ecrit:
        shutil.copyfileobj(lu, ecrit)
