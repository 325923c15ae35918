"""Les préfiltres du détecteur de dates qui sautent des recherches : mêmes dates que sans eux (ils ne font que gagner
du temps). Données fictives."""

from __future__ import annotations

import random

from filrouge.anonymat import dates
from filrouge.anonymat.lignes import Lignes


class _AvecMille(Lignes):
    """Des lignes dont les mots comptent toujours « mil » et « mille » : l'année en lettres est toujours cherchée,
    la référence."""

    __slots__ = ()

    @property
    def mots(self) -> frozenset[str]:
        return super().mots | {"mil", "mille"}


_MORCEAUX = [
    "née le douze mars deux mille huit", "le 3 mars mil neuf cent nonante-neuf", "Mille-neuf-cent-quatre-vingt",
    "DEUX MILLE DIX", "la famille est arrivée", "au milieu de l'année", "le quatre avril mille\tneuf cent",
    "smil neuf", "mil", "mille", "le 12/03/2008", "en 2009", "vingt mille euros", "Le 5 mai deux mille-onze",
    "mil-neuf-cent", "famillemille 2010", "",
]


def test_annees_en_lettres_comme_sans_le_prefiltre():
    """Une année en lettres (« deux mille huit ») n'est cherchée que si le texte a « mil » ou « mille » comme mot
    (pas « famille », « milieu ») : les mêmes dates que sans ce préfiltre, sur des textes tirés au hasard."""
    hasard = random.Random(3)
    trouvees = 0
    for _ in range(3000):
        texte = hasard.choice([" ", "\n", ", ", " ; "]).join(hasard.choice(_MORCEAUX) for _ in range(hasard.randint(1, 5)))
        attendues = dates._dates(texte, _AvecMille(texte))
        assert dates._dates(texte, Lignes(texte)) == attendues, texte
        trouvees += any(texte[d:f].lower().count("mil") for d, f in attendues)
    assert trouvees > 300  # les textes au hasard ont bien des dates à l'année en lettres
