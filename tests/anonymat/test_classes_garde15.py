"""Quinzième passage : plaques annoncées par un déplacement, une marque ou un modèle de voiture, une ligne de véhicule
au-dessus ; organismes, enseignes et personnages pris pour modèle, qui ne sont pas des personnes. Variantes écrites
ici (jamais les phrases d'un corpus), avec les cas proches qui doivent rester signalés. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat, analyser_texte


def _regles(texte: str, fichier: str = "dossiers/2021-004/concertations/note.md") -> set[str]:
    constats, _ = analyser_texte(texte, fichier, ContexteAnonymat())
    return {c.regle for c in constats}


# --- plaques -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Elle est partie dans sa Golf TKV-238 sans prévenir.",
        "Le beau-père roule en Dacia 2-KXR-552 depuis mars.",
        "« je t'attends dans la corsa LMB-914 »",
        "Le père est revenu avec 27-PL-KR hier soir.",
        "L'oncle est arrivé avec 88-KTR-4 devant l'école.",
        "Le jeune est monté dans la WX 84217 de son cousin.",
        "Vu le jeune descendre de TV 5521 vers 22 h.",
        "Le cousin était au volant de la GH 4172 ce soir-là.",
        "Le voisin l'a vu monter dans ZR 6634 devant la gare.",
    ],
)
def test_plaque_apres_un_deplacement_ou_un_modele(texte: str) -> None:
    """Un déplacement juste avant (« venu avec », « monté dans », « au volant de ») ou une marque, un modèle de voiture
    annoncent une plaque comme le mot « voiture »."""
    assert "anonymat.plaque" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Il est venu avec 3 amis et 12 euros.",
        "Elle est venue en 2019 avec sa mère.",
        "Il est monté dans le bus 71 à 8 h.",
        "Il est monté dans le 95 pour rentrer.",
        "La Clio 2019 de la mère est en panne.",
        "La Golf du père : 1750 EUR de réparation en 2021.",
        "Il est arrivé avec le dossier 2021-005 sous le bras.",
        "Elle est partie en 4x4 avec la référence AB-2021-12.",
    ],
)
def test_deplacement_sans_forme_de_plaque(texte: str) -> None:
    """Un bus, une année, un montant, une référence après un déplacement ou un modèle ne sont pas des plaques."""
    assert "anonymat.plaque" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "plaque DK 7781 PT relevée par la police",
        "La voiture CA 2019 KP est garée devant.",
        "Le véhicule du père (BG) : EH 2047 BX.",
    ],
)
def test_un_groupe_de_chiffres_entre_deux_groupes_de_lettres_n_est_pas_une_annee(texte: str) -> None:
    """« DK 7781 PT », « CA 2019 KP » : quatre chiffres entre deux groupes de lettres sont le milieu d'une plaque
    (Bulgarie, Roumanie, France ancienne), pas une année de modèle."""
    assert "anonymat.plaque" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "**Q. Quel véhicule pour venir ?**\n\nCelui du grand-père, 512-KWD.\n",
        "Voiture de l'oncle :\n\nune grise, immatriculée RTF-308 d'après la maman.\n",
        "## Véhicule signalé\n\nCelle du voisin : 61-XLB-7, vue deux fois.\n",
    ],
)
def test_forme_a_tirets_sous_une_ligne_de_vehicule(texte: str) -> None:
    """Une forme à tirets (« 512-KWD », « 61-XLB-7 ») dans une ligne courte qui suit une ligne de véhicule."""
    assert "anonymat.plaque" in _regles(texte), texte


def test_reference_sous_une_ligne_de_vehicule() -> None:
    """Sous une ligne de véhicule, ni référence ni date ni montant ne deviennent une plaque."""
    texte = "**Q. Quel véhicule ?**\n\nAucun : bus 12, dossier 2021-005, 1 250 EUR, le 12-03-2021.\n"
    assert "anonymat.plaque" not in _regles(texte)


# --- organismes, enseignes, personnages ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "→ rappeler Partenamut pour le remboursement",
        "| Actiris | présent |\n|---|---|\n| Oxfam | excusé |\n",
        "Orientation vers Child Focus et la Croix-Rouge.",
        "Le jeune boit trois canettes de Fanta par jour.",
        "Bons d'achat Kruidvat offerts par le CPAS.",
        "Elle a volé un pull chez Jules avec une copine.",
        "La maman fait ses courses chez Colruyt le samedi.",
        "Il a un job étudiant chez Delhaize le week-end.",
        "Il a pris un casque au magasin Vanden Borre de Namur.",
        "Les pralines Galler, les sorties au cinéma et le foot.",
    ],
)
def test_organismes_et_enseignes_ne_sont_pas_des_personnes(texte: str) -> None:
    """Un organisme ou une enseigne sans homonyme n'est jamais une personne ; une enseigne tirée d'un patronyme
    (Colruyt, Delhaize, Jules, Fanta) l'est après un commerce ou un produit."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Mme Colruyt a appelé ce matin.",
        "M. Delhaize, le beau-père, refuse la concertation.",
        "Fanta a renoncé aux sodas depuis son diabète.",
        "Jules a appelé la permanence hier soir.",
        "Le jeune est parti avec Jules chez sa tante.",
        "Mme Solidaris est absente.",
        "La tante Delvaux garde les enfants le mercredi.",
    ],
)
def test_le_meme_nom_porte_par_une_personne_reste_signale(texte: str) -> None:
    """Après une civilité, un lien de parenté, ou sans commerce avant une enseigne tirée d'un patronyme : une
    personne."""
    assert "anonymat.nom" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Elle se prend pour Elsa depuis des semaines.",
        "Le jeune se compare à Dumbo et veut qu'on l'appelle ainsi.",
        "« je suis comme Simba, tout seul »",
        "Il adore Olaf ; l'éducatrice s'en sert pour parler des émotions.",
        "« jveux regarder Nemo »",
        "- lecture : Tintin\n- sport : foot\n",
        "- activité : cinéma (Mario)\n",
        "Peluche Pikachu perdue pendant la fugue.",
        "Doudou Simba oublié à l'internat.",
    ],
)
def test_personnage_pris_pour_modele_regarde_ou_lu(texte: str) -> None:
    """Un personnage après un verbe d'identification, de regard ou de lecture, une rubrique de lecture ou de cinéma,
    ou l'objet à son effigie (« Doudou Simba »), même sans écran dans la ligne."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Elle adore Anna, sa nouvelle amie.",
        "Comme Mario l'a dit, la situation est tendue.",
        "Mario a appelé ce matin.",
        "Le jeune regarde Elsa, sa voisine, avec méfiance.",
        "Il est parti chez Dora hier soir.",
        "Doudou a dit qu'il viendrait.",
        "Il adore Elsa courir après le ballon.",
    ],
)
def test_le_meme_prenom_porte_par_une_personne_reste_signale(texte: str) -> None:
    """Sans verbe de modèle juste avant, ou avec une apposition qui dit un lien (« sa voisine »), une personne."""
    assert "anonymat.nom" in _regles(texte), texte


# --- établissements ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "texte",
    [
        "Stage au centre sportif Jean Dupont à Jambes.",
        "Hospitalisé à l'hôpital psychiatrique Jean Titeca.",
        "Suivi à la maison médicale Antoine Depage.",
        "Inscrit à l'école primaire Pierre Paulus.",
        "L'institut médico-pédagogique Reine Fabiola a répondu.",
    ],
)
def test_etablissement_et_adjectif_puis_nom_de_personne_est_un_lieu(texte: str) -> None:
    """« centre sportif », « hôpital psychiatrique » + nom de personne : le nom d'un établissement, comme « centre
    Jean Dupont »."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Le centre a appelé Julie Dubois ce matin.",
        "L'éducateur spécialisé Kevin Martin a appelé.",
        "La psychologue scolaire Julie Dubois est absente.",
    ],
)
def test_personne_apres_un_etablissement_ou_une_fonction_reste_signalee(texte: str) -> None:
    """Un verbe entre l'établissement et le nom, ou une fonction (pas un établissement) : une personne."""
    assert "anonymat.nom" in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "Elle n'a plus de crédit sur sa carte Ortel.",
        "Il a perdu sa carte Mobib dans le bus.",
        "Il aimerait un pyjama Simba pour l'internat.",
        "Le jeune ne parle que de Pat' Patrouille depuis deux semaines.",
        "Le beau-père conduit une vieille Renault qui tombe en panne.",
        "lieu: à la maison de quartier de Woluwe-Saint-Lambert",
        "Elle habite désormais à Marchienne-au-Pont.",
    ],
)
def test_produit_marque_voiture_et_commune_composee(texte: str) -> None:
    """Un produit suivi de sa marque (« carte Mobib »), une marque de voiture après la conduite, un nom de liste écrit
    avec une espace après l'apostrophe, une commune composée autour de « Saint », « au », « lez »."""
    assert "anonymat.nom" not in _regles(texte), texte


@pytest.mark.parametrize(
    "texte",
    [
        "La carte de Julie est perdue.",
        "Mercedes a appelé ce matin.",
        "Jean-de-Dieu Mukendi est absent.",
    ],
)
def test_prenoms_proches_des_marques_et_communes_restent_signales(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte), texte
