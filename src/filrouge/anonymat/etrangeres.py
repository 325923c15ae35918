"""Les phrases en allemand, en anglais, en espagnol ou en néerlandais d'une note : leur langue, et leurs mots courants.

Une note écrite à Eupen, à Bruxelles ou avec une famille anglophone recopie des phrases d'une autre langue (« Der
Jugendliche fährt mit dem Bus nach Gent », « During the Easter holidays… », « Cita en el CPAS… ») ; l'allemand met une
majuscule à chaque nom commun. La langue d'une ligne se lit à ses mots outils ; dans une ligne d'une autre langue, un
mot outil, un jour ou un mois de cette langue n'est pas un nom, ni, en minuscules, un mot courant de cette langue
(aveugle-91) : fréquent selon `wordfreq` et présent dans le dictionnaire de `simplemma` (tiré du Wiktionnaire), sauf un
prénom ou un nom parmi les plus portés (le dictionnaire a aussi « martin », « valentina »).
"""

from __future__ import annotations

from collections.abc import Iterable, Set

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.listes import listes, mots_de_wordfreq
from filrouge.anonymat.normalisation import normaliser

MOTS_OUTILS = {
    "de": frozenset("der die das dem den des ein eine einen einem einer und ist sind war mit am um für fur nach beim vom "
                    "zum zur nicht auch hat haben wird werden sie er es wir ich bei von zu im aus auf über uber wenn dass "
                    "oder aber nur noch schon sehr".split()),
    "en": frozenset("the of and to for with from is are was were has have had will would this that these those it he she "
                    "they we you his her their our not been by".split()),
    "es": frozenset("el los las del al con para por y una unos unas su sus muy pero como está están fue".split()),
    "nl": frozenset("het een van met voor naar niet zijn was waren we wij hij ze zij ik jij mijn haar ons hun op aan bij "
                    "uit ook maar dat die dit".split()),
}
"""Les mots outils de chaque langue qu'une phrase française n'emploie pas (ni « de », « la », « en », « que », « un »,
« des », ni « on », « as », « an », « at », « in », « be » : « Selon l'AS, on a revu M. An », revue67)."""
MOTS_OUTILS_FRANCAIS = frozenset(
    "le la les un une des du et est sont pour avec dans qui que il elle ils elles au aux sur pas ne se son sa ses "
    "leur cette ce nous vous je".split())
MOTS_OUTILS_MIN = 2
"""Mots outils distincts d'une langue, au moins, pour qu'une ligne soit de cette langue."""
FREQUENCE = 3.0
"""Fréquence de Zipf (`wordfreq`, dans la langue de la ligne) d'un mot courant (« Jugendliche » 4,6, « beim » 5,9)."""


def langue_de_la_ligne(mots: Set[str]) -> str | None:
    """La langue (« de », « en », « es », « nl ») de la ligne dont `mots` sont les mots en minuscules, si elle en a au
    moins `MOTS_OUTILS_MIN` mots outils distincts et plus que de mots outils français ; sinon None."""
    comptes = {langue: len(outils & mots) for langue, outils in MOTS_OUTILS.items()}
    langue = max(comptes, key=lambda l: comptes[l])
    if comptes[langue] < MOTS_OUTILS_MIN or comptes[langue] <= len(MOTS_OUTILS_FRANCAIS & mots):
        return None
    return langue


def mots_courants(langue: str) -> Set[str]:
    """Les mots de `langue` d'au moins `FREQUENCE` (Zipf) que le dictionnaire de simplemma de cette langue a (en
    minuscules ou, pour un nom commun allemand, avec sa majuscule), en minuscules avec et sans accents (cache disque)."""
    return en_cache(f"mots-courants-{langue}", f"{langue}-{FREQUENCE}", lambda: _mots_courants(langue))


def _mots_courants(langue: str) -> frozenset[str]:
    try:
        from simplemma.strategies.dictionaries import DefaultDictionaryFactory
    except ModuleNotFoundError:
        return frozenset()
    dictionnaire = DefaultDictionaryFactory().get_dictionary(langue)
    frequents = {mot for mot in mots_de_wordfreq((langue,), FREQUENCE, accents=True) if mot.isalpha()}
    retenus = {mot for mot in frequents if mot in dictionnaire or mot.capitalize() in dictionnaire}
    return frozenset(retenus | {normaliser(mot) for mot in retenus})


CALENDRIER = {
    "de": frozenset("montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz maerz april mai juni "
                    "juli august september oktober november dezember".split()),
    "en": frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                    "august september october november december".split()),
    "es": frozenset("lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril mayo "
                    "junio julio agosto septiembre octubre noviembre diciembre".split()),
    "nl": frozenset("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli "
                    "augustus september oktober november december".split()),
}
"""Les jours et les mois de chaque langue : jamais un nom dans une ligne de cette langue, même à majuscule ; sauf les mois
qui sont aussi des prénoms (`PRENOMS_DU_CALENDRIER` : « May called back », « Abril llegó tarde », « Domingo no
vino », revue67)."""
PRENOMS_DU_CALENDRIER = frozenset("april may june august mai mei juni abril domingo".split())


def pas_un_nom(mots: Iterable[str], langue: str, prenoms_mots: Set[str]) -> bool:
    """Les mots (tels qu'écrits) d'une trouvaille d'une ligne de `langue` ne nomment-ils personne ? Chacun est un mot
    outil de cette langue, sans être à majuscule un prénom ou un nom parmi les plus portés ni un de `prenoms_mots`
    (« beim » ; pas « Nur », « Mei », revue67), ou un jour, un mois de cette langue (« Monday », « Montag ») ; ou, tous en
    minuscules, chacun est un mot courant de cette langue qui n'est pas un prénom ou un nom parmi les plus portés
    (« young person », « el joven », « familia llegó »). Un mot à majuscule qui n'est ni outil ni du calendrier reste lu : en allemand, un nom
    de famille est souvent un mot ou un composé (« Freund », « Rosenbaum », l'attaque-123)."""
    mots = list(mots)
    outils, calendrier, portes = MOTS_OUTILS[langue], CALENDRIER[langue], listes()["tres_portes"]
    if all(mot.lower() in calendrier and mot.lower() not in PRENOMS_DU_CALENDRIER
           or mot.lower() in outils and (mot.islower() or normaliser(mot) not in portes
                                         and normaliser(mot) not in prenoms_mots) for mot in mots):
        return True
    if not all(mot.islower() for mot in mots):
        return False
    courants = mots_courants(langue)
    return all(mot in outils or mot in courants and normaliser(mot) not in portes for mot in mots)
