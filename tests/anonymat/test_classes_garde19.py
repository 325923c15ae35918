"""Dix-neuvième passage : noms ratés et faux positifs par classes (un nom écrit à côté du lien qui le dit proche du
jeune : clé YAML, élément de liste, cellule voisine d'un tableau). Variantes écrites ici (jamais les phrases d'un
corpus) ; à côté de chaque négatif, le positif voisin qui doit rester signalé. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _noms(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> list[str]:
    """Les mots signalés comme noms, relus à leur place (le message les masque) : le mot entier qui y commence."""
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    lignes = texte.splitlines()
    return [lignes[c.ligne - 1][c.colonne - 1:].split(" |")[0].split(":")[0].split(" (")[0].split(",")[0].split(" –")[0]
            for c in constats if c.regle == "anonymat.nom"]


# --- un nom à côté d'un lien de parenté ----------------------------------------------------------------------

@pytest.mark.parametrize(
    ("texte", "fichier", "nom"),
    [
        ("entourage:\n  Kpodjedo: voisin, garde le jeune le mercredi\n", "note.yaml", "Kpodjedo"),
        ("famille_elargie:\n  tshibasu: oncle maternel\n", "note.yaml", "tshibasu"),
        ("ressources:\n- lwambanza: marraine, à inviter\n", "note.yaml", "lwambanza"),
        ("## Présents\n\n- mbuyamba (tante)\n- éducateur du SAJ\n", "note.md", "mbuyamba"),
        ("## Présents\n\n- Qorrolli – cousin\n- déléguée SPJ\n", "note.md", "Qorrolli"),
        ("- lukusenda, marraine du jeune\n", "note.md", "lukusenda"),
        ("| Rôle | Détail |\n|---|---|\n| Oncle paternel | kabangila | à inviter |\n", "note.md", "kabangila"),
        ("| Qui | Lien | Remarque |\n|---|---|---|\n| ngoyenda | grand-mère | présente |\n", "note.md", "ngoyenda"),
        ("| Rôle | Détail |\n|---|---|\n| Voisine | d'Hossay | dépanne |\n", "note.md", "d'Hossay"),
    ],
)
def test_nom_a_cote_d_un_lien_de_parente(texte: str, fichier: str, nom: str) -> None:
    """Une clé, un élément de liste ou une cellule voisine d'un lien de parenté (« oncle maternel », « (tante) ») est
    la personne qu'il désigne, même en minuscules et absente des listes de noms."""
    assert nom in _noms(texte, fichier), texte


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("famille:\n  lien: mère\n  situation: voisine de la grand-mère\n  remarque: tante présente\n", "note.yaml"),
        ("## Présents\n\n- Présente (mère)\n- Excusé, père\n- Relancer l'école – mère absente\n", "note.md"),
        ("| Rôle | Détail |\n|---|---|\n| Mère | via le service | présente |\n| Père | ? | ? |\n", "note.md"),
        ("| Rôle | Détail |\n|---|---|\n| Sœur cadette | crèche | le matin |\n| Tante | à inviter |\n", "note.md"),
        ("| Présent | Lien |\n|---|---|\n| Mme T. | mère |\n| R. K. | père |\n", "note.md"),
    ],
)
def test_a_cote_d_un_lien_sans_nom(texte: str, fichier: str) -> None:
    """Un rôle, une clé du schéma, un mot courant, un signe ou des initiales seules à côté d'un lien : rien à
    signaler (les initiales sont ce que la garde demande)."""
    assert _noms(texte, fichier) == [], texte


def test_a_cote_d_un_lien_le_positif_voisin_reste_signale() -> None:
    """Dans le même tableau que des rôles et des initiales, la cellule qui nomme le proche reste signalée."""
    texte = ("| Rôle | Détail | Remarque |\n|---|---|---|\n| Mère | via le service | présente |\n"
             "| Mme T. | mère | présente |\n| Tante maternelle | wembolua | accueille le week-end |\n")
    assert _noms(texte) == ["wembolua"]


# --- la valeur d'une clé qui ne dit qu'un nom ----------------------------------------------------------------

@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("famille:\n  nom: gomez\n", "gomez"),
        ("contact_famille: espoir\n", "espoir"),
        ("- acteur: mere\n  signataire: wójcikowska\n", "wójcikowska"),
        ("signataire: Kowalczyk\n", "Kowalczyk"),
    ],
)
def test_valeur_d_une_cle_de_nom_en_minuscules(texte: str, nom: str) -> None:
    """Sous « nom: », « contact: » ou « signataire: », un prénom homonyme rare d'un mot ou un mot que personne
    n'écrit est un nom, même sans majuscule."""
    assert nom in _noms(texte, "dossiers/2021-004/concertations/note.yaml"), texte


@pytest.mark.parametrize(
    "texte",
    [
        "- acteur: espoir\n",
        "signataire: cm\nsignataires: [spj, pedo]\n",
        "- acteur: mere\n  signataire: coordinatrice\n",
        "signataire: la mère\n",
    ],
)
def test_valeur_d_une_cle_d_identifiant_ou_de_role(texte: str) -> None:
    """Sous une clé d'identifiant d'acteur (« acteur: », « qui: »), un homonyme reste un identifiant ; sous
    « signataire: », un identifiant, un rôle ou un lien n'est pas un nom."""
    assert _noms(texte, "dossiers/2021-004/concertations/note.yaml") == [], texte


# --- faux positifs : auteurs et personnages cités, fêtes, organismes qu'on appelle, dates, animaux ------------

@pytest.mark.parametrize(
    ("negatif", "positif", "nom"),
    [
        # un auteur ou un artiste écrit en entier ; son nom seul ou avec un autre prénom reste signalé
        ("Au cours de français, il lit Jules Verne avec plaisir.", "Au cours de français, Lucas Verne lit avec plaisir.",
         "Lucas Verne"),
        ("L'atelier d'écriture part d'un texte d'Albert Camus.", "L'atelier d'écriture part d'un texte de Yanis Camus.",
         "Yanis Camus"),
        ("Elle a recopié un poème de Maurice Carême sur son cahier.", "Elle a recopié un poème de Zoé Carême.", "Zoé Carême"),
        ("La classe visite l'expo René Magritte à Bruxelles.", "La classe visite l'expo avec Magritte-Nys.", "Magritte-Nys"),
        # un personnage de bande dessinée ou de dessin animé qu'aucune personne ne porte
        ("Le soir, il relit Yoko Tsuno et Largo Winch.", "Le soir, Yoko relit ses cours avec Kaito.", "Yoko"),
        ("Le petit frère ne regarde que Bumba.", "Le petit frère ne joue qu'avec Bumbala.", "Bumbala"),
        # une fête du folklore
        ("Pas de visite pendant le Doudou de Mons.", "Pas de visite chez Doudou à Mons.", "Doudou"),
        # un mois d'une autre langue dans une date entière
        ("Il est revenu le June 3, 2024, sans prévenir.", "Il est revenu avec June le 3 juin, sans prévenir.", "June"),
        ("Dernier contact le 14 Mart 2023, par téléphone.", "Dernier contact avec Mart le 14 mars, par téléphone.", "Mart"),
        # un animal qu'on appellera d'un nom
        ("Elle voudrait un lapin qu'elle appellerait Noisette.", "Elle voudrait revoir sa cousine Noisette.",
         "Noisette"),
        ("Il rêve d'un chien qu'il nommerait Rex.", "Il rêve que son père, qu'il nomme Rex, revienne.", "Rex"),
    ],
)
def test_faux_positif_et_son_positif_voisin(negatif: str, positif: str, nom: str) -> None:
    """Le négatif (auteur ou personnage cité en entier, fête, organisme qu'on appelle, mois étranger d'une date,
    animal qu'on nommera) reste muet ; le positif voisin, au même endroit, reste signalé."""
    assert _noms(negatif) == [], negatif
    assert any(n.startswith(nom.split()[0]) for n in _noms(positif)), positif
