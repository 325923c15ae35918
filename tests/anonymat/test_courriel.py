import pytest


@pytest.mark.parametrize(
    "texte",
    [
        "Écrire à julie.dumont@example.be pour le rendez-vous.",
        "Adresse de la mère : Sophie_Lambert72@gmail.com",
        "Contact : k.vanhoof [at] telenet.be",
        "courriel : marc.dubois(at)skynet(dot)be",
    ],
)
def test_courriel_trouve(regles, texte):
    assert regles(texte) == ["anonymat.email"]


@pytest.mark.parametrize(
    "texte",
    [
        "La réunion a eu lieu at home, disait-il en riant.",
        "Voir le site du réseau pour les formulaires.",
        "Le jeune est @ l'école le matin.",
    ],
)
def test_pas_de_courriel(regles, texte):
    assert "anonymat.email" not in regles(texte)


def test_courriel_de_l_annuaire_autorise(contexte, regles):
    contexte.autoriser_courriel("accueil@ssm-exemple.be")
    assert regles("Envoyer la note à Accueil@ssm-exemple.be", contexte) == []


@pytest.mark.parametrize(
    "texte",
    ["La mère a dicté son adresse : famille.lambotte arobase skynet point be.",
     "écrire à jean.dupont arobase proximus point be",
     "contact : nora_b arobase gmail dot com"],
)
def test_courriel_tout_epele(regles, texte):
    assert regles(texte) == ["anonymat.email"]


@pytest.mark.parametrize("texte", ["meet at school point of contact", "le point de vue de la mère, arobase compris"])
def test_point_epele_sans_arobase_n_est_pas_un_courriel(regles, texte):
    assert regles(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "E-mail van de moeder: sofie punt claes apenstaartje telenet punt be",
        "mailadres: brecht apenstaartje hotmail punt com",
    ],
)
def test_courriel_epele_en_neerlandais(regles, texte):
    assert "anonymat.email" in regles(texte)


def test_punt_sans_apenstaartje_n_est_pas_un_courriel(regles):
    assert regles("Een punt van aandacht: de school punt be klaar.") == []


@pytest.mark.parametrize(
    "texte",
    [
        "Adresse de la mère : nadia.benali＠hotmail.com",  # arobase pleine chasse
        "Contact : ｓａｍｉｒ＠ｇｍａｉｌ．ｃｏｍ",  # tout en pleine chasse
        "Mail du père : yusuf﹫outlook․be",  # petite arobase, point de conduite
    ],
)
def test_courriel_ecrit_avec_des_homoglyphes(regles, texte):
    assert "anonymat.email" in regles(texte)


def test_chiffres_pleine_chasse_lus_comme_des_chiffres(regles):
    assert "anonymat.telephone" in regles("GSM de la tante : ０４８７ ３６ ５０ ２１")
