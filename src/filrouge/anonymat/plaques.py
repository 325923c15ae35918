"""Plaques d'immatriculation : belges, françaises, néerlandaises, et d'ailleurs quand la phrase parle d'un véhicule.

Une plaque mène au propriétaire du véhicule (la police, une assurance, un voisin la relient à une personne) :
elle identifie la famille autant qu'une adresse.

- Signalées d'elles-mêmes, les formes qui ne ressemblent à rien d'autre : « 1-ABC-234 » (Belgique depuis
  2010 : index 1 ou 2, ou une lettre de catégorie pour les motos, ancêtres, plaques temporaires,
  professionnelles, d'essai ou de marchand), « 1ABC234 » et « 1.ABC.234 », « AB-123-CD » (France).
- Seulement quand la phrase parle d'une plaque ou d'un véhicule (« immatriculée », « sa voiture »,
  « nummerplaat », clé `vehicule_pere:`) : « 1 ABC 234 », « 1-abc-234 », les anciennes belges « ABC-123 » et
  « 123-ABC », les anciennes françaises « 1234 AB 75 », les néerlandaises à tirets (« 12-ABC-3 », « AB-12-CD »)
  et celles d'ailleurs (« WE 4K791 », « B-AB 1234 ») ; seules, elles ressemblent à une référence de dossier,
  de guichet ou d'article de loi.
"""

from __future__ import annotations

import re

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.listes import lire_liste
from filrouge.anonymat.masque import masquer_tout
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.plaque"

# Les formes signalées seules commencent leur lecture au premier tiret (le moteur saute de tiret en tiret) ;
# ce qui précède est vérifié par des assertions arrière. Toutes les répétitions sont bornées.
_APRES = r"(?![\w\-]|[./]\w)"
_FORTE = re.compile(
    r"-(?:"
    r"(?<=(?<![\w\-./])[1-9GMOQUVWYZ]-)[A-Z]{3}-[ ]?\d{3}"  # 1-ABC-234, Z-ABC-234 (marchand), Q-ABC-234 (temporaire)
    r"|(?<=(?<![\w\-./])[12]-)[a-z]{3}-\d{3}"  # 2-awv-494 : la même, recopiée en minuscules
    r"|(?<=(?<![\w\-./])[1-9]-)M[A-Z]{2,3}-?\d{2,3}"  # 1-MXUR174, 2-MAB-12 (moto : M puis lettres et chiffres)
    r"|(?<=(?<![\w\-./])[A-Z]{2}-)\d{2,3}-[ ]?[A-Z]{2}"  # AB-123-CD (France), BX-41-TQ (Portugal, Pays-Bas)
    r"|(?:(?<=(?<![\w\-./])[A-ZÄÖÜ]-)|(?<=(?<![\w\-./])[A-ZÄÖÜ]{2}-)|(?<=(?<![\w\-./])[A-ZÄÖÜ]{3}-))"
    r"[A-Z]{1,2}[ ]\d{1,4}[EH]?"  # AC-KR 1452 (Allemagne)
    r"|(?:(?<=\d-)|(?<=\d[ ]-))[ ]?[\u0621-\u064a][ ]?-[ ]?\d{1,2}"  # 38214-ب-40 (Maroc) : une lettre arabe entre deux nombres
    r"|(?P<ancienne>(?<=(?<![\w\-./])\d{3}-)[A-Z]{3}|(?<=(?<![\w\-./])[A-Z]{3}-)\d{3})"  # 023-LCG, TXF-837 : voir `_designee`
    r")" + _APRES
)
# La forme belge actuelle sans tirets, collée (« 2DPC643 ») ou à points (« 1.DRT.771 ») : l'index, trois lettres, trois
# chiffres, d'un seul jeton ; le premier caractère d'abord, l'assertion arrière ensuite. Un motif par index : un premier
# caractère littéral est cherché trois fois plus vite qu'une classe (« [12] »), essayée à chaque caractère.
_COLLEES = tuple(re.compile(index + r"(?<![\w\-./]" + index + r")(?P<lettres>[A-Z]{3}|\.[A-Z]{3}\.)\d{3}" + _APRES)
                 for index in "12")
# Roumanie « IS 07 KLP », « B 123 ABC » : les trois lettres finales d'abord (une espace, trois majuscules seules :
# rare, le moteur saute d'espace en espace), puis la plaque entière relue autour.
_TROIS_LETTRES = re.compile(r"[ ][A-Z]{3}" + _APRES)
_ROUMAINE = re.compile(r"(?<![\w\-./])[A-Z]{1,2}[ ]\d{2,3}[ ][A-Z]{3}" + _APRES)
# En contexte, le premier caractère d'abord, l'assertion arrière ensuite : le moteur saute d'un chiffre ou
# d'une lettre à l'autre au lieu d'essayer chaque position (seulement dans les lignes qui parlent d'un véhicule).
_AVANT = r"(?<![\w\-./].)"
_EN_CONTEXTE = re.compile(
    r"[0-9A-Za-z]" + _AVANT + r"(?:"
    r"(?<=[1-9])(?:[ ]-[ ]|[ .\-])?[A-Za-z]{3}(?:[ ]-[ ]|[ .\-])?\d{3}"  # 1 ABC 234, 1-abc-234, 1ABC234, 1 - ABC - 234
    # « 1. FAN.203 », « 2.DDC. 096 » : un pli YAML ou un saut de ligne après l'un des deux points, l'autre en place, en
    # capitales (aveugle-61) ; pas « 2. Art 123 », un élément de liste (l'attaque-60)
    r"|(?<=[1-9])(?:[.\-][ ][A-Z]{3}[.\-]|[.\-][A-Z]{3}[.\-][ ])\d{3}"
    r"|(?<=[GMOQUVWYZgmoquvwyz])[ .\-][A-Za-z]{3}[ .\-]\d{3}"  # z abc 234
    r"|(?<=[A-Z])[A-Z]{2}-?\d{3}"  # ABC-123 (Belgique, avant 2008) ; pas « TEC 365 », une ligne de bus
    r"|(?<=\d)\d\d-?[A-Z]{3}"  # 123-ABC (Belgique, 2008 à 2010)
    r"|(?<=[A-Z])[A-Z][ \-]?\d{3}[ \-]?[A-Z]{2}"  # AB 123 CD
    r"|(?<=[a-z])[a-z]-\d{3}-[a-z]{2}"  # ab-123-cd
    r"|(?<=\d)\d{0,3}[ \-][A-Z]{2,3}[ \-]\d{2}"  # 1234 AB 75 (France, avant 2009)
    r"|(?<=[0-9A-Z])[0-9A-Z]{0,2}-[0-9A-Z]{1,3}-[0-9A-Z]{1,3}"  # 12-ABC-3, AB-12-CD (Pays-Bas)
    r"|(?<=[A-Z])[A-Z]{0,2}[ \-][0-9A-Z]{4,5}"  # WE 4K791 (Pologne), ailleurs
    r"|(?<=[A-Z])[A-Z]{0,2}-[A-Z]{1,2}[ ]\d{1,4}"  # B-AB 1234 (Allemagne)
    r")" + _APRES
)
# Quand la phrase nomme la plaque elle-même (« plaque », « immatriculée », « kenteken »), ou juste après un véhicule
# (`AVANT_PROCHE`) sans transport en commun ni sigle connu : des formes qu'une ligne de bus ou une référence
# prendrait aussi (« TEC 365 », « SAJ 1234 ») ; Turquie « 06 ABR 412 »,
# Maroc « 48219-ب-6 » ou « 30020 | أ | 56 » (une lettre entre deux nombres), Congo « 3479TP/05 ».
_EN_CONTEXTE_FORT = re.compile(
    r"[0-9A-Z]" + _AVANT + r"(?:"
    r"(?<=[A-Z])(?:[A-Z]{2}[ ]\d{3}|[A-Z][ ]\d{4})"  # GHK 552 (Belgique, avant 2008), QZ 4817 (Luxembourg) ; pas « SAJ 1234 »
    r"|(?<=\d)\d[ ][A-Z]{1,3}[ ]\d{2,4}"  # 06 ABR 412 (Turquie)
    r"|(?<=\d)\d{0,4}[ ]?-[ ]?[\u0600-\u06ff][ ]?-[ ]?\d{1,2}"  # 48219-ب-6 (Maroc)
    r"|(?<=\d)\d{0,4}[ ]?\|[ ]?[A-Z\u0600-\u06ff][ ]?\|[ ]?\d{1,2}"  # 30020 | أ | 56, 10092 | A | 48 (Maroc, à barres)
    r"|(?<=\d)\d{3}[A-Z]{2}/\d{2}"  # 3479TP/05 (République démocratique du Congo)
    r")" + _APRES
)
# Toute plaque d'un autre pays, quand la phrase parle d'un véhicule : un jeton ou deux à quatre groupes de
# majuscules (latines, cyrilliques, arabes) et de chiffres (« VD 418235 », « 4821 KLM », « LK19 XJP »,
# « CA 4821 KP », « 06 AB 4471 ») ; `_plausible_ailleurs` écarte sigles, années, montants et numéros de bus.
_CAR = r"0-9A-ZÄÖÜÇŞĞİА-ЯЁ"
_AILLEURS = re.compile(
    r"[" + _CAR + r"]" + _AVANT + r"[" + _CAR + r"]{0,7}(?:[ \-][" + _CAR + r"\u0621-\u064a]{1,6}){0,3}" + _APRES
)
_PLAQUE = re.compile(
    r"plaque|immat|nummerplaat|nummerbord|kenteken|plaka|kennzeichen|matr[ií]cula|targa|rejestracyjn|[îi]nmatricul|"
    r"registration|licen[cs]e\s+plate|number\s+plate|номер|табел|لوحة",
    re.IGNORECASE,
)
_MARQUES = lire_liste("vehicules.txt")
"""Marques et modèles de voiture : ils annoncent une plaque comme le mot « voiture »."""
_VEHICULE = re.compile(
    r"plaque|immat|nummerplaat|nummerbord|kenteken|voiture|v[ée]hicule|camion|monospace|fourgon|utilitaire|berline|"
    r"citadine|cabriolet|cyclomoteur|motocyclette|mobylette|camping-car|caravane|remorque|stationnement|minibus|"
    # une amende de roulage : « l'amende pour 06-VYR-8 », « contravention pour CVT-944 »
    r"(?<!\w)amendes?(?!\w)|contraventions?|"
    # « conduit la AZG 734 » : le verbe, suivi d'un article et d'une plaque (pas « conduit la réunion »)
    r"(?<!\w)condui(?:t|sait|saient|sent)[ ]+(?:la|le|une|un|sa|son)[ ](?-i:[0-9A-Z])|"
    # « c'est le papa (72-FZT-9) qui a conduit. » : conduire sans complément, en fin de proposition, c'est tenir le volant
    r"(?<!\w)condui(?:t|te|sait|saient|sent|re)(?=[ ]*(?:[.,;!?()\n]|$))|"
    # un mot seul ou en tête d'une clé YAML (« taxi_social: », « moto_frere: ») : « _ » le sépare aussi
    r"(?<![^\W_])(?:auto|wagen|moto|scooter|suv|4x4|taxi|"
    r"voertuig|bagnole|car|coche|carro|macchina|truck|van)s?(?![^\W_]|-)|garée?s?(?!\w)|stationnée?s?(?!\w)"
    # le stationnement et ses suites : « parking réservé pour la JZ 093 GG », « flashée par un radar »
    r"|(?<!\w)(?:parkings?|parkeer\w*|parkeren|parkplatz|aparcamiento|estacionamiento|fourri[èe]re|radar|flash[ée]e?s?)(?!\w)"
    # d'autres langues, dans la même phrase : allemand, espagnol, portugais, italien, polonais, turc, roumain,
    # anglais, bulgare et russe, arabe
    r"|kennzeichen|fahrzeug|(?<!\w)pkw(?!\w)|matr[ií]cula|(?<!\w)targa(?!\w)|samoch[oó]d|ara[çc](?!\w)|ara[çc][ıi]|"
    r"(?<!\w)araba|plaka|ma[sșş]in[aăi]|[îi]nmatricul|rejestracyjn|vehicle|registration|licen[cs]e\s+plate|"
    r"number\s+plate|кола|автомоб|машин|سيار|لوحة"
    # « il est venu avec 04-174-GX », « monter dans PC 3697 MK », « au volant de la XVE-471 » : un déplacement suivi
    # aussitôt d'une forme de plaque (pas « venu avec Kevin », pas « monté dans le bus 71 » : voir `_plausible`)
    r"|(?<!\w)(?:venue?s?|revenue?s?|arrivée?s?|repartie?s?|partie?s?|passée?s?|roul(?:e|es|ent|ait|aient|er|ée?s?)"
    r"|circul(?:e|es|ent|ait|aient|er|ée?s?))[ ]+(?:avec|en|dans)[ ]+"
    r"(?:(?:la|le|une|un|sa|son|leur)[ ]+)?(?-i:[0-9A-Z])"
    r"|(?<!\w)(?:mont(?:e|é|ée|és|ées|er|ait)|grimp\w*|embarqu\w*|assise?s?|installée?s?|descend(?:re|u|ue|us|ues|ait))[ ]+(?:dans|de)[ ]+"
    r"(?:(?:la|le|une|un|sa|son|leur)[ ]+)?(?-i:[0-9A-Z])"
    r"|(?<!\w)au[ ]+volant[ ]+d(?:e|u|')"
    # une marque ou un modèle de voiture (`donnees/vehicules.txt`) : « dans la clio XVE-471 »
    r"|(?<!\w)(?:" + "|".join(re.escape(m) for m in sorted(_MARQUES, key=len, reverse=True)) + r")(?![\w\-])",
    re.IGNORECASE,
)
"""Ce qui annonce une plaque dans la phrase (mots d'un véhicule ou de son immatriculation, en plusieurs langues, un
déplacement juste avant la plaque, une marque ou un modèle de voiture)."""
_MOTS_VEHICULE = frozenset(
    "plaque plaques immat immatriculé immatriculée immatriculés immatriculées immatriculation immatriculations nummerplaat nummerbord kenteken "
    "voiture voitures véhicule véhicules vehicule vehicules camion camions camionnette camionnettes auto autos wagen "
    "monospace monospaces fourgon fourgons fourgonnette fourgonnettes utilitaire utilitaires berline berlines citadine "
    "citadines cabriolet cabriolets cyclomoteur cyclomoteurs motocyclette motocyclettes mobylette mobylettes camping "
    "caravane caravanes remorque remorques suv 4x4 stationnement minibus amende amendes contravention contraventions "
    "conduit conduisait conduisaient conduisent "
    "moto motos scooter scooters voertuig bagnole garé garée garés garées stationné stationnée stationnés "
    "stationnées car cars coche coches carro carros macchina truck van kennzeichen fahrzeug fahrzeugs pkw matrícula "
    "matricula targa samochód samochod samochodu samochodem samochody araç arac aracı aracın araba arabası arabasi "
    "plaka plakası plakasi plakalı mașina mașină maşina masina mașinii masinii înmatriculare inmatriculare "
    "înmatriculată rejestracyjny rejestracyjna rejestracyjne rejestracyjnym vehicle vehicles registration license "
    "licence plate кола колата колата автомобил автомобила автомобиль машина машината سيارة السيارة لوحة "
    "venu venue venus venues revenu revenue arrivé arrivée repartie reparti parti partie passé passée monte monté "
    "montée montés montées monter montait grimpé grimpée embarqué embarquée assis assise installé installée "
    "descendre descendu descendue descendus descendues descendait volant taxi taxis conduite conduire parking parkings "
    "parkeren parkplatz aparcamiento estacionamiento fourrière fourriere radar flashé flashée flashés flashées flashe "
    "flashee roule roules roulent roulait roulaient rouler roulé roulée roulés roulées circule circules circulent "
    "circulait circulaient circuler circulé circulée parkeerplaats parkeerplaatsen parkeerkaart".split()
) | frozenset(mot.lower() for marque in _MARQUES for mot in marque.split())
"""Préfiltre de `_VEHICULE` par les mots du texte (un ensemble, en C) : la plupart des fichiers n'en ont aucun."""
AVANT_CONTEXTE, APRES_CONTEXTE = 120, 40
"""Caractères lus avant et après une plaque possible pour y trouver un véhicule (la phrase, pas le fichier)."""
AVANT_PROCHE = 40
"""Sans le mot « plaque », les formes courtes (« XYG 373 », « BW 8474 ») ne suivent que de près le véhicule."""
_TRANSPORT = re.compile(r"(?<!\w)(?:bus|lignes?|tram|m[ée]tro|train|TEC|STIB|MIVB|De[ \t]+Lijn|arr[êe]t)(?!\w)", re.IGNORECASE)
"""Un transport en commun dans la ligne : « TEC 365 » y est une ligne de bus."""
_ANNEE = re.compile(r"19[5-9]\d|20[0-4]\d")
"""Une année de modèle ou de mise en circulation (« Clio 2019 ») ; « PB 2091 JW » n'en a pas."""
_MONNAIES = frozenset("EUR USD GBP CHF PLN RON TRY MAD".split())
"""« 1 750 EUR » : un montant, pas une plaque « 750 EUR »."""


def _une_annee(morceaux: list[str]) -> bool:
    """Un groupe est une année (ou une monnaie) ; pas un groupe de chiffres entre deux groupes de lettres
    (« CA 2019 KP », Bulgarie)."""
    for i, m in enumerate(morceaux):
        if m in _MONNAIES:
            return True
        if _ANNEE.fullmatch(m) and not (0 < i < len(morceaux) - 1 and morceaux[i - 1].isalpha() and morceaux[i + 1].isalpha()):
            return True
    return False


def _plausible(valeur: str) -> bool:
    """Une forme lue en contexte est une plaque : chiffres et lettres mêlés ; pas une année (« Clio 2019 »),
    pas un sigle suivi d'un numéro de quatre chiffres (« SAJ 1234 », un dossier) ; trois groupes à tirets
    font six ou sept caractères (« 12-ABC-3 »)."""
    morceaux = re.split(r"[ .\-]", valeur)
    chiffres = sum(c.isdigit() for c in valeur)
    lettres = sum(c.isalpha() for c in valeur)
    if chiffres < 2 or lettres < 1 or _une_annee(morceaux):
        return False
    if len(morceaux) == 2 and morceaux[0].isalpha() and morceaux[1].isdigit() and len(morceaux[1]) == 4:
        return False
    if len(morceaux) == 3 and valeur.count("-") == 2:
        return 6 <= chiffres + lettres <= 7
    return True


def _plausible_ailleurs(valeur: str) -> bool:
    """Une plaque d'ailleurs : 6 à 10 lettres et chiffres (5 d'un tenant), au moins deux chiffres et une lettre,
    des groupes de lettres de trois lettres au plus ; ni année, ni monnaie, ni sigle suivi d'un numéro de quatre chiffres au plus (« TEC 365 », « CPAS 1234 »)."""
    morceaux = re.split(r"[ \-]", valeur)
    compte = sum(c.isalnum() for c in valeur)
    chiffres = sum(c.isdigit() for c in valeur)
    if not (6 if len(morceaux) > 1 else 5) <= compte <= 10 or chiffres < 2 or chiffres == compte:
        return False
    if _une_annee(morceaux) or any(m.isalpha() and len(m) > 3 for m in morceaux):
        return False  # « CERFA 12345 » : un mot de plus de trois lettres n'est pas un groupe de plaque
    return not (len(morceaux) == 2 and morceaux[0].isalpha() and morceaux[1].isdigit() and len(morceaux[1]) <= 4)


def _debut_du_jeton(texte: str, position: int) -> int:
    """Le début des lettres et chiffres qui finissent juste avant `position` (une espace sautée : « 38214 -ب »)."""
    i = position - 1 if position > 0 and texte[position - 1] == " " else position
    while i > 0 and texte[i - 1].isalnum():
        i -= 1
    return i


def _message(valeur: str) -> str:
    return (f"plaque d'immatriculation « {masquer_tout(valeur)} » : pas de plaque dans le dépôt, elle mène au "
            "propriétaire du véhicule")


_ARTICLE = re.compile(r"(?<!\w)(?i:le|la|sa|du|au)[ ]$")
_INDICE_AVANT = re.compile(r"(?<![\w\-./,])[12]$")
"""L'index d'une plaque belge actuelle juste avant ses trois lettres (« 2 MPJ 048 ») ; pas après une virgule
(« 1,2 KGS 100 »)."""
_TROIS_CHIFFRES = re.compile(r"[ ]\d{3}" + _APRES)
_SEULE = " \t`*|>-:"
"""Ce qui entoure une plaque seule sur sa ligne ou dans sa cellule (« `TXF-837` », « | 728-JYW | »)."""
LIGNES_APRES = 3
"""Lignes lues après celle d'un véhicule (« Véhicule signalé », un en-tête « | Plaque | ») pour une plaque seule."""


def _designee(texte: str, lignes: Lignes, debut: int, lettres: str, contexte: ContexteAnonymat) -> bool:
    """Une ancienne plaque belge désignée par un article, sans véhicule dans la phrase (« le 023-LCG tourne autour du
    foyer », « le NCF 221 ») : ni sigle connu, ni monnaie, ni transport en commun dans la phrase."""
    if not _ARTICLE.search(texte, max(0, debut - 4), debut) or lettres in _MONNAIES \
            or normaliser(lettres) in contexte.mots_autorises:
        return False
    debut_ligne, fin_ligne = lignes.bornes(lignes.numero(debut))
    return _TRANSPORT.search(texte, max(debut_ligne, debut - AVANT_CONTEXTE), min(fin_ligne, debut + APRES_CONTEXTE)) is None


_A_TIRETS = re.compile(r"[A-Z]{2,3}-\d{3}|\d{3}-[A-Z]{2,3}|[0-9A-Z]{1,3}-[0-9A-Z]{1,3}-[0-9A-Z]{1,3}")
"""Les formes à tirets (« 437-YSA », « TXF-837 », « 04-174-GX ») : assez sûres pour être lues dans une ligne courte qui
suit une ligne de véhicule, pas seulement seules sur la leur."""


def _seules_apres(texte: str, lignes: Lignes, indice: int) -> list[tuple[int, int]]:
    """Les plaques seules sur l'une des lignes qui suivent une ligne de véhicule (ou dans une cellule de tableau), et
    les formes à tirets d'une ligne courte qui la suit (« Quel véhicule ? ⏎ Celui de la famille, 437-YSA. »)."""
    trouvees = []
    for suivante in range(indice + 1, min(indice + 1 + LIGNES_APRES, len(lignes.debuts))):
        debut_ligne, fin_ligne = lignes.bornes(suivante)
        if fin_ligne - debut_ligne > 120:
            continue
        for m in _EN_CONTEXTE.finditer(texte, debut_ligne, fin_ligne):
            if _A_TIRETS.fullmatch(m.group(0)) and _plausible(m.group(0)):
                trouvees.append((m.start(), m.end()))
        if fin_ligne - debut_ligne > 60:
            continue
        for cellule in texte[debut_ligne:fin_ligne].split("|"):
            valeur = cellule.strip(_SEULE)
            if 5 <= len(valeur) <= 10 and (_EN_CONTEXTE.fullmatch(valeur) and _plausible(valeur)
                                            or _EN_CONTEXTE_FORT.fullmatch(valeur)):
                debut = texte.index(valeur, debut_ligne)
                trouvees.append((debut, debut + len(valeur)))
    return trouvees


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    resultats = []
    if "-" in texte:
        for m in _FORTE.finditer(texte):
            if " " in m.group(0) and _ANNEE.fullmatch(m.group(0)[-4:]):
                continue  # « EU-US 2020 » : une année
            debut = _debut_du_jeton(texte, m.start())  # « AB- », « 1- », « AC- » ou « 38214- » avant le tiret lu
            if m.group("ancienne") is not None and not _designee(
                    texte, lignes, debut, "".join(c for c in texte[debut:m.end()] if c.isalpha()), contexte):
                continue  # lue plus bas si la phrase parle d'un véhicule
            resultats.append(Trouvaille(debut, m.end(), REGLE, _message(texte[debut:m.end()])))
    for collee in _COLLEES:
        for m in collee.finditer(texte):
            if normaliser(m.group("lettres").strip(".")) not in contexte.mots_autorises:  # « 2SPJ123 » : un sigle connu
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, _message(m.group(0))))
    for t in _TROIS_LETTRES.finditer(texte):
        m = _ROUMAINE.search(texte, max(0, t.start() - 6), t.end())
        if m is not None and m.end() == t.end():
            resultats.append(Trouvaille(m.start(), m.end(), REGLE, _message(m.group(0))))
        elif not _TROIS_CHIFFRES.match(texte, t.end()):
            continue
        elif _INDICE_AVANT.search(texte, max(0, t.start() - 2), t.start()) and t.group(0)[1:] not in _MONNAIES \
                and normaliser(t.group(0)[1:]) not in contexte.mots_autorises:
            fin = t.end() + 4  # « 2 MPJ 048 » : la forme belge actuelle, index 1 ou 2, lettres qui ne sont pas un sigle
            resultats.append(Trouvaille(t.start() - 1, fin, REGLE, _message(texte[t.start() - 1:fin])))
        elif _designee(texte, lignes, t.start() + 1, t.group(0)[1:], contexte):
            fin = t.end() + 4  # « le NCF 221 »
            resultats.append(Trouvaille(t.start() + 1, fin, REGLE, _message(texte[t.start() + 1:fin])))
    if not lignes.mots & _MOTS_VEHICULE:
        return resultats
    pris = {t.debut for t in resultats}
    for debut_ligne, fin_ligne in lignes.avec(_VEHICULE):
        for debut, fin in _seules_apres(texte, lignes, lignes.numero(debut_ligne)):
            if debut not in pris:
                pris.add(debut)
                resultats.append(Trouvaille(debut, fin, REGLE, _message(texte[debut:fin])))
        for m in _EN_CONTEXTE.finditer(texte, debut_ligne, fin_ligne):
            if m.start() in pris or not _plausible(m.group(0)):
                continue
            vehicule = _VEHICULE.search(texte, max(debut_ligne, m.start() - AVANT_CONTEXTE), min(fin_ligne, m.end() + APRES_CONTEXTE))
            if vehicule is not None:
                pris.add(m.start())
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, _message(m.group(0))))
        for m in _AILLEURS.finditer(texte, debut_ligne, fin_ligne):
            if m.start() in pris or not _plausible_ailleurs(m.group(0)):
                continue
            vehicule = _VEHICULE.search(texte, max(debut_ligne, m.start() - AVANT_CONTEXTE), min(fin_ligne, m.end() + APRES_CONTEXTE))
            if vehicule is not None:
                pris.add(m.start())
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, _message(m.group(0))))
        plaque_nommee = _PLAQUE.search(texte, debut_ligne, fin_ligne) is not None
        if not plaque_nommee and _TRANSPORT.search(texte, debut_ligne, fin_ligne) is not None:
            continue  # « le bus TEC 365 », « prendre la ligne 71 en voiture » : un transport en commun
        for m in _EN_CONTEXTE_FORT.finditer(texte, debut_ligne, fin_ligne):
            if m.start() in pris or _ANNEE.fullmatch(m.group(0)[-4:]):
                continue
            if "|" in m.group(0) and texte[debut_ligne:m.start()].lstrip(" \t>").startswith("|"):
                continue  # « | Voiture | 2019 | A | 12 | » : les cellules d'un tableau, pas une plaque à barres
            if plaque_nommee:
                indice = _PLAQUE.search(texte, max(debut_ligne, m.start() - AVANT_CONTEXTE), min(fin_ligne, m.end() + APRES_CONTEXTE))
            else:  # « la voiture BW 8474 », « la voiture de l'oncle (XYG 373) » : le véhicule juste avant, pas un sigle connu
                lettres = m.group(0).split()[0]
                entouree = texte[m.start() - 1:m.start()] in ("(", "`") and texte[m.end():m.end() + 1] in (")", "`")
                # la fin lue va jusqu'au premier caractère de la plaque : « conduit la » regarde ce qui le suit
                indice = None if lettres in _MONNAIES or normaliser(lettres) in contexte.mots_autorises else _VEHICULE.search(
                    texte, max(debut_ligne, m.start() - (AVANT_CONTEXTE if entouree else AVANT_PROCHE)), m.start() + 1)
                if indice is not None and indice.start() >= m.start():
                    indice = None
            if indice is not None:
                pris.add(m.start())
                resultats.append(Trouvaille(m.start(), m.end(), REGLE, _message(m.group(0))))
    return resultats
