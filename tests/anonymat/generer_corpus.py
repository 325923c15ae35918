"""Génère le corpus étiqueté de la garde d'anonymat (tests/anonymat/corpus/*.jsonl).

Phrases fictives dans le style des notes de synthèse de concertation, chacune avec zéro ou une
donnée identifiante, sa catégorie et sa position. Les noms viennent de Faker (inventés) ou sont
forgés ici ; les numéros sont tirés au hasard avec la bonne structure (clés NISS, BIS et IBAN
calculées). Aucune donnée réelle. Le corpus est versionné : ce script ne sert qu'à le refaire.

    .venv/bin/python tests/anonymat/generer_corpus.py
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from faker import Faker
from stdnum import iban as stdnum_iban
from stdnum.be import bis, nn

GRAINE = 20240607
DOSSIER = Path(__file__).with_name("corpus")

hasard = random.Random(GRAINE)
fakers = {loc: Faker(loc) for loc in ("fr_BE", "nl_BE", "fr_FR")}
for i, f in enumerate(fakers.values()):
    f.seed_instance(GRAINE + i)


def faker() -> Faker:
    return hasard.choice(list(fakers.values()))


def prenom() -> str:
    return faker().first_name()


def nom() -> str:
    return faker().last_name()


def choisir(*options):
    return hasard.choice(options)


# --- fabriques de valeurs -----------------------------------------------------------------------


def chiffres(n: int) -> str:
    return "".join(str(hasard.randint(0, 9)) for _ in range(n))


def telephone() -> str:
    """Numéros belges (et voisins) écrits de toutes les façons usuelles."""
    mobile = choisir("470", "471", "472", "473", "474", "475", "476", "477", "478", "479", "484", "485", "486", "487", "488", "489", "491", "492", "493", "494", "495", "496", "497", "498", "499", "456", "460", "465", "466", "467", "468")
    a, b, c = chiffres(2), chiffres(2), chiffres(2)
    zone2 = choisir("81", "82", "83", "84", "85", "86", "87", "71", "65", "64", "67", "69", "10", "16", "19", "50", "51", "52", "53", "54", "55", "56", "57", "58", "59", "60", "61", "63", "89", "11", "12", "13", "14", "15")
    zone1 = choisir("2", "3", "4", "9")
    l1 = str(hasard.randint(2, 9)) + chiffres(2)
    formes = [
        f"0{mobile}/{a}.{b}.{c}",
        f"0{mobile} {a} {b} {c}",
        f"0{mobile}.{a}.{b}.{c}",
        f"0{mobile}{a}{b}{c}",
        f"0{mobile}/{a}{b}{c}",
        f"0{mobile} {a}{b}{c}",
        f"0{mobile[:2]} {mobile[2]}{a} {b} {c}" if False else f"0{mobile} {a[0]}{a[1]}{b[0]} {b[1]}{c}",
        f"+32 {mobile} {a} {b} {c}",
        f"+32{mobile}{a}{b}{c}",
        f"+32 (0){mobile} {a} {b} {c}",
        f"0032 {mobile} {a} {b} {c}",
        f"0032{mobile}{a}{b}{c}",
        f"0{zone2}/{a}.{b}.{c}",
        f"0{zone2} {a} {b} {c}",
        f"0{zone2}/{a} {b} {c}",
        f"0{zone1} {l1} {b} {c}",
        f"0{zone1}/{l1}.{b}.{c}",
        f"+32 {zone1} {l1} {b} {c}",
        f"+33 6 {a} {b} {c} {chiffres(2)}",
        f"06 {a} {b} {c} {chiffres(2)}",
        f"07.{a}.{b}.{c}.{chiffres(2)}",
        f"+33 (0)3 24 {a} {b} {c}",
        f"03 24 {a} {b} {c}",
        f"+31 6 {chiffres(8)}",
        f"06-{chiffres(8)}",
        f"+352 621 {chiffres(3)} {chiffres(3)}",
        f"+352 691 {chiffres(6)}",
        f"00352 {chiffres(2)} {chiffres(2)} {chiffres(2)}",
    ]
    return choisir(*formes)


def courriel() -> str:
    p, n = prenom(), nom()
    import unicodedata

    def ascii_(s: str) -> str:
        return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace(" ", "").replace("'", "")

    p, n = ascii_(p), ascii_(n)
    local = choisir(f"{p}.{n}", f"{p[0]}.{n}", f"{p}{n}{hasard.randint(1, 99)}", f"{p}_{n}", f"{n}.{p}", f"{p.lower()}{hasard.randint(70, 12)}" if False else f"{p.lower()}{hasard.randint(1, 2010)}")
    domaine = choisir("gmail.com", "hotmail.com", "hotmail.be", "skynet.be", "telenet.be", "outlook.com", "yahoo.fr", "live.be", "proximus.be", "voo.be", "icloud.com", "orange.fr", "scarlet.be")
    valeur = f"{local}@{domaine}"
    return valeur if hasard.random() < 0.8 else valeur.lower()


def niss(bis_: bool = False) -> str:
    while True:
        annee = hasard.randint(1950, 2022)
        mois = hasard.randint(1, 12) + (hasard.choice((20, 40)) if bis_ else 0)
        jour = hasard.randint(1, 28)
        ordre = hasard.randint(1, 997)
        base = f"{annee % 100:02d}{mois:02d}{jour:02d}{ordre:03d}"
        nombre = int(base) if annee < 2000 else int("2" + base)
        cle = 97 - nombre % 97
        numero = base + f"{cle:02d}"
        if (bis.is_valid(numero) if bis_ else nn.is_valid(numero)):
            break
    forme = choisir("point", "compact", "espaces", "tirets")
    if forme == "point":
        return f"{numero[:2]}.{numero[2:4]}.{numero[4:6]}-{numero[6:9]}.{numero[9:]}"
    if forme == "compact":
        return numero
    if forme == "espaces":
        return f"{numero[:2]} {numero[2:4]} {numero[4:6]} {numero[6:9]} {numero[9:]}"
    return f"{numero[:6]}-{numero[6:9]}-{numero[9:]}"


def iban() -> str:
    pays = choisir("BE", "BE", "BE", "FR", "NL", "LU")
    if pays == "BE":
        banque = chiffres(3)
        compte = chiffres(7)
        cle_nat = int(banque + compte) % 97 or 97
        bban = f"{banque}{compte}{cle_nat:02d}"
    elif pays == "FR":
        bban = chiffres(10) + chiffres(11) + chiffres(2)
    elif pays == "NL":
        bban = choisir("ABNA", "INGB", "RABO", "TRIO") + chiffres(10)
    else:
        bban = chiffres(3) + chiffres(13)
    for cle in range(2, 99):
        candidat = f"{pays}{cle:02d}{bban}"
        if stdnum_iban.is_valid(candidat):
            break
    else:  # FR : clé RIB non vérifiée par stdnum pour tous les cas : on retente
        return iban()
    compact = candidat
    if hasard.random() < 0.7:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def date_naissance() -> str:
    annee = hasard.randint(1965, 2021)
    mois = hasard.randint(1, 12)
    jour = hasard.randint(1, 28)
    return choisir(
        f"{jour:02d}/{mois:02d}/{annee}",
        f"{jour}/{mois}/{annee}",
        f"{jour:02d}.{mois:02d}.{annee}",
        f"{jour:02d}-{mois:02d}-{annee}",
        f"{jour} {MOIS[mois - 1]} {annee}",
        f"{'1er' if jour == 1 else jour} {MOIS[mois - 1]} {annee}",
        f"{jour:02d}/{mois:02d}/{annee % 100:02d}",
        f"{annee}-{mois:02d}-{jour:02d}",
    )


TYPES_VOIE = ["rue", "rue", "rue", "avenue", "chaussée", "boulevard", "place", "quai", "drève", "clos", "allée", "chemin", "impasse", "square", "sentier", "route", "Rue", "Avenue"]
NOMS_VOIE = [
    "de la Station", "des Tilleuls", "de Bruxelles", "du Moulin", "des Champs", "de Fer", "Saint-Nicolas", "de la Gare",
    "des Écoles", "du Parc", "Albert Ier", "Reine Astrid", "de Louvain", "de Dinant", "des Lilas", "du Bois", "de l'Église",
    "Émile Vandervelde", "des Peupliers", "du Centre", "Jean Jaurès", "de la Paix", "des Carmes", "du Calvaire", "de Meuse",
    "des Combattants", "Godefroid", "de la Sambre", "des Châtaigniers", "du Village", "de Marche", "Léopold", "Cauchy",
    "des Noisetiers", "du Tilleul", "de Namur", "de la Chapelle", "aux Fleurs", "du Pont", "d'Heuvy",
]
LOCALITES = ["5000 Namur", "5100 Jambes", "5002 Saint-Servais", "5004 Bouge", "5020 Malonne", "5500 Dinant", "5300 Andenne", "5030 Gembloux", "5060 Sambreville", "5590 Ciney", "6000 Charleroi", "1000 Bruxelles", "4000 Liège", "5101 Erpent", "5170 Profondeville"]


def adresse() -> str:
    voie = f"{hasard.choice(TYPES_VOIE)} {hasard.choice(NOMS_VOIE)}"
    numero = str(hasard.randint(1, 320)) + choisir("", "", "", "A", "b")
    boite = choisir("", "", "", f" bte {hasard.randint(1, 12)}", f"/{hasard.randint(1, 9)}", f" boîte {hasard.randint(1, 5)}")
    cp = choisir("", "", f", {hasard.choice(LOCALITES)}", f" à {hasard.choice(LOCALITES).split(' ', 1)[1]}")
    if hasard.random() < 0.15:
        return f"{numero}, {voie}{cp}".replace(" à ", ", ")
    if hasard.random() < 0.1:
        return faker_nl_adresse()
    valeur = f"{voie} {numero}{boite}"
    return valeur + (cp if not cp.startswith(" à") else "")


def faker_nl_adresse() -> str:
    return f"{fakers['nl_BE'].street_name()} {hasard.randint(1, 200)}" + choisir("", f" bus {hasard.randint(1, 9)}")


# --- gabarits -----------------------------------------------------------------------------------

ROLES = ["la mère", "le père", "la grand-mère", "l'éducatrice", "la déléguée du SPJ", "le pédopsychiatre", "l'oncle", "la tante", "le beau-père", "la marraine", "la famille d'accueil", "l'assistante sociale du CPAS", "le jeune", "la jeune"]
SERVICES = ["le SAJ de Namur", "le SPJ de Namur", "le CPAS de Jambes", "l'AMO", "le SSM de Dinant", "le PMS", "l'IPPJ", "l'AVIQ", "le service de pédopsychiatrie", "l'équipe mobile", "le centre de jour", "la maison de jeunes", "l'école", "le SRG", "le Forem", "l'ONE"]


def r(liste):
    return hasard.choice(liste)


GABARITS = {
    "telephone": [
        "Le numéro de {role} est le {v}.",
        "GSM de {role} : {v}",
        "{Role} reste joignable au {v} en soirée.",
        "Contact famille : {v} (laisser un message).",
        "La grand-mère demande qu'on l'appelle au {v} plutôt qu'au domicile.",
        "Tél. : {v}",
        "Pour les urgences, joindre {role} au {v}.",
        "Le jeune a donné son nouveau numéro, le {v}, à l'éducatrice.",
        "Rappeler {role} ({v}) après la réunion.",
        "- téléphone : {v}",
        "telephone_mere: {v}",
        "Il a changé de numéro : {v} depuis mars.",
        "{Role} a envoyé un SMS depuis le {v} pour annuler.",
        "La tante, qui vit en France, est joignable au {v}.",
        "Coordonnées de la famille d'accueil : {v}.",
        "Le père, qui travaille au Luxembourg, a laissé le {v}.",
        "Numéro à utiliser pour convoquer {role} : {v}",
        "{v} : numéro du père, à ne pas communiquer à la mère.",
    ],
    "email": [
        "La mère préfère être contactée par courriel : {v}.",
        "Adresse mail de {role} : {v}",
        "Envoyer la convocation à {v} avant vendredi.",
        "Le jeune écrit depuis {v} à son éducatrice.",
        "email: {v}",
        "- courriel du père : {v}",
        "Copie de la note envoyée à {v} (famille).",
        "{Role} a transmis les documents depuis {v}.",
        "Mail perso de la grand-mère : {v}, à utiliser en dernier recours.",
        "Contacter {v} pour fixer la prochaine rencontre.",
    ],
    "niss": [
        "NISS du jeune : {v}",
        "Le numéro de registre national ({v}) figure sur l'attestation du CPAS.",
        "Numéro national de la mère : {v}.",
        "niss: {v}",
        "Le formulaire de mutuelle mentionne {v}.",
        "Inscrire {v} sur la demande d'intervention.",
        "La vignette porte le numéro {v}.",
        "Registre national : {v} (à vérifier).",
        "Le CPAS demande le {v} pour ouvrir le droit.",
        "Carte d'identité du jeune, numéro {v}.",
    ],
    "bis": [
        "Numéro BIS du père : {v}",
        "Le jeune, sans titre de séjour, a le numéro BIS {v}.",
        "bis: {v}",
        "La mutuelle a attribué le {v} à la mère.",
        "Numéro d'identification {v} communiqué par Fedasil.",
        "Le dossier d'inscription mentionne {v}.",
    ],
    "iban": [
        "Rembourser le prestataire sur le compte {v}.",
        "Compte de la famille : {v}",
        "IBAN de la mère : {v}.",
        "iban: {v}",
        "Le montant de 350 EUR sera versé sur {v}.",
        "La grand-mère a donné son numéro de compte, {v}, pour les frais de transport.",
        "Virement sur {v} (compte du père) prévu en mai.",
        "Facture à payer au {v} avant le 15 juin.",
    ],
    "date_naissance": [
        "Le jeune, né le {v}, vit chez sa grand-mère.",
        "La jeune est née le {v} à Namur.",
        "Date de naissance : {v}",
        "date_naissance: {v}",
        "Naissance : {v}",
        "DDN {v}",
        "Sa sœur, née le {v}, est placée en famille d'accueil.",
        "Il est né à Dinant le {v} et a grandi à Jambes.",
        "L'enfant est né prématurément le {v}.",
        "Le demi-frère, né(e) le {v}, n'est pas suivi.",
        "La mère est née le {v} au Maroc.",
        "Elle a vu le jour le {v} à Liège.",
        "- né le {v}",
        "{v} (date de naissance) : à retirer de la note.",
        "Le petit frère est né le {v}, ce qui a bouleversé la famille.",
        "Né le {v}, il fréquente l'école primaire du village.",
    ],
    "adresse": [
        "La famille habite {v}.",
        "Le père vit {v} depuis la séparation.",
        "Nouvelle adresse de la mère : {v}",
        "Domicile : {v}",
        "adresse: {v}",
        "Le jeune est hébergé chez sa tante, {v}.",
        "La grand-mère a déménagé {v}.",
        "Les visites ont lieu au domicile, {v}.",
        "Le courrier doit être envoyé {v}.",
        "Ils logent provisoirement {v}, dans un studio du CPAS.",
        "La mère est domiciliée {v}.",
        "Adresse de l'oncle : {v}.",
    ],
    "nom_civilite": [
        "M. {nom} s'est excusé pour la réunion.",
        "Mme {nom} confirme sa présence.",
        "Madame {nom}, voisine, accueille le jeune le mercredi.",
        "Monsieur {nom} a signé la charte.",
        "La mère, {prenom}, souhaite être associée aux décisions.",
        "Son frère {prenom} vit en internat.",
        "La grand-mère {prenom} l'héberge le week-end.",
        "L'enfant, prénommé {prenom}, était absent.",
        "Le jeune s'appelle {prenom} et il a 14 ans.",
        "Sa sœur {prenom} vient parfois aux réunions.",
        "Présents : la mère, Mme {nom}, et le SAJ.",
        "Le père, M. {nom}, n'a pas répondu aux convocations.",
        "Son beau-père {prenom} travaille de nuit.",
        "La tante {prenom} propose de l'accueillir pendant l'été.",
        "Le petit frère, {prenom}, dort mal depuis le placement.",
        "Mme {prenom} {nom} a représenté la famille.",
        "Le dénommé {nom} rôde autour de l'école.",
        "M. et Mme {nom} sont inquiets.",
        "Sa copine {prenom} l'encourage à reprendre l'école.",
        "La jeune, prénommée {prenom}, refuse de venir.",
        "Son oncle {prenom} {nom} se propose comme personne-ressource.",
        "Mlle {nom}, la demi-sœur, garde le contact.",
        "Le fils aîné, {prenom}, a quitté le domicile.",
        "Son ami {prenom} l'accompagne au club de foot.",
    ],
    "nom_liste": [
        "{prenom} {nom} a quitté l'école en mars.",
        "Les éducateurs signalent que {prenom} ne mange plus.",
        "{prenom} et sa sœur sont revus au SSM.",
        "Le médecin a rencontré {prenom} à l'hôpital.",
        "Présents : {prenom} {nom}, le SAJ, la mère.",
        "{prenom} exprime le souhait de rentrer chez son père.",
        "Selon l'école, {prenom} est souvent absent le lundi.",
        "{nom} a promis de rappeler le SAJ.",
        "La situation de {prenom} s'est dégradée depuis janvier.",
        "Il faut que {prenom} puisse voir son frère régulièrement.",
        "{prenom} {nom} (14 ans) est en rupture scolaire.",
        "Le référent rencontrera {prenom} avant la prochaine concertation.",
        "On observe que {prenom} se replie sur lui-même.",
        "- {prenom} : rupture scolaire, consommation de cannabis",
        "Lors de la visite, {prenom} a parlé de ses cauchemars.",
        "Objectif : permettre à {prenom} de reprendre le chemin de l'école.",
        "Le psychologue suit {prenom} {nom} une fois par semaine.",
        "{prenom} vit chez sa grand-mère depuis l'été.",
        "Accord de {prenom} pour le partage des informations.",
        "La voix de {prenom} a été portée par l'éducatrice.",
    ],
    "nom_protege": [
        "{v} a fugué pendant le week-end.",
        "La mère de {v} a demandé un report.",
        "Le suivi de {v} est repris par l'AMO.",
        "on a revu {v} mardi au centre de jour",
        "{v} refuse le placement.",
        "Les professionnels s'inquiètent pour {v}.",
        "Accord obtenu auprès de {v} pour le partage.",
        "Sortie de l'hôpital prévue pour {v} fin juin.",
    ],
}

NEGATIFS = [
    # rôles, initiales, codes, services, lieux, dates de réunion, montants, identifiants du dépôt
    "La mère et le pédopsychiatre sont présents.",
    "Mme D. et M. D. ont signé la charte ; J.D. est informé.",
    "La mère (M. D.) et le père (J.-M. D.) sont d'accord avec le plan.",
    "Le jeune JDF20085000 est suivi par le SPJ de Namur.",
    "Code du jeune : JD20085000 (variante sans la lettre du sexe).",
    "Le CPAS, l'AVIQ et le SSM de Dinant sont associés à la concertation.",
    "Réunion à Jambes, puis à Saint-Servais et à Bouge.",
    "Prochaine concertation le 12/03/2019 à 14 h au SSM de Namur.",
    "Réunion du 02.03.2019, puis du 04.05.2019 à la maison de jeunes.",
    "Montant demandé : 10 000 EUR pour un coût total de 15 000 EUR.",
    "L'enveloppe 2018 était de 110 421 € ; 9 % ont servi aux actions pour les jeunes.",
    "Le dossier 2019-007 (acteur a1, service spj-namur) est clos.",
    "Sa mère explique que la situation s'apaise depuis la rentrée.",
    "La famille d'accueil sera contactée par le SAJ.",
    "Le père (CPAS) a été informé de la décision.",
    "Petit à petit, la situation évolue dans le bon sens.",
    "Rose des vents : l'équipe mobile se déplace dans toute la province.",
    "Il s'est retrouvé à la rue pendant trois semaines en février.",
    "Trouver sa place dans les 2 familles reste difficile pour le jeune.",
    "La réunion s'est tenue place d'Armes à Namur, dans la salle du conseil.",
    "Le jeune est hébergé à l'Institut Saint-Joseph depuis septembre.",
    "Parent isolé, la mère travaille à mi-temps.",
    "En 2019, 23 demandes ont été traitées et 58 concertations tenues.",
    "Le casemanager a fermé les admissions de juin à octobre.",
    "La capacité est de 14 dossiers actifs pour 0,5 ETP.",
    "Un dossier coûte souvent 25 à 35 courriels par mois.",
    "La demande Criseflex est plafonnée à 10 000 EUR par action.",
    "Le responsable clinique valide le plan d'action.",
    "La note de synthèse est validée par le référent et le pédopsychiatre.",
    "Action 1 : reprise scolaire progressive à l'athénée de Jambes.",
    "Action 2 : séances de logopédie financées par la mutuelle.",
    "Le référent de concertation est la déléguée du SPJ.",
    "Le coordinateur du trajet de soins est l'éducateur de l'AMO.",
    "La concertation mandate le coordinateur pour demander un financement.",
    "Les participants s'engagent à se revoir le 15 octobre.",
    "Le jeune était absent ; l'éducatrice a porté sa voix.",
    "La grand-mère maternelle accueille les enfants le mercredi après-midi.",
    "Son frère aîné est suivi par le SSM de Gembloux.",
    "L'oncle paternel propose d'héberger le jeune pendant les vacances.",
    "Les parents se sont séparés en 2017 ; la mère a la garde.",
    "Le beau-père n'est pas favorable à l'intervention.",
    "La marraine reste une personne-ressource importante.",
    "Leviers : bonne alliance avec l'école, motivation du jeune.",
    "Freins : refus du père, délais d'attente au SSM.",
    "Présents : la mère, la tante, l'éducatrice de l'AMO, la pédopsychiatre, le casemanager.",
    "Excusés : le père, l'assistante sociale du CPAS.",
    "Le jeune a 15 ans et vit à Andenne avec sa mère.",
    "La situation est bloquée depuis l'hospitalisation de mars.",
    "Le devis du prestataire s'élève à 2 450 EUR.",
    "Facture n° 2019/0142 à transmettre au gestionnaire financier.",
    "La convention B4 prévoit le remboursement sur facture.",
    "Séances prévues les mardis de 16 h à 17 h 30.",
    "Rendez-vous au 3e étage, local 305.",
    "Le jeune fréquente la 2e secondaire à l'Institut Saint-Louis.",
    "Les réunions ont lieu en moyenne toutes les six semaines.",
    "La mère souhaite que son fils reprenne le football.",
    "Le père vit en Flandre et ne parle pas français.",
    "La famille est originaire du Congo ; elle est arrivée en Belgique en 2015.",
    "Un interprète sera présent à la prochaine réunion.",
    "Les frais de transport (180 EUR) sont pris en charge par le CPAS.",
    "Le SAJ a été saisi en mai 2018.",
    "Le tribunal de la jeunesse de Namur a confié le jeune au SPJ.",
    "L'équipe mobile 107 intervient dans les deux semaines.",
    "Bru-Stars et Brusano ont été contactés pour avis.",
    "La Croix-Rouge assure l'hébergement d'urgence.",
    "Le jeune passe les fêtes de Noël chez sa grand-mère.",
    "Lundi, le jeune a refusé d'aller à l'école.",
    "Mardi 5 mars : entretien avec la mère au SSM.",
    "Réunion le vendredi 8 novembre 2019 à 9 h 30.",
    "Décision : prolongation du suivi jusqu'en juin 2020.",
    "Objectif : un retour en famille d'ici Pâques.",
    "La pédopsychiatre suit le jeune depuis deux ans.",
    "Le jeune a été hospitalisé au CHR de Namur pendant 10 jours.",
    "La clinique Saint-Luc de Bouge propose une évaluation.",
    "Le service de pédopsychiatrie du CHU Dinant Godinne a été sollicité.",
    "Le centre PMS signale un absentéisme important.",
    "Bilan logopédique réalisé en janvier 2019.",
    "Score de 12/20 à l'évaluation du premier trimestre.",
    "Le jeune est en 5e primaire, section 2.",
    "Le projet coûte 15 000 EUR ; le réseau prend en charge 5 000 EUR.",
    "La demande porte sur l'action n° 3 de la note de synthèse.",
    "Les six attestations sont cochées.",
    "Certifié sincère et conforme.",
    "Personnes absentes : le médecin traitant.",
    "La jeune souhaite être appelée par son surnom à l'école.",
    "Le jeune dit qu'il veut devenir boulanger.",
    "Il aime le dessin, la musique et les jeux vidéo.",
    "Sa mère dit qu'il est « comme son père ».",
    "Le jeune a un chien, un berger malinois.",
    "La famille vit dans un logement social à Sambreville.",
    "Le logement est trop petit pour 5 personnes.",
    "La rentrée scolaire est prévue le 1er septembre.",
    "Le jeune aura 18 ans en 2026 : transition vers le réseau adulte.",
    "La grand-mère, âgée de 72 ans, est fatiguée.",
    "La mère est née en 1985 ; elle a eu son premier enfant à 19 ans.",
    "Né en mars 2008, il entre en secondaire cette année.",
    "Prise de connaissance du dossier le 04/02/2019.",
    "Ouverture du dossier : 2019-03-12 ; clôture : 2019-11-15.",
    "Le courriel du 3 mai a été transféré au référent.",
    "Dans la note, ne citer que les initiales et le lien de parenté.",
    "La charte interdit de noter le nom des protagonistes.",
    "Le partenaire a transmis le formulaire phase préparatoire.",
    "Le jeune vit une situation de harcèlement à l'école.",
    "Les troubles du comportement sont apparus après le décès du grand-père.",
    "Le TDAH a été diagnostiqué en 2017.",
    "Suivi en hôpital de jour au Beau Vallon.",
    "Le home accueille 12 jeunes de 12 à 18 ans.",
    "Le centre de jour est fermé en août.",
    "Consultation au service de santé mentale, rue de Bruxelles.",
    "Le jeune prend le bus 4 pour aller à l'école.",
    "Ligne 42 du TEC, arrêt gare de Namur.",
    "Il consomme du cannabis plusieurs fois par semaine.",
    "Pas de consommation d'alcool signalée.",
    "Une place en IPPJ a été évoquée puis écartée.",
    "Le chemin parcouru depuis 2018 est important.",
    "Une mise en place de 3 séances de guidance est prévue.",
    "Le projet est en route depuis 2 semaines.",
    "Un accompagnement en route vers l'autonomie est proposé.",
    "La voie de la médiation est privilégiée.",
    "Un séjour de rupture de 3 semaines est envisagé.",
    "Le séjour coûte 3 200 EUR, transport compris.",
    "Le réseau Kirikou couvre la province de Namur.",
    "Le dispositif concerne les jeunes de 0 à 23 ans.",
    "Rapport annuel 2019 : 25 dossiers, 58 concertations.",
    "Phase 5B : une action essentielle n'est financée par personne.",
    "Phase 6 : le référent constitue le dossier de demande.",
    "Le coordinateur du réseau vérifie l'enveloppe disponible.",
    "Le gestionnaire financier rembourse le prestataire sur facture.",
    "La demande a été refusée : matériel informatique non éligible.",
    "Le transport aurait pu être financé par le CPAS.",
    "La concertation réunit une dizaine de personnes.",
    "Au moins un acteur de l'axe 1 doit être présent.",
    "Le jeune et sa famille sont directement associés.",
    "L'AMO Passages et le SAS ont été informés.",
    "Le service Droit des Jeunes a donné un avis.",
    "Le Service d'Aide à la Jeunesse a été saisi.",
    "La Maison de l'Adolescent propose un accueil sans rendez-vous.",
    "L'école des devoirs du quartier reste un appui.",
    "Le club de judo accepte le jeune gratuitement.",
    "Il joue au football au RFC Namur.",
    "Séance au Centre culturel de Dinant.",
    "Activité au Musée Félicien Rops avec l'éducatrice.",
    "Sortie à la Citadelle avec le groupe.",
    "Stage de vacances à Profondeville en juillet.",
    "La famille passe l'été en Ardenne.",
    "Le père travaille à Charleroi et rentre le week-end.",
    "La mère cherche un emploi via le Forem.",
    "Inscription au Forem le 3 février 2020.",
    "Le jeune veut faire un stage chez un garagiste de Ciney.",
    "Vacances de Carnaval : le jeune reste chez sa mère.",
    "Le suivi reprendra après la Toussaint.",
    "Vérifier le montant (1 250,00 €) avec le prestataire.",
    "Le budget annuel est de 110 421 EUR.",
    "Le total des frais s'élève à 12 345,67 EUR.",
    "Ticket n° 458 921 de la mutuelle.",
    "Version 2.3 du formulaire, mise à jour le 01/09/2019.",
    "Le formulaire 2019-v4 remplace l'ancien.",
    "Voir point 4.2 de la note du 12.11.2019.",
    "Référence interne : DOS-2019-007-A.",
    "La réunion de 14h00-16h00 a été déplacée au 15-03-2019.",
    "Pièce jointe : devis_2019_03.pdf",
    "Le casemanager travaille à 0,5 ETP depuis mai 2018.",
    "13 dossiers ont été ouverts en 2018 : 2 de 0-6 ans, 1 de 6-12 ans, 5 de 12-15 ans et 5 de 16-23 ans.",
    "4 demandes de financement, toutes accordées.",
    "Saturation : 16 dossiers actifs en juin 2019.",
    "Les partenaires sont épuisés et la concertation est dans l'impasse.",
    "La maman se dit soulagée par la décision.",
    "Le papa viendra à la prochaine réunion.",
    "La sœur cadette ne veut pas participer.",
    "Le frère jumeau est suivi par un autre service.",
    "Les grands-parents paternels sont très présents.",
    "Le compagnon de la mère vit au domicile depuis peu.",
    "L'ex-compagnon de la mère a un droit de visite.",
    "La voisine dépanne parfois pour la garde des enfants.",
    "Le parrain du jeune propose une activité sportive.",
    "Le jeune appelle sa tante « tata ».",
    "La jeune se prénomme d'après sa grand-mère.",
    "Il se fait appeler par un surnom sur les réseaux sociaux.",
    "Le nom de famille n'est pas mentionné dans la note.",
    "Le prénom du jeune n'apparaît que dans le dossier papier.",
    "Mme la Juge a prolongé la mesure.",
    "Monsieur le Directeur de l'école a été informé.",
    "Madame la Déléguée du SPJ rédigera le rapport.",
    "Le Docteur de garde a orienté vers le SSM.",
    "Le Dr B. a prescrit un traitement.",
    "Me K., avocate du jeune, était présente.",
    "M. le Procureur du Roi a été avisé.",
    "Présentes : Mme B. (mère), Mme C. (tante), M. F. (éducateur).",
    "Initiales de la famille : M. D., J. D., L. D.",
    "Les parents (S. et T. V.) ont donné leur accord.",
    "Le jeune (K. L.) a signé la charte.",
    "Signatures : le jeune, la mère, le pédopsychiatre, le coordinateur.",
    "Acteurs : a1 (mère), a2 (père), a3 (éducatrice AMO), a4 (pédopsychiatre).",
    "services: [spj-namur, ssm-dinant, cpas-jambes]",
    "id: 2019-007",
    "code: JDF20085000",
    "statut: ouvert",
    "canal: telephone",
    "initiateur: a1",
    "lien: grand-mère",
    "initiales: M. D.",
    "fonction: pédopsychiatre",
    "date: 2019-03-12",
    "montant: 10000",
    "axe1: true",
    "secteur: sante_mentale",
    "charte_signee: 2019-02-14",
    "jeune_informe: true",
    "informations: situation scolaire et suivi psychologique",
    "destinataires: partenaires de la concertation",
    "finalite: coordonner le trajet de soins",
    "## Actions prioritaires",
    "### Leviers et obstacles",
    "# Note de synthèse — concertation du 12 mars 2019",
    "| Action | Qui | Quand |",
    "| Reprise scolaire | école, AMO | avril |",
    "> Le jeune souhaite être entendu avant toute décision.",
    "**Prochaine réunion :** 14 mai 2019, 14 h, SSM de Namur.",
    "1. Stabiliser l'hébergement chez la grand-mère.",
    "2. Mettre en place un suivi pédopsychiatrique.",
    "3. Soutenir la mère dans ses démarches au CPAS.",
    "- [x] Charte signée par les partenaires",
    "- [ ] Fiche de présence à faire signer",
    "Voir annexe 2 (devis du prestataire).",
    "La réunion a eu lieu au CPAS de Jambes, salle 2.",
    "Le rendez-vous est fixé au 3 avril à 10 h 30.",
    "Le jeune aura sa réponse avant le 20 juin.",
    "Délai : 6 à 12 mois, aussi court que possible, aussi long que nécessaire.",
    "Réponse dans les 24 à 48 heures.",
    "Le jeune dort chez un ami deux nuits par semaine.",
    "Le jeune a passé trois jours chez un copain sans prévenir.",
    "Sa petite amie est enceinte ; il sera bientôt père.",
    "Le petit frère imite le comportement de l'aîné.",
    "La fratrie compte quatre enfants de deux unions.",
    "Le cadet est scolarisé en maternelle.",
    "Le jeune est le benjamin de la fratrie.",
    "Les enfants passent un week-end sur deux chez le père.",
    "Le père est en détention depuis 2018.",
    "La mère suit une cure à la clinique.",
    "La grand-mère ne souhaite pas être contactée directement.",
    "Le médecin traitant est informé avec l'accord de la mère.",
    "Le secret professionnel partagé a été expliqué au jeune.",
    "Seules les informations utiles au travail sont partagées.",
    "Le contenu confidentiel ne figure pas dans la note.",
    "Le jeune a été informé de ce qui est partagé, pourquoi et avec qui.",
    "La Wallonie finance une partie du dispositif.",
    "Le SPF Santé publique finance la fonction de liaison.",
    "La Fédération Wallonie-Bruxelles a été sollicitée.",
    "Une demande a été introduite auprès de l'AVIQ en janvier.",
    "Le dossier AVIQ est toujours en attente.",
    "La mutuelle rembourse 75 % des séances.",
    "Le jeune bénéficie d'allocations familiales majorées.",
    "Les séances de kiné ont lieu à Floreffe.",
    "Le jeune est inscrit à l'académie de musique de Jambes.",
    "Stage de foot organisé par la commune de Fernelmont.",
    "La famille a déménagé de Couvin à Philippeville.",
    "Le jeune prend le train de Dinant à Namur.",
    "Il a fugué jusqu'à Bruxelles et a été retrouvé gare du Midi.",
    "La police de Namur a été prévenue de la fugue.",
    "Le service d'accrochage scolaire (SAS) prend le relais.",
    "Grâce à l'éducatrice, le jeune a repris confiance.",
    "Constance et régularité sont attendues des deux côtés.",
    "Fleur de l'âge, disait la grand-mère en riant.",
    "Claire amélioration depuis la dernière réunion.",
    "Victoire d'étape : le jeune a terminé son trimestre.",
    "Marine, bleu ou vert : le jeune a choisi la couleur de sa chambre.",
    "Berger allemand ou malinois, le chien reste un sujet de conflit.",
    "Blanc ou noir, le jeune voit tout en extrêmes.",
    "Sauvage, c'est le mot que la mère emploie pour décrire son fils.",
    "Léger mieux au niveau du sommeil.",
    "Durant l'été, les visites seront suspendues.",
    "Noël sera passé chez la tante.",
    "Paris n'est pas une option pour le séjour de rupture.",
    "Voisin de palier, le concierge signale du bruit la nuit.",
    "Cousin éloigné, il n'est pas associé à la concertation.",
    "Rose, violette ou jaune : l'atelier de peinture a plu.",
    "Marchand de journaux, le père travaille tôt le matin.",
    "Parent solo, la mère cumule deux emplois.",
    "Petit déjeuner pris au centre de jour.",
    "Gros progrès en mathématiques ce trimestre.",
    "Moulin à paroles, le jeune a monopolisé la réunion.",
]


def etiquette_nom(texte: str, valeur: str) -> tuple[int, int]:
    debut = texte.index(valeur)
    return debut, debut + len(valeur)


def remplir(gabarit: str, v: str = "", nom_: str = "", prenom_: str = "") -> str:
    role = r(ROLES)
    return gabarit.format(v=v, role=role, Role=role[0].upper() + role[1:], nom=nom_, prenom=prenom_)


PROTEGES = [
    "Zoltanne Kwasniewska", "Ilyès Haddouche", "Ophélie Vanderstraeten-Mbala", "Yanis Oudjedi",
    "Maëlys Tchakounté", "Gaëtan Wauthelet", "Solène Xhonneux", "Anaïs Gérardy-Lekeu", "Thibault Vandeputte",
    "Inès El Amrani", "Rayane Mbuyi", "Loïc Pirsoul",
]


def variante(nom_complet: str) -> str:
    """Le nom protégé écrit autrement : casse, accents, prénom seul, nom seul."""
    import unicodedata

    prenom_, _, famille = nom_complet.partition(" ")
    choix = hasard.choice(["prenom", "famille", "complet", "majuscules", "minuscules", "sans_accents"])
    if choix == "prenom":
        return prenom_
    if choix == "famille":
        return famille
    if choix == "majuscules":
        return famille.upper()
    if choix == "minuscules":
        return prenom_.lower()
    if choix == "sans_accents":
        return "".join(c for c in unicodedata.normalize("NFKD", nom_complet) if not unicodedata.combining(c))
    return nom_complet


def generer() -> dict[str, list[dict]]:
    fichiers: dict[str, list[dict]] = {"positifs": [], "negatifs": []}
    compte = 0

    def ajouter(categorie: str, texte: str, valeur: str | None, **extra) -> None:
        nonlocal compte
        compte += 1
        fiche = {"id": f"{categorie}-{compte:04d}", "categorie": categorie, "texte": texte}
        if valeur is not None:
            debut, fin = etiquette_nom(texte, valeur)
            fiche.update(debut=debut, fin=fin)
        fiche.update(extra)
        fichiers["positifs" if valeur is not None else "negatifs"].append(fiche)

    fabriques = {
        "telephone": telephone,
        "email": courriel,
        "niss": lambda: niss(False),
        "bis": lambda: niss(True),
        "iban": iban,
        "date_naissance": date_naissance,
        "adresse": adresse,
    }
    nombres = {"telephone": 90, "email": 50, "niss": 40, "bis": 25, "iban": 45, "date_naissance": 70, "adresse": 70}
    for categorie, fabrique in fabriques.items():
        for _ in range(nombres[categorie]):
            valeur = fabrique()
            gabarit = r(GABARITS[categorie])
            texte = remplir(gabarit, v=valeur)
            ajouter(categorie, texte, valeur)
    for _ in range(110):
        gabarit = r(GABARITS["nom_civilite"])
        p, n = prenom(), nom()
        texte = remplir(gabarit, nom_=n, prenom_=p)
        valeur = f"{p} {n}" if "{prenom} {nom}" in gabarit else (n if "{nom}" in gabarit else p)
        ajouter("nom_civilite", texte, valeur)
    for _ in range(130):
        gabarit = r(GABARITS["nom_liste"])
        p, n = prenom(), nom()
        texte = remplir(gabarit, nom_=n, prenom_=p)
        texte = texte[0].upper() + texte[1:] if not texte.startswith("-") else texte
        valeur = f"{p} {n}" if "{prenom} {nom}" in gabarit else (n if "{nom}" in gabarit else p)
        ajouter("nom_liste", texte, valeur)
    for _ in range(50):
        nom_complet = r(PROTEGES)
        valeur = variante(nom_complet)
        texte = remplir(r(GABARITS["nom_protege"]), v=valeur)
        ajouter("nom_protege", texte, valeur, proteges=[nom_complet])
    for texte in NEGATIFS:
        ajouter("aucune", texte, None)
    return fichiers


def main() -> None:
    DOSSIER.mkdir(exist_ok=True)
    for nom_fichier, fiches in generer().items():
        with (DOSSIER / f"{nom_fichier}.jsonl").open("w", encoding="utf-8") as sortie:
            for fiche in fiches:
                sortie.write(json.dumps(fiche, ensure_ascii=False) + "\n")
        print(f"{nom_fichier}: {len(fiches)} phrases")


if __name__ == "__main__":
    main()
