"""Trente-huitième passage : un nom en minuscules accroché à un rôle (parenthèse, deux-points, tiret, barre, apposition),
le verbe « citer » qui n'est pas une cité, les organismes du sport et de la jeunesse. Variantes écrites ici (jamais les
phrases d'un corpus) ; à côté de chaque positif, le négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from tests.anonymat.outils_garde import FICHE, NOTE
from tests.anonymat.outils_garde import masques_des_noms as _noms


@pytest.mark.parametrize(
    ("texte", "fichier", "masque"),
    [
        ("Rdv pris avec l'ergothérapeute (kowalczyk) pour mardi.", NOTE, "« k******** »"),
        ("La logopède (de meyer) revoit le jeune en mai.", NOTE, "« d* m**** »"),
        ("- orthophonie : voir la logopède (niyonzima)", NOTE, "« n******** »"),
        ("- pédiatre : vandenbussche", NOTE, "« v************ »"),
        ("**Infirmière :** ndayishimiye", NOTE, "« n*********** »"),
        ("reseau:\n  kine: verhoeven\n", FICHE, "« v******** »"),
        ("Entraîneur – boukhris – propose un essai.", NOTE, "« b******* »"),
        ("psy/wuyts ok pour la reprise", NOTE, "« w**** »"),
        ("AS / goossens : dossier CPAS envoyé", NOTE, "« g******* »"),
        ("Le kiné : tshibangu.", NOTE, "« t******** »"),
        ("La tante : aïcha el idrissi", NOTE, "« a**** e* i****** »"),
        ("Psy : oumar bah", NOTE, "« o**** b** »"),
        # la relecture : le nom entier même quand ses mots se répètent, un prénom que le dictionnaire écrit aussi devant
        # le nom, l'apostrophe, les rôles écrits avec accents
        ("psy/dufour       aartsen aarts ok", NOTE, "« d*****       a****** a**** »"),
        ("Le kiné : pierre dufour.", NOTE, "« p***** d***** »"),
        ("Kiné : d'hondt", NOTE, "« d'h**** »"),
        ("Le garçon : wuyts", NOTE, "« w**** »"),
        ("- propriétaires : wuyts", NOTE, "« w**** »"),
        ("La pédiatre, vandevelde, a revu la courbe.", NOTE, "« v********* »"),
    ],
)
def test_un_nom_en_minuscules_accroche_a_un_role(texte: str, fichier: str, masque: str) -> None:
    """Après un rôle et le signe qui y accroche un nom, un nom des listes en minuscules restait en clair (garde38 : 69
    positifs sur 120 trouvés avant) ; lu en entier, particules comprises, même quand une autre couche le lit."""
    assert any(masque in message for message in _noms(texte, fichier))


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le kiné (absent) n'a pas pu venir.", NOTE),
        ("La logopède (liste d'attente) rappellera.", NOTE),
        ("- pédiatre : à trouver", NOTE),
        ("bailleur: privé\n", FICHE),
        ("psy – reporté au 12", NOTE),
        ("kiné/ostéo deux fois par mois", NOTE),
        ("AS - en congé jusqu'au 3", NOTE),
        ("Maître de stage – distanciel le lundi.", NOTE),
        ("- interprète (kurmandji) via le SeTIS", NOTE),
        ("a_inviter:\n- tuteur MENA (sep-tremplin)\n- logopède (srg-ciney)\n", FICHE),
        ("pedopsychiatre: pedo-umb\n", FICHE),
        ("Prés. : la mère / le beau-père / l'éducatrice de l'AMO", NOTE),
        ("**De :** l'éducateur du SAJ (l'équipe mobile)", NOTE),
        ("La pédiatre, elle, propose d'attendre.", NOTE),
        # l'attaque-68 : une faute, un sigle, une langue, un médicament, un rôle ambigu à la place d'un nom
        ("Kiné : anulé, à reprogrammer.", NOTE),
        ("La psy (absante) a écrit.", NOTE),
        ("Psy : pcpms, bilan demandé.", NOTE),
        ("Pédopsychiatre : adi prévu en octobre.", NOTE),
        ("Interprète (romani) pour les parents.", NOTE),
        ("Pédiatre : lysanxia déconseillé.", NOTE),
        ("Post-cure : relaxine et sport.", NOTE),
        ("Catégorie cadet : unihockey le samedi.", NOTE),
        ("kine: absante\n", FICHE),
    ],
)
def test_un_role_suivi_d_un_mot_ordinaire_reste_muet(texte: str, fichier: str) -> None:
    """Un état, une précision, une langue, l'identifiant d'un acteur, un autre rôle, un mot élidé ou « tu as » : rien
    d'une personne (les faux positifs relevés sur les corpus pendant le passage, puis par l'attaque-68)."""
    assert _noms(texte, fichier) == []


@pytest.mark.parametrize(
    "texte",
    ["Elle cite Khadija Benali comme son modèle.", "Le jeune cite Ousmane comme soutien.", "je cite Dorota :",
     "L'éducateur leur cite Khadija Benali comme exemple.", "Elle la cite Khadija Benali, sa prof."],
)
def test_le_verbe_citer_n_annonce_pas_une_cite(texte: str) -> None:
    """« cite » sans accent était lu « cité » (une tête de lieu) : le nom cité juste après restait en clair
    (aveugle-68), même après un pronom qui s'écrit comme un déterminant (« leur », « la », la relecture)."""
    assert _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["Il vit à la cite Germinal depuis mars.", "Il vit à la cité Germinal depuis mars.", "La Cité Germinal est loin.",
     "Il a grandi dans sa cite Diongre.", "Notre cite Hellemans a cent ans."],
)
def test_une_cite_reste_un_lieu(texte: str) -> None:
    """Sans accent, « cite » reste une cité après « la » ou un déterminant : le nom qui suit est celui d'un lieu."""
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["Inscrit au stage Adeps de Pâques.", "Le Patro de Jambes reprend en septembre.", "Les horaires sont sur Spond."],
)
def test_les_organismes_du_sport_et_de_la_jeunesse_ne_sont_pas_des_noms(texte: str) -> None:
    """L'Adeps (l'administration du sport), le Patro (un mouvement de jeunesse), Spond (l'appli des clubs) : aveugle-68."""
    assert _noms(texte) == []


def test_chaque_role_ecrit_se_lit_comme_un_role() -> None:
    """Le préfiltre lit les rôles tels qu'ils s'écrivent : chacun doit être un rôle de la liste normalisée (« maître »
    y restait alors que « maitre » en était retiré, la relecture)."""
    from filrouge.anonymat.noms import _ROLES_A_NOM_ATTACHE, _ROLES_A_NOM_ATTACHE_ECRITS
    from filrouge.anonymat.normalisation import normaliser

    assert {normaliser(role) for role in _ROLES_A_NOM_ATTACHE_ECRITS} <= _ROLES_A_NOM_ATTACHE
