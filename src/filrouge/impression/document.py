"""Une note de synthèse ou une demande Criseflex mise en page comme le formulaire papier, à signer.

Le HTML vient de gabarits Jinja2 à échappement automatique : un texte de dossier ne peut
pas devenir du balisage (ni script, ni lien, ni style). Les personnes sont désignées comme
sur le portail (`portail.tableaux.acteur` : rôle, fonction, service ; la famille par son
lien ou ses initiales). La phase préparatoire, document interne, n'est jamais lue ici.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from filrouge.depot import Depot, DossierCharge
from filrouge.francais import ErreurUtilisation
from filrouge.modele import Concertation, Financement
from filrouge.portail.tableaux import acteur
from filrouge.portail.vues import date_fr
from filrouge.regles.financement import LIBELLES_ATTESTATIONS, montant

_ENV = Environment(loader=PackageLoader("filrouge", "gabarits/impression"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
ATTESTATIONS = {
    "necessaire": "était nécessaire pour débloquer le trajet de soin du jeune ;",
    "plus_efficiente": "était la solution la plus efficiente pour permettre d'obtenir les effets escomptés ;",
    "solution_perenne": "permet d'envisager positivement une solution pérenne et adaptée pour le jeune ;",
    "non_financee": "n'était pas prise en charge financièrement, en partie ou intégralement, par les partenaires "
                    "présents et/ou mobilisables au sein de la concertation ;",
    "pas_double_subside": "ne faisait pas l'objet d'un double subventionnement ;",
    "urgente": "devait être mise en œuvre dans des délais rapides.",
}
assert ATTESTATIONS.keys() == LIBELLES_ATTESTATIONS.keys()
CATEGORIES = (("Le jeune", ("jeune",)), ("Les familles", ("famille",)), ("Les aidants proches", ("aidant_proche",)),
              ("Les partenaires professionnels", ("professionnel", "casemanager")))


def _css() -> str:
    return resources.files("filrouge").joinpath("gabarits/impression/impression.css").read_text(encoding="utf-8")


def _oui_non(valeur: bool | None) -> str:
    return {True: "oui", False: "non", None: "non renseigné"}[valeur]


def _commun(depot: Depot) -> dict[str, Any]:
    return {"css": Markup(_css()), "reseau": depot.config.reseau, "date_fr": date_fr, "oui_non": _oui_non,
            "montant": montant}


def _personne(depot: Depot, charge: DossierCharge, ident: str) -> Markup:
    return Markup(acteur(depot, charge, ident))  # déjà échappé par le portail


def _contact(depot: Depot, charge: DossierCharge, ident: str) -> str | None:
    a = charge.acteurs().get(ident)
    service = depot.partenaires.service(a.service) if a else None
    if service is None or service.contact is None:
        return None
    return " – ".join(x for x in (service.contact.telephone, service.contact.email) if x) or None


def html_note(depot: Depot, charge: DossierCharge, note: Concertation) -> str:
    """La note de synthèse, avec le tableau des actions et les blocs de signature."""
    p = lambda i: _personne(depot, charge, i)  # noqa: E731
    acteurs = charge.acteurs()
    signataires = [(libelle, [p(i) for i in note.presents if i in acteurs and acteurs[i].role in roles])
                   for libelle, roles in CATEGORIES]
    actions = [{"numero": a.numero, "description": a.description, "effets_attendus": a.effets_attendus,
                "qui": Markup(", ").join(p(i) for i in a.qui), "quoi": a.quoi, "quand": a.quand, "ou": a.ou,
                "avec_qui": Markup(", ").join(p(i) for i in a.avec_qui), "ressources": a.ressources,
                "echeance": date_fr(a.echeance)} for a in sorted(note.actions, key=lambda a: a.numero)]
    return _ENV.get_template("note.html").render(
        **_commun(depot), titre="Note de synthèse de la concertation", note=note,
        entete=[("Dossier", charge.id), ("Date de la concertation", date_fr(note.date)),
                ("Heure", note.heure or "—"), ("Lieu", note.lieu or "—")],
        presents=[p(i) for i in note.presents], absents=[p(i) for i in note.absents],
        jeune_present=any(acteurs[i].role == "jeune" for i in note.presents if i in acteurs),
        informe_par=p(note.jeune_informe_par) if note.jeune_informe_par else None,
        coordinateur=p(note.coordinateur_soin), contact_coordinateur=_contact(depot, charge, note.coordinateur_soin),
        referent=p(note.referent or (charge.modele.initiateur if charge.modele else "")),
        pedopsychiatre=p(note.pedopsychiatre), actions=actions, signataires=signataires)


def html_demande(depot: Depot, charge: DossierCharge, f: Financement) -> str:
    """La demande d'intervention financière, avec l'attestation « certifié sincère et conforme »."""
    note = charge.note_du(f.concertation)
    action = next((a for a in note.actions if a.numero == f.action), None) if note else None
    code = f.code or (charge.modele.code if charge.modele else "—")
    return _ENV.get_template("demande.html").render(
        **_commun(depot), titre="Demande d'intervention financière (Criseflex)", f=f, action=action, code=code,
        entete=[("Dossier", charge.id), ("Code du jeune", code), ("Date de la demande", date_fr(f.date_demande))],
        attestations=[(getattr(f.attestations, cle), libelle) for cle, libelle in ATTESTATIONS.items()],
        pieces=[f"{piece.type.replace('_', ' ')} : {piece.fichier}" for piece in f.pieces],
        plafond=montant(depot.config.plafond_demande),
        coordinateur=_personne(depot, charge, f.coordinateur),
        contact_coordinateur=_contact(depot, charge, f.coordinateur))


def html_pour(depot: Depot, chemin: Path) -> str:
    """Le HTML du formulaire rangé à `chemin` : une note (concertations/) ou une demande (financements/)."""
    chemin = chemin.resolve()
    for charge in depot.dossiers:
        for fichier in charge.concertations:
            if (depot.racine / fichier.relatif).resolve() == chemin:
                if fichier.modele is None:
                    raise ErreurUtilisation(f"{fichier.relatif}: note invalide, lancez « filrouge valider ».")
                return html_note(depot, charge, fichier.modele)
        for fichier in charge.financements:
            if (depot.racine / fichier.relatif).resolve() == chemin:
                if fichier.modele is None:
                    raise ErreurUtilisation(f"{fichier.relatif}: demande invalide, lancez « filrouge valider ».")
                return html_demande(depot, charge, fichier.modele)
    raise ErreurUtilisation(f"{chemin.name}: ni une note de synthèse (dossiers/*/concertations/) ni une demande "
                            "de financement (dossiers/*/financements/) ; la phase préparatoire ne s'imprime pas.")


def imprimer(depot: Depot, chemin: Path, sortie: Path) -> None:
    """Écrit le PDF du formulaire (WeasyPrint : aucune ressource externe n'est chargée)."""
    from weasyprint import HTML

    def refuser(url: str) -> dict[str, Any]:
        raise ValueError(f"ressource externe refusée : {url}")

    if sortie.exists() or sortie.is_symlink():
        raise ErreurUtilisation(f"{sortie}: ce fichier existe déjà ; choisissez un autre nom (rien n'a été écrit).")
    if not sortie.parent.is_dir():
        raise ErreurUtilisation(f"{sortie}: le répertoire {sortie.parent} n'existe pas.")
    pdf = HTML(string=html_pour(depot, chemin), url_fetcher=refuser).write_pdf()
    try:
        with open(sortie, "xb") as flux:  # « x » : jamais d'écrasement, même en cas de course
            flux.write(pdf)
    except OSError as exc:
        raise ErreurUtilisation(f"{sortie}: écriture impossible ({exc.strerror}).")
