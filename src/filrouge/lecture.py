"""Lecture sûre des fichiers YAML et Markdown, en gardant la ligne de chaque valeur.

Pourquoi pas `yaml.safe_load` : il garde silencieusement la dernière de deux clés
identiques (une donnée perdue), lit `no` comme faux (YAML 1.1), développe les alias
(une « bombe » d'alias tient en 1 Ko) et ne dit pas où se trouve une valeur. Ici, le
parseur C de libyaml donne les événements du texte, et ce module en construit lui-même
les données Python en notant la ligne de chaque clé : les constats peuvent alors
nommer la ligne exacte.

Ce module ne vérifie que la forme du fichier ; le sens est l'affaire de `modele` et
de `regles`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.cyaml import CParser

from filrouge.constat import Constat, citer

TAILLE_MAX = 1_000_000
"""Octets. Une note de synthèse fait quelques kilo-octets ; au-delà, c'est une erreur."""

PROFONDEUR_MAX = 32
NOEUDS_MAX = 200_000
_BORNE_RAPIDE = 64
"""Au-delà de cette borne grossière d'imbrication, le texte est lu comme avant la lecture par
événements : parseur Python de PyYAML, et composeur Python, qui lève proprement RecursionError
(le composeur C de libyaml, récursif, ferait planter Python) ; mêmes refus, mêmes messages."""

Chemin = tuple[str | int, ...]
Fichier = str | os.PathLike[str]
"""Un fichier à lire : un `Path`, ou l'entrée d'un `os.scandir` (sans créer de `Path` pour chaque fichier lu)."""

_BOOLEENS_AMBIGUS = {"yes", "no", "on", "off", "y", "n"}
_NULS = {"", "~", "null", "Null", "NULL"}
_VRAIS = {"true", "True", "TRUE"}
_FAUX = {"false", "False", "FALSE"}
_ENTIER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
_REEL = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TEXTE = "tag:yaml.org,2002:str"
_NU = "!filrouge/nu"
"""Étiquette posée sur les scalaires nus : leur type est décidé ici, pas par YAML 1.1."""


class _ChargeurPython(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer,
                      yaml.resolver.BaseResolver):
    """Le parseur et le composeur de PyYAML, en Python : pour un texte très imbriqué (voir `_analyser`)."""

    def __init__(self, flux: str) -> None:
        yaml.reader.Reader.__init__(self, flux)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        yaml.resolver.BaseResolver.__init__(self)

    def fetch_flow_collection_start(self, TokenClass: Any) -> None:  # noqa: N803 (nom de PyYAML)
        """Un crochet de plus que `PROFONDEUR_MAX` arrête la lecture (RecursionError, comme le composeur) : le scanner
        de PyYAML relit chaque niveau ouvert à chaque jeton, « {a: b, {a: b, … » sans fin coûtait le carré de sa
        longueur jusqu'à la limite de récursion de Python (12 Ko : 0,2 s, 60 fois le temps de 1,2 Ko)."""
        if self.flow_level >= PROFONDEUR_MAX:
            raise RecursionError
        super().fetch_flow_collection_start(TokenClass)


@dataclass
class Document:
    """Un fichier lu : ses données, la ligne de chaque valeur, son éventuel corps Markdown."""

    relatif: str
    donnees: Any
    lignes: dict[Chemin, int] = field(default_factory=dict)
    texte: str = ""
    corps: str | None = None
    ligne_corps: int = 1
    constats: list[Constat] = field(default_factory=list)
    cachees: list[tuple[int, str, str]] = field(default_factory=list)
    """(ligne, clé, chaîne) des chaînes qu'une clé répétée fait sauter : aucune donnée ne les garde, mais un lecteur
    YAML montre l'une ou l'autre valeur ; la garde d'anonymat les lit aussi."""

    def ligne(self, *chemin: str | int) -> int | None:
        """Ligne de la valeur au `chemin`, ou de son plus proche parent connu."""
        cle: Chemin = tuple(chemin)
        while cle:
            if cle in self.lignes:
                return self.lignes[cle]
            cle = cle[:-1]
        return self.lignes.get((), 1)


class ErreurLecture(Exception):
    """Le fichier ne peut pas être lu du tout ; porte le constat à rapporter."""

    def __init__(self, constat: Constat) -> None:
        super().__init__(constat.message)
        self.constat = constat


def _erreur(relatif: str, ligne: int | None, regle: str, message: str) -> ErreurLecture:
    return ErreurLecture(Constat(relatif, ligne, regle, "erreur", message))


def lire_texte(chemin: Fichier, relatif: str, taille_max: int = TAILLE_MAX) -> str:
    """Lit un fichier texte UTF-8 en refusant ce qui pourrait bloquer ou tromper la lecture.

    Un tube nommé bloquerait `open`, un lien symbolique peut pointer hors du dépôt :
    on regarde le fichier sans le suivre avant de l'ouvrir.
    """
    try:
        info = os.lstat(chemin)
    except OSError as exc:
        raise _erreur(relatif, None, "lecture.illisible", f"fichier introuvable ou inaccessible ({exc.strerror}).")
    if stat.S_ISLNK(info.st_mode):
        raise _erreur(relatif, None, "lecture.lien_symbolique",
                      "les liens symboliques ne sont pas acceptés : remplacez le lien par le fichier lui-même.")
    if not stat.S_ISREG(info.st_mode):
        raise _erreur(relatif, None, "lecture.illisible", "ce n'est pas un fichier ordinaire.")
    if info.st_size > taille_max:
        raise _erreur(relatif, None, "lecture.taille",
                      f"fichier trop volumineux ({info.st_size} octets, maximum {taille_max}).")
    try:
        with open(chemin, "rb") as flux:
            brut = flux.read(taille_max + 1)
    except OSError as exc:
        raise _erreur(relatif, None, "lecture.illisible", f"lecture impossible ({exc.strerror}).")
    if len(brut) > taille_max:
        raise _erreur(relatif, None, "lecture.taille", f"fichier trop volumineux (maximum {taille_max} octets).")
    return decoder(brut, relatif)


BINAIRES = (".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".heic", ".tif", ".tiff", ".zip", ".gz", ".7z",
            ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".doc", ".xls", ".msg", ".eml")
"""Formats que la garde ne sait pas lire en texte : ni devinés, ni lus comme du bruit."""


def texte_pour_la_garde(chemin: Path) -> str | None:
    """Le texte d'un fichier qui n'est pas un formulaire (pièce, fichier inattendu ou caché), pour la garde
    d'anonymat ; None s'il n'est pas un fichier ordinaire, est binaire ou ne se lit pas.

    Aucun refus ici : ces fichiers ne sont ni vérifiés ni publiés, seulement lus. Un texte qui n'est pas
    de l'UTF-8 est lu en Windows-1252 (le format des vieux traitements de texte) ; au-delà de TAILLE_MAX,
    seul le début est lu.
    """
    if chemin.name.lower().endswith(BINAIRES):
        return None
    try:
        if not stat.S_ISREG(os.lstat(chemin).st_mode):
            return None
        with open(chemin, "rb") as flux:
            brut = flux.read(TAILLE_MAX)
    except OSError:
        return None
    if b"\x00" in brut[:8000]:  # le critère de Git pour un fichier binaire
        return None
    brut = brut.removeprefix(b"\xef\xbb\xbf")
    try:
        texte = brut.decode("utf-8")
    except UnicodeDecodeError:
        texte = brut.decode("cp1252", errors="replace")
    return texte.replace("\r\n", "\n").replace("\r", "\n")


def decoder(brut: bytes, relatif: str) -> str:
    """Décode de l'UTF-8 (avec ou sans BOM) et normalise les fins de ligne en LF."""
    if brut.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _erreur(relatif, 1, "lecture.encodage",
                      "fichier en UTF-16 : enregistrez-le en UTF-8 (« Enregistrer sous… », encodage UTF-8).")
    if brut.startswith(b"\xef\xbb\xbf"):
        brut = brut[3:]
    if b"\x00" in brut:
        ligne = brut[: brut.index(b"\x00")].count(b"\n") + 1
        raise _erreur(relatif, ligne, "lecture.encodage", "fichier binaire (octet nul) : un fichier texte UTF-8 est attendu.")
    try:
        texte = brut.decode("utf-8")
    except UnicodeDecodeError as exc:
        ligne = brut[: exc.start].count(b"\n") + 1
        raise _erreur(relatif, ligne, "lecture.encodage",
                      "le fichier n'est pas en UTF-8 (octet invalide) : enregistrez-le en UTF-8.")
    if "\r" in texte:
        texte = texte.replace("\r\n", "\n").replace("\r", "\n")
    return texte


def lire_yaml(chemin: Fichier, relatif: str) -> Document:
    """Lit un fichier YAML entier ; lève `ErreurLecture` s'il est inexploitable."""
    return analyser_yaml(lire_texte(chemin, relatif), relatif)


def analyser_yaml(texte: str, relatif: str, decalage: int = 0) -> Document:
    """Un texte YAML déjà en mémoire (un fichier, ou l'en-tête d'un Markdown avec `decalage` 1), lu de la
    même façon sûre ; lève `ErreurLecture` s'il est inexploitable."""
    doc = Document(relatif=relatif, donnees=None, texte=texte)
    doc.donnees = _analyser(texte, doc, decalage)
    return doc


def lire_markdown(chemin: Fichier, relatif: str) -> Document:
    """Lit un fichier Markdown et son éventuel en-tête YAML (front matter) entre deux `---`."""
    texte = lire_texte(chemin, relatif)
    doc = Document(relatif=relatif, donnees=None, texte=texte)
    entete, corps, ligne_corps = separer_entete(texte, relatif)
    if entete is not None:
        doc.donnees = _analyser(entete, doc, decalage=1)
    doc.corps, doc.ligne_corps = corps, ligne_corps
    return doc


def separer_entete(texte: str, relatif: str) -> tuple[str | None, str, int]:
    """Sépare l'en-tête YAML du corps Markdown ; renvoie (en-tête, corps, ligne du corps)."""
    if not texte.startswith("---\n"):
        return None, texte, 1
    lignes = texte.split("\n")
    for numero in range(1, len(lignes)):
        if lignes[numero].rstrip() in ("---", "..."):
            entete = "\n".join(lignes[1:numero]) + "\n"
            return entete, "\n".join(lignes[numero + 1:]), numero + 2
    raise _erreur(relatif, 1, "lecture.entete", "l'en-tête YAML ouvert par « --- » n'est jamais refermé par « --- ».")


_RETRAIT = re.compile(r"^ +", re.MULTILINE)
_COMPACT = 16
_LIGNE_COMPACTE = re.compile(r"^ *(?:[-?] +){%d}" % _COMPACT, re.MULTILINE)
_HORS_CROCHETS = re.compile(r"[^\[\]{}]+")
_PAIRE_COMPACTE = re.compile(r"[-?] +[-?] ")
"""Deux indicateurs de suite : toute ligne compacte de `_LIGNE_COMPACTE` en contient."""


def _imbrication_moderee(texte: str) -> bool:
    """Vrai si `_borne_imbrication(texte)` ne dépasse sûrement pas `_BORNE_RAPIDE`, sans la calculer (un quart de
    son coût) : la profondeur des crochets est au plus leur nombre, le retrait au plus celui que l'on ne trouve
    pas, et sans deux indicateurs de suite, aucune ligne compacte. Faux : la borne dira."""
    marge = _BORNE_RAPIDE - _COMPACT - 1 - texte.count("[") - texte.count("{")
    if marge < 0:
        return False
    trop = " " * (marge + 1)
    return not (texte.startswith(trop) or "\n" + trop in texte or _PAIRE_COMPACTE.search(texte))


def _borne_imbrication(texte: str) -> int:
    """Majorant rapide de la profondeur d'imbrication du texte.

    Un niveau de plus demande soit un crochet ouvrant, soit un cran de retrait, soit un
    indicateur compact (« - - - ») en début de ligne : on borne chacun séparément.
    """
    if _LIGNE_COMPACTE.search(texte):
        return _BORNE_RAPIDE + 1
    profondeur = pire = 0
    for caractere in _HORS_CROCHETS.sub("", texte):
        profondeur = max(0, profondeur + (1 if caractere in "[{" else -1))
        pire = max(pire, profondeur)
    retrait = max(map(len, _RETRAIT.findall(texte)), default=0)
    return pire + retrait + _COMPACT + 1


def _analyser(texte: str, doc: Document, decalage: int) -> Any:
    """Les données du texte, lues en un seul passage sur les événements du parseur.

    L'ordre des refus est celui d'une lecture en trois temps (ancres et alias, puis syntaxe et document unique,
    puis valeurs) : une ancre ou une erreur de syntaxe, dans l'ordre du texte, l'emporte sur un second document,
    qui l'emporte sur une valeur refusée. Un texte très imbriqué (`_borne_imbrication`) passe d'abord par le
    composeur Python, qui s'arrête proprement sur RecursionError là où le composeur C ferait planter Python.
    """
    relatif = doc.relatif
    alias_possibles = "&" in texte or "*" in texte
    lent = not _imbrication_moderee(texte) and _borne_imbrication(texte) > _BORNE_RAPIDE
    try:
        if lent:
            try:
                if alias_possibles:
                    _refuser_alias(_ChargeurPython(texte), relatif, decalage)
                yaml.compose(texte, Loader=_ChargeurPython)
            except RecursionError:
                raise _erreur(relatif, None, "lecture.profondeur", f"structure trop imbriquée (plus de {PROFONDEUR_MAX} niveaux).")
        return _Lecteur(doc, decalage, alias_possibles).lire(_ChargeurPython(texte) if lent else CParser(texte))
    except yaml.MarkedYAMLError as exc:
        raise _erreur_syntaxe(exc, texte, relatif, decalage)
    except yaml.YAMLError:
        raise _erreur(relatif, None, "lecture.yaml", "syntaxe YAML invalide.")


def _refuser_alias(parseur: Any, relatif: str, decalage: int) -> None:
    """Lève l'erreur de la première ancre ou du premier alias, s'il y en a."""
    while not isinstance(evenement := parseur.get_event(), yaml.StreamEndEvent):
        if isinstance(evenement, yaml.AliasEvent) or getattr(evenement, "anchor", None):
            raise _erreur(relatif, evenement.start_mark.line + 1 + decalage, "lecture.alias", _ALIAS)


_ALIAS = "les ancres et alias YAML (& et *) ne sont pas acceptés : recopiez la valeur."
_SCALAIRE, _LISTE, _CARTE = yaml.ScalarEvent, yaml.SequenceStartEvent, yaml.MappingStartEvent
_FIN_LISTE, _FIN_CARTE = yaml.SequenceEndEvent, yaml.MappingEndEvent
_COLLECTIONS = ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


class _Lecteur:
    """Construit les données à partir des événements du parseur (libyaml, ou PyYAML pour un texte très imbriqué)
    en notant la ligne de chaque valeur.

    Pourquoi pas l'arbre de nœuds du composeur : il crée un objet de plus par valeur et appelle trois méthodes
    Python du résolveur par nœud, puis il faut le reparcourir. Ici, un seul parcours, sans récursion. Les
    événements sont l'interface publique du parseur (`get_event`, classes de `yaml.events`), la même pour libyaml
    et pour PyYAML.

    Une valeur refusée (étiquette, nombre, date, profondeur, taille, clé complexe, fusion) ne l'est qu'au bout
    du flux : une ancre, une erreur de syntaxe ou un second document plus loin l'emporte, comme avant.
    """

    def __init__(self, doc: Document, decalage: int, alias_possibles: bool) -> None:
        self.doc = doc
        self.decalage = decalage
        self.alias_possibles = alias_possibles
        self.noeuds = 0

    def lire(self, parseur: Any) -> Any:
        prochain = parseur.get_event
        doc, relatif, decalage, alias_possibles = self.doc, self.doc.relatif, self.decalage, self.alias_possibles
        lignes, constats, scalaire = doc.lignes, doc.constats, self._scalaire
        refus: ErreurLecture | None = None
        second: yaml.composer.ComposerError | None = None
        racine: Any = None
        debut_racine: Any = None
        documents = noeuds = 0
        pile: list[list[Any]] = []
        """Une liste ouverte : [liste, chemin, profondeur] ; un dictionnaire : [dict, chemin, profondeur, clé]
        (clé None : une clé est attendue ; `_SAUTEE` : la valeur d'une clé dupliquée est ignorée)."""
        ignorer = False
        """Plus rien à construire : après un refus, dans un second document, ou dans la valeur d'une clé dupliquée."""
        saut = 0
        """Dans la valeur ignorée d'une clé dupliquée : le nombre de collections ouvertes."""
        repetee = ""
        """La dernière clé dupliquée, dont les chaînes de la valeur ignorée vont à `Document.cachees`."""
        sautees: list[list[Any]] = []
        """Les collections ouvertes de la valeur ignorée : [dictionnaire ?, clé de la collection, clé en cours, une clé
        attendue ?], pour donner à chaque chaîne cachée sa propre clé (« suivi » dans « naissance:⏎  suivi: … »)."""
        while True:
            evenement = prochain()
            genre = evenement.__class__
            if genre is _SCALAIRE or genre is _CARTE or genre is _LISTE:
                if alias_possibles and evenement.anchor:
                    raise _erreur(relatif, evenement.start_mark.line + 1 + decalage, "lecture.alias", _ALIAS)
                if ignorer:
                    if saut:
                        _cacher(doc, sautees, genre, evenement.start_mark.line + 1 + decalage, evenement)
                        if genre is not _SCALAIRE:
                            saut += 1
                    continue
                ligne = evenement.start_mark.line + 1 + decalage
                try:
                    if pile:
                        haut = pile[-1]
                        conteneur = haut[0]
                        if conteneur.__class__ is dict:
                            if haut[3] is None:  # une clé
                                if genre is not _SCALAIRE:
                                    raise _erreur(relatif, ligne, "lecture.cle",
                                                  "une clé doit être un simple mot, pas une liste ni un dictionnaire.")
                                cle = evenement.value
                                if cle == "<<" and _etiquette(evenement) == _NU:
                                    raise _erreur(relatif, ligne, "lecture.alias",
                                                  "la fusion « << » n'est pas acceptée : recopiez les valeurs.")
                                sous = haut[1] + (cle,)
                                if cle in conteneur:
                                    constats.append(Constat(
                                        relatif, ligne, "lecture.cle_dupliquee", "erreur",
                                        f"la clé {citer(cle)} apparaît deux fois (déjà ligne {lignes.get(sous)}) : "
                                        "une des deux valeurs serait perdue."))
                                    haut[3], repetee = _SAUTEE, cle
                                else:
                                    lignes[sous] = ligne
                                    haut[3] = cle
                                continue
                            if haut[3] is _SAUTEE:
                                haut[3] = None
                                if genre is not _SCALAIRE:
                                    saut, ignorer = 1, True
                                    sautees[:] = [[genre is _CARTE, repetee, repetee, True]]
                                else:
                                    doc.cachees.append((ligne, repetee, evenement.value))
                                continue
                            chemin = haut[1] + (haut[3],)
                        else:
                            chemin = haut[1] + (len(conteneur),)
                            lignes[chemin] = ligne
                        profondeur = haut[2] + 1
                    else:
                        chemin, profondeur = (), 0
                        debut_racine = evenement.start_mark
                        lignes[()] = ligne
                    noeuds += 1
                    if noeuds > NOEUDS_MAX:
                        raise _erreur(relatif, None, "lecture.taille", f"trop de valeurs dans le fichier (plus de {NOEUDS_MAX}).")
                    if profondeur > PROFONDEUR_MAX:
                        raise _erreur(relatif, ligne, "lecture.profondeur",
                                      f"structure trop imbriquée (plus de {PROFONDEUR_MAX} niveaux).")
                    if genre is not _SCALAIRE:
                        if evenement.tag is not None and evenement.tag != "!" and evenement.tag not in _COLLECTIONS:
                            raise _erreur(relatif, ligne, "lecture.etiquette",
                                          f"étiquette YAML {citer(evenement.tag.rsplit(':', 1)[-1])} non acceptée.")
                        pile.append([{}, chemin, profondeur, None] if genre is _CARTE else [[], chemin, profondeur])
                        continue
                    valeur = evenement.value
                    if evenement.tag is not None or (evenement.implicit[0] and (
                            len(valeur) <= 5 or valeur[0] in "+-." or valeur[0].isdigit())):
                        valeur = scalaire(evenement, ligne)  # sinon du texte : entre guillemets, ou trop long pour un nul ou un booléen
                except ErreurLecture as exc:
                    refus, ignorer = exc, True
                    continue
            elif genre is _FIN_LISTE or genre is _FIN_CARTE:
                if ignorer:
                    if saut:
                        saut -= 1
                        ignorer = saut > 0
                        sautees.pop()
                    continue
                valeur = pile.pop()[0]
            elif genre is yaml.AliasEvent:
                raise _erreur(relatif, evenement.start_mark.line + 1 + decalage, "lecture.alias", _ALIAS)
            elif genre is yaml.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    second = yaml.composer.ComposerError("expected a single document in the stream", debut_racine,
                                                         "but found another document", evenement.start_mark)
                    if not alias_possibles:
                        raise second
                    ignorer = True
                continue
            elif genre is yaml.StreamEndEvent:
                break
            else:
                continue
            if not pile:
                racine = valeur
            else:
                haut = pile[-1]
                if haut[0].__class__ is dict:
                    haut[0][haut[3]] = valeur
                    haut[3] = None
                else:
                    haut[0].append(valeur)
        if second is not None:
            raise second
        if refus is not None:
            raise refus
        return racine

    def _scalaire(self, evenement: yaml.ScalarEvent, ligne: int) -> Any:
        valeur = evenement.value
        etiquette = _etiquette(evenement)
        if etiquette == _TEXTE:  # texte entre guillemets, en bloc, ou marqué !!str
            return valeur
        if etiquette != _NU:
            raise _erreur(self.doc.relatif, ligne, "lecture.etiquette", f"étiquette YAML {citer(etiquette.rsplit(':', 1)[-1])} non acceptée.")
        if valeur in _NULS:
            return None
        if valeur in _VRAIS:
            return True
        if valeur in _FAUX:
            return False
        if valeur.lower() in _BOOLEENS_AMBIGUS:
            self.doc.constats.append(Constat(
                self.doc.relatif, ligne, "lecture.booleen_ambigu", "erreur",
                f"valeur ambiguë « {valeur} » (yes, no, on, off, y, n) : écrivez true ou false, ou mettez le texte entre guillemets."))
            return valeur
        if not (valeur[0] in "+-." or valeur[0].isdigit()):  # du texte : ni nombre ni date (\d compris : « ٢٠١٩ »)
            return valeur
        if _ENTIER.fullmatch(valeur):
            if len(valeur) > 30:
                raise _erreur(self.doc.relatif, ligne, "lecture.nombre", "nombre trop long pour être un montant ou une quantité.")
            return int(valeur)
        if _REEL.fullmatch(valeur):
            return float(valeur)
        if _DATE.fullmatch(valeur):
            try:
                return dt.date.fromisoformat(valeur)
            except ValueError:
                raise _erreur(self.doc.relatif, ligne, "lecture.date", f"date impossible « {valeur} » (format AAAA-MM-JJ).")
        return valeur


def _cacher(doc: Document, sautees: list[list[Any]], genre: type, ligne: int, evenement: Any) -> None:
    """Dans la valeur ignorée d'une clé dupliquée : garde une chaîne dans `Document.cachees` avec sa clé (celle de sa
    collection pour une clé ou un élément de liste, la clé en cours pour une valeur), ou ouvre une collection."""
    haut = sautees[-1]
    carte, cle_collection, cle_en_cours, attend_cle = haut
    cle = cle_en_cours if carte and not attend_cle else cle_collection
    if genre is not _SCALAIRE:
        if carte:
            haut[3] = True
        sautees.append([genre is _CARTE, cle, cle, True])
        return
    doc.cachees.append((ligne, cle, evenement.value))
    if carte:
        if attend_cle:
            haut[2], haut[3] = evenement.value, False
        else:
            haut[3] = True


_SAUTEE = object()
"""La clé en attente d'une valeur à ignorer (clé dupliquée)."""


def _etiquette(evenement: yaml.ScalarEvent) -> str:
    """L'étiquette d'un scalaire : sans étiquette (ou « ! »), nu s'il est écrit sans guillemets (son type est
    décidé par `_Lecteur._scalaire`, pas par YAML 1.1), texte sinon."""
    if evenement.tag is None or evenement.tag == "!":
        return _NU if evenement.implicit[0] else _TEXTE
    return evenement.tag


_TRADUCTIONS = [
    ("mapping values are not allowed", "deux-points inattendu : mettez le texte entre guillemets s'il contient « : »"),
    ("found character '\\t' that cannot start any token", "tabulation interdite en YAML : utilisez des espaces pour l'indentation"),
    ("found character that cannot start any token", "caractère inattendu en début de valeur : mettez le texte entre guillemets"),
    ("could not find expected ':'", "« : » attendu après une clé (indentation incorrecte ?)"),
    ("did not find expected key", "clé attendue : vérifiez l'indentation de cette ligne"),
    ("did not find expected '-' indicator", "élément de liste attendu (« - ») : vérifiez l'indentation"),
    ("found unexpected end of stream", "fin de fichier inattendue : un guillemet ou un crochet n'est pas refermé"),
    ("expected a single document", "le fichier contient plusieurs documents YAML (« --- ») : un seul est attendu"),
    ("found undefined tag handle", "étiquette YAML inconnue"),
    ("found unknown escape character", "séquence d'échappement inconnue entre guillemets doubles (utilisez des guillemets simples)"),
    ("special characters are not allowed", "caractère de contrôle interdit dans le fichier"),
    ("unacceptable character", "caractère de contrôle interdit dans le fichier"),
    ("control characters are not allowed", "caractère de contrôle interdit dans le fichier"),
    ("found unexpected ':'", "deux-points inattendu : mettez le texte entre guillemets"),
    ("did not find expected ',' or ']'", "une liste entre crochets n'est pas refermée par « ] » (ou une virgule manque)"),
    ("did not find expected ',' or '}'", "un ensemble entre accolades n'est pas refermé par « } » (ou une virgule manque)"),
    ("did not find expected node content", "valeur attendue après l'indicateur"),
    ("found a tab character", "tabulation interdite en YAML : utilisez des espaces pour l'indentation"),
    ("while scanning a quoted scalar", "un guillemet n'est pas refermé"),
    ("while scanning a simple key", "une clé n'est pas suivie de « : » sur la même ligne"),
    ("while parsing a block mapping", "indentation incohérente dans un ensemble de champs"),
    ("while parsing a block collection", "indentation incohérente dans une liste"),
    ("while parsing a flow", "une liste ou un ensemble entre crochets est mal formé"),
    ("while scanning an alias", "alias YAML (*) non accepté"),
    ("while scanning an anchor", "ancre YAML (&) non acceptée"),
    ("while scanning a tag", "étiquette YAML (!) mal formée"),
    ("while scanning a block scalar", "bloc de texte (| ou >) mal formé"),
    ("block sequence entries are not allowed", "élément de liste (« - ») mal placé : vérifiez l'indentation"),
]


def _erreur_syntaxe(exc: yaml.MarkedYAMLError, texte: str, relatif: str, decalage: int) -> ErreurLecture:
    """Traduit l'erreur de libyaml ; le texte anglais d'origine n'est jamais montré."""
    marque = exc.problem_mark or exc.context_mark
    ligne = marque.line + 1 + decalage if marque is not None else None
    lignes = texte.split("\n")
    fautive = lignes[marque.line] if marque is not None and marque.line < len(lignes) else ""
    if marque is not None and "\t" in fautive[: marque.column + 1]:
        return _erreur(relatif, ligne, "lecture.yaml", "syntaxe YAML invalide : tabulation interdite en YAML : "
                                                       "utilisez des espaces pour l'indentation.")
    probleme = f"{exc.context or ''} {exc.problem or ''}"
    for anglais, francais in _TRADUCTIONS:
        if anglais in probleme:
            return _erreur(relatif, ligne, "lecture.yaml", f"syntaxe YAML invalide : {francais}.")
    return _erreur(relatif, ligne, "lecture.yaml", "syntaxe YAML invalide à cette ligne : vérifiez l'indentation, "
                                                   "les deux-points, les guillemets et les crochets.")
