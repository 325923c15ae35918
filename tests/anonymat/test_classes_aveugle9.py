"""Classes de ratés relevées sur aveugle-9 (septième passage), attaquées par des variantes écrites ici (autres
numéros, autres supports) : ce qu'un lecteur voit et que le texte écrit cache (lettre O pour zéro, tiret
demi-cadratin, échappements Markdown, « <br> » dans une cellule, espaces doublées, citation coupée), anciens
comptes belges à points ou à barre, IBAN à points."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte
from filrouge.anonymat.relecture import chiffres_lus, relire


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


@pytest.mark.parametrize(
    ("texte", "regle", "fichier"),
    [
        ("Tél. : O496 61 75 73", "telephone", "essai.md"),
        ("gsm: 'O478 12 34 56'\n", "telephone", "essai.yaml"),
        ("Joignable au 0O32 12 34 56.", "telephone", "essai.md"),
        ("niss: 'O2.03.13-068.22'\n", "niss", "essai.yaml"),
        ("Registre national : 85.O7.3O-033.61", "niss", "essai.md"),
        ("Compte : BE40 31O6 3035 2263", "iban", "essai.md"),
        ('plaques:\n  "1-LEZ-O30": père\n', "plaque", "essai.yaml"),
    ],
)
def test_lettre_o_pour_zero(texte: str, regle: str, fichier: str) -> None:
    assert regle in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    ["Le CO2 dépasse la norme, dit le garage.", "Oui, O2 et Orange sont des opérateurs.", "Ordre du jour : O1, O2."],
)
def test_lettre_o_d_un_mot_reste_une_lettre(texte: str) -> None:
    assert _regles(texte) == set()


def test_chiffres_lus_garde_les_positions() -> None:
    assert chiffres_lus("gsm O496 – 61 ABO123 CO2") == "gsm 0496 - 61 ABO123 CO2"
    texte = "tout en lettres, rien à relire"
    assert chiffres_lus(texte) is texte


@pytest.mark.parametrize("texte", ["tél: 0471 – 04 26 20", "contact : 0475 –05 33 79", "GSM 0497–12 34 56"])
def test_tiret_demi_cadratin_dans_un_numero(texte: str) -> None:
    assert "telephone" in _regles(texte)


def test_tiret_demi_cadratin_entre_deux_annees_n_est_pas_un_numero() -> None:
    assert _regles("Scolarité 2019 – 2020 puis 2021 – 2022, sans redoublement.") == set()


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("GSM (tutrice) : 02/416\\.99\\.78\n", "telephone"),
        ("Mail (cousine) : lucie\\.renard@gmail\\.com\n", "email"),
        ("Plaque : HE\\-75\\-NK\n", "plaque"),
        ("N° de plaque (mère) : 2\\.XSA\\.135\n", "plaque"),
        ("Registre national : 85\\.07\\.30\\-033\\.61\n", "niss"),
    ],
)
def test_echappements_markdown(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("| Portable | Qui |\n|---|---|\n| 04 359<br>09 06 | marraine |\n", "telephone"),
        ("| N° de compte | Qui |\n|---|---|\n| BE74 0352<BR/>5392 3207 | sœur |\n", "iban"),
        ("| Domicile | Qui |\n|---|---|\n| avenue<br />Kasa-Vubu n° 173 | mère |\n", "adresse"),
        ("| Contact | Qui |\n|---|---|\n| +86<br>138 9101 0544 | marraine |\n", "telephone"),
    ],
)
def test_saut_de_ligne_html_dans_une_cellule(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Compte bancaire (BE68  1039  3316  5734) ouvert récemment.", "essai.md"),
        ("iban:\n  - BE47  7323  4618  6280\n", "essai.yaml"),
        ("Compte : BE68\u00a0\u00a01039\u00a0\u00a03316\u00a0\u00a05734", "essai.md"),
        ("Compte bancaire du jeune (BE48.8503.1024.7727).", "essai.md"),
        ('comptes:\n  "BE76.3406.8089.7295": père\n', "essai.yaml"),
    ],
)
def test_iban_belge_a_espaces_doubles_ou_a_points(texte: str, fichier: str) -> None:
    assert "iban" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Versement de l'allocation sur le 340-7286982/89 (compte de la grand-mère).",
        "Ancien compte 850.3003464.51 de la mère.",
        "numero_compte: '103.3498523.92'",
        "IBAN du prestataire : 751 9209855 36",
    ],
)
def test_ancien_compte_a_points_barre_ou_annonce_iban(texte: str) -> None:
    assert "iban" in _regles(texte)


@pytest.mark.parametrize("texte", ["La référence 340.7286982.88 du courrier.", "Dossier 340/7286982/88 au greffe."])
def test_ancien_compte_dont_le_controle_est_faux(texte: str) -> None:
    assert "iban" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ("> Note du beau-père : tél. 03 20 67\n> 97 03\n", "telephone"),
        ("> Note : adresse actuelle av. du\n> Bourgmestre 13\n", "adresse"),
        ("> Note : compte PL16 2008\n> 2147 0141 8021 3344 4112\n", "iban"),
        ("> Note : né le 26 mars\n> 2010, à Namur.\n", "date_naissance"),
    ],
)
def test_citation_coupee(texte: str, regle: str) -> None:
    assert regle in _regles(texte)


def test_citation_suivie_d_une_ligne_hors_citation_n_est_pas_rejointe() -> None:
    assert _regles("> Note du père : tél. 03 20 67\n\n97 03 personnes présentes.\n") == set()


def test_adresse_rejointe_malgre_un_nom_deja_vu() -> None:
    """« Vandervelde » est déjà un nom dans le texte brut : l'adresse rejointe est signalée aussi."""
    texte = "Le beau-père a transmis (lieu de vie) : rue Émile\nVandervelde 42,\nà utiliser avec son accord.\n"
    assert {"adresse", "nom"} <= _regles(texte)


def test_relire_ramene_au_texte_ecrit() -> None:
    texte = "Mail : a\\.b@c\\.be, puis Nun\u0303ez<br>fin"
    relu = relire(texte)
    assert relu is not None
    assert relu.texte == "Mail : a.b@c.be, puis Nuñez fin"
    debut = relu.texte.index("a.b")
    assert texte[slice(*relu.ramener(debut, debut + len("a.b@c.be")))] == "a\\.b@c\\.be"
    debut = relu.texte.index("Nuñez")
    assert texte[slice(*relu.ramener(debut, debut + 5))] == "Nun\u0303ez"
    assert relire("rien à relire") is None


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("La famille d'accueil a un monospace (LZW-652).", "essai.md"),
        ("Le fourgon de l'oncle (QRT-418) est garé devant.", "essai.md"),
        ("plaque_pere:\n  - 130-BNB\n  - via le secrétariat du service\n", "essai.yaml"),
        ("Véhicule du père :\n- 1-ABC-234\n- à vérifier\n", "essai.md"),
        ("La voiture du père (plaque 1-MXUR174) stationne devant l'école.", "essai.md"),
        ("immatriculation: '2-MAB-12'\n", "essai.yaml"),
    ],
)
def test_plaques_belges_moto_ancienne_ou_sous_une_cle(texte: str, fichier: str) -> None:
    assert "plaque" in _regles(texte, fichier)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("actions:\n  - ABC-123\n", "essai.yaml"),
        ("Notes :\n- ABC-123 est la référence du formulaire\n", "essai.md"),
        ("La camionnette du service est réservée pour le 2 mars.", "essai.md"),
    ],
)
def test_pas_de_plaque_sans_vehicule(texte: str, fichier: str) -> None:
    assert "plaque" not in _regles(texte, fichier)


def test_liste_sous_une_cle_d_identifiant() -> None:
    assert "niss" in _regles("identifiant_national:\n  - 901 836 704 42\n  - via le secrétariat\n", "essai.yaml")
    assert "niss" not in _regles("participants:\n  - 901 836 704 42\n", "essai.yaml")


@pytest.mark.parametrize(
    "texte",
    [
        "Adresse de la belle-mère : avenue  \nReine Astrid numéro trente-trois\n",
        "Domicile : chaussée de Dinant numéro cent seize.",
        "Il habite rue de la Paix n° vingt et un, au fond de la cour.",
        "Adresse du grand-père : 216 de  \nla rue des Carmes\n",
        "Elle loge au 14 de l'avenue Brugmann depuis mars.",
    ],
)
def test_numero_de_maison_en_lettres_ou_avant_la_voie(texte: str) -> None:
    assert "adresse" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "* Adresse actuelle : Au Bois de Bossière 63, 5570 Beauraing\n",
        "Fond des Vaux 189, 5570 Beauraing",
        "Domicile : Hameau du Moulin 4, 6900 Marche-en-Famenne",
    ],
)
def test_lieu_dit_avec_code_postal(texte: str) -> None:
    assert "adresse" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Le Tour de France 2019, 5000 personnes au bord de la route.", "Article 12, 1000 fois répété.",
     "On a compté les 3 de la liste.", "La rue est calme, il y a un numéro un peu plus loin."],
)
def test_pas_d_adresse_sans_voie_ni_localite(texte: str) -> None:
    assert "adresse" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Communication structurée : +++359/5159/03492+++",
        "Virement avec la communication *** 201 / 0910 / 39935 ***",
        "Notice de PV n° NA.95.L4.312342/2021 transmise au parquet.",
        "Le procès-verbal BR.12.L3.012345/21 est au dossier.",
        "| Prestataire | BCE |\n|---|---|\n| asbl de logopédie | BE 0513.913.621 |\n",
        "| Prestataire | BCE |\n|---|---|\n| asbl de logopédie | 0434384707 |\n",
    ],
)
def test_references_qui_ne_sont_pas_des_telephones(texte: str) -> None:
    assert "telephone" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Communication +++359/5159/03492+++, GSM de la mère 0475 12 34 56.",
        "PV n° BR.12.L3.012345/21, tél du père 0475 12 34 56.",
        "| Prestataire | GSM |\n|---|---|\n| mère | 0475 12 34 56 |\n",
    ],
)
def test_telephone_a_cote_d_une_reference(texte: str) -> None:
    assert "telephone" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Sa sœur regarde Shrek en boucle.",
        "Sa sœur regarde Mario en boucle.",
        "Sa sœur regarde Elsa de La Reine des neiges en boucle.",
        "Il a un poster de Pikachu et une peluche Stitch.",
        "Au carnaval, déguisé en Spider-Man, il a ri.",
        "Elle est fan de Ladybug depuis l'été.",
    ],
)
def test_personnage_de_fiction_apres_un_ecran_ou_un_jeu(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Mario joue à la console avec son frère.",
        "Elle regarde Mario jouer dans la cour.",
        "Elsa est venue à la concertation.",
        "Anna a regardé un film avec sa tante.",
    ],
)
def test_prenom_qui_est_aussi_un_personnage_reste_un_nom(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Le jeune passe ses après-midis près des grottes de Han.", "La gare de Marloie est loin.",
     "La clémence du juge a surpris la famille.", "Une grâce lui a été accordée."],
)
def test_lieu_ou_mot_commun_qui_n_est_pas_un_nom(texte: str) -> None:
    assert "nom" not in _regles(texte)


@pytest.mark.parametrize("texte", ["clémence est venue hier.", "La mère de clémence est venue.", "On a vu grâce mbuyi hier."])
def test_prenom_homonyme_sans_article_reste_un_nom(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "regle", "fichier"),
    [
        ("DDN (marraine) : `٠٥/١٠/٢٠١٨`\n", "date_naissance", "essai.md"),
        ('ne_le: "١٣/٠٥/٢٠١٥"\n', "date_naissance", "essai.yaml"),
        ("Née le ۱۲/۰۳/۲۰۱۰ à Kaboul.", "date_naissance", "essai.md"),
        ("ddn:\n  - ۱۳۸۸/۰۹/۲۰\n", "date_naissance", "essai.yaml"),
        ("Téléphone de la marraine : ٠٤٧٧ ٩٥ ٧٥ ٢٩.", "telephone", "essai.md"),
    ],
)
def test_chiffres_arabes_orientaux_et_persans(texte: str, regle: str, fichier: str) -> None:
    assert regle in _regles(texte, fichier)


def test_chiffres_persans_d_un_montant_ne_sont_pas_une_naissance() -> None:
    assert _regles("Le loyer est de ۴۵۰ euros par mois.") == set()


@pytest.mark.parametrize(
    ("texte", "regle"),
    [
        ('naissances:\n  "09/28/2008": oncle\n', "date_naissance"),
        ('identifiants_nationaux:\n  "Z-8852416-C": cousine\n', "niss"),
        ("plaques:\n  - 1-ABC-234\n", "plaque"),
    ],
)
def test_cle_ou_element_relu_apres_sa_cle(texte: str, regle: str) -> None:
    assert regle in _regles(texte, "essai.yaml")


def test_liste_de_dates_sans_cle_de_naissance() -> None:
    assert _regles("rendez_vous:\n  - 2024-03-01\n  - 12/03/2024\n", "essai.yaml") == set()


@pytest.mark.parametrize(
    "texte",
    [
        "Rijksregisternummer van de jongere: 12.924.037-S.",
        "n° nat. Y-5327524-W",
        "RN 863 010 877 66 — transmis par la mutuelle.",
        "n° nat. 110105 19830404 2234",
        "numero_national: '110105197806283375'",
        "* Identifiant national : 805416/1522\n",
    ],
)
def test_numeros_nationaux_d_ailleurs(texte: str) -> None:
    assert "niss" in _regles(texte)


@pytest.mark.parametrize(
    "texte", ["Identifiant national : 805416/1523", "n° nat. 110105 19830404 2235", "Dossier 12.924.037-T, numéro national à demander."]
)
def test_numeros_nationaux_d_ailleurs_au_controle_faux(texte: str) -> None:
    assert "niss" not in _regles(texte)


@pytest.mark.parametrize("texte", ["La mère, née le 22 nove. 2017, est arrivée jeune.", "Né le 3 sept. 2010 à Liège.",
                                   "DDN : 14 févr. 2009", "geboren op 5 janu. 2011"])
def test_mois_abrege_a_la_main(texte: str) -> None:
    assert "date_naissance" in _regles(texte)


@pytest.mark.parametrize("texte", ["Née le 12 lun. 2010 ?", "Le rapport du 22 nov. 2017 est joint."])
def test_abreviation_qui_n_est_pas_un_mois_ou_date_sans_naissance(texte: str) -> None:
    assert "date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "regle"),
    [('registre_national: "3139\\\n    8791720"\n', "niss"), ('immatriculations:\n  "DN UW 238": père\n', "plaque")],
)
def test_cle_yaml_a_tiret_bas_ou_au_pluriel(texte: str, regle: str) -> None:
    assert regle in _regles(texte, "essai.yaml")


@pytest.mark.parametrize(
    "texte",
    [
        "vu avec mei reyes hier, d'accord pour la suite",
        "rendez-vous chez mei nguyen jeudi",
        "ok pour que hao vienne à la prochaine réunion",
        "ok pour que zoë vienne à la prochaine réunion",
        "il faut qu'ilyas signe le formulaire",
        "je pense que lucas a dit non",
    ],
)
def test_prenom_en_minuscules_apres_que_ou_suivi_d_un_nom(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La petite ne s'endort qu'avec son doudou.",
        "Elle y va avec rose blanche et lys.",
        "Il faut que rose vienne orner la table.",
        "pour que tout aille bien ; afin que chacun participe",
        "on avance avec mei demain",
        "il faut que la mère vienne",
    ],
)
def test_mot_en_minuscules_qui_n_est_pas_une_personne(texte: str) -> None:
    assert "nom" not in _regles(texte)
