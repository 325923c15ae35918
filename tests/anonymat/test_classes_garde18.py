"""Dix-huitième passage : identifiants structurés ratés, par classes (clé d'un numéro national détachée par un tiret
espacé, sigle d'identifiant ou mot d'un véhicule en tête d'une clé YAML, clé « ne_e_le » d'une naissance écrite en
écriture inclusive). Variantes écrites ici (jamais les phrases d'un corpus), en récit, en Markdown et en YAML ; à côté
des positifs, les négatifs voisins qui doivent rester muets. Données fictives (numéros à clé juste, inventés)."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle for c in constats}


def _regles_yaml(texte: str) -> set[str]:
    return _regles(texte, "dossiers/2021-004/dossier.yaml")


def _regles_selon_support(texte: str) -> set[str]:
    """Lu comme un fichier YAML s'il a une clé, comme une note Markdown sinon."""
    return _regles_yaml(texte) if ":\n" in texte else _regles(texte)


# --- la clé d'un numéro national détachée par un tiret espacé : « 2 91 04 75 123 456 - 04 » ----------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Le NIR de la mère est 2 91 04 75 123 456 - 04 d'après la carte Vitale.",
        "Numéro de sécurité sociale (France) : 1 87 06 33 012 045 – 16.",
        "**NIR** : 2 05 08 69 201 118 -17\n",
        "| Mère | NIR 1 99 12 59 350 007- 69 | à vérifier |\n",
        "La mutuelle française l'a affiliée sous le 2910475123456 - 04.",
    ],
)
def test_cle_du_nir_detachee_par_un_tiret(texte: str) -> None:
    """Recopié d'une carte Vitale, le NIR garde sa clé à part, derrière un tiret entouré ou non d'espaces."""
    assert "anonymat.niss" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "mere:\n  securite_sociale: '2 91 04 75 123 456 - 04'\n",
        'pere:\n  nir: "1 87 06 33 012 045 – 16"\n',
        "remarque: 'la carte d''affiliation porte le NIR 2 05 08 69 201 118 - 17'\n",
    ],
)
def test_cle_du_nir_detachee_en_yaml(texte: str) -> None:
    assert "anonymat.niss" in _regles_yaml(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        # la clé fausse : une suite quelconque, pas un NIR
        "Le NIR de la mère est 2 91 04 75 123 456 - 05 d'après la carte Vitale.",
        # une période ou deux numéros de téléphone séparés par un tiret, dans une ligne qui parle de mutualité
        "Affiliée à la mutualité du 01 02 2023 - 28 02 2024, puis à la Mutualité chrétienne.",
        "Mutualité : 02 345 67 89 - 0471 23 45 67 (permanence)",
        # une facture, un numéro de dossier, un montant, une plage horaire
        "Mutuelle : facture 2024 0118 325 - 12 réglée le 3 mars.",
        "Dossier 2023-014 - 12 rencontres prévues, affiliation en cours.",
        "La mutualité rembourse 1 250,00 € - 12 % de franchise.",
        "Permanence de la mutuelle de 09 30 à 12 00 - 14 h.",
    ],
)
def test_tiret_espace_hors_d_une_cle_reste_muet(texte: str) -> None:
    """Le tiret espacé ne rattache que deux chiffres à une suite dont la clé passe : une période, une facture, un
    montant ou deux numéros voisins ne deviennent pas un numéro national."""
    assert "anonymat.niss" not in _regles(texte), texte


# --- un sigle d'identifiant en tête d'une clé YAML : « niss_mere », « nn_pere », « bsn_moeder » --------------------

@pytest.mark.parametrize(
    "texte",
    [
        'administratif:\n  nn_pere: "1 87 06 33 012 045 16"\n',
        "famille:\n  nir_mere: 2910475123456 04\n",
        "famille:\n  bsn_moeder: '111 222 333'\n",
        "famille:\n  pesel_matki: 02070803628\n",
        "famille:\n  kimlik_babasi: 100 000 001 46\n",
        'administratif:\n  niss_soeur: "2 05 08 69 201 118 - 17"\n',
    ],
)
def test_sigle_en_tete_d_une_cle_yaml(texte: str) -> None:
    """« _ » sépare le sigle de la personne dans une clé : « nn_pere » annonce le numéro national du père."""
    assert "anonymat.niss" in _regles_yaml(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        # le sigle collé à d'autres lettres n'en est pas un
        "services:\n  annexe: 2910475123456\n",
        "suivi:\n  connexion_rn_portail: 2024-03-12\n",
        # une clé d'identifiant dont la valeur n'a pas de clé juste : numéro de dossier, code postal, heure
        'administratif:\n  nn_pere: "2023-014"\n',
        "administratif:\n  niss_mere: à demander au CPAS (5590 Ciney)\n",
        "administratif:\n  bsn_moeder: nog op te vragen, factuur 2024/118 van 45,50 €\n",
        "administratif:\n  nir_pere: rendez-vous à 14:30 le 12/03\n",
    ],
)
def test_sigle_de_cle_sans_numero_valide_reste_muet(texte: str) -> None:
    assert "anonymat.niss" not in _regles_yaml(texte), texte


# --- un véhicule en tête d'une clé YAML : « taxi_social », « moto_frere » -------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "transport:\n  taxi_social: KR 48213\n",
        'transport:\n  moto_frere: "34 AB 127"\n',
        "transport:\n  auto_pere: 07-HJX-4\n",
        "transport:\n  taxis_tec: 'LU 2471K'\n",
    ],
)
def test_vehicule_en_tete_d_une_cle_yaml(texte: str) -> None:
    """La plaque d'ailleurs n'est signalée que là où l'on parle d'un véhicule ; « taxi_social: » en parle."""
    assert "anonymat.plaque" in _regles_yaml(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "transport:\n  taxi_social: mardi 14:30, dossier 2023-014\n",
        "transport:\n  taxi_social: 45,50 € par trajet (facture 2024-118)\n",
        "transport:\n  taxi_social: 5590 Ciney\n",
        "evaluation:\n  auto_evaluation: 3 sur 5, KIR-2020 relu\n",
        "suivi:\n  carnet_de_bord: ABC 123\n",
    ],
)
def test_cle_de_vehicule_sans_plaque_reste_muette(texte: str) -> None:
    """Un horaire, un montant, un code postal derrière « taxi_social » ; « auto_evaluation » et « carnet » ne sont
    pas des véhicules."""
    assert "anonymat.plaque" not in _regles_yaml(texte), texte


# --- la naissance en écriture inclusive dans une clé YAML : « ne_e_le », « nee_e » ---------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "famille:\n  ne_e_le: 4.7.2012\n",
        "soeur:\n  ne_e_le: '2013-10-02'\n",
        'frere:\n  ne_e_le: "17 mars 2010"\n',
        "jeune:\n  ne_e_le: 3 april 2011\n",
        "Né·e le 14/02/2011 à Namur.",
        "Né-e le 14/02/2011 à Namur.",
    ],
)
def test_naissance_en_ecriture_inclusive(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles_selon_support(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "suivi:\n  une_e_le: 2021-10-02\n",
        "suivi:\n  reunie_e: 2021-10-02\n",
        "suivi:\n  done_e_le: 2021-10-02\n",
        "Une réunion le 14/02/2021 à Namur.",
    ],
)
def test_mot_voisin_de_la_naissance_reste_muet(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles_selon_support(texte), texte
