"""Le texte d'un dossier rendu en HTML inoffensif : une seule définition pour le portail et l'impression.

Le texte des dossiers n'est pas sûr : Python-Markdown laisse passer le HTML brut. Chaque
champ est rendu puis assaini à part (et non la page entière), ce qui garde intact le
balisage de la page qui l'accueille. nh3 (ammonia) ne laisse que des balises de mise en
forme : ni script, ni gestionnaire d'événement, ni style, ni URL `javascript:`, ni image
(une image distante ferait sortir une requête de la machine du lecteur). Une balise que
Python-Markdown n'a pas reconnue (`<img src=x onerror=alert('x')>` : valeur sans guillemets)
lui reste en texte ; elle est ôtée aussi, pour qu'aucun document n'en porte même la trace.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import markdown
import nh3

from filrouge.interne import publier_texte
from filrouge.mise_en_forme import espaces_insecables

BALISES = {
    "p", "br", "em", "strong", "b", "i", "u", "s", "del", "sub", "sup", "code", "pre", "blockquote",
    "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "abbr",
    "table", "thead", "tbody", "tr", "th", "td",
}
ATTRIBUTS = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}}
SCHEMAS_URL = {"http", "https", "mailto"}
_TITRE = re.compile(r"<(/?)h([1-6])>")
_MD = markdown.Markdown(extensions=[], output_format="html")
_BALISE_EN_TEXTE = re.compile(r"&lt;[a-zA-Z/!?][^<>]*?&gt;")
"""Une balise restée en texte échappé dans un HTML assaini (jamais une vraie balise : `[^<>]`)."""
_SIMPLE = re.compile(r"[^\W_]['’\w ,;:.()«»/%€?-]*", re.UNICODE)
"""Une ligne de mots sans aucun signe Markdown ni HTML, qui ne commence pas par un chiffre (liste)."""


@lru_cache(maxsize=8192)
def markdown_sur(source: str | None, decalage_titres: int = 0) -> str:
    """Rend un champ Markdown puis n'en garde que le HTML inoffensif.

    `decalage_titres` abaisse les titres du récit sous ceux de la page (un `#` du récit
    ne doit pas devenir un second titre de page).
    """
    if source and "<!--" in source:
        # Déjà ôté par la vue publiable ; nh3 ôterait les marques mais garderait le texte entre elles.
        source = publier_texte(source) or ""
    if not source or not source.strip():
        return ""
    if _SIMPLE.fullmatch(source) and not source[0].isdigit():
        return f"<p>{html.escape(source, quote=True)}</p>"  # le rendu Markdown donnerait le même paragraphe
    _MD.reset()
    rendu = _MD.convert(source)
    propre = nh3.clean(rendu, tags=BALISES, attributes=ATTRIBUTS, url_schemes=SCHEMAS_URL,
                       link_rel="noopener noreferrer", strip_comments=True)
    propre = _BALISE_EN_TEXTE.sub("", propre)
    if decalage_titres:
        propre = _TITRE.sub(lambda m: f"<{m[1]}h{min(6, int(m[2]) + decalage_titres)}>", propre)
    return propre


def texte_sans_balise(source: str) -> str:
    """Un champ simple (lieu, heure, source d'un cofinancement) : son texte, sans balise ni commentaire.

    Le résultat est du texte ordinaire, à échapper par qui l'insère (un gabarit Jinja2 le fait) :
    « âge < 12 ans » reste tel quel, `<script>…</script>` et `<img onerror=…>` disparaissent, même
    écrits en entités (`&lt;script&gt;`).
    """
    if "<" not in source and "&" not in source:
        return source
    propre = nh3.clean(source, tags=set(), strip_comments=True)
    return html.unescape(_BALISE_EN_TEXTE.sub("", propre))


_BALISE = re.compile(r"<!--.*?-->|<(/?)([a-zA-Z][\w:-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", re.S)
_TEL_QUEL = {"pre", "code", "kbd", "samp", "script", "style", "textarea"}
"""Le contenu de ces éléments se recopie : du code ou un exemple garde ses espaces."""


def insecables(contenu: str) -> str:
    """Le HTML d'une page dont les montants du texte ont des espaces insécables (`espaces_insecables`).

    Seul le texte entre les balises change, jamais une balise ni le contenu d'un bloc de code.
    """
    morceaux: list[str] = []
    position, tel_quel = 0, 0
    for balise in _BALISE.finditer(contenu):
        texte = contenu[position:balise.start()]
        morceaux.append(texte if tel_quel else espaces_insecables(texte))
        morceaux.append(balise[0])
        nom = (balise[2] or "").lower()
        if nom in _TEL_QUEL and not balise[0].endswith("/>"):
            tel_quel = max(0, tel_quel + (-1 if balise[1] else 1))
        position = balise.end()
    reste = contenu[position:]
    morceaux.append(reste if tel_quel else espaces_insecables(reste))
    return "".join(morceaux)
