"""Numéros de téléphone : belges sous toutes leurs graphies, français, néerlandais, luxembourgeois.

Le repérage est fait par `phonenumbers.PhoneNumberMatcher` (métadonnées officielles des plans de
numérotation), en trois passes sur les seules lignes qui contiennent assez de chiffres :

1. numéros valides pour la Belgique (ce qui couvre aussi tout numéro international +33, +31, +352…),
   puis numéros nationaux valides de France et des Pays-Bas ;
2. numéros « possibles » (bonne longueur) qui commencent par 0, + ou ( : un numéro mal recopié reste
   un numéro ;
3. un « + » suivi d'un indicatif de pays attribué et de 9 à 15 chiffres en tout : un numéro international,
   même trop long ou trop court pour le plan de son pays (mal recopié) ;
4. si la ligne parle de téléphone (tél., GSM, joignable…, ou « n° », « numéro »), toute suite de 9 à 15 chiffres
   groupés comme un numéro, sauf une référence (dossier, jugement…) ou le numéro d'une pièce annoncée juste avant
   (facture, client, compteur… : `_piece_avant`) sans mot de téléphone autour.

Les dates (12.03.2019, 2019-03-12, 3/4/19) sont masquées avant chaque passe, les montants
(suivis de € ou EUR) écartés.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.dictee import numeros_dictes
from filrouge.anonymat.intervalles import Intervalles
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.masque import masquer_chiffres
from filrouge.anonymat.numeros_etrangers import cle_mod97_valide
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.telephone"

# Au moins 8 chiffres proches les uns des autres : seules ces lignes sont examinées.
_CANDIDAT = re.compile(r"\d(?:[ \t./()\-]{0,3}\d){7,}")
# Une date (jour et mois possibles) : « 28-13-33 », groupe d'un numéro, n'en est pas une. Avec des espaces, seulement
# l'année entière et sans autre chiffre autour (« ddn 09 09 1986 » ; « 0475 12 10 20 » reste un numéro).
_DATE = re.compile(
    r"(?<![\d./\-])(?:"
    r"(?:0?[1-9]|[12]\d|3[01])[./\-](?:0?[1-9]|1[0-2])[./\-](?:19|20)?\d\d"
    r"|(?:19|20)\d\d[./\-](?:0?[1-9]|1[0-2])[./\-](?:0?[1-9]|[12]\d|3[01])"
    r"|(?<!\d[ ])(?:0?[1-9]|[12]\d|3[01])[ ](?:0?[1-9]|1[0-2])[ ](?:19|20)\d\d(?![ ]?\d)"
    r")(?![\d]|[./\-]\d)"
)
_MONTANT_APRES = re.compile(r"\s*(?:€|eur\b|euros?\b|,-|,\d\d\s*(?:€|eur))", re.IGNORECASE)
_MOTS_DE_TELEPHONE = (
    r"t[ée]l[ée]phon|gsm|portable|mobile|joignable|appel|sms|whatsapp|fax"
    # un message ou une ligne à joindre, dans les langues des familles : « message vocal laissé au … », « urgence : … »
    r"|vocal|messagerie|r[ée]pondeur|joindre|urgence|bellen|telefoon|bereikbaar|handy|anruf|tel[ée]fono|telefon|phone")
"""Les mots qui disent un téléphone, communs à `_CONTEXTE_TEL` et à `_MOT_DE_TELEPHONE`."""
_CONTEXTE_TEL = re.compile(r"t[ée]l\b|rappeler|" + _MOTS_DE_TELEPHONE + r"|num[ée]ro|n°", re.IGNORECASE)
# Référence administrative : commence par une année suivie d'un séparateur (« 2019/1234/56 »), ou
# annoncée comme dossier, référence, jugement, notice, rôle.
_REFERENCE = re.compile(r"\(?(?:19|20)\d\d\s?[/\-]")
_REFERENCE_AVANT = re.compile(r"(?i:dossier|r[ée]f[ée]rence|r[ée]f\.?|jugement|notice|r[ôo]le|RG|parquet|greffe|farde|PV|proc[èe]s-verbal|communication(?:\s+structur[ée]e)?)\W{0,6}(?:n°|no|num[ée]ro)?\W{0,3}$")
_PIECE_AVANT = re.compile(
    r"(?<![^\W\d_])(?i:factures?|quittances?|contrats?|abonnements?|commandes?|clients?|clientèle|compteurs?|EAN|"
    r"polices?|consommateurs?|fournisseurs?|dossiers?|affili[ée]e?s?|candidats?)(?![^\W_])"
    r"(?:[ \t]+(?!n°)[^\W\d_]+(?:['’][^\W\d_]+)?){0,2}\W{0,6}(?:n°|no|num[ée]ro)?\W{0,3}$")
"""Une pièce de l'argent et du logement annoncée juste avant une suite de chiffres (« Facture de régularisation
n° 423607800 », « Numéro de client 3554 7115 6852 », « numero_client: '4277 1192 7889' », aveugle-85 ; « Dossier CPAS
n° 7524350576 », garde78) : son numéro, pas un téléphone ; deux mots au plus entre l'annonce et le numéro, le mot
entier (« EAN », pas « jean »). Lu seulement dans la dernière passe, pour une suite que phonenumbers n'a pas reconnue
comme un numéro valide ou possible (ceux-là restent des téléphones, même après « client: »), et jamais près d'un mot de
téléphone (`_piece_avant`)."""
_MOT_DE_TELEPHONE = re.compile(r"t[ée]l|rappel|" + _MOTS_DE_TELEPHONE, re.IGNORECASE)
"""Les mêmes mots sans « numéro » ni « n° », qui annoncent aussi une pièce, et « tél » même collé (« tél. », « tel: »)."""
_FORME_TEL = re.compile(r"(?<![\w+])\(?\+?\d[\d \t./\-()]{7,22}\d(?:\s?x\s?\d{1,6})?(?!\w)")
_CODE_SEUL = re.compile(r"\D*[A-WYZa-wyz][1-9]\d*\D*")
"""Une ligne dont les seuls chiffres forment une suite collée à une lettre (pas un « x »), qui ne commence pas par 0."""
_DATE_ISO_SEULE = re.compile(r"[^\d(\[（［+＋]*(?:19|20)[0-9]{2}-[01][0-9]-[0-3][0-9][^\d(\[（［+＋]*")
"""Une ligne dont les seuls chiffres sont une date AAAA-MM-JJ, sans parenthèse, crochet ni « + » : le chemin daté d'une
note (« fichier: concertations/2019-03-12.yaml »), que `_DATE` ne blanchit pas après « / »."""


_REFERENCE_PROPRE = re.compile(
    r"(?:\+{3}|\*{3})[ ]?\d{3}[ ]?/[ ]?\d{4}[ ]?/[ ]?\d{5}[ ]?(?:\+{3}|\*{3})"  # communication structurée : +++359/5159/03492+++
    r"|(?<![\w.])[A-Z]{2}\.\d{2}(?:\.[A-Z0-9]{1,3})?\.\d{3,7}/(?:19|20)?\d\d(?!\w)"  # PV : NA.95.L4.312342/2021, CH.40.01608/22
    r"|(?<![\d.\-/])[1-9]\d{4,7}[-/](?:19|20)\d\d(?![\d\-/]|\.\d)"  # notice, dossier : 219931-2022 (un numéro commence par 0 ou +)
    r"|(?<![\d/+*])(?P<ogm>\d{3}[ ]?/[ ]?\d{4}[ ]?/[ ]?\d{5})(?![\d/+*])"  # communication sans +++ : 792/0743/67629
)
"""Des références dont la forme n'appartient qu'à elles : jamais un numéro de téléphone. Une communication
structurée sans `+++` n'en est une que si son contrôle mod 97 passe (un numéro sur 97 au hasard)."""


def _blanc_si_reference(m: re.Match[str]) -> str:
    if m.group("ogm") is not None and not cle_mod97_valide(re.sub(r"\D", "", m.group("ogm"))):
        return m.group(0)
    return " " * len(m.group(0))


def _blanchir_dates(ligne: str) -> str:
    """La ligne sans ses dates ni ses références à forme propre (remplacées par des espaces, positions gardées)."""
    ligne = _DATE.sub(lambda m: " " * len(m.group(0)), ligne)
    if "+++" in ligne or "***" in ligne or "." in ligne or "/" in ligne or "-" in ligne:
        ligne = _REFERENCE_PROPRE.sub(_blanc_si_reference, ligne)
    return ligne


def _chiffres(texte: str) -> int:
    return sum(c.isdigit() for c in texte)


def _est_montant(ligne: str, fin: int, debut: int) -> bool:
    return bool(_MONTANT_APRES.match(ligne, fin)) or ligne[max(0, debut - 2) : debut].strip() == "€"


_ENTREPRISE = re.compile(r"entreprise|(?<![^\W_])(?:BCE|KBO|TVA|BTW|VAT)(?![^\W_])|ondernemings", re.IGNORECASE)
"""Le souligné sépare aussi les mots : une clé `prestataire_bce:` annonce un numéro d'entreprise."""


def _numero_d_entreprise(ligne: str, debut: int, fin: int, entreprise: bool) -> bool:
    """« Numéro d'entreprise : 0412.345.614 », « BE 0513.913.621 » : dix chiffres à contrôle mod 97 (BCE), la ligne
    (ou l'en-tête de son tableau) dit l'entreprise (`entreprise`, cherché une fois par ligne), ou le numéro de TVA
    suit « BE »."""
    if not entreprise and not ligne[max(0, debut - 3):debut].rstrip().endswith("BE"):
        return False
    chiffres = re.sub(r"\D", "", ligne[debut:fin])
    if len(chiffres) != 10:
        return False
    from stdnum.be import vat

    return bool(vat.is_valid(chiffres)) or _numero_d_entreprise_mal_recopie(ligne, debut, fin, chiffres)


_FORME_BCE = re.compile(r"[01]\d{3}([. ])\d{3}\1\d{3}")
"""La forme d'un numéro d'entreprise : quatre, trois et trois chiffres séparés par des points ou des espaces."""
_ANNONCE_EXPLICITE = re.compile(r"(?i:n°|num[ée]ro|no)[ \t]*d['’][ \t]*entreprise|(?<![^\W_])(?:BCE|KBO|TVA|BTW)(?![^\W_])",
                                re.IGNORECASE)
ANNONCE_PROCHE = 16
"""Entre l'annonce explicite d'un numéro d'entreprise (« N° d'entreprise », « BCE ») et lui, au plus « de l'ASBL : » :
l'annonce porte sur lui."""
_PAYS_DES_GSM = ("FR", "NL", "LU", "DE", "MA", "DZ", "TN", "TR", "CD", "CM", "SN", "RO", "PL")
"""Les pays des familles dont un GSM s'écrit en dix chiffres commençant par 0 (« 0612 345 678 », « 0661 234 567 »)."""


def _numero_d_entreprise_mal_recopie(ligne: str, debut: int, fin: int, chiffres: str) -> bool:
    """« N° d'entreprise de l'ASBL : 0535.695.504 » (aveugle-61) : la forme d'un numéro d'entreprise, annoncé dans les
    40 caractères qui précèdent, sans mot de téléphone avant lui sur la ligne (« n° » et « numéro » mis à part), qui
    n'est pas un téléphone belge ; et, sauf annonce explicite juste devant sa forme à points, le GSM d'aucun des pays des
    familles (« Entreprise du papa : 0612 345 678 », « TVA : 0612 345 678 » : les attaques 60 et 61, la relecture)."""
    forme = _FORME_BCE.fullmatch(ligne, debut, fin)
    if forme is None:
        return False
    avant = ligne[max(0, debut - 40):debut]
    annonce = _derniere(_ENTREPRISE, avant)
    if annonce is None or any(not mot.group().lower().startswith("n") for mot in _CONTEXTE_TEL.finditer(ligne, 0, debut)):
        return False  # un mot de téléphone avant lui sur la ligne (« Tél. de la tante, son entreprise : 0661 234 567 »)
    if phonenumbers.is_valid_number(phonenumbers.parse(chiffres, "BE")):
        return False
    explicite = _derniere(_ANNONCE_EXPLICITE, avant)
    if forme.group(1) == "." and explicite is not None and len(avant) - explicite.end() <= ANNONCE_PROCHE:
        return True
    return not any(phonenumbers.number_type(numero := phonenumbers.parse(chiffres, region)) == PhoneNumberType.MOBILE
                   and phonenumbers.is_valid_number(numero) for region in _PAYS_DES_GSM)


def _derniere(motif: re.Pattern[str], texte: str) -> re.Match[str] | None:
    """La dernière correspondance de `motif` dans `texte` : l'annonce la plus proche du numéro qui la suit."""
    correspondances = list(motif.finditer(texte))
    return correspondances[-1] if correspondances else None


_VISIO_CERTAINE = re.compile(r"(?i:ID[ \t]+de[ \t]+r[ée]union|code[ \t]+secret|code[ \t]+(?=[A-Za-z]*\d)(?=\d*[A-Za-z])"
                             r"[A-Za-z0-9]{5,}(?![\w]))")
_VISIO = re.compile(r"(?<!\w)(?i:visio\w*|teams|zoom|webex|meet|conférence|conference)(?!\w)")
_APPLI_DE_TELEPHONE = re.compile(r"(?<!\w)(?i:whatsapp|viber|signal|telegram|imo|gsm|t[ée]l|t[ée]l[ée]phone|pays|rdc)(?!\w)")
_ID_DE_VISIO = re.compile(r"(?<![\w+])(?i:ID)(?:[ \t]+de[ \t]+(?i:réunion|reunion|conférence))?[ \t]*:?[ \t]*$")
_FORME_VISIO = re.compile(r"[1-9]\d{2}(?: \d{3}){2} \d{2,3}")
"""« Rejoindre par l'ID 222 755 510 25 (code kR4s9T) » : l'identifiant d'une réunion (trois groupes de trois chiffres,
puis deux ou trois), après « ID », sur une ligne qui ne parle d'aucune messagerie de téléphone et qui dit la réunion :
avec certitude (« ID de réunion », « code secret », un code de connexion fait de lettres et de chiffres), ou par un outil
(« visio », « Teams ») si le numéro n'est pas un numéro international valide (aveugle-61) ; « WhatsApp ID : 243 812 345
678 », « Visio avec la tante, joindre ID 243 812 345 678 » restent des téléphones (les attaques 60 et 61, la relecture)."""


def _identifiant_de_visio(propre: str, debut: int, valeur: str) -> bool:
    if (_FORME_VISIO.fullmatch(valeur) is None or _ID_DE_VISIO.search(propre, max(0, debut - 30), debut) is None
            or _APPLI_DE_TELEPHONE.search(propre)):
        return False
    if _VISIO_CERTAINE.search(propre):
        return True
    if _VISIO.search(propre) is None:
        return False
    chiffres = re.sub(r"\D", "", valeur)
    return not (_indicatif_connu(chiffres) and phonenumbers.is_valid_number(phonenumbers.parse("+" + chiffres)))


_INTERNATIONAL = re.compile(r"\+(?<![\w+]\+)(?P<indicatif>\d{1,3})(?:[ .\-]?\(?\d{1,5}\)?){2,7}(?![\d%])")
"""Un « + », un indicatif, puis des groupes de chiffres : la forme E.164 d'un numéro (un « + » d'abord, caractère fixe)."""


def _indicatif_connu(chiffres: str) -> bool:
    """Le début de `chiffres` est-il un indicatif de pays attribué (« 40 », « 250 », « 93 ») ?"""
    return any(int(chiffres[:n]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE for n in (1, 2, 3) if len(chiffres) >= n)


def _analyser_ligne(ligne: str, contexte: ContexteAnonymat, entete: str = "") -> list[tuple[int, int, str | None]]:
    """Numéros d'une ligne : (début, fin, numéro E.164 ou None) ; `entete` : celui de son tableau."""
    propre = _blanchir_dates(ligne)
    trouves: list[tuple[int, int, str | None]] = []
    pris = Intervalles()
    entreprise = _ENTREPRISE.search(ligne) is not None or _ENTREPRISE.search(entete) is not None

    def retenir(debut: int, fin: int, numero: phonenumbers.PhoneNumber | None) -> None:
        if pris.chevauche(debut, fin) or _est_montant(ligne, fin, debut) or _numero_d_entreprise(ligne, debut, fin, entreprise):
            return
        e164 = phonenumbers.format_number(numero, phonenumbers.PhoneNumberFormat.E164) if numero else None
        pris.ajouter(debut, fin)
        trouves.append((debut, fin, e164))

    for region in ("BE", "FR", "NL"):
        for m in PhoneNumberMatcher(propre, region, leniency=Leniency.VALID):
            if region != "BE" and not m.raw_string.lstrip("(").startswith("0"):
                continue
            retenir(m.start, m.end, m.number)
    for m in PhoneNumberMatcher(propre, "BE", leniency=Leniency.POSSIBLE):
        brut = m.raw_string
        if brut[0] in "0+(" and _chiffres(brut) >= 9 and not brut.startswith("00 "):
            retenir(m.start, m.end, m.number)
    if "+" in propre:  # « +40 72 476 405 37 » : un indicatif de pays puis des chiffres, même trop nombreux pour son plan
        for m in _INTERNATIONAL.finditer(propre):
            if 9 <= _chiffres(m.group(0)) <= 15 and _indicatif_connu(m.group("indicatif")):
                retenir(m.start(), m.end(), None)
    if _CONTEXTE_TEL.search(propre):
        for m in _FORME_TEL.finditer(propre):
            if (_REFERENCE.match(m.group(0)) or _REFERENCE_AVANT.search(propre, max(0, m.start() - 30), m.start())
                    or _piece_avant(propre, m.start(), m.end())):
                continue  # « dossier 2019/1234/56 », « jugement n° 19/1234/A », « facture n° 423607800 » : une référence
            if _identifiant_de_visio(propre, m.start(), m.group(0)):
                continue
            if 9 <= _chiffres(m.group(0)) <= 15:
                retenir(m.start(), m.end(), None)
    return trouves


def _piece_avant(texte: str, debut: int, fin: int) -> bool:
    """La suite de chiffres de `debut` à `fin` est-elle le numéro d'une pièce annoncée juste avant (`_PIECE_AVANT`),
    sans mot de téléphone autour d'elle (48 caractères avant, 24 après : « Le client joignable au … », « gsm_client: »,
    « Numéro de client 476 12 34 56 = son GSM » restent des téléphones, l'attaque-108) ?"""
    debut_fenetre = max(0, debut - 48)
    return (_PIECE_AVANT.search(texte, debut_fenetre, debut) is not None
            and _MOT_DE_TELEPHONE.search(texte, debut_fenetre, min(len(texte), fin + 24)) is None)


def _lignes_candidates(texte: str, lignes: Lignes) -> list[int]:
    """Les lignes qui ont, une fois leurs dates blanchies, au moins 8 chiffres rapprochés.

    Une suite de chiffres du texte brut qui n'est qu'une date (« 2018-05-30 ») disparaît au
    blanchiment : on ne blanchit donc que les lignes où une suite n'est pas une date seule.

    Une ligne dont les seuls chiffres forment une suite collée à une lettre et commençant par 1 à 9 (le code
    du jeune, « code: LJF19815100 ») n'est pas retenue : aucune passe n'y trouverait rien, et phonenumbers
    n'est pas appelé. Le matcher ne commence un candidat qu'à un chiffre, un + ou une parenthèse, et n'y prend
    une lettre que comme « x » ou dans une extension, qui suit toujours d'autres chiffres : le candidat est
    la suite elle-même. Dès la validité exigée, il l'écarte parce qu'une lettre latine le précède ; en
    « possible », il n'y a pas de ponctuation où chercher un numéro intérieur, et `_analyser_ligne` le refuse
    faute de commencer par 0, + ou ( ; `_FORME_TEL` ne commence jamais après une lettre ; sans autre
    chiffre, la ligne n'a pas de date à blanchir.

    Une ligne dont les seuls chiffres sont une date AAAA-MM-JJ (`_DATE_ISO_SEULE`, le chemin daté d'une note dans
    chaque demande de financement) n'est pas retenue non plus : huit chiffres, quand les passes 2 et 3 en veulent
    neuf ; en passe 1, sans parenthèse ni « + » le candidat du matcher est la date elle-même, ni française ni
    néerlandaise (elle ne commence pas par 0), et aucune des 160 000 dates de 1900-00-00 à 2099-19-39 n'est un
    numéro belge valide, seule ou dans un chemin (vérifié une à une avec phonenumbers,
    `tests/anonymat/test_telephone.py`). Une lettre autour ne fait qu'écarter un candidat de plus.
    """
    retenues: list[int] = []
    vues: set[int] = set()
    for suite in _CANDIDAT.finditer(texte):
        debut = suite.start()
        if _DATE.fullmatch(suite.group(0)) and texte[debut - 1 : debut] not in (".", "/"):
            continue
        indice = lignes.numero(debut)
        if indice in vues:
            continue
        vues.add(indice)
        debut_ligne, fin_ligne = lignes.bornes(indice)
        ligne = texte[debut_ligne:fin_ligne]
        if not _CODE_SEUL.fullmatch(ligne) and not _DATE_ISO_SEULE.fullmatch(ligne) and _CANDIDAT.search(_blanchir_dates(ligne)):
            retenues.append(indice)
    return retenues


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    resultats: list[Trouvaille] = []
    # Les dates (2019-03-12) ont assez de chiffres pour passer le filtre : elles sont blanchies d'abord.
    for indice in _lignes_candidates(texte, lignes):
        debut_ligne, fin_ligne = lignes.bornes(indice)
        ligne = texte[debut_ligne:fin_ligne]
        entete = ""
        if ligne.lstrip(" \t>").startswith("|"):  # « | asbl | 0434384707 | » sous « | Prestataire | BCE | »
            ligne_d_entete = lignes.entete(indice)
            if ligne_d_entete is not None:
                entete = texte[slice(*lignes.bornes(ligne_d_entete))]
        for debut, fin, e164 in _analyser_ligne(ligne, contexte, entete):
            if e164 and e164 in contexte.telephones_autorises:
                continue
            brut = ligne[debut:fin]
            resultats.append(
                Trouvaille(
                    debut_ligne + debut,
                    debut_ligne + fin,
                    REGLE,
                    f"numéro de téléphone « {masquer_chiffres(brut)} » : pas de coordonnées personnelles "
                    "dans le dépôt (les contacts professionnels vont dans annuaire.yaml)",
                )
            )
    for debut, fin, chiffres in numeros_dictes(texte, lignes):
        resultats.append(
            Trouvaille(debut, fin, REGLE, f"numéro de téléphone dicté en lettres « {masquer_chiffres(chiffres)} » : pas de "
                       "coordonnées personnelles dans le dépôt (les contacts professionnels vont dans annuaire.yaml)")
        )
    return resultats
