import pytest


@pytest.mark.parametrize(
    "texte",
    [
        "La famille habite rue de la Station 12 à Jambes.",
        "Nouvelle adresse : 12, avenue des Tilleuls, 5100 Jambes.",
        "Le père vit chaussée de Louvain 245 bte 3, 5000 Namur.",
        "Domicile : boulevard Cauchy 7/2.",
        "Chez la grand-mère, place Saint-Aubain 4.",
        "Elle loge quai de Meuse 18A.",
        "Appartement drève des Châtaigniers 3 bte 1.",
        "Le jeune est domicilié avenue Reine Astrid à Bouge.",
        "Le père habite Kerkstraat 14 bus 2.",
        "Adresse : 7 rue des Champs, Malonne",
        "Maison familiale clos des Lilas 9.",
    ],
)
def test_adresse(regles, texte):
    assert "anonymat.adresse" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Il s'est retrouvé à la rue depuis 3 mois.",
        "Trouver sa place dans les 2 familles reste difficile.",
        "La réunion s'est tenue place d'Armes à Namur.",
        "Le chemin parcouru en 2019 est important.",
        "Une mise en place de 3 séances est prévue.",
        "L'équipe mobile 107 se déplace à domicile.",
        "Le projet est en route depuis 2 semaines.",
    ],
)
def test_pas_d_adresse(regles, texte):
    assert "anonymat.adresse" not in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le père loge à Valence, calle de la Paz 7, 2.º A, 46003 Valencia.",  # étage et porte espagnols
        "Adresse de l'oncle : Yenidoğan Mah. Gül Sok. No: 8 D: 12, Bayrampaşa/İstanbul.",
        "La tante vit Kültür Mahallesi, Cumhuriyet Caddesi No 41, Bursa.",
        "Adresse au Maroc : quartier Al Fath, rue 27, n° 104, Oujda.",
        "Chez la grand-mère, avenue 12 n° 9, Kinshasa.",
    ],
)
def test_adresses_d_ailleurs(regles, texte):
    assert "anonymat.adresse" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La rue 14 est fermée pour travaux.",  # rue numérotée sans « n° »
        "Le match Galatasaray Sok. reste un mystère.",  # pas de « No » : pas une adresse
    ],
)
def test_pas_d_adresse_d_ailleurs(regles, texte):
    assert "anonymat.adresse" not in regles(texte)


# Sixième passage : adresses d'ailleurs avec appartement, bloc ou « nr. », voies allemandes, codes postaux
# roumains à six chiffres. Variantes écrites à part.
@pytest.mark.parametrize(
    "texte",
    [
        "Adres ciotki: ul. Polna 8 lok. 12, 31-042 Kraków.",
        "Adresa bunicii: Str. Zorilor nr. 19, bl. C3, sc. B, ap. 7, Cluj-Napoca.",
        "Domiciliu: Strada Victoriei nr. 3, Brașov",
        "La tante habite ul. Lipowa 3 m. 17.",
        "Der Vater wohnt Lindenallee 14, 50968 Köln.",
        "Adresse du grand-père : Kirchgasse 7/3, 1070 Wien.",
        "Die Mutter lebt in der Goethestr. 41.",
        "Adresa: Bulevardul Unirii 12, 030833 București",
    ],
)
def test_adresse_d_ailleurs_avec_complements(regles, texte):
    assert "anonymat.adresse" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La Hauptstraße de la ville est en travaux depuis 2024.",
        "Il parle via WhatsApp nr. 2 du groupe.",
        "Le Marktplatz 2024 a eu lieu sans eux.",
    ],
)
def test_pas_d_adresse_d_ailleurs_sans_numero(regles, texte):
    assert "anonymat.adresse" not in regles(texte)
