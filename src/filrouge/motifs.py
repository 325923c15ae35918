"""Les expressions régulières compilées d'un processus à l'autre : le hook de chaque commit ne les recompile pas.

Un `filrouge valider` qui revérifie un dossier compile ≈ 260 expressions (les détecteurs de la garde, PyYAML,
phonenumbers) : ≈ 45 ms de ses ≈ 300 ms, à chaque commit. Le compilateur de `re` est écrit en Python ; le
programme qu'il produit pour le moteur (`_sre`) ne dépend que du texte de l'expression, de ses options et de la
version de Python. `garder` range ce programme dans le cache de l'utilisateur ; `precharger` reconstruit, au
processus suivant, les objets `re.Pattern` à partir de lui et les place dans le cache de `re`, où
`re.compile` (à l'import des détecteurs comme à la volée) les trouve : même objet, même programme, mêmes
correspondances, sans rien changer aux modules qui les déclarent.

Tout repose sur des détails internes de CPython (`re._cache`, `re._parser`, `re._compiler`, `_sre.compile`) :
la clé du fichier est la version exacte de Python et du moteur ; à la moindre différence (autre Python, autre
forme du cache, fichier abîmé), rien n'est préchargé et `re` compile comme d'habitude. Le programme gardé est celui
que `re` a donné à `_sre.compile` (noté au passage, `_SreQuiRetient`) ou, pour une expression compilée avant
`precharger`, celui que `_programme` refait ; il n'est gardé que si l'objet reconstruit est égal à celui de `re`.
"""

from __future__ import annotations

import marshal
import re
import sys
from pathlib import Path
from typing import Any

from filrouge.cache_validation import ecrire_fichier, lire_fichier, repertoire

MAXIMUM = 1400
"""Expressions gardées au plus. Un `valider` qui revérifie un dossier en compile ≈ 500 (2026-12-03) : gardées à 400, les
100 de trop chassaient à chaque commit 100 autres du fichier, recompilées puis relues par `garder` (≈ 60 ms par hook).
Les passages de la garde en ont ajouté : ≈ 1 100 le 2026-12-07 (au-delà de 900, le cache de `re`, plein, oubliait les
premières de `noms.py` à chaque commit ; `tests/test_motifs.py` l'a vu)."""
_TAILLE_DU_CACHE_DE_RE = MAXIMUM + 124
"""Le cache de `re` (512 expressions par défaut, les plus anciennes oubliées d'abord) est agrandi pour tenir les
expressions gardées et celles compilées à la volée."""

_prechargees: set[tuple[Any, ...]] = set()
_programmes: dict[int, tuple[re.Pattern[Any], tuple[Any, ...]]] = {}
"""Le programme que `_sre.compile` a reçu pour chaque expression compilée depuis `precharger` (sous l'`id` de l'objet,
gardé à côté pour que cet `id` ne soit pas réattribué) : `garder` le range tel quel au lieu de recompiler l'expression
(le premier `valider` d'un poste compilait tout deux fois)."""


def _version() -> str:
    import _sre

    return f"{sys.version} {sys.implementation.cache_tag} sre {_sre.MAGIC} {_sre.CODESIZE}"


def _chemin() -> Path:
    return repertoire() / f"motifs-{sys.implementation.cache_tag}.marshal"


def _cache_de_re() -> dict[Any, Any] | None:
    cache = getattr(re, "_cache", None)
    maximum = getattr(re, "_MAXCACHE", None)
    if not isinstance(cache, dict) or not isinstance(maximum, int):
        return None
    if maximum < _TAILLE_DU_CACHE_DE_RE:
        re._MAXCACHE = _TAILLE_DU_CACHE_DE_RE  # type: ignore[attr-defined]  # lu par `re._compile` à chaque appel
    return cache


def precharger() -> None:
    """Place dans le cache de `re` les expressions gardées par un processus précédent (même Python), et retient le
    programme de celles que `re` compilera ensuite."""
    _retenir_les_programmes()
    cache = _cache_de_re()
    if cache is None:
        return
    try:
        import _sre

        for cle, (drapeaux, code, groupes, index, noms) in lire_fichier(_chemin(), _version(), "motifs").items():
            texte, options = cle[1], cle[2]
            cle_re = (type(texte), texte, options)
            if cle_re not in cache:
                cache[cle_re] = _sre.compile(texte, drapeaux, code, groupes, index, noms)
            _prechargees.add(cle_re)
    except Exception:  # noqa: BLE001 : un autre CPython range autrement ; re compilera lui-même
        return


def garder() -> None:
    """Garde les expressions que ce processus a compilées sans les trouver préchargées (rien si aucune)."""
    cache = _cache_de_re()
    if cache is None:
        return
    nouvelles = [(cle, motif) for cle, motif in list(cache.items())
                 if cle not in _prechargees and isinstance(motif, re.Pattern) and isinstance(cle[1], (str, bytes))]
    if not nouvelles:
        return
    try:
        gardees = lire_fichier(_chemin(), _version(), "motifs")
        for cle, motif in nouvelles:
            retenu = _programmes.get(id(motif))
            programme = retenu[1] if retenu is not None and retenu[0] is motif else _programme(cle[1], cle[2])
            if programme is not None and _reconstruire(cle[1], programme) == motif:
                gardees[("motif", cle[1], cle[2])] = programme
        ecrire_fichier(_chemin(), _version(), "motifs", dict(list(gardees.items())[-MAXIMUM:]))
    except Exception:  # noqa: BLE001 : rien de gardé, le prochain processus compilera
        return
    finally:
        _programmes.clear()
    _prechargees.update(cle for cle, _ in nouvelles)


def _retenir_les_programmes() -> None:
    """Fait noter à `re` le programme de chaque expression qu'il compile : le module `_sre` que voit `re._compiler` est
    remplacé par `_SreQuiRetient`, qui appelle le vrai. Le compilateur de `re` tourne tel quel (mêmes objets, mêmes
    erreurs, mêmes avertissements) ; une fois par processus ; rien si `re._compiler` n'a pas de `_sre`."""
    compilateur = getattr(re, "_compiler", None)
    sre = getattr(compilateur, "_sre", None)
    if sre is None or isinstance(sre, _SreQuiRetient):
        return
    compilateur._sre = _SreQuiRetient(sre)  # type: ignore[union-attr]


class _SreQuiRetient:
    """Le module `_sre` tel que `re._compiler` l'appelle : `compile` note ses arguments dans `_programmes` quand ils ont
    la forme que `precharger` sait rejouer (six arguments, un code de nombres), puis rend l'objet du vrai `_sre`."""

    def __init__(self, sre: Any) -> None:
        self._sre = sre

    def __getattr__(self, nom: str) -> Any:
        return getattr(self._sre, nom)

    def compile(self, *arguments: Any) -> Any:
        motif = self._sre.compile(*arguments)
        if len(arguments) == 6 and isinstance(arguments[0], (str, bytes)) and isinstance(arguments[2], list):
            texte, drapeaux, code, groupes, index, noms = arguments
            _programmes[id(motif)] = (motif, (int(drapeaux), [int(x) for x in code], int(groupes), dict(index),
                                              tuple(noms)))
        return motif


def _programme(texte: str | bytes, options: int) -> tuple[Any, ...] | None:
    """Ce que `re._compiler.compile` donne à `_sre.compile`, en types de `marshal`."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    if options & re.DEBUG:
        return None
    arbre = _parser.parse(texte, options)
    code = _compiler._code(arbre, options)
    index = dict(arbre.state.groupdict)
    noms: list[str | None] = [None] * arbre.state.groups
    for nom, i in index.items():
        noms[i] = nom
    return int(options | arbre.state.flags), [int(x) for x in code], arbre.state.groups - 1, index, tuple(noms)


def _reconstruire(texte: str | bytes, programme: tuple[Any, ...]) -> re.Pattern[Any]:
    import _sre

    drapeaux, code, groupes, index, noms = marshal.loads(marshal.dumps(programme))
    return _sre.compile(texte, drapeaux, code, groupes, index, noms)  # type: ignore[no-any-return]
