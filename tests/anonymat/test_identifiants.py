import pytest
from stdnum.be import bis, nn


def test_exemple_niss_valide():
    assert nn.is_valid("85073003328")


def _bis_valide() -> str:
    # mois + 20 (sexe inconnu) : on cherche un numéro BIS valide pour le test
    for suite in range(1, 999):
        base = f"8527010{suite:03d}"[:9]
        for controle in range(100):
            numero = base + f"{controle:02d}"
            if bis.is_valid(numero):
                return numero
    raise AssertionError


@pytest.mark.parametrize(
    "texte",
    [
        "NISS du jeune : 85.07.30-033.28",
        "Registre national 85073003328 transmis par erreur.",
        "numéro 85 07 30 033 28 sur l'attestation",
    ],
)
def test_niss_trouve(regles, texte):
    assert regles(texte) == ["anonymat.niss"]


def test_bis_trouve(regles):
    numero = _bis_valide()
    texte = f"Numéro BIS {numero[:2]}.{numero[2:4]}.{numero[4:6]}-{numero[6:9]}.{numero[9:]} du père."
    assert regles(texte) == ["anonymat.niss"]


def test_niss_clef_fausse_sans_contexte_ignore(regles):
    assert regles("Référence 85.07.30-033.29 de la facture.") == []


def test_niss_clef_fausse_annonce_signale(regles):
    assert regles("NISS : 85.07.30-033.29") == ["anonymat.niss"]


@pytest.mark.parametrize(
    "texte",
    [
        "Rembourser sur le compte BE71 0961 2345 6769.",
        "IBAN de la grand-mère : BE71096123456769",
        "Compte français FR76 3000 6000 0112 3456 7890 189 de l'oncle.",
    ],
)
def test_iban_trouve(regles, texte):
    assert regles(texte) == ["anonymat.iban"]


@pytest.mark.parametrize(
    "texte",
    [
        "Référence BE71 0961 2345 6768 du dossier.",
        "Le code du jeune est JDF20085000.",
        "Dossier 2019-007, facture 2019/0042.",
    ],
)
def test_pas_d_identifiant(regles, texte):
    trouve = regles(texte)
    assert "anonymat.iban" not in trouve and "anonymat.niss" not in trouve


def test_iban_belge_cle_fausse_signale_si_la_ligne_parle_de_compte(regles):
    assert regles("Compte BE71 0961 2345 6768 (clé fausse).") == ["anonymat.iban"]


def test_stdnum_importe_au_premier_candidat_seulement() -> None:
    """python-stdnum coûte ≈ 20 ms à importer, à chaque commit : il attend un texte qui a l'air d'un NISS ou d'un IBAN."""
    import subprocess
    import sys

    code = ("import sys; from filrouge.anonymat import analyser_texte, ContexteAnonymat; c = ContexteAnonymat(); "
            "analyser_texte('Concertation du 12/03/2019, montant 2500 euros.', 'n.md', c); print('stdnum' in sys.modules); "
            "print([x.regle for x in analyser_texte('NISS 85.07.30-033.61', 'n.md', c)[0]], 'stdnum' in sys.modules)")
    sortie = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert sortie[:2] == ["False", "['anonymat.niss'] True"]


def test_mots_qui_passent_la_cle_ne_sont_pas_un_iban_sans_pays(regles):
    """« Op 12 maart 2024 vond… » passe la clé mod 97 mais « OP » n'est pas un pays."""
    assert regles("Op 12 maart 2024 vond het eerste overleg plaats.") == []
    assert regles("Compte de l'oncle : MA64 0115 1900 0001 2050 0053 4921") == ["anonymat.iban"]


def _iban(pays: str, compte: str) -> str:
    """Un IBAN dont la clé ISO est juste pour ce compte, groupé par quatre comme on le recopie."""
    from stdnum import iban

    compact = pays + iban.calc_check_digits(pays + "00" + compte) + compte
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


@pytest.mark.parametrize(("pays", "compte"), [
    ("BE", "539007547000"),               # clé belge (deux derniers chiffres) fausse
    ("ES", "90881731580608706602"),       # dígitos de control faux
    ("ES", "21000418450200051300"),       # autre compte espagnol, même défaut
    ("NO", "86011117940"),                # clé norvégienne (mod 11) fausse
])
def test_iban_a_cle_nationale_fausse_signale_sans_contexte(regles, pays: str, compte: str) -> None:
    """La clé ISO (mod 97) suffit : un compte dont seule la clé nationale est fausse est signalé même dans une liste
    de pièces, sans « IBAN » ni « compte » sur la ligne ; la même suite à clé ISO fausse y reste muette."""
    from stdnum import iban

    valeur = _iban(pays, compte)
    assert not iban.is_valid(valeur)  # la clé nationale est bien fausse
    assert regles(f"Pièces transmises :\n- attestation de fréquentation\n- {valeur}\n") == ["anonymat.iban"]
    cle_fausse = valeur[:2] + f"{(int(valeur[2:4]) + 1) % 100:02d}" + valeur[4:]
    assert regles(f"Pièces transmises :\n- attestation de fréquentation\n- {cle_fausse}\n") == []
