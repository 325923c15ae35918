from filrouge.anonymat import analyser_texte


def test_marqueur_avec_raison_yaml(contexte):
    texte = "standard: 081 72 14 02  # anonymat: ok numéro du standard public du SSM\n"
    constats, acceptes = analyser_texte(texte, "x.yaml", contexte)
    assert constats == [] and acceptes == 1


def test_marqueur_avec_raison_markdown(contexte):
    texte = "Réunion chez M. Lambert <!-- anonymat: ok nom de la salle communale -->\nM. Dupont est venu.\n"
    constats, acceptes = analyser_texte(texte, "x.md", contexte)
    assert acceptes == 1
    assert [(c.ligne, c.regle) for c in constats] == [(2, "anonymat.nom")]


def test_marqueur_sans_raison_n_accepte_rien(contexte):
    texte = "GSM 0499 21 43 65 <!-- anonymat: ok -->\n"
    constats, acceptes = analyser_texte(texte, "x.md", contexte)
    assert acceptes == 0
    assert [c.regle for c in constats] == ["anonymat.telephone"]
    assert "sans raison" in constats[0].message or "pas de raison" in constats[0].message


def test_marqueur_sans_raison_seul_est_signale(contexte):
    texte = "Rien à signaler ici.  # anonymat: ok\n"
    constats, acceptes = analyser_texte(texte, "x.yaml", contexte)
    assert acceptes == 0
    assert len(constats) == 1 and "raison" in constats[0].message
    assert constats[0].gravite == "erreur"


def test_le_marqueur_ne_vaut_que_pour_sa_ligne(contexte):
    texte = "ok  # anonymat: ok relu le 3/3\nGSM 0499 21 43 65\n"
    constats, acceptes = analyser_texte(texte, "x.yaml", contexte)
    assert acceptes == 1 and [c.ligne for c in constats] == [2]
