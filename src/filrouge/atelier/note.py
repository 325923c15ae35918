"""La note de synthèse dans l'atelier : ouvrir, vérifier le brouillon, enregistrer (écrire puis commiter).

L'ordre ne change jamais : le brouillon est gardé, puis vérifié par la validation de `filrouge valider`
sur une copie du dossier ; ce n'est que sans erreur, et si les fichiers n'ont pas changé sur le disque
depuis leur ouverture, qu'ils sont écrits dans le dépôt, puis commités à travers les hooks du dépôt.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier.brouillon import Brouillon
from filrouge.atelier.ecriture import (FichierChange, ecrire_atomiquement, empreinte, lire_si_present,
                                       yaml_aller_retour)
from filrouge.atelier.formulaire import Champ, champs, en_saisie, lire_saisie
from filrouge.constat import Constat
from filrouge.depot import REPERTOIRE_DOSSIERS
from filrouge.francais import ErreurUtilisation
from filrouge.lecture import ErreurLecture, analyser_yaml
from filrouge.modele import Concertation
from filrouge.nouveau import contenus_concertation
from filrouge.validation import valider_brouillon

_ID = re.compile(r"[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
CHAMP_RECIT = "recit"


@cache
def formulaire() -> list[Champ]:
    """Les contrôles de la note de synthèse, tirés du modèle `Concertation`."""
    return champs(Concertation)


def verifier_id(dossier: str) -> None:
    """Refuse un identifiant de dossier qui n'en est pas un, avant d'en faire un chemin."""
    if not _ID.fullmatch(dossier):
        raise ErreurUtilisation(f"identifiant de dossier invalide « {dossier[:30]} » : année et numéro, ex. 2019-007.")


def _verifier_noms(dossier: str, date: str) -> None:
    verifier_id(dossier)
    try:
        valide = bool(_DATE.fullmatch(date)) and dt.date.fromisoformat(date).isoformat() == date
    except ValueError:
        valide = False
    if not valide:
        raise ErreurUtilisation("date de note invalide : format AAAA-MM-JJ attendu.")


def chemins(racine: Path, dossier: str, date: str) -> tuple[Path, Path]:
    _verifier_noms(dossier, date)
    notes = racine / REPERTOIRE_DOSSIERS / dossier / "concertations"
    return notes / f"{date}.yaml", notes / f"{date}.md"


def relatifs(dossier: str, date: str) -> tuple[str, str]:
    base = f"{REPERTOIRE_DOSSIERS}/{dossier}/concertations/{date}"
    return f"{base}.yaml", f"{base}.md"


def ouvrir(racine: Path, dossier: str, date: str, depuis_le_disque: bool = False) -> Brouillon:
    """Le brouillon de la note s'il y en a un (sauf `depuis_le_disque`), sinon la note du disque, sinon une
    nouvelle note tirée de `filrouge nouveau concertation` (actions ouvertes de la précédente reprises)."""
    chemin_yaml, chemin_md = chemins(racine, dossier, date)
    if not (racine / REPERTOIRE_DOSSIERS / dossier / "dossier.yaml").is_file():
        raise ErreurUtilisation(f"dossier « {dossier} » introuvable dans {REPERTOIRE_DOSSIERS}/.")
    if not depuis_le_disque:
        garde = brouillons.lire(racine, dossier, date)
        if garde is not None:
            return garde
    texte_yaml, texte_md = lire_si_present(chemin_yaml), lire_si_present(chemin_md)
    empreintes = {"yaml": empreinte(texte_yaml), "md": empreinte(texte_md)}
    if texte_yaml is None and texte_md is None:
        texte_yaml, texte_md = contenus_concertation(racine, dossier, dt.date.fromisoformat(date))
    elif texte_yaml is None:
        raise ErreurUtilisation(f"la note du {date} n'a pas de fichier {date}.yaml : l'atelier ne la modifie pas encore.")
    rel_yaml, _ = relatifs(dossier, date)
    try:
        donnees = analyser_yaml(texte_yaml, rel_yaml).donnees
    except ErreurLecture as exc:
        raise ErreurUtilisation(f"{rel_yaml} est illisible ({exc.constat.message}) : corrigez-le d'abord.") from None
    saisie = en_saisie(formulaire(), donnees if isinstance(donnees, dict) else {})
    return Brouillon(dossier, date, saisie, texte_md or "", texte_yaml, empreintes)


@dataclass
class Verification:
    """Les constats du brouillon, rangés par contrôle du formulaire (nom pointé) ; le reste à part."""

    yaml: str
    par_champ: dict[str, list[Constat]] = field(default_factory=dict)
    generaux: list[Constat] = field(default_factory=list)
    """Constats de la note qu'aucun contrôle ne porte, et ceux du reste du dossier (à titre d'information)."""
    bloquantes: int = 0
    """Les erreurs de la note elle-même : tant qu'il y en a, rien n'est écrit."""


def _noms_de_controles(liste: list[Champ], saisie: dict[str, list[str]], prefixe: str = "") -> set[str]:
    noms: set[str] = set()
    for champ in liste:
        nom = prefixe + champ.nom
        noms.add(nom)
        if champ.genre == "groupe":
            noms |= _noms_de_controles(champ.enfants, saisie, nom + ".")
        elif champ.genre == "lignes":
            rangs = {n[len(nom) + 1:].split(".", 1)[0] for n in saisie if n.startswith(nom + ".")}
            for rang in rangs:
                noms.add(f"{nom}.{rang}")
                noms |= _noms_de_controles(champ.enfants, saisie, f"{nom}.{rang}.")
    return noms


def _controle(ligne: int | None, lignes: dict[tuple[str | int, ...], int], connus: set[str]) -> str | None:
    """Le contrôle dont la valeur est à cette ligne du YAML : le chemin le plus long, raccourci jusqu'à un contrôle."""
    if ligne is None:
        return None
    candidats = sorted((c for c, n in lignes.items() if n == ligne and c), key=len, reverse=True)
    for chemin in candidats:
        for fin in range(len(chemin), 0, -1):
            nom = ".".join(str(p) for p in chemin[:fin])
            if nom in connus:
                return nom
    return None


def verifier(racine: Path, garde: Brouillon) -> Verification:
    """Les constats de `valider` sur le dépôt où la note serait celle du brouillon ; rien n'est écrit."""
    rel_yaml, rel_md = relatifs(garde.dossier, garde.date)
    donnees = lire_saisie(formulaire(), garde.saisie)
    texte = yaml_aller_retour(garde.origine_yaml, donnees)
    constats = valider_brouillon(racine, garde.dossier, {
        f"concertations/{garde.date}.yaml": texte, f"concertations/{garde.date}.md": garde.recit})
    lignes = analyser_yaml(texte, rel_yaml).lignes
    connus = _noms_de_controles(formulaire(), garde.saisie)
    resultat = Verification(texte)
    dossier = f"{REPERTOIRE_DOSSIERS}/{garde.dossier}/"
    for constat in constats:
        if constat.fichier == rel_yaml:
            nom = _controle(constat.ligne, lignes, connus)
        elif constat.fichier == rel_md:
            nom = CHAMP_RECIT
        else:
            if constat.fichier.startswith(dossier):
                resultat.generaux.append(constat)
            continue
        if nom is None:
            resultat.generaux.append(constat)
            resultat.bloquantes += constat.est_erreur
        else:
            resultat.par_champ.setdefault(nom, []).append(_obligatoire(constat, nom, garde.saisie))
            resultat.bloquantes += constat.est_erreur
    return resultat


def _champ_de(nom: str) -> Champ | None:
    """Le champ du formulaire d'un nom de contrôle (« actions.2.echeance » → Échéance de l'action)."""
    liste, champ = formulaire(), None
    for morceau in nom.split("."):
        if morceau.isdigit():
            continue
        champ = next((c for c in liste if c.nom == morceau), None)
        if champ is None:
            return None
        liste = champ.enfants
    return champ


def _obligatoire(constat: Constat, nom: str, saisie: dict[str, list[str]]) -> Constat:
    """Un champ obligatoire laissé vide se dit comme tel, avec son titre, plutôt que par son type attendu."""
    champ = _champ_de(nom)
    if champ is None or not champ.requis or champ.genre in ("groupe", "lignes", "case") or not constat.est_erreur:
        return constat
    if any(v.strip() for v in saisie.get(nom, [])) or not constat.regle.startswith("schema."):
        return constat
    return replace(constat, message=f"« {champ.titre} » est obligatoire : à remplir.")


@dataclass
class Enregistrement:
    """Ce qui s'est passé : écrit ou non, commité ou non, et pourquoi, en français."""

    ecrit: bool
    commit: str | None
    message: str
    sortie_hook: str = ""
    conflit: bool = False


def enregistrer(racine: Path, garde: Brouillon, verification: Verification) -> Enregistrement:
    """Écrit la note (si aucune erreur et rien de changé sur le disque), puis la commite à travers les hooks."""
    if verification.bloquantes:
        return Enregistrement(False, None, f"Rien n'est écrit : {verification.bloquantes} erreur(s) à corriger, "
                                           "signalée(s) à côté de leur champ. Votre saisie est gardée.")
    chemin_yaml, chemin_md = chemins(racine, garde.dossier, garde.date)
    rel_yaml, rel_md = relatifs(garde.dossier, garde.date)
    nouvelle = garde.empreintes.get("yaml") is None
    try:
        for cle, chemin, rel in (("yaml", chemin_yaml, rel_yaml), ("md", chemin_md, rel_md)):
            if empreinte(lire_si_present(chemin)) != garde.empreintes.get(cle):
                raise FichierChange(rel)
        ecrire_atomiquement(chemin_yaml, verification.yaml, garde.empreintes.get("yaml"), rel_yaml)
        ecrire_atomiquement(chemin_md, garde.recit, garde.empreintes.get("md"), rel_md)
    except FichierChange as exc:
        return Enregistrement(False, None, f"{exc.relatif} a été modifié sur le disque depuis que vous l'avez ouvert "
                                           "(par un autre programme ou une synchronisation) : rien n'est écrit, pour ne pas "
                                           "écraser ce changement. Votre saisie est gardée ; rechargez la note depuis le "
                                           "disque pour repartir de sa version actuelle.", conflit=True)
    garde.empreintes = {"yaml": empreinte(verification.yaml), "md": empreinte(garde.recit)}
    garde.origine_yaml = verification.yaml
    brouillons.ecrire(racine, garde)
    message = (f"Note de synthèse du {garde.date} (dossier {garde.dossier}) : "
               f"{'créée' if nouvelle else 'mise à jour'} dans l'atelier")
    commit, sortie = commiter(racine, [rel_yaml, rel_md], message)
    if commit is None:
        return Enregistrement(True, None, "La note est écrite dans le dossier, mais le commit a été refusé par les "
                                          "vérifications du dépôt (hook pre-commit) ; rien n'est perdu : corrigez ce qui est "
                                          "dit ci-dessous puis enregistrez de nouveau.", sortie)
    brouillons.effacer(racine, garde.dossier, garde.date)
    return Enregistrement(True, commit, f"Note enregistrée et commitée ({commit[:10]}) : « {message} ».")


def commiter(racine: Path, relatifs_: list[str], message: str) -> tuple[str | None, str]:
    """Commite ces seuls fichiers à travers les hooks normaux du dépôt (jamais --no-verify) ; rend le commit
    créé, ou None et la sortie du refus."""
    def git(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["git", *arguments], cwd=racine, capture_output=True, text=True, timeout=600, check=False)

    ajout = git("add", "--", *relatifs_)
    if ajout.returncode != 0:
        return None, ajout.stderr
    resultat = git("commit", "-q", "-m", message, "--", *relatifs_)
    if resultat.returncode != 0:
        return None, (resultat.stdout + resultat.stderr).strip()
    tete = git("rev-parse", "HEAD")
    return tete.stdout.strip(), resultat.stdout

