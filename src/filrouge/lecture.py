"""Lecture sûre des fichiers YAML et Markdown, en gardant la ligne de chaque valeur.

Pourquoi pas `yaml.safe_load` : il garde silencieusement la dernière de deux clés
identiques (une donnée perdue), lit `no` comme faux (YAML 1.1), développe les alias
(une « bombe » d'alias tient en 1 Ko) et ne dit pas où se trouve une valeur. Ici, le
composeur C de libyaml construit l'arbre des nœuds, et ce module le convertit lui-même
en données Python en notant la ligne de chaque clé : les constats peuvent alors
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
"""Au-delà de cette borne grossière d'imbrication, le composeur C de libyaml peut faire
planter Python (dépassement de pile) : on passe alors par le composeur Python, qui
lève proprement RecursionError."""

Chemin = tuple[str | int, ...]

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


class _Resolveur(yaml.resolver.BaseResolver):
    """Ne devine aucun type : les scalaires nus sont marqués, `_scalaire` les interprète.

    Le résolveur YAML 1.1 de PyYAML coûte un appel Python par valeur et lit `no`
    comme faux ; on s'en passe.
    """

    def resolve(self, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return _NU
        return super().resolve(kind, value, implicit)


class _ChargeurC(CParser, _Resolveur):  # type: ignore[misc]
    def __init__(self, flux: str) -> None:
        CParser.__init__(self, flux)
        _Resolveur.__init__(self)


class _ChargeurPython(yaml.reader.Reader, yaml.scanner.Scanner, yaml.parser.Parser, yaml.composer.Composer, _Resolveur):
    def __init__(self, flux: str) -> None:
        yaml.reader.Reader.__init__(self, flux)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        yaml.composer.Composer.__init__(self)
        _Resolveur.__init__(self)


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


def lire_texte(chemin: Path, relatif: str, taille_max: int = TAILLE_MAX) -> str:
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


def lire_yaml(chemin: Path, relatif: str) -> Document:
    """Lit un fichier YAML entier ; lève `ErreurLecture` s'il est inexploitable."""
    return analyser_yaml(lire_texte(chemin, relatif), relatif)


def analyser_yaml(texte: str, relatif: str, decalage: int = 0) -> Document:
    """Un texte YAML déjà en mémoire (un fichier, ou l'en-tête d'un Markdown avec `decalage` 1), lu de la
    même façon sûre ; lève `ErreurLecture` s'il est inexploitable."""
    doc = Document(relatif=relatif, donnees=None, texte=texte)
    doc.donnees = _analyser(texte, doc, decalage)
    return doc


def lire_markdown(chemin: Path, relatif: str) -> Document:
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
    relatif = doc.relatif
    if "&" in texte or "*" in texte:
        ligne_alias = _ligne_alias(texte, relatif, decalage)
        if ligne_alias is not None:
            raise _erreur(relatif, ligne_alias, "lecture.alias", "les ancres et alias YAML (& et *) ne sont pas acceptés : recopiez la valeur.")
    chargeur = _ChargeurC if _borne_imbrication(texte) <= _BORNE_RAPIDE else _ChargeurPython
    try:
        noeud = yaml.compose(texte, Loader=chargeur)
    except RecursionError:
        raise _erreur(relatif, None, "lecture.profondeur", f"structure trop imbriquée (plus de {PROFONDEUR_MAX} niveaux).")
    except yaml.MarkedYAMLError as exc:
        raise _erreur_syntaxe(exc, texte, relatif, decalage)
    except yaml.YAMLError:
        raise _erreur(relatif, None, "lecture.yaml", "syntaxe YAML invalide.")
    if noeud is None:
        return None
    convertisseur = _Convertisseur(doc, decalage)
    return convertisseur.convertir(noeud, (), 0)


def _ligne_alias(texte: str, relatif: str, decalage: int) -> int | None:
    """Ligne de la première ancre ou du premier alias, ou None s'il n'y en a pas."""
    chargeur = _ChargeurC if _borne_imbrication(texte) <= _BORNE_RAPIDE else _ChargeurPython
    try:
        for evenement in yaml.parse(texte, Loader=chargeur):
            if isinstance(evenement, yaml.AliasEvent) or getattr(evenement, "anchor", None):
                return evenement.start_mark.line + 1 + decalage
    except RecursionError:
        raise _erreur(relatif, None, "lecture.profondeur", f"structure trop imbriquée (plus de {PROFONDEUR_MAX} niveaux).")
    except yaml.MarkedYAMLError as exc:
        raise _erreur_syntaxe(exc, texte, relatif, decalage)
    except yaml.YAMLError:
        raise _erreur(relatif, None, "lecture.yaml", "syntaxe YAML invalide.")
    return None


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


class _Convertisseur:
    """Convertit l'arbre de nœuds en données Python en notant les lignes."""

    def __init__(self, doc: Document, decalage: int) -> None:
        self.doc = doc
        self.decalage = decalage
        self.noeuds = 0

    def _ligne(self, noeud: yaml.Node) -> int:
        return noeud.start_mark.line + 1 + self.decalage

    def convertir(self, noeud: yaml.Node, chemin: Chemin, profondeur: int) -> Any:
        self.noeuds += 1
        if self.noeuds > NOEUDS_MAX:
            raise _erreur(self.doc.relatif, None, "lecture.taille", f"trop de valeurs dans le fichier (plus de {NOEUDS_MAX}).")
        if profondeur > PROFONDEUR_MAX:
            raise _erreur(self.doc.relatif, self._ligne(noeud), "lecture.profondeur",
                          f"structure trop imbriquée (plus de {PROFONDEUR_MAX} niveaux).")
        if chemin not in self.doc.lignes:  # la valeur d'une clé a déjà la ligne de sa clé
            self.doc.lignes[chemin] = self._ligne(noeud)
        if isinstance(noeud, yaml.ScalarNode):
            return self._scalaire(noeud)
        if noeud.tag not in ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"):
            raise _erreur(self.doc.relatif, self._ligne(noeud), "lecture.etiquette",
                          f"étiquette YAML {citer(noeud.tag.rsplit(':', 1)[-1])} non acceptée.")
        if isinstance(noeud, yaml.SequenceNode):
            return [self.convertir(enfant, chemin + (i,), profondeur + 1) for i, enfant in enumerate(noeud.value)]
        return self._correspondance(noeud, chemin, profondeur)

    def _correspondance(self, noeud: yaml.MappingNode, chemin: Chemin, profondeur: int) -> dict[str, Any]:
        resultat: dict[str, Any] = {}
        for cle_noeud, valeur_noeud in noeud.value:
            ligne = self._ligne(cle_noeud)
            if not isinstance(cle_noeud, yaml.ScalarNode):
                raise _erreur(self.doc.relatif, ligne, "lecture.cle", "une clé doit être un simple mot, pas une liste ni un dictionnaire.")
            if cle_noeud.value == "<<" and cle_noeud.tag == _NU:
                raise _erreur(self.doc.relatif, ligne, "lecture.alias", "la fusion « << » n'est pas acceptée : recopiez les valeurs.")
            cle = cle_noeud.value
            sous = chemin + (cle,)
            if cle in resultat:
                premiere = self.doc.lignes.get(sous)
                self.doc.constats.append(Constat(
                    self.doc.relatif, ligne, "lecture.cle_dupliquee", "erreur",
                    f"la clé {citer(cle)} apparaît deux fois (déjà ligne {premiere}) : une des deux valeurs serait perdue."))
                continue
            self.doc.lignes[sous] = ligne
            resultat[cle] = self.convertir(valeur_noeud, sous, profondeur + 1)
        return resultat

    def _scalaire(self, noeud: yaml.ScalarNode) -> Any:
        valeur = noeud.value
        if noeud.tag == _TEXTE:  # texte entre guillemets, en bloc, ou marqué !!str
            return valeur
        if noeud.tag != _NU:
            raise _erreur(self.doc.relatif, self._ligne(noeud), "lecture.etiquette", f"étiquette YAML {citer(noeud.tag.rsplit(':', 1)[-1])} non acceptée.")
        if valeur in _NULS:
            return None
        if valeur in _VRAIS:
            return True
        if valeur in _FAUX:
            return False
        if valeur.lower() in _BOOLEENS_AMBIGUS:
            self.doc.constats.append(Constat(
                self.doc.relatif, self._ligne(noeud), "lecture.booleen_ambigu", "erreur",
                f"valeur ambiguë « {valeur} » (yes, no, on, off, y, n) : écrivez true ou false, ou mettez le texte entre guillemets."))
            return valeur
        if not (valeur[0] in "+-." or valeur[0].isdigit()):  # du texte : ni nombre ni date (\d compris : « ٢٠١٩ »)
            return valeur
        if _ENTIER.fullmatch(valeur):
            if len(valeur) > 30:
                raise _erreur(self.doc.relatif, self._ligne(noeud), "lecture.nombre", "nombre trop long pour être un montant ou une quantité.")
            return int(valeur)
        if _REEL.fullmatch(valeur):
            return float(valeur)
        if _DATE.fullmatch(valeur):
            try:
                return dt.date.fromisoformat(valeur)
            except ValueError:
                raise _erreur(self.doc.relatif, self._ligne(noeud), "lecture.date", f"date impossible « {valeur} » (format AAAA-MM-JJ).")
        return valeur
