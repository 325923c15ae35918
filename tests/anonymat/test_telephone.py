import pytest


@pytest.mark.parametrize(
    "texte",
    [
        "Joignable au 0470/12.34.56 en soirée.",
        "GSM : 0499 21 43 65",
        "Le père a laissé le 0471 23 45 67 à l'accueil.",
        "Tél. 081 72 14 02 (domicile)",
        "Numéro du grand-père : 04 223 45 67.",
        "Appeler le +32 470 12 34 56 avant jeudi.",
        "Contact : 0032 81 23 45 67",
        "+32 (0)470 12 34 56",
        "La tante vit en France : 06 12 34 56 78.",
        "Numéro français +33 6 12 34 56 78",
        "La mère utilise un numéro néerlandais +31 6 12345678.",
        "Il travaille au Luxembourg, +352 621 123 456.",
        "La marraine : 0470123456",
        "Laisser un message au 02/345.67.89.",
        "Portable du beau-père : 04 123 45 67",
    ],
)
def test_telephone_trouve(regles, texte):
    assert regles(texte) == ["anonymat.telephone"]


@pytest.mark.parametrize(
    "texte",
    [
        "Réunion le 12.03.2019 à 14 h au CPAS.",
        "Prochaine concertation le 02.03.2019, puis le 04.05.2019.",
        "Rencontre du 03-04-2019 au SSM de Namur.",
        "Réunion du 2019-03-12, dossier 2019-007.",
        "Montant demandé : 10 000 EUR pour un coût total de 15 000 EUR.",
        "Enveloppe de 110 421 € en 2018.",
        "Le jeune JDF20085000 et le code JD20085000 figurent au registre.",
        "Acteurs a1, a2 et a3 ; service spj-namur ; 5000 Namur.",
        "En 2019, 23 demandes ont été traitées et 58 concertations tenues.",
    ],
)
def test_pas_de_telephone(regles, texte):
    assert "anonymat.telephone" not in regles(texte)


def test_telephone_de_l_annuaire_autorise(contexte, regles):
    contexte.autoriser_telephone("081 72 14 02")
    assert regles("Le standard du SSM : 081/72.14.02", contexte) == []
    assert regles("Le GSM de la mère : 0499 21 43 65", contexte) == ["anonymat.telephone"]


@pytest.mark.parametrize(
    "texte",
    [
        "En cas d'urgence, appeler l'oncle au 0465-28-13-33.",
        "GSM de la tante : 0478-31-12-99",
        "tél. 081-22-13-45 (le soir)",
    ],
)
def test_groupes_qui_ressemblent_a_une_date_impossible(regles, texte):
    """« 28-13-33 » n'est pas une date (pas de 13e mois) : le numéro n'est pas blanchi comme une date."""
    assert regles(texte) == ["anonymat.telephone"]


@pytest.mark.parametrize(
    "texte",
    ["Numéro d'entreprise de l'asbl prestataire : 0412.345.614.", "KBO-nummer van de vzw: 0412 345 614",
     "TVA du garage BE 0412.345.614"],
)
def test_numero_d_entreprise_n_est_pas_un_telephone(regles, texte):
    assert "anonymat.telephone" not in regles(texte)


def test_numero_a_forme_d_entreprise_sans_entreprise_reste_un_telephone(regles):
    assert "anonymat.telephone" in regles("GSM de la mère : 0412.345.614.")


def test_code_du_jeune_seul_sur_sa_ligne_n_appelle_pas_phonenumbers(contexte, monkeypatch):
    """Le code du jeune (une suite de chiffres collée à des lettres) est écarté par le préfiltre : la ligne
    n'est pas donnée à phonenumbers ; un 0 en tête, un « x » ou un autre groupe de chiffres la font examiner."""
    texte = ("code: LJF19815100\nid: LJF0472123456\nx: +x19815100\nref: LJF19815100 ext472123456\n"
             "tel: ABC0472123456\n")
    assert _lignes_examinees(texte, contexte, monkeypatch) == texte.splitlines()[1:]


@pytest.mark.parametrize("ligne", ["code: LJF19815100", "ABC472123456 joignable", "tél. : BE32471234567",
                                   "gsm T471234567#", "numéro EXT471234567"])
def test_lignes_ecartees_par_le_prefiltre_sans_numero(contexte, ligne):
    """Ce que le préfiltre écarte, phonenumbers ne l'aurait pas retenu non plus : le verdict ne change pas."""
    from filrouge.anonymat import telephone

    assert telephone._CODE_SEUL.fullmatch(ligne)
    assert telephone._analyser_ligne(ligne, contexte) == []


def test_chemin_date_seul_sur_sa_ligne_n_appelle_pas_phonenumbers(contexte, monkeypatch):
    """Le chemin daté d'une note (« fichier: concertations/2019-03-12.yaml », dans chaque demande de financement)
    n'est pas donné à phonenumbers ; un autre chiffre, une parenthèse ou un « + » font examiner la ligne."""
    texte = ("  fichier: concertations/2019-03-12.yaml\nvoir notes/1998-07-30\n"
             "fichier: (b)/2019-03-12.yaml\n+ notes/2019-03-12\nnote: a/2019-03-12/1\n")
    assert _lignes_examinees(texte, contexte, monkeypatch) == texte.splitlines()[2:]


def test_aucune_date_iso_n_est_un_numero_pour_phonenumbers():
    """Ce que `_DATE_ISO_SEULE` écarte, phonenumbers ne le retiendrait pas : aucune date AAAA-MM-JJ n'est un numéro
    valide belge, français ou néerlandais (ni, en « possible », un numéro qui commence par 0, + ou parenthèse).
    Toutes les dates de 1900-00-00 à 2099-19-39 ont été vérifiées une à une ; ici une sur neuf, pour qu'une
    nouvelle version de phonenumbers qui en ferait un numéro se voie."""
    from phonenumbers import Leniency, PhoneNumberMatcher

    from filrouge.anonymat import telephone

    for annee in range(1900, 2100, 3):
        for mois in range(20):
            for jour in range(mois % 3, 40, 3):
                ligne = f"fichier: concertations/{annee}-{mois:02d}-{jour:02d}.yaml"
                assert telephone._DATE_ISO_SEULE.fullmatch(ligne)
                for region in ("BE", "FR", "NL"):
                    assert not any(True for _ in PhoneNumberMatcher(ligne, region, leniency=Leniency.VALID)), ligne
                assert not any(m.raw_string[0] in "0+(" for m in PhoneNumberMatcher(ligne, "BE", leniency=Leniency.POSSIBLE))


def _lignes_examinees(texte: str, contexte, monkeypatch) -> list[str]:
    """Les lignes que le détecteur donne vraiment à phonenumbers (`_analyser_ligne`), dans l'ordre."""
    from filrouge.anonymat import telephone
    from filrouge.anonymat.lignes import Lignes

    examinees: list[str] = []
    analyser = telephone._analyser_ligne
    monkeypatch.setattr(telephone, "_analyser_ligne", lambda ligne, ctx, *reste: examinees.append(ligne) or analyser(ligne, ctx, *reste))
    telephone.detecter(texte, Lignes(texte), contexte)
    return examinees


@pytest.mark.parametrize(
    "texte",
    [
        "Virement sur BE71 0961 2345 6769, rappeler au 0471 12 34 56 ce soir.",
        "NISS 85.07.30-033.28 ; GSM du père : 0486 27 91 05.",
        "Écrire à jean.kwabenaz0471123456@skynet.be ou appeler le 0486 27 91 05.",
    ],
)
def test_un_numero_a_cote_d_un_identifiant_plus_fort_reste_signale(texte: str) -> None:
    """Les NISS, IBAN et adresses trouvés d'abord sont blanchis avant la recherche des téléphones (`analyse`) : le
    numéro d'à côté reste signalé, et rien n'est signalé deux fois."""
    from filrouge.anonymat import ContexteAnonymat
    from filrouge.anonymat.analyse import analyser_texte

    regles = [c.regle for c in analyser_texte(texte, "dossiers/2019-003/concertations/n.md", ContexteAnonymat())[0]]
    assert regles.count("anonymat.telephone") == 1 and len(regles) == 2, regles
