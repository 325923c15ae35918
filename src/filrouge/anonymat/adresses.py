"""Adresses postales : type de voie + nom + numéro (boîte, code postal), ou voie annoncée comme domicile.

« rue de la Station 12 », « 12, avenue des Tilleuls », « chaussée de Louvain 245 bte 3, 5000 Namur »,
« Kerkstraat 14 bus 2 », « domiciliée avenue Reine Astrid » sont signalés ; « la place de la
famille », « il s'est retrouvé à la rue », « la place d'Armes » (sans numéro ni domicile) ne le sont pas.
"""

from __future__ import annotations

import re

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes, par_caracteres_fixes
from filrouge.anonymat.listes import est_mot_du_dictionnaire, est_un_lieu, lire_liste, listes
from filrouge.anonymat.masque import masquer_mots
from filrouge.anonymat.nombres import UNITES_DE_DOSE, alternance, mots_de
from filrouge.anonymat.normalisation import normaliser
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.adresse"
PORTEE = 160
"""Caractères lus après un type de voie : bien plus qu'une adresse, et chaque mot n'est lu qu'un nombre
borné de fois (« rue rue rue … » sur 1 Mo reste linéaire)."""

_TYPES = (
    r"rue|ruelle|avenue|av\.|bd\.?|boulevard|chauss[ée]e|ch[ée]e\.?|place|pl\.|quai|dr[èe]ve|clos|all[ée]e|"
    r"chemin|ch\.|impasse|imp\.|square|sentier|route|rte\.?|voie|venelle|cit[ée]|r[ée]sidence|remparts?|"
    r"faubourg|fbg\.?|cour|passage|esplanade|promenade|rond-point|galerie|val|vieux[- ]chemin|thier|tienne|"
    r"hameau|lotissement|carr[ée]|parvis|montagne|"
    # la chaussée bruxelloise en néerlandais, le type en tête (« Steenweg op Gent 85B », aveugle-61) ; pas « Steenweg
    # Kapelle 4 keer », « route naar Brussel 12 km » (l'attaque-60)
    r"steenweg[ \t]+(?:op|naar)"
)
_PARTICULE = r"(?:(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’]|l['’]|la|le|les|aux|au|à[ \t]+la|à)[ \t]*)"
_MOT_MAJ = r"[A-ZÀ-Ý][\w'’.\-]*"
_MOT = r"[\w'’.\-]+"
_BIS = r"bis|ter|quater"
"""Ce qui suit un numéro de maison répété, collé ou non (« 110bis », « 12 ter »)."""
_NUMERO = r"(?:n°[ \t]*|no[ \t]+)?\d{1,4}(?:[ \t]?(?i:" + _BIS + r")(?!\w)|[a-zA-Z](?![\w'])|(?![hme])[a-zA-Z](?=')|[ \t][a-zA-Z](?![\w']))?(?:[ \t]*(?:/|bte\.?|bo[iî]te|bt\.?|bus|b\.)[ \t]*[\w]{1,4})?"
"""Le numéro d'une maison, « bis », « ter » ou « quater », collé ou non, en capitales ou non, même devant l'apostrophe
qui ferme une valeur YAML (« rue Spintay 110bis », aveugle-95 ; « 'rue de Fer 12bis' », « 12Ter », revue71), sa lettre (« 9B », collée même devant l'apostrophe qui ferme une valeur YAML :
« 'rue de Fer 9B' », aveugle-58 ; séparée, jamais devant une apostrophe : « 12 l'appartement ») et sa boîte. Devant
l'apostrophe, ni « h », ni « m », ni « e » : une heure, une distance, un étage (« 'place Flagey 18h' », l'attaque-55) ;
ailleurs, toute lettre, comme avant (« avenue Louise 50h », l'attaque-54)."""
_MOT_NOMBRE = r"(?:" + alternance(mots_de(1, 100)) + r")"
_NUMERO_LETTRES = r"(?i:num[ée]ro|n°)[ \t]+" + _MOT_NOMBRE + r"(?:[ \t\-](?:et[ \t\-])?" + _MOT_NOMBRE + r"){0,4}(?![\w\-])"
"""« numéro trente-trois », « numéro cent seize » : le numéro de maison dicté en lettres (mots bornés)."""
_ETAGE = r"(?:(?>[ \t]*,?[ \t]*)\d{1,2}(?:e|è|ème|eme|er|de|ste|do|º|°)?[ \t]+(?i:étage|etage|verdieping|verd\.))"
"""« 3de verdieping », « 2e étage » : l'étage après le numéro, ou entre le numéro et la voie. Les blancs autour de la
virgule sont lus d'un bloc (`(?>…)`) ici et dans `_CP_LOCALITE` : un seul découpage possible, pas un par espace d'une
longue suite de blancs (quadratique, la relecture des passages 36 et 37)."""
_CP_LOCALITE = r"(?:(?>[ \t]*[,\-–]?[ \t]*)(?:B-)?\d{4}[ \t]+[A-ZÀ-Ý][\w'’\-]*(?:[ \t\-][A-ZÀ-Ý][\w'’\-]*)*)"
_NOM_VOIE = _PARTICULE + r"?" + _MOT_MAJ + r"(?:[ \t\-]+" + _PARTICULE + r"?" + _MOT_MAJ + r"){0,5}"
_NOM_VOIE_LIBRE = _PARTICULE + r"?" + _MOT + r"(?:[ \t\-]+" + _PARTICULE + r"?" + _MOT + r"){0,5}?"

# numéro d'abord : « 12, rue des Champs », « 12 rue des champs » (nom libre) ; pas après un groupe de majuscules
# (« UT 527 BD attendait » : une plaque, « BD » n'y est pas un boulevard), ni le jour d'une date ISO (« échéance :
# 2024-08-02⏎Passage aux urgences », deux lignes d'un élément de liste rejointes)
_ADRESSE_NUMERO_DEVANT = re.compile(
    r"(?<![\w/.,])(?<![A-Z][ \t])(?<!\d-\d\d-)\d{1,4}(?:[ \t]?(?:" + _BIS + r"|[a-zA-Z]))?[ \t]*,?[ \t]+(?:" + _TYPES + r")[ \t]+" + _NOM_VOIE_LIBRE + r"(?=[ \t]*(?:[,.;:)\n]|$|à[ \t]|\d{4}[ \t]|bte|bo[iî]te))",
    re.IGNORECASE,
)
# numéro d'abord, nom à majuscule : « 682, avenue de Toussaint »
_ADRESSE_NUMERO_MAJ = re.compile(
    r"(?<![\w/.,])(?<!\d-\d\d-)\d{1,4}(?:[ \t]?(?i:" + _BIS + r")|[ \t]?[a-zA-Z])?" + _ETAGE + r"?[ \t]*,?[ \t]+(?i:" + _TYPES + r")[ \t]+" + _NOM_VOIE + r"(?![\w])"
)
# voie annoncée comme domicile, sans numéro
_DOMICILE = re.compile(
    r"(?<!\w)(?i:habit\w*|domicili\w*|r[ée]sid\w*|demeur\w*|vi(?:t|vent|vait)|log\w*|h[ée]berg\w*|install[ée]\w*|adresse|d[ée]m[ée]nag\w*)"
    r"(?:[ \t]+\w+){0,3}?[ \t]+(?i:au[ \t]+|à[ \t]+la[ \t]+|dans[ \t]+la[ \t]+|à[ \t]+l['’]|à[ \t]+|sur[ \t]+la[ \t]+)?"
    r"(?P<voie>(?i:" + _TYPES + r")[ \t]+" + _NOM_VOIE + r")"
)
_PAS_UN_DOMICILE = re.compile(
    r"(?i:(?<!\w)(?:pr[èe]s|proche|loin|c[ôo]t[ée]|face|derri[èe]re|devant|coin|long|bout|abords|environs|autour|vers|quartier)(?!\w))")
"""« habite près de la rue Haute », « vit à deux pas du quai » : une voie qui situe, sans numéro, n'est pas un domicile."""
_LOGEMENT_ENVISAGE = re.compile(r"(?i:logements?(?:[ \t]+\w+){0,2}?[ \t]+(?:propos|visit|envisag|refus)[ée]e?s?(?!\w))")
"""« logement social proposé rue de Fer » (aveugle-64) : le nom « logement » suivi de ce qu'on en fait, un logement
envisagé, pas le domicile ; avec un verbe d'habiter ou d'accepter sur la ligne (« habite le studio proposé rue … »,
« Vit dans le logement proposé rue … », l'attaque-62 ; « Adresse : logement social proposé rue … », « Le logement
proposé rue … a été accepté », la relecture), c'en est un."""
_HABITER = re.compile(r"(?<!\w)(?i:habit\w*|domicili\w*|r[ée]sid\w*|demeur\w*|vi(?:t|vent|vait)|log[ée]e?s?|h[ée]berg\w*|"
                      r"install[ée]\w*|d[ée]m[ée]nag\w*|emm[ée]nag\w*|adresse|accept\w*|occup\w*|attribu\w*|bail)(?!\w)")
_SUJET_SERVICE = re.compile(
    r"(?i:(?<!\w)(?:service|[ée]quipe|[ée]cole|centre|asbl|bureau|amo|cpas|ssm|spj|sps|antenne|maison|si[èe]ge|permanence|"
    r"secr[ée]tariat|internat|foyer)(?:[ \t]+\w+)?[ \t]+(?:a|s['’]est|est|se|va|vient[ \t]+de)[ \t]*)$")
"""« Le service a déménagé chaussée de Louvain » : l'adresse d'un service est publique (annuaire)."""
# néerlandais : Kerkstraat 14, Stationsplein 3 bus 2
# « Stationsstraat 154C, 2800 Mechelen », « Grote Markt 85B bus 14 », « Stationsstraat, 194, 3de verdieping – 2800
# Mechelen » : après une virgule, le numéro n'est retenu qu'avec un étage ou un code postal (« Kerkstraat, 20 jeunes »).
_SUFFIXES_NL = tuple(
    "straat straatje laan steenweg plein dreef kaai kade lei weg baan markt singel hof pad dijk gracht veld berg ring "
    "steeg boulevard park vest wal gang kouter plaats".split()
)
_SUFFIXES_NL_MOTIF = "(?:" + "|".join(_SUFFIXES_NL) + ")"
_SUFFIXES_FORTS_NL = "(?:" + "|".join(s for s in _SUFFIXES_NL if s not in {
    "hof", "pad", "veld", "berg", "ring", "steeg", "boulevard", "park", "wal", "gang", "kouter", "plaats"}) + ")"
"""Les suffixes de `_SUFFIXES_NL` qui disent une rue sans guère de doute quand un numéro, un code postal et une localité
les entourent (pas -berg, -hof, -veld, -park : « 12 Rosenberg 2024 Rapport », l'attaque-62), collés à une lettre (pas
« temps-plein 5, 2024 »)."""
_NOTE_NL = r"(?:(?i:n[°º]|nr\.?|no\.?)[ \t]*)"
"""« n° », « nr », « no » devant le numéro d'une maison (« Kerkstraat n°209 », aveugle-64)."""
_BOITE_NL = r"(?:bus|/|bte\.?|bo[iî]te|bt\.?)"
"""Ce qui annonce la boîte après le numéro (« 178b boîte 8 », « 9 bus 4 »), suivi de ses quatre caractères au plus."""
_ADRESSE_NL = re.compile(
    r"(?<![\w\-])(?:[A-ZÀ-Ý][\w\-]*" + _SUFFIXES_NL_MOTIF
    + r"|[A-ZÀ-Ý][\w\-]*[ \t](?:Markt|Plein|Laan|Steenweg|Kaai|Dreef|Vest|Ring|Dijk|Baan))"
    r"(?P<virgule>,)?[ \t]+" + _NOTE_NL + r"?\d{1,4}[a-zA-Z]?"
    r"(?:(?>[ \t]*)" + _BOITE_NL + r"[ \t]*\w{1,4})?(?P<etage>" + _ETAGE + r")?(?P<cp>" + _CP_LOCALITE
    + r")?(?![\w])"
)
"""« Kerkstraat n°209, 9000 Gent », « Kerkstraat, 178b boîte 8 – 9000 Gent » (aveugle-64) : « n° », « nr » et la boîte
comme dans une adresse française."""
_VOIE_NL = r"[A-ZÀ-Ý][\w\-]*(?<=[^\W\d_])" + _SUFFIXES_FORTS_NL
_ADRESSE_NL_CASSE_LIBRE = re.compile(
    r"(?<![\w\-])(?:(?P<numero>\d{1,4}[a-zA-Z]?(?>[ \t]*,?[ \t]+))(?=[^\W\d_]))?[^\W\d_][\w\-]*(?<=[^\W\d_])(?i:"
    + _SUFFIXES_FORTS_NL + ")"
    r"(?(numero)|,?[ \t]+" + _NOTE_NL + r"?\d{1,4}[a-zA-Z]?"
    r"(?:(?>[ \t]*)(?i:" + _BOITE_NL + r")[ \t]*\w{1,4})?)"
    r"(?>[ \t]*[,\-–]?[ \t]*)(?:B-)?\d{4}[ \t]+[^\W\d_][\w'’\-]*(?![\w])"
)
"""« leiestraat 9 bus 4, 8500 kortrijk », « KERKHOFSTRAAT N°12, 9300 AALST », « 45 kapelstraat 3500 hasselt » : en
minuscules ou en capitales, la rue néerlandaise n'est retenue qu'avec le numéro, le code postal et la localité."""
_ADRESSE_NL_NUMERO_DEVANT = re.compile(
    r"(?<![\w/.,])\d{1,4}[a-zA-Z]?(?:(?>[ \t]*)" + _BOITE_NL + r"[ \t]*\w{1,4})?(?>[ \t]*,?[ \t]+)" + _VOIE_NL
    + _CP_LOCALITE + r"(?![\w])"
)
"""« 102, Stationsstraat, 9000 Gent », « au 14 Molenstraat 2800 Mechelen » (aveugle-64) : le numéro devant la rue,
retenu seulement avec le code postal et la localité (« 20 Kerkstraat » seul peut être un compte)."""


# Le type de voie peut porter une majuscule (« Rue de Fer 12 ») mais le nom doit commencer par une
# majuscule : on compile le type insensible à la casse et le reste sensible à la casse. « r. » pour « rue »
# seulement en minuscules (« R. Dupont 12 ans » est une initiale). Collé à un mot d'une à trois capitales, le numéro est
# une partie d'un sigle (« le passage du CE1D », aveugle-56) ; collé à un nom, une faute de frappe (« rue des
# Tilleuls14 », « RUE HAUTE5B », les attaques 49 et 50).
_ADRESSE_CI = re.compile(
    r"(?<![\w])(?:(?i:" + _TYPES + r")|r\.)[ \t]+" + _NOM_VOIE + r"(?:(?:[ \t]+|[ \t]*,[ \t]*|(?<![ \t][A-ZÀ-Ý])(?<![ \t][A-ZÀ-Ý]{2})(?<![ \t][A-ZÀ-Ý]{3}))" + _NUMERO + _CP_LOCALITE + r"?|" + _CP_LOCALITE
    + r"|[ \t]*,?[ \t]*" + _NUMERO_LETTRES + r")(?![\w])(?![ \t]*" + UNITES_DE_DOSE + r"(?!\w))"
)
"""Pas devant une dose : « passage au Medikinet 20 mg » est un changement de traitement (garde39) ; « Passage au Bois 12 »
reste une adresse (l'attaque-69)."""

# Voies d'ailleurs (Italie, Espagne, Portugal, Pologne, Roumanie, Grèce) : le type de voie est aussi un mot
# courant (« via Facebook 2 fois ») ; l'adresse n'est retenue qu'avec numéro, code postal et localité :
# « via Garibaldi 22, 92100 Agrigento », « Rua das Flores 25, 1200-195 Lisboa », « ul. Długa 7, 00-238 Warszawa »,
# « calle de la Paz 7, 2.º A, 46003 Valencia ».
_TYPES_ETRANGERS = (
    r"via|viale|piazza|piazzale|corso|largo|vicolo|calle|carrer|avenida|avda\.|paseo|plaza|ronda|rua|travessa|praça|"
    r"estrada|ulica|ul\.|aleja|al\.|osiedle|os\.|plac|strada|str\.|bulevardul|calea|[șs]oseaua|aleea|pia[țt]a|"
    r"intrarea|splaiul|rruga|rr\.|bulevardi|sheshi|trg|odos"
)
_VOIES_NUMEROTEES = tuple(lire_liste("voies_numerotees.txt"))
"""Types de voie des pays des familles qui ne sont pas des mots courants : un numéro suffit (« ul. Długa 54 »)."""
_VOIES_NUMEROTEES_MOTIF = "|".join(re.escape(v) for v in _VOIES_NUMEROTEES)
_TYPES_ETRANGERS += "|" + _VOIES_NUMEROTEES_MOTIF
_PARTICULE_ETRANGERE = r"(?:(?:das|dos|da|do|de|del|della|delle|degli|dei|di|la|las|los|lo|le|e|i|së|të)[ \t]+)"
"""Particules des noms de voie d'ailleurs, l'article albanais compris (« Rruga e Durrësit »)."""
_NOM_VOIE_ETRANGERE = _PARTICULE_ETRANGERE + r"{0,2}" + _MOT_MAJ + r"(?:[ \t\-]+" + _PARTICULE_ETRANGERE + r"{0,2}" + _MOT_MAJ + r"){0,5}"
# Appartement, bloc, escalier, étage, porte d'ailleurs : « m. 4 », « lok. 2 » (Pologne), « bl. A2, sc. B, ap. 14 »
# (Roumanie), « piso 3 », « Top 5 », « D: 4 » ; chacun borné.
_COMPLEMENT = r"(?:[ \t]*,?[ \t]*(?i:m\.|lok\.|bl\.|sc\.|et\.|ap\.|apt\.|piso|esc\.|puerta|int\.|top|stiege|t[üu]r)[ \t]*[\w]{1,4}){0,4}"
_NUMERO_ETRANGER = r"(?:(?i:n[°º.]?|nr\.?|no\.)[ \t]*)?\d{1,4}[a-zA-Z]?(?:/\d{1,4})?"
_ADRESSE_ETRANGERE = re.compile(
    r"(?<![\w])(?i:" + _TYPES_ETRANGERS + r")[ \t]+" + _NOM_VOIE_ETRANGERE + r"[ \t]*,?[ \t]*" + _NUMERO_ETRANGER
    + r"(?:[ \t]*,?[ \t]*\d{1,2}\.?[ºª°][ \t]?[A-Za-z]?)?"  # étage et porte : « calle Mayor 12, 3.º B, 28013 Madrid »
    + _COMPLEMENT
    + r"[ \t]*,?[ \t]*(?:\d{4}-\d{3}|\d{2}-\d{3}|\d{4,6})[ \t]+[A-ZÀ-Ý][\w'’\-]*(?![\w])"
)
# Sans code postal, quand « nr. » ou un complément (bloc, appartement) dit l'adresse : « Str. Florilor nr. 7, bl. A2,
# ap. 14, Iași », « ul. Długa 15 m. 4 », « Str. Unirii nr. 117, Iași jeudi » (la phrase continue après la localité).
_UN_COMPLEMENT = r"[ \t]*,?[ \t]*(?i:m\.|lok\.|bl\.|sc\.|ap\.|apt\.|piso|esc\.|top)[ \t]*\w"
_LOCALITE_FINALE = r"[ \t]*,[ \t]*[A-ZÀ-Ý][\w'’\-]*(?=[ \t]*(?:[.;)\n]|$))"
_LOCALITE_SUIVANTE = r"(?:[ \t]*,[ \t]*[A-ZÀ-Ý][\w'’\-]*)?"
_ADRESSE_ETRANGERE_COMPLETEE = re.compile(
    r"(?<![\w])(?i:" + _TYPES_ETRANGERS + r")[ \t]+" + _NOM_VOIE_ETRANGERE + r"[ \t]*,?[ \t]*"
    r"(?P<nr>(?i:nr\.?|n[°º])[ \t]*)?\d{1,4}[a-zA-Z]?"
    r"(?:(?=" + _UN_COMPLEMENT + r")" + _COMPLEMENT + _LOCALITE_SUIVANTE
    + r"|(?<=[\d\w])" + _LOCALITE_FINALE
    + r"|(?(nr)[ \t]*,[ \t]*[A-ZÀ-Ý][\w'’\-]*|(?!)))(?![\w])"  # « Str. Unirii nr. 117, Iași jeudi » : « nr. » et la localité
)
# « ul. Długa 54 », « Derb Sultan 90, Casablanca le mardi » : un type de `_VOIES_NUMEROTEES`, un nom et un numéro.
_ADRESSE_NUMEROTEE = re.compile(
    r"(?<![\w])(?i:" + _VOIES_NUMEROTEES_MOTIF + r")[ \t]+" + _NOM_VOIE_ETRANGERE
    + r"[ \t]*,?[ \t]*" + _NUMERO_ETRANGER + r"(?![\w]|[.,/]\d)"
)
# Allemagne, Autriche, Suisse, Communauté germanophone : « Hauptstraße 5, 52062 Aachen », « Bahnhofgasse 12 »,
# « Marktplatz 3 » ; le nom de la rue en deux mots, le second à majuscule (« Herbesthaler Straße 22, 4780 Sankt Vith »,
# « Aachener Straße 218/3 », aveugle-91).
_SUFFIXES_DE = ("straße", "strasse", "gasse", "platz", "allee", "damm", "ufer", "chaussee", "str.")
_ADRESSE_DE = re.compile(
    r"(?<![\w])(?!(?i:die|der|das|den|dem|des|ein|eine|einer|zur|zum|am|im|in|an|auf|bis|nach)[ \t])"
    r"[A-ZÄÖÜ][\w\-]*(?:straße|strasse|gasse|platz|allee|damm|ufer|chaussee|str\.|[ \t]+(?:Straße|Strasse|Str\.|"
    r"Gasse|Platz|Allee))[ \t]*(?!(?:19|20)\d\d(?!\d))\d{1,4}[a-z]?"
    r"(?:[ \t]*(?:/|Top|Stiege)[ \t]*\w{1,4})?(?:[ \t]*,?[ \t]*(?:D-|A-|CH-)?\d{4,5}[ \t]+[A-ZÄÖÜ][\w\-]*)?(?![\w])"
)
# Turquie : quartier (« Mah. »), rue (« Cad. », « Sok. », « Bulvarı ») puis « No: 15 », la porte (« D: 4 ») et la
# ville : « Cumhuriyet Mah. Atatürk Cad. No: 15 D: 4, Emirdağ/Afyonkarahisar ».
_MOT_TR = r"[A-ZÇĞİÖŞÜ][\w'’\-]*"
# La rue peut être numérotée (« 34. Sokak No 22, 03600 Emirdağ ») ; la ville, précédée de son code postal ou suivie de
# sa province (« Emirdağ / Afyonkarahisar »).
_RUE_TR = r"(?:" + _MOT_TR + r"(?:[ \t]+" + _MOT_TR + r"){0,2}|\d{1,4}\.)"
_ADRESSE_TURQUE = re.compile(
    r"(?<![\w])(?:" + _MOT_TR + r"(?:[ \t]+" + _MOT_TR + r"){0,2}[ \t]+Mah(?:\.|allesi)[ \t]*,?[ \t]*)?"
    + _RUE_TR + r"[ \t]+(?:Cad(?:\.|desi)|Sok(?:\.|ak|a[gğ][ıi])|Bulvar[ıi]|Blv\.)"
    r"[ \t]*,?[ \t]*(?:No[:.]?[ \t]*\d{1,4}(?:[ \t]*[,/]?[ \t]*(?:D|Daire|Kat)[:.]?[ \t]*\d{1,3})?"
    r"(?:[ \t]*,[ \t]*(?:\d{5}[ \t]+)?" + _MOT_TR + r"(?:[ \t]*/[ \t]*" + _MOT_TR + r")?)?"
    # « Atatürk Caddesi 42, 06420 Ankara », « Atatürk Caddesi 114, Ankara » : le numéro, puis la ville s'il y en a une
    r"|\d{1,4}[a-zA-Z]?(?![\w])(?:[ \t]*,?[ \t]*(?:\d{5}[ \t]+)?" + _MOT_TR + r"(?:[ \t]*/[ \t]*" + _MOT_TR + r")?)?)"
)
_MOTS_TR = frozenset("cad caddesi sok sokak sokağı sokagi bulvarı bulvari blv".split())
# Rue numérotée (Maroc, Algérie, Congo…) : « rue 14, n° 27 », « avenue 3 n° 112 » ; le « n° » qui suit dit l'adresse.
_RUE_NUMEROTEE = re.compile(r"(?i:rue|avenue|av\.)[ \t]+\d{1,4}[ \t]*,?[ \t]*(?i:n[°º]|no\.?)[ \t]*\d{1,4}(?![\w])")
# À Bamako, Douala, Conakry, la porte (« rue 426, porte 140 », « rue 3.765, porte 41 ») ; à Abidjan, le lot et l'îlot
# (« lot 176, îlot 36 ») : suivis d'un quartier ou d'une ville à majuscule (« , Bonapriso », « à Bafoussam »), ou annoncés
# par un domicile (« adresse », « vit », « chez ») ; pas l'entrée d'un stade, un ticket, le plan d'une kermesse (attaque-28).
_RUE_ET_PORTE = re.compile(
    r"(?<![\w])(?:(?i:rue)[ \t]+\d{1,4}(?:\.\d{1,4})?[ \t]*,[ \t]*(?i:porte)|(?i:lot)[ \t]+\d{1,4}[ \t]*,[ \t]*(?i:[îi]lot))"
    r"[ \t]+\d{1,4}(?![\w])(?P<lieu>[ \t]*,[ \t]*(?:(?i:quartier)[ \t]+)?[A-ZÀ-Ý]|[ \t]+à[ \t]+[A-ZÀ-Ý])?")
_MOTS_ETRANGERS = frozenset(
    "via viale piazza piazzale corso largo vicolo calle carrer avenida avda paseo plaza ronda rua travessa praça estrada "
    "ulica ul aleja al osiedle os plac strada str bulevardul calea șoseaua soseaua aleea piața piata intrarea splaiul "
    "rruga rr bulevardi sheshi trg odos".split()
) | {v.rstrip(".") for v in _VOIES_NUMEROTEES}


_VOIE_LIBRE_ET_NUMERO = r"(?<![\w])(?i:" + _TYPES + r")[ \t]+" + _NOM_VOIE_LIBRE + r"[ \t]*,?[ \t]*" + _NUMERO
"""Le type de voie, son nom en toute casse et le numéro : le début des deux adresses en minuscules qui suivent."""
# Tout en minuscules, mais suivie d'un numéro puis d'un code postal et d'une localité : « rue saint-roch 19,
# 5060 auvelais », « avenue de la toison d'or 22 bte 11, 1050 ixelles ».
_ADRESSE_MINUSCULES = re.compile(_VOIE_LIBRE_ET_NUMERO + r"[ \t]*[,-]?[ \t]*(?:[Bb]-)?\d{4}[ \t]+[^\W\d_][\w'’\-]*")
# Tout en minuscules, sans code postal, mais suivie d'un numéro puis de « à » (ou « a », tapé vite) et d'une localité
# belge : « rue des bouleaux 66 à floreffe », « j habite rue de fer 37 a fosses-la-ville » (aveugle-73 : un SMS, une
# dictée, une valeur YAML recopiés). La localité est une des listes (communes et sections belges) : « place de parking
# 2 à gauche » n'est pas une adresse.
_ADRESSE_MINUSCULES_A_LOCALITE = re.compile(
    _VOIE_LIBRE_ET_NUMERO + r"[ \t]*,?[ \t]+[àa][ \t]+(?P<localite>[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*)")


def _localite_en_minuscules(mot: str) -> bool:
    """Une commune ou une section belge des listes, pas un mot court de la langue que les listes tiennent aussi pour un
    village (« passage en type 4 à la rentrée » : « La » ; « On », « Mal », « Lot »)."""
    forme = normaliser(mot)
    return forme in listes()["localites"] and not (len(forme) <= 3 and est_mot_du_dictionnaire(forme))


# « au numéro 8 de la rue Rogier », « au 216 de la rue des Carmes » : le numéro avant la voie.
_NUMERO_DE_LA_VOIE = re.compile(
    r"(?:(?i:num[ée]ro|n°)[ \t]*|(?<![\w/.,]))\d{1,4}[ \t]?[a-zA-Z]?[ \t]+(?i:de[ \t]+la|de[ \t]+l['’]|du|de)[ \t]*"
    r"(?P<voie>(?i:" + _TYPES + r")[ \t]+" + _NOM_VOIE + r")"
)
# Néerlandais, le type de voie séparé du nom : « Steenweg op Gent 115 », « Laan van Meerdervoort 12 ».
_MOTS_NL_SEPARES = frozenset("steenweg straat laan dreef plein kaai kade weg baan markt lei dijk".split())
_ADRESSE_NL_SEPAREE = re.compile(
    r"(?<![\w])(?i:steenweg|straat|laan|dreef|plein|kaai|kade|weg|baan|markt|lei|dijk)[ \t]+(?:op|naar|van|de|der|den|ten|ter)"
    r"[ \t]+[A-ZÀ-Ý][\w'’\-]*(?:[ \t]+[A-ZÀ-Ý][\w'’\-]*)?[ \t]+\d{1,4}[a-z]?(?:[ \t]*(?:bus|/)[ \t]*\w{1,4})?"
    + _CP_LOCALITE + r"?(?![\w])"
)


# « Grand-Rue 45 », « Grand'Place 3 » : le type de voie fait partie du nom.
_GRAND_RUE = re.compile(r"(?<![\w])(?i:grand[- ]?rue|grand['’]?\s?place|grand-place)[ \t]*,?[ \t]*" + _NUMERO + _CP_LOCALITE + r"?(?![\w])")
_GRAND_RUE_AU_LUXEMBOURG = re.compile(
    r"(?<![\w,.])\d{1,4}[a-zA-Z]?,[ \t]?(?i:grand[- ]rue),[ \t]?L-\d{4}[ \t]+[A-ZÀ-Ý][\w'’\-]*")
"""« 169, Grand-Rue, L-9050 Ettelbruck » : l'ordre luxembourgeois, le numéro devant la rue et le code postal à « L- »,
tous deux exigés (aveugle-87) ; pas « 12, Grand-Rue – 1200 Places », « Grand-Place – 2024 Édition » (l'attaque-114)."""


# Lieu-dit sans type de voie : « Au Bois de Bossière 63, 5570 Beauraing », « Fond des Vaux 189, 5570 Beauraing »,
# « Kouter 16 bus 7, 2800 Mechelen » (la boîte entre le numéro et la virgule).
# Lu à partir de la virgule qui suit un numéro (le moteur saute de virgule en virgule) ; le nom et le numéro sont
# relus juste avant, la localité doit être belge et connue, ou ce qui précède parler d'adresse (60 caractères : temps
# linéaire).
_CP_APRES_NUMERO = re.compile(r",(?<=\d,)[ \t]*(?:B-)?[1-9]\d{3}[ \t]+(?P<localite>[A-ZÀ-Ý][\w'’\-]*)")
_LIEU_DIT = re.compile(r"(?<![\w'’\-])" + _NOM_VOIE + r"[ \t]+(?!(?:19|20)\d\d,)\d{1,4}[a-zA-Z]?"
                       r"(?:[ \t]*(?:/|bte\.?|bo[iî]te|bus)[ \t]*\w{1,4})?(?=,)")
_DIT_ADRESSE = re.compile(r"adresse|domicil|habit|r[ée]sid|lieu\s+de\s+vie|demeur|coordonn", re.IGNORECASE)
_DOMICILE_AVANT = re.compile(_DIT_ADRESSE.pattern + r"|(?<![\w])(?:vi(?:t|vent|vait)|chez)(?![\w])", re.IGNORECASE)
"""Ce qui annonce une rue et une porte, un lot et un îlot (`_RUE_ET_PORTE`) : `_DIT_ADRESSE`, « vit », « chez »."""

# Ailleurs (Maroc, Sénégal, Roumanie…), une adresse peut n'avoir aucun type de voie connu de la garde : des parties
# séparées par des virgules (un quartier, une résidence, « villa 154 », « imm. 4, appt 108 », « Rue 34 x 3 »), puis un
# code postal de cinq ou six chiffres (jamais belge : quatre) et la ville. Lu à partir de la virgule qui précède le
# code ; les parties sont relues à rebours sur PORTEE_ETRANGERE caractères au plus, chacune faite de mots à majuscule,
# de petits nombres, de particules et de mots du logement (temps linéaire) ; l'une d'elles doit dire le logement : un
# numéro après « n° », « villa », « appt »…, ou après « rue », « bd. ».
PORTEE_ETRANGERE = 100
_CP_ETRANGER = re.compile(r",[ \t]*\d{5,6}[ \t]+(?P<ville>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){0,2})")
"""La ville : un à trois mots, dont le plus long début qui est une ville du monde, un lieu ou une localité belge est
gardé ; jamais une monnaie, une unité ou un effectif (« n° 45, 15000 Dirhams », « bloc 2, 12000 Élèves »)."""
_PIECE_NUMEROTEE = re.compile(
    r"(?<![\w])(?i:factures?|devis|pi[èe]ces?|jugements?|pv|r[ée]f(?:[ée]rences?)?\.?|dossiers?|vols?|chambres?|"
    r"articles?|annexes?|pages?|tickets?|bons?|re[çc]us?|quittances?|contrats?|plaintes?|classement|[ée]quipes?|"
    r"proc[èe]s-verbal|arr[êe]t[ée]?s?|d[ée]cisions?|requ[êe]tes?|rapports?)(?![\w])[^,\n]{0,20}?(?i:n[°º]|no\.|nr\.)")
"""« Facture n° 45, 15000 … », « Réf. SAJ n° 45, … », « chambre n° 12, … » : le numéro d'une pièce, pas un logement."""
_LOGEMENTS = r"n[°º]|nr\.|no\.|villa|imm\.|immeuble|app?t\.?|ap\.|appartement|bloc|bl\.|lot\.|lotissement|unit[ée]|porte|sector|secteur|[ée]tage|sc\.|et\."
_MOT_D_UNE_PARTIE = r"(?:[A-ZÀ-Ý][\w'’\-]*\.?\d{0,4}|N[°º]\d{0,4}|\d{1,4}[a-zA-Z]?|n[°º]\d{1,4}|x|de|du|des|la|le|el|al|" + _LOGEMENTS + r")"
_UNE_PARTIE = _MOT_D_UNE_PARTIE + r"(?:[ \t]+" + _MOT_D_UNE_PARTIE + r"){0,5}"
_PARTIES_AVANT_LE_CP = re.compile(r"(?<![\w'’.°\-])" + _UNE_PARTIE + r"(?:[ \t]*,[ \t]*" + _UNE_PARTIE + r"){0,4}$")
_LOGEMENT = re.compile(r"(?<![\w])(?i:" + _LOGEMENTS + r"|rue|bd\.|boulevard|av\.|avenue)[ \t]*(?:[A-Z][ \t]+)?(?:n[°º][ \t]*)?\d")


def _adresses_a_code_postal_etranger(texte: str, lignes: Lignes) -> list[tuple[int, int]]:
    """(début, fin) des adresses d'ailleurs sans type de voie connu : parties, code postal, ville."""
    trouves = []
    for cp in _CP_ETRANGER.finditer(texte):
        fin = _fin_de_la_ville(cp)
        if fin is None:
            continue
        debut_ligne, _ = lignes.bornes(lignes.numero(cp.start()))
        m = _PARTIES_AVANT_LE_CP.search(texte, max(debut_ligne, cp.start() - PORTEE_ETRANGERE), cp.start())
        if (m is not None and _LOGEMENT.search(m.group(0))
                and not _PIECE_NUMEROTEE.search(texte, max(debut_ligne, m.start() - 30), texte.find(",", m.start()))):
            trouves.append((m.start(), fin))
    return trouves


def _fin_de_la_ville(cp: re.Match[str]) -> int | None:
    """La fin du plus long début de la ville de `cp` qui est une ville du monde, un lieu ou une localité belge (« El
    Jadida », « RABAT ») ; None si aucun ne l'est, ou si elle n'a pas de majuscule."""
    ville = cp.group("ville")
    if not ville[0].isupper():
        return None
    mots = list(re.finditer(r"[^ \t]+", ville))
    for mot in reversed(mots):
        if est_un_lieu(normaliser(ville[:mot.end()])):
            return cp.start("ville") + mot.end()
    return None


def _lieux_dits(texte: str, lignes: Lignes) -> list[tuple[int, int]]:
    """(début, fin) des adresses sans type de voie, nom et numéro suivis d'un code postal et d'une localité."""
    trouves = []
    for cp in _CP_APRES_NUMERO.finditer(texte):
        debut_ligne, _ = lignes.bornes(lignes.numero(cp.start()))
        m = _LIEU_DIT.search(texte, max(debut_ligne, cp.start() - 80), cp.start() + 1)
        if m is None:
            continue
        if (normaliser(cp.group("localite")) in listes()["localites"]
                or _DIT_ADRESSE.search(texte, max(debut_ligne, m.start() - 60), m.start())):
            trouves.append((m.start(), cp.end()))
    return trouves


def _ajouter(resultats: list[Trouvaille], debut: int, fin: int, valeur: str) -> None:
    resultats.append(
        Trouvaille(debut, fin, REGLE, f"adresse « {masquer_mots(valeur)} » : pas d'adresse de domicile dans le dépôt")
    )


_MOT_TYPE = re.compile(r"(?<![\w])(?:(?i:" + _TYPES + "|" + _TYPES_ETRANGERS + r")|r\.)(?=[ \t])")


# Les mots (en minuscules) par lesquels commence un type de voie de `_TYPES`.
_TYPES_MOTS = frozenset(
    "rue ruelle avenue av bd boulevard chaussée chaussee chée chee ch place pl quai drève dreve clos allée allee "
    "chemin impasse imp square sentier route rte voie venelle cité cite résidence residence rempart remparts "
    "faubourg fbg cour passage esplanade promenade rond galerie val vieux thier tienne hameau lotissement carré "
    "carre parvis montagne steenweg r".split()
) | _MOTS_ETRANGERS
_NUMERO_NOTE_NL = (re.compile(r"°(?<=n°)[ \t]*\d"), re.compile(r"º(?<=nº)[ \t]*\d"), re.compile(r"\.(?<=nr\.|no\.)[ \t]*\d"),
                   re.compile(r"–[ \t]*\d"), re.compile(r"-[ \t]+\d"))
"""« straat n°12 », « straat nr. 4 » : le chiffre après « n° », « nr. » (« nr 3 » a déjà l'espace après une lettre) ;
« 3 Kerkhofstraat – 3500 Hasselt » : le code postal après un tiret (l'attaque-62)."""
_NOTES_NL = ("n°", "nº", "nr", "no", "nr.", "no.")
# Un chiffre précédé d'espaces (ou de tabulations) et d'une lettre (« Kerkstraat 14 »), ou d'une virgule, d'espaces et
# d'une lettre ; chaque correspondance finit par le chiffre. Un motif par caractère fixe qui suit la lettre, la lettre
# lue par une assertion arrière : le moteur saute d'espace en espace (un chiffre en tête faisait essayer chaque chiffre
# du texte, 1,5 fois plus lent sur la démo).
_ESPACE_CHIFFRE = (re.compile(r" (?<=[^\W\d_] )[ \t]*\d"), re.compile(r"\t(?<=[^\W\d_]\t)[ \t]*\d"),
                   re.compile(r",(?<=[^\W\d_],)[ \t]+\d"))


def _mots_types(lignes: Lignes) -> list[re.Match[str]]:
    """Les correspondances de `_MOT_TYPE` dans le texte, dans l'ordre, sans parcourir toute la prose."""
    presents = lignes.mots & _TYPES_MOTS
    return list(lignes.commencant_par(_MOT_TYPE, presents)) if presents else []


def _indices_nl(bas: str) -> list[int]:
    """Les positions des chiffres qui suivent un mot à suffixe de rue néerlandais (« kerkstraat 14 », « straat, 3 »),
    au besoin après « n° », « nr » (« straat nr. 4 ») : préfiltre des adresses néerlandaises."""
    return [m.end() - 1 for m in par_caracteres_fixes(_ESPACE_CHIFFRE + _NUMERO_NOTE_NL, bas)
            if bas.endswith(_SUFFIXES_NL, 0, _avant_le_numero(bas, m.end() - 1))]


def _avant_le_numero(bas: str, i: int) -> int:
    """La fin du mot qui précède le chiffre à `i`, par-dessus les espaces, puis un tiret, ou « n° », « nr. » (et les
    espaces et la virgule d'avant), ou une virgule seule."""
    j = i
    while j and bas[j - 1] in " \t":
        j -= 1
    if j and bas[j - 1] in "-–":
        j -= 1
        while j and bas[j - 1] in " \t":
            j -= 1
        return j
    for note in _NOTES_NL:
        if bas.endswith(note, 0, j) and not bas[j - len(note) - 1:j - len(note)].isalpha():
            j -= len(note)
            while j and bas[j - 1] in " \t,":
                j -= 1
            return j
    return j - 1 if j and bas[j - 1] == "," else j


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    vus: set[tuple[int, int]] = set()

    def retenir(debut: int, fin: int, valeur: str) -> None:
        if (debut, fin) not in vus:
            vus.add((debut, fin))
            _ajouter(resultats, debut, fin, valeur)

    # Chaque motif commence par un type de voie ou s'y appuie : on ne l'essaie qu'autour de ces mots,
    # trouvés par ensembles sur les mots du texte puis par recherche de sous-chaînes.
    for t in _mots_types(lignes):
        debut_ligne, fin_ligne = lignes.bornes(lignes.numero(t.start()))
        fin_ligne = min(fin_ligne, t.start() + PORTEE)  # une adresse tient en quelques mots : temps linéaire
        m = _ADRESSE_CI.match(texte, t.start(), fin_ligne)
        if m:
            retenir(m.start(), m.end(), m.group(0))
        avant = max(debut_ligne, t.start() - 30)  # « 120, 2e étage, Rue des Carmes »
        for motif in (_ADRESSE_NUMERO_DEVANT, _ADRESSE_NUMERO_MAJ):
            m = motif.search(texte, avant, fin_ligne)
            if m and m.start() <= t.start():
                retenir(m.start(), m.end(), m.group(0))
        m = _DOMICILE.search(texte, max(debut_ligne, t.start() - 60), fin_ligne)
        if m and m.start("voie") == t.start() and not _PAS_UN_DOMICILE.search(texte, m.start(), m.start("voie")) \
                and not (_LOGEMENT_ENVISAGE.match(texte, m.start(), m.start("voie"))
                         and not _HABITER.search(texte, max(debut_ligne, m.start() - 120), fin_ligne)) \
                and not _SUJET_SERVICE.search(texte, max(debut_ligne, m.start() - 40), m.start()):
            retenir(m.start("voie"), m.end("voie"), m.group("voie"))
        m = _ADRESSE_MINUSCULES.match(texte, t.start(), fin_ligne)
        if m:
            retenir(m.start(), m.end(), m.group(0))
        m = _ADRESSE_MINUSCULES_A_LOCALITE.match(texte, t.start(), fin_ligne)
        if m and _localite_en_minuscules(m.group("localite")):
            retenir(m.start(), m.end(), m.group(0))
        m = _NUMERO_DE_LA_VOIE.search(texte, max(debut_ligne, t.start() - 30), fin_ligne)
        if m and m.start("voie") == t.start():
            retenir(m.start(), m.end("voie"), m.group(0))
        etrangere = False
        for motif in (_ADRESSE_ETRANGERE, _ADRESSE_ETRANGERE_COMPLETEE):
            m = motif.match(texte, t.start(), fin_ligne)
            if m:
                etrangere = True
                retenir(m.start(), m.end(), m.group(0))
        if not etrangere and t.group(0).casefold() in _VOIES_NUMEROTEES:
            m = _ADRESSE_NUMEROTEE.match(texte, t.start(), fin_ligne)
            if m:
                retenir(m.start(), m.end(), m.group(0))
        m = _RUE_NUMEROTEE.match(texte, t.start(), fin_ligne)
        if m:
            retenir(m.start(), m.end(), m.group(0))
    if lignes.mots & _MOTS_TR:
        for m in _ADRESSE_TURQUE.finditer(texte):
            retenir(m.start(), m.end(), m.group(0))
    if "rand" in texte:  # « grand » ou « GRAND » : le motif, à casse ignorée, n'est essayé qu'à ses débuts littéraux
        for m in lignes.correspondances(_GRAND_RUE):
            retenir(m.start(), m.end(), m.group(0))
        if "L-" in texte:
            for m in _GRAND_RUE_AU_LUXEMBOURG.finditer(texte):
                retenir(m.start(), m.end(), m.group(0))
    if lignes.mots & _MOTS_NL_SEPARES:
        for m in _ADRESSE_NL_SEPAREE.finditer(texte):
            retenir(m.start(), m.end(), m.group(0))
    if any(suffixe in lignes.bas for suffixe in _SUFFIXES_DE):
        for m in _ADRESSE_DE.finditer(texte):
            retenir(m.start(), m.end(), m.group(0))
    if "," in texte:
        for debut, fin in [*_lieux_dits(texte, lignes), *_adresses_a_code_postal_etranger(texte, lignes)]:
            retenir(debut, fin, texte[debut:fin])
        if "lot" in lignes.mots or "porte" in lignes.mots:
            for m in _RUE_ET_PORTE.finditer(texte):
                debut_ligne, _ = lignes.bornes(lignes.numero(m.start()))
                if m.group("lieu") or _DOMICILE_AVANT.search(texte, max(debut_ligne, m.start() - 60), m.start()):
                    fin = m.start("lieu") if m.group("lieu") else m.end()
                    retenir(m.start(), fin, texte[m.start():fin])
    indices_nl = _indices_nl(lignes.bas)
    if indices_nl:
        for m in _ADRESSE_NL.finditer(texte):
            if not m.group("virgule") or m.group("etage") or m.group("cp"):
                retenir(m.start(), m.end(), m.group(0))
        for numero in sorted({lignes.numero(i) for i in indices_nl}):  # une classe en tête : sur ces lignes seules
            debut_ligne, fin_ligne = lignes.bornes(numero)
            for motif in (_ADRESSE_NL_NUMERO_DEVANT, _ADRESSE_NL_CASSE_LIBRE):
                for m in motif.finditer(texte, debut_ligne, fin_ligne):
                    retenir(m.start(), m.end(), m.group(0))
    return resultats
