"""Le moteur des formulaires de l'atelier : ouvrir un document, vérifier le brouillon, enregistrer (écrire puis
commiter).

Un document, c'est un modèle pydantic, un fichier YAML du dossier, un récit Markdown éventuel et un texte de
départ quand le fichier n'existe pas encore (`Document`). L'ordre ne change jamais : le brouillon est gardé,
puis vérifié par la validation de `filrouge valider` sur une copie du dossier ; ce n'est que sans erreur, et
si les fichiers n'ont pas changé sur le disque depuis leur ouverture, qu'ils sont écrits dans le dépôt (avec
les pièces téléversées, jamais par-dessus un fichier existant), puis commités à travers les hooks du dépôt.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from filrouge.atelier import brouillon as brouillons
from filrouge.atelier.brouillon import Brouillon
from filrouge.atelier.ecriture import (GARDER, FichierChange, ecrire_atomiquement, empreinte, lire_si_present,
                                       yaml_aller_retour)
from filrouge.atelier.formulaire import Champ, Saisie, champs, en_saisie, lire_saisie, rangs
from filrouge.atelier.libelles import en_clair
from filrouge.atelier.pieces import ecrire_sans_ecraser
from filrouge.constat import Constat
from filrouge.depot import REPERTOIRE_DOSSIERS
from filrouge.disposition import nom_du_document
from filrouge.francais import ErreurUtilisation
from filrouge.lecture import ErreurLecture, analyser_yaml
from filrouge.validation import valider_brouillon

_ID = re.compile(r"[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}")
CHAMP_RECIT = "recit"
A_PRECISER = "à préciser"
"""La valeur d'attente des gabarits de la ligne de commande (« quand: à préciser ») : dans le formulaire d'un nouveau
document, le champ est vide, pour que l'obligatoire se voie et que rien d'inachevé ne s'enregistre."""
CHAMP_TELEVERSEMENT = "televersement"
"""Le contrôle du fichier à joindre (demande de financement) : ses refus et les constats de la garde sur la pièce."""


def verifier_id(dossier: str) -> None:
    """Refuse un identifiant de dossier qui n'en est pas un, avant d'en faire un chemin."""
    if not _ID.fullmatch(dossier):
        raise ErreurUtilisation(f"identifiant de dossier invalide « {dossier[:30]} » : année et numéro, ex. 2019-007.")


@dataclass(frozen=True)
class Lignes:
    """Les mots d'une liste de lignes répétées : « Action 2 », « Ajouter une action », « Retirer l'action 2 »."""

    legende: str
    ajouter: str
    retirer: str


def _rien(champ: str, saisie: Saisie) -> Saisie:
    return {}


@dataclass(eq=False)
class Document:
    """Un genre de document que l'atelier remplit par un formulaire tiré de son modèle."""

    genre: str
    """Clé du brouillon (note, preparation, fiche, demande, decision)."""
    nom_court: str
    """Ce qui est « enregistrée et commitée » : « Note », « Phase préparatoire »… (tous féminins)."""
    modele: type[BaseModel]
    chemin: Callable[[str], str]
    """Nom du document → chemin de son YAML sous le dossier ; refuse un nom qui n'en est pas un."""
    message: Callable[[str, str, bool], str]
    """(dossier, nom, nouveau) → message du commit, en français."""
    depart: Callable[[Path, str, str], tuple[str, str]] | None = None
    """(racine, dossier, nom) → YAML et récit d'un document pas encore écrit ; None : il doit exister."""
    recit: Callable[[str], str] | None = None
    """Nom → chemin du récit Markdown sous le dossier, pour un document qui en a un."""
    cles: tuple[str, ...] | None = None
    """Les seuls champs de premier niveau montrés ; les autres clés du fichier sont gardées telles quelles."""
    sauf: tuple[str, ...] = ()
    """Champs jamais montrés (gardés tels quels dans le fichier)."""
    lignes: Mapping[str, Lignes] = field(default_factory=dict)
    ligne_par_defaut: Callable[[str, Saisie], Saisie] = _rien
    """(liste, saisie) → valeurs d'une ligne ajoutée (le numéro de l'action suivante…)."""
    garde_le_dossier: bool = False
    """Le document est cité par les autres (les acteurs de la fiche) : une erreur qu'il fait naître ailleurs dans
    le dossier bloque aussi ; celles qui y étaient déjà restent de simples informations."""
    controles: list[Champ] = field(init=False)

    def __post_init__(self) -> None:
        self.controles = [c for c in champs(self.modele)
                          if (self.cles is None or c.nom in self.cles) and c.nom not in self.sauf]

    def relatifs(self, dossier: str, nom: str) -> tuple[str, str | None]:
        """Chemins du YAML et du récit depuis la racine du dépôt ; l'identifiant et le nom sont vérifiés d'abord."""
        verifier_id(dossier)
        base = f"{REPERTOIRE_DOSSIERS}/{dossier}/"
        return base + self.chemin(nom), (base + self.recit(nom)) if self.recit is not None else None

    def libelle_ligne(self, liste: str) -> Lignes:
        return self.lignes.get(liste, Lignes("Ligne", "une ligne", "la ligne"))

    def champ_de(self, nom: str) -> Champ | None:
        """Le champ d'un nom de contrôle (« actions.2.echeance » → Échéance de l'action)."""
        liste, champ = self.controles, None
        for morceau in nom.split("."):
            if morceau.isdigit():
                continue
            champ = next((c for c in liste if c.nom == morceau), None)
            if champ is None:
                return None
            liste = champ.enfants
        return champ


def _donnees_du_fichier(texte: str, relatif: str) -> dict[str, Any]:
    try:
        donnees = analyser_yaml(texte, relatif).donnees
    except ErreurLecture as exc:
        raise ErreurUtilisation(f"{relatif} est illisible ({exc.constat.message}) : corrigez-le d'abord.") from None
    return donnees if isinstance(donnees, dict) else {}


def ouvrir(racine: Path, doc: Document, dossier: str, nom: str, depuis_le_disque: bool = False,
           depart: tuple[str, str] | None = None) -> Brouillon:
    """Le brouillon du document s'il y en a un (sauf `depuis_le_disque`), sinon le fichier du disque, sinon un
    nouveau document tiré de `depart` (ou du départ du genre)."""
    rel_yaml, rel_md = doc.relatifs(dossier, nom)
    if not (racine / REPERTOIRE_DOSSIERS / dossier / "dossier.yaml").is_file():
        raise ErreurUtilisation(f"dossier « {dossier} » introuvable dans {REPERTOIRE_DOSSIERS}/.")
    if not depuis_le_disque and depart is None:
        garde = brouillons.lire(racine, dossier, nom, doc.genre)
        if garde is not None:
            return garde
    texte_yaml = lire_si_present(racine / rel_yaml)
    texte_md = lire_si_present(racine / rel_md) if rel_md is not None else None
    empreintes = {"yaml": empreinte(texte_yaml), "md": empreinte(texte_md)}
    if texte_yaml is None and texte_md is None:
        if depart is None and doc.depart is None:
            raise ErreurUtilisation(f"{doc.nom_court} introuvable dans le dossier {dossier} : ouvrez-la depuis la page "
                                    "du dossier.")
        texte_yaml, texte_md = depart or doc.depart(racine, dossier, nom)  # type: ignore[misc]
        saisie = {nom_controle: [v for v in valeurs if v != A_PRECISER] for nom_controle, valeurs in
                  en_saisie(doc.controles, _donnees_du_fichier(texte_yaml, rel_yaml)).items()}
    elif texte_yaml is None:
        raise ErreurUtilisation(f"{rel_yaml.rsplit('/', 1)[-1]} manque à côté de son récit : l'atelier ne modifie pas "
                                "ce document.")
    else:
        saisie = en_saisie(doc.controles, _donnees_du_fichier(texte_yaml, rel_yaml))
    return Brouillon(dossier, nom, saisie, texte_md or "", texte_yaml, empreintes, doc.genre)


def appliquer(doc: Document, garde: Brouillon, saisie: Saisie, operation: str) -> None:
    """La saisie envoyée dans le brouillon, puis l'opération de ligne demandée (« ajouter:actions »,
    « retirer:actions:2 »)."""
    garde.recit = (saisie.pop(CHAMP_RECIT, None) or [""])[0].replace("\r\n", "\n") if doc.recit else ""
    garde.saisie = saisie
    genre, _, reste = operation.partition(":")
    liste = doc.champ_de(reste) if genre == "ajouter" else None
    if liste is not None and liste.genre == "lignes":
        suivant = max(rangs(saisie, reste), default=-1) + 1
        for nom, valeurs in doc.ligne_par_defaut(reste, saisie).items():
            garde.saisie[f"{reste}.{suivant}.{nom}"] = valeurs
        garde.saisie.setdefault(f"{reste}.{suivant}", [""])  # la ligne existe, même vide
    elif genre == "retirer":
        liste, _, rang = reste.rpartition(":")
        garde.saisie = {k: v for k, v in garde.saisie.items() if k != f"{liste}.{rang}"
                        and not k.startswith(f"{liste}.{rang}.")}
    # une pièce téléversée dont la ligne est retirée n'est plus à joindre
    citees = {v for valeurs in garde.saisie.values() for v in valeurs}
    garde.pieces = {p: copie for p, copie in garde.pieces.items() if p in citees}


@dataclass
class Verification:
    """Les constats du brouillon, rangés par contrôle du formulaire (nom pointé) ; le reste à part."""

    yaml: str
    par_champ: dict[str, list[Constat]] = field(default_factory=dict)
    hors_champ: list[Constat] = field(default_factory=list)
    """Constats du document qu'aucun contrôle montré ne porte : ils bloquent aussi."""
    generaux: list[Constat] = field(default_factory=list)
    """Constats du reste du dossier, à titre d'information."""
    bloquantes: int = 0
    """Les erreurs du document lui-même (et de ses pièces) : tant qu'il y en a, rien n'est écrit."""
    relatif: str = ""
    """Le fichier du document : un constat bloquant d'un autre fichier dit lequel."""

    def refuser(self, nom: str, constat: Constat) -> None:
        self.par_champ.setdefault(nom, []).append(constat)
        self.bloquantes += constat.est_erreur


def _noms_de_controles(liste: list[Champ], saisie: Saisie, prefixe: str = "") -> set[str]:
    noms: set[str] = set()
    for champ in liste:
        nom = prefixe + champ.nom
        noms.add(nom)
        if champ.genre == "groupe":
            noms |= _noms_de_controles(champ.enfants, saisie, nom + ".")
        elif champ.genre == "lignes":
            for rang in rangs(saisie, nom):
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


def donnees(doc: Document, garde: Brouillon) -> dict[str, Any]:
    """Ce que le document contiendra : la saisie, et les clés que le formulaire ne montre pas, gardées telles quelles."""
    saisies = lire_saisie(doc.controles, garde.saisie)
    if doc.cles is None and not doc.sauf:
        return saisies
    origine = _donnees_du_fichier(garde.origine_yaml, doc.chemin(garde.nom))
    montres = {c.nom for c in doc.controles}
    ordre = [*doc.modele.model_fields, *(k for k in origine if k not in doc.modele.model_fields)]
    return {k: saisies[k] if k in montres else GARDER for k in ordre
            if k in saisies or (k not in montres and k in origine)}


def verifier(racine: Path, doc: Document, garde: Brouillon, refus: Mapping[str, list[str]] | None = None) -> Verification:
    """Les constats de `valider` sur le dépôt où le document serait celui du brouillon ; rien n'est écrit.
    `refus` : les refus de l'atelier lui-même (un fichier joint refusé), par contrôle ; ils bloquent aussi."""
    rel_yaml, rel_md = doc.relatifs(garde.dossier, garde.nom)
    texte = yaml_aller_retour(garde.origine_yaml, donnees(doc, garde))
    sous_dossier = f"{REPERTOIRE_DOSSIERS}/{garde.dossier}/"
    contenus: dict[str, str | bytes] = {rel_yaml.removeprefix(sous_dossier): texte}
    if rel_md is not None:
        contenus[rel_md.removeprefix(sous_dossier)] = garde.recit
    for piece, copie in garde.pieces.items():
        contenus[piece] = brouillons.lire_piece(racine, copie)
    constats = valider_brouillon(racine, garde.dossier, contenus)
    lignes = analyser_yaml(texte, rel_yaml).lignes
    connus = _noms_de_controles(doc.controles, garde.saisie)
    resultat = Verification(texte, relatif=rel_yaml)
    for nom, messages in (refus or {}).items():
        for message in messages:
            resultat.refuser(nom, Constat(rel_yaml, None, "atelier.piece", "erreur", message))
    pieces = {sous_dossier + p for p in garde.pieces}
    deja = {(c.fichier, c.regle, c.message) for c in valider_brouillon(racine, garde.dossier, {})} \
        if doc.garde_le_dossier else set()
    for constat in (replace(c, message=en_clair(c.message, c.fichier)) for c in constats):
        if constat.fichier == rel_yaml:
            nom = _controle(constat.ligne, lignes, connus)
        elif constat.fichier == rel_md:
            nom = CHAMP_RECIT
        elif constat.fichier in pieces:
            nom = CHAMP_TELEVERSEMENT
        elif doc.garde_le_dossier and constat.est_erreur and constat.fichier.startswith(sous_dossier) \
                and (constat.fichier, constat.regle, constat.message) not in deja:
            nom = None  # une erreur que ce changement fait naître dans un autre document du dossier
        else:
            if constat.fichier.startswith(sous_dossier):
                resultat.generaux.append(constat)
            continue
        if nom is None:
            resultat.hors_champ.append(constat)
            resultat.bloquantes += constat.est_erreur
        else:
            resultat.refuser(nom, _pour_le_formulaire(doc, constat, nom, garde.saisie))
    return resultat


_CHEMIN_CITE = re.compile(r"« [^«»]* »")


def _pour_le_formulaire(doc: Document, constat: Constat, nom: str, saisie: Saisie) -> Constat:
    """Un constat du schéma nomme son champ par son chemin dans le fichier (« actions › n°2 › echeance ») : à côté
    du contrôle, il le nomme par son titre. Un champ obligatoire laissé vide se dit comme tel, plutôt que par son type
    attendu ; une valeur hors d'une liste renvoie à la liste, plutôt qu'aux valeurs telles qu'elles s'écrivent."""
    champ = doc.champ_de(nom)
    if champ is None or not constat.regle.startswith("schema.") or constat.regle == "schema.champ_inconnu":
        return constat
    vide = not any(v.strip() for v in saisie.get(nom, []))
    if vide and champ.requis and champ.genre not in ("groupe", "lignes", "case") and constat.est_erreur:
        return replace(constat, message=f"« {champ.titre} » est obligatoire : à remplir.")
    if champ.choix and constat.message.startswith("valeur non permise"):
        return replace(constat, message=f"« {champ.titre} » : cette valeur n'est pas dans la liste, choisissez-en une.")
    return replace(constat, message=_CHEMIN_CITE.sub(f"« {champ.titre} »", constat.message, count=1))


@dataclass
class Enregistrement:
    """Ce qui s'est passé : écrit ou non, commité ou non, et pourquoi, en français."""

    ecrit: bool
    commit: str | None
    message: str
    sortie_hook: str = ""
    conflit: bool = False


def enregistrer(racine: Path, doc: Document, garde: Brouillon, verification: Verification) -> Enregistrement:
    """Écrit le document et ses pièces (si aucune erreur et rien de changé sur le disque), puis les commite à
    travers les hooks."""
    if verification.bloquantes:
        return Enregistrement(False, None, f"Rien n'est écrit : {verification.bloquantes} erreur(s) à corriger, "
                                           "signalée(s) à côté de leur champ. Votre saisie est gardée.")
    rel_yaml, rel_md = doc.relatifs(garde.dossier, garde.nom)
    sous_dossier = f"{REPERTOIRE_DOSSIERS}/{garde.dossier}/"
    pieces = {sous_dossier + p: copie for p, copie in garde.pieces.items()}
    textes = [("yaml", rel_yaml, verification.yaml)] + ([("md", rel_md, garde.recit)] if rel_md is not None else [])
    nouveau = garde.empreintes.get("yaml") is None
    try:
        for cle, rel, _ in textes:
            if empreinte(lire_si_present(racine / rel)) != garde.empreintes.get(cle):
                raise FichierChange(rel)
        for rel in pieces:
            if (racine / rel).exists() or (racine / rel).is_symlink():
                raise FichierChange(rel)
        for rel, copie in pieces.items():
            (racine / rel).parent.mkdir(parents=True, exist_ok=True)
            ecrire_sans_ecraser(racine / rel, brouillons.lire_piece(racine, copie), rel)
        for cle, rel, texte in textes:
            ecrire_atomiquement(racine / rel, texte, garde.empreintes.get(cle), rel)
    except FichierChange as exc:
        return Enregistrement(False, None, f"« {nom_du_document(exc.relatif)} » a changé sur le disque depuis que "
                                           "vous l'avez ouvert (par un autre programme ou une synchronisation) : rien "
                                           "n'est écrit, pour ne pas écraser ce changement. Votre saisie est gardée ; "
                                           "rechargez le document depuis le disque pour repartir de sa version actuelle.",
                              conflit=True)
    garde.empreintes = {cle: empreinte(texte) for cle, _, texte in textes}
    garde.origine_yaml = verification.yaml
    brouillons.ecrire(racine, garde)
    message = doc.message(garde.dossier, garde.nom, nouveau)
    commit, sortie = commiter(racine, [rel for _, rel, _ in textes] + list(pieces), message)
    if commit is None:
        garde.pieces = {}  # écrites dans le dossier : plus rien à joindre au prochain essai
        brouillons.ecrire(racine, garde)
        return Enregistrement(True, None, "C'est écrit dans le dossier, mais le commit a été refusé par les "
                                          "vérifications du dépôt (hook pre-commit) ; rien n'est perdu : corrigez ce qui est "
                                          "dit ci-dessous puis enregistrez de nouveau.", sortie)
    brouillons.effacer(racine, garde)
    return Enregistrement(True, commit, f"{doc.nom_court} enregistrée et commitée ({commit[:10]}) : « {message} ».")


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

