"""Un dossier d'exemple complet et entièrement fictif, valide pour la configuration du réseau qui le demande.

Les formulaires vierges (`filrouge nouveau`) disent où écrire ; cet exemple montre un dossier mené à son
terme : le jeune, sa mère et son grand-père (aidant proche), des professionnels dont un pédopsychiatre,
le casemanager, une note de synthèse dont les actions passent par chaque statut, et une demande Criseflex
accordée puis remboursée. Les services, critères, codes postaux, âges et minimums viennent de la
configuration et de l'annuaire du réseau : l'exemple passe `filrouge valider` dans tout réseau (un test
le vérifie pour chaque réseau livré). Aucune personne réelle : initiales fictives, code aux initiales XY.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from filrouge.modele import Annuaire, Configuration
from filrouge.modele.financement import noms_des_pieces

ID_EXEMPLE = "0000-001"
"""L'année 0000 ne désigne aucun vrai dossier : l'exemple ne se confond jamais avec un dossier du dépôt."""

ENTETE = ("# Exemple complet et fictif ({quoi}) : à lire, pas à recopier tel quel. Aucun nom : le jeune par son\n"
          "# code, la famille par ses initiales ou son lien, les professionnels par leur fonction et leur service.\n")


def _jour(depart: dt.date, jours: int) -> dt.date:
    return depart + dt.timedelta(days=jours)


def _services(config: Configuration, annuaire: Annuaire) -> tuple[str, str, str, str | None]:
    """(service initiateur, service de santé mentale axe 1, service d'une autre institution, casemanagement)."""
    cm = config.service_casemanagement
    autres = [s for s in annuaire.services if s.id != cm]
    axe1 = next((s for s in autres if s.axe1), autres[0])
    initiateur = next((s for s in autres if not s.axe1 and s.id_institution != axe1.id_institution), autres[0])
    troisieme = next((s for s in autres if s.id_institution not in (initiateur.id_institution, axe1.id_institution)),
                     initiateur)
    return initiateur.id, axe1.id, troisieme.id, cm


def _code(config: Configuration, annee: int) -> str:
    naissance = annee - (config.age_min + config.age_max) // 2
    postal = config.codes_postaux[0].de if config.codes_postaux else 1000
    return f"XYF{naissance}{postal}"


def exemple_complet(config: Configuration, annuaire: Annuaire, aujourdhui: dt.date) -> dict[str, str]:
    """Chemin relatif au dossier d'exemple → contenu ; la demande Criseflex seulement si le réseau a une
    enveloppe pour l'année."""
    initiateur, psy, ecole, cm = _services(config, annuaire)
    demande = _jour(aujourdhui, -200)
    ouverture, consentement, charte = _jour(demande, 7), _jour(demande, 8), _jour(demande, 8)
    rencontre = _jour(demande, 21)
    acteurs: list[dict[str, Any]] = [
        {"id": "jeune", "role": "jeune", "charte_signee": charte},
        {"id": "mere", "role": "famille", "lien": "mère", "initiales": "X. Y.", "charte_signee": charte},
        {"id": "grand-pere", "role": "aidant_proche", "lien": "grand-père maternel", "initiales": "Z. Y.",
         "charte_signee": charte},
        {"id": "educ", "role": "professionnel", "service": initiateur, "fonction": "éducatrice", "charte_signee": charte},
        {"id": "pedo", "role": "professionnel", "service": psy, "fonction": "pédopsychiatre", "charte_signee": charte},
        {"id": "ecole", "role": "professionnel", "service": ecole, "fonction": "assistante sociale",
         "charte_signee": charte},
    ]
    if cm is not None:
        acteurs.append({"id": "cm", "role": "casemanager", "service": cm, "charte_signee": charte})
    dossier: dict[str, Any] = {
        "id": ID_EXEMPLE, "code": _code(config, demande.year), "statut": "ouvert",
        "dates": {"demande": demande, "ouverture": ouverture},
        "canal": config.canaux[0].id, "initiateur": "educ",
    }
    if config.demandeurs.minimum > 1:
        dossier["demandeurs"] = ["educ", "pedo", "ecole"][: max(2, config.demandeurs.minimum)]
    dossier |= {
        "criteres_activation": {c.id: True for c in config.criteres_activation},
        "acteurs": acteurs,
        "consentement": {"date": consentement, "jeune_informe": True, "parents_informes": True, "accord": True,
                         "informations": "les difficultés à l'école, les soins en cours et les actions décidées",
                         "finalite": "coordonner le trajet de soin autour du jeune",
                         "destinataires": "les participants de la concertation"},
        "motif_demande": "décrochage scolaire et crises d'angoisse, malgré un suivi psychologique et éducatif",
    }
    preparation = {
        "date": _jour(demande, 10), "initiateur": "educ", "code": dossier["code"],
        "personnes": [{"acteur": "pedo", "service_ou_lien": "pédopsychiatre", "sante_mentale": True},
                      {"acteur": "mere", "service_ou_lien": "mère", "sante_mentale": False},
                      {"acteur": "grand-pere", "service_ou_lien": "grand-père, aidant proche", "sante_mentale": False}],
        "analyse_holistique": True,
        "attentes": {"jeune": "retourner en classe sans avoir peur", "famille": "souffler et savoir qui appeler",
                     "aidants_proches": "continuer les trajets vers l'école", "autres_professionnels": "un plan commun"},
        "actions_envisagees": [{"action": "un retour progressif à l'école", "effets_attendus": "moins d'absences"}],
        "rencontre": {"date": rencontre, "heure": "14:00", "lieu": "au service de l'éducatrice"},
    }
    presents = ["jeune", "mere", "grand-pere", "educ", "pedo", "ecole"] + (["cm"] if cm else [])
    actions = [
        _action(1, "Retour progressif à l'école, matinées d'abord", "Le jeune reprend pied en classe",
                ["ecole"], "adapter l'horaire avec la direction", _jour(rencontre, 30), "en_cours", ["jeune", "mere"]),
        _action(2, "Consultation pédopsychiatrique toutes les deux semaines", "Apaiser les crises d'angoisse",
                ["pedo"], "proposer des rendez-vous fixes", _jour(rencontre, 14), "faite", ["jeune"]),
        _action(3, "Stage de remobilisation pendant les vacances", "Retrouver un rythme et confiance en soi",
                ["educ"], "inscrire le jeune et organiser le transport", _jour(rencontre, 60), "a_faire",
                ["grand-pere"]),
        _action(4, "Accueil de jour en centre spécialisé", "Solution d'attente, écartée par la famille",
                ["educ"], "prendre contact avec le centre", _jour(rencontre, 20), "abandonnee", []),
    ]
    note = {
        "date": rencontre, "heure": "14:00-16:00", "lieu": "au service de l'éducatrice", "presents": presents,
        "absents": [], "fiche_presence": True, "adhesion_charte": True, "referent": "educ",
        "coordinateur_soin": "educ", "pedopsychiatre": "pedo",
        "validation": {"pedopsychiatre": _jour(rencontre, 2), "referent": _jour(rencontre, 2)},
        "actions": actions,
        "leviers": "La mère et le grand-père sont disponibles ; le jeune aime le sport.",
        "obstacles": "Les trajets vers l'école reposent sur le grand-père.",
        "mandat_financement": True,
        "prochaine_rencontre": {"engagement": True, "date": _jour(rencontre, 42),
                                "modalites": "même lieu, mêmes participants"},
    }
    recit = (f"# Concertation du {rencontre.isoformat()}\n\n"
             "## Analyse de la situation\n\nLe jeune ne va plus en classe que deux jours par semaine. Chacun a dit "
             "ce qu'il voit et ce qu'il peut porter ; la famille souhaite un retour progressif.\n\n"
             "## Pistes dégagées\n\nUn retour à l'école par matinées, un suivi pédopsychiatrique rapproché et un "
             "stage de remobilisation pendant les vacances, que personne ne finance : la concertation mandate "
             "l'éducatrice pour une demande Criseflex.\n")
    fichiers = {
        "dossier.yaml": ENTETE.format(quoi="dossier") + _yaml(dossier),
        "preparation.yaml": ENTETE.format(quoi="phase préparatoire, document interne") + _yaml(preparation),
        f"concertations/{rencontre.isoformat()}.yaml": ENTETE.format(quoi="note de synthèse") + _yaml(note),
        f"concertations/{rencontre.isoformat()}.md": recit,
    }
    date_demande = _jour(rencontre, 3)
    if config.enveloppes.get(date_demande.year) or config.enveloppe_par_defaut:
        montant = min(1_200.0, config.plafond_demande)
        pieces = noms_des_pieces(rencontre, 3)
        financement = {
            "dossier": ID_EXEMPLE, "code": dossier["code"], "concertation": rencontre, "action": 3,
            "attestations": {cle: True for cle in ("necessaire", "plus_efficiente", "solution_perenne", "non_financee",
                                                    "pas_double_subside", "urgente")},
            "objectifs_npsm": True, "montant_demande": montant, "cout_total": montant + 300,
            "cofinancements": [{"source": "mutualité (intervention sport)", "montant": 300}],
            "pieces": [{"type": "note_de_synthese", "fichier": pieces["note_de_synthese"]},
                       {"type": "devis", "fichier": pieces["devis"]},
                       {"type": "facture", "fichier": "pieces/facture-stage.pdf"}],
            "coordinateur": "educ", "certifie_sincere": True, "date_demande": date_demande,
            "decision": {"statut": "accordee", "montant_accorde": montant, "date": _jour(date_demande, 5)},
            "remboursement": {"facture_recue": _jour(date_demande, 70), "montant_facture": montant,
                              "date_remboursement": _jour(date_demande, 80)},
        }
        fichiers[f"financements/{date_demande.isoformat()}-stage.yaml"] = (
            ENTETE.format(quoi="demande Criseflex accordée puis remboursée") + _yaml(financement))
    return fichiers


def pieces_de_l_exemple(fichiers: dict[str, str]) -> list[str]:
    """Les pièces que la demande d'exemple cite (à déposer dans pieces/ pour que l'exemple soit complet)."""
    return sorted({p["fichier"] for chemin, texte in fichiers.items() if chemin.startswith("financements/")
                   for p in yaml.safe_load(texte)["pieces"]})


def _action(numero: int, description: str, effets: str, qui: list[str], quoi: str, echeance: dt.date, statut: str,
            avec_qui: list[str]) -> dict[str, Any]:
    return {"numero": numero, "description": description, "effets_attendus": effets, "qui": qui, "quoi": quoi,
            "avec_qui": avec_qui, "echeance": echeance, "statut": statut}


class _SansAlias(yaml.SafeDumper):
    """Une date répétée s'écrit en entier : la lecture sûre refuse les ancres et alias YAML."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _yaml(donnees: dict[str, Any]) -> str:
    return yaml.dump(donnees, Dumper=_SansAlias, allow_unicode=True, sort_keys=False, width=110)
