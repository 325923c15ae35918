"""Cinquante-septième passage : la garde lit ce que le rendu montre. Un identifiant ou un nom déguisé par une référence
de caractère HTML, une marque d'emphase, de barré ou de code, un caractère invisible ou une balise en ligne est lu tel
que le lecteur du portail le voit (garde59, écrit à l'aveugle avant lui) ; les marques des textes ordinaires ne collent
rien en un identifiant. Variantes écrites ici (jamais les phrases de `cas/garde59.jsonl`). Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte
from tests.anonymat.outils_garde import FICHE, NOTE, seul_masque


def _regles(texte: str, fichier: str = NOTE) -> list[str]:
    return [c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]]


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Le père répond au 0486&#32;27&#32;91&#32;05 le soir.", "anonymat.telephone"),
        ("Le père répond au 0486&#x20;27&#xA0;91 05 le soir.", "anonymat.telephone"),
        ("Écrire à m.tshibangu&#64;outlook.be pour la date.", "anonymat.email"),
        ("Écrire à m.tshibangu&commat;outlook&period;be pour la date.", "anonymat.email"),
        ("Le père répond au 04**86** 27 91 05 le soir.", "anonymat.telephone"),
        ("Versement sur BE68 `5390` 0754 7034.", "anonymat.iban"),
        ("Le père répond au 0486\u00ad27\u00ad91\u00ad05 le soir.", "anonymat.telephone"),
        ("Écrire à m.tshi\u200bbangu@outlook.be pour la date.", "anonymat.email"),
        ("Le père répond au <b>0486</b> 27 91 05 le soir.", "anonymat.telephone"),
        ("Le père répond au 0486<!-- -->27 91 05 le soir.", "anonymat.telephone"),
    ],
)
def test_le_deguisement_est_lu(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Rencontre avec **Mireille** **Tshibangu** au SSM.",
        "Rencontre avec Mir&#233;ille Tshibangu au SSM.",
        "Rencontre avec Mi<b>reille</b> Tshibangu au SSM.",
        "Rencontre avec Mireille Tshi\u00adbangu au SSM.",
    ],
)
def test_le_nom_deguise_est_lu_entier(texte: str) -> None:
    assert "« M******* T******** »" in seul_masque(texte)


def test_en_yaml_aussi() -> None:
    assert "anonymat.telephone" in _regles("remarque: joindre le père au 0486&#32;27&#32;91&#32;05\n", FICHE)


def test_un_nom_dans_un_attribut_reste_lu() -> None:
    """Une balise à attributs n'est pas effacée : ce qu'ils portent reste lu (le survol d'un titre le montre)."""
    assert "anonymat.nom" in _regles('<span title="Mireille Tshibangu">la mère</span> a rappelé.')


@pytest.mark.parametrize(
    "texte",
    [
        "**Présents** : la mère, le *cm* et `pse_namur`.",
        "Budget R&amp;D : 1&nbsp;250 € pour &lt; 15 ans.",
        "Dossier 2019_003, action 2 * 3 séances.",
        "- **Quoi** : rédiger la note de synthèse\n- **Qui** : cm\n",
        "Rendez-vous le **3 mai** à **14 h**, salle B2.",
        "Famille réunie 👨\u200d👩\u200d👧 pour la première fois.",
    ],
)
def test_negatifs_voisins_muets(texte: str) -> None:
    assert _regles(texte) == []


def test_une_rubrique_en_gras_ne_prolonge_pas_le_nom() -> None:
    """« **Lien :** » qui ouvre la ligne suivante n'est pas rejointe au nom de la ligne d'avant."""
    messages = [c.message for c in analyser_texte("Contact : Meneer Georgi Oliynyk\n**Lien :** frère aîné\n", NOTE,
                                                   ContexteAnonymat())[0]]
    assert len(messages) == 1 and "« G***** O****** »" in messages[0], messages


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("Il conduit depuis mars la camionnette `GHK 552` sans permis.", "anonymat.plaque"),  # code : lu aussi écrit
        ("Rencontre avec <b>Mireille</b><i>Tshibangu</i> au SSM.", "anonymat.nom"),  # deux balises collent les mots
        ("Rencontre avec **Mireille**Tshibangu au SSM.", "anonymat.nom"),
        ("Le père donne son numéro **0486**\n27 91 05 pour le soir.", "anonymat.telephone"),  # gras coupé : rejoint
    ],
)
def test_ce_que_la_relecture_ne_perd_pas(texte: str, regle: str) -> None:
    """La relecture n'efface rien que le texte écrit montrait (revue59)."""
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L`enfant dort chez sa grand-mère, l`ado aussi.",  # l'accent grave tapé pour une apostrophe
        "Rencontre avec &ampMireille; au SSM.",  # pas une référence de caractère pour CommonMark
        # un commentaire qui borne un passage interne sépare ce qui l'entoure (« Lantin Après » n'est pas un nom)
        "Avant. <!-- interne -->père incarcéré à Lantin<!-- /interne --> Après.",
    ],
)
def test_relecture_sans_faux_nom(texte: str) -> None:
    assert _regles(texte) == []


def test_le_tiret_bas_d_une_adresse_reste_montre() -> None:
    """« julie_@… » : le tiret bas devant « @ » est de l'adresse, le message le montre comme le rendu."""
    messages = [c.message for c in analyser_texte("Écrire à mireille_@skynet.be.", NOTE, ContexteAnonymat())[0]]
    assert len(messages) == 1 and "m*******_@" in messages[0], messages
