"""Adresses électroniques, y compris les graphies déguisées (« prenom [at] domaine.be »)."""

from __future__ import annotations

import re

from filrouge.anonymat.contexte import ContexteAnonymat
from filrouge.anonymat.lignes import Lignes
from filrouge.anonymat.masque import masquer_courriel
from filrouge.anonymat.trouvaille import Trouvaille

REGLE = "anonymat.email"

_A_COLLE = r"[\[({][aA][\])}]"
"""« (a) », « [a] », « {a} » : l'arobase déguisée en lettre, collée aux deux morceaux de l'adresse."""
AROBASE = r"(?:@|" + _A_COLLE + r"|\s?[\[({]\s?(?:at|arobase|@)\s?[\])}]\s?|\s(?:arobase|at)\s)"
_POINT = r"(?:\.|\s?[\[({]\s?(?:dot|point|\.)\s?[\])}]\s?)"
"""« @ » et « . », en clair, épelés ou masqués entre crochets, parenthèses ou accolades (« [at] », « (dot) »,
« {at} », « [@] », « [.] », et « (a) » collé aux deux morceaux : « mkabore(a)yahoo.fr », aveugle-61)."""
_COURRIEL = re.compile(
    r"(?<![\w.+-])[\w.+-]*[^\W_](?:" + AROBASE + r")[^\W_][\w-]*(?:" + _POINT + r"[\w-]+)*" + _POINT + r"[a-z]{2,24}(?![\w])",
    re.IGNORECASE,
)
# Tout épelé en français ou en néerlandais (« prenom.nom arobase skynet point be », « jan punt peeters
# apenstaartje gmail punt com ») : « point » ne compte qu'avec « arobase » ou « apenstaartje », jamais avec
# « at » (« meet at school point of contact » n'est pas une adresse). Morceaux du nom bornés (temps linéaire).
_COURRIEL_EPELE = re.compile(
    r"(?<![\w.+-])(?:[\w+-]{1,40}\s(?:point|punt|dot)\s){0,3}[\w.+-]*[^\W_]\s(?:arobase|apenstaartje)\s[^\W_][\w-]*"
    r"(?:(?:\.|\s(?:point|punt|dot)\s)[\w-]+)*?(?:\.|\s(?:point|punt|dot)\s)[a-z]{2,24}(?![\w])",
    re.IGNORECASE,
)
_DOMAINES = (r"(?:com|be|fr|net|org|nl|lu|eu|de|info|uk|es|it|ch|ca|ma|cd|pl|ro|tr|pt|io|me"
             r"|ru|ua|by|gr|bg|rs|ba|hr|al|mk|hu|cz|sk|dk|se|fi|ie|tn|dz|sn|ci|cm|cg|rw|bi|gn|ml|bf|tg|bj|ga"
             r"|cn|vn|ph|pk|af|ir|iq|sy|lb|jo|eg|er|et|so|sd)")
"""Domaines de premier niveau des adresses personnelles, ceux des pays d'origine des familles compris (« yandex.ru »,
« ukr.net », « yahoo.fr ») : seuls eux terminent une adresse coupée, dictée ou épelée avec « at … dot … » (« meet
at school point of contact » n'en est pas une)."""
# Adresse coupée autour du dernier point (« alpha-barry@hotmail .com », « laura@hotmail. be » : pliage YAML,
# retour à la ligne d'un récit) ou épelée avec « at » et « dot » (« carine at gmail dot com »).
_COURRIEL_COUPE = re.compile(
    r"(?<![\w.+-])[\w.+-]*[^\W_](?:@|\s(?:at|arobase)\s)[^\W_][\w-]*(?:\.[\w-]+)*"
    r"(?:[ \t\n]+\.[ \t]?|\.[ \t\n]+|\s(?:dot|point)\s)" + _DOMAINES + r"(?![\w])",
    re.IGNORECASE,
)
# Dictée avec des espaces autour de « @ » et des points (« prenom . nom @ wp . pl ») : morceaux et répétitions
# bornés (temps linéaire), domaine de premier niveau connu.
_COURRIEL_ESPACE = re.compile(
    r"(?<![\w.+-])[\w+-]{1,40}(?:[ \t]?\.[ \t]?[\w+-]{1,40}){0,3}(?:[ \t]@[ \t]?|@[ \t])[^\W_][\w-]{0,40}"
    r"(?:[ \t]?\.[ \t]?[\w-]{1,40}){0,3}?[ \t]?\.[ \t]?" + _DOMAINES + r"(?![\w])",
    re.IGNORECASE,
)
# Tapée ou collée de travers : « @@ », point avant « @ » (« abdelkader_2002.@voo.be »), domaine coupé au milieu d'un
# mot par un pliage YAML ou un retour à la ligne (« t.azizi@outlo⏎  ok.be », « coordination@cpas-c⏎iney.be »). Un
# lecteur y voit une adresse. Domaine de premier niveau connu, morceaux bornés (temps linéaire).
_COURRIEL_TOLERANT = re.compile(
    r"(?<![\w.+-])[\w.+-]{0,64}[^\W_][\w.+-]{0,3}@{1,2}[^\W_][\w-]{0,40}(?:\n[ \t]*[\w-]{1,40})?(?:\.[\w-]{1,40}){0,3}"
    r"\." + _DOMAINES + r"(?![\w])",
    re.IGNORECASE,
)
# Préfiltre sur le texte en minuscules : « @ », « arobase », ou « at » entre espaces ou crochets
# (préfixe littéral : le moteur saute directement aux « at »).
_AT = re.compile(r"at(?<=[\s\[({]at)(?=[\s\])}])")


_A_ENTRE_PARENTHESES = re.compile(_A_COLLE)
_A_DEGUISE = re.compile(r"(?=[^\[({]*[A-Za-z]{2})[A-Za-z0-9._+-]*+" + _A_COLLE + r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:"
                        + _DOMAINES + ")")


def _adresse_au_a_deguise(texte: str, m: re.Match[str]) -> bool:
    """« mkabore(a)yahoo.fr », « Fatou.Diallo(a)hotmail.com » : deux lettres au moins devant, un domaine en minuscules
    qui finit par un domaine de premier niveau d'adresse personnelle, aucun « @ » juste après ni « www. » devant ; pas
    « Annexe2(a)Bilan.pdf », « photo[a]2019.jpg », « Foyer(a)Nous.be », ni « Info(a)marie.lambert@skynet.be » (là,
    l'adresse est celle qui suit : l'attaque-60). Possessif, sans retour arrière : linéaire."""
    return (_A_DEGUISE.fullmatch(m.group(0)) is not None and texte[m.end():m.end() + 1] != "@"
            and not m.group(0).startswith("www."))


def detecter(texte: str, lignes: Lignes, contexte: ContexteAnonymat) -> list[Trouvaille]:
    if "@" not in texte:
        bas = lignes.bas
        if ("arobase" not in bas and "apenstaartje" not in bas and not _AT.search(bas)
                and "(a)" not in bas and "[a]" not in bas and "{a}" not in bas):
            return []
    resultats = []
    epeles = list(_COURRIEL_EPELE.finditer(texte)) if "arobase" in lignes.bas or "apenstaartje" in lignes.bas else []
    coupes = list(_COURRIEL_COUPE.finditer(texte))
    espaces = list(_COURRIEL_ESPACE.finditer(texte)) if " @" in texte or "@ " in texte else []
    tolerants = list(_COURRIEL_TOLERANT.finditer(texte)) if "@" in texte else []
    for m in sorted([*_COURRIEL.finditer(texte), *epeles, *coupes, *espaces, *tolerants], key=lambda m: (m.start(), -m.end())):
        if resultats and m.start() < resultats[-1].fin:
            continue  # la même adresse lue des deux façons
        if _A_ENTRE_PARENTHESES.search(m.group(0)) and not _adresse_au_a_deguise(texte, m):
            continue
        valeur = " ".join(m.group(0).split())  # une adresse coupée se lit sur une ligne
        canonique = re.sub(r"\s", "", valeur).casefold()
        if canonique in contexte.courriels_autorises:
            continue
        if "@" not in valeur and not re.search(r"[\[({]", valeur) and m.re is _COURRIEL:
            # « X at Y.be » sans crochets : seulement si ça ressemble vraiment à une adresse
            if not re.fullmatch(r"[\w.+-]+\s(?:at|arobase)\s[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", valeur, re.IGNORECASE):
                continue
        resultats.append(
            Trouvaille(m.start(), m.end(), REGLE, f"adresse électronique « {masquer_courriel(valeur)} » : pas d'adresse personnelle dans le dépôt")
        )
    return resultats
