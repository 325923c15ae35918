"""Les tableaux HTML du portail : chaque valeur d'un dossier passe par `texte` ou `markdown_sur`.

Le HTML est produit ici plutôt qu'en Markdown : une valeur d'un dossier ne peut ainsi
jamais devenir du balisage Markdown, ni un lien, ni une syntaxe de gabarit. Classes et
identifiants sont stables (tests, navigateur) : `action-en-retard`, `action-bientot`,
`#tableau-actions`, `#index-dossiers`…
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Iterable

from filrouge.modele import Action, Concertation
from filrouge.portail.assainir import markdown_sur, texte
from filrouge.mise_en_forme import date_longue, montant
from filrouge.portail.vues import (STATUTS_ACTION, STATUTS_DECISION, STATUTS_DOSSIER, ActionVue, Coordination,
                                   derniere_rencontre, en_retard, etat_action, prochaine_rencontre,
                                   statut_financement)
from filrouge.publication import DossierPublie, Publication

Lien = Callable[[str], str]
"""Donne l'URL relative, depuis la page en cours, d'une page désignée par son chemin source."""

def acteur(pub: Publication, d: DossierPublie, id_acteur: str) -> str:
    """La désignation d'une personne (`Publication.designer`), en HTML échappé."""
    designation = pub.designer(d, id_acteur)
    return texte(designation) if designation is not None else f"{texte(id_acteur)} <em>(acteur inconnu)</em>"


def libelles_publies(pub: Publication) -> list[str]:
    """Les libellés composés (« fonction – service ») que le portail publie, en texte brut.

    Ils ne figurent tels quels dans aucun fichier : la vérification finale doit savoir qu'ils
    sont publiables même si une phase préparatoire les reprend mot pour mot.
    """
    return [html.unescape(acteur(pub, d, a.id)) for d in pub.dossiers for a in d.dossier.acteurs]


def acteurs(pub: Publication, d: DossierPublie, ids: Iterable[str]) -> str:
    return ", ".join(acteur(pub, d, i) for i in ids) or "—"


def tableau(id_table: str, entetes: list[str], lignes: list[tuple[str, list[str]]], vide: str) -> str:
    """Un tableau à en-têtes : chaque ligne est (classe CSS, cellules déjà sûres)."""
    if not lignes:
        return f'<p class="filrouge-vide" id="{id_table}">{texte(vide)}</p>'
    tete = "".join(f'<th scope="col">{texte(e)}</th>' for e in entetes)
    corps = "".join(
        (f'<tr class="{classe}">' if classe else "<tr>") + "".join(f"<td>{c}</td>" for c in cellules) + "</tr>"
        for classe, cellules in lignes)
    return (f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
            f'<table class="filrouge-table" id="{id_table}"><thead><tr>{tete}</tr></thead>'
            f"<tbody>{corps}</tbody></table></div></div>")


def _quand(jour: dt.date | None) -> str:
    """Une date lisible, avec sa forme ISO pour les machines (tri, tests)."""
    return f'<time datetime="{jour.isoformat()}">{date_longue(jour)}</time>' if jour else "—"


def _etat(pub: Publication, action: Action, aujourdhui: dt.date) -> tuple[str, str]:
    etat = etat_action(action, aujourdhui, pub.config.horizon_echeance_jours)
    return etat.classe, f'<span class="etat" data-etat="{etat.cle}">{texte(etat.libelle)}</span>'


def tableau_actions(pub: Publication, vu: DossierPublie, note: Concertation, aujourdhui: dt.date, id_table: str,
                    avec_etat: bool = True) -> str:
    """Le tableau de bord d'une note : qui fait quoi, quand, où, avec qui, pour quand.

    Sans `avec_etat` (notes passées de l'historique), rien n'est signalé en retard :
    seule la note courante fait foi.
    """
    entetes = ["N°", "Échéance", "État", "Action", "Qui", "Quoi", "Quand", "Où", "Avec qui", "Statut"]
    if not avec_etat:
        entetes.remove("État")
    lignes = []
    for a in sorted(note.actions, key=lambda x: x.numero):
        classe, etat = _etat(pub, a, aujourdhui) if avec_etat else ("", "")
        action = markdown_sur(a.description, 3) + (
            f'<p><em>Effets attendus :</em></p>{markdown_sur(a.effets_attendus, 3)}' if a.effets_attendus else "")
        if a.ressources:
            action += f"<p><em>Ressources :</em></p>{markdown_sur(a.ressources, 3)}"
        lignes.append((classe, [
            str(a.numero), _quand(a.echeance),
            *([etat] if avec_etat else []), action, acteurs(pub, vu, a.qui), markdown_sur(a.quoi, 3),
            texte(a.quand or "—"), texte(a.ou or "—"), acteurs(pub, vu, a.avec_qui),
            texte(STATUTS_ACTION[a.statut]),
        ]))
    return tableau(id_table, entetes, lignes, "Aucune action consignée dans cette note.")


def index_dossiers(pub: Publication, vus: Iterable[DossierPublie], aujourdhui: dt.date, lien: Lien) -> str:
    entetes = ["Dossier", "Code", "Statut", "Référent", "Dernière rencontre", "Prochaine rencontre",
               "Actions ouvertes", "En retard", "Financement"]
    lignes = []
    for vu in vus:
        retard = len(en_retard(vu, aujourdhui))
        lignes.append(("dossier-en-retard" if retard else "", [
            f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', f"<code>{texte(vu.dossier.code)}</code>",
            texte(STATUTS_DOSSIER[vu.dossier.statut]), acteur(pub, vu, vu.referent),
            _quand(derniere_rencontre(vu)), _quand(prochaine_rencontre(vu)), str(len(vu.ouvertes())),
            (f'<span class="etat">{retard} en retard</span>' if retard else "0"), texte(statut_financement(vu)),
        ]))
    return tableau("index-dossiers", entetes, lignes, "Aucun dossier à afficher.")


def fiche_dossier(pub: Publication, vu: DossierPublie) -> str:
    d = vu.dossier
    lignes = [
        ("Code du jeune", f"<code>{texte(d.code)}</code>"), ("Statut", texte(STATUTS_DOSSIER[d.statut])),
        ("Demande", date_longue(d.dates.demande)), ("Ouverture", date_longue(d.dates.ouverture)),
        ("Clôture", date_longue(d.dates.cloture)), ("Initiateur", acteur(pub, vu, d.initiateur)),
        ("Référent de concertation", acteur(pub, vu, vu.referent)),
        ("Prochaine rencontre", date_longue(prochaine_rencontre(vu))),
    ]
    corps = "".join(f"<dt>{texte(k)}</dt><dd>{v}</dd>" for k, v in lignes)
    motif = f'<div class="filrouge-recit">{markdown_sur(d.motif_demande, 2)}</div>' if d.motif_demande else ""
    return f'<dl class="filrouge-fiche" id="fiche-dossier">{corps}</dl>{motif}'


def note(pub: Publication, vu: DossierPublie, c: Concertation, recit: str | None, aujourdhui: dt.date, rang: int) -> str:
    """Une rencontre de l'historique : participants, décisions, actions et récit (sans le contenu interne)."""
    champs = [
        ("Heure et lieu", texte(" – ".join(x for x in (c.heure, c.lieu) if x) or "—")),
        ("Présents", acteurs(pub, vu, c.presents)), ("Absents", acteurs(pub, vu, c.absents)),
        ("Fiche de présence signée", "oui" if c.fiche_presence else "non"),
        ("Adhésion à la charte", "oui" if c.adhesion_charte else "non"),
        ("Référent", acteur(pub, vu, vu.dossier.referent(c))),
        ("Coordinateur du soin", acteur(pub, vu, c.coordinateur_soin)),
        ("Pédopsychiatre", acteur(pub, vu, c.pedopsychiatre)),
        ("Validation", f"pédopsychiatre : {date_longue(c.validation.pedopsychiatre)} ; "
                       f"référent : {date_longue(c.validation.referent)}"),
        ("Mandat de financement", "oui" if c.mandat_financement else "non"),
    ]
    if c.jeune_informe_par:
        champs.append(("Jeune informé par", acteur(pub, vu, c.jeune_informe_par)))
    if c.prochaine_rencontre:
        p = c.prochaine_rencontre
        champs.append(("Prochaine rencontre", ("engagement pris" if p.engagement else "pas d'engagement")
                       + (f", le {date_longue(p.date)}" if p.date else "") + (f" ({texte(p.modalites)})" if p.modalites else "")))
    corps = "".join(f"<dt>{texte(k)}</dt><dd>{v}</dd>" for k, v in champs)
    blocs = [f'<dl class="filrouge-fiche">{corps}</dl>']
    for titre, valeur in (("Leviers", c.leviers), ("Obstacles", c.obstacles)):
        if valeur:
            blocs.append(f"<p><strong>{titre}</strong></p>{markdown_sur(valeur, 3)}")
    if c.actions:
        blocs.append("<p><strong>Actions décidées</strong></p>"
                     + tableau_actions(pub, vu, c, aujourdhui, f"actions-rencontre-{rang}", avec_etat=False))
    if recit and recit.strip():
        blocs.append(f'<div class="filrouge-recit">{markdown_sur(recit, 3)}</div>')
    return "".join(blocs)


def tableau_financements(vu: DossierPublie, imprimables: dict[str, str] | None = None) -> str:
    """Les demandes du dossier ; `imprimables` : {fichier de la demande: URL de sa version imprimable}."""
    entetes = ["Demande du", "Action n°", "Montant demandé", "Coût total", "Décision", "Montant accordé",
               "Date de décision", "Motif"]
    if imprimables is not None:
        entetes.append("À signer")
    lignes = []
    for publiee in vu.demandes:
        f = publiee.demande
        d = f.decision
        cellules = [
            _quand(f.date_demande), str(f.action), montant(f.montant_demande), montant(f.cout_total),
            texte(STATUTS_DECISION[d.statut]), montant(d.montant_accorde) if d.montant_accorde is not None else "—",
            _quand(d.date), markdown_sur(d.motif, 3) or "—",
        ]
        if imprimables is not None:
            url = imprimables.get(publiee.relatif)
            cellules.append(f'<a class="filrouge-impression" href="{texte(url)}">Version imprimable</a>' if url else "—")
        lignes.append((f"financement-{d.statut}", cellules))
    return tableau("financements", entetes, lignes, "Aucune demande d'intervention financière dans ce dossier.")


def tableau_mes_actions(pub: Publication, actions: list[ActionVue], aujourdhui: dt.date, lien: Lien) -> str:
    entetes = ["Échéance", "État", "Dossier", "N°", "Action", "Quoi", "Quand", "Où", "Avec qui", "Statut"]
    lignes = []
    for av in actions:
        a, vu = av.action, av.dossier
        classe, etat = _etat(pub, a, aujourdhui)
        lignes.append((classe, [
            _quand(a.echeance), etat,
            f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', str(a.numero),
            markdown_sur(a.description, 3), markdown_sur(a.quoi, 3), texte(a.quand or "—"), texte(a.ou or "—"),
            acteurs(pub, vu, a.avec_qui), texte(STATUTS_ACTION[a.statut]),
        ]))
    return tableau("mes-actions", entetes, lignes, "Aucune action.")


def index_services(pub: Publication, par_service: dict[str, list[ActionVue]], aujourdhui: dt.date, lien: Lien) -> str:
    entetes = ["Service", "Secteur", "Actions", "En retard", "Échéance sous 7 jours"]
    lignes = []
    for service in pub.partenaires.services:
        actions = par_service.get(service.id)
        if not actions:
            continue
        etats = [av.action.etat(aujourdhui, pub.config.horizon_echeance_jours) for av in actions]
        lignes.append(("", [
            f'<a href="{lien(f"actions/{service.id}.md")}">{texte(service.nom)}</a>',
            texte(pub.partenaires.secteurs.get(service.secteur, service.secteur)), str(len(actions)),
            str(etats.count("en_retard")), str(etats.count("bientot")),
        ]))
    return tableau("index-services", entetes, lignes, "Aucun service ne porte d'action pour l'instant.")


def chiffres_coordination(c: Coordination) -> str:
    def case(id_case: str, titre: str, valeur: str, alerte: bool = False) -> str:
        classe = ' class="alerte-coordination"' if alerte else ""
        return f'<div id="{id_case}"><span>{texte(titre)}</span><strong{classe}>{valeur}</strong></div>'

    enveloppe = montant(c.enveloppe) if c.enveloppe is not None else "non configurée"
    reste = montant(c.reste) if c.reste is not None else "—"
    sature = c.actifs >= c.capacite
    return '<div class="filrouge-chiffres">' + "".join([
        case("enveloppe", f"Enveloppe {c.annee}", enveloppe),
        case("accorde", "Accordé", montant(c.accorde)),
        case("en-attente", "En attente de décision", montant(c.en_attente)),
        case("reste", "Reste disponible", reste + (" (dépassement)" if c.reste is not None and c.reste < 0 else ""),
             c.reste is not None and c.reste < 0),
        case("capacite", "Dossiers actifs / capacité",
             f"{c.actifs} / {c.capacite}" + (" (saturation)" if sature else ""), sature),
    ]) + "</div>"


def tableau_attente(c: Coordination, lien: Lien) -> str:
    entetes = ["Dossier", "Demande du", "Action n°", "Montant demandé", "Coût total"]
    lignes = [("", [f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', date_longue(f.date_demande),
                    str(f.action), montant(f.montant_demande), montant(f.cout_total)])
              for vu, f in c.demandes_en_attente]
    return tableau("demandes-en-attente", entetes, lignes, "Aucune demande n'attend de décision.")


def tableau_sans_rencontre(pub: Publication, c: Coordination, lien: Lien) -> str:
    entetes = ["Dossier", "Référent", "Dernière rencontre", "Jours sans rencontre"]
    lignes = [("dossier-sans-rencontre", [
        f'<a href="{lien(f"dossiers/{vu.id}.md")}">{texte(vu.id)}</a>', acteur(pub, vu, vu.referent),
        date_longue(derniere) if derniere else "aucune (depuis l'ouverture)", f'<span class="etat">{jours} jours</span>'])
        for vu, derniere, jours in c.sans_rencontre]
    return tableau("dossiers-sans-rencontre", entetes, lignes,
                   f"Tous les dossiers actifs ont eu une rencontre depuis moins de {c.delai} jours.")

