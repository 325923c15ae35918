"""Le cycle de vie depuis la page d'un dossier : ouvrir (ou non) une demande, clore, rouvrir, transférer, retirer
ou consigner le consentement. Le formulaire est lu, la fonction de bibliothèque appelée.

Les choix proposés viennent du réseau (critères d'activation, motifs, casemanagers de la configuration) et du
dossier (actions ouvertes et prochaine rencontre de la dernière note, par `cycle.en_suspens`) ; les refus sont
ceux de la bibliothèque (`ErreurChamp` : le champ refusé, nommé ici par son libellé) et des règles de
`valider`, placés à côté de leur champ.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from filrouge import consentement, cycle, transfert
from filrouge.atelier import aides
from filrouge.atelier.actions import GENERAL, Issue, Jeu, executer
from filrouge.atelier.documents import FERME, ILLISIBLE
from filrouge.atelier.ecriture import empreinte, lire_si_present
from filrouge.atelier.libelles import STATUTS_ACTION
from filrouge.constat import Constat
from filrouge.cycle import EnSuspens
from filrouge.depot import REPERTOIRE_DOSSIERS, charger_dossier, charger_references
from filrouge.mise_en_forme import date_longue
from filrouge.modele import Dossier
from filrouge.modele.configuration import Valeur
from filrouge.modele.dossier import SENS_RETRAIT, Consentement, Dates, Episode, RetraitConsentement
from filrouge.modele.transfert import Transfert

Saisie = dict[str, list[str]]


@dataclass(frozen=True)
class Libelle:
    """Le titre d'un champ et son aide, ceux du modèle, sauf l'aide qui y parle de la configuration du réseau."""

    title: str
    description: str


def _du_modele(info: Any, aide: str | None = None) -> Libelle:
    """Le titre et l'aide du champ ; celle d'une date, sans le format à taper (le contrôle est un calendrier)."""
    genre = "date" if dt.date in (info.annotation, *get_args(info.annotation)) else "texte"
    return Libelle(str(info.title), aide or aides.aide(str(info.description), genre))


TITRES = {
    "motif_cloture": _du_modele(Episode.model_fields["motif_cloture"],
                                "Pourquoi le suivi s'arrête : un des motifs prévus par le réseau."),
    "motif_reouverture": _du_modele(Episode.model_fields["motif_reouverture"]),
    "cloture": _du_modele(Episode.model_fields["cloture"], "Jour où le suivi se clôt : pas avant l'ouverture, ni avant "
                          "la dernière concertation."),
    "ouverture": _du_modele(Episode.model_fields["ouverture"]),
    "date_ouverture": _du_modele(Dates.model_fields["ouverture"]),
    "criteres": _du_modele(Dossier.model_fields["criteres_activation"],
                           "Cochez chaque critère vérifié avec le demandeur : un dossier ne s'ouvre que s'ils sont "
                           "tous remplis."),
    "motif_non_ouverture": _du_modele(Dossier.model_fields["motif_non_ouverture"],
                                      "Pourquoi la demande n'est pas ouverte : un des motifs prévus par le réseau."),
    "vers": _du_modele(Transfert.model_fields["vers"]),
    "date_relais": _du_modele(Transfert.model_fields["date"]),
    "motif_relais": _du_modele(Transfert.model_fields["motif"]),
    "date_retrait": _du_modele(RetraitConsentement.model_fields["date"]),
    "portee": _du_modele(RetraitConsentement.model_fields["portee"]),
    "informations_retirees": _du_modele(RetraitConsentement.model_fields["informations"]),
    **{f"accord_{nom}": _du_modele(Consentement.model_fields[nom]) for nom in Consentement.model_fields},
}
"""Titres et aides des champs des formulaires, ceux du modèle (`FieldInfo.title`, `.description`)."""

PORTEES = SENS_RETRAIT.libelles
FORMULAIRES = ("ouvrir", "ne_pas_ouvrir", "clore", "rouvrir", "transferer", "retirer", "consigner")
"""Les petits formulaires de la page d'un dossier : leur saisie est gardée hors du dépôt jusqu'à l'enregistrement."""


@dataclass
class Page:
    """Ce que la page d'un dossier propose : statut, choix du réseau, ce qui reste en suspens à la clôture."""

    statut: str
    casemanager: str | None
    motifs: list[Valeur]
    """Les motifs de clôture du réseau : clé et libellé."""
    casemanagers: list[str]
    suspens: list[EnSuspens] = field(default_factory=list)
    empreinte: str | None = None
    """Celle de dossier.yaml à l'ouverture de la page : un changement sur le disque depuis est dit."""
    criteres: list[tuple[str, str, bool]] = field(default_factory=list)
    """(identifiant, libellé, rempli dans le dossier) de chaque critère d'activation du réseau."""
    motifs_non_ouverture: list[Valeur] = field(default_factory=list)
    consentements: list[str] = field(default_factory=list)
    """L'historique du consentement, en phrases : accords et retraits, par date."""

    @property
    def ferme(self) -> str:
        """Pourquoi la page ne propose ni nouvelle note ni nouvelle demande (dossier qui n'est pas ouvert)."""
        return FERME.get(self.statut, ILLISIBLE)


def _historique(dossier: Dossier) -> list[str]:
    faits = [(c.date, f"consentement recueilli le {date_longue(c.date)}" + ("" if c.accord else " (sans accord du jeune)"))
             for c in dossier.consentements_donnes()]
    faits += [(r.date, f"consentement retiré le {date_longue(r.date)} : {PORTEES[r.portee]}") for r in
              dossier.retraits_consentement]
    return [texte for _, texte in sorted(faits, key=lambda f: f[0])]


def page(racine: Path, ident: str, jour: dt.date) -> Page:
    """Le dossier seul et la configuration (jamais tout le dépôt) : la page s'ouvre vite sur un grand réseau."""
    config = charger_references(racine).config
    relatif = f"{REPERTOIRE_DOSSIERS}/{ident}"
    charge = charger_dossier(racine / relatif, ident, relatif)[0]
    dossier = charge.modele
    statut = dossier.statut if dossier is not None else "?"
    suspens = cycle.en_suspens(charge, jour) if dossier is not None and statut == "ouvert" else []
    actuel = (dossier.casemanager if dossier is not None else None) or config.casemanager_implicite()
    remplis = dossier.criteres_activation if dossier is not None else {}
    return Page(statut, actuel, list(config.motifs_cloture), [c.id for c in config.casemanagers], suspens,
                empreinte(lire_si_present(racine / relatif / "dossier.yaml")),
                [(c.id, c.libelle, remplis.get(c.id) is True) for c in config.criteres_activation],
                list(config.motifs_non_ouverture), _historique(dossier) if dossier is not None else [])


def nom_du_suspens(suspens: EnSuspens) -> str:
    return f"suspens.action.{suspens.action}" if suspens.action is not None else "suspens.rencontre"


def dire_suspens(suspens: EnSuspens) -> str:
    """Ce qui reste en suspens, en mots : le statut de l'action par son sens, les dates en toutes lettres."""
    if suspens.action is None:
        return f"Prochaine rencontre prévue le {date_longue(suspens.jour)}"
    statut = STATUTS_ACTION.get(suspens.statut or "", suspens.statut or "")
    return f"Action {suspens.action} encore ouverte ({statut}, échéance le {date_longue(suspens.jour)})"


def _valeur(saisie: Saisie, nom: str) -> str:
    return next((v.strip() for v in saisie.get(nom, []) if v.strip()), "")


def _date(saisie: Saisie, nom: str, issue: Issue) -> dt.date | None:
    texte = _valeur(saisie, nom)
    try:
        return dt.date.fromisoformat(texte)
    except ValueError:
        issue.refuser(nom, "date illisible : choisissez-la dans le calendrier." if texte else "date obligatoire : à remplir.")
        return None


def _requis(saisie: Saisie, issue: Issue, champs: dict[str, str]) -> None:
    """Chaque contrôle obligatoire laissé vide est dit à côté de lui, par son titre (contrôle → clé de TITRES)."""
    for nom, cle in champs.items():
        if not _valeur(saisie, nom):
            issue.refuser(nom, f"« {TITRES[cle].title} » est obligatoire : à remplir.")


def _nom(cle: str) -> str:
    return f"« {TITRES[cle].title} »"


def clore(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.clore` avec le motif choisi ; chaque action ouverte et la rencontre prévue réglées une à une."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    motif = _valeur(saisie, "motif")
    if not motif:
        issue.refuser("motif", f"{_nom('motif_cloture')} est obligatoire : à choisir dans la liste.")
    if date is None or not motif:
        return issue
    choix = {nom: _valeur(saisie, nom) for nom in saisie if nom.startswith("suspens.")}
    faites = frozenset(int(n.rsplit(".", 1)[1]) for n, v in choix.items() if n.startswith("suspens.action.") and v == "faite")
    abandonnees = frozenset(int(n.rsplit(".", 1)[1]) for n, v in choix.items()
                            if n.startswith("suspens.action.") and v == "abandonnee")
    annuler = choix.get("suspens.rencontre") == "annuler"
    gardes = {n for n, v in choix.items() if v == "garder"}
    manquants: list[EnSuspens] = []

    def action(copie: Path) -> cycle.Resultat:
        # La bibliothèque dit ce qui reste sans réponse ; ce que l'utilisateur garde l'est explicitement.
        resultat = cycle.clore(copie, ident, date, motif, faites, abandonnees, garder=False, annuler_rencontre=annuler)
        restants = [s for s in resultat.en_suspens if nom_du_suspens(s) not in gardes]
        if resultat.en_suspens and not restants:
            resultat = cycle.clore(copie, ident, date, motif, faites, abandonnees, garder=True,
                                   annuler_rencontre=annuler)
        manquants.extend(restants)
        return resultat

    issue = executer(racine, ident, action, f"Dossier {ident} clos le {date.isoformat()} (motif : {motif}) dans l'atelier",
                     [], place=_date_de_cloture, ouvert_avec=_valeur(saisie, "empreinte") or None,
                     noms={"motif": ("motif", f"les choix de la liste {_nom('motif_cloture')}"),
                           "date": ("date", _nom("cloture")), "garder": (GENERAL, "réponse « gardée telle quelle »")})
    for suspens in manquants:
        issue.refuser(nom_du_suspens(suspens), f"{dire_suspens(suspens)} : dites si elle est faite, abandonnée ou "
                      "gardée." if suspens.action is not None else f"{dire_suspens(suspens)} : dites si elle est "
                      "annulée ou gardée.")
    if manquants:
        issue.message = "Rien n'est écrit : chaque action ouverte et la rencontre prévue attendent une réponse."
    return issue


def _date_de_cloture(constat: Constat, jeu: Jeu) -> str:
    """Une concertation qui tombe après la date de clôture choisie : le constat se dit à côté de cette date."""
    return "date" if constat.regle == "concertation.dates" and "clôture" in constat.message else GENERAL


def rouvrir(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.rouvrir` : une nouvelle période de suivi, avec son motif."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    if date is None:
        return issue
    motif = _valeur(saisie, "motif")
    return executer(racine, ident, lambda copie: cycle.rouvrir(copie, ident, date, motif),
                    f"Dossier {ident} rouvert le {date.isoformat()} dans l'atelier", [],
                    ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"motif": ("motif", _nom("motif_reouverture")), "date": ("date", _nom("ouverture")),
                          "consentements": ("date", "« Consigner un nouveau consentement », plus bas sur cette page")})


def transferer(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`transfert.transferer` : le dossier confié à un autre casemanager du réseau."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    if date is None:
        return issue
    vers, motif = _valeur(saisie, "vers"), _valeur(saisie, "motif") or None
    return executer(racine, ident, lambda copie: transfert.transferer(copie, ident, vers, date, motif),
                    f"Dossier {ident} confié à {vers} à partir du {date.isoformat()} dans l'atelier", [],
                    ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"vers": ("vers", f"choisissez dans la liste {_nom('vers')}"),
                          "date": ("date", _nom("date_relais"))})


def ouvrir(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.ouvrir` : la demande devient un dossier ouvert, critères d'activation cochés (les règles en jugent)."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    if date is None:
        return issue
    criteres = frozenset(v for v in saisie.get("criteres", []) if v)
    return executer(racine, ident, lambda copie: cycle.ouvrir(copie, ident, date, criteres),
                    f"Dossier {ident} ouvert le {date.isoformat()} dans l'atelier", [],
                    ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"criteres": ("criteres", f"les critères de {_nom('criteres')}"),
                          "criteres_activation": ("criteres", ""), "dates": ("date", "")})


def ne_pas_ouvrir(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`cycle.ne_pas_ouvrir` : la demande reste non ouverte, avec un motif du réseau."""
    issue = Issue()
    _requis(saisie, issue, {"motif": "motif_non_ouverture"})
    if issue.erreurs:
        return issue
    motif = _valeur(saisie, "motif")
    return executer(racine, ident, lambda copie: cycle.ne_pas_ouvrir(copie, ident, motif),
                    f"Demande {ident} non ouverte (motif : {motif}) dans l'atelier", [],
                    ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"motif_non_ouverture": ("motif", ""), "statut": ("motif", "")})


def retirer(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`consentement.retirer` : le retrait noté à sa date, tout le partage ou une partie (à dire)."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    portee = _valeur(saisie, "portee")
    _requis(saisie, issue, {"portee": "portee"})
    if portee == "partiel":
        _requis(saisie, issue, {"informations": "informations_retirees"})
    if date is None or issue.erreurs:
        return issue
    informations = _valeur(saisie, "informations") or None
    return executer(racine, ident, lambda copie: consentement.retirer(copie, ident, date, portee, informations),  # type: ignore[arg-type]
                    f"Dossier {ident} : retrait du consentement le {date.isoformat()} ({portee}) noté dans l'atelier",
                    [], ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"portee": ("portee", _nom("portee")), "retraits_consentement": ("informations", "")})


def consigner(racine: Path, ident: str, saisie: Saisie) -> Issue:
    """`consentement.consigner` : un consentement recueilli, le premier ou un suivant (il lève un retrait)."""
    issue = Issue()
    date = _date(saisie, "date", issue)
    _requis(saisie, issue, {n: f"accord_{n}" for n in ("informations", "finalite", "destinataires")})
    if date is None or issue.erreurs:
        return issue
    accord = consentement.Accord(date, _valeur(saisie, "informations"), _valeur(saisie, "finalite"),
                                 _valeur(saisie, "destinataires"), jeune_informe=_valeur(saisie, "jeune_informe") == "oui",
                                 accord=_valeur(saisie, "accord") == "oui",
                                 parents_informes={"oui": True, "non": False}.get(_valeur(saisie, "parents_informes")),
                                 derogation=_valeur(saisie, "derogation") or None)
    return executer(racine, ident, lambda copie: consentement.consigner(copie, ident, accord),
                    f"Dossier {ident} : consentement du {date.isoformat()} consigné dans l'atelier", [],
                    ouvert_avec=_valeur(saisie, "empreinte") or None,
                    noms={"consentement": (GENERAL, ""), "consentements": (GENERAL, "")})
