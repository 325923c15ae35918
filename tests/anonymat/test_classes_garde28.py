"""Vingt-huitième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import analyser_texte

NOTE = "dossiers/2019-003/concertations/2019-05-14.md"


def _regles(texte: str, fichier: str = NOTE) -> set[str]:
    return {c.regle for c in analyser_texte(texte, fichier, ContexteAnonymat())[0]}


@pytest.mark.parametrize(
    "texte",
    [
        "Kabeya ne pourra pas se libérer mardi.",
        "Bonjour,\n\nOkonkwo n'assistera pas à la concertation.",
        "Tshimanga ne parle pas encore le français.",
        "Mbuyamba ne sera pas présente jeudi, le CM l'a prévenue.",
        "Vũ ne viendra pas avant 16 h.",
    ],
)
def test_sujet_d_un_verbe_de_personne_a_la_forme_negative(texte: str) -> None:
    """« X ne pourra pas », « X n'assistera pas » : seule une personne est le sujet de ces verbes."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Rien ne pourra se faire sans l'accord du juge.",
        "Personne ne viendra de l'école ce jour-là.",
        "Fedasil ne pourra pas héberger la famille plus longtemps.",
        "Le SSM ne peut pas recevoir le jeune avant mars.",
        "Namur ne sera pas présente au salon, dit l'affiche.",
    ],
)
def test_forme_negative_d_un_pronom_d_une_institution_ou_d_un_lieu(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "- Mme võ (logopède) : séances maintenues",
        "Appel de M. đỗ ce matin au sujet des absences.",
        "**Rédaction** : Vũ\n**Relecture** : le coordinateur",
        "__Relecture__ : Nsengiyumva",
        "**Interprète** : Bizimana (kinyarwanda)",
        "Traductrice : Kowalczyk, par téléphone",
    ],
)
def test_accent_qu_aucun_mot_n_a_et_rubriques_en_gras(texte: str) -> None:
    """« Vũ » n'est pas le mot « vu » ; « M. đỗ » en minuscules a une lettre qu'aucun mot français n'écrit ; une
    rubrique en gras (« **Rédaction** : ») ou « Interprète : » annonce une personne."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "**Interprète** : dari\n**Durée** : une heure",
        "Interprète : tigrinya, par téléphone",
        "**Rédaction** : le CM\n**Relecture** : la coordination",
        "M. le directeur a signé. Mme de la direction aussi.",
        "Le Pédopsy a revu le jeune. Quétiapine arrêtée.",
        "Une ÉTUDE du réseau, Été 2020.",
    ],
)
def test_langue_role_et_mots_accentues_restent_muets(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le grand-père a longtemps vécu à Medina avant la guerre.",
        "La tante est restée à Bari avec les deux aînés.",
        "Le papa a travaillé à Hérat comme chauffeur.",
        "Les cousins habitent à Thiès depuis l'an dernier.",
    ],
)
def test_ville_du_monde_apres_un_verbe_de_sejour_et_a(texte: str) -> None:
    """Même une ville qu'une liste compte parmi les noms : personne ne suit « a vécu à », « est restée à »."""
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le papa a fait part à Medina de ses craintes.",
        "La maman a confié à Sana le carnet de santé.",
        "Le jeune a parlé à Bari de son stage.",
        "Le cahier de liaison est resté à Ngozi tout le week-end.",
        "Elle a montré son premier-né à Lourdes, sa marraine.",
    ],
)
def test_une_personne_apres_a_sans_verbe_de_sejour_reste_un_nom(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Au cours de langue, la classe a appris les mots aslan (lion) et deniz (mer).",
        "Le terme amani (paix) revient dans ses dessins.",
    ],
)
def test_mot_cite_avec_sa_traduction(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Lu en séance le mot laissé par yasmina (excusée).",
        "Les mots de karim (le grand frère) ont apaisé le jeune.",
        "Sans un mot, nassim (très fâché) a quitté la salle.",
        "À long terme, yasmina (en stage) reprendra le groupe.",
        "Les mots amina (la cousine) et karim (le frère) sont au tableau.",
    ],
)
def test_le_mot_d_une_personne_reste_un_nom(texte: str) -> None:
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Pas de rencontre pendant Tihar : la famille voyage.",
        "La famille fêtera Thingyan chez des amis.",
        "Après Pongal, le jeune reprendra l'école.",
        "Pendant Kwanzaa, les cousins viennent de Liège.",
        "Fête de Pchum Ben au temple : pas de réunion.",
    ],
)
def test_fetes_d_autres_traditions(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Rencontre avec Dashain Gurung et sa mère.",
        "Karim Pongal a signé la charte.",
        "Tsagaan a rappelé l'éducateur ce matin.",
    ],
)
def test_un_nom_porte_a_cote_d_une_fete_reste_un_nom(texte: str) -> None:
    """Une fête n'efface que la suite de mots qu'elle forme seule (l'attaque-31 : « Dashain Gurung »)."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Infirmiére ne pourra pas venir, remplacée par un collègue.",
        "Pendant le Ramadân, il jeûne et dort peu.",
        "Pendant Tết, il appelle sa grand-mère au pays.",
        "Myria ne participera pas à la concertation.",
    ],
)
def test_faute_d_accent_fete_et_service_restent_muets(texte: str) -> None:
    """Une faute d'accent française reste le mot (l'attaque-31) ; « Tết » est une fête ; Myria, un service public."""
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Acte traduit du vietnamien : ngày sinh 14/02/2012.",
        "Sur le certificat philippin : ipinanganak noong 3 mai 2011.",
        "Tanggal lahir : 21-09-2010 (document indonésien).",
        "Selon la taskera, tavallod 1390/05/12, soit le 3 août 2011.",
    ],
)
def test_naissance_dans_d_autres_langues(texte: str) -> None:
    assert "anonymat.date_naissance" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'annexe 26 a été délivrée le 12/03/2021 par l'Office des étrangers.",
        "Rendez-vous le 04/05/2022 pour renouveler l'annexe 26.",
        "L'annexe 26 mentionne le 08/02/2019 comme date d'introduction de la demande.",
        "Fête de Janmashtami le 24/08/2019 au temple hindou.",
        "Réunion du 12/03/2021 : la famille a parlé de Nam Sinh, un ami du quartier.",
    ],
)
def test_dates_autour_de_l_annexe_26_qui_ne_sont_pas_des_naissances(texte: str) -> None:
    assert "anonymat.date_naissance" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'oncle Pierre hébergera le jeune le week-end.",
        "D'après l'aînée Fatou, le jeune dort mal.",
        "Jean-Marc a rappelé le service hier.",
        "Réunion avec Pierre-Louis et sa compagne.",
        "Présents : Marie-Rose, la maman.",
    ],
)
def test_lien_elide_et_prenom_compose_de_prenoms_homonymes(texte: str) -> None:
    """« L'oncle » est un lien comme « son oncle » ; « Jean-Marc », fait de deux prénoms qui sont aussi des mots (jean,
    marc), n'est pas un mot."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Beau-père : pas disponible avant 18 h.",
        "Belle-Mère a rappelé la coordination.",
        "La rue Jean-Baptiste est fermée pour travaux.",
        "Le collège Saint-Pierre accueille le jeune.",
        "Chez l'oncle, Namur paraît loin.",
    ],
)
def test_lien_compose_rue_et_ecole_restent_muets(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize("texte", ["Arrivée en Belgique via Şanlıurfa, puis Bruxelles.",
                                   "Passage par Łódź avant l'arrivée à Namur."])
def test_ville_aux_lettres_sans_decomposition(texte: str) -> None:
    """« ı », « ł » ne se décomposent pas en lettre et accent : « Şanlıurfa » se compare à « sanliurfa »."""
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Reçu ce matin le mot yasmina (manuscrit), joint au dossier.",
        "Lu en réunion le mot youssef (en arabe), traduit par l'interprète.",
        "Trouvé le mot nadia (sans date) sur la table.",
        "Il est allé voir Tihar au foyer samedi.",
    ],
)
def test_le_message_d_une_personne_et_une_fete_qui_est_une_personne(texte: str) -> None:
    """L'attaque-32 : une parenthèse qui décrit un message (« (manuscrit) », « (en arabe) ») n'est pas le sens d'un mot
    cité ; « voir Tihar » : une personne, même si c'est le nom d'une fête."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "L'oncle Maternel a appelé ce matin.",
        "L'aînée Sénégalaise garde les petits.",
        "Groupe Rouge-Gorge : six jeunes inscrits.",
        "Le Bon-Pasteur l'accueille pour la nuit.",
    ],
)
def test_adjectif_apres_un_lien_elide_et_compose_qui_n_est_pas_un_prenom(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La coordinatrice du CPAS (Yolande) rappellera lundi.",
        "Vu avec l'oncle paternel (Ousmane) et la grand-mère.",
        "- le parrain (mbuyi), par téléphone",
        "- **Tutrice** : service des tutelles (Nsimba)",
        "Relais pris par l'assistante sociale de l'école (Vũ T.).",
    ],
)
def test_nom_entre_parentheses_apres_un_role(texte: str) -> None:
    """Après un proche, un rôle ou une fonction, un nom entre parenthèses : « le tuteur (Olivier) »."""
    assert "anonymat.nom" in _regles(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "Le délégué du SAJ (Namur) viendra jeudi.",
        "La tante (excusée) a écrit au service.",
        "L'interprète (dari) était présent.",
        "La psychologue (SSM) propose un suivi.",
        "La tante (maternelle) viendra avec le jeune (14 ans).",
        "L'éducatrice du groupe (Soleil) prend le relais.",
        "Le tuteur de stage (Boulanger) est satisfait du jeune.",
        "La psychologue reçoit au premier étage (Salle C.) le mardi.",
        "La psychologue (Solentra) suit aussi le frère.",
    ],
)
def test_lieu_etat_langue_sigle_entre_parentheses_restent_muets(texte: str) -> None:
    assert "anonymat.nom" not in _regles(texte)
