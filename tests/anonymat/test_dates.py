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
        "Né en mars 2008, il entre en secondaire.",
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
