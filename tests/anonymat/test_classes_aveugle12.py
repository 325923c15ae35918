"""Classes de ratés relevées sur aveugle-12 puis aveugle-11 (neuvième passage), réglées par FONCTION (« une personne
est attendue ici ») et essayées sur des variantes écrites ici : autres verbes, autres noms d'autres origines, autres
positions. Tous les noms sont fictifs."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("- rappeler mukendi pour la bourse d'études", "essai.md"),
        ("Le tribunal a convoqué wojcik lundi prochain.", "essai.md"),
        ("L'AMO a accompagné tshibangu au rendez-vous.", "essai.md"),
        ("Nous avons rencontré lindqvist avec sa tante.", "essai.md"),
        ("note: 'La directrice a informé haddad de la décision.'\n", "essai.yaml"),
        ("- relance baptiste (pas de réponse)", "essai.md"),
        ("Un courrier concernant okonkwo est arrivé au SAJ.", "essai.md"),
    ],
)
def test_complement_d_un_verbe_vers_une_personne(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Il faut expliquer à mariam comment fonctionne la charte.",
        "- transmettre le rapport à grabowski avant vendredi",
        "Merci à dembélé pour son aide au déménagement.",
        "La coordinatrice a proposé à hatice de revenir mardi.",
    ],
)
def test_destinataire_apres_a(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Il faut appeler demain matin, recevoir courrier, rencontrer madame, contacter service social.",
        "Envoyer le dossier à charleroi, parler à voix basse, demander à l'école et écrire à maman.",
        "Le jeune a reçu rapport et entendu parler du projet ; proposé à chacun de venir.",
    ],
)
def test_un_mot_apres_un_verbe_n_est_pas_un_nom(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Concertation du 3/4 — diallo présent ; vandamme excusée",
        "On a appris que kowalczyk s'inquiète pour sa sœur.",
        "notes rapides ; mbemba absente, pas de nouvelles",
    ],
)
def test_sujet_apres_un_tiret_un_point_virgule_ou_que(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "N'Dri signale une absence à l'école depuis lundi.",
        "M'Bala indique qu'elle viendra à la concertation.",
        "Le juge a reçu N'Goran K. et sa mère.",
        "| Qui | Quoi |\n| --- | --- |\n| A. N'Zola | appel |\n",
    ],
)
def test_noms_a_apostrophe(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Les troubles décrits par KOUADIO BAH inquiètent l'école.", "essai.md"),
        ("Le rendez-vous de Monsieur SOW est reporté.", "essai.md"),
        ("nom: DIA Ousmane\n", "essai.yaml"),
    ],
)
def test_noms_courts_en_capitales(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize("texte", ["Le SPJ AMO a écrit au CPAS SAJ.", "Voir TDAH ONE et le PMS.", "Madame SSM."])
def test_sigles_en_capitales_ne_sont_pas_des_noms(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Merci pour tout.\n\nBien cordialement,\n\nEspoir\nAssistante sociale, CPAS\n",
        "Vriendelijke groeten,\nModeste (AMO)\n",
        "Salutations,\n\nSothea\n",
    ],
)
def test_signature_sous_une_formule(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte", ["Cordialement,\nL'équipe du SSM\n", "Bien à vous,\nMaman\n", "Salutations,\nLe Service\n"]
)
def test_signature_d_un_service_n_est_pas_un_nom(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("intervenants:\n- id: oncle\n  contact: Fatoumata\n", "essai.yaml"),
        ("| Nom | Lien |\n| --- | --- |\n| Modeste | parrain |\n", "essai.md"),
        ("Sophea dit qu'elle dort mieux. Piseth Chea est venu.", "essai.md"),
    ],
)
def test_cle_de_contact_tableau_et_noms_khmers(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


def test_cle_de_contact_qui_n_est_pas_un_nom() -> None:
    assert "nom" not in _regles("contact: secrétariat du service\n", "essai.yaml")


@pytest.mark.parametrize(
    "texte",
    [
        "Courriel de la tante : fanta.keita{at}gmail.com",
        "- papa → dimitri_p { at } yahoo{dot}fr",
    ],
)
def test_courriels_masques_par_accolades(texte: str) -> None:
    assert "email" in _regles(texte)


def test_accolades_sans_adresse() -> None:
    assert _regles("Le jeu utilise le code {at} pour les cases.") == set()


@pytest.mark.parametrize(
    "texte",
    [
        "Le petit regarde en boucle Paw Patrol et rit beaucoup.",
        "Il ne jure que par Lucky Luke depuis l'été.",
        "Elle chante les chansons de Vaiana toute la journée.",
        "Il dessine Pikachu et Luigi en classe.",
        "Son doudou s'appelle Simba.",
        "Ils traînent dans la galerie Ravenstein après l'école.",
    ],
)
def test_personnages_et_galeries_ne_sont_pas_des_noms(texte: str) -> None:
    assert "nom" not in _regles(texte)


def test_prenom_d_un_personnage_reste_un_nom_avant_l_ecran() -> None:
    assert "nom" in _regles("Elsa dessine une maison pour sa mère.")


@pytest.mark.parametrize(
    "texte",
    [
        "Le numéro 2 87 11 75 108 042 12 est celui de la tante.",
        "On a reçu le n° 193039201107719 par courrier.",
        "Sécurité sociale du papa (Portugal) : 245 901 230.",
    ],
)
def test_numeros_nationaux_etrangers_apres_numero(texte: str) -> None:
    assert "niss" in _regles(texte)


def test_numero_court_apres_numero_n_est_pas_national() -> None:
    assert "niss" not in _regles("Le numéro de dossier 245901236 et le numéro 2023000123456.")
