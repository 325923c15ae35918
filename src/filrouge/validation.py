"""Valide un dépôt : lecture, schéma, règles métier, garde d'anonymat ; rien n'est écrit dans le dépôt.

`valider` ne refait que ce qui a changé. Pour chaque dossier dont ni les fichiers ni le contexte
(code de filrouge, configuration, annuaire, noms protégés) n'ont bougé, ses constats viennent du
cache (`cache_validation`) sans relire un seul de ses fichiers ; les autres sont lus et vérifiés.
Les règles qui comparent les dossiers entre eux (portée « depot » : enveloppe, capacité, codes
partagés, création d'une demande décidée) tournent toujours, sur les résumés de chaque dossier, de
même que la comparaison des schémas de l'éditeur (`schemas/`) à ceux de cette version.
Le résultat est celui d'une validation à froid, toujours (`valider_depot`, testé sur des
modifications tirées au hasard). Un dossier vérifié sur une copie (`valider_brouillon`, l'atelier) laisse
son entrée sous l'empreinte de son contenu, et chaque validation laisse son verdict sous l'empreinte de
tout ce qu'elle a lu (`verdict`) : le hook qui suit l'écriture de ces fichiers les reprend sans rien revérifier.
"""

from __future__ import annotations

import datetime as dt
import os
import os.path
import re
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from filrouge import anonymat, cache_validation, verdict
from filrouge.constat import Constat
from filrouge.depot import (REPERTOIRE_DOSSIERS, Depot, DossierCharge, Fichier, annexes_hors_dossiers, charger_depot,
                            charger_dossier, charger_references, repertoires_de_dossiers)
from filrouge.francais import ErreurUtilisation
from filrouge.gitinfo import Reference, fichiers_de_reference, reference_des_regles
from filrouge.lecture import Document, texte_pour_la_garde
from filrouge.modele import Dossier, Financement
from filrouge.regles import appliquer
from filrouge.schemas import empreintes_attendues, schemas_perimes

if TYPE_CHECKING:
    from filrouge.anonymat.contexte import ContexteAnonymat


def valider_depot(depot: Depot) -> list[Constat]:
    """Tous les constats du dépôt, triés par fichier et ligne."""
    constats = list(depot.constats)
    constats.extend(appliquer(depot))
    constats.extend(garde_anonymat(depot))
    constats.extend(schemas_perimes(depot.racine, empreintes_attendues))
    return sorted(set(constats), key=Constat.cle_tri)


_SEUIL_DOSSIERS_PARALLELE = 40
"""À partir de ce nombre de dossiers à vérifier, un processus fils en prend la moitié (`valider`, garde seule du
portail) : en deçà, lancer le fils coûte plus de processeur (≈ 60 ms) qu'il ne fait gagner de temps écoulé
(démo, 37 dossiers : 0,26 s de garde en un processus, 0,21 s en deux pour 0,33 s de processeur)."""
_contexte_partage: ContexteAnonymat | None = None


def garde_anonymat(depot: Depot) -> list[Constat]:
    """La garde d'anonymat sur chaque fichier de dossier déjà lu (rien n'est relu).

    La garde coûte autant que la validation elle-même ; sur une machine à plusieurs cœurs et
    un dépôt assez grand, un processus fils (fork : il hérite du contexte déjà construit)
    analyse une moitié des textes pendant que ce processus analyse l'autre.
    """
    textes = _textes_a_garder(depot)
    grand = len(depot.dossiers) >= _SEUIL_DOSSIERS_PARALLELE
    _preparer_garde(depot, grand=grand)
    noms = _noms_de_fichiers(depot)
    if not grand or not _fils_possible():
        return _analyser(textes) + noms
    return _en_deux(_analyser, textes) + noms


T = TypeVar("T")
R = TypeVar("R")


def _fils_possible() -> bool:
    """Deux cœurs au moins, et `fork` (le fils hérite de ce qui est déjà chargé : modèle, garde, contexte)."""
    import multiprocessing

    return (os.cpu_count() or 1) >= 2 and "fork" in multiprocessing.get_all_start_methods()


def _en_deux(fonction: Callable[[list[T]], list[R]], elements: list[T]) -> list[R]:
    """`fonction` sur une moitié des éléments ici, sur l'autre dans un processus fils, en même temps ; les
    résultats dans l'ordre des moitiés. multiprocessing n'est importé qu'ici : un petit dépôt s'en passe.

    Les objets déjà créés sont gelés le temps du fork (`gc.freeze`, ce que la documentation de `gc` conseille) :
    le ramasse-miettes du fils ne les parcourt plus, ni n'écrit dans leurs pages héritées (−20 % de processeur
    pour le fils sur la démo)."""
    import gc
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as fils:
        gc.freeze()
        try:
            moitie = fils.submit(fonction, elements[1::2])  # le fork a lieu ici
        finally:
            gc.unfreeze()
        resultat = fonction(elements[0::2])
        return resultat + moitie.result()


def _textes_a_garder(depot: Depot) -> list[tuple[str, str, Document | None]]:
    """(texte, chemin) de tout ce que dossiers/ contient : formulaires déjà lus, et tout autre fichier texte
    (pièces, fichiers inattendus ou cachés) : ni vérifiés ni publiés, ils sont pourtant dans le dépôt."""
    textes: list[tuple[str, str, Document | None]] = [
        (doc.texte, doc.relatif, doc) for doc in depot.documents if doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/")]
    for relatif, chemin in _annexes(depot):
        texte = texte_pour_la_garde(chemin)
        if texte is not None:
            textes.append((texte, relatif, None))
    return textes


def _annexes(depot: Depot) -> list[tuple[str, Path]]:
    return [*depot.annexes, *(a for charge in depot.dossiers for a in charge.annexes)]


_MORCEAU_NUMERIQUE = re.compile(r"^\d+$")


def _noms_de_fichiers(depot: Depot) -> list[Constat]:
    """La garde sur les noms de répertoires et de fichiers des dossiers : ils deviennent des adresses de page,
    des noms de calendrier, des titres de l'examen.

    Seuls les morceaux non numériques du nom sont lus (« 2026-Dupont-Marie.yaml » → « Dupont Marie yaml ») :
    les dates et numéros d'un nom de fichier ordinaire ne sont pas des données identifiantes.
    """
    chemins = {charge.relatif for charge in depot.dossiers}
    chemins |= {doc.relatif for doc in depot.documents if doc.relatif.startswith(f"{REPERTOIRE_DOSSIERS}/")}
    chemins |= {f"{charge.relatif}/{piece}" for charge in depot.dossiers for piece in charge.pieces}
    chemins |= {relatif for relatif, _ in _annexes(depot)}
    return _garde_des_noms(chemins)


def garde_des_noms(depot: Depot, chemins: Iterable[str]) -> list[Constat]:
    """La garde sur les seuls noms de ces chemins (d'un dossier ou non) : une sortie qui nomme des fichiers ou des
    dossiers (commentaire d'examen, listes du bilan) ne recopie pas un nom qui porte une donnée identifiante."""
    _preparer_garde(depot)
    return _garde_des_noms(set(chemins))


def _garde_des_noms(chemins: set[str]) -> list[Constat]:
    assert _contexte_partage is not None
    constats: list[Constat] = []
    for relatif in sorted(chemins):
        parties = relatif.split("/")
        parties = parties[1:] if parties[0] == REPERTOIRE_DOSSIERS else parties  # sans « dossiers »
        morceaux = [m for m in re.split(r"[/\\\-_. ]+", "/".join(parties)) if m and not _MORCEAU_NUMERIQUE.match(m)]
        if not morceaux:
            continue
        nom = relatif.rsplit("/", 1)[-1]
        for regle, gravite, message in _analyser_un_nom(" ".join(morceaux), nom[nom.rfind("."):] if "." in nom else ""):
            constats.append(Constat(relatif, None, regle, gravite, "dans le nom du fichier : " + message))
    return constats


_noms_analyses: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
"""Les verdicts de la garde sur les noms de fichiers, pour le contexte en cours (`_preparer_garde` les oublie
quand il change) : chaque dossier a son dossier.yaml, sa preparation.yaml, ses concertations…"""


def _analyser_un_nom(texte: str, extension: str) -> list[tuple[str, str, str]]:
    """(règle, gravité, message) de la garde sur le texte d'un nom de fichier. Son extension seule dit à la garde
    comment elle le lirait (YAML, Markdown) : le verdict ne dépend que du texte et d'elle, il est gardé."""
    assert _contexte_partage is not None
    cle = (texte, extension)
    if cle not in _noms_analyses:
        if len(_noms_analyses) >= 4096:
            _noms_analyses.clear()
        _noms_analyses[cle] = [(c.regle, c.gravite, c.message) for c in
                               anonymat.analyser_texte(texte, "nom" + extension, _contexte_partage)[0]]
    return _noms_analyses[cle]


def _analyser(textes: list[tuple[str, str, Document | None]]) -> list[Constat]:
    """La garde sur chaque texte ; le document déjà lu évite de relire son YAML."""
    assert _contexte_partage is not None
    constats: list[Constat] = []
    for texte, relatif, document in textes:
        constats.extend(anonymat.analyser_texte(texte, relatif, _contexte_partage, document)[0])
    return constats


def filtrer(constats: list[Constat], racine: Path, chemins: Sequence[Path]) -> list[Constat]:
    """Ne garde que les constats des fichiers situés sous `chemins` (fichiers ou répertoires)."""
    prefixes: list[str] = []
    for chemin in chemins:
        absolu = Path(_normaliser(chemin if chemin.is_absolute() else Path.cwd() / chemin))
        if not absolu.is_relative_to(_normaliser(racine)):
            raise ErreurUtilisation(f"{chemin}: ce chemin est hors du dépôt ({racine}).")
        relatif = absolu.relative_to(_normaliser(racine)).as_posix()
        prefixes.append("" if relatif == "." else relatif)
    return [c for c in constats if any(p == "" or c.fichier == p or c.fichier.startswith(p + "/") for p in prefixes)]


def _fichiers_commites(racine: Path, reference: Reference | None) -> set[str] | None:
    """Les fichiers du dernier commit (ceux que lit `financement.decision_nouvelle`), listés par Git une fois par
    arbre puis relus du cache."""
    if reference is None:
        return None
    return cache_validation.fichiers_de_l_arbre(racine, f"{reference.prefixe}\0{reference.arbre}",
                                               lambda: fichiers_de_reference(racine, reference.arbre))


def _normaliser(chemin: Path) -> str:
    return os.path.normpath(os.path.abspath(chemin))


def valider(racine: Path, chemins: Sequence[Path] = (), cache: bool = True,
            releve: verdict.Releve | None = None) -> list[Constat]:
    """Valide le dépôt tel qu'il est sur le disque, comparé au dernier commit quand il y en a un.

    Avec `cache`, seuls les dossiers changés depuis la dernière validation sont relus (voir en tête) ;
    `releve` : ce que `verdict.relever` vient de lire de ce dépôt (cache, signatures), repris tel quel.
    """
    with cache_validation.sans_collecte():
        if not cache:
            depot = charger_depot(racine)
            depot.fichiers_commites = fichiers_de_reference(racine)
            constats = valider_depot(depot)
        else:
            constats = _valider_avec_cache(racine, releve=releve)
    return filtrer(constats, racine, chemins) if chemins else constats


Entree = dict[str, object]
"""Ce que le cache garde d'un dossier : signature, empreinte, constats, résumé (types de `marshal`)."""


def valider_brouillon(racine: Path, nom: str, contenus: Mapping[str, str | bytes], nouveau: bool = False) -> list[Constat]:
    """Le dépôt tel qu'il serait si le dossier `nom` contenait `contenus` (chemin sous le dossier → texte, ou
    octets d'une pièce jointe),
    sans rien écrire dans le dépôt : le dossier est copié hors du dépôt, les contenus y sont posés, et la
    validation est celle de `valider` (mêmes lecture, modèle, règles et garde), la copie à la place du dossier.
    `nouveau` : un dossier qui n'existe pas encore, fait des seuls `contenus`, ajouté aux autres.
    """
    source = racine / REPERTOIRE_DOSSIERS / nom
    if nouveau and (source.exists() or source.is_symlink()):
        raise ErreurUtilisation(f"{REPERTOIRE_DOSSIERS}/{nom} existe déjà.")
    if not nouveau and (not source.is_dir() or source.is_symlink()):
        raise ErreurUtilisation(f"dossier « {nom} » introuvable dans {REPERTOIRE_DOSSIERS}/.")
    with tempfile.TemporaryDirectory(prefix="filrouge-brouillon-") as temporaire:
        copie = Path(temporaire) / nom
        if nouveau:
            copie.mkdir()
        else:
            shutil.copytree(source, copie, symlinks=True)
        for relatif, texte in contenus.items():
            cible = copie / relatif
            if not cible.resolve().is_relative_to(copie.resolve()):
                raise ErreurUtilisation(f"{relatif} : chemin hors du dossier.")
            cible.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(texte, bytes):
                cible.write_bytes(texte)
            else:
                cible.write_text(texte, encoding="utf-8")
        with cache_validation.sans_collecte():
            return _valider_avec_cache(racine, (nom, copie))


def _valider_avec_cache(racine: Path, remplacement: tuple[str, Path] | None = None,
                        releve: verdict.Releve | None = None) -> list[Constat]:
    """La validation incrémentale ; avec `remplacement` (nom, copie), la copie est vérifiée à la place du dossier
    du même nom : le cache des dossiers n'en garde rien, celui des brouillons garde son entrée sous l'empreinte
    de son contenu (les mêmes fichiers écrits dans le dépôt ne seront pas revérifiés). `releve` : le contexte,
    le cache et les signatures que `verdict.relever` vient de lire."""
    reference = releve.reference if releve is not None else reference_des_regles(racine)
    autour = releve.autour if releve is not None else verdict.autour(racine, reference)
    racines = charger_references(racine)
    constats = list(racines.constats)
    repertoires = repertoires_de_dossiers(racine, constats)
    if remplacement is not None and all(nom != remplacement[0] for nom, _, _ in repertoires):
        repertoires.append((remplacement[0], remplacement[1], f"{REPERTOIRE_DOSSIERS}/{remplacement[0]}"))
    contexte = releve.contexte if releve is not None else verdict.contexte(racine)
    anciennes = releve.entrees if releve is not None else cache_validation.lire(racine, contexte)
    signatures = releve.signatures if releve is not None else {}
    entrees: dict[str, Entree] = {}
    a_refaire: list[tuple[str, Path, str, cache_validation.Signature]] = []
    brouillons: dict[str, Entree] | None = None
    for nom, chemin, relatif in repertoires:
        if remplacement is not None and nom == remplacement[0]:
            chemin = remplacement[1]
            a_refaire.append((nom, chemin, relatif, cache_validation.signature(chemin)))
            continue
        ancienne = anciennes.get(nom)
        signature = signatures.get(nom) or cache_validation.signature(
            chemin, cache_validation.signature_gardee(anciennes, nom))
        if isinstance(ancienne, dict) and ancienne.get("signature") == signature:
            entrees[nom] = ancienne
            continue
        if brouillons is None:
            brouillons = cache_validation.brouillons(racine, contexte)
        if not isinstance(ancienne, dict) and not brouillons:
            a_refaire.append((nom, chemin, relatif, signature))  # à froid : rien à comparer, inutile de tout relire
            continue
        empreinte = cache_validation.empreinte_du_contenu(chemin, signature)
        # Même contenu que la dernière fois (seule la date a changé : git checkout…), ou que la copie vérifiée
        # par l'atelier juste avant d'écrire ces fichiers : l'entrée ne dépend que du contenu et du contexte.
        meme = isinstance(ancienne, dict) and ancienne.get("empreinte") == empreinte
        connue = ancienne if meme else brouillons.get(empreinte)
        if isinstance(connue, dict):
            entrees[nom] = {**connue, "signature": signature}
        else:
            a_refaire.append((nom, chemin, relatif, signature))
    for nom, entree in _verifier_dossiers(racines, a_refaire):
        entrees[nom] = entree
    racines.annexes = annexes_hors_dossiers(racine, repertoires)
    if racines.annexes:
        _preparer_garde(racines)
        constats.extend(_garde_sans_fils(racines))
    a_garder = dict(entrees)
    if remplacement is not None:
        a_garder.pop(remplacement[0], None)
        if remplacement[0] in anciennes:
            a_garder[remplacement[0]] = anciennes[remplacement[0]]
        copie = entrees[remplacement[0]]
        if copie["empreinte"] != (anciennes.get(remplacement[0]) or {}).get("empreinte"):
            cache_validation.garder_brouillon(racine, contexte, copie)
    if a_garder != anciennes:
        cache_validation.ecrire(racine, contexte, a_garder)
    for nom, _, _ in repertoires:
        constats.extend(Constat(*c) for c in entrees[nom]["constats"])  # type: ignore[attr-defined]
    # Les règles propres aux dossiers sur reseau.yaml et annuaire.yaml (marques internes), puis celles qui
    # comparent les dossiers, sur leurs résumés.
    constats.extend(appliquer(racines, "dossier"))
    resumes = _depot_des_resumes(racines, [entrees[nom] for nom, _, _ in repertoires])
    resumes.fichiers_commites = _fichiers_commites(racine, reference)
    constats.extend(appliquer(resumes, "depot"))
    constats.extend(_schemas_perimes(racine))
    resultat = sorted(set(constats), key=Constat.cle_tri)
    connues = {nom: str(entrees[nom]["empreinte"]) for nom, _, _ in repertoires}
    verdict.garder(racine, contexte, verdict.cle(racine, contexte, autour, connues), resultat)
    return resultat


def _schemas_perimes(racine: Path) -> list[Constat]:
    """Les schémas de l'éditeur comparés à ceux de cette version ; leurs empreintes attendues viennent du cache
    (une génération par version de filrouge : elle coûte le travail de pydantic sur tout le modèle)."""
    return schemas_perimes(racine, lambda: cache_validation.selon_le_code("schemas", empreintes_attendues))


def _verifier_dossiers(racines: Depot, a_refaire: list[tuple[str, Path, str, cache_validation.Signature]]
                       ) -> list[tuple[str, Entree]]:
    """Lit et vérifie les dossiers changés ; au-delà d'un seuil, un processus fils en prend la moitié.

    La garde (et son contexte) n'est chargée que s'il y a un dossier à vérifier : sinon tout vient du cache.
    """
    global _racines_partagees
    if not a_refaire:
        return []
    _preparer_garde(racines, grand=len(a_refaire) >= _SEUIL_DOSSIERS_PARALLELE)
    if len(a_refaire) < _SEUIL_DOSSIERS_PARALLELE or not _fils_possible():
        return [(nom, _verifier_un_dossier(racines, nom, chemin, relatif, sig)) for nom, chemin, relatif, sig in a_refaire]
    _racines_partagees = racines
    return _en_deux(_verifier_lot, a_refaire)


def _preparer_garde(racines: Depot, grand: bool = False) -> None:
    """Charge la garde et son contexte (annuaire, noms protégés), partagés avec un éventuel processus fils ; pour
    une `grand`e validation, les listes de noms sont construites en mémoire tout de suite (avant le fork)."""
    global _contexte_partage
    contexte = anonymat.contexte_du_depot(racines.racine, annuaire=racines.partenaires)
    if contexte is not _contexte_partage:
        _noms_analyses.clear()
    _contexte_partage = contexte
    if grand:
        from filrouge.anonymat.cache import tout_en_memoire

        tout_en_memoire()


_racines_partagees: Depot | None = None


def _verifier_lot(lot: list[tuple[str, Path, str, cache_validation.Signature]]) -> list[tuple[str, Entree]]:
    racines = _racines_partagees
    assert racines is not None
    return [(nom, _verifier_un_dossier(racines, nom, chemin, relatif, sig)) for nom, chemin, relatif, sig in lot]


def _verifier_un_dossier(racines: Depot, nom: str, chemin: Path, relatif: str,
                         signature: cache_validation.Signature) -> Entree:
    """Lecture, schéma, règles propres au dossier et garde d'anonymat d'un seul dossier, et son résumé.

    L'empreinte du contenu est prise avant la lecture : un fichier enregistré entre les deux (l'éditeur, l'atelier
    pendant le hook) donne une empreinte qui ne sera plus celle du dossier, qui sera donc revérifié ; prise après,
    elle aurait été celle du nouveau contenu, sous les constats de l'ancien."""
    empreinte = cache_validation.empreinte_du_contenu(chemin, signature)
    charge, constats, documents = charger_dossier(chemin, nom, relatif)
    seul = Depot(racines.racine, racines.configuration, racines.annuaire, [charge], [], documents)
    constats += appliquer(seul, "dossier")
    constats += _garde_sans_fils(seul)
    return {
        "signature": signature,
        "empreinte": empreinte,
        "constats": [c.en_tuple() for c in set(constats)],
        "resume": _resumer(charge),
    }


def _garde_sans_fils(depot: Depot) -> list[Constat]:
    return _analyser(_textes_a_garder(depot)) + _noms_de_fichiers(depot)


def _resumer(charge: DossierCharge) -> object:
    """Ce que les règles de portée « depot » lisent d'un dossier, en types de `marshal` (dates en ordinaux).

    Des repères de lignes, seuls ceux des clés de premier et de second niveau hors listes sont gardés : ces
    règles ne citent que ceux-là (`Document.ligne` remonte au parent sinon), et le cache reste petit ; ils sont
    rangés à plat (`_Reperes`), plus vite relus qu'un dictionnaire de chemins.
    """
    def jour(valeur: object) -> int | None:
        return valeur.toordinal() if valeur is not None else None  # type: ignore[attr-defined]

    def lignes(doc: Document) -> tuple[str | int | None, ...]:
        return tuple(x for cle, n in doc.lignes.items() if len(cle) <= 2 and all(isinstance(p, str) for p in cle)
                     for x in (cle[0] if cle else None, cle[1] if len(cle) == 2 else None, n))

    dossier = charge.dossier
    if dossier is None or dossier.modele is None:
        return None
    d = dossier.modele
    demandes = [(f.relatif, lignes(f.doc), jour(f.modele.date_demande), f.modele.montant_demande,
                 f.modele.decision.statut, f.modele.decision.montant_accorde)
                for f in charge.financements if f.modele is not None]
    periodes = [(jour(p.ouverture), jour(p.cloture)) for p in d.periodes]
    return (dossier.relatif, lignes(dossier.doc), d.id, d.code, d.statut, d.motif_non_ouverture,
            jour(d.dates.demande), jour(d.dates.ouverture), jour(d.dates.cloture), demandes, periodes,
            d.casemanager, [(jour(t.date), t.de, t.vers) for t in d.transferts])


class _Reperes(Mapping[tuple[str, ...], int]):
    """Les repères de lignes d'un résumé, (clé, sous-clé ou None, ligne) à plat (None, None, ligne pour la racine),
    décodés en dictionnaire à la première question : seule une règle qui signale quelque chose en pose."""

    __slots__ = ("_plat", "_lignes")

    def __init__(self, plat: tuple[str | int | None, ...]) -> None:
        self._plat = plat
        self._lignes: dict[tuple[str, ...], int] | None = None

    def _decoder(self) -> dict[tuple[str, ...], int]:
        if self._lignes is None:
            p = self._plat
            self._lignes = {tuple(c for c in p[i:i + 2] if c is not None): p[i + 2]  # type: ignore[misc]
                            for i in range(0, len(p), 3)}
        return self._lignes

    def __getitem__(self, cle: tuple[str, ...]) -> int:
        return self._decoder()[cle]

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._decoder())

    def __len__(self) -> int:
        return len(self._plat) // 3


class _Dates:
    __slots__ = ("demande", "ouverture", "cloture")

    def __init__(self, demande: dt.date | None, ouverture: dt.date | None, cloture: dt.date | None) -> None:
        self.demande, self.ouverture, self.cloture = demande, ouverture, cloture


class _EpisodeResume:
    """Une période de suivi telle que la lisent ces règles (ouverture, clôture) : un objet à emplacements, créé
    en 0,15 µs au lieu de 6 pour un `Episode` (`model_construct`), mille fois par commit."""

    __slots__ = ("ouverture", "cloture")

    def __init__(self, ouverture: dt.date, cloture: dt.date | None) -> None:
        self.ouverture, self.cloture = ouverture, cloture


class _TransfertResume:
    __slots__ = ("date", "de", "vers")

    def __init__(self, date: dt.date, de: str | None, vers: str) -> None:
        self.date, self.de, self.vers = date, de, vers


class _DossierResume:
    """Les champs d'un dossier que lisent les règles de portée « depot » (et rien d'autre)."""

    __slots__ = ("id", "code", "statut", "motif_non_ouverture", "dates", "periodes", "casemanager", "transferts")
    casemanager_le = Dossier.casemanager_le

    def __init__(self, id: str, code: str, statut: str, motif: str | None, dates: _Dates,  # noqa: A002
                 periodes: tuple[_EpisodeResume, ...], casemanager: str | None = None,
                 transferts: list[_TransfertResume] | None = None) -> None:
        self.id, self.code, self.statut, self.motif_non_ouverture, self.dates = id, code, statut, motif, dates
        self.periodes = periodes
        self.casemanager, self.transferts = casemanager, transferts or []


class _Decision:
    __slots__ = ("statut", "montant_accorde")

    def __init__(self, statut: str, montant_accorde: float | None) -> None:
        self.statut, self.montant_accorde = statut, montant_accorde


class _DemandeResume:
    """Les champs d'une demande que lisent ces règles ; `engage` et `decidee` sont ceux du modèle."""

    __slots__ = ("date_demande", "montant_demande", "decision")
    engage = Financement.engage
    decidee = Financement.decidee

    def __init__(self, date_demande: dt.date | None, montant_demande: float, decision: _Decision) -> None:
        self.date_demande, self.montant_demande, self.decision = date_demande, montant_demande, decision


def _depot_des_resumes(racines: Depot, entrees: list[Entree]) -> Depot:
    """Un dépôt fait des seuls résumés : assez pour les règles qui comparent les dossiers, rien de plus.

    Des objets légers qui ne portent que les champs que ces règles lisent (les propriétés `engage` et
    `decidee` sont celles du modèle) ; le test qui compare avec une validation à froid garde ce contrat.
    """
    jour = dt.date.fromordinal
    dossiers: list[DossierCharge] = []
    for entree in entrees:
        resume = entree.get("resume")
        if not isinstance(resume, tuple):
            continue
        (relatif, lignes, ident, code, statut, motif, demande, ouverture, cloture, demandes, periodes, cm,
         transferts) = resume
        modele = _DossierResume(ident, code, statut, motif,
                                _Dates(jour(demande) if demande else None, jour(ouverture) if ouverture else None,
                                       jour(cloture) if cloture else None),
                                tuple(_EpisodeResume(jour(o), jour(c) if c else None) for o, c in periodes),
                                cm, [_TransfertResume(jour(t), de, vers) for t, de, vers in transferts])
        charge = DossierCharge(id=ident, relatif=relatif.rsplit("/", 1)[0], chemin=racines.racine,
                               dossier=Fichier(Document(relatif, None, _Reperes(lignes)), modele))  # type: ignore[arg-type]
        charge.financements = [
            Fichier(Document(rel_f, None, _Reperes(lignes_f)),  # type: ignore[arg-type]
                    _DemandeResume(jour(date_demande) if date_demande else None, montant,  # type: ignore[arg-type]
                                   _Decision(statut_f, accorde)))
            for rel_f, lignes_f, date_demande, montant, statut_f, accorde in demandes]
        dossiers.append(charge)
    return Depot(racines.racine, racines.configuration, racines.annuaire, dossiers, [], list(racines.documents))
