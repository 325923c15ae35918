"""Génère le corpus « aveugle » de la garde d'anonymat (tests/anonymat/corpus/aveugle.jsonl).

Écrit sans regarder le code des détecteurs (seulement le format du corpus et le chargeur du banc
d'essai), pour mesurer la garde sur des écritures qu'elle n'a pas vues : noms en minuscules, en
capitales, prénoms composés, noms flamands, maghrébins, d'Europe de l'Est ou d'Afrique centrale,
noms après « Madame », « Mr », « la maman », « son beau-père », « prénommée », « dit », « alias » ;
téléphones dans toutes les écritures belges, françaises, néerlandaises et luxembourgeoises ;
e-mails (y compris maquillés « prenom.nom at gmail.com ») ; NISS, BIS et IBAN à clés valides
(python-stdnum) ; dates de naissance en chiffres et en lettres ; adresses ; et beaucoup de
négatifs difficiles (rôles, initiales, code du jeune, services, lieux, dates de réunion, montants,
numéros de dossier, mots courants qui sont aussi des prénoms...).

Conventions d'étiquetage (décidées avant de mesurer) :
- un e-mail maquillé (« x at domaine.be », « x [at] domaine [dot] be », « x(at)domaine.be ») compte
  comme e-mail : il donne le même contact ;
- « anniversaire le 12 mai » (jour et mois de naissance, sans l'année) compte comme date de
  naissance : le code du jeune porte déjà l'année, jour + mois suffisent à reconstituer la date ;
  une année seule (« né en 2009 ») ou un mois seul ne comptent pas ;
- un surnom après « dit », « alias », « surnommé » compte comme nom après un mot d'appel
  (nom_civilite) ;
- « nom_liste » : nom nu tiré des listes de Faker ; « nom » : nom nu hors de ces listes (noms
  maghrébins, d'Europe de l'Est, d'Afrique centrale, prénoms rares) ;
- « à la rue » (sans abri), une place en liste d'attente, le quai d'une gare ne sont pas des
  adresses ; une adresse compte dès qu'il y a un type de voie, un nom et un numéro.

Tout est fictif : noms inventés (Faker ou combinaisons au hasard), numéros tirés au hasard.

    .venv/bin/python tests/anonymat/generer_aveugle.py
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

import phonenumbers
from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum.be import bis as stdnum_bis
from stdnum.be import nn as stdnum_nn

GRAINE = 31415
SORTIE = Path(__file__).with_name("corpus") / "aveugle.jsonl"
h = random.Random(GRAINE)
fakers = [Faker(loc) for loc in ("fr_BE", "nl_BE", "fr_FR")]
for i, f in enumerate(fakers):
    f.seed_instance(GRAINE + i)

fiches: list[dict] = []


def ajouter(categorie: str, modele: str, valeur: str = "", proteges: list[str] | None = None) -> None:
    if categorie == "aucune":
        fiche = {"id": f"aveugle-{len(fiches):04d}", "categorie": "aucune", "texte": modele}
    else:
        assert modele.count("{}") == 1, modele
        debut = modele.index("{}")
        texte = modele.replace("{}", valeur)
        fiche = {"id": f"aveugle-{len(fiches):04d}", "categorie": categorie, "texte": texte,
                 "debut": debut, "fin": debut + len(valeur)}
        if proteges:
            fiche["proteges"] = proteges
    fiches.append(fiche)


def sans_accents(texte: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", texte) if unicodedata.category(c) != "Mn")


# ---------------------------------------------------------------- noms
PRENOMS_HORS = [
    "Yasmina", "Mohamed", "Nour", "Ilyas", "Soufiane", "Khadija", "Rayane", "Imane", "Bilal", "Zakaria",
    "Aïcha", "Youssef", "Hamza", "Salma", "Anas", "Meryem", "Oussama", "Dragan", "Milena", "Bogdan",
    "Oksana", "Piotr", "Agnieszka", "Andrei", "Ioana", "Vasile", "Katarzyna", "Ardit", "Blerina", "Fatou",
    "Mamadou", "Grâce-Divine", "Plamedi", "Jordy", "Kenzo", "Wout", "Seppe", "Brecht", "Ayoub", "Jean-Kevin",
    "Marie-Ange", "Anne-Sophie", "Jean-Baptiste", "Lou-Anne", "Mehdi", "Sofiane", "Elif", "Emre", "Tuba",
]
NOMS_HORS = [
    "El Amrani", "Benali", "Ait Ouali", "Bouzid", "Haddou", "Azzouzi", "Cherkaoui", "El Khattabi",
    "Kowalski", "Nowak", "Wiśniewska", "Popescu", "Ionescu", "Ivanova", "Petrović", "Kovačević",
    "Horvath", "Yılmaz", "Demir", "Öztürk", "Kaya", "Kabongo", "Tshibangu", "Mbuyi", "Lukusa", "Diallo",
    "Ndiaye", "Van den Broeck", "Vanderlinden", "Verhaegen", "Vandeputte", "Dewulf", "Bogaerts",
    "Benmoussa", "Zeroual", "Lazarescu", "Dimitrov", "Kuznetsova", "Oudghiri", "Mukendi",
]
SURNOMS = ["Momo", "Kiki", "Jojo", "Titi", "Nono", "Bouba", "Mimi", "Loulou", "Zizou", "Dédé", "Fifi", "Toto"]


def prenom_faker() -> str:
    return h.choice(fakers).first_name()


def nom_faker() -> str:
    return h.choice(fakers).last_name()


def ecriture(prenom: str | None, nom: str | None) -> str:
    """Une écriture au hasard d'un prénom et/ou d'un nom."""
    forme = h.choice(["Pn", "Pn", "P", "N", "NP", "pn", "PN", "p"]) if prenom and nom else "x"
    if forme == "x":
        valeur = prenom or nom
        return h.choice([valeur, valeur, valeur.lower(), valeur.upper()])
    return {
        "Pn": f"{prenom} {nom}",
        "P": prenom,
        "N": nom,
        "NP": f"{nom.upper()} {prenom}",
        "pn": f"{prenom.lower()} {nom.lower()}",
        "PN": f"{prenom} {nom.upper()}",
        "p": prenom.lower(),
    }[forme]


NOMS_NUS = [
    "{} est arrivé en retard à la concertation.",
    "Entretien individuel avec {} ce matin au SSM.",
    "Ce matin, {} a refusé de se rendre à l'école.",
    "La demande concerne {}, 14 ans, déscolarisée depuis septembre.",
    "Présents : l'éducatrice de l'AMO, {} et le pédopsychiatre.",
    "{} et sa sœur ont été reçus par l'AS du SPJ.",
    "J'ai eu {} au téléphone, il confirme sa présence jeudi.",
    "Selon {}, la situation à la maison s'est dégradée.",
    "Visite à domicile : {} était seul avec les petits.",
    "Objectif prioritaire : que {} reprenne un rythme scolaire.",
    "{}, 15 ans, est hospitalisé au CHR depuis lundi.",
    "RDV fixé avec {} et l'éducateur référent.",
    "Suite à la fugue de {}, le SPJ a été prévenu.",
    "{} dit ne plus vouloir retourner chez son père.",
    "Le projet de mise en autonomie de {} est validé par l'équipe.",
    "Appel de l'école : {} a frappé un camarade.",
    "bonne collaboration avec {} qui s'investit dans le suivi",
    "Le jeune ne veut plus voir {} depuis l'incident.",
    "{} ne prend plus son traitement depuis deux semaines.",
    "Proposition : un séjour de rupture pour {} cet été.",
    "- présents : {}, l'AS, la psychologue",
    "Vu {} en consultation ; humeur plus stable.",
]
CIVILITES = [
    "Madame {} est venue seule à la réunion.",
    "Mr {} ne s'est pas présenté au rendez-vous.",
    "M. {} (beau-père) souhaite être informé des décisions.",
    "Mme {} a signé la charte de concertation.",
    "Monsieur {} travaille de nuit et ne peut venir qu'à 16h.",
    "La maman, {}, a pleuré pendant l'entretien.",
    "Son beau-père {} refuse tout contact avec le service.",
    "La jeune fille, prénommée {}, vit chez sa grand-mère.",
    "Le petit frère s'appelle {} et a 6 ans.",
    "La grand-mère maternelle, Mme {}, propose d'accueillir l'enfant.",
    "Le papa ({}) est actuellement en détention.",
    "Sa tante {} l'héberge temporairement.",
    "La marraine, {}, reste une personne ressource.",
    "Le compagnon de la mère, {}, est présent le week-end.",
    "Sa sœur aînée {} a quitté le domicile familial.",
    "Le demi-frère, nommé {}, est placé à l'IPPJ.",
    "Mr. et Mme {} ont été reçus ensemble.",
    "la mère {} n'était pas joignable",
    "Contact pris avec la belle-mère, madame {}.",
    "Le père, Monsieur {}, conteste la mesure.",
    "Sa copine {} l'accompagne aux rendez-vous.",
    "Mlle {} est arrivée à 10h.",
    "Son oncle {} propose de l'héberger.",
    "La famille {} est connue du CPAS.",
    "Le jeune homme, dénommé {}, a été entendu par le juge.",
    "Son cousin {} est une mauvaise influence selon la mère.",
    "Echange avec Mme. {} au sujet des visites.",
    "Son parrain, {}, est présent aux anniversaires.",
]
SURNOMMES = [
    "Le jeune, surnommé « {} » par ses copains, traîne en rue.",
    "Il se fait appeler {} dans le quartier.",
    "L'aîné, dit {}, a déjà un dossier au parquet.",
    "Le petit ami, alias {} sur les réseaux, inquiète la maman.",
]


def noms() -> None:
    for modele in NOMS_NUS:
        ajouter("nom_liste", modele, ecriture(prenom_faker(), nom_faker()))
        ajouter("nom_liste", h.choice(NOMS_NUS), ecriture(prenom_faker(), nom_faker()))
        ajouter("nom", modele, ecriture(h.choice(PRENOMS_HORS), h.choice(NOMS_HORS)))
    for modele in CIVILITES:
        if "Mr" in modele or "Mme" in modele or "Madame" in modele or "Monsieur" in modele or "Mlle" in modele or "madame" in modele or "famille" in modele:
            valeur = h.choice([nom_faker(), h.choice(NOMS_HORS), nom_faker().upper(), h.choice(NOMS_HORS).lower()])
        else:
            valeur = h.choice([prenom_faker(), h.choice(PRENOMS_HORS), prenom_faker().lower(), h.choice(PRENOMS_HORS).upper()])
        ajouter("nom_civilite", modele, valeur)
        ajouter("nom_civilite", modele, ecriture(h.choice([prenom_faker(), h.choice(PRENOMS_HORS)]), h.choice([nom_faker(), h.choice(NOMS_HORS)])))
    for modele in SURNOMMES:
        ajouter("nom_civilite", modele, h.choice(SURNOMS))
    # noms protégés : inscrits une fois, retrouvés dans n'importe quelle écriture
    for _ in range(28):
        prenom = h.choice([prenom_faker(), h.choice(PRENOMS_HORS)])
        nom = h.choice([nom_faker(), h.choice(NOMS_HORS)])
        vrai = f"{prenom} {nom}"
        variante = h.choice([
            prenom.lower(), prenom.upper(), sans_accents(prenom), nom.upper(), nom.lower(),
            sans_accents(f"{prenom} {nom}").lower(), f"{nom.upper()} {prenom}", prenom.replace("-", " "),
        ])
        ajouter("nom_protege", h.choice(NOMS_NUS), variante, proteges=[vrai])


# ---------------------------------------------------------------- téléphones
def chiffres(n: int) -> str:
    return "".join(str(h.randrange(10)) for _ in range(n))


def numero_valide(genere, region: str) -> str:
    for _ in range(200):
        brut = genere()
        if phonenumbers.is_valid_number(phonenumbers.parse(brut, region)):
            return brut
    raise RuntimeError(region)


def groupe(s: str, tailles: list[int], sep: str) -> str:
    parts, i = [], 0
    for t in tailles:
        parts.append(s[i:i + t])
        i += t
    return sep.join(parts)


def telephones() -> list[str]:
    sortie = []
    for _ in range(14):  # GSM belges
        n = numero_valide(lambda: h.choice(["0470", "0471", "0472", "0475", "0476", "0477", "0478", "0479", "0484", "0485", "0486", "0487", "0488", "0489", "0493", "0494", "0495", "0496", "0497", "0498", "0499", "0456", "0460", "0465"]) + chiffres(6), "BE")
        ecr = h.choice([
            f"{n[:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}", f"{n[:4]} {n[4:6]} {n[6:8]} {n[8:]}", n,
            f"{n[:4]}-{n[4:6]}-{n[6:8]}-{n[8:]}", f"{n[:4]}/{n[4:]}", f"{n[:4]} {n[4:7]} {n[7:]}",
            f"{n[:4]}.{n[4:6]}.{n[6:8]}.{n[8:]}", f"+32 (0){n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}",
            f"+32 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"+32{n[1:]}", f"0032 {n[1:4]} {n[4:6]} {n[6:8]} {n[8:]}",
            f"0032 (0) {n[1:4]}/{n[4:6]}.{n[6:8]}.{n[8:]}", f"0032{n[1:]}", f"+32 (0) {n[1:4]}/{n[4:]}",
        ])
        sortie.append(ecr)
    for prefixe in ["081", "02", "04", "071", "010", "083", "082", "085", "061", "065", "09", "03", "067", "019"]:
        longueur = 9
        n = numero_valide(lambda: prefixe + str(h.randrange(2, 9)) + chiffres(longueur - len(prefixe) - 1), "BE")
        if len(prefixe) == 2:
            ecr = h.choice([f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}", f"{n[:2]}/{n[2:5]}.{n[5:7]}.{n[7:]}", f"{n[:2]}/{n[2:]}", n])
        else:
            ecr = h.choice([f"{n[:3]}/{n[3:5]}.{n[5:7]}.{n[7:]}", f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]}/{n[3:]}", f"+32 {n[1:3]} {n[3:5]} {n[5:7]} {n[7:]}", f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"])
        sortie.append(ecr)
    for _ in range(7):  # France
        n = numero_valide(lambda: h.choice(["06", "07", "01", "03", "09"]) + chiffres(8), "FR")
        ecr = h.choice([
            " ".join(n[i:i + 2] for i in range(0, 10, 2)), ".".join(n[i:i + 2] for i in range(0, 10, 2)),
            f"+33 {n[1]} " + " ".join(n[i:i + 2] for i in range(2, 10, 2)), f"+33 (0){n[1]} " + " ".join(n[i:i + 2] for i in range(2, 10, 2)),
            f"0033 {n[1]} " + " ".join(n[i:i + 2] for i in range(2, 10, 2)), f"+33{n[1:]}",
        ])
        sortie.append(ecr)
    for _ in range(5):  # Pays-Bas
        n = numero_valide(lambda: "06" + chiffres(8), "NL")
        ecr = h.choice([f"+31 6 {n[2:6]} {n[6:]}", f"+31 (0)6-{n[2:]}", f"0031 6 {n[2:]}", f"+31 6 {n[2:4]} {n[4:6]} {n[6:8]} {n[8:]}", f"+316{n[2:]}"])
        sortie.append(ecr)
    for _ in range(5):  # Luxembourg
        n = numero_valide(lambda: h.choice(["621", "661", "691"]) + chiffres(6), "LU")
        ecr = h.choice([f"+352 {n[:3]} {n[3:6]} {n[6:]}", f"00352 {n[:3]} {n[3:6]} {n[6:]}", f"+352 {n}", f"(+352) {n[:3]} {n[3:6]} {n[6:]}"])
        sortie.append(ecr)
    n = numero_valide(lambda: "2" + str(h.randrange(2, 9)) + chiffres(6), "LU")
    sortie.append(f"+352 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}")
    return sortie


TEL_MODELES = [
    "La maman est joignable au {} après 17h.",
    "GSM du jeune : {}",
    "tél.{} (père)",
    "Numéro de la tante : {} — à n'utiliser qu'en cas d'urgence.",
    "- contact famille : {}",
    "Le beau-père a laissé son numéro ({}) à l'accueil.",
    "Rappeler la grand-mère au {} pour confirmer la date.",
    "Nouveau numéro du papa : {}.",
    "La jeune a donné son gsm {} à l'éducatrice.",
    "Tel:{}",
    "Il faut appeler le {} (la voisine) si la mère ne répond pas.",
    "N° de la maman, qui vit maintenant en France : {}",
    "joignable au {} ou par sms",
    "Numéro perso de la marraine {}, elle préfère les SMS.",
]


# ---------------------------------------------------------------- e-mails
def courriels() -> list[str]:
    domaines = ["gmail.com", "hotmail.com", "hotmail.be", "outlook.be", "skynet.be", "yahoo.fr", "live.be", "telenet.be", "proximus.be", "icloud.com", "voo.be", "laposte.net"]
    sortie = []
    for i in range(34):
        p = sans_accents(h.choice([prenom_faker(), h.choice(PRENOMS_HORS)])).lower().replace(" ", "")
        n = sans_accents(h.choice([nom_faker(), h.choice(NOMS_HORS)])).lower().replace(" ", "").replace("'", "")
        n = "".join(c for c in n if c.isalnum() or c == "-")
        d = h.choice(domaines)
        local = h.choice([f"{p}.{n}", f"{p}{n}", f"{p}_{n}{h.randrange(80, 100)}", f"{p}{h.randrange(2000, 2012)}", f"{n}.{p[0]}", f"{p}-{n}", f"{p.capitalize()}.{n.capitalize()}"])
        if i < 24:
            sortie.append(h.choice([f"{local}@{d}", f"{local}@{d}", f"{local}@{d.upper()}" if i % 7 == 0 else f"{local}@{d}"]))
        else:
            base, tld = d.rsplit(".", 1)
            sortie.append(h.choice([f"{local} at {d}", f"{local} [at] {base} [dot] {tld}", f"{local}(at){d}", f"{local} (at) {d}", f"{local} arobase {d}"]))
    return sortie


MAIL_MODELES = [
    "La mère souhaite recevoir le compte rendu sur {}.",
    "e-mail du papa : {}",
    "Mail : {}",
    "Envoyer la convocation à {} avant vendredi.",
    "Le jeune écrit depuis l'adresse {} pour ses démarches.",
    "- courriel : {}",
    "La tante a transmis son adresse mail ({}) à l'AS.",
    "<{}>",
    "mailto:{}",
    "Adresse de contact de la famille : {} (consultée le soir).",
]


# ---------------------------------------------------------------- NISS, BIS, IBAN
def date_au_hasard() -> tuple[int, int, int]:
    return h.randrange(1965, 2022), h.randrange(1, 13), h.randrange(1, 29)


def niss(bis: bool = False) -> str:
    while True:
        a, m, j = date_au_hasard()
        mois = m + (h.choice([20, 40]) if bis else 0)
        corps = f"{a % 100:02d}{mois:02d}{j:02d}{h.randrange(1, 998):03d}"
        base = int(("2" if a >= 2000 else "") + corps)
        cle = 97 - base % 97
        n = f"{corps}{cle:02d}"
        if (stdnum_bis if bis else stdnum_nn).is_valid(n):
            return n


def ecrire_niss(n: str) -> str:
    return h.choice([
        f"{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}", n, f"{n[:6]}-{n[6:9]}-{n[9:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:9]} {n[9:]}",
        f"{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:9]} {n[9:]}", f"{n[:6]} {n[6:9]} {n[9:]}", f"{n[:2]}{n[2:4]}{n[4:6]}-{n[6:]}",
    ])


NISS_MODELES = [
    "NISS du jeune : {}",
    "Numéro de registre national de la mère : {}.",
    "N° national : {} (à vérifier auprès de la mutuelle).",
    "- RN : {}",
    "La mutuelle demande le numéro {} pour le remboursement.",
    "n° RRN {}",
    "Le formulaire AVIQ porte le NN {} en première page.",
]
BIS_MODELES = [
    "Numéro BIS du papa : {}",
    "Il n'a pas de registre national mais un numéro bis ({}).",
    "- BIS : {}",
    "La mère, sans titre de séjour, a le numéro BIS {}.",
]


def iban(pays: str) -> str:
    while True:
        if pays == "BE":
            corps = chiffres(10)
            cle = int(corps) % 97 or 97
            bban = f"{corps}{cle:02d}"
        elif pays == "FR":
            banque, guichet, compte = chiffres(5), chiffres(5), chiffres(11)
            cle = 97 - (89 * int(banque) + 15 * int(guichet) + 3 * int(compte)) % 97
            bban = f"{banque}{guichet}{compte}{cle:02d}"
        elif pays == "NL":
            bban = h.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB"]) + chiffres(10)
        else:
            bban = f"{h.randrange(1, 100):03d}" + chiffres(13)
        numero = pays + stdnum_iban.calc_check_digits(pays + "00" + bban) + bban
        if stdnum_iban.is_valid(numero):
            return numero


def ecrire_iban(n: str) -> str:
    groupes = " ".join(n[i:i + 4] for i in range(0, len(n), 4))
    return h.choice([groupes, groupes, n, groupes.lower() if h.random() < 0.3 else groupes, "-".join(n[i:i + 4] for i in range(0, len(n), 4))])


IBAN_MODELES = [
    "Compte de la maman pour le remboursement : {}",
    "IBAN : {}",
    "Verser l'allocation sur le compte {} (compte du père).",
    "- n° de compte : {}",
    "La grand-mère a communiqué son IBAN {} pour l'avance.",
    "Le CPAS versera le montant sur le {}, au nom de la mère.",
]


# ---------------------------------------------------------------- dates de naissance
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def dates_naissance() -> None:
    modeles = [
        ("La jeune est née le {}.", "lettres"),
        ("né le {} à Namur", "lettres"),
        ("DDN : {}", "chiffres"),
        ("Date de naissance : {}", "chiffres"),
        ("date de naiss. {}", "chiffres"),
        ("Le jeune (°{}) vit chez sa mère.", "chiffres"),
        ("Le cadet, ° {}, est scolarisé en 2e secondaire.", "chiffres"),
        ("Née le {} à Dinant, elle est l'aînée de la fratrie.", "chiffres"),
        ("La petite sœur est née le {}.", "lettres"),
        ("Il est né le {} à l'hôpital de Namur.", "lettres"),
        ("- date de naissance : {}", "iso"),
        ("Naissance : {}", "chiffres"),
        ("D.N. : {}", "chiffres"),
        ("né(e) le {}", "chiffres"),
        ("La mère est née le {}, elle a 34 ans.", "lettres"),
        ("Le jeune, né en date du {}, est placé depuis 2017.", "chiffres"),
        ("Elle fêtera ses 16 ans le {}.", "jour_mois"),
        ("Son anniversaire est le {}.", "jour_mois"),
        ("anniversaire le {} : la famille souhaite une visite", "jour_mois"),
        ("Le bébé est né le {} ; la maman est épuisée.", "lettres"),
        ("Date de naissance du jeune: {}", "court"),
        ("Il est né à Charleroi le {}.", "lettres"),
        ("née le {}", "lettres_maj"),
    ]
    for repetition in range(2):
        for modele, forme in modeles:
            a, m, j = h.randrange(2000, 2020), h.randrange(1, 13), h.randrange(1, 29)
            if "mère" in modele or "maman" in modele and "bébé" not in modele:
                a = h.randrange(1975, 1995)
            jour = "1er" if j == 1 and h.random() < 0.5 else str(j)
            valeur = {
                "lettres": f"{jour} {MOIS[m - 1]} {a}",
                "lettres_maj": f"{jour} {MOIS[m - 1].capitalize()} {a}",
                "chiffres": h.choice([f"{j:02d}/{m:02d}/{a}", f"{j}/{m}/{a}", f"{j:02d}.{m:02d}.{a}", f"{j:02d}-{m:02d}-{a}"]),
                "iso": f"{a}-{m:02d}-{j:02d}",
                "court": f"{j:02d}/{m:02d}/{a % 100:02d}",
                "jour_mois": f"{jour} {MOIS[m - 1]}",
            }[forme]
            ajouter("date_naissance", modele, valeur)


# ---------------------------------------------------------------- adresses
VOIES = [
    ("rue", ["des Brasseurs", "de Fer", "du Moulin", "Godefroid", "de la Station", "Saint-Nicolas", "des Tanneries", "de Bruxelles", "Émile Cuvelier", "du Beau Vallon"]),
    ("Rue", ["Haute", "de l'Église", "des Combattants", "du Progrès", "Joseph Durieux"]),
    ("av.", ["Reine Astrid", "de la Gare", "Albert Ier", "Cardinal Mercier"]),
    ("Avenue", ["Prince de Liège", "des Acacias", "Jean Materne"]),
    ("chée de", ["Louvain", "Dinant", "Marche", "Waterloo"]),
    ("Chaussée de", ["Charleroi", "Namur", "Liège"]),
    ("bd", ["du Nord", "Cauchy", "Isabelle Brunell"]),
    ("boulevard", ["de la Meuse", "Frère-Orban"]),
    ("place", ["Saint-Aubain", "de l'Ange", "Chanoine Descamps", "du Marché"]),
    ("quai", ["de Meuse", "des Chasseurs Ardennais", "de Sambre"]),
    ("drève", ["des Chênes", "de Marlagne"]),
    ("Clos", ["des Lilas", "du Verger", "des Hirondelles"]),
    ("allée", ["des Tilleuls", "du Bois"]),
    ("chemin", ["des Dames", "de la Ferme"]),
    ("route", ["de Hannut", "de Gembloux"]),
    ("impasse", ["des Roses"]),
    ("square", ["Léopold"]),
    ("cité", ["de l'Enclos"]),
]
LOCALITES = [("5000", "Namur"), ("5100", "Jambes"), ("5002", "Saint-Servais"), ("5004", "Bouge"), ("5590", "Ciney"),
             ("5300", "Andenne"), ("5030", "Gembloux"), ("5500", "Dinant"), ("6000", "Charleroi"), ("1030", "Schaerbeek"), ("4000", "Liège")]


def adresse() -> str:
    type_, noms_ = h.choice(VOIES)
    voie = f"{type_} {h.choice(noms_)}"
    numero = str(h.randrange(1, 250)) + h.choice(["", "", "", "A", "/B"])
    cp, ville = h.choice(LOCALITES)
    return h.choice([
        f"{voie} {numero}", f"{voie}, {numero}", f"{voie} {numero}, {cp} {ville}", f"{voie} {numero} bte 3",
        f"{voie} {numero} boîte {h.randrange(1, 20)}", f"{numero}, {voie}", f"{voie} n°{numero}", f"{voie} {numero} à {cp} {ville}",
        f"{voie} {numero} - {cp} {ville}",
    ])


ADRESSE_MODELES = [
    "La famille habite {}.",
    "Domicile : {}",
    "Le jeune est domicilié {} chez sa grand-mère.",
    "Nouvelle adresse de la mère : {}",
    "Le père a déménagé au {} depuis janvier.",
    "VAD prévue {} mardi prochain.",
    "- adresse : {}",
    "Ils logent temporairement {}, chez l'oncle.",
    "Courrier à envoyer au {}.",
    "La mère vit maintenant {} avec son compagnon.",
]
ADRESSES_FIXES = [
    ("Le père vit en Flandre, {}.", "Kerkstraat 12, 9000 Gent"),
    ("Adresse de la tante : {}", "Stationsstraat 45 bus 2, 2800 Mechelen"),
    ("Le jeune dort chez un copain, {}.", "Grand-Rue 45 à Ciney"),
    ("Domicile du papa : {}", "Dorpsplein 3, 3000 Leuven"),
    ("La grand-mère habite {}.", "Rue du Pont 14 bte 2, 5500 Dinant"),
    ("Nouvelle adresse : {}", "12 rue de la Croix-Rouge, 5100 Jambes"),
]


# ---------------------------------------------------------------- négatifs
NEGATIFS = [
    "La mère et le pédopsychiatre sont présents.",
    "L'AS du SPJ de Namur rappelle le cadre du mandat.",
    "Mme D. et M. D. ont signé la charte ; J.-P. L. est excusé.",
    "Le père (J-P. L.) accepte la proposition.",
    "La maman (M.D.) souhaite un soutien à la parentalité.",
    "Le jeune JDF20085000 est suivi par le SSM de Ciney.",
    "Code du dossier : KBG20115590 ; suivi depuis mars.",
    "Dossier 2019-007 : concertation prévue le 12/03/2019 à 14h.",
    "Prochaine concertation le mardi 5 novembre 2019 à 9h30 au CPAS de Jambes.",
    "Réunion du 03.04.2019 : présents la mère, l'éducateur, la psychologue.",
    "Le jugement du 12 mai 2018 confie l'enfant à sa grand-mère.",
    "Montant demandé : 10.000 € (plafond Criseflex).",
    "Le devis s'élève à 2 450,00 EUR TVAC.",
    "Coût total de 15 000 EUR, dont 5.000 € pris en charge par le réseau.",
    "La facture de 1.250,50 euros suivra.",
    "Numéro de dossier SPJ : 2019/1234/56.",
    "Référence du jugement : 19/1234/A, chambre de la jeunesse.",
    "Notice du parquet NA.12.34.5678/19 transmise au SAJ.",
    "Selon l'art. 36 du décret du 18 janvier 2018, le conseiller est informé.",
    "Application de la loi du 8 avril 1965 relative à la protection de la jeunesse.",
    "Rose est la couleur qu'il a choisie pour sa chambre.",
    "Pierre angulaire du projet : la reprise de l'école.",
    "Claire et nette, la demande du jeune est de rentrer chez lui.",
    "France et Belgique : la famille fait des allers-retours.",
    "Marine nationale : le jeune rêve de s'engager plus tard.",
    "Victoire d'étape : il a tenu deux semaines sans fugue.",
    "Constance dans le suivi : le jeune vient à tous les rendez-vous.",
    "Patience et persévérance seront nécessaires.",
    "Grâce à l'AMO, une place en internat est trouvée.",
    "Espérance : que la situation se stabilise avant l'été.",
    "Aurore, crépuscule : le jeune vit la nuit et dort le jour.",
    "Le jeune vit à la rue depuis deux mois.",
    "Il est en place n°3 sur la liste d'attente du SRJ.",
    "Rendez-vous sur le quai 3 de la gare de Namur avec l'éducateur.",
    "La place du jeune dans la famille est à travailler.",
    "Il a trouvé sa place au sein du groupe de l'AMO.",
    "Le SSM se trouve à Saint-Servais, près de la gare.",
    "La famille a déménagé de Bouge à Gembloux en 2018.",
    "Le jeune est scolarisé à l'Athénée royal de Jambes.",
    "Inscription à l'Institut Saint-Louis de Namur en septembre.",
    "L'École Sainte-Marie de Dinant propose une classe passerelle.",
    "Le Collège Notre-Dame de la Paix refuse la réinscription.",
    "Stage au Delhaize de Jambes, puis chez Colruyt à Andenne.",
    "Il passe ses nuits sur Fortnite et TikTok.",
    "La mère a perdu son emploi chez Proximus.",
    "Le jeune a volé une PlayStation chez Carrefour.",
    "Le pédopsychiatre du CHR Mikado valide le plan de soins.",
    "La Clairière propose un accueil de jour.",
    "L'AVIQ finance une partie de l'accompagnement.",
    "L'équipe mobile 107 interviendra dans les deux semaines.",
    "Le casemanager rédige la note de synthèse.",
    "Le référent de concertation est l'éducatrice de l'AMO.",
    "Le coordinateur du réseau vérifie l'enveloppe budgétaire.",
    "Le jeune est né en 2009 et vit à Andenne.",
    "Il a 14 ans depuis mars.",
    "La naissance de sa petite sœur en mars a bouleversé l'équilibre.",
    "Arrivée en Belgique le 3 mars 2009 avec sa mère.",
    "Placé en famille d'accueil depuis le 01/09/2018.",
    "Date de la concertation : 03/03/2019.",
    "Échéance du mandat au 31-12-2019.",
    "Le lundi 14 octobre, visite au SAJ de Dinant.",
    "Mercredi : atelier cuisine ; vendredi : piscine.",
    "Fin juin, le jeune passera en 3e secondaire.",
    "En janvier, la mère a repris une formation au Forem.",
    "Les horaires : de 9h à 12h et de 13h30 à 16h.",
    "Le bus de 7h42 le dépose à l'école.",
    "Il a obtenu 54 % en mathématiques et 72 % en français.",
    "La jeune pèse 38 kg pour 1m62.",
    "Score de 12/20 au test de lecture.",
    "Trois concertations en 2019, une en 2020.",
    "Le CPAS de Jambes prend en charge les frais de transport.",
    "Le SAJ de Namur a été saisi le 15/01/2019.",
    "La cellule cas prioritaires de l'AVIQ est sollicitée.",
    "Le Réseau Santé Kirikou finance l'action n°2.",
    "Action 1 : trouver un lieu de répit ; action 2 : soutien scolaire.",
    "La note de synthèse est validée par le responsable clinique.",
    "Le juge de la jeunesse de Namur a prolongé la mesure.",
    "Les parents sont séparés depuis 2015.",
    "Son père est décédé quand il avait 6 ans.",
    "Le jeune et sa mère vivent dans un appartement du Foyer namurois.",
    "Il dort chez sa grand-mère le week-end.",
    "La sœur aînée garde les plus jeunes le mercredi.",
    "Le beau-père et la mère ont participé à la réunion.",
    "La tante maternelle propose un hébergement.",
    "Le compagnon de la maman n'a pas souhaité venir.",
    "Le papa est en détention à la prison de Namur.",
    "Les grands-parents paternels vivent en Flandre.",
    "Le parrain reste une personne de confiance pour le jeune.",
    "Le petit frère (6 ans) est suivi par l'ONE.",
    "Présents : la mère, le père, l'AS du SPJ, l'éducatrice de l'AMO, le pédopsychiatre.",
    "Absents excusés : le médecin traitant et l'enseignante.",
    "Le jeune était absent ; son éducatrice a porté sa parole.",
    "Tous les participants adhèrent à la charte.",
    "Le numéro d'entreprise de l'asbl figure sur le devis.",
    "Prochaine réunion fixée au 20 novembre à 10h.",
    "La demande Criseflex (dossier 2019-012) est refusée.",
    "Matériel informatique : non éligible, la famille s'en charge.",
    "Le transport pouvait être financé par le CPAS.",
    "Le jeune s'est rendu seul au SSM de Gembloux.",
    "Rencontre au SRJ du namurois en présence de la psychomotricienne.",
    "L'IPPJ de Wauthier-Braine a accueilli le jeune pendant 15 jours.",
    "La maison médicale de Bomel suit la famille.",
    "Consultation à l'hôpital de jour le 4/11 à 15h.",
    "Le jeune a rendez-vous chez le dentiste le 12/12.",
    "Il a fugué trois fois entre le 2 et le 20 mars.",
    "Le trimestre se termine le 20 décembre.",
    "Vacances de Pâques : séjour au Domaine de Chevetogne.",
    "Mme la juge a entendu le jeune en chambre du conseil.",
    "M. le conseiller a pris acte de l'accord.",
    "Madame la directrice de l'école a été informée.",
    "Le Dr du SSM propose une évaluation.",
    "La maman a rappelé le service en fin de journée.",
    "La mère ne souhaite pas que le père soit informé.",
    "Le jeune a changé de numéro de téléphone ; l'AMO l'a noté.",
    "La famille n'a pas d'adresse e-mail.",
    "Le courrier est envoyé à l'adresse de la mère connue du SPJ.",
    "Le NISS du jeune est connu de la mutuelle ; ne pas le recopier.",
    "Le compte bancaire de la mère est bloqué.",
    "Sa date de naissance figure dans le dossier du SAJ.",
    "Le jeune est né prématurément, à 32 semaines.",
    "Elle est née dans une famille de six enfants.",
    "Il vit rue depuis la rupture avec sa mère.",
    "La rue est son lieu de vie depuis l'hiver.",
    "Il traîne dans le quartier de la gare avec d'autres jeunes.",
    "Une place est libre au SRJ à partir du 1er septembre.",
    "Le Clos est un lieu de vie pour adolescents ; la visite est prévue.",
    "Les éducateurs de la Maison de l'Adolescent (MADO) sont disponibles.",
    "Le planning familial de Namur propose un accompagnement.",
    "Le jeune aime le foot, le rap et les jeux vidéo.",
    "Il veut devenir mécanicien comme son oncle.",
    "Le chien de la famille est un repère pour le jeune.",
    "Le jeune dit « ça va » mais se renferme.",
    "Difficultés : absentéisme, conflits, consommation de cannabis.",
    "Leviers : bonne relation avec l'éducateur, motivation pour le sport.",
    "Obstacles : distance géographique, horaires de la mère.",
    "Le jeune a eu 18 ans ; le relais vers le réseau adulte est à préparer.",
    "La psychologue du PMS signale un décrochage.",
    "Le CPMS et l'école se concertent en mai.",
    "Accord de la mère obtenu par téléphone le 14/02.",
    "Tél. du service : voir l'annuaire des partenaires.",
    "Le SPJ de Dinant transmet le dossier au SPJ de Namur.",
    "Les frais s'élèvent à 350 € par mois pendant 6 mois.",
    "Une intervention de 2.500 EUR est sollicitée.",
    "Le budget restant de l'enveloppe est de 45 210 €.",
    "TVA 21 % comprise, soit 4.235,00 €.",
    "Le jeune a reçu 50 € d'argent de poche.",
    "Il prend 20 mg de méthylphénidate le matin.",
    "Le bâtiment B, local 204, accueille la concertation.",
    "Salle 3 du CPAS, 2e étage.",
    "Le jeune reste 3 nuits par semaine au SRJ.",
    "Réponse attendue sous 24 à 48 h.",
    "Code postal du domicile : voir le code du jeune.",
    "La famille vit entre Namur et Ciney.",
    "Il va à l'école à Dinant et au foot à Bouge.",
    "La commune d'Andenne a proposé un logement d'urgence.",
    "Le jeune, 16 ans, souhaite un projet en autonomie.",
    "La fratrie compte quatre enfants de 3 à 17 ans.",
    "Séance de psychomotricité tous les jeudis à 16h.",
    "La formation commence le 2 septembre 2019.",
    "Le certificat médical court jusqu'au 15 mars 2019.",
    "Réunion reportée au jeudi 7 mars 2019.",
    "La garde alternée prend fin le 30 juin 2019.",
    "Visite médiatisée au Service Espace-Rencontres le 8/10 à 14h.",
    "L'audience est fixée au 22.10.2019 à 9h.",
    "Le rapport du 05/06/2019 est transmis au juge.",
    "Un suivi logopédique est en place depuis 2017.",
    "Il joue au football au RFC Namur.",
    "La mère travaille au Quick de Jambes le soir.",
    "Le jeune a un compte Instagram que la mère surveille.",
    "La tante travaille chez Belfius à Namur.",
    "Il regarde des vidéos sur YouTube toute la nuit.",
    "Le jeune a été orienté par le Service de Santé Mentale.",
    "Avenue de la réussite : le jeune a réussi sa session.",
    "Chaussée glissante : l'éducateur a reporté la sortie vélo.",
    "Le jeune a réussi son CEB en juin.",
    "Il prépare son CE1D au sein de l'école.",
    "Inscription en 1re différenciée.",
    "Sortie prévue au parc d'Amée le samedi.",
    "Le SAMU social a accueilli la mère deux nuits.",
    "La Croix-Rouge fournit des colis alimentaires.",
    "Le médiateur scolaire rencontre le jeune en mai.",
    "Le conseiller de l'aide à la jeunesse a convoqué la famille.",
    "Le tuteur MENA suit le jeune depuis son arrivée.",
    "L'interprète a traduit en arabe et en roumain.",
    "La mère parle néerlandais ; un interprète est prévu.",
    "Le jeune parle polonais à la maison.",
    "Les parents sont originaires du Maroc et de Turquie.",
    "La famille est arrivée de Roumanie en 2016.",
    "Ils ont vécu à Liège puis à Charleroi.",
    "Prochaine étape : concertation n°4 le 12/12/2019 à 13h30.",
    "Le dossier 2019/0042 est clôturé.",
    "Réf. interne : CM-2019-15.",
    "Le gestionnaire financier rembourse sur facture (convention B4).",
    "La dépense est autorisée par le coordinateur du réseau.",
    "Les partenaires s'engagent à se revoir dans un mois.",
    "Le compte rendu est diffusé aux seuls participants.",
    "Le jeune a signé la fiche de présence.",
    "Aucun nom de famille ne doit figurer dans cette note.",
    "jeudi 14h : réunion d'équipe",
    "la maman et le papa sont d'accord",
    "le jeune refuse le suivi",
    "RAS cette semaine.",
    "NB : la maman sera absente en août.",
    "PS : penser à la fiche de présence.",
    "OK de la mère pour le partage d'informations.",
    "SPJ, SAJ, AMO, SSM, CPAS et école étaient représentés.",
    "Les horaires du bus TEC 4 ne permettent pas d'arriver à 8h.",
    "Ligne 51 du TEC entre Namur et Jambes.",
    "L'éducateur a conduit le jeune à la gare de Ciney à 17h15.",
    "Durée du séjour : 10 jours, du 1er au 10 juillet.",
    "Le jeune a obtenu 14/20 à l'épreuve de juin.",
    "Deux places de répit sont disponibles à partir du 01/02/2020.",
    "Rapport social n° 2019-REF-112 transmis au SPJ.",
]


def main() -> None:
    noms()
    for valeur in telephones():
        ajouter("telephone", h.choice(TEL_MODELES), valeur)
    for valeur in courriels():
        ajouter("email", h.choice(MAIL_MODELES), valeur)
    for _ in range(24):
        ajouter("niss", h.choice(NISS_MODELES), ecrire_niss(niss()))
    for _ in range(12):
        ajouter("bis", h.choice(BIS_MODELES), ecrire_niss(niss(bis=True)))
    for pays in ["BE"] * 12 + ["FR"] * 5 + ["NL"] * 4 + ["LU"] * 4:
        ajouter("iban", h.choice(IBAN_MODELES), ecrire_iban(iban(pays)))
    dates_naissance()
    for _ in range(38):
        ajouter("adresse", h.choice(ADRESSE_MODELES), adresse())
    for modele, valeur in ADRESSES_FIXES:
        ajouter("adresse", modele, valeur)
    for texte in NEGATIFS:
        ajouter("aucune", texte)
    with SORTIE.open("w", encoding="utf-8") as sortie:
        for fiche in fiches:
            sortie.write(json.dumps(fiche, ensure_ascii=False) + "\n")
    par_categorie: dict[str, int] = {}
    for fiche in fiches:
        par_categorie[fiche["categorie"]] = par_categorie.get(fiche["categorie"], 0) + 1
    print(f"{len(fiches)} phrases écrites dans {SORTIE} : {par_categorie}")


if __name__ == "__main__":
    main()
