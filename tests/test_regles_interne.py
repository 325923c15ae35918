"""Règle interne.marque : une marque de passage interne douteuse est une erreur, jamais une publication silencieuse."""

from __future__ import annotations

from tests.usine import Usine, absente, attendre, seules

RECIT = "# Concertation\n\n## Analyse\n\nLe réseau partage une lecture commune.\n\n{}\n\nFin publique.\n"


def test_passage_interne_bien_forme_dans_un_recit(usine: Usine) -> None:
    usine.ecrire("recit", RECIT.format("<!-- interne : vu avec le SAJ -> confidentiel -->Le père est incarcéré."
                                       "<!-- /interne -->"))
    assert usine.valider() == []


def test_marque_jamais_fermee_dans_un_recit(usine: Usine) -> None:
    usine.ecrire("recit", RECIT.format("<!-- interne -->Le père est incarcéré."))
    constats = usine.valider()
    attendre(constats, "interne.marque", usine.chemin("recit"), 7)
    seules(constats, "interne.marque")


def test_marque_deguisee_dans_un_recit(usine: Usine) -> None:
    usine.ecrire("recit", RECIT.format("&lt;!-- interne --&gt;Le père est incarcéré.&lt;!-- /interne --&gt;"))
    attendre(usine.valider(), "interne.marque", usine.chemin("recit"), 7)


def test_marque_de_fin_orpheline_dans_un_champ(usine: Usine) -> None:
    usine.ecrire("concertation", modifier=lambda c: c.update(leviers="secret <!-- /interne --> publié"))
    constats = usine.valider()
    attendre(constats, "interne.marque", usine.chemin("concertation"), usine.ligne("concertation", "leviers"))
    seules(constats, "interne.marque")


def test_marque_ecrite_en_echappements_yaml_reconnue(usine: Usine) -> None:
    """La marque est lue dans la valeur décodée : `\\u003C!-- interne --\\u003E` est une vraie marque."""
    chemin = usine.absolu("concertation")
    chemin.write_text(chemin.read_text(encoding="utf-8")
                      + 'leviers: "a \\u003C!-- interne --\\u003Esecret\\u003C!-- /interne --\\u003E b"\n',
                      encoding="utf-8")
    assert usine.valider() == []
    chemin.write_text(chemin.read_text(encoding="utf-8").replace("\\u003C!-- /interne --\\u003E", ""), encoding="utf-8")
    attendre(usine.valider(), "interne.marque", usine.chemin("concertation"), usine.ligne("concertation", "leviers"))


def test_commentaire_ordinaire_et_mot_interne_acceptes(usine: Usine) -> None:
    usine.ecrire("recit", RECIT.format("<!-- à compléter --> Stage en médecine interne, règlement interne."))
    usine.ecrire("dossier", modifier=lambda d: d.update(motif_demande="suivi par l'internat <!-- relu -->"))
    assert usine.valider() == []


def test_phase_preparatoire_non_verifiee(usine: Usine) -> None:
    """La phase préparatoire n'est jamais publiée : ses marques ne comptent pas."""
    usine.ecrire("preparation", modifier=lambda p: p["attentes"].update(jeune="<!-- interne -->jamais fermé"))
    assert usine.valider() == []


def test_marque_douteuse_dans_l_annuaire_et_la_configuration(usine: Usine) -> None:
    """Le guide et les pages publient des textes de reseau.yaml et d'annuaire.yaml : leurs marques sont vérifiées aussi."""
    usine.ecrire("annuaire", usine_annuaire_avec(usine, "SPJ de Namur <!-- interne -->jamais fermé"))
    constats = [c for c in usine.valider() if c.regle == "interne.marque"]
    assert [c.fichier for c in constats] == ["annuaire.yaml"] and constats[0].ligne is not None


def usine_annuaire_avec(usine: Usine, nom: str) -> dict:  # type: ignore[type-arg]
    import yaml

    from tests.usine import RACINE_PROJET

    donnees = yaml.safe_load((RACINE_PROJET / "annuaire.yaml").read_text(encoding="utf-8"))
    next(s for s in donnees["services"] if s["id"] == "spj-namur")["nom"] = nom
    return donnees


# --- le cas voisin qui passe : la règle ne dit rien ---------------------------------------------

def test_passage_interne_ferme_dans_un_recit(usine: Usine) -> None:
    """Le cas fautif (marque jamais fermée), avec sa marque de fin."""
    usine.ecrire("recit", RECIT.format("<!-- interne -->Le père est incarcéré.<!-- /interne -->"))
    constats = usine.valider()
    absente(constats, "interne.marque")
    assert constats == []
