"""Crée de nouveaux fichiers de dossier à partir des modèles, sans jamais rien écraser."""

from __future__ import annotations

import datetime as dt
import re
from importlib import resources
from pathlib import Path
from string import Template

import yaml

from filrouge.code_jeune import diagnostiquer
from filrouge.constat import citer
from filrouge.depot import REPERTOIRE_DOSSIERS, Depot, charger_depot
from filrouge.francais import CHAMP, ErreurChamp, ErreurUtilisation
from filrouge.reference import aujourdhui
from filrouge.lecture import ErreurLecture, lire_yaml
from filrouge.modele import Concertation, Dossier
from filrouge.modele.configuration import cles_de
from filrouge.schema_fr import valider_modele


def gabarit(nom: str) -> Template:
    return Template((resources.files("filrouge") / "gabarits" / nom).read_text(encoding="utf-8"))


def ecrire_nouveau(chemin: Path, contenu: str) -> Path:
    """Écrit un fichier qui ne doit pas exister : le mode « x » échoue plutôt que d'écraser."""
    chemin.parent.mkdir(parents=True, exist_ok=True)
    with open(chemin, "x", encoding="utf-8") as flux:
        flux.write(contenu)
    return chemin


def prochain_id(depot: Depot, annee: int) -> str:
    """Le numéro suivant de l'année, sans redonner l'identifiant d'un dossier absorbé par une fusion."""
    base = depot.racine / REPERTOIRE_DOSSIERS
    pris = [p.name for p in (base.iterdir() if base.is_dir() else [])]
    pris += [ident for charge in depot.dossiers if charge.modele for ident in charge.modele.fusionne_avec]
    numeros = [int(m[1]) for nom in pris if (m := re.fullmatch(rf"{annee}-(\d{{3}})", nom))]
    return f"{annee}-{max(numeros, default=0) + 1:03d}"


def creer_dossier(racine: Path, code: str, service_initiateur: str | None, id_dossier: str | None = None,
                  date_demande: dt.date | None = None, canal: str | None = None) -> list[Path]:
    depot = charger_depot(racine)
    config, annuaire = depot.config, depot.partenaires
    probleme = diagnostiquer(code)
    if probleme:
        raise ErreurUtilisation(f"code du jeune invalide : {probleme}.")
    if service_initiateur is None:
        raise ErreurChamp("service", f"indiquez le service initiateur {CHAMP}.", cli="avec --service : un identifiant "
                          f"ou un alias de annuaire.yaml (ex. {annuaire.services[0].id})")
    service = annuaire.trouver(service_initiateur)
    if service is None:
        raise ErreurUtilisation(f"service inconnu {citer(service_initiateur, annuaire.noms_connus)} : indiquez un "
                                f"identifiant ou un alias de annuaire.yaml{annuaire.suggestion(service_initiateur) or '.'}")
    service_initiateur = service.id
    canal = canal or config.canaux[0].id
    if canal not in cles_de(config.canaux):
        raise ErreurUtilisation(f"canal inconnu : choisir parmi {', '.join(cles_de(config.canaux))}.")
    date_demande = date_demande or aujourdhui()
    id_dossier = id_dossier or prochain_id(depot, date_demande.year)
    if not re.fullmatch(r"[0-9]{4}-[0-9]{3}[a-z0-9-]{0,20}", id_dossier):
        raise ErreurUtilisation("identifiant de dossier invalide : année et numéro, ex. 2019-007.")
    absorbant = next((c.id for c in depot.dossiers if c.modele and id_dossier in c.modele.fusionne_avec), None)
    if absorbant is not None:
        raise ErreurUtilisation(f"l'identifiant {id_dossier} a été fusionné dans le dossier {absorbant} (fusionne_avec) : "
                                "choisissez-en un autre, ou laissez filrouge le proposer.")
    repertoire = racine / REPERTOIRE_DOSSIERS / id_dossier
    if repertoire.exists():
        raise ErreurUtilisation(f"{repertoire.relative_to(racine)} existe déjà : rien n'a été écrit.")
    casemanager = ""
    if config.service_casemanagement:
        casemanager = f"  - id: cm\n    role: casemanager\n    service: {config.service_casemanagement}"
    valeurs = {
        "id": id_dossier, "code": code, "date": date_demande.isoformat(), "canal": canal,
        "canaux": ", ".join(cles_de(config.canaux)), "service": service_initiateur, "casemanager": casemanager,
        "criteres": "\n".join(f"  {c.id}: false  # {c.libelle}" for c in config.criteres_activation),
        "rencontre": (date_demande + dt.timedelta(days=14)).isoformat(),
    }
    return [
        ecrire_nouveau(repertoire / "dossier.yaml", gabarit("dossier.yaml").substitute(valeurs)),
        ecrire_nouveau(repertoire / "preparation.yaml", gabarit("preparation.yaml").substitute(valeurs)),
    ]


def _actions(precedente: Concertation | None, referent: str, date: dt.date) -> str:
    """Le bloc `actions:` d'une nouvelle note : les actions encore ouvertes de la note précédente, reprises
    telles quelles (échéance et statut compris, renumérotées dans leur ordre), sinon une action à écrire."""
    reprises = [a for a in precedente.actions if a.ouverte] if precedente else []
    if not reprises:
        return (f"  - numero: 1\n    description: à préciser\n    effets_attendus: à préciser\n    qui: [{referent}]\n"
                f"    quoi: à préciser\n    quand: à préciser\n    ou: à préciser\n    avec_qui: []\n"
                f"    ressources: à préciser\n    echeance: {(date + dt.timedelta(days=30)).isoformat()}\n"
                f"    statut: a_faire")
    assert precedente is not None
    blocs = []
    for rang, action in enumerate(reprises, start=1):
        donnees = action.model_dump(exclude_defaults=True) | {"numero": rang, "statut": action.statut}
        texte = yaml.safe_dump([donnees], allow_unicode=True, sort_keys=False, width=100)
        blocs.append(f"  # reprise de la note du {precedente.date.isoformat()} (action n°{action.numero}) : "
                     "mettez à jour statut et échéance\n" + "\n".join("  " + ligne for ligne in texte.splitlines()))
    return "\n".join(blocs)


def creer_concertation(racine: Path, id_dossier: str, date: dt.date | None = None) -> list[Path]:
    date = date or aujourdhui()
    yaml_note, recit = contenus_concertation(racine, id_dossier, date)
    notes = racine / REPERTOIRE_DOSSIERS / id_dossier / "concertations"
    return [
        ecrire_nouveau(notes / f"{date.isoformat()}.yaml", yaml_note),
        ecrire_nouveau(notes / f"{date.isoformat()}.md", recit),
    ]


def contenus_concertation(racine: Path, id_dossier: str, date: dt.date) -> tuple[str, str]:
    """Le YAML et le récit d'une nouvelle note, sans rien écrire : présents, référent, coordinateur et
    pédopsychiatre tirés du dossier et de la note précédente, dont les actions ouvertes sont reprises.
    L'atelier en fait la base de son formulaire ; `creer_concertation` les écrit."""
    repertoire = racine / REPERTOIRE_DOSSIERS / id_dossier
    chemin_dossier = repertoire / "dossier.yaml"
    if not re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z_-]*", id_dossier) or not chemin_dossier.is_file():
        raise ErreurUtilisation(f"dossier « {id_dossier} » introuvable dans {REPERTOIRE_DOSSIERS}/.")
    try:
        doc = lire_yaml(chemin_dossier, f"{REPERTOIRE_DOSSIERS}/{id_dossier}/dossier.yaml")
    except ErreurLecture as exc:
        raise ErreurUtilisation(f"{exc.constat.fichier}: {exc.constat.message} Corrigez-le d'abord.")
    dossier, erreurs = valider_modele(Dossier, doc)
    if dossier is None:
        raise ErreurUtilisation(f"{doc.relatif} est invalide ({len(erreurs)} erreur(s)) : lancez « filrouge valider » et corrigez-le d'abord.")
    depot = charger_depot(racine)
    ids = [a.id for a in dossier.acteurs]
    axe1 = [a.id for a in dossier.acteurs if depot.est_axe1(a)]
    jeune_present = any(a.role == "jeune" for a in dossier.acteurs)
    charge = next(c for c in depot.dossiers if c.id == id_dossier)
    precedente = next((n for _, n in reversed(charge.notes_valides()) if n.date < date), None)
    referent = dossier.referent(precedente)
    valeurs = {
        "id": id_dossier, "date": date.isoformat(), "presents": ", ".join(ids), "referent": referent,
        "coordinateur": precedente.coordinateur_soin if precedente else referent,
        "pedopsychiatre": precedente.pedopsychiatre if precedente else (axe1[0] if axe1 else dossier.initiateur),
        "jeune": ("# le jeune est présent" if jeune_present else
                  f"jeune_informe_par: {dossier.initiateur}  # le jeune est absent : qui l'a informé ?\n"
                  "voix_du_jeune: true  # cette personne a-t-elle porté sa parole ?"),
        "actions": _actions(precedente, referent, date),
        "prochaine": (date + dt.timedelta(days=42)).isoformat(),
    }
    notes = repertoire / "concertations"
    for extension in ("yaml", "md"):
        if (notes / f"{date.isoformat()}.{extension}").exists():
            raise ErreurUtilisation(f"une note du {date.isoformat()} existe déjà dans ce dossier : rien n'a été écrit.")
    return gabarit("concertation.yaml").substitute(valeurs), gabarit("concertation.md").substitute(valeurs)
