import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


@pytest.mark.parametrize(
    "texte",
    [
        "M. Lambert s'est excusé.",
        "Mme Verhaegen confirme sa présence.",
        "Madame Ficelle, voisine, accueille le jeune le mercredi.",
        "Monsieur Xhonneux a signé la charte.",
        "La mère, Sophie, souhaite être associée.",
        "Son frère Thibault vit en internat.",
        "La grand-mère Ghislaine l'héberge le week-end.",
        "L'enfant, prénommé Nolan, est absent.",
        "Le jeune s'appelle Enzo et il a 14 ans.",
        "Sa sœur Rose vient aux réunions.",
        "Le dénommé Brasseur n'est pas venu.",
        "Présents : la mère et Mme DUPUIS.",
    ],
)
def test_nom_apres_civilite_ou_lien(regles, texte):
    assert regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Kevin Dupont a quitté l'école en mars.",
        "Les éducateurs signalent que Nathalie ne mange plus.",
        "Mathis et sa sœur sont revus au SSM.",
        "Dubois a promis de rappeler le SAJ.",
        "Le médecin a rencontré Mohamed à l'hôpital.",
        "Présents : Céline Vandenberghe, le SAJ, la mère.",
    ],
)
def test_nom_des_listes(regles, texte):
    assert regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "La mère et le pédopsychiatre sont présents.",
        "Mme D. et M. D. ont signé la charte ; J.D. est informé.",
        "La mère (M. D.) et le père (J.-M. D.) sont d'accord.",
        "Le jeune JDF20085000 est suivi par le SPJ de Namur.",
        "Le CPAS, l'AVIQ et le SSM de Dinant sont associés.",
        "Réunion à Jambes, puis à Saint-Servais et à Bouge.",
        "Rose des vents : l'équipe mobile se déplace.",
        "Petit à petit, la situation évolue.",
        "Le jeune est hébergé à l'Institut Saint-Joseph.",
        "Parent isolé, la mère travaille à mi-temps.",
        "Prochaine réunion le lundi 4 mars à la Citadelle.",
        "Montant : 10 000 EUR, devis de l'ASBL joint.",
        "Le dossier 2019-007 (acteur a1, service spj-namur) est clos.",
        "Sa mère explique que la situation s'apaise.",
        "La famille d'accueil sera contactée par le SAJ.",
        "Le père (CPAS) a été informé.",
    ],
)
def test_pas_de_nom(regles, texte):
    assert regles(texte) == []


def test_service_de_l_annuaire_autorise():
    contexte = ContexteAnonymat()
    contexte.autoriser_expression("Maison Jean Dubois")
    contexte.autoriser_expression("Kirikou")
    constats, _ = analyser_texte("La concertation a lieu à la Maison Jean Dubois, réseau Kirikou.", "x.md", contexte)
    assert constats == []
    constats, _ = analyser_texte("Jean Dubois est le père.", "x.md", contexte)
    assert [c.regle for c in constats] == ["anonymat.nom"]


def test_colonne_et_ligne(contexte):
    constats, _ = analyser_texte("Titre\n\nHier, M. Lambert est venu.\n", "x.md", contexte)
    assert [(c.ligne, c.colonne) for c in constats] == [(3, 10)]


def test_cle_yaml_de_parente_n_est_pas_un_declencheur(regles):
    assert regles("attentes:\n  jeune: Retrouver un rythme de sommeil\n  famille: Être entendue\n") == []
    assert regles("  mere: Sophie Lambert\n") == ["anonymat.nom"]
    assert regles("prenom: Zéphyrine\n") == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Le père est incarcéré à Lantin depuis mars.",
        "Placement envisagé a Fraipont (IPPJ).",
        "Il a été transféré vers Marneffe en juin.",
        "Le foyer près de Hoogstraten ne répond plus.",
        "NISS : à demander au CPAS.",
        "IBAN du service : voir la convention.",
    ],
)
def test_localite_apres_a_et_sigle_administratif_ne_sont_pas_des_noms(regles, texte):
    assert regles(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Mme Marneffe a appelé le SAJ.",  # la même localité, mais après une civilité : une personne
        "Lantin Kevin est revenu lundi.",  # suivie d'un prénom : une personne
        "Le jeune voit Fraipont chaque semaine.",  # pas après « à » : un nom
    ],
)
def test_localite_qui_est_un_nom_reste_un_nom_hors_de_a(regles, texte):
    assert regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Désiré a appelé le service hier soir.",
        "Gloire est venue seule à la réunion.",
        "Rose ne veut plus aller à l'école.",
        "Marine a refusé de parler au SAJ.",
    ],
)
def test_prenom_homonyme_sujet_d_un_verbe_de_personne(regles, texte):
    assert regles(texte) == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "Rose des vents : le jeune choisit une direction.",
        "Désiré par les deux parents, ce placement tarde.",
        "Il rêve de conduire une Mercedes comme son oncle.",
        "Le jeune passe ses soirées sur Fortnite et Snapchat.",
        "La mère fait ses courses chez Aldi et chez Colruyt.",
        "Elle descend à l'arrêt Flagey et prend le tram jusqu'à la station Montgomery.",
    ],
)
def test_homonymes_marques_et_arrets_ne_sont_pas_des_noms(regles, texte):
    assert regles(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "referent: malick-niang\ncoordinateur_soin: spj\n",
        "absents: [hanne-aerts, pedo]\n",
        "acteurs:\n- id: habib-hashimi\n  role: famille\n",
        "disponibilites:\n  bangoura: le mercredi après-midi\n  spj: le jeudi matin\n",
        "presences:\n  perrin: excusée\n  cm: présent\n",
        "katarzyna_baran:\n  role: famille\n",
    ],
)
def test_identifiant_et_cle_formes_d_un_nom(contexte, texte):
    constats, _ = analyser_texte(texte, "concertations/2026-01-05.yaml", contexte)
    assert [c.regle for c in constats] == ["anonymat.nom"]


@pytest.mark.parametrize(
    "texte",
    [
        "referent: psy-ssm\ncoordinateur_soin: spj\n",
        "absents: [grand-mere, pedo, educ-amo]\n",
        "acteurs:\n- id: mere\n  role: famille\n  lien: mère\n",
        "presences:\n  cm: présent\n  ecole: excusée\n",
        "statut: ouvert\nmotif_demande: rupture scolaire\ncanal: telephone\n",
    ],
)
def test_identifiants_et_cles_ordinaires_ne_sont_pas_des_noms(contexte, texte):
    constats, _ = analyser_texte(texte, "concertations/2026-01-05.yaml", contexte)
    assert constats == []


@pytest.mark.parametrize("ordre", ["annuaire d'abord", "annuaire ensuite"])
def test_le_verdict_d_un_mot_inconnu_ne_passe_pas_d_un_annuaire_a_l_autre(ordre: str) -> None:
    """Un mot que l'annuaire d'un dépôt permet (un service) reste un nom pour un dépôt qui ne le connaît pas, quel que
    soit l'ordre des questions dans le processus (l'atelier, la suite d'essais : le verdict gardé par mot ne retient pas
    le contexte)."""
    from filrouge.anonymat import ContexteAnonymat
    from filrouge.anonymat.analyse import analyser_texte

    texte = "Rendez-vous pris avec Wabelakata jeudi."
    permis = ContexteAnonymat()
    permis.autoriser_expression("Wabelakata")
    contextes = [permis, ContexteAnonymat()] if ordre == "annuaire d'abord" else [ContexteAnonymat(), permis]
    signales = [bool(analyser_texte(texte, "dossiers/2019-003/concertations/n.md", c)[0]) for c in contextes]
    assert signales == ([False, True] if ordre == "annuaire d'abord" else [True, False])
