"""Usine à dépôts de test : un dépôt minimal VALIDE, écrit depuis des dictionnaires Python.

Chaque test part du vert (aucun constat) et ne change qu'une chose :

    usine.ecrire("financement", modifier=lambda f: f.update(montant_demande=10_001))
    constat = attendre(usine.valider(), "financement.plafond", usine.chemin("financement"),
                       usine.ligne("financement", "montant_demande"))

Les lignes attendues sont calculées ici, indépendamment de `filrouge.lecture`, à partir
de l'arbre de nœuds de PyYAML (composeur pur Python) : le test vérifie que le
validateur désigne bien la ligne de la clé fautive.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Literal

import yaml

from filrouge.constat import Constat
from filrouge.regles import REGLES
from filrouge.validation import valider

RACINE_PROJET = Path(__file__).resolve().parent.parent
RESEAUX = {
    "kirikou": RACINE_PROJET / "reseau.yaml",
    "bru-stars": RACINE_PROJET / "src" / "filrouge" / "reseaux" / "bru-stars.yaml",
}
Reseau = Literal["kirikou", "bru-stars"]
Modification = Callable[[Any], Any]

ID_DOSSIER = "2019-001"
DATE_DEMANDE = dt.date(2019, 2, 1)
DATE_OUVERTURE = dt.date(2019, 2, 10)
DATE_CONSENTEMENT = dt.date(2019, 2, 10)
DATE_PREPARATION = dt.date(2019, 2, 12)
DATE_CONCERTATION = dt.date(2019, 3, 1)
DATE_ECHEANCE = dt.date(2019, 4, 1)
DATE_PROCHAINE = dt.date(2019, 4, 15)
DATE_VALIDATION = dt.date(2019, 3, 2)
DATE_FINANCEMENT = dt.date(2019, 3, 5)
DATE_CHARTE = dt.date(2019, 2, 10)

CRITERES = {
    "kirikou": ["difficulte_psychique", "partenaires_dont_sante_mentale", "trajectoire_contrariee",
                "partenaire_organisateur", "jeune_et_famille_associes", "actions_possibles"],
    "bru-stars": ["deux_demandeurs", "travail_clinique_reseau", "ancrage_bruxelles"],
}
CODE_POSTAL = {"kirikou": 5000, "bru-stars": 1000}

# Chemins relatifs (à la racine du dépôt) des fichiers que l'usine sait écrire.
FICHIERS = {
    "reseau": "reseau.yaml",
    "annuaire": "annuaire.yaml",
    "dossier": f"dossiers/{ID_DOSSIER}/dossier.yaml",
    "preparation": f"dossiers/{ID_DOSSIER}/preparation.yaml",
    "concertation": f"dossiers/{ID_DOSSIER}/concertations/{DATE_CONCERTATION}.yaml",
    "recit": f"dossiers/{ID_DOSSIER}/concertations/{DATE_CONCERTATION}.md",
    "financement": f"dossiers/{ID_DOSSIER}/financements/{DATE_FINANCEMENT}-devis.yaml",
    "devis": f"dossiers/{ID_DOSSIER}/pieces/devis.pdf",
}


def code_jeune(reseau: Reseau = "kirikou", *, annee: int = 2010, sexe: str = "G", initiales: str = "LM",
               code_postal: int | None = None) -> str:
    """Un code fictif : initiales, sexe, année de naissance, code postal du territoire du réseau."""
    return f"{initiales}{sexe}{annee:04d}{code_postal if code_postal is not None else CODE_POSTAL[reseau]:04d}"


def acteurs_minimaux() -> list[dict[str, Any]]:
    """Jeune, mère, professionnel axe 1, initiateur (SPJ) et casemanager, charte signée."""
    charte = DATE_CHARTE
    return [
        {"id": "a1", "role": "professionnel", "service": "spj-namur", "fonction": "déléguée",
         "charte_signee": charte},
        {"id": "jeune", "role": "jeune", "charte_signee": charte},
        {"id": "mere", "role": "famille", "lien": "mère", "charte_signee": charte},
        {"id": "psy", "role": "professionnel", "service": "ssm-capj", "fonction": "pédopsychiatre",
         "charte_signee": charte},
        {"id": "cm", "role": "casemanager", "service": "kirikou-casemanagement", "charte_signee": charte},
    ]


def dossier_minimal(reseau: Reseau = "kirikou") -> dict[str, Any]:
    donnees: dict[str, Any] = {
        "id": ID_DOSSIER,
        "code": code_jeune(reseau),
        "statut": "ouvert",
        "dates": {"demande": DATE_DEMANDE, "ouverture": DATE_OUVERTURE},
        "canal": "courriel",
        "initiateur": "a1",
        "criteres_activation": {critere: True for critere in CRITERES[reseau]},
        "acteurs": acteurs_minimaux(),
        "consentement": {
            "date": DATE_CONSENTEMENT,
            "jeune_informe": True,
            "parents_informes": True,
            "accord": True,
            "informations": "les difficultés scolaires et le suivi en cours",
            "finalite": "coordonner le trajet de soin",
            "destinataires": "les partenaires de la concertation",
        },
        "motif_demande": "trajet de soin bloqué malgré plusieurs suivis",
    }
    if reseau == "bru-stars":
        donnees["demandeurs"] = ["a1", "psy"]
    return donnees


def preparation_minimale(reseau: Reseau = "kirikou") -> dict[str, Any]:
    return {
        "date": DATE_PREPARATION,
        "initiateur": "a1",
        "code": code_jeune(reseau),
        "personnes": [
            {"acteur": "psy", "service_ou_lien": "SSM CAP J", "sante_mentale": True},
            {"acteur": "mere", "service_ou_lien": "mère", "sante_mentale": False},
        ],
        "analyse_holistique": True,
        "attentes": {"jeune": "être écouté", "famille": "un soutien à domicile"},
        "actions_envisagees": [{"action": "un accompagnement éducatif", "effets_attendus": "reprise de l'école"}],
        "rencontre": {"date": DATE_CONCERTATION, "heure": "14:00", "lieu": "au service"},
    }


def action_minimale(numero: int = 1) -> dict[str, Any]:
    return {
        "numero": numero,
        "description": "accompagnement éducatif à domicile",
        "effets_attendus": "apaiser la vie familiale",
        "qui": ["a1"],
        "quoi": "organiser l'accompagnement",
        "avec_qui": ["psy"],
        "echeance": DATE_ECHEANCE,
        "statut": "a_faire",
    }


def concertation_minimale() -> dict[str, Any]:
    return {
        "date": DATE_CONCERTATION,
        "heure": "14:00",
        "lieu": "au service",
        "presents": ["a1", "jeune", "mere", "psy", "cm"],
        "absents": [],
        "fiche_presence": True,
        "adhesion_charte": True,
        "referent": "a1",
        "coordinateur_soin": "a1",
        "pedopsychiatre": "psy",
        "validation": {"pedopsychiatre": DATE_VALIDATION, "referent": DATE_VALIDATION},
        "actions": [action_minimale()],
        "mandat_financement": True,
        "prochaine_rencontre": {"engagement": True, "date": DATE_PROCHAINE},
    }


RECIT_MINIMAL = (
    f"# Concertation du {DATE_CONCERTATION}\n\n"
    "## Analyse de la situation\n\nLe trajet de soin est bloqué ; chacun a exposé ce qu'il peut porter.\n\n"
    "## Pistes dégagées\n\nUn accompagnement éducatif à domicile.\n"
)


def financement_minimal(reseau: Reseau = "kirikou", *, montant: float = 2500) -> dict[str, Any]:
    return {
        "dossier": ID_DOSSIER,
        "code": code_jeune(reseau),
        "concertation": DATE_CONCERTATION,
        "action": 1,
        "attestations": {cle: True for cle in ("necessaire", "plus_efficiente", "solution_perenne", "non_financee",
                                               "pas_double_subside", "urgente")},
        "objectifs_npsm": True,
        "montant_demande": montant,
        "cout_total": montant,
        "cofinancements": [],
        "pieces": [{"type": "devis", "fichier": "pieces/devis.pdf"},
                   {"type": "note_de_synthese", "fichier": f"concertations/{DATE_CONCERTATION}.yaml"}],
        "coordinateur": "a1",
        "certifie_sincere": True,
        "date_demande": DATE_FINANCEMENT,
        "decision": {"statut": "demandee"},
    }


class _SansAlias(yaml.SafeDumper):
    """safe_dump, mais sans ancres ni alias (refusés par le lecteur) pour les objets partagés."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dumper(donnees: Any) -> str:
    return yaml.dump(donnees, Dumper=_SansAlias, allow_unicode=True, sort_keys=False, default_flow_style=False,
                     width=4096)


def ligne_de(texte: str, *chemin: str | int, decalage: int = 0) -> int:
    """Ligne (1-based) de la clé (ou de l'élément de liste) au bout de `chemin`.

    Calcul indépendant de `filrouge.lecture` : arbre de nœuds du composeur pur Python.
    Lève KeyError si le chemin n'existe pas (un test qui vise une clé absente est faux).
    """
    noeud = yaml.compose(texte, Loader=yaml.SafeLoader)
    ligne = noeud.start_mark.line if noeud is not None else 0
    for element in chemin:
        if isinstance(noeud, yaml.MappingNode) and isinstance(element, str):
            for cle, valeur in noeud.value:
                if cle.value == element:
                    ligne, noeud = cle.start_mark.line, valeur
                    break
            else:
                raise KeyError(chemin)
        elif isinstance(noeud, yaml.SequenceNode) and isinstance(element, int):
            noeud = noeud.value[element]
            ligne = noeud.start_mark.line
        else:
            raise KeyError(chemin)
    return ligne + 1 + decalage


class Usine:
    """Écrit un dépôt minimal valide dans `racine` ; chaque fichier vient d'un dictionnaire modifiable."""

    def __init__(self, racine: Path, reseau: Reseau = "kirikou", *, financement: bool | None = None) -> None:
        self.racine = racine
        self.reseau: Reseau = reseau
        # Bru-Stars n'a pas d'enveloppe configurée : toute demande y est signalée ; pas de demande par défaut.
        avec_financement = (reseau == "kirikou") if financement is None else financement
        self.donnees: dict[str, Any] = {
            "reseau": yaml.safe_load(RESEAUX[reseau].read_text(encoding="utf-8")),
            "dossier": dossier_minimal(reseau),
            "preparation": preparation_minimale(reseau),
            "concertation": concertation_minimale(),
            "recit": RECIT_MINIMAL,
            "financement": financement_minimal(reseau) if avec_financement else None,
            "devis": b"%PDF-1.4\n% devis fictif\n",
        }

    # --- écriture -------------------------------------------------------------------------------

    def construire(self) -> Usine:
        """Écrit tout le dépôt (copie verbatim de la configuration et de l'annuaire)."""
        self.racine.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(RESEAUX[self.reseau], self.racine / "reseau.yaml")
        shutil.copyfile(RACINE_PROJET / "annuaire.yaml", self.racine / "annuaire.yaml")
        for nom in ("dossier", "preparation", "concertation", "recit", "financement", "devis"):
            if self.donnees[nom] is not None:
                self.ecrire(nom)
        return self

    def chemin(self, nom: str) -> str:
        """Chemin relatif (tel qu'il apparaît dans un constat) d'un fichier nommé ou d'un chemin."""
        return FICHIERS.get(nom, nom)

    def absolu(self, nom: str) -> Path:
        return self.racine / self.chemin(nom)

    def ecrire(self, nom: str, donnees: Any = None, modifier: Modification | None = None) -> Path:
        """(Ré)écrit un fichier : `donnees` remplace le contenu, `modifier` le transforme.

        `modifier` reçoit les données courantes et les modifie sur place (sa valeur de retour est
        ignorée : `lambda d: d.pop("cle")` convient). Les données restent dans l'usine : plusieurs
        modifications se cumulent.
        """
        if donnees is not None:
            self.donnees[nom] = donnees
        if modifier is not None:
            modifier(self.donnees[nom])
        valeur = self.donnees.get(nom)
        cible = self.absolu(nom)
        cible.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(valeur, bytes):
            cible.write_bytes(valeur)
        elif isinstance(valeur, str):
            cible.write_text(valeur, encoding="utf-8")
        else:
            cible.write_text(dumper(valeur), encoding="utf-8")
        return cible

    def supprimer(self, nom: str) -> None:
        self.absolu(nom).unlink()
        self.donnees[nom] = None

    def changer_code(self, code: str) -> None:
        """Même code partout (dossier, phase préparatoire, demande) : seule la règle visée réagit."""
        for nom in ("dossier", "preparation", "financement"):
            if self.donnees.get(nom) is not None:
                self.ecrire(nom, modifier=lambda d: d.update(code=code))

    def modifier_acteur(self, ident: str, **champs: Any) -> None:
        """Change des champs d'un acteur du dossier ; une valeur None retire le champ."""
        def appliquer(d: dict[str, Any]) -> None:
            acteur = next(a for a in d["acteurs"] if a["id"] == ident)
            for cle, valeur in champs.items():
                if valeur is None:
                    acteur.pop(cle, None)
                else:
                    acteur[cle] = valeur
        self.ecrire("dossier", modifier=appliquer)

    def ajouter_dossier(self, id_dossier: str, *, code: str | None = None, ouverture: dt.date | None = DATE_OUVERTURE,
                        cloture: dt.date | None = None, statut: str | None = None,
                        modifier: Modification | None = None) -> str:
        """Un dossier de plus, sans concertation ; renvoie le chemin relatif de son dossier.yaml."""
        dates: dict[str, Any] = {"demande": DATE_DEMANDE}
        if ouverture is not None:
            dates["ouverture"] = ouverture
        if cloture is not None:
            dates["cloture"] = cloture
        if statut is None:
            statut = "clos" if cloture else ("ouvert" if ouverture else "demande")
        donnees: dict[str, Any] = {
            "id": id_dossier,
            "code": code or code_jeune(self.reseau, initiales=_initiales(id_dossier)),
            "statut": statut,
            "dates": dates,
            "canal": "courriel",
            "initiateur": "a1",
            "criteres_activation": {critere: True for critere in CRITERES[self.reseau]},
            "acteurs": [
                {"id": "a1", "role": "professionnel", "service": "spj-namur"},
                {"id": "psy", "role": "professionnel", "service": "ssm-capj"},
                {"id": "jeune", "role": "jeune"},
            ],
        }
        if self.reseau == "bru-stars":
            donnees["demandeurs"] = ["a1", "psy"]
        relatif = f"dossiers/{id_dossier}/dossier.yaml"
        self.ecrire(relatif, donnees, modifier)
        return relatif

    # --- lecture ----------------------------------------------------------------------------------

    def valider(self) -> list[Constat]:
        return valider(self.racine)

    def ligne(self, nom: str, *chemin: str | int) -> int:
        """Ligne de la clé `chemin` dans le fichier tel qu'il est écrit sur le disque."""
        texte = self.absolu(nom).read_text(encoding="utf-8")
        return ligne_de(texte, *chemin)


def _initiales(id_dossier: str) -> str:
    """Deux lettres propres à chaque dossier ajouté (jamais LM, celles du dossier minimal)."""
    numero = int("".join(c for c in id_dossier if c.isdigit())[-3:] or "0")
    return chr(ord("A") + numero // 26 % 11) + chr(ord("A") + numero % 26)


def regles_de(constats: Iterable[Constat]) -> set[str]:
    return {c.regle for c in constats}


def attendre(constats: list[Constat], regle: str, fichier: str, ligne: int | None,
             gravite: str | None = None) -> Constat:
    """Exactement un constat de `regle`, au bon fichier, à la bonne ligne, avec la gravité du registre.

    La gravité attendue est, si elle n'est pas donnée, celle de la règle (ou « erreur » pour
    les constats de lecture et de schéma qui ne sont pas des règles du registre).
    """
    trouves = [c for c in constats if c.regle == regle]
    assert len(trouves) == 1, f"attendu un seul constat {regle}, obtenu : {constats}"
    constat = trouves[0]
    attendue = gravite or (REGLES[regle].gravite if regle in REGLES else "erreur")
    assert (constat.fichier, constat.ligne, constat.gravite) == (fichier, ligne, attendue), constat
    assert constat.message.strip(), constat
    return constat


def absente(constats: list[Constat], regle: str) -> None:
    """Le cas qui passe : la règle ne dit rien (à côté d'un cas qui la fait échouer, même fichier de test)."""
    assert regle in REGLES or regle.split(".")[0] in ("lecture", "schema", "depot"), regle
    assert not [c for c in constats if c.regle == regle], constats


def seules(constats: list[Constat], *regles: str) -> None:
    """Les constats ne viennent que des règles citées (la modification est bien ciblée).

    La garde d'anonymat (anonymat.*, testée ailleurs) peut légitimement réagir en plus quand
    un test plante un nom ; elle n'est pas comptée ici.
    """
    assert regles_de(c for c in constats if not c.regle.startswith("anonymat.")) == set(regles), constats


def retirer(cle: str) -> Modification:
    """Modification qui retire une clé d'un dictionnaire."""
    return lambda d: d.pop(cle)


def copie(donnees: Any) -> Any:
    return copy.deepcopy(donnees)
