"""Seizième passage : identifiants structurés. Plaques annoncées par la conduite, un taxi, un parking, une clé YAML
parente, un article ; plaques belges collées ou à points, marocaines à barres, congolaises ; une plaque prise pour une
adresse ; un téléphone pris pour un NISS ; dates de naissance en réponse à une question, annoncées après elles, par
« ° le », par l'âge contesté, écrites avec des espaces ou après l'âge ; adresses turques à rue numérotée, albanaises
et kosovares, lieux-dits avec boîte ; numéros annoncés par un message vocal ou une urgence. Variantes écrites ici
(jamais les phrases d'un corpus), avec les cas proches qui doivent rester muets. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte

DOSSIER = "dossiers/2021-004/concertations/note.md"


def _regles(texte: str, fichier: str = DOSSIER) -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle for c in constats}


# --- plaques -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Sa cousine roule avec la 34 KB 7719 depuis l'été.",  # Turquie
        "L'oncle roulait en RM 55102 la semaine passée.",
        "Les frères circulent dans une 47218-B-9 depuis Tanger.",
        "Le beau-père, c'est lui qui conduit (GT 4410).",
        "Le parrain (ZK-551-PR) a conduit, la maman ne voulait pas.",
        "Le taxi de la mutuelle, 71 RT 3308, est arrivé en retard.",
        "Retour en taxi : le chauffeur (KP 9023) a attendu.",
        "Place de parking demandée pour la LD 4471 BG du papa.",
        "Parkeerplaats voorbehouden: 83-TZN-2.",
        "Mise en fourrière hier soir : PX 90412.",
        "Flashée à 70 : la 52 HM 3086 du grand-père.",
    ],
)
def test_plaque_annoncee_par_la_conduite_un_taxi_ou_un_parking(texte: str) -> None:
    """Rouler, circuler, conduire sans complément (« c'est lui qui conduit »), un taxi, un parking, une fourrière, un
    radar annoncent une plaque comme le mot « voiture »."""
    assert "anonymat.plaque" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune roule avec son vélo depuis mars.",
        "La réunion roule en 2022 comme en 2021.",
        "Le taxi social passe à 8 h 30, ligne 2B du TEC.",
        "Le taxi social coûte 2 350 EUR par an au CPAS.",
        "Le parking de l'hôpital (niveau -2, place 145) est gratuit.",
        "Parking : dossier SAJ 2023/145 à déposer au greffe.",
        "C'est la maman qui conduit, le papa n'a pas son permis.",
        "Le radar pédagogique affiche 30 devant l'école n° 12.",
        "Le jeune conduit la réunion d'équipe du 12 mars.",
    ],
)
def test_conduite_taxi_parking_sans_plaque(texte: str) -> None:
    """Les mêmes mots sans forme de plaque plausible : un vélo, une année, une heure, un montant, une référence, une
    place numérotée."""
    assert "anonymat.plaque" not in _regles(texte), texte


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("parking:\n  autorise_pour: 18-KTV-3\n", "note.yaml"),
        ("parking:\n  visiteur:\n    plaque_du_pere: \"KL 8820 TR\"\n", "note.yaml"),
        ("taxi:\n  chauffeur: service\n  vehicule_reserve: 2-PLW-\n    418\n", "note.yaml"),
        ("Parking réservé :\n  - invité : PR 6631 KD\n", "note.md"),
    ],
)
def test_plaque_sous_une_cle_parente_de_vehicule(texte: str, fichier: str) -> None:
    """Une clé ou une rubrique qui finit par « : » et parle d'un véhicule (« parking: ») annonce les lignes plus
    indentées qui la suivent, comme ses éléments de liste."""
    assert "anonymat.plaque" in _regles(texte, fichier), texte


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("parking:\n  places: 12\n  acces: badge B12\nremarque: dossier SAJ 2023/145\n", "note.yaml"),
        ("vehicule:\n  marque: inconnue\nreference: AB-12-2023\n", "note.yaml"),  # la clé suivante n'est plus indentée
        ("Parking :\n  - niveau -2\n  - 45 places\n", "note.md"),
    ],
)
def test_cle_parente_de_vehicule_sans_plaque(texte: str, fichier: str) -> None:
    assert "anonymat.plaque" not in _regles(texte, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "La tante a payé une amende pour la KZT 518.",
        "Le cousin attend devant le foyer avec sa WPL-274.",
        "Le papa passe prendre le jeune avec la 431-HBX ce soir.",
        "Relevé sur la fiche : 2KMR774.",  # belge actuelle, collée
        "code_acces: 1TRB305\n",
        "Vu dans la rue : 1.VZC.288.",  # à points
        "Le papa est passé dans la 1GHT502 malgré l'interdiction.",
    ],
)
def test_ancienne_plaque_designee_par_la_ou_belge_collee(texte: str) -> None:
    """« la KZT 518 » se lit comme « le NCF 221 » (une plaque désignée par un article) ; la forme belge actuelle
    collée ou à points (index 1 ou 2, trois lettres, trois chiffres) ne ressemble à rien d'autre."""
    fichier = "note.yaml" if texte.startswith("code_acces") else DOSSIER
    assert "anonymat.plaque" in _regles(texte, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Elle suit la ligne 365 du TEC, puis la STIB 123.",
        "La version 1.2.345 du logiciel est installée.",
        "Le local 2B12 accueille la réunion.",
        "Le code du jeune est LMG20101000.",
        "La réunion 2024 du réseau a lieu en salle A12.",
        "Référence interne 3ABC123 du greffe.",  # l'index d'une plaque belge n'est que 1 ou 2
        "Le formulaire 1ABCD234 est joint.",
    ],
)
def test_pas_une_plaque_designee_ni_collee(texte: str) -> None:
    assert "anonymat.plaque" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Une camionnette immatriculée KT 318 BD stationnait devant l'école.",
        "Voiture signalée : PS 402 AV, garée devant le foyer.",
    ],
)
def test_une_plaque_n_est_pas_une_adresse(texte: str) -> None:
    """« KT 318 BD » : « BD » derrière le numéro d'une plaque n'est pas un boulevard."""
    assert "anonymat.plaque" in _regles(texte), texte
    assert "anonymat.adresse" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "La famille vit au 12 bd Anspach depuis mars.",
        "Adresse : 45 avenue des Tilleuls, 5000 Namur.",
        "Nouvelle adresse : 3 BD du Midi, 1000 Bruxelles.",
    ],
)
def test_le_numero_devant_la_voie_reste_une_adresse(texte: str) -> None:
    assert "anonymat.adresse" in _regles(texte), texte


def test_un_sigle_du_reseau_apres_la_n_est_pas_une_plaque() -> None:
    """« la CSD 214 » : un sigle que l'annuaire du réseau connaît, suivi d'un numéro de local ou de ligne."""
    constats, _ = analyser_texte("Le dossier passe à la CSD 214 demain.", DOSSIER, ContexteAnonymat(mots_autorises={"csd"}))
    assert "anonymat.plaque" not in {c.regle for c in constats}


@pytest.mark.parametrize(
    "texte",
    [
        "La camionnette du cousin, immatriculée 45120 | د | 7, repasse chaque soir.",
        "Plaque de la voiture de l'oncle : 8812 | H | 26.",
        "Sa voiture 2231 | ه | 40 est restée au Maroc.",
        "Kennzeichen des Onkels: 7710KN/03.",  # Congo
        "La voiture du parrain porte la plaque 5521AB/12.",
    ],
)
def test_plaque_marocaine_a_barres_ou_congolaise(texte: str) -> None:
    """Une lettre entre deux nombres séparés par des barres (Maroc) ou quatre chiffres, deux lettres, une barre oblique
    et deux chiffres (Congo), quand la phrase nomme la plaque ou un véhicule juste avant."""
    assert "anonymat.plaque" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "| Voiture | 2019 | A | 12 |",  # cellules d'un tableau
        "| Véhicule | 30020 | B | 56 |",
        "Le formulaire 1234AB/05 est joint au dossier.",  # sans véhicule
        "Réponses 12 | A | 4 au questionnaire de la voiture.",  # le véhicule n'est pas juste avant
    ],
)
def test_barres_ou_barre_oblique_sans_plaque(texte: str) -> None:
    assert "anonymat.plaque" not in _regles(texte), texte


# --- téléphones --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Joignable au +32471220350, le soir.",  # onze chiffres dont la clé de NISS tombe juste
        "Le papa a rappelé depuis le +32472830055.",
        "Message vocal laissé au 0543 218 77 10, sans réponse.",  # Turquie, format national
        "En cas d'urgence : 0612 44 98 31 (la tante).",
        "Bereikbaar : 0491 22 63 07.",
        "Messagerie pleine au 0532 711 24 90.",
    ],
)
def test_telephone_annonce_ou_apres_un_indicatif(texte: str) -> None:
    """Onze chiffres après « + » : un téléphone, même si leur clé de NISS tombe juste ; un message vocal, une
    urgence, « bereikbaar » annoncent un numéro comme « tél. »."""
    assert "anonymat.telephone" in _regles(texte), texte
    assert "anonymat.niss" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "En cas d'urgence, le dossier 2019/1234/56 est au greffe.",
        "Message vocal : le jugement n° 19/1234/A est attendu.",
        "Urgence sociale : 1 250 000 EUR de budget en 2024.",
        "Le répondeur annonce la réunion du 12/03/2024 à 14:00.",
    ],
)
def test_urgence_ou_message_sans_numero(texte: str) -> None:
    assert "anonymat.telephone" not in _regles(texte), texte


def test_niss_annonce_reste_un_niss_meme_apres_un_plus() -> None:
    assert "anonymat.niss" in _regles("NISS : +32471220350")  # clé valide, annoncé : un NISS mal recopié


# --- dates de naissance ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "> Pouvez-vous me donner sa date de naissance ?\n\nLe 03/11/2010, selon la mutuelle.",
        "**Date de naissance de la sœur ?**\n\n22 février 2012 d'après le carnet.",
        "Sa date de naissance ?\n14-07-2013",
        "- Né quand ?\n\n\n- 2011-09-30, selon sa fiche",
        "Le CPAS a encodé le 05.04.2009 comme date de naissance.",
        "Il a donné le 17/01/2008 pour date de naissance.",
        "Le frère aîné (° le 2 mai 2003) vit chez l'oncle.",
        "L'examen osseux remet en cause la date du 08/08/2006.",
        "L'état civil indique le 14/09/2005, l'avocate le conteste.",
        "ddn: 09 09 1986\n",
        "Née le 21 11 2007 à Liège.",
        "Le demi-frère, 9 ans (14/02/2010), vit chez la tante.",
        "Une jeune fille âgée de 15 ans (3 juin 2004) est accueillie.",
    ],
)
def test_date_de_naissance_en_reponse_apres_elle_ou_contestee(texte: str) -> None:
    """La réponse à une question de naissance (lignes vides sautées), l'indice après la date (« comme date de
    naissance »), « ° le », l'âge osseux ou l'état civil qui donnent la date, une date écrite avec des espaces, l'âge
    d'une personne suivi de sa date entre parenthèses."""
    fichier = "dossiers/2021-004/jeune.yaml" if texte.startswith("ddn") else DOSSIER
    assert "anonymat.date_naissance" in _regles(texte, fichier), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Quelle est la date de la prochaine réunion ?\n\nLe 16/12/2024, au SSM.",
        "Naissance du projet ?\n\nTrès lente, faute de financement.",
        "Le test osseux a eu lieu le 12/03/2021.",
        "L'état civil a reçu la famille le 12/03/2021.",
        "Réunion de réseau : 09 09 2024 à 14 h.",
        "Quand a-t-il été hospitalisé ?\n\nLe 03/11/2021, à Beau Vallon.",
        "Le suivi dure depuis 3 ans (12/03/2016), sans interruption.",
        "Durée du placement : 2 ans (du 01/09/2015 au 31/08/2017).",
    ],
)
def test_question_ou_age_sans_naissance(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte), texte


@pytest.mark.parametrize("texte", ["Tél. : 0475 12 10 20", "Fixe : 02 512 20 15", "GSM 0486 09 09 19"])
def test_numero_a_espaces_reste_un_telephone(texte: str) -> None:
    """Une date à espaces n'est écartée des téléphones qu'avec l'année entière et sans autre chiffre autour."""
    assert "anonymat.telephone" in _regles(texte), texte


# --- adresses d'ailleurs -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Adres : Yeni Mahallesi, 12. Sokak No 5, 42100 Konya.",
        "chez l'oncle, Fatih Mah. 1204. Sokak No: 8, Merkez / Kayseri",
        "La grand-mère vit Rruga e Kavajës 41, 1001 Tiranë.",
        "Courrier : Rr. Nëna Terezë 17, 10000 Prishtinë",
        "Domicile au pays : Bulevardi Dëshmorët e Kombit 3, 1001 Tiranë",
        "Nouvelle adresse : Vrijthof 8 bus 3, 3000 Leuven.",  # sans type de voie, avec sa boîte
        "Chez la marraine, Lange Nieuwstraat 12 bte B2, 2000 Antwerpen",
    ],
)
def test_adresse_turque_albanaise_ou_kosovare(texte: str) -> None:
    """Une rue turque numérotée (« 12. Sokak »), la ville après son code postal ou avant sa province ; « Rruga e … »,
    « Rr. », « Bulevardi » suivis d'un numéro, d'un code postal et d'une localité ; un lieu-dit avec sa boîte."""
    assert "anonymat.adresse" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune a fait 3. Sokak et 4. Sokak dans la méthode de turc.",
        "Rr. : voir la note 12 du dossier.",
        "Le frère e Marco 12 sont venus.",
        "Séance 12 bus 7, puis retour au foyer.",  # pas de code postal ni de localité après la boîte
    ],
)
def test_pas_une_adresse_d_ailleurs(texte: str) -> None:
    assert "anonymat.adresse" not in _regles(texte), texte
