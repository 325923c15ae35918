"""Vingt-deuxième passage : dates de naissance dans un bloc YAML ouvert par une clé de naissance, noms en minuscules
après « en » quand un nom de famille suit, prénoms composés d'Asie dont un morceau est aussi un mot (« min-jun »),
plusieurs mots apposés à un proche, initiale et nom entre les apostrophes d'une valeur YAML ou après « d' ». Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque
positif, le négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import trouver


def _trouves(texte: str, regle: str) -> list[str]:
    return [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat()) if t.regle == regle]


@pytest.mark.parametrize(
    ("texte", "date"),
    [
        ("identite:\n  naissance:\n    date: \"03-05-2011\"\n    lieu: Dinant\n", "03-05-2011"),
        ("jeune:\n  naissance:\n    jour: 2013-09-30\n", "2013-09-30"),
        ("naissance:\n  lieu: Ciney\n  date: '4 mars 2010'\n", "4 mars 2010"),
        ("fiche:\n  ddn:\n    valeur: 12/11/2009\n", "12/11/2009"),
        ("identite:\n\tnaissance:\n\t\tdate: 01.02.2014\n", "01.02.2014"),
        ("- naissance:\n    date: 2012-06-06\n", "2012-06-06"),
        ("naissance:\r\n  date: 17/01/2012\r\n", "17/01/2012"),
        ("naissance:\n- date: 2012-01-17\n", "2012-01-17"),
        ("naissance:\n  lieu: Ciney\n  # vérifiée\n\n  date: 2011-02-03\n", "2011-02-03"),
        # attaque-12 : ce qu'une version resserrée de la règle taisait
        ("date de naissance :\n  jour: 09-10-2010\n", "09-10-2010"),
        ("née:\n  le: 09-10-2010\n", "09-10-2010"),
        ("naissance:\n  quand: 09-10-2010\n", "09-10-2010"),
        ("naissance:\n  lieu: Clinique Saint-Luc à Bouge, accouchement long, transfert en néonatologie le soir même\n"
         "  date: 09-10-2010\n", "09-10-2010"),
        ("naissance:\n  - lieu: Liège\n    date: 2010-10-09\n", "2010-10-09"),
        # une clé sœur qui nomme le champ (aveugle-35)
        ("releve:\n  - libelle: DDN\n    contenu: 14.02.2012\n", "14.02.2012"),
        ("- champ: 'date de naissance'\n  valeur: 2012-02-14\n", "2012-02-14"),
        # clé en camelCase, clé néerlandaise (attaque-12)
        ("jeune:\n  dateNaissance:\n    jour: 14.02.2012\n", "14.02.2012"),
        ("geboorte:\n  datum: 14-02-2012\n", "14-02-2012"),
    ],
)
def test_date_sous_une_cle_de_naissance(texte: str, date: str) -> None:
    """La clé qui ouvre le bloc dit la naissance : la date en valeur d'une de ses sous-clés en est une."""
    assert date in _trouves(texte, "anonymat.date_naissance"), texte


@pytest.mark.parametrize(
    "texte",
    [
        "concertation:\n  date: \"03-05-2011\"\n",
        "naissance:\n  lieu: Dinant\nreunion:\n  date: 2013-09-30\n",
        "naissance:\n  lieu: Dinant\n  suivi:\n    date: 2013-09-30\n",
        "echeances:\n  - date: 2012-06-06\n    action: appeler l'école\n",
        # attaque-11 : un bloc littéral, un titre de récit, une clé « ne: », un événement du bloc de naissance
        "naissance:\n  lieu: Namur\nnotes: |\n  rdv: 14/03/2023 avec le psychiatre\n",
        "naissance:\n  lieu: Namur\nsuivi: >-\n  date: 02/02/2024 au CHU\n",
        "Suivi depuis la naissance:\n  dernière consultation: 12/10/2023\n",
        "naissance:\n  lieu: Namur\n# suivi\n  entree: 14/03/2023\n",
        "ne:\n  a: Namur\n  date_entree: 14/03/2023\n",
        "naissance:\n  lieu: Namur\n  premiere_consultation: 02/02/2024\n",
        "Depuis sa naissance:\n  hospitalisations: 02/02/2024\n",
        "- champ: date de la réunion\n  valeur: 2012-02-14\n",
        "reconnaissance:\n  date: 14.02.2012\n",
        "Il a fait connaissance le 14/02/2012 avec l'équipe.",
        "- libelle: naissance\n  contenu: voir la fiche\n- libelle: entrée\n  contenu: 14.02.2023\n",
    ],
)
def test_date_hors_d_un_bloc_de_naissance(texte: str) -> None:
    """Un autre bloc (réunion, échéance), même après un bloc de naissance fermé ou sous un bloc voisin : muet."""
    assert _trouves(texte, "anonymat.date_naissance") == [], texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il dit avoir confiance en bruno vermeulen.", "bruno vermeulen"),
        ("Elle a confiance en karim benali depuis l'été.", "karim benali"),
        ("Le grand-père, ji-hoon kim, accueille le jeune le samedi.", "ji-hoon kim"),
        ("La tante, seo-yeon park, vient le chercher.", "seo-yeon park"),
        ("Le parrain, lucas dupont, a proposé son aide.", "lucas dupont"),
        ("La voisine, fatoumata, garde la petite.", "fatoumata"),
        # un composé hors des listes, un nom seul que wordfreq connaît : la règle du mot seul ne recule pas
        ("La marraine, kalonji-mwamba, passe le dimanche.", "kalonji-mwamba"),
        ("Le beau-père, lambert, refuse de venir.", "lambert"),
        ("Le demi-frère, dupont-mariani, ne vient plus.", "dupont-mariani"),
        # attaque-11 : des prénoms composés de morceaux homonymes d'un mot, qu'une version de ce passage taisait
        ("La mère, min-ah, est passée au service ce matin.", "min-ah"),
        ("Le grand-père, van-long, est passé au service.", "van-long"),
        ("La mère, pierre-louis, est passée.", "pierre-louis"),
        ("Il dort chez kim-anh nguyen.", "kim-anh nguyen"),
        ("Entretien avec fatima-zahra nguyen ce matin.", "fatima-zahra nguyen"),
        ("Selon anne-laure diallo, tout va bien.", "anne-laure diallo"),
        ("mere: 'anna-lena smet'\n", "anna-lena smet"),
    ],
)
def test_nom_en_minuscules_retrouve(texte: str, nom: str) -> None:
    """Un prénom suivi d'un nom des listes après « en » (qui annonce aussi une langue) ; un prénom composé dont un
    morceau est aussi un mot (« ji », « seo ») ; un à trois mots apposés à un proche."""
    assert nom in _trouves(texte, "anonymat.nom"), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune parle en lingala avec sa grand-mère.",
        "Il a confiance en lui depuis la rentrée.",
        "La mère, très fatiguée, demande un répit.",
        "Le père, mi-figue mi-raisin, accepte le cadre.",
        "La tante, de son côté, appelle le SAJ.",
        "Présents : le jeune, sa mère, l'interprète, la casemanager.",
        "Le frère, en colère, a quitté la réunion.",
        "Elle arrive en fin d'après-midi, après le ping-pong.",
    ],
)
def test_sans_nom(texte: str) -> None:
    """Une langue, un pronom, des adjectifs et mots composés courants apposés, une énumération de rôles : muet."""
    assert _trouves(texte, "anonymat.nom") == [], texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        # des noms qui sont aussi des mots : seule l'initiale les dit noms
        ("tuteur: 'A. Boulanger'\n", "A. Boulanger"),
        ("signataires:\n  famille: 'Fontaine R.'\n", "Fontaine R."),
        ("Nous avons reçu la lettre d'E. Boucher.", "E. Boucher"),
        ("contact: 'Meunier M.'\n", "Meunier M."),
        ("tuteur: 'K. Pâquet'\n", "K. Pâquet"),
    ],
)
def test_initiale_et_nom_entre_apostrophes(texte: str, nom: str) -> None:
    """L'apostrophe qui ouvre ou ferme une valeur YAML, ou celle de « d' », n'est pas collée au nom."""
    assert nom in _trouves(texte, "anonymat.nom"), texte


@pytest.mark.parametrize("texte", ["Il travaille à l'A.S.B.L. Horizon.", "Il prend de la vitamine D.", "plan: 'le plan B.'\n"])
def test_sigles_et_lettres_sans_nom(texte: str) -> None:
    """Un sigle après une élision, une lettre d'un mot courant : muet."""
    assert _trouves(texte, "anonymat.nom") == [], texte


@pytest.mark.parametrize(
    ("texte", "identifiant"),
    [
        ("referent: oğuzhan-tunc\n", "oğuzhan-tunc"),
        ("presents:\n  - şahin-celik\n  - spj\n", "şahin-celik"),
        ("qui: [łucja-nowak, pedo]\n", "łucja-nowak"),
        # accentués, tous les morceaux (attaque-12) : le préfiltre lisait les mots du texte sans ôter les accents
        ("referent: élodie-lefèvre\n", "élodie-lefèvre"),
        ("presents:\n  - çağla-öztürk\n", "çağla-öztürk"),
    ],
)
def test_identifiant_a_lettre_hors_latin1(texte: str, identifiant: str) -> None:
    """Un identifiant d'acteur formé d'un nom avec une lettre turque ou polonaise : le schéma le refuse, la garde le
    signale quand même (vitesse-21 l'a vu muet)."""
    assert identifiant in _trouves(texte, "anonymat.nom"), texte


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("marraine: 'hennuy'\n", "hennuy"),
        ("entourage:\n  oncle: 'godfroid'\n", "godfroid"),
        ("grand-pere: 'de smet'\n", "de smet"),  # clé à trait d'union, nom à particule en minuscules (attaque-12)
        ("Note : kabongo sera en retard", "kabongo"),
        ("Appel : wouters a confirmé sa présence.", "wouters"),
        ("Bien à vous,\n\nndiaye\nTravailleuse sociale", "ndiaye"),
        ("Cordialement,\nfatou kane\nAMO", "fatou kane"),
    ],
)
def test_nom_seul_en_minuscules_sous_un_lien_apres_deux_points_ou_en_signature(texte: str, nom: str) -> None:
    """Sous une clé de lien de parenté, le nom seul ; un sujet en minuscules après deux-points ; une signature tapée en
    minuscules sous une formule de fin."""
    assert nom in _trouves(texte, "anonymat.nom"), texte


@pytest.mark.parametrize(
    "texte",
    [
        "parrain: 'absent'\nmere: 'inconnue'\ntante: 'a confirmer'\n",
        "Motif : absence sera justifiée par le médecin.",
        "Objet : réunion sera déplacée.",
        "Merci,\nbonne journée",
        "Objet : rendez-vous a été déplacé.",
        "Rappel : porte-monnaie a été retrouvé.",
        "Cordialement,\nl'équipe",
        "Bien à vous,\nà bientôt",
    ],
)
def test_mots_courants_sous_un_lien_apres_deux_points_ou_en_signature(texte: str) -> None:
    assert _trouves(texte, "anonymat.nom") == [], texte


def test_le_point_d_une_adresse_seul_est_soude() -> None:
    """Dans une valeur pliée qui contient une adresse, seul le point de l'adresse se lit collé à son domaine : une
    initiale suivie d'une particule plus loin (« tutrice L. le⏎Grand ») reste une initiale et un nom (attaque-12)."""
    from filrouge.anonymat import analyser_texte

    texte = "notes: >-\n  courriel lg[at]skynet.be\n  ; tutrice L. le\n  Grand\n"
    constats, _ = analyser_texte(texte, "dossiers/2019-003/concertations/x.yaml", ContexteAnonymat())
    assert {"anonymat.nom", "anonymat.email"} <= {c.regle for c in constats}
