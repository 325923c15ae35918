"""Règles sur les acteurs : identifiants uniques, services connus, famille sans nom."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from filrouge.constat import citer, proposer
from filrouge.depot import Depot
from filrouge.regles.registre import Signal, dossiers_valides, regle

_MOTS_DE_LIEN = {
    "mere", "pere", "parent", "parents", "maman", "papa", "frere", "soeur", "demi", "grand", "grands", "grand-mere",
    "grand-pere", "grands-parents", "arriere", "arriere-grand-mere", "arriere-grand-pere", "beau", "belle", "beaux",
    "beau-pere", "belle-mere", "beau-frere", "belle-soeur", "oncle", "tante", "cousin", "cousine", "neveu", "niece",
    "parrain", "marraine", "tuteur", "tutrice", "famille", "d'accueil", "accueil", "accueillant", "accueillante",
    "voisin", "voisine", "ami", "amie", "compagnon", "compagne", "conjoint", "conjointe", "partenaire", "fils", "fille",
    "enfant", "petit", "petite", "petit-ami", "petite-amie", "copain", "copine", "elargie", "nourrice", "mamy", "papy",
    "paternel", "paternelle", "maternel", "maternelle", "aine", "ainee", "cadet", "cadette", "jumeau", "jumelle",
    "de", "du", "la", "le", "les", "l'", "d'", "des", "et", "ou", "jeune", "sa", "son", "ses", "proche", "aidant",
    "aidante", "benevole", "demi-frere", "demi-soeur", "coparent", "mere-grand", "concubin", "concubine",
}
_INITIALE = re.compile(r"[A-Z]\.")
_MOT = re.compile(r"[\w'’.-]+")


def _sans_accents(mot: str) -> str:
    mot = mot.replace("œ", "oe").replace("æ", "ae")
    return "".join(c for c in unicodedata.normalize("NFD", mot) if unicodedata.category(c) != "Mn")


def lien_anonyme(lien: str) -> bool:
    """Vrai si le lien ne contient que des mots de parenté et des initiales."""
    for mot in _MOT.findall(lien.replace("’", "'")):
        if _INITIALE.fullmatch(mot) or re.fullmatch(r"([A-Z]\.){2,3}", mot):
            continue
        if _sans_accents(mot.lower()).strip(".") not in _MOTS_DE_LIEN:
            return False
    return True


@regle("acteur.id_unique", "erreur", "Chaque acteur a un identifiant unique dans le dossier.")
def id_unique(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Les notes de synthèse et les demandes désignent chaque personne par son identifiant
    d'acteur (présents, référent, qui porte une action, coordinateur). Si deux acteurs partagent un
    identifiant, on ne sait plus qui était présent ni qui doit agir.

    Exemple fautif :
        acteurs:
          - id: psy
            role: professionnel
            service: ssm-capj
          - id: psy
            role: professionnel
            service: pedopsychiatre-prive

    Correction : Donnez au second acteur un identifiant différent (pedo, par exemple) et vérifiez dans
    chaque note de synthèse lequel des deux est visé.
    """
    for _, d, doc in dossiers_valides(depot):
        vus: set[str] = set()
        for i, acteur in enumerate(d.acteurs):
            if acteur.id in vus:
                yield Signal(doc, ("acteurs", i, "id"), f"l'identifiant d'acteur « {acteur.id} » est utilisé deux fois.")
            vus.add(acteur.id)


@regle("acteur.service", "erreur", "Professionnels et casemanager renvoient à un service de l'annuaire ; la famille n'a pas de service.")
def service(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : Un professionnel est désigné par son service, pris dans l'annuaire des partenaires
    (annuaire.yaml), jamais par son nom : c'est le service qui dit s'il relève de la santé mentale
    (axe 1) et à qui montrer ses actions sur le portail. La famille et les proches n'ont pas de
    service : seul leur lien avec le jeune est noté.

    Exemple fautif :
        acteurs:
          - id: ecole
            role: professionnel
            fonction: titulaire de classe

    Correction : Ajoutez service: avec l'identifiant du service dans annuaire.yaml (spj-namur, par
    exemple) ; s'il n'y figure pas encore, faites-le ajouter à l'annuaire. Pour un membre de la
    famille, retirez service: et gardez lien:.
    """
    secteurs = depot.partenaires.secteurs
    for _, d, doc in dossiers_valides(depot):
        for i, acteur in enumerate(d.acteurs):
            professionnel = acteur.role in ("professionnel", "casemanager")
            if professionnel and acteur.service is None:
                yield Signal(doc, ("acteurs", i, "role"), f"l'acteur « {acteur.id} » ({acteur.role}) indique son service de l'annuaire (service:).")
            elif acteur.service is not None and depot.partenaires.service(acteur.service) is None:
                connus = depot.partenaires.noms_connus
                yield Signal(doc, ("acteurs", i, "service"), f"service {citer(acteur.service, connus)} absent de l'annuaire"
                                                            f"{depot.partenaires.suggestion(acteur.service) or ' (annuaire.yaml).'}")
            if not professionnel and acteur.service is not None:
                yield Signal(doc, ("acteurs", i, "service"), f"l'acteur « {acteur.id} » ({acteur.role}) n'a pas de service : seul son lien est indiqué.")
            if acteur.secteur is not None and acteur.secteur not in secteurs:
                yield Signal(doc, ("acteurs", i, "secteur"), f"secteur {citer(acteur.secteur, secteurs)} inconnu de "
                                                            f"l'annuaire{proposer(acteur.secteur, secteurs) or '.'}")


@regle("acteur.famille_initiales", "erreur", "Le jeune, la famille et les proches ne sont désignés que par initiales ou lien de parenté.")
def famille_initiales(depot: Depot) -> Iterator[Signal]:
    """Pourquoi : La charte de concertation interdit les noms des protagonistes dans les comptes rendus,
    et la note de synthèse ne désigne la famille et les proches que par leurs initiales ou leur lien
    de parenté, car elle peut être jointe à une demande de financement. Un prénom glissé dans le lien
    suffit à reconnaître l'enfant.

    Exemple fautif :
        - id: mere
          role: famille
          lien: maman de Zorglubine

    Correction : N'écrivez que le lien (mère, tante maternelle, voisine…), éventuellement suivi
    d'initiales (tante M. D.). La famille, les proches et le jeune n'ont pas de fonction.
    """
    for _, d, doc in dossiers_valides(depot):
        for i, acteur in enumerate(d.acteurs):
            if acteur.role not in ("famille", "aidant_proche"):
                if acteur.role == "jeune" and acteur.fonction:
                    yield Signal(doc, ("acteurs", i, "fonction"), "le jeune n'a pas de fonction : retirez ce champ.")
                continue
            if acteur.lien is None:
                yield Signal(doc, ("acteurs", i), f"l'acteur « {acteur.id} » ({acteur.role}) indique son lien avec le jeune (lien: mère, oncle…).")
            elif not lien_anonyme(acteur.lien):
                yield Signal(doc, ("acteurs", i, "lien"), "le lien contient un mot qui n'est pas un lien de parenté ni une initiale : "
                                                          "la famille et les proches ne sont jamais nommés.")
            if acteur.fonction:
                yield Signal(doc, ("acteurs", i, "fonction"), "la famille et les proches n'ont pas de fonction : utilisez « lien ».")
