"""La mise en forme à la française, en un seul endroit : dates, montants, nombres, texte saisi en littéral.

Babel (déjà installé avec le thème du portail) donne les règles du français de Belgique : espace
fine insécable entre les milliers et insécable avant « € » ou « % », pour que « 10 000 € » ne se
coupe jamais en fin de ligne. Tout ce que l'outil écrit pour une personne passe par ici : messages
de validation, portail, PDF, bilan, examen. Aucun autre module ne formate un montant ou une date.
Babel n'est importé qu'au premier montant ou à la première date formatés : la commande `filrouge`, que le hook
pre-commit relance à chaque commit, n'en a besoin que pour ses messages (`pluriel`), pas pour démarrer.
"""

from __future__ import annotations

import datetime as dt
import re

from filrouge.caracteres import A_BLANCHIR

LOCALE = "fr_BE"
_ACCENTS_GRAVES = re.compile(r"`+")
_BLANCS = re.compile(r"[ \t\r\n]+")
"""Les blancs ordinaires ; les espaces insécables des montants (10 000 €) restent."""


def date_longue(jour: dt.date | None) -> str:
    """12 mars 2019, 1er avril 2019 : la date telle qu'on l'écrit dans une note ; « — » sans date."""
    if jour is None:
        return "—"
    from babel.dates import format_date

    texte = format_date(jour, "d MMMM y", locale=LOCALE)
    return "1er" + texte[1:] if jour.day == 1 else texte


def mois_annee(cle: str) -> str:
    """« 2019-03 » → « mars 2019 »."""
    from babel.dates import format_date

    annee, mois = cle.split("-")
    return format_date(dt.date(int(annee), int(mois), 1), "MMMM y", locale=LOCALE)


def montant(valeur: float) -> str:
    """Montant en euros : « 10 000 € », « 9 937,89 € » (sans décimales quand il n'y en a pas)."""
    from babel.numbers import format_currency

    motif = "#,##0\u00a0¤" if float(valeur).is_integer() else "#,##0.00\u00a0¤"
    return format_currency(valeur, "EUR", format=motif, locale=LOCALE, currency_digits=False)


def pourcentage(valeur: float) -> str:
    """Un pourcentage déjà multiplié par 100 : 9.06 → « 9,1 % »."""
    from babel.numbers import format_percent

    return format_percent(valeur / 100, format="#,##0.0\u00a0%", locale=LOCALE)


_GROUPES_ORDINAIRES = re.compile(r"(?<![\w.,\u202f])\d{1,3}(?: \d{3})+(?![\d])")
_AVANT_UNITE = re.compile(r"(?<=\d) (?=[€%])")


def espaces_insecables(texte: str) -> str:
    """Un texte saisi (récit, guide) dont les montants prennent les espaces de `montant` : « 15 000 € ».

    Les milliers séparés d'une espace ordinaire reçoivent l'espace fine insécable, l'espace
    avant « € » ou « % » devient insécable : un montant écrit à la main ne se coupe plus en fin
    de ligne. Un nombre collé à une lettre ou à un autre chiffre (IBAN, 2019 123) ne change pas.
    """
    texte = _GROUPES_ORDINAIRES.sub(lambda m: m[0].replace(" ", "\u202f"), texte)
    return _AVANT_UNITE.sub("\u00a0", texte)


def decimal(valeur: float, chiffres: int = 1) -> str:
    """« 3,3 » : un nombre à virgule, arrondi à `chiffres` décimales."""
    from babel.numbers import format_decimal

    return format_decimal(valeur, format="#,##0." + "0" * chiffres, locale=LOCALE)


def nombre(valeur: float) -> str:
    """Un nombre, entier s'il l'est : « 4 », « 12 500 », « 2,5 »."""
    from babel.numbers import format_decimal

    return format_decimal(valeur, format="#,##0.##", locale=LOCALE)


def pluriel(n: int, singulier: str, pluriel_: str) -> str:
    """« 1 fichier », « 0 fichier », « 3 fichiers » (le français garde le singulier jusqu'à 1)."""
    return f"{n} {singulier if n <= 1 else pluriel_}"


_PONCTUATION_MARKDOWN = re.compile(r"([\\`*\[\]<>|~]|(?<!\w)_|_(?!\w))")
"""Ce qui agit en Markdown au milieu d'une ligne (un « _ » entre deux lettres n'agit pas)."""


def markdown_echappe(texte: str) -> str:
    """Un message (qui peut citer une saisie masquée) au milieu d'une ligne, sans aucun effet Markdown.

    Les signes qui agissent au fil d'une ligne (code, emphase, lien, image, HTML, tableau, barré)
    sont échappés par une barre oblique inverse (CommonMark) ; « @ » devient « ＠ » (aucune mention) ;
    les sauts de ligne et caractères invisibles deviennent des espaces : le message ne peut pas
    commencer une ligne, donc ni titre ni liste.
    """
    propre = _BLANCS.sub(" ", A_BLANCHIR.sub(" ", texte)).strip()
    return _PONCTUATION_MARKDOWN.sub(r"\\\1", propre).replace("@", "＠")


def litteral(texte: str, dans_tableau: bool = False) -> str:
    """Un texte saisi, montré en code dans un Markdown publié ailleurs (commentaire de revue, ticket).

    Sur une ligne, sans caractère invisible : il ne peut ni mentionner quelqu'un (@), ni charger
    une image, ni faire un lien, ni se faire passer pour un titre ou un verdict. La clôture du code
    est plus longue que toute suite d'accents graves du texte (CommonMark). Dans un tableau, `|`
    est échappé (GFM découpe les cellules avant de lire le code).
    """
    propre = _BLANCS.sub(" ", A_BLANCHIR.sub(" ", texte)).strip() or "(vide)"
    plus_longue = max((len(m) for m in _ACCENTS_GRAVES.findall(propre)), default=0)
    cloture = "`" * (plus_longue + 1)
    marge = " " if propre.startswith("`") or propre.endswith("`") else ""
    resultat = f"{cloture}{marge}{propre}{marge}{cloture}"
    return resultat.replace("|", "\\|") if dans_tableau else resultat
