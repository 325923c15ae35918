"""Vingt-quatrième passage. Variantes écrites ici (jamais les phrases d'un corpus) ; à côté de chaque positif, le
négatif voisin qui doit rester muet. Numéros tirés au hasard, clés justes, données fictives."""

from __future__ import annotations

import pytest

from filrouge.anonymat import ContexteAnonymat
from filrouge.anonymat.analyse import trouver
from tests.anonymat.outils_garde import noms_trouves as _noms


def _ibans(texte: str) -> list[str]:
    return [texte[t.debut:t.fin] for t in trouver(texte, ContexteAnonymat()) if t.regle == "anonymat.iban"]


@pytest.mark.parametrize(
    ("texte", "iban"),
    [
        # un mot de deux lettres et deux chiffres juste avant (« le 16 ») ouvraient un faux candidat qui mangeait le
        # début de l'IBAN
        ("Versement effectué le 16 mars 2025 sur le compte IT61 X692 3232 1240 7710 8277 471 (frais de stage).",
         "IT61 X692 3232 1240 7710 8277 471"),
        ("Payé le 3 mai 2024 au compte PT17 4925 4185 0355 1413 9274 4 du club.", "PT17 4925 4185 0355 1413 9274 4"),
        ("Remboursement du 2 au 9 juin, compte ES81 8889 3759 3205 9790 2254.", "ES81 8889 3759 3205 9790 2254"),
        ("Virement au 12 NL48 RABO 1369 4373 34 (loyer).", "NL48 RABO 1369 4373 34"),
        ("Le 14 DE03 6289 9381 4102 5962 80 a été crédité.", "DE03 6289 9381 4102 5962 80"),
        ("Facture 2026 04 réglée sur TR21 5268 4241 3164 2951 3632 97.", "TR21 5268 4241 3164 2951 3632 97"),
        ("- versement: le 5 avril 2026, compte RO85 DYBD 9466 8714 5996 6622", "RO85 DYBD 9466 8714 5996 6622"),
    ],
)
def test_iban_apres_une_date_ou_un_petit_nombre(texte: str, iban: str) -> None:
    assert _ibans(texte) == [iban]


def test_deux_ibans_a_la_suite() -> None:
    texte = "Comptes des deux parents : PL23 4170 2097 0412 9462 5199 4158 FR25 8546 1189 5730 4516 3382 821."
    assert _ibans(texte) == ["PL23 4170 2097 0412 9462 5199 4158", "FR25 8546 1189 5730 4516 3382 821"]


@pytest.mark.parametrize(
    "texte",
    [
        "Versement effectué le 16 mars 2025 sur le compte habituel du service (réf. CF 2025 0034 12).",
        "Réunion le 16 mars 2025 à 14 h, salle 12, puis le 23 mars 2025 à 9 h.",
        "PV 12 AB 34 CD 56 EF 78 GH 90 du 16 mars, classé.",
        "Dossier 2026 043 : montant 1 250 EUR le 12 juin, 830 EUR le 30 juin.",
        "Le bus TEC 12 IT 45 passe à 7 h 58 devant l'école.",
    ],
)
def test_dates_et_numeros_sans_compte(texte: str) -> None:
    assert _ibans(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("hamdaoui (frère aîné) l'accompagne au SSM.", "hamdaoui"),
        ("La mère ; Gebreyesus (grand-père) ; la psychologue.", "Gebreyesus"),
        ("Le jeune dort chez mbemba (oncle maternel) depuis mars.", "mbemba"),
        ("Passage de wiśniewska (sa tante) le mardi.", "wiśniewska"),
        ("- thi huong (cousine) garde les petits", "thi huong"),
        ("Il voit souvent dimitrova (demi-sœur) le week-end.", "dimitrova"),
        ("Appel de kiros (beau-père), qui viendra.", "kiros"),
        ("okonkwo (grand-mère) vient chaque mercredi.", "okonkwo"),
        ("Étaient là : la mère ; Tadesse (oncle) ; l'AS du CPAS.", "Tadesse"),
        ("- nowakowski (parrain) : d'accord pour l'accueil", "nowakowski"),
    ],
)
def test_nom_precise_par_un_lien_entre_parentheses(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La psychologue (sa tante) accompagne le jeune.",
        "Le jeune (frère aîné) refuse la rencontre.",
        "La famille (père et mère) est venue.",
        "Les deux aînés (frères) sont placés.",
        "Le SPJ (oncle) n'est pas compétent ici.",
        "Elle dort chez une amie (cousine éloignée).",
        "Il reste chez lui (frère) le week-end.",
        "Il en parle souvent (frère) à l'école.",
        "Le petit dernier (demi-frère) est né en mars.",
        "Elle cite Namur (sa tante y vit).",
        "La grand-mère (mère de la maman) garde.",
    ],
)
def test_role_ou_mot_devant_un_lien_entre_parentheses(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il aimerait revoir son cousin K. Sage, qui l'emmenait à la piscine.", "K. Sage"),
        ("Rendez-vous pris avec Mme L. Franche.", "L. Franche"),
        ("Sa tante R. Juste et son oncle passent le mardi.", "R. Juste"),
        ("Hébergé chez sa grand-mère P. Simple, pendant les vacances.", "P. Simple"),
        ("Courrier adressé au Dr T. Vivant", "T. Vivant"),
    ],
)
def test_initiale_apres_un_lien_ou_une_civilite_puis_un_mot_du_lexique(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "La mère A. Ensuite, elle est partie chez sa sœur.",
        "Le frère B. Puis la sœur C. sont venus.",
        "Le père X. Depuis, plus aucune nouvelle.",
        "Le jeune a eu la note B. Ensuite il a quitté la classe.",
        "Il aimerait revoir F. Simple au foot.",
        "Son oncle J. Namur vit loin.",
        "Présente : Mme D. Absente : la grand-mère.",
        "Visite chez la tante Y. Demain, réunion au SAJ.",
        "Le papa S. Hier, il a appelé.",
        "La tante T. Également présente.",
        "Le père B. Malheureusement absent.",
        "Mme F. Présente.",
        "La mère R. Voilà.",
        "Sa sœur U. Quant à elle, refuse.",
    ],
)
def test_initiale_qui_finit_une_phrase_ou_sans_lien(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("### Liste des présents (12/3)\n\n- le jeune\n- KASONGO, éducateur (AMO)\n- la casemanager", "KASONGO"),
        ("Liste des présents (réunion du 4/3) :\n- la jeune\n- wiśniewska\n- l'AS", "wiśniewska"),
        ("Participants (fiche signée) :\n\n- la mère\n- Dilan\n- la logopède", "Dilan"),
        ("**Excusés (visio impossible)** :\n- le SAJ\n- Nkurunziza", "Nkurunziza"),
    ],
)
def test_liste_de_presences_sous_un_titre_precise_entre_parentheses(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    [
        "### Liste des présents (23/2)\n\n- la jeune\n- le SAJ\n- la logopède\n- l'AMO Passages",
        "Présents (visio) :\n- la maman\n- l'éducateur\n- le SPJ",
        "Liste des excusés : SPJ, AMO",
        "presents (12) :\n- mere\n- pere",
    ],
)
def test_liste_de_presences_sans_personne_nommee(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    [
        "Compte du club : IT97 O526 0181 5908 3016 6131 860.",
        "prestataire:\n  type: club sportif\n  iban: IT97 O526 0181 5908 3016 6131 860\n",
        "Virement vers IT97-O526-0181-5908-3016-6131-860 le 3 juin.",
    ],
)
def test_iban_italien_groupe_dont_la_lettre_de_controle_est_un_o(texte: str) -> None:
    assert _ibans(texte) == ["IT97 O526 0181 5908 3016 6131 860".replace(" ", "-" if "-" in texte else " ")]


@pytest.mark.parametrize("texte", ["Tél : O471 23 45 67", "Appeler le O471/23.45.67 après 17 h"])
def test_un_o_devant_des_chiffres_reste_un_zero_ailleurs(texte: str) -> None:
    assert [t.regle for t in trouver(texte, ContexteAnonymat())] == ["anonymat.telephone"]


def test_un_o_apres_le_pays_d_un_iban_belge_reste_un_zero() -> None:
    assert _ibans("Compte de la sœur : BE71 O961 2345 6769.") == ["BE71 O961 2345 6769"]


@pytest.mark.parametrize(
    "texte",
    [
        "| Personne | Fonction ou lien | Signature |\n|---|---|---|\n| l’oncle | cousine | oui |",
        "| Personne | Lien |\n|---|---|\n| l'oncle | frère aîné |",
        "| Personne | Lien |\n|---|---|\n| l’éducatrice | tante |",
        "| Personne | Lien |\n|---|---|\n| L’assistante sociale | marraine |",
    ],
)
def test_le_proche_ou_le_role_avec_son_article_elide_dans_un_tableau(texte: str) -> None:
    assert _noms(texte) == []


def test_un_nom_a_cote_d_un_proche_dans_un_tableau_reste_un_nom() -> None:
    assert _noms("| Personne | Lien |\n|---|---|\n| d'Ursel | tante |") == ["d'Ursel"]


@pytest.mark.parametrize(
    "texte",
    [
        "note: 'Le jeune traîne souvent boulevard d''Herbatte après l''école.'",
        "observation: 'Le centre se trouve chaussée d''Ixelles, au-dessus de la pharmacie.'",
        "remarque: 'Rendez-vous à l''école d''Erpent, près de l''église.'",
    ],
)
def test_apostrophe_doublee_d_une_chaine_yaml_lue_comme_une(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("Il faudra vérifier si D'Amico accepte le suivi proposé.", "D'Amico"),
        ("remarque: 'On attend que D''Alessandro rappelle.'", "D''Alessandro"),
        ("La famille D’Hondt a déménagé.", "D’Hondt"),
    ],
)
def test_nom_a_particule_elidee_au_milieu_d_une_phrase(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


def test_article_elide_devant_un_service_n_est_pas_un_nom() -> None:
    assert _noms("L'ILA de la commune a proposé un logement à la famille.") == []


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("accompagnant: Théodore", "Théodore"),
        ("accompagnante: 'nguyen thi'", "nguyen thi"),
        ("- accompagnateur: Dimitri", "Dimitri"),
        ("interlocutrice_famille: kowalczyk", "kowalczyk"),
        ("prestataire:\n  personne_de_contact: 'tesfaye mulugeta'", "tesfaye mulugeta"),
    ],
)
def test_valeur_d_une_cle_qui_nomme_l_accompagnant_ou_l_interlocuteur(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize(
    "texte",
    ["accompagnant: le papa", "accompagnant: SAJ", "accompagnante: l'éducatrice", "accompagnant: aucun",
     "interlocuteur: casemanager", "accompagnant: pedo", "jeune_informe_par: mere"],
)
def test_accompagnant_role_service_ou_identifiant(texte: str) -> None:
    assert _noms(texte) == []


# Après l'attaque-24 (398 textes écrits par une aide qui n'avait pas écrit le passage) : ses faux positifs et ses
# positifs ratés, en variantes écrites ici.


@pytest.mark.parametrize(
    "texte",
    [
        "L'accompagnatrice (sa marraine) n'est pas venue.",
        "L'infirmière (tante) a prévenu l'école.",
        "Le CPAS (oncle) ne répond pas.",
        "Une maison d'accueil (cousin) a été proposée.",
        "Chambre kot (ado) disponible en septembre.",
        "Orientation vers l'IPPI (mineure) décidée.",
        "Suivi par l'AMO Passages (grand-mère présente).",
    ],
)
def test_devant_un_lien_entre_parentheses_un_article_elide_un_sigle_ou_un_etat(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["Le 3 avril 2026 sur le compte be68 5390 0754 7034.", "Versé le 2 mai au compte Fr76 3000 6000 0112 3456 7890 189."],
)
def test_iban_colle_en_minuscules_apres_une_date(texte: str) -> None:
    assert len(_ibans(texte)) == 1


@pytest.mark.parametrize("texte", ["Tél. IT12 O471 23 45 67", "SM12 O478 12 34 56 (gsm de la maman)"])
def test_un_o_apres_it_ou_sm_sans_compte_italien_reste_un_zero(texte: str) -> None:
    assert [t.regle for t in trouver(texte, ContexteAnonymat())] == ["anonymat.telephone"]


@pytest.mark.parametrize("texte", ["Compte : it97 o526 0181 5908 3016 6131 860", "Compte : IT 97 O526 0181 5908 3016 6131 860"])
def test_iban_italien_en_minuscules_ou_pays_separe_de_la_cle(texte: str) -> None:
    assert len(_ibans(texte)) == 1


@pytest.mark.parametrize(
    "texte",
    ["Liste des présents (16/3) :\n- maman\n- mamie\n- tonton", "Participants (groupe de parole) :\n- mamans\n- papas",
     "### Liste des présents (2/4)\n\n- la mère\n- l'AMO Passages\n- l'AS du CPAS"],
)
def test_proches_et_services_d_une_liste_de_presences(texte: str) -> None:
    assert _noms(texte) == []


@pytest.mark.parametrize(
    "texte",
    ["1. **Rédiger le projet**\n   - échéance : 2024-08-02\nPassage aux urgences le 9 août, retour le soir même.",
     "| Date | Événement |\n|---|---|\n| 2024-01-09 | Passage aux urgences |\n| 2024-02-26 | Rue barrée, visite reportée |"],
)
def test_le_jour_d_une_date_iso_n_est_pas_un_numero_de_maison(texte: str) -> None:
    assert [t.regle for t in trouver(texte, ContexteAnonymat())] == []


# Après l'attaque-25 (304 textes) : des noms à particule élidée que la première version de ces corrections perdait.


@pytest.mark.parametrize(
    ("texte", "nom"),
    [
        ("| Qui | Relation |\n|---|---|\n| D'Hooghe | tante maternelle |", "D'Hooghe"),
        ("| Personne | Lien |\n|---|---|\n| l'Ermite | oncle |", "l'Ermite"),
        ("oncle: d'Outremont", "d'Outremont"),
        ("La mère, Julie D'Avril, travaille de nuit.", "Julie D'Avril"),
        ("Selon Karim D'Orange, la petite mange peu.", "Karim D'Orange"),
    ],
)
def test_nom_a_article_ou_particule_elide_que_le_lexique_connait(texte: str, nom: str) -> None:
    assert nom in _noms(texte)


@pytest.mark.parametrize("texte", ["nom_du_quartier: Droixhe", "nom_de_l_ecole: Sainte-Marie", "nom_du_projet: Tremplin"])
def test_une_cle_qui_nomme_un_lieu_ou_un_projet(texte: str) -> None:
    assert _noms(texte) == []
