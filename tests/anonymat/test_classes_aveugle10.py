"""Classes de ratés relevées sur aveugle-10 (huitième passage), attaquées par des variantes écrites ici (autres
noms, autres supports) : initiale collée au nom, noms en minuscules là où la phrase attend une personne, noms de
famille au pluriel, numéros nationaux étrangers, plaques anciennes, dates d'anniversaire, personnages."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "essai.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle.removeprefix("anonymat.") for c in constats}


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Le PMS a reçu M.Lambert et sa fille mardi.", "essai.md"),
        ("La psychologue a revu D.Van Damme-Peeters hier.", "essai.md"),
        ("presents:\n- referent\n- Z.Öztürk\n", "essai.yaml"),
        ("| Qui | Rôle |\n|---|---|\n| H.Nguyen | jeune |\n", "essai.md"),
        ("On attend la réponse de J.-M.Kabongo pour jeudi.", "essai.md"),
    ],
)
def test_initiale_collee_au_nom(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "La S.A.R.L. a fermé ; N.B.Attention au délai.",
        "Prendre la vitamine D.Ensuite, revoir le plan B.Sainte-Marie.",
        "Le jeune.Il part demain, P.S.Merci.",
    ],
)
def test_initiale_collee_a_un_mot_n_est_pas_un_nom(texte: str) -> None:
    assert _regles(texte) == set()


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Selon l'éducatrice, dewulf a beaucoup progressé ce trimestre.", "essai.md"),
        ("La psychologue pense que nsimba est fatiguée le lundi.", "essai.md"),
        ("L'école craint qu'oumarou ne revienne pas après les vacances.", "essai.md"),
        ("Selon tshibangu, la mère ne répond plus au téléphone.", "essai.md"),
        ("L'AMO ira voir habtemariam à la sortie des cours.", "essai.md"),
        ("On attend l'avis de vandenabeele avant la concertation.", "essai.md"),
        ("notes: >\n  Accord de rahmanzai pour l'envoi du bilan.\n", "essai.yaml"),
    ],
)
def test_nom_en_minuscules_la_ou_la_phrase_attend_une_personne(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Selon toute vraisemblance, il viendra ; selon moi, non.",
        "Il faut voir si ça marche, voir annexe et voir ci-dessous.",
        "Le retour de flamme, l'accord de principe, la demande de logement.",
        "Il dit que rien ne va, que personne ne vient, que tout est prêt.",
        "Bref, ensuite a été proposé, puis est venu le SAJ.",
        "On pense que covid a joué ; il faut voir wikipedia, selon google.",
    ],
)
def test_mot_en_minuscules_apres_selon_ou_que_n_est_pas_un_nom(texte: str) -> None:
    assert _regles(texte) == set()


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("acteur: jeune\nnom_complet: 'habtom'\n", "essai.yaml"),
        ("- prenom: \"dewulf\"\n  role: pere\n", "essai.yaml"),
        ("jeune:\n  nom: van den bossche\n", "essai.yaml"),
        ("| Acteur | Service |\n|---|---|\n| nsimba | jeune |\n| SSM | suivi |\n", "essai.md"),
        ("| Nom | Présent |\n| --- | --- |\n| tshibangu | oui |\n", "essai.md"),
    ],
)
def test_valeur_d_une_cle_de_nom_en_minuscules(texte: str, fichier: str) -> None:
    assert "nom" in _regles(texte, fichier)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("acteur: jeune\nqui: pedopsychiatre\nnom: ssm namur\nprenom: inconnu\nnom_service: amo\n", "essai.yaml"),
        ("| Acteur | Rôle |\n|---|---|\n| mere | présente |\n| pedo | suivi |\n", "essai.md"),
        ("| Titre | Présent |\n|---|---|\n| tshibangu | oui |\n", "essai.md"),
    ],
)
def test_role_ou_mot_en_valeur_d_une_cle_de_nom_n_est_pas_un_nom(texte: str, fichier: str) -> None:
    assert _regles(texte, fichier) == set()


@pytest.mark.parametrize(
    "texte",
    ["Le dossier de Modeste de Crombrugghe est transmis au SAJ.", "On a revu Olivier van Ypersele mardi."],
)
def test_prenom_homonyme_puis_nom_a_particule(texte: str) -> None:
    assert "nom" in _regles(texte)


def test_eponyme_a_particule_n_est_pas_un_nom() -> None:
    assert _regles("Le pédiatre évoque un syndrome de Gilles de la Tourette.") == set()


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Numéro d'identité chinois de la maman : 440304200903151230.", "essai.md"),
        ("numero_national: \"32010219880704271\\\n  1\"\n", "essai.yaml"),
        ("RIC du père : 11010519491231002X (copie du passeport).", "essai.md"),
        ("La mutualité confirme l'affiliation sous le numéro 12345678Z.", "essai.md"),
        ("**Mutuelle** : affiliée (NN 87654321-X), carte à renouveler.", "essai.md"),
        ("Ziekenfonds: aangesloten onder 2345.67.004.", "essai.md"),
        ("registre_national: \"2345\\x2E67.004\"\n", "essai.yaml"),
        ("- [ ] copier la carte d'identité (LLMDND00P12F205O)", "essai.md"),
    ],
)
def test_numero_national_etranger_en_contexte(texte: str, fichier: str) -> None:
    assert "niss" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Commande 440304200903151230 livrée au SAJ.",
        "La mutuelle rembourse 12 séances ; référence interne 12345678.",
    ],
)
def test_numero_sans_contexte_ou_sans_controle_n_est_pas_un_numero_national(texte: str) -> None:
    assert "niss" not in _regles(texte)


def test_lettre_o_d_un_iban_compact_reste_un_zero() -> None:
    """Le O d'un code (« …F205O ») reste une lettre ; celui d'un IBAN compact, loin du pays, reste un zéro."""
    assert "iban" in _regles("Compte : BE4031O630352263")


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("La camionnette du voisin (KLM 482) bloquait l'entrée.", "essai.md"),
        ("Le beau-père circule avec la voiture ZX 5120 depuis mars.", "essai.md"),
        ("- véhicule : TR 8812\n- témoin : le concierge", "essai.md"),
        ("constat: \"Voiture RFD\n  204 garée devant l'école.\"\n", "essai.yaml"),
    ],
)
def test_plaque_ancienne_ou_luxembourgeoise_juste_apres_un_vehicule(texte: str, fichier: str) -> None:
    assert "plaque" in _regles(texte, fichier)


@pytest.mark.parametrize(
    "texte",
    [
        "Il prend le bus TEC 365 puis la voiture du papa.",
        "La voiture a coûté EUR 750 de réparation.",
        "La voiture est en panne ; le jeune est inscrit depuis longtemps au cours ABC 123 du mercredi.",
    ],
)
def test_sigle_et_numero_loin_d_un_vehicule_ou_transport_en_commun(texte: str) -> None:
    assert "plaque" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Elle fêtera ses 16 ans le 3/7/2010 chez sa tante.",
        "Le jeune aura 18 ans le 14-09-2025 : préparer le passage au réseau adulte.",
        "Son anniversaire tombe le 02.11.09, la maman prévoit un goûter.",
    ],
)
def test_date_entiere_apres_un_anniversaire(texte: str) -> None:
    assert "date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le jeune aura 18 ans en 2026 ; concertation le 14/09/2025.",
        "Réunion le 03/07/2025 ; l'anniversaire de l'AMO est en juin.",
    ],
)
def test_date_sans_anniversaire_juste_avant_n_est_pas_une_naissance(texte: str) -> None:
    assert "date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Écrire plutôt à nadia.el.amrani@gmail[.]com, pas au bureau.", "essai.md"),
        ("contact: 'tesfaye_h(@)yahoo(.)fr'\n", "essai.yaml"),
        ("| Parent | Courriel |\n|---|---|\n| mère | wout.claes@telenet[.]be |\n", "essai.md"),
    ],
)
def test_courriel_masque_par_des_crochets(texte: str, fichier: str) -> None:
    assert "email" in _regles(texte, fichier)


def test_crochets_sans_adresse_ne_sont_pas_un_courriel() -> None:
    assert _regles("Voir la liste [.] puis le point (.) ; [@] sert d'étiquette.") == set()


@pytest.mark.parametrize(
    ("texte", "fichier"),
    [
        ("Visite prévue Strada Florilor nr. 12, Brașov mardi matin.", "essai.md"),
        ("suivi: \"Chez la tante, Str\\u002E Mihai Viteazu nr. 4, Cluj la semaine prochaine.\"\n", "essai.yaml"),
        ("Ils logent Calea Victoriei nr 45, București depuis mai.", "essai.md"),
    ],
)
def test_adresse_roumaine_avec_nr_dans_une_phrase(texte: str, fichier: str) -> None:
    assert "adresse" in _regles(texte, fichier)


def test_voie_etrangere_sans_nr_ni_code_postal_n_est_pas_une_adresse() -> None:
    assert _regles("Il est passé via Facebook 2 fois, puis via Messenger nr. 3 du groupe.") == set()


@pytest.mark.parametrize(
    "texte",
    [
        "Il ne parle que de Pikachu et de Dracaufeu pendant la séance.",
        "La psychomotricienne a apporté un album de Winnie l'ourson.",
        "Elle colle des autocollants de Ladybug sur son cahier.",
        "Il ne parle que de Peppa Pig depuis les vacances.",
    ],
)
def test_personnage_cite_avec_un_album_ou_une_passion(texte: str) -> None:
    assert _regles(texte) == set()


@pytest.mark.parametrize(
    "texte",
    [
        "Elle ne parle que d'Elsa, sa nouvelle amie de classe.",
        "Il regarde un film avec Anna, sa cousine.",
        "Il ne parle que de Karima depuis la rentrée.",
    ],
)
def test_vrai_prenom_reste_un_nom_meme_pres_d_un_mot_d_ecran(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Les Sok ont emménagé à Charleroi en mars.", "Les Chea sont suivis par le SAJ depuis 2022.",
     "Les Mertens se sont séparés l'été dernier."],
)
def test_famille_sujet_d_un_verbe_de_famille(texte: str) -> None:
    assert "nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    ["Les Scouts sont partis en camp.", "Les Diables sont rentrés au pays.", "Les Belges ont voté dimanche."],
)
def test_groupe_sujet_d_un_autre_verbe_n_est_pas_une_famille(texte: str) -> None:
    assert _regles(texte) == set()


def test_identifiant_d_acteur_sous_la_cle_acteur_n_est_pas_un_nom() -> None:
    """« acteur: poup » est l'identifiant d'un acteur (un rôle abrégé) : seul un prénom des listes y est un nom."""
    assert _regles("- acteur: poup\n  service_ou_lien: puéricultrice\n- acteur: mm\n", "essai.yaml") == set()
    assert "nom" in _regles("- acteur: fatoumata\n  service_ou_lien: amie de la famille\n", "essai.yaml")
