"""Vingtième passage : faux positifs et noms ratés par classes (personnages nommés dans une valeur YAML, une clé
d'écran ou après une figure de conte ; personnes publiques citées par un prénom seul ; noms en minuscules sous une clé
qui désigne une personne ou dans une liste d'excusés ; en-tête « Envoyé par » ; particule en tête de proposition ; rue
turque sans code postal). Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque négatif, le
positif voisin qui doit rester signalé. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte, contexte_du_depot
from tests.anonymat.outils_garde import noms_trouves as _noms

NOTE = "dossiers/2021-004/concertations/note.md"
FICHE = "dossiers/2021-004/concertations/note.yaml"


def _regles(texte: str, fichier: str = NOTE) -> list[str]:
    """Les règles signalées par la garde entière (le texte brut, puis tel qu'un lecteur le voit)."""
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return [c.regle for c in constats]


# --- personnages : valeur YAML entre apostrophes, clé d'écran, figure de conte, doudou nommé -------------------

@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("doudou: 'Simba'\n", FICHE),
        ("objet_fetiche: 'figurine d''Elsa'\n", FICHE),
        ("personnage_prefere: 'Elsa'\n", FICHE),
        ("film_prefere: 'Mario'\n", FICHE),
        ("Il regarde en boucle le dessin animé où le lion Kimba affronte la sorcière Zembla.", NOTE),
    ],
)
def test_personnage_ou_doudou_muet(texte: str, fichier: str) -> None:
    """Un personnage cité entre apostrophes sous une clé, sous une clé d'écran (« personnage_prefere »), une figure
    de conte dans une ligne de dessin ou d'écran (« la fée Morgane »), le nom donné à un doudou : pas une personne."""
    assert _regles(texte, fichier) == [], texte


@pytest.mark.parametrize(
    ("texte", "fichier", "nom"),
    [
        ("La sorcière Morgane est venue chercher le jeune.", NOTE, "Morgane"),  # ni dessin ni écran dans la ligne
        ("Elle a dessiné sa cousine Morgane en princesse.", NOTE, "Morgane"),
        ("Sa peluche, Léa l'a jetée par la fenêtre.", NOTE, "Léa"),  # le doudou n'est pas nommé
        ("Son frère s'appelle Pompon.", NOTE, "Pompon"),
        ("doudou: 'prêté par Mehdi Jebbari'\n", FICHE, "Mehdi Jebbari"),
    ],
)
def test_personnage_le_positif_voisin_reste_signale(texte: str, fichier: str, nom: str) -> None:
    assert nom in _noms(texte), texte


def test_une_cle_d_objet_n_est_pas_un_prenom() -> None:
    """« doudou: » est l'objet du jeune, pas le prénom Doudou ; une clé formée d'un nom reste signalée."""
    assert _noms("doudou: lapin bleu\nkevin_dumont: present\n") == ["kevin_dumont"]


# --- un prénom cité avec une renommée reste un nom (exemption retirée le 2026-12-04) --------------------------------

@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Aminata, qui rêve d'être championne olympique, est venue seule.", "Aminata"),
        ("Sa cousine Aminata, championne olympique, est venue.", "Aminata"),
        ("Aminata, joueuse au club de Jambes, est venue seule.", "Aminata"),
    ],
)
def test_personne_publique_le_positif_voisin_reste_signale(texte: str, nom: str) -> None:
    """Un rêve, un lien de parenté, un club de quartier : une personne du dossier."""
    assert nom in _noms(texte), texte


# --- noms en minuscules sous une clé qui désigne une personne ---------------------------------------------------

@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("signatures:\n  famille: 'samira oukili'\n  date: 2020-02-03\n", "samira oukili"),
        ("tuteur_mena: 'rahim sadeqi'\n", "rahim sadeqi"),
        ("entourage:\n  - lien: oncle\n    identite: 'bilal haddad'\n", "bilal haddad"),
        ("grand_mere: fatou diallo\n", "fatou diallo"),
        ("nom_contact: 'de Merode'\n", "de Merode"),
        # Dernier morceau de clé hors de l'ancienne liste à la main du préfiltre : lus depuis qu'il dérive des listes.
        ("voisine: 'kevin lambert'\n", "kevin lambert"),
        ("demi_soeur: 'ilona kowalczyk'\n", "ilona kowalczyk"),
        ("beau_pere: 'dragan petrovic'\n", "dragan petrovic"),
        ("  - fratrie: 'amina bah'\n", "amina bah"),
        ("mère: 'fatou mbuyi'\n", "fatou mbuyi"),
        ("participants: 'Leila Haddad'\n", "Leila Haddad"),
    ],
)
def test_valeur_d_une_cle_de_personne(texte: str, nom: str) -> None:
    """Une clé dont chaque morceau désigne une personne (famille, identité, tuteur, lien de parenté) : un prénom et
    un nom, même en minuscules et absent des listes ; un nom à particule sous une clé de personne ou de nom."""
    assert nom in _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "famille: recomposée\nmere: présente\nidentite: à vérifier\n",
        "origine_famille: kaboul\nlangue_famille: tigrinya\ntuteur: spj\n",
        "contact: 'de Namur'\nlieu_contact: 'du Bois'\n",
        "voisine: 'la boulangerie'\nfratrie: 'trois enfants'\nbeau_pere: 'absent'\n",
    ],
)
def test_cle_de_personne_sans_nom(texte: str) -> None:
    """Un mot courant, un lieu, une langue, un rôle abrégé ; une clé qui dit autre chose qu'une personne."""
    assert _noms(texte) == [], texte


# --- en-tête de courriel, particule en tête de proposition, source en tête de phrase -------------------------

@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Envoyé par : Guleid\nObjet : suivi", "Guleid"),
        ("Expéditrice : kasongo\nObjet : suivi", "kasongo"),
        ("Au téléphone, de Kerchove a expliqué la situation.", "de Kerchove"),
        ("Réunion du mardi.\n- van Tilburg a appelé ce matin.", "van Tilburg"),
        ("Selon Rose, la situation s'est apaisée.", "Rose"),
    ],
)
def test_nom_en_tete_de_champ_de_proposition_ou_de_phrase(texte: str, nom: str) -> None:
    assert nom in _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Envoyé par : le secrétariat\nEnvoyé : mardi 12 mars 2019 10:42",
        "Depuis l'été, de Namur à Liège, il prend le train.",
        "Le bus, de Bruxelles est arrivé en retard.",
        "Selon Bruxelles, la réforme attendra.",
    ],
)
def test_en_tete_sans_nom(texte: str) -> None:
    """Un service, un lieu (après « de », ni sujet d'un verbe de personne ni nom), une ville source."""
    assert _noms(texte) == [], texte


# --- listes d'excusés et de présents d'un récit, en minuscules ------------------------------------------------

@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("**Absents** :\n1) noa yamamoto\n2) l'éducatrice du SAJ\n", "noa yamamoto"),
        ("Excusées : layla yamamoto, la directrice\n", "layla yamamoto"),
        ("## Présents :\n- arjun brouckère (oncle)\n- spj\n", "arjun brouckère"),
        ("## Excusés\n\n- kenji yamamoto\n- la logopède\n", "kenji yamamoto"),
    ],
)
def test_personne_d_une_liste_de_presences(texte: str, nom: str) -> None:
    """Sous « Excusés : », « **Absents** : », « ## Excusés » : un prénom des listes suivi d'un nom d'ailleurs
    que les listes n'ont pas, même en minuscules, en élément numéroté, à puce ou séparé par des virgules."""
    assert nom in _noms(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Présents :\n- spj\n- la mère\n- pedo\n",
        "Excusés : aucun\n",
        "Présents :\n\n- spj\n- un éducateur du SAJ\n",
        "Présents : la mère, le père, l'éducatrice de l'AMO\n",
    ],
)
def test_liste_de_presences_sans_nom(texte: str) -> None:
    assert _noms(texte) == [], texte


# --- rue turque qui porte le nom d'une personne publique ------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Il vit désormais Cumhuriyet Caddesi 27, Izmir.",
        "Nouvelle adresse : İnönü Bulvarı 8, Mersin",
        "Adresse :\nMustafa Kemal Caddesi 3\n",
    ],
)
def test_rue_turque_sans_code_postal_est_une_adresse(texte: str) -> None:
    assert "anonymat.adresse" in _regles(texte), texte


# --- un nom protégé du dossier reste signalé, même cité comme un personnage ou une personne publique ------------

@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("objet_transition: 'peluche de Simba'\n", FICHE),
        ("Il a dessiné la sorcière Karaba pendant la séance.", NOTE),
        ("modele: 'Nafissatou, athlète olympique'\n", FICHE),
    ],
)
def test_nom_protege_jamais_ecarte_comme_personnage(texte: str, fichier: str) -> None:
    """Un enfant peut porter le nom d'un personnage ou d'une athlète : une fois protégé (`filrouge proteger`), ce
    nom reste signalé là où la garde écarte un personnage ou une personne publique ; un personnage que personne du
    dossier ne porte, non."""
    from filrouge import cli

    assert cli.main(["proteger", "Simba Karaba", "Nafissatou Diop"]) == 0
    contexte = contexte_du_depot(None)  # avec les noms protégés du poste (ici, ceux de l'essai)
    constats, _ = analyser_texte(texte, fichier, contexte)
    assert [c.regle for c in constats] == ["anonymat.nom"], texte
    assert analyser_texte("Il a une peluche de Stitch.", NOTE, contexte)[0] == []
