import pytest


@pytest.mark.parametrize(
    "texte",
    [
        "Julie, née le 3 mars 2008, vit chez sa mère.",
        "Date de naissance : 03/03/2008",
        "date_naissance: 2008-03-03",
        "Le jeune est né le 14.07.2010 à Namur.",
        "DDN 1/2/09",
        "Elle est née à Dinant le 1er janvier 2007.",
        "Naissance : 21 septembre 2011",
        "Le frère, né(e) le 5/6/2012, est suivi ailleurs.",
        "Il a vu le jour le vingt et un mai 2009 à Liège.",
        "Kevin 12/04/2009 (date de naissance) est scolarisé.",
    ],
)
def test_date_de_naissance(regles, texte):
    assert "anonymat.date_naissance" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Réunion le 3 mars 2019 au SSM.",
        "Prochaine concertation : 12/03/2019 à 14 h.",
        "La jeune, née en 2008, sera revue le 12/03/2019.",
        "Prise de connaissance du dossier le 04/02/2019.",
        "Ouverture du dossier : 2019-03-12.",
    ],
)
def test_pas_de_date_de_naissance(regles, texte):
    assert "anonymat.date_naissance" not in regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Fiche Fedasil : DOB: 2006-12-23, unaccompanied minor.", "D.O.B. 03/07/2009 (selon la fiche)",
     "Jongere geb. 12/03/2008 te Gent."],
)
def test_date_de_naissance_en_anglais_et_en_neerlandais(regles, texte):
    assert regles(texte) == ["anonymat.date_naissance"]


def test_date_de_reunion_en_anglais_n_est_pas_une_naissance(regles):
    assert regles("Hearing date: 2026-12-23, the guardian will attend.") == []


@pytest.mark.parametrize(
    "texte",
    [
        "Date de naissance (export du logiciel) : 20090321",
        "DDN : 21032009",
        "Fecha de nacimiento: 03/11/2010 (acta española).",
        "Data di nascita: 17.04.2009",
        "Data urodzenia: 2011-08-02",
        "Doğum tarihi : 02.09.2012",
        "La petite est née un 14 février, comme sa grand-mère.",
        "Né le 3 mai ; l'année est dans le code.",
    ],
)
def test_naissance_compacte_d_ailleurs_ou_sans_annee(regles, texte):
    assert "anonymat.date_naissance" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Facture 20090321 réglée par le CPAS.",  # huit chiffres sans indice de naissance
        "La réunion du 14 février est reportée.",
        "Le bébé n'est pas encore né ; terme prévu fin mars, échographie le 3 mars.",
    ],
)
def test_jour_et_mois_sans_naissance(regles, texte):
    assert "anonymat.date_naissance" not in regles(texte)


# Sixième passage : les dates d'état civil de toutes les langues (mois de Babel), les ordres mois-jour-année,
# les chiffres romains, les espaces seules, le mois et l'année juste après l'indice. Variantes écrites à part.
@pytest.mark.parametrize(
    "texte",
    [
        "Fecha de nacimiento: 2 de febrero de 2011 (pasaporte).",
        "Data de nascimento: 28 de fevereiro de 2010.",
        "Nato il 4 settembre 2009 a Palermo.",
        "Urodzony 11 listopada 2010 r.",
        "Născut la 30 octombrie 2011.",
        "Doğum tarihi: 7 Haziran 2012",
        "Geburtsdatum: 9. Dezember 2010",
        "Geboren op 3 mrt. 2009 te Aalst.",
        "Zoon, °2 sep. 2011, schoolgaand.",
        "Date of birth: 4th of July 2010.",
        "DOB: Sept 9, 2012 (UNHCR card).",
        "Date de naissance : février 21, 2011 (formulaire américain).",
        "Birth date: 12/31/2010.",
        "Née le 14 XII 2009 selon l'acte.",
        "Date de naissance : 3.VII.2011.",
        "Date de naissance : 01 02 2012",
        "Le petit frère est né en septembre 2013.",
        "Born in January 2012 in Kabul.",
        "Data urodzenia: 5 maj 2010",
        "Дата на раждане: 3 март 2011",
    ],
)
def test_date_de_naissance_de_toutes_les_langues(regles, texte):
    assert "anonymat.date_naissance" in regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Concertation le 21 de julio de 2025 à Bruxelles.",
        "Overleg op 14 okt. 2025 in Gent.",
        "Meeting on March 14th, 2026 with the guardian.",
        "Rendez-vous le 12/31/2025 annulé.",
        "Article IV-2010 du règlement.",
        "Né en 2011, il a commencé l'école en avril 2017.",  # le mois est celui de l'école
        "La concertation d'avril 2024 a été reportée.",
        "Il a joué 12 mars 2024 fois",  # pas d'indice : rien
    ],
)
def test_date_sans_naissance_de_toutes_les_langues(regles, texte):
    assert "anonymat.date_naissance" not in regles(texte)


def test_mois_et_annee_juste_apres_la_naissance(regles):
    assert "anonymat.date_naissance" in regles("Né en mars 2008, il entre en secondaire.")


@pytest.mark.parametrize("texte", [
    "27/3/18 : c'est la date de naissance notée sur la fiche d'inscription.",
    "14.12.2016, c'est sa date de naissance d'après la mère.",
    "Le 3 mai 2009 – c’était la date de naissance inscrite au SAJ.",
    "2011-05-04 est la date de naissance retenue par l'école.",
    "« 17/08/2018 », c'est leur DDN.",
])
def test_date_dite_puis_annoncee_comme_naissance(regles, texte):
    """La date d'abord, ce qu'elle est ensuite : « 27/3/18 : c'est sa date de naissance »."""
    assert "anonymat.date_naissance" in regles(texte)


@pytest.mark.parametrize("texte", [
    "12/03/2019 : c'est la date de la concertation.",
    "12/03/2019 : date de naissance à demander à la mère.",
    "Réunion du 12/03/2019 : c'est le jour où la date de naissance a été corrigée.",
    "Le 04/02/2019 est la date de la prochaine rencontre.",
    "Le 04/02/2019, c'est la naissance du projet de service.",
])
def test_date_suivie_d_autre_chose_qu_une_naissance(regles, texte):
    assert "anonymat.date_naissance" not in regles(texte)
