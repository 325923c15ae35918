"""Les phrases en allemand, en anglais, en espagnol ou en néerlandais d'une note : leur langue, et leurs mots courants.

Une note écrite à Eupen, à Bruxelles ou avec une famille anglophone recopie des phrases d'une autre langue (« Der
Jugendliche fährt mit dem Bus nach Gent », « During the Easter holidays… », « Cita en el CPAS… ») ; l'allemand met une
majuscule à chaque nom commun. La langue d'un passage (une ligne, une parenthèse, une citation) se lit à ses mots
outils et à ses mots courants qui ne sont ni français ni des noms (`langue_du_passage`) ; dans un passage d'une autre
langue, un mot outil, un jour, un mois, un pays, une fête de cette langue, un titre après une civilité, en allemand un
nom commun, n'est pas un nom, ni, en minuscules, un mot courant de cette langue (aveugle-91, `pas_un_nom`) : fréquent
selon `wordfreq` et présent dans le dictionnaire de `simplemma` (tiré du Wiktionnaire), sauf un prénom ou un nom parmi
les plus portés (le dictionnaire a aussi « martin », « valentina »).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from functools import lru_cache

from filrouge.anonymat.cache import en_cache
from filrouge.anonymat.listes import formes_de_simplemma, listes, mots_de_la_langue, mots_de_wordfreq
from filrouge.anonymat.normalisation import normaliser

MOTS_OUTILS = {
    "de": frozenset("der die das dem den des ein eine einen einem einer und ist sind war mit am um für fur nach beim vom "
                    "zum zur nicht auch hat haben wird werden sie er es wir ich bei von zu im aus auf über uber wenn dass "
                    "oder aber nur noch schon sehr seit ohne gegen durch wegen während sich dann jetzt kann soll muss habe".split()),
    "en": frozenset("the of and to for with from is are was were has have had will would this that these those it he she "
                    "they we you his her their our not been by my your him them into what which who when where there "
                    "can could should because does did".split()),
    "es": frozenset("el los las del al con para por y una unos unas su sus muy pero como está están fue según".split()),
    "nl": frozenset("het een van met voor naar niet zijn was waren we wij hij ze zij ik jij mijn haar ons hun op aan bij "
                    "uit ook maar dat die dit tot".split()),
}
"""Les mots outils de chaque langue : presque aucun qu'une phrase française emploie (ni « de », « la », « en », « que »,
« un », ni « on », « as », « an », « at », « in », « be » : « Selon l'AS, on a revu M. An », revue67) ; « des », « y »,
« con », « dit » en sont aussi : un seul ouvre la lecture des langues d'un texte (208 des 318 fichiers de la démo, la
relecture revue68), ce qui ne coûte presque rien depuis que `mots_exclusifs` est gardé sur disque et dans le
processus."""
MOTS_OUTILS_D_AUTRES_LANGUES = frozenset().union(*MOTS_OUTILS.values())
"""Un seul d'eux ouvre la lecture des langues d'un texte (`noms._sans_les_mots_etrangers`,
`noms._sujets_d_une_phrase_etrangere`)."""
VERBES_DE_PERSONNE = {
    "de": frozenset("hat hatte ist war wird wurde will wollte kann konnte soll sollte muss musste möchte darf kommt kam "
                    "geht ging ruft rief sagt sagte meint wohnt lebt spricht schläft arbeitet besucht braucht fehlt "
                    "bleibt weint lacht schreibt fragt".split()),
    "en": frozenset("is was has had will would can could should must called came comes said says lives goes went wants "
                    "wanted needs needed missed seems feels felt did does didn't doesn't isn't wasn't hasn't won't "
                    "can't cried asked wrote told".split()),
    "es": frozenset("es está estaba fue tiene tenía ha había vive quiere quería puede pudo dice dijo llamó llegó vino "
                    "va sigue necesita pregunta escribió".split()),
    "nl": frozenset("is was heeft had wil wilde kan kon moet zal zou mag woont zegt zei komt kwam gaat ging belt belde "
                    "huilt vraagt schreef slaapt sliep speelt helpt hielp blijft werkt".split()),
}
"""Ce qu'une personne fait, à la troisième personne, dans chaque langue : un mot à majuscule juste devant, dans un passage
de cette langue, en est le sujet (« Guled hat heute angerufen », « Okbazghi called yesterday », « Wendimu llamó »). Pas
« no » : tout mot à majuscule le précède (« Nadie no… », l'attaque-126)."""
MOTS_OUTILS_FRANCAIS = frozenset(
    "le la les un une des du et est sont pour avec dans qui que il elle ils elles au aux sur pas ne se son sa ses "
    "leur cette ce nous vous je".split())
MOTS_OUTILS_MIN = 2
"""Mots d'une langue (ses mots outils, ses mots exclusifs), au moins, pour qu'un passage qui a un de ses mots outils soit
de cette langue."""
MOTS_EXCLUSIFS_MIN = 3
"""Mots exclusifs d'une langue, au moins, pour qu'un passage qui n'a aucun de ses mots outils soit de cette langue
(« Bitte keine Informationen an Dritte weitergeben », « Heimweh, Schlafstörungen, Rückzug »)."""
FREQUENCE = 3.0
"""Fréquence de Zipf (`wordfreq`, dans la langue de la ligne) d'un mot courant (« Jugendliche » 4,6, « beim » 5,9)."""


def langue_du_passage(mots: Set[str]) -> str | None:
    """La langue (« de », « en », « es », « nl ») d'un passage (une ligne, une parenthèse, une citation) dont `mots`
    sont les mots en minuscules : parmi celles qui y comptent (leurs mots outils et leurs mots courants qui ne sont ni
    français ni des noms, `mots_exclusifs` : « Praktikum beim Schreiner, danach vielleicht… » n'a qu'un mot outil) au
    moins `MOTS_OUTILS_MIN` mots avec un mot outil, `MOTS_EXCLUSIFS_MIN` sans, et plus que de mots du français (ses mots
    outils, ses mots courants qui ne sont pas de cette langue), celle qui en compte le plus ; sinon None."""
    normes: dict[str, str] = {}  # calculées pour la première langue qui atteint le seuil, le plus souvent aucune
    choisie, meilleur = None, 0
    for langue, outils in MOTS_OUTILS.items():
        nombre_d_outils = len(outils & mots)
        exclusifs, courants = mots_exclusifs(langue), mots_courants(langue)
        score = nombre_d_outils + sum(1 for mot in mots if mot in exclusifs)
        if score < (MOTS_OUTILS_MIN if nombre_d_outils else MOTS_EXCLUSIFS_MIN) or score <= meilleur:
            continue
        if not normes:
            normes = {mot: normaliser(mot) for mot in mots}
        francais = mots_de_la_langue()
        score_francais = len(MOTS_OUTILS_FRANCAIS & mots) + sum(
            1 for mot, norme in normes.items() if norme in francais and mot not in courants and norme not in courants)
        if score > score_francais:
            choisie, meilleur = langue, score
    return choisie


@lru_cache(maxsize=None)
def mots_exclusifs(langue: str) -> Set[str]:
    """Les mots courants de `langue` (`mots_courants`, tels qu'écrits en minuscules) qui ne sont ni un mot outil de
    cette langue, ni un mot du français, ni un prénom ou un nom d'aucune liste : les compter ne fait pas d'une ligne
    française qui cite « Wolf » ou « Fischer » une ligne allemande (cache disque : 95 000 mots normalisés coûtaient
    0,6 s au premier appel de chaque processus, la relecture revue68)."""
    return en_cache(f"mots-exclusifs-{langue}", f"{langue}-{FREQUENCE}", lambda: _mots_exclusifs(langue))


def _mots_exclusifs(langue: str) -> frozenset[str]:
    francais = mots_de_la_langue()
    return frozenset(mot for mot in mots_courants(langue)
                     if mot not in MOTS_OUTILS[langue] and normaliser(mot) not in francais and not _nom(normaliser(mot)))


def _nom(norme: str) -> bool:
    """`norme` (normalisé) est-il un prénom ou un nom d'une des listes ?"""
    tout = listes()
    return norme in tout["prenoms"] or norme in tout["noms"] or norme in tout["tres_portes"] or norme in tout["mots_prenoms"]


@lru_cache(maxsize=None)
def mots_courants(langue: str) -> Set[str]:
    """Les mots de `langue` d'au moins `FREQUENCE` (Zipf) que le dictionnaire de simplemma de cette langue a (en
    minuscules ou, pour un nom commun allemand, avec sa majuscule), en minuscules avec et sans accents (cache disque)."""
    return en_cache(f"mots-courants-{langue}", f"{langue}-{FREQUENCE}", lambda: _mots_courants(langue))


def _mots_courants(langue: str) -> frozenset[str]:
    dictionnaire = formes_de_simplemma(langue)
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
NOMS_COMMUNS = {
    "de": frozenset("mutter vater eltern bruder schwester geschwister oma opa großmutter großvater grossmutter "
                    "grossvater tante onkel sohn tochter kind kinder ostern pfingsten weihnachten neujahr "
                    "karneval fasching rosenmontag nikolaustag allerheiligen himmelfahrt".split()),
    "en": frozenset("mum mom dad christmas easter halloween thanksgiving eid ramadan".split()),
    "es": frozenset("mamá mama papá papa abuela abuelo navidad nochebuena pascua ramadán ramadan".split()),
    "nl": frozenset("mama papa oma opa kerstmis kerst pasen pinksteren sinterklaas koningsdag ramadan".split()),
}
"""Les liens de parenté et les fêtes de chaque langue : dans un passage de cette langue, ni une personne ni un nom
(« Mutter und Vater gemeinsam », « bis Ostern », « fiestas: [Navidad…] ») ; sauf un nom très porté (« Sohn »). Pas
« Nikolaus », « Silvester » : des prénoms d'abord (l'attaque-124)."""
PREPOSITIONS_DE_TEMPS = {
    "de": frozenset("im seit bis ab ende anfang".split()),
    "en": frozenset("in until till since during".split()),
    "es": frozenset("en hasta desde".split()),
    "nl": frozenset("in tot sinds vanaf".split()),
}
"""Ce qui, devant un mois qui est aussi un prénom, en fait un mois (« until May », « Review in June ») ; pas « from »,
« of », « by », « de », « voor », « nach », qui précèdent aussi une personne (« a message from May », l'attaque-124)."""
PRENOMS_DU_CALENDRIER = frozenset("april may june august mai mei juni abril domingo".split())


ARTICLES_DEFINIS_ALLEMANDS = frozenset("der die das dem den des beim vom zum zur im am ins".split())
"""Les articles définis allemands (et leurs contractions), qu'on met aussi devant un nom de personne en allemand parlé
(« der Wolf hat angerufen », « mit der Fischer gesprochen », l'attaque-124) : après eux, un nom très porté reste lu
(« beim Fischer »)."""
DETERMINANTS_ALLEMANDS = ARTICLES_DEFINIS_ALLEMANDS | frozenset(
    "ein eine einen einem einer eines kein keine keinen keinem keiner keines mein meine meinen meinem meiner sein seine "
    "seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem dieser diese diesen diesem dieses jeder "
    "jede jeden jedem jedes".split())
"""Ce qui, en allemand, annonce un nom commun (« einen Wolf », « die nächste Konzertierung », « beim Bäcker »)."""
_ACCORD_D_UN_ADJECTIF = ("e", "en", "er", "es", "em")
_SUFFIXES_DE_NOMS_COMMUNS = ("ung", "ungen", "heit", "keit", "schaft", "ität", "itat", "ismus", "nis")
"""Ce qui finit un nom commun allemand (« Konzertierung », « Bearbeitung », « Gesundheit »), hors des
listes de noms (« Hartung »)."""
ARTICLES = frozenset("el los las the der die das het een ein eine".split())
"""Un article devant un mot en minuscules n'est pas un nom, même s'il en ouvre de très portés (« El padre dice » ;
« El Amrani »)."""
SAINTS = frozenset("sankt st sint saint".split())
"""« Sankt Martin », « Klinik St. Josef » : devant un mot, une fête, un lieu, une clinique, pas une personne. Pas
« San », « Santa », « Santo » : aussi des noms et des prénoms (« San Martín », « Santa Cruz », l'attaque-124)."""


TITRES = {
    "de": frozenset("doktor direktor direktorin prasident prasidentin richter richterin burgermeister professor "
                    "professorin pfarrer".split()),
    "en": frozenset("chair chairman chairwoman chairperson mayor president speaker secretary director judge doctor "
                    "officer principal headteacher sir madam".split()),
    "es": frozenset(),
    "nl": frozenset(),
}
"""Les titres (normalisés) qu'une civilité d'adresse précède sans nommer personne (« Madam Chair », « Mr Mayor », « Frau Doktor ») ;
aucun en espagnol ni en néerlandais, qui les écrivent en minuscules (« señor alcalde », « mevrouw de voorzitter ») : à
majuscule après une civilité, un nom (« la señora Alcalde », « mevrouw Voorzitter », l'attaque-124)."""
CIVILITES_D_UN_TITRE = frozenset("mr mister madam madame sir herr frau".split())
"""Les civilités (normalisées) qui adressent un titre ; pas « Mrs », « Ms », « Miss » : « Ms Mayor » est un nom."""


def titre_sans_nom(mots: Sequence[str], langue: str, civilites: Set[str], devant: str) -> bool:
    """Les mots d'une trouvaille d'un passage de `langue`, après le mot `devant`, ne sont-ils que des civilités
    (« Dear Sir or Madam ») ou un titre (`TITRES`) qui n'est pas un nom très porté, après une civilité d'adresse
    (« Madam Chair », « Mr Mayor » ; pas « Frau Richter », « Ms Mayor », ni « Judge » seul) ?"""
    civilites = civilites | CIVILITES_D_UN_TITRE
    normes = [normaliser(mot) for mot in mots]
    if all(norme in civilites for norme in normes):
        return True
    suite = [normaliser(devant), *normes] if devant else normes
    premier = next(i for i, norme in enumerate(suite) if norme not in civilites)
    portes = listes()["tres_portes"]
    return premier > 0 and suite[premier - 1] in CIVILITES_D_UN_TITRE and all(
        norme in civilites or norme in TITRES[langue] and norme not in portes for norme in suite[premier:])


FREQUENCE_TRES_COURANTE = 5.0
"""Fréquence de Zipf (`wordfreq`, dans la langue de la ligne) d'un mot si courant qu'en minuscules, il n'est pas un
nom même s'il en est un très porté (« young » 5,4, « king » 5,2 ; pas « martin » 4,7, « rose » 4,8)."""


TITRES_DE_PERSONNE = {
    "de": frozenset("frau herr dr doktor lehrer lehrerin pfarrer".split()),
    "en": frozenset("mr mrs ms miss dr doctor".split()),
    "es": frozenset("señor señora señorita sr sra srta don doña dr dra doctor doctora profesor profesora maestro "
                    "maestra".split()),
    "nl": frozenset("meneer mijnheer mevrouw juffrouw juf meester dokter dr docent".split()),
}
"""Les civilités et titres (en minuscules, sans point) qu'un nom de personne suit : après eux, même un mot courant de la
langue en est un (« Juf Ster », « Dokter Poort », « Frau Vogel », l'attaque-128)."""
PARTICULES_DE_NOM = frozenset("van von vande vander vanden ter ten zu".split())
"""Les particules qui ne précèdent qu'un nom de famille (pas « de », « del », « la » : aussi des prépositions et des
articles, « Centro de Salud », « De Jeugdhulp »)."""


def mot_courant_que_personne_ne_porte(mot: str, langue: str, prenoms_mots: Set[str] = frozenset()) -> bool:
    """`mot` est-il un mot courant de `langue` (ou, en allemand et en néerlandais, composé de mots courants :
    « Jeugdrechtbank », « Jugendamt ») qu'aucune liste ne compte parmi les prénoms et les noms portés ni parmi
    `prenoms_mots` ?"""
    minuscules, norme = mot.lower(), normaliser(mot)
    courants = mots_courants(langue)
    if not (minuscules in courants or langue in ("de", "nl") and not mot.isupper()
            and _compose_de_mots_courants(minuscules, courants)):
        return False
    return norme not in prenoms_mots and not _nom(norme) and norme not in listes()["prenoms_homonymes"]


def pas_un_nom(mots: Sequence[str], langue: str, prenoms_mots: Set[str], devant: Sequence[str] = (),
               suivant: str = "", en_tete: bool = False) -> bool:
    """Les mots (tels qu'écrits) d'une trouvaille d'un passage de `langue`, précédés des mots `devant` (deux au plus)
    et suivis du mot `suivant`, ne nomment-ils personne ? Chacun est un mot outil de cette langue, sans être à
    majuscule un prénom ou un nom parmi les plus portés ni un de `prenoms_mots` (« beim » ; pas « Nur », « Mei »,
    revue67) sauf un article devant un mot en minuscules (« El padre dice ») ; un jour, un mois, un pays de cette langue
    (« Monday », « Montag », « Spain ») ; un saint (« Sankt Martin ») ; en allemand, un déterminant ou un nom commun
    (`_nom_commun_allemand`) ; `en_tete` d'une phrase, un mot courant de cette langue qui n'est ni un prénom ni un nom
    très porté, ni un nom d'une liste à moins d'être très courant (« During the Easter holidays » ; pas « Frost called
    back », l'attaque-124) ; ou, tous en minuscules, chacun est un mot
    courant de cette langue qui n'est pas un prénom ou un nom parmi les plus portés, à moins d'y être très courant sans
    être un prénom qu'on écrit en minuscules (« young person », « el joven », « familia llegó » ; pas « john », « juan »,
    la relecture revue68). Un autre mot à majuscule reste lu : en allemand, un nom de
    famille est souvent un mot (« Laut Freund », l'attaque-123)."""
    suite = [*devant, *mots, *([suivant] if suivant else [])]
    lus = [_mot_qui_n_est_pas_un_nom(mot, langue, prenoms_mots, suite, i + len(devant), en_tete and i == 0)
           for i, mot in enumerate(mots)]
    if all(lu or mot.lower() in ARTICLES and i + 1 < len(mots) and lus[i + 1] for i, (mot, lu) in enumerate(zip(mots, lus))):
        return True  # un article devant un mot qui n'est pas un nom n'en fait pas un (« El Ayuntamiento », « De Jeugdhulp »)
    if not all(mot.islower() for mot in mots):
        return False
    outils, courants, portes = MOTS_OUTILS[langue], mots_courants(langue), listes()["tres_portes"]
    minuscules = listes()["prenoms_minuscules"]
    return all(mot in outils or mot in courants and (normaliser(mot) not in portes
                                                     or mot in mots_tres_courants(langue) and mot not in minuscules)
               for mot in mots)


def _mot_qui_n_est_pas_un_nom(mot: str, langue: str, prenoms_mots: Set[str], suite: Sequence[str], rang: int,
                              en_tete: bool) -> bool:
    """Le mot suite[rang] (`mot`) d'une trouvaille d'un passage de `langue` est-il, là où il est, tout sauf un nom ?"""
    minuscules, norme = mot.lower(), normaliser(mot)
    if minuscules in CALENDRIER[langue] and (minuscules not in PRENOMS_DU_CALENDRIER
                                            or rang > 0 and suite[rang - 1].lower() in PREPOSITIONS_DE_TEMPS[langue]):
        return True
    noms = listes()
    portes = noms["tres_portes"]
    if minuscules in SAINTS and rang + 1 < len(suite) or (
            minuscules in NOMS_COMMUNS[langue] or mot.casefold() in NOMS_COMMUNS[langue]) and norme not in portes:
        return True
    if minuscules in MOTS_OUTILS[langue] and (
            mot.islower() or norme not in portes and norme not in prenoms_mots
            or minuscules in ARTICLES and rang + 1 < len(suite) and suite[rang + 1].islower()):
        return True
    if rang > 0 and suite[rang - 1].lower() in SAINTS or minuscules in pays(langue) and norme not in portes:
        return True
    if langue == "de" and (minuscules in DETERMINANTS_ALLEMANDS or _nom_commun_allemand(mot, suite[max(0, rang - 2):rang])):
        return True
    if (langue != "en" and mot_courant_que_personne_ne_porte(mot, langue, prenoms_mots)
            and (rang == 0 or suite[rang - 1].lower() in ARTICLES or suite[rang - 1].lower() in ("de", "la")
                 or suite[rang - 1].islower()
                 and suite[rang - 1].lower().rstrip(".") not in TITRES_DE_PERSONNE[langue]
                 and suite[rang - 1].lower() not in PARTICULES_DE_NOM)):
        return True  # « El Ayuntamiento », « Matemáticas », « De Jeugdhulp », « Jeugdrechtbank » ; pas en anglais, où bien
        # des noms sont des mots que les listes n'ont pas (« Dawn Walker »), ni après un titre (« Juf Ster », l'attaque-128),
        # une particule (« van Hout ») ou un autre mot à majuscule qui n'est pas un article (« Zorgcoördinator Snel »,
        # « El tutor Cocinero » : une fonction devant un nom, la relecture revue70)
    return en_tete and minuscules in mots_courants(langue) and norme not in noms["prenoms"] and norme not in portes \
        and norme not in noms["mots_prenoms"] and (norme not in noms["noms"] or minuscules in mots_tres_courants(langue))


@lru_cache(maxsize=None)
def mots_tres_courants(langue: str) -> Set[str]:
    """Les mots de `langue` d'au moins `FREQUENCE_TRES_COURANTE` (Zipf), en minuscules (cache disque)."""
    return en_cache(f"mots-tres-courants-{langue}", f"{langue}-{FREQUENCE_TRES_COURANTE}",
                    lambda: mots_de_wordfreq((langue,), FREQUENCE_TRES_COURANTE, accents=True))


@lru_cache(maxsize=4)
def pays(langue: str) -> frozenset[str]:
    """Les pays, les territoires et les langues du monde dans `langue` (Babel, données CLDR : « Spain », « Deutsch »),
    en minuscules, hors ceux qui sont aussi des prénoms (« Jordan », « Chad »)."""
    try:
        from babel import Locale
    except ImportError:
        return frozenset()
    prenoms = listes()["prenoms"]
    locale = Locale(langue)
    noms = [nom for code, nom in locale.territories.items() if code.isalpha()] + list(locale.languages.values())
    return frozenset(nom.lower() for nom in noms if " " not in nom and normaliser(nom) not in prenoms)


def _nom_commun_allemand(mot: str, precedents: Sequence[str]) -> bool:
    """`mot`, à majuscule, est-il un nom commun allemand : un mot courant de l'allemand (ou composé de deux :
    « Kunstatelier ») précédé d'un déterminant (`DETERMINANTS_ALLEMANDS`, au plus un adjectif accordé entre eux ; après un
    article défini, pas un nom très porté : « der Wolf hat angerufen »),
    ou qu'aucune liste ne compte parmi les prénoms et les noms (« Frist », « Jugendliche ») ?"""
    if not mot[:1].isupper() or mot.isupper():
        return False
    courants = mots_courants("de")
    minuscules = mot.casefold()  # « Maßnahme » : « massnahme », comme wordfreq l'écrit
    if minuscules not in courants and not _compose_de_mots_courants(minuscules, courants):
        return minuscules.endswith(_SUFFIXES_DE_NOMS_COMMUNS) and not _nom(normaliser(mot))
    determinant = precedents[-1].lower() if precedents else ""
    if len(precedents) == 2 and precedents[-1].islower() and precedents[-1].endswith(_ACCORD_D_UN_ADJECTIF) \
            and precedents[-1] not in MOTS_OUTILS["de"] and precedents[-1] not in DETERMINANTS_ALLEMANDS:
        determinant = precedents[0].lower()  # « die nächste Konzertierung », « mit freundlichen Grüßen »
        if determinant in MOTS_OUTILS["de"] and determinant not in DETERMINANTS_ALLEMANDS:
            return True
    if determinant in DETERMINANTS_ALLEMANDS:
        return determinant not in ARTICLES_DEFINIS_ALLEMANDS or normaliser(mot) not in listes()["tres_portes"]
    return not _nom(normaliser(mot))


_LONGUEUR_D_UN_COMPOSE = 40
"""Au-delà, un mot n'est pas coupé (chaque coupure en essaie d'autres : le coût croît avec le carré de la longueur)."""


def _compose_de_mots_courants(mot: str, courants: Set[str], profondeur: int = 2) -> bool:
    """« kunstatelier », « kinderpsychiatrie », « ausbildungsvertrags », « jugendhilfedienst » : des mots courants, le
    dernier d'au moins quatre lettres, avec ou sans « s » de liaison ou de génitif ; trois au plus."""
    if mot.endswith("s") and mot[:-1] in courants:
        return True
    if len(mot) > _LONGUEUR_D_UN_COMPOSE:
        return False
    for coupure in range(3, len(mot) - 3):
        tete, queue = mot[:coupure], mot[coupure:]
        if (tete in courants or tete.endswith("s") and tete[:-1] in courants) and (
                queue in courants or queue.endswith("s") and queue[:-1] in courants
                or profondeur > 1 and _compose_de_mots_courants(queue, courants, profondeur - 1)):
            return True
    return False
