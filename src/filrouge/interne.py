"""Les passages internes d'un texte : les reconnaître, les ôter, dire quand une marque est douteuse.

Un passage interne va de `<!-- interne -->` (ou `<!-- interne : une remarque -->`) à
`<!-- /interne -->`, dans un récit comme dans n'importe quel champ de texte d'un formulaire.
Ce module est la seule définition de ce qui est interne : la validation (règle
`interne.marque`), la vue publiable et la vérification finale du portail le lisent.

Le texte est lu tel qu'un lecteur le verra (valeur YAML décodée, échappements compris),
et le découpage suit les commentaires HTML eux-mêmes plutôt qu'un motif : une remarque
peut contenir `>` ou `-`, seule la fin de commentaire `-->` la termine. Tout ce qui ne se
lit pas sans ambiguïté est un problème, et le texte concerné n'est pas publié :
- une marque jamais refermée, ou un commentaire jamais refermé ;
- une marque de fin sans marque d'ouverture ;
- un commentaire qui parle d'« interne » sans être une marque (`<!-- fin interne -->`) ;
- une tentative de marque hors commentaire : `&lt;!-- interne --&gt;`, `<!- interne ->`,
  chevrons ou tirets sosies (`‹!-- interne --›`, `＜!－－ interne`), lettres accentuées.
Les commentaires ordinaires (`<!-- à compléter -->`) ne sont jamais affichés : ils sont ôtés
du texte publié, sans problème.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

OUVERTURE = "<!-- interne -->"
FERMETURE = "<!-- /interne -->"

_DEBUT_COMMENTAIRE = "<!--"
_FIN_COMMENTAIRE = "-->"
_SOSIES = str.maketrans({
    **dict.fromkeys("‹˂ᐸ〈⟨＜﹤❮❬", "<"), **dict.fromkeys("›˃ᐳ〉⟩＞﹥❯❭", ">"),
    **dict.fromkeys("‐‑‒–—―−﹣－⁃", "-"), **dict.fromkeys("ǃ！﹗", "!"),
    "і": "i", "ı": "i", "ɪ": "i", "ι": "i", "ɩ": "i", "ⅰ": "i", "ί": "i", "е": "e", "ё": "e", "ҽ": "e", "ε": "e",
    "ո": "n", "п": "n", "η": "n", "т": "t", "τ": "t", "г": "r",
})
"""Caractères qui ressemblent à `<`, `>`, `-`, `!` ou aux lettres de « interne » sans l'être."""
_INVISIBLES = {"Cf", "Mn", "Me", "Cc"}
"""Catégories Unicode sans trace à l'écran (trait d'union conditionnel, espaces de largeur nulle…)."""
_REMPLISSAGES = {"\u3164", "\u115f", "\u1160", "\uffa0", "\u2800"}
_VRAIS_MOTS = {"internet", "internat", "internats", "interim"}
"""Mots proches d'« interne » qui n'en sont pas : un commentaire qui commence par eux n'ouvre rien."""
_SUSPECT = re.compile(
    r"<\s*!?\s*-+\s*/?\s*internes?\b"      # <!-- interne, < !- interne, <-- /interne
    r"|\binternes?\s*-+\s*>"                # interne -->, interne ->
    r"|\binternes?\s*:[^\n]{0,200}?-+\s*>",  # interne : remarque ->
    re.IGNORECASE)
_OUVRANTE = re.compile(r"\s*internes?(?:\s*$|[\s:;,.!(\[—–-])", re.IGNORECASE)
_FERMANTE = re.compile(r"\s*/\s*internes?\s*$", re.IGNORECASE)
_MOT = re.compile(r"\binternes?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Probleme:
    """Une marque qui ne se lit pas sans ambiguïté ; `position` : indice du caractère dans le texte."""

    position: int
    message: str


@dataclass(frozen=True)
class Decoupage:
    """Un texte séparé en ce qui se publie et ce qui reste interne."""

    public: str
    passages: tuple[str, ...]
    problemes: tuple[Probleme, ...]

    @property
    def publiable(self) -> bool:
        """Faux dès qu'une marque est douteuse : le texte entier est alors retenu."""
        return not self.problemes


def _aplatir(texte: str) -> str:
    """Le texte tel qu'il se lit : entités HTML décodées (même deux fois), caractères invisibles ôtés,
    sosies et accents ramenés à l'ASCII.

    Ne sert qu'à dire s'il y a une marque, déguisée ou non, jamais à publier : la position
    d'un problème se retrouve ensuite dans le texte d'origine.
    """
    decompose = unicodedata.normalize("NFKD", texte.translate(_SOSIES))
    plat = "".join(c for c in decompose if c in "\n\t" or (unicodedata.category(c) not in _INVISIBLES
                                                           and c not in _REMPLISSAGES))
    for _ in range(3):  # « &amp;lt; » devient « &lt; » puis « < »
        if "&" not in plat:
            break
        plat = html.unescape(plat)
    return plat.translate(_SOSIES)


def _distance(a: str, b: str) -> int:
    """Distance d'édition (Levenshtein) entre deux mots courts."""
    precedente = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        courante = [i]
        for j, cb in enumerate(b, 1):
            courante.append(min(precedente[j] + 1, courante[j - 1] + 1, precedente[j - 1] + (ca != cb)))
        precedente = courante
    return precedente[-1]


def _ressemble(contenu_plat: str) -> tuple[bool, bool]:
    """(ressemble à une marque, est une fin) pour le contenu aplati d'un commentaire.

    Le premier mot, lettres ASCII seules (une lettre d'un autre alphabet disparaît), proche
    d'« interne » : une faute de frappe (« intern », « internal ») ou un déguisement. Une fin
    (« /intern… ») est toujours une tentative de marque ; un début ne l'est pas quand le mot est un
    vrai mot voisin (« internat », « internet »).
    """
    texte = contenu_plat.strip().lower()
    fin = texte.startswith("/")
    mot = re.match(r"[a-z\d]*", "".join(c for c in texte.lstrip("/ \t") if c.isascii() and (c.isalnum() or c in " :"))
                   .split(" ", 1)[0].split(":", 1)[0])
    premier = mot[0] if mot else ""
    if not premier or (premier in _VRAIS_MOTS and not fin):
        return False, fin
    proche = premier.startswith("intern") or _distance(premier, "interne") <= (2 if fin else 1)
    return proche, fin


_INDICES = re.compile("[<>&" + re.escape("".join(sorted(set("‹˂ᐸ〈⟨＜﹤❮❬›˃ᐳ〉⟩＞﹥❯❭")))) + "]")
"""Sans aucun de ces caractères, un texte ne peut contenir ni marque ni tentative de marque."""


def peut_contenir_une_marque(brut: str) -> bool:
    """Faux quand le texte brut d'un fichier ne peut contenir aucune marque, même une fois décodé.

    Sans `<`, `>`, `&` ni sosie, et sans barre oblique inverse (un échappement YAML « \\u003C » devient
    « < » une fois lu), aucune valeur du fichier ne peut porter de marque : inutile de les découper.
    """
    return "\\" in brut or _INDICES.search(brut) is not None


def _suspect(texte: str) -> bool:
    """Vrai si le texte contient quelque chose qui ressemble à une marque interne."""
    if _INDICES.search(texte) is None:
        return False
    return _SUSPECT.search(_aplatir(texte)) is not None


def decouper(texte: str) -> Decoupage:
    """Sépare `texte` en texte public, passages internes et problèmes de marques.

    Les passages imbriqués se comptent : le texte redevient public quand chaque ouverture a
    sa fermeture. En cas de problème, `passages` garde, par prudence, tout ce qui pourrait
    avoir été voulu interne (la vérification finale du portail les cherche).
    """
    if _DEBUT_COMMENTAIRE not in texte and not _suspect(texte):
        return Decoupage(texte, (), ())
    publics: list[str] = []
    passages: list[str] = []
    problemes: list[Probleme] = []
    profondeur = 0
    debut_passage = 0
    curseur = 0
    while True:
        ouverture = texte.find(_DEBUT_COMMENTAIRE, curseur)
        if ouverture < 0:
            break
        fin = texte.find(_FIN_COMMENTAIRE, ouverture + len(_DEBUT_COMMENTAIRE))
        if fin < 0:
            problemes.append(Probleme(ouverture, "commentaire « <!-- » jamais refermé par « --> » : tout ce qui suit "
                                                 "est retenu. Refermez-le, ou retirez « <!-- »."))
            if profondeur == 0:
                publics.append(texte[curseur:ouverture])
                debut_passage = ouverture
            profondeur = max(profondeur, 1)
            curseur = len(texte)
            break
        brut = texte[ouverture + len(_DEBUT_COMMENTAIRE):fin]
        contenu = _aplatir(brut)
        apres = fin + len(_FIN_COMMENTAIRE)
        # Une marque se reconnaît telle qu'elle est écrite ; une marque qui ne se lit qu'une fois
        # aplatie (entité, lettre cyrillique ou pleine chasse, accent) est déguisée : un problème.
        deguisee = not (_FERMANTE.fullmatch(brut) or _OUVRANTE.match(brut))
        ressemble, fin_ressemble = _ressemble(contenu)
        if deguisee and (_FERMANTE.fullmatch(contenu) or _OUVRANTE.match(contenu) or ressemble):
            problemes.append(Probleme(ouverture, f"marque interne mal écrite ou déguisée (faute de frappe, entité "
                                                 f"HTML, caractère invisible, lettre accentuée ou d'un autre "
                                                 f"alphabet) : écrivez exactement « {OUVERTURE} » ou « {FERMETURE} »."))
            if ressemble and not (_FERMANTE.fullmatch(contenu) or _OUVRANTE.match(contenu)):
                # par prudence : une fin ne ferme rien, un début ouvre un passage
                contenu = "/interne" if fin_ressemble and profondeur == 0 else ("interne" if not fin_ressemble else contenu)
        if _FERMANTE.fullmatch(contenu) and deguisee and profondeur > 0:
            pass  # une fin déguisée ne ferme rien : le passage continue, par prudence
        elif _FERMANTE.fullmatch(contenu):
            if profondeur == 0:
                problemes.append(Probleme(ouverture, f"marque de fin « {FERMETURE} » sans marque d'ouverture "
                                                     f"« {OUVERTURE} » avant elle : ajoutez l'ouverture au début du "
                                                     "passage interne (ou retirez la marque de fin)."))
                passages.append("".join(publics) + texte[curseur:ouverture])  # tout ce qui précède est douteux
                publics = []
            else:
                profondeur -= 1
                if profondeur == 0:
                    passages.append(texte[debut_passage:ouverture])
        elif _OUVRANTE.match(contenu) or _MOT.search(contenu):
            if not _OUVRANTE.match(contenu):
                problemes.append(Probleme(ouverture, f"commentaire qui parle d'« interne » sans être une marque : "
                                                     f"écrivez « {OUVERTURE} » pour ouvrir un passage interne et "
                                                     f"« {FERMETURE} » pour le fermer."))
            if profondeur == 0:
                publics.append(texte[curseur:ouverture])
                debut_passage = apres
            profondeur += 1
        elif profondeur == 0:
            publics.append(texte[curseur:ouverture])  # commentaire ordinaire : jamais affiché
        curseur = apres
    if profondeur > 0:
        if not any("jamais refermé" in p.message for p in problemes):
            problemes.append(Probleme(debut_passage, f"passage interne jamais refermé par « {FERMETURE} » : tout ce qui "
                                                     "suit la marque d'ouverture est retenu. Ajoutez la marque de fin."))
        passages.append(texte[debut_passage:])
    else:
        publics.append(texte[curseur:])
    public = "".join(publics)
    for trouve in _SUSPECT.finditer(_aplatir(public)):
        problemes.append(Probleme(_position_approchee(texte, public, trouve.start()),
                                  f"marque interne mal écrite ou déguisée, non reconnue : écrivez exactement "
                                  f"« {OUVERTURE} » … « {FERMETURE} ». Le texte n'est pas publié tant qu'elle "
                                  "n'est pas corrigée."))
        passages.append(public[trouve.start():])
        break
    return Decoupage(public, tuple(p for p in passages if p.strip()), tuple(sorted(problemes, key=lambda p: p.position)))


def _position_approchee(texte: str, public: str, indice: int) -> int:
    """La position dans `texte` d'un problème trouvé dans `public` (le même texte sans ses commentaires)."""
    extrait = public[max(0, indice - 20):indice + 20]
    trouve = texte.find(extrait) if extrait else -1
    return trouve + min(indice, 20) if trouve >= 0 else 0


_CONTROLES = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff]")
"""Caractères de contrôle et de direction du texte : invisibles, ils peuvent déguiser ce qui s'affiche."""


def publier_texte(texte: str) -> str | None:
    """Le texte tel qu'il peut sortir du dépôt, ou None s'il doit être retenu entier.

    Passages internes et commentaires ôtés, caractères de contrôle et de direction retirés.
    Un texte dont une marque est douteuse est retenu entier (None) : `filrouge valider`
    signale la marque, et rien n'est publié avant sa correction.
    """
    decoupage = decouper(texte)
    if not decoupage.publiable:
        return None
    public = decoupage.public
    return _CONTROLES.sub("", public) if _CONTROLES.search(public) else public
