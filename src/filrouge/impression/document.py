"""Une note de synthèse ou une demande Criseflex mise en page comme le formulaire papier, à signer.

Le HTML vient de gabarits Jinja2 à échappement automatique : un texte de dossier ne peut
pas devenir du balisage (ni script, ni lien, ni style), et un champ simple perd même ses
balises écrites en texte (`html_sur.texte_sans_balise`). Les champs que le portail rend en
Markdown (récit, actions, leviers, motif) passent par la même fonction que lui,
`html_sur.markdown_sur`, qui ne garde que la mise en forme inoffensive. Les personnes sont
désignées comme sur le portail (`Publication.designer` : rôle, fonction, service ; la famille
par son lien ou ses initiales). La phase préparatoire, document interne, n'est jamais lue ici.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from filrouge.francais import ErreurUtilisation
from filrouge.html_sur import insecables, markdown_sur, texte_sans_balise
from filrouge.publication import DemandePubliee, DossierPublie, NotePubliee, Publication
from filrouge.mise_en_forme import date_longue, montant
from filrouge.modele.financement import LIBELLES_ATTESTATIONS, SENS_TYPE_PIECE, Financement


def _sans_balise(valeur: Any) -> Any:
    """Chaque valeur simple insérée par un gabarit perd ses balises, puis est échappée par Jinja2."""
    return texte_sans_balise(valeur) if isinstance(valeur, str) and not isinstance(valeur, Markup) else valeur


_ENV = Environment(loader=PackageLoader("filrouge", "gabarits/impression"), autoescape=True,
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, finalize=_sans_balise)
_ENV.filters["md"] = lambda source: Markup(markdown_sur(source, 3))
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
DECISIONS = (("accordee", "accordée"), ("partielle", "accordée en partie"), ("refusee", "refusée"),
             ("retiree", "retirée"))
"""Les cases de la décision du coordinateur du réseau, dans l'ordre du cadre imprimé."""


@dataclass(frozen=True)
class Formulaire:
    """Un document à signer : son HTML, son titre (onglet, PDF, en-tête courant) et le nom de PDF proposé."""

    html: str
    titre: str
    nom_fichier: str


def _css() -> str:
    return resources.files("filrouge").joinpath("gabarits/impression/impression.css").read_text(encoding="utf-8")


def _oui_non(valeur: bool | None) -> str:
    return {True: "oui", False: "non", None: "non renseigné"}[valeur]


def _commun(pub: Publication, d: DossierPublie, titre: str, reference: str, fait_le: dt.date) -> dict[str, Any]:
    """Ce que les deux formulaires partagent : en-tête, titre courant, métadonnées, « Fait à …, le … »."""
    return {"css": Markup(_css()), "reseau": pub.config.reseau, "date_fr": date_longue, "oui_non": _oui_non,
            "montant": montant, "titre": titre, "reference": reference, "dossier": d.id,
            "localite": pub.config.localite, "fait_le": date_longue(fait_le)}


def _personne(pub: Publication, d: DossierPublie, ident: str) -> str:
    """La désignation d'une personne ; le gabarit l'échappe (texte ordinaire)."""
    return pub.designer(d, ident) or f"{ident} (acteur inconnu)"


def _contact(pub: Publication, d: DossierPublie, ident: str) -> str | None:
    a = d.acteurs.get(ident)
    service = pub.partenaires.service(a.service) if a else None
    if service is None or service.contact is None:
        return None
    return " – ".join(x for x in (service.contact.telephone, service.contact.email) if x) or None


def formulaire_note(pub: Publication, d: DossierPublie, publiee: NotePubliee) -> Formulaire:
    """La note de synthèse : récit, tableau des actions, « Fait à » et blocs de signature."""
    note = publiee.note
    p = lambda i: _personne(pub, d, i)  # noqa: E731
    acteurs = d.acteurs
    signataires = [(libelle, [p(i) for i in note.presents if i in acteurs and acteurs[i].role in roles])
                   for libelle, roles in CATEGORIES]
    actions = [{"numero": a.numero, "description": a.description, "effets_attendus": a.effets_attendus,
                "qui": ", ".join(p(i) for i in a.qui), "quoi": a.quoi, "quand": a.quand, "ou": a.ou,
                "avec_qui": ", ".join(p(i) for i in a.avec_qui), "ressources": a.ressources,
                "echeance": date_longue(a.echeance)} for a in sorted(note.actions, key=lambda a: a.numero)]
    reference = f"Note de synthèse de la concertation du {date_longue(note.date)} – dossier {d.id}"
    html = _ENV.get_template("note.html").render(
        **_commun(pub, d, "Note de synthèse de la concertation", reference, note.date), note=note,
        entete=[("Dossier", d.id), ("Date de la concertation", date_longue(note.date)),
                ("Heure", note.heure or "—"), ("Lieu", note.lieu or "—")],
        presents=[p(i) for i in note.presents], absents=[p(i) for i in note.absents],
        jeune_present=any(acteurs[i].role == "jeune" for i in note.presents if i in acteurs),
        informe_par=p(note.jeune_informe_par) if note.jeune_informe_par else None,
        coordinateur=p(note.coordinateur_soin), contact_coordinateur=_contact(pub, d, note.coordinateur_soin),
        referent=p(d.dossier.referent(note)), recit=Markup(markdown_sur(publiee.recit, 2)),
        pedopsychiatre=p(note.pedopsychiatre), actions=actions, signataires=signataires)
    return Formulaire(insecables(html), reference, f"note-de-synthèse-{d.id}-{note.date.isoformat()}.pdf")


def _decision(f: Financement) -> dict[str, Any]:
    """Le cadre du coordinateur du réseau : rempli d'après la décision consignée, à compléter à la main sinon.

    Une demande accordée pour moins que le montant demandé l'est « en partie ». Un champ
    absent d'une décision consignée reste une ligne à remplir.
    """
    d = f.decision
    if not f.decidee:
        return {"coche": None, "montant": None, "date": None, "motif": None}
    coche = d.statut
    if d.statut == "accordee" and d.montant_accorde is not None and d.montant_accorde < f.montant_demande:
        coche = "partielle"
    somme = montant(d.montant_accorde) if d.montant_accorde is not None else None
    return {"coche": coche, "montant": somme if d.statut == "accordee" else (somme or "—"),
            "date": date_longue(d.date) if d.date else None, "motif": d.motif}


def formulaire_demande(pub: Publication, d: DossierPublie, publiee: DemandePubliee) -> Formulaire:
    """La demande d'intervention financière : attestation « certifié sincère et conforme » et cadre de décision."""
    f = publiee.demande
    note = d.note_du(f.concertation)
    action = next((a for a in note.actions if a.numero == f.action), None) if note else None
    code = f.code or d.dossier.code
    reference = f"Demande d'intervention financière du {date_longue(f.date_demande)} – dossier {d.id}"
    html = _ENV.get_template("demande.html").render(
        **_commun(pub, d, "Demande d'intervention financière (Criseflex)", reference, f.date_demande),
        f=f, action=action, code=code,
        entete=[("Dossier", d.id), ("Code du jeune", code), ("Date de la demande", date_longue(f.date_demande))],
        attestations=[(getattr(f.attestations, cle), libelle) for cle, libelle in ATTESTATIONS.items()],
        pieces=[(SENS_TYPE_PIECE.libelles[piece.type], piece.fichier) for piece in f.pieces],
        plafond=montant(pub.config.plafond_demande),
        coordinateur=_personne(pub, d, f.coordinateur),
        contact_coordinateur=_contact(pub, d, f.coordinateur),
        decisions=DECISIONS, decision=_decision(f))
    return Formulaire(insecables(html), reference, f"demande-d-intervention-financière-{d.id}-{f.date_demande.isoformat()}.pdf")


def html_note(pub: Publication, d: DossierPublie, publiee: NotePubliee) -> str:
    """Le HTML de la note de synthèse : version imprimable du portail, et source du PDF."""
    return formulaire_note(pub, d, publiee).html


def html_demande(pub: Publication, d: DossierPublie, publiee: DemandePubliee) -> str:
    """Le HTML de la demande de financement : version imprimable du portail, et source du PDF."""
    return formulaire_demande(pub, d, publiee).html


def formulaire_pour(pub: Publication, chemin: Path) -> Formulaire:
    """Le formulaire publiable rangé à `chemin` : une note (concertations/) ou une demande (financements/).

    Un fichier retenu (invalide, marque interne douteuse, donnée identifiante) ne s'imprime
    pas : le document imprimé est signé et emporté par chaque participant.
    """
    chemin = chemin.resolve()
    racine = pub.racine.resolve()
    relatif = chemin.relative_to(racine).as_posix() if chemin.is_relative_to(racine) else None
    for retenu in pub.retenus:  # une note dont le récit est retenu ne s'imprime pas non plus sans lui
        if relatif is not None and (retenu.relatif == relatif or _meme_note(retenu.relatif, relatif)
                                    or relatif.startswith(retenu.relatif.rsplit("/", 1)[0] + "/")
                                    and retenu.relatif.endswith("/dossier.yaml")):
            ligne = f", ligne {retenu.ligne}" if retenu.ligne else ""
            raise ErreurUtilisation(f"{retenu.relatif}{ligne} : ne s'imprime pas, {retenu.raison} [{retenu.regle}]. "
                                    "Corrigez-le d'abord (« filrouge valider » détaille).")
    for d in pub.dossiers:
        for note in d.notes:
            if relatif in (note.relatif, note.recit_relatif):
                return formulaire_note(pub, d, note)
        for demande in d.demandes:
            if relatif == demande.relatif:
                return formulaire_demande(pub, d, demande)
    raise ErreurUtilisation(f"{chemin.name}: ni une note de synthèse (dossiers/*/concertations/) ni une demande "
                            "de financement (dossiers/*/financements/) ; la phase préparatoire ne s'imprime pas.")


def _meme_note(a: str, b: str) -> bool:
    """Les deux fichiers d'une note de synthèse : AAAA-MM-JJ.yaml et AAAA-MM-JJ.md."""
    return "/concertations/" in a and a.rsplit(".", 1)[0] == b.rsplit(".", 1)[0]


def imprimer(pub: Publication, chemin: Path, sortie: Path | None = None) -> Path:
    """Écrit le PDF du formulaire (WeasyPrint : aucune ressource externe n'est chargée) et rend son chemin.

    Sans `sortie`, le PDF prend le nom proposé (« note-de-synthèse-2019-003-2019-03-06.pdf ») dans
    le répertoire courant.
    """
    from weasyprint import HTML

    def refuser(url: str) -> dict[str, Any]:
        raise ValueError(f"ressource externe refusée : {url}")

    formulaire = formulaire_pour(pub, chemin)
    sortie = Path(formulaire.nom_fichier) if sortie is None else sortie
    if sortie.exists() or sortie.is_symlink():
        raise ErreurUtilisation(f"{sortie}: ce fichier existe déjà ; choisissez un autre nom avec --sortie "
                                "(rien n'a été écrit).")
    if not sortie.parent.is_dir():
        raise ErreurUtilisation(f"{sortie}: le répertoire {sortie.parent} n'existe pas.")
    pdf = HTML(string=formulaire.html, url_fetcher=refuser).write_pdf()
    try:
        with open(sortie, "xb") as flux:  # « x » : jamais d'écrasement, même en cas de course
            flux.write(pdf)
    except OSError as exc:
        raise ErreurUtilisation(f"{sortie}: écriture impossible ({exc.strerror}).")
    return sortie
